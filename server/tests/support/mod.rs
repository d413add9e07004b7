//! Shared set-up of the relay tests: a relay over a real database (SQLite in a temporary folder,
//! or a fresh database on the PostgreSQL of `INOVDA_TEST_POSTGRES_URL`), devices that sign in,
//! and sealed bundles made with the core's real sealing code.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use ed25519_dalek::Signer;
use inovda_core::exchange::bundle::{
    BundleContent, BundleKind, BundleMeta, SigningKey, write_bundle,
};
use inovda_core::exchange::sealed::{SealMeta, seal_bytes};
use inovda_server::{Db, Relay, RelayConfig};
use object_store::ObjectStore;
use object_store::memory::InMemory;
use serde_json::{Value, json};
use tower::ServiceExt;

/// A folder removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path =
            std::env::temp_dir().join(format!("inovda-relay-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temp dir");
        Self(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Which database a scenario runs on.
pub enum Store {
    Sqlite,
    /// A fresh database on the test server.
    Postgres(String),
}

/// The PostgreSQL URL of a fresh, empty database, or `None` when no server is configured.
pub async fn fresh_postgres() -> Option<String> {
    let admin = std::env::var("INOVDA_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty())?;
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "inovda_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        chrono::Utc::now().timestamp_micros()
    );
    sqlx::any::install_default_drivers();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
        .await
        .expect("INOVDA_TEST_POSTGRES_URL must reach a PostgreSQL server");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create a test database");
    let (base, query) = admin.split_once('?').map_or((admin.as_str(), None), |(b, q)| (b, Some(q)));
    let at = base.rfind('/').expect("a database URL has a path");
    let mut url = format!("{}/{name}", &base[..at]);
    if let Some(query) = query {
        url = format!("{url}?{query}");
    }
    Some(url)
}

/// Runs a scenario on SQLite, and on PostgreSQL when `INOVDA_TEST_POSTGRES_URL` is set.
#[macro_export]
macro_rules! on_both_databases {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$scenario(super::support::Store::Sqlite).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    match super::support::fresh_postgres().await {
                        Some(url) => super::$scenario(super::support::Store::Postgres(url)).await,
                        None => eprintln!(
                            "skipped: INOVDA_TEST_POSTGRES_URL is not set (tools/test.sh sets it)"
                        ),
                    }
                }
            }
        )*
    };
}

/// A relay under test, with a clock the test moves.
pub struct App {
    pub relay: Arc<Relay>,
    pub router: Router,
    pub objects: Arc<dyn ObjectStore>,
    pub clock: Arc<AtomicI64>,
    pub dir: TempDir,
}

/// 2026-11-22 10:00 UTC.
pub const START: i64 = 1_795_341_600_000;

pub struct Options {
    pub quota: i64,
    pub rate_per_minute: u32,
    pub max_bundle_size: u64,
    pub dist: Option<PathBuf>,
    pub objects: Option<Arc<dyn ObjectStore>>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            quota: 500,
            rate_per_minute: 10_000,
            max_bundle_size: 256 << 20,
            dist: None,
            objects: None,
        }
    }
}

impl App {
    pub async fn new(store: Store) -> Self {
        Self::with(store, Options::default()).await
    }

    pub async fn with(store: Store, options: Options) -> Self {
        let dir = TempDir::new("app");
        let url = match store {
            Store::Sqlite => inovda_server::default_database_url(dir.path()),
            Store::Postgres(url) => url,
        };
        let db = Db::connect(&url).await.expect("database");
        let objects = options.objects.unwrap_or_else(|| Arc::new(InMemory::new()));
        let clock = Arc::new(AtomicI64::new(START));
        let mut config = RelayConfig::new(dir.path().join("tmp"));
        config.quota = options.quota;
        config.rate_per_minute = options.rate_per_minute;
        config.max_bundle_size = options.max_bundle_size;
        let ticks = Arc::clone(&clock);
        config.clock = Arc::new(move || ticks.load(Ordering::SeqCst));
        let relay = Relay::new(db, Arc::clone(&objects), config, options.dist.as_deref())
            .await
            .expect("relay");
        let router = relay.router();
        Self { relay, router, objects, clock, dir }
    }

    pub fn advance(&self, ms: i64) {
        self.clock.fetch_add(ms, Ordering::SeqCst);
    }

    pub fn now(&self) -> i64 {
        self.clock.load(Ordering::SeqCst)
    }

    /// One request through the router; returns the status, the headers and the body.
    pub async fn call(
        &self,
        method: Method,
        uri: &str,
        token: Option<&str>,
        body: Body,
        headers: &[(&str, &str)],
    ) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(body).expect("request"))
            .await
            .expect("the router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes =
            axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body").to_vec();
        (status, headers, bytes)
    }

    /// A JSON request; returns the status and the JSON answer (`null` for an empty body).
    pub async fn json(
        &self,
        method: Method,
        uri: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let body = body.map_or_else(Body::empty, |value| Body::from(value.to_string()));
        let (status, _, bytes) =
            self.call(method, uri, token, body, &[("content-type", "application/json")]).await;
        let value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).expect("a JSON answer")
        };
        (status, value)
    }

    /// The enrolment code the relay would print at start.
    pub async fn code(&self) -> String {
        inovda_server::codes::new_code(self.relay.db(), self.now()).await.expect("code")
    }

    /// Signs a device in.
    pub async fn login(&self, device: &Device) -> String {
        let (status, answer) = self
            .json(
                Method::POST,
                "/api/v1/auth/challenge",
                None,
                Some(json!({ "public_key": device.hex })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        let challenge = answer["challenge"].as_str().expect("challenge").to_owned();
        let (status, answer) = self
            .json(
                Method::POST,
                "/api/v1/auth/session",
                None,
                Some(json!({
                    "public_key": device.hex,
                    "challenge": challenge,
                    "signature": device.sign(&format!("{}{challenge}", inovda_server::SESSION_CONTEXT)),
                })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        answer["token"].as_str().expect("token").to_owned()
    }

    /// The secretariat enrols a region; returns its id.
    pub async fn enrol(&self, secretariat: &Device, token: &str, name: &str) -> String {
        let code = self.code().await;
        let (status, answer) = self
            .json(
                Method::POST,
                "/api/v1/regions",
                Some(token),
                Some(json!({ "code": code, "name": name })),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{answer}");
        assert_eq!(answer["secretariat_public_key"], json!(secretariat.hex));
        answer["region_id"].as_str().expect("region id").to_owned()
    }

    /// An agency joins with the secretariat's join token.
    pub async fn join(&self, region: &str, secretariat: &Device, token: &str, name: &str) {
        let join = secretariat.sign(&format!("{}{region}", inovda_server::JOIN_CONTEXT));
        let (status, answer) = self
            .json(
                Method::POST,
                &format!("/api/v1/regions/{region}/members"),
                Some(token),
                Some(json!({ "join": join, "name": name })),
            )
            .await;
        assert!(status == StatusCode::CREATED || status == StatusCode::OK, "{status} {answer}");
    }

    /// Deposits sealed bytes; returns the status and JSON answer.
    pub async fn deposit(&self, region: &str, token: &str, sealed: &[u8]) -> (StatusCode, Value) {
        let sha = inovda_core::base::hash::sha256_hex(sealed);
        self.deposit_as(region, token, &sha, sealed.to_vec()).await
    }

    pub async fn deposit_as(
        &self,
        region: &str,
        token: &str,
        sha: &str,
        body: Vec<u8>,
    ) -> (StatusCode, Value) {
        let length = body.len().to_string();
        let (status, _, bytes) = self
            .call(
                Method::PUT,
                &format!("/api/v1/regions/{region}/bundles/{sha}"),
                Some(token),
                Body::from(body),
                &[("content-type", "application/octet-stream"), ("content-length", &length)],
            )
            .await;
        (status, serde_json::from_slice(&bytes).expect("a JSON answer"))
    }

    /// Every object stored, by path.
    pub async fn object_paths(&self) -> Vec<String> {
        use futures_util::StreamExt;
        let mut paths: Vec<String> = self
            .objects
            .list(None)
            .map(|meta| meta.expect("listing").location.to_string())
            .collect()
            .await;
        paths.sort();
        paths
    }
}

/// A device: its seed, the core key and its hex public key.
pub struct Device {
    pub key: SigningKey,
    pub hex: String,
    dalek: ed25519_dalek::SigningKey,
}

impl Device {
    pub fn new(seed: u8) -> Self {
        Self::from_seed([seed; 32])
    }

    pub fn from_seed(seed: [u8; 32]) -> Self {
        let key = SigningKey::from_seed(&seed);
        let hex = key.public_key().to_hex();
        Self { key, hex, dalek: ed25519_dalek::SigningKey::from_bytes(&seed) }
    }

    /// Hex Ed25519 signature of a text.
    pub fn sign(&self, text: &str) -> String {
        self.dalek.sign(text.as_bytes()).to_bytes().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A small config bundle signed by this device, sealed for `recipients` in `region`.
    pub fn sealed(&self, region: Option<&str>, recipients: &[&Device], note: &str) -> Vec<u8> {
        let inner = write_bundle(
            &BundleMeta {
                kind: BundleKind::Config,
                created_at: "2026-11-22T10:00:00+07:00".into(),
                region: "Kota Probolinggo".into(),
                agency: "Pengirim".into(),
                year: 2026,
            },
            &BundleContent {
                config: Some(json!({ "note": note }).to_string().into_bytes()),
                ..BundleContent::default()
            },
            &[],
            &self.key,
        )
        .expect("inner bundle");
        self.seal(&inner, region, recipients)
    }

    pub fn seal(&self, inner: &[u8], region: Option<&str>, recipients: &[&Device]) -> Vec<u8> {
        let keys: Vec<_> = recipients.iter().map(|device| device.key.public_key()).collect();
        let meta = SealMeta {
            kind: BundleKind::Config,
            created_at: "2026-11-22T10:00:00+07:00".into(),
            app_version: "0.1.0".into(),
            region: "Kota Probolinggo".into(),
            relay_region: region.map(str::to_owned),
            sender: "Pengirim".into(),
        };
        seal_bytes(inner, &meta, &self.key, &keys).expect("sealed").out
    }
}

/// A region with a secretariat and two joined agencies, all signed in.
pub struct Region {
    pub id: String,
    pub secretariat: Device,
    pub secretariat_token: String,
    pub agency_a: Device,
    pub token_a: String,
    pub agency_b: Device,
    pub token_b: String,
}

pub async fn region(app: &App) -> Region {
    let secretariat = Device::new(1);
    let secretariat_token = app.login(&secretariat).await;
    let id = app.enrol(&secretariat, &secretariat_token, "Kota Probolinggo").await;
    let agency_a = Device::new(2);
    let token_a = app.login(&agency_a).await;
    app.join(&id, &secretariat, &token_a, "Dinas Kesehatan").await;
    let agency_b = Device::new(3);
    let token_b = app.login(&agency_b).await;
    app.join(&id, &secretariat, &token_b, "Dinas Pendidikan").await;
    Region { id, secretariat, secretariat_token, agency_a, token_a, agency_b, token_b }
}

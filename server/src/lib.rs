//! The Inovda relay: carries sealed bundles between a region's devices and serves the app.
//!
//! One binary (`inovda serve`) serves the built PWA from `dist/` and the relay API under
//! `/api/v1/`. The relay never sees plaintext: it checks a sealed bundle's outer layer
//! (`inovda_core::exchange::sealed::verify_sealed`), stores its bytes in an object store and keeps, in a
//! SQL database (SQLite or PostgreSQL), who sent what to whom and who has received it.
//! Nothing that matters is kept in process memory (only rate-limit counters), so several
//! instances can share one database and one object store.
//! The HTTP API and the deployment are described in docs/relay.md.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

mod api;
mod auth;
pub mod codes;
pub mod db;
mod limiter;
pub mod objects;
mod site;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use object_store::ObjectStore;

pub use api::{ApiError, ERROR_CODES};
pub use auth::{JOIN_CONTEXT, SESSION_CONTEXT};
pub use db::{Db, DbError};
pub use objects::ObjectsError;
pub use site::SiteError;

/// Milliseconds since the Unix epoch; the relay's only clock (devices' clocks are not trusted).
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(|| chrono::Utc::now().timestamp_millis())
}

/// What an operator may tune; [`RelayConfig::new`] gives the documented defaults.
#[derive(Clone)]
pub struct RelayConfig {
    /// Largest sealed bundle accepted, in bytes (default 256 MiB).
    pub max_bundle_size: u64,
    /// Bundles a sender may have stored and not yet received by every recipient (default 500).
    pub quota: i64,
    /// Requests per minute and key (token bucket; default 120).
    pub rate_per_minute: u32,
    /// Where uploads are spooled and checked before they are stored (a local folder).
    pub scratch_dir: PathBuf,
    pub clock: Clock,
}

impl RelayConfig {
    pub fn new(scratch_dir: impl Into<PathBuf>) -> Self {
        Self {
            max_bundle_size: 256 << 20,
            quota: 500,
            rate_per_minute: 120,
            scratch_dir: scratch_dir.into(),
            clock: system_clock(),
        }
    }
}

/// Everything a request handler needs; shared by every request.
pub struct Relay {
    db: Db,
    objects: Arc<dyn ObjectStore>,
    config: RelayConfig,
    secret: [u8; 32],
    limiter: limiter::Limiter,
    site: Option<site::Site>,
}

/// The relay could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Objects(#[from] ObjectsError),
    #[error(transparent)]
    Site(#[from] SiteError),
    #[error("{what}: {source}")]
    Io { what: String, source: std::io::Error },
}

impl Relay {
    /// A relay over an opened database and object store; `dist` is the built app to serve
    /// (`None`: the API alone). Reads or creates the shared authentication secret.
    pub async fn new(
        db: Db,
        objects: Arc<dyn ObjectStore>,
        config: RelayConfig,
        dist: Option<&Path>,
    ) -> Result<Arc<Self>, ServeError> {
        std::fs::create_dir_all(&config.scratch_dir).map_err(|source| ServeError::Io {
            what: format!("cannot create {}", config.scratch_dir.display()),
            source,
        })?;
        api::clean_scratch(&config.scratch_dir);
        let secret = db.auth_secret().await?;
        let site = dist.map(site::Site::open).transpose()?;
        let limiter = limiter::Limiter::new(config.rate_per_minute);
        let relay = Arc::new(Self { db, objects, config, secret, limiter, site });
        if relay.site.is_some() {
            tokio::spawn(site::warm(Arc::clone(&relay)));
        }
        Ok(relay)
    }

    /// The HTTP routes: the API under `/api/v1/`, the app everywhere else.
    pub fn router(self: &Arc<Self>) -> Router {
        api::routes().fallback(site::handler).with_state(Arc::clone(self))
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    fn now(&self) -> i64 {
        (self.config.clock)()
    }
}

/// What `inovda serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub dist: PathBuf,
    pub data: PathBuf,
    pub listen: SocketAddr,
    /// `sqlite://…` or `postgres://…`; default `<data>/relay.sqlite3`.
    pub database: Option<String>,
    /// `file:///…` or `s3://bucket/prefix` (feature `s3`); default `<data>/bundles/`.
    pub objects: Option<String>,
    pub max_bundle_size: Option<u64>,
    pub quota: Option<i64>,
    pub rate_per_minute: Option<u32>,
}

/// The database URL `inovda serve` and `inovda relay code` use when none is given.
pub fn default_database_url(data: &Path) -> String {
    format!("sqlite://{}?mode=rwc", data.join("relay.sqlite3").display())
}

/// Opens the database of `inovda serve`/`inovda relay code` (creating the data folder for the
/// default SQLite file) and runs the migrations.
pub async fn open_database(data: &Path, database: Option<&str>) -> Result<Db, ServeError> {
    if database.is_none() {
        std::fs::create_dir_all(data).map_err(|source| ServeError::Io {
            what: format!("cannot create the data folder {}", data.display()),
            source,
        })?;
    }
    let url = database.map(str::to_owned).unwrap_or_else(|| default_database_url(data));
    Ok(Db::connect(&url).await?)
}

/// Runs the relay until SIGINT or SIGTERM: opens everything, prints the address, the data
/// folder and (when the database has no region yet) a new enrolment code, then serves.
pub async fn serve(options: ServeOptions) -> Result<(), ServeError> {
    let db = open_database(&options.data, options.database.as_deref()).await?;
    let objects = match options.objects.as_deref() {
        Some(url) => objects::open(url)?,
        None => objects::local(&options.data.join("bundles"))?,
    };
    let mut config = RelayConfig::new(options.data.join("tmp"));
    config.max_bundle_size = options.max_bundle_size.unwrap_or(config.max_bundle_size);
    config.quota = options.quota.unwrap_or(config.quota);
    config.rate_per_minute = options.rate_per_minute.unwrap_or(config.rate_per_minute);
    let now = (config.clock)();
    let dist = options.dist.join("index.html").is_file().then_some(options.dist.as_path());
    let relay = Relay::new(db, objects, config, dist).await?;
    let listener = tokio::net::TcpListener::bind(options.listen).await.map_err(|source| {
        ServeError::Io { what: format!("cannot listen on {}", options.listen), source }
    })?;
    let address = listener.local_addr().map_err(|source| ServeError::Io {
        what: "cannot read the listening address".into(),
        source,
    })?;
    println!("Inovda is served at http://{address}/ (Ctrl+C stops)");
    println!("Data folder: {}", options.data.display());
    if dist.is_none() {
        println!(
            "No app in {} (index.html missing): only the relay API is served.",
            options.dist.display()
        );
    }
    match codes::startup_code(relay.db(), now).await? {
        codes::Startup::NewCode(code) => {
            println!("Enrolment code for the secretariat (valid 7 days, once): {code}");
        }
        codes::Startup::Outstanding { expires_at } => println!(
            "An enrolment code is outstanding until {} (UTC); `inovda relay code` prints a new one.",
            api::rfc3339(expires_at)
        ),
        codes::Startup::HasRegion => {}
    }
    axum::serve(listener, relay.router())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|source| ServeError::Io { what: "the server stopped".into(), source })?;
    relay.db().close().await;
    println!("Inovda stopped.");
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        // If the handler cannot be installed, the process is stopped the default way.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

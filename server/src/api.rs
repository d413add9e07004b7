//! The relay's HTTP API under `/api/v1/` (every route and error code: docs/relay.md).
//!
//! Every refusal is `{"error": {"code", "message", "detail"}}` with an HTTP status; the code is
//! stable and the app translates it. Uploads are spooled to a local file while their SHA-256 and
//! size are counted, checked there (`verify_sealed`), stored in the object store, and only then
//! recorded in the database in one transaction: a cut request leaves no row.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, Path as UrlPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use futures_util::StreamExt;
use inovda_core::exchange::bundle::PublicKey;
use inovda_core::exchange::sealed::{SealError, SealLimits, verify_sealed};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, WriteMultipart};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::cors::{Any, CorsLayer};

use crate::db::{BundleRow, DbError, MemberRow, NewBundle, RecipientRow, Recorded, RegionRow};
use crate::{Relay, auth, codes};

/// A request was refused, or failed inside the relay.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the request is not valid: {0}")]
    BadRequest(String),
    #[error("no such API route")]
    NotFound,
    #[error("the public key is not a valid Ed25519 key")]
    InvalidPublicKey,
    #[error("sign in first: a valid `Authorization: Bearer` session token is required")]
    Unauthenticated,
    #[error("the session expired; sign in again")]
    SessionExpired,
    #[error("the challenge or its signature is not valid")]
    AuthFailed,
    #[error("the challenge expired; ask for a new one")]
    ChallengeExpired,
    #[error("too many requests; retry later")]
    RateLimited { retry_after: Duration },
    #[error("the enrolment code is unknown, used or expired")]
    BadEnrolmentCode,
    #[error("a name is required (at most 200 characters)")]
    InvalidName,
    #[error("no such region")]
    NoSuchRegion,
    #[error("this device is not a member of the region")]
    NotAMember,
    #[error("only the region's secretariat may do this")]
    NotSecretariat,
    #[error("the join token is not the region secretariat's signature")]
    BadJoinToken,
    #[error("no such member")]
    NoSuchMember,
    #[error("the secretariat cannot be removed from its region")]
    CannotRemoveSecretariat,
    #[error("the bundle is larger than the relay accepts")]
    TooLarge { max: u64 },
    #[error("the body's SHA-256 is not the one in the URL")]
    HashMismatch { actual: String },
    #[error("the body is not a valid sealed bundle")]
    NotSealed { reason: SealError },
    #[error("the sealed bundle is of a newer format; update the app")]
    FutureVersion,
    #[error("the sealed bundle's signature does not verify")]
    BadSignature,
    #[error("the sealed bundle's sender is not the signed-in device")]
    WrongSender,
    #[error("the sealed bundle is meant for another region")]
    WrongRegion,
    #[error("this sender may not address this recipient")]
    RecipientNotAllowed { recipient: String },
    #[error("too many bundles are waiting to be received")]
    QuotaExceeded { quota: i64, pending: i64 },
    #[error("no such bundle in this region")]
    NoSuchBundle,
    #[error("this bundle is not addressed to this device")]
    NotAddressedToYou,
    #[error("internal error")]
    Internal(String),
}

/// Every error code, for documentation and tests.
pub const ERROR_CODES: [&str; 29] = [
    "bad_request",
    "not_found",
    "invalid_public_key",
    "unauthenticated",
    "session_expired",
    "auth_failed",
    "challenge_expired",
    "rate_limited",
    "bad_enrolment_code",
    "invalid_name",
    "no_such_region",
    "not_a_member",
    "not_secretariat",
    "bad_join_token",
    "no_such_member",
    "cannot_remove_secretariat",
    "too_large",
    "hash_mismatch",
    "not_sealed",
    "future_version",
    "bad_signature",
    "wrong_sender",
    "wrong_region",
    "recipient_not_allowed",
    "quota_exceeded",
    "no_such_bundle",
    "not_addressed_to_you",
    "internal",
    "method_not_allowed",
];

impl ApiError {
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) => "bad_request",
            ApiError::NotFound => "not_found",
            ApiError::InvalidPublicKey => "invalid_public_key",
            ApiError::Unauthenticated => "unauthenticated",
            ApiError::SessionExpired => "session_expired",
            ApiError::AuthFailed => "auth_failed",
            ApiError::ChallengeExpired => "challenge_expired",
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::BadEnrolmentCode => "bad_enrolment_code",
            ApiError::InvalidName => "invalid_name",
            ApiError::NoSuchRegion => "no_such_region",
            ApiError::NotAMember => "not_a_member",
            ApiError::NotSecretariat => "not_secretariat",
            ApiError::BadJoinToken => "bad_join_token",
            ApiError::NoSuchMember => "no_such_member",
            ApiError::CannotRemoveSecretariat => "cannot_remove_secretariat",
            ApiError::TooLarge { .. } => "too_large",
            ApiError::HashMismatch { .. } => "hash_mismatch",
            ApiError::NotSealed { .. } => "not_sealed",
            ApiError::FutureVersion => "future_version",
            ApiError::BadSignature => "bad_signature",
            ApiError::WrongSender => "wrong_sender",
            ApiError::WrongRegion => "wrong_region",
            ApiError::RecipientNotAllowed { .. } => "recipient_not_allowed",
            ApiError::QuotaExceeded { .. } => "quota_exceeded",
            ApiError::NoSuchBundle => "no_such_bundle",
            ApiError::NotAddressedToYou => "not_addressed_to_you",
            ApiError::Internal(_) => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_)
            | ApiError::InvalidPublicKey
            | ApiError::InvalidName
            | ApiError::HashMismatch { .. } => StatusCode::BAD_REQUEST,
            ApiError::Unauthenticated
            | ApiError::SessionExpired
            | ApiError::AuthFailed
            | ApiError::ChallengeExpired => StatusCode::UNAUTHORIZED,
            ApiError::BadEnrolmentCode
            | ApiError::NotAMember
            | ApiError::NotSecretariat
            | ApiError::BadJoinToken
            | ApiError::WrongSender
            | ApiError::RecipientNotAllowed { .. }
            | ApiError::NotAddressedToYou => StatusCode::FORBIDDEN,
            ApiError::NotFound
            | ApiError::NoSuchRegion
            | ApiError::NoSuchMember
            | ApiError::NoSuchBundle => StatusCode::NOT_FOUND,
            ApiError::CannotRemoveSecretariat | ApiError::QuotaExceeded { .. } => {
                StatusCode::CONFLICT
            }
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::NotSealed { .. }
            | ApiError::FutureVersion
            | ApiError::BadSignature
            | ApiError::WrongRegion => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn detail(&self) -> Value {
        match self {
            ApiError::BadRequest(text) => json!({ "reason": text }),
            ApiError::RateLimited { retry_after } => {
                json!({ "retry_after_seconds": retry_seconds(*retry_after) })
            }
            ApiError::TooLarge { max } => json!({ "max_bytes": max }),
            ApiError::HashMismatch { actual } => json!({ "actual_sha256": actual }),
            ApiError::NotSealed { reason } => {
                json!({ "reason": reason.code(), "text": reason.to_string() })
            }
            ApiError::RecipientNotAllowed { recipient } => json!({ "recipient": recipient }),
            ApiError::QuotaExceeded { quota, pending } => {
                json!({ "quota": quota, "pending": pending })
            }
            _ => json!({}),
        }
    }
}

fn retry_seconds(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        ApiError::Internal(error.to_string())
    }
}

impl From<object_store::Error> for ApiError {
    fn from(error: object_store::Error) -> Self {
        ApiError::Internal(format!("object store: {error}"))
    }
}

impl From<std::io::Error> for ApiError {
    fn from(error: std::io::Error) -> Self {
        ApiError::Internal(format!("spool: {error}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(detail) = &self {
            eprintln!("inovda relay: internal error: {detail}");
        }
        let body = json!({
            "error": { "code": self.code(), "message": self.to_string(), "detail": self.detail() }
        });
        let mut response = (self.status(), axum::Json(body)).into_response();
        if let ApiError::RateLimited { retry_after } = self
            && let Ok(value) = HeaderValue::from_str(&retry_seconds(retry_after).to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// A JSON body whose refusals are API errors.
struct JsonBody<T>(T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| ApiError::BadRequest(e.body_text()))?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|e| ApiError::BadRequest(format!("JSON body: {e}")))
    }
}

/// The signed-in device, from `Authorization: Bearer <token>`; also takes a rate-limit token.
struct Session {
    key: String,
}

impl FromRequestParts<Arc<Relay>> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        relay: &Arc<Relay>,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(ApiError::Unauthenticated)?;
        let key =
            auth::check_token(&relay.secret, token.trim(), relay.now()).map_err(|e| match e {
                auth::AuthError::Expired => ApiError::SessionExpired,
                _ => ApiError::Unauthenticated,
            })?;
        relay.throttle(&key)?;
        Ok(Session { key })
    }
}

/// The API routes, with CORS (any origin, no cookies) and compression of JSON answers.
pub fn routes() -> Router<Arc<Relay>> {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::PUT, Method::POST, Method::DELETE])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        .expose_headers([header::RETRY_AFTER]);
    // Sealed bundles are encrypted: compressing them would only cost time.
    let compress = DefaultPredicate::new().and(NotForContentType::new("application/octet-stream"));
    Router::new()
        .route("/api/v1/auth/challenge", post(challenge))
        .route("/api/v1/auth/session", post(open_session))
        .route("/api/v1/regions", post(create_region))
        .route("/api/v1/regions/{region}", get(region_info))
        .route("/api/v1/regions/{region}/members", post(join).get(members))
        .route("/api/v1/regions/{region}/members/{key}", delete(remove_member))
        .route("/api/v1/regions/{region}/bundles/{sha256}", put(deposit).get(fetch))
        .route("/api/v1/regions/{region}/bundles/{sha256}/receipt", post(receipt))
        .route("/api/v1/regions/{region}/inbox", get(inbox))
        .route("/api/v1/regions/{region}/sent", get(sent))
        .method_not_allowed_fallback(method_not_allowed)
        .layer(CompressionLayer::new().compress_when(compress))
        .layer(cors)
}

async fn method_not_allowed() -> Response {
    let body = json!({ "error": {
        "code": "method_not_allowed",
        "message": "this route does not take this method",
        "detail": {},
    }});
    (StatusCode::METHOD_NOT_ALLOWED, axum::Json(body)).into_response()
}

/// Milliseconds since the epoch as RFC 3339 UTC, e.g. `2026-11-22T03:05:00Z`.
pub fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|time| time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

fn canonical_key(text: &str) -> Result<String, ApiError> {
    PublicKey::from_hex(text).map(|key| key.to_hex()).map_err(|_| ApiError::InvalidPublicKey)
}

fn check_name(name: &str) -> Result<String, ApiError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ApiError::InvalidName);
    }
    Ok(name.to_owned())
}

impl Relay {
    /// Counts one request of `key` against its rate limit.
    fn throttle(&self, key: &str) -> Result<(), ApiError> {
        self.limiter.check(key).map_err(|retry_after| ApiError::RateLimited { retry_after })
    }

    /// The region and the caller's membership; refreshes `last_seen` at most once a minute.
    async fn require_member(&self, region_id: &str, key: &str) -> Result<RegionRow, ApiError> {
        let region = self.db.region(region_id).await?.ok_or(ApiError::NoSuchRegion)?;
        let member = self.db.member(region_id, key).await?.ok_or(ApiError::NotAMember)?;
        let now = self.now();
        if now - member.last_seen > 60_000 {
            self.db.touch_member(region_id, key, now).await?;
        }
        Ok(region)
    }

    async fn require_secretariat(&self, region_id: &str, key: &str) -> Result<RegionRow, ApiError> {
        let region = self.require_member(region_id, key).await?;
        if region.secretariat_key != key {
            return Err(ApiError::NotSecretariat);
        }
        Ok(region)
    }
}

// Authentication.

#[derive(Deserialize)]
struct ChallengeRequest {
    public_key: String,
}

async fn challenge(
    State(relay): State<Arc<Relay>>,
    JsonBody(request): JsonBody<ChallengeRequest>,
) -> Result<Response, ApiError> {
    let key = canonical_key(&request.public_key)?;
    relay.throttle(&key)?;
    let (challenge, expires) = auth::challenge(&relay.secret, &key, relay.now())
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(axum::Json(json!({ "challenge": challenge, "expires_at": rfc3339(expires) }))
        .into_response())
}

#[derive(Deserialize)]
struct SessionRequest {
    public_key: String,
    challenge: String,
    signature: String,
}

async fn open_session(
    State(relay): State<Arc<Relay>>,
    JsonBody(request): JsonBody<SessionRequest>,
) -> Result<Response, ApiError> {
    let key = canonical_key(&request.public_key)?;
    relay.throttle(&key)?;
    let (token, expires) =
        auth::session(&relay.secret, &key, &request.challenge, &request.signature, relay.now())
            .map_err(|e| match e {
                auth::AuthError::Expired => ApiError::ChallengeExpired,
                _ => ApiError::AuthFailed,
            })?;
    Ok(axum::Json(json!({ "token": token, "expires_at": rfc3339(expires) })).into_response())
}

// Regions and members.

#[derive(Deserialize)]
struct CreateRegion {
    code: String,
    name: String,
    /// The secretariat's name in the member list; the region's name when absent.
    secretariat_name: Option<String>,
}

async fn create_region(
    State(relay): State<Arc<Relay>>,
    session: Session,
    JsonBody(request): JsonBody<CreateRegion>,
) -> Result<Response, ApiError> {
    let name = check_name(&request.name)?;
    let secretariat_name = check_name(request.secretariat_name.as_deref().unwrap_or(&name))?;
    let code_hash = codes::hash(&request.code).ok_or(ApiError::BadEnrolmentCode)?;
    let mut id = [0u8; 12];
    getrandom::fill(&mut id).map_err(|e| ApiError::Internal(e.to_string()))?;
    let region =
        RegionRow { region_id: crate::db::hex(&id), name, secretariat_key: session.key.clone() };
    if !relay.db.create_region(&code_hash, &region, &secretariat_name, relay.now()).await? {
        return Err(ApiError::BadEnrolmentCode);
    }
    let body = json!({
        "region_id": region.region_id,
        "name": region.name,
        "secretariat_public_key": region.secretariat_key,
    });
    Ok((StatusCode::CREATED, axum::Json(body)).into_response())
}

async fn region_info(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath(region_id): UrlPath<String>,
) -> Result<Response, ApiError> {
    let region = relay.require_member(&region_id, &session.key).await?;
    Ok(axum::Json(json!({
        "region_id": region.region_id,
        "name": region.name,
        "secretariat_public_key": region.secretariat_key,
        "limits": {
            "max_bundle_size": relay.config.max_bundle_size,
            "quota": relay.config.quota,
            "rate_per_minute": relay.config.rate_per_minute,
        },
    }))
    .into_response())
}

#[derive(Deserialize)]
struct JoinRequest {
    join: String,
    name: String,
    agency_id: Option<String>,
}

fn member_json(member: &MemberRow, secretariat_key: &str) -> Value {
    json!({
        "public_key": member.public_key,
        "name": member.name,
        "agency_id": member.agency_id,
        "joined_at": rfc3339(member.joined_at),
        "last_seen": rfc3339(member.last_seen),
        "secretariat": member.public_key == secretariat_key,
    })
}

async fn join(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath(region_id): UrlPath<String>,
    JsonBody(request): JsonBody<JoinRequest>,
) -> Result<Response, ApiError> {
    let region = relay.db.region(&region_id).await?.ok_or(ApiError::NoSuchRegion)?;
    let message = format!("{}{}", auth::JOIN_CONTEXT, region.region_id);
    if !auth::verifies(&region.secretariat_key, message.as_bytes(), request.join.trim()) {
        return Err(ApiError::BadJoinToken);
    }
    let name = check_name(&request.name)?;
    let agency_id = request.agency_id.as_deref().map(check_name).transpose()?;
    let new =
        relay.db.join(&region_id, &session.key, &name, agency_id.as_deref(), relay.now()).await?;
    let member = relay.db.member(&region_id, &session.key).await?.ok_or(ApiError::NoSuchMember)?;
    let status = if new { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, axum::Json(member_json(&member, &region.secretariat_key))).into_response())
}

async fn members(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath(region_id): UrlPath<String>,
) -> Result<Response, ApiError> {
    let region = relay.require_secretariat(&region_id, &session.key).await?;
    let members = relay.db.members(&region_id).await?;
    let list: Vec<Value> =
        members.iter().map(|member| member_json(member, &region.secretariat_key)).collect();
    Ok(axum::Json(json!({ "members": list })).into_response())
}

async fn remove_member(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath((region_id, key)): UrlPath<(String, String)>,
) -> Result<Response, ApiError> {
    let region = relay.require_secretariat(&region_id, &session.key).await?;
    let key = key.to_ascii_lowercase();
    if key == region.secretariat_key {
        return Err(ApiError::CannotRemoveSecretariat);
    }
    if !relay.db.remove_member(&region_id, &key).await? {
        return Err(ApiError::NoSuchMember);
    }
    Ok(axum::Json(json!({ "removed": key })).into_response())
}

// Bundles.

fn check_sha(text: &str) -> Result<(), ApiError> {
    if text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        Ok(())
    } else {
        Err(ApiError::BadRequest("the bundle id must be 64 lower-case hex characters".into()))
    }
}

fn recipient_json(recipient: &RecipientRow) -> Value {
    json!({
        "public_key": recipient.public_key,
        "name": recipient.name,
        "received_at": recipient.received_at.map(rfc3339),
    })
}

fn sent_json(bundle: &BundleRow, recipients: &[RecipientRow]) -> Value {
    json!({
        "seq": bundle.id,
        "sha256": bundle.sha256,
        "size": bundle.size,
        "kind": bundle.kind,
        "deposited_at": rfc3339(bundle.deposited_at),
        "recipients": recipients.iter().map(recipient_json).collect::<Vec<_>>(),
    })
}

/// A spooled upload, removed from disk when dropped (whatever happened).
struct Spool {
    path: PathBuf,
}

impl Spool {
    fn new(dir: &Path) -> Result<Self, ApiError> {
        let mut random = [0u8; 12];
        getrandom::fill(&mut random).map_err(|e| ApiError::Internal(e.to_string()))?;
        Ok(Self { path: dir.join(format!("upload-{}.part", crate::db::hex(&random))) })
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Removes every spooled upload at start: they were left by an earlier run killed mid-upload
/// (the spool folder belongs to one instance, so nothing is uploading yet).
pub fn clean_scratch(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with("upload-") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers.get(header::CONTENT_LENGTH)?.to_str().ok()?.parse().ok()
}

/// Streams the body to the spool file; returns its SHA-256 and size.
async fn spool_body(body: Body, spool: &Spool, max: u64) -> Result<(String, u64), ApiError> {
    let mut file = tokio::fs::File::create(&spool.path).await?;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::BadRequest(format!("the upload was interrupted: {e}")))?;
        size += chunk.len() as u64;
        if size > max {
            return Err(ApiError::TooLarge { max });
        }
        hasher.update(&chunk);
        file.write_all(&chunk).await?;
    }
    file.flush().await?;
    Ok((crate::db::hex(&hasher.finalize()), size))
}

/// Copies the spool file into the object store (multipart: never whole in memory).
async fn store_object(
    objects: &Arc<dyn ObjectStore>,
    location: &ObjectPath,
    path: &Path,
) -> Result<(), ApiError> {
    let upload = objects.put_multipart(location).await?;
    let mut writer = WriteMultipart::new_with_chunk_size(upload, 8 << 20);
    let mut file = tokio::fs::File::open(path).await?;
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let read = match file.read(&mut buffer).await {
            Ok(read) => read,
            Err(error) => {
                let _ = writer.abort().await;
                return Err(error.into());
            }
        };
        if read == 0 {
            break;
        }
        if let Err(error) = writer.wait_for_capacity(4).await {
            let _ = writer.abort().await;
            return Err(error.into());
        }
        writer.write(&buffer[..read]);
    }
    writer.finish().await?;
    Ok(())
}

fn refusal(error: SealError) -> ApiError {
    match error {
        SealError::FutureVersion { .. } => ApiError::FutureVersion,
        SealError::BadSignature => ApiError::BadSignature,
        SealError::TooLarge { max, .. } => ApiError::TooLarge { max },
        reason => ApiError::NotSealed { reason },
    }
}

async fn deposit(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath((region_id, sha256)): UrlPath<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    check_sha(&sha256)?;
    let region = relay.require_member(&region_id, &session.key).await?;
    let max = relay.config.max_bundle_size;
    if content_length(&headers).is_some_and(|length| length > max) {
        return Err(ApiError::TooLarge { max });
    }
    let spool = Spool::new(&relay.config.scratch_dir)?;
    let (actual, size) = spool_body(body, &spool, max).await?;
    if actual != sha256 {
        return Err(ApiError::HashMismatch { actual });
    }
    let path = spool.path.clone();
    let limits = SealLimits { max_payload_size: max, ..SealLimits::default() };
    let verified = tokio::task::spawn_blocking(move || {
        let file = std::fs::File::open(path).map_err(|e| SealError::Io(e.to_string()))?;
        verify_sealed(std::io::BufReader::new(file), &limits)
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))?
    .map_err(refusal)?;
    let manifest = verified.manifest;
    if manifest.sender_public_key != session.key {
        return Err(ApiError::WrongSender);
    }
    if manifest.relay_region.as_deref() != Some(region_id.as_str()) {
        return Err(ApiError::WrongRegion);
    }
    let from_secretariat = session.key == region.secretariat_key;
    for recipient in &manifest.recipients {
        let allowed = if from_secretariat {
            relay.db.member(&region_id, recipient).await?.is_some()
        } else {
            *recipient == region.secretariat_key
        };
        if !allowed {
            return Err(ApiError::RecipientNotAllowed { recipient: recipient.clone() });
        }
    }
    if let Some(existing) = relay.db.bundle(&region_id, &sha256).await? {
        let recipients = relay.db.recipients(existing.id).await?;
        return Ok((StatusCode::OK, axum::Json(sent_json(&existing, &recipients))).into_response());
    }
    let sender_name = relay
        .db
        .member(&region_id, &session.key)
        .await?
        .map(|member| member.name)
        .unwrap_or_else(|| manifest.sender.clone());
    let object_key = format!("regions/{region_id}/bundles/{sha256}");
    let new = NewBundle {
        region_id: &region_id,
        sha256: &sha256,
        size: i64::try_from(size).unwrap_or(i64::MAX),
        kind: manifest.kind.code(),
        sender_key: &session.key,
        sender_name: &sender_name,
        object_key: &object_key,
        recipients: &manifest.recipients,
        now: relay.now(),
        quota: relay.config.quota,
    };
    // The quota is checked before the bytes are stored, and again when they are recorded.
    if let Some(pending) = relay.db.over_quota(&new).await? {
        return Err(ApiError::QuotaExceeded { quota: relay.config.quota, pending });
    }
    let location = ObjectPath::from(object_key.as_str());
    store_object(&relay.objects, &location, &spool.path).await?;
    match relay.db.record_bundle(&new).await? {
        Recorded::New(row) => {
            let recipients = relay.db.recipients(row.id).await?;
            Ok((StatusCode::CREATED, axum::Json(sent_json(&row, &recipients))).into_response())
        }
        Recorded::Existing(row) => {
            let recipients = relay.db.recipients(row.id).await?;
            Ok((StatusCode::OK, axum::Json(sent_json(&row, &recipients))).into_response())
        }
        Recorded::OverQuota { pending } => {
            // Nothing refers to the stored copy: remove it again.
            let _ = relay.objects.delete(&location).await;
            Err(ApiError::QuotaExceeded { quota: relay.config.quota, pending })
        }
    }
}

/// The bundle row, when the caller is its sender or one of its recipients.
async fn addressed(
    relay: &Relay,
    region_id: &str,
    sha256: &str,
    key: &str,
) -> Result<(BundleRow, Option<Option<i64>>), ApiError> {
    check_sha(sha256)?;
    relay.require_member(region_id, key).await?;
    let bundle = relay.db.bundle(region_id, sha256).await?.ok_or(ApiError::NoSuchBundle)?;
    let entry = relay.db.mailbox_entry(bundle.id, key).await?;
    if entry.is_none() && bundle.sender_key != key {
        return Err(ApiError::NotAddressedToYou);
    }
    Ok((bundle, entry))
}

async fn fetch(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath((region_id, sha256)): UrlPath<(String, String)>,
) -> Result<Response, ApiError> {
    let (bundle, _) = addressed(&relay, &region_id, &sha256, &session.key).await?;
    let object = relay.objects.get(&ObjectPath::from(bundle.object_key.as_str())).await?;
    let size = object.meta.size;
    let mut response = Body::from_stream(object.into_stream()).into_response();
    let headers = response.headers_mut();
    let mut set = |name: header::HeaderName, value: String| {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    };
    set(header::CONTENT_TYPE, "application/octet-stream".into());
    set(header::CONTENT_LENGTH, size.to_string());
    set(header::ETAG, format!("\"{sha256}\""));
    set(header::CACHE_CONTROL, "private, no-store".into());
    Ok(response)
}

async fn receipt(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath((region_id, sha256)): UrlPath<(String, String)>,
) -> Result<Response, ApiError> {
    let (bundle, entry) = addressed(&relay, &region_id, &sha256, &session.key).await?;
    if entry.is_none() {
        return Err(ApiError::NotAddressedToYou);
    }
    relay.db.mark_received(bundle.id, &session.key, relay.now()).await?;
    let received_at = relay.db.mailbox_entry(bundle.id, &session.key).await?.flatten();
    Ok(axum::Json(json!({ "sha256": sha256, "received_at": received_at.map(rfc3339) }))
        .into_response())
}

/// `after` (default 0) and `limit` (default 100, 1–1000) from the query string.
fn paging(query: Option<&str>) -> Result<(i64, i64), ApiError> {
    let (mut after, mut limit) = (0i64, 100i64);
    for pair in query.unwrap_or_default().split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let number = || {
            value.parse::<i64>().map_err(|_| ApiError::BadRequest(format!("`{name}` is no number")))
        };
        match name {
            "after" => after = number()?.max(0),
            "limit" => limit = number()?.clamp(1, 1000),
            _ => {}
        }
    }
    Ok((after, limit))
}

async fn inbox(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath(region_id): UrlPath<String>,
    uri: axum::http::Uri,
) -> Result<Response, ApiError> {
    let (after, limit) = paging(uri.query())?;
    relay.require_member(&region_id, &session.key).await?;
    let rows = relay.db.inbox(&region_id, &session.key, after, limit).await?;
    let next = rows.last().map_or(after, |row| row.seq);
    let entries: Vec<Value> = rows
        .iter()
        .map(|row| {
            json!({
                "seq": row.seq,
                "sha256": row.bundle.sha256,
                "size": row.bundle.size,
                "kind": row.bundle.kind,
                "sender_public_key": row.bundle.sender_key,
                "sender_name": row.bundle.sender_name,
                "deposited_at": rfc3339(row.bundle.deposited_at),
                "received_at": row.received_at.map(rfc3339),
            })
        })
        .collect();
    Ok(axum::Json(json!({ "entries": entries, "next_after": next })).into_response())
}

async fn sent(
    State(relay): State<Arc<Relay>>,
    session: Session,
    UrlPath(region_id): UrlPath<String>,
    uri: axum::http::Uri,
) -> Result<Response, ApiError> {
    let (after, limit) = paging(uri.query())?;
    relay.require_member(&region_id, &session.key).await?;
    let rows = relay.db.sent(&region_id, &session.key, after, limit).await?;
    let next = rows.last().map_or(after, |(bundle, _)| bundle.id);
    let entries: Vec<Value> =
        rows.iter().map(|(bundle, recipients)| sent_json(bundle, recipients)).collect();
    Ok(axum::Json(json!({ "entries": entries, "next_after": next })).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_is_listed_once() {
        let mut codes = ERROR_CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ERROR_CODES.len());
        let samples = [
            ApiError::NotSealed { reason: SealError::NotSealed },
            ApiError::RateLimited { retry_after: Duration::from_millis(1500) },
            ApiError::QuotaExceeded { quota: 1, pending: 1 },
        ];
        for error in samples {
            assert!(ERROR_CODES.contains(&error.code()));
        }
        assert_eq!(retry_seconds(Duration::from_millis(1500)), 2);
    }

    #[test]
    fn paging_has_defaults_and_bounds() {
        assert_eq!(paging(None).ok(), Some((0, 100)));
        assert_eq!(paging(Some("after=7&limit=5000")).ok(), Some((7, 1000)));
        assert_eq!(paging(Some("limit=0&x=1")).ok(), Some((0, 1)));
        assert!(paging(Some("after=x")).is_err());
    }
}

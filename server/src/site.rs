//! Serving the built app (`dist/`) as a production static host.
//!
//! - Deep links (paths without an extension, and `.html`) fall back to `index.html`, or to
//!   `index-deep.html` (the same page without the first module's preloads) where the build's
//!   `modules.json` says the first module does not serve the address, so no page preloads a
//!   module it does not run; a missing asset is a real 404.
//! - `Cache-Control: no-cache` for the entry points (`index.html`, `sw.js`, `sw-register.js`,
//!   `manifest.webmanifest`) and every unhashed file; a year and `immutable` for hashed assets
//!   (`-<8–16 hex>(_bg).js|wasm|css`).
//! - `ETag` (from the content) and `Last-Modified`, answered with 304.
//! - gzip and brotli, computed once per file version (a file is re-read when its size or time
//!   changes), never per request. gzip is made on first use; brotli (slow at its best level) in
//!   the background, gzip being served until it is ready.
//! - `X-Content-Type-Options: nosniff` everywhere, and on HTML the Content-Security-Policy of
//!   `index.html`'s `<meta http-equiv>` tag (read at start) plus `frame-ancestors 'none'`, which
//!   only a header can carry. Other files get no policy: a worker script's own policy would
//!   come from its response header, and the app's workers run without one today.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use inovda_core::base::routes::ModuleTable;
use sha2::{Digest, Sha256};

use crate::Relay;

/// The app folder could not be served.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("cannot read the app in {path}: {source}")]
    Read { path: String, source: std::io::Error },
}

/// One file as served, for one version of it.
struct Cached {
    modified: SystemTime,
    len: u64,
    bytes: Bytes,
    /// Hex of the content's SHA-256 (first 32 characters).
    tag: String,
    last_modified: String,
    content_type: &'static str,
    gzip: tokio::sync::OnceCell<Option<Bytes>>,
    brotli: OnceLock<Option<Bytes>>,
    brotli_started: AtomicBool,
}

pub struct Site {
    root: PathBuf,
    csp: String,
    /// The build's module table (`modules.json`, written by tools/gen-sw.mjs), if it has one.
    modules: Option<ModuleTable>,
    files: Mutex<HashMap<PathBuf, Arc<Cached>>>,
}

const NO_CACHE: &str = "no-cache";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

impl Site {
    pub fn open(dist: &Path) -> Result<Self, SiteError> {
        let fail = |source| SiteError::Read { path: dist.display().to_string(), source };
        let root = dist.canonicalize().map_err(fail)?;
        let index = std::fs::read_to_string(root.join("index.html")).map_err(fail)?;
        let csp = match meta_policy(&index) {
            Some(policy) => format!("{}; frame-ancestors 'none'", policy.trim_end_matches(';')),
            None => "frame-ancestors 'none'".to_owned(),
        };
        let modules = std::fs::read_to_string(root.join("modules.json"))
            .ok()
            .and_then(|json| ModuleTable::parse(&json));
        Ok(Self { root, csp, modules, files: Mutex::new(HashMap::new()) })
    }

    /// The policy sent with HTML.
    pub fn csp(&self) -> &str {
        &self.csp
    }

    /// The current version of a file, read (again) when it changed; `None` if it is no file.
    async fn load(&self, path: &Path) -> Option<Arc<Cached>> {
        let meta = tokio::fs::metadata(path).await.ok().filter(|meta| meta.is_file())?;
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if let Some(hit) =
            self.lock().get(path).filter(|c| c.modified == modified && c.len == meta.len())
        {
            return Some(Arc::clone(hit));
        }
        let bytes = Bytes::from(tokio::fs::read(path).await.ok()?);
        let tag = crate::db::hex(&Sha256::digest(&bytes))[..32].to_owned();
        let last_modified = http_date(modified);
        let cached = Arc::new(Cached {
            modified,
            len: meta.len(),
            bytes,
            tag,
            last_modified,
            content_type: content_type(path),
            gzip: tokio::sync::OnceCell::new(),
            brotli: OnceLock::new(),
            brotli_started: AtomicBool::new(false),
        });
        self.lock().insert(path.to_owned(), Arc::clone(&cached));
        Some(cached)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Arc<Cached>>> {
        match self.files.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The page a deep link gets: `index-deep.html` where another module than the first serves
    /// the address (and the build has that page), `index.html` otherwise.
    fn page_for(&self, uri_path: &str) -> PathBuf {
        let elsewhere = self.modules.as_ref().is_some_and(|table| {
            // (An address no module knows starts the first module too: its "not found".)
            table.known(uri_path)
                && table.modules.first().is_some_and(|first| !table.serves(&first.name, uri_path))
        });
        let deep = self.root.join("index-deep.html");
        if elsewhere && deep.is_file() { deep } else { self.root.join("index.html") }
    }

    /// The file a request path names, if it stays inside the app folder.
    fn resolve(&self, uri_path: &str) -> Option<PathBuf> {
        let decoded = percent_decode(uri_path)?;
        let mut path = self.root.clone();
        for segment in decoded.split('/').filter(|s| !s.is_empty()) {
            if segment == "." || segment == ".." || segment.contains(['\\', '\0']) {
                return None;
            }
            path.push(segment);
        }
        Some(path)
    }
}

/// Compresses every compressible file once, in the background, after start.
pub async fn warm(relay: Arc<Relay>) {
    let Some(site) = relay.site.as_ref() else { return };
    let mut pending = vec![site.root.clone()];
    let mut files = Vec::new();
    while let Some(dir) = pending.pop() {
        let Ok(mut entries) = tokio::fs::read_dir(&dir).await else { continue };
        while let Ok(Some(entry)) = entries.next_entry().await {
            let path = entry.path();
            match entry.file_type().await {
                Ok(kind) if kind.is_dir() => pending.push(path),
                Ok(kind) if kind.is_file() && compressible(content_type(&path)) => files.push(path),
                _ => {}
            }
        }
    }
    for path in files {
        if let Some(file) = site.load(&path).await {
            gzip_of(&file).await;
            start_brotli(&file);
        }
    }
}

async fn gzip_of(file: &Arc<Cached>) -> Option<Bytes> {
    let source = Arc::clone(file);
    file.gzip
        .get_or_init(|| async move {
            tokio::task::spawn_blocking(move || {
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                encoder.write_all(&source.bytes).ok()?;
                let out = encoder.finish().ok()?;
                (out.len() < source.bytes.len()).then(|| Bytes::from(out))
            })
            .await
            .ok()
            .flatten()
        })
        .await
        .clone()
}

fn start_brotli(file: &Arc<Cached>) {
    if file.brotli_started.swap(true, Ordering::SeqCst) {
        return;
    }
    let source = Arc::clone(file);
    tokio::task::spawn_blocking(move || {
        let mut out = Vec::new();
        {
            let mut encoder = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
            if encoder.write_all(&source.bytes).is_err() {
                return;
            }
        }
        let best = (out.len() < source.bytes.len()).then(|| Bytes::from(out));
        let _ = source.brotli.set(best);
    });
}

/// GET and HEAD of anything outside `/api/`.
pub async fn handler(
    State(relay): State<Arc<Relay>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    if uri.path().starts_with("/api/") {
        return crate::api::ApiError::NotFound.into_response();
    }
    let Some(site) = relay.site.as_ref() else { return not_found() };
    if method != Method::GET && method != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")]).into_response();
    }
    let Some(path) = site.resolve(uri.path()) else { return not_found() };
    let file = match site.load(&path).await {
        Some(file) => file,
        None => {
            let extension = Path::new(uri.path()).extension();
            if extension.is_some_and(|ext| ext != "html") {
                return not_found();
            }
            match site.load(&site.page_for(uri.path())).await {
                Some(file) => file,
                None => return not_found(),
            }
        }
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let cache =
        if file.content_type.starts_with("text/html") { NO_CACHE } else { cache_control(name) };
    respond(site, &file, cache, &headers).await
}

async fn respond(site: &Site, file: &Arc<Cached>, cache: &str, request: &HeaderMap) -> Response {
    let accepts = |coding: &str| accepts_encoding(request, coding);
    let (body, encoding, suffix) = if compressible(file.content_type) && accepts("br") {
        match file.brotli.get() {
            Some(Some(br)) => (br.clone(), Some("br"), "-br"),
            Some(None) => (file.bytes.clone(), None, ""),
            None => {
                start_brotli(file);
                match gzip_of(file).await {
                    Some(gz) if accepts("gzip") => (gz, Some("gzip"), "-gz"),
                    _ => (file.bytes.clone(), None, ""),
                }
            }
        }
    } else if compressible(file.content_type) && accepts("gzip") {
        match gzip_of(file).await {
            Some(gz) => (gz, Some("gzip"), "-gz"),
            None => (file.bytes.clone(), None, ""),
        }
    } else {
        (file.bytes.clone(), None, "")
    };
    let etag = format!("\"{}{suffix}\"", file.tag);
    let mut headers = HeaderMap::new();
    let mut set = |name: header::HeaderName, value: &str| {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    };
    set(header::CACHE_CONTROL, cache);
    set(header::ETAG, &etag);
    set(header::LAST_MODIFIED, &file.last_modified);
    set(header::VARY, "Accept-Encoding");
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    if file.content_type.starts_with("text/html") {
        set(header::CONTENT_SECURITY_POLICY, site.csp());
    }
    if not_modified(request, &file.tag, &file.last_modified) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    set(header::CONTENT_TYPE, file.content_type);
    if let Some(encoding) = encoding {
        set(header::CONTENT_ENCODING, encoding);
    }
    (StatusCode::OK, headers, Body::from(body)).into_response()
}

/// `If-None-Match` (any variant of this content) or, without it, `If-Modified-Since`.
fn not_modified(request: &HeaderMap, tag: &str, last_modified: &str) -> bool {
    if let Some(value) = request.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) {
        return value.split(',').map(|t| t.trim().trim_start_matches("W/").trim_matches('"')).any(
            |candidate| {
                candidate == "*" || candidate.split('-').next().is_some_and(|base| base == tag)
            },
        );
    }
    let since = request
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| chrono::DateTime::parse_from_rfc2822(v).ok());
    let modified = chrono::DateTime::parse_from_rfc2822(last_modified).ok();
    matches!((since, modified), (Some(since), Some(modified)) if modified <= since)
}

fn accepts_encoding(request: &HeaderMap, coding: &str) -> bool {
    request.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).any(|value| {
        value.split(',').any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()).is_some_and(|q| q <= 0.0)
            });
            name.eq_ignore_ascii_case(coding) && !refused
        })
    })
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        "not found",
    )
        .into_response()
}

/// The cache policy of a file by name (HTML is always `no-cache`).
pub fn cache_control(name: &str) -> &'static str {
    match name {
        "index.html" | "sw.js" | "sw-register.js" | "manifest.webmanifest" => NO_CACHE,
        _ if is_hashed(name) => IMMUTABLE,
        _ => NO_CACHE,
    }
}

/// `-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$`.
fn is_hashed(name: &str) -> bool {
    let Some((stem, extension)) = name.rsplit_once('.') else { return false };
    if !matches!(extension, "js" | "wasm" | "css") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((_, hash)) = stem.rsplit_once('-') else { return false };
    (8..=16).contains(&hash.len())
        && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || matches!(
            content_type,
            "application/wasm" | "application/json" | "application/manifest+json" | "image/svg+xml"
        )
}

fn http_date(time: SystemTime) -> String {
    let time: chrono::DateTime<chrono::Utc> = time.into();
    time.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// The `content` of `<meta http-equiv="Content-Security-Policy" content="…">`.
fn meta_policy(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let at = lower.find("http-equiv=\"content-security-policy\"")?;
    let tag_start = lower[..at].rfind('<')?;
    let tag_end = at + lower[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let content_at = tag.to_ascii_lowercase().find("content=\"")? + "content=\"".len();
    let value = &tag[content_at..];
    let value = &value[..value.find('"')?];
    Some(value.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&"))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_told_from_entry_points() {
        let cases = [
            ("inovda-web-1a2b3c4d5e6f7a8b_bg.wasm", IMMUTABLE),
            ("inovda-web-1a2b3c4d5e6f7a8b.js", IMMUTABLE),
            ("style-0123abcd.css", IMMUTABLE),
            ("boot-0123456789abcdef.js", IMMUTABLE),
            ("style-0123abc.css", NO_CACHE),
            ("style-0123ABCD.css", NO_CACHE),
            ("icon-0123abcd.png", NO_CACHE),
            ("sw.js", NO_CACHE),
            ("sw-register.js", NO_CACHE),
            ("manifest.webmanifest", NO_CACHE),
            ("inovda-xlsx-worker.js", NO_CACHE),
        ];
        for (name, expected) in cases {
            assert_eq!(cache_control(name), expected, "{name}");
        }
    }

    #[test]
    fn the_policy_is_read_from_the_meta_tag() {
        let html = "<head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" \
                    content=\"default-src 'self'; object-src 'none'\"></head>";
        assert_eq!(meta_policy(html).as_deref(), Some("default-src 'self'; object-src 'none'"));
        assert_eq!(meta_policy("<head></head>"), None);
    }

    #[test]
    fn paths_are_decoded_and_kept_inside() {
        assert_eq!(percent_decode("/a%20b").as_deref(), Some("/a b"));
        assert_eq!(percent_decode("/a%2"), None);
    }
}

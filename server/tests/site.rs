//! The app as `inovda serve` hosts it: cache policy, types, validators, compression, the
//! Content-Security-Policy header and the deep-link fallback, on a small `dist/` made here.

mod support;

use std::io::Read;

use axum::body::Body;
use axum::http::{HeaderMap, Method, StatusCode};
use support::{App, Options, Store, TempDir};

const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

fn dist() -> TempDir {
    let dir = TempDir::new("dist");
    let index = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" \
         content=\"{POLICY}\"><title>Inovda</title></head><body>{}</body></html>",
        "<p>Inovasi daerah</p>".repeat(50)
    );
    let files: [(&str, Vec<u8>); 5] = [
        ("index.html", index.into_bytes()),
        ("inovda-web-0123456789abcdef_bg.wasm", b"\0asm\x01\0\0\0".repeat(2000)),
        ("sw.js", b"self.addEventListener('fetch', () => {});\n".repeat(40)),
        ("style-89abcdef.css", b"body { margin: 0; }\n".repeat(100)),
        ("icon.png", vec![0x89, b'P', b'N', b'G', 1, 2, 3]),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).expect("dist file");
    }
    dir
}

async fn site() -> (App, TempDir) {
    let dist = dist();
    let options = Options { dist: Some(dist.path().to_owned()), ..Options::default() };
    (App::with(Store::Sqlite, options).await, dist)
}

async fn get(app: &App, path: &str, headers: &[(&str, &str)]) -> (StatusCode, HeaderMap, Vec<u8>) {
    app.call(Method::GET, path, None, Body::empty(), headers).await
}

#[tokio::test]
async fn entry_points_revalidate_and_hashed_assets_are_immutable() {
    let (app, dist) = site().await;
    let cases = [
        ("/", "text/html; charset=utf-8", "no-cache"),
        ("/index.html", "text/html; charset=utf-8", "no-cache"),
        ("/sw.js", "text/javascript; charset=utf-8", "no-cache"),
        (
            "/inovda-web-0123456789abcdef_bg.wasm",
            "application/wasm",
            "public, max-age=31536000, immutable",
        ),
        ("/style-89abcdef.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable"),
        ("/icon.png", "image/png", "no-cache"),
    ];
    for (path, content_type, cache) in cases {
        let (status, headers, body) = get(&app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(headers["content-type"], content_type, "{path}");
        assert_eq!(headers["cache-control"], cache, "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert!(headers.contains_key("etag") && headers.contains_key("last-modified"), "{path}");
        assert!(headers.get("content-encoding").is_none(), "{path}: not asked for");
        let name = if path == "/" { "index.html" } else { &path[1..] };
        assert_eq!(body, std::fs::read(dist.path().join(name)).expect("file"), "{path}");
    }
}

#[tokio::test]
async fn html_carries_the_meta_policy_as_a_header_plus_frame_ancestors() {
    let (app, _dist) = site().await;
    let (_, headers, _) = get(&app, "/", &[]).await;
    assert_eq!(headers["content-security-policy"], format!("{POLICY}; frame-ancestors 'none'"));
    let (_, headers, _) = get(&app, "/sw.js", &[]).await;
    assert!(headers.get("content-security-policy").is_none());
}

#[tokio::test]
async fn deep_links_get_the_app_and_missing_assets_a_404() {
    let (app, dist) = site().await;
    let index = std::fs::read(dist.path().join("index.html")).expect("index");
    for path in ["/inovasi/0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b", "/dasbor", "/old.html"] {
        let (status, headers, body) = get(&app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(body, index, "{path}");
        assert_eq!(headers["cache-control"], "no-cache", "{path}");
        assert!(headers.contains_key("content-security-policy"), "{path}");
    }
    for path in ["/missing-0123abcd.js", "/favicon.ico", "/../Cargo.toml", "/%2e%2e/secret.txt"] {
        let (status, headers, _) = get(&app, path, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
    }
    let (status, _, _) = app.call(Method::POST, "/", None, Body::empty(), &[]).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn a_deep_link_the_first_module_does_not_serve_gets_the_page_without_its_preload() {
    let dist = dist();
    let table = r#"{"routes": {"home": ["/"], "agency": ["/inovasi/:id"]},
        "modules": [{"name": "home", "bin": "inovda-home", "serves": ["home"], "roles": ["agency"]},
                    {"name": "agency", "bin": "inovda-agency", "serves": ["home", "agency"], "roles": ["agency"]}]}"#;
    std::fs::write(dist.path().join("modules.json"), table).expect("table");
    std::fs::write(dist.path().join("index-deep.html"), "<!doctype html><title>deep</title>")
        .expect("deep page");
    // The table is read when the site opens.
    let options = Options { dist: Some(dist.path().to_owned()), ..Options::default() };
    let app = App::with(Store::Sqlite, options).await;
    let index = std::fs::read(dist.path().join("index.html")).expect("index");
    // (address, the page it gets)
    let cases: [(&str, &[u8]); 4] = [
        ("/", &index),
        ("/inovasi/abc", b"<!doctype html><title>deep</title>"),
        // Known to no module: the first module's "not found" answers, so it is preloaded.
        ("/tidak-ada", &index),
        ("/index.html", &index),
    ];
    for (path, page) in cases {
        let (status, headers, body) = get(&app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(body, page, "{path}");
        assert_eq!(headers["cache-control"], "no-cache", "{path}");
        assert!(headers.contains_key("content-security-policy"), "{path}");
    }
}

#[tokio::test]
async fn validators_answer_304() {
    let (app, _dist) = site().await;
    let (_, headers, _) = get(&app, "/sw.js", &[]).await;
    let etag = headers["etag"].to_str().expect("ascii").to_owned();
    let last_modified = headers["last-modified"].to_str().expect("ascii").to_owned();
    let (status, headers, body) = get(&app, "/sw.js", &[("if-none-match", &etag)]).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    assert_eq!(headers["etag"], etag.as_str());
    let (status, _, _) = get(&app, "/sw.js", &[("if-modified-since", &last_modified)]).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    let (status, _, _) = get(&app, "/sw.js", &[("if-none-match", "\"something-else\"")]).await;
    assert_eq!(status, StatusCode::OK);
    // The gzip variant's tag is accepted for the same content too.
    let (_, headers, _) = get(&app, "/sw.js", &[("accept-encoding", "gzip")]).await;
    let gz_tag = headers["etag"].to_str().expect("ascii").to_owned();
    assert_ne!(gz_tag, etag);
    let (status, _, _) = get(&app, "/sw.js", &[("if-none-match", &gz_tag)]).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn text_and_wasm_are_compressed_once_with_gzip_and_brotli() {
    let (app, dist) = site().await;
    let original =
        std::fs::read(dist.path().join("inovda-web-0123456789abcdef_bg.wasm")).expect("f");
    let path = "/inovda-web-0123456789abcdef_bg.wasm";
    let (status, headers, body) = get(&app, path, &[("accept-encoding", "gzip")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-encoding"], "gzip");
    assert_eq!(headers["vary"], "Accept-Encoding");
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(&body[..]).read_to_end(&mut plain).expect("gzip");
    assert_eq!(plain, original);
    // Brotli is made in the background once; until then gzip is served.
    let mut brotli_body = None;
    for _ in 0..200 {
        let (_, headers, body) = get(&app, path, &[("accept-encoding", "gzip, deflate, br")]).await;
        if headers["content-encoding"] == "br" {
            brotli_body = Some(body);
            break;
        }
        assert_eq!(headers["content-encoding"], "gzip");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let brotli_body = brotli_body.expect("brotli becomes available");
    let mut plain = Vec::new();
    brotli::Decompressor::new(&brotli_body[..], 4096).read_to_end(&mut plain).expect("brotli");
    assert_eq!(plain, original);
    // Refused codings and incompressible types are sent as they are.
    let (_, headers, _) = get(&app, path, &[("accept-encoding", "br;q=0, gzip;q=0")]).await;
    assert!(headers.get("content-encoding").is_none());
    let (_, headers, _) = get(&app, "/icon.png", &[("accept-encoding", "gzip, br")]).await;
    assert!(headers.get("content-encoding").is_none());
}

#[tokio::test]
async fn a_changed_file_is_served_in_its_new_version() {
    let (app, dist) = site().await;
    let (_, before, _) = get(&app, "/sw.js", &[("accept-encoding", "gzip")]).await;
    std::fs::write(
        dist.path().join("sw.js"),
        b"// a new version of the worker, longer than before\n".repeat(30),
    )
    .expect("write");
    let (_, after, body) = get(&app, "/sw.js", &[]).await;
    assert_ne!(before["etag"], after["etag"]);
    assert!(String::from_utf8_lossy(&body).starts_with("// a new version"));
}

//! An upload cut midway over a real TCP connection leaves nothing behind, and the full retry
//! stores the bundle exactly once (one row, one object), on a local-folder object store.

mod support;

use std::sync::Arc;
use std::time::Duration;

use support::{App, Options, Store, TempDir};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn request_head(region: &str, sha: &str, token: &str, length: usize) -> String {
    format!(
        "PUT /api/v1/regions/{region}/bundles/{sha} HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Authorization: Bearer {token}\r\nContent-Type: application/octet-stream\r\n\
         Content-Length: {length}\r\nConnection: close\r\n\r\n"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cut_upload_leaves_no_row_and_the_retry_stores_one() {
    let objects_dir = TempDir::new("objects");
    let objects = inovda_server::objects::local(objects_dir.path()).expect("local store");
    let app = App::with(
        Store::Sqlite,
        Options { objects: Some(Arc::clone(&objects)), ..Options::default() },
    )
    .await;
    let r = support::region(&app).await;
    // A bundle large enough to be cut, and larger than axum's 2 MB default body limit.
    let filler: String = (0..2_500_000).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let sealed = r.agency_a.sealed(Some(&r.id), &[&r.secretariat], &filler);
    assert!(sealed.len() > 2_500_000);
    let sha = inovda_core::base::hash::sha256_hex(&sealed);

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("listen");
    let address = listener.local_addr().expect("address");
    let router = app.relay.router();
    let server = tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });

    // Half the body, then the connection drops.
    let mut cut = TcpStream::connect(address).await.expect("connect");
    cut.write_all(request_head(&r.id, &sha, &r.token_a, sealed.len()).as_bytes())
        .await
        .expect("head");
    cut.write_all(&sealed[..sealed.len() / 2]).await.expect("half");
    cut.flush().await.expect("flush");
    tokio::time::sleep(Duration::from_millis(200)).await;
    drop(cut);
    // The relay notices, drops the spooled half; nothing is recorded or stored.
    let scratch = app.dir.path().join("tmp");
    let mut left = usize::MAX;
    for _ in 0..100 {
        left = std::fs::read_dir(&scratch).expect("scratch").count();
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(left, 0, "the spooled half is removed");
    assert_eq!(app.relay.db().counts().await.expect("db"), (0, 0));
    assert!(app.object_paths().await.is_empty());

    // The full retry.
    let mut retry = TcpStream::connect(address).await.expect("connect");
    retry
        .write_all(request_head(&r.id, &sha, &r.token_a, sealed.len()).as_bytes())
        .await
        .expect("head");
    retry.write_all(&sealed).await.expect("body");
    let mut answer = Vec::new();
    retry.read_to_end(&mut answer).await.expect("answer");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    // And once more: the same bytes are no second bundle.
    let (status, _) = app.deposit(&r.id, &r.token_a, &sealed).await;
    assert_eq!(status, axum::http::StatusCode::OK);
    assert_eq!(app.relay.db().counts().await.expect("db"), (1, 1));
    let paths = app.object_paths().await;
    assert_eq!(paths, vec![format!("regions/{}/bundles/{sha}", r.id)]);
    let stored = std::fs::read(objects_dir.path().join(&paths[0])).expect("stored file");
    assert_eq!(stored, sealed);
    server.abort();
}

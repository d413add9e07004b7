//! The relay API end to end: enrolment, sessions, membership, deposits, inbox, fetch, receipts,
//! rate limit and quota, on SQLite and (when configured) PostgreSQL.

mod support;

use std::io::{Cursor, Read, Write};

use axum::body::Body;
use axum::http::{Method, StatusCode};
use serde_json::{Value, json};
use support::{App, Device, Options, Store, region};

on_both_databases!(
    enrolment_is_once_and_binds_the_region_to_its_secretariat,
    sessions_expire_and_forged_tokens_are_refused,
    joining_needs_the_secretariats_join_token,
    deposits_are_idempotent_and_refusals_carry_their_codes,
    the_inbox_fetch_and_receipts_follow_the_addressing,
    the_secretariat_addresses_any_member_and_only_members,
    the_quota_counts_bundles_not_yet_received,
    stored_bytes_hold_no_plaintext_of_the_evidence,
);

fn code_of(answer: &Value) -> &str {
    answer["error"]["code"].as_str().unwrap_or("(no error code)")
}

async fn enrolment_is_once_and_binds_the_region_to_its_secretariat(store: Store) {
    let app = App::new(store).await;
    let secretariat = Device::new(1);
    let token = app.login(&secretariat).await;
    let code = app.code().await;
    let create = |code: &str, name: &str| json!({ "code": code, "name": name });
    let (status, first) = app
        .json(
            Method::POST,
            "/api/v1/regions",
            Some(&token),
            Some(create(&code, "Kota Probolinggo")),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    let region = first["region_id"].as_str().expect("region id").to_owned();

    // The same code again, typed differently: used, refused, nothing created.
    let typed = code.replace('-', " ").to_lowercase();
    let (status, answer) =
        app.json(Method::POST, "/api/v1/regions", Some(&token), Some(create(&typed, "Lagi"))).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "bad_enrolment_code"));
    let (status, answer) = app
        .json(
            Method::POST,
            "/api/v1/regions",
            Some(&token),
            Some(create("0000-0000-0000-0000", "Tebakan")),
        )
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "bad_enrolment_code"));

    // No takeover: another key with a new code gets a new region; the first keeps its key.
    let intruder = Device::new(9);
    let intruder_token = app.login(&intruder).await;
    let other_code = app.code().await;
    let (status, second) = app
        .json(
            Method::POST,
            "/api/v1/regions",
            Some(&intruder_token),
            Some(create(&other_code, "Kota Probolinggo")),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_ne!(second["region_id"], first["region_id"]);
    let (status, info) =
        app.json(Method::GET, &format!("/api/v1/regions/{region}"), Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["secretariat_public_key"], json!(secretariat.hex));
    assert_eq!(info["limits"]["quota"], json!(500));
    let (status, answer) = app
        .json(Method::GET, &format!("/api/v1/regions/{region}"), Some(&intruder_token), None)
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "not_a_member"));

    // A code expires after 7 days.
    let late_code = app.code().await;
    app.advance(inovda_server::codes::CODE_LIFETIME_MS + 1);
    let token = app.login(&secretariat).await;
    let (status, answer) = app
        .json(Method::POST, "/api/v1/regions", Some(&token), Some(create(&late_code, "Telat")))
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "bad_enrolment_code"));

    // What `inovda serve` does at start: with a region in the database, no new code.
    assert_eq!(
        inovda_server::codes::startup_code(app.relay.db(), app.now()).await.expect("db"),
        inovda_server::codes::Startup::HasRegion
    );
}

async fn sessions_expire_and_forged_tokens_are_refused(store: Store) {
    let app = App::new(store).await;
    let device = Device::new(4);
    let token = app.login(&device).await;
    let (status, answer) = app.json(Method::GET, "/api/v1/regions/x", Some(&token), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::NOT_FOUND, "no_such_region"));
    let (status, answer) = app.json(Method::GET, "/api/v1/regions/x", None, None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::UNAUTHORIZED, "unauthenticated"));
    let forged = token.replace(&device.hex, &Device::new(5).hex);
    let (status, answer) = app.json(Method::GET, "/api/v1/regions/x", Some(&forged), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::UNAUTHORIZED, "unauthenticated"));
    app.advance(60 * 60 * 1000);
    let (status, answer) = app.json(Method::GET, "/api/v1/regions/x", Some(&token), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::UNAUTHORIZED, "session_expired"));

    // A challenge signed by another key, or answered too late, opens nothing.
    let (_, answer) = app
        .json(
            Method::POST,
            "/api/v1/auth/challenge",
            None,
            Some(json!({ "public_key": device.hex })),
        )
        .await;
    let challenge = answer["challenge"].as_str().expect("challenge").to_owned();
    let message = format!("{}{challenge}", inovda_server::SESSION_CONTEXT);
    let attempt = |signature: String| json!({ "public_key": device.hex, "challenge": challenge, "signature": signature });
    let (status, answer) = app
        .json(
            Method::POST,
            "/api/v1/auth/session",
            None,
            Some(attempt(Device::new(5).sign(&message))),
        )
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::UNAUTHORIZED, "auth_failed"));
    app.advance(5 * 60 * 1000);
    let (status, answer) = app
        .json(Method::POST, "/api/v1/auth/session", None, Some(attempt(device.sign(&message))))
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::UNAUTHORIZED, "challenge_expired"));
    let (status, answer) = app
        .json(Method::POST, "/api/v1/auth/challenge", None, Some(json!({ "public_key": "abc" })))
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::BAD_REQUEST, "invalid_public_key"));
}

async fn joining_needs_the_secretariats_join_token(store: Store) {
    let app = App::new(store).await;
    let r = region(&app).await;
    let newcomer = Device::new(6);
    let token = app.login(&newcomer).await;
    let members_url = format!("/api/v1/regions/{}/members", r.id);
    let cases = [
        (
            "signed by the agency itself",
            newcomer.sign(&format!("{}{}", inovda_server::JOIN_CONTEXT, r.id)),
        ),
        (
            "for another region",
            r.secretariat.sign(&format!("{}other", inovda_server::JOIN_CONTEXT)),
        ),
        ("garbage", "zz".into()),
    ];
    for (case, join) in cases {
        let (status, answer) = app
            .json(
                Method::POST,
                &members_url,
                Some(&token),
                Some(json!({ "join": join, "name": "X" })),
            )
            .await;
        assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "bad_join_token"), "{case}");
    }
    // Joining twice is one membership; the name can be updated.
    app.join(&r.id, &r.secretariat, &token, "Bapenda").await;
    app.join(&r.id, &r.secretariat, &token, "Badan Pendapatan Daerah").await;
    let (status, list) =
        app.json(Method::GET, &members_url, Some(&r.secretariat_token), None).await;
    assert_eq!(status, StatusCode::OK);
    let members = list["members"].as_array().expect("members");
    assert_eq!(members.len(), 4, "{list}");
    let entry = members.iter().find(|m| m["public_key"] == json!(newcomer.hex)).expect("listed");
    assert_eq!(entry["name"], json!("Badan Pendapatan Daerah"));
    assert_eq!(members.iter().filter(|m| m["secretariat"] == json!(true)).count(), 1);

    // Only the secretariat lists and removes; it cannot remove itself.
    let (status, answer) = app.json(Method::GET, &members_url, Some(&r.token_a), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "not_secretariat"));
    let remove = |key: &str| format!("{members_url}/{key}");
    let (status, answer) =
        app.json(Method::DELETE, &remove(&newcomer.hex), Some(&r.token_a), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "not_secretariat"));
    let (status, answer) = app
        .json(Method::DELETE, &remove(&r.secretariat.hex), Some(&r.secretariat_token), None)
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::CONFLICT, "cannot_remove_secretariat"));
    let (status, _) =
        app.json(Method::DELETE, &remove(&newcomer.hex), Some(&r.secretariat_token), None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, answer) =
        app.json(Method::GET, &format!("/api/v1/regions/{}", r.id), Some(&token), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "not_a_member"));
    let (status, answer) =
        app.json(Method::DELETE, &remove(&newcomer.hex), Some(&r.secretariat_token), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::NOT_FOUND, "no_such_member"));
}

/// Rebuilds a sealed bundle's ZIP from its entries, dropping or replacing some.
fn rebuild(sealed: &[u8], edit: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(sealed)).expect("zip");
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).expect("entry");
        let name = file.name().expect("name").to_string();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).expect("entry bytes");
        if let Some(bytes) = edit(&name, bytes) {
            writer.start_file(name, stored).expect("zip");
            writer.write_all(&bytes).expect("zip");
        }
    }
    writer.finish().expect("zip").into_inner()
}

async fn deposits_are_idempotent_and_refusals_carry_their_codes(store: Store) {
    let app = App::with(store, Options { max_bundle_size: 64 * 1024, ..Options::default() }).await;
    let r = region(&app).await;
    let sealed = r.agency_a.sealed(Some(&r.id), &[&r.secretariat], "first");
    let (status, answer) = app.deposit(&r.id, &r.token_a, &sealed).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    assert_eq!(answer["kind"], json!("config"));
    assert_eq!(answer["recipients"][0]["public_key"], json!(r.secretariat.hex));
    assert_eq!(answer["recipients"][0]["received_at"], Value::Null);
    // A retry of the same bytes: 200, the same entry, still one row and one object.
    let (status, again) = app.deposit(&r.id, &r.token_a, &sealed).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again, answer);
    assert_eq!(app.relay.db().counts().await.expect("db"), (1, 1));
    assert_eq!(app.object_paths().await.len(), 1);

    let forged = rebuild(&sealed, |name, mut bytes| {
        if name == "manifest.sig" {
            bytes[0] ^= 1;
        }
        Some(bytes)
    });
    let unsigned = rebuild(&sealed, |name, bytes| (name != "manifest.sig").then_some(bytes));
    let manifest_of = |bytes: &[u8]| -> Value {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
        let mut text = String::new();
        archive.by_name("manifest.json").expect("manifest").read_to_string(&mut text).expect("ok");
        serde_json::from_str(&text).expect("json")
    };
    assert_eq!(manifest_of(&sealed)["relay_region"], json!(r.id));
    let huge = vec![7u8; 65 * 1024];
    let cases: Vec<(&str, String, Vec<u8>, StatusCode, &str)> = vec![
        (
            "garbage",
            r.token_a.clone(),
            b"just some bytes".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "not_sealed",
        ),
        (
            "plain bundle",
            r.token_a.clone(),
            plain_bundle(&r.agency_a),
            StatusCode::UNPROCESSABLE_ENTITY,
            "not_sealed",
        ),
        ("unsigned", r.token_a.clone(), unsigned, StatusCode::UNPROCESSABLE_ENTITY, "not_sealed"),
        (
            "forged signature",
            r.token_a.clone(),
            forged,
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad_signature",
        ),
        ("oversized", r.token_a.clone(), huge, StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
        (
            "sealed for another region",
            r.token_a.clone(),
            r.agency_a.sealed(Some("another-region"), &[&r.secretariat], "x"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "wrong_region",
        ),
        (
            "sealed by hand (no relay region)",
            r.token_a.clone(),
            r.agency_a.sealed(None, &[&r.secretariat], "x"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "wrong_region",
        ),
        (
            "someone else's bundle",
            r.token_b.clone(),
            r.agency_a.sealed(Some(&r.id), &[&r.secretariat], "y"),
            StatusCode::FORBIDDEN,
            "wrong_sender",
        ),
        (
            "addressed to another agency",
            r.token_a.clone(),
            r.agency_a.sealed(Some(&r.id), &[&r.agency_b], "z"),
            StatusCode::FORBIDDEN,
            "recipient_not_allowed",
        ),
        (
            "addressed to the secretariat and another agency",
            r.token_a.clone(),
            r.agency_a.sealed(Some(&r.id), &[&r.secretariat, &r.agency_b], "z"),
            StatusCode::FORBIDDEN,
            "recipient_not_allowed",
        ),
    ];
    for (case, token, body, status, code) in cases {
        let (got, answer) = app.deposit(&r.id, &token, &body).await;
        assert_eq!((got, code_of(&answer)), (status, code), "{case}: {answer}");
    }
    // The body must hash to the URL.
    let other = "0".repeat(64);
    let (status, answer) = app.deposit_as(&r.id, &r.token_a, &other, sealed.clone()).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::BAD_REQUEST, "hash_mismatch"));
    // Oversized without a Content-Length: refused while streaming.
    let huge = vec![1u8; 70 * 1024];
    let sha = inovda_core::base::hash::sha256_hex(&huge);
    let (status, _, bytes) = app
        .call(
            Method::PUT,
            &format!("/api/v1/regions/{}/bundles/{sha}", r.id),
            Some(&r.token_a),
            Body::from_stream(futures_util::stream::iter(
                huge.chunks(8 * 1024)
                    .map(|c| Ok::<_, std::io::Error>(c.to_vec()))
                    .collect::<Vec<_>>(),
            )),
            &[],
        )
        .await;
    let answer: Value = serde_json::from_slice(&bytes).expect("json");
    assert_eq!((status, code_of(&answer)), (StatusCode::PAYLOAD_TOO_LARGE, "too_large"));
    // A non-member may not deposit at all; nothing refused left a row, an object or a spool file.
    let stranger = Device::new(8);
    let stranger_token = app.login(&stranger).await;
    let (status, answer) = app
        .deposit(&r.id, &stranger_token, &stranger.sealed(Some(&r.id), &[&r.secretariat], "s"))
        .await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "not_a_member"));
    assert_eq!(app.relay.db().counts().await.expect("db"), (1, 1));
    assert_eq!(app.object_paths().await.len(), 1);
    let spooled = std::fs::read_dir(app.dir.path().join("tmp")).expect("scratch").count();
    assert_eq!(spooled, 0);
}

fn plain_bundle(device: &Device) -> Vec<u8> {
    use inovda_core::exchange::bundle::{BundleContent, BundleKind, BundleMeta, write_bundle};
    let meta = BundleMeta {
        kind: BundleKind::Config,
        created_at: "2026-11-22T10:00:00+07:00".into(),
        region: "Kota Probolinggo".into(),
        agency: "Dinas".into(),
        year: 2026,
    };
    let content = BundleContent { config: Some(b"{}".to_vec()), ..BundleContent::default() };
    write_bundle(&meta, &content, &[], &device.key).expect("bundle")
}

async fn the_inbox_fetch_and_receipts_follow_the_addressing(store: Store) {
    let app = App::new(store).await;
    let r = region(&app).await;
    let from_a = r.agency_a.sealed(Some(&r.id), &[&r.secretariat], "from a");
    let from_b = r.agency_b.sealed(Some(&r.id), &[&r.secretariat], "from b");
    let (status, _) = app.deposit(&r.id, &r.token_a, &from_a).await;
    assert_eq!(status, StatusCode::CREATED);
    app.advance(1_000);
    let (status, _) = app.deposit(&r.id, &r.token_b, &from_b).await;
    assert_eq!(status, StatusCode::CREATED);
    let sha_a = inovda_core::base::hash::sha256_hex(&from_a);
    let sha_b = inovda_core::base::hash::sha256_hex(&from_b);

    let inbox = format!("/api/v1/regions/{}/inbox", r.id);
    let (status, list) = app.json(Method::GET, &inbox, Some(&r.secretariat_token), None).await;
    assert_eq!(status, StatusCode::OK);
    let entries = list["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["sha256"], json!(sha_a));
    assert_eq!(entries[0]["sender_name"], json!("Dinas Kesehatan"));
    assert_eq!(entries[0]["sender_public_key"], json!(r.agency_a.hex));
    assert_eq!(entries[0]["size"], json!(from_a.len()));
    assert_eq!(entries[0]["deposited_at"], json!("2026-11-22T10:00:00Z"));
    assert_eq!(entries[1]["deposited_at"], json!("2026-11-22T10:00:01Z"));
    let after = entries[0]["seq"].as_i64().expect("seq");
    let (_, page) = app
        .json(
            Method::GET,
            &format!("{inbox}?after={after}&limit=5"),
            Some(&r.secretariat_token),
            None,
        )
        .await;
    assert_eq!(page["entries"].as_array().map(Vec::len), Some(1));
    assert_eq!(page["entries"][0]["sha256"], json!(sha_b));
    assert_eq!(page["next_after"], page["entries"][0]["seq"]);
    let (_, empty) = app.json(Method::GET, &inbox, Some(&r.token_a), None).await;
    assert_eq!(empty["entries"], json!([]));

    // Fetch: the recipient and the sender get the exact bytes; another agency does not.
    let bundle = |sha: &str| format!("/api/v1/regions/{}/bundles/{sha}", r.id);
    for token in [&r.secretariat_token, &r.token_a] {
        let (status, headers, bytes) =
            app.call(Method::GET, &bundle(&sha_a), Some(token), Body::empty(), &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(bytes, from_a);
        assert_eq!(headers["content-type"], "application/octet-stream");
    }
    // JSON answers are compressed for clients that ask; encrypted bundles never are.
    let gzip = [("accept-encoding", "gzip")];
    let (_, headers, _) =
        app.call(Method::GET, &inbox, Some(&r.secretariat_token), Body::empty(), &gzip).await;
    assert_eq!(headers["content-encoding"], "gzip");
    let (_, headers, bytes) =
        app.call(Method::GET, &bundle(&sha_a), Some(&r.token_a), Body::empty(), &gzip).await;
    assert!(headers.get("content-encoding").is_none());
    assert_eq!(bytes, from_a);
    let (status, answer) = app.json(Method::GET, &bundle(&sha_a), Some(&r.token_b), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "not_addressed_to_you"));
    let (status, answer) =
        app.json(Method::GET, &bundle(&"a".repeat(64)), Some(&r.token_b), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::NOT_FOUND, "no_such_bundle"));

    // Receipts: only a recipient marks it; again changes nothing; the sender sees it.
    let receipt = |sha: &str| format!("{}/receipt", bundle(sha));
    let (status, answer) = app.json(Method::POST, &receipt(&sha_a), Some(&r.token_a), None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "not_addressed_to_you"));
    app.advance(60_000);
    let (status, first) =
        app.json(Method::POST, &receipt(&sha_a), Some(&r.secretariat_token), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(first["received_at"], json!("2026-11-22T10:01:01Z"));
    app.advance(60_000);
    let (_, again) =
        app.json(Method::POST, &receipt(&sha_a), Some(&r.secretariat_token), None).await;
    assert_eq!(again, first);
    let (_, sent) = app
        .json(Method::GET, &format!("/api/v1/regions/{}/sent", r.id), Some(&r.token_a), None)
        .await;
    let sent = sent["entries"].as_array().expect("sent");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["sha256"], json!(sha_a));
    assert_eq!(sent[0]["recipients"][0]["name"], json!("Kota Probolinggo"));
    assert_eq!(sent[0]["recipients"][0]["received_at"], json!("2026-11-22T10:01:01Z"));
    let (_, list) = app.json(Method::GET, &inbox, Some(&r.secretariat_token), None).await;
    assert_eq!(list["entries"][0]["received_at"], json!("2026-11-22T10:01:01Z"));
    assert_eq!(list["entries"][1]["received_at"], Value::Null);
}

async fn the_secretariat_addresses_any_member_and_only_members(store: Store) {
    let app = App::new(store).await;
    let r = region(&app).await;
    let config = r.secretariat.sealed(Some(&r.id), &[&r.agency_a, &r.agency_b], "config");
    let (status, answer) = app.deposit(&r.id, &r.secretariat_token, &config).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    for (token, device) in [(&r.token_a, &r.agency_a), (&r.token_b, &r.agency_b)] {
        let (_, list) = app
            .json(Method::GET, &format!("/api/v1/regions/{}/inbox", r.id), Some(token), None)
            .await;
        assert_eq!(list["entries"].as_array().map(Vec::len), Some(1));
        // Each can open it: it was sealed to their keys.
        let sha = list["entries"][0]["sha256"].as_str().expect("sha").to_owned();
        let (_, _, bytes) = app
            .call(
                Method::GET,
                &format!("/api/v1/regions/{}/bundles/{sha}", r.id),
                Some(token),
                Body::empty(),
                &[],
            )
            .await;
        let opened =
            inovda_core::exchange::sealed::open_sealed(&bytes, &device.key).expect("opens");
        let inner =
            inovda_core::exchange::bundle::read_bundle(&opened.inner).expect("inner verifies");
        inovda_core::exchange::sealed::check_inner(&opened.manifest, &inner).expect("the sender's");
    }
    let outsider = Device::new(7);
    let stray = r.secretariat.sealed(Some(&r.id), &[&r.agency_a, &outsider], "stray");
    let (status, answer) = app.deposit(&r.id, &r.secretariat_token, &stray).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::FORBIDDEN, "recipient_not_allowed"));
    assert_eq!(answer["error"]["detail"]["recipient"], json!(outsider.hex));
}

async fn the_quota_counts_bundles_not_yet_received(store: Store) {
    let app = App::with(store, Options { quota: 2, ..Options::default() }).await;
    let r = region(&app).await;
    let bundles: Vec<Vec<u8>> = (0..3)
        .map(|i| r.agency_a.sealed(Some(&r.id), &[&r.secretariat], &format!("n{i}")))
        .collect();
    for bundle in &bundles[..2] {
        assert_eq!(app.deposit(&r.id, &r.token_a, bundle).await.0, StatusCode::CREATED);
    }
    let (status, answer) = app.deposit(&r.id, &r.token_a, &bundles[2]).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::CONFLICT, "quota_exceeded"));
    assert_eq!(answer["error"]["detail"], json!({ "quota": 2, "pending": 2 }));
    assert_eq!(app.object_paths().await.len(), 2, "a refused deposit stores nothing");
    // A retry of a stored bundle is not a new one; another sender has its own quota.
    assert_eq!(app.deposit(&r.id, &r.token_a, &bundles[0]).await.0, StatusCode::OK);
    let from_b = r.agency_b.sealed(Some(&r.id), &[&r.secretariat], "b");
    assert_eq!(app.deposit(&r.id, &r.token_b, &from_b).await.0, StatusCode::CREATED);
    // Once the secretariat received one, there is room again.
    let sha = inovda_core::base::hash::sha256_hex(&bundles[0]);
    let (status, _) = app
        .json(
            Method::POST,
            &format!("/api/v1/regions/{}/bundles/{sha}/receipt", r.id),
            Some(&r.secretariat_token),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.deposit(&r.id, &r.token_a, &bundles[2]).await.0, StatusCode::CREATED);
}

async fn stored_bytes_hold_no_plaintext_of_the_evidence(store: Store) {
    use inovda_core::secretariat::demo::synthetic::{
        SyntheticSpec, synthetic_bundles, synthetic_key,
    };
    let app = App::new(store).await;
    let secretariat = Device::new(1);
    let secretariat_token = app.login(&secretariat).await;
    let region = app.enrol(&secretariat, &secretariat_token, "Kota Probolinggo").await;
    let catalog = inovda_core::Catalog::builtin(2026).expect("catalog");
    let spec = SyntheticSpec { seed: 3, bundles: 2, innovations: 4, evidence_bytes: 4096 };
    let now = chrono::DateTime::from_timestamp_millis(support::START).expect("time");
    let bundles = synthetic_bundles(&catalog, spec, now).expect("bundles");
    let bundle = bundles.iter().find(|b| b.innovations > 0).expect("a bundle with innovations");
    let inner = inovda_core::exchange::bundle::read_bundle(&bundle.bytes).expect("inner");
    let agency = (0..bundles.len() + 10)
        .map(|index| Device::from_seed(synthetic_key(3, index).seed()))
        .find(|device| device.hex == inner.signer.to_hex())
        .expect("the signer's key");
    let evidence = inner.files.first().expect("evidence");
    let evidence_bytes = inner.file_bytes(&bundle.bytes, &evidence.sha256).expect("bytes").to_vec();
    let token = app.login(&agency).await;
    app.join(&region, &secretariat, &token, "Dinas").await;
    let meta = inovda_core::exchange::sealed::SealMeta {
        kind: inovda_core::exchange::bundle::BundleKind::Submission,
        created_at: "2026-11-22T10:00:00+07:00".into(),
        app_version: "0.1.0".into(),
        region: "Kota Probolinggo".into(),
        relay_region: Some(region.clone()),
        sender: "Dinas".into(),
    };
    let submission = inovda_core::exchange::sealed::seal_bytes(
        &bundle.bytes,
        &meta,
        &agency.key,
        &[secretariat.key.public_key()],
    )
    .expect("sealed")
    .out;
    let (status, answer) = app.deposit(&region, &token, &submission).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    assert_eq!(answer["kind"], json!("submission"));
    let paths = app.object_paths().await;
    assert_eq!(paths.len(), 1);
    let needle = &evidence_bytes[..64];
    let record_name = inner.records[0].name.as_bytes();
    for path in paths {
        use object_store::ObjectStoreExt;
        let stored = app
            .objects
            .get(&object_store::path::Path::from(path.as_str()))
            .await
            .expect("object")
            .bytes()
            .await
            .expect("bytes");
        assert!(stored.windows(needle.len()).all(|w| w != needle), "evidence bytes in {path}");
        assert!(
            stored.windows(record_name.len()).all(|w| w != record_name),
            "an innovation name in {path}"
        );
        assert!(path.starts_with(&format!("regions/{region}/bundles/")));
    }
    // The secretariat opens the submission and finds the evidence.
    let opened =
        inovda_core::exchange::sealed::open_sealed(&submission, &secretariat.key).expect("opens");
    let verified = inovda_core::exchange::bundle::read_bundle(&opened.inner).expect("verifies");
    inovda_core::exchange::sealed::check_inner(&opened.manifest, &verified).expect("same sender");
    assert_eq!(
        verified.file_bytes(&opened.inner, &evidence.sha256).expect("evidence"),
        &evidence_bytes[..]
    );
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_retry_after() {
    let app = App::with(Store::Sqlite, Options { rate_per_minute: 5, ..Options::default() }).await;
    let device = Device::new(4);
    // Challenge and session take two of the five tokens.
    let token = app.login(&device).await;
    for _ in 0..3 {
        let (status, _) = app.json(Method::GET, "/api/v1/regions/x", Some(&token), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    let (status, headers, bytes) =
        app.call(Method::GET, "/api/v1/regions/x", Some(&token), Body::empty(), &[]).await;
    let answer: Value = serde_json::from_slice(&bytes).expect("json");
    assert_eq!((status, code_of(&answer)), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    let retry: u64 = headers["retry-after"].to_str().expect("ascii").parse().expect("seconds");
    assert!((1..=12).contains(&retry), "{retry}");
    // Another key is not affected.
    let other = Device::new(5);
    app.login(&other).await;
}

#[tokio::test]
async fn cross_origin_requests_are_answered_without_cookies() {
    let app = App::new(Store::Sqlite).await;
    let (status, headers, _) = app
        .call(
            Method::OPTIONS,
            "/api/v1/regions/x/bundles/abc",
            None,
            Body::empty(),
            &[
                ("origin", "https://inovda.example.go.id"),
                ("access-control-request-method", "PUT"),
                ("access-control-request-headers", "authorization,content-type"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["access-control-allow-origin"], "*");
    let methods = headers["access-control-allow-methods"].to_str().expect("ascii");
    for method in ["GET", "PUT", "POST", "DELETE"] {
        assert!(methods.contains(method), "{methods}");
    }
    assert!(headers.get("access-control-allow-credentials").is_none());
    let (status, answer) = app.json(Method::GET, "/api/v1/nothing-here", None, None).await;
    assert_eq!((status, code_of(&answer)), (StatusCode::NOT_FOUND, "not_found"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_starting_together_migrate_once() {
    let dir = support::TempDir::new("migrate");
    let mut urls = vec![inovda_server::default_database_url(dir.path())];
    match support::fresh_postgres().await {
        Some(url) => urls.push(url),
        None => eprintln!("PostgreSQL part skipped: INOVDA_TEST_POSTGRES_URL is not set"),
    }
    for url in urls {
        let starts = (0..4).map(|_| inovda_server::Db::connect(&url));
        let dbs: Vec<_> = futures_util::future::join_all(starts).await;
        let dbs: Vec<_> = dbs.into_iter().map(|db| db.expect("every instance starts")).collect();
        // They share one secret and one schema.
        let secrets = futures_util::future::join_all(dbs.iter().map(|db| db.auth_secret())).await;
        let first = secrets[0].as_ref().expect("secret");
        assert!(secrets.iter().all(|s| s.as_ref().ok() == Some(first)), "{url}");
        assert_eq!(dbs[0].counts().await.expect("schema"), (0, 0));
    }
}

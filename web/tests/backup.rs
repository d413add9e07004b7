//! Backups in a real browser: every store out and back, the device key kept, a wrong
//! passphrase or a failing write changing nothing, non-JSON values refused.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Utc};
use inovda_core::exchange::backup::BackupError;
use inovda_core::{Innovation, InnovationId, InnovationRecord};
use inovda_web::backup::{BackupFailure, build_backup, open_backup, restore_backup};
use inovda_web::signing::device_fingerprint;
use inovda_web::storage::{
    INNOVATIONS_STORE, META_STORE, ProfileDto, Repo, StorageError, StoreContent,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PDF: &[u8] = b"%PDF-1.4 SK Walikota Si Ijol";

fn unique_repo(label: &str) -> Repo {
    Repo::named(&format!("inovda-test-backup-{label}-{}", js_sys::Math::random()))
}

fn record(seed: u8, name: &str) -> InnovationRecord {
    let now: DateTime<Utc> =
        DateTime::parse_from_rfc3339("2026-06-01T08:00:00Z").unwrap().with_timezone(&Utc);
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([seed; 16]),
        "Dinas Pendidikan dan Kebudayaan",
        "Kota Probolinggo",
        2026,
        now,
    );
    innovation.name = name.to_owned();
    InnovationRecord::from(&innovation)
}

fn pdf_blob() -> web_sys::Blob {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/pdf");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(PDF));
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).unwrap()
}

/// A small evidence file, as an import keeps it.
const SMALL: &[u8] = b"%PDF-1.4 notulen singkat";

fn sha256_hex(bytes: &[u8]) -> String {
    inovda_core::base::hash::sha256_hex(bytes)
}

async fn bytes_of(blob: &web_sys::Blob) -> Vec<u8> {
    let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

/// A device with a profile, a key, an innovation with a PDF, and one in the trash.
async fn filled_device() -> (Repo, InnovationRecord, String) {
    let repo = unique_repo("a");
    // What the app does at every start (marks a new database as holding text).
    repo.store_values_as_text().await.unwrap();
    repo.put_profile(&ProfileDto::new("Dinas Pendidikan dan Kebudayaan", "Kota Probolinggo"))
        .await
        .unwrap();
    let sha = inovda_core::base::hash::sha256_hex(PDF);
    let kept = record(1, "Si Ijol");
    // One file attached (a Blob), one received in a bundle (small: kept as bytes).
    let small = inovda_web::storage::BrowserFile::bytes(&js_sys::Uint8Array::from(SMALL));
    let files = [(sha.clone(), pdf_blob().into()), (sha256_hex(SMALL), small)];
    repo.save_innovation(&kept, None, &files).await.unwrap();
    let trashed = record(2, "Jemputan KIA");
    repo.put_innovation(&trashed).await.unwrap();
    repo.move_to_trash(&trashed.id, "2026-06-02T08:00:00+00:00").await.unwrap();
    (repo, kept, sha)
}

#[wasm_bindgen_test]
async fn a_backup_restores_every_store_and_the_device_key_elsewhere() {
    let (a, kept, sha) = filled_device().await;
    let fingerprint = device_fingerprint(&a).await.unwrap();
    let (file, name) = build_backup(&a, "kopi tubruk 17 agustus", &|_| {}).await.unwrap();
    assert!(name.starts_with("inovda-cadangan-") && name.ends_with(".age"), "{name}");
    let head = bytes_of(&file).await;
    assert!(head.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    assert!(!head.windows(7).any(|w| w == b"Si Ijol"), "the backup is encrypted");

    // Another device with its own data and key.
    let b = unique_repo("b");
    b.put_innovation(&record(3, "Data lama perangkat B")).await.unwrap();
    let own_key = device_fingerprint(&b).await.unwrap();
    assert_ne!(own_key, fingerprint);

    let opened = open_backup(&b, &file, "kopi tubruk 17 agustus").await.unwrap();
    assert_eq!(opened.count(INNOVATIONS_STORE), 1);
    assert_eq!(opened.count("blobs"), 2);
    assert_eq!(opened.count("trash"), 1);
    restore_backup(&b, &opened).await.unwrap();

    assert_eq!(b.list_innovations().await.unwrap(), vec![kept]);
    assert_eq!(b.list_trash().await.unwrap(), a.list_trash().await.unwrap());
    assert_eq!(b.get_profile().await.unwrap(), a.get_profile().await.unwrap());
    assert_eq!(device_fingerprint(&b).await.unwrap(), fingerprint);
    let restored = b.get_blob(&sha).await.unwrap().unwrap().blob().unwrap();
    assert_eq!(bytes_of(&restored).await, PDF);
    assert_eq!(restored.type_(), "application/pdf");
    let small = b.get_blob(&sha256_hex(SMALL)).await.unwrap().unwrap().blob().unwrap();
    assert_eq!(bytes_of(&small).await, SMALL);
    // Every store holds the same keys and values as on the first device.
    let (before, after) = (a.dump_all().await.unwrap(), b.dump_all().await.unwrap());
    assert_eq!(before.len(), after.len());
    for (one, other) in before.iter().zip(&after) {
        assert_eq!(one.name, other.name);
        assert_eq!(one.entries.len(), other.entries.len(), "{}", one.name);
        if one.name != "blobs" {
            // Compared as JSON values: property order may differ, content may not.
            let value = |js: &JsValue| -> serde_json::Value {
                serde_json::from_str(&String::from(js_sys::JSON::stringify(js).unwrap())).unwrap()
            };
            let json = |content: &StoreContent| -> Vec<(serde_json::Value, serde_json::Value)> {
                content.entries.iter().map(|(k, v)| (value(k), value(v))).collect()
            };
            assert_eq!(json(one), json(other), "{}", one.name);
        }
    }
    a.delete_database().await.unwrap();
    b.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_or_a_cut_file_changes_nothing() {
    let (a, _, _) = filled_device().await;
    let (file, _) = build_backup(&a, "rahasia", &|_| {}).await.unwrap();
    let b = unique_repo("b");
    let own = record(4, "Tetap ada");
    b.put_innovation(&own).await.unwrap();
    assert_eq!(
        open_backup(&b, &file, "Rahasia").await,
        Err(BackupFailure::Backup(BackupError::WrongPassphrase))
    );
    let cut = file.slice_with_f64_and_f64(0.0, file.size() - 100.0).unwrap();
    assert!(matches!(
        open_backup(&b, &cut, "rahasia").await,
        Err(BackupFailure::Backup(BackupError::Damaged(_)))
    ));
    assert_eq!(
        open_backup(&b, &file, "").await,
        Err(BackupFailure::Backup(BackupError::EmptyPassphrase))
    );
    assert_eq!(b.list_innovations().await.unwrap(), vec![own]);
    a.delete_database().await.unwrap();
    b.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn a_write_that_fails_midway_leaves_the_database_as_it_was() {
    let repo = unique_repo("atomic");
    let own = record(5, "Tetap ada");
    repo.put_innovation(&own).await.unwrap();
    let before = repo.dump_all().await.unwrap();
    // The second value has no `id`, which the innovations store's key path needs: the put
    // fails after every store was cleared and the first value written.
    let good = js_sys::JSON::parse(r#"{"id": "x", "name": "baru"}"#).unwrap();
    let bad = js_sys::JSON::parse(r#"{"name": "tanpa id"}"#).unwrap();
    let content = [StoreContent {
        name: INNOVATIONS_STORE.to_owned(),
        entries: vec![(JsValue::from_str("x"), good), (JsValue::NULL, bad)],
    }];
    assert!(repo.replace_all(&content).await.is_err());
    assert_eq!(repo.list_innovations().await.unwrap(), vec![own.clone()]);
    assert_eq!(repo.dump_all().await.unwrap().len(), before.len());
    // A store the database does not have is refused before anything is written.
    let unknown = [StoreContent { name: "tidak_ada".to_owned(), entries: vec![] }];
    assert!(matches!(repo.replace_all(&unknown).await, Err(StorageError::Corrupt(_))));
    assert_eq!(repo.list_innovations().await.unwrap(), vec![own]);
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn a_value_json_cannot_carry_is_refused_by_name() {
    let repo = unique_repo("json");
    let date = js_sys::Date::new_0();
    let content = [StoreContent {
        name: META_STORE.to_owned(),
        entries: vec![(JsValue::from_str("when"), date.into())],
    }];
    repo.replace_all(&content).await.unwrap();
    match build_backup(&repo, "rahasia", &|_| {}).await {
        Err(BackupFailure::NotJson { store, what }) => {
            assert_eq!(store, META_STORE);
            assert!(what.contains("Date"), "{what}");
        }
        other => panic!("expected NotJson, got {:?}", other.map(|(_, name)| name)),
    }
    repo.delete_database().await.unwrap();
}

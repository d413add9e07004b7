//! The IndexedDB repository in a real browser: open and upgrade, save, list, reopen.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Utc};
use inovda_core::{Innovation, InnovationId, InnovationRecord, Stage};
use inovda_web::storage::BrowserFile;
use inovda_web::storage::{
    BLOBS_STORE, DB_VERSION, HANDOVER_STORE, IMPORTS_STORE, INBOX_STORE, INNOVATIONS_STORE,
    META_STORE, OUTBOX_STORE, ProfileDto, REVISIONS_STORE, Repo, SIGNERS_STORE, STAMPS_STORE,
    TRASH_STORE, VALUES_AS_TEXT_KEY, VERDICTS_STORE,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn unique_repo(label: &str) -> Repo {
    Repo::named(&format!("inovda-test-{label}-{}", js_sys::Math::random()))
}

fn innovation(seed: u8, name: &str, at: &str) -> Innovation {
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339(at).unwrap().with_timezone(&Utc);
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([seed; 16]),
        "Puskesmas Kanigaran",
        "Kota Probolinggo",
        2026,
        now,
    );
    innovation.name = name.to_owned();
    innovation
}

/// `value` as releases before layout 5 stored it: a JavaScript object.
fn as_object<T: serde::Serialize>(value: &T) -> wasm_bindgen::JsValue {
    js_sys::JSON::parse(&serde_json::to_string(value).unwrap()).unwrap()
}

/// Every value of `store`, as stored.
async fn raw_values(name: &str, store: &str) -> Vec<wasm_bindgen::JsValue> {
    use indexed_db_futures::prelude::*;
    let db = indexed_db_futures::database::Database::open(name).await.unwrap();
    let tx = db.transaction(store).build().unwrap();
    let all = tx.object_store(store).unwrap().get_all::<wasm_bindgen::JsValue>().primitive();
    let values = all.unwrap().await.unwrap().map(Result::unwrap).collect();
    drop(tx);
    db.close();
    values
}

async fn store_names(name: &str) -> Vec<String> {
    let db = indexed_db_futures::database::Database::open(name).await.unwrap();
    let names: Vec<String> = db.object_store_names().collect();
    assert_eq!(db.version() as u32, DB_VERSION);
    db.close();
    names
}

#[wasm_bindgen_test]
async fn opening_a_new_database_creates_every_store() {
    let repo = unique_repo("upgrade");
    assert_eq!(repo.list_innovations().await.unwrap(), Vec::<InnovationRecord>::new());
    assert_eq!(repo.get_profile().await.unwrap(), None);
    let mut names = store_names(repo.name()).await;
    names.sort();
    assert_eq!(
        names,
        [
            BLOBS_STORE,
            HANDOVER_STORE,
            IMPORTS_STORE,
            INBOX_STORE,
            INNOVATIONS_STORE,
            META_STORE,
            OUTBOX_STORE,
            REVISIONS_STORE,
            SIGNERS_STORE,
            STAMPS_STORE,
            TRASH_STORE,
            VERDICTS_STORE
        ]
    );
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn saved_innovations_are_listed_newest_first_and_survive_reopening() {
    let repo = unique_repo("save");
    let older = innovation(1, "Si Kepho", "2026-03-01T08:00:00Z");
    let mut newer = innovation(2, "Handal PIRT UMKM", "2026-03-02T08:00:00Z");
    newer.stage = Some(Stage::Implementation);
    repo.put_innovation(&InnovationRecord::from(&older)).await.unwrap();
    repo.put_innovation(&InnovationRecord::from(&newer)).await.unwrap();

    let listed = repo.list_innovations().await.unwrap();
    let names: Vec<_> = listed.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Handal PIRT UMKM", "Si Kepho"]);

    // Saving again replaces the record rather than adding one.
    let mut edited = older.clone();
    edited.design = "Kelompok peduli HIV dan ODHA".to_owned();
    edited.touch(DateTime::parse_from_rfc3339("2026-03-03T08:00:00Z").unwrap().with_timezone(&Utc));
    repo.put_innovation(&InnovationRecord::from(&edited)).await.unwrap();

    // A second handle on the same database sees exactly what was written.
    let reopened = Repo::named(repo.name());
    let listed = reopened.list_innovations().await.unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].to_domain().unwrap(), edited);
    let fetched = reopened.get_innovation(&newer.id.to_string()).await.unwrap().unwrap();
    assert_eq!(fetched.to_domain().unwrap(), newer);
    assert_eq!(
        reopened.get_innovation("00000000-0000-4000-8000-000000000000").await.unwrap(),
        None
    );
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn the_profile_round_trips() {
    let repo = unique_repo("profile");
    let profile = ProfileDto::new("  Dinas Pendidikan ", "Kota Probolinggo");
    assert_eq!(profile.agency, "Dinas Pendidikan");
    repo.put_profile(&profile).await.unwrap();
    assert_eq!(Repo::named(repo.name()).get_profile().await.unwrap(), Some(profile));
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn a_layout_1_database_is_upgraded_without_losing_records() {
    use indexed_db_futures::KeyPath;
    use indexed_db_futures::database::Database;
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;

    let repo = unique_repo("upgrade-from-1");
    // Build the database exactly as layout 1 (the first release) left it.
    let db = Database::open(repo.name())
        .with_version(1u32)
        .with_on_upgrade_needed(|_, db| {
            db.create_object_store(INNOVATIONS_STORE).with_key_path(KeyPath::One("id")).build()?;
            db.create_object_store(META_STORE).build()?;
            Ok(())
        })
        .await
        .unwrap();
    let old = InnovationRecord::from(&innovation(5, "Akik Cemerlang", "2026-02-01T08:00:00Z"));
    let tx =
        db.transaction(INNOVATIONS_STORE).with_mode(TransactionMode::Readwrite).build().unwrap();
    tx.object_store(INNOVATIONS_STORE).unwrap().put(as_object(&old)).await.unwrap();
    tx.commit().await.unwrap();
    db.close();

    assert_eq!(repo.list_innovations().await.unwrap(), vec![old]);
    let mut names = store_names(repo.name()).await;
    names.sort();
    assert_eq!(names, CURRENT_STORES);
    repo.delete_database().await.unwrap();
}

/// Every store of the current layout, sorted.
const CURRENT_STORES: [&str; 12] = [
    "blobs",
    "handover",
    "imports",
    "inbox",
    "innovations",
    "meta",
    "outbox",
    "revisions",
    "signers",
    "stamps",
    "trash",
    "verdicts",
];

#[wasm_bindgen_test]
async fn a_layout_2_database_is_upgraded_keeping_records_evidence_and_trash() {
    use indexed_db_futures::KeyPath;
    use indexed_db_futures::database::Database;
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;

    let repo = unique_repo("upgrade-from-2");
    let db = Database::open(repo.name())
        .with_version(2u32)
        .with_on_upgrade_needed(|_, db| {
            db.create_object_store(INNOVATIONS_STORE).with_key_path(KeyPath::One("id")).build()?;
            db.create_object_store(META_STORE).build()?;
            db.create_object_store(BLOBS_STORE).build()?;
            db.create_object_store(TRASH_STORE).build()?;
            Ok(())
        })
        .await
        .unwrap();
    db.close();
    let kept = InnovationRecord::from(&innovation(6, "Si Ijol", "2026-02-01T08:00:00Z"));
    let trashed = InnovationRecord::from(&innovation(7, "Si Kepho", "2026-02-02T08:00:00Z"));
    // Written through a layout-2 handle: the app of the previous release.
    let old = Database::open(repo.name()).with_version(2u32).await.unwrap();
    let tx = old
        .transaction([INNOVATIONS_STORE, BLOBS_STORE])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    tx.object_store(INNOVATIONS_STORE).unwrap().put(as_object(&kept)).await.unwrap();
    tx.object_store(INNOVATIONS_STORE).unwrap().put(as_object(&trashed)).await.unwrap();
    let blob = web_sys::Blob::new_with_str_sequence(&js_sys::Array::of1(&"%PDF".into())).unwrap();
    let value: &wasm_bindgen::JsValue = blob.as_ref();
    tx.object_store(BLOBS_STORE).unwrap().put(value.clone()).with_key("ab").await.unwrap();
    tx.commit().await.unwrap();
    old.close();

    // Opening with the current app upgrades in place.
    repo.move_to_trash(&trashed.id, "2026-02-03T08:00:00Z").await.unwrap();
    assert_eq!(repo.list_innovations().await.unwrap(), vec![kept]);
    assert_eq!(repo.list_trash().await.unwrap()[0].record, trashed);
    assert!(repo.has_blob("ab").await.unwrap());
    assert_eq!(repo.count_conflicts().await.unwrap(), 0);
    let mut names = store_names(repo.name()).await;
    names.sort();
    assert_eq!(names, CURRENT_STORES);
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn a_record_and_its_evidence_are_saved_together_and_a_stale_save_is_refused() {
    use inovda_web::storage::{StorageError, Version};

    let repo = unique_repo("evidence");
    let mut draft = innovation(6, "Si Ijol", "2026-04-01T08:00:00Z");
    let first = InnovationRecord::from(&draft);
    repo.save_innovation(&first, None, &[]).await.unwrap();

    let bytes = js_sys::Uint8Array::from(&b"%PDF-1.4 SK Walikota"[..]);
    let blob = web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes)).unwrap();
    let sha = inovda_core::base::hash::sha256_hex(b"%PDF-1.4 SK Walikota");
    draft.touch(DateTime::parse_from_rfc3339("2026-04-01T09:00:00Z").unwrap().with_timezone(&Utc));
    let second = InnovationRecord::from(&draft);
    repo.save_innovation(&second, Some(Version::of(&first)), &[(sha.clone(), blob.into())])
        .await
        .unwrap();
    assert!(repo.has_blob(&sha).await.unwrap());
    let stored = repo.get_blob(&sha).await.unwrap().unwrap();
    assert_eq!(stored.size() as usize, 20);
    assert!(matches!(stored, BrowserFile::Blob(_)), "an attached file stays a Blob");

    // Another tab still holding the first version must not overwrite the second.
    let mut stale = innovation(6, "Si Ijol (tab lama)", "2026-04-01T08:00:00Z");
    stale.touch(DateTime::parse_from_rfc3339("2026-04-01T09:30:00Z").unwrap().with_timezone(&Utc));
    let refused =
        repo.save_innovation(&InnovationRecord::from(&stale), Some(Version::of(&first)), &[]).await;
    assert_eq!(
        refused,
        Err(StorageError::Conflict { revision: second.revision, edit_count: second.edit_count })
    );
    assert_eq!(repo.get_innovation(&second.id).await.unwrap(), Some(second));
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn trash_moves_records_out_and_back() {
    let repo = unique_repo("trash");
    let record = InnovationRecord::from(&innovation(7, "Jemputan KIA", "2026-05-01T08:00:00Z"));
    repo.put_innovation(&record).await.unwrap();
    repo.move_to_trash(&record.id, "2026-05-02T08:00:00+00:00").await.unwrap();
    assert!(repo.list_innovations().await.unwrap().is_empty());
    let trash = repo.list_trash().await.unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].record, record);
    repo.restore_from_trash(&record.id).await.unwrap();
    assert_eq!(repo.list_innovations().await.unwrap(), vec![record.clone()]);
    assert!(repo.list_trash().await.unwrap().is_empty());
    repo.move_to_trash(&record.id, "2026-05-03T08:00:00+00:00").await.unwrap();
    repo.purge_from_trash(&record.id).await.unwrap();
    assert!(repo.list_trash().await.unwrap().is_empty());
    assert!(repo.list_innovations().await.unwrap().is_empty());
    repo.delete_database().await.unwrap();
}

/// Makes the browser close connections right after they open (as Chrome does on a forced close):
/// the next `next` opens, or every open while `always`.
fn close_connections(next: u32, always: bool) {
    let install = js_sys::Function::new_no_args(
        r#"
        const proto = IDBFactory.prototype;
        if (!proto.__inovdaOpen) {
            proto.__inovdaOpen = proto.open;
            proto.open = function (...args) {
                const request = proto.__inovdaOpen.apply(this, args);
                request.addEventListener('success', () => {
                    if (!globalThis.__closeAlways && !(globalThis.__closeNext > 0)) return;
                    if (!globalThis.__closeAlways) globalThis.__closeNext -= 1;
                    request.result.close();
                });
                return request;
            };
        }
        "#,
    );
    install.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    let global = js_sys::global();
    js_sys::Reflect::set(&global, &"__closeNext".into(), &next.into()).unwrap();
    js_sys::Reflect::set(&global, &"__closeAlways".into(), &always.into()).unwrap();
}

#[wasm_bindgen_test]
async fn a_connection_closed_by_the_browser_is_retried_once_then_reported_as_unavailable() {
    use inovda_web::storage::StorageError;

    let repo = unique_repo("closed");
    let first = InnovationRecord::from(&innovation(9, "Smart Kampung", "2026-03-01T08:00:00Z"));
    repo.put_innovation(&first).await.unwrap();

    // Once: the retry on a new connection saves.
    close_connections(1, false);
    let mut draft = innovation(9, "Smart Kampung Banyuwangi", "2026-03-01T08:00:00Z");
    draft.touch(DateTime::parse_from_rfc3339("2026-03-01T09:00:00Z").unwrap().with_timezone(&Utc));
    let second = InnovationRecord::from(&draft);
    repo.put_innovation(&second).await.unwrap();

    // Lasting: reported as unavailable, and what was saved stays.
    close_connections(0, true);
    draft.touch(DateTime::parse_from_rfc3339("2026-03-01T10:00:00Z").unwrap().with_timezone(&Utc));
    let third = InnovationRecord::from(&draft);
    assert_eq!(repo.put_innovation(&third).await, Err(StorageError::Unavailable));
    close_connections(0, false);
    assert_eq!(repo.get_innovation(&second.id).await.unwrap(), Some(second));
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn an_older_layouts_objects_are_rewritten_as_text_once_and_read_the_same() {
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;

    let repo = unique_repo("text");
    // A current database holding values the way layouts 1 to 4 stored them.
    repo.list_innovations().await.unwrap();
    let record = InnovationRecord::from(&innovation(8, "Si Ijol", "2026-03-01T08:00:00Z"));
    let profile = ProfileDto::new("Dinas Kesehatan", "Kota Probolinggo");
    let db = indexed_db_futures::database::Database::open(repo.name()).await.unwrap();
    let tx = db
        .transaction([INNOVATIONS_STORE, META_STORE])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    tx.object_store(INNOVATIONS_STORE).unwrap().put(as_object(&record)).await.unwrap();
    let meta = tx.object_store(META_STORE).unwrap();
    meta.put(as_object(&profile)).with_key("profile").await.unwrap();
    // A plain string an earlier release stored (not JSON text) stays the string it was.
    meta.put(wasm_bindgen::JsValue::from_str("catatan lama")).with_key("note").await.unwrap();
    tx.commit().await.unwrap();
    db.close();
    assert_eq!(repo.list_innovations().await.unwrap(), vec![record.clone()], "objects still read");

    assert_eq!(repo.store_values_as_text().await.unwrap(), 3);
    let stored = raw_values(repo.name(), INNOVATIONS_STORE).await;
    let wrapper = &stored[0];
    let field = |name: &str| js_sys::Reflect::get(wrapper, &name.into()).unwrap().as_string();
    assert_eq!(field("id").as_deref(), Some(record.id.as_str()), "the key path still reads id");
    assert_eq!(serde_json::from_str::<InnovationRecord>(&field("json").unwrap()).unwrap(), record);
    assert_eq!(repo.list_innovations().await.unwrap(), vec![record]);
    assert_eq!(repo.get_profile().await.unwrap(), Some(profile));
    assert_eq!(repo.get_meta::<String>("note").await.unwrap().as_deref(), Some("catatan lama"));
    assert_eq!(repo.get_meta::<bool>(VALUES_AS_TEXT_KEY).await.unwrap(), Some(true));
    assert_eq!(raw_values(repo.name(), STAMPS_STORE).await.len(), 1, "the stamp is built");
    // Marked done: a second start rewrites nothing.
    assert_eq!(repo.store_values_as_text().await.unwrap(), 0);
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn a_small_file_kept_as_bytes_reads_back_as_the_same_file() {
    let repo = unique_repo("bytes");
    let record = InnovationRecord::from(&innovation(9, "Portal Emas", "2026-03-01T08:00:00Z"));
    let content = b"%PDF-1.4 bukti kecil";
    let whole = js_sys::Uint8Array::from(&b"xx%PDF-1.4 bukti kecilyy"[..]);
    // A view into a larger buffer: what is stored is a copy of exactly the file.
    let file = BrowserFile::bytes(&whole.subarray(2, 2 + content.len() as u32));
    let sha = inovda_core::base::hash::sha256_hex(content);
    repo.save_innovation(&record, None, &[(sha.clone(), file)]).await.unwrap();
    let stored = repo.get_blob(&sha).await.unwrap().unwrap();
    assert!(matches!(stored, BrowserFile::Bytes(_)), "kept inline, not as a Blob");
    assert_eq!(stored.size() as usize, content.len());
    let blob = stored.blob().unwrap();
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await.unwrap();
    assert_eq!(js_sys::Uint8Array::new(&buffer).to_vec(), content.to_vec());
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn each_record_keeps_its_stamp_and_the_banners_read_only_stamps() {
    let repo = unique_repo("stamps");
    let first = InnovationRecord::from(&innovation(10, "Si Ijol", "2026-03-01T08:00:00Z"));
    let second = InnovationRecord::from(&innovation(11, "Portal Emas", "2026-03-02T08:00:00Z"));
    repo.put_innovation(&first).await.unwrap();
    repo.put_innovation(&second).await.unwrap();
    let (stamps, _, _) = repo.banner_inputs().await.unwrap();
    let mut created: Vec<&str> = stamps.iter().map(|s| s.created_at.as_str()).collect();
    created.sort();
    assert_eq!(created, [first.created_at.as_str(), second.created_at.as_str()]);
    assert_eq!(raw_values(repo.name(), STAMPS_STORE).await.len(), 2);

    // Hapus takes the stamp away with the record; Pulihkan brings both back.
    repo.move_to_trash(&first.id, "2026-03-03T08:00:00Z").await.unwrap();
    assert_eq!(raw_values(repo.name(), STAMPS_STORE).await.len(), 1);
    repo.restore_from_trash(&first.id).await.unwrap();
    assert_eq!(raw_values(repo.name(), STAMPS_STORE).await.len(), 2);

    // A record written around the app has no stamp: the banners then read the records.
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;
    let third = InnovationRecord::from(&innovation(12, "Jemputan KIA", "2026-03-04T08:00:00Z"));
    let db = indexed_db_futures::database::Database::open(repo.name()).await.unwrap();
    let tx =
        db.transaction(INNOVATIONS_STORE).with_mode(TransactionMode::Readwrite).build().unwrap();
    tx.object_store(INNOVATIONS_STORE).unwrap().put(as_object(&third)).await.unwrap();
    tx.commit().await.unwrap();
    db.close();
    assert_eq!(repo.banner_inputs().await.unwrap().0.len(), 3);
    repo.delete_database().await.unwrap();
}

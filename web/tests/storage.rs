//! The IndexedDB repository in a real browser: open and upgrade, save, list, reopen.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Utc};
use inovda_core::{Innovation, InnovationId, InnovationRecord, Stage};
use inovda_web::storage::{DB_VERSION, INNOVATIONS_STORE, META_STORE, ProfileDto, Repo};
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
    assert_eq!(names, vec![INNOVATIONS_STORE.to_owned(), META_STORE.to_owned()]);
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

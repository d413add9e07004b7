//! The secretariat's storage in a real browser: the role in the profile (old profiles read as an
//! agency's), the registry under `meta`, "Muat / Hapus data contoh" in one transaction each, and
//! the SPD answers under `spd:<year>`.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Utc};
use inovda_core::exchange::bundle::SigningKey;
use inovda_core::secretariat::demo::demo_dataset;
use inovda_core::secretariat::projection::SpdAnswers;
use inovda_core::secretariat::registry::{AgencyDraft, Registry};
use inovda_core::{AgencyId, Catalog, Innovation, InnovationId, InnovationRecord};
use inovda_web::storage::{DemoLoad, PROFILE_KEY, ProfileDto, Repo, Role, StorageError, spd_key};
use serde::Serialize;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn unique_repo(label: &str) -> Repo {
    Repo::named(&format!("inovda-test-{label}-{}", js_sys::Math::random()))
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-05-04T08:00:00+07:00").unwrap().with_timezone(&Utc)
}

#[derive(Serialize)]
struct ProfileV1 {
    schema_version: u32,
    agency: String,
    region: String,
}

#[wasm_bindgen_test]
async fn a_version_1_profile_reads_as_an_agency_and_the_secretariat_round_trips() {
    let repo = unique_repo("profile-v1");
    let old = ProfileV1 {
        schema_version: 1,
        agency: "Dinas Sosial".into(),
        region: "Kota Probolinggo".into(),
    };
    repo.put_meta(PROFILE_KEY, &old).await.unwrap();
    let read = repo.get_profile().await.unwrap().unwrap();
    assert_eq!(read.role, Role::Agency);
    assert_eq!(read.year, None);
    assert_eq!(read.agency, "Dinas Sosial");

    let secretariat = ProfileDto::secretariat(" Bappeda ", "Kota Probolinggo", 2026);
    repo.put_profile(&secretariat).await.unwrap();
    let read = repo.get_profile().await.unwrap().unwrap();
    assert!(read.is_secretariat());
    assert_eq!((read.agency.as_str(), read.year), ("Bappeda", Some(2026)));
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn demo_data_loads_once_and_its_removal_keeps_everything_real() {
    let repo = unique_repo("demo");
    assert_eq!(repo.get_registry().await.unwrap(), Registry::default());
    let mut registry = Registry::default();
    let draft = AgencyDraft { name: "Dinas Kominfo".into(), kind: "dinas".into(), parent: None };
    let real_id = registry.add(&draft, AgencyId::from_random_bytes([7; 16])).unwrap();
    repo.put_registry(&registry).await.unwrap();
    let real = Innovation::new(
        InnovationId::from_random_bytes([9; 16]),
        "Dinas Kominfo",
        "Kota Probolinggo",
        2026,
        now(),
    );
    repo.put_innovation(&InnovationRecord::from(&real)).await.unwrap();

    let catalog = Catalog::builtin(2026).unwrap();
    let key = SigningKey::from_seed(&[3; 32]).public_key();
    let demo = demo_dataset(&catalog, 1, &key, now());
    let loaded = repo.load_demo(&demo).await.unwrap();
    assert_eq!(
        loaded,
        DemoLoad::Loaded {
            agencies: demo.registry.agencies.len(),
            innovations: demo.innovations.len()
        }
    );
    assert_eq!(repo.load_demo(&demo).await.unwrap(), DemoLoad::AlreadyLoaded);
    let stored = repo.get_registry().await.unwrap();
    assert_eq!(stored.agencies.len(), 1 + demo.registry.agencies.len());
    assert_eq!(repo.list_innovations().await.unwrap().len(), 1 + demo.innovations.len());
    assert_eq!(repo.get_demo_config().await.unwrap(), Some(demo.config.clone()));

    let removed = repo.remove_demo().await.unwrap();
    assert_eq!(removed, (demo.registry.agencies.len(), demo.innovations.len()));
    let stored = repo.get_registry().await.unwrap();
    assert_eq!(stored.agencies.len(), 1);
    assert_eq!(stored.agencies[0].id, real_id);
    let left = repo.list_innovations().await.unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, real.id.to_string());
    assert_eq!(repo.local_state().await.unwrap().verdicts.len(), 0);
    assert_eq!(repo.get_demo_config().await.unwrap(), None);
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn demo_data_is_refused_when_a_real_unit_has_a_demo_name() {
    let repo = unique_repo("demo-name");
    let catalog = Catalog::builtin(2026).unwrap();
    let key = SigningKey::from_seed(&[3; 32]).public_key();
    let demo = demo_dataset(&catalog, 1, &key, now());
    let taken = demo.registry.agencies[0].name.clone();
    let mut registry = Registry::default();
    let draft = AgencyDraft { name: taken.to_uppercase(), kind: "dinas".into(), parent: None };
    registry.add(&draft, AgencyId::from_random_bytes([7; 16])).unwrap();
    repo.put_registry(&registry).await.unwrap();
    assert_eq!(repo.load_demo(&demo).await.unwrap(), DemoLoad::NameTaken(vec![taken]));
    assert_eq!(repo.get_registry().await.unwrap(), registry);
    assert!(repo.list_innovations().await.unwrap().is_empty());
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn applying_a_config_stores_it_with_the_picked_unit_in_one_step() {
    use inovda_core::secretariat::region_config::{RegionConfig, pick_agency};
    use inovda_core::{Region, RegionKind};
    use inovda_web::storage::PROFILE_SCHEMA_VERSION;

    let repo = unique_repo("config");
    let mut registry = Registry::default();
    let draft = AgencyDraft { name: "Dinas Kesehatan".into(), kind: "dinas".into(), parent: None };
    let id = registry.add(&draft, AgencyId::from_random_bytes([5; 16])).unwrap();
    let key = SigningKey::from_seed(&[3; 32]).public_key();
    let region =
        Region { kind: RegionKind::City, name: "Kota Probolinggo".into(), code: String::new() };
    let config = RegionConfig::new(region, 2026, "Bappeda", &key, &registry, Vec::new());
    let profile = ProfileDto::picked(&pick_agency(&config, id).unwrap());
    assert_eq!(profile.schema_version, PROFILE_SCHEMA_VERSION);
    repo.apply_config(&config, &profile, None).await.unwrap();
    let read = repo.get_profile().await.unwrap().unwrap();
    assert_eq!(read.agency_id, Some(id));
    assert_eq!(
        (read.agency.as_str(), read.region.as_str()),
        ("Dinas Kesehatan", "Kota Probolinggo")
    );
    assert_eq!(read.role, Role::Agency);
    assert_eq!(repo.get_region_config().await.unwrap(), Some(config));
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn imported_innovations_are_added_all_or_nothing() {
    let repo = unique_repo("add-innovations");
    let record = |seed: u8, name: &str| {
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([seed; 16]),
            "Dinas Kesehatan",
            "Kota Probolinggo",
            2026,
            now(),
        );
        innovation.name = name.into();
        InnovationRecord::from(&innovation)
    };
    repo.add_innovations(&[record(1, "Si Ijol"), record(2, "Dischotik")]).await.unwrap();
    assert_eq!(repo.list_innovations().await.unwrap().len(), 2);
    // The second batch holds an id already stored: nothing of it is written.
    let refused =
        repo.add_innovations(&[record(3, "Portal Emas"), record(1, "Si Ijol lagi")]).await;
    assert!(refused.is_err());
    let stored = repo.list_innovations().await.unwrap();
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().all(|r| r.name != "Portal Emas" && r.name != "Si Ijol lagi"));
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn the_secretariats_deadlines_round_trip_and_newer_schemas_are_refused() {
    use inovda_core::secretariat::region_config::{DeadlineDraft, parse_deadlines};
    use inovda_web::storage::{DEADLINES_KEY, DeadlinesDto};

    let repo = unique_repo("deadlines");
    assert!(repo.get_deadlines().await.unwrap().is_empty());
    let drafts =
        [DeadlineDraft { label: "Batas pengisian profil".into(), date: "2026-06-30".into() }];
    let deadlines = parse_deadlines(&drafts).unwrap();
    repo.put_deadlines(&deadlines).await.unwrap();
    assert_eq!(repo.get_deadlines().await.unwrap(), deadlines);
    let newer = DeadlinesDto { schema_version: 99, deadlines };
    repo.put_meta(DEADLINES_KEY, &newer).await.unwrap();
    assert!(repo.get_deadlines().await.is_err());
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn spd_answers_round_trip_as_json_text_per_year_and_damage_is_refused() {
    let repo = unique_repo("spd");
    assert_eq!(repo.get_spd(2026).await.unwrap(), SpdAnswers::new(2026));
    let mut answers = SpdAnswers::new(2026);
    answers.set("1", Some(3), "RPJMD 2025–2029");
    answers.set("2a", None, "menunggu Perda APBD");
    repo.put_spd(&answers).await.unwrap();
    assert_eq!(repo.get_spd(2026).await.unwrap(), answers);
    assert_eq!(repo.get_spd(2027).await.unwrap(), SpdAnswers::new(2027));
    // The stored value is exactly core's JSON text, which other readers (the recap export) parse.
    let text = repo.get_meta::<String>(&spd_key(2026)).await.unwrap().unwrap();
    assert_eq!(SpdAnswers::from_json(text.as_bytes()).unwrap(), answers);
    // A JSON object of the same shape reads too; a newer schema is refused, not replaced.
    repo.put_meta(&spd_key(2027), &serde_json::json!({ "schema_version": 1, "year": 2027 }))
        .await
        .unwrap();
    assert_eq!(repo.get_spd(2027).await.unwrap(), SpdAnswers::new(2027));
    repo.put_meta(&spd_key(2026), &r#"{"schema_version": 9, "year": 2026}"#).await.unwrap();
    assert!(matches!(repo.get_spd(2026).await, Err(StorageError::Corrupt(_))));
    repo.delete_database().await.unwrap();
}

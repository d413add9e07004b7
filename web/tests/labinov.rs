//! The Labinov commitment documents in a real browser: the secretariat's own choice under
//! `meta`, and an agency following the choice carried by the config bundle it applied.
#![cfg(target_arch = "wasm32")]

use inovda_core::exchange::bundle::SigningKey;
use inovda_core::model::labinov::{LabStage, LabinovConfig};
use inovda_core::secretariat::region_config::{RegionConfig, pick_agency};
use inovda_core::secretariat::registry::{AgencyDraft, Registry};
use inovda_core::{AgencyId, Region, RegionKind};
use inovda_web::storage::{LABINOV_CONFIG_KEY, LabinovConfigDto, ProfileDto, Repo};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn unique_repo(label: &str) -> Repo {
    Repo::named(&format!("inovda-test-{label}-{}", js_sys::Math::random()))
}

#[wasm_bindgen_test]
async fn the_secretariat_keeps_its_commitments_and_an_agency_follows_the_config_bundle() {
    let repo = unique_repo("labinov");
    let secretariat = ProfileDto::secretariat("Bappeda", "Kota Probolinggo", 2026);
    assert_eq!(
        repo.labinov_config_for(Some(&secretariat)).await.unwrap(),
        LabinovConfig::default()
    );
    let changed =
        LabinovConfig::from_documents(&[(LabStage::DrumUp, "Deklarasi komitmen".to_owned())]);
    repo.put_labinov_config(&changed).await.unwrap();
    let stored: LabinovConfigDto = repo.get_meta(LABINOV_CONFIG_KEY).await.unwrap().unwrap();
    assert_eq!(stored.schema_version, 1);
    assert_eq!(repo.labinov_config_for(Some(&secretariat)).await.unwrap(), changed);

    // An agency device without a config bundle follows the default; with one, its choice.
    let agency = unique_repo("labinov-agency");
    assert_eq!(agency.labinov_config_for(None).await.unwrap(), LabinovConfig::default());
    let mut registry = Registry::default();
    let draft = AgencyDraft { name: "Dinas Kesehatan".into(), kind: "dinas".into(), parent: None };
    let id = registry.add(&draft, AgencyId::from_random_bytes([5; 16])).unwrap();
    let key = SigningKey::from_seed(&[3; 32]).public_key();
    let region =
        Region { kind: RegionKind::City, name: "Kota Probolinggo".into(), code: String::new() };
    let config = RegionConfig::new(region, 2026, "Bappeda", &key, &registry, Vec::new())
        .with_labinov(changed.clone());
    let profile = ProfileDto::picked(&pick_agency(&config, id).unwrap());
    agency.apply_config(&config, &profile, None).await.unwrap();
    assert_eq!(agency.labinov_config_for(Some(&profile)).await.unwrap(), changed);

    // A stored choice from a newer app is refused, not half-read.
    let newer = LabinovConfigDto { schema_version: 9, commitments: Vec::new() };
    repo.put_meta(LABINOV_CONFIG_KEY, &newer).await.unwrap();
    assert!(repo.get_labinov_config().await.is_err());
    repo.delete_database().await.unwrap();
    agency.delete_database().await.unwrap();
}

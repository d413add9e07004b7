//! Bundle import in a real browser: a file read through `JsReader`, planned, committed in one
//! transaction, imported twice, and a conflict copy resolved.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Utc};
use inovda_core::exchange::bundle::{
    BundleContent, BundleKind, BundleMeta, SigningKey, write_bundle,
};
use inovda_core::exchange::record::revision_hash;
use inovda_core::{EvidenceFile, EvidenceTarget, Innovation, InnovationId, InnovationRecord};
use inovda_web::intake::prepare;
use inovda_web::storage::{Repo, Resolution, RevisionKind};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SK: &[u8] = b"%PDF-1.4 SK Walikota Si Ijol";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

fn innovation(name: &str) -> Innovation {
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([7; 16]),
        "Dinas Kesehatan",
        "Kota Probolinggo",
        2026,
        at("2026-03-01T08:00:00Z"),
    );
    innovation.name = name.to_owned();
    let file = EvidenceFile {
        sha256: inovda_core::base::hash::sha256_hex(SK),
        file_name: "SK Walikota.pdf".into(),
        media_type: "application/pdf".into(),
        size: SK.len() as u32,
    };
    innovation.attach(EvidenceTarget::Indicator(16), file);
    innovation
}

fn bundle_file(records: Vec<InnovationRecord>, name: &str) -> web_sys::File {
    let meta = BundleMeta {
        kind: BundleKind::Submission,
        created_at: "2026-03-02T08:00:00+00:00".into(),
        region: "Kota Probolinggo".into(),
        agency: "Dinas Kesehatan".into(),
        year: 2026,
    };
    let content = BundleContent { records, ..BundleContent::default() };
    let bytes = write_bundle(&meta, &content, &[SK], &SigningKey::from_seed(&[3; 32])).unwrap();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap()
}

#[wasm_bindgen_test]
async fn an_imported_bundle_is_stored_once_and_a_conflict_copy_can_be_chosen() {
    let repo = Repo::named(&format!("inovda-test-import-{}", js_sys::Math::random()));
    let first = innovation("Si Ijol");
    let file = bundle_file(vec![InnovationRecord::from(&first)], "dinkes.zip");

    let batch = prepare(&repo, vec![file.clone()]).await.unwrap();
    assert!(batch.candidates[0].verified.is_ok());
    assert!(batch.has_changes());
    repo.commit_import(&batch.commit("2026-03-03T08:00:00Z").unwrap()).await.unwrap();

    let state = repo.local_state().await.unwrap();
    assert_eq!(state.records.len(), 1);
    assert_eq!(state.signers.len(), 1);
    assert!(state.files.contains(&inovda_core::base::hash::sha256_hex(SK)));
    let stored = repo.get_blob(&inovda_core::base::hash::sha256_hex(SK)).await.unwrap().unwrap();
    // A small file from a bundle is kept as bytes in the database, not as a Blob of its own.
    assert!(matches!(stored, inovda_web::storage::BrowserFile::Bytes(_)));
    let blob = stored.blob().unwrap();
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await.unwrap();
    assert_eq!(js_sys::Uint8Array::new(&buffer).to_vec(), SK);
    assert_eq!(repo.list_imports().await.unwrap().len(), 1);

    // The same file again plans nothing.
    let again = prepare(&repo, vec![file]).await.unwrap();
    assert!(!again.has_changes());

    // A diverged copy is kept beside the current record, then chosen.
    let mut diverged = first.clone();
    diverged.name = "Si Ijol Plus".into();
    let copy = InnovationRecord::from(&diverged);
    let batch =
        prepare(&repo, vec![bundle_file(vec![copy.clone()], "dinkes-2.zip")]).await.unwrap();
    repo.commit_import(&batch.commit("2026-03-04T08:00:00Z").unwrap()).await.unwrap();
    let kept = repo.list_revisions().await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].kind, RevisionKind::Conflict);
    assert_eq!(kept[0].source, "dinkes-2.zip");
    let id = first.id.to_string();
    assert_eq!(repo.get_innovation(&id).await.unwrap().unwrap().name, "Si Ijol");

    repo.resolve_conflict(&revision_hash(&copy), Resolution::UseCopy, "2026-03-05T08:00:00Z")
        .await
        .unwrap();
    assert_eq!(repo.get_innovation(&id).await.unwrap().unwrap().name, "Si Ijol Plus");
    let kept = repo.list_revisions().await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].kind, RevisionKind::Superseded);
    assert_eq!(kept[0].record.name, "Si Ijol");
    repo.delete_database().await.unwrap();
}

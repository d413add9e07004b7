//! The verification round trip's storage in a real browser: a verdict is stored and replaced
//! by a later decision on the same revision; a re-submitted revision imported over the
//! reviewed one keeps the reviewed record, so core can diff against it; the feedback log grows
//! one entry per bundle and refuses a newer schema.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, FixedOffset, Utc};
use inovda_core::exchange::bundle::{
    BundleContent, BundleKind, BundleMeta, SigningKey, write_bundle,
};
use inovda_core::exchange::record::revision_hash;
use inovda_core::secretariat::verification::{
    build_verdict, diff_records, review_template, reviewed_record,
};
use inovda_core::{Catalog, FieldPath, Innovation, InnovationId, InnovationRecord, Level, Status};
use inovda_web::intake::prepare;
use inovda_web::storage::{FEEDBACK_LOG_KEY, FeedbackSentDto, Repo, StorageError};
use serde_json::json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn utc(text: &str) -> DateTime<Utc> {
    at(text).with_timezone(&Utc)
}

fn submitted() -> Innovation {
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([9; 16]),
        "Dinas Kesehatan",
        "Kota Probolinggo",
        2026,
        utc("2026-03-01T08:00:00Z"),
    );
    innovation.name = "Antar Obat".into();
    innovation.indicator_mut(17).claimed = Level::new(3);
    innovation.submit(utc("2026-03-02T08:00:00Z"));
    innovation
}

fn bundle_file(record: InnovationRecord, name: &str) -> web_sys::File {
    let meta = BundleMeta {
        kind: BundleKind::Submission,
        created_at: "2026-03-02T08:00:00+00:00".into(),
        region: "Kota Probolinggo".into(),
        agency: "Dinas Kesehatan".into(),
        year: 2026,
    };
    let content = BundleContent { records: vec![record], ..BundleContent::default() };
    let bytes = write_bundle(&meta, &content, &[], &SigningKey::from_seed(&[4; 32])).unwrap();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap()
}

#[wasm_bindgen_test]
async fn a_verdict_is_stored_and_the_reviewed_revision_is_kept_for_the_diff() {
    let repo = Repo::named(&format!("inovda-test-verify-{}", js_sys::Math::random()));
    let catalog = Catalog::builtin(2026).unwrap();
    let first = submitted();
    let record = InnovationRecord::from(&first);
    let batch = prepare(&repo, vec![bundle_file(record.clone(), "dinkes.zip")]).await.unwrap();
    repo.commit_import(&batch.commit("2026-03-03T08:00:00Z").unwrap()).await.unwrap();

    // A verdict, then a later decision on the same revision replaces it.
    let mut review = review_template(&catalog, &first, None);
    review.status = Some(Status::NeedsRevision);
    review.reason = "Lengkapi SK".into();
    review.indicators[1].level = 1;
    let verdict =
        build_verdict(&catalog, &record, &review, at("2026-03-04T09:00:00+07:00")).unwrap();
    repo.put_verdict(&verdict).await.unwrap();
    review.status = Some(Status::Verified);
    let later = build_verdict(&catalog, &record, &review, at("2026-03-05T09:00:00+07:00")).unwrap();
    repo.put_verdict(&later).await.unwrap();
    assert_eq!(repo.list_verdicts().await.unwrap(), vec![later.clone()]);

    // The agency re-submits revision 2; importing it keeps revision 1 for the diff.
    let mut next = first.clone();
    next.reopen(revision_hash(&record), utc("2026-03-06T08:00:00Z"));
    next.name = "Antar Obat Plus".into();
    next.submit(utc("2026-03-06T09:00:00Z"));
    let next_record = InnovationRecord::from(&next);
    let batch =
        prepare(&repo, vec![bundle_file(next_record.clone(), "dinkes-2.zip")]).await.unwrap();
    repo.commit_import(&batch.commit("2026-03-07T08:00:00Z").unwrap()).await.unwrap();
    let id = first.id.to_string();
    let current = repo.get_innovation(&id).await.unwrap().unwrap();
    assert_eq!(current, next_record);
    let kept = repo.kept_revisions_of(&id).await.unwrap();
    assert_eq!(kept, vec![record.clone()]);
    assert!(
        repo.kept_revisions_of("00000000-0000-4000-8000-000000000000").await.unwrap().is_empty()
    );
    let reviewed = reviewed_record(&later, &current, &kept).unwrap();
    let paths: Vec<FieldPath> =
        diff_records(&catalog, reviewed, &current).into_iter().map(|c| c.path).collect();
    assert_eq!(paths, [FieldPath::Name]);
    repo.delete_database().await.unwrap();
}

#[wasm_bindgen_test]
async fn the_feedback_log_grows_per_bundle_and_refuses_a_newer_schema() {
    let repo = Repo::named(&format!("inovda-test-feedback-{}", js_sys::Math::random()));
    assert!(repo.feedback_log().await.unwrap().sent.is_empty());
    let entry = |agency: &str, file: &str| FeedbackSentDto {
        agency: agency.into(),
        file_name: file.into(),
        sent_at: "2026-03-04T09:00:00+07:00".into(),
        verdicts: 1,
    };
    repo.log_feedback(&entry("Dinas Kesehatan", "a.zip")).await.unwrap();
    repo.log_feedback(&entry("Dinas Pendidikan", "b.zip")).await.unwrap();
    repo.log_feedback(&entry("Dinas Kesehatan", "c.zip")).await.unwrap();
    let log = repo.feedback_log().await.unwrap();
    assert_eq!(log.sent.len(), 3);
    assert_eq!(log.last_for("Dinas Kesehatan").unwrap().file_name, "c.zip");
    assert!(log.last_for("Kecamatan Kademangan").is_none());

    repo.put_meta(FEEDBACK_LOG_KEY, &json!({ "schema_version": 99, "sent": [] })).await.unwrap();
    assert!(matches!(repo.feedback_log().await, Err(StorageError::Newer { version: 99, .. })));
    assert!(matches!(
        repo.log_feedback(&entry("Dinas Kesehatan", "d.zip")).await,
        Err(StorageError::Newer { version: 99, .. })
    ));
    repo.delete_database().await.unwrap();
}

//! The committed fixture bundle pins format version 2 byte for byte: the writer must still
//! produce it exactly, and the reader must still accept it (bundles in the field stay readable).

use std::path::PathBuf;

use inovda_core::InnovationRecord;
use inovda_core::base::hash::sha256_hex;
use inovda_core::exchange::bundle::{
    BundleContent, BundleKind, BundleMeta, SigningKey, read_bundle, write_bundle,
};
use inovda_core::model::innovation::{EvidenceFile, Innovation, InnovationId, Stage};

const EVIDENCE: &[u8] = b"%PDF-1.4 Surat Keputusan Kepala Daerah tentang Inovasi Si Ijol";

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/exchange/bundle/test-assets/submission-v2.zip")
}

fn build() -> Vec<u8> {
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-04T05:06:07Z")
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap();
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([0x11; 16]),
        "Dinas Pendidikan",
        "Kota Probolinggo",
        2026,
        now,
    );
    innovation.name = "Si Ijol".into();
    innovation.stage = Some(Stage::Implementation);
    innovation.design = "Sistem Informasi Ijazah Online".into();
    innovation.indicator_mut(16).evidence.push(EvidenceFile {
        sha256: sha256_hex(EVIDENCE),
        file_name: "SK-Inovasi.pdf".into(),
        media_type: "application/pdf".into(),
        size: EVIDENCE.len() as u32,
    });
    let meta = BundleMeta {
        kind: BundleKind::Submission,
        created_at: "2026-11-22T10:00:00+07:00".into(),
        region: "Kota Probolinggo".into(),
        agency: "Dinas Pendidikan".into(),
        year: 2026,
    };
    let content =
        BundleContent { records: vec![InnovationRecord::from(&innovation)], ..Default::default() };
    write_bundle(&meta, &content, &[EVIDENCE], &SigningKey::from_seed(&[0x42; 32])).unwrap()
}

#[test]
fn the_fixture_bundle_is_reproduced_byte_for_byte_and_verifies() {
    let path = fixture_path();
    if !path.exists() {
        // First run after a deliberate format change: write the fixture, then commit it.
        std::fs::write(&path, build()).unwrap();
    }
    let fixture = std::fs::read(&path).unwrap();
    let bundle = read_bundle(&fixture).unwrap();
    // The manifest names the app version, so only a build of the same version can reproduce it.
    if bundle.manifest.app_version == inovda_core::APP_VERSION {
        assert!(fixture == build(), "the writer no longer reproduces {}", path.display());
    }
    assert_eq!(bundle.records[0].name, "Si Ijol");
    assert_eq!(bundle.file_bytes(&fixture, &sha256_hex(EVIDENCE)), Some(EVIDENCE));
    assert_eq!(bundle.signer, SigningKey::from_seed(&[0x42; 32]).public_key());
    // The fingerprint of a key never changes between versions.
    assert_eq!(bundle.signer.fingerprint(), FINGERPRINT_OF_SEED_42);
}

const FINGERPRINT_OF_SEED_42: &str = "62BY-5QQ2-SD53-9D9R";

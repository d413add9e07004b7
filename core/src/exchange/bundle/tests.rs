//! Bundle tests: round trip, determinism, tampering, limits and import planning.

use crate::base::hash::{hex_decode, hex_encode, sha256_hex};
use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use chrono::{DateTime, Utc};

use super::*;
use crate::base::zip::ZipStream;
use crate::base::zone::Zone;
use crate::exchange::bundle::{BundleError, BundleErrorCode};
use crate::exchange::record::{InnovationRecord, revision_hash};
use crate::model::innovation::{EvidenceFile, Innovation, InnovationId, Stage};

const PDF: &[u8] = b"%PDF-1.4 surat keputusan inovasi";
const JPG: &[u8] = b"\xff\xd8\xff\xe0 foto kegiatan";

fn key() -> SigningKey {
    SigningKey::from_seed(&[42; 32])
}

fn evidence(bytes: &[u8], name: &str) -> EvidenceFile {
    EvidenceFile {
        sha256: sha256_hex(bytes),
        file_name: name.into(),
        media_type: "application/octet-stream".into(),
        size: bytes.len() as u32,
    }
}

fn innovation(seed: u8, name: &str) -> Innovation {
    let now = DateTime::parse_from_rfc3339("2026-03-04T05:06:07Z")
        .map(|t| t.with_timezone(&Utc))
        .expect("test data");
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([seed; 16]),
        "Diskominfo",
        "Kota Probolinggo",
        2026,
        now,
    );
    innovation.name = name.into();
    innovation.stage = Some(Stage::Trial);
    innovation
}

fn records() -> Vec<InnovationRecord> {
    let mut first = innovation(1, "Si Ijol");
    first.budget_file = Some(evidence(PDF, "anggaran.pdf"));
    first.indicator_mut(16).evidence.push(evidence(JPG, "foto.jpg"));
    let mut second = innovation(2, "Portal Emas");
    second.award_file = Some(evidence(PDF, "anggaran.pdf"));
    vec![InnovationRecord::from(&first), InnovationRecord::from(&second)]
}

fn meta() -> BundleMeta {
    BundleMeta {
        kind: BundleKind::Submission,
        created_at: "2026-11-22T10:00:00+00:00".into(),
        region: "Kota Probolinggo".into(),
        agency: "Diskominfo".into(),
        year: 2026,
    }
}

fn content() -> BundleContent {
    BundleContent { records: records(), ..BundleContent::default() }
}

fn bundle() -> Vec<u8> {
    write_bundle(&meta(), &content(), &[PDF, JPG], &key()).expect("test data")
}

/// Every entry of a ZIP, in archive order.
fn entries_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("test data");
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).expect("test data");
            let mut content = Vec::new();
            file.read_to_end(&mut content).expect("test data");
            (file.name().expect("test data").to_string(), content)
        })
        .collect()
}

fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = ZipStream::new(Vec::new());
    for (name, bytes) in entries {
        zip.add(name, bytes).expect("test data");
    }
    zip.finish().expect("test data")
}

/// Replaces the manifest with `edit(manifest)` signed by `signer`.
fn resigned(bytes: &[u8], signer: &SigningKey, edit: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let mut entries = entries_of(bytes);
    let mut manifest: serde_json::Value = serde_json::from_slice(&entries[0].1).expect("test data");
    edit(&mut manifest);
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).expect("test data");
    entries[1].1 = hex_encode(&signer.sign(&manifest_bytes)).into_bytes();
    entries[0].1 = manifest_bytes;
    zip_of(&entries)
}

fn code(result: Result<VerifiedBundle, BundleError>) -> BundleErrorCode {
    result.map(|_| ()).unwrap_err().code()
}

#[test]
fn file_names_are_ascii_slugs() {
    let at = DateTime::parse_from_rfc3339("2026-11-22T14:00:00Z")
        .expect("test data")
        .with_timezone(&Utc);
    assert_eq!(
        bundle_file_name("Dinas Pendidikan & Kebudayaan", at, Zone::Wib),
        "inovda-dinas-pendidikan-kebudayaan-20261122-2100-WIB.zip"
    );
    assert_eq!(
        bundle_file_name("<script>alert(1)</script>", at, Zone::Wit),
        "inovda-script-alert-1-script-20261122-2300-WIT.zip"
    );
    assert_eq!(bundle_file_name("   ", at, Zone::Wita), "inovda-instansi-20261122-2200-WITA.zip");
}

#[test]
fn a_bundle_made_before_seven_in_the_morning_wib_carries_that_local_date() {
    // 06.30 WIB on 2 December is still 1 December in UTC.
    let at = DateTime::parse_from_rfc3339("2026-12-01T23:30:00Z").expect("test data").to_utc();
    assert_eq!(
        bundle_file_name("Kelurahan Jati", at, Zone::Wib),
        "inovda-kelurahan-jati-20261202-0630-WIB.zip"
    );
}

#[test]
fn sha256_matches_a_known_vector() {
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(hex_decode("0aFf"), Some(vec![10, 255]));
    assert_eq!(hex_decode("+1"), None);
    assert_eq!(hex_decode("abc"), None);
}

#[test]
fn a_written_bundle_verifies_with_every_record_and_file() {
    let bytes = bundle();
    assert_eq!(&bytes[..2], b"PK");
    let verified = read_bundle(&bytes).expect("test data");
    assert_eq!(verified.manifest.format, FORMAT_NAME);
    assert_eq!(verified.manifest.format_version, 2);
    assert_eq!(verified.manifest.kind, BundleKind::Submission);
    assert_eq!(verified.signer, key().public_key());
    assert_eq!(verified.records, records());
    assert_eq!(verified.files.len(), 2);
    assert_eq!(verified.file_bytes(&bytes, &sha256_hex(PDF)), Some(PDF));
    assert_eq!(verified.file_bytes(&bytes, &sha256_hex(JPG)), Some(JPG));
    let names: Vec<String> = entries_of(&bytes).into_iter().map(|(name, _)| name).collect();
    assert_eq!(names[..2], ["manifest.json", "manifest.sig"]);
    assert!(names[2].starts_with("files/") && names[4].starts_with("records/"));
    // Any ZIP reader agrees local headers and central directory are consistent.
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("test data");
    archive.validate_header_consistency().expect("test data");
}

#[test]
fn streaming_and_in_memory_writers_give_identical_bytes_in_any_order() {
    let expected = bundle();
    let mut reversed = content();
    reversed.records.reverse();
    assert_eq!(
        write_bundle(&meta(), &reversed, &[JPG, PDF, JPG], &key()).expect("test data"),
        expected
    );

    let refs = evidence_refs(&records());
    let mut writer =
        BundleWriter::start(Vec::new(), &meta(), &content(), &refs, &key()).expect("test data");
    assert_eq!(writer.expected_len(), expected.len() as u64);
    while let Some(file) = writer.next_file().cloned() {
        let bytes = if file.sha256 == sha256_hex(PDF) { PDF } else { JPG };
        for chunk in bytes.chunks(3) {
            writer.write_file_chunk(chunk).expect("test data");
        }
        writer.finish_file().expect("test data");
    }
    assert_eq!(writer.finish().expect("test data"), expected);
}

#[test]
fn the_writer_refuses_bytes_that_do_not_match_their_announcement() {
    let refs = vec![FileRef { sha256: sha256_hex(PDF), size: PDF.len() as u64 }];
    let mut writer =
        BundleWriter::start(Vec::new(), &meta(), &content(), &refs, &key()).expect("test data");
    writer.write_file_chunk(JPG).expect("test data");
    assert!(matches!(writer.finish_file(), Err(BundleError::FileMismatch { .. })));
    let mut writer =
        BundleWriter::start(Vec::new(), &meta(), &content(), &refs, &key()).expect("test data");
    assert!(matches!(writer.write_file_chunk(&[0; 100]), Err(BundleError::FileMismatch { .. })));
    let writer =
        BundleWriter::start(Vec::new(), &meta(), &content(), &refs, &key()).expect("test data");
    assert!(matches!(writer.finish(), Err(BundleError::WriterState(_))));
    let mut wrong_kind = meta();
    wrong_kind.kind = BundleKind::Feedback;
    assert!(BundleWriter::start(Vec::new(), &wrong_kind, &content(), &[], &key()).is_err());
}

#[test]
fn an_empty_file_and_a_feedback_bundle_round_trip() {
    let bytes = write_bundle(&meta(), &content(), &[b""], &key()).expect("test data");
    let verified = read_bundle(&bytes).expect("test data");
    assert_eq!(verified.file_bytes(&bytes, &sha256_hex(b"")), Some(&b""[..]));

    let record = &records()[0];
    let verdict = VerdictRecord {
        schema_version: VERDICT_SCHEMA_VERSION,
        innovation_id: record.id.clone(),
        revision: record.revision,
        revision_hash: revision_hash(record),
        status: "perlu_revisi".into(),
        verified: vec![VerifiedLevel { number: 16, level: 1, note: "Foto buram".into() }],
        notes: "Lengkapi SK.".into(),
        decided_at: "2026-12-01T09:00:00+07:00".into(),
    };
    let feedback = BundleMeta { kind: BundleKind::Feedback, agency: "Bappeda".into(), ..meta() };
    let content = BundleContent { verdicts: vec![verdict.clone()], ..BundleContent::default() };
    let bytes = write_bundle(&feedback, &content, &[], &key()).expect("test data");
    let verified = read_bundle(&bytes).expect("test data");
    assert_eq!(verified.verdicts, vec![verdict]);
    assert!(verified.records.is_empty());

    let config = BundleMeta { kind: BundleKind::Config, ..feedback };
    let content =
        BundleContent { config: Some(br#"{"agencies":[]}"#.to_vec()), ..BundleContent::default() };
    let verified = read_bundle(&write_bundle(&config, &content, &[], &key()).expect("test data"))
        .expect("test data");
    assert_eq!(verified.config.as_deref(), Some(&br#"{"agencies":[]}"#[..]));
}

#[test]
fn award_and_jury_bundles_carry_one_document_each() {
    let award = BundleMeta { kind: BundleKind::Award, agency: "Bappeda".into(), ..meta() };
    let content = BundleContent { award: Some(br#"{"round":1}"#.to_vec()), ..Default::default() };
    let bytes = write_bundle(&award, &content, &[], &key()).expect("test data");
    let verified = read_bundle(&bytes).expect("test data");
    assert_eq!(verified.manifest.kind, BundleKind::Award);
    assert_eq!(verified.award.as_deref(), Some(&br#"{"round":1}"#[..]));
    assert!(verified.jury.is_none() && verified.config.is_none());
    // The entries' evidence travels beside award.json and is read back like a submission's.
    let bytes = write_bundle(&award, &content, &[PDF], &key()).expect("test data");
    let verified = read_bundle(&bytes).expect("test data");
    assert_eq!(verified.files.len(), 1);
    assert_eq!(verified.file_bytes(&bytes, &verified.files[0].sha256), Some(PDF));

    let jury = BundleMeta { kind: BundleKind::Jury, agency: "Dr. Sari".into(), ..meta() };
    let content = BundleContent { jury: Some(br#"{"sheet":1}"#.to_vec()), ..Default::default() };
    let verified = read_bundle(&write_bundle(&jury, &content, &[], &key()).expect("test data"))
        .expect("test data");
    assert_eq!(verified.jury.as_deref(), Some(&br#"{"sheet":1}"#[..]));

    // A document of another kind, two documents, records or files: refused by the writer.
    let wrong = [
        (BundleKind::Jury, BundleContent { award: Some(b"{}".to_vec()), ..Default::default() }),
        (
            BundleKind::Award,
            BundleContent {
                award: Some(b"{}".to_vec()),
                config: Some(b"{}".to_vec()),
                ..Default::default()
            },
        ),
        (BundleKind::Award, BundleContent { records: records(), ..Default::default() }),
        (BundleKind::Award, BundleContent { award: Some(b"[1]".to_vec()), ..Default::default() }),
        (
            BundleKind::Submission,
            BundleContent { jury: Some(b"{}".to_vec()), ..Default::default() },
        ),
    ];
    for (kind, content) in wrong {
        let meta = BundleMeta { kind, ..meta() };
        let error = write_bundle(&meta, &content, &[], &key()).map(|_| ()).unwrap_err();
        assert_eq!(error.code(), BundleErrorCode::WriterState, "{kind:?}");
    }
    // A jury sheet carries no files; an award package may carry the entries' evidence.
    let jury = BundleMeta { kind: BundleKind::Jury, ..meta() };
    let content = BundleContent { jury: Some(b"{}".to_vec()), ..Default::default() };
    let error = write_bundle(&jury, &content, &[PDF], &key()).map(|_| ()).unwrap_err();
    assert_eq!(error.code(), BundleErrorCode::WriterState);
}

/// What an import would take from a bundle: equal for equal imports.
fn imported(
    bytes: &[u8],
    verified: &VerifiedBundle,
) -> (Manifest, Vec<InnovationRecord>, Vec<Vec<u8>>) {
    let files = verified
        .files
        .iter()
        .map(|file| verified.file_bytes(bytes, &file.sha256).expect("test data").to_vec())
        .collect();
    (verified.manifest.clone(), verified.records.clone(), files)
}

#[test]
fn every_single_byte_change_is_detected_or_changes_nothing_imported() {
    let original = bundle();
    let expected = imported(&original, &read_bundle(&original).expect("test data"));
    let mut accepted = 0;
    for position in 0..original.len() {
        for flip in [0x01u8, 0x80] {
            let mut bytes = original.clone();
            bytes[position] ^= flip;
            if let Ok(verified) = read_bundle(&bytes) {
                accepted += 1;
                assert_eq!(imported(&bytes, &verified), expected, "byte {position} ^ {flip:#x}");
            }
        }
    }
    // Only ZIP metadata that no import reads (times, attributes, "made by") may change.
    assert!(accepted < original.len() / 4, "{accepted} of {} flips accepted", original.len());
}

#[test]
fn truncated_files_are_refused_as_damaged() {
    let original = bundle();
    for length in (0..original.len()).step_by(7).chain([original.len() - 1]) {
        let result = read_bundle(&original[..length]);
        assert!(result.is_err(), "truncated at {length}");
    }
    assert_eq!(code(read_bundle(b"not a zip")), BundleErrorCode::Damaged);
    assert_eq!(code(read_bundle(&original[..original.len() / 2])), BundleErrorCode::Damaged);
}

#[test]
fn a_record_file_or_manifest_changed_after_signing_is_refused() {
    let original = bundle();
    let mut entries = entries_of(&original);
    let record =
        entries.iter().position(|(name, _)| name.starts_with("records/")).expect("test data");
    let text = String::from_utf8(entries[record].1.clone())
        .expect("test data")
        .replace("Si Ijol", "Si Jago");
    entries[record].1 = text.into_bytes();
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::Modified);

    let mut entries = entries_of(&original);
    let file = entries.iter().position(|(name, _)| name.starts_with("files/")).expect("test data");
    entries[file].1[0] ^= 1;
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::Modified);

    let mut entries = entries_of(&original);
    entries[0].1 = String::from_utf8(entries[0].1.clone())
        .expect("test data")
        .replace("Diskominfo", "Diskominfa")
        .into_bytes();
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::BadSignature);

    let mut entries = entries_of(&original);
    entries.remove(record);
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::MissingEntry);
    let mut entries = entries_of(&original);
    entries.remove(1);
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::MissingSignature);
    let mut entries = entries_of(&original);
    entries.remove(0);
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::MissingManifest);
}

#[test]
fn a_signature_by_another_key_is_refused() {
    let original = bundle();
    let other = SigningKey::from_seed(&[9; 32]);
    // Signed by another key than the manifest names.
    let forged = resigned(&original, &other, |_| {});
    assert_eq!(code(read_bundle(&forged)), BundleErrorCode::BadSignature);
    // Consistently re-signed with another key: valid, but the import plan sees the new key.
    let rekeyed = resigned(&original, &other, |manifest| {
        manifest["signer_public_key"] = other.public_key().to_hex().into();
    });
    assert_eq!(read_bundle(&rekeyed).expect("test data").signer, other.public_key());
    let mut entries = entries_of(&original);
    entries[1].1 = b"00".repeat(64);
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::BadSignature);
    let bad_key = resigned(&original, &other, |manifest| {
        manifest["signer_public_key"] = "00".repeat(32).into();
    });
    assert_eq!(code(read_bundle(&bad_key)), BundleErrorCode::InvalidManifest);
}

#[test]
fn versions_other_than_2_and_foreign_manifests_are_refused_with_their_reason() {
    let original = bundle();
    let future = resigned(&original, &key(), |m| m["format_version"] = 3.into());
    assert!(matches!(
        read_bundle(&future),
        Err(BundleError::FutureVersion { found: 3, supported: 2 })
    ));
    let old = resigned(&original, &key(), |m| m["format_version"] = 1.into());
    assert_eq!(code(read_bundle(&old)), BundleErrorCode::UnsignedVersion);
    let foreign = resigned(&original, &key(), |m| m["format"] = "other".into());
    assert_eq!(code(read_bundle(&foreign)), BundleErrorCode::NotABundle);
    let extra = resigned(&original, &key(), |m| m["surprise"] = 1.into());
    assert_eq!(code(read_bundle(&extra)), BundleErrorCode::InvalidManifest);
    let unsorted = resigned(&original, &key(), |m| {
        m["entries"].as_array_mut().expect("test data").reverse();
    });
    assert_eq!(code(read_bundle(&unsorted)), BundleErrorCode::InvalidManifest);
    let wrong_kind = resigned(&original, &key(), |m| m["kind"] = "feedback".into());
    assert_eq!(code(read_bundle(&wrong_kind)), BundleErrorCode::InvalidManifest);
}

#[test]
fn unsafe_duplicate_and_unexpected_entries_are_refused() {
    let original = bundle();
    for name in
        ["../evil.json", "/etc/passwd", "records\\x.json", "a//b", "C:/x", "./x", "records/"]
    {
        let mut entries = entries_of(&original);
        entries.push((name.to_owned(), b"x".to_vec()));
        assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::UnsafePath, "{name}");
    }
    let mut entries = entries_of(&original);
    entries.push(("notes.txt".into(), b"hi".to_vec()));
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::UnexpectedEntry);
    let mut entries = entries_of(&original);
    entries.push(entries[3].clone());
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::DuplicateEntry);
    let mut entries = entries_of(&original);
    entries.insert(0, entries[0].clone());
    assert_eq!(code(read_bundle(&zip_of(&entries))), BundleErrorCode::DuplicateEntry);
}

#[test]
fn bombs_and_oversized_bundles_are_refused_before_inflating() {
    use std::io::Write;

    use zip::write::SimpleFileOptions;

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("manifest.json", options).expect("test data");
    zip.write_all(&vec![b' '; 20 << 20]).expect("test data");
    let bomb = zip.finish().expect("test data").into_inner();
    assert!(bomb.len() < 100_000);
    assert_eq!(code(read_bundle(&bomb)), BundleErrorCode::SuspiciousCompression);

    let original = bundle();
    let tight = ReadLimits { max_total_size: 1_000, ..ReadLimits::default() };
    assert_eq!(code(verify_bundle(Cursor::new(&original), &tight)), BundleErrorCode::TooLarge);
    let few = ReadLimits { max_entries: 3, ..ReadLimits::default() };
    assert_eq!(code(verify_bundle(Cursor::new(&original), &few)), BundleErrorCode::TooManyEntries);
    let small_json = ReadLimits { max_json_size: 100, ..ReadLimits::default() };
    assert_eq!(code(verify_bundle(Cursor::new(&original), &small_json)), BundleErrorCode::TooLarge);
}

#[test]
fn deflated_json_entries_and_prepended_bytes_still_verify() {
    use std::io::Write;

    use zip::write::SimpleFileOptions;

    let original = bundle();
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries_of(&original) {
        let method = if name.starts_with("files/") {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        zip.start_file(name, SimpleFileOptions::default().compression_method(method))
            .expect("test data");
        zip.write_all(&bytes).expect("test data");
    }
    let repacked = zip.finish().expect("test data").into_inner();
    let verified = read_bundle(&repacked).expect("test data");
    assert_eq!(
        imported(&repacked, &verified),
        imported(&original, &read_bundle(&original).expect("test data"))
    );

    let mut prefixed = b"junk before the archive".to_vec();
    prefixed.extend_from_slice(&original);
    let verified = read_bundle(&prefixed).expect("test data");
    assert_eq!(verified.file_bytes(&prefixed, &sha256_hex(PDF)), Some(PDF));

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries_of(&original) {
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file(name, options).expect("test data");
        zip.write_all(&bytes).expect("test data");
    }
    let deflated_files = zip.finish().expect("test data").into_inner();
    assert_eq!(code(read_bundle(&deflated_files)), BundleErrorCode::UnsupportedEntry);
}

// Import planning.

fn verified(records: Vec<InnovationRecord>, signer: &SigningKey) -> VerifiedBundle {
    let content = BundleContent { records, ..BundleContent::default() };
    read_bundle(&write_bundle(&meta(), &content, &[PDF, JPG], signer).expect("test data"))
        .expect("test data")
}

fn actions(plan: &ImportPlan) -> Vec<RecordAction> {
    plan.records.iter().map(|item| item.action.clone()).collect()
}

#[test]
fn importing_the_same_bundle_twice_changes_nothing() {
    let bundle = verified(records(), &key());
    let mut local = LocalState::default();
    let plan = plan_import(&bundle, &local);
    assert_eq!(plan.signer_status, SignerStatus::FirstUse);
    assert_eq!(actions(&plan), [RecordAction::New, RecordAction::New]);
    assert_eq!(plan.files_to_store.len(), 2);
    assert!(plan.missing_files.is_empty());
    assert!(!plan.changes_nothing());
    local.apply(&bundle, &plan).expect("test data");

    let again = plan_import(&bundle, &local);
    assert_eq!(again.signer_status, SignerStatus::Known);
    assert_eq!(actions(&again), [RecordAction::Unchanged, RecordAction::Unchanged]);
    assert!(again.changes_nothing());
    assert_eq!(again.counts(), PlanCounts { unchanged: 2, ..PlanCounts::default() });
}

#[test]
fn successors_update_and_diverged_edits_conflict_and_both_are_kept() {
    let first = verified(records(), &key());
    let mut local = LocalState::default();
    local.apply(&first, &plan_import(&first, &local)).expect("test data");

    let base = first.records[0].to_domain().expect("test data");
    let mut next = base.clone();
    next.reopen(revision_hash(&first.records[0]), base.updated_at);
    next.name = "Si Ijol Plus".into();
    next.submit(base.updated_at);
    let mut diverged = base.clone();
    diverged.name = "Si Ijol (salinan)".into();
    diverged.submit(base.updated_at);

    let update = verified(vec![InnovationRecord::from(&next)], &key());
    let plan = plan_import(&update, &local);
    assert_eq!(actions(&plan), [RecordAction::Update]);
    let conflict = verified(vec![InnovationRecord::from(&diverged)], &key());
    let conflict_plan = plan_import(&conflict, &local);
    assert_eq!(actions(&conflict_plan), [RecordAction::Conflict]);
    assert_eq!(conflict_plan.counts().conflicts, 1);

    local.apply(&update, &plan).expect("test data");
    // The superseded revision arriving late is older, not a conflict.
    assert_eq!(actions(&plan_import(&first, &local))[0], RecordAction::Older);
    local.apply(&conflict, &plan_import(&conflict, &local)).expect("test data");
    assert_eq!(actions(&plan_import(&conflict, &local)), [RecordAction::Unchanged]);
}

#[test]
fn records_of_other_agencies_and_invalid_values_are_rejected_with_reasons() {
    let mut list = records();
    list[0].agency = "Dinas Kesehatan".into();
    list[1].stage = Some("selesai".into());
    let bundle = verified(list, &key());
    let plan = plan_import(&bundle, &LocalState::default());
    assert_eq!(plan.records[0].action, RecordAction::Rejected(RejectReason::ForeignAgency));
    assert!(matches!(plan.records[1].action, RecordAction::Rejected(RejectReason::Invalid(_))));
    assert_eq!(plan.counts().rejected, 2);
    assert!(plan.files_to_store.is_empty());
}

#[test]
fn a_changed_signer_key_blocks_the_import_until_confirmed() {
    let first = verified(records(), &key());
    let mut local = LocalState::default();
    local.apply(&first, &plan_import(&first, &local)).expect("test data");
    let other = SigningKey::from_seed(&[7; 32]);
    let rekeyed = verified(records(), &other);
    let mut plan = plan_import(&rekeyed, &local);
    assert_eq!(plan.signer_status, SignerStatus::Changed { previous: key().public_key() });
    assert!(plan.is_blocked());
    let before = local.clone();
    assert_eq!(local.apply(&rekeyed, &plan), Err(ImportBlocked));
    assert_eq!(local, before);
    plan.confirm_new_key();
    assert_eq!(plan.signer_to_remember().map(|(_, key)| *key), Some(other.public_key()));
    local.apply(&rekeyed, &plan).expect("test data");
    assert_eq!(plan_import(&rekeyed, &local).signer_status, SignerStatus::Known);
}

#[test]
fn verdicts_never_touch_records_and_a_later_decision_replaces_an_earlier_one() {
    let submission = verified(records(), &key());
    let mut agency = LocalState::default();
    agency.apply(&submission, &plan_import(&submission, &agency)).expect("test data");
    let record = &submission.records[0];
    let verdict = |status: &str, at: &str| VerdictRecord {
        schema_version: VERDICT_SCHEMA_VERSION,
        innovation_id: record.id.clone(),
        revision: record.revision,
        revision_hash: revision_hash(record),
        status: status.into(),
        verified: vec![],
        notes: String::new(),
        decided_at: at.into(),
    };
    let feedback = |verdicts: Vec<VerdictRecord>| {
        let meta = BundleMeta { kind: BundleKind::Feedback, agency: "Bappeda".into(), ..meta() };
        let content = BundleContent { verdicts, ..BundleContent::default() };
        read_bundle(&write_bundle(&meta, &content, &[], &key()).expect("test data"))
            .expect("test data")
    };
    let first = feedback(vec![verdict("perlu_revisi", "2026-12-01T09:00:00+07:00")]);
    let plan = plan_import(&first, &agency);
    assert_eq!(plan.verdicts[0].action, VerdictAction::New);
    assert_eq!(plan.signer.agency, "Bappeda");
    let records_before = agency.records.clone();
    agency.apply(&first, &plan).expect("test data");
    assert_eq!(agency.records, records_before);
    assert!(plan_import(&first, &agency).changes_nothing());

    let later = feedback(vec![verdict("diverifikasi", "2026-12-02T09:00:00+07:00")]);
    assert_eq!(plan_import(&later, &agency).verdicts[0].action, VerdictAction::Update);
    let earlier = feedback(vec![verdict("ditolak", "2026-11-30T09:00:00+07:00")]);
    assert_eq!(plan_import(&earlier, &agency).verdicts[0].action, VerdictAction::Older);
    let mut stranger = verdict("ditolak", "2026-12-02T09:00:00+07:00");
    stranger.revision_hash = "cd".repeat(32);
    assert_eq!(
        plan_import(&feedback(vec![stranger]), &agency).verdicts[0].action,
        VerdictAction::Rejected(RejectReason::RevisionMismatch)
    );
    assert_eq!(
        plan_import(&first, &LocalState::default()).verdicts[0].action,
        VerdictAction::Rejected(RejectReason::UnknownInnovation)
    );
}

#[test]
fn a_batch_plans_each_bundle_after_the_ones_before_it() {
    let first = verified(records(), &key());
    let base = first.records[0].to_domain().expect("test data");
    let mut next = base.clone();
    next.reopen(revision_hash(&first.records[0]), base.updated_at);
    next.name = "Si Ijol Plus".into();
    next.submit(base.updated_at);
    let update = verified(vec![InnovationRecord::from(&next)], &key());
    let rekeyed = verified(records(), &SigningKey::from_seed(&[9; 32]));

    // The same file twice, then its successor, then a copy signed by another key.
    let batch = [Some(&first), Some(&first), None, Some(&update), Some(&rekeyed)];
    let plans = plan_batch(&LocalState::default(), &batch, &BTreeSet::new());
    let plan = |i: usize| plans[i].as_ref().expect("verified files plan");
    assert_eq!(actions(plan(0)), [RecordAction::New, RecordAction::New]);
    assert!(plan(1).changes_nothing());
    assert!(plans[2].is_none());
    assert_eq!(actions(plan(3)), [RecordAction::Update]);
    assert!(plan(4).is_blocked());
    assert!(plan(4).writes(&rekeyed).is_empty(), "a blocked plan writes nothing");

    let writes = plan(0).writes(&first);
    assert_eq!(writes.current.len(), 2);
    assert_eq!(writes.files.len(), 2);
    assert!(writes.conflicts.is_empty() && writes.verdicts.is_empty());
    assert!(plan(1).writes(&first).is_empty());
    let update_writes = plan(3).writes(&update);
    assert_eq!(update_writes.current[0].name, "Si Ijol Plus");
    assert!(update_writes.files.is_empty(), "the evidence came with the first file");

    let confirmed = BTreeSet::from([4]);
    let plans = plan_batch(&LocalState::default(), &batch, &confirmed);
    let rekeyed_plan = plans[4].as_ref().expect("verified files plan");
    assert!(!rekeyed_plan.is_blocked());
    // Its records are the first revision, which the update in the batch already superseded.
    assert_eq!(actions(rekeyed_plan), [RecordAction::Older, RecordAction::Unchanged]);
}

#[test]
fn conflict_copies_are_written_apart_from_the_current_record() {
    let first = verified(records(), &key());
    let mut local = LocalState::default();
    local.apply(&first, &plan_import(&first, &local)).expect("test data");
    let mut diverged = first.records[0].to_domain().expect("test data");
    diverged.name = "Si Ijol (salinan)".into();
    let conflict = verified(vec![InnovationRecord::from(&diverged)], &key());
    let plan = plan_import(&conflict, &local);
    let writes = plan.writes(&conflict);
    assert!(writes.current.is_empty());
    assert_eq!(writes.conflicts.len(), 1);
    assert_eq!(writes.conflicts[0].name, "Si Ijol (salinan)");
}

#[test]
fn the_size_announced_before_writing_is_the_size_written() {
    let content = content();
    let files = evidence_refs(&content.records);
    assert_eq!(files.len(), 2);
    let size = bundle_size(&meta(), &content, &files, &key()).expect("test data");
    assert_eq!(size, bundle().len() as u64);
}

#[test]
fn the_default_export_is_what_was_submitted_this_year_by_the_sender() {
    let mut list = records();
    list[0].status = "diajukan".into();
    list[1].status = "draf".into();
    assert!(selected_by_default(&list[0], list[0].year));
    assert!(!selected_by_default(&list[0], list[0].year + 1));
    assert!(!selected_by_default(&list[1], list[1].year));
    assert!(sent_by(&list[0], &list[0].region, &list[0].agency));
    assert!(!sent_by(&list[0], &list[0].region, "Dinas Lain"));
}

#[test]
fn a_labinov_commitment_file_travels_with_its_record_and_is_planned_for_storage() {
    use crate::model::labinov::{ArtefactKind, LabStage, LabinovConfig};
    const PAKTA: &[u8] = b"%PDF-1.7 pakta integritas ditandatangani";
    let mut lab = innovation(3, "Si Sehat");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("test data");
    lab.attach(
        crate::model::innovation::EvidenceTarget::Labinov(
            LabStage::Design,
            ArtefactKind::Commitment,
        ),
        evidence(PAKTA, "Pakta Integritas.pdf"),
    );
    if let Some(track) = lab.labinov.as_mut() {
        track.move_to(Some(LabStage::Design), day);
    }
    let records = vec![InnovationRecord::from(&lab)];
    assert_eq!(evidence_refs(&records), [FileRef { sha256: sha256_hex(PAKTA), size: 40 }]);
    let content = BundleContent { records, ..BundleContent::default() };
    let bytes = write_bundle(&meta(), &content, &[PAKTA], &key()).expect("test data");
    let bundle = read_bundle(&bytes).expect("test data");
    let plan = plan_import(&bundle, &LocalState::default());
    assert_eq!(plan.files_to_store, [sha256_hex(PAKTA)]);
    assert!(plan.missing_files.is_empty());
    let file = &plan.writes(&bundle).files[0];
    let start = usize::try_from(file.offset).expect("test data");
    assert_eq!(&bytes[start..start + PAKTA.len()], PAKTA, "byte-identical in the bundle");
    let received = bundle.records[0].to_domain().expect("test data");
    let track = received.labinov.expect("test data");
    assert_eq!(track.stage, Some(LabStage::Design));
    assert!(track.commitments(&LabinovConfig::default())[0].is_signed());
    // Without its file the record is still planned, and the file is reported missing.
    let bare = write_bundle(&meta(), &content, &[], &key()).expect("test data");
    let plan = plan_import(&read_bundle(&bare).expect("test data"), &LocalState::default());
    assert_eq!(plan.missing_files, [sha256_hex(PAKTA)]);
}

// What an import batch writes.

fn batch_commit(stored: &[InnovationRecord], files: &[(&str, &VerifiedBundle)]) -> ImportCommit {
    let bundles: Vec<Option<&VerifiedBundle>> = files.iter().map(|(_, b)| Some(*b)).collect();
    let local = LocalState::from_records(stored);
    let plans = plan_batch(&local, &bundles, &BTreeSet::new());
    let batch: Vec<BatchFile> = files
        .iter()
        .zip(&plans)
        .map(|((name, bundle), plan)| BatchFile {
            file_name: name,
            bundle,
            plan: plan.as_ref().expect("verified files plan"),
        })
        .collect();
    import_commit(stored, &batch, "2026-12-07T08:00:00+07:00")
}

fn successor(of: &InnovationRecord, name: &str) -> InnovationRecord {
    let base = of.to_domain().expect("test data");
    let mut next = base.clone();
    next.reopen(revision_hash(of), base.updated_at);
    next.name = name.into();
    next.submit(base.updated_at);
    InnovationRecord::from(&next)
}

#[test]
fn an_import_batch_lists_every_write_with_its_key_and_schema_version() {
    let first = verified(records(), &key());
    let second = successor(&first.records[0], "Si Ijol Plus");
    let third = successor(&second, "Si Ijol Prima");
    let update = verified(vec![second.clone()], &key());
    let again = verified(vec![third.clone()], &key());

    let commit = batch_commit(
        &[],
        &[("a.zip", &first), ("a.zip", &first), ("b.zip", &update), ("c.zip", &again)],
    );
    let names: Vec<&str> = commit.records.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Si Ijol", "Portal Emas", "Si Ijol Plus", "Si Ijol Prima"]);
    // Each replaced revision is kept once, as history, under its hash, named by the file
    // that replaced it: the first one and the one the same batch wrote before.
    let kept: Vec<(&str, RevisionKind, &str, &str)> = commit
        .revisions
        .iter()
        .map(|(key, kept)| {
            (key.as_str(), kept.kind, kept.source.as_str(), kept.record.name.as_str())
        })
        .collect();
    let first_hash = revision_hash(&first.records[0]);
    let second_hash = revision_hash(&second);
    assert_eq!(
        kept,
        [
            (first_hash.as_str(), RevisionKind::Superseded, "b.zip", "Si Ijol"),
            (second_hash.as_str(), RevisionKind::Superseded, "c.zip", "Si Ijol Plus"),
        ]
    );
    assert!(commit.revisions.iter().all(|(_, r)| r.schema_version == KEPT_REVISION_SCHEMA_VERSION));
    // Evidence is copied once, from the first file that holds it.
    assert_eq!(commit.files.len(), 2);
    assert!(commit.files.iter().all(|file| file.file == 0));
    // Each innovation is expected as planned (nothing stored), once.
    assert_eq!(commit.expected.len(), 2);
    assert!(commit.expected.iter().all(|(_, hash)| hash.is_none()));
    // The signer is trusted once; every file that was not blocked is logged.
    assert_eq!(commit.signers.len(), 1);
    assert_eq!(commit.signers[0].0, signer_key("Kota Probolinggo", "Diskominfo"));
    assert_eq!(commit.signers[0].1.schema_version, TRUSTED_SIGNER_SCHEMA_VERSION);
    let logs: Vec<(&str, u32, u32)> =
        commit.logs.iter().map(|(_, log)| (log.file_name.as_str(), log.new, log.updated)).collect();
    assert_eq!(logs, [("a.zip", 2, 0), ("a.zip", 0, 0), ("b.zip", 0, 1), ("c.zip", 0, 1)]);
    assert_eq!(commit.logs[0].0, "2026-12-07T08:00:00+07:00|Diskominfo|a.zip");
    assert!(commit.logs.iter().all(|(_, log)| log.schema_version == IMPORT_LOG_SCHEMA_VERSION));
}

#[test]
fn a_stored_record_replaced_by_its_successor_is_kept_and_conflicts_sit_apart() {
    let stored = records();
    let update = verified(vec![successor(&stored[0], "Si Ijol Plus")], &key());
    let mut diverged = stored[1].to_domain().expect("test data");
    diverged.name = "Portal Emas (salinan)".into();
    let conflict = verified(vec![InnovationRecord::from(&diverged)], &key());

    let commit = batch_commit(&stored, &[("u.zip", &update), ("k.zip", &conflict)]);
    assert_eq!(commit.records.len(), 1);
    assert_eq!(commit.expected, [(stored[0].id.clone(), Some(revision_hash(&stored[0])))]);
    let kinds: Vec<(RevisionKind, &str)> =
        commit.revisions.iter().map(|(_, r)| (r.kind, r.record.name.as_str())).collect();
    assert_eq!(
        kinds,
        [(RevisionKind::Superseded, "Si Ijol"), (RevisionKind::Conflict, "Portal Emas (salinan)")]
    );
    // The receiver holds no evidence yet: each file is copied once, from the first bundle.
    assert_eq!(commit.files.len(), 2);
    assert!(commit.files.iter().all(|file| file.file == 0));

    let (key, copy) = commit.revisions[1].clone();
    let dismissed = resolve_conflict(
        &key,
        copy.clone(),
        Some(stored[1].clone()),
        Resolution::KeepCurrent,
        "t2",
    );
    assert_eq!(dismissed.record, None);
    assert_eq!(dismissed.revisions[0].0, key);
    assert_eq!(
        (dismissed.revisions[0].1.kind, dismissed.revisions[0].1.kept_at.as_str()),
        (RevisionKind::Dismissed, "t2")
    );

    let used = resolve_conflict(&key, copy, Some(stored[1].clone()), Resolution::UseCopy, "t2");
    assert_eq!(used.record.as_ref().map(|r| r.name.as_str()), Some("Portal Emas (salinan)"));
    assert_eq!(used.remove.as_deref(), Some(key.as_str()));
    assert_eq!(used.revisions[0].0, revision_hash(&stored[1]));
    assert_eq!(used.revisions[0].1.kind, RevisionKind::Superseded);

    // A revision that is not a conflict copy (already resolved) writes nothing.
    let history = commit.revisions[0].1.clone();
    assert_eq!(
        resolve_conflict("x", history, None, Resolution::UseCopy, "t3"),
        ConflictWrites::default()
    );
}

#[test]
fn a_blocked_file_writes_nothing_not_even_its_log() {
    let first = verified(records(), &key());
    let stored = records();
    let mut local = LocalState::from_records(&stored);
    let plan = plan_import(&first, &local);
    local.apply(&first, &plan).expect("test data");
    let rekeyed = verified(records(), &SigningKey::from_seed(&[9; 32]));
    let blocked = plan_import(&rekeyed, &local);
    assert!(blocked.is_blocked());
    let batch = [BatchFile { file_name: "x.zip", bundle: &rekeyed, plan: &blocked }];
    assert_eq!(import_commit(&stored, &batch, "t"), ImportCommit::default());
}

#[test]
fn a_submission_carries_kipp_proposals_of_its_records_into_the_commit() {
    let records = records();
    let proposal =
        br#"{"schema_version":1,"innovation_id":"x","texts":{"ringkasan":"Ringkas."}}"#.to_vec();
    let with = BundleContent {
        records: records.clone(),
        proposals: vec![(records[0].id.clone(), proposal.clone())],
        ..BundleContent::default()
    };
    let bytes = write_bundle(&meta(), &with, &[PDF, JPG], &key()).expect("test data");
    let verified = read_bundle(&bytes).expect("test data");
    assert_eq!(verified.proposals, vec![(records[0].id.clone(), proposal.clone())]);
    // Imported with its record, unchanged or not: the shell keeps the newer proposal.
    let commit = batch_commit(&[], &[("a.zip", &verified)]);
    assert_eq!(commit.proposals, vec![(records[0].id.clone(), proposal.clone())]);
    let again = batch_commit(&records, &[("a.zip", &verified)]);
    assert_eq!(again.proposals.len(), 1);
    assert!(!again.stores_nothing());

    // A proposal without its record, one that is not a JSON object, or one in another kind.
    let orphan = BundleContent {
        records: records[1..].to_vec(),
        proposals: vec![(records[0].id.clone(), proposal.clone())],
        ..BundleContent::default()
    };
    let not_object = BundleContent {
        records: records.clone(),
        proposals: vec![(records[0].id.clone(), b"[1]".to_vec())],
        ..BundleContent::default()
    };
    for (kind, content) in [(BundleKind::Submission, orphan), (BundleKind::Submission, not_object)]
    {
        let meta = BundleMeta { kind, ..meta() };
        let error = write_bundle(&meta, &content, &[PDF, JPG], &key()).map(|_| ()).unwrap_err();
        assert_eq!(error.code(), BundleErrorCode::WriterState);
    }
    let feedback = BundleMeta { kind: BundleKind::Feedback, ..meta() };
    let content = BundleContent {
        proposals: vec![(records[0].id.clone(), proposal)],
        ..BundleContent::default()
    };
    let error = write_bundle(&feedback, &content, &[], &key()).map(|_| ()).unwrap_err();
    assert_eq!(error.code(), BundleErrorCode::WriterState);
}

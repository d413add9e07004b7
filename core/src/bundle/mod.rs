//! Bundles: the ZIP files that carry innovations between agencies and the secretariat.
//!
//! A bundle holds `manifest.json` and `records/<uuid>.json`, one per innovation.
//! The manifest lists every entry with its SHA-256 and size; a reader checks all of them.
//! Building is deterministic: the same input always gives byte-identical bytes
//! (entries sorted, fixed ZIP timestamps). Signatures and evidence files come with format v2.

mod manifest;
mod read;
mod write;

pub use manifest::{BundleKind, FORMAT_NAME, FORMAT_VERSION, Manifest, ManifestEntry};
pub use read::{ReadBundle, read_bundle};
pub use write::{BundleMeta, write_bundle};

/// A file name safe on every system: `inovda-<agency-slug>-<yyyymmdd-hhmm>.zip` (UTC time).
pub fn bundle_file_name(agency: &str, created_at: chrono::DateTime<chrono::Utc>) -> String {
    let lowered: String = agency
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let slug = lowered.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-");
    let slug: String =
        if slug.is_empty() { "instansi".to_owned() } else { slug.chars().take(40).collect() };
    format!("inovda-{slug}-{}.zip", created_at.format("%Y%m%d-%H%M"))
}

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;
    use crate::innovation::{Innovation, InnovationId, Stage};
    use crate::record::InnovationRecord;

    fn records() -> Vec<InnovationRecord> {
        let now = DateTime::parse_from_rfc3339("2026-03-04T05:06:07Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap();
        [("Si Ijol", 1u8), ("Portal Emas", 2)]
            .iter()
            .map(|(name, seed)| {
                let mut innovation = Innovation::new(
                    InnovationId::from_random_bytes([*seed; 16]),
                    "Diskominfo",
                    "Kota Probolinggo",
                    2026,
                    now,
                );
                innovation.name = (*name).into();
                innovation.stage = Some(Stage::Trial);
                InnovationRecord::from(&innovation)
            })
            .collect()
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

    #[test]
    fn file_names_are_ascii_slugs() {
        let at = DateTime::parse_from_rfc3339("2026-11-22T14:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(
            bundle_file_name("Dinas Pendidikan & Kebudayaan", at),
            "inovda-dinas-pendidikan-kebudayaan-20261122-1400.zip"
        );
        assert_eq!(
            bundle_file_name("<script>alert(1)</script>", at),
            "inovda-script-alert-1-script-20261122-1400.zip"
        );
        assert_eq!(bundle_file_name("   ", at), "inovda-instansi-20261122-1400.zip");
    }

    #[test]
    fn sha256_matches_a_known_vector() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_written_bundle_reads_back_with_every_record() {
        let bytes = write_bundle(&meta(), &records()).unwrap();
        assert_eq!(&bytes[..2], b"PK");
        let bundle = read_bundle(&bytes).unwrap();
        assert_eq!(bundle.manifest.format, FORMAT_NAME);
        assert_eq!(bundle.manifest.kind, BundleKind::Submission);
        assert_eq!(bundle.manifest.records.len(), 2);
        let mut names: Vec<_> = bundle.records.iter().map(|r| r.name.as_str()).collect();
        names.sort();
        assert_eq!(names, ["Portal Emas", "Si Ijol"]);
    }

    #[test]
    fn the_same_input_gives_identical_bytes_in_any_order() {
        let mut reversed = records();
        reversed.reverse();
        assert_eq!(
            write_bundle(&meta(), &records()).unwrap(),
            write_bundle(&meta(), &reversed).unwrap()
        );
    }

    #[test]
    fn a_tampered_record_is_refused() {
        use std::io::{Cursor, Read, Write};

        let bytes = write_bundle(&meta(), &records()).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for index in 0..archive.len() {
            let mut file = archive.by_index(index).unwrap();
            let name = file.name().unwrap().to_string();
            let mut content = String::new();
            file.read_to_string(&mut content).unwrap();
            if name.starts_with("records/") {
                content = content.replace("Si Ijol", "Si Jago");
            }
            out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(content.as_bytes()).unwrap();
        }
        let tampered = out.finish().unwrap().into_inner();
        assert!(matches!(read_bundle(&tampered), Err(crate::BundleError::ChecksumMismatch { .. })));
        assert!(matches!(read_bundle(b"not a zip"), Err(crate::BundleError::Zip(_))));
    }
}

//! Building a bundle from records, deterministically.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::manifest::{BundleKind, FORMAT_NAME, FORMAT_VERSION, Manifest, ManifestEntry};
use super::sha256_hex;
use crate::error::BundleError;
use crate::record::InnovationRecord;

/// What the caller says about the bundle (the time included: core reads no clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleMeta {
    pub kind: BundleKind,
    pub created_at: String,
    pub region: String,
    pub agency: String,
    pub year: u16,
}

fn options() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644)
}

/// Writes `manifest.json` and one `records/<uuid>.json` per record into a ZIP.
pub fn write_bundle(
    meta: &BundleMeta,
    records: &[InnovationRecord],
) -> Result<Vec<u8>, BundleError> {
    let mut entries: Vec<(String, Vec<u8>)> = records
        .iter()
        .map(|record| (format!("records/{}.json", record.id), record.to_json()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let manifest = Manifest {
        format: FORMAT_NAME.to_owned(),
        format_version: FORMAT_VERSION,
        kind: meta.kind,
        created_at: meta.created_at.clone(),
        app_version: crate::APP_VERSION.to_owned(),
        region: meta.region.clone(),
        agency: meta.agency.clone(),
        year: meta.year,
        records: entries
            .iter()
            .map(|(path, bytes)| ManifestEntry {
                path: path.clone(),
                sha256: sha256_hex(bytes),
                size: bytes.len() as u64,
            })
            .collect(),
    };
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("manifest.json", options())?;
    zip.write_all(&serde_json::to_vec_pretty(&manifest)?)?;
    for (path, bytes) in &entries {
        zip.start_file(path.as_str(), options())?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

//! Reading a bundle back and checking every entry against the manifest.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::manifest::Manifest;
use super::sha256_hex;
use crate::error::BundleError;
use crate::record::InnovationRecord;

/// A bundle whose entries all matched their manifest checksums.
#[derive(Debug, Clone)]
pub struct ReadBundle {
    pub manifest: Manifest,
    pub records: Vec<InnovationRecord>,
}

fn entry_bytes(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    path: &str,
) -> Result<Vec<u8>, BundleError> {
    let mut file = match archive.by_name(path) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => {
            return Err(BundleError::MissingEntry(path.to_owned()));
        }
        Err(other) => return Err(other.into()),
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Opens a bundle and verifies the checksum of every record the manifest lists.
pub fn read_bundle(bytes: &[u8]) -> Result<ReadBundle, BundleError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))?;
    let manifest_bytes = match entry_bytes(&mut archive, "manifest.json") {
        Err(BundleError::MissingEntry(_)) => return Err(BundleError::MissingManifest),
        other => other?,
    };
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)?;
    let mut records = Vec::with_capacity(manifest.records.len());
    for entry in &manifest.records {
        let bytes = entry_bytes(&mut archive, &entry.path)?;
        if bytes.len() as u64 != entry.size || sha256_hex(&bytes) != entry.sha256 {
            return Err(BundleError::ChecksumMismatch { path: entry.path.clone() });
        }
        // Through the record reader, so records of older schema versions are migrated.
        let record = InnovationRecord::from_json(&bytes)
            .map_err(|source| BundleError::Record { path: entry.path.clone(), source })?;
        records.push(record);
    }
    Ok(ReadBundle { manifest, records })
}

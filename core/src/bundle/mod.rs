//! Bundles: the signed ZIP files that carry innovations between agencies and the secretariat.
//!
//! The format is specified in `docs/bundle-format.md` (format version 2):
//! `manifest.json` lists every other entry with its SHA-256 and size and names the signer's
//! Ed25519 key, `manifest.sig` signs the manifest's exact bytes, `records/<uuid>.json` carry
//! innovations, `verdicts/<uuid>-r<n>.json` the secretariat's verdicts, `files/<sha256>` evidence,
//! `config.json` the region set-up, `award.json` an award round for a juror and `jury.json` a
//! juror's score sheet.
//! [`BundleWriter`] streams a bundle deterministically, [`verify_bundle`] checks one defensively,
//! and [`plan_import`] decides, without writing anything, what an import would change.

mod import;
mod keys;
mod manifest;
mod read;
pub mod synthetic;
mod verdict;
mod write;
pub(crate) mod zipstream;

pub use import::{
    ImportBlocked, ImportPlan, ImportWrites, KnownRecord, KnownVerdict, LocalState, PlanCounts,
    RecordAction, RecordPlan, RejectReason, SignerId, SignerStatus, VerdictAction, VerdictPlan,
    plan_batch, plan_import,
};
pub use keys::{PublicKey, SigningKey, normalize_fingerprint};
pub use manifest::{
    AWARD_PATH, BundleKind, CONFIG_PATH, EntryPath, FORMAT_NAME, FORMAT_VERSION, JURY_PATH,
    MANIFEST_PATH, Manifest, ManifestEntry, SIGNATURE_PATH,
};
pub use read::{
    ReadLimits, VerifiedBundle, VerifiedFile, is_safe_entry_name, read_bundle, verify_bundle,
};
pub use verdict::{VERDICT_SCHEMA_VERSION, VerdictRecord, VerifiedLevel};
pub use write::{
    BundleContent, BundleMeta, BundleWriter, FileRef, bundle_size, evidence_refs,
    selected_by_default, sent_by, write_bundle,
};

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

pub(crate) fn hex_encode(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Decodes hex of either case; `None` for an odd length or a non-hex character.
pub(crate) fn hex_decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| {
            let pair = std::str::from_utf8(pair).ok()?;
            u8::from_str_radix(pair, 16)
                .ok()
                .filter(|_| pair.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .collect()
}

pub(crate) fn is_lower_hex(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests;

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

mod commit;
mod error;
mod import;
mod keys;
mod manifest;
mod read;
mod text;
mod verdict;
mod write;

pub use commit::{
    BatchFile, ConflictWrites, EvidenceSlice, IMPORT_LOG_SCHEMA_VERSION, ImportCommit, ImportLog,
    KEPT_REVISION_SCHEMA_VERSION, KeptRevision, Resolution, RevisionKind, Route,
    TRUSTED_SIGNER_SCHEMA_VERSION, TrustedSigner, import_commit, resolve_conflict, signer_key,
    verdict_key,
};
pub use error::{BundleError, BundleErrorCode, KeyError};
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
// The sealed-bundle reader reads and hashes its entries the same way.
#[cfg(feature = "sealing")]
pub(crate) use read::read_options;
pub(crate) use read::{hash_stored, read_small};
pub use text::{
    bundle_error_message, record_action_label, reject_reason_message, signer_status_message,
    verdict_action_label,
};
pub use verdict::{VERDICT_SCHEMA_VERSION, VerdictRecord, VerifiedLevel};
pub use write::{
    BundleContent, BundleMeta, BundleWriter, FileRef, bundle_size, evidence_refs, same_sender,
    selected_by_default, sent_by, write_bundle,
};

/// A file name safe on every system, with the local time in the region's zone named:
/// `inovda-<agency-slug>-<yyyymmdd-hhmm>-WIB.zip`.
pub fn bundle_file_name(
    agency: &str,
    created_at: chrono::DateTime<chrono::Utc>,
    zone: crate::base::zone::Zone,
) -> String {
    let slug = crate::base::words::slug(agency, "instansi", 40);
    format!("inovda-{slug}-{}-{}.zip", zone.local(created_at).format("%Y%m%d-%H%M"), zone.label())
}

#[cfg(test)]
mod tests;

//! Persisted settings records, versioned and kept apart from reactive state.

use serde::{Deserialize, Serialize};

/// Schema version of [`ProfileDto`].
pub const PROFILE_SCHEMA_VERSION: u32 = 1;

/// Who this device works for: entered on the start screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileDto {
    pub schema_version: u32,
    /// Nama Instansi.
    pub agency: String,
    /// Nama Pemda.
    pub region: String,
}

impl ProfileDto {
    pub fn new(agency: &str, region: &str) -> Self {
        Self {
            schema_version: PROFILE_SCHEMA_VERSION,
            agency: agency.trim().to_owned(),
            region: region.trim().to_owned(),
        }
    }
}

/// A deleted innovation kept in the trash (Sampah) until purged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrashEntryDto {
    pub schema_version: u32,
    /// RFC 3339 time of deletion.
    pub deleted_at: String,
    pub record: inovda_core::InnovationRecord,
}

impl TrashEntryDto {
    pub fn new(record: inovda_core::InnovationRecord, deleted_at: &str) -> Self {
        Self { schema_version: 1, deleted_at: deleted_at.to_owned(), record }
    }
}

/// When this device last exported, for the "not exported for 14 days" banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportLogDto {
    pub schema_version: u32,
    /// RFC 3339 time of the last export.
    pub last_export_at: String,
    /// Ids of the innovations in that export.
    pub innovation_ids: Vec<String>,
}

/// A bundle signer this device trusts (trust on first use), keyed by [`signer_key`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignerDto {
    pub schema_version: u32,
    pub region: String,
    pub agency: String,
    /// Lower-case hex Ed25519 public key.
    pub public_key: String,
    /// RFC 3339 time the key was first (or, after a confirmed change, last) trusted.
    pub trusted_at: String,
}

/// The key of a signer in the `signers` store.
pub fn signer_key(region: &str, agency: &str) -> String {
    format!("{region}\u{1f}{agency}")
}

/// Why a revision is kept beside the current record of an innovation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevisionKind {
    /// An imported version that is neither the current one nor its successor: to be resolved.
    Conflict,
    /// A conflict the secretariat decided to keep out (kept so that importing it again is a no-op).
    Dismissed,
    /// A revision replaced by a successor or by a chosen conflict copy (history).
    Superseded,
}

/// A revision kept apart from the current record, keyed by its revision hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionDto {
    pub schema_version: u32,
    pub kind: RevisionKind,
    /// RFC 3339 time it was kept.
    pub kept_at: String,
    /// The bundle file it came from, when it was imported.
    #[serde(default)]
    pub source: String,
    pub record: inovda_core::InnovationRecord,
}

/// One imported bundle file, for "last bundle received" per agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportLogDto {
    pub schema_version: u32,
    pub received_at: String,
    pub file_name: String,
    /// `submission`, `feedback` or `config`.
    pub kind: String,
    pub region: String,
    pub agency: String,
    /// The bundle's own `created_at`.
    pub created_at: String,
    pub new: u32,
    pub updated: u32,
    pub conflicts: u32,
}

/// The national hand-over ticks of one innovation: field key → SHA-256 of the value copied.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverDto {
    pub schema_version: u32,
    #[serde(default)]
    pub copied: std::collections::BTreeMap<String, String>,
}

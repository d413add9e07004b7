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

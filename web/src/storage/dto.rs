//! Persisted settings records, versioned and kept apart from reactive state.

use serde::{Deserialize, Serialize};

/// Schema version of [`ProfileDto`]: 2 added `role` and `year` (version 1 profiles read as
/// an agency's), 3 added `agency_id`.
pub const PROFILE_SCHEMA_VERSION: u32 = 3;

/// Whom the device works for: an agency (instansi) or the region's secretariat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Agency,
    Secretariat,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Agency => "agency",
            Role::Secretariat => "secretariat",
        }
    }

    pub fn from_code(code: &str) -> Self {
        if code == "secretariat" { Role::Secretariat } else { Role::Agency }
    }
}

/// Who this device works for: entered on the start screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileDto {
    pub schema_version: u32,
    /// Nama Instansi (for the secretariat: its name, e.g. "Bappeda", which signs its bundles).
    pub agency: String,
    /// Nama Pemda.
    pub region: String,
    /// Since schema 2; agency when absent.
    #[serde(default)]
    pub role: Role,
    /// The secretariat's assessment year (a shipped catalog year); since schema 2.
    #[serde(default)]
    pub year: Option<u16>,
    /// The agency's unit in the secretariat's registry, picked from a config bundle; new
    /// innovations carry it. Since schema 3.
    #[serde(default)]
    pub agency_id: Option<inovda_core::AgencyId>,
    /// The region's time zone: set in Pengaturan or taken from the secretariat's config bundle;
    /// `None`: the device's own zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<inovda_core::base::zone::Zone>,
}

impl ProfileDto {
    /// An agency's profile.
    pub fn new(agency: &str, region: &str) -> Self {
        Self {
            schema_version: PROFILE_SCHEMA_VERSION,
            agency: agency.trim().to_owned(),
            region: region.trim().to_owned(),
            role: Role::Agency,
            year: None,
            agency_id: None,
            zone: None,
        }
    }

    /// The secretariat's profile for an assessment year.
    pub fn secretariat(name: &str, region: &str, year: u16) -> Self {
        Self { role: Role::Secretariat, year: Some(year), ..Self::new(name, region) }
    }

    /// An agency's profile for its unit as picked from the secretariat's config.
    pub fn picked(picked: &inovda_core::secretariat::region_config::PickedAgency) -> Self {
        Self { agency_id: Some(picked.agency_id), ..Self::new(&picked.agency_name, &picked.region) }
    }

    pub fn is_secretariat(&self) -> bool {
        self.role == Role::Secretariat
    }
}

/// Schema version of [`TrashEntryDto`].
pub const TRASH_SCHEMA_VERSION: u32 = 1;

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
        Self { schema_version: TRASH_SCHEMA_VERSION, deleted_at: deleted_at.to_owned(), record }
    }
}

/// Schema version of [`ExportLogDto`].
pub const EXPORT_LOG_SCHEMA_VERSION: u32 = 1;

/// When this device last exported, for the "not exported for 14 days" banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportLogDto {
    pub schema_version: u32,
    /// RFC 3339 time of the last export.
    pub last_export_at: String,
    /// Ids of the innovations in that export.
    pub innovation_ids: Vec<String>,
}

/// Kept revisions, trusted signers and the import log are written by imports: core decides
/// them, with their keys and schema versions ([`inovda_core::exchange::bundle::import_commit`]).
pub use inovda_core::exchange::bundle::{
    ImportLog as ImportLogDto, KeptRevision as RevisionDto, RevisionKind,
    TrustedSigner as SignerDto, signer_key,
};

/// Schema version of [`HandoverDto`].
pub const HANDOVER_SCHEMA_VERSION: u32 = 1;

/// The national hand-over ticks of one innovation: field key → SHA-256 of the value copied.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverDto {
    pub schema_version: u32,
    #[serde(default)]
    pub copied: std::collections::BTreeMap<String, String>,
}

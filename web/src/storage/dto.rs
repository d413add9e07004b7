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

//! The bundle manifest: what a bundle is and the checksum of every entry.

use serde::{Deserialize, Serialize};

/// The `format` value of every Inovda manifest.
pub const FORMAT_NAME: &str = "inovda-bundle";
/// The manifest format version this build writes.
pub const FORMAT_VERSION: u32 = 1;

/// What a bundle carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleKind {
    /// Innovations sent by an agency to the secretariat.
    Submission,
    /// Verdicts sent back by the secretariat.
    Feedback,
    /// Region set-up sent by the secretariat.
    Config,
}

/// One entry of the bundle and its checksum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Path inside the ZIP, e.g. `records/<uuid>.json`.
    pub path: String,
    /// Lower-case hex SHA-256 of the entry's bytes.
    pub sha256: String,
    pub size: u64,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub kind: BundleKind,
    /// RFC 3339 time the bundle was made (given by the caller, so bundles are reproducible).
    pub created_at: String,
    pub app_version: String,
    pub region: String,
    pub agency: String,
    /// Assessment year.
    pub year: u16,
    /// Innovation records, sorted by path.
    pub records: Vec<ManifestEntry>,
}

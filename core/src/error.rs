//! Typed errors of the core layer.

use thiserror::Error;

/// A persisted innovation record could not be turned into a domain value.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum RecordError {
    #[error("record is not valid JSON: {0}")]
    Json(String),
    #[error("record schema version {found} is newer than this app supports ({supported})")]
    FutureSchema { found: u32, supported: u32 },
    #[error("record has an invalid id: {0}")]
    InvalidId(String),
    #[error("record field `{field}` has an invalid value: {value}")]
    InvalidField { field: &'static str, value: String },
}

/// A bundle could not be built or read.
#[derive(Debug, Error)]
pub enum BundleError {
    #[error("zip error: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("i/o error while writing the bundle: {0}")]
    Io(#[from] std::io::Error),
    #[error("json error: {0}")]
    Json(#[from] serde_json::Error),
    #[error("bundle has no manifest.json")]
    MissingManifest,
    #[error("bundle entry `{0}` is listed in the manifest but missing")]
    MissingEntry(String),
    #[error("bundle entry `{path}` does not match its checksum")]
    ChecksumMismatch { path: String },
    #[error("bundle entry `{path}` is not a usable record: {source}")]
    Record { path: String, source: RecordError },
}

/// A catalog could not be found, read or accepted.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum CatalogError {
    #[error("unknown catalog `{0}` (shipped: 2023, 2026, 2027)")]
    UnknownYear(String),
    #[error("catalog is not valid JSON: {0}")]
    Json(String),
    #[error("catalog breaks an invariant: {0}")]
    Invalid(String),
}

/// Scoring input that does not fit the catalog.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ScoreError {
    #[error("{part} row `{id}` is not in the catalog")]
    UnknownRow { part: &'static str, id: String },
}

/// The input of the IID JSON contract is not usable; the message names the field.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{0}")]
pub struct IidInputError(pub String);

//! Why a catalog could not be found, read or accepted.

use thiserror::Error;

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

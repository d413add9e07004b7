//! Why secretariat data could not be read or trusted.

use thiserror::Error;

/// Secretariat data (registry, region config, SPD answers, workspace file) could not be read or
/// trusted. Field-level problems are issue lists instead
/// (`RegistryIssue`, `ConfigIssue`, `ReviewIssue`, …), collected in full.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum SecretariatError {
    #[error("{what} is not valid JSON: {detail}")]
    Json { what: &'static str, detail: String },
    #[error("{what} schema version {found} is not supported (this app reads {supported})")]
    UnsupportedVersion { what: &'static str, found: u32, supported: u32 },
    #[error("the region config has {} problem(s)", .0.len())]
    InvalidConfig(Vec<crate::secretariat::region_config::ConfigIssue>),
    #[error("this is a {found} bundle, not a {expected} bundle")]
    WrongBundleKind { found: &'static str, expected: &'static str },
    #[error("the bundle has no config.json")]
    MissingConfig,
    #[error("the config bundle is signed by another key than the secretariat key it names")]
    SignerMismatch,
    #[error("the config bundle's manifest ({manifest}) does not match its config ({config})")]
    ManifestMismatch { manifest: String, config: String },
}

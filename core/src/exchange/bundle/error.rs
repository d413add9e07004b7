//! Why a bundle could not be built, read or trusted, with stable codes.

use crate::exchange::record::RecordError;
use thiserror::Error;

/// A bundle could not be built, read or trusted.
///
/// Every variant has a stable [`BundleErrorCode`] (see [`BundleError::code`]);
/// `messages::bundle_error_message` renders it in Indonesian or English.
#[derive(Debug, Error)]
pub enum BundleError {
    /// Not a ZIP file, or a ZIP whose structure is broken or cut off.
    #[error("the file is damaged or truncated: {0}")]
    Damaged(String),
    #[error("the bundle has {count} entries; at most {max} are accepted")]
    TooManyEntries { count: u64, max: u64 },
    #[error("the bundle holds {size} bytes; at most {max} are accepted")]
    TooLarge { size: u64, max: u64 },
    #[error("entry `{name}` is compressed suspiciously well (possible zip bomb)")]
    SuspiciousCompression { name: String },
    #[error("entry name `{name}` is not a safe relative path")]
    UnsafePath { name: String },
    #[error("the bundle has two entries with the same name")]
    DuplicateEntry,
    #[error("entry `{name}` is not listed in the manifest")]
    UnexpectedEntry { name: String },
    #[error("entry `{name}` uses an unsupported compression method or encryption")]
    UnsupportedEntry { name: String },
    #[error("the bundle has no manifest.json")]
    MissingManifest,
    #[error("the bundle has no manifest.sig")]
    MissingSignature,
    #[error("this is not an Inovda bundle")]
    NotABundle,
    #[error(
        "bundle format version {found} is newer than this app supports ({supported}); update the app"
    )]
    FutureVersion { found: u64, supported: u32 },
    #[error("bundle format version {found} is unsigned and no longer accepted")]
    UnsignedVersion { found: u64 },
    #[error("the manifest is not valid: {0}")]
    InvalidManifest(String),
    #[error("the signature does not match the manifest and its signer key")]
    BadSignature,
    #[error("entry `{path}` is listed in the manifest but missing")]
    MissingEntry { path: String },
    #[error("entry `{path}` was changed after signing (size or SHA-256 differs)")]
    Modified { path: String },
    #[error("entry `{path}` is not a usable record: {source}")]
    InvalidRecord { path: String, source: RecordError },
    #[error("entry `{path}` is not a usable verdict: {detail}")]
    InvalidVerdict { path: String, detail: String },
    /// Writing: the bytes streamed for a file do not have the size or SHA-256 announced for it.
    #[error("evidence file {sha256} does not match its announced size or SHA-256")]
    FileMismatch { sha256: String },
    /// Writing: the writer was driven out of order (a programming error in the shell).
    #[error("bundle writer used out of order: {0}")]
    WriterState(&'static str),
    /// Writing: the destination refused bytes.
    #[error("i/o error while writing the bundle: {0}")]
    Io(#[from] std::io::Error),
}

/// The stable code of a [`BundleError`], for messages and for the web's rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BundleErrorCode {
    Damaged,
    TooManyEntries,
    TooLarge,
    SuspiciousCompression,
    UnsafePath,
    DuplicateEntry,
    UnexpectedEntry,
    UnsupportedEntry,
    MissingManifest,
    MissingSignature,
    NotABundle,
    FutureVersion,
    UnsignedVersion,
    InvalidManifest,
    BadSignature,
    MissingEntry,
    Modified,
    InvalidRecord,
    InvalidVerdict,
    FileMismatch,
    WriterState,
    Io,
}

impl BundleErrorCode {
    pub const ALL: [BundleErrorCode; 22] = [
        BundleErrorCode::Damaged,
        BundleErrorCode::TooManyEntries,
        BundleErrorCode::TooLarge,
        BundleErrorCode::SuspiciousCompression,
        BundleErrorCode::UnsafePath,
        BundleErrorCode::DuplicateEntry,
        BundleErrorCode::UnexpectedEntry,
        BundleErrorCode::UnsupportedEntry,
        BundleErrorCode::MissingManifest,
        BundleErrorCode::MissingSignature,
        BundleErrorCode::NotABundle,
        BundleErrorCode::FutureVersion,
        BundleErrorCode::UnsignedVersion,
        BundleErrorCode::InvalidManifest,
        BundleErrorCode::BadSignature,
        BundleErrorCode::MissingEntry,
        BundleErrorCode::Modified,
        BundleErrorCode::InvalidRecord,
        BundleErrorCode::InvalidVerdict,
        BundleErrorCode::FileMismatch,
        BundleErrorCode::WriterState,
        BundleErrorCode::Io,
    ];

    /// A snake_case name, stable across versions (for logs, tests and `inovda bundle verify`).
    pub fn as_str(self) -> &'static str {
        match self {
            BundleErrorCode::Damaged => "damaged",
            BundleErrorCode::TooManyEntries => "too_many_entries",
            BundleErrorCode::TooLarge => "too_large",
            BundleErrorCode::SuspiciousCompression => "suspicious_compression",
            BundleErrorCode::UnsafePath => "unsafe_path",
            BundleErrorCode::DuplicateEntry => "duplicate_entry",
            BundleErrorCode::UnexpectedEntry => "unexpected_entry",
            BundleErrorCode::UnsupportedEntry => "unsupported_entry",
            BundleErrorCode::MissingManifest => "missing_manifest",
            BundleErrorCode::MissingSignature => "missing_signature",
            BundleErrorCode::NotABundle => "not_a_bundle",
            BundleErrorCode::FutureVersion => "future_version",
            BundleErrorCode::UnsignedVersion => "unsigned_version",
            BundleErrorCode::InvalidManifest => "invalid_manifest",
            BundleErrorCode::BadSignature => "bad_signature",
            BundleErrorCode::MissingEntry => "missing_entry",
            BundleErrorCode::Modified => "modified",
            BundleErrorCode::InvalidRecord => "invalid_record",
            BundleErrorCode::InvalidVerdict => "invalid_verdict",
            BundleErrorCode::FileMismatch => "file_mismatch",
            BundleErrorCode::WriterState => "writer_state",
            BundleErrorCode::Io => "io",
        }
    }
}

impl BundleError {
    pub fn code(&self) -> BundleErrorCode {
        match self {
            BundleError::Damaged(_) => BundleErrorCode::Damaged,
            BundleError::TooManyEntries { .. } => BundleErrorCode::TooManyEntries,
            BundleError::TooLarge { .. } => BundleErrorCode::TooLarge,
            BundleError::SuspiciousCompression { .. } => BundleErrorCode::SuspiciousCompression,
            BundleError::UnsafePath { .. } => BundleErrorCode::UnsafePath,
            BundleError::DuplicateEntry => BundleErrorCode::DuplicateEntry,
            BundleError::UnexpectedEntry { .. } => BundleErrorCode::UnexpectedEntry,
            BundleError::UnsupportedEntry { .. } => BundleErrorCode::UnsupportedEntry,
            BundleError::MissingManifest => BundleErrorCode::MissingManifest,
            BundleError::MissingSignature => BundleErrorCode::MissingSignature,
            BundleError::NotABundle => BundleErrorCode::NotABundle,
            BundleError::FutureVersion { .. } => BundleErrorCode::FutureVersion,
            BundleError::UnsignedVersion { .. } => BundleErrorCode::UnsignedVersion,
            BundleError::InvalidManifest(_) => BundleErrorCode::InvalidManifest,
            BundleError::BadSignature => BundleErrorCode::BadSignature,
            BundleError::MissingEntry { .. } => BundleErrorCode::MissingEntry,
            BundleError::Modified { .. } => BundleErrorCode::Modified,
            BundleError::InvalidRecord { .. } => BundleErrorCode::InvalidRecord,
            BundleError::InvalidVerdict { .. } => BundleErrorCode::InvalidVerdict,
            BundleError::FileMismatch { .. } => BundleErrorCode::FileMismatch,
            BundleError::WriterState(_) => BundleErrorCode::WriterState,
            BundleError::Io(_) => BundleErrorCode::Io,
        }
    }

    /// The entry the error is about, when there is one.
    pub fn entry(&self) -> Option<&str> {
        match self {
            BundleError::SuspiciousCompression { name }
            | BundleError::UnsafePath { name }
            | BundleError::UnexpectedEntry { name }
            | BundleError::UnsupportedEntry { name } => Some(name),
            BundleError::MissingEntry { path }
            | BundleError::Modified { path }
            | BundleError::InvalidRecord { path, .. }
            | BundleError::InvalidVerdict { path, .. } => Some(path),
            _ => None,
        }
    }
}

/// A key or fingerprint in text form could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("a public key is 64 hexadecimal characters")]
    Encoding,
    #[error("the bytes are not a valid Ed25519 public key")]
    InvalidKey,
}

//! Typed errors of the core layer.

use thiserror::Error;

/// A persisted innovation record could not be turned into a domain value.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
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

/// A backup could not be made or opened: the passphrase layer (`backup`, feature `backup`)
/// and the archive inside it (`backup_archive`).
///
/// Every variant has a stable [`BackupErrorCode`] (see [`BackupError::code`]);
/// `messages::backup_error_message` renders it in Indonesian or English.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum BackupError {
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    /// Not an age file, an age file cut off or altered, or a broken ZIP inside.
    #[error("the backup file is damaged or not an Inovda backup: {0}")]
    Damaged(String),
    #[error("the backup could not be encrypted: {0}")]
    Encrypt(String),
    #[error("the backup has no backup.json")]
    MissingIndex,
    #[error("backup.json does not describe an Inovda backup")]
    NotABackup,
    #[error(
        "backup format version {found} is newer than this app supports ({supported}); update the app"
    )]
    FutureVersion { found: u64, supported: u32 },
    #[error("backup.json is not valid: {0}")]
    InvalidIndex(String),
    /// The backup comes from a database layout newer than this app's.
    #[error("the backup's database layout {found} is newer than this app's ({supported})")]
    FutureLayout { found: u32, supported: u32 },
    /// The backup holds a store this app's database does not have.
    #[error("the backup holds data (store `{name}`) this app does not know")]
    UnknownStore { name: String },
    #[error("the backup has {count} entries; at most {max} are accepted")]
    TooManyEntries { count: u64, max: u64 },
    #[error("the backup holds {size} bytes; at most {max} are accepted")]
    TooLarge { size: u64, max: u64 },
    #[error("entry name `{name}` is not a safe relative path")]
    UnsafePath { name: String },
    #[error("the backup has two entries with the same name")]
    DuplicateEntry,
    #[error("entry `{name}` is compressed, encrypted or a directory")]
    UnsupportedEntry { name: String },
    #[error("entry `{name}` does not belong in a backup")]
    UnexpectedEntry { name: String },
    #[error("evidence file {sha256} is listed in backup.json but missing")]
    MissingFile { sha256: String },
    /// Reading: a file's bytes do not have the SHA-256 (its name) or size listed for it.
    #[error("evidence file {sha256} does not match its SHA-256 or size")]
    FileModified { sha256: String },
    /// Writing: the bytes streamed for a file do not have the size or SHA-256 announced for it.
    #[error("evidence file {sha256} does not match its announced size or SHA-256")]
    FileMismatch { sha256: String },
    /// Writing: the writer was driven out of order or given bad input (a shell bug).
    #[error("backup writer used out of order: {0}")]
    WriterState(&'static str),
    /// Writing: the destination refused bytes.
    #[error("i/o error while writing the backup: {0}")]
    Io(String),
}

impl From<std::io::Error> for BackupError {
    fn from(error: std::io::Error) -> Self {
        BackupError::Io(error.to_string())
    }
}

/// The stable code of a [`BackupError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BackupErrorCode {
    EmptyPassphrase,
    WrongPassphrase,
    Damaged,
    Encrypt,
    MissingIndex,
    NotABackup,
    FutureVersion,
    InvalidIndex,
    FutureLayout,
    UnknownStore,
    TooManyEntries,
    TooLarge,
    UnsafePath,
    DuplicateEntry,
    UnsupportedEntry,
    UnexpectedEntry,
    MissingFile,
    FileModified,
    FileMismatch,
    WriterState,
    Io,
}

impl BackupErrorCode {
    pub const ALL: [BackupErrorCode; 21] = [
        BackupErrorCode::EmptyPassphrase,
        BackupErrorCode::WrongPassphrase,
        BackupErrorCode::Damaged,
        BackupErrorCode::Encrypt,
        BackupErrorCode::MissingIndex,
        BackupErrorCode::NotABackup,
        BackupErrorCode::FutureVersion,
        BackupErrorCode::InvalidIndex,
        BackupErrorCode::FutureLayout,
        BackupErrorCode::UnknownStore,
        BackupErrorCode::TooManyEntries,
        BackupErrorCode::TooLarge,
        BackupErrorCode::UnsafePath,
        BackupErrorCode::DuplicateEntry,
        BackupErrorCode::UnsupportedEntry,
        BackupErrorCode::UnexpectedEntry,
        BackupErrorCode::MissingFile,
        BackupErrorCode::FileModified,
        BackupErrorCode::FileMismatch,
        BackupErrorCode::WriterState,
        BackupErrorCode::Io,
    ];

    /// A snake_case name, stable across versions (for logs and tests).
    pub fn as_str(self) -> &'static str {
        match self {
            BackupErrorCode::EmptyPassphrase => "empty_passphrase",
            BackupErrorCode::WrongPassphrase => "wrong_passphrase",
            BackupErrorCode::Damaged => "damaged",
            BackupErrorCode::Encrypt => "encrypt",
            BackupErrorCode::MissingIndex => "missing_index",
            BackupErrorCode::NotABackup => "not_a_backup",
            BackupErrorCode::FutureVersion => "future_version",
            BackupErrorCode::InvalidIndex => "invalid_index",
            BackupErrorCode::FutureLayout => "future_layout",
            BackupErrorCode::UnknownStore => "unknown_store",
            BackupErrorCode::TooManyEntries => "too_many_entries",
            BackupErrorCode::TooLarge => "too_large",
            BackupErrorCode::UnsafePath => "unsafe_path",
            BackupErrorCode::DuplicateEntry => "duplicate_entry",
            BackupErrorCode::UnsupportedEntry => "unsupported_entry",
            BackupErrorCode::UnexpectedEntry => "unexpected_entry",
            BackupErrorCode::MissingFile => "missing_file",
            BackupErrorCode::FileModified => "file_modified",
            BackupErrorCode::FileMismatch => "file_mismatch",
            BackupErrorCode::WriterState => "writer_state",
            BackupErrorCode::Io => "io",
        }
    }
}

impl BackupError {
    pub fn code(&self) -> BackupErrorCode {
        match self {
            BackupError::EmptyPassphrase => BackupErrorCode::EmptyPassphrase,
            BackupError::WrongPassphrase => BackupErrorCode::WrongPassphrase,
            BackupError::Damaged(_) => BackupErrorCode::Damaged,
            BackupError::Encrypt(_) => BackupErrorCode::Encrypt,
            BackupError::MissingIndex => BackupErrorCode::MissingIndex,
            BackupError::NotABackup => BackupErrorCode::NotABackup,
            BackupError::FutureVersion { .. } => BackupErrorCode::FutureVersion,
            BackupError::InvalidIndex(_) => BackupErrorCode::InvalidIndex,
            BackupError::FutureLayout { .. } => BackupErrorCode::FutureLayout,
            BackupError::UnknownStore { .. } => BackupErrorCode::UnknownStore,
            BackupError::TooManyEntries { .. } => BackupErrorCode::TooManyEntries,
            BackupError::TooLarge { .. } => BackupErrorCode::TooLarge,
            BackupError::UnsafePath { .. } => BackupErrorCode::UnsafePath,
            BackupError::DuplicateEntry => BackupErrorCode::DuplicateEntry,
            BackupError::UnsupportedEntry { .. } => BackupErrorCode::UnsupportedEntry,
            BackupError::UnexpectedEntry { .. } => BackupErrorCode::UnexpectedEntry,
            BackupError::MissingFile { .. } => BackupErrorCode::MissingFile,
            BackupError::FileModified { .. } => BackupErrorCode::FileModified,
            BackupError::FileMismatch { .. } => BackupErrorCode::FileMismatch,
            BackupError::WriterState(_) => BackupErrorCode::WriterState,
            BackupError::Io(_) => BackupErrorCode::Io,
        }
    }
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

/// Secretariat data (registry, region config, SPD answers, workspace file) could not be read or
/// trusted, or a recap file could not be written. Field-level problems are issue lists instead
/// (`RegistryIssue`, `ConfigIssue`, `ReviewIssue`, …), collected in full.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum SecretariatError {
    #[error("{what} is not valid JSON: {detail}")]
    Json { what: &'static str, detail: String },
    #[error("{what} schema version {found} is not supported (this app reads {supported})")]
    UnsupportedVersion { what: &'static str, found: u32, supported: u32 },
    #[error("the region config has {} problem(s)", .0.len())]
    InvalidConfig(Vec<crate::region_config::ConfigIssue>),
    #[error("this is a {found} bundle, not a {expected} bundle")]
    WrongBundleKind { found: &'static str, expected: &'static str },
    #[error("the bundle has no config.json")]
    MissingConfig,
    #[error("the config bundle is signed by another key than the secretariat key it names")]
    SignerMismatch,
    #[error("the config bundle's manifest ({manifest}) does not match its config ({config})")]
    ManifestMismatch { manifest: String, config: String },
    #[error("the recap file could not be written: {0}")]
    Write(String),
    // Local award (issue 7).
    #[error("the award round has {} problem(s)", .0.len())]
    InvalidAward(Vec<crate::award::AwardIssue>),
    #[error("the bundle has no {0}")]
    MissingDocument(&'static str),
    #[error("this score sheet belongs to another award round")]
    WrongRound,
    #[error("the juror “{0}” is not on this award round")]
    UnknownJuror(String),
}

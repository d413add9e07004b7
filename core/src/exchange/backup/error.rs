//! Why a backup could not be written, opened or restored, with stable codes.

use thiserror::Error;

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

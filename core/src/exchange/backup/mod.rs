//! Backups: the whole-database archive ([`archive`]) and, with the `backup` feature, its
//! passphrase encryption with `age` ([`encrypt`]); both fail with [`BackupError`].

pub mod archive;
#[cfg(feature = "backup")]
pub mod encrypt;
mod error;
mod text;

pub use archive::{
    BACKUP_FORMAT_NAME, BACKUP_FORMAT_VERSION, BACKUP_INDEX_PATH, BackupFile, BackupFileRef,
    BackupIndex, BackupLimits, BackupMeta, BackupWriter, FILES_STORE, VerifiedBackup,
    backup_file_name, check_restorable, read_backup_archive, read_backup_archive_with_limits,
    write_backup_archive,
};
#[cfg(feature = "backup")]
pub use encrypt::{
    BACKUP_WORK_FACTOR, EncryptingWriter, MAX_WORK_FACTOR, decrypt_backup, decrypt_backup_from,
    encrypt_backup, encrypt_backup_with_work_factor,
};
pub use error::{BackupError, BackupErrorCode};
pub use text::backup_error_message;

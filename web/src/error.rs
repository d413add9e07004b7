//! Every failure a user can meet is shown in the UI's language: [`UserError`] is implemented
//! for core's errors (through the texts core keeps beside each code) and for each web module's
//! own error enum (beside that enum). [`Examples`] gives one value of every variant of each of
//! them, so a test can read every failure in both languages.

use inovda_core::Lang;
use inovda_core::exchange::backup::{BackupError, backup_error_message};
use inovda_core::exchange::bundle::{BundleError, bundle_error_message};
use inovda_core::exchange::record::{RecordError, record_error_message};
use inovda_core::model::catalog::{CatalogError, catalog_error_message};
use inovda_core::programmes::award::{AwardError, AwardIssue, AwardIssueCode, award_error_message};
use inovda_core::rules::handover::HandoverError;
use inovda_core::secretariat::SecretariatError;
use inovda_core::secretariat::region_config::{ConfigIssue, ConfigIssueCode};
use inovda_core::secretariat::text::secretariat_error_message;

use crate::platform::BrowserError;
use crate::storage::{StorageError, storage_error_message};

/// A failure a person reads: one or more sentences in `lang`, naming what went wrong and, where
/// there is one, what to do.
pub trait UserError {
    fn message(&self, lang: Lang) -> String;
}

/// One value of every variant of an error enum, for the test that reads every failure in both
/// languages. Each impl goes through [`chain`] with an exhaustive `match` naming, for each
/// variant, the example that follows it: a new variant does not compile until it has its arm,
/// which is where it joins the chain.
pub trait Examples: Sized {
    fn examples() -> Vec<Self>;
}

/// `first`, then what `next` names after each value, until `None`.
pub fn chain<E>(first: E, next: impl Fn(&E) -> Option<E>) -> Vec<E> {
    std::iter::successors(Some(first), next).collect()
}

impl UserError for StorageError {
    fn message(&self, lang: Lang) -> String {
        storage_error_message(lang, self)
    }
}

impl UserError for RecordError {
    fn message(&self, lang: Lang) -> String {
        record_error_message(lang, self)
    }
}

impl UserError for CatalogError {
    fn message(&self, lang: Lang) -> String {
        catalog_error_message(lang, self)
    }
}

impl UserError for BundleError {
    fn message(&self, lang: Lang) -> String {
        bundle_error_message(lang, self)
    }
}

impl UserError for BackupError {
    fn message(&self, lang: Lang) -> String {
        backup_error_message(lang, self)
    }
}

impl UserError for SecretariatError {
    fn message(&self, lang: Lang) -> String {
        secretariat_error_message(lang, self)
    }
}

impl UserError for AwardError {
    fn message(&self, lang: Lang) -> String {
        award_error_message(lang, self)
    }
}

impl UserError for HandoverError {
    fn message(&self, lang: Lang) -> String {
        match self {
            HandoverError::FileMismatch { name } => lang.pick((
                format!("Berkas bukti {name} tidak cocok dengan checksum atau ukuran yang tersimpan; lampirkan ulang berkasnya."),
                format!("The evidence file {name} does not match its stored checksum or size; attach the file again."),
            )),
            HandoverError::Write(detail) => lang.pick((
                format!("Berkas ZIP tidak dapat ditulis ({detail}). Coba lagi."),
                format!("The ZIP file could not be written ({detail}). Try again."),
            )),
            HandoverError::OutOfOrder => lang.pick((
                "Berkas ZIP tidak dapat dibuat (kesalahan aplikasi). Muat ulang halaman, lalu coba lagi.".to_owned(),
                "The ZIP file could not be made (an app error). Reload the page, then try again.".to_owned(),
            )),
        }
    }
}

impl Examples for StorageError {
    fn examples() -> Vec<Self> {
        chain(StorageError::Open("x".into()), |error| match error {
            StorageError::Open(_) => Some(StorageError::Request("x".into())),
            StorageError::Request(_) => Some(StorageError::QuotaExceeded),
            StorageError::QuotaExceeded => Some(StorageError::Unavailable),
            StorageError::Unavailable => Some(StorageError::Corrupt("x".into())),
            StorageError::Corrupt(_) => Some(StorageError::Conflict { revision: 2, edit_count: 3 }),
            StorageError::Conflict { .. } => {
                Some(StorageError::Newer { record: "profile".into(), version: 9 })
            }
            StorageError::Newer { .. } => None,
        })
    }
}

impl Examples for RecordError {
    fn examples() -> Vec<Self> {
        chain(RecordError::Json("x".into()), |error| match error {
            RecordError::Json(_) => Some(RecordError::FutureSchema { found: 9, supported: 2 }),
            RecordError::FutureSchema { .. } => Some(RecordError::InvalidId("x".into())),
            RecordError::InvalidId(_) => {
                Some(RecordError::InvalidField { field: "stage", value: "x".into() })
            }
            RecordError::InvalidField { .. } => None,
        })
    }
}

impl Examples for CatalogError {
    fn examples() -> Vec<Self> {
        chain(CatalogError::UnknownYear("2030".into()), |error| match error {
            CatalogError::UnknownYear(_) => Some(CatalogError::Json("x".into())),
            CatalogError::Json(_) => Some(CatalogError::Invalid("x".into())),
            CatalogError::Invalid(_) => None,
        })
    }
}

impl Examples for BundleError {
    fn examples() -> Vec<Self> {
        let name = || "a.pdf".to_owned();
        chain(BundleError::Damaged("x".into()), |error| match error {
            BundleError::Damaged(_) => Some(BundleError::TooManyEntries { count: 9, max: 2 }),
            BundleError::TooManyEntries { .. } => Some(BundleError::TooLarge { size: 9, max: 2 }),
            BundleError::TooLarge { .. } => {
                Some(BundleError::SuspiciousCompression { name: name() })
            }
            BundleError::SuspiciousCompression { .. } => {
                Some(BundleError::UnsafePath { name: name() })
            }
            BundleError::UnsafePath { .. } => Some(BundleError::DuplicateEntry),
            BundleError::DuplicateEntry => Some(BundleError::UnexpectedEntry { name: name() }),
            BundleError::UnexpectedEntry { .. } => {
                Some(BundleError::UnsupportedEntry { name: name() })
            }
            BundleError::UnsupportedEntry { .. } => Some(BundleError::MissingManifest),
            BundleError::MissingManifest => Some(BundleError::MissingSignature),
            BundleError::MissingSignature => Some(BundleError::NotABundle),
            BundleError::NotABundle => Some(BundleError::FutureVersion { found: 9, supported: 2 }),
            BundleError::FutureVersion { .. } => Some(BundleError::UnsignedVersion { found: 1 }),
            BundleError::UnsignedVersion { .. } => Some(BundleError::InvalidManifest("x".into())),
            BundleError::InvalidManifest(_) => Some(BundleError::BadSignature),
            BundleError::BadSignature => Some(BundleError::MissingEntry { path: name() }),
            BundleError::MissingEntry { .. } => Some(BundleError::Modified { path: name() }),
            BundleError::Modified { .. } => Some(BundleError::InvalidRecord {
                path: name(),
                source: RecordError::Json("x".into()),
            }),
            BundleError::InvalidRecord { .. } => {
                Some(BundleError::InvalidVerdict { path: name(), detail: "x".into() })
            }
            BundleError::InvalidVerdict { .. } => {
                Some(BundleError::FileMismatch { sha256: name() })
            }
            BundleError::FileMismatch { .. } => Some(BundleError::WriterState("x")),
            BundleError::WriterState(_) => Some(BundleError::Io(std::io::Error::other("x"))),
            BundleError::Io(_) => None,
        })
    }
}

impl Examples for BackupError {
    fn examples() -> Vec<Self> {
        let name = || "a".to_owned();
        chain(BackupError::EmptyPassphrase, |error| match error {
            BackupError::EmptyPassphrase => Some(BackupError::WrongPassphrase),
            BackupError::WrongPassphrase => Some(BackupError::Damaged("x".into())),
            BackupError::Damaged(_) => Some(BackupError::Encrypt("x".into())),
            BackupError::Encrypt(_) => Some(BackupError::MissingIndex),
            BackupError::MissingIndex => Some(BackupError::NotABackup),
            BackupError::NotABackup => Some(BackupError::FutureVersion { found: 9, supported: 2 }),
            BackupError::FutureVersion { .. } => Some(BackupError::InvalidIndex("x".into())),
            BackupError::InvalidIndex(_) => {
                Some(BackupError::FutureLayout { found: 9, supported: 2 })
            }
            BackupError::FutureLayout { .. } => Some(BackupError::UnknownStore { name: name() }),
            BackupError::UnknownStore { .. } => {
                Some(BackupError::TooManyEntries { count: 9, max: 2 })
            }
            BackupError::TooManyEntries { .. } => Some(BackupError::TooLarge { size: 9, max: 2 }),
            BackupError::TooLarge { .. } => Some(BackupError::UnsafePath { name: name() }),
            BackupError::UnsafePath { .. } => Some(BackupError::DuplicateEntry),
            BackupError::DuplicateEntry => Some(BackupError::UnsupportedEntry { name: name() }),
            BackupError::UnsupportedEntry { .. } => {
                Some(BackupError::UnexpectedEntry { name: name() })
            }
            BackupError::UnexpectedEntry { .. } => {
                Some(BackupError::MissingFile { sha256: name() })
            }
            BackupError::MissingFile { .. } => Some(BackupError::FileModified { sha256: name() }),
            BackupError::FileModified { .. } => Some(BackupError::FileMismatch { sha256: name() }),
            BackupError::FileMismatch { .. } => Some(BackupError::WriterState("x")),
            BackupError::WriterState(_) => Some(BackupError::Io("x".into())),
            BackupError::Io(_) => None,
        })
    }
}

impl Examples for SecretariatError {
    fn examples() -> Vec<Self> {
        let issues: Vec<ConfigIssue> = ConfigIssueCode::ALL
            .iter()
            .map(|&code| ConfigIssue { code, path: "agencies[0].name".into(), value: "x".into() })
            .collect();
        chain(
            SecretariatError::Json { what: "registry", detail: "x".into() },
            |error| match error {
                SecretariatError::Json { .. } => Some(SecretariatError::UnsupportedVersion {
                    what: "registry",
                    found: 9,
                    supported: 2,
                }),
                SecretariatError::UnsupportedVersion { .. } => {
                    Some(SecretariatError::InvalidConfig(issues.clone()))
                }
                SecretariatError::InvalidConfig(_) => Some(SecretariatError::WrongBundleKind {
                    found: "submission",
                    expected: "config",
                }),
                SecretariatError::WrongBundleKind { .. } => Some(SecretariatError::MissingConfig),
                SecretariatError::MissingConfig => Some(SecretariatError::SignerMismatch),
                SecretariatError::SignerMismatch => Some(SecretariatError::ManifestMismatch {
                    manifest: "x".into(),
                    config: "y".into(),
                }),
                SecretariatError::ManifestMismatch { .. } => None,
            },
        )
    }
}

impl Examples for AwardError {
    fn examples() -> Vec<Self> {
        chain(AwardError::Document(SecretariatError::MissingConfig), |error| match error {
            AwardError::Document(_) => Some(AwardError::Invalid(
                AwardIssueCode::ALL
                    .iter()
                    .map(|&code| AwardIssue { code, path: "criteria[0]".into(), value: "x".into() })
                    .collect(),
            )),
            AwardError::Invalid(_) => Some(AwardError::MissingDocument("jury.json")),
            AwardError::MissingDocument(_) => Some(AwardError::WrongRound),
            AwardError::WrongRound => Some(AwardError::UnknownJuror("x".into())),
            AwardError::UnknownJuror(_) => None,
        })
    }
}

impl Examples for HandoverError {
    fn examples() -> Vec<Self> {
        chain(HandoverError::FileMismatch { name: "a.pdf".into() }, |error| match error {
            HandoverError::FileMismatch { .. } => Some(HandoverError::Write("x".into())),
            HandoverError::Write(_) => Some(HandoverError::OutOfOrder),
            HandoverError::OutOfOrder => None,
        })
    }
}

/// What a page's loading can fail on: storage, a damaged record, a missing catalog. Pages that
/// load from several places return this so that the one loading view shows any of them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    /// The page's subject is not on this device (a deleted innovation, a stale link).
    #[error("not found")]
    NotFound,
}

impl UserError for LoadError {
    fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Storage(error) => error.message(lang),
            LoadError::Record(error) => error.message(lang),
            LoadError::Catalog(error) => error.message(lang),
            LoadError::NotFound => lang.pick((
                "Data ini tidak ada di perangkat ini (mungkin sudah dihapus).".to_owned(),
                "This is not on this device (it may have been deleted).".to_owned(),
            )),
        }
    }
}

impl Examples for LoadError {
    fn examples() -> Vec<Self> {
        chain(LoadError::Storage(StorageError::QuotaExceeded), |error| match error {
            LoadError::Storage(_) => Some(LoadError::Record(RecordError::Json("x".into()))),
            LoadError::Record(_) => {
                Some(LoadError::Catalog(CatalogError::UnknownYear("2030".into())))
            }
            LoadError::Catalog(_) => Some(LoadError::NotFound),
            LoadError::NotFound => None,
        })
    }
}

/// What a page's action (save, sign, download, apply) can fail on, when it goes through several
/// layers: each cause keeps its own text.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// Storage, a damaged record, a missing catalog: what loading fails on too.
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error(transparent)]
    Secretariat(#[from] SecretariatError),
    #[error(transparent)]
    Award(#[from] AwardError),
    #[error(transparent)]
    Browser(#[from] BrowserError),
    /// Sealing or queuing for the relay.
    #[error(transparent)]
    Relay(#[from] crate::relay::RelayFailure),
    /// Writing a bundle with evidence files (an award package).
    #[error(transparent)]
    Export(#[from] crate::packing::ExportError),
}

/// `?` on a cause that loading shares goes through [`LoadError`].
macro_rules! action_error_through_load {
    ($($cause:ty),+) => {$(
        impl From<$cause> for ActionError {
            fn from(error: $cause) -> Self {
                ActionError::Load(error.into())
            }
        }
    )+};
}

action_error_through_load!(StorageError, RecordError, CatalogError);

impl UserError for ActionError {
    fn message(&self, lang: Lang) -> String {
        match self {
            ActionError::Load(error) => error.message(lang),
            ActionError::Bundle(error) => error.message(lang),
            ActionError::Secretariat(error) => error.message(lang),
            ActionError::Award(error) => error.message(lang),
            ActionError::Browser(error) => error.message(lang),
            ActionError::Relay(error) => error.message(lang),
            ActionError::Export(error) => error.message(lang),
        }
    }
}

impl Examples for ActionError {
    fn examples() -> Vec<Self> {
        chain(ActionError::Load(LoadError::NotFound), |error| match error {
            ActionError::Load(_) => Some(ActionError::Bundle(BundleError::BadSignature)),
            ActionError::Bundle(_) => {
                Some(ActionError::Secretariat(SecretariatError::SignerMismatch))
            }
            ActionError::Secretariat(_) => Some(ActionError::Award(AwardError::WrongRound)),
            ActionError::Award(_) => Some(ActionError::Browser(BrowserError::NoPage)),
            ActionError::Browser(_) => Some(ActionError::Relay(crate::relay::RelayFailure::Relay(
                inovda_core::exchange::relay::RelayError::Unreachable("offline".into()),
            ))),
            ActionError::Relay(_) => {
                Some(ActionError::Export(crate::packing::ExportError::MissingFile("x".into())))
            }
            ActionError::Export(_) => None,
        })
    }
}

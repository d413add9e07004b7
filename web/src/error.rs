//! Every failure a user can meet is shown in the UI's language: [`UserError`] is implemented
//! for core's errors (through the texts core keeps beside each code) and for each web module's
//! own error enum (beside that enum).

use inovda_core::Lang;
use inovda_core::exchange::backup::{BackupError, backup_error_message};
use inovda_core::exchange::bundle::{BundleError, bundle_error_message};
use inovda_core::exchange::record::{RecordError, record_error_message};
use inovda_core::model::catalog::{CatalogError, catalog_error_message};
use inovda_core::programmes::award::{AwardError, award_error_message};
use inovda_core::secretariat::SecretariatError;
use inovda_core::secretariat::text::secretariat_error_message;

use crate::storage::{StorageError, storage_error_message};

/// A failure a person reads: one or more sentences in `lang`, naming what went wrong and, where
/// there is one, what to do.
pub trait UserError {
    fn message(&self, lang: Lang) -> String;
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

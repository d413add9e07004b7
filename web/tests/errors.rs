//! Every failure a user can meet reads in both languages: one example of every variant of every
//! error enum the app shows (each enum's `Examples`), with no placeholder left and Indonesian
//! different from English.
#![cfg(target_arch = "wasm32")]

use std::fmt::Debug;
use std::mem::discriminant;

use inovda_core::Lang;
use inovda_core::exchange::backup::BackupError;
use inovda_core::exchange::bundle::BundleError;
use inovda_core::exchange::record::RecordError;
use inovda_core::exchange::relay::RelayError;
use inovda_core::model::catalog::CatalogError;
use inovda_core::programmes::award::AwardError;
use inovda_core::rules::handover::HandoverError;
use inovda_core::secretariat::SecretariatError;
use inovda_web::backup::BackupFailure;
use inovda_web::error::{ActionError, Examples, LoadError, UserError};
use inovda_web::evidence::{EvidenceError, StoredFileError};
use inovda_web::handover_data::HandoverZipError;
use inovda_web::intake::Unreadable;
use inovda_web::office::DocxError;
use inovda_web::packing::ExportError;
use inovda_web::pages::secretariat::shared::YearError;
use inovda_web::pages::secretariat::verification::FeedbackError;
use inovda_web::platform::BrowserError;
use inovda_web::recap_files::RecapError;
use inovda_web::relay::{RelayFailure, SyncError};
use inovda_web::storage::StorageError;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Reads every example of `E` in both languages.
fn reads_in_both_languages<E: UserError + Examples + Debug>() {
    let examples = E::examples();
    for (at, error) in examples.iter().enumerate() {
        let twice = examples[..at].iter().any(|seen| discriminant(seen) == discriminant(error));
        assert!(!twice, "{error:?}: two examples of one variant");
        let (id, en) = (error.message(Lang::Id), error.message(Lang::En));
        for text in [&id, &en] {
            assert!(!text.trim().is_empty(), "{error:?} has an empty text");
            assert!(!text.contains(['{', '}']), "{error:?} keeps a placeholder: {text}");
        }
        assert_ne!(id, en, "{error:?} reads the same in both languages");
    }
}

#[wasm_bindgen_test]
fn every_core_error_the_app_shows_reads_in_both_languages() {
    reads_in_both_languages::<RecordError>();
    reads_in_both_languages::<CatalogError>();
    reads_in_both_languages::<BundleError>();
    reads_in_both_languages::<BackupError>();
    reads_in_both_languages::<SecretariatError>();
    reads_in_both_languages::<AwardError>();
    reads_in_both_languages::<HandoverError>();
    reads_in_both_languages::<RelayError>();
}

#[wasm_bindgen_test]
fn every_web_error_reads_in_both_languages() {
    reads_in_both_languages::<StorageError>();
    reads_in_both_languages::<BrowserError>();
    reads_in_both_languages::<LoadError>();
    reads_in_both_languages::<ActionError>();
    reads_in_both_languages::<BackupFailure>();
    reads_in_both_languages::<RecapError>();
    reads_in_both_languages::<DocxError>();
    reads_in_both_languages::<ExportError>();
    reads_in_both_languages::<HandoverZipError>();
    reads_in_both_languages::<EvidenceError>();
    reads_in_both_languages::<StoredFileError>();
    reads_in_both_languages::<FeedbackError>();
    reads_in_both_languages::<YearError>();
    reads_in_both_languages::<RelayFailure>();
    reads_in_both_languages::<SyncError>();
    reads_in_both_languages::<Unreadable>();
}

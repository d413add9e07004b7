//! Inovda's domain core: every rule of the product, with no I/O.
//!
//! The pipeline is: an [`Innovation`] record is edited by a shell (web or cli),
//! a year's [`Catalog`] (data, not code) supplies every number and label of the IID,
//! [`validate`] collects every [`Issue`] with a stable code and field path,
//! [`scoring`] computes kematangan, SPD, SID and the IID exactly (no floats),
//! [`labinov`] tracks LAN's Laboratorium Inovasi stages and the secretariat's board,
//! [`recap`] summarises compliance per agency,
//! [`reminder`] decides when unexported data deserves a reminder,
//! [`messages`] renders those codes in Indonesian or English,
//! [`record`] converts the domain value to and from its versioned persisted form,
//! [`bundle`] packs records into the ZIP file that travels between agencies and the secretariat,
//! [`kipp`] holds the KIPP proposal template (word limits as data per year) and its rules,
//! and [`backup_archive`] is the whole-database archive inside a passphrase backup.
//!
//! Time never comes from the system clock here: callers pass `now` and `today` in.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod award;
#[cfg(feature = "backup")]
pub mod backup;
pub mod backup_archive;
pub mod bundle;
pub mod catalog;
pub mod chart;
pub mod csv_table;
pub mod dashboard;
pub mod decimal;
pub mod demo;
pub mod error;
pub mod handover;
pub mod iid_json;
pub mod innovation;
pub mod innovation_csv;
pub mod kipp;
pub mod labinov;
pub mod messages;
pub mod org;
pub mod projection;
pub mod recap;
pub mod recap_export;
pub mod record;
pub mod region_config;
pub mod registry;
pub mod reminder;
pub mod rollover;
pub mod scoring;
pub mod sealed;
pub mod text;
pub mod urusan;
pub mod validation;
pub mod verification;

pub use catalog::Catalog;
pub use decimal::{Hundredths, Points, Ratio};
pub use error::{
    BackupError, BackupErrorCode, BundleError, BundleErrorCode, CatalogError, IidInputError,
    KeyError, RecordError, ScoreError, SecretariatError,
};
pub use innovation::{
    Carryover, EvidenceFile, EvidenceTarget, ExtraValue, FileSlot, IndicatorAnswer, Initiator,
    Innovation, InnovationForm, InnovationId, InnovationKind, Level, Origin, Stage, Status,
};
pub use messages::Lang;
pub use org::{Agency, AgencyId, AgencyKind, Region, RegionKind};
pub use record::{InnovationRecord, SCHEMA_VERSION};
pub use reminder::{ExportHistory, ExportReminder, export_reminder};
pub use scoring::{IidResult, Predicate, RegionInput, View, score_region};
pub use text::word_count;
pub use validation::{
    FieldPath, Issue, IssueCode, Severity, ValidationRules, validate, validate_with_catalog,
};

/// The version of this build of Inovda, written into bundles and shown by the CLI.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

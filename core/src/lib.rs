//! Inovda's domain core: every rule of the product, with no I/O.
//!
//! The crate grows in layers; a folder imports only from the folders above it in this list
//! (checked by `tests/tidy.rs`):
//!
//! 1. [`base`]: the UI language, exact decimals, words, dates and numbers as text, hashing, the
//!    streaming ZIP writer, sheets and CSV, charts.
//! 2. [`model`]: the innovation profile, the year's catalog (data, not code), units, affairs,
//!    the Labinov track.
//! 3. [`rules`]: validation (every finding with a stable code and field path), kematangan and
//!    IID scoring (exact, no floats), the yearly roll-over, the national hand-over.
//! 4. [`exchange`]: the versioned record, signed bundles, backups, the IID JSON contract.
//! 5. [`secretariat`]: registry, region config, CSV imports, verification, projection,
//!    dashboard, recaps, the demo region.
//! 6. [`programmes`]: the local award and the KIPP proposal.
//!
//! A code, its error and its Indonesian/English text live in the module that owns them.
//! Time never comes from the system clock here: callers pass `now` and `today` in.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod base;
pub mod exchange;
pub mod model;
pub mod programmes;
pub mod rules;
pub mod secretariat;

pub use base::decimal::{Hundredths, Points, Ratio};
pub use base::lang::Lang;
pub use base::words::word_count;
pub use exchange::record::{InnovationRecord, RecordError, SCHEMA_VERSION};
pub use exchange::reminder::{ExportHistory, ExportReminder, RecordStamp, export_reminder};
pub use model::catalog::Catalog;
pub use model::innovation::{
    Carryover, EvidenceFile, EvidenceTarget, ExtraValue, FileSlot, IndicatorAnswer, Initiator,
    Innovation, InnovationForm, InnovationId, InnovationKind, Level, Origin, Stage, Status,
};
pub use model::org::{Agency, AgencyId, AgencyKind, Region, RegionKind};
pub use rules::scoring::{IidResult, Predicate, RegionInput, View, score_region};
pub use rules::validation::{
    FieldPath, Issue, IssueCode, Severity, ValidationRules, validate, validate_with_catalog,
};

/// The version of this build of Inovda, written into bundles and shown by the CLI.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

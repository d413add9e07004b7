//! The innovation list as plain data: one [`Row`] per stored record and the list's [`Filter`].
//!
//! Scores and findings come from core (`scoring::maturity`, `validate`) with the catalog of each
//! innovation's year; the view only renders these rows.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use inovda_core::rules::scoring::{View, maturity};
use inovda_core::{
    Catalog, Hundredths, InnovationRecord, Origin, Severity, Stage, Status, ValidationRules,
    validate,
};

/// One innovation as the list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    /// The name, trimmed; empty when none was typed yet.
    pub name: String,
    pub year: u16,
    pub stage: Option<Stage>,
    pub status: Status,
    /// Kematangan with the claimed levels; `None` when the year has no catalog or the record
    /// cannot be read.
    pub maturity: Option<Hundredths>,
    /// Number of error findings (what blocks "Ajukan"); `None` when the record cannot be read.
    pub missing: Option<usize>,
    /// Time of the last save; `None` when the record cannot be read.
    pub updated_at: Option<DateTime<Utc>>,
    /// Who typed it in: the agency, the secretariat on its behalf, or the demo generator.
    pub origin: Origin,
}

/// Prepares the rows of `records` (in the same order), validating them as of `today`.
pub fn rows(records: &[InnovationRecord], today: NaiveDate) -> Vec<Row> {
    let mut catalogs: BTreeMap<u16, Option<Catalog>> = BTreeMap::new();
    records
        .iter()
        .map(|record| {
            let mut row = Row {
                id: record.id.clone(),
                name: record.name.trim().to_owned(),
                year: record.year,
                stage: record.stage.as_deref().and_then(Stage::from_code),
                status: Status::from_code(&record.status).unwrap_or_default(),
                maturity: None,
                missing: None,
                updated_at: None,
                origin: Origin::Agency,
            };
            if let Ok(innovation) = record.to_domain() {
                let catalog = catalogs
                    .entry(innovation.year)
                    .or_insert_with(|| Catalog::builtin(innovation.year).ok());
                let rules = match catalog {
                    Some(catalog) => ValidationRules::from_catalog(catalog),
                    None => ValidationRules::national(),
                };
                let findings = validate(&innovation, &rules.on(today));
                row.missing =
                    Some(findings.iter().filter(|issue| issue.severity == Severity::Error).count());
                row.maturity = catalog
                    .as_ref()
                    .map(|catalog| maturity(catalog, &innovation, View::Claimed).round2());
                row.stage = innovation.stage;
                row.status = innovation.status;
                row.updated_at = Some(innovation.updated_at);
                row.origin = innovation.origin;
            }
            row
        })
        .collect()
}

/// The stage filter: any stage, "not chosen yet", or one stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StageFilter {
    #[default]
    Any,
    NotChosen,
    Is(Stage),
}

/// `<select>` value of the "not chosen yet" stage option.
pub const STAGE_NOT_CHOSEN: &str = "-";

impl StageFilter {
    /// Reads a `<select>` value: "" (any), [`STAGE_NOT_CHOSEN`], or a stage code.
    pub fn from_value(value: &str) -> Self {
        match value {
            STAGE_NOT_CHOSEN => StageFilter::NotChosen,
            code => Stage::from_code(code).map_or(StageFilter::Any, StageFilter::Is),
        }
    }

    fn matches(self, stage: Option<Stage>) -> bool {
        match self {
            StageFilter::Any => true,
            StageFilter::NotChosen => stage.is_none(),
            StageFilter::Is(wanted) => stage == Some(wanted),
        }
    }
}

/// What the user searches for and filters by; empty parts match everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub query: String,
    pub year: Option<u16>,
    pub stage: StageFilter,
    pub status: Option<Status>,
}

impl Filter {
    /// Reads the list's inputs: the search text and the year, stage and status `<select>` values.
    pub fn from_inputs(query: &str, year: &str, stage: &str, status: &str) -> Self {
        Self {
            query: query.trim().to_lowercase(),
            year: year.parse().ok(),
            stage: StageFilter::from_value(stage),
            status: Status::from_code(status),
        }
    }

    pub fn matches(&self, row: &Row) -> bool {
        (self.query.is_empty() || row.name.to_lowercase().contains(&self.query))
            && self.year.is_none_or(|year| row.year == year)
            && self.stage.matches(row.stage)
            && self.status.is_none_or(|status| row.status == status)
    }
}

/// The years to offer in the year filter: every year of the rows and `current`, newest first.
pub fn years(rows: &[Row], current: u16) -> Vec<u16> {
    let mut years: Vec<u16> = rows.iter().map(|row| row.year).chain([current]).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

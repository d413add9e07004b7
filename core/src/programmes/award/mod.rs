//! The secretariat's local innovation award (penghargaan inovasi daerah): rounds, entries,
//! juror score sheets and the ranking.
//!
//! An [`AwardRound`] (versioned, `schema_version` 1) names the round, its year, categories with
//! their number of winners, stages, weighted criteria (default: the 2023 IGA presentation
//! weights, summing to 100), jurors and the entries. [`AwardRound::validate`] collects every
//! problem as an [`AwardIssue`] (code + field path). [`eligible_entries`] picks the entries from
//! the innovations: latest verdict `diverifikasi` on the current revision and a verified
//! kematangan of at least the round's minimum; the category comes from the agency kind
//! ([`default_category`]) and can be overridden per entry.
//! Jurors score on their own device (see [`exchange`]); [`ranking`] merges their sheets and
//! ranks each category with exact arithmetic and a documented tie-break.

mod error;
pub mod exchange;
pub mod ranking;
pub mod text;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::base::decimal::Points;
use crate::exchange::bundle::VerdictRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, Status};
use crate::model::org::AgencyKind;
use crate::rules::scoring::{View, maturity};
use crate::secretariat::projection::latest_verdicts;
use crate::secretariat::registry::{Registry, name_key};
use crate::secretariat::verification::apply_verdict;

pub use error::AwardError;
pub use exchange::{
    AWARD_SCHEMA_VERSION, AwardPackage, Dossiers, EntryDossier, JurySheet, PackageEntry,
    award_bundle, jury_bundle, read_award_bundle, read_jury_bundle, sheet_from_inputs,
};
pub use ranking::{
    CategoryRanking, MergeOutcome, RankLine, Ranking, TieBreak, merge_sheet, missing_jurors, rank,
    winners_sheet,
};
pub use text::{award_error_message, award_issue_message, tie_break_label};

/// The highest score a juror can give on one criterion.
pub const MAX_SCORE: u8 = 100;
/// The sum every round's criterion weights must reach.
pub const WEIGHT_TOTAL: u32 = 100;

/// One award category and how many winners it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardCategory {
    /// Stable code (`perangkat_daerah`), used by entries.
    pub code: String,
    pub name: String,
    /// Number of winners (juara) in this category, at least 1.
    pub winners: u32,
}

/// One stage of the round (tahapan penghargaan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardStage {
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

/// One scoring criterion and its weight in percent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub code: String,
    pub name: String,
    /// Whole percent; the weights of a round sum to [`WEIGHT_TOTAL`].
    pub weight: u32,
}

/// One juror (dewan juri) of the round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Juror {
    /// `juri-1`, `juri-2`, … given by [`AwardRound::add_juror`]; never reused in a round.
    pub id: String,
    pub name: String,
    /// The relay member device the juror scores on, when the secretariat picked one: its
    /// package is sent there (and a package file is sealed to it). Never in a package.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<JurorDevice>,
}

/// A device of the region's relay, as the secretariat picked it for a juror.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JurorDevice {
    /// Its Ed25519 public key (64 hex characters), also its age recipient.
    pub public_key: String,
    /// The name it joined the relay with (a unit's name).
    pub name: String,
}

/// One innovation taking part in the round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardEntry {
    pub innovation_id: String,
    /// The revision that was verified.
    pub revision: u32,
    pub name: String,
    pub agency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency_kind: Option<AgencyKind>,
    /// A category code of the round.
    pub category: String,
    /// True when the secretariat chose the category by hand (kept when entries are refreshed).
    #[serde(default)]
    pub category_overridden: bool,
    /// Kematangan terverifikasi.
    pub maturity: Points,
    /// Catatan tinjau lapangan (field-review notes).
    #[serde(default)]
    pub field_note: String,
}

/// A local award round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardRound {
    pub schema_version: u32,
    /// A UUID given by the caller.
    pub id: String,
    pub name: String,
    pub year: u16,
    pub region: String,
    /// The secretariat's name as it signs award bundles.
    pub secretariat: String,
    pub categories: Vec<AwardCategory>,
    pub stages: Vec<AwardStage>,
    /// Code of the stage the round is in.
    pub current_stage: String,
    pub criteria: Vec<Criterion>,
    pub jurors: Vec<Juror>,
    /// Minimum kematangan terverifikasi of an entry (whole points).
    pub min_maturity: u32,
    pub entries: Vec<AwardEntry>,
    /// Whether the jurors' packages carry the entries' evidence files (the profiles and KIPP
    /// proposals always travel; evidence makes a package much larger).
    #[serde(default = "evidence_by_default")]
    pub evidence_in_packages: bool,
}

fn evidence_by_default() -> bool {
    true
}

/// The default categories (local competitions' usual groups) with 3 winners each.
pub fn default_categories() -> Vec<AwardCategory> {
    [
        ("perangkat_daerah", "Perangkat Daerah"),
        ("kecamatan_kelurahan", "Kecamatan/Kelurahan"),
        ("puskesmas", "Puskesmas"),
        ("sekolah", "Sekolah"),
        ("bumd", "BUMD"),
        ("masyarakat", "Masyarakat"),
    ]
    .into_iter()
    .map(|(code, name)| AwardCategory { code: code.into(), name: name.into(), winners: 3 })
    .collect()
}

/// The default stages, in order.
pub fn default_stages() -> Vec<AwardStage> {
    [
        ("administrasi", "Seleksi administrasi"),
        ("penilaian_dokumen", "Penilaian dokumen"),
        ("presentasi", "Presentasi"),
        ("tinjau_lapangan", "Tinjau lapangan"),
        ("penetapan", "Penetapan pemenang"),
    ]
    .into_iter()
    .map(|(code, name)| AwardStage { code: code.into(), name: name.into(), date: None })
    .collect()
}

/// The default criteria: the 2023 IGA presentation weights (kebaruan 30, kemanfaatan 25,
/// kewenangan & kolaborasi 15, replikasi & aplikatif 20, penguasaan materi 10).
pub fn default_criteria() -> Vec<Criterion> {
    [
        ("kebaruan", "Kebaruan", 30),
        ("kemanfaatan", "Kemanfaatan", 25),
        ("kewenangan_kolaborasi", "Kewenangan daerah & kolaborasi", 15),
        ("replikasi_aplikatif", "Replikasi & aplikatif", 20),
        ("penguasaan_materi", "Penguasaan materi & kualitas penyajian", 10),
    ]
    .into_iter()
    .map(|(code, name, weight)| Criterion { code: code.into(), name: name.into(), weight })
    .collect()
}

/// The category an agency kind falls in by default (documented in docs/glossary.md):
/// dinas, badan, sekretariat, RSUD and UPT → Perangkat Daerah; kecamatan, kelurahan and desa →
/// Kecamatan/Kelurahan; puskesmas, sekolah, BUMD, masyarakat → their own category; an agency
/// that is not on the registry → Perangkat Daerah.
pub fn default_category(kind: Option<AgencyKind>) -> &'static str {
    match kind {
        Some(AgencyKind::District | AgencyKind::UrbanVillage | AgencyKind::Village) => {
            "kecamatan_kelurahan"
        }
        Some(AgencyKind::HealthCenter) => "puskesmas",
        Some(AgencyKind::School) => "sekolah",
        Some(AgencyKind::RegionalEnterprise) => "bumd",
        Some(AgencyKind::Community) => "masyarakat",
        Some(
            AgencyKind::Office
            | AgencyKind::Board
            | AgencyKind::Secretariat
            | AgencyKind::Hospital
            | AgencyKind::TechnicalUnit,
        )
        | None => "perangkat_daerah",
    }
}

/// Stable code of an award finding; its text lives in [`messages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AwardIssueCode {
    /// A required text is empty.
    Required,
    /// The round has no category / criterion / juror (`path` names the list).
    Empty,
    /// The criterion weights do not sum to 100 (`value` = the sum).
    WeightsSum,
    /// A category has fewer than 1 winner.
    WinnersTooFew,
    /// Two categories, criteria or jurors share a name or code.
    Duplicate,
    /// An entry names a category that the round does not have.
    UnknownCategory,
    /// The current stage is not one of the round's stages.
    UnknownStage,
    /// A score is missing.
    ScoreMissing,
    /// A score is not a whole number.
    ScoreNotNumber,
    /// A score is above 100.
    ScoreTooHigh,
    /// A score names an entry the round does not have.
    UnknownEntry,
    /// A score names a criterion the round does not have.
    UnknownCriterion,
}

impl AwardIssueCode {
    pub const ALL: [AwardIssueCode; 12] = [
        AwardIssueCode::Required,
        AwardIssueCode::Empty,
        AwardIssueCode::WeightsSum,
        AwardIssueCode::WinnersTooFew,
        AwardIssueCode::Duplicate,
        AwardIssueCode::UnknownCategory,
        AwardIssueCode::UnknownStage,
        AwardIssueCode::ScoreMissing,
        AwardIssueCode::ScoreNotNumber,
        AwardIssueCode::ScoreTooHigh,
        AwardIssueCode::UnknownEntry,
        AwardIssueCode::UnknownCriterion,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AwardIssueCode::Required => "required",
            AwardIssueCode::Empty => "empty",
            AwardIssueCode::WeightsSum => "weights_sum",
            AwardIssueCode::WinnersTooFew => "winners_too_few",
            AwardIssueCode::Duplicate => "duplicate",
            AwardIssueCode::UnknownCategory => "unknown_category",
            AwardIssueCode::UnknownStage => "unknown_stage",
            AwardIssueCode::ScoreMissing => "score_missing",
            AwardIssueCode::ScoreNotNumber => "score_not_number",
            AwardIssueCode::ScoreTooHigh => "score_too_high",
            AwardIssueCode::UnknownEntry => "unknown_entry",
            AwardIssueCode::UnknownCriterion => "unknown_criterion",
        }
    }
}

/// One award finding with the JSON path it concerns (`criteria[2].weight`,
/// `scores.<innovation id>.<criterion>`) and the offending value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardIssue {
    pub code: AwardIssueCode,
    pub path: String,
    pub value: String,
}

impl AwardIssue {
    pub(crate) fn new(
        code: AwardIssueCode,
        path: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Self { code, path: path.into(), value: value.into() }
    }
}

/// Issues for a list of named items: empty list, empty names, duplicate names and codes.
fn check_named<'a>(
    issues: &mut Vec<AwardIssue>,
    list: &str,
    items: impl ExactSizeIterator<Item = (&'a str, &'a str)>,
) {
    use AwardIssueCode as C;
    if items.len() == 0 {
        issues.push(AwardIssue::new(C::Empty, list, ""));
    }
    let (mut codes, mut names) = (HashSet::new(), HashSet::new());
    for (index, (code, name)) in items.enumerate() {
        if code.trim().is_empty() || !codes.insert(code) {
            issues.push(AwardIssue::new(C::Duplicate, format!("{list}[{index}].code"), code));
        }
        if name.trim().is_empty() {
            issues.push(AwardIssue::new(C::Required, format!("{list}[{index}].name"), ""));
        } else if !names.insert(name_key(name)) {
            issues.push(AwardIssue::new(C::Duplicate, format!("{list}[{index}].name"), name));
        }
    }
}

/// A code for a new item named `name`: the lower-case ASCII words joined by `_` (or `item`),
/// numbered from 2 when `taken` already holds it. Codes never change once given, names may.
fn fresh_code<'a>(name: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let base = if words.is_empty() { "item".to_owned() } else { words.join("_") };
    let taken: std::collections::HashSet<&str> = taken.collect();
    if !taken.contains(base.as_str()) {
        return base;
    }
    (2u32..)
        .map(|n| format!("{base}_{n}"))
        .find(|code| !taken.contains(code.as_str()))
        .unwrap_or(base)
}

/// Every problem of the criteria (shared by rounds and award packages).
pub(crate) fn check_criteria(issues: &mut Vec<AwardIssue>, criteria: &[Criterion]) {
    let items = criteria.iter().map(|c| (c.code.as_str(), c.name.as_str()));
    check_named(issues, "criteria", items);
    let sum: u32 = criteria.iter().map(|c| c.weight).sum();
    if !criteria.is_empty() && sum != WEIGHT_TOTAL {
        issues.push(AwardIssue::new(AwardIssueCode::WeightsSum, "criteria", sum.to_string()));
    }
}

impl AwardRound {
    /// A new round with the default categories, stages and criteria, no jurors, no entries.
    pub fn new(id: &str, name: &str, year: u16, region: &str, secretariat: &str) -> Self {
        Self {
            schema_version: AWARD_SCHEMA_VERSION,
            id: id.to_owned(),
            name: name.trim().to_owned(),
            year,
            region: region.to_owned(),
            secretariat: secretariat.to_owned(),
            categories: default_categories(),
            stages: default_stages(),
            current_stage: "administrasi".into(),
            criteria: default_criteria(),
            jurors: Vec::new(),
            min_maturity: 60,
            entries: Vec::new(),
            evidence_in_packages: true,
        }
    }

    /// Adds a juror with the next free id and returns that id.
    pub fn add_juror(&mut self, name: &str) -> String {
        let next = self
            .jurors
            .iter()
            .filter_map(|juror| juror.id.strip_prefix("juri-")?.parse::<u32>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        let id = format!("juri-{next}");
        self.jurors.push(Juror { id: id.clone(), name: name.trim().to_owned(), device: None });
        id
    }

    /// Sets (or, with `None`, clears) the device a juror's package goes to.
    pub fn set_juror_device(&mut self, juror_id: &str, device: Option<JurorDevice>) {
        if let Some(juror) = self.jurors.iter_mut().find(|juror| juror.id == juror_id) {
            juror.device = device;
        }
    }

    /// Adds a category with one winner; returns its new code (from the name, made unique).
    pub fn add_category(&mut self, name: &str) -> String {
        let code = fresh_code(name, self.categories.iter().map(|c| c.code.as_str()));
        self.categories.push(AwardCategory {
            code: code.clone(),
            name: name.trim().to_owned(),
            winners: 1,
        });
        code
    }

    /// Adds a criterion with weight 0 (the sum then says what to rebalance); returns its code.
    pub fn add_criterion(&mut self, name: &str) -> String {
        let code = fresh_code(name, self.criteria.iter().map(|c| c.code.as_str()));
        self.criteria.push(Criterion {
            code: code.clone(),
            name: name.trim().to_owned(),
            weight: 0,
        });
        code
    }

    /// Adds a stage without a date at the end; returns its code.
    pub fn add_stage(&mut self, name: &str) -> String {
        let code = fresh_code(name, self.stages.iter().map(|s| s.code.as_str()));
        self.stages.push(AwardStage {
            code: code.clone(),
            name: name.trim().to_owned(),
            date: None,
        });
        code
    }

    pub fn juror(&self, id: &str) -> Option<&Juror> {
        self.jurors.iter().find(|juror| juror.id == id)
    }

    pub fn category(&self, code: &str) -> Option<&AwardCategory> {
        self.categories.iter().find(|category| category.code == code)
    }

    /// The sum of the criterion weights (100 when valid), for the live sum on the form.
    pub fn weight_sum(&self) -> u32 {
        self.criteria.iter().map(|c| c.weight).sum()
    }

    /// Every problem of the round (empty = usable).
    pub fn validate(&self) -> Vec<AwardIssue> {
        use AwardIssueCode as C;
        let mut issues = Vec::new();
        if self.name.trim().is_empty() {
            issues.push(AwardIssue::new(C::Required, "name", ""));
        }
        if self.region.trim().is_empty() {
            issues.push(AwardIssue::new(C::Required, "region", ""));
        }
        if self.secretariat.trim().is_empty() {
            issues.push(AwardIssue::new(C::Required, "secretariat", ""));
        }
        let categories = self.categories.iter().map(|c| (c.code.as_str(), c.name.as_str()));
        check_named(&mut issues, "categories", categories);
        for (index, category) in self.categories.iter().enumerate() {
            if category.winners < 1 {
                issues.push(AwardIssue::new(
                    C::WinnersTooFew,
                    format!("categories[{index}].winners"),
                    category.winners.to_string(),
                ));
            }
        }
        let stages = self.stages.iter().map(|s| (s.code.as_str(), s.name.as_str()));
        check_named(&mut issues, "stages", stages);
        if !self.stages.iter().any(|stage| stage.code == self.current_stage) {
            issues.push(AwardIssue::new(C::UnknownStage, "current_stage", &self.current_stage));
        }
        check_criteria(&mut issues, &self.criteria);
        let jurors = self.jurors.iter().map(|j| (j.id.as_str(), j.name.as_str()));
        check_named(&mut issues, "jurors", jurors);
        for (index, entry) in self.entries.iter().enumerate() {
            if self.category(&entry.category).is_none() {
                issues.push(AwardIssue::new(
                    C::UnknownCategory,
                    format!("entries[{index}].category"),
                    &entry.category,
                ));
            }
        }
        issues
    }

    /// Reads a stored round: JSON shape and schema version only (see [`AwardRound::validate`]).
    pub fn from_json(bytes: &[u8]) -> Result<Self, AwardError> {
        exchange::versioned_json(bytes, "award round")
    }

    /// Pretty, stable JSON (field order is the struct's order).
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// The round's entries replaced by `eligible`, keeping the hand-chosen category and the
    /// field-review notes of every entry that stays.
    pub fn refresh_entries(&mut self, eligible: Vec<AwardEntry>) {
        let kept: HashMap<&str, &AwardEntry> =
            self.entries.iter().map(|entry| (entry.innovation_id.as_str(), entry)).collect();
        let refreshed = eligible
            .into_iter()
            .map(|mut entry| {
                if let Some(old) = kept.get(entry.innovation_id.as_str()) {
                    entry.field_note = old.field_note.clone();
                    if old.category_overridden {
                        entry.category = old.category.clone();
                        entry.category_overridden = true;
                    }
                }
                entry
            })
            .collect();
        self.entries = refreshed;
    }

    /// Moves an entry into another category by hand.
    pub fn override_category(&mut self, innovation_id: &str, category: &str) {
        if let Some(entry) = self.entries.iter_mut().find(|e| e.innovation_id == innovation_id) {
            entry.category = category.to_owned();
            entry.category_overridden = entry.category != default_category(entry.agency_kind);
        }
    }
}

/// Why an innovation of the round's year was not taken as an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOutReason {
    /// Still a draft: never submitted to the secretariat.
    Draft,
    /// Submitted, but no verdict on its current revision yet.
    NotReviewed,
    /// The latest verdict on the current revision is not `diverifikasi` (perlu revisi, ditolak).
    NotVerified(Status),
    /// Verified, with a verified kematangan under the round's minimum.
    BelowMinimum { maturity: Points, minimum: u32 },
}

/// One innovation of the year that is not an entry, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub innovation_id: String,
    pub name: String,
    pub reason: LeftOutReason,
}

/// What "Ambil entri" found: the entries and every other innovation of the year with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntrySelection {
    pub entries: Vec<AwardEntry>,
    /// Sorted by name, like the entries.
    pub left_out: Vec<LeftOut>,
}

impl EntrySelection {
    /// How many were left out for each kind of reason: (draft, not reviewed, not verified,
    /// below the minimum).
    pub fn left_out_counts(&self) -> (usize, usize, usize, usize) {
        self.left_out.iter().fold((0, 0, 0, 0), |(d, r, v, m), left| match left.reason {
            LeftOutReason::Draft => (d + 1, r, v, m),
            LeftOutReason::NotReviewed => (d, r + 1, v, m),
            LeftOutReason::NotVerified(_) => (d, r, v + 1, m),
            LeftOutReason::BelowMinimum { .. } => (d, r, v, m + 1),
        })
    }
}

/// The innovations of the catalog's year that may enter a round: the latest verdict on the
/// current revision says `diverifikasi` and the verified kematangan is at least `min_maturity`.
/// Sorted by name; the category follows the registry's agency kind ([`default_category`]).
pub fn eligible_entries(
    catalog: &Catalog,
    innovations: &[Innovation],
    verdicts: &[VerdictRecord],
    registry: &Registry,
    min_maturity: u32,
) -> Vec<AwardEntry> {
    select_entries(catalog, innovations, verdicts, registry, min_maturity).entries
}

/// [`eligible_entries`] with every other innovation of the year and the reason it was left out.
pub fn select_entries(
    catalog: &Catalog,
    innovations: &[Innovation],
    verdicts: &[VerdictRecord],
    registry: &Registry,
    min_maturity: u32,
) -> EntrySelection {
    let latest = latest_verdicts(verdicts);
    let minimum = Points::whole(i64::from(min_maturity));
    let mut selection = EntrySelection::default();
    for innovation in innovations.iter().filter(|innovation| innovation.year == catalog.year) {
        let id = innovation.id.to_string();
        let left_out = |reason| LeftOut {
            innovation_id: id.clone(),
            name: innovation.name.trim().to_owned(),
            reason,
        };
        let verdict =
            latest.get(id.as_str()).copied().filter(|v| v.revision == innovation.revision);
        let Some(verdict) = verdict else {
            let reason = if innovation.status == Status::Draft {
                LeftOutReason::Draft
            } else {
                LeftOutReason::NotReviewed
            };
            selection.left_out.push(left_out(reason));
            continue;
        };
        let reviewed = apply_verdict(innovation, Some(verdict));
        if reviewed.status != Status::Verified {
            selection.left_out.push(left_out(LeftOutReason::NotVerified(reviewed.status)));
            continue;
        }
        let verified = maturity(catalog, &reviewed, View::Verified);
        if verified < minimum {
            let reason = LeftOutReason::BelowMinimum { maturity: verified, minimum: min_maturity };
            selection.left_out.push(left_out(reason));
            continue;
        }
        let agency = innovation
            .agency_id
            .and_then(|agency| registry.get(agency))
            .or_else(|| registry.find_by_name(&innovation.agency));
        let kind = agency.map(|agency| agency.kind);
        selection.entries.push(AwardEntry {
            innovation_id: id.clone(),
            revision: innovation.revision,
            name: innovation.name.trim().to_owned(),
            agency: innovation.agency.clone(),
            agency_kind: kind,
            category: default_category(kind).to_owned(),
            category_overridden: false,
            maturity: verified,
            field_note: String::new(),
        });
    }
    selection.entries.sort_by(|a, b| {
        (name_key(&a.name), &a.innovation_id).cmp(&(name_key(&b.name), &b.innovation_id))
    });
    selection.left_out.sort_by(|a, b| {
        (name_key(&a.name), &a.innovation_id).cmp(&(name_key(&b.name), &b.innovation_id))
    });
    selection
}

#[cfg(test)]
mod tests;

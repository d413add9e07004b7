//! Validation: collects every finding about an innovation, never stopping at the first.
//!
//! Each finding ([`Issue`]) has a stable [`IssueCode`], a [`Severity`] (errors block Ajukan),
//! the [`FieldPath`] it concerns and numeric parameters for its message.
//! The year-dependent numbers come from a [`Catalog`] through [`ValidationRules::from_catalog`];
//! `today` is a parameter, never read from the clock.

mod text;

pub use text::{field_label, field_name, issue_message, issue_message_in, word_count_label};

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::base::words::word_count;
use crate::model::catalog::{Catalog, DateWindow, EvidenceRules};
use crate::model::innovation::{EvidenceFile, Innovation, Stage};
use crate::model::urusan::affair_by_number;

/// Whether a finding blocks submission (Ajukan) or is only advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// Stable code of a finding; its text lives in [`crate::messages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssueCode {
    /// A required field is empty.
    Required,
    /// The rancang bangun has fewer words than the year's minimum (`count`, `min`).
    TooFewWords,
    /// A date lies after today (`today`).
    DateInFuture,
    /// Waktu uji coba is after waktu penerapan (`trial`, `implementation`).
    TrialAfterImplementation,
    /// Waktu pengembangan is before waktu penerapan (`development`, `implementation`).
    DevelopmentBeforeImplementation,
    /// Penerapan (and any development) outside the catalog's age window (`from`, `to`).
    OutsideAgeWindow,
    /// An urusan number that is not on the 38-item list (`value`).
    UnknownAffair,
    /// An urusan beririsan repeats the urusan utama or another irisan (`value`).
    RepeatedAffair,
    /// A mandatory SID indicator has no level above 0 (`number`).
    MandatoryIndicatorMissing,
    /// An indicator is answered (level ≥ 1) without evidence (`number`).
    MissingEvidence,
    /// An answer to an indicator number the catalog does not have (`number`).
    UnknownIndicator,
    /// A file is larger than the catalog allows (`size`, `max`).
    FileTooLarge,
    /// A file's type is not accepted for this slot.
    FileTypeNotAllowed,
    /// Another innovation of the same region and year has the same name (`count`).
    DuplicateName,
}

impl IssueCode {
    pub const ALL: [IssueCode; 14] = [
        IssueCode::Required,
        IssueCode::TooFewWords,
        IssueCode::DateInFuture,
        IssueCode::TrialAfterImplementation,
        IssueCode::DevelopmentBeforeImplementation,
        IssueCode::OutsideAgeWindow,
        IssueCode::UnknownAffair,
        IssueCode::RepeatedAffair,
        IssueCode::MandatoryIndicatorMissing,
        IssueCode::MissingEvidence,
        IssueCode::UnknownIndicator,
        IssueCode::FileTooLarge,
        IssueCode::FileTypeNotAllowed,
        IssueCode::DuplicateName,
    ];

    /// The stable text form, used by the CLI and in tests.
    pub fn code(self) -> &'static str {
        match self {
            IssueCode::Required => "required",
            IssueCode::TooFewWords => "too_few_words",
            IssueCode::DateInFuture => "date_in_future",
            IssueCode::TrialAfterImplementation => "trial_after_implementation",
            IssueCode::DevelopmentBeforeImplementation => "development_before_implementation",
            IssueCode::OutsideAgeWindow => "outside_age_window",
            IssueCode::UnknownAffair => "unknown_affair",
            IssueCode::RepeatedAffair => "repeated_affair",
            IssueCode::MandatoryIndicatorMissing => "mandatory_indicator_missing",
            IssueCode::MissingEvidence => "missing_evidence",
            IssueCode::UnknownIndicator => "unknown_indicator",
            IssueCode::FileTooLarge => "file_too_large",
            IssueCode::FileTypeNotAllowed => "file_type_not_allowed",
            IssueCode::DuplicateName => "duplicate_name",
        }
    }
}

/// The field a finding is about, named like the record's JSON keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldPath {
    Name,
    Stage,
    Initiator,
    InitiatorName,
    Kind,
    Form,
    Theme,
    ThemeDetail,
    MainAffair,
    RelatedAffairs,
    TrialDate,
    ImplementationDate,
    DevelopmentDate,
    Design,
    Goal,
    Benefit,
    Outcome,
    BudgetFile,
    BusinessProfileFile,
    IprFile,
    AwardFile,
    /// The level of SID indicator `n` (16–35).
    Indicator(u8),
    /// The evidence of SID indicator `n`.
    IndicatorEvidence(u8),
    /// The catalog's extra field at this index of [`Catalog::extra_fields`].
    Extra(u8),
}

impl FieldPath {
    /// The top-level record key ("indicators" for both indicator paths, "extra" for extra fields).
    /// [`fmt::Display`] gives the full path, e.g. `indicators.16.evidence`.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldPath::Name => "name",
            FieldPath::Stage => "stage",
            FieldPath::Initiator => "initiator",
            FieldPath::InitiatorName => "initiator_name",
            FieldPath::Kind => "kind",
            FieldPath::Form => "form",
            FieldPath::Theme => "theme",
            FieldPath::ThemeDetail => "theme_detail",
            FieldPath::MainAffair => "main_affair",
            FieldPath::RelatedAffairs => "related_affairs",
            FieldPath::TrialDate => "trial_date",
            FieldPath::ImplementationDate => "implementation_date",
            FieldPath::DevelopmentDate => "development_date",
            FieldPath::Design => "design",
            FieldPath::Goal => "goal",
            FieldPath::Benefit => "benefit",
            FieldPath::Outcome => "outcome",
            FieldPath::BudgetFile => "budget_file",
            FieldPath::BusinessProfileFile => "business_profile_file",
            FieldPath::IprFile => "ipr_file",
            FieldPath::AwardFile => "award_file",
            FieldPath::Indicator(_) | FieldPath::IndicatorEvidence(_) => "indicators",
            FieldPath::Extra(_) => "extra",
        }
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldPath::Indicator(number) => write!(f, "indicators.{number}.claimed"),
            FieldPath::IndicatorEvidence(number) => write!(f, "indicators.{number}.evidence"),
            FieldPath::Extra(index) => write!(f, "extra.{index}"),
            other => f.write_str(other.as_str()),
        }
    }
}

/// One finding: what is wrong, where, and the numbers its message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub code: IssueCode,
    pub path: FieldPath,
    pub severity: Severity,
    /// Values the message quotes, e.g. `[("count", 120), ("min", 300)]`.
    /// Dates are `YYYYMMDD` numbers (see [`date_param`]).
    pub params: Vec<(&'static str, u64)>,
    /// What the finding is about within its field when the path alone does not say (the file
    /// name of an over-limit file); empty otherwise.
    pub subject: String,
}

impl Issue {
    pub fn new(code: IssueCode, path: FieldPath, severity: Severity) -> Self {
        Self { code, path, severity, params: Vec::new(), subject: String::new() }
    }

    /// The same finding about `subject` (a file name).
    pub fn about(mut self, subject: &str) -> Self {
        self.subject = subject.to_owned();
        self
    }

    pub fn with(mut self, key: &'static str, value: u64) -> Self {
        self.params.push((key, value));
        self
    }

    /// A parameter by name.
    pub fn param(&self, key: &str) -> Option<u64> {
        self.params.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

/// A date as an issue parameter: 2024-01-31 → 20240131.
pub fn date_param(date: NaiveDate) -> u64 {
    let year = u64::try_from(date.year()).unwrap_or(0);
    year * 10_000 + u64::from(date.month()) * 100 + u64::from(date.day())
}

/// The inverse of [`date_param`].
pub fn date_from_param(value: u64) -> Option<NaiveDate> {
    let year = i32::try_from(value / 10_000).ok()?;
    let month = u32::try_from(value / 100 % 100).ok()?;
    let day = u32::try_from(value % 100).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The year-dependent numbers validation needs, usually derived from a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationRules {
    /// Minimum words of the rancang bangun (300 in the national form).
    pub design_min_words: usize,
    /// The day dates are checked against; `None` skips the "not in the future" checks.
    pub today: Option<NaiveDate>,
    /// Penerapan must fall inside this window unless the development date does.
    pub age_window: Option<DateWindow>,
    /// Every SID indicator number of the catalog; empty skips the unknown-indicator check.
    pub indicator_numbers: Vec<u8>,
    /// Mandatory (wajib) SID indicator numbers.
    pub mandatory_indicators: Vec<u8>,
    /// SID indicators whose evidence is a video.
    pub video_indicators: Vec<u8>,
    /// File limits; `None` skips file checks.
    pub evidence: Option<EvidenceRules>,
    /// `(index, key)` of required extra fields of the catalog.
    pub required_extra: Vec<(u8, String)>,
}

impl ValidationRules {
    /// The national form's rules of the 2026 catalog, without a `today` (date-order checks only).
    pub fn national() -> Self {
        match Catalog::builtin(2026) {
            Ok(catalog) => Self::from_catalog(&catalog),
            Err(_) => Self::minimal(300),
        }
    }

    /// Only the word minimum and the required fields.
    pub fn minimal(design_min_words: usize) -> Self {
        Self {
            design_min_words,
            today: None,
            age_window: None,
            indicator_numbers: Vec::new(),
            mandatory_indicators: Vec::new(),
            video_indicators: Vec::new(),
            evidence: None,
            required_extra: Vec::new(),
        }
    }

    /// The rules of one assessment year.
    pub fn from_catalog(catalog: &Catalog) -> Self {
        let numbers = |keep: fn(&crate::model::catalog::IndicatorDef) -> bool| {
            catalog.sid.iter().filter(|row| keep(row)).map(|row| row.number).collect::<Vec<u8>>()
        };
        Self {
            design_min_words: catalog.design_min_words as usize,
            today: None,
            age_window: catalog.age_window,
            indicator_numbers: numbers(|_| true),
            mandatory_indicators: numbers(|row| row.mandatory),
            video_indicators: numbers(|row| row.video),
            evidence: Some(catalog.evidence.clone()),
            required_extra: catalog
                .extra_fields
                .iter()
                .enumerate()
                .filter(|(_, field)| field.required)
                .map(|(index, field)| (u8::try_from(index).unwrap_or(u8::MAX), field.key.clone()))
                .collect(),
        }
    }

    /// The same rules, checking dates against `today`.
    pub fn on(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }
}

/// Checks an innovation and returns every finding, in field order.
///
/// While drafting every finding is shown next to its field;
/// submission is allowed only when no finding has [`Severity::Error`].
/// Duplicate names need the other innovations: see [`duplicate_names`] and [`validate_with_catalog`].
pub fn validate(innovation: &Innovation, rules: &ValidationRules) -> Vec<Issue> {
    let mut issues = Vec::new();
    required_fields(innovation, rules, &mut issues);
    affairs(innovation, &mut issues);
    dates(innovation, rules, &mut issues);
    design_words(innovation, rules, &mut issues);
    files(innovation, rules, &mut issues);
    indicators(innovation, rules, &mut issues);
    issues
}

/// Every finding of [`validate`] with the catalog's rules on `today`, plus [`duplicate_names`].
pub fn validate_with_catalog(
    innovation: &Innovation,
    catalog: &Catalog,
    today: NaiveDate,
    others: &[Innovation],
) -> Vec<Issue> {
    let mut issues = duplicate_names(innovation, others);
    issues.extend(validate(innovation, &ValidationRules::from_catalog(catalog).on(today)));
    issues
}

/// The evidence files over the catalog's size limits (the national app refuses them): what the
/// secretariat's review shows, whatever else the record lacks.
pub fn over_limit_files(innovation: &Innovation, catalog: &Catalog) -> Vec<Issue> {
    let mut issues = Vec::new();
    files(innovation, &ValidationRules::from_catalog(catalog), &mut issues);
    issues.retain(|issue| issue.code == IssueCode::FileTooLarge);
    issues
}

fn normalized_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Other innovations of the same region and year with the same name
/// (ignoring case and spacing) give one [`IssueCode::DuplicateName`] error.
pub fn duplicate_names(innovation: &Innovation, others: &[Innovation]) -> Vec<Issue> {
    let name = normalized_name(&innovation.name);
    if name.is_empty() {
        return Vec::new();
    }
    let count = others
        .iter()
        .filter(|other| {
            other.id != innovation.id
                && other.year == innovation.year
                && normalized_name(&other.region) == normalized_name(&innovation.region)
                && normalized_name(&other.name) == name
        })
        .count();
    if count == 0 {
        Vec::new()
    } else {
        vec![
            Issue::new(IssueCode::DuplicateName, FieldPath::Name, Severity::Error)
                .with("count", count as u64),
        ]
    }
}

fn required(issues: &mut Vec<Issue>, missing: bool, path: FieldPath) {
    if missing {
        issues.push(Issue::new(IssueCode::Required, path, Severity::Error));
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn required_fields(innovation: &Innovation, rules: &ValidationRules, issues: &mut Vec<Issue>) {
    required(issues, blank(&innovation.name), FieldPath::Name);
    required(issues, innovation.stage.is_none(), FieldPath::Stage);
    required(issues, innovation.initiator.is_none(), FieldPath::Initiator);
    required(issues, blank(&innovation.initiator_name), FieldPath::InitiatorName);
    required(issues, innovation.kind.is_none(), FieldPath::Kind);
    required(issues, innovation.form.is_none(), FieldPath::Form);
    required(issues, blank(&innovation.theme), FieldPath::Theme);
    required(issues, innovation.main_affair.is_none(), FieldPath::MainAffair);
    let tried = matches!(innovation.stage, Some(Stage::Trial | Stage::Implementation));
    required(issues, tried && innovation.trial_date.is_none(), FieldPath::TrialDate);
    let applied = innovation.stage == Some(Stage::Implementation);
    required(
        issues,
        applied && innovation.implementation_date.is_none(),
        FieldPath::ImplementationDate,
    );
    required(issues, blank(&innovation.goal), FieldPath::Goal);
    required(issues, blank(&innovation.benefit), FieldPath::Benefit);
    required(issues, blank(&innovation.outcome), FieldPath::Outcome);
    for (index, key) in &rules.required_extra {
        required(issues, blank(innovation.extra_value(key)), FieldPath::Extra(*index));
    }
}

fn affairs(innovation: &Innovation, issues: &mut Vec<Issue>) {
    if let Some(main) = innovation.main_affair
        && affair_by_number(main).is_none()
    {
        issues.push(
            Issue::new(IssueCode::UnknownAffair, FieldPath::MainAffair, Severity::Error)
                .with("value", u64::from(main)),
        );
    }
    let mut seen: Vec<u8> = innovation.main_affair.into_iter().collect();
    for &related in &innovation.related_affairs {
        if affair_by_number(related).is_none() {
            issues.push(
                Issue::new(IssueCode::UnknownAffair, FieldPath::RelatedAffairs, Severity::Error)
                    .with("value", u64::from(related)),
            );
        } else if seen.contains(&related) {
            issues.push(
                Issue::new(IssueCode::RepeatedAffair, FieldPath::RelatedAffairs, Severity::Warning)
                    .with("value", u64::from(related)),
            );
        }
        seen.push(related);
    }
}

fn dates(innovation: &Innovation, rules: &ValidationRules, issues: &mut Vec<Issue>) {
    let trial = innovation.trial_date;
    let implementation = innovation.implementation_date;
    let development = innovation.development_date;
    if let (Some(trial), Some(implementation)) = (trial, implementation)
        && trial > implementation
    {
        issues.push(
            Issue::new(IssueCode::TrialAfterImplementation, FieldPath::TrialDate, Severity::Error)
                .with("trial", date_param(trial))
                .with("implementation", date_param(implementation)),
        );
    }
    if let (Some(development), Some(implementation)) = (development, implementation)
        && development < implementation
    {
        issues.push(
            Issue::new(
                IssueCode::DevelopmentBeforeImplementation,
                FieldPath::DevelopmentDate,
                Severity::Error,
            )
            .with("development", date_param(development))
            .with("implementation", date_param(implementation)),
        );
    }
    if let Some(today) = rules.today {
        for (date, path) in [
            (trial, FieldPath::TrialDate),
            (implementation, FieldPath::ImplementationDate),
            (development, FieldPath::DevelopmentDate),
        ] {
            if let Some(date) = date
                && date > today
            {
                issues.push(
                    Issue::new(IssueCode::DateInFuture, path, Severity::Error)
                        .with("today", date_param(today)),
                );
            }
        }
    }
    if let (Some(window), Some(implementation)) = (rules.age_window, implementation) {
        let developed_inside = development.is_some_and(|date| window.contains(date));
        if !window.contains(implementation) && !developed_inside {
            issues.push(
                Issue::new(
                    IssueCode::OutsideAgeWindow,
                    FieldPath::ImplementationDate,
                    Severity::Error,
                )
                .with("from", date_param(window.from))
                .with("to", date_param(window.to)),
            );
        }
    }
}

fn design_words(innovation: &Innovation, rules: &ValidationRules, issues: &mut Vec<Issue>) {
    let words = word_count(&innovation.design);
    if words == 0 {
        issues.push(Issue::new(IssueCode::Required, FieldPath::Design, Severity::Error));
    } else if words < rules.design_min_words {
        issues.push(
            Issue::new(IssueCode::TooFewWords, FieldPath::Design, Severity::Error)
                .with("count", words as u64)
                .with("min", rules.design_min_words as u64),
        );
    }
}

fn check_file(
    file: &EvidenceFile,
    path: FieldPath,
    limits: &EvidenceRules,
    video_allowed: bool,
    issues: &mut Vec<Issue>,
) {
    let media_type = file.media_type.trim().to_ascii_lowercase();
    let is_document = limits.media_types.iter().any(|t| t.eq_ignore_ascii_case(&media_type));
    let is_video = video_allowed
        && limits.video_media_types.iter().any(|t| t.eq_ignore_ascii_case(&media_type));
    if !is_document && !is_video {
        issues.push(Issue::new(IssueCode::FileTypeNotAllowed, path, Severity::Error));
        return;
    }
    let max = if is_video { limits.video_max_bytes } else { limits.max_bytes };
    if file.size > max {
        // The national app refuses the upload, so the file blocks Ajukan here.
        issues.push(
            Issue::new(IssueCode::FileTooLarge, path, Severity::Error)
                .with("size", u64::from(file.size))
                .with("max", u64::from(max))
                .about(&file.file_name),
        );
    }
}

fn files(innovation: &Innovation, rules: &ValidationRules, issues: &mut Vec<Issue>) {
    let Some(limits) = &rules.evidence else { return };
    for (file, path) in [
        (&innovation.budget_file, FieldPath::BudgetFile),
        (&innovation.business_profile_file, FieldPath::BusinessProfileFile),
        (&innovation.ipr_file, FieldPath::IprFile),
        (&innovation.award_file, FieldPath::AwardFile),
    ] {
        if let Some(file) = file {
            // Profil bisnis is a presentation (.ppt/.pptx) on the national form.
            let presentation = path == FieldPath::BusinessProfileFile
                && (file.media_type.contains("presentation")
                    || file.media_type.contains("powerpoint"));
            if !presentation {
                check_file(file, path, limits, false, issues);
            } else if file.size > limits.max_bytes {
                issues.push(
                    Issue::new(IssueCode::FileTooLarge, path, Severity::Error)
                        .with("size", u64::from(file.size))
                        .with("max", u64::from(limits.max_bytes))
                        .about(&file.file_name),
                );
            }
        }
    }
    for answer in &innovation.indicators {
        let video = rules.video_indicators.contains(&answer.number);
        for file in &answer.evidence {
            check_file(file, FieldPath::IndicatorEvidence(answer.number), limits, video, issues);
        }
    }
}

fn indicators(innovation: &Innovation, rules: &ValidationRules, issues: &mut Vec<Issue>) {
    for &number in &rules.mandatory_indicators {
        let answered =
            innovation.indicator(number).and_then(|a| a.claimed).is_some_and(|l| l.value() > 0);
        if !answered {
            issues.push(
                Issue::new(
                    IssueCode::MandatoryIndicatorMissing,
                    FieldPath::Indicator(number),
                    Severity::Error,
                )
                .with("number", u64::from(number)),
            );
        }
    }
    for answer in &innovation.indicators {
        let number = answer.number;
        if !rules.indicator_numbers.is_empty() && !rules.indicator_numbers.contains(&number) {
            issues.push(
                Issue::new(
                    IssueCode::UnknownIndicator,
                    FieldPath::Indicator(number),
                    Severity::Warning,
                )
                .with("number", u64::from(number)),
            );
            continue;
        }
        let claimed = answer.claimed.is_some_and(|level| level.value() > 0);
        let has_evidence = !answer.evidence.is_empty() || !blank(&answer.link);
        if claimed && !has_evidence {
            let severity = if rules.mandatory_indicators.contains(&number) {
                Severity::Error
            } else {
                Severity::Warning
            };
            issues.push(
                Issue::new(
                    IssueCode::MissingEvidence,
                    FieldPath::IndicatorEvidence(number),
                    severity,
                )
                .with("number", u64::from(number)),
            );
        }
    }
}

/// True when nothing blocks submission.
pub fn is_submittable(issues: &[Issue]) -> bool {
    issues.iter().all(|issue| issue.severity != Severity::Error)
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::model::innovation::{
        Initiator, InnovationForm, InnovationId, InnovationKind, Level, Stage,
    };

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test data")
    }

    fn today() -> NaiveDate {
        date(2026, 6, 15)
    }

    fn catalog() -> Catalog {
        Catalog::builtin(2026).expect("test data")
    }

    fn pdf(size: u32) -> EvidenceFile {
        EvidenceFile {
            sha256: "cd".repeat(32),
            file_name: "bukti.pdf".into(),
            media_type: "application/pdf".into(),
            size,
        }
    }

    fn draft(name: &str, stage: Option<Stage>, design: &str) -> Innovation {
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([3; 16]),
            "Dinkes",
            "Kota X",
            2026,
            now,
        );
        innovation.name = name.to_owned();
        innovation.stage = stage;
        innovation.design = design.to_owned();
        innovation
    }

    /// A complete, valid 2026 innovation.
    fn complete() -> Innovation {
        let mut innovation = draft("Si Ijol", Some(Stage::Implementation), &"kata ".repeat(300));
        innovation.initiator = Some(Initiator::Agency);
        innovation.initiator_name = "Dinas Pendidikan".into();
        innovation.kind = Some(InnovationKind::Digital);
        innovation.form = Some(InnovationForm::PublicService);
        innovation.theme = "Digitalisasi Layanan Pemerintahan".into();
        innovation.main_affair = Some(1);
        innovation.related_affairs = vec![16];
        innovation.trial_date = Some(date(2024, 1, 10));
        innovation.implementation_date = Some(date(2024, 6, 1));
        innovation.goal = "Mempercepat legalisir ijazah.".into();
        innovation.benefit = "Warga tidak perlu datang.".into();
        innovation.outcome = "2.500 ijazah terlayani.".into();
        for number in [16, 17, 32, 33, 35] {
            let answer = innovation.indicator_mut(number);
            answer.claimed = Level::new(2);
            answer.evidence.push(pdf(500_000));
        }
        innovation
    }

    fn codes(issues: &[Issue]) -> Vec<(String, &'static str)> {
        issues.iter().map(|issue| (issue.path.to_string(), issue.code.code())).collect()
    }

    fn check(innovation: &Innovation, expected: &[(&str, &str)]) {
        let issues = validate(innovation, &ValidationRules::from_catalog(&catalog()).on(today()));
        let expected: Vec<(String, &str)> =
            expected.iter().map(|(path, code)| ((*path).to_owned(), *code)).collect();
        assert_eq!(codes(&issues), expected);
    }

    #[test]
    fn a_complete_innovation_has_no_findings() {
        let issues = validate_with_catalog(&complete(), &catalog(), today(), &[]);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(is_submittable(&issues));
    }

    #[test]
    fn an_empty_draft_reports_every_missing_field() {
        let mut rules = ValidationRules::national();
        rules.mandatory_indicators.clear();
        let issues = validate(&draft("  ", None, ""), &rules);
        let paths: Vec<String> = issues.iter().map(|i| i.path.to_string()).collect();
        assert_eq!(
            paths,
            [
                "name",
                "stage",
                "initiator",
                "initiator_name",
                "kind",
                "form",
                "theme",
                "main_affair",
                "goal",
                "benefit",
                "outcome",
                "design"
            ]
        );
        assert!(issues.iter().all(|i| i.code == IssueCode::Required));
        assert!(!is_submittable(&issues));
    }

    #[test]
    fn a_short_design_reports_its_count_and_the_minimum() {
        let mut innovation = complete();
        innovation.design = "satu dua tiga".into();
        check(&innovation, &[("design", "too_few_words")]);
        let issues = validate(&innovation, &ValidationRules::national());
        assert_eq!(issues[0].param("count"), Some(3));
        assert_eq!(issues[0].param("min"), Some(300));
        let mut lenient = ValidationRules::national();
        lenient.design_min_words = 3;
        assert!(validate(&innovation, &lenient).is_empty());
    }

    #[test]
    fn stage_decides_which_dates_are_required() {
        let mut innovation = complete();
        innovation.trial_date = None;
        innovation.implementation_date = None;
        check(&innovation, &[("trial_date", "required"), ("implementation_date", "required")]);
        innovation.stage = Some(Stage::Initiative);
        check(&innovation, &[]);
    }

    #[test]
    fn dates_must_be_in_order_and_not_in_the_future() {
        let mut innovation = complete();
        innovation.trial_date = Some(date(2024, 7, 1));
        check(&innovation, &[("trial_date", "trial_after_implementation")]);
        let mut innovation = complete();
        innovation.implementation_date = Some(date(2026, 6, 16));
        innovation.trial_date = Some(date(2026, 6, 15));
        check(
            &innovation,
            &[
                ("implementation_date", "date_in_future"),
                ("implementation_date", "outside_age_window"),
            ],
        );
        let mut innovation = complete();
        innovation.development_date = Some(date(2024, 5, 1));
        check(&innovation, &[("development_date", "development_before_implementation")]);
    }

    #[test]
    fn the_age_window_admits_old_innovations_only_with_a_development_inside_it() {
        let mut innovation = complete();
        innovation.trial_date = Some(date(2021, 1, 1));
        innovation.implementation_date = Some(date(2022, 3, 1));
        check(&innovation, &[("implementation_date", "outside_age_window")]);
        let issues = validate(&innovation, &ValidationRules::from_catalog(&catalog()));
        assert_eq!(issues[0].param("from"), Some(20_240_101));
        assert_eq!(issues[0].param("to"), Some(20_251_231));
        innovation.development_date = Some(date(2025, 2, 1));
        check(&innovation, &[]);
        innovation.development_date = Some(date(2023, 2, 1));
        check(&innovation, &[("implementation_date", "outside_age_window")]);
        let mut boundary = complete();
        boundary.implementation_date = Some(date(2025, 12, 31));
        check(&boundary, &[]);
    }

    #[test]
    fn urusan_must_come_from_the_list() {
        let mut innovation = complete();
        innovation.main_affair = Some(39);
        innovation.related_affairs = vec![0, 16, 16];
        check(
            &innovation,
            &[
                ("main_affair", "unknown_affair"),
                ("related_affairs", "unknown_affair"),
                ("related_affairs", "repeated_affair"),
            ],
        );
        let issues = validate(&innovation, &ValidationRules::national());
        assert_eq!(issues[0].param("value"), Some(39));
        assert_eq!(issues[2].severity, Severity::Warning);
    }

    #[test]
    fn mandatory_indicators_need_a_level_and_evidence() {
        let mut innovation = complete();
        innovation.indicator_mut(16).claimed = Level::new(0);
        innovation.indicator_mut(35).evidence.clear();
        innovation.indicator_mut(20).claimed = Level::new(1);
        innovation.indicator_mut(99).claimed = Level::new(1);
        innovation.indicators.retain(|answer| answer.number != 17);
        check(
            &innovation,
            &[
                ("indicators.16.claimed", "mandatory_indicator_missing"),
                ("indicators.17.claimed", "mandatory_indicator_missing"),
                ("indicators.20.evidence", "missing_evidence"),
                ("indicators.35.evidence", "missing_evidence"),
                ("indicators.99.claimed", "unknown_indicator"),
            ],
        );
        let issues = validate(&innovation, &ValidationRules::national());
        let severity = |n: u8| {
            issues.iter().find(|i| i.path == FieldPath::IndicatorEvidence(n)).map(|i| i.severity)
        };
        assert_eq!(severity(20), Some(Severity::Warning));
        assert_eq!(severity(35), Some(Severity::Error));
        innovation.indicator_mut(35).link = "https://youtu.be/abc".into();
        let issues = validate(&innovation, &ValidationRules::national());
        assert!(!issues.iter().any(|i| i.path == FieldPath::IndicatorEvidence(35)));
    }

    #[test]
    fn evidence_files_respect_type_and_size_limits() {
        let mut innovation = complete();
        innovation.indicator_mut(16).evidence = vec![pdf(2_097_153)];
        innovation.indicator_mut(17).evidence[0].media_type = "application/zip".into();
        let mut video = pdf(50_000_000);
        video.media_type = "video/mp4".into();
        innovation.indicator_mut(35).evidence = vec![video.clone()];
        innovation.budget_file = Some(video);
        innovation.award_file = Some(pdf(1_000));
        check(
            &innovation,
            &[
                ("budget_file", "file_type_not_allowed"),
                ("indicators.16.evidence", "file_too_large"),
                ("indicators.17.evidence", "file_type_not_allowed"),
            ],
        );
        let issues = validate(&innovation, &ValidationRules::national());
        let too_large =
            issues.iter().find(|i| i.code == IssueCode::FileTooLarge).expect("test data");
        assert_eq!(too_large.param("max"), Some(2_097_152));
        assert_eq!(too_large.severity, Severity::Error, "an over-limit file blocks Ajukan");
        assert!(!too_large.subject.is_empty(), "the finding names the file");
        assert!(!is_submittable(&issues));
        let over = over_limit_files(&innovation, &Catalog::builtin(2026).expect("test data"));
        assert_eq!(over.len(), 1, "only the over-limit file, not the wrong type");
        assert_eq!(over[0].path, FieldPath::IndicatorEvidence(16));
    }

    #[test]
    fn required_extra_fields_come_from_the_catalog() {
        let mut catalog = catalog();
        catalog.extra_fields[1].required = true;
        let innovation = complete();
        let issues = validate(&innovation, &ValidationRules::from_catalog(&catalog));
        assert_eq!(codes(&issues), [("extra.1".to_owned(), "required")]);
        let mut filled = innovation;
        filled
            .extra
            .push(crate::model::innovation::ExtraValue { key: "pkpn".into(), value: "x".into() });
        assert!(validate(&filled, &ValidationRules::from_catalog(&catalog)).is_empty());
    }

    #[test]
    fn duplicate_names_are_found_within_a_region_and_year() {
        let innovation = complete();
        let mut same = complete();
        same.id = InnovationId::from_random_bytes([4; 16]);
        same.name = "  si   IJOL ".into();
        let mut other_region = same.clone();
        other_region.region = "Kota Y".into();
        let mut other_year = same.clone();
        other_year.year = 2025;
        let others = [innovation.clone(), same, other_region, other_year];
        let issues = duplicate_names(&innovation, &others);
        assert_eq!(codes(&issues), [("name".to_owned(), "duplicate_name")]);
        assert_eq!(issues[0].param("count"), Some(1));
        let issues = validate_with_catalog(&innovation, &catalog(), today(), &others);
        assert!(!is_submittable(&issues));
    }

    #[test]
    fn date_params_round_trip() {
        assert_eq!(date_param(date(2024, 1, 31)), 20_240_131);
        assert_eq!(date_from_param(20_240_131), Some(date(2024, 1, 31)));
        assert_eq!(date_from_param(20_241_331), None);
    }
}

//! Validation: collects every finding about an innovation, never stopping at the first.

use crate::innovation::Innovation;
use crate::text::word_count;

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
    /// The rancang bangun has fewer words than the year's minimum.
    TooFewWords,
}

impl IssueCode {
    pub const ALL: [IssueCode; 2] = [IssueCode::Required, IssueCode::TooFewWords];

    /// The stable text form, used by the CLI and in tests.
    pub fn code(self) -> &'static str {
        match self {
            IssueCode::Required => "required",
            IssueCode::TooFewWords => "too_few_words",
        }
    }
}

/// The field a finding is about, named like the record's JSON keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldPath {
    Name,
    Stage,
    Design,
}

impl FieldPath {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldPath::Name => "name",
            FieldPath::Stage => "stage",
            FieldPath::Design => "design",
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
    pub params: Vec<(&'static str, u64)>,
}

impl Issue {
    fn new(code: IssueCode, path: FieldPath, severity: Severity) -> Self {
        Self { code, path, severity, params: Vec::new() }
    }

    fn with(mut self, key: &'static str, value: u64) -> Self {
        self.params.push((key, value));
        self
    }

    /// A parameter by name.
    pub fn param(&self, key: &str) -> Option<u64> {
        self.params.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

/// The year-dependent numbers validation needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationRules {
    /// Minimum words of the rancang bangun (300 in the national form).
    pub design_min_words: usize,
}

impl ValidationRules {
    /// The national form's rules (rancang bangun ≥ 300 words).
    pub fn national() -> Self {
        Self { design_min_words: 300 }
    }
}

/// Checks an innovation and returns every finding, in field order.
///
/// While drafting every finding is shown next to its field;
/// submission is allowed only when no finding has [`Severity::Error`].
pub fn validate(innovation: &Innovation, rules: &ValidationRules) -> Vec<Issue> {
    let mut issues = Vec::new();
    if innovation.name.trim().is_empty() {
        issues.push(Issue::new(IssueCode::Required, FieldPath::Name, Severity::Error));
    }
    if innovation.stage.is_none() {
        issues.push(Issue::new(IssueCode::Required, FieldPath::Stage, Severity::Error));
    }
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
    issues
}

/// True when nothing blocks submission.
pub fn is_submittable(issues: &[Issue]) -> bool {
    issues.iter().all(|issue| issue.severity != Severity::Error)
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::innovation::{InnovationId, Stage};

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

    fn codes(issues: &[Issue]) -> Vec<(&'static str, &'static str)> {
        issues.iter().map(|issue| (issue.path.as_str(), issue.code.code())).collect()
    }

    #[test]
    fn an_empty_draft_reports_every_missing_field() {
        let issues = validate(&draft("  ", None, ""), &ValidationRules::national());
        assert_eq!(
            codes(&issues),
            vec![("name", "required"), ("stage", "required"), ("design", "required")]
        );
        assert!(!is_submittable(&issues));
    }

    #[test]
    fn a_short_design_reports_its_count_and_the_minimum() {
        let issues = validate(
            &draft("Si Ijol", Some(Stage::Implementation), "satu dua tiga"),
            &ValidationRules::national(),
        );
        assert_eq!(codes(&issues), vec![("design", "too_few_words")]);
        assert_eq!(issues[0].param("count"), Some(3));
        assert_eq!(issues[0].param("min"), Some(300));
    }

    #[test]
    fn a_complete_draft_has_no_findings() {
        let design = "kata ".repeat(300);
        let issues =
            validate(&draft("Si Ijol", Some(Stage::Trial), &design), &ValidationRules::national());
        assert!(issues.is_empty(), "{issues:?}");
        assert!(is_submittable(&issues));
        let stricter = ValidationRules { design_min_words: 350 };
        let issues = validate(&draft("Si Ijol", Some(Stage::Trial), &design), &stricter);
        assert_eq!(codes(&issues), vec![("design", "too_few_words")]);
    }
}

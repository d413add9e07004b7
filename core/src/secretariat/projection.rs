//! SPD entry and the IID projection shown twice: klaim and terverifikasi.
//!
//! [`SpdAnswers`] (versioned, `schema_version` 1) holds the secretariat's level and note per SPD
//! row of the catalog (15 indicators / 20 rows in 2026); [`spd_rows`] gives the entry form's rows
//! with their level labels and points; [`spd_score`] validates and sums them; [`spd_unanswered`]
//! lists the rows still without a level (counted as 0). [`project`] scores
//! the region in both views with [`score_region`] (divisor MAX(k, n), empty seats, jumlah-inovasi
//! score with the yandas rule, total, IID, predicate) and adds "one more innovation of kematangan
//! m adds +x" for each m asked.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::base::decimal::{Points, Ratio};
use crate::exchange::bundle::VerdictRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, Level, Status};
use crate::rules::scoring::{
    Entry, IidResult, RegionInput, View, maturity, score_region, what_if_gain,
};
use crate::secretariat::SecretariatError;
use crate::secretariat::verification::apply_verdict;

/// The SPD answers schema version this build writes and reads.
pub const SPD_SCHEMA_VERSION: u32 = 1;

/// The level and note of one SPD row (`"1"`, `"2a"`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpdAnswer {
    pub row: String,
    /// 0–3, `null` while unanswered.
    #[serde(default)]
    pub level: Option<u8>,
    #[serde(default)]
    pub note: String,
}

/// The secretariat's SPD entry for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpdAnswers {
    pub schema_version: u32,
    pub year: u16,
    #[serde(default)]
    pub rows: Vec<SpdAnswer>,
}

impl SpdAnswers {
    pub fn new(year: u16) -> Self {
        Self { schema_version: SPD_SCHEMA_VERSION, year, rows: Vec::new() }
    }

    /// Sets the level and note of a row (replacing an earlier answer).
    pub fn set(&mut self, row: &str, level: Option<u8>, note: &str) {
        let answer = SpdAnswer { row: row.to_owned(), level, note: note.to_owned() };
        match self.rows.iter_mut().find(|answer| answer.row == row) {
            Some(existing) => *existing = answer,
            None => self.rows.push(answer),
        }
    }

    pub fn from_json(bytes: &[u8]) -> Result<Self, SecretariatError> {
        let answers: SpdAnswers = serde_json::from_slice(bytes)
            .map_err(|e| SecretariatError::Json { what: "SPD answers", detail: e.to_string() })?;
        if answers.schema_version != SPD_SCHEMA_VERSION {
            return Err(SecretariatError::UnsupportedVersion {
                what: "SPD answers",
                found: answers.schema_version,
                supported: SPD_SCHEMA_VERSION,
            });
        }
        Ok(answers)
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }
}

/// One row of the SPD entry form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpdRowView {
    /// `"2a"`.
    pub id: String,
    pub number: u8,
    pub variable: String,
    pub name: String,
    pub weight: Points,
    /// Wajib in the catalog.
    pub mandatory: bool,
    /// Labels of levels 1–3 (level 0 = kosong / tidak sesuai).
    pub levels: [String; 3],
    pub evidence: String,
    pub level: Option<u8>,
    /// weight × level.
    pub points: Points,
    pub note: String,
}

/// Every SPD row of the catalog with the answer given (catalog order).
pub fn spd_rows(catalog: &Catalog, answers: &SpdAnswers) -> Vec<SpdRowView> {
    catalog
        .spd
        .iter()
        .map(|row| {
            let id = row.id();
            let answer = answers.rows.iter().find(|answer| answer.row == id);
            let level = answer.and_then(|answer| answer.level);
            SpdRowView {
                points: level.and_then(Level::new).map_or(Points::ZERO, |level| row.points(level)),
                id,
                number: row.number,
                variable: row.variable.clone(),
                name: row.name.clone(),
                weight: row.weight,
                mandatory: row.mandatory,
                levels: row.levels.clone(),
                evidence: row.evidence.clone(),
                level,
                note: answer.map(|answer| answer.note.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

/// Stable code of an SPD finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpdIssueCode {
    /// A row id the catalog does not have.
    UnknownRow,
    /// A level above 3.
    LevelOutOfRange,
    /// Two answers for one row.
    DuplicateRow,
    /// The answers are for another year than the catalog's.
    WrongYear,
    /// A catalog row without a level yet (counted as 0; reported by [`spd_unanswered`], it does
    /// not stop [`spd_score`]).
    Unanswered,
}

impl SpdIssueCode {
    pub const ALL: [SpdIssueCode; 5] = [
        SpdIssueCode::UnknownRow,
        SpdIssueCode::LevelOutOfRange,
        SpdIssueCode::DuplicateRow,
        SpdIssueCode::WrongYear,
        SpdIssueCode::Unanswered,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SpdIssueCode::UnknownRow => "unknown_row",
            SpdIssueCode::LevelOutOfRange => "level_out_of_range",
            SpdIssueCode::DuplicateRow => "duplicate_row",
            SpdIssueCode::WrongYear => "wrong_year",
            SpdIssueCode::Unanswered => "unanswered",
        }
    }
}

/// One SPD finding with its path (`rows[3].level`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpdIssue {
    pub code: SpdIssueCode,
    pub path: String,
}

/// The SPD score, or every problem of the answers. Unanswered rows count 0.
pub fn spd_score(catalog: &Catalog, answers: &SpdAnswers) -> Result<Points, Vec<SpdIssue>> {
    let mut issues = Vec::new();
    if answers.year != catalog.year {
        issues.push(SpdIssue { code: SpdIssueCode::WrongYear, path: "year".into() });
    }
    let mut seen = std::collections::HashSet::new();
    let mut total = Points::ZERO;
    for (index, answer) in answers.rows.iter().enumerate() {
        let issue = |code, field: &str| SpdIssue { code, path: format!("rows[{index}].{field}") };
        let Some(row) = catalog.spd_row(&answer.row) else {
            issues.push(issue(SpdIssueCode::UnknownRow, "row"));
            continue;
        };
        if !seen.insert(answer.row.as_str()) {
            issues.push(issue(SpdIssueCode::DuplicateRow, "row"));
        }
        match answer.level.map(Level::new) {
            None => {}
            Some(Some(level)) => total = total.plus(row.points(level)),
            Some(None) => issues.push(issue(SpdIssueCode::LevelOutOfRange, "level")),
        }
    }
    if issues.is_empty() { Ok(total) } else { Err(issues) }
}

/// The catalog rows still without a level, in catalog order, each as an
/// [`SpdIssueCode::Unanswered`] issue with the path `spd.<row id>` (`spd.2a`). Level 0 is an
/// answer ("tidak ada / tidak sesuai"), so it is not listed.
pub fn spd_unanswered(catalog: &Catalog, answers: &SpdAnswers) -> Vec<SpdIssue> {
    catalog
        .spd
        .iter()
        .map(|row| row.id())
        .filter(|id| !answers.rows.iter().any(|answer| &answer.row == id && answer.level.is_some()))
        .map(|id| SpdIssue { code: SpdIssueCode::Unanswered, path: format!("spd.{id}") })
        .collect()
}

/// "One more innovation of kematangan `maturity` adds `gain` to the IID".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatIf {
    pub maturity: Points,
    /// With an urusan that is already covered (or none).
    pub gain: Ratio,
    /// When it also covers the first missing yandas urusan; `None` when all are covered or
    /// when the urusan does not change the gain (shown to the hundredth), so that no line
    /// suggests the urusan matters when it does not.
    pub gain_covering_yandas: Option<(u8, Ratio)>,
}

/// The regional score in one view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectionView {
    pub result: IidResult,
    /// Counted innovations whose current revision has no verdict yet (their claims stand in).
    pub unreviewed: u32,
    pub what_if: Vec<WhatIf>,
}

/// The projection in both views.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    pub year: u16,
    pub claimed: ProjectionView,
    pub verified: ProjectionView,
}

/// Latest verdict per innovation id (highest revision, then latest decision).
pub fn latest_verdicts(verdicts: &[VerdictRecord]) -> HashMap<&str, &VerdictRecord> {
    let mut latest: HashMap<&str, &VerdictRecord> = HashMap::new();
    for verdict in verdicts {
        let newer = latest.get(verdict.innovation_id.as_str()).is_none_or(|known| {
            (verdict.revision, verdict.decided_at.as_str())
                > (known.revision, known.decided_at.as_str())
        });
        if newer {
            latest.insert(verdict.innovation_id.as_str(), verdict);
        }
    }
    latest
}

fn view(
    catalog: &Catalog,
    input: RegionInput,
    unreviewed: u32,
    what_if_maturities: &[Points],
) -> ProjectionView {
    let result = score_region(catalog, &input);
    let what_if = what_if_maturities
        .iter()
        .map(|&m| {
            let gain = what_if_gain(catalog, &input, m, None);
            WhatIf {
                maturity: m,
                gain,
                gain_covering_yandas: result
                    .yandas_missing
                    .first()
                    .map(|&affair| (affair, what_if_gain(catalog, &input, m, Some(affair))))
                    .filter(|(_, covering)| covering.round2() != gain.round2()),
            }
        })
        .collect();
    ProjectionView { result, unreviewed, what_if }
}

/// The IID projection of the year's innovations in both views. `innovations` may hold other
/// years (they are left out); the verified view applies each innovation's verdict when it is for
/// the current revision (rejected = kematangan 0, still counted in n).
pub fn project(
    catalog: &Catalog,
    spd: Points,
    innovations: &[Innovation],
    verdicts: &[VerdictRecord],
    what_if_maturities: &[Points],
) -> Projection {
    let latest = latest_verdicts(verdicts);
    let mut claimed = Vec::new();
    let mut verified = Vec::new();
    let mut unreviewed = 0u32;
    for innovation in innovations.iter().filter(|i| i.year == catalog.year) {
        let verdict = latest
            .get(innovation.id.to_string().as_str())
            .copied()
            .filter(|v| v.revision == innovation.revision);
        if verdict.is_none() && innovation.status != Status::Draft {
            unreviewed += 1;
        }
        let reviewed = apply_verdict(innovation, verdict);
        claimed.push(Entry {
            status: innovation.status,
            maturity: maturity(catalog, innovation, View::Claimed),
            main_affair: innovation.main_affair,
            related_affairs: innovation.related_affairs.clone(),
        });
        verified.push(Entry {
            status: reviewed.status,
            maturity: maturity(catalog, &reviewed, View::Verified),
            main_affair: innovation.main_affair,
            related_affairs: innovation.related_affairs.clone(),
        });
    }
    let input = |entries| RegionInput { spd, entries, yandas_covered: None };
    Projection {
        year: catalog.year,
        claimed: view(catalog, input(claimed), 0, what_if_maturities),
        verified: view(catalog, input(verified), unreviewed, what_if_maturities),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Hundredths;
    use crate::exchange::record::InnovationRecord;
    use crate::model::innovation::InnovationId;
    use crate::secretariat::verification::{build_verdict, review_template};

    #[test]
    fn spd_rows_cover_the_catalog_and_bad_answers_are_all_reported() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let mut answers = SpdAnswers::new(2026);
        answers.set("1", Some(3), "RPJMD 2025–2029");
        answers.set("2a", Some(2), "");
        answers.set("2a", Some(1), "diperbaiki");
        let rows = spd_rows(&catalog, &answers);
        assert_eq!(rows.len(), catalog.spd.len());
        assert_eq!((rows[0].level, rows[0].note.as_str()), (Some(3), "RPJMD 2025–2029"));
        assert_eq!(rows[1].level, Some(1));
        let expected = rows.iter().fold(Points::ZERO, |sum, row| sum.plus(row.points));
        assert_eq!(spd_score(&catalog, &answers), Ok(expected));
        answers.rows.push(SpdAnswer { row: "99".into(), level: Some(1), note: String::new() });
        answers.rows.push(SpdAnswer { row: "1".into(), level: Some(7), note: String::new() });
        answers.year = 2027;
        let codes: Vec<(SpdIssueCode, String)> = spd_score(&catalog, &answers)
            .unwrap_err()
            .into_iter()
            .map(|issue| (issue.code, issue.path))
            .collect();
        assert_eq!(
            codes,
            [
                (SpdIssueCode::WrongYear, "year".to_owned()),
                (SpdIssueCode::UnknownRow, "rows[2].row".to_owned()),
                (SpdIssueCode::DuplicateRow, "rows[3].row".to_owned()),
                (SpdIssueCode::LevelOutOfRange, "rows[3].level".to_owned()),
            ]
        );
        assert_eq!(SpdAnswers::from_json(&answers.to_json()), Ok(answers));
    }

    #[test]
    fn unanswered_rows_are_listed_in_catalog_order_and_level_0_is_an_answer() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let mut answers = SpdAnswers::new(2026);
        assert_eq!(spd_unanswered(&catalog, &answers).len(), 20);
        for row in &catalog.spd {
            answers.set(&row.id(), Some(0), "");
        }
        answers.set("2b", None, "menunggu APBD");
        answers.set("15", None, "");
        answers.rows.push(SpdAnswer { row: "99".into(), level: None, note: String::new() });
        let issues = spd_unanswered(&catalog, &answers);
        let paths: Vec<&str> = issues.iter().map(|issue| issue.path.as_str()).collect();
        assert_eq!(paths, ["spd.2b", "spd.15"]);
        assert!(issues.iter().all(|issue| issue.code == SpdIssueCode::Unanswered));
        assert_eq!(spd_score(&catalog, &answers).err().map(|e| e.len()), Some(1), "only row 99");
    }

    #[test]
    fn the_projection_shows_klaim_and_terverifikasi_with_what_if() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let now = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let mut innovations = Vec::new();
        for seed in 0..3u8 {
            let id = InnovationId::from_random_bytes([seed + 1; 16]);
            let mut innovation = Innovation::new(id, "Dinkes", "Kota X", 2026, now);
            innovation.main_affair = Some(seed + 1);
            for number in 16..=35 {
                innovation.indicator_mut(number).claimed = Level::new(3);
            }
            innovation.submit(now);
            innovations.push(innovation);
        }
        let mut draft = innovations[0].clone();
        draft.id = InnovationId::from_random_bytes([9; 16]);
        draft.status = Status::Draft;
        innovations.push(draft);
        let record = InnovationRecord::from(&innovations[0]);
        let mut review = review_template(&catalog, &innovations[0], None);
        review.status = Some(Status::Rejected);
        review.reason = "Bukan inovasi".into();
        let at =
            chrono::DateTime::parse_from_rfc3339("2026-07-01T09:00:00+07:00").expect("test data");
        let verdict = build_verdict(&catalog, &record, &review, at).expect("test data");
        let projection =
            project(&catalog, Points::whole(40), &innovations, &[verdict], &[Points::whole(100)]);
        let (claimed, verified) = (&projection.claimed, &projection.verified);
        assert_eq!(
            (claimed.result.n, claimed.result.divisor, claimed.result.empty_seats),
            (3, 12, 9)
        );
        assert_eq!(claimed.result.maturity_sum, Points::whole(333));
        assert_eq!(verified.result.n, 3, "rejected still counts in n");
        assert_eq!(verified.result.maturity_sum, Points::whole(222));
        assert_eq!(verified.unreviewed, 2);
        // 100 / 12 / 250 × 100 = 3.33 while seats are empty; yandas stays below 5 of 6.
        assert_eq!(claimed.what_if[0].gain.round2(), Hundredths(333));
        // Covering urusan 4 brings yandas to 5 of 6 only with 2 of them: no line for it.
        assert_eq!(claimed.what_if[0].gain_covering_yandas, None, "the same gain");
        assert_eq!(verified.result.yandas_missing, [1, 4, 5, 6]);
    }
}

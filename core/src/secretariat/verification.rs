//! The verification round trip: the secretariat's review of one revision, the verdict it becomes,
//! the feedback bundle per agency, what the agency sees, and what changed since the review.
//!
//! [`review_template`] starts a review with every verified level = the claimed level;
//! [`build_verdict`] validates it (a status is required; perlu revisi and ditolak need a reason)
//! and makes the [`VerdictRecord`] for the exact revision reviewed. [`apply_verdict`] and
//! [`claimed_vs_verified`] give the klaim/terverifikasi kematangan side by side;
//! [`feedback_bundle`] packs one agency's verdicts; [`feedback_for`] is the agency's view;
//! [`diff_records`] lists field by field what a re-submitted revision changed.

use std::collections::HashSet;

use chrono::{DateTime, FixedOffset};

use crate::base::decimal::Points;
use crate::exchange::bundle::{
    BundleContent, BundleKind, BundleMeta, VERDICT_SCHEMA_VERSION, VerdictRecord, VerifiedLevel,
};
use crate::exchange::record::{InnovationRecord, revision_hash};
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, Level, Status};
use crate::model::org::AgencyId;
use crate::rules::scoring::{View, maturity};
use crate::rules::validation::FieldPath;
use crate::secretariat::registry::{Registry, name_key};

/// The secretariat's decision on one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorReview {
    pub number: u8,
    /// The claimed level as the agency chose it (`None` = unanswered), for display.
    pub claimed: Option<u8>,
    /// The verified level; starts as the claimed level (0 when unanswered).
    pub level: u8,
    pub note: String,
}

/// A review in progress: what the form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// `None` until chosen; must be perlu revisi, diverifikasi or ditolak.
    pub status: Option<Status>,
    /// Why (required for perlu revisi and ditolak); becomes the verdict's `notes`.
    pub reason: String,
    /// One per SID row of the catalog, in catalog order.
    pub indicators: Vec<IndicatorReview>,
}

/// Stable code of a review finding; its text lives in [`crate::messages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewIssueCode {
    /// No status chosen.
    StatusRequired,
    /// A status the secretariat cannot give (draf, diajukan).
    StatusNotAllowed,
    /// Perlu revisi / ditolak without a reason.
    ReasonRequired,
    /// A verified level above 3.
    LevelOutOfRange,
    /// An indicator number the catalog does not have.
    UnknownIndicator,
    /// The record is a draft: nothing was submitted to review.
    NotSubmitted,
}

impl ReviewIssueCode {
    pub const ALL: [ReviewIssueCode; 6] = [
        ReviewIssueCode::StatusRequired,
        ReviewIssueCode::StatusNotAllowed,
        ReviewIssueCode::ReasonRequired,
        ReviewIssueCode::LevelOutOfRange,
        ReviewIssueCode::UnknownIndicator,
        ReviewIssueCode::NotSubmitted,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReviewIssueCode::StatusRequired => "status_required",
            ReviewIssueCode::StatusNotAllowed => "status_not_allowed",
            ReviewIssueCode::ReasonRequired => "reason_required",
            ReviewIssueCode::LevelOutOfRange => "level_out_of_range",
            ReviewIssueCode::UnknownIndicator => "unknown_indicator",
            ReviewIssueCode::NotSubmitted => "not_submitted",
        }
    }
}

/// One review finding: code and the form field (`status`, `reason`, `indicators.17`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewIssue {
    pub code: ReviewIssueCode,
    pub path: String,
}

/// A new review of `innovation`: verified levels default to the claimed ones (or an earlier
/// verdict's, when given for the same revision), notes empty, no status yet.
pub fn review_template(
    catalog: &Catalog,
    innovation: &Innovation,
    previous: Option<&VerdictRecord>,
) -> Review {
    let previous = previous.filter(|verdict| verdict.revision == innovation.revision);
    let indicators = catalog
        .sid
        .iter()
        .map(|row| {
            let claimed =
                innovation.indicator(row.number).and_then(|a| a.claimed).map(Level::value);
            let earlier =
                previous.and_then(|v| v.verified.iter().find(|level| level.number == row.number));
            IndicatorReview {
                number: row.number,
                claimed,
                level: earlier.map_or(claimed.unwrap_or(0), |level| level.level),
                note: earlier.map(|level| level.note.clone()).unwrap_or_default(),
            }
        })
        .collect();
    Review {
        status: previous.and_then(|verdict| Status::from_code(&verdict.status)),
        reason: previous.map(|verdict| verdict.notes.clone()).unwrap_or_default(),
        indicators,
    }
}

/// Every problem of a review (empty = it can be saved).
pub fn check_review(
    catalog: &Catalog,
    record: &InnovationRecord,
    review: &Review,
) -> Vec<ReviewIssue> {
    let issue = |code, path: &str| ReviewIssue { code, path: path.to_owned() };
    let mut issues = Vec::new();
    if record.status == Status::Draft.code() {
        issues.push(issue(ReviewIssueCode::NotSubmitted, "status"));
    }
    match review.status {
        None => issues.push(issue(ReviewIssueCode::StatusRequired, "status")),
        Some(Status::Verified) => {}
        Some(Status::NeedsRevision | Status::Rejected) => {
            if review.reason.trim().is_empty() {
                issues.push(issue(ReviewIssueCode::ReasonRequired, "reason"));
            }
        }
        Some(Status::Draft | Status::Submitted) => {
            issues.push(issue(ReviewIssueCode::StatusNotAllowed, "status"));
        }
    }
    for answer in &review.indicators {
        let path = format!("indicators.{}", answer.number);
        if catalog.sid_row(answer.number).is_none() {
            issues.push(issue(ReviewIssueCode::UnknownIndicator, &path));
        } else if Level::new(answer.level).is_none() {
            issues.push(issue(ReviewIssueCode::LevelOutOfRange, &path));
        }
    }
    issues
}

/// The verdict for exactly `record` (its revision and revision hash), decided at `decided_at`.
pub fn build_verdict(
    catalog: &Catalog,
    record: &InnovationRecord,
    review: &Review,
    decided_at: DateTime<FixedOffset>,
) -> Result<VerdictRecord, Vec<ReviewIssue>> {
    let issues = check_review(catalog, record, review);
    let Some(status) = review.status.filter(|_| issues.is_empty()) else {
        return Err(issues);
    };
    let mut verified: Vec<VerifiedLevel> = review
        .indicators
        .iter()
        .map(|answer| VerifiedLevel {
            number: answer.number,
            level: answer.level,
            note: answer.note.trim().to_owned(),
        })
        .collect();
    verified.sort_by_key(|level| level.number);
    verified.dedup_by_key(|level| level.number);
    Ok(VerdictRecord {
        schema_version: VERDICT_SCHEMA_VERSION,
        innovation_id: record.id.clone(),
        revision: record.revision,
        revision_hash: revision_hash(record),
        status: status.code().to_owned(),
        verified,
        notes: review.reason.trim().to_owned(),
        decided_at: decided_at.to_rfc3339(),
    })
}

/// The newest verdict for an innovation (highest revision, then latest decision).
pub fn latest_verdict<'a>(
    innovation_id: &str,
    verdicts: &'a [VerdictRecord],
) -> Option<&'a VerdictRecord> {
    verdicts.iter().filter(|verdict| verdict.innovation_id == innovation_id).max_by(|a, b| {
        let time = |v: &VerdictRecord| DateTime::parse_from_rfc3339(&v.decided_at).ok();
        (a.revision, time(a)).cmp(&(b.revision, time(b)))
    })
}

/// The innovation as the verified view sees it: the verdict's levels and status, when the verdict
/// is for its current revision. A verdict for an older revision leaves it unreviewed.
pub fn apply_verdict(innovation: &Innovation, verdict: Option<&VerdictRecord>) -> Innovation {
    let mut applied = innovation.clone();
    let Some(verdict) = verdict.filter(|v| {
        v.revision == innovation.revision && v.innovation_id == innovation.id.to_string()
    }) else {
        return applied;
    };
    for level in &verdict.verified {
        if let Some(value) = Level::new(level.level) {
            applied.indicator_mut(level.number).verified = Some(value);
        }
    }
    if let Some(status) = Status::from_code(&verdict.status) {
        applied.status = status;
    }
    applied
}

/// Klaim vs terverifikasi kematangan of one innovation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaturityPair {
    pub claimed: Points,
    /// `None` while no verdict covers the current revision.
    pub verified: Option<Points>,
}

/// Klaim and terverifikasi kematangan side by side.
pub fn claimed_vs_verified(
    catalog: &Catalog,
    innovation: &Innovation,
    verdict: Option<&VerdictRecord>,
) -> MaturityPair {
    let current = verdict.filter(|v| v.revision == innovation.revision);
    MaturityPair {
        claimed: maturity(catalog, innovation, View::Claimed),
        verified: current
            .map(|v| maturity(catalog, &apply_verdict(innovation, Some(v)), View::Verified)),
    }
}

/// Klaim vs terverifikasi kematangan of a review still being filled in (the form's levels
/// applied as verified), so the reviewer sees the effect before saving.
pub fn review_maturity(
    catalog: &Catalog,
    innovation: &Innovation,
    review: &Review,
) -> MaturityPair {
    let mut reviewed = innovation.clone();
    for answer in &review.indicators {
        if let Some(level) = Level::new(answer.level) {
            reviewed.indicator_mut(answer.number).verified = Some(level);
        }
    }
    MaturityPair {
        claimed: maturity(catalog, innovation, View::Claimed),
        verified: Some(maturity(catalog, &reviewed, View::Verified)),
    }
}

/// The writer's input for one agency's feedback bundle: the verdicts on that agency's innovations
/// (every revision's, so the agency keeps the history). Sign it with the secretariat's key.
pub fn feedback_bundle(
    region: &str,
    secretariat: &str,
    year: u16,
    created_at: &str,
    agency_records: &[InnovationRecord],
    verdicts: &[VerdictRecord],
) -> (BundleMeta, BundleContent) {
    let ids: HashSet<&str> = agency_records.iter().map(|record| record.id.as_str()).collect();
    let mut chosen: Vec<VerdictRecord> = verdicts
        .iter()
        .filter(|verdict| ids.contains(verdict.innovation_id.as_str()))
        .cloned()
        .collect();
    chosen.sort_by_key(VerdictRecord::key);
    chosen.dedup_by(|a, b| a.key() == b.key());
    let meta = BundleMeta {
        kind: BundleKind::Feedback,
        created_at: created_at.to_owned(),
        region: region.to_owned(),
        agency: secretariat.to_owned(),
        year,
    };
    (meta, BundleContent { verdicts: chosen, ..BundleContent::default() })
}

/// What the agency sees of one indicator after feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorFeedback {
    pub number: u8,
    pub claimed: Option<u8>,
    pub verified: u8,
    pub note: String,
    /// Verified below the claim, or a note was left: something to fix.
    pub to_fix: bool,
}

/// What the agency sees on an innovation after importing feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackView {
    pub status: Status,
    pub notes: String,
    pub decided_at: String,
    /// The revision the secretariat reviewed.
    pub reviewed_revision: u32,
    /// The innovation was changed (reopened or resubmitted) after that revision.
    pub outdated: bool,
    pub maturity: MaturityPair,
    pub indicators: Vec<IndicatorFeedback>,
}

impl FeedbackView {
    /// Indicator numbers with something to fix.
    pub fn to_fix(&self) -> Vec<u8> {
        self.indicators.iter().filter(|i| i.to_fix).map(|i| i.number).collect()
    }
}

/// The agency's view of the newest verdict on `innovation` (`None` when there is none).
pub fn feedback_for(
    catalog: &Catalog,
    innovation: &Innovation,
    verdicts: &[VerdictRecord],
) -> Option<FeedbackView> {
    let verdict = latest_verdict(&innovation.id.to_string(), verdicts)?;
    let status = Status::from_code(&verdict.status)?;
    let indicators = verdict
        .verified
        .iter()
        .map(|level| {
            let claimed =
                innovation.indicator(level.number).and_then(|a| a.claimed).map(Level::value);
            IndicatorFeedback {
                number: level.number,
                claimed,
                verified: level.level,
                note: level.note.clone(),
                to_fix: level.level < claimed.unwrap_or(0) || !level.note.is_empty(),
            }
        })
        .collect();
    let reviewed = {
        let mut as_reviewed = innovation.clone();
        as_reviewed.revision = verdict.revision;
        claimed_vs_verified(catalog, &as_reviewed, Some(verdict))
    };
    Some(FeedbackView {
        status,
        notes: verdict.notes.clone(),
        decided_at: verdict.decided_at.clone(),
        reviewed_revision: verdict.revision,
        outdated: innovation.revision > verdict.revision
            || (innovation.revision == verdict.revision && innovation.is_editable()),
        maturity: reviewed,
        indicators,
    })
}

/// One changed field between two revisions, as display text (labels: `messages::field_name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub path: FieldPath,
    pub before: String,
    pub after: String,
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// What changed from the reviewed revision `old` to `new`, field by field, in form order
/// (profile fields, then indicators: level and note as `Indicator(n)`, files and link as
/// `IndicatorEvidence(n)`, then the catalog's extra fields).
pub fn diff_records(
    catalog: &Catalog,
    old: &InnovationRecord,
    new: &InnovationRecord,
) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let mut push = |path, before: String, after: String| {
        if before != after {
            changes.push(FieldChange { path, before, after });
        }
    };
    let file = |f: &Option<crate::exchange::record::EvidenceRecord>| {
        f.as_ref().map(|f| f.file_name.clone()).unwrap_or_default()
    };
    let list = |v: &[u8]| v.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
    push(FieldPath::Name, old.name.clone(), new.name.clone());
    push(FieldPath::Stage, opt(&old.stage), opt(&new.stage));
    push(FieldPath::Initiator, opt(&old.initiator), opt(&new.initiator));
    push(FieldPath::InitiatorName, old.initiator_name.clone(), new.initiator_name.clone());
    push(FieldPath::Kind, opt(&old.kind), opt(&new.kind));
    push(FieldPath::Form, opt(&old.form), opt(&new.form));
    push(
        FieldPath::Theme,
        format!("{} {}", old.theme, old.theme_detail).trim().to_owned(),
        format!("{} {}", new.theme, new.theme_detail).trim().to_owned(),
    );
    push(FieldPath::MainAffair, opt(&old.main_affair), opt(&new.main_affair));
    push(FieldPath::RelatedAffairs, list(&old.related_affairs), list(&new.related_affairs));
    push(FieldPath::TrialDate, opt(&old.trial_date), opt(&new.trial_date));
    push(
        FieldPath::ImplementationDate,
        opt(&old.implementation_date),
        opt(&new.implementation_date),
    );
    push(FieldPath::DevelopmentDate, opt(&old.development_date), opt(&new.development_date));
    push(FieldPath::Design, old.design.clone(), new.design.clone());
    push(FieldPath::Goal, old.goal.clone(), new.goal.clone());
    push(FieldPath::Benefit, old.benefit.clone(), new.benefit.clone());
    push(FieldPath::Outcome, old.outcome.clone(), new.outcome.clone());
    push(FieldPath::BudgetFile, file(&old.budget_file), file(&new.budget_file));
    push(
        FieldPath::BusinessProfileFile,
        file(&old.business_profile_file),
        file(&new.business_profile_file),
    );
    push(FieldPath::IprFile, file(&old.ipr_file), file(&new.ipr_file));
    push(FieldPath::AwardFile, file(&old.award_file), file(&new.award_file));
    let answer = |record: &InnovationRecord, number: u8| {
        record.indicators.iter().find(|a| a.number == number).map_or_else(
            || (String::new(), String::new()),
            |a| {
                let level = match (a.claimed, a.note.trim()) {
                    (None, "") => String::new(),
                    (level, "") => opt(&level),
                    (level, note) => format!("{} — {note}", opt(&level)),
                };
                let mut files: Vec<&str> =
                    a.evidence.iter().map(|f| f.file_name.as_str()).collect();
                if !a.link.trim().is_empty() {
                    files.push(a.link.trim());
                }
                (level, files.join(", "))
            },
        )
    };
    for row in &catalog.sid {
        let (old_level, old_files) = answer(old, row.number);
        let (new_level, new_files) = answer(new, row.number);
        push(FieldPath::Indicator(row.number), old_level, new_level);
        push(FieldPath::IndicatorEvidence(row.number), old_files, new_files);
    }
    for (index, field) in catalog.extra_fields.iter().enumerate() {
        let value = |record: &InnovationRecord| {
            record
                .extra
                .iter()
                .find(|e| e.key == field.key)
                .map(|e| e.value.clone())
                .unwrap_or_default()
        };
        push(FieldPath::Extra(u8::try_from(index).unwrap_or(u8::MAX)), value(old), value(new));
    }
    changes
}

/// Where one innovation stands in the secretariat's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState {
    /// No verdict yet (belum diperiksa).
    Unreviewed,
    /// The newest verdict covers the current revision: diverifikasi, perlu revisi or ditolak.
    Decided(Status),
    /// The agency sent a later revision after the verdict on `reviewed` (revisi baru sejak
    /// diperiksa); `decided` is what that verdict said.
    ChangedSinceReview { reviewed: u32, decided: Status },
}

/// The review state of `innovation` given every verdict the secretariat holds.
pub fn review_state(innovation: &Innovation, verdicts: &[VerdictRecord]) -> ReviewState {
    let Some(verdict) = latest_verdict(&innovation.id.to_string(), verdicts) else {
        return ReviewState::Unreviewed;
    };
    let Some(decided) = Status::from_code(&verdict.status) else {
        return ReviewState::Unreviewed;
    };
    if verdict.revision < innovation.revision {
        ReviewState::ChangedSinceReview { reviewed: verdict.revision, decided }
    } else {
        ReviewState::Decided(decided)
    }
}

/// One innovation waiting for (or having had) the secretariat's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueItem {
    pub id: String,
    pub name: String,
    pub revision: u32,
    pub state: ReviewState,
}

/// The reported innovations of one agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyQueue {
    /// `None` for a name the innovations carry that is not in the registry.
    pub agency_id: Option<AgencyId>,
    /// The registry's spelling (or the innovations' own name when not registered).
    pub name: String,
    pub items: Vec<QueueItem>,
}

impl AgencyQueue {
    /// Ids of the agency's innovations (whose verdicts go into its feedback bundle).
    pub fn ids(&self) -> Vec<&str> {
        self.items.iter().map(|item| item.id.as_str()).collect()
    }
}

/// The secretariat's verification list for `year`: every reported (not draft) innovation of
/// that year, grouped by agency in registry order (matched by registry id, then by name),
/// names not in the registry afterwards in order of appearance; innovations by name.
pub fn verification_queue(
    year: u16,
    registry: &Registry,
    innovations: &[Innovation],
    verdicts: &[VerdictRecord],
) -> Vec<AgencyQueue> {
    let by_name = registry.name_index();
    let mut groups: Vec<AgencyQueue> = registry
        .agencies
        .iter()
        .map(|a| AgencyQueue { agency_id: Some(a.id), name: a.name.clone(), items: Vec::new() })
        .collect();
    let mut unlisted: Vec<AgencyQueue> = Vec::new();
    for innovation in innovations.iter().filter(|i| i.year == year && i.is_reported()) {
        let slot = innovation
            .agency_id
            .and_then(|id| registry.agencies.iter().position(|a| a.id == id))
            .or_else(|| by_name.get(&name_key(&innovation.agency)).copied());
        let item = QueueItem {
            id: innovation.id.to_string(),
            name: innovation.name.clone(),
            revision: innovation.revision,
            state: review_state(innovation, verdicts),
        };
        match slot {
            Some(index) => groups[index].items.push(item),
            None => {
                let key = name_key(&innovation.agency);
                match unlisted.iter_mut().find(|group| name_key(&group.name) == key) {
                    Some(group) => group.items.push(item),
                    None => unlisted.push(AgencyQueue {
                        agency_id: None,
                        name: innovation.agency.clone(),
                        items: vec![item],
                    }),
                }
            }
        }
    }
    groups.retain(|group| !group.items.is_empty());
    groups.extend(unlisted);
    for group in &mut groups {
        group.items.sort_by_cached_key(|item| name_key(&item.name));
    }
    groups
}

/// The record the verdict reviewed, among the current record and the kept older revisions
/// (matched by revision hash), so [`diff_records`] can show what changed since.
pub fn reviewed_record<'a>(
    verdict: &VerdictRecord,
    current: &'a InnovationRecord,
    kept: &'a [InnovationRecord],
) -> Option<&'a InnovationRecord> {
    std::iter::once(current).chain(kept.iter()).find(|record| {
        record.id == verdict.innovation_id && revision_hash(record) == verdict.revision_hash
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::bundle::{SigningKey, read_bundle, write_bundle};
    use crate::model::innovation::{EvidenceFile, InnovationId};

    fn catalog() -> Catalog {
        Catalog::builtin(2026).expect("test data")
    }

    fn time(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("test data")
    }

    fn submitted() -> Innovation {
        let now = time("2026-06-01T08:00:00+07:00").to_utc();
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([4; 16]),
            "Disdukcapil",
            "Kab. PALI",
            2026,
            now,
        );
        innovation.name = "Kandaku Rindu".into();
        for number in 16..=35 {
            innovation.indicator_mut(number).claimed = Level::new(3);
        }
        innovation.submit(now);
        innovation
    }

    #[test]
    fn a_review_defaults_to_the_claims_and_needs_a_status_and_a_reason() {
        let catalog = catalog();
        let innovation = submitted();
        let record = InnovationRecord::from(&innovation);
        let mut review = review_template(&catalog, &innovation, None);
        assert_eq!(review.indicators.len(), 20);
        assert!(review.indicators.iter().all(|i| i.level == 3 && i.claimed == Some(3)));
        let codes =
            |issues: Vec<ReviewIssue>| issues.into_iter().map(|i| i.code).collect::<Vec<_>>();
        let at = time("2026-07-01T09:00:00+07:00");
        assert_eq!(
            codes(build_verdict(&catalog, &record, &review, at).unwrap_err()),
            [ReviewIssueCode::StatusRequired]
        );
        review.status = Some(Status::NeedsRevision);
        review.indicators[1].level = 4;
        assert_eq!(
            codes(build_verdict(&catalog, &record, &review, at).unwrap_err()),
            [ReviewIssueCode::ReasonRequired, ReviewIssueCode::LevelOutOfRange]
        );
        review.status = Some(Status::Submitted);
        assert_eq!(
            codes(check_review(&catalog, &record, &review))[0],
            ReviewIssueCode::StatusNotAllowed
        );
        review.status = Some(Status::NeedsRevision);
        review.reason = "Bukti SK tidak sesuai".into();
        review.indicators[1].level = 0;
        review.indicators[1].note = "SK belum ditandatangani".into();
        let verdict = build_verdict(&catalog, &record, &review, at).expect("test data");
        assert_eq!(verdict.revision_hash, revision_hash(&record));
        assert_eq!(VerdictRecord::from_json(&verdict.to_json()), Ok(verdict.clone()));
        // Klaim 111 vs terverifikasi 111 − 3 × weight of 17.
        let pair = claimed_vs_verified(&catalog, &innovation, Some(&verdict));
        assert_eq!(review_maturity(&catalog, &innovation, &review), pair, "the form's preview");
        let weight17 = catalog.sid_row(17).expect("test data").weight.times(3);
        assert_eq!(pair.claimed, Points::whole(111));
        assert_eq!(pair.verified, Some(Points(Points::whole(111).0 - weight17.0)));
        let reviewed = apply_verdict(&innovation, Some(&verdict));
        assert_eq!(reviewed.status, Status::NeedsRevision);
        // The next review starts from this verdict.
        let again = review_template(&catalog, &innovation, Some(&verdict));
        assert_eq!((again.indicators[1].level, again.status), (0, Some(Status::NeedsRevision)));
    }

    #[test]
    fn feedback_travels_to_the_agency_which_sees_what_to_fix_and_the_secretariat_sees_changes() {
        let catalog = catalog();
        let innovation = submitted();
        let record = InnovationRecord::from(&innovation);
        let mut review = review_template(&catalog, &innovation, None);
        review.status = Some(Status::NeedsRevision);
        review.reason = "Lengkapi bukti".into();
        review.indicators[0].level = 1;
        let verdict = build_verdict(&catalog, &record, &review, time("2026-07-01T09:00:00+07:00"))
            .expect("test data");
        let mut other = verdict.clone();
        other.innovation_id = InnovationId::from_random_bytes([5; 16]).to_string();
        let (meta, content) = feedback_bundle(
            "Kab. PALI",
            "Bappeda",
            2026,
            "2026-07-02T08:00:00+07:00",
            std::slice::from_ref(&record),
            &[verdict.clone(), other],
        );
        assert_eq!(content.verdicts, std::slice::from_ref(&verdict), "only this agency's verdicts");
        let key = SigningKey::from_seed(&[3; 32]);
        let bundle = read_bundle(&write_bundle(&meta, &content, &[], &key).expect("test data"))
            .expect("test data");
        let view = feedback_for(&catalog, &innovation, &bundle.verdicts).expect("test data");
        assert_eq!(
            (view.status, view.reviewed_revision, view.outdated),
            (Status::NeedsRevision, 1, false)
        );
        assert_eq!(view.to_fix(), [16]);

        // The agency reopens, fixes indicator 16 and resubmits revision 2.
        let mut next = innovation.clone();
        next.reopen(revision_hash(&record), innovation.updated_at);
        assert!(feedback_for(&catalog, &next, &bundle.verdicts).expect("test data").outdated);
        next.indicator_mut(16).evidence.push(EvidenceFile {
            sha256: "ab".repeat(32),
            file_name: "SK-baru.pdf".into(),
            media_type: "application/pdf".into(),
            size: 10,
        });
        next.indicator_mut(17).note = "Sudah ditandatangani".into();
        next.name = "Kandaku Rindu 2".into();
        next.submit(innovation.updated_at);
        let changes = diff_records(&catalog, &record, &InnovationRecord::from(&next));
        let paths: Vec<FieldPath> = changes.iter().map(|c| c.path).collect();
        assert_eq!(
            paths,
            [FieldPath::Name, FieldPath::IndicatorEvidence(16), FieldPath::Indicator(17)]
        );
        assert_eq!(changes[1].after, "SK-baru.pdf");
        assert_eq!(changes[2].after, "3 — Sudah ditandatangani");
        // The old verdict does not apply to the new revision.
        assert_eq!(claimed_vs_verified(&catalog, &next, Some(&verdict)).verified, None);
    }

    #[test]
    fn the_queue_groups_reported_innovations_by_agency_with_their_review_state() {
        use crate::secretariat::registry::AgencyDraft;
        let catalog = catalog();
        let mut registry = Registry::default();
        let draft =
            |name: &str| AgencyDraft { name: name.into(), kind: "dinas".into(), parent: None };
        let dinkes =
            registry.add(&draft("Dinas Kesehatan"), AgencyId::derive(b"q", 1)).expect("test data");
        registry.add(&draft("Dinas Pendidikan"), AgencyId::derive(b"q", 2)).expect("test data");
        registry.add(&draft("Disdukcapil"), AgencyId::derive(b"q", 3)).expect("test data");
        // Matched by name (Disdukcapil), by id (Dinkes), and one name not in the registry.
        let reviewed = submitted();
        let mut by_id = submitted();
        by_id.id = InnovationId::from_random_bytes([6; 16]);
        by_id.agency = "Dinkes (nama lama)".into();
        by_id.agency_id = Some(dinkes);
        by_id.name = "Antar Obat".into();
        let mut unlisted = by_id.clone();
        unlisted.id = InnovationId::from_random_bytes([7; 16]);
        unlisted.agency_id = None;
        unlisted.agency = "Kecamatan Talang Ubi".into();
        let mut draft_one = unlisted.clone();
        draft_one.id = InnovationId::from_random_bytes([8; 16]);
        draft_one.status = Status::Draft;
        let mut other_year = unlisted.clone();
        other_year.id = InnovationId::from_random_bytes([9; 16]);
        other_year.year = 2025;

        let mut review = review_template(&catalog, &reviewed, None);
        review.status = Some(Status::Verified);
        let record = InnovationRecord::from(&reviewed);
        let verdict = build_verdict(&catalog, &record, &review, time("2026-07-01T09:00:00+07:00"))
            .expect("test data");
        let all = [reviewed.clone(), by_id, unlisted, draft_one, other_year];
        let queue = verification_queue(2026, &registry, &all, std::slice::from_ref(&verdict));
        let shape: Vec<(&str, Vec<(&str, ReviewState)>)> = queue
            .iter()
            .map(|g| {
                (g.name.as_str(), g.items.iter().map(|i| (i.name.as_str(), i.state)).collect())
            })
            .collect();
        assert_eq!(
            shape,
            [
                ("Dinas Kesehatan", vec![("Antar Obat", ReviewState::Unreviewed)]),
                ("Disdukcapil", vec![("Kandaku Rindu", ReviewState::Decided(Status::Verified))]),
                ("Kecamatan Talang Ubi", vec![("Antar Obat", ReviewState::Unreviewed)]),
            ]
        );
        assert_eq!(queue[1].ids(), [reviewed.id.to_string()]);

        // A later revision arrives: the state says so, and the reviewed record is found among
        // the kept revisions for the diff.
        let mut next = reviewed.clone();
        next.reopen(revision_hash(&record), reviewed.updated_at);
        next.name = "Kandaku Rindu Plus".into();
        next.submit(reviewed.updated_at);
        assert_eq!(
            review_state(&next, std::slice::from_ref(&verdict)),
            ReviewState::ChangedSinceReview { reviewed: 1, decided: Status::Verified }
        );
        let next_record = InnovationRecord::from(&next);
        let kept = [record.clone()];
        assert_eq!(reviewed_record(&verdict, &next_record, &kept), Some(&record));
        assert_eq!(reviewed_record(&verdict, &next_record, &[]), None);
        assert_eq!(reviewed_record(&verdict, &record, &[]), Some(&record));
    }
}

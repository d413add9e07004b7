//! What travels between the secretariat and its jurors: the award package (`award.json` of an
//! `award` bundle, secretariat → one juror) and the juror's score sheet (`jury.json` of a `jury`
//! bundle, juror → secretariat). Both are signed bundles like every other (docs/bundle-format.md).

use std::collections::{BTreeMap, HashSet};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::AwardError;
use super::{
    AwardCategory, AwardIssue, AwardIssueCode, AwardRound, Criterion, Juror, MAX_SCORE,
    check_criteria,
};
use crate::exchange::bundle::{
    BundleContent, BundleKind, BundleMeta, FileRef, VerifiedBundle, evidence_refs,
};
use crate::exchange::record::InnovationRecord;
use crate::programmes::kipp::KippProposal;
use crate::secretariat::SecretariatError;

/// The schema version of award rounds, packages and sheets this build writes and reads.
pub const AWARD_SCHEMA_VERSION: u32 = 1;

/// One entry as a juror sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageEntry {
    pub innovation_id: String,
    pub name: String,
    pub agency: String,
    /// A category code of the package.
    pub category: String,
}

/// What a juror reads of one entry beside the score boxes: the innovation as the secretariat
/// holds it (profile, indicators, the names of its evidence files) and its KIPP proposal when
/// the secretariat holds one. The evidence files themselves travel as the bundle's `files/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryDossier {
    pub record: InnovationRecord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<KippProposal>,
}

/// What the secretariat holds for a round's entries, to put in the jurors' packages.
pub struct Dossiers<'a> {
    /// The current records (any order; those of other innovations are ignored).
    pub records: &'a [InnovationRecord],
    pub proposals: &'a [KippProposal],
    /// SHA-256 of the evidence files stored on the secretariat's device: only those can travel.
    pub stored: &'a HashSet<String>,
}

/// `award.json`: what one juror needs to score the round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardPackage {
    pub schema_version: u32,
    pub round_id: String,
    pub round_name: String,
    pub year: u16,
    pub region: String,
    pub secretariat: String,
    /// The juror this package is for.
    pub juror: Juror,
    pub criteria: Vec<Criterion>,
    pub categories: Vec<AwardCategory>,
    pub entries: Vec<PackageEntry>,
    /// One per entry the secretariat holds the record of, in entry order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dossiers: Vec<EntryDossier>,
    /// Whether the bundle carries the evidence files the dossiers name (those stored on the
    /// secretariat's device); `false` when the secretariat left evidence out.
    #[serde(default)]
    pub evidence_included: bool,
}

/// `jury.json`: one juror's scores, 0–100 per entry and criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JurySheet {
    pub schema_version: u32,
    pub round_id: String,
    pub juror_id: String,
    pub juror_name: String,
    /// RFC 3339; a later sheet of the same juror replaces an earlier one.
    pub submitted_at: String,
    /// Innovation id → criterion code → score.
    pub scores: BTreeMap<String, BTreeMap<String, u8>>,
}

/// Reads a versioned award JSON document, refusing other schema versions.
pub(crate) fn versioned_json<T: DeserializeOwned>(
    bytes: &[u8],
    what: &'static str,
) -> Result<T, AwardError> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        AwardError::Document(SecretariatError::Json { what, detail: e.to_string() })
    })?;
    let version = value.get("schema_version").and_then(serde_json::Value::as_u64).unwrap_or(0);
    if version != u64::from(AWARD_SCHEMA_VERSION) {
        return Err(AwardError::Document(SecretariatError::UnsupportedVersion {
            what,
            found: u32::try_from(version).unwrap_or(u32::MAX),
            supported: AWARD_SCHEMA_VERSION,
        }));
    }
    serde_json::from_value(value)
        .map_err(|e| AwardError::Document(SecretariatError::Json { what, detail: e.to_string() }))
}

impl AwardPackage {
    /// The package of `round` for one juror.
    pub fn for_juror(round: &AwardRound, juror: &Juror) -> Self {
        Self {
            schema_version: AWARD_SCHEMA_VERSION,
            round_id: round.id.clone(),
            round_name: round.name.clone(),
            year: round.year,
            region: round.region.clone(),
            secretariat: round.secretariat.clone(),
            // The device pick is the secretariat's bookkeeping, not the juror's business.
            juror: Juror { device: None, ..juror.clone() },
            criteria: round.criteria.clone(),
            categories: round.categories.clone(),
            entries: round
                .entries
                .iter()
                .map(|entry| PackageEntry {
                    innovation_id: entry.innovation_id.clone(),
                    name: entry.name.clone(),
                    agency: entry.agency.clone(),
                    category: entry.category.clone(),
                })
                .collect(),
            dossiers: Vec::new(),
            evidence_included: false,
        }
    }

    /// The dossier of an entry, when the package carries one.
    pub fn dossier(&self, innovation_id: &str) -> Option<&EntryDossier> {
        self.dossiers.iter().find(|dossier| dossier.record.id == innovation_id)
    }

    /// Every problem of a received package (empty = usable).
    pub fn validate(&self) -> Vec<AwardIssue> {
        let mut issues = Vec::new();
        for (path, text) in [
            ("round_id", &self.round_id),
            ("round_name", &self.round_name),
            ("juror.id", &self.juror.id),
            ("juror.name", &self.juror.name),
        ] {
            if text.trim().is_empty() {
                issues.push(AwardIssue::new(AwardIssueCode::Required, path, ""));
            }
        }
        check_criteria(&mut issues, &self.criteria);
        let mut seen = HashSet::new();
        for (index, entry) in self.entries.iter().enumerate() {
            if !seen.insert(entry.innovation_id.as_str()) {
                issues.push(AwardIssue::new(
                    AwardIssueCode::Duplicate,
                    format!("entries[{index}].innovation_id"),
                    &entry.innovation_id,
                ));
            }
        }
        issues
    }

    pub fn from_json(bytes: &[u8]) -> Result<Self, AwardError> {
        versioned_json(bytes, "award.json")
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// The entries of one category, in package order.
    pub fn entries_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a PackageEntry> {
        self.entries.iter().filter(move |entry| entry.category == category)
    }
}

impl JurySheet {
    pub fn from_json(bytes: &[u8]) -> Result<Self, AwardError> {
        versioned_json(bytes, "jury.json")
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// Problems of the scores against a round's entries and criteria: unknown entries or
    /// criteria and scores above 100. (Scores for entries added after the juror's package are
    /// simply missing; the ranking averages over the jurors who scored each entry.)
    pub fn check_against(&self, round: &AwardRound) -> Vec<AwardIssue> {
        let entries: HashSet<&str> =
            round.entries.iter().map(|e| e.innovation_id.as_str()).collect();
        let criteria: HashSet<&str> = round.criteria.iter().map(|c| c.code.as_str()).collect();
        let mut issues = Vec::new();
        for (entry, scores) in &self.scores {
            if !entries.contains(entry.as_str()) {
                issues.push(AwardIssue::new(
                    AwardIssueCode::UnknownEntry,
                    format!("scores.{entry}"),
                    entry,
                ));
                continue;
            }
            for (criterion, score) in scores {
                let path = format!("scores.{entry}.{criterion}");
                if !criteria.contains(criterion.as_str()) {
                    issues.push(AwardIssue::new(AwardIssueCode::UnknownCriterion, path, criterion));
                } else if *score > MAX_SCORE {
                    issues.push(AwardIssue::new(
                        AwardIssueCode::ScoreTooHigh,
                        path,
                        score.to_string(),
                    ));
                }
            }
        }
        issues
    }
}

/// Reads one typed score: a whole number 0–100, spaces ignored.
pub fn parse_score(text: &str) -> Result<u8, AwardIssueCode> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AwardIssueCode::ScoreMissing);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AwardIssueCode::ScoreNotNumber);
    }
    match text.parse::<u32>() {
        Ok(value) if value <= u32::from(MAX_SCORE) => Ok(value as u8),
        _ => Err(AwardIssueCode::ScoreTooHigh),
    }
}

/// The key of one typed score in a juror's draft: `<innovation id>/<criterion code>`.
pub fn input_key(innovation_id: &str, criterion: &str) -> String {
    format!("{innovation_id}/{criterion}")
}

/// The juror's sheet from the typed scores (keys from [`input_key`]): every entry of the
/// package needs a valid score on every criterion; otherwise every problem is returned.
pub fn sheet_from_inputs(
    package: &AwardPackage,
    inputs: &BTreeMap<String, String>,
    submitted_at: &str,
) -> Result<JurySheet, Vec<AwardIssue>> {
    let mut issues = Vec::new();
    let mut scores: BTreeMap<String, BTreeMap<String, u8>> = BTreeMap::new();
    for entry in &package.entries {
        for criterion in &package.criteria {
            let key = input_key(&entry.innovation_id, &criterion.code);
            let typed = inputs.get(&key).map(String::as_str).unwrap_or("");
            match parse_score(typed) {
                Ok(score) => {
                    scores
                        .entry(entry.innovation_id.clone())
                        .or_default()
                        .insert(criterion.code.clone(), score);
                }
                Err(code) => {
                    issues.push(AwardIssue::new(code, format!("scores.{key}"), typed.trim()))
                }
            }
        }
    }
    if !issues.is_empty() {
        return Err(issues);
    }
    Ok(JurySheet {
        schema_version: AWARD_SCHEMA_VERSION,
        round_id: package.round_id.clone(),
        juror_id: package.juror.id.clone(),
        juror_name: package.juror.name.clone(),
        submitted_at: submitted_at.to_owned(),
        scores,
    })
}

/// The writer's input for the award bundle of one juror (sign it with the secretariat's key):
/// the package with a dossier per entry the secretariat holds, and the evidence files to stream
/// into it (none when the round leaves evidence out; only files stored on this device).
/// Refused while the round has problems or the juror is not on it.
pub fn award_bundle(
    round: &AwardRound,
    juror_id: &str,
    created_at: &str,
    dossiers: &Dossiers<'_>,
) -> Result<(BundleMeta, BundleContent, Vec<FileRef>), AwardError> {
    let issues = round.validate();
    if !issues.is_empty() {
        return Err(AwardError::Invalid(issues));
    }
    let juror = round.juror(juror_id).ok_or_else(|| AwardError::UnknownJuror(juror_id.into()))?;
    let mut package = AwardPackage::for_juror(round, juror);
    package.dossiers = round
        .entries
        .iter()
        .filter_map(|entry| {
            let record = dossiers.records.iter().find(|r| r.id == entry.innovation_id)?;
            let proposal =
                dossiers.proposals.iter().find(|p| p.innovation_id == entry.innovation_id);
            Some(EntryDossier { record: record.clone(), proposal: proposal.cloned() })
        })
        .collect();
    let files = if round.evidence_in_packages {
        let records: Vec<InnovationRecord> =
            package.dossiers.iter().map(|dossier| dossier.record.clone()).collect();
        evidence_refs(&records)
            .into_iter()
            .filter(|file| dossiers.stored.contains(&file.sha256))
            .collect()
    } else {
        Vec::new()
    };
    package.evidence_included = round.evidence_in_packages;
    let meta = BundleMeta {
        kind: BundleKind::Award,
        created_at: created_at.to_owned(),
        region: round.region.clone(),
        agency: round.secretariat.clone(),
        year: round.year,
    };
    let content = BundleContent { award: Some(package.to_json()), ..BundleContent::default() };
    Ok((meta, content, files))
}

/// The writer's input for a juror's sheet (sign it with the juror device's key).
pub fn jury_bundle(
    package: &AwardPackage,
    sheet: &JurySheet,
    created_at: &str,
) -> (BundleMeta, BundleContent) {
    let meta = BundleMeta {
        kind: BundleKind::Jury,
        created_at: created_at.to_owned(),
        region: package.region.clone(),
        agency: sheet.juror_name.clone(),
        year: package.year,
    };
    (meta, BundleContent { jury: Some(sheet.to_json()), ..BundleContent::default() })
}

fn expect_kind(bundle: &VerifiedBundle, kind: BundleKind) -> Result<(), AwardError> {
    if bundle.manifest.kind == kind {
        Ok(())
    } else {
        Err(AwardError::Document(SecretariatError::WrongBundleKind {
            found: bundle.manifest.kind.code(),
            expected: kind.code(),
        }))
    }
}

/// Checks a verified bundle as an award bundle: its kind, `award.json`, that the manifest's
/// region, sender and year are the package's, and that the package validates.
pub fn read_award_bundle(bundle: &VerifiedBundle) -> Result<AwardPackage, AwardError> {
    expect_kind(bundle, BundleKind::Award)?;
    let bytes = bundle.award.as_deref().ok_or(AwardError::MissingDocument("award.json"))?;
    let package = AwardPackage::from_json(bytes)?;
    let manifest = &bundle.manifest;
    if (manifest.region.as_str(), manifest.agency.as_str(), manifest.year)
        != (package.region.as_str(), package.secretariat.as_str(), package.year)
    {
        return Err(AwardError::Document(SecretariatError::ManifestMismatch {
            manifest: format!("{} / {} / {}", manifest.region, manifest.agency, manifest.year),
            config: format!("{} / {} / {}", package.region, package.secretariat, package.year),
        }));
    }
    let issues = package.validate();
    if issues.is_empty() { Ok(package) } else { Err(AwardError::Invalid(issues)) }
}

/// Checks a verified bundle as a jury bundle: its kind, `jury.json`, and that the manifest's
/// sender is the sheet's juror. Whether the sheet fits a round is [`super::merge_sheet`]'s job.
pub fn read_jury_bundle(bundle: &VerifiedBundle) -> Result<JurySheet, AwardError> {
    expect_kind(bundle, BundleKind::Jury)?;
    let bytes = bundle.jury.as_deref().ok_or(AwardError::MissingDocument("jury.json"))?;
    let sheet = JurySheet::from_json(bytes)?;
    if bundle.manifest.agency != sheet.juror_name {
        return Err(AwardError::Document(SecretariatError::ManifestMismatch {
            manifest: bundle.manifest.agency.clone(),
            config: sheet.juror_name.clone(),
        }));
    }
    Ok(sheet)
}

//! The persisted form of an innovation: a versioned DTO kept apart from the domain type.
//!
//! Storage (IndexedDB) and bundles hold [`InnovationRecord`]s; the editor works on [`Innovation`]s.
//! Every record carries `schema_version`; [`InnovationRecord::from_json`] migrates older versions
//! and refuses newer ones, so a record is never half-understood.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::base::hash::sha256_hex;
use crate::base::lang::Lang;
use crate::model::innovation::{
    Carryover, EvidenceFile, ExtraValue, IndicatorAnswer, Initiator, Innovation, InnovationForm,
    InnovationId, InnovationKind, Level, Origin, Stage, Status,
};
use crate::model::labinov::{Artefact, ArtefactKind, LabStage, LabinovTrack, StageEntry};
use crate::model::org::AgencyId;

/// The schema version this build writes.
///
/// History: 1 = the first slice (name, stage, design, status);
/// 2 = the full national profile, SID indicator answers, evidence references, extra fields
/// and the hash of the superseded revision. Version 2 later gained optional fields
/// (`agency_id`, `origin`, `carried_from`, `labinov`), written only when set: every record without them keeps its exact
/// bytes and so its revision hash, and readers that predate them ignore them (records are read
/// without `deny_unknown_fields`). See `docs/bundle-format.md`, "Records and verdicts".
pub const SCHEMA_VERSION: u32 = 2;

/// A file reference as stored: the bytes live elsewhere, keyed by their SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    pub sha256: String,
    pub file_name: String,
    pub media_type: String,
    pub size: u32,
}

/// One SID indicator answer as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorRecord {
    pub number: u8,
    /// Claimed level 0–3, or `null` while unanswered.
    #[serde(default)]
    pub claimed: Option<u8>,
    /// Verified level 0–3, or `null` while unreviewed.
    #[serde(default)]
    pub verified: Option<u8>,
    #[serde(default)]
    pub evidence: Vec<EvidenceRecord>,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub note: String,
}

/// A catalog-declared extra field as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtraRecord {
    pub key: String,
    pub value: String,
}

/// An innovation as stored and exchanged (schema version 2).
///
/// Only strings, small unsigned integers, options and lists: it goes to IndexedDB as is.
/// Dates are `YYYY-MM-DD`, timestamps RFC 3339.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InnovationRecord {
    pub schema_version: u32,
    pub id: String,
    pub revision: u32,
    pub edit_count: u32,
    /// Hex SHA-256 of the record this revision supersedes.
    #[serde(default)]
    pub supersedes: Option<String>,
    pub agency: String,
    /// Registry id of the agency (`AgencyId`), when known. Omitted when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency_id: Option<String>,
    pub region: String,
    pub year: u16,
    pub name: String,
    /// Stage code (`inisiatif`, `uji_coba`, `penerapan`) or `null` while unchosen.
    pub stage: Option<String>,
    /// Initiator code (`kepala_daerah`, `anggota_dprd`, `opd`, `asn`, `masyarakat`).
    #[serde(default)]
    pub initiator: Option<String>,
    #[serde(default)]
    pub initiator_name: String,
    /// `digital` or `non_digital`.
    #[serde(default)]
    pub kind: Option<String>,
    /// `tata_kelola`, `pelayanan_publik` or `lainnya`.
    #[serde(default)]
    pub form: Option<String>,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub theme_detail: String,
    /// Urusan number (1–38).
    #[serde(default)]
    pub main_affair: Option<u8>,
    #[serde(default)]
    pub related_affairs: Vec<u8>,
    #[serde(default)]
    pub trial_date: Option<String>,
    #[serde(default)]
    pub implementation_date: Option<String>,
    #[serde(default)]
    pub development_date: Option<String>,
    pub design: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub benefit: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub budget_file: Option<EvidenceRecord>,
    #[serde(default)]
    pub business_profile_file: Option<EvidenceRecord>,
    #[serde(default)]
    pub ipr_file: Option<EvidenceRecord>,
    #[serde(default)]
    pub award_file: Option<EvidenceRecord>,
    #[serde(default)]
    pub indicators: Vec<IndicatorRecord>,
    #[serde(default)]
    pub extra: Vec<ExtraRecord>,
    /// Status code (`draf`, `diajukan`, …).
    pub status: String,
    /// RFC 3339 timestamps (strings keep IndexedDB and JSON free of engine-specific dates).
    pub created_at: String,
    pub updated_at: String,
    /// `sekretariat` (entered by the secretariat) or `data_contoh` (demo data); omitted for
    /// innovations the agency typed itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Set on an innovation re-reported from an earlier year ("Laporkan lagi tahun ini");
    /// omitted otherwise, so older records keep their exact bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<CarryoverRecord>,
    /// The Laboratorium Inovasi track (see [`crate::model::labinov`]); omitted while the innovation
    /// takes no part, so older records keep their exact bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labinov: Option<LabinovRecord>,
}

/// [`LabinovTrack`] as stored: stage codes, `YYYY-MM-DD` dates, artefacts as file references
/// whose bytes travel like evidence (`files/<sha256>` in bundles, the `blobs` store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabinovRecord {
    /// Current lab stage code (`drum_up` … `documentation`) or `null`.
    #[serde(default)]
    pub stage: Option<String>,
    #[serde(default)]
    pub stages: Vec<LabStageRecord>,
}

/// One lab stage's dates and artefacts as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabStageRecord {
    pub stage: String,
    #[serde(default)]
    pub started: Option<String>,
    #[serde(default)]
    pub finished: Option<String>,
    #[serde(default)]
    pub artefacts: Vec<ArtefactRecord>,
}

/// One artefact as stored: the slot's kind code and the file reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArtefactRecord {
    pub kind: String,
    pub file: EvidenceRecord,
}

impl LabinovRecord {
    fn of(track: &LabinovTrack) -> Self {
        let date = |date: Option<NaiveDate>| date.map(|d| d.format(DATE_FORMAT).to_string());
        Self {
            stage: track.stage.map(|stage| stage.code().to_owned()),
            stages: track
                .stages
                .iter()
                .map(|entry| LabStageRecord {
                    stage: entry.stage.code().to_owned(),
                    started: date(entry.started),
                    finished: date(entry.finished),
                    artefacts: entry
                        .artefacts
                        .iter()
                        .map(|artefact| ArtefactRecord {
                            kind: artefact.kind.code().to_owned(),
                            file: evidence_record(&artefact.file),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Every file reference of the track.
    pub fn files(&self) -> impl Iterator<Item = &EvidenceRecord> {
        self.stages.iter().flat_map(|entry| entry.artefacts.iter().map(|a| &a.file))
    }

    fn to_domain(&self) -> Result<LabinovTrack, RecordError> {
        let mut stages = Vec::with_capacity(self.stages.len());
        for entry in &self.stages {
            let stage =
                LabStage::from_code(&entry.stage).ok_or_else(|| RecordError::InvalidField {
                    field: "labinov.stages.stage",
                    value: entry.stage.clone(),
                })?;
            if stages.iter().any(|known: &StageEntry| known.stage == stage) {
                return Err(RecordError::InvalidField {
                    field: "labinov.stages.stage",
                    value: entry.stage.clone(),
                });
            }
            let mut artefacts: Vec<Artefact> = Vec::with_capacity(entry.artefacts.len());
            for artefact in &entry.artefacts {
                let kind = ArtefactKind::from_code(&artefact.kind)
                    .filter(|kind| artefacts.iter().all(|known| known.kind != *kind))
                    .ok_or_else(|| RecordError::InvalidField {
                        field: "labinov.stages.artefacts.kind",
                        value: artefact.kind.clone(),
                    })?;
                artefacts.push(Artefact { kind, file: evidence_domain(&artefact.file) });
            }
            stages.push(StageEntry {
                stage,
                started: parse_date("labinov.stages.started", &entry.started)?,
                finished: parse_date("labinov.stages.finished", &entry.finished)?,
                artefacts,
            });
        }
        stages.sort_by_key(|entry| entry.stage);
        Ok(LabinovTrack {
            stage: parse_code("labinov.stage", &self.stage, LabStage::from_code)?,
            stages,
        })
    }
}

/// [`Carryover`] as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarryoverRecord {
    pub id: String,
    pub year: u16,
    pub entry: u8,
    #[serde(default)]
    pub note: String,
}

fn evidence_record(file: &EvidenceFile) -> EvidenceRecord {
    EvidenceRecord {
        sha256: file.sha256.clone(),
        file_name: file.file_name.clone(),
        media_type: file.media_type.clone(),
        size: file.size,
    }
}

fn evidence_domain(record: &EvidenceRecord) -> EvidenceFile {
    EvidenceFile {
        sha256: record.sha256.clone(),
        file_name: record.file_name.clone(),
        media_type: record.media_type.clone(),
        size: record.size,
    }
}

const DATE_FORMAT: &str = "%Y-%m-%d";

impl From<&Innovation> for InnovationRecord {
    fn from(innovation: &Innovation) -> Self {
        let date = |date: Option<NaiveDate>| date.map(|d| d.format(DATE_FORMAT).to_string());
        Self {
            schema_version: SCHEMA_VERSION,
            id: innovation.id.to_string(),
            revision: innovation.revision,
            edit_count: innovation.edit_count,
            supersedes: innovation.supersedes.clone(),
            agency: innovation.agency.clone(),
            agency_id: innovation.agency_id.map(|id| id.to_string()),
            region: innovation.region.clone(),
            year: innovation.year,
            name: innovation.name.clone(),
            stage: innovation.stage.map(|stage| stage.code().to_owned()),
            initiator: innovation.initiator.map(|value| value.code().to_owned()),
            initiator_name: innovation.initiator_name.clone(),
            kind: innovation.kind.map(|value| value.code().to_owned()),
            form: innovation.form.map(|value| value.code().to_owned()),
            theme: innovation.theme.clone(),
            theme_detail: innovation.theme_detail.clone(),
            main_affair: innovation.main_affair,
            related_affairs: innovation.related_affairs.clone(),
            trial_date: date(innovation.trial_date),
            implementation_date: date(innovation.implementation_date),
            development_date: date(innovation.development_date),
            design: innovation.design.clone(),
            goal: innovation.goal.clone(),
            benefit: innovation.benefit.clone(),
            outcome: innovation.outcome.clone(),
            budget_file: innovation.budget_file.as_ref().map(evidence_record),
            business_profile_file: innovation.business_profile_file.as_ref().map(evidence_record),
            ipr_file: innovation.ipr_file.as_ref().map(evidence_record),
            award_file: innovation.award_file.as_ref().map(evidence_record),
            indicators: innovation
                .indicators
                .iter()
                .map(|answer| IndicatorRecord {
                    number: answer.number,
                    claimed: answer.claimed.map(Level::value),
                    verified: answer.verified.map(Level::value),
                    evidence: answer.evidence.iter().map(evidence_record).collect(),
                    link: answer.link.clone(),
                    note: answer.note.clone(),
                })
                .collect(),
            extra: innovation
                .extra
                .iter()
                .map(|extra| ExtraRecord { key: extra.key.clone(), value: extra.value.clone() })
                .collect(),
            status: innovation.status.code().to_owned(),
            created_at: innovation.created_at.to_rfc3339(),
            updated_at: innovation.updated_at.to_rfc3339(),
            origin: innovation.origin.code().map(str::to_owned),
            carried_from: innovation.carried.as_ref().map(|c| CarryoverRecord {
                id: c.from_id.to_string(),
                year: c.from_year,
                entry: c.entry,
                note: c.note.clone(),
            }),
            labinov: innovation
                .labinov
                .as_ref()
                .filter(|track| !track.is_empty())
                .map(LabinovRecord::of),
        }
    }
}

fn parse_time(field: &'static str, value: &str) -> Result<DateTime<Utc>, RecordError> {
    DateTime::parse_from_rfc3339(value)
        .map(|time| time.with_timezone(&Utc))
        .map_err(|_| RecordError::InvalidField { field, value: value.to_owned() })
}

fn parse_date(
    field: &'static str,
    value: &Option<String>,
) -> Result<Option<NaiveDate>, RecordError> {
    match value {
        None => Ok(None),
        Some(text) => NaiveDate::parse_from_str(text, DATE_FORMAT)
            .map(Some)
            .map_err(|_| RecordError::InvalidField { field, value: text.clone() }),
    }
}

fn parse_code<T>(
    field: &'static str,
    value: &Option<String>,
    from_code: fn(&str) -> Option<T>,
) -> Result<Option<T>, RecordError> {
    match value {
        None => Ok(None),
        Some(code) => from_code(code)
            .map(Some)
            .ok_or_else(|| RecordError::InvalidField { field, value: code.clone() }),
    }
}

fn parse_level(field: &'static str, value: Option<u8>) -> Result<Option<Level>, RecordError> {
    match value {
        None => Ok(None),
        Some(level) => Level::new(level)
            .map(Some)
            .ok_or_else(|| RecordError::InvalidField { field, value: level.to_string() }),
    }
}

/// Upgrades a version-1 record (first slice) to version 2: every new field gets its empty value,
/// so nothing a v1 user typed is lost and nothing is invented.
fn migrate_v1_to_v2(object: &mut serde_json::Map<String, serde_json::Value>) {
    use serde_json::Value;
    let empty_text = ["initiator_name", "theme", "theme_detail", "goal", "benefit", "outcome"];
    for key in empty_text {
        object.entry(key).or_insert_with(|| Value::String(String::new()));
    }
    let nulls = [
        "supersedes",
        "initiator",
        "kind",
        "form",
        "main_affair",
        "trial_date",
        "implementation_date",
        "development_date",
        "budget_file",
        "business_profile_file",
        "ipr_file",
        "award_file",
    ];
    for key in nulls {
        object.entry(key).or_insert(Value::Null);
    }
    for key in ["related_affairs", "indicators", "extra"] {
        object.entry(key).or_insert_with(|| Value::Array(Vec::new()));
    }
    object.insert("schema_version".into(), Value::from(2u32));
}

impl InnovationRecord {
    /// Converts the record into the domain value, checking every coded field.
    pub fn to_domain(&self) -> Result<Innovation, RecordError> {
        if self.schema_version > SCHEMA_VERSION {
            return Err(RecordError::FutureSchema {
                found: self.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        let id =
            InnovationId::parse(&self.id).ok_or_else(|| RecordError::InvalidId(self.id.clone()))?;
        let status = Status::from_code(&self.status).ok_or_else(|| RecordError::InvalidField {
            field: "status",
            value: self.status.clone(),
        })?;
        let mut indicators = Vec::with_capacity(self.indicators.len());
        for answer in &self.indicators {
            indicators.push(IndicatorAnswer {
                number: answer.number,
                claimed: parse_level("indicators.claimed", answer.claimed)?,
                verified: parse_level("indicators.verified", answer.verified)?,
                evidence: answer.evidence.iter().map(evidence_domain).collect(),
                link: answer.link.clone(),
                note: answer.note.clone(),
            });
        }
        Ok(Innovation {
            id,
            revision: self.revision,
            edit_count: self.edit_count,
            supersedes: self.supersedes.clone(),
            agency: self.agency.clone(),
            agency_id: match &self.agency_id {
                None => None,
                Some(text) => Some(AgencyId::parse(text).ok_or_else(|| {
                    RecordError::InvalidField { field: "agency_id", value: text.clone() }
                })?),
            },
            region: self.region.clone(),
            year: self.year,
            name: self.name.clone(),
            stage: parse_code("stage", &self.stage, Stage::from_code)?,
            initiator: parse_code("initiator", &self.initiator, Initiator::from_code)?,
            initiator_name: self.initiator_name.clone(),
            kind: parse_code("kind", &self.kind, InnovationKind::from_code)?,
            form: parse_code("form", &self.form, InnovationForm::from_code)?,
            theme: self.theme.clone(),
            theme_detail: self.theme_detail.clone(),
            main_affair: self.main_affair,
            related_affairs: self.related_affairs.clone(),
            trial_date: parse_date("trial_date", &self.trial_date)?,
            implementation_date: parse_date("implementation_date", &self.implementation_date)?,
            development_date: parse_date("development_date", &self.development_date)?,
            design: self.design.clone(),
            goal: self.goal.clone(),
            benefit: self.benefit.clone(),
            outcome: self.outcome.clone(),
            budget_file: self.budget_file.as_ref().map(evidence_domain),
            business_profile_file: self.business_profile_file.as_ref().map(evidence_domain),
            ipr_file: self.ipr_file.as_ref().map(evidence_domain),
            award_file: self.award_file.as_ref().map(evidence_domain),
            indicators,
            extra: self
                .extra
                .iter()
                .map(|extra| ExtraValue { key: extra.key.clone(), value: extra.value.clone() })
                .collect(),
            status,
            created_at: parse_time("created_at", &self.created_at)?,
            updated_at: parse_time("updated_at", &self.updated_at)?,
            origin: match &self.origin {
                None => Origin::Agency,
                Some(code) => Origin::from_code(code).ok_or_else(|| RecordError::InvalidField {
                    field: "origin",
                    value: code.clone(),
                })?,
            },
            carried: match &self.carried_from {
                None => None,
                Some(from) => Some(Carryover {
                    from_id: InnovationId::parse(&from.id).ok_or_else(|| {
                        RecordError::InvalidField { field: "carried_from", value: from.id.clone() }
                    })?,
                    from_year: from.year,
                    entry: from.entry,
                    note: from.note.clone(),
                }),
            },
            labinov: self.labinov.as_ref().map(LabinovRecord::to_domain).transpose()?,
        })
    }

    /// Reads a record from JSON, migrating older schema versions to the current one.
    /// A record without `schema_version` is read as version 1.
    pub fn from_json(bytes: &[u8]) -> Result<Self, RecordError> {
        let mut value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| RecordError::Json(e.to_string()))?;
        let version = value.get("schema_version").and_then(serde_json::Value::as_u64).unwrap_or(1);
        if version > u64::from(SCHEMA_VERSION) {
            return Err(RecordError::FutureSchema {
                found: u32::try_from(version).unwrap_or(u32::MAX),
                supported: SCHEMA_VERSION,
            });
        }
        let object = value
            .as_object_mut()
            .ok_or_else(|| RecordError::Json("a record must be a JSON object".into()))?;
        // Each step turns version N into N + 1, before the final typed parse.
        if version <= 1 {
            migrate_v1_to_v2(object);
        }
        serde_json::from_value(value).map_err(|e| RecordError::Json(e.to_string()))
    }

    /// Pretty, stable JSON (field order is the struct's order).
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }
}

/// The hash that identifies a revision: hex SHA-256 of its record's JSON.
/// A new submission stores the hash of the revision it supersedes in `supersedes`.
pub fn revision_hash(record: &InnovationRecord) -> String {
    sha256_hex(&record.to_json())
}

/// How an incoming record relates to the local one with the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevisionRelation {
    /// Byte-for-byte the same revision.
    Same,
    /// The incoming record supersedes the local one: safe to replace.
    Successor,
    /// The local record already supersedes the incoming one: ignore it.
    Older,
    /// Neither descends from the other: both were edited; a person must choose.
    Conflict,
}

/// Compares two records of the same innovation by their revision hashes.
pub fn relation(local: &InnovationRecord, incoming: &InnovationRecord) -> RevisionRelation {
    let local_hash = revision_hash(local);
    let incoming_hash = revision_hash(incoming);
    if local_hash == incoming_hash {
        RevisionRelation::Same
    } else if incoming.supersedes.as_deref() == Some(local_hash.as_str()) {
        RevisionRelation::Successor
    } else if local.supersedes.as_deref() == Some(incoming_hash.as_str()) {
        RevisionRelation::Older
    } else {
        RevisionRelation::Conflict
    }
}

/// A persisted innovation record could not be turned into a domain value.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum RecordError {
    #[error("record is not valid JSON: {0}")]
    Json(String),
    #[error("record schema version {found} is newer than this app supports ({supported})")]
    FutureSchema { found: u32, supported: u32 },
    #[error("record has an invalid id: {0}")]
    InvalidId(String),
    #[error("record field `{field}` has an invalid value: {value}")]
    InvalidField { field: &'static str, value: String },
}

/// Why a stored or received record could not be read, as a sentence.
pub fn record_error_message(lang: Lang, error: &RecordError) -> String {
    match error {
        RecordError::Json(_) => lang.pick((
            "Data inovasi rusak (bukan JSON yang sah).".to_owned(),
            "The innovation data is damaged (not valid JSON).".to_owned(),
        )),
        RecordError::FutureSchema { found, .. } => lang.pick((
            format!("Data inovasi dibuat oleh versi aplikasi yang lebih baru (skema {found}); perbarui aplikasi."),
            format!("The innovation was saved by a newer version of the app (schema {found}); update the app."),
        )),
        RecordError::InvalidId(id) => lang.pick((
            format!("Data inovasi rusak: pengenal “{id}” tidak sah."),
            format!("The innovation data is damaged: the id “{id}” is not valid."),
        )),
        RecordError::InvalidField { field, value } => lang.pick((
            format!("Data inovasi rusak: isian {field} berisi “{value}” yang tidak dikenal."),
            format!("The innovation data is damaged: the field {field} holds an unknown value “{value}”."),
        )),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_record_error_reads_in_both_languages() {
        use crate::base::lang::Lang;
        for error in [
            RecordError::Json("x".into()),
            RecordError::FutureSchema { found: 9, supported: 2 },
            RecordError::InvalidId("x".into()),
            RecordError::InvalidField { field: "stage", value: "x".into() },
        ] {
            let id = super::record_error_message(Lang::Id, &error);
            assert_ne!(id, super::record_error_message(Lang::En, &error), "{error:?}");
        }
    }

    use super::*;

    fn sample() -> Innovation {
        let now = DateTime::parse_from_rfc3339("2026-03-04T05:06:07Z")
            .map(|t| t.with_timezone(&Utc))
            .expect("test data");
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([9; 16]),
            "Dinas Pendidikan",
            "Kota Probolinggo",
            2026,
            now,
        );
        innovation.name = "Si Ijol".into();
        innovation.stage = Some(Stage::Implementation);
        innovation.design = "Sistem Informasi Ijazah Online".into();
        innovation.initiator = Some(Initiator::Agency);
        innovation.kind = Some(InnovationKind::Digital);
        innovation.form = Some(InnovationForm::PublicService);
        innovation.main_affair = Some(1);
        innovation.related_affairs = vec![16];
        innovation.trial_date = NaiveDate::from_ymd_opt(2024, 2, 1);
        innovation.implementation_date = NaiveDate::from_ymd_opt(2024, 8, 17);
        innovation.indicator_mut(16).claimed = Level::new(3);
        innovation.indicator_mut(16).verified = Level::new(2);
        innovation.indicator_mut(16).evidence.push(EvidenceFile {
            sha256: "ab".repeat(32),
            file_name: "SK.pdf".into(),
            media_type: "application/pdf".into(),
            size: 120_000,
        });
        innovation.extra.push(ExtraValue { key: "asta_cita".into(), value: "4".into() });
        innovation
    }

    const V1_FIXTURE: &str = r#"{
  "schema_version": 1,
  "id": "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b",
  "revision": 2,
  "edit_count": 5,
  "agency": "Dinas Pendidikan dan Kebudayaan",
  "region": "Kota Probolinggo",
  "year": 2026,
  "name": "Si Ijol",
  "stage": "penerapan",
  "design": "Sistem Informasi Ijazah Online",
  "status": "diajukan",
  "created_at": "2026-03-04T05:06:07+00:00",
  "updated_at": "2026-03-05T05:06:07+00:00"
}"#;

    #[test]
    fn a_version_1_record_migrates_to_version_2_without_losing_anything() {
        let record = InnovationRecord::from_json(V1_FIXTURE.as_bytes()).expect("test data");
        assert_eq!(record.schema_version, 2);
        assert_eq!((record.revision, record.edit_count), (2, 5));
        assert_eq!(record.name, "Si Ijol");
        assert_eq!(record.stage.as_deref(), Some("penerapan"));
        assert_eq!(record.design, "Sistem Informasi Ijazah Online");
        assert_eq!((record.initiator.as_deref(), record.main_affair), (None, None));
        assert!(record.indicators.is_empty() && record.extra.is_empty());
        let innovation = record.to_domain().expect("test data");
        assert_eq!(innovation.status, Status::Submitted);
        assert_eq!(innovation.supersedes, None);
        let again = InnovationRecord::from_json(&InnovationRecord::from(&innovation).to_json());
        assert_eq!(again.expect("test data"), record);
        let mut unversioned: serde_json::Value =
            serde_json::from_str(V1_FIXTURE).expect("test data");
        unversioned.as_object_mut().expect("test data").remove("schema_version");
        let record =
            InnovationRecord::from_json(unversioned.to_string().as_bytes()).expect("test data");
        assert_eq!(record.schema_version, 2);
    }

    #[test]
    fn agency_id_and_origin_are_optional_and_leave_older_records_byte_identical() {
        let plain = InnovationRecord::from(&sample());
        let text = String::from_utf8(plain.to_json()).expect("test data");
        assert!(!text.contains("agency_id") && !text.contains("origin"));
        let mut innovation = sample();
        innovation.agency_id = Some(AgencyId::derive(b"t", 1));
        innovation.origin = Origin::Secretariat;
        let record = InnovationRecord::from(&innovation);
        let text = String::from_utf8(record.to_json()).expect("test data");
        assert!(text.contains("\"origin\": \"sekretariat\""));
        let parsed = InnovationRecord::from_json(&record.to_json()).expect("test data");
        assert_eq!(parsed.to_domain().expect("test data"), innovation);
        let mut bad = record.clone();
        bad.origin = Some("robot".into());
        assert!(matches!(bad.to_domain(), Err(RecordError::InvalidField { field: "origin", .. })));
        let mut bad = record;
        bad.agency_id = Some("x".into());
        assert!(matches!(
            bad.to_domain(),
            Err(RecordError::InvalidField { field: "agency_id", .. })
        ));
    }

    #[test]
    fn a_labinov_track_round_trips_and_its_absence_keeps_older_bytes() {
        use crate::model::labinov::{ArtefactKind, LabStage, LabinovTrack};
        let plain = InnovationRecord::from(&sample()).to_json();
        let mut innovation = sample();
        innovation.labinov = Some(LabinovTrack::default());
        assert_eq!(InnovationRecord::from(&innovation).to_json(), plain, "empty track omitted");
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).expect("test data");
        let pakta = EvidenceFile {
            sha256: "cd".repeat(32),
            file_name: "Pakta Integritas.pdf".into(),
            media_type: "application/pdf".into(),
            size: 5_000,
        };
        innovation.attach(
            crate::model::innovation::EvidenceTarget::Labinov(
                LabStage::Design,
                ArtefactKind::Commitment,
            ),
            pakta.clone(),
        );
        if let Some(track) = innovation.labinov.as_mut() {
            track.move_to(Some(LabStage::Design), day);
        }
        let record = InnovationRecord::from(&innovation);
        let text = String::from_utf8(record.to_json()).expect("test data");
        assert!(text.contains("\"labinov\": {") && text.contains("\"kind\": \"commitment\""));
        let parsed = InnovationRecord::from_json(&record.to_json()).expect("test data");
        assert_eq!(parsed.to_domain().expect("test data"), innovation);
        assert_eq!(parsed.labinov.as_ref().map(|l| l.files().count()), Some(1));
        assert!(innovation.all_evidence().contains(&pakta));
        let mut bad = record.clone();
        if let Some(track) = bad.labinov.as_mut() {
            track.stages[0].artefacts[0].kind = "selfie".into();
        }
        assert!(matches!(
            bad.to_domain(),
            Err(RecordError::InvalidField { field: "labinov.stages.artefacts.kind", .. })
        ));
        let mut bad = record;
        if let Some(track) = bad.labinov.as_mut() {
            track.stage = Some("deploy".into());
        }
        assert!(matches!(
            bad.to_domain(),
            Err(RecordError::InvalidField { field: "labinov.stage", .. })
        ));
    }

    #[test]
    fn revisions_tell_a_successor_from_a_conflict() {
        let mut base = sample();
        base.submit(base.updated_at);
        let local = InnovationRecord::from(&base);
        let mut next = base.clone();
        next.reopen(revision_hash(&local), base.updated_at);
        next.submit(base.updated_at);
        let successor = InnovationRecord::from(&next);
        assert_eq!(relation(&local, &successor), RevisionRelation::Successor);
        assert_eq!(relation(&successor, &local), RevisionRelation::Older);
        assert_eq!(relation(&local, &local.clone()), RevisionRelation::Same);
        let mut other = base.clone();
        other.name = "Si Ijol 2".into();
        other.submit(base.updated_at);
        assert_eq!(relation(&local, &InnovationRecord::from(&other)), RevisionRelation::Conflict);
    }

    #[test]
    fn domain_round_trips_through_record_and_json() {
        let innovation = sample();
        let record = InnovationRecord::from(&innovation);
        assert_eq!(record.schema_version, SCHEMA_VERSION);
        assert_eq!(record.stage.as_deref(), Some("penerapan"));
        let parsed = InnovationRecord::from_json(&record.to_json()).expect("test data");
        assert_eq!(parsed, record);
        assert_eq!(parsed.to_domain().expect("test data"), innovation);
    }

    #[test]
    fn future_versions_and_bad_values_are_refused_with_a_reason() {
        let mut record = InnovationRecord::from(&sample());
        record.schema_version = 99;
        assert_eq!(
            InnovationRecord::from_json(&record.to_json()),
            Err(RecordError::FutureSchema { found: 99, supported: SCHEMA_VERSION })
        );
        let mut record = InnovationRecord::from(&sample());
        record.stage = Some("selesai".into());
        assert_eq!(
            record.to_domain(),
            Err(RecordError::InvalidField { field: "stage", value: "selesai".into() })
        );
        let mut record = InnovationRecord::from(&sample());
        record.indicators[0].claimed = Some(4);
        assert!(matches!(record.to_domain(), Err(RecordError::InvalidField { .. })));
        let mut record = InnovationRecord::from(&sample());
        record.trial_date = Some("01/02/2024".into());
        assert!(matches!(
            record.to_domain(),
            Err(RecordError::InvalidField { field: "trial_date", .. })
        ));
        let mut record = InnovationRecord::from(&sample());
        record.id = "123".into();
        assert!(matches!(record.to_domain(), Err(RecordError::InvalidId(_))));
        assert!(matches!(InnovationRecord::from_json(b"{not json"), Err(RecordError::Json(_))));
    }
}

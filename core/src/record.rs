//! The persisted form of an innovation: a versioned DTO kept apart from the domain type.
//!
//! Storage (IndexedDB) and bundles hold [`InnovationRecord`]s; the editor works on [`Innovation`]s.
//! Every record carries `schema_version`; [`InnovationRecord::from_json`] migrates older versions
//! and refuses newer ones, so a record is never half-understood.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::RecordError;
use crate::innovation::{Innovation, InnovationId, Stage, Status};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// An innovation as stored and exchanged (schema version 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InnovationRecord {
    pub schema_version: u32,
    pub id: String,
    pub revision: u32,
    pub edit_count: u32,
    pub agency: String,
    pub region: String,
    pub year: u16,
    pub name: String,
    /// Stage code (`inisiatif`, `uji_coba`, `penerapan`) or `null` while unchosen.
    pub stage: Option<String>,
    pub design: String,
    /// Status code (`draf`, `diajukan`, …).
    pub status: String,
    /// RFC 3339 timestamps (strings keep IndexedDB and JSON free of engine-specific dates).
    pub created_at: String,
    pub updated_at: String,
}

impl From<&Innovation> for InnovationRecord {
    fn from(innovation: &Innovation) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            id: innovation.id.to_string(),
            revision: innovation.revision,
            edit_count: innovation.edit_count,
            agency: innovation.agency.clone(),
            region: innovation.region.clone(),
            year: innovation.year,
            name: innovation.name.clone(),
            stage: innovation.stage.map(|stage| stage.code().to_owned()),
            design: innovation.design.clone(),
            status: innovation.status.code().to_owned(),
            created_at: innovation.created_at.to_rfc3339(),
            updated_at: innovation.updated_at.to_rfc3339(),
        }
    }
}

fn parse_time(field: &'static str, value: &str) -> Result<DateTime<Utc>, RecordError> {
    DateTime::parse_from_rfc3339(value)
        .map(|time| time.with_timezone(&Utc))
        .map_err(|_| RecordError::InvalidField { field, value: value.to_owned() })
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
        let stage = match &self.stage {
            None => None,
            Some(code) => Some(Stage::from_code(code).ok_or_else(|| {
                RecordError::InvalidField { field: "stage", value: code.clone() }
            })?),
        };
        let status = Status::from_code(&self.status).ok_or_else(|| RecordError::InvalidField {
            field: "status",
            value: self.status.clone(),
        })?;
        Ok(Innovation {
            id,
            revision: self.revision,
            edit_count: self.edit_count,
            agency: self.agency.clone(),
            region: self.region.clone(),
            year: self.year,
            name: self.name.clone(),
            stage,
            design: self.design.clone(),
            status,
            created_at: parse_time("created_at", &self.created_at)?,
            updated_at: parse_time("updated_at", &self.updated_at)?,
        })
    }

    /// Reads a record from JSON, migrating older schema versions to the current one.
    pub fn from_json(bytes: &[u8]) -> Result<Self, RecordError> {
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| RecordError::Json(e.to_string()))?;
        let version = value.get("schema_version").and_then(serde_json::Value::as_u64).unwrap_or(0);
        if version > u64::from(SCHEMA_VERSION) {
            return Err(RecordError::FutureSchema {
                found: u32::try_from(version).unwrap_or(u32::MAX),
                supported: SCHEMA_VERSION,
            });
        }
        // Version 1 is the first released schema: later versions add their upgrade steps here,
        // each turning version N into N + 1, before the final typed parse.
        serde_json::from_value(value).map_err(|e| RecordError::Json(e.to_string()))
    }

    /// Pretty, stable JSON (field order is the struct's order).
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Innovation {
        let now = DateTime::parse_from_rfc3339("2026-03-04T05:06:07Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap();
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
        innovation
    }

    #[test]
    fn domain_round_trips_through_record_and_json() {
        let innovation = sample();
        let record = InnovationRecord::from(&innovation);
        assert_eq!(record.schema_version, SCHEMA_VERSION);
        assert_eq!(record.stage.as_deref(), Some("penerapan"));
        let parsed = InnovationRecord::from_json(&record.to_json()).unwrap();
        assert_eq!(parsed, record);
        assert_eq!(parsed.to_domain().unwrap(), innovation);
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
        record.id = "123".into();
        assert!(matches!(record.to_domain(), Err(RecordError::InvalidId(_))));
        assert!(matches!(InnovationRecord::from_json(b"{not json"), Err(RecordError::Json(_))));
    }
}

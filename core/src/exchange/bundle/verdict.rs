//! Secretariat verdicts: status, verified levels and notes for one revision of an innovation.
//!
//! A verdict is its own record keyed by (innovation id, revision), never a change to the
//! agency's [`InnovationRecord`](crate::InnovationRecord): importing a feedback bundle cannot
//! overwrite anything the agency owns, and importing a submission cannot overwrite a verdict.

use serde::{Deserialize, Serialize};

use crate::model::innovation::{InnovationId, Status};

/// The verdict schema version this build writes and the newest it reads.
pub const VERDICT_SCHEMA_VERSION: u32 = 1;

/// The verified level of one SID indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerifiedLevel {
    /// Indicator number (16–35).
    pub number: u8,
    /// Verified level 0–3.
    pub level: u8,
    #[serde(default)]
    pub note: String,
}

/// `verdicts/<uuid>-r<revision>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictRecord {
    pub schema_version: u32,
    pub innovation_id: String,
    pub revision: u32,
    /// `revision_hash` of the exact record the secretariat reviewed.
    pub revision_hash: String,
    /// `perlu_revisi`, `diverifikasi` or `ditolak`.
    pub status: String,
    /// Sorted by indicator number, one entry per indicator at most.
    #[serde(default)]
    pub verified: Vec<VerifiedLevel>,
    #[serde(default)]
    pub notes: String,
    /// RFC 3339; a later verdict for the same key replaces an earlier one.
    pub decided_at: String,
}

impl VerdictRecord {
    /// Reads and checks a verdict; the error text names the first problem.
    pub fn from_json(bytes: &[u8]) -> Result<Self, String> {
        let verdict: VerdictRecord = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if verdict.schema_version != VERDICT_SCHEMA_VERSION {
            return Err(format!("unsupported verdict schema version {}", verdict.schema_version));
        }
        if InnovationId::parse(&verdict.innovation_id)
            .is_none_or(|id| id.to_string() != verdict.innovation_id)
        {
            return Err(format!("invalid innovation id {}", verdict.innovation_id));
        }
        if !matches!(
            Status::from_code(&verdict.status),
            Some(Status::NeedsRevision | Status::Verified | Status::Rejected)
        ) {
            return Err(format!("invalid status {}", verdict.status));
        }
        if verdict.revision_hash.len() != 64
            || !crate::base::hash::is_lower_hex(&verdict.revision_hash)
        {
            return Err("revision_hash must be 64 lower-case hex characters".into());
        }
        let mut previous = 0u8;
        for level in &verdict.verified {
            if level.level > 3 || level.number <= previous {
                return Err(format!("invalid verified level for indicator {}", level.number));
            }
            previous = level.number;
        }
        chrono::DateTime::parse_from_rfc3339(&verdict.decided_at)
            .map_err(|_| format!("invalid decided_at {}", verdict.decided_at))?;
        Ok(verdict)
    }

    /// Pretty, stable JSON (field order is the struct's order).
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// The key a verdict is stored under: (innovation id, revision).
    pub fn key(&self) -> (String, u32) {
        (self.innovation_id.clone(), self.revision)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> VerdictRecord {
        VerdictRecord {
            schema_version: VERDICT_SCHEMA_VERSION,
            innovation_id: "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b".into(),
            revision: 2,
            revision_hash: "ab".repeat(32),
            status: "diverifikasi".into(),
            verified: vec![VerifiedLevel { number: 16, level: 2, note: "SK ada".into() }],
            notes: "Lengkap.".into(),
            decided_at: "2026-12-01T09:00:00+07:00".into(),
        }
    }

    #[test]
    fn verdicts_round_trip_and_refuse_bad_values() {
        let verdict = sample();
        assert_eq!(VerdictRecord::from_json(&verdict.to_json()), Ok(verdict.clone()));
        let mut bad = verdict.clone();
        bad.status = "draf".into();
        assert!(VerdictRecord::from_json(&bad.to_json()).is_err());
        let mut bad = verdict.clone();
        bad.verified.push(VerifiedLevel { number: 16, level: 1, note: String::new() });
        assert!(VerdictRecord::from_json(&bad.to_json()).is_err());
        let mut bad = verdict.clone();
        bad.verified[0].level = 4;
        assert!(VerdictRecord::from_json(&bad.to_json()).is_err());
        let mut bad = verdict;
        bad.schema_version = 2;
        assert!(VerdictRecord::from_json(&bad.to_json()).is_err());
        assert!(VerdictRecord::from_json(br#"{"schema_version":1,"extra":1}"#).is_err());
    }
}

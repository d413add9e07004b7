//! The innovation (inovasi daerah) as the domain sees it.

use std::fmt;

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Identity of one innovation across devices, bundles and years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InnovationId(Uuid);

impl InnovationId {
    /// Builds a random (version 4) id from 16 random bytes supplied by the shell.
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    /// Parses the hyphenated text form.
    pub fn parse(text: &str) -> Option<Self> {
        Uuid::parse_str(text).ok().map(Self)
    }

    pub fn as_uuid(&self) -> Uuid {
        self.0
    }
}

impl fmt::Display for InnovationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// Tahapan Inovasi: how far the innovation has come (PP 38/2017).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Inisiatif: an idea written as a proposal.
    Initiative,
    /// Uji Coba: a limited trial.
    Trial,
    /// Penerapan: applied by decision of the head of region.
    Implementation,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Initiative, Stage::Trial, Stage::Implementation];

    /// The stable code used in records and bundles.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Initiative => "inisiatif",
            Stage::Trial => "uji_coba",
            Stage::Implementation => "penerapan",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Stage::ALL.into_iter().find(|stage| stage.code() == code)
    }
}

/// Where the innovation is in the agency → secretariat workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Status {
    /// Draf: being written by the agency.
    #[default]
    Draft,
    /// Diajukan: marked final and sent.
    Submitted,
    /// Perlu revisi: sent back by the secretariat.
    NeedsRevision,
    /// Diverifikasi: checked by the secretariat.
    Verified,
    /// Ditolak: rejected by the secretariat.
    Rejected,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Draft,
        Status::Submitted,
        Status::NeedsRevision,
        Status::Verified,
        Status::Rejected,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draf",
            Status::Submitted => "diajukan",
            Status::NeedsRevision => "perlu_revisi",
            Status::Verified => "diverifikasi",
            Status::Rejected => "ditolak",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|status| status.code() == code)
    }
}

/// One innovation of one agency for one assessment year.
#[derive(Debug, Clone, PartialEq)]
pub struct Innovation {
    pub id: InnovationId,
    /// Increases on each submission (Ajukan).
    pub revision: u32,
    /// Counts local edits between submissions, to detect concurrent edits.
    pub edit_count: u32,
    /// Name of the agency (instansi) that owns the innovation.
    pub agency: String,
    /// Name of the region (pemda).
    pub region: String,
    /// Assessment year the innovation is reported for.
    pub year: u16,
    /// Nama Inovasi.
    pub name: String,
    /// Tahapan Inovasi; `None` until chosen.
    pub stage: Option<Stage>,
    /// Rancang bangun dan pokok perubahan yang dilakukan.
    pub design: String,
    pub status: Status,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Innovation {
    /// A new, empty draft created at `now`.
    pub fn new(
        id: InnovationId,
        agency: &str,
        region: &str,
        year: u16,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            revision: 0,
            edit_count: 0,
            agency: agency.to_owned(),
            region: region.to_owned(),
            year,
            name: String::new(),
            stage: None,
            design: String::new(),
            status: Status::Draft,
            created_at: now,
            updated_at: now,
        }
    }

    /// Records that the user changed the draft at `now`.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.edit_count = self.edit_count.saturating_add(1);
        self.updated_at = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn random_ids_are_version_4_and_round_trip() {
        let id = InnovationId::from_random_bytes([7; 16]);
        assert_eq!(id.as_uuid().get_version_num(), 4);
        assert_eq!(InnovationId::parse(&id.to_string()), Some(id));
        assert_eq!(InnovationId::parse("not-a-uuid"), None);
    }

    #[test]
    fn codes_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::from_code(stage.code()), Some(stage));
        }
        for status in Status::ALL {
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
        assert_eq!(Stage::from_code("Penerapan"), None);
    }

    #[test]
    fn a_new_innovation_is_an_empty_draft_and_touch_counts_edits() {
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([1; 16]),
            "Dinkes",
            "Kota X",
            2026,
            now(),
        );
        assert_eq!(innovation.status, Status::Draft);
        assert_eq!((innovation.revision, innovation.edit_count), (0, 0));
        let later = now() + chrono::Duration::seconds(5);
        innovation.touch(later);
        innovation.touch(later);
        assert_eq!(innovation.edit_count, 2);
        assert_eq!(innovation.updated_at, later);
        assert_eq!(innovation.created_at, now());
    }
}

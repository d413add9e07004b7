//! The innovation (inovasi daerah) as the domain sees it.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
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

/// Inisiator Inovasi Daerah: who started the innovation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Initiator {
    /// Kepala Daerah.
    RegionHead,
    /// Anggota DPRD.
    CouncilMember,
    /// OPD (perangkat daerah).
    Agency,
    /// ASN.
    CivilServant,
    /// Masyarakat.
    Community,
}

impl Initiator {
    pub const ALL: [Initiator; 5] = [
        Initiator::RegionHead,
        Initiator::CouncilMember,
        Initiator::Agency,
        Initiator::CivilServant,
        Initiator::Community,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Initiator::RegionHead => "kepala_daerah",
            Initiator::CouncilMember => "anggota_dprd",
            Initiator::Agency => "opd",
            Initiator::CivilServant => "asn",
            Initiator::Community => "masyarakat",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Initiator::ALL.into_iter().find(|value| value.code() == code)
    }
}

/// Jenis Inovasi: digital (daring) or non-digital (luring).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InnovationKind {
    Digital,
    NonDigital,
}

impl InnovationKind {
    pub const ALL: [InnovationKind; 2] = [InnovationKind::Digital, InnovationKind::NonDigital];

    pub fn code(self) -> &'static str {
        match self {
            InnovationKind::Digital => "digital",
            InnovationKind::NonDigital => "non_digital",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        InnovationKind::ALL.into_iter().find(|value| value.code() == code)
    }
}

/// Bentuk Inovasi Daerah (PP 38/2017).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InnovationForm {
    /// Inovasi tata kelola pemerintahan daerah.
    Governance,
    /// Inovasi pelayanan publik.
    PublicService,
    /// Inovasi daerah lainnya sesuai urusan pemerintahan.
    Other,
}

impl InnovationForm {
    pub const ALL: [InnovationForm; 3] =
        [InnovationForm::Governance, InnovationForm::PublicService, InnovationForm::Other];

    pub fn code(self) -> &'static str {
        match self {
            InnovationForm::Governance => "tata_kelola",
            InnovationForm::PublicService => "pelayanan_publik",
            InnovationForm::Other => "lainnya",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        InnovationForm::ALL.into_iter().find(|value| value.code() == code)
    }
}

/// Who typed an innovation in: the agency itself (the normal case), the secretariat on behalf of
/// an agency that does not use the app, or the demo generator ("Muat data contoh").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Origin {
    #[default]
    Agency,
    /// Entered or imported from a spreadsheet by the secretariat.
    Secretariat,
    /// Demo data; "Hapus data contoh" removes exactly these.
    Demo,
}

impl Origin {
    pub const ALL: [Origin; 3] = [Origin::Agency, Origin::Secretariat, Origin::Demo];

    /// The stable code in records (`None` for [`Origin::Agency`]: the field is then omitted).
    pub fn code(self) -> Option<&'static str> {
        match self {
            Origin::Agency => None,
            Origin::Secretariat => Some("sekretariat"),
            Origin::Demo => Some("data_contoh"),
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Origin::ALL.into_iter().find(|origin| origin.code() == Some(code))
    }
}

/// The level (parameter) chosen for an indicator: 0 (kosong / tidak sesuai) to 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Level(u8);

impl Level {
    pub const MAX: u8 = 3;
    pub const ALL: [Level; 4] = [Level(0), Level(1), Level(2), Level(3)];

    /// A level, if `value` is 0–3.
    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Level(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

/// An uploaded file, referenced by the SHA-256 of its bytes (the bytes live in the shell's store).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EvidenceFile {
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// The file name as uploaded, e.g. `SK-Inovasi-2026.pdf`.
    pub file_name: String,
    /// MIME type, e.g. `application/pdf`.
    pub media_type: String,
    /// Size in bytes.
    pub size: u32,
}

/// The answer to one SID indicator (16–35) of one innovation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndicatorAnswer {
    /// Indicator number in the catalog (16–35).
    pub number: u8,
    /// Level claimed by the agency; `None` while unanswered.
    pub claimed: Option<Level>,
    /// Level set by the secretariat's (or national) verification; `None` while unreviewed.
    pub verified: Option<Level>,
    /// Bukti dukung.
    pub evidence: Vec<EvidenceFile>,
    /// A link that stands as evidence where a file is not uploaded (e.g. a YouTube video for 35).
    pub link: String,
    pub note: String,
}

/// One of the profile's single-file slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileSlot {
    /// Anggaran (jika diperlukan).
    Budget,
    /// Profil Bisnis (.ppt) (jika ada).
    BusinessProfile,
    /// Dokumen HAKI.
    Ipr,
    /// Penghargaan.
    Award,
}

impl FileSlot {
    pub const ALL: [FileSlot; 4] =
        [FileSlot::Budget, FileSlot::BusinessProfile, FileSlot::Ipr, FileSlot::Award];
}

/// Where an evidence file is attached: a profile slot (one file) or an indicator (many files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceTarget {
    Slot(FileSlot),
    Indicator(u8),
    /// A Labinov artefact slot (one file): the stage and the slot's kind.
    Labinov(crate::model::labinov::LabStage, crate::model::labinov::ArtefactKind),
}

/// The value of a profile field that a year's catalog adds (2026: Asta Cita, PKPN, lokasi).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraValue {
    /// The catalog's field key, e.g. `asta_cita`.
    pub key: String,
    pub value: String,
}

/// One innovation of one agency for one assessment year, with every field of the national profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Innovation {
    pub id: InnovationId,
    /// Increases on each submission (Ajukan).
    pub revision: u32,
    /// Counts local edits between submissions, to detect concurrent edits.
    pub edit_count: u32,
    /// SHA-256 of the record of the revision this one supersedes (set on submission);
    /// lets a receiver tell a successor from a conflicting edit.
    pub supersedes: Option<String>,
    /// Name of the agency (instansi) that owns the innovation.
    pub agency: String,
    /// The agency's id in the secretariat's registry, when the agency picked its unit from a
    /// config bundle (or the secretariat entered the innovation); `None` for typed-in names.
    pub agency_id: Option<crate::model::org::AgencyId>,
    /// Name of the region (pemda).
    pub region: String,
    /// Assessment year the innovation is reported for.
    pub year: u16,
    /// Nama Inovasi.
    pub name: String,
    /// Tahapan Inovasi; `None` until chosen.
    pub stage: Option<Stage>,
    /// Inisiator Inovasi Daerah.
    pub initiator: Option<Initiator>,
    /// Nama Inisiator.
    pub initiator_name: String,
    /// Jenis Inovasi.
    pub kind: Option<InnovationKind>,
    /// Bentuk Inovasi Daerah.
    pub form: Option<InnovationForm>,
    /// Tematik (an option of the year's catalog).
    pub theme: String,
    /// Detail tematik.
    pub theme_detail: String,
    /// Urusan utama, as its number on the 38-item list ([`crate::model::urusan::AFFAIRS`]).
    pub main_affair: Option<u8>,
    /// Urusan beririsan.
    pub related_affairs: Vec<u8>,
    /// Waktu Uji Coba.
    pub trial_date: Option<NaiveDate>,
    /// Waktu Penerapan.
    pub implementation_date: Option<NaiveDate>,
    /// Waktu Pengembangan (when an older innovation was developed further).
    pub development_date: Option<NaiveDate>,
    /// Rancang bangun dan pokok perubahan yang dilakukan.
    pub design: String,
    /// Tujuan Inovasi.
    pub goal: String,
    /// Manfaat yang diperoleh.
    pub benefit: String,
    /// Hasil Inovasi.
    pub outcome: String,
    /// Anggaran (jika diperlukan).
    pub budget_file: Option<EvidenceFile>,
    /// Profil Bisnis (jika ada).
    pub business_profile_file: Option<EvidenceFile>,
    /// Dokumen HAKI.
    pub ipr_file: Option<EvidenceFile>,
    /// Penghargaan.
    pub award_file: Option<EvidenceFile>,
    /// SID indicator answers, one per answered indicator number.
    pub indicators: Vec<IndicatorAnswer>,
    /// Extra profile fields the year's catalog declares.
    pub extra: Vec<ExtraValue>,
    pub status: Status,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Who typed it in (agency, secretariat, demo data).
    pub origin: Origin,
    /// Set when "Laporkan lagi tahun ini" copied it from an earlier year (see [`crate::rules::rollover`]).
    pub carried: Option<Carryover>,
    /// The innovation's way through LAN's Laboratorium Inovasi, when it takes part.
    pub labinov: Option<crate::model::labinov::LabinovTrack>,
}

/// The link from a re-reported innovation to its earlier year's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carryover {
    /// The earlier year's innovation.
    pub from_id: InnovationId,
    pub from_year: u16,
    /// Which national entry this is: 2 for the first re-report (the original was entry 1).
    pub entry: u8,
    /// What was added in substance or coverage since (the development note).
    pub note: String,
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
            supersedes: None,
            agency: agency.to_owned(),
            agency_id: None,
            region: region.to_owned(),
            year,
            name: String::new(),
            stage: None,
            initiator: None,
            initiator_name: String::new(),
            kind: None,
            form: None,
            theme: String::new(),
            theme_detail: String::new(),
            main_affair: None,
            related_affairs: Vec::new(),
            trial_date: None,
            implementation_date: None,
            development_date: None,
            design: String::new(),
            goal: String::new(),
            benefit: String::new(),
            outcome: String::new(),
            budget_file: None,
            business_profile_file: None,
            ipr_file: None,
            award_file: None,
            indicators: Vec::new(),
            extra: Vec::new(),
            status: Status::Draft,
            created_at: now,
            updated_at: now,
            origin: Origin::Agency,
            carried: None,
            labinov: None,
        }
    }

    /// Records that the user changed the draft at `now`.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.edit_count = self.edit_count.saturating_add(1);
        self.updated_at = now;
    }

    /// Ajukan: marks the current revision final (read-only until reopened).
    /// A draft that was never submitted becomes revision 1; a reopened draft keeps the
    /// revision [`Innovation::reopen`] gave it, so every submission carries a higher revision.
    pub fn submit(&mut self, now: DateTime<Utc>) {
        if self.revision == 0 {
            self.revision = 1;
        }
        self.edit_count = 0;
        self.status = Status::Submitted;
        self.updated_at = now;
    }

    /// Buka kembali: starts the next revision as a draft that supersedes the submitted record
    /// whose hash is `submitted_hash` (see [`crate::exchange::record::revision_hash`]).
    pub fn reopen(&mut self, submitted_hash: String, now: DateTime<Utc>) {
        self.revision = self.revision.saturating_add(1);
        self.edit_count = 0;
        self.supersedes = Some(submitted_hash);
        self.status = Status::Draft;
        self.updated_at = now;
    }

    /// Whether the agency may edit it: drafts and innovations sent back for revision.
    pub fn is_editable(&self) -> bool {
        matches!(self.status, Status::Draft | Status::NeedsRevision)
    }

    /// The answer to indicator `number`, if any.
    pub fn indicator(&self, number: u8) -> Option<&IndicatorAnswer> {
        self.indicators.iter().find(|answer| answer.number == number)
    }

    /// The answer to indicator `number`, created empty when missing.
    pub fn indicator_mut(&mut self, number: u8) -> &mut IndicatorAnswer {
        let index = match self.indicators.iter().position(|answer| answer.number == number) {
            Some(index) => index,
            None => {
                self.indicators.push(IndicatorAnswer { number, ..IndicatorAnswer::default() });
                self.indicators.sort_by_key(|answer| answer.number);
                self.indicators.iter().position(|answer| answer.number == number).unwrap_or(0)
            }
        };
        &mut self.indicators[index]
    }

    /// The file held by a profile slot.
    pub fn slot(&self, slot: FileSlot) -> Option<&EvidenceFile> {
        match slot {
            FileSlot::Budget => self.budget_file.as_ref(),
            FileSlot::BusinessProfile => self.business_profile_file.as_ref(),
            FileSlot::Ipr => self.ipr_file.as_ref(),
            FileSlot::Award => self.award_file.as_ref(),
        }
    }

    fn slot_mut(&mut self, slot: FileSlot) -> &mut Option<EvidenceFile> {
        match slot {
            FileSlot::Budget => &mut self.budget_file,
            FileSlot::BusinessProfile => &mut self.business_profile_file,
            FileSlot::Ipr => &mut self.ipr_file,
            FileSlot::Award => &mut self.award_file,
        }
    }

    /// The files attached at `target`.
    pub fn evidence_at(&self, target: EvidenceTarget) -> Vec<EvidenceFile> {
        match target {
            EvidenceTarget::Slot(slot) => self.slot(slot).into_iter().cloned().collect(),
            EvidenceTarget::Indicator(number) => {
                self.indicator(number).map(|answer| answer.evidence.clone()).unwrap_or_default()
            }
            EvidenceTarget::Labinov(stage, kind) => self
                .labinov
                .as_ref()
                .and_then(|track| track.artefact(stage, kind))
                .into_iter()
                .cloned()
                .collect(),
        }
    }

    /// Attaches `file` at `target`: a slot holds one file (the new one replaces it), an
    /// indicator holds many (the same file, by hash, is listed once).
    pub fn attach(&mut self, target: EvidenceTarget, file: EvidenceFile) {
        match target {
            EvidenceTarget::Slot(slot) => *self.slot_mut(slot) = Some(file),
            EvidenceTarget::Indicator(number) => {
                let answer = self.indicator_mut(number);
                if !answer.evidence.iter().any(|known| known.sha256 == file.sha256) {
                    answer.evidence.push(file);
                }
            }
            EvidenceTarget::Labinov(stage, kind) => {
                self.labinov.get_or_insert_with(Default::default).attach(stage, kind, file);
            }
        }
    }

    /// Removes the file with hash `sha256` from `target` (the stored bytes are kept).
    pub fn detach(&mut self, target: EvidenceTarget, sha256: &str) {
        match target {
            EvidenceTarget::Slot(slot) => {
                let file = self.slot_mut(slot);
                if file.as_ref().is_some_and(|f| f.sha256 == sha256) {
                    *file = None;
                }
            }
            EvidenceTarget::Indicator(number) => {
                self.indicator_mut(number).evidence.retain(|file| file.sha256 != sha256);
            }
            EvidenceTarget::Labinov(stage, kind) => {
                if let Some(track) = self.labinov.as_mut() {
                    track.detach(stage, kind, sha256);
                }
            }
        }
    }

    /// Every distinct file attached anywhere in this innovation, in form order, then the Labinov
    /// artefacts (one SK often serves indicators 17, 22, 23 and 24).
    pub fn all_evidence(&self) -> Vec<EvidenceFile> {
        let mut seen = Vec::<EvidenceFile>::new();
        let slots =
            [&self.budget_file, &self.business_profile_file, &self.ipr_file, &self.award_file];
        let files = slots
            .into_iter()
            .flatten()
            .chain(self.indicators.iter().flat_map(|a| a.evidence.iter()))
            .chain(self.labinov.iter().flat_map(|track| track.files()));
        for file in files {
            if !seen.iter().any(|known| known.sha256 == file.sha256) {
                seen.push(file.clone());
            }
        }
        seen
    }

    /// The value of a catalog-declared extra field (empty when unset).
    pub fn extra_value(&self, key: &str) -> &str {
        self.extra.iter().find(|extra| extra.key == key).map_or("", |extra| extra.value.as_str())
    }

    /// Whether the innovation has been reported (anything but a draft).
    pub fn is_reported(&self) -> bool {
        self.status != Status::Draft
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
        innovation.submit(later);
        assert_eq!((innovation.revision, innovation.edit_count), (1, 0));
        assert_eq!(innovation.status, Status::Submitted);
        assert!(!innovation.is_editable());
        assert_eq!(innovation.supersedes, None);
        innovation.reopen("abc".into(), later);
        assert_eq!((innovation.revision, innovation.status), (2, Status::Draft));
        assert!(innovation.is_editable());
        assert_eq!(innovation.supersedes.as_deref(), Some("abc"));
        innovation.touch(later);
        innovation.submit(later);
        assert_eq!((innovation.revision, innovation.edit_count), (2, 0));
    }

    #[test]
    fn evidence_attaches_once_per_indicator_and_slots_hold_one_file() {
        let file = |sha: &str| EvidenceFile {
            sha256: sha.into(),
            file_name: format!("{sha}.pdf"),
            media_type: "application/pdf".into(),
            size: 10,
        };
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([2; 16]),
            "Dinkes",
            "Kota X",
            2026,
            now(),
        );
        let sk = EvidenceTarget::Indicator(17);
        innovation.attach(sk, file("a"));
        innovation.attach(sk, file("a"));
        innovation.attach(EvidenceTarget::Indicator(22), file("a"));
        innovation.attach(EvidenceTarget::Slot(FileSlot::Budget), file("b"));
        innovation.attach(EvidenceTarget::Slot(FileSlot::Budget), file("c"));
        assert_eq!(innovation.evidence_at(sk).len(), 1);
        assert_eq!(innovation.evidence_at(EvidenceTarget::Slot(FileSlot::Budget)), vec![file("c")]);
        let all: Vec<_> = innovation.all_evidence().into_iter().map(|f| f.sha256).collect();
        assert_eq!(all, ["c", "a"]);
        innovation.detach(sk, "a");
        assert!(innovation.evidence_at(sk).is_empty());
        assert_eq!(innovation.evidence_at(EvidenceTarget::Indicator(22)).len(), 1);
        innovation.detach(EvidenceTarget::Slot(FileSlot::Budget), "zzz");
        assert!(innovation.budget_file.is_some());
        innovation.detach(EvidenceTarget::Slot(FileSlot::Budget), "c");
        assert!(innovation.budget_file.is_none());
    }

    #[test]
    fn profile_codes_round_trip_and_levels_are_bounded() {
        for value in Initiator::ALL {
            assert_eq!(Initiator::from_code(value.code()), Some(value));
        }
        for value in InnovationKind::ALL {
            assert_eq!(InnovationKind::from_code(value.code()), Some(value));
        }
        for value in InnovationForm::ALL {
            assert_eq!(InnovationForm::from_code(value.code()), Some(value));
        }
        assert_eq!(Level::new(3).map(Level::value), Some(3));
        assert_eq!(Level::new(4), None);
    }

    #[test]
    fn indicator_answers_are_created_once_and_kept_in_order() {
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([2; 16]),
            "Dinkes",
            "Kota X",
            2026,
            now(),
        );
        innovation.indicator_mut(20).claimed = Level::new(2);
        innovation.indicator_mut(16).claimed = Level::new(3);
        innovation.indicator_mut(20).note = "dua kali".into();
        let numbers: Vec<u8> = innovation.indicators.iter().map(|a| a.number).collect();
        assert_eq!(numbers, [16, 20]);
        assert_eq!(innovation.indicator(20).and_then(|a| a.claimed), Level::new(2));
        assert_eq!(innovation.indicator(35), None);
    }
}

//! LAN's Laboratorium Inovasi (Labinov): the 5D(+1) lab stages of an innovation, their dates and
//! artefacts, the commitment documents each stage requires, and the secretariat's board.
//!
//! The lab runs drum-up → diagnose → design → deliver → display, plus documentation since 2018.
//! Each stage has fixed artefact slots (idea form and problem list at diagnose, action plan at
//! design, …). Which stage requires a signed commitment document is data ([`LabinovConfig`]):
//! by default the *pakta integritas* at design, as Kota Probolinggo's heads of agencies signed
//! with the mayor; the secretariat may change it and sends it to agencies in the config bundle.
//!
//! Rule (decided here, documented in `docs/glossary.md`): the tracker records what happened in the
//! lab and never blocks a move. Reaching or passing a stage whose commitment is not attached is
//! reported as [`LabIssueCode::CommitmentMissing`] on the agency's page and lists the agency as
//! "belum menandatangani" on the secretariat's [`board`].
//! Everything is a pure function; `today` is a parameter.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::base::lang::Lang;
use crate::model::innovation::EvidenceFile;

/// A lab stage, in the lab's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabStage {
    /// Drum-up: kemauan berinovasi (mobilise leaders and staff).
    DrumUp,
    /// Diagnose: ide inovasi (readiness, problems, ideas).
    Diagnose,
    /// Design: rencana aksi (action plan reviewed by coaches).
    Design,
    /// Deliver: hasil dan bukti (implementation, monitoring).
    Deliver,
    /// Display: promosi dan pemanfaatan (expo, presentation).
    Display,
    /// Documentation (since 2018): menginovasi inovasi (for replication).
    Documentation,
}

impl LabStage {
    pub const ALL: [LabStage; 6] = [
        LabStage::DrumUp,
        LabStage::Diagnose,
        LabStage::Design,
        LabStage::Deliver,
        LabStage::Display,
        LabStage::Documentation,
    ];

    /// The stable code, as stored (`drum_up`, `diagnose`, …).
    pub fn code(self) -> &'static str {
        match self {
            LabStage::DrumUp => "drum_up",
            LabStage::Diagnose => "diagnose",
            LabStage::Design => "design",
            LabStage::Deliver => "deliver",
            LabStage::Display => "display",
            LabStage::Documentation => "documentation",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|stage| stage.code() == code)
    }

    /// 1 for drum-up … 6 for documentation.
    pub fn number(self) -> u8 {
        match self {
            LabStage::DrumUp => 1,
            LabStage::Diagnose => 2,
            LabStage::Design => 3,
            LabStage::Deliver => 4,
            LabStage::Display => 5,
            LabStage::Documentation => 6,
        }
    }

    /// The stage's fixed artefact slots (a commitment slot comes from [`LabinovConfig`]).
    pub fn artefacts(self) -> &'static [ArtefactKind] {
        match self {
            LabStage::DrumUp => &[],
            LabStage::Diagnose => &[ArtefactKind::IdeaForm, ArtefactKind::ProblemList],
            LabStage::Design => &[ArtefactKind::ActionPlan],
            LabStage::Deliver => &[ArtefactKind::ImplementationEvidence],
            LabStage::Display => &[ArtefactKind::DisplayMaterial],
            LabStage::Documentation => &[ArtefactKind::Documentation],
        }
    }
}

/// What an artefact slot holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArtefactKind {
    /// The signed commitment document the config asks for at this stage (pakta integritas, …).
    Commitment,
    /// Formulir ide inovasi.
    IdeaForm,
    /// Daftar masalah.
    ProblemList,
    /// Rencana aksi.
    ActionPlan,
    /// Bukti implementasi.
    ImplementationEvidence,
    /// Materi display (expo, presentation).
    DisplayMaterial,
    /// Dokumentasi (knowledge product for replication).
    Documentation,
}

impl ArtefactKind {
    pub const ALL: [ArtefactKind; 7] = [
        ArtefactKind::Commitment,
        ArtefactKind::IdeaForm,
        ArtefactKind::ProblemList,
        ArtefactKind::ActionPlan,
        ArtefactKind::ImplementationEvidence,
        ArtefactKind::DisplayMaterial,
        ArtefactKind::Documentation,
    ];

    /// The stable code, as stored (`commitment`, `idea_form`, …).
    pub fn code(self) -> &'static str {
        match self {
            ArtefactKind::Commitment => "commitment",
            ArtefactKind::IdeaForm => "idea_form",
            ArtefactKind::ProblemList => "problem_list",
            ArtefactKind::ActionPlan => "action_plan",
            ArtefactKind::ImplementationEvidence => "implementation_evidence",
            ArtefactKind::DisplayMaterial => "display_material",
            ArtefactKind::Documentation => "documentation",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// "The commitment document `document` must be signed at `stage`."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommitmentRule {
    pub stage: LabStage,
    /// The document's name, e.g. "Pakta integritas".
    pub document: String,
}

/// Which stage requires which commitment document: the secretariat's choice, carried to agencies
/// in the config bundle (`RegionConfig::labinov`, written only when it differs from the default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabinovConfig {
    pub commitments: Vec<CommitmentRule>,
}

/// The default commitment document at design.
pub const DEFAULT_COMMITMENT: &str = "Pakta integritas";

impl Default for LabinovConfig {
    /// A signed pakta integritas at design (the Kota Probolinggo pattern).
    fn default() -> Self {
        Self {
            commitments: vec![CommitmentRule {
                stage: LabStage::Design,
                document: DEFAULT_COMMITMENT.to_owned(),
            }],
        }
    }
}

impl LabinovConfig {
    /// The commitment document required at `stage`, if any.
    pub fn required_at(&self, stage: LabStage) -> Option<&str> {
        self.commitments
            .iter()
            .find(|rule| rule.stage == stage)
            .map(|rule| rule.document.trim())
            .filter(|document| !document.is_empty())
    }

    /// A config from one document name per stage (empty = none), as the secretariat's form gives.
    pub fn from_documents(documents: &[(LabStage, String)]) -> Self {
        let mut commitments: Vec<CommitmentRule> = documents
            .iter()
            .filter(|(_, document)| !document.trim().is_empty())
            .map(|(stage, document)| CommitmentRule {
                stage: *stage,
                document: document.trim().to_owned(),
            })
            .collect();
        commitments.sort_by_key(|rule| rule.stage);
        Self { commitments }
    }

    /// Every problem of the config (empty = usable): empty document names, a stage listed twice.
    pub fn validate(&self) -> Vec<LabIssue> {
        let mut issues = Vec::new();
        let mut seen = Vec::new();
        for (index, rule) in self.commitments.iter().enumerate() {
            if rule.document.trim().is_empty() {
                issues.push(LabIssue::new(
                    LabIssueCode::Required,
                    format!("commitments[{index}].document"),
                    Some(rule.stage),
                ));
            }
            if seen.contains(&rule.stage) {
                issues.push(LabIssue::new(
                    LabIssueCode::DuplicateStage,
                    format!("commitments[{index}].stage"),
                    Some(rule.stage),
                ));
            }
            seen.push(rule.stage);
        }
        issues
    }
}

/// An attached artefact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artefact {
    pub kind: ArtefactKind,
    pub file: EvidenceFile,
}

/// What happened at one stage: its dates and artefacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageEntry {
    pub stage: LabStage,
    /// Tanggal mulai.
    pub started: Option<NaiveDate>,
    /// Tanggal selesai.
    pub finished: Option<NaiveDate>,
    /// One file per kind.
    pub artefacts: Vec<Artefact>,
}

impl StageEntry {
    fn new(stage: LabStage) -> Self {
        Self { stage, started: None, finished: None, artefacts: Vec::new() }
    }

    fn is_empty(&self) -> bool {
        self.started.is_none() && self.finished.is_none() && self.artefacts.is_empty()
    }
}

/// An innovation's way through the lab.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LabinovTrack {
    /// The current stage; `None` before the lab starts.
    pub stage: Option<LabStage>,
    /// One entry per stage that has a date or an artefact, in stage order.
    pub stages: Vec<StageEntry>,
}

/// One artefact slot of a stage, as the agency's page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub kind: ArtefactKind,
    /// The commitment document's name for a commitment slot.
    pub document: Option<String>,
}

/// The slots of `stage`: the required commitment document first, then the fixed artefacts.
pub fn slots(stage: LabStage, config: &LabinovConfig) -> Vec<Slot> {
    config
        .required_at(stage)
        .map(|document| Slot {
            kind: ArtefactKind::Commitment,
            document: Some(document.to_owned()),
        })
        .into_iter()
        .chain(stage.artefacts().iter().map(|kind| Slot { kind: *kind, document: None }))
        .collect()
}

impl LabinovTrack {
    /// Whether nothing is recorded (no stage, no dates, no files).
    pub fn is_empty(&self) -> bool {
        self.stage.is_none() && self.stages.iter().all(StageEntry::is_empty)
    }

    pub fn entry(&self, stage: LabStage) -> Option<&StageEntry> {
        self.stages.iter().find(|entry| entry.stage == stage)
    }

    fn entry_mut(&mut self, stage: LabStage) -> &mut StageEntry {
        let index = match self.stages.iter().position(|entry| entry.stage == stage) {
            Some(index) => index,
            None => {
                self.stages.push(StageEntry::new(stage));
                self.stages.sort_by_key(|entry| entry.stage);
                self.stages.iter().position(|entry| entry.stage == stage).unwrap_or(0)
            }
        };
        &mut self.stages[index]
    }

    fn prune(&mut self) {
        self.stages.retain(|entry| !entry.is_empty());
    }

    /// Moves the innovation to `stage` (forward or back; `None` = not in the lab). A stage
    /// reached for the first time gets `today` as its start date when it has none. Never
    /// refused: a missing commitment is reported by [`validate_track`] and the [`board`].
    pub fn move_to(&mut self, stage: Option<LabStage>, today: NaiveDate) {
        self.stage = stage;
        if let Some(stage) = stage {
            let entry = self.entry_mut(stage);
            if entry.started.is_none() {
                entry.started = Some(today);
            }
        }
    }

    pub fn set_started(&mut self, stage: LabStage, date: Option<NaiveDate>) {
        self.entry_mut(stage).started = date;
        self.prune();
    }

    pub fn set_finished(&mut self, stage: LabStage, date: Option<NaiveDate>) {
        self.entry_mut(stage).finished = date;
        self.prune();
    }

    /// The file in slot `kind` of `stage`.
    pub fn artefact(&self, stage: LabStage, kind: ArtefactKind) -> Option<&EvidenceFile> {
        self.entry(stage)?.artefacts.iter().find(|a| a.kind == kind).map(|a| &a.file)
    }

    /// Puts `file` into slot `kind` of `stage` (replacing what was there).
    pub fn attach(&mut self, stage: LabStage, kind: ArtefactKind, file: EvidenceFile) {
        let entry = self.entry_mut(stage);
        entry.artefacts.retain(|artefact| artefact.kind != kind);
        entry.artefacts.push(Artefact { kind, file });
        entry.artefacts.sort_by_key(|artefact| artefact.kind);
    }

    /// Empties slot `kind` of `stage` if it holds the file `sha256` (the bytes are kept).
    pub fn detach(&mut self, stage: LabStage, kind: ArtefactKind, sha256: &str) {
        let entry = self.entry_mut(stage);
        entry.artefacts.retain(|a| !(a.kind == kind && a.file.sha256 == sha256));
        self.prune();
    }

    /// Every attached file, in stage and slot order.
    pub fn files(&self) -> impl Iterator<Item = &EvidenceFile> {
        self.stages.iter().flat_map(|entry| entry.artefacts.iter().map(|a| &a.file))
    }

    /// The commitments this innovation owes: every stage up to the current one that requires a
    /// document, with whether it is attached.
    pub fn commitments(&self, config: &LabinovConfig) -> Vec<Commitment> {
        let Some(current) = self.stage else { return Vec::new() };
        LabStage::ALL
            .into_iter()
            .filter(|stage| *stage <= current)
            .filter_map(|stage| {
                config.required_at(stage).map(|document| Commitment {
                    stage,
                    document: document.to_owned(),
                    file: self.artefact(stage, ArtefactKind::Commitment).cloned(),
                })
            })
            .collect()
    }
}

/// A commitment owed at a stage, signed when its file is attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commitment {
    pub stage: LabStage,
    pub document: String,
    pub file: Option<EvidenceFile>,
}

impl Commitment {
    pub fn is_signed(&self) -> bool {
        self.file.is_some()
    }
}

/// Stable code of a Labinov finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LabIssueCode {
    /// A stage requiring a commitment document was reached without the signed file.
    CommitmentMissing,
    /// Tanggal selesai is before tanggal mulai.
    FinishedBeforeStarted,
    /// A date after today.
    DateInFuture,
    /// A stage started before an earlier stage did.
    StartedBeforeEarlierStage,
    /// An artefact in a slot the stage does not have (e.g. a commitment the config no longer asks).
    UnexpectedArtefact,
    /// A file over the size limit.
    FileTooLarge,
    /// A config text is empty.
    Required,
    /// A config lists a stage twice.
    DuplicateStage,
}

impl LabIssueCode {
    pub const ALL: [LabIssueCode; 8] = [
        LabIssueCode::CommitmentMissing,
        LabIssueCode::FinishedBeforeStarted,
        LabIssueCode::DateInFuture,
        LabIssueCode::StartedBeforeEarlierStage,
        LabIssueCode::UnexpectedArtefact,
        LabIssueCode::FileTooLarge,
        LabIssueCode::Required,
        LabIssueCode::DuplicateStage,
    ];

    pub fn code(self) -> &'static str {
        match self {
            LabIssueCode::CommitmentMissing => "commitment_missing",
            LabIssueCode::FinishedBeforeStarted => "finished_before_started",
            LabIssueCode::DateInFuture => "date_in_future",
            LabIssueCode::StartedBeforeEarlierStage => "started_before_earlier_stage",
            LabIssueCode::UnexpectedArtefact => "unexpected_artefact",
            LabIssueCode::FileTooLarge => "file_too_large",
            LabIssueCode::Required => "required",
            LabIssueCode::DuplicateStage => "duplicate_stage",
        }
    }
}

/// One finding with the record path it concerns (`labinov.stages.design.artefacts.commitment`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabIssue {
    pub code: LabIssueCode,
    pub path: String,
    pub stage: Option<LabStage>,
    /// The commitment document's name (commitment missing) or the limit in bytes (too large).
    pub detail: String,
}

impl LabIssue {
    fn new(code: LabIssueCode, path: String, stage: Option<LabStage>) -> Self {
        Self { code, path, stage, detail: String::new() }
    }

    fn with(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }
}

/// Every finding about a track (empty = nothing to report). `max_file_size` is the file limit in
/// bytes (the catalog's national limit, 2 MB). Findings never block anything: they are shown.
pub fn validate_track(
    track: &LabinovTrack,
    config: &LabinovConfig,
    today: NaiveDate,
    max_file_size: u32,
) -> Vec<LabIssue> {
    let mut issues = Vec::new();
    for commitment in track.commitments(config) {
        if !commitment.is_signed() {
            issues.push(
                LabIssue::new(
                    LabIssueCode::CommitmentMissing,
                    format!("labinov.stages.{}.artefacts.commitment", commitment.stage.code()),
                    Some(commitment.stage),
                )
                .with(commitment.document),
            );
        }
    }
    let mut latest_start: Option<NaiveDate> = None;
    for entry in &track.stages {
        let base = format!("labinov.stages.{}", entry.stage.code());
        for (date, field) in [(entry.started, "started"), (entry.finished, "finished")] {
            if date.is_some_and(|date| date > today) {
                issues.push(LabIssue::new(
                    LabIssueCode::DateInFuture,
                    format!("{base}.{field}"),
                    Some(entry.stage),
                ));
            }
        }
        if let (Some(started), Some(finished)) = (entry.started, entry.finished)
            && finished < started
        {
            issues.push(LabIssue::new(
                LabIssueCode::FinishedBeforeStarted,
                format!("{base}.finished"),
                Some(entry.stage),
            ));
        }
        if let Some(started) = entry.started {
            if latest_start.is_some_and(|earlier| started < earlier) {
                issues.push(LabIssue::new(
                    LabIssueCode::StartedBeforeEarlierStage,
                    format!("{base}.started"),
                    Some(entry.stage),
                ));
            }
            latest_start = Some(latest_start.map_or(started, |earlier| earlier.max(started)));
        }
        let allowed = slots(entry.stage, config);
        for artefact in &entry.artefacts {
            let path = format!("{base}.artefacts.{}", artefact.kind.code());
            if !allowed.iter().any(|slot| slot.kind == artefact.kind) {
                issues.push(LabIssue::new(
                    LabIssueCode::UnexpectedArtefact,
                    path.clone(),
                    Some(entry.stage),
                ));
            }
            if artefact.file.size > max_file_size {
                issues.push(
                    LabIssue::new(LabIssueCode::FileTooLarge, path, Some(entry.stage))
                        .with(max_file_size.to_string()),
                );
            }
        }
    }
    issues
}

/// The stage's name as LAN writes it, with its purpose: "Design (rencana aksi)".
pub fn lab_stage_label(lang: Lang, stage: LabStage) -> &'static str {
    lang.pick(match stage {
        LabStage::DrumUp => ("Drum-up (kemauan berinovasi)", "Drum-up (will to innovate)"),
        LabStage::Diagnose => ("Diagnose (ide inovasi)", "Diagnose (innovation ideas)"),
        LabStage::Design => ("Design (rencana aksi)", "Design (action plan)"),
        LabStage::Deliver => ("Deliver (hasil dan bukti)", "Deliver (results and evidence)"),
        LabStage::Display => ("Display (promosi dan pemanfaatan)", "Display (promotion and use)"),
        LabStage::Documentation => {
            ("Dokumentasi (untuk replikasi)", "Documentation (for replication)")
        }
    })
}

/// The slot's label; a commitment slot is labelled with its document's name instead.
pub fn artefact_label(lang: Lang, kind: ArtefactKind) -> &'static str {
    lang.pick(match kind {
        ArtefactKind::Commitment => {
            ("Dokumen komitmen yang ditandatangani", "Signed commitment document")
        }
        ArtefactKind::IdeaForm => ("Formulir ide inovasi", "Innovation idea form"),
        ArtefactKind::ProblemList => ("Daftar masalah", "Problem list"),
        ArtefactKind::ActionPlan => ("Rencana aksi", "Action plan"),
        ArtefactKind::ImplementationEvidence => ("Bukti implementasi", "Implementation evidence"),
        ArtefactKind::DisplayMaterial => ("Materi display", "Display material"),
        ArtefactKind::Documentation => {
            ("Dokumentasi untuk replikasi", "Documentation for replication")
        }
    })
}

/// One finding about a track as a sentence naming the stage.
pub fn lab_issue_message(lang: Lang, issue: &LabIssue) -> String {
    let stage = issue.stage.map(|s| lab_stage_label(lang, s)).unwrap_or_default();
    let detail = &issue.detail;
    match issue.code {
        LabIssueCode::CommitmentMissing => lang.pick((
            format!("{detail} belum dilampirkan (wajib pada tahap {stage})."),
            format!("{detail} is not attached yet (required at {stage})."),
        )),
        LabIssueCode::FinishedBeforeStarted => lang.pick((
            format!("Tanggal selesai {stage} lebih awal dari tanggal mulai."),
            format!("The end date of {stage} is before its start date."),
        )),
        LabIssueCode::DateInFuture => lang.pick((
            format!("Tanggal {stage} belum terjadi (setelah hari ini)."),
            format!("A date of {stage} is after today."),
        )),
        LabIssueCode::StartedBeforeEarlierStage => lang.pick((
            format!("{stage} dimulai sebelum tahap sebelumnya dimulai."),
            format!("{stage} starts before an earlier stage does."),
        )),
        LabIssueCode::UnexpectedArtefact => lang.pick((
            format!("Tahap {stage} tidak memiliki slot ini lagi; berkasnya tetap disimpan."),
            format!("{stage} no longer has this slot; the file is kept."),
        )),
        LabIssueCode::FileTooLarge => lang.pick((
            format!("Berkas pada tahap {stage} lebih besar dari batas {detail} byte."),
            format!("A file at {stage} is larger than the {detail} byte limit."),
        )),
        LabIssueCode::Required => lang.pick((
            format!("Nama dokumen komitmen untuk {stage} kosong."),
            format!("The commitment document's name for {stage} is empty."),
        )),
        LabIssueCode::DuplicateStage => lang.pick((
            format!("Tahap {stage} tercantum dua kali."),
            format!("{stage} is listed twice."),
        )),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("test data")
    }

    pub(crate) fn pdf(seed: u8, size: u32) -> EvidenceFile {
        EvidenceFile {
            sha256: format!("{seed:02x}").repeat(32),
            file_name: format!("berkas-{seed}.pdf"),
            media_type: "application/pdf".into(),
            size,
        }
    }

    #[test]
    fn codes_round_trip_and_every_stage_and_slot_has_both_languages() {
        for stage in LabStage::ALL {
            assert_eq!(LabStage::from_code(stage.code()), Some(stage));
            assert_ne!(lab_stage_label(Lang::Id, stage), lab_stage_label(Lang::En, stage));
        }
        for kind in ArtefactKind::ALL {
            assert_eq!(ArtefactKind::from_code(kind.code()), Some(kind));
            assert!(
                !artefact_label(Lang::Id, kind).is_empty()
                    && !artefact_label(Lang::En, kind).is_empty()
            );
        }
        assert_eq!(LabStage::from_code("Design"), None);
        let numbers: Vec<u8> = LabStage::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
        // serde uses the same codes as `code()`.
        let json = serde_json::to_string(&LabStage::DrumUp).expect("test data");
        assert_eq!(json, "\"drum_up\"");
    }

    #[test]
    fn the_default_asks_a_pakta_integritas_at_design_and_the_secretariat_can_change_it() {
        let config = LabinovConfig::default();
        assert_eq!(config.required_at(LabStage::Design), Some("Pakta integritas"));
        assert_eq!(config.required_at(LabStage::DrumUp), None);
        let kinds: Vec<ArtefactKind> =
            slots(LabStage::Design, &config).iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [ArtefactKind::Commitment, ArtefactKind::ActionPlan]);
        let changed = LabinovConfig::from_documents(&[
            (LabStage::Design, "  ".into()),
            (LabStage::DrumUp, "Deklarasi komitmen".into()),
        ]);
        assert_eq!(changed.required_at(LabStage::Design), None);
        assert_eq!(changed.required_at(LabStage::DrumUp), Some("Deklarasi komitmen"));
        assert!(changed.validate().is_empty());
        let broken = LabinovConfig {
            commitments: vec![
                CommitmentRule { stage: LabStage::Design, document: "Pakta".into() },
                CommitmentRule { stage: LabStage::Design, document: " ".into() },
            ],
        };
        let found: Vec<(&str, String)> =
            broken.validate().into_iter().map(|i| (i.code.code(), i.path)).collect();
        assert_eq!(
            found,
            [
                ("required", "commitments[1].document".to_owned()),
                ("duplicate_stage", "commitments[1].stage".to_owned()),
            ]
        );
    }

    #[test]
    fn moving_fills_the_start_date_once_and_never_refuses() {
        let mut track = LabinovTrack::default();
        assert!(track.is_empty());
        track.move_to(Some(LabStage::Diagnose), day(2, 1));
        track.move_to(Some(LabStage::Design), day(3, 1));
        track.move_to(Some(LabStage::Diagnose), day(3, 5));
        assert_eq!(track.entry(LabStage::Diagnose).and_then(|e| e.started), Some(day(2, 1)));
        track.move_to(Some(LabStage::Deliver), day(4, 1));
        assert_eq!(track.stage, Some(LabStage::Deliver));
        let stages: Vec<LabStage> = track.stages.iter().map(|e| e.stage).collect();
        assert_eq!(stages, [LabStage::Diagnose, LabStage::Design, LabStage::Deliver]);
        track.set_started(LabStage::Deliver, None);
        assert!(track.entry(LabStage::Deliver).is_none(), "an empty entry is dropped");
        track.move_to(None, day(4, 2));
        assert_eq!(track.stage, None);
    }

    #[test]
    fn slots_hold_one_file_and_commitments_follow_the_config() {
        let config = LabinovConfig::default();
        let mut track = LabinovTrack::default();
        track.move_to(Some(LabStage::Diagnose), day(2, 1));
        assert!(track.commitments(&config).is_empty(), "design not reached yet");
        track.move_to(Some(LabStage::Design), day(3, 1));
        let owed = track.commitments(&config);
        assert_eq!(owed.len(), 1);
        assert!(!owed[0].is_signed());
        track.attach(LabStage::Design, ArtefactKind::Commitment, pdf(1, 10));
        track.attach(LabStage::Design, ArtefactKind::Commitment, pdf(2, 20));
        track.attach(LabStage::Design, ArtefactKind::ActionPlan, pdf(3, 30));
        assert_eq!(
            track.artefact(LabStage::Design, ArtefactKind::Commitment).map(|f| f.size),
            Some(20)
        );
        assert!(track.commitments(&config)[0].is_signed());
        assert_eq!(track.files().count(), 2);
        track.detach(LabStage::Design, ArtefactKind::Commitment, &pdf(1, 10).sha256);
        assert_eq!(track.files().count(), 2, "only the file held is detached");
        track.detach(LabStage::Design, ArtefactKind::Commitment, &pdf(2, 20).sha256);
        assert!(!track.commitments(&config)[0].is_signed());
    }

    #[test]
    fn validation_reports_every_problem_with_its_path() {
        struct Case {
            name: &'static str,
            build: fn(&mut LabinovTrack),
            expected: &'static [(&'static str, &'static str)],
        }
        let cases = [
            Case {
                name: "clean",
                build: |t| t.move_to(Some(LabStage::Diagnose), day(2, 1)),
                expected: &[],
            },
            Case {
                name: "design without pakta",
                build: |t| t.move_to(Some(LabStage::Deliver), day(3, 1)),
                expected: &[("commitment_missing", "labinov.stages.design.artefacts.commitment")],
            },
            Case {
                name: "dates",
                build: |t| {
                    t.move_to(Some(LabStage::Diagnose), day(3, 1));
                    t.set_finished(LabStage::Diagnose, Some(day(2, 1)));
                    t.set_started(LabStage::DrumUp, Some(day(12, 1)));
                },
                expected: &[
                    ("date_in_future", "labinov.stages.drum_up.started"),
                    ("finished_before_started", "labinov.stages.diagnose.finished"),
                    ("started_before_earlier_stage", "labinov.stages.diagnose.started"),
                ],
            },
            Case {
                name: "files",
                build: |t| {
                    t.move_to(Some(LabStage::Diagnose), day(2, 1));
                    t.attach(LabStage::Diagnose, ArtefactKind::IdeaForm, pdf(4, 3_000_000));
                    t.attach(LabStage::Display, ArtefactKind::Commitment, pdf(5, 10));
                },
                expected: &[
                    ("file_too_large", "labinov.stages.diagnose.artefacts.idea_form"),
                    ("unexpected_artefact", "labinov.stages.display.artefacts.commitment"),
                ],
            },
        ];
        for case in cases {
            let mut track = LabinovTrack::default();
            (case.build)(&mut track);
            let found: Vec<(&str, String)> =
                validate_track(&track, &LabinovConfig::default(), day(6, 1), 2 * 1024 * 1024)
                    .into_iter()
                    .map(|issue| (issue.code.code(), issue.path))
                    .collect();
            let expected: Vec<(&str, String)> =
                case.expected.iter().map(|(c, p)| (*c, (*p).to_owned())).collect();
            assert_eq!(found, expected, "{}", case.name);
        }
        for code in LabIssueCode::ALL {
            let issue = LabIssue::new(code, String::new(), Some(LabStage::Design)).with("X");
            assert_ne!(
                lab_issue_message(Lang::Id, &issue),
                lab_issue_message(Lang::En, &issue),
                "{}",
                code.code()
            );
        }
    }
}

//! National hand-over: the profile in the national form's order, the evidence named for upload,
//! and the pre-flight check of what the national IID app would reject or score low.
//!
//! The national app has no API: every field is copied by hand in its order
//! (Nama Pemda, Nama Inovasi, … Hasil, the four files, the 20 SID indicators, the video).
//! [`handover_fields`] gives that list as plain text, [`handover_files`] the evidence with
//! upload-ready names ("16 Regulasi Inovasi Daerah - SK Walikota.pdf"), and [`preflight`] the
//! findings that matter there, each marked as a rejection or a low score.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::base::lang::Lang;
use crate::base::zip::{AnnouncedFile, CheckedFiles, StreamError, ZipStream};
use crate::model::catalog::Catalog;
use crate::model::innovation::{EvidenceFile, FileSlot, Innovation};
use crate::model::labels::{form_label, initiator_label, kind_label, stage_label};
use crate::model::urusan::affair_by_number;
use crate::rules::validation::{FieldPath, Issue, IssueCode, Severity, validate_with_catalog};
use crate::rules::validation::{field_label, issue_message_in};

/// One field as the national form asks for it, ready to copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverField {
    /// Stable key, remembered with the "sudah disalin" tick: `name`, `sid-16`, `extra-asta_cita`.
    pub key: String,
    /// The national form's label (in the UI language; the form's own name in Indonesian).
    pub label: String,
    /// Plain text exactly as it is to be pasted (empty when not filled).
    pub value: String,
    /// A long text (rancang bangun, tujuan, …): shown in a box rather than on one line.
    pub long: bool,
}

fn date_text(date: Option<NaiveDate>) -> String {
    // The national form's date fields take dd/mm/yyyy.
    date.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default()
}

fn affair_text(number: u8) -> String {
    affair_by_number(number).map_or_else(|| number.to_string(), |a| format!("{number}. {}", a.name))
}

fn field(key: &str, label: impl Into<String>, value: impl Into<String>) -> HandoverField {
    HandoverField { key: key.to_owned(), label: label.into(), value: value.into(), long: false }
}

fn long_field(path: FieldPath, lang: Lang, value: &str) -> HandoverField {
    HandoverField { long: true, ..field(path.as_str(), field_label(lang, path), value) }
}

/// Every field of the profile in the national form's order, as plain text.
///
/// Files are not fields to copy: they come from [`handover_files`]. Each SID indicator gives the
/// label of the claimed level, then the note and the link on their own lines.
pub fn handover_fields(
    innovation: &Innovation,
    catalog: &Catalog,
    lang: Lang,
) -> Vec<HandoverField> {
    let i = innovation;
    let label = |path| field_label(lang, path);
    let mut fields = vec![
        field("region", lang.pick(("Nama Pemda", "Region (Nama Pemda)")), i.region.as_str()),
        field("name", label(FieldPath::Name), i.name.trim()),
        field(
            "stage",
            label(FieldPath::Stage),
            i.stage.map(|s| stage_label(lang, s)).unwrap_or(""),
        ),
        field(
            "initiator",
            label(FieldPath::Initiator),
            i.initiator.map(|v| initiator_label(lang, v)).unwrap_or(""),
        ),
        field("initiator_name", label(FieldPath::InitiatorName), i.initiator_name.trim()),
        field("kind", label(FieldPath::Kind), i.kind.map(|v| kind_label(lang, v)).unwrap_or("")),
        field("form", label(FieldPath::Form), i.form.map(|v| form_label(lang, v)).unwrap_or("")),
        field("theme", label(FieldPath::Theme), i.theme.trim()),
        field("theme_detail", label(FieldPath::ThemeDetail), i.theme_detail.trim()),
        field(
            "main_affair",
            label(FieldPath::MainAffair),
            i.main_affair.map(affair_text).unwrap_or_default(),
        ),
        field(
            "related_affairs",
            label(FieldPath::RelatedAffairs),
            i.related_affairs.iter().map(|n| affair_text(*n)).collect::<Vec<_>>().join("\n"),
        ),
        field("trial_date", label(FieldPath::TrialDate), date_text(i.trial_date)),
        field(
            "implementation_date",
            label(FieldPath::ImplementationDate),
            date_text(i.implementation_date),
        ),
        field("development_date", label(FieldPath::DevelopmentDate), date_text(i.development_date)),
        long_field(FieldPath::Design, lang, i.design.trim()),
        long_field(FieldPath::Goal, lang, i.goal.trim()),
        long_field(FieldPath::Benefit, lang, i.benefit.trim()),
        long_field(FieldPath::Outcome, lang, i.outcome.trim()),
    ];
    for extra in &catalog.extra_fields {
        let value = i.extra.iter().find(|v| v.key == extra.key).map(|v| v.value.trim());
        let label = lang.pick((extra.label_id.as_str(), extra.label_en.as_str()));
        fields.push(field(&format!("extra-{}", extra.key), label, value.unwrap_or("")));
    }
    for row in &catalog.sid {
        let answer = i.indicator(row.number);
        let level = answer.and_then(|a| a.claimed).map(|l| l.value()).unwrap_or(0);
        let mut lines = Vec::new();
        if let Some(text) = level.checked_sub(1).and_then(|k| row.levels.get(usize::from(k))) {
            lines.push(text.clone());
        }
        if let Some(answer) = answer {
            lines.extend(
                [answer.note.trim(), answer.link.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
        }
        fields.push(HandoverField {
            key: format!("sid-{}", row.number),
            label: format!("{}. {}", row.number, row.name),
            value: lines.join("\n"),
            long: false,
        });
    }
    fields
}

impl HandoverField {
    /// SHA-256 of the value: a "sudah disalin" tick is kept with it, so a tick lapses when
    /// the value changes after it was copied.
    pub fn value_hash(&self) -> String {
        crate::base::hash::sha256_hex(self.value.as_bytes())
    }

    /// Whether the tick stored for this field (key → value hash) still holds.
    pub fn is_copied(&self, copied: &BTreeMap<String, String>) -> bool {
        copied.get(&self.key).is_some_and(|hash| *hash == self.value_hash())
    }
}

/// How many of `fields` are ticked as copied with their current value.
pub fn copied_count(fields: &[HandoverField], copied: &BTreeMap<String, String>) -> usize {
    fields.iter().filter(|f| f.is_copied(copied)).count()
}

/// An evidence file with the name it gets in the hand-over ZIP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverFile {
    pub sha256: String,
    pub size: u64,
    /// Upload-ready and unique within the ZIP, e.g. `16 Regulasi Inovasi Daerah - SK Walikota.pdf`.
    pub name: String,
}

/// Characters Windows, Android and the national upload form accept in a file name.
fn clean(text: &str) -> String {
    let replaced: String = text
        .chars()
        .map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { ' ' } else { c })
        .collect();
    replaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn split_extension(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(dot) if dot > 0 && name.len() - dot <= 6 => (&name[..dot], &name[dot..]),
        _ => (name, ""),
    }
}

/// Longest stem kept, in characters (names stay readable and under every path limit).
const MAX_STEM: usize = 100;

fn upload_name(prefix: &str, file: &EvidenceFile) -> (String, String) {
    let original = clean(&file.file_name);
    let (stem, extension) = split_extension(&original);
    let stem = if stem.is_empty() { "berkas" } else { stem };
    let full = clean(&format!("{prefix} - {stem}"));
    (full.chars().take(MAX_STEM).collect::<String>().trim().to_owned(), extension.to_owned())
}

/// The evidence of an innovation in the national form's order (Anggaran, Profil Bisnis, HAKI,
/// Penghargaan, then SID 16–35), named by the national form's field label or indicator number
/// and name (always Indonesian: the names are for the national upload). A file used twice
/// appears twice under each name; equal names get " (2)", " (3)", ….
pub fn handover_files(innovation: &Innovation, catalog: &Catalog) -> Vec<HandoverFile> {
    let mut wanted: Vec<(String, &EvidenceFile)> = Vec::new();
    let slots = [
        (FileSlot::Budget, FieldPath::BudgetFile),
        (FileSlot::BusinessProfile, FieldPath::BusinessProfileFile),
        (FileSlot::Ipr, FieldPath::IprFile),
        (FileSlot::Award, FieldPath::AwardFile),
    ];
    for (slot, path) in slots {
        if let Some(file) = innovation.slot(slot) {
            wanted.push((field_label(Lang::Id, path).to_owned(), file));
        }
    }
    for row in &catalog.sid {
        if let Some(answer) = innovation.indicator(row.number) {
            for file in &answer.evidence {
                wanted.push((format!("{} {}", row.number, row.name), file));
            }
        }
    }
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    wanted
        .into_iter()
        .map(|(prefix, file)| {
            let (stem, extension) = upload_name(&prefix, file);
            let base = format!("{stem}{extension}").to_lowercase();
            let count = seen.entry(base).or_insert(0);
            *count += 1;
            let name = if *count == 1 {
                format!("{stem}{extension}")
            } else {
                format!("{stem} ({count}){extension}")
            };
            HandoverFile { sha256: file.sha256.clone(), size: u64::from(file.size), name }
        })
        .collect()
}

/// Writes the hand-over ZIP ("Unduh bukti dukung") entry by entry, each file streamed in
/// chunks and checked against its SHA-256 and size, entries in [`handover_files`] order.
pub struct HandoverZipWriter<W: std::io::Write> {
    zip: ZipStream<W>,
    files: CheckedFiles<HandoverFile>,
}

/// Why the hand-over ZIP could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HandoverError {
    #[error("the file {name} does not match its stored checksum or size")]
    FileMismatch { name: String },
    #[error("the ZIP could not be written: {0}")]
    Write(String),
    #[error("the ZIP writer was used out of order")]
    OutOfOrder,
}

impl AnnouncedFile for HandoverFile {
    fn entry_name(&self) -> String {
        self.name.clone()
    }

    fn size(&self) -> u64 {
        self.size
    }

    fn sha256(&self) -> &str {
        &self.sha256
    }
}

impl HandoverError {
    fn from_stream(error: StreamError, files: &[HandoverFile]) -> Self {
        match error {
            StreamError::Mismatch { index } => HandoverError::FileMismatch {
                name: files.get(index).map(|file| file.name.clone()).unwrap_or_default(),
            },
            StreamError::OutOfOrder(_) => HandoverError::OutOfOrder,
            StreamError::Io(error) => HandoverError::Write(error.to_string()),
        }
    }
}

impl<W: std::io::Write> HandoverZipWriter<W> {
    pub fn new(out: W, files: Vec<HandoverFile>) -> Self {
        Self { zip: ZipStream::new(out), files: CheckedFiles::new(files) }
    }

    /// The file to stream next, or `None` when all are written.
    pub fn next_file(&self) -> Option<&HandoverFile> {
        self.files.next_file()
    }

    pub fn write_chunk(&mut self, chunk: &[u8]) -> Result<(), HandoverError> {
        let files = &mut self.files;
        files
            .write_chunk(&mut self.zip, chunk)
            .map_err(|e| HandoverError::from_stream(e, files.files()))
    }

    /// Closes the current file after checking its hash and size.
    pub fn finish_file(&mut self) -> Result<(), HandoverError> {
        let files = &mut self.files;
        files.finish_file(&mut self.zip).map_err(|e| HandoverError::from_stream(e, files.files()))
    }

    /// Writes the central directory once every file is written.
    pub fn finish(self) -> Result<W, HandoverError> {
        if !self.files.all_written() {
            return Err(HandoverError::OutOfOrder);
        }
        self.zip.finish().map_err(|error| HandoverError::Write(error.to_string()))
    }
}

/// What a pre-flight finding would do in the national app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// The national app refuses the innovation or the upload.
    Rejected,
    /// Accepted, but scores low (an indicator counts 0).
    ScoresLow,
}

/// One pre-flight finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PreflightItem {
    /// A validation finding, with the message the editor shows.
    Finding(Issue),
    /// The video indicator has a file but no YouTube/Drive link, which the national form asks for.
    VideoWithoutLink { number: u8 },
}

/// The pre-flight of one innovation, rejections first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preflight {
    pub items: Vec<(Impact, PreflightItem)>,
}

impl Preflight {
    /// Nothing the national app would reject.
    pub fn ready(&self) -> bool {
        !self.items.iter().any(|(impact, _)| *impact == Impact::Rejected)
    }

    pub fn count(&self, impact: Impact) -> usize {
        self.items.iter().filter(|(i, _)| *i == impact).count()
    }
}

fn impact(issue: &Issue) -> Impact {
    match issue.code {
        // Over 2 MB the upload fails, whatever the editor's severity.
        IssueCode::FileTooLarge | IssueCode::FileTypeNotAllowed => Impact::Rejected,
        // Answered without evidence: "tidak evidence based", the indicator counts 0.
        IssueCode::MissingEvidence => Impact::ScoresLow,
        _ if issue.severity == Severity::Error => Impact::Rejected,
        _ => Impact::ScoresLow,
    }
}

/// What the national app would reject or score low in `innovation`: every finding of
/// [`validate_with_catalog`] (age window without a development date, rancang bangun under the
/// minimum, mandatory indicators, evidence, file sizes, duplicate names, …) plus the video
/// indicator without a link. `others` are the region's other innovations of the year.
pub fn preflight(
    innovation: &Innovation,
    catalog: &Catalog,
    today: NaiveDate,
    others: &[Innovation],
) -> Preflight {
    let mut items: Vec<(Impact, PreflightItem)> =
        validate_with_catalog(innovation, catalog, today, others)
            .into_iter()
            .map(|issue| (impact(&issue), PreflightItem::Finding(issue)))
            .collect();
    for row in catalog.sid.iter().filter(|row| row.video) {
        if let Some(answer) = innovation.indicator(row.number)
            && answer.link.trim().is_empty()
            && !answer.evidence.is_empty()
        {
            items.push((Impact::ScoresLow, PreflightItem::VideoWithoutLink { number: row.number }));
        }
    }
    items.sort_by_key(|(impact, _)| *impact);
    Preflight { items }
}

/// The sentence of a pre-flight finding.
pub fn preflight_message(lang: Lang, item: &PreflightItem, catalog: &Catalog) -> String {
    match item {
        PreflightItem::Finding(issue) => issue_message_in(lang, issue, catalog),
        PreflightItem::VideoWithoutLink { number } => match lang {
            Lang::Id => format!(
                "Indikator {number}: video hanya berupa berkas. Aplikasi nasional meminta tautan YouTube atau Google Drive; unggah videonya lalu isi tautannya."
            ),
            Lang::En => format!(
                "Indicator {number}: the video is only a file. The national app asks for a YouTube or Google Drive link; upload the video and fill in its link."
            ),
        },
    }
}

/// The label of an impact.
pub fn impact_label(lang: Lang, impact: Impact) -> &'static str {
    lang.pick(match impact {
        Impact::Rejected => ("Akan ditolak", "Would be rejected"),
        Impact::ScoresLow => ("Nilai rendah", "Scores low"),
    })
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;
    use crate::model::innovation::{EvidenceTarget, InnovationId, Level, Stage};

    fn catalog() -> Catalog {
        Catalog::builtin(2026).expect("shipped catalog")
    }

    fn file(name: &str, size: u32, seed: u8) -> EvidenceFile {
        EvidenceFile {
            sha256: format!("{seed:02x}").repeat(32),
            file_name: name.into(),
            media_type: "application/pdf".into(),
            size,
        }
    }

    fn innovation() -> Innovation {
        let now: DateTime<Utc> =
            DateTime::parse_from_rfc3339("2026-03-01T08:00:00Z").expect("time").to_utc();
        let mut i = Innovation::new(
            InnovationId::from_random_bytes([1; 16]),
            "Dinas Kesehatan",
            "Kota Probolinggo",
            2026,
            now,
        );
        i.name = "Si Ijol".into();
        i.stage = Some(Stage::Implementation);
        i.main_affair = Some(2);
        i.related_affairs = vec![1];
        i.implementation_date = NaiveDate::from_ymd_opt(2025, 2, 3);
        i.design = "satu dua tiga".into();
        i
    }

    #[test]
    fn fields_follow_the_national_form_and_are_plain_text() {
        let catalog = catalog();
        let mut i = innovation();
        i.attach(EvidenceTarget::Indicator(16), file("SK.pdf", 10, 1));
        i.indicator_mut(16).claimed = Some(Level::new(3).expect("level"));
        i.indicator_mut(16).note = "Perwali 12/2025".into();
        let fields = handover_fields(&i, &catalog, Lang::Id);
        let keys: Vec<&str> = fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(&keys[..4], ["region", "name", "stage", "initiator"]);
        let position = |key: &str| keys.iter().position(|k| *k == key).expect(key);
        assert!(position("outcome") < position("sid-16"));
        assert_eq!(keys.iter().filter(|k| k.starts_with("sid-")).count(), catalog.sid.len());
        let value = |key: &str| fields[position(key)].value.clone();
        assert_eq!(value("stage"), "Penerapan");
        assert_eq!(value("implementation_date"), "03/02/2025");
        assert!(value("main_affair").starts_with("2. "));
        let sid16 = value("sid-16");
        assert_eq!(sid16.lines().count(), 2, "{sid16}");
        assert!(sid16.ends_with("Perwali 12/2025"));
        assert!(fields[position("design")].long);
        // Detail Tematik follows Tematik, labelled as the editor's input is.
        assert_eq!(position("theme_detail"), position("theme") + 1);
        assert_eq!(
            fields[position("theme_detail")].label,
            field_label(Lang::Id, FieldPath::ThemeDetail)
        );
        assert_eq!(fields[position("theme_detail")].label, "Detail Tematik");
        let name = &fields[position("name")];
        let mut copied = BTreeMap::from([
            ("name".to_owned(), name.value_hash()),
            ("gone".to_owned(), "x".to_owned()),
            ("stage".to_owned(), "an older value".to_owned()),
        ]);
        assert_eq!(copied_count(&fields, &copied), 1, "a changed value is no longer copied");
        copied.remove("name");
        assert!(!name.is_copied(&copied));
    }

    #[test]
    fn files_are_named_by_indicator_in_form_order_and_never_collide() {
        let catalog = catalog();
        let mut i = innovation();
        i.attach(EvidenceTarget::Indicator(17), file("foto: kegiatan?.JPG", 10, 2));
        i.attach(EvidenceTarget::Indicator(16), file("SK Walikota.pdf", 10, 1));
        i.attach(EvidenceTarget::Indicator(16), file("SK Walikota.pdf", 20, 3));
        i.attach(EvidenceTarget::Slot(FileSlot::Budget), file("DPA.pdf", 10, 4));
        let names: Vec<String> = handover_files(&i, &catalog).into_iter().map(|f| f.name).collect();
        let sid16 = &catalog.sid_row(16).expect("row").name;
        let sid17 = &catalog.sid_row(17).expect("row").name;
        assert_eq!(
            names,
            [
                "Anggaran - DPA.pdf".to_owned(),
                format!("16 {sid16} - SK Walikota.pdf"),
                format!("16 {sid16} - SK Walikota (2).pdf"),
                format!("17 {sid17} - foto kegiatan.JPG"),
            ]
        );
    }

    #[test]
    fn the_evidence_zip_has_the_renamed_files_in_order_and_checks_each() {
        use std::io::Read;
        let sk: &[u8] = b"%PDF-1.4 SK";
        let photo: &[u8] = b"\xff\xd8 foto";
        let entry = |bytes: &[u8], name: &str| HandoverFile {
            sha256: crate::base::hash::sha256_hex(bytes),
            size: bytes.len() as u64,
            name: name.into(),
        };
        let files =
            vec![entry(sk, "16 Regulasi - SK.pdf"), entry(photo, "17 Sosialisasi – foto.jpg")];
        let mut writer = HandoverZipWriter::new(Vec::new(), files.clone());
        for bytes in [sk, photo] {
            assert!(writer.next_file().is_some());
            for chunk in bytes.chunks(3) {
                writer.write_chunk(chunk).expect("chunk");
            }
            writer.finish_file().expect("file");
        }
        let zip = writer.finish().expect("zip");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a ZIP");
        let names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).expect("entry").name().expect("utf-8 name").into_owned())
            .collect();
        assert_eq!(names, ["16 Regulasi - SK.pdf", "17 Sosialisasi – foto.jpg"]);
        let mut read = Vec::new();
        archive.by_index(1).expect("entry").read_to_end(&mut read).expect("bytes");
        assert_eq!(read, photo);

        let mut wrong = HandoverZipWriter::new(Vec::new(), files);
        wrong.write_chunk(b"not the SK").expect("chunk");
        assert!(matches!(wrong.finish_file(), Err(HandoverError::FileMismatch { .. })));
    }

    #[test]
    fn preflight_lists_rejections_before_low_scores_and_flags_a_video_without_link() {
        let catalog = catalog();
        let mut i = innovation();
        i.attach(EvidenceTarget::Slot(FileSlot::Award), file("Piagam.pdf", 3 * 1024 * 1024, 5));
        let video = catalog.sid.iter().find(|row| row.video).expect("a video row").number;
        i.attach(
            EvidenceTarget::Indicator(video),
            EvidenceFile { media_type: "video/mp4".into(), ..file("video.mp4", 1000, 6) },
        );
        i.indicator_mut(video).claimed = Some(Level::new(1).expect("level"));
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
        let report = preflight(&i, &catalog, today, &[]);
        assert!(!report.ready());
        let impacts: Vec<Impact> = report.items.iter().map(|(impact, _)| *impact).collect();
        assert!(impacts.windows(2).all(|w| w[0] <= w[1]), "rejections first");
        let has = |code: IssueCode| {
            report.items.iter().any(
                |(_, item)| matches!(item, PreflightItem::Finding(issue) if issue.code == code),
            )
        };
        assert!(has(IssueCode::TooFewWords));
        assert!(has(IssueCode::FileTooLarge));
        let large = report.items.iter().find(|(_, item)| matches!(item, PreflightItem::Finding(issue) if issue.code == IssueCode::FileTooLarge)).expect("large file");
        assert_eq!(large.0, Impact::Rejected);
        assert!(preflight_message(Lang::Id, &large.1, &catalog).contains("perkecil"));
        assert!(
            report
                .items
                .contains(&(Impact::ScoresLow, PreflightItem::VideoWithoutLink { number: video }))
        );
        i.indicator_mut(video).link = "https://youtu.be/x".into();
        let linked = preflight(&i, &catalog, today, &[]);
        assert!(
            !linked
                .items
                .iter()
                .any(|(_, item)| matches!(item, PreflightItem::VideoWithoutLink { .. }))
        );
        // Outside the 2026 window without a development date → rejected.
        i.implementation_date = NaiveDate::from_ymd_opt(2021, 1, 1);
        assert!(preflight(&i, &catalog, today, &[]).items.iter().any(|(impact, item)| *impact == Impact::Rejected
            && matches!(item, PreflightItem::Finding(issue) if issue.code == IssueCode::OutsideAgeWindow)));
    }
}

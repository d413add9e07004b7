//! KIPP (Kompetisi Inovasi Pelayanan Publik, KemenPAN-RB via SINOVIK) proposals of an innovation.
//!
//! The proposal template of a year is data (`data/<year>.json`, embedded like the IID catalogs):
//! its sections with their word limits and guidance, which profile content prefills each, and
//! the attachment checklist. Adaptabilitas is one section with two parts (100 + 200 words), so
//! every limit belongs to a [`KippPart`]; a section without sub-questions has one part.
//!
//! Words are counted with [`crate::base::words::word_count`], the one definition of a word in Inovda
//! (whitespace-separated runs holding a letter or digit: "anak-anak", "2.500" and "10%" are one
//! word each, a lone "—" or "•" is none). A text over its limit stays as typed: [`validate_proposal`]
//! reports it, nothing is cut. The persisted [`KippProposal`] carries a schema version.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::base::lang::Lang;
use crate::base::words::word_count;
use crate::exchange::record::RecordError;
use crate::model::catalog::CatalogError;
use crate::model::innovation::{EvidenceFile, Innovation};
use crate::rules::handover::HandoverField;

/// The template years shipped with this build.
pub const BUILTIN_YEARS: [u16; 1] = [2023];

fn builtin_text(year: u16) -> Option<&'static str> {
    match year {
        2023 => Some(include_str!("data/2023.json")),
        _ => None,
    }
}

/// Where prefill text comes from in the innovation's profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PrefillSource {
    /// Rancang Bangun dan Pokok Perubahan yang Dilakukan.
    Design,
    /// Tujuan Inovasi.
    Goal,
    /// Manfaat yang Diperoleh.
    Benefit,
    /// Hasil Inovasi.
    Outcome,
    /// The note (keterangan) written under a SID indicator (16–35).
    IndicatorNote(u8),
}

impl PrefillSource {
    /// The profile's text for this source, trimmed (empty when not filled).
    pub fn text(self, innovation: &Innovation) -> String {
        let text = match self {
            PrefillSource::Design => innovation.design.as_str(),
            PrefillSource::Goal => innovation.goal.as_str(),
            PrefillSource::Benefit => innovation.benefit.as_str(),
            PrefillSource::Outcome => innovation.outcome.as_str(),
            PrefillSource::IndicatorNote(number) => {
                innovation.indicator(number).map_or("", |answer| answer.note.as_str())
            }
        };
        text.trim().to_owned()
    }
}

/// One answer with its own word limit (most sections have exactly one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KippPart {
    /// Stable key of the answer in proposals and hand-over ticks, e.g. `signifikansi`.
    pub key: String,
    /// The sub-question of a multi-part section ("a. …"); empty for a single-part section.
    #[serde(default)]
    pub label_id: String,
    #[serde(default)]
    pub label_en: String,
    /// Maximum number of words ([`crate::base::words::word_count`]).
    pub max_words: u32,
    /// Whether an empty answer blocks the proposal (every shipped part is required).
    #[serde(default = "yes")]
    pub required: bool,
    /// Profile content that prefills the answer, joined by a blank line, in this order.
    #[serde(default)]
    pub prefill: Vec<PrefillSource>,
}

fn yes() -> bool {
    true
}

/// A section of the proposal form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KippSection {
    pub id: String,
    pub name_id: String,
    pub name_en: String,
    /// What the section asks for.
    pub guidance_id: String,
    pub guidance_en: String,
    pub parts: Vec<KippPart>,
}

/// One document of the attachment checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KippAttachment {
    pub id: String,
    pub name_id: String,
    pub name_en: String,
    pub required: bool,
    /// SID indicators whose evidence in the profile may serve for this document.
    #[serde(default)]
    pub indicators: Vec<u8>,
}

/// The KIPP proposal form of one year (Kelompok Umum).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KippTemplate {
    pub year: u16,
    pub title: String,
    /// Kelompok (`umum`).
    pub group: String,
    /// How values were chosen where the sources are secondary or silent.
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Largest size of one attached PDF.
    pub attachment_max_bytes: u64,
    pub sections: Vec<KippSection>,
    pub attachments: Vec<KippAttachment>,
}

/// A part together with its section, as a form shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KippField<'a> {
    pub section: &'a KippSection,
    pub part: &'a KippPart,
}

impl KippField<'_> {
    pub fn key(&self) -> &str {
        &self.part.key
    }

    /// "Signifikansi", or "Adaptabilitas — a. Apakah …" for a part of a multi-part section.
    pub fn label(&self, lang: Lang) -> String {
        let section = lang.pick((&self.section.name_id, &self.section.name_en));
        let part = lang.pick((&self.part.label_id, &self.part.label_en));
        if part.is_empty() { section.clone() } else { format!("{section} — {part}") }
    }

    /// The section's name alone (messages name the section, then the part's letter if any).
    pub fn short_label(&self, lang: Lang) -> String {
        let section = lang.pick((&self.section.name_id, &self.section.name_en));
        match self.part.label_id.split_once(". ") {
            Some((letter, _)) if self.section.parts.len() > 1 => format!("{section} ({letter})"),
            _ => section.clone(),
        }
    }
}

impl KippTemplate {
    /// A shipped template of exactly this year.
    pub fn builtin(year: u16) -> Result<KippTemplate, CatalogError> {
        let text = builtin_text(year).ok_or_else(|| CatalogError::UnknownYear(year.to_string()))?;
        KippTemplate::from_json(text)
    }

    /// The template in force for `year`: the newest shipped template not later than it.
    pub fn for_year(year: u16) -> Result<KippTemplate, CatalogError> {
        let chosen = BUILTIN_YEARS.iter().copied().filter(|y| *y <= year).max();
        KippTemplate::builtin(chosen.ok_or_else(|| CatalogError::UnknownYear(year.to_string()))?)
    }

    /// Reads and checks a template.
    pub fn from_json(text: &str) -> Result<KippTemplate, CatalogError> {
        let template: KippTemplate =
            serde_json::from_str(text).map_err(|e| CatalogError::Json(e.to_string()))?;
        template.check()?;
        Ok(template)
    }

    /// Checks the invariants: sections and parts present, keys unique, limits positive.
    pub fn check(&self) -> Result<(), CatalogError> {
        let invalid = |message: String| Err(CatalogError::Invalid(message));
        if self.sections.is_empty() {
            return invalid("a KIPP template needs sections".into());
        }
        let mut ids = BTreeSet::new();
        let mut keys = BTreeSet::new();
        for section in &self.sections {
            if section.id.trim().is_empty() || !ids.insert(section.id.as_str()) {
                return invalid(format!("section id `{}` is empty or repeated", section.id));
            }
            if section.parts.is_empty() {
                return invalid(format!("section `{}` has no parts", section.id));
            }
            for part in &section.parts {
                if part.key.trim().is_empty() || !keys.insert(part.key.as_str()) {
                    return invalid(format!("part key `{}` is empty or repeated", part.key));
                }
                if part.max_words == 0 {
                    return invalid(format!("part `{}` needs a word limit", part.key));
                }
                if section.parts.len() > 1 && part.label_id.trim().is_empty() {
                    return invalid(format!(
                        "part `{}` of a multi-part section needs a label",
                        part.key
                    ));
                }
                for source in &part.prefill {
                    if let PrefillSource::IndicatorNote(number) = source
                        && !(16..=35).contains(number)
                    {
                        return invalid(format!("part `{}`: SID {number} is not 16–35", part.key));
                    }
                }
            }
        }
        let mut attachments = BTreeSet::new();
        for attachment in &self.attachments {
            if attachment.id.trim().is_empty() || !attachments.insert(attachment.id.as_str()) {
                return invalid(format!("attachment id `{}` is empty or repeated", attachment.id));
            }
        }
        Ok(())
    }

    /// Every answer of the form in order (Adaptabilitas gives two).
    pub fn fields(&self) -> Vec<KippField<'_>> {
        self.sections
            .iter()
            .flat_map(|section| section.parts.iter().map(move |part| KippField { section, part }))
            .collect()
    }

    /// The answer with this key.
    pub fn field(&self, key: &str) -> Option<KippField<'_>> {
        self.fields().into_iter().find(|field| field.key() == key)
    }

    /// The attachment with this id.
    pub fn attachment(&self, id: &str) -> Option<&KippAttachment> {
        self.attachments.iter().find(|a| a.id == id)
    }
}

/// Schema version of [`KippProposal`] written by this build.
pub const KIPP_SCHEMA_VERSION: u32 = 1;

/// The persisted KIPP proposal of one innovation (stored under `kipp:<innovation id>`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KippProposal {
    pub schema_version: u32,
    pub innovation_id: String,
    /// The template year the texts were written for.
    pub template_year: u16,
    /// Answer key → text exactly as typed.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
    /// Ids of the attachments ticked as ready.
    #[serde(default)]
    pub attachments: BTreeSet<String>,
    /// When it was last changed (RFC 3339, from the caller's clock); empty until then.
    #[serde(default)]
    pub updated_at: String,
}

impl KippProposal {
    /// An empty proposal for an innovation on a template.
    pub fn new(innovation_id: &str, template: &KippTemplate) -> Self {
        Self {
            schema_version: KIPP_SCHEMA_VERSION,
            innovation_id: innovation_id.to_owned(),
            template_year: template.year,
            ..Self::default()
        }
    }

    /// Reads a stored proposal, refusing one written by a newer build.
    pub fn from_json(text: &str) -> Result<Self, RecordError> {
        let proposal: KippProposal =
            serde_json::from_str(text).map_err(|e| RecordError::Json(e.to_string()))?;
        proposal.checked()
    }

    /// The proposal itself if its schema is one this build reads.
    pub fn checked(self) -> Result<Self, RecordError> {
        if self.schema_version > KIPP_SCHEMA_VERSION {
            return Err(RecordError::FutureSchema {
                found: self.schema_version,
                supported: KIPP_SCHEMA_VERSION,
            });
        }
        Ok(Self { schema_version: KIPP_SCHEMA_VERSION, ..self })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The text of an answer (empty when never typed).
    pub fn text(&self, key: &str) -> &str {
        self.texts.get(key).map_or("", String::as_str)
    }

    /// Sets an answer's text as typed (nothing is trimmed or cut).
    pub fn set_text(&mut self, key: &str, text: String) {
        if text.is_empty() {
            self.texts.remove(key);
        } else {
            self.texts.insert(key.to_owned(), text);
        }
    }

    pub fn set_attachment(&mut self, id: &str, ready: bool) {
        if ready {
            self.attachments.insert(id.to_owned());
        } else {
            self.attachments.remove(id);
        }
    }
}

/// The live count of one answer against its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordCount {
    pub words: usize,
    pub limit: u32,
}

impl WordCount {
    pub fn of(text: &str, limit: u32) -> Self {
        Self { words: word_count(text), limit }
    }

    pub fn over(&self) -> bool {
        self.words > self.limit as usize
    }

    /// "120 / 200 kata" or "120 / 200 words".
    pub fn label(&self, lang: Lang) -> String {
        format!("{} / {} {}", self.words, self.limit, lang.pick(("kata", "words")))
    }
}

/// What is wrong with a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KippIssueCode {
    /// An answer has more words than its limit.
    OverLimit,
    /// A required answer is empty.
    Empty,
    /// A required attachment is not ticked as ready.
    AttachmentMissing,
}

impl KippIssueCode {
    pub fn code(self) -> &'static str {
        match self {
            KippIssueCode::OverLimit => "kipp_over_limit",
            KippIssueCode::Empty => "kipp_empty",
            KippIssueCode::AttachmentMissing => "kipp_attachment_missing",
        }
    }
}

/// One finding, with the field it concerns: `kipp.<part key>` or `kipp.attachments.<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KippIssue {
    pub code: KippIssueCode,
    pub path: String,
    /// Words counted (over-limit findings).
    pub words: usize,
    /// The limit (over-limit findings).
    pub limit: u32,
}

/// The field path of an answer.
pub fn part_path(key: &str) -> String {
    format!("kipp.{key}")
}

/// Every finding, in the form's order (answers first, then attachments).
pub fn validate_proposal(template: &KippTemplate, proposal: &KippProposal) -> Vec<KippIssue> {
    let mut issues = Vec::new();
    for field in template.fields() {
        let text = proposal.text(field.key());
        let count = WordCount::of(text, field.part.max_words);
        if count.words == 0 && field.part.required {
            issues.push(KippIssue {
                code: KippIssueCode::Empty,
                path: part_path(field.key()),
                words: 0,
                limit: count.limit,
            });
        } else if count.over() {
            issues.push(KippIssue {
                code: KippIssueCode::OverLimit,
                path: part_path(field.key()),
                words: count.words,
                limit: count.limit,
            });
        }
    }
    for attachment in template.attachments.iter().filter(|a| a.required) {
        if !proposal.attachments.contains(&attachment.id) {
            issues.push(KippIssue {
                code: KippIssueCode::AttachmentMissing,
                path: format!("kipp.attachments.{}", attachment.id),
                words: 0,
                limit: 0,
            });
        }
    }
    issues
}

/// The sentence of a finding, naming the section (and part) and the limit.
pub fn kipp_issue_message(lang: Lang, issue: &KippIssue, template: &KippTemplate) -> String {
    let key = issue.path.strip_prefix("kipp.").unwrap_or(&issue.path);
    match issue.code {
        KippIssueCode::OverLimit | KippIssueCode::Empty => {
            let name = template.field(key).map_or_else(|| key.to_owned(), |f| f.short_label(lang));
            if issue.code == KippIssueCode::Empty {
                lang.pick((format!("{name} belum diisi."), format!("{name} is not filled in.")))
            } else {
                lang.pick((
                    format!(
                        "{name} melebihi batas {} kata ({} kata). Ringkas teksnya; tidak ada yang dipotong.",
                        issue.limit, issue.words
                    ),
                    format!(
                        "{name} is over the limit of {} words ({} words). Shorten the text; nothing is cut.",
                        issue.limit, issue.words
                    ),
                ))
            }
        }
        KippIssueCode::AttachmentMissing => {
            let id = key.strip_prefix("attachments.").unwrap_or(key);
            let name = template
                .attachment(id)
                .map_or_else(|| id.to_owned(), |a| lang.pick((&a.name_id, &a.name_en)).clone());
            lang.pick((
                format!("Lampiran belum siap: {name}."),
                format!("Attachment not ready yet: {name}."),
            ))
        }
    }
}

/// The profile text that prefills an answer (sources joined by a blank line; empty if none).
pub fn prefill_text(part: &KippPart, innovation: &Innovation) -> String {
    part.prefill
        .iter()
        .map(|source| source.text(innovation))
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// What "Isi dari profil" would change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrefillPlan {
    /// Empty answers that get profile text: (key, text).
    pub fill: Vec<(String, String)>,
    /// Answers already written that the profile would replace (only with the user's consent).
    pub occupied: Vec<(String, String)>,
}

/// Plans the prefill: empty answers are filled; answers with other text are only listed.
pub fn prefill_plan(
    template: &KippTemplate,
    proposal: &KippProposal,
    innovation: &Innovation,
) -> PrefillPlan {
    let mut plan = PrefillPlan::default();
    for field in template.fields() {
        let text = prefill_text(field.part, innovation);
        if text.is_empty() {
            continue;
        }
        let current = proposal.text(field.key());
        if current.trim().is_empty() {
            plan.fill.push((field.key().to_owned(), text));
        } else if current != text {
            plan.occupied.push((field.key().to_owned(), text));
        }
    }
    plan
}

impl PrefillPlan {
    /// Writes the planned texts; `replace` also overwrites the occupied answers.
    pub fn apply(&self, proposal: &mut KippProposal, replace: bool) {
        for (key, text) in &self.fill {
            proposal.set_text(key, text.clone());
        }
        if replace {
            for (key, text) in &self.occupied {
                proposal.set_text(key, text.clone());
            }
        }
    }
}

/// The hand-over key of a proposal's ticks in the hand-over store (`kipp:<innovation id>`),
/// distinct from the IID hand-over keyed by the bare id.
pub fn handover_key(innovation_id: &str) -> String {
    format!("kipp:{innovation_id}")
}

/// Every answer as a field to copy into SINOVIK, in the form's order (text trimmed).
pub fn kipp_handover_fields(
    template: &KippTemplate,
    proposal: &KippProposal,
    lang: Lang,
) -> Vec<HandoverField> {
    template
        .fields()
        .into_iter()
        .map(|field| HandoverField {
            key: field.key().to_owned(),
            label: field.label(lang),
            value: proposal.text(field.key()).trim().to_owned(),
            long: true,
        })
        .collect()
}

/// Evidence already in the profile that may serve for an attachment: (SID number, file).
pub fn attachment_evidence<'a>(
    attachment: &KippAttachment,
    innovation: &'a Innovation,
) -> Vec<(u8, &'a EvidenceFile)> {
    attachment
        .indicators
        .iter()
        .filter_map(|number| innovation.indicator(*number).map(|a| (*number, a)))
        .flat_map(|(number, answer)| answer.evidence.iter().map(move |file| (number, file)))
        .collect()
}

/// Links already in the profile that may serve for an attachment (the video's YouTube link).
pub fn attachment_links(attachment: &KippAttachment, innovation: &Innovation) -> Vec<String> {
    attachment
        .indicators
        .iter()
        .filter_map(|number| innovation.indicator(*number))
        .map(|answer| answer.link.trim().to_owned())
        .filter(|link| !link.is_empty())
        .collect()
}

#[cfg(test)]
mod tests;

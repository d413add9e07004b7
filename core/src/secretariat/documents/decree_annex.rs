//! The annex of the regional head's decree on the year's innovations (Lampiran Keputusan Kepala
//! Daerah tentang Penetapan Inovasi Daerah): one row per innovation with its unit, tahapan,
//! urusan, jenis and the date it was applied, under the decree's reference, signed by the head.

use chrono::NaiveDate;

use super::{DocumentSettings, column, file_stem, or_blank, signature};
use crate::base::document::{Block, DOCUMENT_SCHEMA_VERSION, Document, Heading, Table};
use crate::base::format::format_date_long;
use crate::base::lang::Lang;
use crate::exchange::bundle::VerdictRecord;
use crate::model::innovation::{Innovation, Stage, Status};
use crate::model::labels::{kind_label, stage_label};
use crate::model::urusan::affair_by_number;
use crate::secretariat::projection::latest_verdicts;
use crate::secretariat::verification::apply_verdict;

/// Which innovations of the year the annex lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnexScope {
    /// Verified by the secretariat (the latest verdict on the current revision).
    Verified,
    /// Every submitted innovation not rejected (diajukan, perlu revisi, diverifikasi).
    Submitted,
}

impl AnnexScope {
    pub const ALL: [AnnexScope; 2] = [AnnexScope::Verified, AnnexScope::Submitted];

    pub fn code(self) -> &'static str {
        match self {
            AnnexScope::Verified => "verified",
            AnnexScope::Submitted => "submitted",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        AnnexScope::ALL.into_iter().find(|scope| scope.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            AnnexScope::Verified => ("Hanya yang terverifikasi", "Verified only"),
            AnnexScope::Submitted => {
                ("Semua yang diajukan (kecuali ditolak)", "Everything submitted (except rejected)")
            }
        })
    }
}

/// The innovations of `year` the annex lists, with their status after the latest verdict, by
/// unit then name.
pub fn annex_innovations(
    innovations: &[Innovation],
    verdicts: &[VerdictRecord],
    year: u16,
    scope: AnnexScope,
) -> Vec<Innovation> {
    let latest = latest_verdicts(verdicts);
    let mut chosen: Vec<Innovation> = innovations
        .iter()
        .filter(|innovation| innovation.year == year)
        .map(|innovation| {
            let verdict = latest.get(innovation.id.to_string().as_str()).copied();
            apply_verdict(innovation, verdict)
        })
        .filter(|innovation| match scope {
            AnnexScope::Verified => innovation.status == Status::Verified,
            AnnexScope::Submitted => !matches!(innovation.status, Status::Draft | Status::Rejected),
        })
        .collect();
    chosen.sort_by_cached_key(|i| (i.agency.to_lowercase(), i.name.to_lowercase()));
    chosen
}

/// What the annex is made of.
pub struct DecreeAnnexInput<'a> {
    pub lang: Lang,
    pub settings: &'a DocumentSettings,
    pub year: u16,
    /// [`annex_innovations`]' list.
    pub innovations: &'a [Innovation],
    /// The decree's number (empty: dots to fill in).
    pub number: &'a str,
    /// The decree's date.
    pub date: NaiveDate,
}

/// The date the innovation was applied: the penerapan date, the uji coba date while on trial.
fn applied_on(lang: Lang, innovation: &Innovation) -> String {
    let date = match innovation.stage {
        Some(Stage::Trial) => innovation.trial_date.or(innovation.implementation_date),
        _ => innovation.implementation_date.or(innovation.trial_date),
    };
    date.map_or_else(|| "—".to_owned(), |date| format_date_long(lang, date))
}

/// The decree's annex.
pub fn decree_annex(input: &DecreeAnnexInput<'_>) -> Document {
    let lang = input.lang;
    let year = input.year;
    let settings = input.settings;
    let office = or_blank(&settings.regional_head.office).to_uppercase();
    let rows = input
        .innovations
        .iter()
        .enumerate()
        .map(|(index, innovation)| {
            vec![
                (index + 1).to_string(),
                innovation.name.clone(),
                innovation.agency.clone(),
                innovation.stage.map_or_else(|| "—".into(), |s| stage_label(lang, s).to_owned()),
                innovation
                    .main_affair
                    .and_then(affair_by_number)
                    .map_or_else(|| "—".into(), |affair| affair.name.to_owned()),
                innovation.kind.map_or_else(|| "—".into(), |k| kind_label(lang, k).to_owned()),
                applied_on(lang, innovation),
            ]
        })
        .collect();
    let column = |title, weight, centred| column(lang, title, weight, centred);
    let date = format_date_long(lang, input.date);
    let heading = Heading::Annex {
        lines: vec![
            lang.pick(("LAMPIRAN", "ANNEX")).to_owned(),
            format!("{} {office}", lang.pick(("KEPUTUSAN", "DECREE OF THE"))),
            format!("{} {}", lang.pick(("NOMOR", "NUMBER")), or_blank(input.number)),
            format!("{} {date}", lang.pick(("TANGGAL", "DATE"))),
            lang.pick((
                format!("TENTANG PENETAPAN INOVASI DAERAH TAHUN {year}"),
                format!("ON THE DESIGNATION OF REGIONAL INNOVATIONS OF {year}"),
            )),
        ],
    };
    let mut head = signature("", &settings.regional_head, false);
    head.office = format!("{office},");
    Document {
        schema_version: DOCUMENT_SCHEMA_VERSION,
        heading,
        title: vec![lang.pick((
            format!("DAFTAR INOVASI DAERAH TAHUN {year}"),
            format!("REGIONAL INNOVATIONS OF {year}"),
        ))],
        number: None,
        blocks: vec![Block::Table(Table {
            columns: vec![
                column(("No", "No"), 3, true),
                column(("Nama inovasi", "Innovation"), 22, false),
                column(("Perangkat daerah / unit", "Agency / unit"), 18, false),
                column(("Tahapan", "Stage"), 8, false),
                column(("Urusan pemerintahan", "Government affair"), 17, false),
                column(("Jenis", "Type"), 8, false),
                column(("Waktu penerapan", "Applied on"), 11, false),
            ],
            rows,
        })],
        place_date: String::new(),
        signatures: vec![head],
        stamp: None,
        landscape: true,
        file_stem: file_stem(
            lang.pick(("lampiran-sk-penetapan-inovasi", "decree-annex-innovations")),
            &year.to_string(),
            "",
        ),
    }
}

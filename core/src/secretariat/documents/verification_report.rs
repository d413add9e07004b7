//! The berita acara of one innovation's verification: the innovation and the revision reviewed,
//! each indicator's klaim and terverifikasi level with the verifier's note, both kematangan, the
//! status and its reason, the recommendation, the signatures and a QR code of the reviewed
//! revision's hash (so a printed page can be matched to the data).

use chrono::{DateTime, NaiveDate};

use super::{
    DocumentSettings, closing, column, day_words, file_stem, letterhead, number_line, or_blank,
    place_date, report_signatures,
};
use crate::base::document::{Block, DOCUMENT_SCHEMA_VERSION, Document, Fact, Stamp, Table};
use crate::base::format::{format_score, format_time_long_in};
use crate::base::lang::Lang;
use crate::base::zone::Zone;
use crate::exchange::bundle::VerdictRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, Level, Status};
use crate::model::labels::{stage_label, status_label};
use crate::secretariat::verification::claimed_vs_verified;

/// What one berita acara is made of.
pub struct VerificationReportInput<'a> {
    pub lang: Lang,
    pub settings: &'a DocumentSettings,
    pub catalog: &'a Catalog,
    /// The secretariat's name as the app knows it ("Bappeda Kota Padang").
    pub secretariat: &'a str,
    /// The innovation as it was at the verdict's revision.
    pub innovation: &'a Innovation,
    pub verdict: &'a VerdictRecord,
    /// The letter number (empty: dots to fill in).
    pub number: &'a str,
    /// The date the berita acara is signed.
    pub date: NaiveDate,
    pub zone: Zone,
    /// The region's "layak kirim" threshold of the year, when set.
    pub threshold: Option<u32>,
}

/// The recommendation that follows from the status and the threshold.
fn recommendation(input: &VerificationReportInput<'_>, verified: Option<String>) -> String {
    let lang = input.lang;
    let year = input.catalog.year;
    let unit = input.innovation.agency.trim();
    let verified_points = verified.unwrap_or_default();
    match (Status::from_code(&input.verdict.status), input.threshold) {
        (Some(Status::Verified), Some(threshold)) => {
            let reached = claimed_vs_verified(input.catalog, input.innovation, Some(input.verdict))
                .verified
                .is_some_and(|points| points >= crate::base::decimal::Points::whole(i64::from(threshold)));
            if reached {
                lang.pick((
                    format!("Layak dikirim ke Indeks Inovasi Daerah {year}: kematangan terverifikasi {verified_points} mencapai ambang layak kirim daerah ({threshold})."),
                    format!("Ready to send to the {year} Regional Innovation Index: verified maturity {verified_points} reaches the region's threshold ({threshold})."),
                ))
            } else {
                lang.pick((
                    format!("Terverifikasi, tetapi kematangan {verified_points} di bawah ambang layak kirim daerah ({threshold}): lengkapi bukti dukung sebelum batas pengiriman."),
                    format!("Verified, but maturity {verified_points} is below the region's threshold ({threshold}): complete the evidence before the submission deadline."),
                ))
            }
        }
        (Some(Status::Verified), None) => lang.pick((
            format!("Dapat diajukan ke Indeks Inovasi Daerah {year}."),
            format!("May be submitted to the {year} Regional Innovation Index."),
        )),
        (Some(Status::NeedsRevision), _) => lang.pick((
            format!("Dikembalikan kepada {unit} untuk diperbaiki sesuai catatan di atas, lalu diajukan kembali."),
            format!("Returned to {unit} to be corrected as noted above and submitted again."),
        )),
        _ => lang.pick((
            format!("Tidak diajukan ke Indeks Inovasi Daerah {year}."),
            format!("Not submitted to the {year} Regional Innovation Index."),
        )),
    }
}

/// The berita acara of `input.verdict`.
pub fn verification_report(input: &VerificationReportInput<'_>) -> Document {
    let lang = input.lang;
    let innovation = input.innovation;
    let verdict = input.verdict;
    let pair = claimed_vs_verified(input.catalog, innovation, Some(verdict));
    let verified = pair.verified.map(|points| format_score(lang, points));
    let decided = DateTime::parse_from_rfc3339(&verdict.decided_at)
        .map(|at| format_time_long_in(lang, at.to_utc(), input.zone))
        .unwrap_or_else(|_| verdict.decided_at.clone());
    let fact =
        |label: (&str, &str), value: String| Fact { label: lang.pick(label).to_owned(), value };
    let (day, team) = (day_words(lang, input.date), input.secretariat.trim());
    let opening = lang.pick((
        format!(
            "Pada hari ini {day}, tim verifikasi {team} telah memverifikasi inovasi daerah berikut berdasarkan profil dan bukti dukung yang diajukan:"
        ),
        format!(
            "On this day, {day}, the verification team of {team} verified the following regional innovation against the profile and the evidence submitted:"
        ),
    ));
    let subject = vec![
        fact(("Perangkat daerah / unit", "Agency / unit"), or_blank(&innovation.agency)),
        fact(("Nama inovasi", "Innovation"), or_blank(&innovation.name)),
        fact(
            ("Tahapan", "Stage"),
            innovation.stage.map(|s| stage_label(lang, s).to_owned()).unwrap_or_else(|| "—".into()),
        ),
        fact(("Tahun penilaian", "Assessment year"), input.catalog.year.to_string()),
        fact(("Revisi yang diverifikasi", "Revision verified"), verdict.revision.to_string()),
        fact(("Waktu keputusan verifikasi", "Verification decided"), decided),
    ];
    let rows = input
        .catalog
        .sid
        .iter()
        .map(|row| {
            let claimed =
                innovation.indicator(row.number).and_then(|a| a.claimed).map(Level::value);
            let checked = verdict.verified.iter().find(|level| level.number == row.number);
            vec![
                row.number.to_string(),
                row.name.clone(),
                claimed.map_or_else(|| "—".to_owned(), |level| level.to_string()),
                checked.map_or_else(|| "—".to_owned(), |level| level.level.to_string()),
                checked.map(|level| level.note.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    let column = |title, weight, centred| column(lang, title, weight, centred);
    let table = Table {
        columns: vec![
            column(("No", "No"), 4, true),
            column(("Indikator", "Indicator"), 30, false),
            column(("Level klaim", "Claimed level"), 9, true),
            column(("Level terverifikasi", "Verified level"), 11, true),
            column(("Catatan verifikator", "Verifier's note"), 30, false),
        ],
        rows,
    };
    let status = Status::from_code(&verdict.status)
        .map_or_else(|| verdict.status.clone(), |status| status_label(lang, status).to_owned());
    let conclusion = vec![
        fact(("Kematangan klaim", "Claimed maturity"), format_score(lang, pair.claimed)),
        fact(
            ("Kematangan terverifikasi", "Verified maturity"),
            verified.clone().unwrap_or_else(|| "—".into()),
        ),
        fact(("Status", "Status"), status),
        fact(
            ("Alasan / catatan", "Reason / notes"),
            if verdict.notes.trim().is_empty() { "—".into() } else { verdict.notes.clone() },
        ),
        fact(("Rekomendasi", "Recommendation"), recommendation(input, verified)),
    ];
    let settings = input.settings;
    Document {
        schema_version: DOCUMENT_SCHEMA_VERSION,
        heading: letterhead(settings),
        title: vec![
            lang.pick(("BERITA ACARA", "OFFICIAL REPORT")).to_owned(),
            lang.pick((
                "HASIL VERIFIKASI INOVASI DAERAH",
                "ON THE VERIFICATION OF A REGIONAL INNOVATION",
            ))
            .to_owned(),
        ],
        number: Some(number_line(lang, input.number)),
        blocks: vec![
            Block::Paragraph(opening),
            Block::Facts(subject),
            Block::Heading(
                lang.pick(("Hasil verifikasi per indikator", "Result per indicator")).to_owned(),
            ),
            Block::Table(table),
            Block::Heading(lang.pick(("Kesimpulan", "Conclusion")).to_owned()),
            Block::Facts(conclusion),
            closing(lang),
        ],
        place_date: place_date(lang, settings, input.date),
        signatures: report_signatures(lang, settings),
        stamp: Some(Stamp {
            payload: verdict.revision_hash.clone(),
            caption: lang.pick((
                format!("Sidik revisi {} (SHA-256): {}", verdict.revision, verdict.revision_hash),
                format!(
                    "Revision {} fingerprint (SHA-256): {}",
                    verdict.revision, verdict.revision_hash
                ),
            )),
        }),
        landscape: false,
        file_stem: file_stem(
            lang.pick(("berita-acara-verifikasi", "verification-report")),
            &innovation.name,
            &format!("r{}", verdict.revision),
        ),
    }
}

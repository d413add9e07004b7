//! The berita acara of a verification session: every innovation whose verdict was decided on
//! one day (in the region's zone), with its revision, both kematangan, the outcome and the
//! reason, and the count per outcome.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate};

use super::{
    DocumentSettings, closing, column, day_words, file_stem, letterhead, number_line, place_date,
    report_signatures,
};
use crate::base::document::{Block, DOCUMENT_SCHEMA_VERSION, Document, Table};
use crate::base::format::format_score;
use crate::base::lang::Lang;
use crate::base::zone::Zone;
use crate::exchange::bundle::VerdictRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, Status};
use crate::model::labels::status_label;
use crate::secretariat::verification::claimed_vs_verified;

/// The local day a verdict was decided on.
fn decided_on(verdict: &VerdictRecord, zone: Zone) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(&verdict.decided_at).ok().map(|at| zone.local(at.to_utc()).date())
}

/// The days with at least one verdict, newest first.
pub fn session_dates(verdicts: &[VerdictRecord], zone: Zone) -> Vec<NaiveDate> {
    let days: BTreeSet<NaiveDate> = verdicts.iter().filter_map(|v| decided_on(v, zone)).collect();
    days.into_iter().rev().collect()
}

/// What one session's berita acara is made of.
pub struct SessionReportInput<'a> {
    pub lang: Lang,
    pub settings: &'a DocumentSettings,
    pub catalog: &'a Catalog,
    pub secretariat: &'a str,
    /// The session's day.
    pub day: NaiveDate,
    pub verdicts: &'a [VerdictRecord],
    /// The innovations as stored, current and kept earlier revisions alike.
    pub innovations: &'a [Innovation],
    pub number: &'a str,
    /// The date the berita acara is signed (usually the session's day).
    pub date: NaiveDate,
    pub zone: Zone,
}

/// The day's verdicts, the newest per innovation, by unit then innovation name.
fn day_verdicts<'a>(
    input: &SessionReportInput<'a>,
) -> Vec<(&'a VerdictRecord, Option<&'a Innovation>)> {
    let mut chosen: Vec<&VerdictRecord> = Vec::new();
    for verdict in input.verdicts.iter().filter(|v| decided_on(v, input.zone) == Some(input.day)) {
        match chosen.iter_mut().find(|known| known.innovation_id == verdict.innovation_id) {
            Some(known)
                if (known.revision, &known.decided_at)
                    < (verdict.revision, &verdict.decided_at) =>
            {
                *known = verdict;
            }
            Some(_) => {}
            None => chosen.push(verdict),
        }
    }
    let find = |verdict: &VerdictRecord| {
        let same = |i: &&Innovation| i.id.to_string() == verdict.innovation_id;
        input
            .innovations
            .iter()
            .filter(same)
            .find(|i| i.revision == verdict.revision)
            .or_else(|| input.innovations.iter().filter(same).max_by_key(|i| i.revision))
    };
    let mut lines: Vec<_> = chosen.into_iter().map(|v| (v, find(v))).collect();
    lines.sort_by_cached_key(|(verdict, innovation)| {
        innovation.map_or((String::new(), verdict.innovation_id.clone()), |i| {
            (i.agency.to_lowercase(), i.name.to_lowercase())
        })
    });
    lines
}

/// The berita acara of the session on `input.day`.
pub fn session_report(input: &SessionReportInput<'_>) -> Document {
    let lang = input.lang;
    let lines = day_verdicts(input);
    let mut counts = [0usize; 3];
    let rows = lines
        .iter()
        .enumerate()
        .map(|(index, (verdict, innovation))| {
            let status = Status::from_code(&verdict.status);
            match status {
                Some(Status::Verified) => counts[0] += 1,
                Some(Status::NeedsRevision) => counts[1] += 1,
                _ => counts[2] += 1,
            }
            // Kematangan only where the reviewed revision itself is known.
            let reviewed = innovation.filter(|i| i.revision == verdict.revision);
            let pair = reviewed.map(|i| claimed_vs_verified(input.catalog, i, Some(verdict)));
            vec![
                (index + 1).to_string(),
                innovation.map(|i| i.agency.clone()).unwrap_or_else(|| "—".into()),
                innovation.map(|i| i.name.clone()).unwrap_or_else(|| verdict.innovation_id.clone()),
                verdict.revision.to_string(),
                pair.map_or_else(|| "—".into(), |p| format_score(lang, p.claimed)),
                pair.and_then(|p| p.verified).map_or_else(|| "—".into(), |v| format_score(lang, v)),
                status.map_or_else(|| verdict.status.clone(), |s| status_label(lang, s).to_owned()),
                verdict.notes.clone(),
            ]
        })
        .collect::<Vec<_>>();
    let column = |title, weight, centred| column(lang, title, weight, centred);
    let total = rows.len();
    let (day, team) = (day_words(lang, input.day), input.secretariat.trim());
    let noun = if total == 1 { "innovation" } else { "innovations" };
    let opening = lang.pick((
        format!(
            "Pada hari ini {day}, tim verifikasi {team} telah melaksanakan verifikasi atas {total} inovasi daerah dengan hasil sebagai berikut:"
        ),
        format!(
            "On this day, {day}, the verification team of {team} verified {total} regional {noun} with the following outcome:"
        ),
    ));
    let [verified, revision, rejected] = counts;
    let summary = lang.pick((
        format!("Jumlah: {total} inovasi — diverifikasi {verified}, perlu revisi {revision}, ditolak {rejected}."),
        format!("Total: {total} {noun} — verified {verified}, needs revision {revision}, rejected {rejected}."),
    ));
    let settings = input.settings;
    Document {
        schema_version: DOCUMENT_SCHEMA_VERSION,
        heading: letterhead(settings),
        title: vec![
            lang.pick(("BERITA ACARA", "OFFICIAL REPORT")).to_owned(),
            lang.pick(("VERIFIKASI INOVASI DAERAH", "ON A VERIFICATION SESSION")).to_owned(),
        ],
        number: Some(number_line(lang, input.number)),
        blocks: vec![
            Block::Paragraph(opening),
            Block::Table(Table {
                columns: vec![
                    column(("No", "No"), 3, true),
                    column(("Perangkat daerah / unit", "Agency / unit"), 16, false),
                    column(("Inovasi", "Innovation"), 20, false),
                    column(("Revisi", "Revision"), 6, true),
                    column(("Kematangan klaim", "Claimed maturity"), 9, true),
                    column(("Kematangan terverifikasi", "Verified maturity"), 10, true),
                    column(("Status", "Status"), 9, false),
                    column(("Catatan", "Notes"), 20, false),
                ],
                rows,
            }),
            Block::Paragraph(summary),
            closing(lang),
        ],
        place_date: place_date(lang, settings, input.date),
        signatures: report_signatures(lang, settings),
        stamp: None,
        landscape: true,
        file_stem: file_stem(
            lang.pick(("berita-acara-sesi-verifikasi", "verification-session-report")),
            &input.day.format("%Y-%m-%d").to_string(),
            "",
        ),
    }
}

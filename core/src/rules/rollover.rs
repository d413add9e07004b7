//! The yearly cycle: "Laporkan lagi tahun ini" carries an innovation into a later assessment
//! year, and a change of catalog between the two years is listed, never applied silently.
//!
//! National rule: an innovation older than the age window counts only when
//! re-reported with a development (penambahan substansi atau cakupan) and its date; it may be
//! entered in the national assessment at most [`MAX_NATIONAL_ENTRIES`] times, each time with a
//! higher maturity. Past years stay readable but are no longer edited ([`is_past_year`]).

use chrono::{DateTime, NaiveDate, Utc};

use crate::base::lang::Lang;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Carryover, Innovation, InnovationId, Status};
use crate::rules::scoring::{View, maturity};

/// How many times one innovation may be entered in the national assessment.
pub const MAX_NATIONAL_ENTRIES: u8 = 2;

/// Which national entry an innovation is (1 unless carried over).
pub fn entry_number(innovation: &Innovation) -> u8 {
    innovation.carried.as_ref().map_or(1, |c| c.entry)
}

/// Whether `year` is before the current assessment year: read-only then.
pub fn is_past_year(year: u16, today: NaiveDate) -> bool {
    i32::from(year) < chrono::Datelike::year(&today)
}

/// What the user gives when re-reporting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Development {
    /// What was added in substance or coverage.
    pub note: String,
    /// Waktu Pengembangan.
    pub date: Option<NaiveDate>,
}

/// Why an innovation cannot be carried over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RolloverIssue {
    /// Only an earlier year's innovation can be reported again in `year`.
    NotEarlierYear,
    /// Already entered [`MAX_NATIONAL_ENTRIES`] times.
    TooManyEntries,
    /// The development note is empty.
    NoteRequired,
    /// No development date.
    DateRequired,
    /// The development date is before the implementation date or after today.
    DateOutOfRange,
}

/// The copy of `previous` for assessment year `year`: a new draft with its own id, every field
/// and evidence reference kept, the development date and note set, linked to `previous`.
/// Everything is checked first; nothing is returned half-made.
pub fn roll_over(
    previous: &Innovation,
    id: InnovationId,
    year: u16,
    development: &Development,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Innovation, Vec<RolloverIssue>> {
    let mut issues = Vec::new();
    if previous.year >= year {
        issues.push(RolloverIssue::NotEarlierYear);
    }
    let entry = entry_number(previous).saturating_add(1);
    if entry > MAX_NATIONAL_ENTRIES {
        issues.push(RolloverIssue::TooManyEntries);
    }
    if development.note.trim().is_empty() {
        issues.push(RolloverIssue::NoteRequired);
    }
    match development.date {
        None => issues.push(RolloverIssue::DateRequired),
        Some(date) => {
            let before_start = previous.implementation_date.is_some_and(|start| date < start);
            if before_start || date > today {
                issues.push(RolloverIssue::DateOutOfRange);
            }
        }
    }
    if !issues.is_empty() {
        return Err(issues);
    }
    let mut next = previous.clone();
    next.id = id;
    next.year = year;
    next.revision = 0;
    next.edit_count = 0;
    next.supersedes = None;
    next.status = Status::Draft;
    next.development_date = development.date;
    next.created_at = now;
    next.updated_at = now;
    for answer in &mut next.indicators {
        answer.verified = None;
    }
    next.carried = Some(Carryover {
        from_id: previous.id,
        from_year: previous.year,
        entry,
        note: development.note.trim().to_owned(),
    });
    Ok(next)
}

/// The text of a roll-over issue.
pub fn rollover_issue_message(lang: Lang, issue: RolloverIssue) -> &'static str {
    lang.pick(match issue {
        RolloverIssue::NotEarlierYear => (
            "Hanya inovasi tahun sebelumnya yang bisa dilaporkan lagi tahun ini.",
            "Only an earlier year's innovation can be reported again this year.",
        ),
        RolloverIssue::TooManyEntries => (
            "Inovasi ini sudah dua kali diikutkan penilaian nasional; aturan nasional tidak mengizinkan yang ketiga.",
            "This innovation was already entered twice in the national assessment; the national rule allows no third entry.",
        ),
        RolloverIssue::NoteRequired => (
            "Tulis pengembangannya: apa yang ditambah dari segi substansi atau cakupan.",
            "Describe the development: what was added in substance or coverage.",
        ),
        RolloverIssue::DateRequired => (
            "Waktu Pengembangan wajib diisi.",
            "Enter the development date (Waktu Pengembangan).",
        ),
        RolloverIssue::DateOutOfRange => (
            "Waktu Pengembangan harus setelah Waktu Penerapan dan tidak di masa depan.",
            "The development date must be after the implementation date and not in the future.",
        ),
    })
}

/// The national rule on repeated entries, checked on a carried-over innovation: its maturity
/// must be higher than the earlier entry's. `None` when fine or not carried over.
pub fn repeat_maturity_issue(
    current: &Innovation,
    current_catalog: &Catalog,
    previous: &Innovation,
    previous_catalog: &Catalog,
) -> Option<(crate::base::decimal::Points, crate::base::decimal::Points)> {
    current.carried.as_ref()?;
    let now = maturity(current_catalog, current, View::Claimed);
    let before = maturity(previous_catalog, previous, View::Claimed);
    (now <= before).then_some((now, before))
}

/// One rule that differs between two years' catalogs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogChange {
    DesignMinWords {
        from: u32,
        to: u32,
    },
    AgeWindow {
        from: Option<(NaiveDate, NaiveDate)>,
        to: Option<(NaiveDate, NaiveDate)>,
    },
    MaxFileBytes {
        from: u32,
        to: u32,
    },
    DivisorMin {
        from: u32,
        to: u32,
    },
    /// Weight or mandatory flag of a SID indicator (by number); `None` = not in that year.
    Indicator {
        number: u8,
        name: String,
        from: Option<(crate::base::decimal::Points, bool)>,
        to: Option<(crate::base::decimal::Points, bool)>,
    },
    ExtraField {
        label: String,
        added: bool,
    },
}

/// What changed from `old` to `new` that matters to an innovation moved between them.
pub fn catalog_changes(old: &Catalog, new: &Catalog) -> Vec<CatalogChange> {
    let mut changes = Vec::new();
    if old.design_min_words != new.design_min_words {
        changes.push(CatalogChange::DesignMinWords {
            from: old.design_min_words,
            to: new.design_min_words,
        });
    }
    let window = |c: &Catalog| c.age_window.map(|w| (w.from, w.to));
    if window(old) != window(new) {
        changes.push(CatalogChange::AgeWindow { from: window(old), to: window(new) });
    }
    if old.evidence.max_bytes != new.evidence.max_bytes {
        changes.push(CatalogChange::MaxFileBytes {
            from: old.evidence.max_bytes,
            to: new.evidence.max_bytes,
        });
    }
    if old.divisor_min != new.divisor_min {
        changes.push(CatalogChange::DivisorMin { from: old.divisor_min, to: new.divisor_min });
    }
    let mut numbers: Vec<u8> = old.sid.iter().chain(&new.sid).map(|row| row.number).collect();
    numbers.sort_unstable();
    numbers.dedup();
    for number in numbers {
        let pick = |c: &Catalog| c.sid_row(number).map(|row| (row.weight, row.mandatory));
        let (from, to) = (pick(old), pick(new));
        if from != to {
            let name = new
                .sid_row(number)
                .or_else(|| old.sid_row(number))
                .map(|r| r.name.clone())
                .unwrap_or_default();
            changes.push(CatalogChange::Indicator { number, name, from, to });
        }
    }
    for field in &new.extra_fields {
        if old.extra_field(&field.key).is_none() {
            changes.push(CatalogChange::ExtraField { label: field.label_id.clone(), added: true });
        }
    }
    for field in &old.extra_fields {
        if new.extra_field(&field.key).is_none() {
            changes.push(CatalogChange::ExtraField { label: field.label_id.clone(), added: false });
        }
    }
    changes
}

/// One sentence per catalog change.
pub fn catalog_change_message(lang: Lang, change: &CatalogChange) -> String {
    use crate::base::format::{format_date, format_points, format_size};
    let window = |w: &Option<(NaiveDate, NaiveDate)>| match w {
        Some((from, to)) => format!("{} – {}", format_date(lang, *from), format_date(lang, *to)),
        None => lang.pick(("tanpa batas", "no limit")).to_owned(),
    };
    let indicator = |w: &Option<(crate::base::decimal::Points, bool)>| match w {
        Some((weight, mandatory)) => {
            let wajib = if *mandatory { lang.pick((", wajib", ", mandatory")) } else { "" };
            format!("{} {}{wajib}", lang.pick(("bobot", "weight")), format_points(lang, *weight))
        }
        None => lang.pick(("tidak ada", "absent")).to_owned(),
    };
    match (change, lang) {
        (CatalogChange::DesignMinWords { from, to }, Lang::Id) => {
            format!("Rancang bangun minimal {from} → {to} kata.")
        }
        (CatalogChange::DesignMinWords { from, to }, Lang::En) => {
            format!("Rancang bangun minimum {from} → {to} words.")
        }
        (CatalogChange::AgeWindow { from, to }, Lang::Id) => {
            format!("Rentang Waktu Penerapan yang dinilai: {} → {}.", window(from), window(to))
        }
        (CatalogChange::AgeWindow { from, to }, Lang::En) => {
            format!("Implementation dates assessed: {} → {}.", window(from), window(to))
        }
        (CatalogChange::MaxFileBytes { from, to }, _) => format!(
            "{}: {} → {}.",
            lang.pick(("Batas ukuran berkas", "File size limit")),
            format_size(lang, u64::from(*from)),
            format_size(lang, u64::from(*to))
        ),
        (CatalogChange::DivisorMin { from, to }, Lang::Id) => {
            format!("Pembagi minimal rata-rata kematangan (k): {from} → {to}.")
        }
        (CatalogChange::DivisorMin { from, to }, Lang::En) => {
            format!("Minimum divisor of the average maturity (k): {from} → {to}.")
        }
        (CatalogChange::Indicator { number, name, from, to }, _) => {
            format!(
                "{} {number} {name}: {} → {}.",
                lang.pick(("Indikator", "Indicator")),
                indicator(from),
                indicator(to)
            )
        }
        (CatalogChange::ExtraField { label, added: true }, Lang::Id) => {
            format!("Isian baru: {label}.")
        }
        (CatalogChange::ExtraField { label, added: true }, Lang::En) => {
            format!("New field: {label}.")
        }
        (CatalogChange::ExtraField { label, added: false }, Lang::Id) => {
            format!("Isian tidak dipakai lagi: {label}.")
        }
        (CatalogChange::ExtraField { label, added: false }, Lang::En) => {
            format!("Field no longer asked: {label}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::record::InnovationRecord;
    use crate::model::innovation::{EvidenceFile, EvidenceTarget, Level};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z").expect("time").to_utc()
    }

    fn earlier() -> Innovation {
        let created = DateTime::parse_from_rfc3339("2025-03-01T08:00:00Z").expect("time").to_utc();
        let mut i = Innovation::new(
            InnovationId::from_random_bytes([1; 16]),
            "Dinas Kesehatan",
            "Kota Probolinggo",
            2025,
            created,
        );
        i.name = "Si Ijol".into();
        i.implementation_date = Some(date(2022, 5, 1));
        i.attach(
            EvidenceTarget::Indicator(16),
            EvidenceFile {
                sha256: "ab".repeat(32),
                file_name: "SK.pdf".into(),
                media_type: "application/pdf".into(),
                size: 10,
            },
        );
        i.indicator_mut(16).claimed = Level::new(2);
        i.indicator_mut(16).verified = Level::new(1);
        i.submit(created);
        i
    }

    fn development() -> Development {
        Development {
            note: "Cakupan diperluas ke 29 kelurahan".into(),
            date: Some(date(2026, 2, 1)),
        }
    }

    #[test]
    fn a_roll_over_copies_everything_links_both_years_and_leaves_the_old_one_intact() {
        let old = earlier();
        let before = InnovationRecord::from(&old);
        let id = InnovationId::from_random_bytes([2; 16]);
        let next =
            roll_over(&old, id, 2026, &development(), date(2026, 11, 29), now()).expect("valid");
        assert_eq!(InnovationRecord::from(&old), before, "the earlier year is untouched");
        assert_eq!(next.id, id);
        assert_eq!((next.year, next.revision, next.status), (2026, 0, Status::Draft));
        assert_eq!(next.name, "Si Ijol");
        assert_eq!(next.development_date, Some(date(2026, 2, 1)));
        assert_eq!(next.indicator(16).map(|a| a.evidence.len()), Some(1));
        assert_eq!(next.indicator(16).and_then(|a| a.verified), None, "verification is per year");
        let carried = next.carried.clone().expect("linked");
        assert_eq!((carried.from_id, carried.from_year, carried.entry), (old.id, 2025, 2));
        // The link survives storage.
        let stored = InnovationRecord::from(&next);
        assert_eq!(stored.to_domain().expect("valid").carried, next.carried);
        assert!(InnovationRecord::from(&old).carried_from.is_none());

        // A third national entry is refused.
        let third = roll_over(
            &next,
            InnovationId::from_random_bytes([3; 16]),
            2027,
            &development(),
            date(2027, 1, 5),
            now(),
        );
        assert_eq!(third, Err(vec![RolloverIssue::TooManyEntries]));
    }

    #[test]
    fn every_missing_piece_is_reported_at_once() {
        let old = earlier();
        let empty = Development { note: " ".into(), date: None };
        let id = InnovationId::from_random_bytes([2; 16]);
        assert_eq!(
            roll_over(&old, id, 2025, &empty, date(2026, 11, 29), now()),
            Err(vec![
                RolloverIssue::NotEarlierYear,
                RolloverIssue::NoteRequired,
                RolloverIssue::DateRequired
            ])
        );
        let early = Development { date: Some(date(2021, 1, 1)), ..development() };
        assert_eq!(
            roll_over(&old, id, 2026, &early, date(2026, 11, 29), now()),
            Err(vec![RolloverIssue::DateOutOfRange])
        );
        for issue in [
            RolloverIssue::NotEarlierYear,
            RolloverIssue::TooManyEntries,
            RolloverIssue::NoteRequired,
            RolloverIssue::DateRequired,
            RolloverIssue::DateOutOfRange,
        ] {
            assert!(!rollover_issue_message(Lang::Id, issue).is_empty());
            assert_ne!(
                rollover_issue_message(Lang::Id, issue),
                rollover_issue_message(Lang::En, issue)
            );
        }
    }

    #[test]
    fn past_years_are_read_only_and_a_repeat_needs_a_higher_maturity() {
        assert!(is_past_year(2025, date(2026, 1, 1)));
        assert!(!is_past_year(2026, date(2026, 12, 31)));
        let catalog = Catalog::builtin(2026).expect("catalog");
        let old = earlier();
        let next = roll_over(
            &old,
            InnovationId::from_random_bytes([2; 16]),
            2026,
            &development(),
            date(2026, 11, 29),
            now(),
        )
        .expect("valid");
        assert!(
            repeat_maturity_issue(&next, &catalog, &old, &catalog).is_some(),
            "same answers: not higher"
        );
        let mut better = next.clone();
        better.indicator_mut(17).claimed = Level::new(3);
        assert_eq!(repeat_maturity_issue(&better, &catalog, &old, &catalog), None);
        assert_eq!(repeat_maturity_issue(&old, &catalog, &old, &catalog), None, "not carried over");
    }

    #[test]
    fn catalog_changes_between_years_are_listed() {
        let a = Catalog::builtin(2023).expect("catalog");
        let b = Catalog::builtin(2026).expect("catalog");
        let changes = catalog_changes(&a, &b);
        assert!(!changes.is_empty());
        assert!(catalog_changes(&b, &b).is_empty());
        for change in &changes {
            assert!(!catalog_change_message(Lang::Id, change).is_empty());
            assert!(!catalog_change_message(Lang::En, change).is_empty());
        }
        assert!(changes.iter().any(|c| matches!(c, CatalogChange::AgeWindow { .. })));
    }
}

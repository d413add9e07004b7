//! Indonesian and English text of every code the core produces, shared by web and cli.
//!
//! Each function matches exhaustively on its code and returns both languages at once,
//! so a code without a translation does not compile.

use chrono::{DateTime, Datelike, FixedOffset, Offset, Timelike, Utc};

use crate::innovation::{Stage, Status};
use crate::validation::{FieldPath, Issue, IssueCode};

/// The UI language. Indonesian is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Parses "id" or "en"; anything else falls back to Indonesian.
    pub fn from_code(code: &str) -> Self {
        match code {
            "en" => Lang::En,
            _ => Lang::Id,
        }
    }

    /// Picks the text of this language from an `(id, en)` pair.
    pub fn pick<T>(self, pair: (T, T)) -> T {
        match self {
            Lang::Id => pair.0,
            Lang::En => pair.1,
        }
    }
}

/// The national form's label of a field.
pub fn field_label(lang: Lang, path: FieldPath) -> &'static str {
    lang.pick(match path {
        FieldPath::Name => ("Nama Inovasi", "Innovation name (Nama Inovasi)"),
        FieldPath::Stage => ("Tahapan Inovasi", "Stage (Tahapan Inovasi)"),
        FieldPath::Design => (
            "Rancang Bangun dan Pokok Perubahan yang Dilakukan",
            "Design and main changes (Rancang Bangun)",
        ),
    })
}

pub fn stage_label(lang: Lang, stage: Stage) -> &'static str {
    lang.pick(match stage {
        Stage::Initiative => ("Inisiatif", "Initiative"),
        Stage::Trial => ("Uji Coba", "Trial"),
        Stage::Implementation => ("Penerapan", "Implementation"),
    })
}

pub fn status_label(lang: Lang, status: Status) -> &'static str {
    lang.pick(match status {
        Status::Draft => ("Draf", "Draft"),
        Status::Submitted => ("Diajukan", "Submitted"),
        Status::NeedsRevision => ("Perlu revisi", "Needs revision"),
        Status::Verified => ("Diverifikasi", "Verified"),
        Status::Rejected => ("Ditolak", "Rejected"),
    })
}

/// The sentence shown next to a field for one finding.
pub fn issue_message(lang: Lang, issue: &Issue) -> String {
    let field = field_label(lang, issue.path);
    match issue.code {
        IssueCode::Required => match lang {
            Lang::Id => format!("{field} wajib diisi."),
            Lang::En => format!("{field} is required."),
        },
        IssueCode::TooFewWords => {
            let count = issue.param("count").unwrap_or(0);
            let min = issue.param("min").unwrap_or(0);
            match lang {
                Lang::Id => {
                    format!("{field} baru {count} kata; minimal {min} kata sebelum bisa diajukan.")
                }
                Lang::En => format!(
                    "{field} has {count} words; at least {min} are needed before submission."
                ),
            }
        }
    }
}

/// "x / 300 kata" under a long text.
pub fn word_count_label(lang: Lang, count: usize, min: usize) -> String {
    match lang {
        Lang::Id => format!("{count} / {min} kata"),
        Lang::En => format!("{count} / {min} words"),
    }
}

const MONTHS_ID: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const MONTHS_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A timestamp in the user's local time: "22 Nov 2026 14.05" in Indonesian
/// (dot between hours and minutes, as Indonesian usage writes it), "22 Nov 2026 14:05" in English.
/// `offset_minutes` is the local offset east of UTC (WIB = +420).
pub fn format_timestamp(lang: Lang, at: DateTime<Utc>, offset_minutes: i32) -> String {
    let offset = FixedOffset::east_opt(offset_minutes.clamp(-1439, 1439) * 60).unwrap_or(Utc.fix());
    let local = at.with_timezone(&offset);
    let month_index = local.month0() as usize % 12;
    let (month, separator) = match lang {
        Lang::Id => (MONTHS_ID[month_index], '.'),
        Lang::En => (MONTHS_EN[month_index], ':'),
    };
    format!(
        "{} {} {} {:02}{}{:02}",
        local.day(),
        month,
        local.year(),
        local.hour(),
        separator,
        local.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Severity;

    #[test]
    fn every_issue_code_reads_in_both_languages() {
        for code in IssueCode::ALL {
            for path in [FieldPath::Name, FieldPath::Stage, FieldPath::Design] {
                let issue = Issue {
                    code,
                    path,
                    severity: Severity::Error,
                    params: vec![("count", 12), ("min", 300)],
                };
                let id = issue_message(Lang::Id, &issue);
                let en = issue_message(Lang::En, &issue);
                assert!(!id.is_empty() && !en.is_empty());
                assert_ne!(id, en, "{code:?} must differ between languages");
            }
        }
        let short = Issue {
            code: IssueCode::TooFewWords,
            path: FieldPath::Design,
            severity: Severity::Error,
            params: vec![("count", 12), ("min", 300)],
        };
        assert!(issue_message(Lang::Id, &short).contains("12 kata"));
        assert!(issue_message(Lang::En, &short).contains("300"));
    }

    #[test]
    fn timestamps_use_local_time_and_indonesian_month_names() {
        let at = DateTime::parse_from_rfc3339("2026-05-31T20:07:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(format_timestamp(Lang::Id, at, 420), "1 Jun 2026 03.07");
        assert_eq!(format_timestamp(Lang::En, at, 0), "31 May 2026 20:07");
        let august = DateTime::parse_from_rfc3339("2026-08-17T01:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(format_timestamp(Lang::Id, august, 480), "17 Agu 2026 09.00");
    }

    #[test]
    fn lang_codes_round_trip_and_unknown_falls_back_to_indonesian() {
        assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
        assert_eq!(Lang::from_code("id"), Lang::Id);
        assert_eq!(Lang::from_code("fr"), Lang::Id);
    }
}

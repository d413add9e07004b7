//! The per-unit columns of the secretariat's recap, defined once: each column's heading, its
//! value for one [`AgencyLine`] and the words for yes/no states. The Dasbor table, the printable
//! recap and the Rekap Instansi sheet (CSV and XLSX) all read them from here, so the same heading
//! always means the same count and a kematangan or a time reads the same everywhere.

use crate::base::decimal::Ratio;
use crate::base::format::{format_number, format_time_long_in};
use crate::base::lang::Lang;
use crate::base::zone::Zone;
use crate::model::innovation::{Stage, Status};
use crate::model::labels::{agency_kind_label, stage_label, status_label};
use crate::secretariat::dashboard::AgencyLine;

/// One column of the per-unit recap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgencyColumn {
    Agency,
    Kind,
    Active,
    /// Every innovation of the year, drafts included.
    Innovations,
    /// Innovations that are not drafts (the mandate counts these).
    Reported,
    Compliant,
    Stage(Stage),
    /// Innovations whose current status (verdicts applied) is this one.
    Status(Status),
    MaturityClaimed,
    MaturityVerified,
    LastBundle,
}

/// The columns of the Dasbor table and the printable recap, in order.
pub const SCREEN_COLUMNS: [AgencyColumn; 16] = [
    AgencyColumn::Agency,
    AgencyColumn::Kind,
    AgencyColumn::Innovations,
    AgencyColumn::Reported,
    AgencyColumn::Compliant,
    AgencyColumn::Stage(Stage::Initiative),
    AgencyColumn::Stage(Stage::Trial),
    AgencyColumn::Stage(Stage::Implementation),
    AgencyColumn::Status(Status::Draft),
    AgencyColumn::Status(Status::Submitted),
    AgencyColumn::Status(Status::NeedsRevision),
    AgencyColumn::Status(Status::Verified),
    AgencyColumn::Status(Status::Rejected),
    AgencyColumn::MaturityClaimed,
    AgencyColumn::MaturityVerified,
    AgencyColumn::LastBundle,
];

/// The columns of the Rekap Instansi sheet: the screen's, with the active flag after the kind.
pub const SHEET_COLUMNS: [AgencyColumn; 17] = [
    AgencyColumn::Agency,
    AgencyColumn::Kind,
    AgencyColumn::Active,
    AgencyColumn::Innovations,
    AgencyColumn::Reported,
    AgencyColumn::Compliant,
    AgencyColumn::Stage(Stage::Initiative),
    AgencyColumn::Stage(Stage::Trial),
    AgencyColumn::Stage(Stage::Implementation),
    AgencyColumn::Status(Status::Draft),
    AgencyColumn::Status(Status::Submitted),
    AgencyColumn::Status(Status::NeedsRevision),
    AgencyColumn::Status(Status::Verified),
    AgencyColumn::Status(Status::Rejected),
    AgencyColumn::MaturityClaimed,
    AgencyColumn::MaturityVerified,
    AgencyColumn::LastBundle,
];

/// One column's value for one unit, before it becomes text or a sheet cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnValue {
    Text(String),
    Count(u32),
    /// An average kematangan (`None` without reported innovations).
    Score(Option<Ratio>),
    /// Already in the region's zone, named ("15 Juni 2026 10.30 WIB"); `None` without any.
    Time(Option<String>),
}

impl AgencyColumn {
    /// The heading, the same on screen, on paper and in the sheets.
    pub fn heading(self, lang: Lang) -> &'static str {
        match self {
            AgencyColumn::Agency => lang.pick(("Instansi", "Unit")),
            AgencyColumn::Kind => lang.pick(("Jenis", "Kind")),
            AgencyColumn::Active => lang.pick(("Aktif", "Active")),
            AgencyColumn::Innovations => lang.pick(("Jumlah inovasi", "Innovations")),
            AgencyColumn::Reported => lang.pick(("Dilaporkan", "Reported")),
            AgencyColumn::Compliant => lang.pick(("Patuh", "Compliant")),
            AgencyColumn::Stage(stage) => stage_label(lang, stage),
            AgencyColumn::Status(status) => status_label(lang, status),
            AgencyColumn::MaturityClaimed => lang.pick(("Kematangan klaim", "Maturity (claimed)")),
            AgencyColumn::MaturityVerified => {
                lang.pick(("Kematangan terverifikasi", "Maturity (verified)"))
            }
            AgencyColumn::LastBundle => lang.pick(("Bundel terakhir", "Last bundle")),
        }
    }

    /// This column's value for `line`; times are shown in the region's `zone`.
    pub fn value(self, lang: Lang, zone: Zone, line: &AgencyLine) -> ColumnValue {
        match self {
            AgencyColumn::Agency => ColumnValue::Text(line.name.clone()),
            AgencyColumn::Kind => ColumnValue::Text(line.kind.map_or_else(
                || not_listed_label(lang).to_owned(),
                |kind| agency_kind_label(lang, kind).to_owned(),
            )),
            AgencyColumn::Active => ColumnValue::Text(yes_no_label(lang, line.active).to_owned()),
            AgencyColumn::Innovations => ColumnValue::Count(line.total),
            AgencyColumn::Reported => ColumnValue::Count(line.reported),
            AgencyColumn::Compliant => {
                ColumnValue::Text(compliant_label(lang, line.compliant).to_owned())
            }
            AgencyColumn::Stage(stage) => ColumnValue::Count(match stage {
                Stage::Initiative => line.by_stage.initiative,
                Stage::Trial => line.by_stage.trial,
                Stage::Implementation => line.by_stage.implementation,
            }),
            AgencyColumn::Status(status) => ColumnValue::Count(match status {
                Status::Draft => line.by_status.draft,
                Status::Submitted => line.by_status.submitted,
                Status::NeedsRevision => line.by_status.needs_revision,
                Status::Verified => line.by_status.verified,
                Status::Rejected => line.by_status.rejected,
            }),
            AgencyColumn::MaturityClaimed => ColumnValue::Score(line.average_claimed),
            AgencyColumn::MaturityVerified => ColumnValue::Score(line.average_verified),
            // The time in the region's zone and the route: "15 Juni 2026 06.30 WIB (relay)".
            AgencyColumn::LastBundle => ColumnValue::Time(line.last_bundle.map(|last| {
                format!("{} ({})", format_time_long_in(lang, last.at, zone), last.route.label(lang))
            })),
        }
    }

    /// Whether the column holds numbers (right-aligned on screen).
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            AgencyColumn::Innovations
                | AgencyColumn::Reported
                | AgencyColumn::Stage(_)
                | AgencyColumn::Status(_)
                | AgencyColumn::MaturityClaimed
                | AgencyColumn::MaturityVerified
        )
    }
}

impl ColumnValue {
    /// The value as people read it: counts as digits, a kematangan with two decimals
    /// ([`format_number`], as `format_score` shows every kematangan), "—" for nothing.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ColumnValue::Text(text) => text.clone(),
            ColumnValue::Count(count) => count.to_string(),
            ColumnValue::Score(Some(score)) => format_number(lang, score.round2()),
            ColumnValue::Score(None) | ColumnValue::Time(None) => "—".to_owned(),
            ColumnValue::Time(Some(time)) => time.clone(),
        }
    }
}

/// "Ya" / "Tidak" for a plain yes/no state (active, entered by the secretariat).
pub fn yes_no_label(lang: Lang, flag: bool) -> &'static str {
    lang.pick(if flag { ("Ya", "Yes") } else { ("Tidak", "No") })
}

/// "Ya" / "Belum" for the mandate: a unit that does not meet it yet still can.
pub fn compliant_label(lang: Lang, compliant: bool) -> &'static str {
    lang.pick(if compliant { ("Ya", "Yes") } else { ("Belum", "Not yet") })
}

/// The kind cell of a sender that is not in the registry.
pub fn not_listed_label(lang: Lang) -> &'static str {
    lang.pick(("tidak ada di daftar", "not on the list"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Points;
    use crate::exchange::bundle::Route;
    use crate::secretariat::dashboard::LastBundle;
    use crate::secretariat::recap::{StageCounts, StatusCounts};
    use chrono::DateTime;

    fn line() -> AgencyLine {
        AgencyLine {
            agency_id: None,
            name: "Puskesmas Baru".into(),
            kind: None,
            active: true,
            total: 3,
            reported: 2,
            by_stage: StageCounts { none: 0, initiative: 1, trial: 0, implementation: 2 },
            by_status: StatusCounts {
                draft: 1,
                submitted: 0,
                needs_revision: 0,
                verified: 2,
                rejected: 0,
            },
            entered_by_secretariat: 0,
            average_claimed: Some(Points::whole(45).ratio()),
            average_verified: None,
            last_bundle: DateTime::parse_from_rfc3339("2026-06-14T23:30:00Z")
                .ok()
                .map(|at| LastBundle { at: at.to_utc(), route: Route::Relay }),
            compliant: true,
        }
    }

    #[test]
    fn each_column_reads_one_way_in_both_languages() {
        let line = line();
        let cases: [(AgencyColumn, &str, &str); 8] = [
            (AgencyColumn::Kind, "tidak ada di daftar", "not on the list"),
            (AgencyColumn::Innovations, "3", "3"),
            (AgencyColumn::Reported, "2", "2"),
            (AgencyColumn::Compliant, "Ya", "Yes"),
            (AgencyColumn::Status(Status::Submitted), "0", "0"),
            (AgencyColumn::MaturityClaimed, "45,00", "45.00"),
            (AgencyColumn::MaturityVerified, "—", "—"),
            (
                AgencyColumn::LastBundle,
                "15 Juni 2026 06.30 WIB (relay)",
                "15 June 2026 06:30 WIB (relay)",
            ),
        ];
        for (column, id, en) in cases {
            assert_eq!(column.value(Lang::Id, Zone::Wib, &line).text(Lang::Id), id, "{column:?}");
            assert_eq!(column.value(Lang::En, Zone::Wib, &line).text(Lang::En), en, "{column:?}");
        }
        assert_eq!(
            AgencyColumn::LastBundle.value(Lang::Id, Zone::Wit, &line).text(Lang::Id),
            "15 Juni 2026 08.30 WIT (relay)"
        );
        assert_eq!(compliant_label(Lang::Id, false), "Belum");
        assert_eq!(yes_no_label(Lang::Id, false), "Tidak");
    }

    #[test]
    fn headings_are_unique_and_the_reported_count_is_not_the_submitted_status() {
        for lang in [Lang::Id, Lang::En] {
            let headings: Vec<&str> = SHEET_COLUMNS.iter().map(|c| c.heading(lang)).collect();
            let unique: std::collections::BTreeSet<&str> = headings.iter().copied().collect();
            assert_eq!(unique.len(), headings.len(), "{headings:?}");
        }
        assert_eq!(AgencyColumn::Reported.heading(Lang::Id), "Dilaporkan");
        assert_eq!(AgencyColumn::Status(Status::Submitted).heading(Lang::Id), "Diajukan");
        let screen: Vec<AgencyColumn> =
            SHEET_COLUMNS.into_iter().filter(|c| *c != AgencyColumn::Active).collect();
        assert_eq!(screen, SCREEN_COLUMNS);
    }
}

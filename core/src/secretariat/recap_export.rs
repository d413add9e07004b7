//! Recap exports: the sheets Rekap Instansi, Inovasi, Indikator and Proyeksi IID as tables, written
//! as CSV for Indonesian Excel (`;`, decimal comma, UTF-8 BOM, CRLF) or, with the `xlsx` feature,
//! as one workbook with real numeric cells.
//!
//! [`recap_sheets`] builds the tables from a [`Workspace`] (the secretariat's data as one JSON
//! value: region config, records, verdicts, SPD answers, last bundles); `base::sheet` formats
//! them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::base::decimal::Points;
use crate::base::lang::Lang;
use crate::base::sheet::{Cell, Sheet, header, int, points, text};
use crate::base::zone::Zone;
use crate::exchange::bundle::VerdictRecord;
use crate::exchange::record::InnovationRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::Innovation;
use crate::model::labels::{form_label, kind_label, stage_label, status_label};
use crate::model::urusan::affair_by_number;
use crate::secretariat::SecretariatError;
use crate::secretariat::columns::{ColumnValue, SHEET_COLUMNS, yes_no_label};
use crate::secretariat::dashboard::{DashboardInput, LastBundle, dashboard};
use crate::secretariat::projection::{SpdAnswers, latest_verdicts, project, spd_score};
use crate::secretariat::region_config::RegionConfig;
use crate::secretariat::verification::claimed_vs_verified;

/// The workspace file schema version (`inovda demo` prints one; `inovda recap` reads one).
pub const WORKSPACE_SCHEMA_VERSION: u32 = 1;

/// The secretariat's data as one JSON value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    pub schema_version: u32,
    pub config: RegionConfig,
    #[serde(default)]
    pub records: Vec<InnovationRecord>,
    #[serde(default)]
    pub verdicts: Vec<VerdictRecord>,
    pub spd: SpdAnswers,
    /// Sender name → when and how its last bundle arrived.
    #[serde(default)]
    pub last_bundles: BTreeMap<String, LastBundle>,
}

impl Workspace {
    pub fn from_json(bytes: &[u8]) -> Result<Self, SecretariatError> {
        let workspace: Workspace = serde_json::from_slice(bytes)
            .map_err(|e| SecretariatError::Json { what: "workspace", detail: e.to_string() })?;
        if workspace.schema_version != WORKSPACE_SCHEMA_VERSION {
            return Err(SecretariatError::UnsupportedVersion {
                what: "workspace",
                found: workspace.schema_version,
                supported: WORKSPACE_SCHEMA_VERSION,
            });
        }
        Ok(workspace)
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }
}

/// The names of the four sheets, in order: [`recap_sheets`] returns them so, and the web app
/// labels its download buttons with them before anything is built.
pub const SHEET_NAMES: [&str; 4] = ["Rekap Instansi", "Inovasi", "Indikator", "Proyeksi IID"];

/// The four recap sheets (labels in `lang`, times in the region's `zone`, named). Records that
/// do not convert are left out. The Rekap Instansi sheet has the Dasbor's columns
/// ([`SHEET_COLUMNS`]): the same heading holds the same count on screen and in the file.
pub fn recap_sheets(
    catalog: &Catalog,
    workspace: &Workspace,
    lang: Lang,
    zone: Zone,
) -> Vec<Sheet> {
    let innovations: Vec<Innovation> =
        workspace.records.iter().filter_map(|record| record.to_domain().ok()).collect();
    let registry = workspace.config.registry();
    let dash = dashboard(DashboardInput {
        catalog,
        registry: &registry,
        innovations: &innovations,
        verdicts: &workspace.verdicts,
        last_bundles: &workspace.last_bundles,
        min_per_agency: 1,
    });
    let mut agencies = Sheet {
        name: SHEET_NAMES[0].to_owned(),
        header: SHEET_COLUMNS.iter().map(|column| column.heading(lang).to_owned()).collect(),
        rows: Vec::new(),
    };
    for line in &dash.agencies {
        agencies.rows.push(
            SHEET_COLUMNS
                .iter()
                .map(|column| match column.value(lang, zone, line) {
                    ColumnValue::Text(value) => text(value),
                    ColumnValue::Count(count) => int(count),
                    ColumnValue::Score(score) => score.map_or(Cell::Empty, Cell::Decimal),
                    ColumnValue::Time(time) => time.map_or(Cell::Empty, text),
                })
                .collect(),
        );
    }
    let latest = latest_verdicts(&workspace.verdicts);
    let mut list = Sheet {
        name: SHEET_NAMES[1].to_owned(),
        header: header(&[
            "Nama Inovasi",
            "Instansi",
            "Tahapan",
            "Jenis",
            "Bentuk",
            "Urusan Utama",
            "Status",
            "Revisi",
            "Kematangan Klaim",
            "Kematangan Terverifikasi",
            "Dientri Sekretariat",
        ]),
        rows: Vec::new(),
    };
    let mut indicators = Sheet {
        name: SHEET_NAMES[2].to_owned(),
        header: header(&[
            "Nama Inovasi",
            "Instansi",
            "Indikator",
            "Level Klaim",
            "Level Terverifikasi",
            "Bukti",
            "Catatan Verifikasi",
        ]),
        rows: Vec::new(),
    };
    for innovation in innovations.iter().filter(|i| i.year == catalog.year) {
        let verdict = latest.get(innovation.id.to_string().as_str()).copied();
        let pair = claimed_vs_verified(catalog, innovation, verdict);
        let status = verdict
            .filter(|v| v.revision == innovation.revision)
            .and_then(|v| crate::model::innovation::Status::from_code(&v.status))
            .unwrap_or(innovation.status);
        list.rows.push(vec![
            text(innovation.name.clone()),
            text(innovation.agency.clone()),
            innovation.stage.map_or(Cell::Empty, |s| text(stage_label(lang, s))),
            innovation.kind.map_or(Cell::Empty, |k| text(kind_label(lang, k))),
            innovation.form.map_or(Cell::Empty, |f| text(form_label(lang, f))),
            innovation.main_affair.and_then(affair_by_number).map_or(Cell::Empty, |a| text(a.name)),
            text(status_label(lang, status)),
            int(innovation.revision),
            points(pair.claimed),
            pair.verified.map_or(Cell::Empty, points),
            text(yes_no_label(
                lang,
                innovation.origin == crate::model::innovation::Origin::Secretariat,
            )),
        ]);
        for row in &catalog.sid {
            let answer = innovation.indicator(row.number);
            let verified = verdict
                .filter(|v| v.revision == innovation.revision)
                .and_then(|v| v.verified.iter().find(|level| level.number == row.number));
            indicators.rows.push(vec![
                text(innovation.name.clone()),
                text(innovation.agency.clone()),
                int(u32::from(row.number)),
                answer.and_then(|a| a.claimed).map_or(Cell::Empty, |l| int(u32::from(l.value()))),
                verified.map_or(Cell::Empty, |l| int(u32::from(l.level))),
                int(answer.map_or(0, |a| {
                    u32::try_from(a.evidence.len()).unwrap_or(u32::MAX)
                        + u32::from(!a.link.trim().is_empty())
                })),
                verified.map_or(Cell::Empty, |l| text(l.note.clone())),
            ]);
        }
    }
    let spd = spd_score(catalog, &workspace.spd).unwrap_or(Points::ZERO);
    let projection = project(catalog, spd, &innovations, &workspace.verdicts, &[Points::whole(80)]);
    let mut iid = Sheet {
        name: SHEET_NAMES[3].to_owned(),
        header: header(&["Komponen", "Klaim", "Terverifikasi"]),
        rows: Vec::new(),
    };
    let (c, v) = (&projection.claimed.result, &projection.verified.result);
    let pair = |label: &str, a: Cell, b: Cell| vec![text(label), a, b];
    iid.rows.push(pair("n (inovasi dihitung)", int(c.n), int(v.n)));
    iid.rows.push(pair("Pembagi MAX(k, n)", int(c.divisor), int(v.divisor)));
    iid.rows.push(pair("Kursi kosong", int(c.empty_seats), int(v.empty_seats)));
    iid.rows.push(pair("SPD", points(c.spd), points(v.spd)));
    iid.rows.push(pair(
        "Rata-rata kematangan",
        Cell::Decimal(c.average_maturity),
        Cell::Decimal(v.average_maturity),
    ));
    iid.rows.push(pair("Skor jumlah inovasi", points(c.count_score), points(v.count_score)));
    iid.rows.push(pair("SID", Cell::Decimal(c.sid), Cell::Decimal(v.sid)));
    iid.rows.push(pair("Total", Cell::Decimal(c.total), Cell::Decimal(v.total)));
    iid.rows.push(pair("IID", Cell::Decimal(c.iid), Cell::Decimal(v.iid)));
    iid.rows.push(pair(
        "Predikat",
        text(crate::rules::scoring::predicate_label(lang, c.predicate)),
        text(crate::rules::scoring::predicate_label(lang, v.predicate)),
    ));
    iid.rows.push(pair("Urusan yandas tercakup", int(c.yandas_covered), int(v.yandas_covered)));
    if let (Some(a), Some(b)) =
        (projection.claimed.what_if.first(), projection.verified.what_if.first())
    {
        iid.rows.push(pair(
            "+1 inovasi kematangan 80: tambahan IID",
            Cell::Decimal(a.gain),
            Cell::Decimal(b.gain),
        ));
    }
    vec![agencies, list, indicators, iid]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Ratio;
    #[cfg(feature = "xlsx")]
    use crate::base::sheet::write_xlsx;
    use crate::base::sheet::{
        csv_field, csv_file_name, decimal_comma, sheets_from_json, sheets_to_json, write_csv,
    };
    use crate::exchange::bundle::Route;
    use crate::exchange::bundle::SigningKey;
    use crate::secretariat::columns::SCREEN_COLUMNS;
    use crate::secretariat::demo::demo_dataset;
    use chrono::DateTime;

    pub(crate) fn workspace() -> (Catalog, Workspace) {
        let catalog = Catalog::builtin(2026).expect("test data");
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let key = SigningKey::from_seed(&[1; 32]).public_key();
        let demo = demo_dataset(&catalog, 7, &key, now);
        let workspace = Workspace {
            schema_version: WORKSPACE_SCHEMA_VERSION,
            config: demo.config,
            records: demo.innovations.iter().map(InnovationRecord::from).collect(),
            verdicts: demo.verdicts,
            spd: demo.spd,
            last_bundles: BTreeMap::from([(
                "Dinas Kesehatan".to_owned(),
                LastBundle {
                    at: DateTime::parse_from_rfc3339("2026-06-01T10:00:00+07:00")
                        .expect("test data")
                        .to_utc(),
                    route: Route::File,
                },
            )]),
        };
        (catalog, workspace)
    }

    #[test]
    fn the_four_sheets_have_real_rows_and_the_csv_suits_indonesian_excel() {
        let (catalog, workspace) = workspace();
        assert_eq!(Workspace::from_json(&workspace.to_json()), Ok(workspace.clone()));
        let sheets = recap_sheets(&catalog, &workspace, Lang::Id, Zone::Wib);
        let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Rekap Instansi", "Inovasi", "Indikator", "Proyeksi IID"]);
        assert_eq!(names, SHEET_NAMES);
        assert_eq!(sheets[0].rows.len(), 30);
        assert_eq!(sheets[1].rows.len(), 24);
        assert_eq!(sheets[2].rows.len(), 24 * 20);
        let csv = String::from_utf8(write_csv(&sheets[3])).expect("test data");
        assert!(csv.starts_with("\u{feff}Komponen;Klaim;Terverifikasi\r\n"));
        assert!(csv.contains("\r\nPembagi MAX(k, n);24;24\r\n"), "{csv}");
        let iid_line = csv.lines().find(|l| l.starts_with("IID;")).expect("test data");
        assert!(iid_line.split(';').nth(1).is_some_and(|v| v.contains(',')), "{iid_line}");
        assert_eq!(csv_field("a;b \"c\""), "\"a;b \"\"c\"\"\"");
        assert_eq!(decimal_comma(Ratio::new(-1, 2)), "-0,50");
        assert_eq!(csv_file_name(&sheets[0]), "rekap-instansi.csv");
    }

    #[test]
    fn the_rekap_instansi_sheet_and_the_dashboard_share_one_definition() {
        let (catalog, mut workspace) = workspace();
        let at = "2026-06-01T10:00:00+07:00";
        let last = LastBundle {
            at: DateTime::parse_from_rfc3339(at).expect("test data").to_utc(),
            route: Route::Relay,
        };
        workspace.last_bundles = BTreeMap::from([("Dinas Kesehatan (contoh)".into(), last)]);
        let sheet = &recap_sheets(&catalog, &workspace, Lang::Id, Zone::Wita)[0];
        let screen: Vec<&str> = SCREEN_COLUMNS.iter().map(|c| c.heading(Lang::Id)).collect();
        let sheet_headings: Vec<&str> =
            sheet.header.iter().map(String::as_str).filter(|h| *h != "Aktif").collect();
        assert_eq!(sheet_headings, screen, "the same headings in the same order");
        let reported = sheet.header.iter().position(|h| h == "Dilaporkan");
        let submitted = sheet.header.iter().position(|h| h == "Diajukan");
        assert_eq!((reported, submitted), (Some(4), Some(10)), "a count and a status, apart");
        let innovations: Vec<Innovation> =
            workspace.records.iter().filter_map(|r| r.to_domain().ok()).collect();
        let dash = dashboard(DashboardInput {
            catalog: &catalog,
            registry: &workspace.config.registry(),
            innovations: &innovations,
            verdicts: &workspace.verdicts,
            last_bundles: &workspace.last_bundles,
            min_per_agency: 1,
        });
        assert_eq!(sheet.rows.len(), dash.agencies.len());
        let as_text = |cell: &Cell| match cell {
            Cell::Text(text) => text.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Decimal(value) => crate::base::format::format_number(Lang::Id, value.round2()),
            Cell::Empty => "—".to_owned(),
        };
        for (row, line) in sheet.rows.iter().zip(&dash.agencies) {
            for (cell, column) in row.iter().zip(SHEET_COLUMNS) {
                let shown = column.value(Lang::Id, Zone::Wita, line).text(Lang::Id);
                assert_eq!(as_text(cell), shown, "{} / {column:?}", line.name);
            }
        }
        let kesehatan = sheet
            .rows
            .iter()
            .find(|row| row[0] == Cell::Text("Dinas Kesehatan (contoh)".into()))
            .expect("test data");
        assert_eq!(
            kesehatan[16],
            Cell::Text("1 Juni 2026 11.00 WITA (relay)".into()),
            "zone named"
        );
        assert!(
            kesehatan[5] == Cell::Text("Ya".into()) || kesehatan[5] == Cell::Text("Belum".into()),
            "the Dasbor's words for the mandate"
        );
    }

    #[test]
    fn sheets_survive_their_json_trip_to_the_worker() {
        let (catalog, workspace) = workspace();
        let sheets = recap_sheets(&catalog, &workspace, Lang::Id, Zone::Wib);
        let back = sheets_from_json(sheets_to_json(&sheets).as_bytes()).expect("test data");
        assert_eq!(back.len(), 4);
        for (sent, received) in sheets.iter().zip(&back) {
            assert_eq!(received.name, sent.name);
            assert_eq!(received.header, sent.header);
            // Decimals travel rounded to hundredths: what both writers show is unchanged.
            assert_eq!(write_csv(received), write_csv(sent), "{}", sent.name);
        }
        let small = vec![Sheet {
            name: "S".to_owned(),
            header: vec!["a".to_owned(), "b".to_owned(), "c".to_owned(), "d".to_owned()],
            rows: vec![vec![
                Cell::Text("x;y".to_owned()),
                Cell::Int(-3),
                Cell::Decimal(Ratio::new(131, 2)),
                Cell::Empty,
            ]],
        }];
        let json = sheets_to_json(&small);
        assert_eq!(
            json,
            r#"{"schema_version":1,"sheets":[{"name":"S","header":["a","b","c","d"],"rows":[[{"text":"x;y"},{"int":-3},{"hundredths":6550},"empty"]]}]}"#
        );
        assert_eq!(sheets_from_json(json.as_bytes()), Ok(small));
        for (input, what) in [
            (r#"{"schema_version":2,"sheets":[]}"#, "version"),
            (r#"{"schema_version":1,"sheets":[],"extra":1}"#, "unknown field"),
            ("not json", "not JSON"),
            (
                r#"{"schema_version":1,"sheets":[{"name":"S","header":[],"rows":[[{"float":1.5}]]}]}"#,
                "cell",
            ),
        ] {
            assert!(sheets_from_json(input.as_bytes()).is_err(), "{what}");
        }
    }

    #[cfg(feature = "xlsx")]
    #[test]
    fn the_workbook_opens_with_its_sheets_and_numeric_cells() {
        use std::io::Read;
        let (catalog, workspace) = workspace();
        let sheets = recap_sheets(&catalog, &workspace, Lang::Id, Zone::Wib);
        let bytes = write_xlsx(&sheets).expect("test data");
        assert_eq!(bytes, write_xlsx(&sheets).expect("test data"), "deterministic");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("test data");
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name).expect("test data").read_to_string(&mut text).expect("test data");
            text
        };
        let book = read("xl/workbook.xml");
        for name in ["Rekap Instansi", "Inovasi", "Indikator", "Proyeksi IID"] {
            assert!(book.contains(&format!("name=\"{name}\"")), "{name}");
        }
        let first = read("xl/worksheets/sheet1.xml");
        assert_eq!(first.matches("<row ").count(), 31, "header + 30 agencies");
        let projection = read("xl/worksheets/sheet4.xml");
        // "Pembagi MAX(k, n)" = 24 as a number cell (no t="s"), decimals as numbers too.
        assert!(projection.contains(r#"<c r="B3"><v>24</v></c>"#), "{projection}");
        assert!(projection.contains(r#"<c r="B5" s="2"><v>"#), "{projection}");
    }
}

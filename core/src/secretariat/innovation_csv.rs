//! Innovations entered by the secretariat from a spreadsheet (CSV with the national form's columns).
//!
//! For agencies that do not use the app, the secretariat imports their innovations from a CSV
//! whose headers are the national profile's labels (`Nama Inovasi; Instansi; Tahapan; Jenis;
//! Bentuk; Urusan; Tanggal Penerapan; …`, English aliases accepted, indicator columns `16`–`35`
//! for claimed levels). [`preview_innovation_csv`] returns the innovations it would create —
//! submitted (revision 1), marked [`Origin::Secretariat`], carrying the registry's agency id —
//! and every bad row with its line and reason, without storing anything.
//!
//! Design: the marker lives in the record (`origin`, an optional field of schema 2, omitted for
//! the agency's own innovations) so it travels with the innovation through storage, recaps
//! and exports; see `record.rs`.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::base::csv_table::{TableError, cell, normalize_header, read_table};
use crate::model::innovation::{
    Initiator, Innovation, InnovationForm, InnovationId, InnovationKind, Level, Origin, Stage,
};
use crate::model::urusan::affair_lookup;
use crate::secretariat::registry::{Registry, RegistryAgency, name_key};

/// Stable code of an import finding; its text lives in [`crate::messages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportIssueCode {
    /// A required cell is empty.
    Required,
    /// The agency is not in the registry (or not active).
    UnknownAgency,
    /// A coded cell (stage, kind, form, initiator, urusan, level) holds an unknown value.
    UnknownValue,
    /// A date cell is not a date (dd/mm/yyyy or yyyy-mm-dd).
    BadDate,
    /// An innovation with this name already exists for the region and year, or earlier in the file.
    DuplicateName,
    /// A required column is missing from the header row.
    MissingColumn,
    /// The file is empty or broken.
    UnreadableFile,
}

impl ImportIssueCode {
    pub const ALL: [ImportIssueCode; 7] = [
        ImportIssueCode::Required,
        ImportIssueCode::UnknownAgency,
        ImportIssueCode::UnknownValue,
        ImportIssueCode::BadDate,
        ImportIssueCode::DuplicateName,
        ImportIssueCode::MissingColumn,
        ImportIssueCode::UnreadableFile,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ImportIssueCode::Required => "required",
            ImportIssueCode::UnknownAgency => "unknown_agency",
            ImportIssueCode::UnknownValue => "unknown_value",
            ImportIssueCode::BadDate => "bad_date",
            ImportIssueCode::DuplicateName => "duplicate_name",
            ImportIssueCode::MissingColumn => "missing_column",
            ImportIssueCode::UnreadableFile => "unreadable_file",
        }
    }
}

/// One bad cell or row: the line, the record field it concerns (`name`, `agency`, `stage`,
/// `indicators.17`, …) and the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportIssue {
    #[serde(serialize_with = "serialize_code")]
    pub code: ImportIssueCode,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    pub path: String,
    pub value: String,
}

fn serialize_code<S: serde::Serializer>(
    code: &ImportIssueCode,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.code())
}

/// What the import would create. Rows with any issue are skipped whole.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InnovationCsvPreview {
    pub rows: u32,
    pub innovations: Vec<Innovation>,
    pub issues: Vec<ImportIssue>,
}

impl InnovationCsvPreview {
    /// Whether "Terapkan" may write: something to create and no bad row. A file with any bad
    /// row is refused whole, so that a corrected file can be imported again without
    /// duplicating the rows that were fine.
    pub fn can_apply(&self) -> bool {
        self.issues.is_empty() && !self.innovations.is_empty()
    }
}

/// A new, empty innovation the secretariat enters on behalf of a registry unit (an agency that
/// does not use the app): it carries the unit's name and registry id and the
/// [`Origin::Secretariat`] marker ("Diinput oleh sekretariat"). `None` for an inactive unit or
/// a demo unit, which take no new innovations.
pub fn on_behalf(
    id: InnovationId,
    agency: &RegistryAgency,
    region: &str,
    year: u16,
    now: DateTime<Utc>,
) -> Option<Innovation> {
    if !agency.active || agency.demo {
        return None;
    }
    let mut innovation = Innovation::new(id, &agency.name, region, year, now);
    innovation.agency_id = Some(agency.id);
    innovation.origin = Origin::Secretariat;
    Some(innovation)
}

/// The header row of the downloadable template (`;`-separated, as Indonesian Excel saves CSV):
/// the national form's labels, then the indicator columns `16`–`35` for claimed levels 0–3.
pub fn innovation_csv_template() -> String {
    let mut headers: Vec<String> = [
        "Nama Inovasi",
        "Instansi",
        "Tahapan",
        "Inisiator",
        "Nama Inisiator",
        "Jenis",
        "Bentuk",
        "Tematik",
        "Urusan",
        "Urusan Beririsan",
        "Tanggal Uji Coba",
        "Tanggal Penerapan",
        "Tanggal Pengembangan",
        "Rancang Bangun",
        "Tujuan",
        "Manfaat",
        "Hasil",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    headers.extend((16u8..=35).map(|number| number.to_string()));
    format!("{}\r\n", headers.join(";"))
}

/// Where the import goes and what it must not duplicate.
#[derive(Debug, Clone, Copy)]
pub struct ImportTarget<'a> {
    pub region: &'a str,
    pub year: u16,
    pub registry: &'a Registry,
    /// Innovations already held (any region/year; only the target's are compared by name).
    pub existing: &'a [Innovation],
}

const NAME: [&str; 3] = ["nama inovasi", "inovasi", "innovation name"];
const AGENCY: [&str; 6] =
    ["instansi", "nama instansi", "perangkat daerah", "opd", "unit", "agency"];
const STAGE: [&str; 3] = ["tahapan", "tahapan inovasi", "stage"];
const INITIATOR: [&str; 3] = ["inisiator", "inisiator inovasi daerah", "initiator"];
const INITIATOR_NAME: [&str; 2] = ["nama inisiator", "initiator name"];
const KIND: [&str; 3] = ["jenis", "jenis inovasi", "type"];
const FORM: [&str; 3] = ["bentuk", "bentuk inovasi daerah", "form"];
const THEME: [&str; 3] = ["tematik", "tema", "theme"];
const AFFAIR: [&str; 5] =
    ["urusan", "urusan utama", "urusan pemerintahan", "urusan pemerintahan utama", "main affair"];
const RELATED: [&str; 3] = ["urusan beririsan", "urusan irisan", "related affairs"];
const TRIAL: [&str; 4] = ["tanggal uji coba", "waktu uji coba", "trial date", "uji coba"];
const IMPLEMENTATION: [&str; 4] =
    ["tanggal penerapan", "waktu penerapan", "implementation date", "penerapan"];
const DEVELOPMENT: [&str; 3] = ["tanggal pengembangan", "waktu pengembangan", "development date"];
const DESIGN: [&str; 4] = [
    "rancang bangun",
    "rancang bangun dan pokok perubahan yang dilakukan",
    "rancang bangun dan pokok perubahan",
    "design",
];
const GOAL: [&str; 3] = ["tujuan", "tujuan inovasi", "goal"];
const BENEFIT: [&str; 3] = ["manfaat", "manfaat yang diperoleh", "benefit"];
const OUTCOME: [&str; 3] = ["hasil", "hasil inovasi", "outcome"];

/// Reads a stage as typed: "Uji Coba", "uji_coba", "trial", …
pub fn parse_stage(text: &str) -> Option<Stage> {
    match normalize_header(text).replace(' ', "").as_str() {
        "inisiatif" | "initiative" => Some(Stage::Initiative),
        "ujicoba" | "trial" => Some(Stage::Trial),
        "penerapan" | "implementation" => Some(Stage::Implementation),
        _ => None,
    }
}

fn parse_initiator(text: &str) -> Option<Initiator> {
    match normalize_header(text).replace(' ', "").as_str() {
        "kepaladaerah" => Some(Initiator::RegionHead),
        "anggotadprd" | "dprd" => Some(Initiator::CouncilMember),
        "opd" | "perangkatdaerah" => Some(Initiator::Agency),
        "asn" => Some(Initiator::CivilServant),
        "masyarakat" | "community" => Some(Initiator::Community),
        _ => None,
    }
}

fn parse_kind(text: &str) -> Option<InnovationKind> {
    match normalize_header(text).replace(' ', "").as_str() {
        "digital" | "daring" => Some(InnovationKind::Digital),
        "nondigital" | "luring" => Some(InnovationKind::NonDigital),
        _ => None,
    }
}

fn parse_form(text: &str) -> Option<InnovationForm> {
    let key = normalize_header(text);
    if key.contains("tata kelola") || key == "governance" {
        Some(InnovationForm::Governance)
    } else if key.contains("pelayanan publik") || key == "public service" {
        Some(InnovationForm::PublicService)
    } else if key.contains("lainnya") || key == "other" {
        Some(InnovationForm::Other)
    } else {
        None
    }
}

/// Reads `31/07/2024`, `31-07-2024`, `31.07.2024` or `2024-07-31`.
pub fn parse_date_loose(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
}

/// An optional coded cell: `Ok(None)` when empty, `Err(text)` when it does not parse.
fn coded<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, &str> {
    if text.is_empty() { Ok(None) } else { parse(text).map(Some).ok_or(text) }
}

fn derived_id(seed: &[u8], index: u64) -> InnovationId {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(b"inovda-innovation-id");
    hasher.update(seed);
    hasher.update(index.to_be_bytes());
    let digest = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    InnovationId::from_random_bytes(bytes)
}

/// The innovation CSV preview. New ids derive from `id_seed` (random bytes from the shell);
/// `now` stamps creation and submission.
pub fn preview_innovation_csv(
    bytes: &[u8],
    target: ImportTarget<'_>,
    id_seed: &[u8],
    now: DateTime<Utc>,
) -> InnovationCsvPreview {
    let mut preview = InnovationCsvPreview::default();
    let issue = |code, row: Option<u32>, path: &str, value: &str| ImportIssue {
        code,
        row,
        path: path.to_owned(),
        value: value.to_owned(),
    };
    let table = match read_table(bytes) {
        Ok(table) => table,
        Err(TableError::Empty) => {
            preview.issues.push(issue(ImportIssueCode::UnreadableFile, None, "file", ""));
            return preview;
        }
        Err(TableError::Malformed { line }) => {
            preview.issues.push(issue(ImportIssueCode::UnreadableFile, Some(line), "file", ""));
            return preview;
        }
    };
    let name_col = table.column(&NAME);
    let agency_col = table.column(&AGENCY);
    for (column, label) in [(name_col, "Nama Inovasi"), (agency_col, "Instansi")] {
        if column.is_none() {
            preview.issues.push(issue(ImportIssueCode::MissingColumn, None, "file", label));
        }
    }
    if !preview.issues.is_empty() {
        return preview;
    }
    let col = |aliases: &[&str]| table.column(aliases);
    let (stage_col, initiator_col, initiator_name_col) =
        (col(&STAGE), col(&INITIATOR), col(&INITIATOR_NAME));
    let (kind_col, form_col, theme_col, affair_col, related_col) =
        (col(&KIND), col(&FORM), col(&THEME), col(&AFFAIR), col(&RELATED));
    let (trial_col, implementation_col, development_col) =
        (col(&TRIAL), col(&IMPLEMENTATION), col(&DEVELOPMENT));
    let (design_col, goal_col, benefit_col, outcome_col) =
        (col(&DESIGN), col(&GOAL), col(&BENEFIT), col(&OUTCOME));
    let indicator_cols: Vec<(u8, usize)> = (16u8..=35)
        .filter_map(|number| {
            let aliases =
                [number.to_string(), format!("indikator {number}"), format!("sid {number}")];
            let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
            table.column(&aliases).map(|index| (number, index))
        })
        .collect();

    let registry_names = target.registry.name_index();
    let mut names: HashSet<String> = target
        .existing
        .iter()
        .filter(|innovation| innovation.region == target.region && innovation.year == target.year)
        .map(|innovation| name_key(&innovation.name))
        .collect();
    preview.rows = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);

    for (index, (line, row)) in table.rows.iter().enumerate() {
        let row_no = Some(*line);
        let mut issues = Vec::new();
        let name = cell(row, name_col).split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            issues.push(issue(ImportIssueCode::Required, row_no, "name", ""));
        } else if !names.insert(name_key(&name)) {
            issues.push(issue(ImportIssueCode::DuplicateName, row_no, "name", &name));
        }
        let agency_text = cell(row, agency_col);
        let agency = registry_names
            .get(&name_key(agency_text))
            .map(|&i| &target.registry.agencies[i])
            .filter(|agency| agency.active && !agency.demo);
        if agency_text.is_empty() {
            issues.push(issue(ImportIssueCode::Required, row_no, "agency", ""));
        } else if agency.is_none() {
            issues.push(issue(ImportIssueCode::UnknownAgency, row_no, "agency", agency_text));
        }
        let text = |column| cell(row, column);
        let mut bad = |path: &str, value: &str| {
            issues.push(issue(ImportIssueCode::UnknownValue, row_no, path, value));
        };
        let stage = coded(text(stage_col), parse_stage).unwrap_or_else(|v| {
            bad("stage", v);
            None
        });
        let initiator = coded(text(initiator_col), parse_initiator).unwrap_or_else(|v| {
            bad("initiator", v);
            None
        });
        let kind = coded(text(kind_col), parse_kind).unwrap_or_else(|v| {
            bad("kind", v);
            None
        });
        let form = coded(text(form_col), parse_form).unwrap_or_else(|v| {
            bad("form", v);
            None
        });
        let main_affair = coded(text(affair_col), |t| affair_lookup(t).map(|a| a.number))
            .unwrap_or_else(|v| {
                bad("main_affair", v);
                None
            });
        let mut related_affairs = Vec::new();
        for part in text(related_col).split([',', ';', '|', '/']).map(str::trim) {
            if part.is_empty() {
                continue;
            }
            match affair_lookup(part) {
                Some(affair) => related_affairs.push(affair.number),
                None => issues.push(issue(
                    ImportIssueCode::UnknownValue,
                    row_no,
                    "related_affairs",
                    part,
                )),
            }
        }
        let mut date = |column: Option<usize>, path: &str| {
            let value = text(column);
            if value.is_empty() {
                return None;
            }
            let parsed = parse_date_loose(value);
            if parsed.is_none() {
                issues.push(issue(ImportIssueCode::BadDate, row_no, path, value));
            }
            parsed
        };
        let trial_date = date(trial_col, "trial_date");
        let implementation_date = date(implementation_col, "implementation_date");
        let development_date = date(development_col, "development_date");
        let mut levels = Vec::new();
        for &(number, column) in &indicator_cols {
            let value = text(Some(column));
            if value.is_empty() {
                continue;
            }
            match value.parse::<u8>().ok().and_then(Level::new) {
                Some(level) => levels.push((number, level)),
                None => issues.push(issue(
                    ImportIssueCode::UnknownValue,
                    row_no,
                    &format!("indicators.{number}"),
                    value,
                )),
            }
        }
        let Some(agency) = agency.filter(|_| issues.is_empty()) else {
            preview.issues.extend(issues);
            continue;
        };
        let id = derived_id(id_seed, u64::try_from(index).unwrap_or(u64::MAX));
        let Some(mut innovation) = on_behalf(id, agency, target.region, target.year, now) else {
            preview.issues.push(issue(
                ImportIssueCode::UnknownAgency,
                row_no,
                "agency",
                agency_text,
            ));
            continue;
        };
        innovation.name = name;
        innovation.stage = stage;
        innovation.initiator = initiator;
        innovation.initiator_name = text(initiator_name_col).to_owned();
        innovation.kind = kind;
        innovation.form = form;
        innovation.theme = text(theme_col).to_owned();
        innovation.main_affair = main_affair;
        innovation.related_affairs = related_affairs;
        innovation.trial_date = trial_date;
        innovation.implementation_date = implementation_date;
        innovation.development_date = development_date;
        innovation.design = text(design_col).to_owned();
        innovation.goal = text(goal_col).to_owned();
        innovation.benefit = text(benefit_col).to_owned();
        innovation.outcome = text(outcome_col).to_owned();
        for (number, level) in levels {
            innovation.indicator_mut(number).claimed = Some(level);
        }
        innovation.submit(now);
        preview.innovations.push(innovation);
    }
    preview
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::innovation::Status;
    use crate::model::org::AgencyId;
    use crate::secretariat::registry::AgencyDraft;

    fn registry() -> Registry {
        let mut registry = Registry::default();
        for (n, (name, kind)) in [
            ("Dinas Pendidikan", "dinas"),
            ("Puskesmas Ketapang", "puskesmas"),
            ("Desa Lama", "desa"),
        ]
        .into_iter()
        .enumerate()
        {
            let draft = AgencyDraft { name: name.into(), kind: kind.into(), parent: None };
            registry.add(&draft, AgencyId::derive(b"r", n as u64)).expect("test data");
        }
        registry.set_active(AgencyId::derive(b"r", 2), false).expect("test data");
        registry
    }

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn rows_become_submitted_innovations_marked_as_entered_by_the_secretariat() {
        let csv = "Nama Inovasi;Instansi;Tahapan;Jenis;Bentuk;Urusan;Urusan Beririsan;Tanggal Penerapan;16;17\r\n\
                   Si Ijol;dinas pendidikan;Penerapan;Digital;Pelayanan Publik;Pendidikan;Komunikasi dan Informatika;17/08/2024;3;2\r\n\
                   Handal PIRT UMKM;Puskesmas Ketapang;Uji Coba;Non Digital;Inovasi daerah lainnya;2;;2024-02-01;;\r\n\
                   si ijol;Dinas Pendidikan;;;;;;;;\r\n\
                   Kampung Raja;Kecamatan Samboja;tahap 4;Analog;;Pariwisata Bahari;;31-02-2024;5;\r\n\
                   Sumur Bersama;Desa Lama;;;;;;;;\r\n\
                   ;;;;;;;;;\r\n";
        let registry = registry();
        let target = ImportTarget {
            region: "Kota Probolinggo",
            year: 2026,
            registry: &registry,
            existing: &[],
        };
        let preview = preview_innovation_csv(csv.as_bytes(), target, b"seed", now());
        assert_eq!(preview.rows, 5, "the blank row is not counted");
        assert_eq!(preview.innovations.len(), 2);
        let si_ijol = &preview.innovations[0];
        assert_eq!(si_ijol.origin, Origin::Secretariat);
        assert_eq!(si_ijol.agency, "Dinas Pendidikan");
        assert_eq!(si_ijol.agency_id, Some(AgencyId::derive(b"r", 0)));
        assert_eq!((si_ijol.status, si_ijol.revision), (Status::Submitted, 1));
        assert_eq!(si_ijol.stage, Some(Stage::Implementation));
        assert_eq!(
            (si_ijol.kind, si_ijol.form),
            (Some(InnovationKind::Digital), Some(InnovationForm::PublicService))
        );
        assert_eq!((si_ijol.main_affair, si_ijol.related_affairs.as_slice()), (Some(1), &[16][..]));
        assert_eq!(si_ijol.implementation_date, NaiveDate::from_ymd_opt(2024, 8, 17));
        assert_eq!(si_ijol.indicator(17).and_then(|a| a.claimed), Level::new(2));
        assert_eq!(preview.innovations[1].form, Some(InnovationForm::Other));
        let issues: Vec<(Option<u32>, &str, &str)> = preview
            .issues
            .iter()
            .map(|issue| (issue.row, issue.code.code(), issue.path.as_str()))
            .collect();
        assert_eq!(
            issues,
            [
                (Some(4), "duplicate_name", "name"),
                (Some(5), "unknown_agency", "agency"),
                (Some(5), "unknown_value", "stage"),
                (Some(5), "unknown_value", "kind"),
                (Some(5), "unknown_value", "main_affair"),
                (Some(5), "bad_date", "implementation_date"),
                (Some(5), "unknown_value", "indicators.16"),
                (Some(6), "unknown_agency", "agency"),
            ]
        );
        // Importing again: the names now exist for this region and year.
        let target = ImportTarget { existing: &preview.innovations, ..target };
        let again = preview_innovation_csv(csv.as_bytes(), target, b"seed", now());
        assert!(again.innovations.is_empty());
    }

    #[test]
    fn a_file_with_a_bad_row_cannot_be_applied_and_a_clean_one_can() {
        let registry = registry();
        let target = ImportTarget { region: "X", year: 2026, registry: &registry, existing: &[] };
        let clean = "Nama Inovasi;Instansi\nSi Ijol;Dinas Pendidikan\n";
        assert!(preview_innovation_csv(clean.as_bytes(), target, b"s", now()).can_apply());
        let bad = "Nama Inovasi;Instansi\nSi Ijol;Dinas Pendidikan\nLain;Dinas Entah\n";
        let preview = preview_innovation_csv(bad.as_bytes(), target, b"s", now());
        assert_eq!(preview.innovations.len(), 1);
        assert!(!preview.can_apply(), "one bad row refuses the whole file");
        let empty =
            preview_innovation_csv(innovation_csv_template().as_bytes(), target, b"s", now());
        assert!(!empty.can_apply());
    }

    #[test]
    fn the_template_has_every_column_the_import_reads() {
        let registry = registry();
        let target = ImportTarget { region: "X", year: 2026, registry: &registry, existing: &[] };
        let template = innovation_csv_template();
        let row = "Si Ijol;Dinas Pendidikan;Penerapan;OPD;Budi;Digital;Pelayanan Publik;\
                   Digitalisasi;Pendidikan;Kesehatan;01/02/2024;01/06/2024;;Rancang;Tujuan;\
                   Manfaat;Hasil;3;2;1;0;3;2;1;0;3;2;1;0;3;2;1;0;3;2;1;0\r\n";
        let file = format!("{template}{row}");
        let preview = preview_innovation_csv(file.as_bytes(), target, b"s", now());
        assert!(preview.issues.is_empty(), "{:?}", preview.issues);
        let innovation = &preview.innovations[0];
        assert_eq!(innovation.initiator, Some(Initiator::Agency));
        assert_eq!(innovation.initiator_name, "Budi");
        assert_eq!(innovation.theme, "Digitalisasi");
        assert_eq!(innovation.trial_date, NaiveDate::from_ymd_opt(2024, 2, 1));
        assert_eq!((innovation.design.as_str(), innovation.outcome.as_str()), ("Rancang", "Hasil"));
        assert_eq!(innovation.indicator(16).and_then(|a| a.claimed), Level::new(3));
        assert_eq!(innovation.indicator(35).and_then(|a| a.claimed), Level::new(0));
    }

    #[test]
    fn on_behalf_entries_carry_the_unit_and_the_marker_but_not_for_inactive_or_demo_units() {
        let registry = registry();
        let id = InnovationId::from_random_bytes([9; 16]);
        let unit = &registry.agencies[0];
        let entered = on_behalf(id, unit, "Kota Probolinggo", 2026, now()).expect("active unit");
        assert_eq!(entered.origin, Origin::Secretariat);
        assert_eq!(
            (entered.agency.as_str(), entered.agency_id),
            (unit.name.as_str(), Some(unit.id))
        );
        assert_eq!((entered.status, entered.year), (Status::Draft, 2026));
        assert!(on_behalf(id, &registry.agencies[2], "X", 2026, now()).is_none(), "inactive");
        let demo = RegistryAgency { demo: true, ..unit.clone() };
        assert!(on_behalf(id, &demo, "X", 2026, now()).is_none(), "demo");
        // Exported by the secretariat as its own? No: the record is the unit's, not the sender's.
        let record = crate::exchange::record::InnovationRecord::from(&entered);
        assert!(!crate::exchange::bundle::sent_by(
            &record,
            "Kota Probolinggo",
            "Bappeda Kota Probolinggo"
        ));
        assert!(crate::exchange::bundle::sent_by(&record, "Kota Probolinggo", &unit.name));
    }

    #[test]
    fn a_file_without_name_or_agency_columns_is_refused_whole() {
        let registry = registry();
        let target = ImportTarget { region: "X", year: 2026, registry: &registry, existing: &[] };
        let preview = preview_innovation_csv(b"Judul,OPD\nA,B\n", target, b"s", now());
        assert_eq!(preview.issues.len(), 1);
        assert_eq!(
            (preview.issues[0].code, preview.issues[0].value.as_str()),
            (ImportIssueCode::MissingColumn, "Nama Inovasi")
        );
    }
}

//! Tables for spreadsheets: [`Sheet`]s of [`Cell`]s, written as CSV for Indonesian Excel
//! (`;`, decimal comma, UTF-8 BOM, CRLF) or, with the `xlsx` feature, as one workbook with real
//! numeric cells; [`sheets_to_json`] / [`sheets_from_json`] carry built sheets to another thread
//! (the web app writes the workbook in a Web Worker).

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::base::decimal::{Points, Ratio};

/// Sheets could not be read back or written.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum SheetError {
    #[error("the sheets are not valid JSON: {0}")]
    Json(String),
    #[error("sheets schema version {found} is not supported (this app reads {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("the workbook could not be written: {0}")]
    Write(String),
}

/// One cell: text, a whole number or an exact decimal shown with 2 decimals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Decimal(Ratio),
    Empty,
}

/// One sheet: its name, header and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

pub fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

pub fn int(value: u32) -> Cell {
    Cell::Int(i64::from(value))
}

pub fn points(value: Points) -> Cell {
    Cell::Decimal(value.ratio())
}

pub fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

/// A decimal with 2 places and a decimal comma, no grouping: "65,01", "-0,50".
pub(crate) fn decimal_comma(value: Ratio) -> String {
    let hundredths = value.round2().0;
    let sign = if hundredths < 0 { "-" } else { "" };
    let magnitude = hundredths.unsigned_abs();
    format!("{sign}{},{:02}", magnitude / 100, magnitude % 100)
}

pub(crate) fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One sheet as CSV for Indonesian Excel: UTF-8 BOM, `;` separator, decimal comma, CRLF.
pub fn write_csv(sheet: &Sheet) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let line = |cells: Vec<String>| cells.join(";") + "\r\n";
    out.push_str(&line(sheet.header.iter().map(|h| csv_field(h)).collect()));
    for row in &sheet.rows {
        out.push_str(&line(
            row.iter()
                .map(|cell| match cell {
                    Cell::Text(text) => csv_field(text),
                    Cell::Int(value) => value.to_string(),
                    Cell::Decimal(value) => decimal_comma(*value),
                    Cell::Empty => String::new(),
                })
                .collect(),
        ));
    }
    out.into_bytes()
}

/// A file name for a sheet's CSV: `rekap-instansi.csv`.
pub fn csv_file_name(sheet: &Sheet) -> String {
    format!("{}.csv", sheet.name.to_lowercase().replace(' ', "-"))
}

/// Version of the sheets' JSON form ([`sheets_to_json`]); [`sheets_from_json`] refuses others.
pub const SHEETS_SCHEMA_VERSION: u32 = 1;

/// The sheets as JSON: the message the web app sends to its workbook worker.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SheetsDto {
    schema_version: u32,
    sheets: Vec<SheetDto>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SheetDto {
    name: String,
    header: Vec<String>,
    rows: Vec<Vec<CellDto>>,
}

/// A cell on the wire. Decimals travel as hundredths: both writers show 2 decimals.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum CellDto {
    Text(String),
    Int(i64),
    Hundredths(i64),
    Empty,
}

/// The sheets as JSON, to hand them to another thread.
pub fn sheets_to_json(sheets: &[Sheet]) -> String {
    let dto = SheetsDto {
        schema_version: SHEETS_SCHEMA_VERSION,
        sheets: sheets
            .iter()
            .map(|sheet| SheetDto {
                name: sheet.name.clone(),
                header: sheet.header.clone(),
                rows: sheet
                    .rows
                    .iter()
                    .map(|row| {
                        row.iter()
                            .map(|cell| match cell {
                                Cell::Text(text) => CellDto::Text(text.clone()),
                                Cell::Int(value) => CellDto::Int(*value),
                                Cell::Decimal(value) => CellDto::Hundredths(value.round2().0),
                                Cell::Empty => CellDto::Empty,
                            })
                            .collect()
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string(&dto).unwrap_or_default()
}

/// Sheets read back from [`sheets_to_json`]'s output.
pub fn sheets_from_json(bytes: &[u8]) -> Result<Vec<Sheet>, SheetError> {
    let dto: SheetsDto =
        serde_json::from_slice(bytes).map_err(|e| SheetError::Json(e.to_string()))?;
    if dto.schema_version != SHEETS_SCHEMA_VERSION {
        return Err(SheetError::UnsupportedVersion {
            found: dto.schema_version,
            supported: SHEETS_SCHEMA_VERSION,
        });
    }
    Ok(dto
        .sheets
        .into_iter()
        .map(|sheet| Sheet {
            name: sheet.name,
            header: sheet.header,
            rows: sheet
                .rows
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|cell| match cell {
                            CellDto::Text(text) => Cell::Text(text),
                            CellDto::Int(value) => Cell::Int(value),
                            CellDto::Hundredths(value) => {
                                Cell::Decimal(Ratio::new(i128::from(value), 100))
                            }
                            CellDto::Empty => Cell::Empty,
                        })
                        .collect()
                })
                .collect(),
        })
        .collect())
}

/// The sheets as one workbook: numbers are numeric cells (2-decimal format for decimals).
#[cfg(feature = "xlsx")]
pub fn write_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, SheetError> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| SheetError::Write(e.to_string());
    let mut workbook = Workbook::new();
    // A fixed creation time: core reads no clock, and the same data gives the same file.
    let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(fail)?;
    workbook.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let two_decimals = Format::new().set_num_format("0.00");
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&sheet.name).map_err(fail)?;
        for (column, title) in sheet.header.iter().enumerate() {
            let column = u16::try_from(column).unwrap_or(u16::MAX);
            worksheet.write_string_with_format(0, column, title, &bold).map_err(fail)?;
        }
        for (index, row) in sheet.rows.iter().enumerate() {
            let row_number = u32::try_from(index + 1).unwrap_or(u32::MAX);
            for (column, cell) in row.iter().enumerate() {
                let column = u16::try_from(column).unwrap_or(u16::MAX);
                match cell {
                    Cell::Text(text) => {
                        worksheet.write_string(row_number, column, text).map_err(fail)?;
                    }
                    #[allow(clippy::cast_precision_loss)]
                    Cell::Int(value) => {
                        worksheet.write_number(row_number, column, *value as f64).map_err(fail)?;
                    }
                    #[allow(clippy::cast_precision_loss)]
                    Cell::Decimal(value) => {
                        let number = value.round2().0 as f64 / 100.0;
                        worksheet
                            .write_number_with_format(row_number, column, number, &two_decimals)
                            .map_err(fail)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
    }
    workbook.save_to_buffer().map_err(fail)
}

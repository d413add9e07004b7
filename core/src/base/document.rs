//! Official letters and annexes as one layout-free model: a [`Document`] of [`Block`]s under a
//! letterhead (kop) or an annex heading, closed by the place and date, signature blocks and an
//! optional QR stamp. The web app prints it as an A4 page; with the `docx` feature
//! [`write_docx`] writes the same model as an editable Word file; [`document_to_json`] /
//! [`document_from_json`] carry it to the Web Worker that writes it.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Version of the JSON a [`Document`] travels in (page → worker).
pub const DOCUMENT_SCHEMA_VERSION: u32 = 1;

/// A document could not be read back or written.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DocumentError {
    #[error("the document is not valid JSON: {0}")]
    Json(String),
    #[error("document schema version {found} is not supported (this app reads {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("the Word file could not be written: {0}")]
    Write(String),
}

/// What stands above the title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Heading {
    /// The kop surat: centred lines (government, agency) and the address, over a rule.
    Letterhead { lines: Vec<String>, address: String },
    /// An annex's reference to its decree, top right ("LAMPIRAN", "KEPUTUSAN …", "NOMOR …").
    Annex { lines: Vec<String> },
}

/// One label and its value ("Nama inovasi : …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A column of a ruled table: its title and its share of the width (relative weight).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub title: String,
    pub weight: u16,
    /// Short values (numbers, levels) are centred.
    #[serde(default)]
    pub centred: bool,
}

/// A ruled table with a header row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

/// One piece of the body, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Block {
    Paragraph(String),
    /// A bold sub-heading.
    Heading(String),
    Facts(Vec<Fact>),
    Table(Table),
}

/// One signature block: "Mengetahui," (may be empty), the office, room to sign, the name and
/// the NIP line (empty for an elected head).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub intro: String,
    pub office: String,
    pub name: String,
    pub id_line: String,
}

/// A QR code and the caption under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub payload: String,
    pub caption: String,
}

/// A whole document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub schema_version: u32,
    pub heading: Heading,
    /// Centred bold lines.
    pub title: Vec<String>,
    /// "Nomor: …" under the title (`None`: no number line).
    pub number: Option<String>,
    pub blocks: Vec<Block>,
    /// "Padang, 7 Desember 2026", right-aligned above the signatures.
    pub place_date: String,
    pub signatures: Vec<Signature>,
    pub stamp: Option<Stamp>,
    /// A4 landscape (wide tables) instead of portrait.
    pub landscape: bool,
    /// The file name without extension ("berita-acara-verifikasi-…").
    pub file_stem: String,
}

impl Document {
    /// The file name of the Word file.
    pub fn docx_name(&self) -> String {
        format!("{}.docx", self.file_stem)
    }
}

/// The document as JSON text for another thread.
pub fn document_to_json(document: &Document) -> String {
    // A Document is strings, numbers and booleans only: serialising it cannot fail.
    serde_json::to_string(document).unwrap_or_default()
}

/// Reads [`document_to_json`]'s output.
pub fn document_from_json(bytes: &[u8]) -> Result<Document, DocumentError> {
    let document: Document =
        serde_json::from_slice(bytes).map_err(|error| DocumentError::Json(error.to_string()))?;
    if document.schema_version != DOCUMENT_SCHEMA_VERSION {
        return Err(DocumentError::UnsupportedVersion {
            found: document.schema_version,
            supported: DOCUMENT_SCHEMA_VERSION,
        });
    }
    Ok(document)
}

#[cfg(feature = "docx")]
mod word {
    //! The Word rendering of a [`Document`] (docx-rs): Times New Roman 12 pt on A4 with 2 cm
    //! margins, the kop over a thick rule, ruled tables, signature blocks side by side.

    use docx_rs::{
        AlignmentType, BorderType, Docx, PageMargin, PageOrientationType, Paragraph, Pic, Run,
        RunFonts, Table as WordTable, TableBorder, TableBorderPosition, TableCell, TableRow,
        WidthType,
    };

    use super::{Block, Document, DocumentError, Heading, Signature, Table};
    use crate::base::qr::qr_png;

    /// A4 in twentieths of a point, and the margin (2 cm).
    const A4_SHORT: u32 = 11_906;
    const A4_LONG: u32 = 16_838;
    const MARGIN: i32 = 1_134;
    /// Half-points: 12 pt body, 14 pt kop, 10 pt tables.
    const BODY: usize = 24;
    const KOP: usize = 28;
    const SMALL: usize = 20;

    fn text(value: &str, size: usize) -> Run {
        // Line breaks inside a value become Word line breaks.
        let mut run = Run::new().size(size);
        for (index, line) in value.split('\n').enumerate() {
            if index > 0 {
                run = run.add_break(docx_rs::BreakType::TextWrapping);
            }
            run = run.add_text(line);
        }
        run
    }

    fn para(value: &str, size: usize) -> Paragraph {
        Paragraph::new().add_run(text(value, size))
    }

    fn bold(value: &str, size: usize) -> Paragraph {
        Paragraph::new().add_run(text(value, size).bold())
    }

    /// The usable width in twentieths of a point.
    fn body_width(landscape: bool) -> usize {
        let page = if landscape { A4_LONG } else { A4_SHORT };
        (page as usize).saturating_sub(2 * MARGIN as usize)
    }

    fn grid(weights: &[u16], width: usize) -> Vec<usize> {
        let total: usize = weights.iter().map(|w| usize::from(*w).max(1)).sum::<usize>().max(1);
        weights.iter().map(|w| width * usize::from(*w).max(1) / total).collect()
    }

    fn heading(docx: Docx, heading: &Heading, width: usize) -> Docx {
        match heading {
            Heading::Letterhead { lines, address } => {
                let mut cell = TableCell::new();
                for line in lines {
                    cell = cell.add_paragraph(bold(line, KOP).align(AlignmentType::Center));
                }
                cell = cell.add_paragraph(para(address, SMALL).align(AlignmentType::Center));
                let rule = TableBorder::new(TableBorderPosition::Bottom)
                    .size(18)
                    .border_type(BorderType::Double);
                let kop = WordTable::without_borders(vec![TableRow::new(vec![cell])])
                    .set_grid(vec![width])
                    .width(width, WidthType::Dxa)
                    .set_border(rule);
                docx.add_table(kop).add_paragraph(Paragraph::new())
            }
            Heading::Annex { lines } => {
                // Right half of the page, left-aligned text: the usual place of an annex note.
                let half = width / 2;
                let mut cell = TableCell::new().width(half, WidthType::Dxa);
                for line in lines {
                    cell = cell.add_paragraph(para(line, BODY));
                }
                let note = WordTable::without_borders(vec![TableRow::new(vec![
                    TableCell::new().width(width - half, WidthType::Dxa),
                    cell,
                ])])
                .set_grid(vec![width - half, half]);
                docx.add_table(note).add_paragraph(Paragraph::new())
            }
        }
    }

    fn table(source: &Table, width: usize) -> WordTable {
        let widths = grid(&source.columns.iter().map(|c| c.weight).collect::<Vec<_>>(), width);
        let header = TableRow::new(
            source
                .columns
                .iter()
                .zip(&widths)
                .map(|(column, width)| {
                    TableCell::new()
                        .width(*width, WidthType::Dxa)
                        .add_paragraph(bold(&column.title, SMALL).align(AlignmentType::Center))
                })
                .collect(),
        );
        let mut rows = vec![header];
        for row in &source.rows {
            rows.push(TableRow::new(
                source
                    .columns
                    .iter()
                    .zip(&widths)
                    .enumerate()
                    .map(|(index, (column, width))| {
                        let value = row.get(index).map_or("", String::as_str);
                        let mut paragraph = para(value, SMALL);
                        if column.centred {
                            paragraph = paragraph.align(AlignmentType::Center);
                        }
                        TableCell::new().width(*width, WidthType::Dxa).add_paragraph(paragraph)
                    })
                    .collect(),
            ));
        }
        WordTable::new(rows).set_grid(widths).width(width, WidthType::Dxa)
    }

    fn signatures(signatures: &[Signature], width: usize) -> WordTable {
        let count = signatures.len().max(1);
        let cells: Vec<TableCell> = signatures
            .iter()
            .map(|signature| {
                let mut cell = TableCell::new().width(width / count.max(2), WidthType::Dxa);
                cell =
                    cell.add_paragraph(para(&signature.intro, BODY).align(AlignmentType::Center));
                cell =
                    cell.add_paragraph(para(&signature.office, BODY).align(AlignmentType::Center));
                for _ in 0..3 {
                    cell = cell.add_paragraph(Paragraph::new());
                }
                let name =
                    Run::new().size(BODY).bold().underline("single").add_text(&signature.name);
                cell =
                    cell.add_paragraph(Paragraph::new().add_run(name).align(AlignmentType::Center));
                cell.add_paragraph(para(&signature.id_line, BODY).align(AlignmentType::Center))
            })
            .collect();
        // One signature (an annex) stands in the right half, where the head signs.
        let (cells, count) = if count == 1 {
            let mut both = vec![TableCell::new().width(width / 2, WidthType::Dxa)];
            both.extend(cells);
            (both, 2)
        } else {
            (cells, count)
        };
        WordTable::without_borders(vec![TableRow::new(cells)])
            .set_grid(vec![width / count; count])
            .width(width, WidthType::Dxa)
    }

    /// The document as an editable `.docx`.
    pub fn write_docx(document: &Document) -> Result<Vec<u8>, DocumentError> {
        let width = body_width(document.landscape);
        let (page_w, page_h) =
            if document.landscape { (A4_LONG, A4_SHORT) } else { (A4_SHORT, A4_LONG) };
        let mut docx = Docx::new()
            .page_size(page_w, page_h)
            .page_margin(PageMargin::new().top(MARGIN).bottom(MARGIN).left(MARGIN).right(MARGIN))
            .default_fonts(RunFonts::new().ascii("Times New Roman").hi_ansi("Times New Roman"))
            .default_size(BODY);
        if document.landscape {
            docx = docx.page_orient(PageOrientationType::Landscape);
        }
        docx = heading(docx, &document.heading, width);
        for line in &document.title {
            docx = docx.add_paragraph(bold(line, BODY).align(AlignmentType::Center));
        }
        if let Some(number) = &document.number {
            docx = docx.add_paragraph(para(number, BODY).align(AlignmentType::Center));
        }
        docx = docx.add_paragraph(Paragraph::new());
        for block in &document.blocks {
            docx = match block {
                Block::Paragraph(value) => {
                    docx.add_paragraph(para(value, BODY).align(AlignmentType::Both))
                }
                Block::Heading(value) => docx.add_paragraph(bold(value, BODY)),
                Block::Facts(facts) => {
                    let widths = grid(&[30, 2, 68], width);
                    let rows = facts
                        .iter()
                        .map(|fact| {
                            TableRow::new(vec![
                                TableCell::new().add_paragraph(para(&fact.label, BODY)),
                                TableCell::new().add_paragraph(para(":", BODY)),
                                TableCell::new().add_paragraph(para(&fact.value, BODY)),
                            ])
                        })
                        .collect();
                    docx.add_table(WordTable::without_borders(rows).set_grid(widths))
                        .add_paragraph(Paragraph::new())
                }
                Block::Table(source) => {
                    docx.add_table(table(source, width)).add_paragraph(Paragraph::new())
                }
            };
        }
        if !document.place_date.is_empty() {
            docx = docx.add_paragraph(para(&document.place_date, BODY).align(AlignmentType::Right));
        }
        docx = docx.add_table(signatures(&document.signatures, width));
        if let Some(stamp) = &document.stamp {
            let (png, side) = qr_png(&stamp.payload, 4)
                .map_err(|error| DocumentError::Write(error.to_string()))?;
            // 4 px per module at 96 dpi: about 3 cm for a 64-character hash.
            let picture = Pic::new_with_dimensions(png, side, side);
            docx = docx
                .add_paragraph(Paragraph::new())
                .add_paragraph(Paragraph::new().add_run(Run::new().add_image(picture)))
                .add_paragraph(para(&stamp.caption, SMALL));
        }
        let mut bytes = std::io::Cursor::new(Vec::new());
        docx.build().pack(&mut bytes).map_err(|error| DocumentError::Write(error.to_string()))?;
        Ok(bytes.into_inner())
    }
}

#[cfg(feature = "docx")]
pub use word::write_docx;

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> Document {
        Document {
            schema_version: DOCUMENT_SCHEMA_VERSION,
            heading: Heading::Letterhead {
                lines: vec!["PEMERINTAH KOTA CONTOH".into(), "BAPPEDA".into()],
                address: "Jl. Merdeka 1".into(),
            },
            title: vec!["BERITA ACARA".into()],
            number: Some("Nomor: 050/12/BA/2026".into()),
            blocks: vec![
                Block::Paragraph("Pada hari ini … <b>&\"'</b>".into()),
                Block::Facts(vec![Fact { label: "Unit".into(), value: "Dinas".into() }]),
                Block::Table(Table {
                    columns: vec![
                        Column { title: "No".into(), weight: 1, centred: true },
                        Column { title: "Indikator".into(), weight: 5, centred: false },
                    ],
                    rows: vec![vec!["1".into(), "Regulasi".into()]],
                }),
            ],
            place_date: "Contoh, 7 Desember 2026".into(),
            signatures: vec![Signature {
                intro: String::new(),
                office: "Verifikator".into(),
                name: "Sari".into(),
                id_line: "NIP. 1".into(),
            }],
            stamp: Some(Stamp { payload: "abc".into(), caption: "Sidik revisi abc".into() }),
            landscape: false,
            file_stem: "berita-acara".into(),
        }
    }

    #[test]
    fn a_document_survives_the_trip_to_the_worker() {
        let document = sample();
        let back = document_from_json(document_to_json(&document).as_bytes()).expect("test data");
        assert_eq!(back, document);
    }

    #[test]
    fn another_schema_version_is_named() {
        let mut document = sample();
        document.schema_version = 99;
        let error = document_from_json(document_to_json(&document).as_bytes()).unwrap_err();
        assert_eq!(error, DocumentError::UnsupportedVersion { found: 99, supported: 1 });
    }

    #[cfg(feature = "docx")]
    #[test]
    fn the_word_file_is_a_zip_with_the_text_and_the_picture() {
        let bytes = write_docx(&sample()).expect("test data");
        assert!(bytes.starts_with(b"PK"));
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("test data");
        let mut body = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/document.xml").expect("test data"),
            &mut body,
        )
        .expect("test data");
        // Hostile text is escaped, never markup.
        assert!(body.contains("&lt;b&gt;&amp;"), "text is XML-escaped");
        for text in ["PEMERINTAH KOTA CONTOH", "Nomor: 050/12/BA/2026", "Regulasi", "Sari"] {
            assert!(body.contains(text), "{text} missing");
        }
        let names: Vec<String> = (0..archive.len())
            .map(|i| {
                archive.by_index(i).expect("test data").name().expect("test data").into_owned()
            })
            .collect();
        assert!(names.iter().any(|name| name.starts_with("word/media/")), "{names:?}");
    }
}

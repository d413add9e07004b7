//! Reading spreadsheets saved as CSV: encoding, separator and header detection for imports.
//!
//! Indonesian Excel saves `;`-separated files (decimal comma), other tools `,`; files come with or
//! without a UTF-8 byte-order mark, and older Excel versions save Windows-1252 ("ANSI").
//! [`read_table`] accepts all of these and hands out rows with their line numbers, so an import
//! can report "baris 7: …" exactly where the user sees it in the spreadsheet.

/// Text encoding the file was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Not valid UTF-8: read as Windows-1252 (what Excel calls "CSV" on Windows).
    Windows1252,
}

/// A CSV file as a header and rows of trimmed text cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub encoding: Encoding,
    pub separator: u8,
    /// Header cells as written (trimmed).
    pub headers: Vec<String>,
    /// `(line number in the file, cells)`; the header is line 1. Blank rows are left out.
    pub rows: Vec<(u32, Vec<String>)>,
}

/// Why a CSV file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    /// No header line.
    Empty,
    /// The CSV structure is broken at this line (e.g. an unterminated quote).
    Malformed { line: u32 },
}

/// Lower case, accents and punctuation folded to single spaces: `"Nama  Inovasi:"` → `"nama inovasi"`.
pub fn normalize_header(text: &str) -> String {
    let folded: String = text
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Windows-1252 code points for bytes 0x80–0x9F (others map to themselves, as in Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn decode(bytes: &[u8]) -> (String, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => {
            let text = bytes
                .iter()
                .map(|&byte| match byte {
                    0x80..=0x9F => CP1252_HIGH[usize::from(byte - 0x80)],
                    _ => char::from(byte),
                })
                .collect();
            (text, Encoding::Windows1252)
        }
    }
}

/// The separator of the header line: the most frequent of `;`, `,` and tab outside quotes
/// (`,` when none occurs).
fn detect_separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let separators = [b';', b',', b'\t'];
    let mut best = 1;
    for index in [0, 2] {
        if counts[index] > counts[best] {
            best = index;
        }
    }
    separators[best]
}

/// Reads a whole CSV file. Rows may have fewer or more cells than the header.
pub fn read_table(bytes: &[u8]) -> Result<Table, TableError> {
    let (text, encoding) = decode(bytes);
    let separator = detect_separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    // Line numbers are counted from byte offsets: the csv reader's own line counter lags by
    // one after a CRLF terminator. `counted` bytes hold `newlines` line feeds.
    let bytes = text.as_bytes();
    let (mut counted, mut newlines) = (0usize, 0u32);
    let mut line_at = |offset: usize| {
        let mut offset = offset.min(bytes.len());
        // A record "starts" on the terminator of the previous one; skip it.
        while offset < bytes.len() && matches!(bytes[offset], b'\r' | b'\n') {
            offset += 1;
        }
        if offset > counted {
            newlines +=
                u32::try_from(bytes[counted..offset].iter().filter(|&&b| b == b'\n').count())
                    .unwrap_or(u32::MAX);
            counted = offset;
        }
        newlines.saturating_add(1)
    };
    loop {
        let before = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(_) => return Err(TableError::Malformed { line: line_at(before) }),
        }
        let start = record
            .position()
            .map_or(before, |position| usize::try_from(position.byte()).unwrap_or(usize::MAX));
        let line = line_at(start);
        let cells: Vec<String> = record.iter().map(|cell| cell.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        match headers {
            None => headers = Some(cells),
            Some(_) => rows.push((line, cells)),
        }
    }
    let headers = headers.ok_or(TableError::Empty)?;
    Ok(Table { encoding, separator, headers, rows })
}

impl Table {
    /// Index of the first column whose normalized header is one of `aliases` (normalized too).
    pub fn column(&self, aliases: &[&str]) -> Option<usize> {
        let wanted: Vec<String> = aliases.iter().map(|alias| normalize_header(alias)).collect();
        self.headers.iter().position(|header| wanted.contains(&normalize_header(header)))
    }
}

/// The cell of `row` at `column`, or `""` when the column or cell is absent.
pub fn cell(row: &[String], column: Option<usize>) -> &str {
    column.and_then(|index| row.get(index)).map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_bom_and_crlf_are_read_with_line_numbers() {
        let bytes = "\u{feff}Nama;Jenis\r\n\"Dinas Kesehatan; P2P\";dinas\r\n;\r\nRSUD;rsud\r\n";
        let table = read_table(bytes.as_bytes()).expect("test data");
        assert_eq!(table.separator, b';');
        assert_eq!(table.headers, ["Nama", "Jenis"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0], (2, vec!["Dinas Kesehatan; P2P".to_owned(), "dinas".to_owned()]));
        assert_eq!(table.rows[1].0, 4);
        assert_eq!(table.column(&["jenis", "kind"]), Some(1));
    }

    #[test]
    fn commas_windows_1252_and_broken_files() {
        let table = read_table(b"name,kind\nCaf\xe9 \x93Baru\x94,desa\n").expect("test data");
        assert_eq!(table.separator, b',');
        assert_eq!(table.encoding, Encoding::Windows1252);
        assert_eq!(table.rows[0].1[0], "Café “Baru”");
        assert_eq!(read_table(b"\n\n"), Err(TableError::Empty));
        assert_eq!(normalize_header(" Nama_Inovasi: "), "nama inovasi");
    }
}

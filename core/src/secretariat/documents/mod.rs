//! The official documents the secretariat signs, built as core's layout-free
//! [`Document`](crate::base::document::Document): the berita acara of one innovation's
//! verification ([`verification_report`]), the berita acara of a verification session (one
//! day's verdicts, [`session_report`]) and the annex of the regional head's decree on the year's
//! innovations ([`decree_annex`]). The kop and the signatories come from [`DocumentSettings`].

mod decree_annex;
mod session_report;
pub mod settings;
mod verification_report;

use chrono::NaiveDate;

pub use decree_annex::{AnnexScope, DecreeAnnexInput, annex_innovations, decree_annex};
pub use session_report::{SessionReportInput, session_dates, session_report};
pub use settings::{DocumentSettings, Signatory};
pub use verification_report::{VerificationReportInput, verification_report};

use crate::base::document::{Block, Column, Heading, Signature};
use crate::base::format::{format_date_long, weekday_name};
use crate::base::lang::Lang;
use crate::base::words::slug;

/// What an empty name or number prints as: room to write by hand.
pub const BLANK: &str = "………………………………";

fn or_blank(value: &str) -> String {
    let value = value.trim();
    if value.is_empty() { BLANK.to_owned() } else { value.to_owned() }
}

/// The kop of the settings.
fn letterhead(settings: &DocumentSettings) -> Heading {
    let lines = [&settings.government, &settings.agency]
        .into_iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    Heading::Letterhead { lines, address: settings.address.trim().to_owned() }
}

/// "Nomor: 050/…/2026" (dots when the number is not known yet).
fn number_line(lang: Lang, number: &str) -> String {
    format!("{}: {}", lang.pick(("Nomor", "Number")), or_blank(number))
}

/// "Padang, 7 Desember 2026".
fn place_date(lang: Lang, settings: &DocumentSettings, date: NaiveDate) -> String {
    let place = settings.place.trim();
    let date = format_date_long(lang, date);
    if place.is_empty() { date } else { format!("{place}, {date}") }
}

/// A signature block of `signatory`; `appointed` officials get a NIP line (dots when empty).
fn signature(intro: &str, signatory: &Signatory, appointed: bool) -> Signature {
    let nip = settings::nip_digits(&signatory.nip);
    let id_line = match (appointed, nip.is_empty()) {
        (_, false) => format!("NIP. {nip}"),
        (true, true) => format!("NIP. {BLANK}"),
        (false, true) => String::new(),
    };
    Signature {
        intro: intro.to_owned(),
        office: or_blank(&signatory.office),
        name: if signatory.name.trim().is_empty() {
            format!("({BLANK})")
        } else {
            signatory.name.trim().to_owned()
        },
        id_line,
    }
}

/// A ruled table's column titled in `lang`.
fn column(lang: Lang, title: (&str, &str), weight: u16, centred: bool) -> Column {
    Column { title: lang.pick(title).to_owned(), weight, centred }
}

/// "Senin tanggal 7 Desember 2026" / "Monday, 7 December 2026" of a berita acara's opening.
fn day_words(lang: Lang, date: NaiveDate) -> String {
    let (weekday, date) = (weekday_name(lang, date), format_date_long(lang, date));
    lang.pick((format!("{weekday} tanggal {date}"), format!("{weekday}, {date}")))
}

/// The closing sentence of a berita acara.
fn closing(lang: Lang) -> Block {
    Block::Paragraph(
        lang.pick((
            "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
            "This report was drawn up truthfully, to be used as appropriate.",
        ))
        .to_owned(),
    )
}

/// A berita acara's signatures: the head ("Mengetahui,") beside the verifier.
fn report_signatures(lang: Lang, settings: &DocumentSettings) -> Vec<Signature> {
    vec![
        signature(lang.pick(("Mengetahui,", "Acknowledged,")), &settings.head, true),
        signature("", &settings.verifier, true),
    ]
}

/// A file stem: `prefix-<slug of name>` plus `suffix` when given.
fn file_stem(prefix: &str, name: &str, suffix: &str) -> String {
    let name = slug(name, "dokumen", 40);
    if suffix.is_empty() { format!("{prefix}-{name}") } else { format!("{prefix}-{name}-{suffix}") }
}

#[cfg(test)]
mod tests;

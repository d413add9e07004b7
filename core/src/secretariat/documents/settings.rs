//! The letterhead and the signatories the secretariat's documents carry, kept once per device
//! ([`DocumentSettings`]), with a first suggestion from the region and the secretariat's name
//! and the checks a value must pass before it is printed.

use serde::{Deserialize, Serialize};

use crate::base::lang::Lang;
use crate::model::org::{Region, RegionKind};

/// Version of the stored [`DocumentSettings`].
pub const DOCUMENT_SETTINGS_SCHEMA_VERSION: u32 = 1;

/// The longest text of one setting (a kop line, an address, a name).
pub const MAX_SETTING_CHARS: usize = 200;

/// One person who signs: the office as printed ("Kepala Bappeda"), the name and the NIP (empty
/// for an elected head).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    pub office: String,
    pub name: String,
    #[serde(default)]
    pub nip: String,
}

/// The kop surat and the signatories of the secretariat's documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentSettings {
    pub schema_version: u32,
    /// "PEMERINTAH KOTA PADANG".
    pub government: String,
    /// "BADAN PERENCANAAN PEMBANGUNAN DAERAH".
    pub agency: String,
    /// Street, telephone, e-mail: one line under the kop.
    pub address: String,
    /// The place before the date ("Padang, 7 Desember 2026").
    pub place: String,
    /// Signs a berita acara as the verifier (ketua tim verifikasi).
    pub verifier: Signatory,
    /// Signs a berita acara as "Mengetahui" (the secretariat's head).
    pub head: Signatory,
    /// Signs the decree (bupati, wali kota, gubernur).
    pub regional_head: Signatory,
}

/// The place of `region` without its kind ("Kota Padang" → "Padang").
fn place_of(region: &str) -> String {
    let name = region.trim();
    for prefix in ["Kabupaten ", "Kota ", "Provinsi ", "Kab. "] {
        if let Some(rest) = name.strip_prefix(prefix) {
            return rest.trim().to_owned();
        }
    }
    name.to_owned()
}

/// The office of the region's head ("Wali Kota Padang").
fn head_office(kind: RegionKind, region: &str) -> String {
    let title = match kind {
        RegionKind::Province => "Gubernur",
        RegionKind::Regency => "Bupati",
        RegionKind::City => "Wali Kota",
    };
    format!("{title} {}", place_of(region))
}

impl DocumentSettings {
    /// A first filling the secretariat corrects: the kop from the region and the secretariat's
    /// name, the place from the region, the offices named, the names left empty.
    pub fn suggested(lang: Lang, region: &Region, secretariat: &str) -> Self {
        DocumentSettings {
            schema_version: DOCUMENT_SETTINGS_SCHEMA_VERSION,
            government: format!("PEMERINTAH {}", region.name.trim().to_uppercase()),
            agency: secretariat.trim().to_uppercase(),
            address: String::new(),
            place: place_of(&region.name),
            verifier: Signatory {
                office: lang.pick(("Ketua Tim Verifikasi", "Head of the verification team")).into(),
                ..Signatory::default()
            },
            head: Signatory {
                office: format!("{} {}", lang.pick(("Kepala", "Head of")), secretariat.trim()),
                ..Signatory::default()
            },
            regional_head: Signatory {
                office: head_office(region.kind, &region.name),
                ..Signatory::default()
            },
        }
    }
}

/// Stable code of a settings finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingsIssueCode {
    /// More than [`MAX_SETTING_CHARS`] characters.
    TooLong,
    /// A NIP that is not 18 digits.
    BadNip,
    /// A control character (a pasted tab or line break where one line is printed).
    ControlCharacter,
}

impl SettingsIssueCode {
    pub const ALL: [SettingsIssueCode; 3] = [
        SettingsIssueCode::TooLong,
        SettingsIssueCode::BadNip,
        SettingsIssueCode::ControlCharacter,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SettingsIssueCode::TooLong => "too_long",
            SettingsIssueCode::BadNip => "bad_nip",
            SettingsIssueCode::ControlCharacter => "control_character",
        }
    }
}

/// One finding: its code and the field (`government`, `verifier.nip`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsIssue {
    pub code: SettingsIssueCode,
    pub path: &'static str,
}

/// The path of every field, in form order (kop, place, then each signatory).
pub const SETTINGS_FIELDS: [&str; 13] = [
    "government",
    "agency",
    "address",
    "place",
    "verifier.office",
    "verifier.name",
    "verifier.nip",
    "head.office",
    "head.name",
    "head.nip",
    "regional_head.office",
    "regional_head.name",
    "regional_head.nip",
];

impl DocumentSettings {
    /// The field at `path` (one of [`SETTINGS_FIELDS`]).
    pub fn field_mut(&mut self, path: &str) -> Option<&mut String> {
        Some(match path {
            "government" => &mut self.government,
            "agency" => &mut self.agency,
            "address" => &mut self.address,
            "place" => &mut self.place,
            "verifier.office" => &mut self.verifier.office,
            "verifier.name" => &mut self.verifier.name,
            "verifier.nip" => &mut self.verifier.nip,
            "head.office" => &mut self.head.office,
            "head.name" => &mut self.head.name,
            "head.nip" => &mut self.head.nip,
            "regional_head.office" => &mut self.regional_head.office,
            "regional_head.name" => &mut self.regional_head.name,
            "regional_head.nip" => &mut self.regional_head.nip,
            _ => return None,
        })
    }

    /// The value at `path` (empty for an unknown path).
    pub fn field(&self, path: &str) -> String {
        self.clone().field_mut(path).map(|value| value.clone()).unwrap_or_default()
    }
}

/// Every field of the settings with its path, in form order.
fn fields(settings: &DocumentSettings) -> [(&'static str, &str); 13] {
    [
        ("government", &settings.government),
        ("agency", &settings.agency),
        ("address", &settings.address),
        ("place", &settings.place),
        ("verifier.office", &settings.verifier.office),
        ("verifier.name", &settings.verifier.name),
        ("verifier.nip", &settings.verifier.nip),
        ("head.office", &settings.head.office),
        ("head.name", &settings.head.name),
        ("head.nip", &settings.head.nip),
        ("regional_head.office", &settings.regional_head.office),
        ("regional_head.name", &settings.regional_head.name),
        ("regional_head.nip", &settings.regional_head.nip),
    ]
}

/// A NIP as printed: its 18 digits without the spaces people type between groups.
pub fn nip_digits(nip: &str) -> String {
    nip.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every problem of `settings` (empty = they can be kept). Empty values are allowed: the
/// document then leaves a dotted line to fill in by hand.
pub fn check_settings(settings: &DocumentSettings) -> Vec<SettingsIssue> {
    let mut issues = Vec::new();
    for (path, value) in fields(settings) {
        if value.chars().count() > MAX_SETTING_CHARS {
            issues.push(SettingsIssue { code: SettingsIssueCode::TooLong, path });
        } else if value.chars().any(char::is_control) {
            issues.push(SettingsIssue { code: SettingsIssueCode::ControlCharacter, path });
        } else if path.ends_with(".nip") {
            let digits = nip_digits(value);
            if !digits.is_empty()
                && (digits.len() != 18 || !digits.chars().all(|c| c.is_ascii_digit()))
            {
                issues.push(SettingsIssue { code: SettingsIssueCode::BadNip, path });
            }
        }
    }
    issues
}

/// The finding in the UI's language, naming the field.
pub fn settings_issue_message(lang: Lang, issue: &SettingsIssue) -> String {
    let field = settings_field_label(lang, issue.path);
    match issue.code {
        SettingsIssueCode::TooLong => lang.pick((
            format!("{field}: paling banyak {MAX_SETTING_CHARS} karakter."),
            format!("{field}: at most {MAX_SETTING_CHARS} characters."),
        )),
        SettingsIssueCode::BadNip => lang.pick((
            format!("{field}: NIP terdiri dari 18 angka (spasi boleh), atau kosongkan."),
            format!("{field}: a NIP has 18 digits (spaces allowed), or leave it empty."),
        )),
        SettingsIssueCode::ControlCharacter => lang.pick((
            format!("{field}: satu baris saja, tanpa tab atau ganti baris."),
            format!("{field}: one line only, without tabs or line breaks."),
        )),
    }
}

/// The form label of a settings field.
pub fn settings_field_label(lang: Lang, path: &str) -> &'static str {
    lang.pick(match path {
        "government" => ("Kop baris 1 (pemerintah daerah)", "Letterhead line 1 (government)"),
        "agency" => ("Kop baris 2 (perangkat daerah)", "Letterhead line 2 (agency)"),
        "address" => ("Alamat di bawah kop", "Address under the letterhead"),
        "place" => ("Tempat penandatanganan", "Place of signing"),
        "verifier.office" => ("Jabatan verifikator", "Verifier's office"),
        "verifier.name" => ("Nama verifikator", "Verifier's name"),
        "verifier.nip" => ("NIP verifikator", "Verifier's NIP"),
        "head.office" => ("Jabatan kepala (mengetahui)", "Head's office (acknowledges)"),
        "head.name" => ("Nama kepala", "Head's name"),
        "head.nip" => ("NIP kepala", "Head's NIP"),
        "regional_head.office" => ("Jabatan kepala daerah", "Regional head's office"),
        "regional_head.name" => ("Nama kepala daerah", "Regional head's name"),
        "regional_head.nip" => {
            ("NIP kepala daerah (biasanya kosong)", "Regional head's NIP (usually empty)")
        }
        _ => ("Isian", "Field"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city() -> Region {
        Region { kind: RegionKind::City, name: "Kota Padang".into(), code: String::new() }
    }

    #[test]
    fn the_suggestion_names_the_region_and_its_head() {
        let settings = DocumentSettings::suggested(Lang::Id, &city(), "Bappeda");
        assert_eq!(settings.government, "PEMERINTAH KOTA PADANG");
        assert_eq!(settings.agency, "BAPPEDA");
        assert_eq!(settings.place, "Padang");
        assert_eq!(settings.regional_head.office, "Wali Kota Padang");
        assert_eq!(settings.head.office, "Kepala Bappeda");
        assert!(check_settings(&settings).is_empty());
    }

    #[test]
    fn findings_name_their_field() {
        // (case, the change, the finding's code, its field)
        type Case = (&'static str, fn(&mut DocumentSettings), SettingsIssueCode, &'static str);
        let cases: [Case; 4] = [
            (
                "short NIP",
                |s| s.verifier.nip = "1234".into(),
                SettingsIssueCode::BadNip,
                "verifier.nip",
            ),
            (
                "letters",
                |s| s.head.nip = "19800101200501100X".into(),
                SettingsIssueCode::BadNip,
                "head.nip",
            ),
            ("long", |s| s.address = "a".repeat(201), SettingsIssueCode::TooLong, "address"),
            ("tab", |s| s.agency = "A\tB".into(), SettingsIssueCode::ControlCharacter, "agency"),
        ];
        for (name, change, code, path) in cases {
            let mut settings = DocumentSettings::suggested(Lang::Id, &city(), "Bappeda");
            change(&mut settings);
            assert_eq!(check_settings(&settings), vec![SettingsIssue { code, path }], "{name}");
        }
        let mut spaced = DocumentSettings::suggested(Lang::Id, &city(), "Bappeda");
        spaced.verifier.nip = "19800101 200501 1 001".into();
        assert!(check_settings(&spaced).is_empty());
    }

    #[test]
    fn every_field_is_reachable_by_its_path() {
        let mut settings = DocumentSettings::suggested(Lang::Id, &city(), "Bappeda");
        for (index, path) in SETTINGS_FIELDS.iter().enumerate() {
            *settings.field_mut(path).expect("a known path") = format!("v{index}");
        }
        let values: Vec<String> = fields(&settings).iter().map(|(_, v)| (*v).to_owned()).collect();
        assert_eq!(values, (0..13).map(|i| format!("v{i}")).collect::<Vec<_>>());
        assert!(settings.field_mut("nope").is_none());
        for path in SETTINGS_FIELDS {
            assert_ne!(settings_field_label(Lang::Id, path), "Isian", "{path}");
        }
    }

    #[test]
    fn every_finding_reads_in_both_languages() {
        for code in SettingsIssueCode::ALL {
            let issue = SettingsIssue { code, path: "verifier.nip" };
            let (id, en) = (
                settings_issue_message(Lang::Id, &issue),
                settings_issue_message(Lang::En, &issue),
            );
            assert!(
                id.starts_with("NIP verifikator") && en.starts_with("Verifier's NIP"),
                "{id} / {en}"
            );
            assert!(!code.code().is_empty());
        }
    }
}

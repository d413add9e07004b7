//! Indonesian and English text of every code the core produces, shared by web and cli.
//!
//! Each function matches exhaustively on its code and returns both languages at once,
//! so a code without a translation does not compile.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Offset, Timelike, Utc};

use crate::bundle::{PublicKey, RecordAction, RejectReason, SignerStatus, VerdictAction};
use crate::catalog::Catalog;
use crate::decimal::Hundredths;
use crate::error::{BackupError, BundleError};
use crate::innovation::{Initiator, InnovationForm, InnovationKind, Stage, Status};
use crate::innovation_csv::{ImportIssue, ImportIssueCode};
use crate::org::AgencyKind;
use crate::projection::{SpdIssue, SpdIssueCode};
use crate::region_config::{ConfigIssue, ConfigIssueCode, DeadlineNotice};
use crate::registry::{RegistryIssue, RegistryIssueCode};
use crate::scoring::Predicate;
use crate::urusan::affair_by_number;
use crate::validation::{FieldPath, Issue, IssueCode, date_from_param};
use crate::verification::{ReviewIssue, ReviewIssueCode, ReviewState};

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

/// The national form's label of a field (indicator and extra paths get a generic label;
/// see [`field_name`] for the numbered form and [`issue_message_in`] for catalog labels).
pub fn field_label(lang: Lang, path: FieldPath) -> &'static str {
    lang.pick(match path {
        FieldPath::Name => ("Nama Inovasi", "Innovation name (Nama Inovasi)"),
        FieldPath::Stage => ("Tahapan Inovasi", "Stage (Tahapan Inovasi)"),
        FieldPath::Initiator => ("Inisiator Inovasi Daerah", "Initiator (Inisiator)"),
        FieldPath::InitiatorName => ("Nama Inisiator", "Initiator name (Nama Inisiator)"),
        FieldPath::Kind => ("Jenis Inovasi", "Type (Jenis Inovasi)"),
        FieldPath::Form => ("Bentuk Inovasi Daerah", "Form (Bentuk Inovasi)"),
        FieldPath::Theme => ("Tematik", "Theme (Tematik)"),
        FieldPath::MainAffair => {
            ("Urusan Pemerintahan Utama", "Main government affair (Urusan utama)")
        }
        FieldPath::RelatedAffairs => {
            ("Urusan Pemerintahan Beririsan", "Overlapping government affairs (Urusan beririsan)")
        }
        FieldPath::TrialDate => ("Waktu Uji Coba", "Trial date (Waktu Uji Coba)"),
        FieldPath::ImplementationDate => {
            ("Waktu Penerapan", "Implementation date (Waktu Penerapan)")
        }
        FieldPath::DevelopmentDate => {
            ("Waktu Pengembangan", "Development date (Waktu Pengembangan)")
        }
        FieldPath::Design => (
            "Rancang Bangun dan Pokok Perubahan yang Dilakukan",
            "Design and main changes (Rancang Bangun)",
        ),
        FieldPath::Goal => ("Tujuan Inovasi", "Goal (Tujuan Inovasi)"),
        FieldPath::Benefit => ("Manfaat yang Diperoleh", "Benefits (Manfaat)"),
        FieldPath::Outcome => ("Hasil Inovasi", "Results (Hasil Inovasi)"),
        FieldPath::BudgetFile => ("Anggaran", "Budget file (Anggaran)"),
        FieldPath::BusinessProfileFile => ("Profil Bisnis", "Business profile (Profil Bisnis)"),
        FieldPath::IprFile => ("Dokumen HAKI", "IPR document (HAKI)"),
        FieldPath::AwardFile => ("Penghargaan", "Award (Penghargaan)"),
        FieldPath::Indicator(_) => ("Indikator SID", "SID indicator"),
        FieldPath::IndicatorEvidence(_) => ("Bukti dukung indikator", "Indicator evidence"),
        FieldPath::Extra(_) => ("Isian tambahan", "Additional field"),
    })
}

/// The label of a field with its indicator number: "Indikator 16", "Bukti dukung indikator 16".
pub fn field_name(lang: Lang, path: FieldPath) -> String {
    match path {
        FieldPath::Indicator(number) | FieldPath::IndicatorEvidence(number) => {
            format!("{} {number}", field_label(lang, path))
        }
        _ => field_label(lang, path).to_owned(),
    }
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

pub fn initiator_label(lang: Lang, initiator: Initiator) -> &'static str {
    lang.pick(match initiator {
        Initiator::RegionHead => ("Kepala Daerah", "Head of region"),
        Initiator::CouncilMember => ("Anggota DPRD", "Regional council member"),
        Initiator::Agency => ("OPD", "Regional agency (OPD)"),
        Initiator::CivilServant => ("ASN", "Civil servant (ASN)"),
        Initiator::Community => ("Masyarakat", "Community"),
    })
}

pub fn kind_label(lang: Lang, kind: InnovationKind) -> &'static str {
    lang.pick(match kind {
        InnovationKind::Digital => ("Digital", "Digital"),
        InnovationKind::NonDigital => ("Non Digital", "Non-digital"),
    })
}

pub fn form_label(lang: Lang, form: InnovationForm) -> &'static str {
    lang.pick(match form {
        InnovationForm::Governance => {
            ("Inovasi Tata Kelola Pemerintahan Daerah", "Governance innovation")
        }
        InnovationForm::PublicService => ("Inovasi Pelayanan Publik", "Public service innovation"),
        InnovationForm::Other => (
            "Inovasi Daerah Lainnya sesuai Urusan Pemerintahan",
            "Other innovation within a government affair",
        ),
    })
}

/// The predicate's label; Indonesian is the official wording.
pub fn predicate_label(lang: Lang, predicate: Predicate) -> &'static str {
    lang.pick(match predicate {
        Predicate::VeryInnovative => ("Sangat Inovatif", "Very innovative (Sangat Inovatif)"),
        Predicate::Innovative => ("Inovatif", "Innovative (Inovatif)"),
        Predicate::LessInnovative => ("Kurang Inovatif", "Less innovative (Kurang Inovatif)"),
        Predicate::NotAssessable => {
            ("Tidak Dapat Dinilai", "Cannot be assessed (Tidak Dapat Dinilai)")
        }
    })
}

/// A date in words: "1 Jan 2024" (months in the language's abbreviations).
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    let month_index = date.month0() as usize % 12;
    let month = match lang {
        Lang::Id => MONTHS_ID[month_index],
        Lang::En => MONTHS_EN[month_index],
    };
    format!("{} {month} {}", date.day(), date.year())
}

/// A date with the month in full: "30 Oktober 2025" / "30 October 2025".
pub fn format_date_long(lang: Lang, date: NaiveDate) -> String {
    let month_index = date.month0() as usize % 12;
    let month = lang.pick((MONTHS_LONG_ID, MONTHS_LONG_EN))[month_index];
    format!("{} {month} {}", date.day(), date.year())
}

/// A number with two decimals in the language's notation:
/// "1.234,56" and "65,01" in Indonesian, "1,234.56" and "65.01" in English.
pub fn format_number(lang: Lang, value: Hundredths) -> String {
    let (group, decimal) = lang.pick((('.', ','), (',', '.')));
    let sign = if value.0 < 0 { "-" } else { "" };
    let magnitude = value.0.unsigned_abs();
    let whole = (magnitude / 100).to_string();
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}{decimal}{:02}", magnitude % 100)
}

/// A storage size for people: "512 B", "12,3 KB", "1,5 MB", "2,0 GB" (binary units, one decimal,
/// rounded down so that a size is never overstated).
pub fn format_size(lang: Lang, bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut unit = 0;
    let mut scale: u64 = 1024;
    while unit + 1 < UNITS.len() && bytes / scale >= 1024 {
        unit += 1;
        scale *= 1024;
    }
    let tenths = u128::from(bytes) * 10 / u128::from(scale);
    let separator = lang.pick((',', '.'));
    format!("{}{separator}{} {}", tenths / 10, tenths % 10, UNITS[unit])
}

fn date_text(lang: Lang, issue: &Issue, key: &str) -> String {
    issue
        .param(key)
        .and_then(date_from_param)
        .map_or_else(|| "?".to_owned(), |date| format_date(lang, date))
}

/// Bytes as "2,0 MB" / "2.0 MB" (MiB, one decimal, rounded down).
fn megabytes(lang: Lang, bytes: u64) -> String {
    let tenths = bytes * 10 / (1024 * 1024);
    let separator = lang.pick((',', '.'));
    format!("{}{separator}{} MB", tenths / 10, tenths % 10)
}

/// Why a bundle file was refused (or could not be written), one sentence.
/// The shell puts the file name in front: "inovda-diskominfo.zip: …".
pub fn bundle_error_message(lang: Lang, error: &BundleError) -> String {
    match error {
        BundleError::Damaged(_) => lang
            .pick((
                "Berkas rusak atau terpotong (bukan ZIP yang utuh). Minta dikirim ulang.",
                "The file is damaged or truncated (not a complete ZIP). Ask for it again.",
            ))
            .to_owned(),
        BundleError::TooManyEntries { count, max } => match lang {
            Lang::Id => format!("Berkas terlalu besar: {count} isian, paling banyak {max}."),
            Lang::En => format!("The file is too large: {count} entries, at most {max}."),
        },
        BundleError::TooLarge { size, max } => match lang {
            Lang::Id => format!(
                "Berkas terlalu besar: {} melebihi batas {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
            Lang::En => format!(
                "The file is too large: {} exceeds the limit of {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
        },
        BundleError::SuspiciousCompression { name } => match lang {
            Lang::Id => {
                format!("Berkas terlalu besar setelah dibuka ({name} mencurigakan, zip bom).")
            }
            Lang::En => {
                format!("The file is too large once unpacked ({name} looks like a zip bomb).")
            }
        },
        BundleError::UnsafePath { name } => match lang {
            Lang::Id => format!("Berkas rusak: nama isian tidak aman ({name})."),
            Lang::En => format!("The file is damaged: an unsafe entry name ({name})."),
        },
        BundleError::DuplicateEntry => lang
            .pick((
                "Berkas rusak: ada isian dengan nama ganda.",
                "The file is damaged: two entries have the same name.",
            ))
            .to_owned(),
        BundleError::UnexpectedEntry { name } => match lang {
            Lang::Id => format!("Berkas diubah: isian {name} tidak tercantum di manifes."),
            Lang::En => format!("The file was altered: entry {name} is not in the manifest."),
        },
        BundleError::UnsupportedEntry { name } => match lang {
            Lang::Id => {
                format!("Berkas tidak didukung: {name} dikompres atau dienkripsi dengan cara lain.")
            }
            Lang::En => format!("Unsupported file: {name} uses another compression or encryption."),
        },
        BundleError::MissingManifest => lang
            .pick((
                "Bukan berkas kiriman Inovda: manifest.json tidak ada.",
                "Not an Inovda bundle: manifest.json is missing.",
            ))
            .to_owned(),
        BundleError::MissingSignature => lang
            .pick((
                "Tanda tangan tidak ada (manifest.sig hilang); berkas tidak dapat dipercaya.",
                "The signature is missing (no manifest.sig); the file cannot be trusted.",
            ))
            .to_owned(),
        BundleError::NotABundle => {
            lang.pick(("Bukan berkas kiriman Inovda.", "Not an Inovda bundle.")).to_owned()
        }
        BundleError::FutureVersion { found, supported } => match lang {
            Lang::Id => format!(
                "Versi lebih baru ({found}, aplikasi ini sampai {supported}): perbarui aplikasi."
            ),
            Lang::En => format!(
                "Newer version ({found}, this app reads up to {supported}): update the app."
            ),
        },
        BundleError::UnsignedVersion { found } => match lang {
            Lang::Id => format!(
                "Versi {found} tanpa tanda tangan dari aplikasi uji coba; minta dikirim ulang dengan aplikasi terbaru."
            ),
            Lang::En => format!(
                "Unsigned version {found} from a pre-release app; ask for it again from the current app."
            ),
        },
        BundleError::InvalidManifest(_) => lang
            .pick((
                "Berkas rusak: manifes tidak sah.",
                "The file is damaged: the manifest is not valid.",
            ))
            .to_owned(),
        BundleError::BadSignature => lang
            .pick((
                "Tanda tangan tidak cocok: berkas diubah setelah ditandatangani.",
                "The signature does not match: the file was altered after signing.",
            ))
            .to_owned(),
        BundleError::MissingEntry { path } => match lang {
            Lang::Id => format!("Berkas terpotong: {path} tercantum di manifes tetapi tidak ada."),
            Lang::En => format!("The file is truncated: {path} is in the manifest but missing."),
        },
        BundleError::Modified { path } => match lang {
            Lang::Id => format!("Berkas diubah: isi {path} tidak cocok dengan manifes."),
            Lang::En => format!("The file was altered: {path} does not match the manifest."),
        },
        BundleError::InvalidRecord { path, .. } => match lang {
            Lang::Id => format!("Data inovasi {path} tidak dapat dibaca."),
            Lang::En => format!("The innovation record {path} cannot be read."),
        },
        BundleError::InvalidVerdict { path, .. } => match lang {
            Lang::Id => format!("Hasil verifikasi {path} tidak dapat dibaca."),
            Lang::En => format!("The verdict {path} cannot be read."),
        },
        BundleError::FileMismatch { sha256 } => {
            let short = sha256.get(..12).unwrap_or(sha256);
            match lang {
                Lang::Id => {
                    format!("Bukti dukung {short}… berubah di perangkat ini; ekspor dibatalkan.")
                }
                Lang::En => {
                    format!("Evidence file {short}… changed on this device; export cancelled.")
                }
            }
        }
        BundleError::WriterState(_) => lang
            .pick((
                "Kesalahan aplikasi saat membuat berkas kiriman.",
                "An application error while building the bundle.",
            ))
            .to_owned(),
        BundleError::Io(_) => lang
            .pick((
                "Berkas kiriman tidak dapat ditulis (penyimpanan penuh?).",
                "The bundle could not be written (storage full?).",
            ))
            .to_owned(),
    }
}

/// Why one record or verdict of a valid bundle is not imported.
pub fn reject_reason_message(lang: Lang, reason: &RejectReason) -> &'static str {
    lang.pick(match reason {
        RejectReason::ForeignAgency => (
            "Inovasi milik instansi atau daerah lain dari pengirim.",
            "The innovation belongs to another agency or region than the sender.",
        ),
        RejectReason::OwnedByAnotherAgency => (
            "Kode inovasi sudah dipakai instansi lain di perangkat ini.",
            "This innovation id already belongs to another agency here.",
        ),
        RejectReason::Invalid(_) => (
            "Isian inovasi tidak dikenal aplikasi ini; perbarui aplikasi.",
            "A field has a value this app does not know; update the app.",
        ),
        RejectReason::UnknownInnovation => (
            "Hasil verifikasi untuk inovasi yang tidak ada di perangkat ini.",
            "A verdict for an innovation this device does not have.",
        ),
        RejectReason::RevisionMismatch => (
            "Hasil verifikasi untuk revisi yang berbeda dari yang tersimpan.",
            "A verdict for a revision other than the one stored here.",
        ),
    })
}

/// The preview column of a record: Baru, Diperbarui, Tidak berubah, …
pub fn record_action_label(lang: Lang, action: &RecordAction) -> &'static str {
    lang.pick(match action {
        RecordAction::New => ("Baru", "New"),
        RecordAction::Update => ("Diperbarui", "Updated"),
        RecordAction::Unchanged => ("Tidak berubah", "Unchanged"),
        RecordAction::Older => ("Revisi lama (diabaikan)", "Older revision (ignored)"),
        RecordAction::Conflict => {
            ("Konflik (kedua versi disimpan)", "Conflict (both versions kept)")
        }
        RecordAction::Rejected(_) => ("Ditolak", "Rejected"),
    })
}

/// The preview column of a verdict.
pub fn verdict_action_label(lang: Lang, action: &VerdictAction) -> &'static str {
    lang.pick(match action {
        VerdictAction::New => ("Baru", "New"),
        VerdictAction::Update => ("Diperbarui", "Updated"),
        VerdictAction::Unchanged => ("Tidak berubah", "Unchanged"),
        VerdictAction::Older => ("Keputusan lama (diabaikan)", "Older decision (ignored)"),
        VerdictAction::Rejected(_) => ("Ditolak", "Rejected"),
    })
}

/// What the preview says about the sender's key; fingerprints as `PublicKey::fingerprint`.
pub fn signer_status_message(lang: Lang, status: &SignerStatus, key: &PublicKey) -> String {
    let new = key.fingerprint();
    match (status, lang) {
        (SignerStatus::FirstUse, Lang::Id) => {
            format!("Pengirim baru. Kunci {new} akan diingat; cocokkan dengan pengirim bila ragu.")
        }
        (SignerStatus::FirstUse, Lang::En) => {
            format!("New sender. Key {new} will be remembered; check it with the sender if unsure.")
        }
        (SignerStatus::Known, Lang::Id) => format!("Tanda tangan pengirim dikenal ({new})."),
        (SignerStatus::Known, Lang::En) => format!("The sender's signature is known ({new})."),
        (SignerStatus::Changed { previous }, Lang::Id) => format!(
            "Kunci pengirim berubah: dulu {}, sekarang {new}. Telepon pengirim dan minta ia membacakan sidik kuncinya; tidak ada yang disimpan sebelum Anda konfirmasi.",
            previous.fingerprint()
        ),
        (SignerStatus::Changed { previous }, Lang::En) => format!(
            "The sender's key changed: was {}, now {new}. Call the sender and have them read out their fingerprint; nothing is saved until you confirm.",
            previous.fingerprint()
        ),
    }
}

/// Why a backup could not be made or restored, one or two sentences.
/// Every error met while opening a backup says that nothing was changed: the shell verifies
/// the whole file before it writes anything.
pub fn backup_error_message(lang: Lang, error: &BackupError) -> String {
    let unchanged = lang.pick((" Tidak ada yang diubah.", " Nothing was changed."));
    let short = |sha256: &str| sha256.get(..12).unwrap_or(sha256).to_owned();
    let read = |text: String| format!("{text}{unchanged}");
    match error {
        BackupError::EmptyPassphrase => lang
            .pick(("Kata sandi cadangan wajib diisi.", "Enter the backup passphrase."))
            .to_owned(),
        BackupError::WrongPassphrase => read(
            lang.pick((
                "Kata sandi salah: cadangan ini tidak bisa dibuka dengan kata sandi tersebut.",
                "Wrong passphrase: this backup does not open with it.",
            ))
            .to_owned(),
        ),
        BackupError::Damaged(_) => read(
            lang.pick((
                "Berkas cadangan rusak, terpotong, atau bukan cadangan Inovda.",
                "The backup file is damaged, truncated or not an Inovda backup.",
            ))
            .to_owned(),
        ),
        BackupError::MissingIndex | BackupError::NotABackup => read(
            lang.pick((
                "Berkas ini bukan cadangan Inovda (backup.json tidak ada atau tidak dikenal).",
                "This file is not an Inovda backup (backup.json is missing or unknown).",
            ))
            .to_owned(),
        ),
        BackupError::FutureVersion { found, supported } => read(match lang {
            Lang::Id => format!(
                "Cadangan dibuat oleh versi aplikasi yang lebih baru (format {found}, aplikasi ini sampai {supported}): perbarui aplikasi, lalu pulihkan lagi."
            ),
            Lang::En => format!(
                "The backup comes from a newer app (format {found}, this app reads up to {supported}): update the app, then restore again."
            ),
        }),
        BackupError::FutureLayout { found, supported } => read(match lang {
            Lang::Id => format!(
                "Cadangan berasal dari susunan data yang lebih baru ({found}, aplikasi ini {supported}): perbarui aplikasi, lalu pulihkan lagi."
            ),
            Lang::En => format!(
                "The backup comes from a newer data layout ({found}, this app has {supported}): update the app, then restore again."
            ),
        }),
        BackupError::UnknownStore { name } => read(match lang {
            Lang::Id => format!(
                "Cadangan berisi data yang tidak dikenal aplikasi ini ({name}): perbarui aplikasi, lalu pulihkan lagi."
            ),
            Lang::En => format!(
                "The backup holds data this app does not know ({name}): update the app, then restore again."
            ),
        }),
        BackupError::InvalidIndex(_) => read(
            lang.pick((
                "Berkas cadangan rusak: daftar isinya (backup.json) tidak sah.",
                "The backup file is damaged: its table of contents (backup.json) is not valid.",
            ))
            .to_owned(),
        ),
        BackupError::TooManyEntries { count, max } => read(match lang {
            Lang::Id => {
                format!("Berkas cadangan terlalu besar: {count} isian, paling banyak {max}.")
            }
            Lang::En => format!("The backup file is too large: {count} entries, at most {max}."),
        }),
        BackupError::TooLarge { size, max } => read(match lang {
            Lang::Id => format!(
                "Berkas cadangan terlalu besar: {} melebihi batas {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
            Lang::En => format!(
                "The backup file is too large: {} exceeds the limit of {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
        }),
        BackupError::UnsafePath { name } => read(match lang {
            Lang::Id => format!("Berkas cadangan rusak: nama isian tidak aman ({name})."),
            Lang::En => format!("The backup file is damaged: an unsafe entry name ({name})."),
        }),
        BackupError::DuplicateEntry => read(
            lang.pick((
                "Berkas cadangan rusak: ada isian dengan nama ganda.",
                "The backup file is damaged: two entries have the same name.",
            ))
            .to_owned(),
        ),
        BackupError::UnsupportedEntry { name } | BackupError::UnexpectedEntry { name } => {
            read(match lang {
                Lang::Id => format!("Berkas cadangan rusak: isian {name} tidak dikenal."),
                Lang::En => format!("The backup file is damaged: unknown entry {name}."),
            })
        }
        BackupError::MissingFile { sha256 } => read(match lang {
            Lang::Id => {
                format!("Berkas cadangan tidak lengkap: bukti dukung {}… hilang.", short(sha256))
            }
            Lang::En => format!(
                "The backup file is incomplete: evidence file {}… is missing.",
                short(sha256)
            ),
        }),
        BackupError::FileModified { sha256 } => read(match lang {
            Lang::Id => format!(
                "Berkas cadangan rusak: isi bukti dukung {}… tidak cocok dengan sidiknya.",
                short(sha256)
            ),
            Lang::En => format!(
                "The backup file is damaged: evidence file {}… does not match its hash.",
                short(sha256)
            ),
        }),
        BackupError::FileMismatch { sha256 } => match lang {
            Lang::Id => format!(
                "Bukti dukung {}… berubah di perangkat ini; cadangan dibatalkan.",
                short(sha256)
            ),
            Lang::En => {
                format!(
                    "Evidence file {}… changed on this device; backup cancelled.",
                    short(sha256)
                )
            }
        },
        BackupError::Encrypt(_) | BackupError::WriterState(_) => {
            lang.pick(("Cadangan gagal dibuat.", "The backup could not be made.")).to_owned()
        }
        BackupError::Io(_) => lang
            .pick((
                "Cadangan gagal ditulis (penyimpanan penuh?).",
                "The backup could not be written (storage full?).",
            ))
            .to_owned(),
    }
}

/// The sentence shown next to a field for one finding.
pub fn issue_message(lang: Lang, issue: &Issue) -> String {
    message_for(lang, issue, &field_name(lang, issue.path))
}

/// [`issue_message`], naming extra fields by their label in `catalog`.
pub fn issue_message_in(lang: Lang, issue: &Issue, catalog: &Catalog) -> String {
    let field = match issue.path {
        FieldPath::Extra(index) => catalog
            .extra_fields
            .get(usize::from(index))
            .map(|field| lang.pick((field.label_id.clone(), field.label_en.clone())))
            .unwrap_or_else(|| field_name(lang, issue.path)),
        path => field_name(lang, path),
    };
    message_for(lang, issue, &field)
}

fn message_for(lang: Lang, issue: &Issue, field: &str) -> String {
    let number = |key: &str| issue.param(key).unwrap_or(0);
    match issue.code {
        IssueCode::Required => match lang {
            Lang::Id => format!("{field} wajib diisi."),
            Lang::En => format!("{field} is required."),
        },
        IssueCode::TooFewWords => {
            let (count, min) = (number("count"), number("min"));
            match lang {
                Lang::Id => {
                    format!("{field} baru {count} kata; minimal {min} kata sebelum bisa diajukan.")
                }
                Lang::En => format!(
                    "{field} has {count} words; at least {min} are needed before submission."
                ),
            }
        }
        IssueCode::DateInFuture => {
            let today = date_text(lang, issue, "today");
            match lang {
                Lang::Id => format!("{field} tidak boleh setelah hari ini ({today})."),
                Lang::En => format!("{field} cannot be later than today ({today})."),
            }
        }
        IssueCode::TrialAfterImplementation => {
            let (trial, applied) =
                (date_text(lang, issue, "trial"), date_text(lang, issue, "implementation"));
            match lang {
                Lang::Id => format!(
                    "Waktu uji coba ({trial}) harus sebelum atau sama dengan waktu penerapan ({applied})."
                ),
                Lang::En => format!(
                    "The trial date ({trial}) must be on or before the implementation date ({applied})."
                ),
            }
        }
        IssueCode::DevelopmentBeforeImplementation => {
            let (developed, applied) =
                (date_text(lang, issue, "development"), date_text(lang, issue, "implementation"));
            match lang {
                Lang::Id => format!(
                    "Waktu pengembangan ({developed}) tidak boleh sebelum waktu penerapan ({applied})."
                ),
                Lang::En => format!(
                    "The development date ({developed}) cannot be before the implementation date ({applied})."
                ),
            }
        }
        IssueCode::OutsideAgeWindow => {
            let (from, to) = (date_text(lang, issue, "from"), date_text(lang, issue, "to"));
            match lang {
                Lang::Id => format!(
                    "Waktu penerapan harus antara {from} dan {to}, kecuali ada pengembangan dalam rentang itu; inovasi yang lebih lama ditolak otomatis."
                ),
                Lang::En => format!(
                    "The implementation date must be between {from} and {to}, unless a development falls in that range; older innovations are rejected automatically."
                ),
            }
        }
        IssueCode::UnknownAffair => {
            let value = number("value");
            match lang {
                Lang::Id => format!("{field}: {value} bukan urusan pada daftar 38 urusan."),
                Lang::En => {
                    format!("{field}: {value} is not on the list of 38 government affairs.")
                }
            }
        }
        IssueCode::RepeatedAffair => {
            let value = urusan_name(number("value"));
            match lang {
                Lang::Id => format!("{field}: urusan {value} sudah dipilih."),
                Lang::En => format!("{field}: the affair {value} is already chosen."),
            }
        }
        IssueCode::MandatoryIndicatorMissing => {
            let n = number("number");
            match lang {
                Lang::Id => format!("Indikator {n} wajib diisi dengan level 1–3."),
                Lang::En => format!("Indicator {n} is mandatory: choose level 1–3."),
            }
        }
        IssueCode::MissingEvidence => {
            let n = number("number");
            match lang {
                Lang::Id => format!(
                    "Indikator {n} belum memiliki bukti dukung; tanpa bukti, level akan dinilai 0."
                ),
                Lang::En => {
                    format!("Indicator {n} has no evidence; without it the level will count as 0.")
                }
            }
        }
        IssueCode::UnknownIndicator => {
            let n = number("number");
            match lang {
                Lang::Id => {
                    format!("Indikator {n} tidak ada pada katalog tahun ini dan tidak dinilai.")
                }
                Lang::En => {
                    format!("Indicator {n} is not in this year's catalog and is not scored.")
                }
            }
        }
        IssueCode::FileTooLarge => {
            let (size, max) = (megabytes(lang, number("size")), megabytes(lang, number("max")));
            match lang {
                Lang::Id => format!(
                    "{field}: berkas {size} melebihi batas {max} aplikasi nasional. Berkas tetap disimpan; perkecil sebelum diunggah (kompres PDF, pindai dengan resolusi lebih rendah, atau potong halaman yang tidak perlu)."
                ),
                Lang::En => format!(
                    "{field}: the file is {size}, over the national app's {max} limit. It is kept here; shrink it before uploading (compress the PDF, scan at a lower resolution, or drop pages that are not needed)."
                ),
            }
        }
        IssueCode::FileTypeNotAllowed => match lang {
            Lang::Id => format!("{field}: jenis berkas tidak diterima; gunakan PDF, JPG atau PNG."),
            Lang::En => format!("{field}: file type not accepted; use PDF, JPG or PNG."),
        },
        IssueCode::DuplicateName => {
            let count = number("count");
            match lang {
                Lang::Id => format!(
                    "{field} sama dengan {count} inovasi lain di daerah ini pada tahun yang sama."
                ),
                Lang::En => format!(
                    "{field} is the same as {count} other innovation(s) of this region and year."
                ),
            }
        }
    }
}

fn urusan_name(number: u64) -> String {
    u8::try_from(number)
        .ok()
        .and_then(affair_by_number)
        .map_or_else(|| number.to_string(), |affair| affair.name.to_owned())
}

/// A score in the language's decimal notation: "0,75" in Indonesian, "0.75" in English.
pub fn format_points(lang: Lang, points: crate::Points) -> String {
    let text = points.to_string();
    match lang {
        Lang::Id => text.replace('.', ","),
        Lang::En => text,
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
const MONTHS_LONG_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_LONG_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A timestamp in the user's local time: "22 Nov 2026 14.05" in Indonesian
/// (dot between hours and minutes, as Indonesian usage writes it), "22 Nov 2026 14:05" in English.
/// `offset_minutes` is the local offset east of UTC (WIB = +420).
pub fn format_timestamp(lang: Lang, at: DateTime<Utc>, offset_minutes: i32) -> String {
    timestamp(lang, at, offset_minutes, lang.pick((MONTHS_ID, MONTHS_EN)))
}

/// [`format_timestamp`] with the month in full: "30 Oktober 2025 14.05".
pub fn format_timestamp_long(lang: Lang, at: DateTime<Utc>, offset_minutes: i32) -> String {
    timestamp(lang, at, offset_minutes, lang.pick((MONTHS_LONG_ID, MONTHS_LONG_EN)))
}

fn timestamp(lang: Lang, at: DateTime<Utc>, offset_minutes: i32, months: [&str; 12]) -> String {
    let offset = FixedOffset::east_opt(offset_minutes.clamp(-1439, 1439) * 60).unwrap_or(Utc.fix());
    let local = at.with_timezone(&offset);
    let month = months[local.month0() as usize % 12];
    let separator = lang.pick(('.', ':'));
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

// ---- Secretariat workspace: registry, config, imports, review, dashboard, exports ----

/// The label of an agency kind.
pub fn agency_kind_label(lang: Lang, kind: AgencyKind) -> &'static str {
    lang.pick(match kind {
        AgencyKind::Office => ("Dinas", "Office (Dinas)"),
        AgencyKind::Board => ("Badan", "Board (Badan)"),
        AgencyKind::Secretariat => ("Sekretariat", "Secretariat (Sekretariat)"),
        AgencyKind::District => ("Kecamatan", "District (Kecamatan)"),
        AgencyKind::UrbanVillage => ("Kelurahan", "Urban village (Kelurahan)"),
        AgencyKind::Village => ("Desa", "Village (Desa)"),
        AgencyKind::HealthCenter => ("Puskesmas", "Health centre (Puskesmas)"),
        AgencyKind::Hospital => ("RSUD", "Regional hospital (RSUD)"),
        AgencyKind::School => ("Sekolah", "School (Sekolah)"),
        AgencyKind::RegionalEnterprise => ("BUMD", "Regional enterprise (BUMD)"),
        AgencyKind::TechnicalUnit => ("UPT/UPTD", "Technical unit (UPT/UPTD)"),
        AgencyKind::Community => ("Masyarakat/lainnya", "Community/other (Masyarakat)"),
    })
}

/// "Baris 7: " / "Row 7: " in front of a row's message (nothing without a row).
fn row_prefix(lang: Lang, row: Option<u32>) -> String {
    row.map_or_else(String::new, |row| {
        lang.pick((format!("Baris {row}: "), format!("Row {row}: ")))
    })
}

/// One registry finding (add/edit form or agency CSV row), one sentence.
pub fn registry_issue_message(lang: Lang, issue: &RegistryIssue) -> String {
    let value = &issue.value;
    let text = match issue.code {
        RegistryIssueCode::EmptyName => {
            lang.pick(("Nama instansi wajib diisi.".to_owned(), "The unit name is required.".to_owned()))
        }
        RegistryIssueCode::DuplicateName => lang.pick((
            format!("Nama “{value}” sudah dipakai instansi lain di daerah ini."),
            format!("The name “{value}” is already used by another unit of this region."),
        )),
        RegistryIssueCode::UnknownKind => lang.pick((
            format!("Jenis “{value}” tidak dikenal (contoh: dinas, badan, kecamatan, kelurahan, desa, puskesmas, rsud, sekolah, bumd)."),
            format!("Unknown kind “{value}” (e.g. dinas, badan, kecamatan, kelurahan, desa, puskesmas, rsud, sekolah, bumd)."),
        )),
        RegistryIssueCode::UnknownParent => lang.pick((
            format!("Instansi induk “{value}” tidak ada di daftar."),
            format!("The parent unit “{value}” is not on the list."),
        )),
        RegistryIssueCode::ParentCycle => lang.pick((
            "Instansi tidak bisa berada di bawah dirinya sendiri.".to_owned(),
            "A unit cannot be placed under itself.".to_owned(),
        )),
        RegistryIssueCode::UnknownAgency => lang.pick((
            format!("Tidak ada instansi dengan id {value}."),
            format!("No unit has the id {value}."),
        )),
        RegistryIssueCode::MissingColumn => lang.pick((
            format!("Kolom “{value}” tidak ditemukan di baris judul."),
            format!("The column “{value}” is missing from the header row."),
        )),
        RegistryIssueCode::BadActiveValue => lang.pick((
            format!("Kolom aktif berisi “{value}”; isi ya atau tidak."),
            format!("The active column holds “{value}”; use ya (yes) or tidak (no)."),
        )),
        RegistryIssueCode::UnreadableFile => lang.pick((
            "Berkas CSV kosong atau rusak.".to_owned(),
            "The CSV file is empty or damaged.".to_owned(),
        )),
    };
    format!("{}{text}", row_prefix(lang, issue.row))
}

/// One config finding (`config.json` of a config bundle, or the agency's pick).
pub fn config_issue_message(lang: Lang, issue: &ConfigIssue) -> String {
    let (path, value) = (&issue.path, &issue.value);
    match issue.code {
        ConfigIssueCode::Required if path.starts_with("deadlines[") => lang.pick((
            format!("{}: keterangan wajib diisi.", deadline_line(lang, path)),
            format!("{}: the label is required.", deadline_line(lang, path)),
        )),
        ConfigIssueCode::Required => {
            lang.pick((format!("{path} wajib diisi."), format!("{path} is required.")))
        }
        ConfigIssueCode::UnsupportedYear => lang.pick((
            format!("Tidak ada katalog untuk tahun {value}."),
            format!("There is no catalog for the year {value}."),
        )),
        ConfigIssueCode::BadPublicKey => lang.pick((
            "Kunci publik sekretariat tidak sah (64 karakter heksadesimal).".to_owned(),
            "The secretariat's public key is not valid (64 hexadecimal characters).".to_owned(),
        )),
        ConfigIssueCode::DuplicateId => lang.pick((
            format!("{path}: id {value} dipakai dua kali."),
            format!("{path}: the id {value} is used twice."),
        )),
        ConfigIssueCode::DuplicateName => lang.pick((
            format!("{path}: nama “{value}” dipakai dua kali."),
            format!("{path}: the name “{value}” is used twice."),
        )),
        ConfigIssueCode::UnknownParent => lang.pick((
            format!("{path}: instansi induk tidak ada di daftar."),
            format!("{path}: the parent unit is not on the list."),
        )),
        ConfigIssueCode::NoActiveAgency => lang.pick((
            "Daftar instansi tidak memuat instansi aktif.".to_owned(),
            "The agency list has no active unit.".to_owned(),
        )),
        ConfigIssueCode::UnknownAgency => lang.pick((
            "Instansi yang dipilih tidak (lagi) ada di daftar sekretariat.".to_owned(),
            "The chosen unit is not (or no longer) on the secretariat's list.".to_owned(),
        )),
        ConfigIssueCode::BadDate if value.is_empty() => lang.pick((
            format!("{}: tanggal wajib diisi.", deadline_line(lang, path)),
            format!("{}: the date is required.", deadline_line(lang, path)),
        )),
        ConfigIssueCode::BadDate => lang.pick((
            format!("{}: “{value}” bukan tanggal (dd/mm/yyyy).", deadline_line(lang, path)),
            format!("{}: “{value}” is not a date (dd/mm/yyyy).", deadline_line(lang, path)),
        )),
        ConfigIssueCode::TooLong => lang.pick((
            format!("{}: paling banyak {value} karakter.", deadline_line(lang, path)),
            format!("{}: at most {value} characters.", deadline_line(lang, path)),
        )),
        ConfigIssueCode::DuplicateDeadline => lang.pick((
            format!("{}: “{value}” sudah dipakai batas waktu lain.", deadline_line(lang, path)),
            format!("{}: another deadline already uses “{value}”.", deadline_line(lang, path)),
        )),
    }
}

/// "Batas waktu 2" for `deadlines[1].…`; other paths as they are.
fn deadline_line(lang: Lang, path: &str) -> String {
    let index = path
        .strip_prefix("deadlines[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    match index {
        Some(index) => {
            format!("{} {}", lang.pick(("Batas waktu", "Deadline")), index.saturating_add(1))
        }
        None => path.to_owned(),
    }
}

/// "Batas waktu: Batas pengisian profil, 30 Juni 2026 (3 hari lagi)" on the agency's list.
pub fn deadline_notice_message(lang: Lang, notice: &DeadlineNotice) -> String {
    let date = format_date_long(lang, notice.date);
    let left = match (lang, notice.days_left) {
        (Lang::Id, 0) => "hari ini".to_owned(),
        (Lang::Id, n) => format!("{n} hari lagi"),
        (Lang::En, 0) => "today".to_owned(),
        (Lang::En, 1) => "1 day left".to_owned(),
        (Lang::En, n) => format!("{n} days left"),
    };
    lang.pick((
        format!("Batas waktu: {}, {date} ({left})", notice.label),
        format!("Deadline: {}, {date} ({left})", notice.label),
    ))
}

/// The CSV column an innovation-import finding concerns, as the template names it.
fn import_column_label(lang: Lang, path: &str) -> String {
    if let Some(number) = path.strip_prefix("indicators.") {
        return format!("{} {number}", lang.pick(("Indikator", "Indicator")));
    }
    let label = match path {
        "name" => "Nama Inovasi",
        "agency" => "Instansi",
        "stage" => "Tahapan",
        "initiator" => "Inisiator",
        "kind" => "Jenis",
        "form" => "Bentuk",
        "main_affair" => "Urusan",
        "related_affairs" => "Urusan Beririsan",
        "trial_date" => "Tanggal Uji Coba",
        "implementation_date" => "Tanggal Penerapan",
        "development_date" => "Tanggal Pengembangan",
        other => other,
    };
    label.to_owned()
}

/// One innovation-CSV finding, with its row.
pub fn import_issue_message(lang: Lang, issue: &ImportIssue) -> String {
    let (path, value) = (&import_column_label(lang, &issue.path), &issue.value);
    let text = match issue.code {
        ImportIssueCode::Required => {
            lang.pick((format!("{path} wajib diisi."), format!("{path} is required.")))
        }
        ImportIssueCode::UnknownAgency => lang.pick((
            format!("Instansi “{value}” tidak ada di daftar instansi aktif."),
            format!("The unit “{value}” is not on the list of active units."),
        )),
        ImportIssueCode::UnknownValue => lang.pick((
            format!("{path}: nilai “{value}” tidak dikenal."),
            format!("{path}: unknown value “{value}”."),
        )),
        ImportIssueCode::BadDate => lang.pick((
            format!("{path}: “{value}” bukan tanggal (dd/mm/yyyy)."),
            format!("{path}: “{value}” is not a date (dd/mm/yyyy)."),
        )),
        ImportIssueCode::DuplicateName => lang.pick((
            format!("Inovasi “{value}” sudah ada untuk daerah dan tahun ini."),
            format!("The innovation “{value}” already exists for this region and year."),
        )),
        ImportIssueCode::MissingColumn => lang.pick((
            format!("Kolom “{value}” tidak ditemukan di baris judul."),
            format!("The column “{value}” is missing from the header row."),
        )),
        ImportIssueCode::UnreadableFile => lang.pick((
            "Berkas CSV kosong atau rusak.".to_owned(),
            "The CSV file is empty or damaged.".to_owned(),
        )),
    };
    format!("{}{text}", row_prefix(lang, issue.row))
}

/// One verification-form finding.
pub fn review_issue_message(lang: Lang, issue: &ReviewIssue) -> String {
    let path = &issue.path;
    match issue.code {
        ReviewIssueCode::StatusRequired => lang.pick((
            "Pilih status: diverifikasi, perlu revisi atau ditolak.".to_owned(),
            "Choose a status: verified, needs revision or rejected.".to_owned(),
        )),
        ReviewIssueCode::StatusNotAllowed => lang.pick((
            "Sekretariat hanya dapat memberi status diverifikasi, perlu revisi atau ditolak."
                .to_owned(),
            "The secretariat can only set verified, needs revision or rejected.".to_owned(),
        )),
        ReviewIssueCode::ReasonRequired => lang.pick((
            "Tuliskan alasan untuk perlu revisi atau ditolak.".to_owned(),
            "Write the reason for needs revision or rejected.".to_owned(),
        )),
        ReviewIssueCode::LevelOutOfRange => lang
            .pick((format!("{path}: level harus 0–3."), format!("{path}: the level must be 0–3."))),
        ReviewIssueCode::UnknownIndicator => lang.pick((
            format!("{path}: indikator tidak ada di katalog."),
            format!("{path}: the indicator is not in the catalog."),
        )),
        ReviewIssueCode::NotSubmitted => lang.pick((
            "Inovasi ini masih draf; belum ada yang diajukan untuk diverifikasi.".to_owned(),
            "This innovation is still a draft; nothing was submitted for review.".to_owned(),
        )),
    }
}

/// The review state on the secretariat's verification list.
pub fn review_state_label(lang: Lang, state: ReviewState) -> String {
    match state {
        ReviewState::Unreviewed => lang.pick(("Belum diperiksa", "Not reviewed yet")).to_owned(),
        ReviewState::Decided(status) => status_label(lang, status).to_owned(),
        ReviewState::ChangedSinceReview { reviewed, decided } => lang.pick((
            format!(
                "Revisi baru sejak diperiksa (revisi {reviewed}: {})",
                status_label(lang, decided).to_lowercase()
            ),
            format!(
                "New revision since the review (revision {reviewed}: {})",
                status_label(lang, decided).to_lowercase()
            ),
        )),
    }
}

/// One SPD-entry finding.
pub fn spd_issue_message(lang: Lang, issue: &SpdIssue) -> String {
    let path = &issue.path;
    match issue.code {
        SpdIssueCode::UnknownRow => lang.pick((
            format!("{path}: baris SPD tidak ada di katalog."),
            format!("{path}: the SPD row is not in the catalog."),
        )),
        SpdIssueCode::LevelOutOfRange => lang
            .pick((format!("{path}: level harus 0–3."), format!("{path}: the level must be 0–3."))),
        SpdIssueCode::DuplicateRow => lang.pick((
            format!("{path}: baris SPD diisi dua kali."),
            format!("{path}: the SPD row is answered twice."),
        )),
        SpdIssueCode::WrongYear => lang.pick((
            "Isian SPD untuk tahun lain daripada katalog.".to_owned(),
            "The SPD answers are for another year than the catalog.".to_owned(),
        )),
        SpdIssueCode::Unanswered => {
            let row = path.strip_prefix("spd.").unwrap_or(path);
            lang.pick((
                format!("SPD {row}: belum diisi (dihitung 0)."),
                format!("SPD {row}: not answered yet (counted as 0)."),
            ))
        }
    }
}

/// The dashboard headline: "12 dari 30 instansi sudah punya inovasi".
pub fn compliance_headline(lang: Lang, with_innovation: u32, agencies: u32) -> String {
    lang.pick((
        format!("{with_innovation} dari {agencies} instansi sudah punya inovasi"),
        format!("{with_innovation} of {agencies} units have an innovation"),
    ))
}

/// "+3,33 IID untuk satu inovasi lagi dengan kematangan 100".
pub fn what_if_message(lang: Lang, maturity: Hundredths, gain: Hundredths) -> String {
    let sign = if gain.0 >= 0 { "+" } else { "" };
    lang.pick((
        format!(
            "{sign}{} IID untuk satu inovasi lagi dengan kematangan {}",
            format_number(lang, gain),
            format_number(lang, maturity)
        ),
        format!(
            "{sign}{} IID for one more innovation of maturity {}",
            format_number(lang, gain),
            format_number(lang, maturity)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Severity;

    #[test]
    fn registry_codes_and_kinds_read_in_both_languages() {
        for kind in AgencyKind::ALL {
            assert_ne!(agency_kind_label(Lang::Id, kind), agency_kind_label(Lang::En, kind));
        }
        for code in RegistryIssueCode::ALL {
            let issue = RegistryIssue { code, path: "name", row: Some(7), value: "x".into() };
            let id = registry_issue_message(Lang::Id, &issue);
            let en = registry_issue_message(Lang::En, &issue);
            assert!(id.starts_with("Baris 7: ") && en.starts_with("Row 7: "), "{id} / {en}");
            assert_ne!(id, en);
        }
    }

    #[test]
    fn secretariat_codes_read_in_both_languages() {
        for code in ConfigIssueCode::ALL {
            let issue = ConfigIssue { code, path: "agencies[0].name".into(), value: "x".into() };
            assert_ne!(
                config_issue_message(Lang::Id, &issue),
                config_issue_message(Lang::En, &issue)
            );
        }
        let notice = |days_left| DeadlineNotice {
            label: "Batas pengisian profil".into(),
            date: NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default(),
            days_left,
        };
        assert_eq!(
            deadline_notice_message(Lang::Id, &notice(3)),
            "Batas waktu: Batas pengisian profil, 30 Juni 2026 (3 hari lagi)"
        );
        assert_eq!(
            deadline_notice_message(Lang::En, &notice(1)),
            "Deadline: Batas pengisian profil, 30 June 2026 (1 day left)"
        );
        assert!(deadline_notice_message(Lang::Id, &notice(0)).ends_with("(hari ini)"));
        let label = ConfigIssue {
            code: ConfigIssueCode::Required,
            path: "deadlines[1].label".into(),
            value: String::new(),
        };
        assert_eq!(
            config_issue_message(Lang::Id, &label),
            "Batas waktu 2: keterangan wajib diisi."
        );
        for code in ImportIssueCode::ALL {
            let issue = ImportIssue { code, row: Some(4), path: "stage".into(), value: "x".into() };
            let id = import_issue_message(Lang::Id, &issue);
            assert!(id.starts_with("Baris 4: "));
            assert_ne!(id, import_issue_message(Lang::En, &issue));
        }
        for state in [
            ReviewState::Unreviewed,
            ReviewState::Decided(Status::NeedsRevision),
            ReviewState::ChangedSinceReview { reviewed: 2, decided: Status::Verified },
        ] {
            assert_ne!(review_state_label(Lang::Id, state), review_state_label(Lang::En, state));
        }
        assert_eq!(
            review_state_label(
                Lang::Id,
                ReviewState::ChangedSinceReview { reviewed: 2, decided: Status::Verified }
            ),
            "Revisi baru sejak diperiksa (revisi 2: diverifikasi)"
        );
        for code in ReviewIssueCode::ALL {
            let issue = ReviewIssue { code, path: "indicators.16".into() };
            assert_ne!(
                review_issue_message(Lang::Id, &issue),
                review_issue_message(Lang::En, &issue)
            );
        }
        for code in SpdIssueCode::ALL {
            let issue = SpdIssue { code, path: "rows[0].level".into() };
            assert_ne!(spd_issue_message(Lang::Id, &issue), spd_issue_message(Lang::En, &issue));
        }
        assert_eq!(
            compliance_headline(Lang::Id, 12, 30),
            "12 dari 30 instansi sudah punya inovasi"
        );
        assert_eq!(
            what_if_message(Lang::Id, Hundredths(10_000), Hundredths(333)),
            "+3,33 IID untuk satu inovasi lagi dengan kematangan 100,00"
        );
    }

    #[test]
    fn every_issue_code_reads_in_both_languages() {
        let paths = [
            FieldPath::Name,
            FieldPath::Design,
            FieldPath::TrialDate,
            FieldPath::MainAffair,
            FieldPath::Indicator(16),
            FieldPath::IndicatorEvidence(35),
            FieldPath::Extra(0),
        ];
        let params = vec![
            ("count", 12),
            ("min", 300),
            ("today", 20_260_615),
            ("trial", 20_240_701),
            ("implementation", 20_240_601),
            ("development", 20_240_501),
            ("from", 20_240_101),
            ("to", 20_251_231),
            ("value", 2),
            ("number", 16),
            ("size", 3_145_728),
            ("max", 2_097_152),
        ];
        let catalog = Catalog::builtin(2026).expect("test data");
        for code in IssueCode::ALL {
            for path in paths {
                let issue = Issue { code, path, severity: Severity::Error, params: params.clone() };
                let id = issue_message(Lang::Id, &issue);
                let en = issue_message(Lang::En, &issue);
                assert!(!id.is_empty() && !en.is_empty());
                assert_ne!(id, en, "{code:?} must differ between languages");
                assert!(!id.contains('?') && !en.contains('?'), "{id} / {en}");
                assert!(!issue_message_in(Lang::Id, &issue, &catalog).is_empty());
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
        let window = Issue {
            code: IssueCode::OutsideAgeWindow,
            path: FieldPath::ImplementationDate,
            severity: Severity::Error,
            params: params.clone(),
        };
        assert!(issue_message(Lang::Id, &window).contains("1 Jan 2024 dan 31 Des 2025"));
        let large = Issue {
            code: IssueCode::FileTooLarge,
            path: FieldPath::AwardFile,
            severity: Severity::Error,
            params,
        };
        assert!(issue_message(Lang::Id, &large).contains("3,0 MB melebihi batas 2,0 MB"));
        let extra = Issue {
            code: IssueCode::Required,
            path: FieldPath::Extra(0),
            severity: Severity::Error,
            params: vec![],
        };
        assert_eq!(issue_message_in(Lang::Id, &extra, &catalog), "Asta Cita wajib diisi.");
    }

    #[test]
    fn every_label_reads_in_both_languages() {
        for initiator in Initiator::ALL {
            assert!(!initiator_label(Lang::Id, initiator).is_empty());
            assert!(!initiator_label(Lang::En, initiator).is_empty());
        }
        for form in InnovationForm::ALL {
            assert_ne!(form_label(Lang::Id, form), form_label(Lang::En, form));
        }
        for kind in InnovationKind::ALL {
            assert!(!kind_label(Lang::En, kind).is_empty());
        }
        for predicate in Predicate::ALL {
            assert_eq!(predicate_label(Lang::Id, predicate), predicate.label());
        }
        assert_eq!(field_name(Lang::Id, FieldPath::Indicator(16)), "Indikator SID 16");
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

    fn sample_bundle_error(code: crate::BundleErrorCode) -> BundleError {
        use crate::BundleErrorCode as C;
        let path = || "records/x.json".to_owned();
        match code {
            C::Damaged => BundleError::Damaged("eof".into()),
            C::TooManyEntries => BundleError::TooManyEntries { count: 30_000, max: 20_000 },
            C::TooLarge => BundleError::TooLarge { size: 3 << 30, max: 1 << 30 },
            C::SuspiciousCompression => BundleError::SuspiciousCompression { name: path() },
            C::UnsafePath => BundleError::UnsafePath { name: "../x".into() },
            C::DuplicateEntry => BundleError::DuplicateEntry,
            C::UnexpectedEntry => BundleError::UnexpectedEntry { name: path() },
            C::UnsupportedEntry => BundleError::UnsupportedEntry { name: path() },
            C::MissingManifest => BundleError::MissingManifest,
            C::MissingSignature => BundleError::MissingSignature,
            C::NotABundle => BundleError::NotABundle,
            C::FutureVersion => BundleError::FutureVersion { found: 3, supported: 2 },
            C::UnsignedVersion => BundleError::UnsignedVersion { found: 1 },
            C::InvalidManifest => BundleError::InvalidManifest("x".into()),
            C::BadSignature => BundleError::BadSignature,
            C::MissingEntry => BundleError::MissingEntry { path: path() },
            C::Modified => BundleError::Modified { path: path() },
            C::InvalidRecord => BundleError::InvalidRecord {
                path: path(),
                source: crate::RecordError::Json("x".into()),
            },
            C::InvalidVerdict => BundleError::InvalidVerdict { path: path(), detail: "x".into() },
            C::FileMismatch => BundleError::FileMismatch { sha256: "ab".repeat(32) },
            C::WriterState => BundleError::WriterState("x"),
            C::Io => BundleError::Io(std::io::Error::other("full")),
        }
    }

    #[test]
    fn every_bundle_rejection_reads_in_both_languages() {
        for code in crate::BundleErrorCode::ALL {
            let error = sample_bundle_error(code);
            assert_eq!(error.code(), code);
            let id = bundle_error_message(Lang::Id, &error);
            let en = bundle_error_message(Lang::En, &error);
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en, "{code:?} must differ between languages");
            assert!(!code.as_str().is_empty());
        }
        let future = bundle_error_message(
            Lang::Id,
            &sample_bundle_error(crate::BundleErrorCode::FutureVersion),
        );
        assert!(future.contains("perbarui aplikasi"), "{future}");
        let signature = bundle_error_message(Lang::Id, &BundleError::BadSignature);
        assert!(signature.contains("Tanda tangan tidak cocok"), "{signature}");
        let modified =
            bundle_error_message(Lang::Id, &BundleError::Modified { path: "files/a".into() });
        assert!(modified.contains("Berkas diubah"), "{modified}");
        let damaged = bundle_error_message(Lang::Id, &BundleError::Damaged(String::new()));
        assert!(damaged.contains("rusak atau terpotong"), "{damaged}");
        let large =
            bundle_error_message(Lang::Id, &sample_bundle_error(crate::BundleErrorCode::TooLarge));
        assert!(large.contains("terlalu besar") && large.contains("3072,0 MB"), "{large}");
    }

    fn sample_backup_error(code: crate::BackupErrorCode) -> BackupError {
        use crate::BackupErrorCode as C;
        let sha256 = || "ab".repeat(32);
        match code {
            C::EmptyPassphrase => BackupError::EmptyPassphrase,
            C::WrongPassphrase => BackupError::WrongPassphrase,
            C::Damaged => BackupError::Damaged("eof".into()),
            C::Encrypt => BackupError::Encrypt("x".into()),
            C::MissingIndex => BackupError::MissingIndex,
            C::NotABackup => BackupError::NotABackup,
            C::FutureVersion => BackupError::FutureVersion { found: 2, supported: 1 },
            C::InvalidIndex => BackupError::InvalidIndex("x".into()),
            C::FutureLayout => BackupError::FutureLayout { found: 4, supported: 3 },
            C::UnknownStore => BackupError::UnknownStore { name: "signers".into() },
            C::TooManyEntries => BackupError::TooManyEntries { count: 9, max: 2 },
            C::TooLarge => BackupError::TooLarge { size: 3 << 30, max: 1 << 30 },
            C::UnsafePath => BackupError::UnsafePath { name: "../x".into() },
            C::DuplicateEntry => BackupError::DuplicateEntry,
            C::UnsupportedEntry => BackupError::UnsupportedEntry { name: "files/x".into() },
            C::UnexpectedEntry => BackupError::UnexpectedEntry { name: "records/x".into() },
            C::MissingFile => BackupError::MissingFile { sha256: sha256() },
            C::FileModified => BackupError::FileModified { sha256: sha256() },
            C::FileMismatch => BackupError::FileMismatch { sha256: sha256() },
            C::WriterState => BackupError::WriterState("x"),
            C::Io => BackupError::Io("full".into()),
        }
    }

    #[test]
    fn import_previews_and_backup_errors_read_in_both_languages() {
        let reasons = [
            RejectReason::ForeignAgency,
            RejectReason::OwnedByAnotherAgency,
            RejectReason::Invalid(crate::RecordError::Json(String::new())),
            RejectReason::UnknownInnovation,
            RejectReason::RevisionMismatch,
        ];
        for reason in &reasons {
            assert_ne!(
                reject_reason_message(Lang::Id, reason),
                reject_reason_message(Lang::En, reason)
            );
            let action = RecordAction::Rejected(reason.clone());
            assert_ne!(
                record_action_label(Lang::Id, &action),
                record_action_label(Lang::En, &action)
            );
        }
        for action in [
            RecordAction::New,
            RecordAction::Update,
            RecordAction::Unchanged,
            RecordAction::Older,
            RecordAction::Conflict,
        ] {
            assert_ne!(
                record_action_label(Lang::Id, &action),
                record_action_label(Lang::En, &action)
            );
        }
        for action in [
            VerdictAction::New,
            VerdictAction::Update,
            VerdictAction::Unchanged,
            VerdictAction::Older,
            VerdictAction::Rejected(RejectReason::UnknownInnovation),
        ] {
            assert_ne!(
                verdict_action_label(Lang::Id, &action),
                verdict_action_label(Lang::En, &action)
            );
        }
        let key = crate::bundle::SigningKey::from_seed(&[1; 32]).public_key();
        let previous = crate::bundle::SigningKey::from_seed(&[2; 32]).public_key();
        for status in
            [SignerStatus::FirstUse, SignerStatus::Known, SignerStatus::Changed { previous }]
        {
            let id = signer_status_message(Lang::Id, &status, &key);
            assert!(id.contains(&key.fingerprint()));
            assert_ne!(id, signer_status_message(Lang::En, &status, &key));
        }
        for code in crate::BackupErrorCode::ALL {
            let error = sample_backup_error(code);
            assert_eq!(error.code(), code);
            assert!(!code.as_str().is_empty());
            let id = backup_error_message(Lang::Id, &error);
            let en = backup_error_message(Lang::En, &error);
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en, "{code:?} must differ between languages");
            let writing = matches!(
                code,
                crate::BackupErrorCode::EmptyPassphrase
                    | crate::BackupErrorCode::Encrypt
                    | crate::BackupErrorCode::FileMismatch
                    | crate::BackupErrorCode::WriterState
                    | crate::BackupErrorCode::Io
            );
            assert_eq!(id.ends_with("Tidak ada yang diubah."), !writing, "{id}");
            assert_eq!(en.ends_with("Nothing was changed."), !writing, "{en}");
        }
        let wrong = backup_error_message(Lang::Id, &BackupError::WrongPassphrase);
        assert!(wrong.starts_with("Kata sandi salah"), "{wrong}");
        let future = backup_error_message(
            Lang::Id,
            &sample_backup_error(crate::BackupErrorCode::FutureVersion),
        );
        assert!(future.contains("perbarui aplikasi"), "{future}");
    }

    #[test]
    fn points_use_the_decimal_comma_in_indonesian() {
        assert_eq!(format_points(Lang::Id, crate::Points(7_500)), "0,75");
        assert_eq!(format_points(Lang::En, crate::Points(7_500)), "0.75");
        assert_eq!(format_points(Lang::Id, crate::Points(1_110_000)), "111");
    }

    #[test]
    fn long_dates_spell_the_month() {
        let date = NaiveDate::from_ymd_opt(2025, 10, 30).expect("test data");
        assert_eq!(format_date_long(Lang::Id, date), "30 Oktober 2025");
        assert_eq!(format_date_long(Lang::En, date), "30 October 2025");
        let at = DateTime::parse_from_rfc3339("2025-08-17T01:05:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(format_timestamp_long(Lang::Id, at, 420), "17 Agustus 2025 08.05");
        assert_eq!(format_timestamp_long(Lang::En, at, 0), "17 August 2025 01:05");
    }

    #[test]
    fn numbers_use_the_language_separators() {
        for (value, id, en) in [
            (6_501, "65,01", "65.01"),
            (0, "0,00", "0.00"),
            (7, "0,07", "0.07"),
            (11_100, "111,00", "111.00"),
            (123_456, "1.234,56", "1,234.56"),
            (123_456_789, "1.234.567,89", "1,234,567.89"),
            (-6_501, "-65,01", "-65.01"),
        ] {
            assert_eq!(format_number(Lang::Id, Hundredths(value)), id);
            assert_eq!(format_number(Lang::En, Hundredths(value)), en);
        }
    }

    #[test]
    fn sizes_are_human_and_never_overstated() {
        for (bytes, id, en) in [
            (0, "0 B", "0 B"),
            (1023, "1023 B", "1023 B"),
            (1024, "1,0 KB", "1.0 KB"),
            (12_595, "12,2 KB", "12.2 KB"),
            (1_572_864, "1,5 MB", "1.5 MB"),
            (2_147_483_647, "1,9 GB", "1.9 GB"),
            (u64::MAX, "16777215,9 TB", "16777215.9 TB"),
        ] {
            assert_eq!(format_size(Lang::Id, bytes), id, "{bytes}");
            assert_eq!(format_size(Lang::En, bytes), en, "{bytes}");
        }
    }

    #[test]
    fn lang_codes_round_trip_and_unknown_falls_back_to_indonesian() {
        assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
        assert_eq!(Lang::from_code("id"), Lang::Id);
        assert_eq!(Lang::from_code("fr"), Lang::Id);
    }
}

//! Texts of the Laboratorium Inovasi track and board.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    LabinovHeading,
    LabinovIntro,
    LabinovCurrentStage,
    LabinovNotInLab,
    LabinovStarted,
    LabinovFinished,
    LabinovCurrentMark,
    LabinovMustSign,
    LabinovSigned,
    LabinovUnsigned,
    LabinovBoardIntro,
    LabinovStageEmpty,
    LabinovSince,
    LabinovOpen,
    LabinovUnsignedHeading,
    LabinovAllSigned,
    LabinovConfigHeading,
    LabinovConfigIntro,
    LabinovConfigSave,
    LabinovConfigSaved,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::LabinovHeading,
        Key::LabinovIntro,
        Key::LabinovCurrentStage,
        Key::LabinovNotInLab,
        Key::LabinovStarted,
        Key::LabinovFinished,
        Key::LabinovCurrentMark,
        Key::LabinovMustSign,
        Key::LabinovSigned,
        Key::LabinovUnsigned,
        Key::LabinovBoardIntro,
        Key::LabinovStageEmpty,
        Key::LabinovSince,
        Key::LabinovOpen,
        Key::LabinovUnsignedHeading,
        Key::LabinovAllSigned,
        Key::LabinovConfigHeading,
        Key::LabinovConfigIntro,
        Key::LabinovConfigSave,
        Key::LabinovConfigSaved,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::LabinovHeading => {
                ("Laboratorium Inovasi (LAN)", "Innovation Lab (LAN's Laboratorium Inovasi)")
            }
            Key::LabinovIntro => (
                "Tahapan Laboratorium Inovasi LAN: drum-up, diagnose, design, deliver, display, lalu dokumentasi. Catat tahap saat ini dan tanggalnya, lalu lampirkan berkas tiap tahap. Dokumen komitmen yang diwajibkan sekretariat ditandai “wajib ditandatangani”. Semuanya ikut terkirim bersama inovasi ini.",
                "LAN's Innovation Lab stages: drum-up, diagnose, design, deliver, display, then documentation. Record the current stage and its dates, and attach the files of each stage. Commitment documents the secretariat requires are marked “must be signed”. Everything travels with this innovation.",
            ),
            Key::LabinovCurrentStage => ("Tahap Labinov saat ini", "Current Labinov stage"),
            Key::LabinovNotInLab => ("Belum ikut Labinov", "Not in the lab"),
            Key::LabinovStarted => ("Tanggal mulai", "Start date"),
            Key::LabinovFinished => ("Tanggal selesai", "End date"),
            Key::LabinovCurrentMark => ("tahap saat ini", "current stage"),
            Key::LabinovMustSign => ("wajib ditandatangani", "must be signed"),
            Key::LabinovSigned => ("sudah ditandatangani", "signed"),
            Key::LabinovUnsigned => ("belum ditandatangani", "not signed yet"),
            Key::LabinovBoardIntro => (
                "Inovasi per tahap Laboratorium Inovasi, dari bundel yang diimpor dan data sekretariat sendiri.",
                "Innovations by Innovation Lab stage, from imported bundles and the secretariat's own data.",
            ),
            Key::LabinovStageEmpty => {
                ("Belum ada inovasi pada tahap ini.", "No innovation at this stage yet.")
            }
            Key::LabinovSince => ("sejak", "since"),
            Key::LabinovOpen => ("Buka", "Open"),
            Key::LabinovUnsignedHeading => (
                "Instansi yang belum menandatangani komitmen",
                "Units that have not signed their commitment",
            ),
            Key::LabinovAllSigned => (
                "Semua instansi di Labinov sudah menandatangani dokumen komitmen yang diwajibkan.",
                "Every unit in the lab has signed the commitment documents required.",
            ),
            Key::LabinovConfigHeading => {
                ("Dokumen komitmen per tahap", "Commitment documents per stage")
            }
            Key::LabinovConfigIntro => (
                "Tulis nama dokumen komitmen yang wajib ditandatangani pada tahap itu; kosongkan bila tidak ada. Pilihan ini ikut dalam bundel konfigurasi untuk instansi (buat ulang bundelnya setelah mengubah).",
                "Name the commitment document that must be signed at that stage; leave it empty for none. The choice goes into the config bundle for the agencies (build the bundle again after a change).",
            ),
            Key::LabinovConfigSave => ("Simpan dokumen komitmen", "Save the commitment documents"),
            Key::LabinovConfigSaved => {
                ("Dokumen komitmen disimpan.", "Commitment documents saved.")
            }
        }
    }
}

/// "Innovation Lab board {year}"
pub fn labinov_board_title(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Papan Laboratorium Inovasi {year}"),
        Lang::En => format!("Innovation Lab board {year}"),
    }
}

/// "{document} for {name} ({stage})"
pub fn labinov_missing_item(
    lang: Lang,
    document: impl Display,
    name: impl Display,
    stage: impl Display,
) -> String {
    match lang {
        Lang::Id => format!("{document} untuk {name} (tahap {stage})"),
        Lang::En => format!("{document} for {name} ({stage})"),
    }
}

/// "{n} innovations of this year are not in the lab."
pub fn labinov_outside(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} inovasi tahun ini belum ikut Labinov."),
        Lang::En => format!(
            "{n} {w0} not in the lab.",
            w0 = plural(n.count(), "innovation of this year is", "innovations of this year are"),
        ),
    }
}

/// "Commitment document: {stage}"
pub fn labinov_config_doc(lang: Lang, stage: impl Display) -> String {
    match lang {
        Lang::Id => format!("Dokumen komitmen: {stage}"),
        Lang::En => format!("Commitment document: {stage}"),
    }
}

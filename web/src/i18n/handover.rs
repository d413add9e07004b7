//! Texts of the hand-over to the national IID app.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    HandoverTitle,
    HandoverIntro,
    PreflightTitle,
    PreflightReady,
    PreflightNotReady,
    EvidenceZipTitle,
    EvidenceZipButton,
    EvidenceZipFailed,
    HandoverFields,
    Copy,
    Copied,
    CopyFailed,
    AlreadyCopied,
    RegionHandoverTitle,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::HandoverTitle,
        Key::HandoverIntro,
        Key::PreflightTitle,
        Key::PreflightReady,
        Key::PreflightNotReady,
        Key::EvidenceZipTitle,
        Key::EvidenceZipButton,
        Key::EvidenceZipFailed,
        Key::HandoverFields,
        Key::Copy,
        Key::Copied,
        Key::CopyFailed,
        Key::AlreadyCopied,
        Key::RegionHandoverTitle,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::HandoverTitle => {
                ("Serahkan ke aplikasi nasional", "Hand over to the national app")
            }
            Key::HandoverIntro => (
                "Aplikasi nasional tidak bisa menerima berkas dari Inovda: salin setiap isian sesuai urutan formulir nasional, lalu unggah bukti dukung yang sudah diberi nama.",
                "The national app cannot take files from Inovda: copy each field in the national form's order, then upload the named evidence.",
            ),
            Key::PreflightTitle => ("Pra-periksa", "Pre-flight check"),
            Key::PreflightReady => (
                "Siap diserahkan: tidak ada yang akan ditolak aplikasi nasional.",
                "Ready: nothing the national app would reject.",
            ),
            Key::PreflightNotReady => (
                "Belum siap: ada yang akan ditolak aplikasi nasional.",
                "Not ready: the national app would reject something.",
            ),
            Key::EvidenceZipTitle => ("Bukti dukung", "Evidence"),
            Key::EvidenceZipButton => ("Unduh bukti dukung", "Download the evidence"),
            Key::EvidenceZipFailed => {
                ("Bukti dukung tidak bisa diunduh", "The evidence could not be downloaded")
            }
            Key::HandoverFields => ("Isian formulir nasional", "National form fields"),
            Key::Copy => ("Salin", "Copy"),
            Key::Copied => ("Disalin", "Copied"),
            Key::CopyFailed => (
                "Tidak bisa menyalin ke papan klip; pilih teksnya dan salin manual.",
                "Could not copy to the clipboard; select the text and copy it by hand.",
            ),
            Key::AlreadyCopied => ("sudah disalin", "copied"),
            Key::RegionHandoverTitle => ("Penyerahan ke aplikasi nasional", "National hand-over"),
        }
    }
}

/// "{n} files, named by indicator number and name"
pub fn evidence_zip_count(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} berkas, dinamai sesuai nomor dan nama indikator"),
        Lang::En => format!(
            "{n} {w0}, named by indicator number and name",
            w0 = plural(n.count(), "file", "files"),
        ),
    }
}

/// "{n} of {total} innovations ready"
pub fn region_ready(lang: Lang, n: impl Display, total: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} dari {total} inovasi siap diserahkan"),
        Lang::En => format!(
            "{n} of {total} {w0} ready",
            w0 = plural(total.count(), "innovation", "innovations"),
        ),
    }
}

/// "{n} would be rejected"
pub fn rejected_count(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("{n} akan ditolak"),
        Lang::En => format!("{n} would be rejected"),
    }
}

/// "{n} score low"
pub fn low_score_count(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} bernilai rendah"),
        Lang::En => format!("{n} {w0}", w0 = plural(n.count(), "scores low", "score low"),),
    }
}

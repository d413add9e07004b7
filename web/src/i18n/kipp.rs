//! Texts of the KIPP proposal.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    KippTitle,
    KippIntro,
    KippPrefill,
    KippPrefillNone,
    KippPrefillReplace,
    KippPrefillKeep,
    KippPrintLink,
    KippHandoverLink,
    KippHandoverIntro,
    KippReady,
    KippAttachments,
    KippEvidenceInProfile,
    KippAttachmentReady,
    KippAttachmentNotReady,
    KippBack,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::KippTitle,
        Key::KippIntro,
        Key::KippPrefill,
        Key::KippPrefillNone,
        Key::KippPrefillReplace,
        Key::KippPrefillKeep,
        Key::KippPrintLink,
        Key::KippHandoverLink,
        Key::KippHandoverIntro,
        Key::KippReady,
        Key::KippAttachments,
        Key::KippEvidenceInProfile,
        Key::KippAttachmentReady,
        Key::KippAttachmentNotReady,
        Key::KippBack,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::KippTitle => ("Proposal KIPP", "KIPP proposal"),
            Key::KippIntro => (
                "Proposal Kompetisi Inovasi Pelayanan Publik (KemenPAN-RB, lewat SINOVIK), Kelompok Umum. Setiap bagian punya batas kata; teks yang melebihi batas tetap tersimpan dan ditandai.",
                "Proposal for the Public Service Innovation Competition (KIPP, KemenPAN-RB, through SINOVIK), general group. Each section has a word limit; text over the limit is kept and flagged.",
            ),
            Key::KippPrefill => ("Isi dari profil", "Fill from the profile"),
            Key::KippPrefillNone => (
                "Tidak ada bagian kosong yang bisa diisi dari profil.",
                "No empty section can be filled from the profile.",
            ),
            Key::KippPrefillReplace => {
                ("Ganti dengan teks profil", "Replace with the profile's text")
            }
            Key::KippPrefillKeep => ("Biarkan teks saya", "Keep my text"),
            Key::KippPrintLink => ("Cetak proposal", "Print the proposal"),
            Key::KippHandoverLink => ("Serahkan ke SINOVIK", "Hand over to SINOVIK"),
            Key::KippHandoverIntro => (
                "SINOVIK tidak punya API: salin setiap bagian ke formulirnya dengan Salin. Centang \"sudah disalin\" diingat, dan gugur bila teksnya berubah sesudahnya.",
                "SINOVIK has no API: copy each section into its form with Copy. The \"copied\" ticks are remembered and lapse when the text changes afterwards.",
            ),
            Key::KippReady => (
                "Semua bagian terisi dalam batas kata dan semua lampiran siap.",
                "Every section is filled within its word limit and every attachment is ready.",
            ),
            Key::KippAttachments => ("Lampiran", "Attachments"),
            Key::KippEvidenceInProfile => {
                ("Bukti yang ada di profil:", "Evidence already in the profile:")
            }
            Key::KippAttachmentReady => ("siap", "ready"),
            Key::KippAttachmentNotReady => ("belum siap", "not ready"),
            Key::KippBack => ("← Kembali ke proposal KIPP", "← Back to the KIPP proposal"),
        }
    }
}

/// "{n} sections filled from the profile."
pub fn kipp_prefill_done(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} bagian diisi dari profil."),
        Lang::En => format!(
            "{n} {w0} filled from the profile.",
            w0 = plural(n.count(), "section", "sections"),
        ),
    }
}

/// "{n} sections already hold other text ({names}). Replace it with the profile's text?"
pub fn kipp_prefill_occupied(lang: Lang, n: impl Count, names: impl Display) -> String {
    match lang {
        Lang::Id => {
            format!("{n} bagian sudah berisi teks lain ({names}). Ganti dengan teks dari profil?")
        }
        Lang::En => format!(
            "{n} {w0} other text ({names}). Replace it with the profile's text?",
            w0 = plural(n.count(), "section already holds", "sections already hold"),
        ),
    }
}

/// "{n} things to fix"
pub fn kipp_problems(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} hal perlu dibereskan"),
        Lang::En => format!("{n} {w0} to fix", w0 = plural(n.count(), "thing", "things"),),
    }
}

/// "Tick the attachments that are ready. Each PDF at most {size}."
pub fn kipp_attachments_hint(lang: Lang, size: impl Display) -> String {
    match lang {
        Lang::Id => format!("Centang lampiran yang sudah siap. Setiap PDF paling besar {size}."),
        Lang::En => format!("Tick the attachments that are ready. Each PDF at most {size}."),
    }
}

//! Texts of the innovation list and the trash.

use std::fmt::Display;

use inovda_core::Lang;

use super::Texts;

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    ListTitle,
    NewInnovation,
    Export,
    LastSaved,
    TrashLink,
    SearchLabel,
    StageFilter,
    AllYears,
    AllStages,
    AllStatuses,
    NoMatch,
    Complete,
    Delete,
    Restored,
    TrashIntro,
    TrashEmpty,
    DeletedAt,
    Purge,
    PurgeConfirm,
    PurgeYes,
    Purged,
    ImportLink,
    RegionHandoverLink,
    DeadlinesFromSecretariat,
    JuryLink,
    MoreActions,
    FilterSummary,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::ListTitle,
        Key::NewInnovation,
        Key::Export,
        Key::LastSaved,
        Key::TrashLink,
        Key::SearchLabel,
        Key::StageFilter,
        Key::AllYears,
        Key::AllStages,
        Key::AllStatuses,
        Key::NoMatch,
        Key::Complete,
        Key::Delete,
        Key::Restored,
        Key::TrashIntro,
        Key::TrashEmpty,
        Key::DeletedAt,
        Key::Purge,
        Key::PurgeConfirm,
        Key::PurgeYes,
        Key::Purged,
        Key::ImportLink,
        Key::RegionHandoverLink,
        Key::DeadlinesFromSecretariat,
        Key::JuryLink,
        Key::MoreActions,
        Key::FilterSummary,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::ListTitle => ("Daftar Inovasi", "Innovations"),
            Key::NewInnovation => ("Inovasi baru", "New innovation"),
            Key::Export => ("Ekspor", "Export"),
            Key::LastSaved => ("Disimpan", "Saved"),
            Key::TrashLink => ("Sampah", "Trash"),
            Key::SearchLabel => ("Cari nama inovasi", "Search by name"),
            Key::StageFilter => ("Tahapan", "Stage"),
            Key::AllYears => ("Semua tahun", "All years"),
            Key::AllStages => ("Semua tahapan", "All stages"),
            Key::AllStatuses => ("Semua status", "All statuses"),
            Key::NoMatch => (
                "Tidak ada inovasi yang cocok dengan pencarian atau filter.",
                "No innovation matches the search or the filters.",
            ),
            Key::Complete => ("Lengkap", "Complete"),
            Key::Delete => ("Hapus", "Delete"),
            Key::Restored => ("dipulihkan.", "restored."),
            Key::TrashIntro => (
                "Inovasi yang dihapus disimpan di sini sampai dihapus permanen.",
                "Deleted innovations stay here until they are deleted permanently.",
            ),
            Key::TrashEmpty => ("Sampah kosong.", "The trash is empty."),
            Key::DeletedAt => ("Dihapus", "Deleted"),
            Key::Purge => ("Hapus permanen", "Delete permanently"),
            Key::PurgeConfirm => (
                "Hapus permanen? Inovasi ini tidak bisa dipulihkan lagi.",
                "Delete permanently? This innovation cannot be restored afterwards.",
            ),
            Key::PurgeYes => ("Ya, hapus permanen", "Yes, delete permanently"),
            Key::Purged => ("dihapus permanen.", "deleted permanently."),
            Key::ImportLink => ("Impor", "Import"),
            Key::RegionHandoverLink => ("Serahkan ke nasional", "National hand-over"),
            Key::DeadlinesFromSecretariat => {
                ("Batas waktu dari sekretariat", "Deadlines from the secretariat")
            }
            Key::JuryLink => ("Penilaian juri", "Jury scoring"),
            Key::MoreActions => ("Menu lainnya", "More actions"),
            Key::FilterSummary => ("Cari & saring", "Search & filter"),
        }
    }
}

/// "{n} missing"
pub fn missing_items(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("{n} hal belum lengkap"),
        Lang::En => format!("{n} missing"),
    }
}

/// "Review: {status}"
pub fn verdict_badge(lang: Lang, status: impl Display) -> String {
    match lang {
        Lang::Id => format!("Verifikasi: {status}"),
        Lang::En => format!("Review: {status}"),
    }
}

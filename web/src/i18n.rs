//! UI texts in Indonesian and English, and the remembered language choice.
//!
//! Every key maps to an `(id, en)` pair in one exhaustive match, so a text cannot be missing.
//! Texts of domain codes (validation findings, stages) come from `inovda_core::messages`.

use gloo_storage::{LocalStorage, Storage};
use inovda_core::Lang;

/// localStorage key of the language preference.
pub const LANG_STORAGE_KEY: &str = "inovda.lang";

/// Reads the remembered language; Indonesian when none or unreadable.
pub fn stored_lang() -> Lang {
    LocalStorage::get::<String>(LANG_STORAGE_KEY)
        .map(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Remembers the language; a failure (storage disabled) only loses the preference.
pub fn store_lang(lang: Lang) {
    let _ignored = LocalStorage::set(LANG_STORAGE_KEY, lang.code());
}

/// A UI text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Loading,
    SwitchLanguage,
    SwitchLanguageHint,
    StartTitle,
    StartIntro,
    AgencyLabel,
    AgencyHint,
    RegionLabel,
    RegionHint,
    StartButton,
    AgencyRequired,
    RegionRequired,
    ListTitle,
    NewInnovation,
    Export,
    Exporting,
    ExportEmpty,
    EmptyList,
    Untitled,
    NoStage,
    LastSaved,
    BackToList,
    ChooseStage,
    Saving,
    Saved,
    Unsaved,
    SaveFailed,
    NotFound,
    UpdateAvailable,
    UpdateReload,
    StorageFailed,
    ExportFailed,
    ExportDone,
    EditorTitle,
    Checklist,
    ChecklistReady,
    StatusLabel,
    OfflineReady,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    lang.pick(pair(key))
}

fn pair(key: Key) -> (&'static str, &'static str) {
    match key {
        Key::Loading => ("Memuat…", "Loading…"),
        Key::SwitchLanguage => ("English", "Bahasa Indonesia"),
        Key::SwitchLanguageHint => {
            ("Ganti bahasa ke English", "Switch the language to Bahasa Indonesia")
        }
        Key::StartTitle => ("Selamat datang di Inovda", "Welcome to Inovda"),
        Key::StartIntro => (
            "Isi nama instansi dan pemerintah daerah Anda. Semua data disimpan di perangkat ini dan tetap bisa dipakai tanpa internet.",
            "Enter your agency and region. Everything is kept on this device and keeps working without internet.",
        ),
        Key::AgencyLabel => ("Nama Instansi", "Agency (Nama Instansi)"),
        Key::AgencyHint => (
            "Contoh: Dinas Pendidikan, Kecamatan Mayangan, Puskesmas Kanigaran",
            "For example: Dinas Pendidikan, Kecamatan Mayangan, Puskesmas Kanigaran",
        ),
        Key::RegionLabel => ("Nama Pemda", "Region (Nama Pemda)"),
        Key::RegionHint => ("Contoh: Kota Probolinggo", "For example: Kota Probolinggo"),
        Key::StartButton => ("Mulai", "Start"),
        Key::AgencyRequired => ("Nama Instansi wajib diisi.", "Enter the agency name."),
        Key::RegionRequired => ("Nama Pemda wajib diisi.", "Enter the region name."),
        Key::ListTitle => ("Daftar Inovasi", "Innovations"),
        Key::NewInnovation => ("Inovasi baru", "New innovation"),
        Key::Export => ("Ekspor", "Export"),
        Key::Exporting => ("Menyiapkan berkas…", "Preparing the file…"),
        Key::ExportEmpty => {
            ("Belum ada inovasi untuk diekspor.", "There is no innovation to export yet.")
        }
        Key::EmptyList => (
            "Belum ada inovasi. Tekan «Inovasi baru» untuk mulai.",
            "No innovations yet. Press «New innovation» to begin.",
        ),
        Key::Untitled => ("(tanpa nama)", "(untitled)"),
        Key::NoStage => ("Tahapan belum dipilih", "Stage not chosen"),
        Key::LastSaved => ("Disimpan", "Saved"),
        Key::BackToList => ("← Daftar inovasi", "← Innovations"),
        Key::ChooseStage => ("— pilih tahapan —", "— choose a stage —"),
        Key::Saving => ("Menyimpan…", "Saving…"),
        Key::Saved => ("Tersimpan", "Saved"),
        Key::Unsaved => ("Belum tersimpan…", "Not saved yet…"),
        Key::SaveFailed => ("Gagal menyimpan", "Could not save"),
        Key::NotFound => ("Halaman atau inovasi tidak ditemukan.", "Page or innovation not found."),
        Key::UpdateAvailable => {
            ("Versi baru tersedia — muat ulang", "New version available — reload")
        }
        Key::UpdateReload => ("Muat ulang", "Reload"),
        Key::StorageFailed => (
            "Penyimpanan browser tidak bisa dibuka; data tidak akan tersimpan.",
            "The browser's storage cannot be opened; data will not be kept.",
        ),
        Key::ExportFailed => ("Ekspor gagal", "Export failed"),
        Key::ExportDone => ("Berkas diunduh:", "File downloaded:"),
        Key::EditorTitle => ("Profil Inovasi", "Innovation profile"),
        Key::Checklist => {
            ("hal lagi sebelum bisa diajukan", "more items before it can be submitted")
        }
        Key::ChecklistReady => ("Siap diajukan.", "Ready to submit."),
        Key::StatusLabel => ("Status", "Status"),
        Key::OfflineReady => ("Bisa dipakai tanpa internet", "Works without internet"),
    }
}

//! Texts shared by several areas: the shell, banners, buttons and words used on many pages.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Loading,
    SwitchLanguage,
    SwitchLanguageHint,
    AgencyLabel,
    RegionLabel,
    AgencyRequired,
    RegionRequired,
    EmptyList,
    Untitled,
    NoStage,
    BackToList,
    Saving,
    Saved,
    Unsaved,
    SaveFailed,
    NotFound,
    UpdateAvailable,
    UpdateReload,
    StorageFailed,
    ExportDone,
    StatusLabel,
    OfflineReady,
    Choose,
    NoFiles,
    FileMissing,
    Download,
    NoCatalog,
    Maturity,
    LevelNone,
    IndicatorsTitle,
    Revision,
    NotSaved,
    StorageFull,
    PrintButton,
    NotFilled,
    BackToEditor,
    Settings,
    YearFilter,
    MovedToTrash,
    Undo,
    Restore,
    Cancel,
    OfflineBanner,
    NotPersistentBanner,
    ShowMore,
    OfflineNotReadyBanner,
    OfflinePreparing,
    OfflineReadyNow,
    SettingsOfflineReady,
    SettingsOfflineNotReady,
    ShowLess,
    SecretariatNameLabel,
    SecretariatNameRequired,
    DemoBadge,
    ColMaturityVerified,
    NotInRegistry,
    ColIndicator,
    NoValue,
    EnteredBySecretariat,
    MaturityClaimed,
    MaturityVerifiedSaved,
    ClaimedLevel,
    NotAnswered,
    VerifiedLevel,
    VerifierNote,
    ReviewReasonLabel,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::Loading,
        Key::SwitchLanguage,
        Key::SwitchLanguageHint,
        Key::AgencyLabel,
        Key::RegionLabel,
        Key::AgencyRequired,
        Key::RegionRequired,
        Key::EmptyList,
        Key::Untitled,
        Key::NoStage,
        Key::BackToList,
        Key::Saving,
        Key::Saved,
        Key::Unsaved,
        Key::SaveFailed,
        Key::NotFound,
        Key::UpdateAvailable,
        Key::UpdateReload,
        Key::StorageFailed,
        Key::ExportDone,
        Key::StatusLabel,
        Key::OfflineReady,
        Key::Choose,
        Key::NoFiles,
        Key::FileMissing,
        Key::Download,
        Key::NoCatalog,
        Key::Maturity,
        Key::LevelNone,
        Key::IndicatorsTitle,
        Key::Revision,
        Key::NotSaved,
        Key::StorageFull,
        Key::PrintButton,
        Key::NotFilled,
        Key::BackToEditor,
        Key::Settings,
        Key::YearFilter,
        Key::MovedToTrash,
        Key::Undo,
        Key::Restore,
        Key::Cancel,
        Key::OfflineBanner,
        Key::NotPersistentBanner,
        Key::ShowMore,
        Key::OfflineNotReadyBanner,
        Key::OfflinePreparing,
        Key::OfflineReadyNow,
        Key::SettingsOfflineReady,
        Key::SettingsOfflineNotReady,
        Key::ShowLess,
        Key::SecretariatNameLabel,
        Key::SecretariatNameRequired,
        Key::DemoBadge,
        Key::ColMaturityVerified,
        Key::NotInRegistry,
        Key::ColIndicator,
        Key::NoValue,
        Key::EnteredBySecretariat,
        Key::MaturityClaimed,
        Key::MaturityVerifiedSaved,
        Key::ClaimedLevel,
        Key::NotAnswered,
        Key::VerifiedLevel,
        Key::VerifierNote,
        Key::ReviewReasonLabel,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::Loading => ("Memuat…", "Loading…"),
            Key::SwitchLanguage => ("English", "Bahasa Indonesia"),
            Key::SwitchLanguageHint => {
                ("Ganti bahasa ke English", "Switch the language to Bahasa Indonesia")
            }
            Key::AgencyLabel => ("Nama Instansi", "Agency (Nama Instansi)"),
            Key::RegionLabel => ("Nama Pemda", "Region (Nama Pemda)"),
            Key::AgencyRequired => ("Nama Instansi wajib diisi.", "Enter the agency name."),
            Key::RegionRequired => ("Nama Pemda wajib diisi.", "Enter the region name."),
            Key::EmptyList => (
                "Belum ada inovasi. Tekan «Inovasi baru» untuk mulai.",
                "No innovations yet. Press «New innovation» to begin.",
            ),
            Key::Untitled => ("(tanpa nama)", "(untitled)"),
            Key::NoStage => ("Tahapan belum dipilih", "Stage not chosen"),
            Key::BackToList => ("← Daftar inovasi", "← Innovations"),
            Key::Saving => ("Menyimpan…", "Saving…"),
            Key::Saved => ("Tersimpan", "Saved"),
            Key::Unsaved => ("Belum tersimpan…", "Not saved yet…"),
            Key::SaveFailed => ("Gagal menyimpan", "Could not save"),
            Key::NotFound => {
                ("Halaman atau inovasi tidak ditemukan.", "Page or innovation not found.")
            }
            Key::UpdateAvailable => {
                ("Versi baru tersedia — muat ulang", "New version available — reload")
            }
            Key::UpdateReload => ("Muat ulang", "Reload"),
            Key::StorageFailed => (
                "Penyimpanan browser tidak bisa dibuka; data tidak akan tersimpan.",
                "The browser's storage cannot be opened; data will not be kept.",
            ),
            Key::ExportDone => ("Berkas diunduh:", "File downloaded:"),
            Key::StatusLabel => ("Status", "Status"),
            Key::OfflineReady => ("Bisa dipakai tanpa internet", "Works without internet"),
            Key::Choose => ("— pilih —", "— choose —"),
            Key::NoFiles => ("Belum ada berkas.", "No file yet."),
            Key::FileMissing => {
                ("Berkas tidak ditemukan di perangkat ini.", "The file is not on this device.")
            }
            Key::Download => ("Unduh", "Download"),
            Key::NoCatalog => (
                "Katalog penilaian untuk tahun ini tidak tersedia.",
                "No assessment catalog for this year.",
            ),
            Key::Maturity => ("Kematangan", "Maturity (kematangan)"),
            Key::LevelNone => ("0. Belum ada / tidak sesuai", "0. None / not matching"),
            Key::IndicatorsTitle => {
                ("Indikator Satuan Inovasi Daerah (16–35)", "Innovation indicators (SID 16–35)")
            }
            Key::Revision => ("revisi", "revision"),
            Key::NotSaved => ("Tidak tersimpan", "Not saved"),
            Key::StorageFull => (
                "Gagal menyimpan: ruang penyimpanan penuh. Data sebelumnya tetap aman.",
                "Could not save: storage is full. Earlier data is safe.",
            ),
            Key::PrintButton => ("Cetak", "Print"),
            Key::NotFilled => ("—", "—"),
            Key::BackToEditor => ("← Kembali ke isian", "← Back to the form"),
            Key::Settings => ("Pengaturan", "Settings"),
            Key::YearFilter => ("Tahun", "Year"),
            Key::MovedToTrash => ("dipindahkan ke Sampah.", "moved to the trash."),
            Key::Undo => ("Urungkan", "Undo"),
            Key::Restore => ("Pulihkan", "Restore"),
            Key::Cancel => ("Batal", "Cancel"),
            Key::OfflineBanner => (
                "Anda sedang luring (tanpa internet). Semua perubahan tetap tersimpan di perangkat ini.",
                "You are offline. Every change is still saved on this device.",
            ),
            Key::ShowMore => ("Selengkapnya", "More"),
            Key::OfflineNotReadyBanner => (
                "Anda sedang luring, dan aplikasi belum tersimpan di perangkat ini: halaman lain belum bisa dibuka tanpa internet. Yang sudah Anda isi tetap tersimpan; sambungkan internet sebentar sampai tertulis «Siap dipakai tanpa internet».",
                "You are offline and the app is not stored on this device yet: other pages cannot open without internet. What you entered is still saved; connect for a moment until it says «Ready to use offline».",
            ),
            Key::OfflinePreparing => (
                "Belum siap dipakai tanpa internet: aplikasi sedang disimpan ke perangkat ini. Tetap tersambung sampai tertulis «Siap dipakai tanpa internet».",
                "Not ready to use offline yet: the app is being stored on this device. Stay connected until it says «Ready to use offline».",
            ),
            Key::OfflineReadyNow => (
                "Siap dipakai tanpa internet: aplikasi sudah tersimpan di perangkat ini.",
                "Ready to use offline: the app is stored on this device.",
            ),
            Key::SettingsOfflineReady => (
                "Siap dipakai tanpa internet: aplikasi tersimpan di perangkat ini.",
                "Ready to use offline: the app is stored on this device.",
            ),
            Key::SettingsOfflineNotReady => (
                "Belum siap dipakai tanpa internet: buka aplikasi sekali lagi dengan internet.",
                "Not ready to use offline yet: open the app once more with internet.",
            ),
            Key::ShowLess => ("Ringkas", "Less"),
            Key::NotPersistentBanner => (
                "Penyimpanan belum permanen: browser bisa menghapus data bila ruang perangkat penuh.",
                "Storage is not persistent: the browser may delete the data when the device runs out of space.",
            ),
            Key::SecretariatNameLabel => ("Nama Sekretariat", "Secretariat name"),
            Key::SecretariatNameRequired => {
                ("Nama Sekretariat wajib diisi.", "The secretariat name is required.")
            }
            Key::DemoBadge => ("Data contoh", "Demo data"),
            Key::ColMaturityVerified => ("Kematangan terverifikasi", "Maturity (verified)"),
            Key::NotInRegistry => ("tidak ada di daftar", "not on the list"),
            Key::ColIndicator => ("Indikator", "Indicator"),
            Key::NoValue => ("—", "—"),
            Key::EnteredBySecretariat => ("Diinput oleh sekretariat", "Entered by the secretariat"),
            Key::MaturityClaimed => ("Kematangan klaim", "Maturity (claimed)"),
            Key::MaturityVerifiedSaved => ("Kematangan terverifikasi", "Maturity (verified)"),
            Key::ClaimedLevel => ("Level klaim", "Claimed level"),
            Key::NotAnswered => ("belum dijawab", "not answered"),
            Key::VerifiedLevel => ("Level terverifikasi", "Verified level"),
            Key::VerifierNote => ("Catatan verifikasi", "Review note"),
            Key::ReviewReasonLabel => ("Alasan", "Reason"),
        }
    }
}

/// "Not exported for {n} days: the data exists only in this browser. Press «Export» on the list to keep a copy."
pub fn export_never_banner(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!(
            "Belum diekspor selama {n} hari: data hanya ada di browser ini. Tekan «Ekspor» di daftar inovasi untuk menyimpan salinan."
        ),
        Lang::En => format!(
            "Not exported for {n} {w0}: the data exists only in this browser. Press «Export» on the list to keep a copy.",
            w0 = plural(n.count(), "day", "days"),
        ),
    }
}

/// "Not exported for {n} days, and data changed since the last export. Press «Export» on the list to keep a copy."
pub fn export_overdue_banner(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!(
            "Belum diekspor selama {n} hari dan ada perubahan sejak ekspor terakhir. Tekan «Ekspor» di daftar inovasi untuk menyimpan salinan."
        ),
        Lang::En => format!(
            "Not exported for {n} {w0}, and data changed since the last export. Press «Export» on the list to keep a copy.",
            w0 = plural(n.count(), "day", "days"),
        ),
    }
}

/// "{n} import conflicts to resolve — open Import"
pub fn conflict_banner(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} konflik impor perlu diputuskan — buka Impor"),
        Lang::En => format!(
            "{n} import {w0} to resolve — open Import",
            w0 = plural(n.count(), "conflict", "conflicts"),
        ),
    }
}

/// "{n} of {total} fields copied"
pub fn copy_progress(lang: Lang, n: impl Display, total: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} dari {total} isian sudah disalin"),
        Lang::En => {
            format!("{n} of {total} {w0} copied", w0 = plural(total.count(), "field", "fields"),)
        }
    }
}

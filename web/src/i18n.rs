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
    Words,
    Choose,
    ChooseAffairs,
    NoFiles,
    FileMissing,
    Download,
    Detach,
    PhotoDownscaled,
    FileAttached,
    NoSpace,
    Needed,
    Available,
    NothingLost,
    FileUnreadable,
    Processing,
    AddFile,
    KeepOriginal,
    ReuseFile,
    AttachThis,
    NoCatalog,
    Maturity,
    MandatoryMissing,
    Points,
    Mandatory,
    Weight,
    LevelChoice,
    LevelNone,
    EvidenceHint,
    VideoLink,
    EvidenceLink,
    Note,
    IndicatorsTitle,
    Submitted,
    Reopened,
    Submit,
    SubmitBlocked,
    Revision,
    ReadOnlyNotice,
    Reopen,
    DevelopmentHint,
    NotSaved,
    StorageFull,
    ConflictNotice,
    ReloadLatest,
    PrintView,
    PrintButton,
    PrintTitle,
    Indicator,
    Level,
    Files,
    NotFilled,
    BackToEditor,
    Year,
    // Home/list, Pengaturan, Sampah and status banners (issue 4, list part).
    Settings,
    TrashLink,
    SearchLabel,
    YearFilter,
    StageFilter,
    AllYears,
    AllStages,
    AllStatuses,
    NoMatch,
    MissingItems,
    Complete,
    Delete,
    MovedToTrash,
    Undo,
    Restored,
    TrashIntro,
    TrashEmpty,
    DeletedAt,
    Restore,
    Purge,
    PurgeConfirm,
    PurgeYes,
    Cancel,
    Purged,
    OfflineBanner,
    NotPersistentBanner,
    ExportNeverBanner,
    ExportOverdueBanner,
    LanguageHeading,
    LanguageLabel,
    ProfileHeading,
    SaveProfile,
    ProfileSaved,
    ProfileNote,
    StorageHeading,
    StorageUsage,
    StorageUnknown,
    PersistedYes,
    PersistedNo,
    PersistButton,
    PersistGranted,
    PersistDenied,
    KeyHeading,
    KeyIntro,
    TakePhoto,
    ExportMissingFile,
    // Bundle export and import (issue 5).
    ExportTitle,
    ExportIntro,
    ExportChoose,
    SelectAll,
    SelectNone,
    ExportSelected,
    ExportSize,
    ExportNoneSelected,
    ExportBuild,
    ExportProgress,
    DownloadAgain,
    Share,
    Shared,
    ShareFailed,
    OtherSenders,
    ImportLink,
    ImportTitle,
    ImportIntro,
    ImportFiles,
    ImportDrop,
    ImportChecking,
    ImportRejected,
    ImportFrom,
    ImportCreated,
    KindSubmission,
    KindFeedback,
    KindConfig,
    ConfigNotApplied,
    ImportCounts,
    CountNew,
    CountUpdated,
    CountUnchanged,
    CountOlder,
    CountConflicts,
    CountRejected,
    AlreadyImported,
    VerdictFor,
    MissingEvidence,
    ConfirmKey,
    KeyConfirmed,
    ImportButton,
    ImportNothing,
    ImportDone,
    ImportFailed,
    ConflictsTitle,
    ConflictsIntro,
    NoConflicts,
    StoredVersion,
    IncomingVersion,
    UseIncoming,
    KeepStored,
    ConflictResolved,
    ImportHistory,
    ConflictBanner,
    NoImports,
    // Secretariat workspace (issue 6).
    RoleLegend,
    RoleAgency,
    RoleSecretariat,
    SecretariatNameLabel,
    SecretariatNameHint,
    SecretariatNameRequired,
    AssessmentYearLabel,
    AssessmentYearHint,
    RoleChangeWarning,
    SecretariatNav,
    RegistryLink,
    RegistryTitle,
    RegistryCounts,
    RegistryYearCounts,
    RegistrySearch,
    NoAgencies,
    NoAgencyMatch,
    AddAgencyHeading,
    EditAgencyHeading,
    UnitNameLabel,
    UnitKindLabel,
    UnitParentLabel,
    NoParent,
    AddAgencyButton,
    SaveAgencyButton,
    CancelButton,
    EditButton,
    DeactivateButton,
    ActivateButton,
    ActiveYes,
    ActiveNo,
    DemoBadge,
    AgencyAdded,
    AgencySaved,
    AgencyDeactivated,
    AgencyActivated,
    InnovationCount,
    CsvHeading,
    CsvFileLabel,
    CsvHint,
    CsvPreviewTitle,
    CsvRows,
    CsvAdded,
    CsvUpdated,
    CsvSkipped,
    CsvBadRows,
    CsvApply,
    CsvApplied,
    CsvNothing,
    CsvUnreadable,
    DemoHeading,
    DemoIntro,
    DemoLoadButton,
    DemoRemoveButton,
    DemoLoaded,
    DemoRemoved,
    DemoAlready,
    DemoNameTaken,
    DemoRegion,
    NoCatalogForYear,
    AllUnitsHeading,
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
        Key::Words => ("kata", "words"),
        Key::Choose => ("— pilih —", "— choose —"),
        Key::ChooseAffairs => ("Pilih urusan beririsan", "Choose overlapping affairs"),
        Key::NoFiles => ("Belum ada berkas.", "No file yet."),
        Key::FileMissing => {
            ("Berkas tidak ditemukan di perangkat ini.", "The file is not on this device.")
        }
        Key::Download => ("Unduh", "Download"),
        Key::Detach => ("Lepas", "Remove"),
        Key::PhotoDownscaled => {
            ("Foto diperkecil dan dilampirkan:", "Photo downscaled and attached:")
        }
        Key::FileAttached => ("Berkas dilampirkan:", "File attached:"),
        Key::NoSpace => ("ruang penyimpanan tidak cukup", "not enough storage space"),
        Key::Needed => ("perlu", "needed"),
        Key::Available => ("tersedia", "available"),
        Key::NothingLost => (
            "Berkas tidak dilampirkan; data yang sudah tersimpan tetap aman. Kosongkan ruang di perangkat lalu coba lagi.",
            "The file was not attached; everything saved is safe. Free some space on the device and try again.",
        ),
        Key::FileUnreadable => ("Berkas tidak bisa dibaca:", "The file cannot be read:"),
        Key::Processing => ("Memproses berkas…", "Processing the file…"),
        Key::AddFile => ("Tambah berkas", "Add a file"),
        Key::KeepOriginal => (
            "Simpan foto ukuran asli (tidak diperkecil)",
            "Keep photos at full size (no downscaling)",
        ),
        Key::ReuseFile => ("Pakai berkas yang sudah ada", "Use a file already attached"),
        Key::AttachThis => ("Lampirkan", "Attach"),
        Key::NoCatalog => (
            "Katalog penilaian untuk tahun ini tidak tersedia.",
            "No assessment catalog for this year.",
        ),
        Key::Maturity => ("Kematangan", "Maturity (kematangan)"),
        Key::MandatoryMissing => {
            ("Indikator wajib belum lengkap:", "Mandatory indicators still missing:")
        }
        Key::Points => ("Nilai", "Points"),
        Key::Mandatory => ("Wajib", "Mandatory"),
        Key::Weight => ("Bobot", "Weight"),
        Key::LevelChoice => ("Pilih tingkat (parameter)", "Choose the level (parameter)"),
        Key::LevelNone => ("0. Belum ada / tidak sesuai", "0. None / not matching"),
        Key::EvidenceHint => ("Bukti dukung", "Evidence"),
        Key::VideoLink => {
            ("Tautan video (YouTube / Google Drive)", "Video link (YouTube / Google Drive)")
        }
        Key::EvidenceLink => ("Tautan bukti (jika ada)", "Evidence link (if any)"),
        Key::Note => ("Catatan", "Note"),
        Key::IndicatorsTitle => {
            ("Indikator Satuan Inovasi Daerah (16–35)", "Innovation indicators (SID 16–35)")
        }
        Key::Submitted => (
            "Inovasi diajukan. Isian kini hanya bisa dibaca.",
            "Innovation submitted. It is now read-only.",
        ),
        Key::Reopened => ("Dibuka kembali sebagai revisi baru.", "Reopened as a new revision."),
        Key::Submit => ("Ajukan", "Submit (Ajukan)"),
        Key::SubmitBlocked => (
            "Lengkapi daftar di bawah sebelum mengajukan.",
            "Complete the list below before submitting.",
        ),
        Key::Revision => ("revisi", "revision"),
        Key::ReadOnlyNotice => (
            "Isian hanya bisa dibaca; tekan «Buka kembali» untuk mengubah.",
            "Read-only; press «Reopen» to change it.",
        ),
        Key::Reopen => ("Buka kembali", "Reopen (Buka kembali)"),
        Key::DevelopmentHint => (
            "Isi jika inovasi dikembangkan (penambahan substansi atau cakupan); kosongkan jika tidak.",
            "Fill in if the innovation was developed further (new substance or coverage); leave empty otherwise.",
        ),
        Key::NotSaved => ("Tidak tersimpan", "Not saved"),
        Key::StorageFull => (
            "Gagal menyimpan: ruang penyimpanan penuh. Data sebelumnya tetap aman.",
            "Could not save: storage is full. Earlier data is safe.",
        ),
        Key::ConflictNotice => (
            "Inovasi ini baru saja disimpan dari tab atau jendela lain. Perubahan di sini tidak disimpan agar tidak menimpa versi yang lebih baru.",
            "This innovation was just saved from another tab or window. Changes here are not saved, so the newer version is not overwritten.",
        ),
        Key::ReloadLatest => ("Muat versi terbaru", "Load the latest version"),
        Key::PrintView => ("Cetak / PDF", "Print / PDF"),
        Key::PrintButton => ("Cetak", "Print"),
        Key::PrintTitle => ("Profil Inovasi Daerah", "Regional innovation profile"),
        Key::Indicator => ("Indikator", "Indicator"),
        Key::Level => ("Tingkat", "Level"),
        Key::Files => ("Berkas", "Files"),
        Key::NotFilled => ("—", "—"),
        Key::BackToEditor => ("← Kembali ke isian", "← Back to the form"),
        Key::Year => ("Tahun", "Year"),
        // Home/list, Pengaturan, Sampah and status banners (issue 4, list part).
        Key::Settings => ("Pengaturan", "Settings"),
        Key::TrashLink => ("Sampah", "Trash"),
        Key::SearchLabel => ("Cari nama inovasi", "Search by name"),
        Key::YearFilter => ("Tahun", "Year"),
        Key::StageFilter => ("Tahapan", "Stage"),
        Key::AllYears => ("Semua tahun", "All years"),
        Key::AllStages => ("Semua tahapan", "All stages"),
        Key::AllStatuses => ("Semua status", "All statuses"),
        Key::NoMatch => (
            "Tidak ada inovasi yang cocok dengan pencarian atau filter.",
            "No innovation matches the search or the filters.",
        ),
        Key::MissingItems => ("{n} hal belum lengkap", "{n} missing"),
        Key::Complete => ("Lengkap", "Complete"),
        Key::Delete => ("Hapus", "Delete"),
        Key::MovedToTrash => ("dipindahkan ke Sampah.", "moved to the trash."),
        Key::Undo => ("Urungkan", "Undo"),
        Key::Restored => ("dipulihkan.", "restored."),
        Key::TrashIntro => (
            "Inovasi yang dihapus disimpan di sini sampai dihapus permanen.",
            "Deleted innovations stay here until they are deleted permanently.",
        ),
        Key::TrashEmpty => ("Sampah kosong.", "The trash is empty."),
        Key::DeletedAt => ("Dihapus", "Deleted"),
        Key::Restore => ("Pulihkan", "Restore"),
        Key::Purge => ("Hapus permanen", "Delete permanently"),
        Key::PurgeConfirm => (
            "Hapus permanen? Inovasi ini tidak bisa dipulihkan lagi.",
            "Delete permanently? This innovation cannot be restored afterwards.",
        ),
        Key::PurgeYes => ("Ya, hapus permanen", "Yes, delete permanently"),
        Key::Cancel => ("Batal", "Cancel"),
        Key::Purged => ("dihapus permanen.", "deleted permanently."),
        Key::OfflineBanner => (
            "Anda sedang luring (tanpa internet). Semua perubahan tetap tersimpan di perangkat ini.",
            "You are offline. Every change is still saved on this device.",
        ),
        Key::NotPersistentBanner => (
            "Penyimpanan belum permanen: browser bisa menghapus data bila ruang perangkat penuh.",
            "Storage is not persistent: the browser may delete the data when the device runs out of space.",
        ),
        Key::ExportNeverBanner => (
            "Belum diekspor selama {n} hari: data hanya ada di browser ini. Tekan «Ekspor» di daftar inovasi untuk menyimpan salinan.",
            "Not exported for {n} days: the data exists only in this browser. Press «Export» on the list to keep a copy.",
        ),
        Key::ExportOverdueBanner => (
            "Belum diekspor selama {n} hari dan ada perubahan sejak ekspor terakhir. Tekan «Ekspor» di daftar inovasi untuk menyimpan salinan.",
            "Not exported for {n} days, and data changed since the last export. Press «Export» on the list to keep a copy.",
        ),
        Key::LanguageHeading => ("Bahasa", "Language"),
        Key::LanguageLabel => ("Bahasa tampilan", "Display language"),
        Key::ProfileHeading => ("Profil instansi", "Agency profile"),
        Key::SaveProfile => ("Simpan profil", "Save profile"),
        Key::ProfileSaved => ("Profil tersimpan.", "Profile saved."),
        Key::ProfileNote => (
            "Nama baru dipakai untuk inovasi baru dan ekspor berikutnya.",
            "The new names are used for new innovations and the next exports.",
        ),
        Key::StorageHeading => ("Penyimpanan", "Storage"),
        Key::StorageUsage => {
            ("Terpakai {used} dari {quota} ({n}%)", "{used} used of {quota} ({n}%)")
        }
        Key::StorageUnknown => (
            "Browser ini tidak melaporkan penggunaan penyimpanan.",
            "This browser does not report its storage use.",
        ),
        Key::PersistedYes => (
            "Penyimpanan permanen: ya. Browser tidak akan menghapus data ini sendiri.",
            "Persistent storage: yes. The browser will not delete this data by itself.",
        ),
        Key::PersistedNo => (
            "Penyimpanan permanen: belum. Browser bisa menghapus data bila ruang penuh.",
            "Persistent storage: no. The browser may delete the data when space runs out.",
        ),
        Key::PersistButton => ("Minta penyimpanan permanen", "Ask for persistent storage"),
        Key::PersistGranted => ("Penyimpanan sekarang permanen.", "Storage is now persistent."),
        Key::PersistDenied => (
            "Browser belum mengizinkan. Pasang aplikasi ke layar utama atau tandai situs ini, lalu coba lagi.",
            "The browser did not allow it. Install the app to the home screen or bookmark this site, then try again.",
        ),
        Key::KeyHeading => ("Sidik kunci perangkat", "Device key fingerprint"),
        Key::KeyIntro => (
            "Setiap berkas ekspor ditandatangani dengan kunci perangkat ini. Bacakan sidik kunci berikut kepada sekretariat agar mereka bisa memastikan berkas benar dari Anda.",
            "Every exported file is signed with this device's key. Read this fingerprint to the secretariat so they can be sure a file really comes from you.",
        ),
        Key::TakePhoto => ("Ambil foto dengan kamera", "Take a photo with the camera"),
        Key::ExportMissingFile => (
            "Ekspor gagal: ada berkas bukti dukung yang tidak tersimpan di perangkat ini. Lampirkan ulang berkas yang hilang, lalu ekspor lagi.",
            "Export failed: an evidence file is not stored on this device. Attach the missing file again, then export again.",
        ),
        Key::ExportTitle => ("Ekspor bundel", "Export a bundle"),
        Key::ExportIntro => (
            "Pilih inovasi yang dikirim ke sekretariat. Bawaan: semua inovasi berstatus Diajukan tahun ini, dengan bukti dukungnya. Berkasnya ditandatangani kunci perangkat ini.",
            "Choose the innovations to send to the secretariat. By default: every innovation submitted (Diajukan) this year, with its evidence. The file is signed with this device's key.",
        ),
        Key::ExportChoose => ("Inovasi yang diekspor", "Innovations to export"),
        Key::SelectAll => ("Pilih semua", "Select all"),
        Key::SelectNone => ("Kosongkan pilihan", "Clear the selection"),
        Key::ExportSelected => ("Dipilih: {n} inovasi", "Selected: {n} innovations"),
        Key::ExportSize => ("Ukuran berkas", "File size"),
        Key::ExportNoneSelected => (
            "Pilih minimal satu inovasi untuk diekspor.",
            "Choose at least one innovation to export.",
        ),
        Key::ExportBuild => ("Buat berkas ekspor", "Build the export file"),
        Key::ExportProgress => ("Kemajuan pembuatan berkas", "Progress of the file"),
        Key::DownloadAgain => ("Unduh lagi", "Download again"),
        Key::Share => ("Bagikan", "Share"),
        Key::Shared => ("Berkas dibagikan.", "The file was shared."),
        Key::ShareFailed => (
            "Berkas tidak bisa dibagikan; pakai berkas yang sudah diunduh.",
            "The file could not be shared; use the downloaded file.",
        ),
        Key::OtherSenders => (
            "Inovasi instansi lain di perangkat ini tidak ikut diekspor: {n}",
            "Innovations of other agencies on this device are not exported: {n}",
        ),
        Key::ImportLink => ("Impor", "Import"),
        Key::ImportTitle => ("Impor bundel", "Import bundles"),
        Key::ImportIntro => (
            "Pilih satu atau beberapa berkas bundel (.zip) dari instansi atau sekretariat. Setiap berkas diperiksa dulu (tanda tangan, isi, ukuran); tidak ada yang disimpan sebelum Anda menekan Impor.",
            "Choose one or more bundle files (.zip) from agencies or the secretariat. Each file is checked first (signature, content, size); nothing is saved until you press Import.",
        ),
        Key::ImportFiles => ("Berkas bundel (.zip)", "Bundle files (.zip)"),
        Key::ImportDrop => ("Atau seret berkas ke kotak ini.", "Or drop the files on this box."),
        Key::ImportChecking => ("Memeriksa berkas…", "Checking the files…"),
        Key::ImportRejected => ("Ditolak", "Rejected"),
        Key::ImportFrom => ("Dari", "From"),
        Key::ImportCreated => ("Dibuat", "Created"),
        Key::KindSubmission => ("Pengajuan inovasi", "Innovation submission"),
        Key::KindFeedback => ("Hasil verifikasi", "Verification feedback"),
        Key::KindConfig => ("Konfigurasi daerah", "Region configuration"),
        Key::ConfigNotApplied => (
            "Konfigurasi daerah diperiksa, tetapi belum diterapkan oleh versi aplikasi ini.",
            "The region configuration was checked, but this version of the app does not apply it yet.",
        ),
        Key::ImportCounts => ("Ringkasan", "Summary"),
        Key::CountNew => ("baru", "new"),
        Key::CountUpdated => ("diperbarui", "updated"),
        Key::CountUnchanged => ("tidak berubah", "unchanged"),
        Key::CountOlder => ("revisi lama", "older"),
        Key::CountConflicts => ("konflik", "conflicts"),
        Key::CountRejected => ("ditolak", "rejected"),
        Key::AlreadyImported => {
            ("Sudah pernah diimpor: tidak ada yang berubah.", "Already imported: nothing changes.")
        }
        Key::VerdictFor => ("Hasil verifikasi", "Verdict"),
        Key::MissingEvidence => (
            "Bukti dukung yang tidak ada di berkas maupun di perangkat ini: {n}",
            "Evidence neither in the file nor on this device: {n}",
        ),
        Key::ConfirmKey => (
            "Sidik kunci baru sudah saya cocokkan dengan pengirim",
            "I have checked the new fingerprint with the sender",
        ),
        Key::KeyConfirmed => {
            ("Kunci baru dipercaya untuk impor ini.", "The new key is trusted for this import.")
        }
        Key::ImportButton => ("Impor", "Import"),
        Key::ImportNothing => ("Tidak ada yang perlu disimpan.", "There is nothing to save."),
        Key::ImportDone => ("Impor selesai", "Import finished"),
        Key::ImportFailed => {
            ("Impor gagal; tidak ada yang disimpan.", "The import failed; nothing was saved.")
        }
        Key::ConflictsTitle => ("Konflik yang perlu diputuskan", "Conflicts to resolve"),
        Key::ConflictsIntro => (
            "Versi masuk ini berbeda dari yang tersimpan dan bukan revisi lanjutannya. Keduanya disimpan sampai Anda memilih.",
            "These incoming versions differ from the stored one and are not its next revision. Both are kept until you choose.",
        ),
        Key::NoConflicts => ("Tidak ada konflik.", "No conflicts."),
        Key::StoredVersion => ("Tersimpan", "Stored"),
        Key::IncomingVersion => ("Versi masuk", "Incoming"),
        Key::UseIncoming => ("Pakai versi masuk", "Use the incoming version"),
        Key::KeepStored => ("Pertahankan yang tersimpan", "Keep the stored version"),
        Key::ConflictResolved => ("Konflik diputuskan.", "Conflict resolved."),
        Key::ConflictBanner => (
            "{n} konflik impor perlu diputuskan — buka Impor",
            "{n} import conflicts to resolve — open Import",
        ),
        Key::ImportHistory => ("Riwayat impor", "Import history"),
        Key::NoImports => ("Belum ada bundel yang diimpor.", "No bundle imported yet."),
        // Secretariat workspace (issue 6).
        Key::RoleLegend => ("Peran perangkat ini", "This device's role"),
        Key::RoleAgency => ("Instansi", "Agency (Instansi)"),
        Key::RoleSecretariat => (
            "Sekretariat (Bappeda/BRIDA/Bagian Organisasi)",
            "Secretariat (Bappeda/BRIDA/Organisation Bureau)",
        ),
        Key::SecretariatNameLabel => ("Nama Sekretariat", "Secretariat name"),
        Key::SecretariatNameHint => (
            "Misalnya Bappeda atau BRIDA; nama ini menandatangani bundel yang dikirim ke instansi.",
            "For example Bappeda or BRIDA; this name signs the bundles sent to agencies.",
        ),
        Key::SecretariatNameRequired => {
            ("Nama Sekretariat wajib diisi.", "The secretariat name is required.")
        }
        Key::AssessmentYearLabel => ("Tahun penilaian", "Assessment year"),
        Key::AssessmentYearHint => (
            "Tahun katalog (pedoman) yang dipakai untuk menilai.",
            "The year of the catalog (guideline) used for the assessment.",
        ),
        Key::RoleChangeWarning => (
            "Perhatian: mengubah peran mengubah halaman yang tersedia di perangkat ini. Data yang tersimpan tidak dihapus.",
            "Warning: changing the role changes which pages this device offers. Nothing stored is deleted.",
        ),
        Key::SecretariatNav => ("Ruang kerja sekretariat", "Secretariat workspace"),
        Key::RegistryLink => ("Daftar instansi", "Agency list"),
        Key::RegistryTitle => ("Daftar Instansi", "Agency List"),
        Key::RegistryCounts => {
            ("{active} aktif dari {total} instansi", "{active} active of {total} units")
        }
        Key::RegistryYearCounts => {
            ("Jumlah inovasi tahun {year} per instansi.", "Innovations of {year} per unit.")
        }
        Key::RegistrySearch => ("Cari nama instansi", "Search unit name"),
        Key::NoAgencies => (
            "Belum ada instansi. Tambahkan satu per satu, impor CSV, atau muat data contoh.",
            "No units yet. Add them one by one, import a CSV file or load the demo data.",
        ),
        Key::NoAgencyMatch => ("Tidak ada instansi yang cocok.", "No unit matches."),
        Key::AddAgencyHeading => ("Tambah instansi", "Add a unit"),
        Key::EditAgencyHeading => ("Ubah instansi", "Edit unit"),
        Key::UnitNameLabel => ("Nama instansi", "Unit name"),
        Key::UnitKindLabel => ("Jenis instansi", "Unit kind"),
        Key::UnitParentLabel => ("Instansi induk (opsional)", "Parent unit (optional)"),
        Key::NoParent => ("— tidak ada —", "— none —"),
        Key::AddAgencyButton => ("Tambah instansi", "Add unit"),
        Key::SaveAgencyButton => ("Simpan perubahan", "Save changes"),
        Key::CancelButton => ("Batal", "Cancel"),
        Key::EditButton => ("Ubah", "Edit"),
        Key::DeactivateButton => ("Nonaktifkan", "Deactivate"),
        Key::ActivateButton => ("Aktifkan", "Activate"),
        Key::ActiveYes => ("Aktif", "Active"),
        Key::ActiveNo => ("Nonaktif", "Inactive"),
        Key::DemoBadge => ("Data contoh", "Demo data"),
        Key::AgencyAdded => ("Instansi ditambahkan.", "Unit added."),
        Key::AgencySaved => ("Perubahan instansi tersimpan.", "Unit changes saved."),
        Key::AgencyDeactivated => ("Instansi dinonaktifkan.", "Unit deactivated."),
        Key::AgencyActivated => ("Instansi diaktifkan kembali.", "Unit activated again."),
        Key::InnovationCount => ("{n} inovasi", "{n} innovations"),
        Key::CsvHeading => ("Impor daftar instansi dari CSV", "Import the agency list from CSV"),
        Key::CsvFileLabel => ("Berkas CSV daftar instansi", "Agency list CSV file"),
        Key::CsvHint => (
            "Kolom: nama dan jenis (wajib), induk, aktif, id. Dari Excel: Simpan Sebagai → CSV.",
            "Columns: nama and jenis (required), induk, aktif, id. From Excel: Save As → CSV.",
        ),
        Key::CsvPreviewTitle => ("Pratinjau impor", "Import preview"),
        Key::CsvRows => ("{n} baris dibaca", "{n} rows read"),
        Key::CsvAdded => ("{n} ditambahkan", "{n} added"),
        Key::CsvUpdated => ("{n} diperbarui", "{n} updated"),
        Key::CsvSkipped => ("{n} dilewati", "{n} skipped"),
        Key::CsvBadRows => ("Baris yang bermasalah (dilewati):", "Rows with problems (skipped):"),
        Key::CsvApply => ("Terapkan", "Apply"),
        Key::CsvApplied => (
            "Daftar instansi diperbarui dari CSV.",
            "The agency list was updated from the CSV file.",
        ),
        Key::CsvNothing => ("Tidak ada yang perlu diterapkan.", "There is nothing to apply."),
        Key::CsvUnreadable => ("Berkas tidak bisa dibaca.", "The file cannot be read."),
        Key::DemoHeading => ("Data contoh", "Demo data"),
        Key::DemoIntro => (
            "Daerah contoh fiktif (30 instansi, 24 inovasi) untuk mencoba ruang kerja sekretariat. Semuanya ditandai “Data contoh”; Hapus data contoh menghapus persis data itu saja.",
            "A fictional demo region (30 units, 24 innovations) to try the secretariat workspace. Everything is marked “Demo data”; Remove demo data removes exactly that and nothing else.",
        ),
        Key::DemoLoadButton => ("Muat data contoh", "Load demo data"),
        Key::DemoRemoveButton => ("Hapus data contoh", "Remove demo data"),
        Key::DemoLoaded => (
            "Data contoh dimuat: {a} instansi, {i} inovasi.",
            "Demo data loaded: {a} units, {i} innovations.",
        ),
        Key::DemoRemoved => (
            "Data contoh dihapus: {a} instansi, {i} inovasi.",
            "Demo data removed: {a} units, {i} innovations.",
        ),
        Key::DemoAlready => ("Data contoh sudah dimuat.", "The demo data is already loaded."),
        Key::DemoNameTaken => (
            "Data contoh tidak dimuat karena nama ini sudah dipakai instansi Anda:",
            "The demo data was not loaded because your units already use these names:",
        ),
        Key::DemoRegion => ("Daerah contoh:", "Demo region:"),
        Key::NoCatalogForYear => {
            ("Tidak ada katalog untuk tahun ini.", "There is no catalog for this year.")
        }
        Key::AllUnitsHeading => ("Semua instansi", "All units"),
    }
}

/// The text of `key` with its `{n}` placeholder replaced by a count.
pub fn t_count(lang: Lang, key: Key, n: u64) -> String {
    t(lang, key).replace("{n}", &n.to_string())
}

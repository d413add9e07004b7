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
    // National hand-over (issue 9).
    PastYearNotice,
    RolloverTitle,
    RolloverIntro,
    CatalogChanged,
    DevelopmentNote,
    DevelopmentDateLabel,
    RolloverButton,
    CarriedNotice,
    HandoverLink,
    HandoverTitle,
    HandoverIntro,
    PreflightTitle,
    PreflightReady,
    PreflightNotReady,
    EvidenceZipTitle,
    EvidenceZipCount,
    EvidenceZipButton,
    EvidenceZipFailed,
    HandoverFields,
    CopyProgress,
    Copy,
    Copied,
    CopyFailed,
    AlreadyCopied,
    RegionHandoverLink,
    RegionHandoverTitle,
    RegionReady,
    RejectedCount,
    LowScoreCount,
    NoImports,
    // Backups (Cadangkan / Pulihkan) in Pengaturan.
    BackupHeading,
    BackupIntro,
    BackupPassphrase,
    BackupPassphraseRepeat,
    BackupPassphraseNote,
    BackupMismatch,
    BackupButton,
    BackupWorking,
    BackupDone,
    BackupFailed,
    BackupNotJson,
    RestoreHeading,
    RestoreIntro,
    RestoreFile,
    RestorePassphrase,
    RestoreNoFile,
    RestoreOpening,
    RestoreConfirm,
    RestoreYes,
    RestoreCancelled,
    RestoreWorking,
    RestoreDone,
    RestoreFailed,
    RestoreNoSpace,
    StartRestoreHint,
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
    DashboardLink,
    DashboardTitle,
    CompliantShare,
    InnovationsTotal,
    WithoutHeading,
    AllHaveInnovation,
    KindChartTitle,
    LegendWith,
    LegendWithout,
    StageChartTitle,
    PerAgencyHeading,
    TableScrollHint,
    ColAgency,
    ColKind,
    ColInnovations,
    ColReported,
    ColCompliant,
    ColMaturityClaimed,
    ColMaturityVerified,
    ColLastBundle,
    YesLabel,
    NotYetLabel,
    NotInRegistry,
    YandasHeading,
    YandasCovered,
    YandasMissing,
    DigitalHeading,
    KindNotChosen,
    StageHeading,
    EvidenceHeading,
    ColIndicator,
    ColAnswered,
    ColWithEvidence,
    ColShare,
    NoValue,
    AllUnitsHeading,
    ConfigHeading,
    ConfigIntro,
    RegionKindLabel,
    RegionProvince,
    RegionRegency,
    RegionCity,
    RegionKindRequired,
    ConfigBuild,
    ConfigDownloaded,
    ConfigProblems,
    ConfigUnusable,
    ConfigFrom,
    PickLabel,
    PickButton,
    PickRequired,
    PickDone,
    // Fault-injection suite (issue 8): a browser database that closed the app's connection.
    StorageUnavailable,
    // Secretariat entry (issue 6): on-behalf innovations, innovation CSV import, deadlines.
    EnteredBySecretariat,
    EnteredOnBehalfOf,
    OnBehalfHeading,
    OnBehalfIntro,
    OnBehalfAgencyLabel,
    OnBehalfButton,
    OnBehalfRequired,
    OnBehalfNoUnits,
    InnovationCsvLink,
    InnovationCsvIntro,
    InnovationCsvTemplate,
    InnovationCsvTemplateHint,
    InnovationCsvFileLabel,
    InnovationCsvRows,
    InnovationCsvCreated,
    InnovationCsvBadRows,
    InnovationCsvRefused,
    InnovationCsvNothing,
    InnovationCsvApplied,
    InnovationCsvChanged,
    AgencyListBack,
    DeadlinesHeading,
    DeadlinesIntro,
    DeadlineLabelLabel,
    DeadlineDateLabel,
    DeadlineAdd,
    DeadlineSave,
    DeadlineSaved,
    DeadlineRemoved,
    DeadlineEdit,
    DeadlineRemove,
    NoDeadlines,
    DeadlinePassed,
    DeadlinesFromSecretariat,
    // Recap downloads on the dashboard (issue 6, recap exports).
    RecapHeading,
    RecapIntro,
    RecapCsvButton,
    RecapXlsxButton,
    RecapPreparing,
    RecapDownloaded,
    RecapFailed,
    RecapNoCatalog,
    RecapSpdYear,
    RecapWorkerFailed,
    // IID projection and printable recap (issue 6, projection part).
    DashboardMoreNav,
    ProjectionLink,
    RecapPrintLink,
    ProjectionTitle,
    ProjectionIntro,
    ProjectionHeading,
    ClaimedTitle,
    VerifiedTitle,
    ClaimedHint,
    VerifiedHint,
    FigSpd,
    FigReported,
    FigAverage,
    AverageFormula,
    EmptySeats,
    NoEmptySeats,
    FigCount,
    CountFormula,
    CountGated,
    FigSid,
    FigTotal,
    FigIid,
    FigPredicate,
    WhatIfLabel,
    WhatIfHeading,
    WhatIfCovering,
    SpdHeading,
    SpdIntro,
    SpdAnsweredCount,
    SpdScoreLine,
    SpdAllAnswered,
    SpdUnansweredSummary,
    SpdIssuesTitle,
    SpdUnreadable,
    SpdRowDetails,
    SpdRowPoints,
    SpdMandatory,
    SpdLevelLabel,
    SpdNotAnswered,
    SpdLevelZero,
    SpdNoteLabel,
    SpdSaving,
    SpdSaved,
    SpdSaveFailed,
    SpdRetry,
    BackToDashboard,
    RecapTitle,
    RecapPrintedOn,
    RecapHeadlineHeading,
    RecapProjectionHeading,
    RecapSpdProblems,
    ColFigure,
    // Verification round trip (issue 6): review, feedback bundle, the agency's view.
    VerifyLink,
    VerifyTitle,
    VerifyIntro,
    VerifyEmpty,
    FeedbackDownload,
    FeedbackDownloaded,
    FeedbackNoVerdicts,
    FeedbackFailed,
    FeedbackLastSent,
    BackToVerification,
    ReviewTitle,
    ReviewFullProfile,
    ReviewMaturityHeading,
    MaturityClaimed,
    MaturityVerifiedForm,
    MaturityVerifiedSaved,
    ClaimedLevel,
    NotAnswered,
    AgencyNote,
    ReviewNoEvidence,
    ReviewFileNotHere,
    VerifiedLevel,
    VerifierNote,
    ReviewDecisionHeading,
    ReviewStatusLabel,
    ReviewReasonLabel,
    ReviewReasonHint,
    ReviewSave,
    ReviewSaved,
    ReviewHasProblems,
    ChangesSinceHeading,
    ChangesUnknown,
    ChangesNone,
    FeedbackHeading,
    FeedbackOutdated,
    ToFixHeading,
    FixLine,
    VerdictBadge,
    // KIPP proposal (issue 7).
    KippLink,
    KippTitle,
    KippIntro,
    KippPrefill,
    KippPrefillNone,
    KippPrefillDone,
    KippPrefillOccupied,
    KippPrefillReplace,
    KippPrefillKeep,
    KippPrintLink,
    KippHandoverLink,
    KippHandoverIntro,
    KippReady,
    KippProblems,
    KippAttachments,
    KippAttachmentsHint,
    KippEvidenceInProfile,
    KippAttachmentReady,
    KippAttachmentNotReady,
    KippBack,
    // Labinov tracker (issue 7).
    LabinovLink,
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
    LabinovLoadFailed,
    LabinovBoardLink,
    LabinovBoardTitle,
    LabinovBoardIntro,
    LabinovStageEmpty,
    LabinovSince,
    LabinovOpen,
    LabinovUnsignedHeading,
    LabinovAllSigned,
    LabinovMissingItem,
    LabinovOutside,
    LabinovConfigHeading,
    LabinovConfigIntro,
    LabinovConfigDoc,
    LabinovConfigSave,
    LabinovConfigSaved,
    // Local award (issue 7).
    AwardLink,
    JuryLink,
    KindAward,
    KindJury,
    AwardTitle,
    AwardIntro,
    AwardNameLabel,
    AwardNameRequired,
    AwardCreate,
    AwardRounds,
    AwardNone,
    AwardEntriesCount,
    AwardSheetsCount,
    AwardBack,
    AwardNotFound,
    AwardSettings,
    AwardYearLabel,
    AwardStageLabel,
    AwardCategoriesLegend,
    AwardWinnersLabel,
    AwardCriteriaLegend,
    AwardWeightLabel,
    AwardWeightSum,
    AwardMinMaturity,
    AwardJurorsLegend,
    AwardNoJurors,
    AwardJurorName,
    AwardJurorNameRequired,
    AwardAddJuror,
    AwardRemoveJuror,
    AwardEntriesHeading,
    AwardEntriesHint,
    AwardRefreshEntries,
    AwardEntriesRefreshed,
    AwardNoEntries,
    AwardCategoryLabel,
    AwardNoteLabel,
    AwardSave,
    AwardFixFirst,
    AwardJurorBundles,
    AwardJurorBundlesHint,
    AwardSaveFirst,
    AwardDownloadJuror,
    AwardBundleDownloaded,
    AwardSheetsHeading,
    AwardNoSheets,
    AwardSheetsReceived,
    AwardSheetsMissing,
    AwardImportSheets,
    AwardRankingHeading,
    AwardRankingIntro,
    AwardWinnersCount,
    AwardCategoryEmpty,
    AwardNotScored,
    AwardWinner,
    AwardColRank,
    AwardColInnovation,
    AwardColAgency,
    AwardColScore,
    AwardColJurors,
    AwardColNote,
    AwardPrintLink,
    AwardWinnersCsv,
    AwardBackToRound,
    AwardResultsHeading,
    AwardBundleUnusable,
    AwardBundleFrom,
    AwardKeepForScoring,
    AwardKept,
    AwardOpenScoring,
    AwardRoundMissing,
    AwardOpenRound,
    // Award settings (issue 7): categories, criteria and stages of a round added, renamed, removed.
    AwardCategoryNameLabel,
    AwardNewCategory,
    AwardAddCategory,
    AwardCriterionNameLabel,
    AwardNewCriterion,
    AwardAddCriterion,
    AwardStagesLegend,
    AwardStageNameLabel,
    AwardStageDateLabel,
    AwardNewStage,
    AwardAddStage,
    JuryBundleUnusable,
    JuryBundleFrom,
    JuryKeepSheet,
    JurySheetAdded,
    JurySheetReplaced,
    JurySheetUnchanged,
    JuryTitle,
    JuryNone,
    JuryBack,
    JuryNotFound,
    JuryScoringTitle,
    JuryIntro,
    JuryWeights,
    JuryProgress,
    JurySend,
    JuryIncomplete,
    JurySent,
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
        Key::HandoverLink => ("Serahkan ke aplikasi nasional", "Hand over to the national app"),
        Key::HandoverTitle => ("Serahkan ke aplikasi nasional", "Hand over to the national app"),
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
        Key::EvidenceZipCount => (
            "{n} berkas, dinamai sesuai nomor dan nama indikator",
            "{n} files, named by indicator number and name",
        ),
        Key::EvidenceZipButton => ("Unduh bukti dukung", "Download the evidence"),
        Key::EvidenceZipFailed => {
            ("Bukti dukung tidak bisa diunduh", "The evidence could not be downloaded")
        }
        Key::HandoverFields => ("Isian formulir nasional", "National form fields"),
        Key::CopyProgress => {
            ("{n} dari {total} isian sudah disalin", "{n} of {total} fields copied")
        }
        Key::Copy => ("Salin", "Copy"),
        Key::Copied => ("Disalin", "Copied"),
        Key::CopyFailed => (
            "Tidak bisa menyalin ke papan klip; pilih teksnya dan salin manual.",
            "Could not copy to the clipboard; select the text and copy it by hand.",
        ),
        Key::AlreadyCopied => ("sudah disalin", "copied"),
        Key::RegionHandoverLink => ("Serahkan ke nasional", "National hand-over"),
        Key::RegionHandoverTitle => ("Penyerahan ke aplikasi nasional", "National hand-over"),
        Key::RegionReady => {
            ("{n} dari {total} inovasi siap diserahkan", "{n} of {total} innovations ready")
        }
        Key::RejectedCount => ("{n} akan ditolak", "{n} would be rejected"),
        Key::LowScoreCount => ("{n} bernilai rendah", "{n} score low"),
        Key::PastYearNotice => (
            "Tahun penilaian {year} sudah lewat: inovasi ini hanya bisa dibaca.",
            "The {year} assessment year is over: this innovation is read-only.",
        ),
        Key::RolloverTitle => ("Laporkan lagi tahun {year}", "Report again in {year}"),
        Key::RolloverIntro => (
            "Inovasi yang lebih tua dari rentang penilaian hanya dinilai bila ada pengembangan (penambahan substansi atau cakupan) dengan tanggalnya. Satu inovasi paling banyak dua kali diikutkan penilaian nasional, masing-masing dengan kematangan lebih tinggi. Salinan baru dibuat; data tahun lama tetap utuh.",
            "An innovation older than the assessed window counts only with a development (added substance or coverage) and its date. One innovation may be entered in the national assessment at most twice, each time with a higher maturity. A new copy is made; the earlier year's data stays intact.",
        ),
        Key::CatalogChanged => (
            "Aturan tahun {year} berbeda dari tahun inovasi ini; salinan dinilai dengan aturan baru:",
            "The {year} rules differ from this innovation's year; the copy is scored with the new rules:",
        ),
        Key::DevelopmentNote => (
            "Pengembangan: apa yang ditambah dari segi substansi atau cakupan",
            "Development: what was added in substance or coverage",
        ),
        Key::DevelopmentDateLabel => ("Tanggal pengembangan", "Date of the development"),
        Key::RolloverButton => ("Laporkan lagi tahun ini", "Report again this year"),
        Key::CarriedNotice => (
            "Dilaporkan lagi dari tahun {year} (entri nasional ke-{entry})",
            "Reported again from {year} (national entry {entry})",
        ),
        Key::ConflictBanner => (
            "{n} konflik impor perlu diputuskan — buka Impor",
            "{n} import conflicts to resolve — open Import",
        ),
        Key::ImportHistory => ("Riwayat impor", "Import history"),
        Key::NoImports => ("Belum ada bundel yang diimpor.", "No bundle imported yet."),
        Key::BackupHeading => ("Cadangan", "Backup"),
        Key::BackupIntro => (
            "Cadangan berisi semua data di perangkat ini: inovasi, berkas bukti dukung, pengaturan dan kunci perangkat, dikunci dengan kata sandi. Simpan berkasnya di tempat lain (flashdisk, surel) untuk pindah perangkat atau bila perangkat ini rusak.",
            "A backup holds all data on this device: innovations, evidence files, settings and the device key, locked with a passphrase. Keep the file somewhere else (USB stick, e-mail) to move to another device or in case this one breaks.",
        ),
        Key::BackupPassphrase => ("Kata sandi untuk cadangan", "Passphrase for the backup"),
        Key::BackupPassphraseRepeat => ("Ulangi kata sandi", "Repeat the passphrase"),
        Key::BackupPassphraseNote => (
            "Kata sandi ini tidak bisa dipulihkan: tanpa kata sandi, cadangan tidak bisa dibuka oleh siapa pun, termasuk Anda. Catat dan simpan di tempat aman, terpisah dari berkasnya.",
            "This passphrase cannot be recovered: without it nobody can open the backup, not even you. Write it down and keep it safe, apart from the file.",
        ),
        Key::BackupMismatch => (
            "Kata sandi dan ulangannya tidak sama. Ketik ulang keduanya.",
            "The passphrase and its repetition differ. Type both again.",
        ),
        Key::BackupButton => ("Cadangkan", "Back up"),
        Key::BackupWorking => ("Membuat cadangan… {n}%", "Making the backup… {n}%"),
        Key::BackupDone => ("Cadangan diunduh:", "Backup downloaded:"),
        Key::BackupFailed => ("Cadangan gagal dibuat:", "The backup could not be made:"),
        Key::BackupNotJson => (
            "Cadangan gagal dibuat: data «{store}» berisi nilai yang tidak bisa dicadangkan ({what}).",
            "The backup could not be made: the «{store}» data holds a value that cannot be backed up ({what}).",
        ),
        Key::RestoreHeading => ("Pulihkan dari cadangan", "Restore from a backup"),
        Key::RestoreIntro => (
            "Di perangkat atau browser baru: pilih berkas cadangan (.age) dan masukkan kata sandinya. Kunci perangkat ikut dipulihkan, jadi sidik kunci tetap sama.",
            "On a new device or browser: choose the backup file (.age) and enter its passphrase. The device key is restored too, so the fingerprint stays the same.",
        ),
        Key::RestoreFile => ("Berkas cadangan", "Backup file"),
        Key::RestorePassphrase => ("Kata sandi cadangan", "Backup passphrase"),
        Key::RestoreNoFile => {
            ("Pilih berkas cadangan terlebih dahulu.", "Choose a backup file first.")
        }
        Key::RestoreOpening => ("Membuka cadangan…", "Opening the backup…"),
        Key::RestoreConfirm => (
            "Cadangan tanggal {date}: {n} inovasi, {m} berkas bukti dukung. Semua data di perangkat ini (inovasi, berkas, pengaturan dan kunci perangkat) akan diganti dengan isi cadangan ini.",
            "Backup of {date}: {n} innovations, {m} evidence files. All data on this device (innovations, files, settings and the device key) will be replaced by this backup.",
        ),
        Key::RestoreYes => ("Ya, ganti semua data", "Yes, replace all data"),
        Key::RestoreCancelled => (
            "Pemulihan dibatalkan. Tidak ada yang diubah.",
            "Restore cancelled. Nothing was changed.",
        ),
        Key::RestoreWorking => ("Memulihkan data…", "Restoring the data…"),
        Key::RestoreDone => (
            "Data dipulihkan dari cadangan: {n} inovasi, {m} berkas bukti dukung.",
            "Data restored from the backup: {n} innovations, {m} evidence files.",
        ),
        Key::RestoreFailed => (
            "Pemulihan gagal: {reason}. Tidak ada yang diubah.",
            "Restore failed: {reason}. Nothing was changed.",
        ),
        Key::RestoreNoSpace => (
            "Ruang penyimpanan perangkat tidak cukup untuk cadangan ini. Kosongkan ruang, lalu coba lagi. Tidak ada yang diubah.",
            "The device does not have enough storage for this backup. Free some space, then try again. Nothing was changed.",
        ),
        Key::StartRestoreHint => (
            "Pindah dari perangkat lain? Pulihkan cadangan di Pengaturan.",
            "Moving from another device? Restore a backup in Settings.",
        ),
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
        Key::DashboardLink => ("Dasbor", "Dashboard"),
        Key::DashboardTitle => ("Dasbor kepatuhan {year}", "Compliance dashboard {year}"),
        Key::CompliantShare => (
            "Patuh (paling sedikit {min} inovasi dilaporkan): {n} dari {y} instansi ({pct} %).",
            "Compliant (at least {min} innovation reported): {n} of {y} units ({pct} %).",
        ),
        Key::InnovationsTotal => (
            "{n} inovasi tahun ini, {s} dientri sekretariat.",
            "{n} innovations this year, {s} entered by the secretariat.",
        ),
        Key::WithoutHeading => ("Instansi yang belum punya inovasi", "Units without an innovation"),
        Key::AllHaveInnovation => {
            ("Semua instansi aktif sudah punya inovasi.", "Every active unit has an innovation.")
        }
        Key::KindChartTitle => (
            "Instansi per jenis: sudah dan belum punya inovasi",
            "Units per kind: with and without an innovation",
        ),
        Key::LegendWith => ("Sudah punya inovasi", "With an innovation"),
        Key::LegendWithout => ("Belum punya inovasi", "Without an innovation"),
        Key::StageChartTitle => ("Inovasi per tahapan", "Innovations per stage"),
        Key::PerAgencyHeading => ("Per instansi", "Per unit"),
        Key::TableScrollHint => (
            "Tabel per instansi; geser ke samping untuk kolom lainnya.",
            "Table per unit; scroll sideways for more columns.",
        ),
        Key::ColAgency => ("Instansi", "Unit"),
        Key::ColKind => ("Jenis", "Kind"),
        Key::ColInnovations => ("Inovasi", "Innovations"),
        Key::ColReported => ("Dilaporkan", "Reported"),
        Key::ColCompliant => ("Patuh", "Compliant"),
        Key::ColMaturityClaimed => ("Kematangan klaim", "Maturity (claimed)"),
        Key::ColMaturityVerified => ("Kematangan terverifikasi", "Maturity (verified)"),
        Key::ColLastBundle => ("Bundel terakhir", "Last bundle"),
        Key::YesLabel => ("Ya", "Yes"),
        Key::NotYetLabel => ("Belum", "Not yet"),
        Key::NotInRegistry => ("tidak ada di daftar", "not on the list"),
        Key::YandasHeading => ("Urusan pelayanan dasar (yandas)", "Basic-service affairs (yandas)"),
        Key::YandasCovered => ("Sudah ada inovasi:", "With an innovation:"),
        Key::YandasMissing => ("Belum ada inovasi:", "Without an innovation:"),
        Key::DigitalHeading => ("Jenis inovasi", "Innovation type"),
        Key::KindNotChosen => ("Belum dipilih", "Not chosen"),
        Key::StageHeading => ("Tahapan inovasi", "Innovation stages"),
        Key::EvidenceHeading => {
            ("Kelengkapan bukti dukung per indikator", "Evidence completeness per indicator")
        }
        Key::ColIndicator => ("Indikator", "Indicator"),
        Key::ColAnswered => ("Dijawab (level ≥ 1)", "Answered (level ≥ 1)"),
        Key::ColWithEvidence => ("Dengan bukti", "With evidence"),
        Key::ColShare => ("Lengkap", "Complete"),
        Key::NoValue => ("—", "—"),
        Key::AllUnitsHeading => ("Semua instansi", "All units"),
        Key::ConfigHeading => {
            ("Bundel konfigurasi untuk instansi", "Config bundle for the agencies")
        }
        Key::ConfigIntro => (
            "Kirim bundel ini ke setiap instansi (WhatsApp, surel, USB). Di halaman Impor, instansi memilih unitnya dari daftar ini, dan inovasi barunya membawa id instansi dari daftar.",
            "Send this bundle to every agency (WhatsApp, e-mail, USB). On the Import page the agency picks its unit from this list, and its new innovations carry the unit's id from the list.",
        ),
        Key::RegionKindLabel => ("Jenis daerah", "Region type"),
        Key::RegionProvince => ("Provinsi", "Province"),
        Key::RegionRegency => ("Kabupaten", "Regency (Kabupaten)"),
        Key::RegionCity => ("Kota", "City (Kota)"),
        Key::RegionKindRequired => ("Pilih jenis daerah.", "Choose the region type."),
        Key::ConfigBuild => ("Buat bundel konfigurasi", "Build the config bundle"),
        Key::ConfigDownloaded => ("Bundel konfigurasi diunduh:", "Config bundle downloaded:"),
        Key::ConfigProblems => {
            ("Bundel konfigurasi belum bisa dibuat:", "The config bundle cannot be built yet:")
        }
        Key::ConfigUnusable => {
            ("Bundel konfigurasi tidak bisa dipakai:", "The config bundle cannot be used:")
        }
        Key::ConfigFrom => (
            "Daftar instansi dari {name} untuk tahun {year}. Pilih instansi Anda agar tidak perlu mengetik namanya.",
            "The agency list from {name} for {year}. Pick your unit instead of typing its name.",
        ),
        Key::PickLabel => ("Instansi Anda", "Your unit"),
        Key::PickButton => ("Pakai instansi ini", "Use this unit"),
        Key::PickRequired => {
            ("Pilih instansi Anda dari daftar.", "Choose your unit from the list.")
        }
        Key::PickDone => (
            "Instansi dipilih: {name} ({region}). Inovasi baru memakai id instansi dari daftar sekretariat.",
            "Unit chosen: {name} ({region}). New innovations carry the unit's id from the secretariat's list.",
        ),
        // Fault-injection suite (issue 8): a browser database that closed the app's connection.
        Key::StorageUnavailable => (
            "Gagal menyimpan: penyimpanan browser sedang tidak bisa dipakai. Teks Anda tetap di layar dan akan disimpan pada perubahan berikutnya.",
            "Could not save: the browser's storage is unavailable right now. Your text stays on screen and is saved with your next change.",
        ),
        // Secretariat entry (issue 6): on-behalf innovations, innovation CSV import, deadlines.
        Key::EnteredBySecretariat => ("Diinput oleh sekretariat", "Entered by the secretariat"),
        Key::EnteredOnBehalfOf => ("atas nama {agency}", "on behalf of {agency}"),
        Key::OnBehalfHeading => ("Inovasi atas nama instansi", "Innovations on behalf of a unit"),
        Key::OnBehalfIntro => (
            "Untuk instansi yang tidak memakai aplikasi, sekretariat mengisi inovasinya sendiri atau mengimpornya dari CSV. Inovasi itu tercatat milik instansi tersebut (dihitung di dasbor untuknya) dan ditandai “Diinput oleh sekretariat”.",
            "For a unit that does not use the app, the secretariat enters its innovations itself or imports them from a CSV file. They are recorded as the unit's (the dashboard counts them for it) and marked “Entered by the secretariat”.",
        ),
        Key::OnBehalfAgencyLabel => ("Atas nama instansi", "On behalf of the unit"),
        Key::OnBehalfButton => {
            ("Inovasi baru atas nama instansi", "New innovation on behalf of the unit")
        }
        Key::OnBehalfRequired => {
            ("Pilih instansi yang diwakili.", "Choose the unit you enter it for.")
        }
        Key::OnBehalfNoUnits => {
            ("Belum ada instansi aktif di daftar.", "There is no active unit on the list yet.")
        }
        Key::InnovationCsvLink => ("Impor inovasi dari CSV", "Import innovations from CSV"),
        Key::InnovationCsvIntro => (
            "Isi templat (satu baris per inovasi; kolom Instansi memakai nama dari Daftar instansi), simpan sebagai CSV, lalu pilih berkasnya. Inovasi dibuat berstatus Diajukan dan ditandai “Diinput oleh sekretariat”. Satu baris yang salah menolak seluruh berkas, jadi berkas yang sudah diperbaiki bisa diimpor lagi tanpa data ganda.",
            "Fill in the template (one row per innovation; the Instansi column uses the names of the agency list), save it as CSV and choose the file. The innovations are created as submitted and marked “Entered by the secretariat”. One bad row refuses the whole file, so the corrected file can be imported again without duplicates.",
        ),
        Key::InnovationCsvTemplate => ("Unduh templat CSV", "Download the CSV template"),
        Key::InnovationCsvTemplateHint => (
            "Tahapan: Inisiatif, Uji Coba, Penerapan. Jenis: Digital, Non Digital. Bentuk: Tata Kelola Pemerintahan, Pelayanan Publik, Inovasi Daerah Lainnya. Tanggal: dd/mm/yyyy. Kolom 16–35: level indikator 0–3.",
            "Tahapan (stage): Inisiatif, Uji Coba, Penerapan. Jenis (type): Digital, Non Digital. Bentuk (form): Tata Kelola Pemerintahan, Pelayanan Publik, Inovasi Daerah Lainnya. Dates: dd/mm/yyyy. Columns 16–35: indicator level 0–3.",
        ),
        Key::InnovationCsvFileLabel => ("Berkas CSV inovasi", "Innovation CSV file"),
        Key::InnovationCsvRows => ("{n} baris dibaca", "{n} rows read"),
        Key::InnovationCsvCreated => ("{n} inovasi akan dibuat", "{n} innovations will be created"),
        Key::InnovationCsvBadRows => ("Baris yang salah:", "Rows with problems:"),
        Key::InnovationCsvRefused => (
            "Berkas ini ditolak: perbaiki baris di atas lalu pilih berkasnya lagi. Belum ada yang disimpan.",
            "This file is refused: fix the rows above and choose the file again. Nothing has been saved.",
        ),
        Key::InnovationCsvNothing => (
            "Berkas ini tidak memuat inovasi baru. Belum ada yang disimpan.",
            "This file holds no new innovation. Nothing has been saved.",
        ),
        Key::InnovationCsvApplied => (
            "{n} inovasi disimpan, ditandai “Diinput oleh sekretariat”.",
            "{n} innovations saved, marked “Entered by the secretariat”.",
        ),
        Key::InnovationCsvChanged => (
            "Data berubah sejak pratinjau; inilah pratinjau yang baru. Belum ada yang disimpan.",
            "The data changed since the preview; this is the new preview. Nothing has been saved.",
        ),
        Key::AgencyListBack => ("← Daftar instansi", "← Agency list"),
        Key::DeadlinesHeading => ("Batas waktu", "Deadlines"),
        Key::DeadlinesIntro => (
            "Batas waktu ikut dalam bundel konfigurasi; setelah mengimpornya, instansi melihat batas waktu yang akan datang di daftar inovasinya beserta sisa harinya.",
            "Deadlines travel in the config bundle; once an agency has imported it, its innovation list shows the coming deadlines with the days left.",
        ),
        Key::DeadlineLabelLabel => ("Keterangan batas waktu", "Deadline label"),
        Key::DeadlineDateLabel => ("Tanggal batas waktu", "Deadline date"),
        Key::DeadlineAdd => ("Tambah batas waktu", "Add the deadline"),
        Key::DeadlineSave => ("Simpan batas waktu", "Save the deadline"),
        Key::DeadlineSaved => ("Batas waktu tersimpan.", "Deadline saved."),
        Key::DeadlineRemoved => ("Batas waktu dihapus.", "Deadline removed."),
        Key::DeadlineEdit => ("Ubah", "Edit"),
        Key::DeadlineRemove => ("Hapus", "Remove"),
        Key::NoDeadlines => ("Belum ada batas waktu.", "No deadline yet."),
        Key::DeadlinePassed => ("sudah lewat", "passed"),
        Key::DeadlinesFromSecretariat => {
            ("Batas waktu dari sekretariat", "Deadlines from the secretariat")
        }
        // Recap downloads on the dashboard (issue 6, recap exports).
        Key::RecapHeading => ("Unduh rekap", "Download the recap"),
        Key::RecapIntro => (
            "Rekap tahun penilaian dari data yang tersimpan: Rekap Instansi, Inovasi, Indikator dan Proyeksi IID. Berkas CSV dibuat untuk Excel berbahasa Indonesia (pemisah titik koma, koma desimal); berkas XLSX memuat keempat lembar dengan angka asli. Keduanya bisa dibuat tanpa internet.",
            "The assessment year's recap from the stored data: Rekap Instansi, Inovasi, Indikator and Proyeksi IID. The CSV files are made for Excel set to Indonesian (semicolon separator, decimal comma); the XLSX file holds the four sheets with real numbers. Both work without internet.",
        ),
        Key::RecapCsvButton => ("Unduh CSV {sheet}", "Download CSV {sheet}"),
        Key::RecapXlsxButton => ("Unduh rekap XLSX", "Download the XLSX recap"),
        Key::RecapPreparing => ("Menyiapkan berkas XLSX…", "Preparing the XLSX file…"),
        Key::RecapDownloaded => ("Diunduh:", "Downloaded:"),
        Key::RecapFailed => ("Rekap tidak dapat dibuat:", "The recap could not be made:"),
        Key::RecapNoCatalog => {
            ("tidak ada katalog untuk tahun {year}.", "there is no catalog for {year}.")
        }
        Key::RecapSpdYear => (
            "jawaban SPD yang tersimpan untuk tahun {found}, bukan {year}.",
            "the stored SPD answers are for {found}, not {year}.",
        ),
        Key::RecapWorkerFailed => ("penulis berkas XLSX gagal:", "the XLSX writer failed:"),
        // IID projection and printable recap (issue 6, projection part).
        Key::DashboardMoreNav => ("Halaman terkait", "Related pages"),
        Key::ProjectionLink => ("Proyeksi IID", "IID projection"),
        Key::RecapPrintLink => ("Rekap untuk dicetak", "Printable recap"),
        Key::ProjectionTitle => ("Proyeksi IID {year}", "IID projection {year}"),
        Key::ProjectionIntro => (
            "Perkiraan Indeks Inovasi Daerah dari isian SPD di bawah dan inovasi tahun ini, dihitung dua kali: dengan level klaim instansi dan dengan hasil verifikasi sekretariat.",
            "An estimate of the regional innovation index (IID) from the SPD entry below and this year's innovations, computed twice: with the agencies' claimed levels and with the secretariat's verification.",
        ),
        Key::ProjectionHeading => {
            ("Proyeksi: klaim dan terverifikasi", "Projection: claimed and verified")
        }
        Key::ClaimedTitle => ("Klaim", "Claimed (klaim)"),
        Key::VerifiedTitle => ("Terverifikasi", "Verified (terverifikasi)"),
        Key::ClaimedHint => {
            ("Dengan level yang dipilih instansi.", "With the levels the agencies chose.")
        }
        Key::VerifiedHint => (
            "Dengan hasil verifikasi sekretariat; {n} inovasi yang belum diverifikasi dihitung dengan klaimnya.",
            "With the secretariat's verification; {n} innovations not reviewed yet count with their claims.",
        ),
        Key::FigSpd => ("Skor SPD", "SPD score"),
        Key::FigReported => ("Inovasi dilaporkan (n)", "Innovations reported (n)"),
        Key::FigAverage => ("Rata-rata kematangan", "Average maturity"),
        Key::AverageFormula => (
            "{sum} : MAX({k}; {n}) = {sum} : {d} = {avg}",
            "{sum} / MAX({k}, {n}) = {sum} / {d} = {avg}",
        ),
        Key::EmptySeats => (
            "{n} kursi kosong: sampai ada {k} inovasi, setiap inovasi baru menambah jumlah kematangan tanpa menambah pembagi.",
            "{n} empty seats: until there are {k} innovations, each new one adds to the maturity sum without raising the divisor.",
        ),
        Key::NoEmptySeats => (
            "Tidak ada kursi kosong: pembagi naik dengan setiap inovasi baru.",
            "No empty seats: the divisor grows with every new innovation.",
        ),
        Key::FigCount => ("Skor jumlah inovasi", "Innovation count score"),
        Key::CountFormula => {
            ("MIN({n}; {cap}) × {factor} = {score}", "MIN({n}, {cap}) × {factor} = {score}")
        }
        Key::CountGated => (
            "{score}: urusan yandas tercakup {c} dari {all}, perlu paling sedikit {min}",
            "{score}: {c} of {all} yandas affairs covered, at least {min} needed",
        ),
        Key::FigSid => ("Skor SID (rata-rata + jumlah)", "SID score (average + count)"),
        Key::FigTotal => ("Total (SPD + SID)", "Total (SPD + SID)"),
        Key::FigIid => ("IID", "IID"),
        Key::FigPredicate => ("Predikat", "Predicate"),
        Key::WhatIfLabel => ("Kematangan satu inovasi tambahan", "Maturity of one more innovation"),
        Key::WhatIfHeading => ("Satu inovasi lagi:", "One more innovation:"),
        Key::WhatIfCovering => {
            ("{message} bila urusan utamanya {affair}", "{message} if its main affair is {affair}")
        }
        Key::SpdHeading => {
            ("Isian SPD (Satuan Pemerintahan Daerah)", "SPD entry (regional government level)")
        }
        Key::SpdIntro => (
            "Diisi sekali per pemda untuk tahun penilaian. Setiap perubahan langsung tersimpan di perangkat ini.",
            "Filled in once per region for the assessment year. Every change is saved on this device at once.",
        ),
        Key::SpdAnsweredCount => {
            ("{n} dari {total} baris SPD diisi", "{n} of {total} SPD rows answered")
        }
        Key::SpdScoreLine => ("Skor SPD {score} dari {max}", "SPD score {score} of {max}"),
        Key::SpdAllAnswered => ("Semua baris SPD sudah diisi.", "Every SPD row is answered."),
        Key::SpdUnansweredSummary => {
            ("{n} baris belum diisi (dihitung 0)", "{n} rows not answered yet (counted as 0)")
        }
        Key::SpdIssuesTitle => (
            "Isian SPD bermasalah; skor SPD dihitung 0 sampai diperbaiki:",
            "The SPD entry has problems; the SPD score counts as 0 until they are fixed:",
        ),
        Key::SpdUnreadable => (
            "Isian SPD yang tersimpan tidak bisa dibaca; tidak ada yang diubah.",
            "The stored SPD entry cannot be read; nothing was changed.",
        ),
        Key::SpdRowDetails => (
            "{variable} · Bobot {weight} · Bukti: {evidence}",
            "{variable} · Weight {weight} · Evidence: {evidence}",
        ),
        Key::SpdRowPoints => ("Skor baris: {points}", "Row score: {points}"),
        Key::SpdMandatory => ("Wajib", "Mandatory"),
        Key::SpdLevelLabel => ("Level", "Level"),
        Key::SpdNotAnswered => ("Belum diisi", "Not answered yet"),
        Key::SpdLevelZero => ("0 – Tidak ada / tidak sesuai", "0 – None / not matching"),
        Key::SpdNoteLabel => ("Catatan / sumber data", "Note / data source"),
        Key::SpdSaving => ("Menyimpan…", "Saving…"),
        Key::SpdSaved => ("Isian SPD tersimpan.", "SPD entry saved."),
        Key::SpdSaveFailed => (
            "Isian SPD belum tersimpan (perubahan tetap di layar):",
            "The SPD entry is not saved (the changes stay on screen):",
        ),
        Key::SpdRetry => ("Simpan lagi", "Save again"),
        Key::BackToDashboard => ("← Dasbor", "← Dashboard"),
        Key::RecapTitle => ("Rekap inovasi daerah {year}", "Regional innovation recap {year}"),
        Key::RecapPrintedOn => ("dicetak {date}", "printed {date}"),
        Key::RecapHeadlineHeading => ("Kepatuhan instansi", "Agency compliance"),
        Key::RecapProjectionHeading => ("Proyeksi IID", "IID projection"),
        Key::RecapSpdProblems => (
            "Isian SPD bermasalah; skor SPD dihitung 0.",
            "The SPD entry has problems; the SPD score counts as 0.",
        ),
        Key::ColFigure => ("Angka", "Figure"),
        // Verification round trip (issue 6).
        Key::VerifyLink => ("Verifikasi", "Verification"),
        Key::VerifyTitle => {
            ("Verifikasi inovasi tahun {year}", "Verification of the {year} innovations")
        }
        Key::VerifyIntro => (
            "Inovasi yang sudah diajukan dan diimpor, per instansi. Buka satu inovasi untuk memeriksanya; setelah diperiksa, unduh bundel umpan balik untuk instansi itu dan kirimkan kepadanya.",
            "Submitted and imported innovations, per agency. Open one to review it; once reviewed, download the agency's feedback bundle and send it to the agency.",
        ),
        Key::VerifyEmpty => (
            "Belum ada inovasi yang diajukan untuk tahun ini. Impor bundel dari instansi di halaman Impor.",
            "No innovation was submitted for this year yet. Import the agencies' bundles on the Import page.",
        ),
        Key::FeedbackDownload => ("Unduh bundel umpan balik", "Download the feedback bundle"),
        Key::FeedbackDownloaded => ("Bundel umpan balik diunduh:", "Feedback bundle downloaded:"),
        Key::FeedbackNoVerdicts => (
            "Belum ada hasil verifikasi untuk instansi ini; periksa inovasinya dulu.",
            "No review result for this agency yet; review its innovations first.",
        ),
        Key::FeedbackFailed => {
            ("Bundel umpan balik tidak dapat dibuat:", "The feedback bundle could not be made:")
        }
        Key::FeedbackLastSent => ("Terakhir diunduh:", "Last downloaded:"),
        Key::BackToVerification => ("← Verifikasi", "← Verification"),
        Key::ReviewTitle => ("Periksa inovasi", "Review the innovation"),
        Key::ReviewFullProfile => ("Lihat profil lengkap", "See the full profile"),
        Key::ReviewMaturityHeading => {
            ("Kematangan: klaim vs terverifikasi", "Maturity: claimed vs verified")
        }
        Key::MaturityClaimed => ("Kematangan klaim", "Maturity (claimed)"),
        Key::MaturityVerifiedForm => ("Terverifikasi (isian ini)", "Verified (this form)"),
        Key::MaturityVerifiedSaved => ("Kematangan terverifikasi", "Maturity (verified)"),
        Key::ClaimedLevel => ("Level klaim", "Claimed level"),
        Key::NotAnswered => ("belum dijawab", "not answered"),
        Key::AgencyNote => ("Catatan instansi", "Agency's note"),
        Key::ReviewNoEvidence => ("Tidak ada bukti dukung.", "No evidence."),
        Key::ReviewFileNotHere => {
            ("(berkas tidak ada di perangkat ini)", "(file not on this device)")
        }
        Key::VerifiedLevel => ("Level terverifikasi", "Verified level"),
        Key::VerifierNote => ("Catatan verifikasi", "Review note"),
        Key::ReviewDecisionHeading => ("Keputusan", "Decision"),
        Key::ReviewStatusLabel => ("Status verifikasi", "Review status"),
        Key::ReviewReasonLabel => ("Alasan", "Reason"),
        Key::ReviewReasonHint => (
            "Wajib untuk perlu revisi dan ditolak; instansi membacanya di bundel umpan balik.",
            "Required for needs revision and rejected; the agency reads it in the feedback bundle.",
        ),
        Key::ReviewSave => ("Simpan hasil verifikasi", "Save the review"),
        Key::ReviewSaved => ("Hasil verifikasi disimpan.", "Review saved."),
        Key::ReviewHasProblems => {
            ("Hasil verifikasi belum bisa disimpan:", "The review cannot be saved yet:")
        }
        Key::ChangesSinceHeading => (
            "Yang berubah sejak revisi {n} yang diperiksa",
            "What changed since the reviewed revision {n}",
        ),
        Key::ChangesUnknown => (
            "Revisi yang diperiksa tidak tersimpan di perangkat ini; perubahan tidak dapat ditampilkan.",
            "The reviewed revision is not kept on this device; the changes cannot be shown.",
        ),
        Key::ChangesNone => ("Tidak ada isian yang berubah.", "No field changed."),
        Key::FeedbackHeading => ("Hasil verifikasi sekretariat", "The secretariat's review"),
        Key::FeedbackOutdated => (
            "Inovasi sudah diubah sejak revisi yang diperiksa; hasil ini untuk revisi tersebut.",
            "The innovation changed after the reviewed revision; this result is for that revision.",
        ),
        Key::ToFixHeading => ("Yang perlu diperbaiki", "What to fix"),
        Key::FixLine => {
            ("klaim {claimed}, terverifikasi {verified}", "claimed {claimed}, verified {verified}")
        }
        Key::VerdictBadge => ("Verifikasi: {status}", "Review: {status}"),
        // KIPP proposal (issue 7).
        Key::KippLink => ("Proposal KIPP", "KIPP proposal"),
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
        Key::KippPrefillDone => {
            ("{n} bagian diisi dari profil.", "{n} sections filled from the profile.")
        }
        Key::KippPrefillOccupied => (
            "{n} bagian sudah berisi teks lain ({names}). Ganti dengan teks dari profil?",
            "{n} sections already hold other text ({names}). Replace it with the profile's text?",
        ),
        Key::KippPrefillReplace => ("Ganti dengan teks profil", "Replace with the profile's text"),
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
        Key::KippProblems => ("{n} hal perlu dibereskan", "{n} things to fix"),
        Key::KippAttachments => ("Lampiran", "Attachments"),
        Key::KippAttachmentsHint => (
            "Centang lampiran yang sudah siap. Setiap PDF paling besar {size}.",
            "Tick the attachments that are ready. Each PDF at most {size}.",
        ),
        Key::KippEvidenceInProfile => {
            ("Bukti yang ada di profil:", "Evidence already in the profile:")
        }
        Key::KippAttachmentReady => ("siap", "ready"),
        Key::KippAttachmentNotReady => ("belum siap", "not ready"),
        Key::KippBack => ("← Kembali ke proposal KIPP", "← Back to the KIPP proposal"),
        // Labinov tracker (issue 7).
        Key::LabinovLink => ("Laboratorium Inovasi", "Innovation Lab (Labinov)"),
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
        Key::LabinovLoadFailed => (
            "Pengaturan dokumen komitmen tidak terbaca:",
            "The commitment settings cannot be read:",
        ),
        Key::LabinovBoardLink => ("Papan Labinov", "Labinov board"),
        Key::LabinovBoardTitle => {
            ("Papan Laboratorium Inovasi {year}", "Innovation Lab board {year}")
        }
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
        Key::LabinovMissingItem => {
            ("{document} untuk {name} (tahap {stage})", "{document} for {name} ({stage})")
        }
        Key::LabinovOutside => (
            "{n} inovasi tahun ini belum ikut Labinov.",
            "{n} innovations of this year are not in the lab.",
        ),
        Key::LabinovConfigHeading => {
            ("Dokumen komitmen per tahap", "Commitment documents per stage")
        }
        Key::LabinovConfigIntro => (
            "Tulis nama dokumen komitmen yang wajib ditandatangani pada tahap itu; kosongkan bila tidak ada. Pilihan ini ikut dalam bundel konfigurasi untuk instansi (buat ulang bundelnya setelah mengubah).",
            "Name the commitment document that must be signed at that stage; leave it empty for none. The choice goes into the config bundle for the agencies (build the bundle again after a change).",
        ),
        Key::LabinovConfigDoc => ("Dokumen komitmen: {stage}", "Commitment document: {stage}"),
        Key::LabinovConfigSave => ("Simpan dokumen komitmen", "Save the commitment documents"),
        Key::LabinovConfigSaved => ("Dokumen komitmen disimpan.", "Commitment documents saved."),
        // Local award (issue 7).
        Key::AwardLink => ("Penghargaan inovasi", "Innovation award"),
        Key::JuryLink => ("Penilaian juri", "Jury scoring"),
        Key::KindAward => ("Bundel penilaian juri", "Jury award bundle"),
        Key::KindJury => ("Lembar nilai juri", "Juror score sheet"),
        Key::AwardTitle => ("Penghargaan inovasi daerah", "Local innovation award"),
        Key::AwardIntro => (
            "Buat penghargaan: kategori, tahapan, kriteria dan bobot, dewan juri dan jumlah pemenang. Entri diambil dari inovasi yang sudah diverifikasi. Setiap juri menerima bundel penilaian, menilai di perangkatnya sendiri dan mengirim kembali lembar nilai.",
            "Create an award round: categories, stages, weighted criteria, jurors and the number of winners. Entries come from verified innovations. Each juror receives an award bundle, scores on their own device and sends the score sheet back.",
        ),
        Key::AwardNameLabel => ("Nama penghargaan", "Award name"),
        Key::AwardNameRequired => ("Nama penghargaan wajib diisi.", "The award name is required."),
        Key::AwardCreate => ("Buat penghargaan", "Create the award"),
        Key::AwardRounds => ("Daftar penghargaan", "Award rounds"),
        Key::AwardNone => ("Belum ada penghargaan.", "No award round yet."),
        Key::AwardEntriesCount => ("entri", "entries"),
        Key::AwardSheetsCount => ("lembar nilai", "score sheets"),
        Key::AwardBack => ("← Daftar penghargaan", "← Award rounds"),
        Key::AwardNotFound => (
            "Penghargaan ini tidak ada di perangkat ini.",
            "This award round is not on this device.",
        ),
        Key::AwardSettings => ("Pengaturan penghargaan", "Award settings"),
        Key::AwardYearLabel => ("Tahun", "Year"),
        Key::AwardStageLabel => ("Tahap saat ini", "Current stage"),
        Key::AwardCategoriesLegend => {
            ("Kategori dan jumlah pemenang", "Categories and number of winners")
        }
        Key::AwardWinnersLabel => ("Jumlah pemenang {category}", "Winners in {category}"),
        Key::AwardCriteriaLegend => {
            ("Kriteria penilaian dan bobot (%)", "Criteria and weights (%)")
        }
        Key::AwardWeightLabel => ("Bobot {criterion}", "Weight of {criterion}"),
        Key::AwardWeightSum => ("Jumlah bobot: {n} dari 100", "Sum of weights: {n} of 100"),
        Key::AwardMinMaturity => ("Kematangan terverifikasi minimal", "Minimum verified maturity"),
        Key::AwardJurorsLegend => ("Dewan juri", "Jurors"),
        Key::AwardNoJurors => ("Belum ada juri.", "No juror yet."),
        Key::AwardJurorName => ("Nama juri", "Juror name"),
        Key::AwardJurorNameRequired => ("Tulis nama juri.", "Type the juror's name."),
        Key::AwardAddJuror => ("Tambah juri", "Add juror"),
        Key::AwardRemoveJuror => ("Hapus", "Remove"),
        Key::AwardEntriesHeading => ("Entri", "Entries"),
        Key::AwardEntriesHint => (
            "Entri = inovasi tahun ini berstatus diverifikasi dengan kematangan terverifikasi paling sedikit batas di atas. Kategori mengikuti jenis instansi dan bisa diubah per entri.",
            "Entries = this year's innovations with the status verified and a verified maturity of at least the minimum above. The category follows the agency type and can be changed per entry.",
        ),
        Key::AwardRefreshEntries => {
            ("Ambil entri dari inovasi terverifikasi", "Take entries from verified innovations")
        }
        Key::AwardEntriesRefreshed => (
            "{n} entri diambil. Tekan Simpan untuk menyimpan.",
            "{n} entries taken. Press Save to keep them.",
        ),
        Key::AwardNoEntries => ("Belum ada entri.", "No entries yet."),
        Key::AwardCategoryLabel => ("Kategori", "Category"),
        Key::AwardNoteLabel => ("Catatan tinjau lapangan", "Field-review notes"),
        Key::AwardSave => ("Simpan penghargaan", "Save the award"),
        Key::AwardFixFirst => {
            ("Belum disimpan: perbaiki dulu hal berikut.", "Not saved: fix the following first.")
        }
        Key::AwardJurorBundles => ("Bundel untuk juri", "Bundles for the jurors"),
        Key::AwardJurorBundlesHint => (
            "Kirim ke setiap juri bundelnya sendiri (WhatsApp, surel, USB). Juri membukanya di halaman Impor, menilai, lalu mengirim kembali lembar nilai.",
            "Send each juror their own bundle (WhatsApp, e-mail, USB). The juror opens it on the Import page, scores, and sends the score sheet back.",
        ),
        Key::AwardSaveFirst => (
            "Simpan penghargaan tanpa masalah dulu untuk membuat bundel juri.",
            "Save the award without problems first to build the jurors' bundles.",
        ),
        Key::AwardDownloadJuror => ("Unduh bundel juri", "Download juror bundle"),
        Key::AwardBundleDownloaded => ("Bundel juri diunduh:", "Juror bundle downloaded:"),
        Key::AwardSheetsHeading => ("Lembar nilai", "Score sheets"),
        Key::AwardNoSheets => {
            ("Belum ada lembar nilai yang diterima.", "No score sheet received yet.")
        }
        Key::AwardSheetsReceived => ("Lembar nilai diterima dari:", "Score sheets received from:"),
        Key::AwardSheetsMissing => {
            ("Belum mengirim lembar nilai:", "Score sheet not yet received from:")
        }
        Key::AwardImportSheets => {
            ("Impor lembar nilai juri (halaman Impor)", "Import juror score sheets (Import page)")
        }
        Key::AwardRankingHeading => ("Peringkat", "Ranking"),
        Key::AwardRankingIntro => (
            "Nilai akhir = rata-rata nilai berbobot dari {n} lembar nilai. Jika nilai sama: nilai {criterion} lebih tinggi, lalu kematangan terverifikasi lebih tinggi, lalu nama.",
            "Final score = the mean weighted score of {n} score sheets. Ties: the higher {criterion} score, then the higher verified maturity, then the name.",
        ),
        Key::AwardWinnersCount => ("{n} pemenang", "{n} winners"),
        Key::AwardCategoryEmpty => {
            ("Belum ada entri di kategori ini.", "No entries in this category.")
        }
        Key::AwardNotScored => ("belum dinilai", "not scored"),
        Key::AwardWinner => ("Pemenang", "Winner"),
        Key::AwardColRank => ("Peringkat", "Rank"),
        Key::AwardColInnovation => ("Nama Inovasi", "Innovation"),
        Key::AwardColAgency => ("Instansi", "Agency"),
        Key::AwardColScore => ("Nilai akhir", "Final score"),
        Key::AwardColJurors => ("Juri", "Jurors"),
        Key::AwardColNote => ("Catatan tinjau lapangan", "Field-review notes"),
        Key::AwardPrintLink => ("Cetak hasil", "Print the results"),
        Key::AwardWinnersCsv => ("Unduh daftar pemenang (CSV)", "Download the winners list (CSV)"),
        Key::AwardBackToRound => ("← Kembali ke penghargaan", "← Back to the award"),
        Key::AwardResultsHeading => ("Hasil penilaian", "Results"),
        Key::AwardBundleUnusable => {
            ("Bundel penilaian tidak bisa dipakai:", "The award bundle cannot be used:")
        }
        Key::AwardBundleFrom => (
            "Penilaian «{round}» dari {secretariat} untuk juri {juror}: {n} inovasi.",
            "Scoring of «{round}» from {secretariat} for the juror {juror}: {n} innovations.",
        ),
        Key::AwardKeepForScoring => ("Simpan untuk penilaian", "Keep for scoring"),
        Key::AwardKept => ("Bundel penilaian disimpan.", "Award bundle kept."),
        Key::AwardOpenScoring => ("Buka penilaian juri", "Open jury scoring"),
        Key::AwardRoundMissing => (
            "Penghargaan lembar nilai ini tidak ada di perangkat ini.",
            "This score sheet's award round is not on this device.",
        ),
        Key::AwardOpenRound => ("Buka penghargaan", "Open the award"),
        // Award settings (issue 7): categories, criteria and stages of a round added, renamed, removed.
        Key::AwardCategoryNameLabel => ("Nama kategori {n}", "Category {n} name"),
        Key::AwardNewCategory => ("Kategori baru", "New category"),
        Key::AwardAddCategory => ("Tambah kategori", "Add category"),
        Key::AwardCriterionNameLabel => ("Nama kriteria {n}", "Criterion {n} name"),
        Key::AwardNewCriterion => {
            ("Kriteria baru (bobot mulai 0)", "New criterion (weight starts at 0)")
        }
        Key::AwardAddCriterion => ("Tambah kriteria", "Add criterion"),
        Key::AwardStagesLegend => {
            ("Tahapan penghargaan dan tanggalnya", "Award stages and their dates")
        }
        Key::AwardStageNameLabel => ("Nama tahap {n}", "Stage {n} name"),
        Key::AwardStageDateLabel => ("Tanggal {stage}", "Date of {stage}"),
        Key::AwardNewStage => ("Tahap baru", "New stage"),
        Key::AwardAddStage => ("Tambah tahap", "Add stage"),
        Key::JuryBundleUnusable => {
            ("Lembar nilai tidak bisa dipakai:", "The score sheet cannot be used:")
        }
        Key::JuryBundleFrom => {
            ("Lembar nilai dari juri {juror}.", "Score sheet from the juror {juror}.")
        }
        Key::JuryKeepSheet => ("Simpan lembar nilai", "Keep the score sheet"),
        Key::JurySheetAdded => {
            ("Lembar nilai disimpan untuk «{round}».", "Score sheet kept for «{round}».")
        }
        Key::JurySheetReplaced => (
            "Lembar nilai yang lebih baru menggantikan yang lama untuk «{round}».",
            "A newer score sheet replaced the earlier one for «{round}».",
        ),
        Key::JurySheetUnchanged => (
            "Lembar nilai ini (atau yang lebih baru) sudah tersimpan untuk «{round}».",
            "This score sheet (or a newer one) is already kept for «{round}».",
        ),
        Key::JuryTitle => ("Penilaian juri", "Jury scoring"),
        Key::JuryNone => (
            "Belum ada bundel penilaian. Buka bundel dari sekretariat di halaman Impor.",
            "No award bundle yet. Open the secretariat's bundle on the Import page.",
        ),
        Key::JuryBack => ("← Penilaian juri", "← Jury scoring"),
        Key::JuryNotFound => (
            "Bundel penilaian ini tidak ada di perangkat ini.",
            "This award bundle is not on this device.",
        ),
        Key::JuryScoringTitle => ("Penilaian juri", "Jury scoring"),
        Key::JuryIntro => (
            "«{round}» dari {secretariat}. Juri: {juror}. Isi nilai 0–100 untuk setiap kriteria; nilai tersimpan di perangkat ini saat diketik.",
            "«{round}» from {secretariat}. Juror: {juror}. Type a score 0–100 for every criterion; scores are kept on this device as you type.",
        ),
        Key::JuryWeights => ("Bobot:", "Weights:"),
        Key::JuryProgress => ("{n} dari {total} nilai terisi", "{n} of {total} scores filled in"),
        Key::JurySend => ("Kirim lembar nilai", "Send the score sheet"),
        Key::JuryIncomplete => {
            ("Lembar nilai belum bisa dikirim:", "The score sheet cannot be sent yet:")
        }
        Key::JurySent => (
            "Lembar nilai diunduh; kirim berkas ini ke sekretariat:",
            "Score sheet downloaded; send this file to the secretariat:",
        ),
    }
}

/// The text of `key` with its `{n}` placeholder replaced by a count.
pub fn t_count(lang: Lang, key: Key, n: u64) -> String {
    t(lang, key).replace("{n}", &n.to_string())
}

//! Texts of the secretariat's workspace: registry, config, dashboard, verification, projection, recaps.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    RegistryTitle,
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
    AgencyAdded,
    AgencySaved,
    AgencyDeactivated,
    AgencyActivated,
    CsvHeading,
    CsvFileLabel,
    CsvHint,
    CsvPreviewTitle,
    CsvBadRows,
    CsvApply,
    CsvApplied,
    CsvNothing,
    CsvUnreadable,
    DemoHeading,
    DemoIntro,
    DemoLoadButton,
    DemoRemoveButton,
    DemoAlready,
    DemoNameTaken,
    DemoRegion,
    NoCatalogForYear,
    WithoutHeading,
    AllHaveInnovation,
    KindChartTitle,
    LegendWith,
    LegendWithout,
    StageChartTitle,
    PerAgencyHeading,
    TableScrollHint,
    YandasHeading,
    YandasCovered,
    YandasMissing,
    DigitalHeading,
    KindNotChosen,
    SendersHeading,
    SendersReview,
    SendersPreviewIntro,
    SendersAddFailed,
    NotAnswered,
    NoneYet,
    NoneMissing,
    KindChartEmpty,
    RegistryEmptyNote,
    StageHeading,
    EvidenceHeading,
    ColAnswered,
    ColWithEvidence,
    ColShare,
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
    PickLabel,
    PickButton,
    PickRequired,
    OnBehalfHeading,
    OnBehalfIntro,
    OnBehalfAgencyLabel,
    OnBehalfButton,
    OnBehalfRequired,
    OnBehalfNoUnits,
    InnovationCsvIntro,
    InnovationCsvTemplate,
    InnovationCsvTemplateHint,
    InnovationCsvFileLabel,
    InnovationCsvBadRows,
    InnovationCsvRefused,
    InnovationCsvNothing,
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
    RecapHeading,
    RecapIntro,
    RecapXlsxButton,
    RecapPreparing,
    RecapDownloaded,
    RecapFailed,
    RecapWorkerFailed,
    DashboardMoreNav,
    RecapPrintLink,
    ProjectionIntro,
    ProjectionHeading,
    ClaimedTitle,
    VerifiedTitle,
    ClaimedHint,
    FigSpd,
    FigReported,
    FigAverage,
    NoEmptySeats,
    FigCount,
    FigSid,
    FigTotal,
    FigIid,
    FigPredicate,
    WhatIfLabel,
    WhatIfHeading,
    SpdHeading,
    SpdIntro,
    SpdAllAnswered,
    SpdIssuesTitle,
    SpdUnreadable,
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
    RecapHeadlineHeading,
    RecapProjectionHeading,
    RecapSpdProblems,
    ColFigure,
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
    ReviewOverLimit,
    ReviewMaturityHeading,
    MaturityVerifiedForm,
    AgencyNote,
    ReviewNoEvidence,
    ReviewFileNotHere,
    ReviewDecisionHeading,
    ReviewStatusLabel,
    ReviewReasonHint,
    ReviewSave,
    ReviewSaved,
    ReviewHasProblems,
    ChangesUnknown,
    ChangesNone,
    GateHeading,
    GateThresholdLabel,
    GateSave,
    GateSaved,
    GateNotSet,
    GateReady,
    GateHint,
    GateNotReadyHeading,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::RegistryTitle,
        Key::RegistrySearch,
        Key::NoAgencies,
        Key::NoAgencyMatch,
        Key::AddAgencyHeading,
        Key::EditAgencyHeading,
        Key::UnitNameLabel,
        Key::UnitKindLabel,
        Key::UnitParentLabel,
        Key::NoParent,
        Key::AddAgencyButton,
        Key::SaveAgencyButton,
        Key::CancelButton,
        Key::EditButton,
        Key::DeactivateButton,
        Key::ActivateButton,
        Key::ActiveYes,
        Key::ActiveNo,
        Key::AgencyAdded,
        Key::AgencySaved,
        Key::AgencyDeactivated,
        Key::AgencyActivated,
        Key::CsvHeading,
        Key::CsvFileLabel,
        Key::CsvHint,
        Key::CsvPreviewTitle,
        Key::CsvBadRows,
        Key::CsvApply,
        Key::CsvApplied,
        Key::CsvNothing,
        Key::CsvUnreadable,
        Key::DemoHeading,
        Key::DemoIntro,
        Key::DemoLoadButton,
        Key::DemoRemoveButton,
        Key::DemoAlready,
        Key::DemoNameTaken,
        Key::DemoRegion,
        Key::NoCatalogForYear,
        Key::WithoutHeading,
        Key::AllHaveInnovation,
        Key::KindChartTitle,
        Key::LegendWith,
        Key::LegendWithout,
        Key::StageChartTitle,
        Key::PerAgencyHeading,
        Key::TableScrollHint,
        Key::YandasHeading,
        Key::YandasCovered,
        Key::YandasMissing,
        Key::DigitalHeading,
        Key::KindNotChosen,
        Key::SendersHeading,
        Key::SendersReview,
        Key::SendersPreviewIntro,
        Key::SendersAddFailed,
        Key::NotAnswered,
        Key::NoneYet,
        Key::NoneMissing,
        Key::KindChartEmpty,
        Key::RegistryEmptyNote,
        Key::StageHeading,
        Key::EvidenceHeading,
        Key::ColAnswered,
        Key::ColWithEvidence,
        Key::ColShare,
        Key::AllUnitsHeading,
        Key::ConfigHeading,
        Key::ConfigIntro,
        Key::RegionKindLabel,
        Key::RegionProvince,
        Key::RegionRegency,
        Key::RegionCity,
        Key::RegionKindRequired,
        Key::ConfigBuild,
        Key::ConfigDownloaded,
        Key::ConfigProblems,
        Key::ConfigUnusable,
        Key::PickLabel,
        Key::PickButton,
        Key::PickRequired,
        Key::OnBehalfHeading,
        Key::OnBehalfIntro,
        Key::OnBehalfAgencyLabel,
        Key::OnBehalfButton,
        Key::OnBehalfRequired,
        Key::OnBehalfNoUnits,
        Key::InnovationCsvIntro,
        Key::InnovationCsvTemplate,
        Key::InnovationCsvTemplateHint,
        Key::InnovationCsvFileLabel,
        Key::InnovationCsvBadRows,
        Key::InnovationCsvRefused,
        Key::InnovationCsvNothing,
        Key::InnovationCsvChanged,
        Key::AgencyListBack,
        Key::DeadlinesHeading,
        Key::DeadlinesIntro,
        Key::DeadlineLabelLabel,
        Key::DeadlineDateLabel,
        Key::DeadlineAdd,
        Key::DeadlineSave,
        Key::DeadlineSaved,
        Key::DeadlineRemoved,
        Key::DeadlineEdit,
        Key::DeadlineRemove,
        Key::NoDeadlines,
        Key::DeadlinePassed,
        Key::RecapHeading,
        Key::RecapIntro,
        Key::RecapXlsxButton,
        Key::RecapPreparing,
        Key::RecapDownloaded,
        Key::RecapFailed,
        Key::RecapWorkerFailed,
        Key::DashboardMoreNav,
        Key::RecapPrintLink,
        Key::ProjectionIntro,
        Key::ProjectionHeading,
        Key::ClaimedTitle,
        Key::VerifiedTitle,
        Key::ClaimedHint,
        Key::FigSpd,
        Key::FigReported,
        Key::FigAverage,
        Key::NoEmptySeats,
        Key::FigCount,
        Key::FigSid,
        Key::FigTotal,
        Key::FigIid,
        Key::FigPredicate,
        Key::WhatIfLabel,
        Key::WhatIfHeading,
        Key::SpdHeading,
        Key::SpdIntro,
        Key::SpdAllAnswered,
        Key::SpdIssuesTitle,
        Key::SpdUnreadable,
        Key::SpdMandatory,
        Key::SpdLevelLabel,
        Key::SpdNotAnswered,
        Key::SpdLevelZero,
        Key::SpdNoteLabel,
        Key::SpdSaving,
        Key::SpdSaved,
        Key::SpdSaveFailed,
        Key::SpdRetry,
        Key::BackToDashboard,
        Key::RecapHeadlineHeading,
        Key::RecapProjectionHeading,
        Key::RecapSpdProblems,
        Key::ColFigure,
        Key::VerifyIntro,
        Key::VerifyEmpty,
        Key::FeedbackDownload,
        Key::FeedbackDownloaded,
        Key::FeedbackNoVerdicts,
        Key::FeedbackFailed,
        Key::FeedbackLastSent,
        Key::BackToVerification,
        Key::ReviewTitle,
        Key::ReviewFullProfile,
        Key::ReviewOverLimit,
        Key::ReviewMaturityHeading,
        Key::MaturityVerifiedForm,
        Key::AgencyNote,
        Key::ReviewNoEvidence,
        Key::ReviewFileNotHere,
        Key::ReviewDecisionHeading,
        Key::ReviewStatusLabel,
        Key::ReviewReasonHint,
        Key::ReviewSave,
        Key::ReviewSaved,
        Key::ReviewHasProblems,
        Key::ChangesUnknown,
        Key::ChangesNone,
        Key::GateHeading,
        Key::GateThresholdLabel,
        Key::GateSave,
        Key::GateSaved,
        Key::GateNotSet,
        Key::GateReady,
        Key::GateHint,
        Key::GateNotReadyHeading,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::GateHeading => {
                ("Layak kirim ke aplikasi nasional", "Ready to send to the national app")
            }
            Key::GateThresholdLabel => (
                "Ambang layak kirim (kematangan terverifikasi minimal)",
                "Send threshold (minimum verified maturity)",
            ),
            Key::GateSave => ("Simpan ambang", "Save the threshold"),
            Key::GateSaved => ("Ambang disimpan.", "Threshold saved."),
            Key::GateNotSet => (
                "Ambang tahun ini belum ditetapkan: dihitung dari 0.",
                "No threshold set for this year: counted from 0.",
            ),
            Key::GateReady => ("Layak kirim", "Ready to send"),
            Key::GateHint => (
                "Layak: diverifikasi pada revisi terakhir, kematangan terverifikasi mencapai ambang, dan tidak ada yang akan ditolak aplikasi nasional. Ambang ikut bundel konfigurasi berikutnya sebagai target setiap instansi.",
                "Ready: verified at its latest revision, verified maturity at or above the threshold, and nothing the national app would reject. The threshold goes with the next config bundle as every unit's target.",
            ),
            Key::GateNotReadyHeading => ("Belum layak kirim", "Not ready to send"),
            Key::RegistryTitle => ("Daftar Instansi", "Agency List"),
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
            Key::AgencyAdded => ("Instansi ditambahkan.", "Unit added."),
            Key::AgencySaved => ("Perubahan instansi tersimpan.", "Unit changes saved."),
            Key::AgencyDeactivated => ("Instansi dinonaktifkan.", "Unit deactivated."),
            Key::AgencyActivated => ("Instansi diaktifkan kembali.", "Unit activated again."),
            Key::CsvHeading => {
                ("Impor daftar instansi dari CSV", "Import the agency list from CSV")
            }
            Key::CsvFileLabel => ("Berkas CSV daftar instansi", "Agency list CSV file"),
            Key::CsvHint => (
                "Kolom: nama dan jenis (wajib), induk, aktif, id. Dari Excel: Simpan Sebagai → CSV.",
                "Columns: nama and jenis (required), induk, aktif, id. From Excel: Save As → CSV.",
            ),
            Key::CsvPreviewTitle => ("Pratinjau impor", "Import preview"),
            Key::CsvBadRows => {
                ("Baris yang bermasalah (dilewati):", "Rows with problems (skipped):")
            }
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
            Key::DemoAlready => ("Data contoh sudah dimuat.", "The demo data is already loaded."),
            Key::DemoNameTaken => (
                "Data contoh tidak dimuat karena nama ini sudah dipakai instansi Anda:",
                "The demo data was not loaded because your units already use these names:",
            ),
            Key::DemoRegion => ("Daerah contoh:", "Demo region:"),
            Key::NoCatalogForYear => {
                ("Tidak ada katalog untuk tahun ini.", "There is no catalog for this year.")
            }
            Key::WithoutHeading => {
                ("Instansi yang belum punya inovasi", "Units without an innovation")
            }
            Key::AllHaveInnovation => (
                "Semua instansi aktif sudah punya inovasi.",
                "Every active unit has an innovation.",
            ),
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
            Key::YandasHeading => {
                ("Urusan pelayanan dasar (yandas)", "Basic-service affairs (yandas)")
            }
            Key::YandasCovered => ("Sudah ada inovasi:", "With an innovation:"),
            Key::YandasMissing => ("Belum ada inovasi:", "Without an innovation:"),
            Key::DigitalHeading => ("Jenis inovasi", "Innovation type"),
            Key::KindNotChosen => ("Belum dipilih", "Not chosen"),
            Key::SendersHeading => {
                ("Pengirim yang belum ada di daftar", "Senders not on the unit registry")
            }
            Key::SendersReview => {
                ("Tinjau penambahan ke Daftar instansi", "Review adding them to the unit registry")
            }
            Key::SendersPreviewIntro => (
                "Instansi ini akan ditambahkan ke Daftar instansi sebagai instansi aktif. Jenisnya ditebak dari nama; ubah di Daftar instansi bila keliru.",
                "These units will be added to the unit registry as active units. Their kind is guessed from the name; change it on the registry if it is wrong.",
            ),
            Key::SendersAddFailed => (
                "Instansi tidak bisa ditambahkan; Daftar instansi tidak berubah.",
                "The units could not be added; the unit registry is unchanged.",
            ),
            Key::NotAnswered => ("belum dijawab", "not answered"),
            Key::NoneYet => ("belum ada", "none yet"),
            Key::NoneMissing => ("tidak ada", "none"),
            Key::KindChartEmpty => (
                "Grafik per jenis tampil setelah instansi ada di Daftar instansi.",
                "The chart per kind appears once units are on the unit registry.",
            ),
            Key::RegistryEmptyNote => (
                "Daftar instansi belum berisi instansi aktif.",
                "The unit registry has no active unit yet.",
            ),
            Key::StageHeading => ("Tahapan inovasi", "Innovation stages"),
            Key::EvidenceHeading => {
                ("Kelengkapan bukti dukung per indikator", "Evidence completeness per indicator")
            }
            Key::ColAnswered => ("Dijawab (level ≥ 1)", "Answered (level ≥ 1)"),
            Key::ColWithEvidence => ("Dengan bukti", "With evidence"),
            Key::ColShare => ("Lengkap", "Complete"),
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
            Key::PickLabel => ("Instansi Anda", "Your unit"),
            Key::PickButton => ("Pakai instansi ini", "Use this unit"),
            Key::PickRequired => {
                ("Pilih instansi Anda dari daftar.", "Choose your unit from the list.")
            }
            Key::OnBehalfHeading => {
                ("Inovasi atas nama instansi", "Innovations on behalf of a unit")
            }
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
            Key::InnovationCsvBadRows => ("Baris yang salah:", "Rows with problems:"),
            Key::InnovationCsvRefused => (
                "Berkas ini ditolak: perbaiki baris di atas lalu pilih berkasnya lagi. Belum ada yang disimpan.",
                "This file is refused: fix the rows above and choose the file again. Nothing has been saved.",
            ),
            Key::InnovationCsvNothing => (
                "Berkas ini tidak memuat inovasi baru. Belum ada yang disimpan.",
                "This file holds no new innovation. Nothing has been saved.",
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
            Key::RecapHeading => ("Unduh rekap", "Download the recap"),
            Key::RecapIntro => (
                "Rekap tahun penilaian dari data yang tersimpan: Rekap Instansi, Inovasi, Indikator dan Proyeksi IID. Berkas CSV dibuat untuk Excel berbahasa Indonesia (pemisah titik koma, koma desimal); berkas XLSX memuat keempat lembar dengan angka asli. Keduanya bisa dibuat tanpa internet.",
                "The assessment year's recap from the stored data: Rekap Instansi, Inovasi, Indikator and Proyeksi IID. The CSV files are made for Excel set to Indonesian (semicolon separator, decimal comma); the XLSX file holds the four sheets with real numbers. Both work without internet.",
            ),
            Key::RecapXlsxButton => ("Unduh rekap XLSX", "Download the XLSX recap"),
            Key::RecapPreparing => ("Menyiapkan berkas XLSX…", "Preparing the XLSX file…"),
            Key::RecapDownloaded => ("Diunduh:", "Downloaded:"),
            Key::RecapFailed => ("Rekap tidak dapat dibuat:", "The recap could not be made:"),
            Key::RecapWorkerFailed => ("penulis berkas XLSX gagal:", "the XLSX writer failed:"),
            Key::DashboardMoreNav => ("Halaman terkait", "Related pages"),
            Key::RecapPrintLink => ("Rekap untuk dicetak", "Printable recap"),
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
            Key::FigSpd => ("Skor SPD", "SPD score"),
            Key::FigReported => ("Inovasi dilaporkan (n)", "Innovations reported (n)"),
            Key::FigAverage => ("Rata-rata kematangan", "Average maturity"),
            Key::NoEmptySeats => (
                "Tidak ada kursi kosong: pembagi naik dengan setiap inovasi baru.",
                "No empty seats: the divisor grows with every new innovation.",
            ),
            Key::FigCount => ("Skor jumlah inovasi", "Innovation count score"),
            Key::FigSid => ("Skor SID (rata-rata + jumlah)", "SID score (average + count)"),
            Key::FigTotal => ("Total (SPD + SID)", "Total (SPD + SID)"),
            Key::FigIid => ("IID", "IID"),
            Key::FigPredicate => ("Predikat", "Predicate"),
            Key::WhatIfLabel => {
                ("Kematangan satu inovasi tambahan", "Maturity of one more innovation")
            }
            Key::WhatIfHeading => ("Satu inovasi lagi:", "One more innovation:"),
            Key::SpdHeading => {
                ("Isian SPD (Satuan Pemerintahan Daerah)", "SPD entry (regional government level)")
            }
            Key::SpdIntro => (
                "Diisi sekali per pemda untuk tahun penilaian. Setiap perubahan langsung tersimpan di perangkat ini.",
                "Filled in once per region for the assessment year. Every change is saved on this device at once.",
            ),
            Key::SpdAllAnswered => ("Semua baris SPD sudah diisi.", "Every SPD row is answered."),
            Key::SpdIssuesTitle => (
                "Isian SPD bermasalah; skor SPD dihitung 0 sampai diperbaiki:",
                "The SPD entry has problems; the SPD score counts as 0 until they are fixed:",
            ),
            Key::SpdUnreadable => (
                "Isian SPD yang tersimpan tidak bisa dibaca; tidak ada yang diubah.",
                "The stored SPD entry cannot be read; nothing was changed.",
            ),
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
            Key::RecapHeadlineHeading => ("Kepatuhan instansi", "Agency compliance"),
            Key::RecapProjectionHeading => ("Proyeksi IID", "IID projection"),
            Key::RecapSpdProblems => (
                "Isian SPD bermasalah; skor SPD dihitung 0.",
                "The SPD entry has problems; the SPD score counts as 0.",
            ),
            Key::ColFigure => ("Angka", "Figure"),
            Key::VerifyIntro => (
                "Inovasi yang sudah diajukan dan diimpor, per instansi. Buka satu inovasi untuk memeriksanya; setelah diperiksa, unduh bundel umpan balik untuk instansi itu dan kirimkan kepadanya.",
                "Submitted and imported innovations, per agency. Open one to review it; once reviewed, download the agency's feedback bundle and send it to the agency.",
            ),
            Key::VerifyEmpty => (
                "Belum ada inovasi yang diajukan untuk tahun ini. Impor bundel dari instansi di halaman Impor.",
                "No innovation was submitted for this year yet. Import the agencies' bundles on the Import page.",
            ),
            Key::FeedbackDownload => ("Unduh bundel umpan balik", "Download the feedback bundle"),
            Key::FeedbackDownloaded => {
                ("Bundel umpan balik diunduh:", "Feedback bundle downloaded:")
            }
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
            Key::ReviewOverLimit => (
                "Berkas di atas batas aplikasi nasional (akan ditolak saat diunggah):",
                "Files over the national app's limit (the upload would be refused):",
            ),
            Key::ReviewMaturityHeading => {
                ("Kematangan: klaim vs terverifikasi", "Maturity: claimed vs verified")
            }
            Key::MaturityVerifiedForm => ("Terverifikasi (isian ini)", "Verified (this form)"),
            Key::AgencyNote => ("Catatan instansi", "Agency's note"),
            Key::ReviewNoEvidence => ("Tidak ada bukti dukung.", "No evidence."),
            Key::ReviewFileNotHere => {
                ("(berkas tidak ada di perangkat ini)", "(file not on this device)")
            }
            Key::ReviewDecisionHeading => ("Keputusan", "Decision"),
            Key::ReviewStatusLabel => ("Status verifikasi", "Review status"),
            Key::ReviewReasonHint => (
                "Wajib untuk perlu revisi dan ditolak; instansi membacanya di bundel umpan balik.",
                "Required for needs revision and rejected; the agency reads it in the feedback bundle.",
            ),
            Key::ReviewSave => ("Simpan hasil verifikasi", "Save the review"),
            Key::ReviewSaved => ("Hasil verifikasi disimpan.", "Review saved."),
            Key::ReviewHasProblems => {
                ("Hasil verifikasi belum bisa disimpan:", "The review cannot be saved yet:")
            }
            Key::ChangesUnknown => (
                "Revisi yang diperiksa tidak tersimpan di perangkat ini; perubahan tidak dapat ditampilkan.",
                "The reviewed revision is not kept on this device; the changes cannot be shown.",
            ),
            Key::ChangesNone => ("Tidak ada isian yang berubah.", "No field changed."),
        }
    }
}

/// "{active} active of {total} units"
pub fn registry_counts(lang: Lang, active: impl Display, total: impl Display) -> String {
    match lang {
        Lang::Id => format!("{active} aktif dari {total} instansi"),
        Lang::En => format!("{active} active of {total} units"),
    }
}

/// "Innovations of {year} per unit."
pub fn registry_year_counts(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Jumlah inovasi tahun {year} per instansi."),
        Lang::En => format!("Innovations of {year} per unit."),
    }
}

/// "{n} innovations"
pub fn innovation_count(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} inovasi"),
        Lang::En => format!("{n} {w0}", w0 = plural(n.count(), "innovation", "innovations"),),
    }
}

/// "{n} rows read"
pub fn csv_rows(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} baris dibaca"),
        Lang::En => format!("{n} {w0} read", w0 = plural(n.count(), "row", "rows"),),
    }
}

/// "{n} added"
pub fn csv_added(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("{n} ditambahkan"),
        Lang::En => format!("{n} added"),
    }
}

/// "{n} updated"
pub fn csv_updated(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("{n} diperbarui"),
        Lang::En => format!("{n} updated"),
    }
}

/// "{n} skipped"
pub fn csv_skipped(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("{n} dilewati"),
        Lang::En => format!("{n} skipped"),
    }
}

/// "Demo data loaded: {a} units, {i} innovations."
pub fn demo_loaded(lang: Lang, a: impl Display, i: impl Display) -> String {
    match lang {
        Lang::Id => format!("Data contoh dimuat: {a} instansi, {i} inovasi."),
        Lang::En => format!("Demo data loaded: {a} units, {i} innovations."),
    }
}

/// "Demo data removed: {a} units, {i} innovations."
pub fn demo_removed(lang: Lang, a: impl Display, i: impl Display) -> String {
    match lang {
        Lang::Id => format!("Data contoh dihapus: {a} instansi, {i} inovasi."),
        Lang::En => format!("Demo data removed: {a} units, {i} innovations."),
    }
}

/// "Add {n} units to the unit registry"
pub fn add_senders_button(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("Tambahkan {n} instansi ke Daftar instansi"),
        Lang::En => format!("Add {n} {} to the unit registry", plural(n as u64, "unit", "units")),
    }
}

/// "{n} units added to the unit registry."
pub fn senders_added(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} instansi ditambahkan ke Daftar instansi."),
        Lang::En => {
            format!("{n} {} added to the unit registry.", plural(n as u64, "unit", "units"))
        }
    }
}

/// "Compliance dashboard {year}"
pub fn dashboard_title(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Dasbor kepatuhan {year}"),
        Lang::En => format!("Compliance dashboard {year}"),
    }
}

/// "Compliant (at least {min} innovation reported): {n} of {y} units ({pct} %)."
pub fn compliant_share(
    lang: Lang,
    min: impl Display,
    n: impl Display,
    y: impl Count,
    pct: impl Display,
) -> String {
    match lang {
        Lang::Id => format!(
            "Patuh (paling sedikit {min} inovasi dilaporkan): {n} dari {y} instansi ({pct} %)."
        ),
        Lang::En => format!(
            "Compliant (at least {min} innovation reported): {n} of {y} {w0} ({pct} %).",
            w0 = plural(y.count(), "unit", "units"),
        ),
    }
}

/// "{n} innovations this year, {s} entered by the secretariat."
pub fn innovations_total(lang: Lang, n: impl Count, s: impl Display) -> String {
    match lang {
        Lang::Id => format!("{n} inovasi tahun ini, {s} dientri sekretariat."),
        Lang::En => format!(
            "{n} {w0} this year, {s} entered by the secretariat.",
            w0 = plural(n.count(), "innovation", "innovations"),
        ),
    }
}

/// "The agency list from {name} for {year}. Pick your unit instead of typing its name."
pub fn config_from(lang: Lang, name: impl Display, year: impl Display) -> String {
    match lang {
        Lang::Id => format!(
            "Daftar instansi dari {name} untuk tahun {year}. Pilih instansi Anda agar tidak perlu mengetik namanya."
        ),
        Lang::En => format!(
            "The agency list from {name} for {year}. Pick your unit instead of typing its name."
        ),
    }
}

/// "Unit chosen: {name} ({region}). New innovations carry the unit's id from the secretariat's list."
pub fn pick_done(lang: Lang, name: impl Display, region: impl Display) -> String {
    match lang {
        Lang::Id => format!(
            "Instansi dipilih: {name} ({region}). Inovasi baru memakai id instansi dari daftar sekretariat."
        ),
        Lang::En => format!(
            "Unit chosen: {name} ({region}). New innovations carry the unit's id from the secretariat's list."
        ),
    }
}

/// "{n} rows read"
pub fn innovation_csv_rows(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} baris dibaca"),
        Lang::En => format!("{n} {w0} read", w0 = plural(n.count(), "row", "rows"),),
    }
}

/// "{n} innovations will be created"
pub fn innovation_csv_created(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} inovasi akan dibuat"),
        Lang::En => {
            format!("{n} {w0} will be created", w0 = plural(n.count(), "innovation", "innovations"),)
        }
    }
}

/// "{n} innovations saved, marked “Entered by the secretariat”."
pub fn innovation_csv_applied(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} inovasi disimpan, ditandai “Diinput oleh sekretariat”."),
        Lang::En => format!(
            "{n} {w0} saved, marked “Entered by the secretariat”.",
            w0 = plural(n.count(), "innovation", "innovations"),
        ),
    }
}

/// "Download CSV {sheet}"
pub fn recap_csv_button(lang: Lang, sheet: impl Display) -> String {
    match lang {
        Lang::Id => format!("Unduh CSV {sheet}"),
        Lang::En => format!("Download CSV {sheet}"),
    }
}

/// "there is no catalog for {year}."
pub fn recap_no_catalog(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("tidak ada katalog untuk tahun {year}."),
        Lang::En => format!("there is no catalog for {year}."),
    }
}

/// "the stored SPD answers are for {found}, not {year}."
pub fn recap_spd_year(lang: Lang, found: impl Display, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("jawaban SPD yang tersimpan untuk tahun {found}, bukan {year}."),
        Lang::En => format!("the stored SPD answers are for {found}, not {year}."),
    }
}

/// "IID projection {year}"
pub fn projection_title(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Proyeksi IID {year}"),
        Lang::En => format!("IID projection {year}"),
    }
}

/// "With the secretariat's verification; {n} innovations not reviewed yet count with their claims."
pub fn verified_hint(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!(
            "Dengan hasil verifikasi sekretariat; {n} inovasi yang belum diverifikasi dihitung dengan klaimnya."
        ),
        Lang::En => format!(
            "With the secretariat's verification; {n} {w0} with their claims.",
            w0 = plural(
                n.count(),
                "innovation not reviewed yet counts",
                "innovations not reviewed yet count"
            ),
        ),
    }
}

/// "{sum} / MAX({k}, {n}) = {sum} / {d} = {avg}"
pub fn average_formula(
    lang: Lang,
    sum: impl Display,
    k: impl Display,
    n: impl Display,
    d: impl Display,
    avg: impl Display,
) -> String {
    match lang {
        Lang::Id => format!("{sum} : MAX({k}; {n}) = {sum} : {d} = {avg}"),
        Lang::En => format!("{sum} / MAX({k}, {n}) = {sum} / {d} = {avg}"),
    }
}

/// "{n} empty seats: until there are {k} innovations, each new one adds to the maturity sum without raising the divisor."
pub fn empty_seats(lang: Lang, n: impl Count, k: impl Count) -> String {
    match lang {
        Lang::Id => format!(
            "{n} kursi kosong: sampai ada {k} inovasi, setiap inovasi baru menambah jumlah kematangan tanpa menambah pembagi."
        ),
        Lang::En => format!(
            "{n} {w0}: until there are {k} {w1}, each new one adds to the maturity sum without raising the divisor.",
            w0 = plural(n.count(), "empty seat", "empty seats"),
            w1 = plural(k.count(), "innovation", "innovations"),
        ),
    }
}

/// "MIN({n}, {cap}) × {factor} = {score}"
pub fn count_formula(
    lang: Lang,
    n: impl Display,
    cap: impl Display,
    factor: impl Display,
    score: impl Display,
) -> String {
    match lang {
        Lang::Id => format!("MIN({n}; {cap}) × {factor} = {score}"),
        Lang::En => format!("MIN({n}, {cap}) × {factor} = {score}"),
    }
}

/// "{score}: {c} of {all} yandas affairs covered, at least {min} needed"
pub fn count_gated(
    lang: Lang,
    score: impl Display,
    c: impl Display,
    all: impl Display,
    min: impl Display,
) -> String {
    match lang {
        Lang::Id => {
            format!("{score}: urusan yandas tercakup {c} dari {all}, perlu paling sedikit {min}")
        }
        Lang::En => format!("{score}: {c} of {all} yandas affairs covered, at least {min} needed"),
    }
}

/// "{message} if its main affair is {affair}"
pub fn what_if_covering(lang: Lang, message: impl Display, affair: impl Display) -> String {
    match lang {
        Lang::Id => format!("{message} bila urusan utamanya {affair}"),
        Lang::En => format!("{message} if its main affair is {affair}"),
    }
}

/// "{n} of {total} SPD rows answered"
pub fn spd_answered_count(lang: Lang, n: impl Display, total: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} dari {total} baris SPD diisi"),
        Lang::En => format!(
            "{n} of {total} {w0} answered",
            w0 = plural(total.count(), "SPD row", "SPD rows"),
        ),
    }
}

/// "SPD score {score} of {max}"
pub fn spd_score_line(lang: Lang, score: impl Display, max: impl Display) -> String {
    match lang {
        Lang::Id => format!("Skor SPD {score} dari {max}"),
        Lang::En => format!("SPD score {score} of {max}"),
    }
}

/// "{n} rows not answered yet (counted as 0)"
pub fn spd_unanswered_summary(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} baris belum diisi (dihitung 0)"),
        Lang::En => format!(
            "{n} {w0} not answered yet (counted as 0)",
            w0 = plural(n.count(), "row", "rows"),
        ),
    }
}

/// "{variable} · Weight {weight} · Evidence: {evidence}"
pub fn spd_row_details(
    lang: Lang,
    variable: impl Display,
    weight: impl Display,
    evidence: impl Display,
) -> String {
    match lang {
        Lang::Id => format!("{variable} · Bobot {weight} · Bukti: {evidence}"),
        Lang::En => format!("{variable} · Weight {weight} · Evidence: {evidence}"),
    }
}

/// "Row score: {points}"
pub fn spd_row_points(lang: Lang, points: impl Display) -> String {
    match lang {
        Lang::Id => format!("Skor baris: {points}"),
        Lang::En => format!("Row score: {points}"),
    }
}

/// "Regional innovation recap {year}"
pub fn recap_title(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Rekap inovasi daerah {year}"),
        Lang::En => format!("Regional innovation recap {year}"),
    }
}

/// "printed {date}"
pub fn recap_printed_on(lang: Lang, date: impl Display) -> String {
    match lang {
        Lang::Id => format!("dicetak {date}"),
        Lang::En => format!("printed {date}"),
    }
}

/// "Verification of the {year} innovations"
pub fn verify_title(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Verifikasi inovasi tahun {year}"),
        Lang::En => format!("Verification of the {year} innovations"),
    }
}

/// "What changed since the reviewed revision {n}"
pub fn changes_since_heading(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Yang berubah sejak revisi {n} yang diperiksa"),
        Lang::En => format!("What changed since the reviewed revision {n}"),
    }
}

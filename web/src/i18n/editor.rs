//! Texts of the innovation editor: profile, indicators, files, submission, print view.

use std::fmt::Display;

use inovda_core::Lang;

use super::Texts;

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    EditorTitle,
    Checklist,
    ChecklistReady,
    Words,
    ChooseAffairs,
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
    MandatoryMissing,
    Points,
    Mandatory,
    Weight,
    LevelChoice,
    EvidenceHint,
    VideoLink,
    EvidenceLink,
    Note,
    Submitted,
    Reopened,
    Submit,
    ReadOnlyNotice,
    Reopen,
    DevelopmentHint,
    ThemeDetailHint,
    ConflictNotice,
    ReloadLatest,
    PrintView,
    PrintTitle,
    Indicator,
    Level,
    Files,
    Year,
    TakePhoto,
    RolloverIntro,
    DevelopmentNote,
    DevelopmentDateLabel,
    RolloverButton,
    HandoverLink,
    StorageUnavailable,
    FeedbackHeading,
    FeedbackOutdated,
    ToFixHeading,
    KippLink,
    LabinovLink,
    SectionsNav,
    NavProfile,
    NavIndicators,
    NavLabinov,
    IndicatorIndex,
    OpenAllIndicators,
    CloseAllIndicators,
    SubmitTried,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::EditorTitle,
        Key::Checklist,
        Key::ChecklistReady,
        Key::Words,
        Key::ChooseAffairs,
        Key::Detach,
        Key::PhotoDownscaled,
        Key::FileAttached,
        Key::NoSpace,
        Key::Needed,
        Key::Available,
        Key::NothingLost,
        Key::FileUnreadable,
        Key::Processing,
        Key::AddFile,
        Key::KeepOriginal,
        Key::ReuseFile,
        Key::AttachThis,
        Key::MandatoryMissing,
        Key::Points,
        Key::Mandatory,
        Key::Weight,
        Key::LevelChoice,
        Key::EvidenceHint,
        Key::VideoLink,
        Key::EvidenceLink,
        Key::Note,
        Key::Submitted,
        Key::Reopened,
        Key::Submit,
        Key::ReadOnlyNotice,
        Key::Reopen,
        Key::DevelopmentHint,
        Key::ThemeDetailHint,
        Key::ConflictNotice,
        Key::ReloadLatest,
        Key::PrintView,
        Key::PrintTitle,
        Key::Indicator,
        Key::Level,
        Key::Files,
        Key::Year,
        Key::TakePhoto,
        Key::RolloverIntro,
        Key::DevelopmentNote,
        Key::DevelopmentDateLabel,
        Key::RolloverButton,
        Key::HandoverLink,
        Key::StorageUnavailable,
        Key::FeedbackHeading,
        Key::FeedbackOutdated,
        Key::ToFixHeading,
        Key::KippLink,
        Key::LabinovLink,
        Key::SectionsNav,
        Key::NavProfile,
        Key::NavIndicators,
        Key::NavLabinov,
        Key::IndicatorIndex,
        Key::OpenAllIndicators,
        Key::CloseAllIndicators,
        Key::SubmitTried,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::EditorTitle => ("Profil Inovasi", "Innovation profile"),
            Key::Checklist => {
                ("hal lagi sebelum bisa diajukan", "more items before it can be submitted")
            }
            Key::ChecklistReady => ("Siap diajukan.", "Ready to submit."),
            Key::Words => ("kata", "words"),
            Key::ChooseAffairs => ("Pilih urusan beririsan", "Choose overlapping affairs"),
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
            Key::MandatoryMissing => {
                ("Indikator wajib belum lengkap:", "Mandatory indicators still missing:")
            }
            Key::Points => ("Nilai", "Points"),
            Key::Mandatory => ("Wajib", "Mandatory"),
            Key::Weight => ("Bobot", "Weight"),
            Key::LevelChoice => ("Pilih tingkat (parameter)", "Choose the level (parameter)"),
            Key::EvidenceHint => ("Bukti dukung", "Evidence"),
            Key::VideoLink => {
                ("Tautan video (YouTube / Google Drive)", "Video link (YouTube / Google Drive)")
            }
            Key::EvidenceLink => ("Tautan bukti (jika ada)", "Evidence link (if any)"),
            Key::Note => ("Catatan", "Note"),
            Key::Submitted => (
                "Inovasi diajukan. Isian kini hanya bisa dibaca.",
                "Innovation submitted. It is now read-only.",
            ),
            Key::Reopened => ("Dibuka kembali sebagai revisi baru.", "Reopened as a new revision."),
            Key::Submit => ("Ajukan", "Submit (Ajukan)"),
            Key::ReadOnlyNotice => (
                "Isian hanya bisa dibaca; tekan «Buka kembali» untuk mengubah.",
                "Read-only; press «Reopen» to change it.",
            ),
            Key::Reopen => ("Buka kembali", "Reopen (Buka kembali)"),
            Key::ThemeDetailHint => (
                "Rincian tematik yang dipilih, seperti pada formulir nasional.",
                "The detail of the chosen theme, as on the national form.",
            ),
            Key::DevelopmentHint => (
                "Isi jika inovasi dikembangkan (penambahan substansi atau cakupan); kosongkan jika tidak.",
                "Fill in if the innovation was developed further (new substance or coverage); leave empty otherwise.",
            ),
            Key::ConflictNotice => (
                "Inovasi ini baru saja disimpan dari tab atau jendela lain. Perubahan di sini tidak disimpan agar tidak menimpa versi yang lebih baru.",
                "This innovation was just saved from another tab or window. Changes here are not saved, so the newer version is not overwritten.",
            ),
            Key::ReloadLatest => ("Muat versi terbaru", "Load the latest version"),
            Key::PrintView => ("Cetak / PDF", "Print / PDF"),
            Key::PrintTitle => ("Profil Inovasi Daerah", "Regional innovation profile"),
            Key::Indicator => ("Indikator", "Indicator"),
            Key::Level => ("Tingkat", "Level"),
            Key::Files => ("Berkas", "Files"),
            Key::Year => ("Tahun", "Year"),
            Key::TakePhoto => ("Ambil foto dengan kamera", "Take a photo with the camera"),
            Key::RolloverIntro => (
                "Inovasi yang lebih tua dari rentang penilaian hanya dinilai bila ada pengembangan (penambahan substansi atau cakupan) dengan tanggalnya. Satu inovasi paling banyak dua kali diikutkan penilaian nasional, masing-masing dengan kematangan lebih tinggi. Salinan baru dibuat; data tahun lama tetap utuh.",
                "An innovation older than the assessed window counts only with a development (added substance or coverage) and its date. One innovation may be entered in the national assessment at most twice, each time with a higher maturity. A new copy is made; the earlier year's data stays intact.",
            ),
            Key::DevelopmentNote => (
                "Pengembangan: apa yang ditambah dari segi substansi atau cakupan",
                "Development: what was added in substance or coverage",
            ),
            Key::DevelopmentDateLabel => ("Tanggal pengembangan", "Date of the development"),
            Key::RolloverButton => ("Laporkan lagi tahun ini", "Report again this year"),
            Key::HandoverLink => ("Serahkan ke aplikasi nasional", "Hand over to the national app"),
            Key::StorageUnavailable => (
                "Gagal menyimpan: penyimpanan browser sedang tidak bisa dipakai. Teks Anda tetap di layar dan akan disimpan pada perubahan berikutnya.",
                "Could not save: the browser's storage is unavailable right now. Your text stays on screen and is saved with your next change.",
            ),
            Key::FeedbackHeading => ("Hasil verifikasi sekretariat", "The secretariat's review"),
            Key::FeedbackOutdated => (
                "Inovasi sudah diubah sejak revisi yang diperiksa; hasil ini untuk revisi tersebut.",
                "The innovation changed after the reviewed revision; this result is for that revision.",
            ),
            Key::ToFixHeading => ("Yang perlu diperbaiki", "What to fix"),
            Key::KippLink => ("Proposal KIPP", "KIPP proposal"),
            Key::LabinovLink => ("Laboratorium Inovasi", "Innovation Lab (Labinov)"),
            Key::SectionsNav => ("Bagian formulir", "Form sections"),
            Key::NavProfile => ("Profil", "Profile"),
            Key::NavIndicators => ("Indikator", "Indicators"),
            Key::NavLabinov => ("Labinov", "Labinov"),
            Key::IndicatorIndex => ("Lompat ke indikator", "Jump to an indicator"),
            Key::OpenAllIndicators => ("Buka semua indikator", "Open every indicator"),
            Key::CloseAllIndicators => ("Tutup semua indikator", "Close every indicator"),
            Key::SubmitTried => (
                "Belum bisa diajukan: lengkapi daftar di atas (temuan kini tampil di setiap isian).",
                "Not submitted yet: complete the list above (findings now show under every field).",
            ),
        }
    }
}

/// "The {year} assessment year is over: this innovation is read-only."
pub fn past_year_notice(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Tahun penilaian {year} sudah lewat: inovasi ini hanya bisa dibaca."),
        Lang::En => format!("The {year} assessment year is over: this innovation is read-only."),
    }
}

/// "Report again in {year}"
pub fn rollover_title(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!("Laporkan lagi tahun {year}"),
        Lang::En => format!("Report again in {year}"),
    }
}

/// "The {year} rules differ from this innovation's year; the copy is scored with the new rules:"
pub fn catalog_changed(lang: Lang, year: impl Display) -> String {
    match lang {
        Lang::Id => format!(
            "Aturan tahun {year} berbeda dari tahun inovasi ini; salinan dinilai dengan aturan baru:"
        ),
        Lang::En => format!(
            "The {year} rules differ from this innovation's year; the copy is scored with the new rules:"
        ),
    }
}

/// "Reported again from {year} (national entry {entry})"
pub fn carried_notice(lang: Lang, year: impl Display, entry: impl Display) -> String {
    match lang {
        Lang::Id => format!("Dilaporkan lagi dari tahun {year} (entri nasional ke-{entry})"),
        Lang::En => format!("Reported again from {year} (national entry {entry})"),
    }
}

/// "on behalf of {agency}"
pub fn entered_on_behalf_of(lang: Lang, agency: impl Display) -> String {
    match lang {
        Lang::Id => format!("atas nama {agency}"),
        Lang::En => format!("on behalf of {agency}"),
    }
}

/// "claimed {claimed}, verified {verified}"
pub fn fix_line(lang: Lang, claimed: impl Display, verified: impl Display) -> String {
    match lang {
        Lang::Id => format!("klaim {claimed}, terverifikasi {verified}"),
        Lang::En => format!("claimed {claimed}, verified {verified}"),
    }
}

/// An indicator's state in its card's summary and the index: "Level 2 · 1 bukti".
pub fn indicator_state(lang: Lang, level: u8, files: usize) -> String {
    match (lang, level, files) {
        (Lang::Id, 0, 0) => "Belum diisi".to_owned(),
        (Lang::En, 0, 0) => "Not answered".to_owned(),
        (Lang::Id, level, files) => format!("Level {level} · {files} bukti"),
        (Lang::En, level, 1) => format!("Level {level} · 1 evidence file"),
        (Lang::En, level, files) => format!("Level {level} · {files} evidence files"),
    }
}

/// What still blocks an indicator, in its card's summary: "2 hal kurang".
pub fn indicator_missing(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Id, n) => format!("{n} hal kurang"),
        (Lang::En, 1) => "1 thing missing".to_owned(),
        (Lang::En, n) => format!("{n} things missing"),
    }
}

/// The index entry of one indicator, for screen readers: "Indikator 29: Level 2 · 1 bukti".
pub fn indicator_index_label(lang: Lang, number: u8, state: &str) -> String {
    match lang {
        Lang::Id => format!("Indikator {number}: {state}"),
        Lang::En => format!("Indicator {number}: {state}"),
    }
}

/// The sticky bar's short count of what blocks Ajukan: "3 hal lagi".
pub fn items_left(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Id, n) => format!("{n} hal lagi"),
        (Lang::En, 1) => "1 item left".to_owned(),
        (Lang::En, n) => format!("{n} items left"),
    }
}

/// The secretariat's "layak kirim" threshold as the unit's target, beside the kematangan.
pub fn send_target(lang: Lang, threshold: u32) -> String {
    match lang {
        Lang::Id => format!(
            "Target sekretariat: kematangan terverifikasi minimal {threshold} agar dikirim ke aplikasi nasional."
        ),
        Lang::En => format!(
            "The secretariat's target: a verified maturity of at least {threshold} to be sent to the national app."
        ),
    }
}

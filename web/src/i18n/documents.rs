//! Texts of the official documents' pages (berita acara, SK annex): the controls around the
//! printable page. The documents' own wording comes from core, beside the documents.

use inovda_core::Lang;

use super::{Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    ReportTitle,
    SessionTitle,
    AnnexTitle,
    BackToReview,
    BackToVerification,
    BackToDashboard,
    NumberLabel,
    NumberHint,
    DateLabel,
    MetaSaved,
    DownloadDocx,
    DocxWorking,
    PrintHint,
    SettingsHeading,
    SettingsUnsaved,
    SettingsHint,
    SettingsSave,
    SettingsSaved,
    SettingsProblems,
    NoVerdict,
    OpenReview,
    SessionLabel,
    NoSessions,
    ScopeLabel,
    AnnexEmpty,
    ReportLink,
    SessionLink,
    AnnexLink,
    PreviewLabel,
    QrLabel,
    JumpToDesk,
    DeskLabel,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::ReportTitle,
        Key::SessionTitle,
        Key::AnnexTitle,
        Key::BackToReview,
        Key::BackToVerification,
        Key::BackToDashboard,
        Key::NumberLabel,
        Key::NumberHint,
        Key::DateLabel,
        Key::MetaSaved,
        Key::DownloadDocx,
        Key::DocxWorking,
        Key::PrintHint,
        Key::SettingsHeading,
        Key::SettingsUnsaved,
        Key::SettingsHint,
        Key::SettingsSave,
        Key::SettingsSaved,
        Key::SettingsProblems,
        Key::NoVerdict,
        Key::OpenReview,
        Key::SessionLabel,
        Key::NoSessions,
        Key::ScopeLabel,
        Key::AnnexEmpty,
        Key::ReportLink,
        Key::SessionLink,
        Key::AnnexLink,
        Key::PreviewLabel,
        Key::QrLabel,
        Key::JumpToDesk,
        Key::DeskLabel,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::ReportTitle => {
                ("Berita acara hasil verifikasi", "Verification report (berita acara)")
            }
            Key::SessionTitle => {
                ("Berita acara sesi verifikasi", "Verification session report (berita acara)")
            }
            Key::AnnexTitle => (
                "Lampiran SK penetapan inovasi daerah",
                "Annex of the decree designating regional innovations",
            ),
            Key::BackToReview => {
                ("Kembali ke verifikasi inovasi", "Back to the innovation's review")
            }
            Key::BackToVerification => ("Kembali ke Verifikasi", "Back to Verification"),
            Key::BackToDashboard => ("Kembali ke Dasbor", "Back to the dashboard"),
            Key::NumberLabel => ("Nomor surat", "Letter number"),
            Key::NumberHint => (
                "Kosongkan bila nomor belum ada: halaman mencetak titik-titik untuk diisi tangan.",
                "Leave empty while there is no number: the page prints dots to fill in by hand.",
            ),
            Key::DateLabel => ("Tanggal surat", "Date of the letter"),
            Key::MetaSaved => (
                "Nomor dan tanggal tersimpan di perangkat ini.",
                "Number and date saved on this device.",
            ),
            Key::DownloadDocx => {
                ("Unduh DOCX (bisa diubah di Word)", "Download DOCX (editable in Word)")
            }
            Key::DocxWorking => ("Menyiapkan berkas Word…", "Preparing the Word file…"),
            Key::PrintHint => (
                "Cetak atau simpan sebagai PDF dengan tombol Cetak; ubah kata-kata dulu di berkas DOCX bila perlu.",
                "Print or save as PDF with Print; change the wording in the DOCX file first when needed.",
            ),
            Key::SettingsHeading => ("Kop surat & penanda tangan", "Letterhead & signatories"),
            Key::SettingsUnsaved => (
                "Belum disimpan: kop diisi dari nama daerah dan sekretariat. Periksa, lengkapi nama dan NIP, lalu simpan.",
                "Not saved yet: the letterhead comes from the region's and the secretariat's names. Check it, add names and NIPs, then save.",
            ),
            Key::SettingsHint => (
                "Dipakai semua berita acara dan lampiran SK di perangkat ini. Nama atau NIP kosong dicetak sebagai titik-titik.",
                "Used by every report and decree annex on this device. An empty name or NIP prints as dots.",
            ),
            Key::SettingsSave => ("Simpan kop & penanda tangan", "Save letterhead & signatories"),
            Key::SettingsSaved => {
                ("Kop dan penanda tangan tersimpan.", "Letterhead and signatories saved.")
            }
            Key::SettingsProblems => ("Belum disimpan. Perbaiki dulu:", "Not saved. Fix first:"),
            Key::NoVerdict => (
                "Inovasi ini belum punya hasil verifikasi. Simpan hasil verifikasi dulu, lalu buat berita acaranya.",
                "This innovation has no verification result yet. Save a result first, then make its report.",
            ),
            Key::OpenReview => ("Buka verifikasi inovasi ini", "Open this innovation's review"),
            Key::SessionLabel => ("Sesi verifikasi (tanggal)", "Verification session (date)"),
            Key::NoSessions => (
                "Belum ada hasil verifikasi tersimpan. Verifikasi inovasi dulu; setiap hari verifikasi menjadi satu sesi.",
                "No verification result is saved yet. Review innovations first; each day of reviews is one session.",
            ),
            Key::ScopeLabel => ("Isi lampiran", "What the annex lists"),
            Key::AnnexEmpty => (
                "Belum ada inovasi untuk pilihan ini. Pilih isi lain, atau verifikasi inovasi dulu.",
                "No innovation fits this choice yet. Choose another, or review innovations first.",
            ),
            Key::ReportLink => ("Berita acara verifikasi", "Verification report"),
            Key::SessionLink => ("Berita acara sesi verifikasi", "Verification session report"),
            Key::AnnexLink => ("Lampiran SK penetapan inovasi", "Decree annex of innovations"),
            Key::PreviewLabel => ("Pratinjau dokumen", "Document preview"),
            Key::JumpToDesk => (
                "Ubah nomor, tanggal, kop & penanda tangan ↓",
                "Change the number, date, letterhead & signatories ↓",
            ),
            Key::DeskLabel => ("Nomor, tanggal dan kop surat", "Number, date and letterhead"),
            Key::QrLabel => (
                "Kode QR sidik revisi yang diverifikasi",
                "QR code of the verified revision's fingerprint",
            ),
        }
    }
}

/// "Berkas berita-acara….docx diunduh."
pub fn docx_downloaded(lang: Lang, file_name: &str) -> String {
    lang.pick((format!("Berkas {file_name} diunduh."), format!("{file_name} downloaded.")))
}

/// "7 Desember 2026 · 3 inovasi".
pub fn session_option(lang: Lang, day: &str, count: usize) -> String {
    lang.pick((
        format!("{day} · {count} inovasi"),
        format!("{day} · {count} {}", plural(count as u64, "innovation", "innovations")),
    ))
}

/// "Lampiran memuat 12 inovasi."
pub fn annex_count(lang: Lang, count: usize) -> String {
    lang.pick((
        format!("Lampiran memuat {count} inovasi."),
        format!("The annex lists {count} {}.", plural(count as u64, "innovation", "innovations")),
    ))
}

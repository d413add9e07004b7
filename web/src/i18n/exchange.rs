//! Texts of export and import: bundles, previews, conflicts.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Exporting,
    ExportEmpty,
    ExportFailed,
    ExportMissingFile,
    ExportTitle,
    ExportIntro,
    ExportChoose,
    SelectAll,
    SelectNone,
    ExportSize,
    ExportNoneSelected,
    ExportBuild,
    ExportProgress,
    DownloadAgain,
    Share,
    Shared,
    ShareFailed,
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
    NoImports,
    KindAward,
    KindJury,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::Exporting,
        Key::ExportEmpty,
        Key::ExportFailed,
        Key::ExportMissingFile,
        Key::ExportTitle,
        Key::ExportIntro,
        Key::ExportChoose,
        Key::SelectAll,
        Key::SelectNone,
        Key::ExportSize,
        Key::ExportNoneSelected,
        Key::ExportBuild,
        Key::ExportProgress,
        Key::DownloadAgain,
        Key::Share,
        Key::Shared,
        Key::ShareFailed,
        Key::ImportTitle,
        Key::ImportIntro,
        Key::ImportFiles,
        Key::ImportDrop,
        Key::ImportChecking,
        Key::ImportRejected,
        Key::ImportFrom,
        Key::ImportCreated,
        Key::KindSubmission,
        Key::KindFeedback,
        Key::KindConfig,
        Key::ConfigNotApplied,
        Key::ImportCounts,
        Key::CountNew,
        Key::CountUpdated,
        Key::CountUnchanged,
        Key::CountOlder,
        Key::CountConflicts,
        Key::CountRejected,
        Key::AlreadyImported,
        Key::VerdictFor,
        Key::ConfirmKey,
        Key::KeyConfirmed,
        Key::ImportButton,
        Key::ImportNothing,
        Key::ImportDone,
        Key::ImportFailed,
        Key::ConflictsTitle,
        Key::ConflictsIntro,
        Key::NoConflicts,
        Key::StoredVersion,
        Key::IncomingVersion,
        Key::UseIncoming,
        Key::KeepStored,
        Key::ConflictResolved,
        Key::ImportHistory,
        Key::NoImports,
        Key::KindAward,
        Key::KindJury,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::Exporting => ("Menyiapkan berkas…", "Preparing the file…"),
            Key::ExportEmpty => {
                ("Belum ada inovasi untuk diekspor.", "There is no innovation to export yet.")
            }
            Key::ExportFailed => ("Ekspor gagal", "Export failed"),
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
            Key::ImportTitle => ("Impor bundel", "Import bundles"),
            Key::ImportIntro => (
                "Pilih satu atau beberapa berkas bundel (.zip) dari instansi atau sekretariat. Setiap berkas diperiksa dulu (tanda tangan, isi, ukuran); tidak ada yang disimpan sebelum Anda menekan Impor.",
                "Choose one or more bundle files (.zip) from agencies or the secretariat. Each file is checked first (signature, content, size); nothing is saved until you press Import.",
            ),
            Key::ImportFiles => ("Berkas bundel (.zip)", "Bundle files (.zip)"),
            Key::ImportDrop => {
                ("Atau seret berkas ke kotak ini.", "Or drop the files on this box.")
            }
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
            Key::AlreadyImported => (
                "Sudah pernah diimpor: tidak ada yang berubah.",
                "Already imported: nothing changes.",
            ),
            Key::VerdictFor => ("Hasil verifikasi", "Verdict"),
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
            Key::ImportHistory => ("Riwayat impor", "Import history"),
            Key::NoImports => ("Belum ada bundel yang diimpor.", "No bundle imported yet."),
            Key::KindAward => ("Bundel penilaian juri", "Jury award bundle"),
            Key::KindJury => ("Lembar nilai juri", "Juror score sheet"),
        }
    }
}

/// "Selected: {n} innovations"
pub fn export_selected(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("Dipilih: {n} inovasi"),
        Lang::En => {
            format!("Selected: {n} {w0}", w0 = plural(n.count(), "innovation", "innovations"),)
        }
    }
}

/// "Innovations of other agencies on this device are not exported: {n}"
pub fn other_senders(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Inovasi instansi lain di perangkat ini tidak ikut diekspor: {n}"),
        Lang::En => format!("Innovations of other agencies on this device are not exported: {n}"),
    }
}

/// "Evidence neither in the file nor on this device: {n}"
pub fn missing_evidence(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Bukti dukung yang tidak ada di berkas maupun di perangkat ini: {n}"),
        Lang::En => format!("Evidence neither in the file nor on this device: {n}"),
    }
}

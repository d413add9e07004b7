//! Texts of Pengaturan: profile, storage, backup and restore.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    LanguageHeading,
    LanguageLabel,
    ProfileHeading,
    SaveProfile,
    ProfileSaved,
    ProfileNote,
    ZoneLabel,
    ZoneHint,
    StorageHeading,
    StorageUnknown,
    PersistedYes,
    PersistedNo,
    PersistButton,
    PersistGranted,
    PersistDenied,
    KeyHeading,
    KeyIntro,
    BackupHeading,
    BackupIntro,
    BackupPassphrase,
    BackupPassphraseRepeat,
    BackupPassphraseNote,
    BackupMismatch,
    BackupButton,
    BackupDone,
    BackupFailed,
    RestoreHeading,
    RestoreIntro,
    RestoreFile,
    RestorePassphrase,
    RestoreNoFile,
    RestoreOpening,
    RestoreYes,
    RestoreCancelled,
    RestoreWorking,
    RestoreNoSpace,
    RoleChangeWarning,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::LanguageHeading,
        Key::LanguageLabel,
        Key::ProfileHeading,
        Key::SaveProfile,
        Key::ProfileSaved,
        Key::ProfileNote,
        Key::ZoneLabel,
        Key::ZoneHint,
        Key::StorageHeading,
        Key::StorageUnknown,
        Key::PersistedYes,
        Key::PersistedNo,
        Key::PersistButton,
        Key::PersistGranted,
        Key::PersistDenied,
        Key::KeyHeading,
        Key::KeyIntro,
        Key::BackupHeading,
        Key::BackupIntro,
        Key::BackupPassphrase,
        Key::BackupPassphraseRepeat,
        Key::BackupPassphraseNote,
        Key::BackupMismatch,
        Key::BackupButton,
        Key::BackupDone,
        Key::BackupFailed,
        Key::RestoreHeading,
        Key::RestoreIntro,
        Key::RestoreFile,
        Key::RestorePassphrase,
        Key::RestoreNoFile,
        Key::RestoreOpening,
        Key::RestoreYes,
        Key::RestoreCancelled,
        Key::RestoreWorking,
        Key::RestoreNoSpace,
        Key::RoleChangeWarning,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::LanguageHeading => ("Bahasa", "Language"),
            Key::LanguageLabel => ("Bahasa tampilan", "Display language"),
            Key::ProfileHeading => ("Profil instansi", "Agency profile"),
            Key::SaveProfile => ("Simpan profil", "Save profile"),
            Key::ProfileSaved => ("Profil tersimpan.", "Profile saved."),
            Key::ZoneLabel => ("Zona waktu wilayah", "The region's time zone"),
            Key::ZoneHint => (
                "Semua waktu di layar dan di nama berkas memakai zona ini. Sekretariat mengirimnya ke instansi lewat bundel konfigurasi.",
                "Every time on screen and in file names uses this zone. The secretariat sends it to the units with the config bundle.",
            ),
            Key::ProfileNote => (
                "Nama baru dipakai untuk inovasi baru dan ekspor berikutnya.",
                "The new names are used for new innovations and the next exports.",
            ),
            Key::StorageHeading => ("Penyimpanan", "Storage"),
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
            Key::BackupDone => ("Cadangan diunduh:", "Backup downloaded:"),
            Key::BackupFailed => ("Cadangan gagal dibuat:", "The backup could not be made:"),
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
            Key::RestoreYes => ("Ya, ganti semua data", "Yes, replace all data"),
            Key::RestoreCancelled => (
                "Pemulihan dibatalkan. Tidak ada yang diubah.",
                "Restore cancelled. Nothing was changed.",
            ),
            Key::RestoreWorking => ("Memulihkan data…", "Restoring the data…"),
            Key::RestoreNoSpace => (
                "Ruang penyimpanan perangkat tidak cukup untuk cadangan ini. Kosongkan ruang, lalu coba lagi. Tidak ada yang diubah.",
                "The device does not have enough storage for this backup. Free some space, then try again. Nothing was changed.",
            ),
            Key::RoleChangeWarning => (
                "Perhatian: mengubah peran mengubah halaman yang tersedia di perangkat ini. Data yang tersimpan tidak dihapus.",
                "Warning: changing the role changes which pages this device offers. Nothing stored is deleted.",
            ),
        }
    }
}

/// "{used} used of {quota} ({n}%)"
pub fn storage_usage(
    lang: Lang,
    used: impl Display,
    quota: impl Display,
    n: impl Display,
) -> String {
    match lang {
        Lang::Id => format!("Terpakai {used} dari {quota} ({n}%)"),
        Lang::En => format!("{used} used of {quota} ({n}%)"),
    }
}

/// "Making the backup… {n}%"
pub fn backup_working(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Membuat cadangan… {n}%"),
        Lang::En => format!("Making the backup… {n}%"),
    }
}

/// "The backup could not be made: the «{store}» data holds a value that cannot be backed up ({what})."
pub fn backup_not_json(lang: Lang, store: impl Display, what: impl Display) -> String {
    match lang {
        Lang::Id => format!(
            "Cadangan gagal dibuat: data «{store}» berisi nilai yang tidak bisa dicadangkan ({what})."
        ),
        Lang::En => format!(
            "The backup could not be made: the «{store}» data holds a value that cannot be backed up ({what})."
        ),
    }
}

/// "Backup of {date}: {n} innovations, {m} evidence files. All data on this device (innovations, files, settings and the device key) will be replaced by this backup."
pub fn restore_confirm(lang: Lang, date: impl Display, n: impl Count, m: impl Count) -> String {
    match lang {
        Lang::Id => format!(
            "Cadangan tanggal {date}: {n} inovasi, {m} berkas bukti dukung. Semua data di perangkat ini (inovasi, berkas, pengaturan dan kunci perangkat) akan diganti dengan isi cadangan ini."
        ),
        Lang::En => format!(
            "Backup of {date}: {n} {w0}, {m} {w1}. All data on this device (innovations, files, settings and the device key) will be replaced by this backup.",
            w0 = plural(n.count(), "innovation", "innovations"),
            w1 = plural(m.count(), "evidence file", "evidence files"),
        ),
    }
}

/// "Data restored from the backup: {n} innovations, {m} evidence files."
pub fn restore_done(lang: Lang, n: impl Count, m: impl Count) -> String {
    match lang {
        Lang::Id => format!("Data dipulihkan dari cadangan: {n} inovasi, {m} berkas bukti dukung."),
        Lang::En => format!(
            "Data restored from the backup: {n} {w0}, {m} {w1}.",
            w0 = plural(n.count(), "innovation", "innovations"),
            w1 = plural(m.count(), "evidence file", "evidence files"),
        ),
    }
}

/// "Restore failed; nothing was changed. {reason}" (the reason is a sentence).
pub fn restore_failed(lang: Lang, reason: impl Display) -> String {
    match lang {
        Lang::Id => format!("Pemulihan gagal; tidak ada yang diubah. {reason}"),
        Lang::En => format!("Restore failed; nothing was changed. {reason}"),
    }
}

/// A time zone in the Pengaturan list: "WITA (UTC+8) — Bali, NTB, NTT, Kalimantan …".
pub fn zone_option(lang: Lang, zone: inovda_core::base::zone::Zone) -> String {
    use inovda_core::base::zone::Zone;
    let places = match (zone, lang) {
        (Zone::Wib, Lang::Id) => "Sumatra, Jawa, Kalimantan Barat dan Tengah",
        (Zone::Wib, Lang::En) => "Sumatra, Java, West and Central Kalimantan",
        (Zone::Wita, Lang::Id) => "Bali, Nusa Tenggara, Kalimantan lainnya, Sulawesi",
        (Zone::Wita, Lang::En) => "Bali, Nusa Tenggara, the rest of Kalimantan, Sulawesi",
        (Zone::Wit, Lang::Id) => "Maluku, Papua",
        (Zone::Wit, Lang::En) => "Maluku, Papua",
    };
    format!("{} (UTC+{}) — {places}", zone.label(), zone.offset_minutes() / 60)
}

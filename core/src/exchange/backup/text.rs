//! Indonesian and English text of backup errors.

use super::BackupError;
use crate::base::format::megabytes;
use crate::base::lang::Lang;

/// Why a backup could not be made or restored, one or two sentences.
/// Every error met while opening a backup says that nothing was changed: the shell verifies
/// the whole file before it writes anything.
pub fn backup_error_message(lang: Lang, error: &BackupError) -> String {
    let unchanged = lang.pick((" Tidak ada yang diubah.", " Nothing was changed."));
    let short = |sha256: &str| sha256.get(..12).unwrap_or(sha256).to_owned();
    let read = |text: String| format!("{text}{unchanged}");
    match error {
        BackupError::EmptyPassphrase => lang
            .pick(("Kata sandi cadangan wajib diisi.", "Enter the backup passphrase."))
            .to_owned(),
        BackupError::WrongPassphrase => read(
            lang.pick((
                "Kata sandi salah: cadangan ini tidak bisa dibuka dengan kata sandi tersebut.",
                "Wrong passphrase: this backup does not open with it.",
            ))
            .to_owned(),
        ),
        BackupError::Damaged(_) => read(
            lang.pick((
                "Berkas cadangan rusak, terpotong, atau bukan cadangan Inovda.",
                "The backup file is damaged, truncated or not an Inovda backup.",
            ))
            .to_owned(),
        ),
        BackupError::MissingIndex | BackupError::NotABackup => read(
            lang.pick((
                "Berkas ini bukan cadangan Inovda (backup.json tidak ada atau tidak dikenal).",
                "This file is not an Inovda backup (backup.json is missing or unknown).",
            ))
            .to_owned(),
        ),
        BackupError::FutureVersion { found, supported } => read(match lang {
            Lang::Id => format!(
                "Cadangan dibuat oleh versi aplikasi yang lebih baru (format {found}, aplikasi ini sampai {supported}): perbarui aplikasi, lalu pulihkan lagi."
            ),
            Lang::En => format!(
                "The backup comes from a newer app (format {found}, this app reads up to {supported}): update the app, then restore again."
            ),
        }),
        BackupError::FutureLayout { found, supported } => read(match lang {
            Lang::Id => format!(
                "Cadangan berasal dari susunan data yang lebih baru ({found}, aplikasi ini {supported}): perbarui aplikasi, lalu pulihkan lagi."
            ),
            Lang::En => format!(
                "The backup comes from a newer data layout ({found}, this app has {supported}): update the app, then restore again."
            ),
        }),
        BackupError::UnknownStore { name } => read(match lang {
            Lang::Id => format!(
                "Cadangan berisi data yang tidak dikenal aplikasi ini ({name}): perbarui aplikasi, lalu pulihkan lagi."
            ),
            Lang::En => format!(
                "The backup holds data this app does not know ({name}): update the app, then restore again."
            ),
        }),
        BackupError::InvalidIndex(_) => read(
            lang.pick((
                "Berkas cadangan rusak: daftar isinya (backup.json) tidak sah.",
                "The backup file is damaged: its table of contents (backup.json) is not valid.",
            ))
            .to_owned(),
        ),
        BackupError::TooManyEntries { count, max } => read(match lang {
            Lang::Id => {
                format!("Berkas cadangan terlalu besar: {count} isian, paling banyak {max}.")
            }
            Lang::En => format!("The backup file is too large: {count} entries, at most {max}."),
        }),
        BackupError::TooLarge { size, max } => read(match lang {
            Lang::Id => format!(
                "Berkas cadangan terlalu besar: {} melebihi batas {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
            Lang::En => format!(
                "The backup file is too large: {} exceeds the limit of {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
        }),
        BackupError::UnsafePath { name } => read(match lang {
            Lang::Id => format!("Berkas cadangan rusak: nama isian tidak aman ({name})."),
            Lang::En => format!("The backup file is damaged: an unsafe entry name ({name})."),
        }),
        BackupError::DuplicateEntry => read(
            lang.pick((
                "Berkas cadangan rusak: ada isian dengan nama ganda.",
                "The backup file is damaged: two entries have the same name.",
            ))
            .to_owned(),
        ),
        BackupError::UnsupportedEntry { name } | BackupError::UnexpectedEntry { name } => {
            read(match lang {
                Lang::Id => format!("Berkas cadangan rusak: isian {name} tidak dikenal."),
                Lang::En => format!("The backup file is damaged: unknown entry {name}."),
            })
        }
        BackupError::MissingFile { sha256 } => read(match lang {
            Lang::Id => {
                format!("Berkas cadangan tidak lengkap: bukti dukung {}… hilang.", short(sha256))
            }
            Lang::En => format!(
                "The backup file is incomplete: evidence file {}… is missing.",
                short(sha256)
            ),
        }),
        BackupError::FileModified { sha256 } => read(match lang {
            Lang::Id => format!(
                "Berkas cadangan rusak: isi bukti dukung {}… tidak cocok dengan sidiknya.",
                short(sha256)
            ),
            Lang::En => format!(
                "The backup file is damaged: evidence file {}… does not match its hash.",
                short(sha256)
            ),
        }),
        BackupError::FileMismatch { sha256 } => match lang {
            Lang::Id => format!(
                "Bukti dukung {}… berubah di perangkat ini; cadangan dibatalkan.",
                short(sha256)
            ),
            Lang::En => {
                format!(
                    "Evidence file {}… changed on this device; backup cancelled.",
                    short(sha256)
                )
            }
        },
        BackupError::Encrypt(_) | BackupError::WriterState(_) => {
            lang.pick(("Cadangan gagal dibuat.", "The backup could not be made.")).to_owned()
        }
        BackupError::Io(_) => lang
            .pick((
                "Cadangan gagal ditulis (penyimpanan penuh?).",
                "The backup could not be written (storage full?).",
            ))
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_backup_error(code: crate::exchange::backup::BackupErrorCode) -> BackupError {
        use crate::exchange::backup::BackupErrorCode as C;
        let sha256 = || "ab".repeat(32);
        match code {
            C::EmptyPassphrase => BackupError::EmptyPassphrase,
            C::WrongPassphrase => BackupError::WrongPassphrase,
            C::Damaged => BackupError::Damaged("eof".into()),
            C::Encrypt => BackupError::Encrypt("x".into()),
            C::MissingIndex => BackupError::MissingIndex,
            C::NotABackup => BackupError::NotABackup,
            C::FutureVersion => BackupError::FutureVersion { found: 2, supported: 1 },
            C::InvalidIndex => BackupError::InvalidIndex("x".into()),
            C::FutureLayout => BackupError::FutureLayout { found: 4, supported: 3 },
            C::UnknownStore => BackupError::UnknownStore { name: "signers".into() },
            C::TooManyEntries => BackupError::TooManyEntries { count: 9, max: 2 },
            C::TooLarge => BackupError::TooLarge { size: 3 << 30, max: 1 << 30 },
            C::UnsafePath => BackupError::UnsafePath { name: "../x".into() },
            C::DuplicateEntry => BackupError::DuplicateEntry,
            C::UnsupportedEntry => BackupError::UnsupportedEntry { name: "files/x".into() },
            C::UnexpectedEntry => BackupError::UnexpectedEntry { name: "records/x".into() },
            C::MissingFile => BackupError::MissingFile { sha256: sha256() },
            C::FileModified => BackupError::FileModified { sha256: sha256() },
            C::FileMismatch => BackupError::FileMismatch { sha256: sha256() },
            C::WriterState => BackupError::WriterState("x"),
            C::Io => BackupError::Io("full".into()),
        }
    }

    #[test]
    fn every_backup_error_reads_in_both_languages() {
        for code in crate::exchange::backup::BackupErrorCode::ALL {
            let error = sample_backup_error(code);
            assert_eq!(error.code(), code);
            assert!(!code.as_str().is_empty());
            let id = backup_error_message(Lang::Id, &error);
            let en = backup_error_message(Lang::En, &error);
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en, "{code:?} must differ between languages");
            let writing = matches!(
                code,
                crate::exchange::backup::BackupErrorCode::EmptyPassphrase
                    | crate::exchange::backup::BackupErrorCode::Encrypt
                    | crate::exchange::backup::BackupErrorCode::FileMismatch
                    | crate::exchange::backup::BackupErrorCode::WriterState
                    | crate::exchange::backup::BackupErrorCode::Io
            );
            assert_eq!(id.ends_with("Tidak ada yang diubah."), !writing, "{id}");
            assert_eq!(en.ends_with("Nothing was changed."), !writing, "{en}");
        }
        let wrong = backup_error_message(Lang::Id, &BackupError::WrongPassphrase);
        assert!(wrong.starts_with("Kata sandi salah"), "{wrong}");
        let future = backup_error_message(
            Lang::Id,
            &sample_backup_error(crate::exchange::backup::BackupErrorCode::FutureVersion),
        );
        assert!(future.contains("perbarui aplikasi"), "{future}");
    }
}

//! Backups ("Cadangkan"/"Pulihkan"): a whole-store file encrypted with a passphrase by `age`.
//!
//! The file is a standard binary age file with one scrypt (passphrase) stanza, so the `age` or
//! `rage` command can also open it: the region's data is never locked into this app.
//! What goes inside (a ZIP of records, evidence, settings and the signing key) is the shell's.
//! Unlike the rest of core, encryption draws its salt and file key from the OS random source
//! inside `age` (which has no way to pass them in); hence the `backup` cargo feature.

use std::io::{Read, Write};

use age::secrecy::SecretString;

use crate::error::BackupError;

/// scrypt work factor (log2 N) of new backups: 2^16 × 1 KiB = 64 MiB of memory and about
/// half a second on a laptop; phones manage it too.
pub const BACKUP_WORK_FACTOR: u8 = 16;
/// The highest work factor a backup may ask for when opened (2^18: 256 MiB).
/// A larger one is refused as damaged, so a hostile file cannot exhaust memory.
pub const MAX_WORK_FACTOR: u8 = 18;

/// Encrypts `plaintext` (the backup ZIP) with `passphrase` at [`BACKUP_WORK_FACTOR`].
pub fn encrypt_backup(plaintext: &[u8], passphrase: &str) -> Result<Vec<u8>, BackupError> {
    encrypt_backup_with_work_factor(plaintext, passphrase, BACKUP_WORK_FACTOR)
}

/// [`encrypt_backup`] with another scrypt work factor (1–[`MAX_WORK_FACTOR`]); tests use small ones.
pub fn encrypt_backup_with_work_factor(
    plaintext: &[u8],
    passphrase: &str,
    work_factor: u8,
) -> Result<Vec<u8>, BackupError> {
    if passphrase.is_empty() {
        return Err(BackupError::EmptyPassphrase);
    }
    if !(1..=MAX_WORK_FACTOR).contains(&work_factor) {
        return Err(BackupError::Encrypt(format!("work factor {work_factor} out of range")));
    }
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(work_factor);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _))
        .map_err(|e| BackupError::Encrypt(e.to_string()))?;
    let mut out = Vec::with_capacity(plaintext.len() + 256);
    let mut writer =
        encryptor.wrap_output(&mut out).map_err(|e| BackupError::Encrypt(e.to_string()))?;
    writer.write_all(plaintext).map_err(|e| BackupError::Encrypt(e.to_string()))?;
    writer.finish().map_err(|e| BackupError::Encrypt(e.to_string()))?;
    Ok(out)
}

/// Decrypts a backup. A wrong passphrase and a damaged file are told apart
/// ([`BackupError::WrongPassphrase`], [`BackupError::Damaged`]); nothing is returned half-read.
pub fn decrypt_backup(ciphertext: &[u8], passphrase: &str) -> Result<Vec<u8>, BackupError> {
    if passphrase.is_empty() {
        return Err(BackupError::EmptyPassphrase);
    }
    let decryptor = age::Decryptor::new_buffered(ciphertext)
        .map_err(|e| BackupError::Damaged(e.to_string()))?;
    if !decryptor.is_scrypt() {
        return Err(BackupError::Damaged("not a passphrase-encrypted age file".into()));
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor.decrypt(std::iter::once(&identity as _)).map_err(|e| match e {
        age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed
        | age::DecryptError::NoMatchingKeys => BackupError::WrongPassphrase,
        other => BackupError::Damaged(other.to_string()),
    })?;
    let mut plaintext = Vec::with_capacity(ciphertext.len());
    reader.read_to_end(&mut plaintext).map_err(|e| BackupError::Damaged(e.to_string()))?;
    Ok(plaintext)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZIP: &[u8] = b"PK\x03\x04 records, evidence, settings and the signing key";

    #[test]
    fn a_backup_opens_with_its_passphrase_only() {
        let sealed =
            encrypt_backup_with_work_factor(ZIP, "kopi tubruk 17 agustus", 10).expect("test data");
        assert!(sealed.starts_with(b"age-encryption.org/v1\n-> scrypt "));
        assert!(!sealed.windows(7).any(|w| w == b"records"));
        assert_eq!(decrypt_backup(&sealed, "kopi tubruk 17 agustus").expect("test data"), ZIP);
        assert_eq!(
            decrypt_backup(&sealed, "kopi tubruk 17 Agustus"),
            Err(BackupError::WrongPassphrase)
        );
        assert_eq!(decrypt_backup(&sealed, ""), Err(BackupError::EmptyPassphrase));
        assert_eq!(encrypt_backup(ZIP, ""), Err(BackupError::EmptyPassphrase));
        // Fresh salt and file key each time.
        assert_ne!(encrypt_backup_with_work_factor(ZIP, "x", 10).expect("test data"), sealed);
    }

    #[test]
    fn damaged_or_foreign_files_are_told_apart_from_a_wrong_passphrase() {
        let sealed = encrypt_backup_with_work_factor(ZIP, "rahasia", 10).expect("test data");
        let body = sealed.len() - 5;
        let mut flipped = sealed.clone();
        flipped[body] ^= 1;
        assert!(matches!(decrypt_backup(&flipped, "rahasia"), Err(BackupError::Damaged(_))));
        let truncated = &sealed[..sealed.len() - 20];
        assert!(matches!(decrypt_backup(truncated, "rahasia"), Err(BackupError::Damaged(_))));
        assert!(matches!(
            decrypt_backup(b"PK\x03\x04 zip", "rahasia"),
            Err(BackupError::Damaged(_))
        ));
        assert!(matches!(decrypt_backup(&sealed[..10], "rahasia"), Err(BackupError::Damaged(_))));
    }

    #[test]
    fn the_default_work_factor_round_trips_and_greedy_files_are_refused() {
        let sealed = encrypt_backup(ZIP, "sandi panjang sekali").expect("test data");
        let header = String::from_utf8_lossy(&sealed[..80]).into_owned();
        assert!(header.contains(&format!(" {BACKUP_WORK_FACTOR}\n")), "{header}");
        assert_eq!(decrypt_backup(&sealed, "sandi panjang sekali").expect("test data"), ZIP);
        let needle = format!(" {BACKUP_WORK_FACTOR}\n").into_bytes();
        let at = sealed.windows(needle.len()).position(|w| w == needle).expect("test data");
        let mut greedy = sealed.clone();
        greedy[at + 1..at + 3].copy_from_slice(b"30");
        assert!(matches!(
            decrypt_backup(&greedy, "sandi panjang sekali"),
            Err(BackupError::Damaged(_))
        ));
    }
}

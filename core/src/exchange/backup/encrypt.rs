//! Backups ("Cadangkan"/"Pulihkan"): a whole-store file encrypted with a passphrase by `age`.
//!
//! The file is a standard binary age file with one scrypt (passphrase) stanza, so the `age` or
//! `rage` command can also open it: the region's data is never locked into this app.
//! What goes inside is the archive of `backup_archive` (every object store: records, evidence,
//! settings and the signing key). [`EncryptingWriter`] encrypts it as it is streamed.
//! Unlike the rest of core, encryption draws its salt and file key from the OS random source
//! inside `age` (which has no way to pass them in); hence the `backup` cargo feature.

use std::io::{BufReader, Read, Write};

use age::secrecy::SecretString;

use crate::exchange::backup::BackupError;

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
    let out = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = EncryptingWriter::with_work_factor(out, passphrase, work_factor)?;
    writer.write_all(plaintext).map_err(|e| BackupError::Encrypt(e.to_string()))?;
    writer.finish()
}

/// A streaming encryptor: every byte written to it is encrypted into `out` (age STREAM, 64 KiB
/// chunks), so a backup never needs to be whole in memory. [`EncryptingWriter::finish`] writes
/// the last chunk; a writer dropped without it leaves a file that reads as damaged.
pub struct EncryptingWriter<W: Write> {
    inner: age::stream::StreamWriter<W>,
}

impl<W: Write> EncryptingWriter<W> {
    /// Writes the age header for `passphrase` at [`BACKUP_WORK_FACTOR`] (this runs scrypt:
    /// about half a second on a laptop).
    pub fn new(out: W, passphrase: &str) -> Result<Self, BackupError> {
        Self::with_work_factor(out, passphrase, BACKUP_WORK_FACTOR)
    }

    /// [`EncryptingWriter::new`] with another work factor (1–[`MAX_WORK_FACTOR`]).
    pub fn with_work_factor(
        out: W,
        passphrase: &str,
        work_factor: u8,
    ) -> Result<Self, BackupError> {
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
        let inner = encryptor.wrap_output(out).map_err(|e| BackupError::Encrypt(e.to_string()))?;
        Ok(Self { inner })
    }

    /// Writes the final chunk and returns the destination.
    pub fn finish(self) -> Result<W, BackupError> {
        self.inner.finish().map_err(|e| BackupError::Encrypt(e.to_string()))
    }
}

impl<W: Write> Write for EncryptingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Decrypts a backup. A wrong passphrase and a damaged file are told apart
/// ([`BackupError::WrongPassphrase`], [`BackupError::Damaged`]); nothing is returned half-read.
pub fn decrypt_backup(ciphertext: &[u8], passphrase: &str) -> Result<Vec<u8>, BackupError> {
    decrypt_backup_from(ciphertext, passphrase)
}

/// [`decrypt_backup`] from any reader (in the browser: the picked file's bytes, left in
/// JavaScript memory and copied in as age reads them). The whole plaintext is returned:
/// age authenticates every chunk, and a cut-off file fails at its end.
pub fn decrypt_backup_from<R: Read>(input: R, passphrase: &str) -> Result<Vec<u8>, BackupError> {
    if passphrase.is_empty() {
        return Err(BackupError::EmptyPassphrase);
    }
    let decryptor = age::Decryptor::new_buffered(BufReader::new(input))
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
    let mut plaintext = Vec::new();
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

    #[test]
    fn the_streaming_writer_matches_the_whole_file_api_and_reads_from_any_reader() {
        let mut writer =
            EncryptingWriter::with_work_factor(Vec::new(), "rahasia", 10).expect("test data");
        let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        for chunk in big.chunks(7_000) {
            writer.write_all(chunk).expect("test data");
        }
        let sealed = writer.finish().expect("test data");
        assert_eq!(decrypt_backup(&sealed, "rahasia").expect("test data"), big);
        let reader = std::io::Cursor::new(sealed.clone());
        assert_eq!(decrypt_backup_from(reader, "rahasia").expect("test data"), big);
        assert_eq!(decrypt_backup_from(&sealed[..], "rahasiA"), Err(BackupError::WrongPassphrase));
        // A writer dropped before `finish` leaves a file that is damaged, not a shorter backup.
        let mut out = Vec::new();
        {
            let mut unfinished =
                EncryptingWriter::with_work_factor(&mut out, "rahasia", 10).expect("test data");
            unfinished.write_all(&big).expect("test data");
        }
        assert!(matches!(decrypt_backup(&out, "rahasia"), Err(BackupError::Damaged(_))));
        assert!(matches!(EncryptingWriter::new(Vec::new(), ""), Err(BackupError::EmptyPassphrase)));
    }
}

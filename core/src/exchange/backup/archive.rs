//! The backup archive: every object store of the app's database in one stored-only ZIP.
//!
//! This is the plaintext inside a passphrase-encrypted backup (see [`crate::exchange::backup`] and
//! docs/bundle-format.md, "Backups"). It is generic over the database's object stores, so a
//! store added by a later layout is backed up without a change here:
//!
//! - `backup.json`: format, version, time, app version, the database layout (`db_version`),
//!   every store except the file store as `[key, value]` JSON pairs, and the list of files;
//! - `files/<sha256>`: the values of the file store ([`FILES_STORE`], evidence Blobs keyed by
//!   the lower-case hex SHA-256 of their bytes), one entry each.
//!
//! [`BackupWriter`] streams the archive into any `std::io::Write` (files chunk by chunk);
//! [`read_backup_archive`] checks a whole archive held in memory (names, limits, version, every
//! file's SHA-256) before the shell changes anything, and [`check_restorable`] checks it fits
//! the receiving database.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use zip::{CompressionMethod, ZipArchive, ZipReadOptions};

use crate::base::hash::{is_lower_hex, sha256_hex};
use crate::base::zip::{AnnouncedFile, CheckedFiles, StreamError, ZipStream, archive_len};
use crate::exchange::backup::BackupError;
use crate::exchange::bundle::is_safe_entry_name;

/// `format` of `backup.json`.
pub const BACKUP_FORMAT_NAME: &str = "inovda-backup";
/// The archive format version this build writes and the highest it reads.
pub const BACKUP_FORMAT_VERSION: u32 = 1;
/// The index entry, always the first in the ZIP.
pub const BACKUP_INDEX_PATH: &str = "backup.json";
/// The object store whose values are files (`files/<sha256>` entries), not JSON.
pub const FILES_STORE: &str = "blobs";
const FILES_PREFIX: &str = "files/";

/// The pairs of one object store, in the store's key order: `(key, value)`.
pub type StoreEntries = Vec<(Value, Value)>;

/// A file of the file store, announced before its bytes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupFileRef {
    /// Lower-case hex SHA-256 of the bytes: the file's key in [`FILES_STORE`] and its entry name.
    pub sha256: String,
    pub size: u64,
    /// The Blob's MIME type as stored (may be empty).
    pub media_type: String,
}

/// `backup.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupIndex {
    /// Always [`BACKUP_FORMAT_NAME`].
    pub format: String,
    pub format_version: u32,
    /// RFC 3339, given by the shell.
    pub created_at: String,
    pub app_version: String,
    /// The database layout version (IndexedDB version) the stores come from.
    pub db_version: u32,
    /// Every object store except [`FILES_STORE`], by name.
    pub stores: BTreeMap<String, StoreEntries>,
    /// The files of [`FILES_STORE`], sorted by SHA-256, each once.
    pub files: Vec<BackupFileRef>,
}

impl BackupIndex {
    /// How many entries a store holds in this backup (0 when it is absent).
    pub fn store_len(&self, name: &str) -> usize {
        if name == FILES_STORE {
            return self.files.len();
        }
        self.stores.get(name).map_or(0, Vec::len)
    }
}

/// What the shell says about a new backup (the time included: core reads no clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupMeta {
    /// RFC 3339.
    pub created_at: String,
    pub db_version: u32,
}

/// The file name of a backup made at `at`, in the region's zone and naming it:
/// `inovda-cadangan-<yyyymmdd-hhmm>-<zone>.age` (as bundle file names).
pub fn backup_file_name(
    at: chrono::DateTime<chrono::Utc>,
    zone: crate::base::zone::Zone,
) -> String {
    format!("inovda-cadangan-{}-{}.age", zone.local(at).format("%Y%m%d-%H%M"), zone.label())
}

fn misuse(what: &'static str) -> BackupError {
    BackupError::WriterState(what)
}

fn is_sha256(text: &str) -> bool {
    text.len() == 64 && is_lower_hex(text)
}

/// A backup archive being written: `backup.json` first, then the files the caller streams in
/// the order of [`BackupWriter::next_file`], then the ZIP directory.
pub struct BackupWriter<W: Write> {
    zip: ZipStream<W>,
    files: CheckedFiles<BackupFileRef>,
    expected_len: u64,
}

impl AnnouncedFile for BackupFileRef {
    fn entry_name(&self) -> String {
        format!("{FILES_PREFIX}{}", self.sha256)
    }

    fn size(&self) -> u64 {
        self.size
    }

    fn sha256(&self) -> &str {
        &self.sha256
    }
}

impl BackupError {
    fn from_stream(error: StreamError, files: &[BackupFileRef]) -> Self {
        match error {
            StreamError::Mismatch { index } => BackupError::FileMismatch {
                sha256: files.get(index).map(|file| file.sha256.clone()).unwrap_or_default(),
            },
            StreamError::OutOfOrder(what) => BackupError::WriterState(what),
            StreamError::Io(error) => BackupError::from(error),
        }
    }
}

impl<W: Write> BackupWriter<W> {
    /// Writes `backup.json` with `stores` (every store except [`FILES_STORE`]) and `files`
    /// (in any order; each SHA-256 once, with one size).
    pub fn start(
        out: W,
        meta: &BackupMeta,
        stores: BTreeMap<String, StoreEntries>,
        files: &[BackupFileRef],
    ) -> Result<Self, BackupError> {
        if chrono::DateTime::parse_from_rfc3339(&meta.created_at).is_err() {
            return Err(misuse("created_at must be an RFC 3339 time"));
        }
        if stores.contains_key(FILES_STORE) {
            return Err(misuse("the file store goes in files/, not in backup.json"));
        }
        if stores.keys().any(String::is_empty) {
            return Err(misuse("a store name is empty"));
        }
        let mut by_hash: BTreeMap<&str, &BackupFileRef> = BTreeMap::new();
        for file in files {
            if !is_sha256(&file.sha256) {
                return Err(misuse("a file's sha256 must be 64 lower-case hex characters"));
            }
            if by_hash.insert(&file.sha256, file).is_some() {
                return Err(misuse("a file is listed twice"));
            }
        }
        let files: Vec<BackupFileRef> = by_hash.into_values().cloned().collect();
        let index = BackupIndex {
            format: BACKUP_FORMAT_NAME.to_owned(),
            format_version: BACKUP_FORMAT_VERSION,
            created_at: meta.created_at.clone(),
            app_version: crate::APP_VERSION.to_owned(),
            db_version: meta.db_version,
            stores,
            files,
        };
        let index_bytes =
            serde_json::to_vec(&index).map_err(|_| misuse("backup.json could not be written"))?;
        let expected_len = archive_len(
            std::iter::once((BACKUP_INDEX_PATH.len(), index_bytes.len() as u64, false)).chain(
                index
                    .files
                    .iter()
                    .map(|file| (FILES_PREFIX.len() + file.sha256.len(), file.size, true)),
            ),
        );
        let mut zip = ZipStream::new(out);
        zip.add(BACKUP_INDEX_PATH, &index_bytes)?;
        Ok(Self { zip, files: CheckedFiles::new(index.files), expected_len })
    }

    /// The exact length of the finished archive in bytes (for a progress bar).
    pub fn expected_len(&self) -> u64 {
        self.expected_len
    }

    /// The file the writer expects next, or `None` when all are written.
    pub fn next_file(&self) -> Option<&BackupFileRef> {
        self.files.next_file()
    }

    /// Appends bytes of the file [`Self::next_file`] names.
    pub fn write_file_chunk(&mut self, chunk: &[u8]) -> Result<(), BackupError> {
        let files = &mut self.files;
        files
            .write_chunk(&mut self.zip, chunk)
            .map_err(|e| BackupError::from_stream(e, files.files()))
    }

    /// Closes the current file after checking its size and SHA-256.
    pub fn finish_file(&mut self) -> Result<(), BackupError> {
        let files = &mut self.files;
        files.finish_file(&mut self.zip).map_err(|e| BackupError::from_stream(e, files.files()))
    }

    /// Writes the ZIP directory; returns the destination.
    pub fn finish(self) -> Result<W, BackupError> {
        if !self.files.all_written() {
            return Err(misuse("not every file was written"));
        }
        Ok(self.zip.finish()?)
    }
}

/// Builds a whole archive in memory; `files` are `(media type, bytes)` in any order.
pub fn write_backup_archive(
    meta: &BackupMeta,
    stores: BTreeMap<String, StoreEntries>,
    files: &[(&str, &[u8])],
) -> Result<Vec<u8>, BackupError> {
    let by_hash: BTreeMap<String, (&str, &[u8])> =
        files.iter().map(|(media, bytes)| (sha256_hex(bytes), (*media, *bytes))).collect();
    let refs: Vec<BackupFileRef> = by_hash
        .iter()
        .map(|(sha256, (media, bytes))| BackupFileRef {
            sha256: sha256.clone(),
            size: bytes.len() as u64,
            media_type: (*media).to_owned(),
        })
        .collect();
    let mut writer = BackupWriter::start(Vec::new(), meta, stores, &refs)?;
    while let Some(file) = writer.next_file() {
        let bytes = by_hash.get(&file.sha256).map(|(_, bytes)| *bytes).unwrap_or_default();
        writer.write_file_chunk(bytes)?;
        writer.finish_file()?;
    }
    writer.finish()
}

/// The reader's limits. The archive is already in memory and stored entries cannot expand,
/// so these only bound the work a hostile file can cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupLimits {
    /// ZIP entries (`backup.json` and files together).
    pub max_entries: u64,
    /// Sum of the sizes of all entries.
    pub max_total_size: u64,
    /// Largest `backup.json`.
    pub max_index_size: u64,
}

impl Default for BackupLimits {
    fn default() -> Self {
        Self { max_entries: 200_000, max_total_size: u64::from(u32::MAX), max_index_size: 1 << 30 }
    }
}

/// A file whose bytes matched its SHA-256: they are `archive[offset .. offset + size]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFile {
    pub sha256: String,
    pub size: u64,
    pub media_type: String,
    pub offset: u64,
}

/// A backup archive whose every check passed.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedBackup {
    pub index: BackupIndex,
    /// Sorted by SHA-256, as listed in `backup.json`.
    pub files: Vec<BackupFile>,
}

impl VerifiedBackup {
    /// The bytes of a verified file, sliced out of the archive it was read from.
    pub fn file_bytes<'a>(&self, archive: &'a [u8], file: &BackupFile) -> Option<&'a [u8]> {
        let start = usize::try_from(file.offset).ok()?;
        let end = start.checked_add(usize::try_from(file.size).ok()?)?;
        archive.get(start..end)
    }
}

fn damaged(error: impl std::fmt::Display) -> BackupError {
    BackupError::Damaged(error.to_string())
}

#[derive(Deserialize)]
struct VersionProbe {
    format: Option<String>,
    format_version: Option<u64>,
}

fn parse_index(bytes: &[u8]) -> Result<BackupIndex, BackupError> {
    let probe: VersionProbe =
        serde_json::from_slice(bytes).map_err(|e| BackupError::InvalidIndex(e.to_string()))?;
    if probe.format.as_deref() != Some(BACKUP_FORMAT_NAME) {
        return Err(BackupError::NotABackup);
    }
    let version = probe
        .format_version
        .ok_or_else(|| BackupError::InvalidIndex("format_version is missing".into()))?;
    if version > u64::from(BACKUP_FORMAT_VERSION) {
        return Err(BackupError::FutureVersion {
            found: version,
            supported: BACKUP_FORMAT_VERSION,
        });
    }
    if version < u64::from(BACKUP_FORMAT_VERSION) {
        return Err(BackupError::InvalidIndex(format!("format_version {version} does not exist")));
    }
    let index: BackupIndex =
        serde_json::from_slice(bytes).map_err(|e| BackupError::InvalidIndex(e.to_string()))?;
    let invalid = |text: String| Err(BackupError::InvalidIndex(text));
    if chrono::DateTime::parse_from_rfc3339(&index.created_at).is_err() {
        return invalid(format!("created_at `{}` is not an RFC 3339 time", index.created_at));
    }
    if index.stores.contains_key(FILES_STORE) {
        return invalid(format!("store `{FILES_STORE}` is listed as JSON"));
    }
    if index.stores.keys().any(String::is_empty) {
        return invalid("a store name is empty".into());
    }
    let mut previous: Option<&str> = None;
    for file in &index.files {
        if !is_sha256(&file.sha256) {
            return invalid(format!("`{}` is not a lower-case SHA-256", file.sha256));
        }
        if previous.is_some_and(|before| before >= file.sha256.as_str()) {
            return invalid(format!("files are not sorted and unique at `{}`", file.sha256));
        }
        previous = Some(&file.sha256);
    }
    Ok(index)
}

/// Checks a decrypted backup archive with the default limits.
pub fn read_backup_archive(archive: &[u8]) -> Result<VerifiedBackup, BackupError> {
    read_backup_archive_with_limits(archive, &BackupLimits::default())
}

/// Checks a decrypted backup archive, in this order: a ZIP; entry count; unique, safe names;
/// stored, unencrypted files only; sizes; `backup.json` present, its format and version,
/// strictly parsed; exactly the listed files present; every file's size and SHA-256.
pub fn read_backup_archive_with_limits(
    archive: &[u8],
    limits: &BackupLimits,
) -> Result<VerifiedBackup, BackupError> {
    let mut zip = ZipArchive::new(Cursor::new(archive)).map_err(damaged)?;
    let count = zip.len() as u64;
    if count > limits.max_entries {
        return Err(BackupError::TooManyEntries { count, max: limits.max_entries });
    }
    if zip.has_duplicate_names() {
        return Err(BackupError::DuplicateEntry);
    }

    // 1. Names, methods and sizes, from the central directory.
    let mut entries: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    let mut total: u64 = 0;
    for index in 0..zip.len() {
        let file = zip.by_index_raw(index).map_err(damaged)?;
        let raw = file.name_raw();
        if !is_safe_entry_name(raw) {
            return Err(BackupError::UnsafePath { name: String::from_utf8_lossy(raw).into() });
        }
        let name = String::from_utf8_lossy(raw).into_owned();
        if file.compression() != CompressionMethod::Stored || file.encrypted() || file.is_dir() {
            return Err(BackupError::UnsupportedEntry { name });
        }
        let known =
            name == BACKUP_INDEX_PATH || name.strip_prefix(FILES_PREFIX).is_some_and(is_sha256);
        if !known {
            return Err(BackupError::UnexpectedEntry { name });
        }
        if file.size() != file.compressed_size() {
            return Err(damaged(format!("stored entry `{name}` has two sizes")));
        }
        total = total.saturating_add(file.size());
        if total > limits.max_total_size {
            return Err(BackupError::TooLarge { size: total, max: limits.max_total_size });
        }
        if entries.insert(name, (index, file.size())).is_some() {
            return Err(BackupError::DuplicateEntry);
        }
    }

    // 2. backup.json: format, version, shape.
    let &(index_at, index_size) =
        entries.get(BACKUP_INDEX_PATH).ok_or(BackupError::MissingIndex)?;
    if index_size > limits.max_index_size {
        return Err(BackupError::TooLarge { size: index_size, max: limits.max_index_size });
    }
    let mut index_bytes = Vec::new();
    zip.by_index(index_at)
        .map_err(damaged)?
        .take(limits.max_index_size.saturating_add(1))
        .read_to_end(&mut index_bytes)
        .map_err(damaged)?;
    let index = parse_index(&index_bytes)?;

    // 3. Exactly the listed files, each with its size and SHA-256.
    let listed: BTreeSet<String> =
        index.files.iter().map(|file| format!("{FILES_PREFIX}{}", file.sha256)).collect();
    for name in entries.keys() {
        if name != BACKUP_INDEX_PATH && !listed.contains(name) {
            return Err(BackupError::UnexpectedEntry { name: name.clone() });
        }
    }
    let mut files = Vec::with_capacity(index.files.len());
    for listed in &index.files {
        let name = format!("{FILES_PREFIX}{}", listed.sha256);
        let &(at, size) = entries
            .get(&name)
            .ok_or_else(|| BackupError::MissingFile { sha256: listed.sha256.clone() })?;
        let modified = || BackupError::FileModified { sha256: listed.sha256.clone() };
        if size != listed.size {
            return Err(modified());
        }
        // The SHA-256 is checked instead of the weaker CRC-32, so a change reads as "modified".
        let entry = zip
            .by_index_with_options(at, ZipReadOptions::new().ignore_crc32(true))
            .map_err(damaged)?;
        let offset = entry.data_start().ok_or_else(|| damaged("entry without data offset"))?;
        let start = usize::try_from(offset).map_err(damaged)?;
        let end = usize::try_from(size).ok().and_then(|size| start.checked_add(size));
        let bytes = end.and_then(|end| archive.get(start..end)).ok_or_else(modified)?;
        if sha256_hex(bytes) != listed.sha256 {
            return Err(modified());
        }
        files.push(BackupFile {
            sha256: listed.sha256.clone(),
            size,
            media_type: listed.media_type.clone(),
            offset,
        });
    }
    Ok(VerifiedBackup { index, files })
}

/// Checks that a verified backup fits the receiving database before anything is written:
/// its layout is not newer than `db_version`, and every store it holds exists in `stores`
/// (the database's object store names). Stores the backup lacks are simply emptied.
pub fn check_restorable<S: AsRef<str>>(
    index: &BackupIndex,
    db_version: u32,
    stores: &[S],
) -> Result<(), BackupError> {
    if index.db_version > db_version {
        return Err(BackupError::FutureLayout { found: index.db_version, supported: db_version });
    }
    let known: BTreeSet<&str> = stores.iter().map(AsRef::as_ref).collect();
    let needed = index.stores.keys().map(String::as_str);
    let needed = needed.chain((!index.files.is_empty()).then_some(FILES_STORE));
    for name in needed {
        if !known.contains(name) {
            return Err(BackupError::UnknownStore { name: name.to_owned() });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const PDF: &[u8] = b"%PDF-1.4 SK Walikota Si Ijol";
    const JPEG: &[u8] = b"\xff\xd8\xff\xe0 foto kegiatan";

    fn meta() -> BackupMeta {
        BackupMeta { created_at: "2026-11-22T14:00:00+07:00".into(), db_version: 2 }
    }

    fn stores() -> BTreeMap<String, StoreEntries> {
        let id = "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b";
        BTreeMap::from([
            ("innovations".to_owned(), vec![(json!(id), json!({"id": id, "name": "Si Ijol"}))]),
            (
                "meta".to_owned(),
                vec![
                    (
                        json!("profile"),
                        json!({"agency": "Diskominfo", "region": "Kota Probolinggo"}),
                    ),
                    (json!("signing_key"), json!({"seed_hex": "ab".repeat(32)})),
                ],
            ),
            ("trash".to_owned(), vec![]),
            ("verdicts".to_owned(), vec![(json!([id, 2]), json!({"status": "diverifikasi"}))]),
        ])
    }

    fn archive() -> Vec<u8> {
        write_backup_archive(
            &meta(),
            stores(),
            &[("application/pdf", PDF), ("image/jpeg", JPEG), ("", b"")],
        )
        .expect("test data")
    }

    /// A ZIP with exactly these stored entries, written by the bundle writer's ZIP layer.
    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = ZipStream::new(Vec::new());
        for (name, bytes) in entries {
            zip.add(name, bytes).expect("test data");
        }
        zip.finish().expect("test data")
    }

    fn index_json(version: u64) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "format": "inovda-backup",
            "format_version": version,
            "created_at": "2026-11-22T14:00:00+07:00",
            "app_version": "9.0.0",
            "db_version": 2,
            "stores": {},
            "files": [],
        }))
        .expect("test data")
    }

    #[test]
    fn an_archive_round_trips_every_store_and_file() {
        let bytes = archive();
        let verified = read_backup_archive(&bytes).expect("test data");
        assert_eq!(verified.index.format, BACKUP_FORMAT_NAME);
        assert_eq!(verified.index.format_version, BACKUP_FORMAT_VERSION);
        assert_eq!(verified.index.app_version, crate::APP_VERSION);
        assert_eq!(verified.index.db_version, 2);
        assert_eq!(verified.index.stores, stores());
        assert_eq!(verified.index.store_len("meta"), 2);
        assert_eq!(verified.index.store_len(FILES_STORE), 3);
        assert_eq!(verified.index.store_len("signers"), 0);
        assert_eq!(verified.files.len(), 3);
        let mut seen = BTreeMap::new();
        for file in &verified.files {
            let body = verified.file_bytes(&bytes, file).expect("test data");
            assert_eq!(sha256_hex(body), file.sha256);
            seen.insert(file.media_type.clone(), body.to_vec());
        }
        assert_eq!(seen["application/pdf"], PDF);
        assert_eq!(seen["image/jpeg"], JPEG);
        assert_eq!(seen[""], b"");
        // Deterministic, and any unzip tool sees backup.json first, then the files.
        assert_eq!(archive(), bytes);
        let mut zip = ZipArchive::new(Cursor::new(&bytes[..])).expect("test data");
        zip.validate_header_consistency().expect("test data");
        assert_eq!(
            zip.by_index(0).expect("test data").name().expect("test data"),
            BACKUP_INDEX_PATH
        );
        let mut json = String::new();
        zip.by_index(0).expect("test data").read_to_string(&mut json).expect("test data");
        let value: Value = serde_json::from_str(&json).expect("test data");
        assert_eq!(
            value["stores"]["verdicts"][0][0],
            json!(["0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b", 2])
        );
        assert_eq!(value["files"].as_array().map(Vec::len), Some(3));
        assert_eq!(value["files"][0].as_object().map(|file| file.len()), Some(3));
    }

    #[test]
    fn the_streaming_writer_gives_the_same_bytes_and_predicts_its_length() {
        let refs: Vec<BackupFileRef> = [("application/pdf", PDF), ("image/jpeg", JPEG)]
            .iter()
            .map(|(media, bytes)| BackupFileRef {
                sha256: sha256_hex(bytes),
                size: bytes.len() as u64,
                media_type: (*media).to_owned(),
            })
            .collect();
        let mut writer =
            BackupWriter::start(Vec::new(), &meta(), stores(), &refs).expect("test data");
        let expected = writer.expected_len();
        while let Some(file) = writer.next_file() {
            let bytes = if file.sha256 == sha256_hex(PDF) { PDF } else { JPEG };
            for chunk in bytes.chunks(5) {
                writer.write_file_chunk(chunk).expect("test data");
            }
            writer.finish_file().expect("test data");
        }
        let streamed = writer.finish().expect("test data");
        assert_eq!(streamed.len() as u64, expected);
        let whole = write_backup_archive(
            &meta(),
            stores(),
            &[("image/jpeg", JPEG), ("application/pdf", PDF)],
        )
        .expect("test data");
        assert_eq!(streamed, whole);
    }

    #[test]
    fn the_writer_refuses_misuse_and_changed_files() {
        let file = BackupFileRef {
            sha256: sha256_hex(PDF),
            size: PDF.len() as u64,
            media_type: String::new(),
        };
        let mut writer =
            BackupWriter::start(Vec::new(), &meta(), stores(), std::slice::from_ref(&file))
                .expect("test data");
        writer.write_file_chunk(b"%PDF-1.4 SK Walikota Si Ijoi").expect("test data");
        assert_eq!(
            writer.finish_file(),
            Err(BackupError::FileMismatch { sha256: file.sha256.clone() })
        );

        let writer =
            BackupWriter::start(Vec::new(), &meta(), stores(), std::slice::from_ref(&file))
                .expect("test data");
        assert!(matches!(writer.finish(), Err(BackupError::WriterState(_))));
        let twice = [file.clone(), file.clone()];
        assert!(matches!(
            BackupWriter::start(Vec::new(), &meta(), stores(), &twice),
            Err(BackupError::WriterState(_))
        ));
        let mut with_blobs = stores();
        with_blobs.insert(FILES_STORE.to_owned(), vec![]);
        assert!(matches!(
            BackupWriter::start(Vec::new(), &meta(), with_blobs, &[]),
            Err(BackupError::WriterState(_))
        ));
        let bad_time = BackupMeta { created_at: "kemarin".into(), db_version: 2 };
        assert!(matches!(
            BackupWriter::start(Vec::new(), &bad_time, stores(), &[]),
            Err(BackupError::WriterState(_))
        ));
        let upper = BackupFileRef { sha256: sha256_hex(PDF).to_uppercase(), ..file };
        assert!(matches!(
            BackupWriter::start(Vec::new(), &meta(), stores(), &[upper]),
            Err(BackupError::WriterState(_))
        ));
    }

    #[test]
    fn a_tampered_file_is_reported_as_modified() {
        let mut bytes = archive();
        let at = bytes.windows(PDF.len()).position(|w| w == PDF).expect("test data");
        bytes[at + 9] ^= 0x20;
        assert_eq!(
            read_backup_archive(&bytes).map(|_| ()),
            Err(BackupError::FileModified { sha256: sha256_hex(PDF) })
        );
    }

    #[test]
    fn unsafe_or_foreign_names_are_refused() {
        let index = index_json(1);
        for name in ["../backup.json", "/etc/passwd", "files\\x", "c:x", "files/./a", "files//a"] {
            let zip = zip_of(&[(BACKUP_INDEX_PATH, &index), (name, b"x")]);
            assert_eq!(
                read_backup_archive(&zip).map(|_| ()),
                Err(BackupError::UnsafePath { name: name.to_owned() }),
                "{name}"
            );
        }
        for name in ["records/a.json", "files/abc", &format!("files/{}", "A".repeat(64))] {
            let zip = zip_of(&[(BACKUP_INDEX_PATH, &index), (name, b"x")]);
            assert_eq!(
                read_backup_archive(&zip).map(|_| ()),
                Err(BackupError::UnexpectedEntry { name: name.to_owned() }),
                "{name}"
            );
        }
        // A well-formed file name that backup.json does not list.
        let unlisted = format!("files/{}", sha256_hex(b"x"));
        let zip = zip_of(&[(BACKUP_INDEX_PATH, &index), (&unlisted, b"x")]);
        assert_eq!(
            read_backup_archive(&zip).map(|_| ()),
            Err(BackupError::UnexpectedEntry { name: unlisted })
        );
        let zip = zip_of(&[(BACKUP_INDEX_PATH, &index), (BACKUP_INDEX_PATH, &index)]);
        assert_eq!(read_backup_archive(&zip).map(|_| ()), Err(BackupError::DuplicateEntry));
    }

    #[test]
    fn a_newer_format_asks_for_an_update_and_other_json_is_refused() {
        let zip = zip_of(&[(BACKUP_INDEX_PATH, &index_json(2))]);
        assert_eq!(
            read_backup_archive(&zip).map(|_| ()),
            Err(BackupError::FutureVersion { found: 2, supported: 1 })
        );
        let zip = zip_of(&[(BACKUP_INDEX_PATH, &index_json(0))]);
        assert!(matches!(read_backup_archive(&zip), Err(BackupError::InvalidIndex(_))));
        let zip = zip_of(&[(BACKUP_INDEX_PATH, &index_json(1))]);
        assert!(read_backup_archive(&zip).is_ok());
        let bundle = br#"{"format": "inovda-bundle", "format_version": 2}"#;
        let zip = zip_of(&[(BACKUP_INDEX_PATH, bundle)]);
        assert_eq!(read_backup_archive(&zip).map(|_| ()), Err(BackupError::NotABackup));
        let mut extra: Value = serde_json::from_slice(&index_json(1)).expect("test data");
        extra["surprise"] = json!(true);
        let zip = zip_of(&[(BACKUP_INDEX_PATH, extra.to_string().as_bytes())]);
        assert!(matches!(read_backup_archive(&zip), Err(BackupError::InvalidIndex(_))));
        let mut blobs_as_json: Value = serde_json::from_slice(&index_json(1)).expect("test data");
        blobs_as_json["stores"][FILES_STORE] = json!([]);
        let zip = zip_of(&[(BACKUP_INDEX_PATH, blobs_as_json.to_string().as_bytes())]);
        assert!(matches!(read_backup_archive(&zip), Err(BackupError::InvalidIndex(_))));
        let zip = zip_of(&[(BACKUP_INDEX_PATH, b"{not json")]);
        assert!(matches!(read_backup_archive(&zip), Err(BackupError::InvalidIndex(_))));
    }

    #[test]
    fn a_missing_index_or_file_and_a_broken_zip_are_refused() {
        let pdf_name = format!("files/{}", sha256_hex(PDF));
        let zip = zip_of(&[(&pdf_name, PDF)]);
        assert_eq!(read_backup_archive(&zip).map(|_| ()), Err(BackupError::MissingIndex));
        assert_eq!(
            read_backup_archive(&[]).map(|_| ()).map_err(|e| e.code()),
            Err(crate::exchange::backup::BackupErrorCode::Damaged)
        );
        let bytes = archive();
        assert!(matches!(
            read_backup_archive(&bytes[..bytes.len() - 30]),
            Err(BackupError::Damaged(_))
        ));
        // backup.json lists a file the ZIP lacks.
        let mut index: Value = serde_json::from_slice(&index_json(1)).expect("test data");
        index["files"] =
            json!([{ "sha256": sha256_hex(PDF), "size": PDF.len(), "media_type": "" }]);
        let zip = zip_of(&[(BACKUP_INDEX_PATH, index.to_string().as_bytes())]);
        assert_eq!(
            read_backup_archive(&zip).map(|_| ()),
            Err(BackupError::MissingFile { sha256: sha256_hex(PDF) })
        );
        // A listed file with another size.
        let zip =
            zip_of(&[(BACKUP_INDEX_PATH, index.to_string().as_bytes()), (&pdf_name, b"%PDF")]);
        assert_eq!(
            read_backup_archive(&zip).map(|_| ()),
            Err(BackupError::FileModified { sha256: sha256_hex(PDF) })
        );
    }

    #[test]
    fn limits_bound_entries_and_sizes() {
        let bytes = archive();
        let few = BackupLimits { max_entries: 2, ..BackupLimits::default() };
        assert_eq!(
            read_backup_archive_with_limits(&bytes, &few).map(|_| ()),
            Err(BackupError::TooManyEntries { count: 4, max: 2 })
        );
        let small = BackupLimits { max_total_size: 40, ..BackupLimits::default() };
        assert!(matches!(
            read_backup_archive_with_limits(&bytes, &small),
            Err(BackupError::TooLarge { .. })
        ));
        let tiny_index = BackupLimits { max_index_size: 10, ..BackupLimits::default() };
        assert!(matches!(
            read_backup_archive_with_limits(&bytes, &tiny_index),
            Err(BackupError::TooLarge { .. })
        ));
    }

    #[test]
    fn a_backup_fits_a_database_of_its_layout_or_a_newer_one() {
        let verified = read_backup_archive(&archive()).expect("test data");
        let v2 = ["innovations", "meta", "blobs", "trash"];
        assert_eq!(
            check_restorable(&verified.index, 2, &v2),
            Err(BackupError::UnknownStore { name: "verdicts".into() })
        );
        let v3 = ["innovations", "meta", "blobs", "trash", "signers", "revisions", "verdicts"];
        assert_eq!(check_restorable(&verified.index, 3, &v3), Ok(()));
        assert_eq!(
            check_restorable(&verified.index, 1, &v3),
            Err(BackupError::FutureLayout { found: 2, supported: 1 })
        );
        let no_blobs = ["innovations", "meta", "trash", "verdicts"];
        assert_eq!(
            check_restorable(&verified.index, 2, &no_blobs),
            Err(BackupError::UnknownStore { name: FILES_STORE.into() })
        );
    }

    #[test]
    fn backup_file_names_use_the_regions_local_time_and_name_the_zone() {
        use crate::base::zone::Zone;
        // 23.30 UTC on 1 December is 06.30 WIB and 07.30 WITA on 2 December.
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T23:30:00Z")
            .expect("test data")
            .to_utc();
        let cases = [
            (Zone::Wib, "inovda-cadangan-20261202-0630-WIB.age"),
            (Zone::Wita, "inovda-cadangan-20261202-0730-WITA.age"),
            (Zone::Wit, "inovda-cadangan-20261202-0830-WIT.age"),
        ];
        for (zone, expected) in cases {
            assert_eq!(backup_file_name(at, zone), expected);
        }
    }
}

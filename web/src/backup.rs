//! Backups ("Cadangkan" / "Pulihkan"): every object store of the database in one file
//! encrypted with a passphrase, and back, on this or another device.
//!
//! Making one: all stores are read in one read-only transaction ([`Repo::dump_all`]); values
//! become JSON (`JSON.stringify`), evidence Blobs are read in 1 MB slices, and everything is
//! streamed through core's archive writer and age encryptor into JS Blob parts, then downloaded.
//! Restoring: the picked file is decrypted and the archive checked in full (every file's
//! SHA-256, the format and layout versions, the store names) and converted back to JS values
//! before one read-write transaction replaces every store ([`Repo::replace_all`]); if anything
//! fails, the database is exactly as before. Nothing here names a store except the Blob store,
//! so stores added by later layouts are covered without a change.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use inovda_core::Lang;
use inovda_core::exchange::backup::BackupError;
use inovda_core::exchange::backup::{
    BackupFileRef, BackupMeta, BackupWriter, FILES_STORE, VerifiedBackup, backup_file_name,
    check_restorable, read_backup_archive,
};
use inovda_core::exchange::backup::{EncryptingWriter, decrypt_backup_from};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::error::{Examples, UserError, chain};
use crate::i18n::{settings, settings::Key, t};
use crate::platform::{self, BrowserError, js_error};
use crate::storage::{BLOBS_STORE, BrowserFile, DB_VERSION, Repo, StorageError, StoreContent};

/// Bytes of evidence read from IndexedDB at a time.
const SLICE: f64 = 1024.0 * 1024.0;
/// The MIME type of a backup file (a binary age file).
const BACKUP_MIME: &str = "application/octet-stream";
/// Deeper JSON than this is refused rather than walked.
const MAX_DEPTH: u32 = 64;

const fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// The archive's `files/` entries are the values of the database's Blob store.
const _: () = assert!(same_name(BLOBS_STORE, FILES_STORE), "the Blob store must be FILES_STORE");

/// Why a backup was not made or not restored.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BackupFailure {
    /// Passphrase, file format or archive (core's codes and messages).
    #[error("{0}")]
    Backup(#[from] BackupError),
    #[error("{0}")]
    Storage(#[from] StorageError),
    /// A stored value is not plain JSON data (a Blob or a Date outside the Blob store…).
    #[error("store {store} holds a value that cannot be backed up: {what}")]
    NotJson { store: String, what: String },
    /// The browser refused to read the file or to start the download.
    #[error("{0}")]
    Browser(#[from] BrowserError),
}

impl UserError for BackupFailure {
    fn message(&self, lang: Lang) -> String {
        match self {
            BackupFailure::Backup(error) => error.message(lang),
            BackupFailure::Storage(error) => error.message(lang),
            BackupFailure::NotJson { store, what } => lang.pick((
                format!("Data «{store}» berisi nilai yang tidak bisa dicadangkan ({what})."),
                format!("The «{store}» data holds a value that cannot be backed up ({what})."),
            )),
            BackupFailure::Browser(error) => error.message(lang),
        }
    }
}

impl Examples for BackupFailure {
    fn examples() -> Vec<Self> {
        chain(BackupFailure::Backup(BackupError::WrongPassphrase), |failure| match failure {
            BackupFailure::Backup(_) => Some(BackupFailure::Storage(StorageError::QuotaExceeded)),
            BackupFailure::Storage(_) => {
                Some(BackupFailure::NotJson { store: "meta".into(), what: "a Date object".into() })
            }
            BackupFailure::NotJson { .. } => Some(BackupFailure::Browser(BrowserError::NoPage)),
            BackupFailure::Browser(_) => None,
        })
    }
}

/// A stored value JSON cannot carry, described (`a Date object`, `the number NaN`).
struct NotPlain(String);

impl NotPlain {
    fn in_store(self, store: &str) -> BackupFailure {
        BackupFailure::NotJson { store: store.to_owned(), what: self.0 }
    }
}

/// Checks that `value` is what `JSON.stringify` keeps exactly: null, booleans, finite numbers,
/// strings, arrays and plain objects (`undefined` members are dropped, as serde reads them back
/// as absent). Anything else is named, so a backup never loses data silently.
fn check_plain(value: &JsValue, plain: &JsValue, depth: u32) -> Result<(), NotPlain> {
    if depth > MAX_DEPTH {
        return Err(NotPlain("nested too deeply".into()));
    }
    if value.is_null() || value.is_undefined() || value.is_string() || value.as_bool().is_some() {
        return Ok(());
    }
    if let Some(number) = value.as_f64() {
        return if number.is_finite() {
            Ok(())
        } else {
            Err(NotPlain(format!("the number {number}")))
        };
    }
    if js_sys::Array::is_array(value) {
        let array: &js_sys::Array = value.unchecked_ref();
        return array.iter().try_for_each(|item| check_plain(&item, plain, depth + 1));
    }
    if value.is_object() {
        let prototype = js_sys::Object::get_prototype_of(value);
        if prototype.is_null() || js_sys::Object::is(&prototype, plain) {
            let object: &js_sys::Object = value.unchecked_ref();
            return js_sys::Object::values(object)
                .iter()
                .try_for_each(|item| check_plain(&item, plain, depth + 1));
        }
        let object: &js_sys::Object = value.unchecked_ref();
        return Err(NotPlain(format!("a {} object", String::from(object.constructor().name()))));
    }
    Err(NotPlain(format!("a {}", value.js_typeof().as_string().unwrap_or_default())))
}

/// A stored key or value as JSON.
fn to_json(value: &JsValue) -> Result<serde_json::Value, NotPlain> {
    let plain = js_sys::Object::get_prototype_of(&js_sys::Object::new());
    check_plain(value, &plain, 0)?;
    let text = js_sys::JSON::stringify(value)
        .map_err(|e| NotPlain(platform::js_text(&e)))?
        .as_string()
        .ok_or_else(|| NotPlain("undefined".to_owned()))?;
    serde_json::from_str(&text).map_err(|e| NotPlain(e.to_string()))
}

/// JSON back to the JS value it was made from.
fn from_json(value: &serde_json::Value) -> Result<JsValue, NotPlain> {
    let text = serde_json::to_string(value).map_err(|e| NotPlain(e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|e| NotPlain(platform::js_text(&e)))
}

/// A `Write` sink that hands every chunk to JavaScript as a Blob part.
struct BlobParts(js_sys::Array);

impl Write for BlobParts {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.push(&js_sys::Uint8Array::from(buf));
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A `Read` over bytes that stay in JavaScript memory, copied in as they are read.
struct JsBytes {
    array: js_sys::Uint8Array,
    at: u32,
}

impl Read for JsBytes {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.array.length().saturating_sub(self.at);
        let count = left.min(u32::try_from(buf.len()).unwrap_or(u32::MAX));
        if count == 0 {
            return Ok(0);
        }
        let end = self.at + count;
        let target = buf.get_mut(..count as usize).ok_or(std::io::ErrorKind::InvalidInput)?;
        self.array.subarray(self.at, end).copy_to(target);
        self.at = end;
        Ok(count as usize)
    }
}

/// A Blob holding a copy of `bytes`.
fn blob_of(bytes: &[u8], media_type: &str) -> Result<web_sys::Blob, BrowserError> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(js_error)
}

/// Makes a full backup encrypted with `passphrase` and starts its download; returns the file
/// name. `progress` receives the percentage written so far.
pub async fn make_backup(
    repo: &Repo,
    passphrase: &str,
    progress: impl Fn(u8),
) -> Result<String, BackupFailure> {
    let (file, name) = build_backup(repo, passphrase, &progress).await?;
    platform::download_blob(&file, &name, BACKUP_MIME)?;
    progress(100);
    Ok(name)
}

/// The encrypted backup of everything in `repo`, as a Blob, with its file name.
pub async fn build_backup(
    repo: &Repo,
    passphrase: &str,
    progress: &impl Fn(u8),
) -> Result<(web_sys::Blob, String), BackupFailure> {
    if passphrase.is_empty() {
        return Err(BackupError::EmptyPassphrase.into());
    }
    // A device that never signed anything gets its key now, so the backup carries it.
    crate::signing::device_key(repo).await?;
    let dump = repo.dump_all().await?;
    let mut stores = BTreeMap::new();
    let mut blobs = BTreeMap::new();
    for store in dump {
        if store.name == BLOBS_STORE {
            for (key, value) in store.entries {
                let sha256 = key.as_string().unwrap_or_default();
                let blob = BrowserFile::from_stored(value)
                    .ok_or_else(|| {
                        StorageError::Corrupt(format!("evidence {sha256} is not a file"))
                    })?
                    .blob()?;
                blobs.insert(sha256, blob);
            }
            continue;
        }
        let mut entries = Vec::with_capacity(store.entries.len());
        for (key, value) in &store.entries {
            let pair = to_json(key).and_then(|key| Ok((key, to_json(value)?)));
            entries.push(pair.map_err(|what| what.in_store(&store.name))?);
        }
        stores.insert(store.name, entries);
    }
    let files: Vec<BackupFileRef> = blobs
        .iter()
        .map(|(sha256, blob)| BackupFileRef {
            sha256: sha256.clone(),
            size: blob.size() as u64,
            media_type: blob.type_(),
        })
        .collect();
    let now = platform::now();
    let meta = BackupMeta { created_at: now.to_rfc3339(), db_version: DB_VERSION };
    progress(0);
    // scrypt runs next and holds the page for a moment: let the progress text paint first.
    platform::sleep_ms(50).await;
    let sink = EncryptingWriter::new(BlobParts(js_sys::Array::new()), passphrase)?;
    let mut writer = BackupWriter::start(sink, &meta, stores, &files)?;
    let total = writer.expected_len().max(1);
    let mut written = total - files.iter().map(|file| file.size).sum::<u64>();
    while let Some(file) = writer.next_file().cloned() {
        let blob = blobs
            .get(&file.sha256)
            .ok_or_else(|| StorageError::Corrupt(format!("evidence {} vanished", file.sha256)))?;
        let mut offset = 0.0;
        while offset < blob.size() {
            let end = (offset + SLICE).min(blob.size());
            let slice = blob.slice_with_f64_and_f64(offset, end).map_err(js_error)?;
            let buffer = JsFuture::from(slice.array_buffer()).await.map_err(js_error)?;
            let chunk = js_sys::Uint8Array::new(&buffer).to_vec();
            writer.write_file_chunk(&chunk)?;
            written += chunk.len() as u64;
            progress(u8::try_from(written * 100 / total).unwrap_or(100));
            offset = end;
        }
        writer.finish_file()?;
    }
    let BlobParts(parts) = writer.finish()?.finish()?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(BACKUP_MIME);
    let file = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(js_error)?;
    Ok((file, backup_file_name(now, platform::zone())))
}

/// A backup that was decrypted and checked in full and fits this database: ready to replace
/// everything once the user confirms.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedBackup {
    archive: Vec<u8>,
    backup: VerifiedBackup,
}

impl OpenedBackup {
    /// When the backup was made (RFC 3339).
    pub fn created_at(&self) -> &str {
        &self.backup.index.created_at
    }

    /// How many entries the backup holds for a store (files for the Blob store).
    pub fn count(&self, store: &str) -> usize {
        self.backup.index.store_len(store)
    }
}

/// Decrypts a picked backup file (a `File` is a Blob) and checks it: passphrase, format,
/// every file's SHA-256, layout version and store names. Writes nothing.
pub async fn open_backup(
    repo: &Repo,
    file: &web_sys::Blob,
    passphrase: &str,
) -> Result<OpenedBackup, BackupFailure> {
    if passphrase.is_empty() {
        return Err(BackupError::EmptyPassphrase.into());
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(js_error)?;
    // scrypt and the decryption hold the page for a moment: let the progress text paint first.
    platform::sleep_ms(50).await;
    let input = JsBytes { array: js_sys::Uint8Array::new(&buffer), at: 0 };
    let archive = decrypt_backup_from(input, passphrase)?;
    let backup = read_backup_archive(&archive)?;
    check_restorable(&backup.index, DB_VERSION, &repo.object_store_names().await?)?;
    Ok(OpenedBackup { archive, backup })
}

/// Replaces everything in the database with an opened backup, in one transaction.
pub async fn restore_backup(repo: &Repo, opened: &OpenedBackup) -> Result<(), BackupFailure> {
    // Everything is converted before the transaction opens: only IndexedDB requests may be
    // awaited inside it, and a conversion failure must leave the database untouched.
    let mut content = Vec::with_capacity(opened.backup.index.stores.len() + 1);
    for (name, entries) in &opened.backup.index.stores {
        let mut converted = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            let pair = from_json(key).and_then(|key| Ok((key, from_json(value)?)));
            converted.push(pair.map_err(|what| what.in_store(name))?);
        }
        content.push(StoreContent { name: name.clone(), entries: converted });
    }
    if !opened.backup.files.is_empty() {
        let mut entries = Vec::with_capacity(opened.backup.files.len());
        for file in &opened.backup.files {
            let bytes = opened
                .backup
                .file_bytes(&opened.archive, file)
                .ok_or_else(|| BackupError::FileModified { sha256: file.sha256.clone() })?;
            let blob = blob_of(bytes, &file.media_type)?;
            entries.push((JsValue::from_str(&file.sha256), blob.into()));
        }
        content.push(StoreContent { name: BLOBS_STORE.to_owned(), entries });
    }
    check_restorable(&opened.backup.index, DB_VERSION, &repo.object_store_names().await?)?;
    repo.replace_all(&content).await?;
    // A backup of an earlier layout holds objects and no stamps: rewritten and built now.
    repo.store_values_as_text().await?;
    Ok(())
}

/// The sentence shown for a failed backup (`restoring == false`) or restore.
/// Every failure of a restore says that nothing was changed.
pub fn failure_message(lang: Lang, failure: &BackupFailure, restoring: bool) -> String {
    match failure {
        BackupFailure::Backup(error) => error.message(lang),
        BackupFailure::Storage(StorageError::QuotaExceeded) if restoring => {
            t(lang, Key::RestoreNoSpace).to_owned()
        }
        BackupFailure::NotJson { store, what } if !restoring => {
            settings::backup_not_json(lang, store, what)
        }
        other if restoring => settings::restore_failed(lang, other.message(lang)),
        other => format!("{} {}", t(lang, Key::BackupFailed), other.message(lang)),
    }
}

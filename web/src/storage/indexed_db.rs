//! The browser's database behind [`Backend`]: IndexedDB through `indexed_db_futures`.
//!
//! Each transaction opens the database, runs, commits and closes, so no connection outlives an
//! operation; if the browser closed the connection under us (iOS does), the operation is run
//! again once on a fresh connection.
//!
//! Values are stored as compact JSON text (layout 5): a JavaScript string, or — in the stores
//! whose key or index reads a field — a small object holding that field and the text
//! (`{"id": …, "json": …}` in `innovations`, `{"kind": …, "json": …}` in `revisions`). Text is
//! cheaper for the browser to store and read than a tree of objects, and needs no second serde
//! format. Earlier layouts stored JavaScript objects; the first start of layout 5 rewrites them
//! as text in one transaction of its own, and a value still stored as an object is read through
//! `JSON.stringify`, so every released layout stays readable.
//!
//! Beside each record the backend keeps its stamp in `stamps` (same transaction: a transaction
//! over `innovations` always covers `stamps` too), for the status banners.

use indexed_db_futures::KeyPath;
use indexed_db_futures::database::Database;
use indexed_db_futures::error::{DomException, Error as IdbError};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

use super::backend::{Backend, Mode, Tx, TxError, finish};
use super::{
    BLOBS_STORE, DB_VERSION, HANDOVER_STORE, IMPORTS_STORE, INBOX_STORE, INNOVATIONS_STORE,
    META_STORE, OUTBOX_STORE, REVISION_KIND_INDEX, REVISIONS_STORE, SIGNERS_STORE, STAMPS_STORE,
    StorageError, TRASH_STORE, VERDICTS_STORE,
};

/// An evidence file as the browser's database holds it.
///
/// Chromium writes every stored `Blob` to a file of its own, which makes storing thousands of
/// small files slow (seconds per thousand); bytes inside a stored value are written with the
/// value. A small file received in a bundle is therefore kept as its bytes (an `ArrayBuffer`,
/// [`BrowserFile::Bytes`]); what the user attaches, and anything large, stays a `Blob`.
#[derive(Debug, Clone)]
pub enum BrowserFile {
    Blob(web_sys::Blob),
    /// The whole buffer of this array is the file (it owns its buffer).
    Bytes(js_sys::Uint8Array),
}

impl From<web_sys::Blob> for BrowserFile {
    fn from(blob: web_sys::Blob) -> Self {
        BrowserFile::Blob(blob)
    }
}

impl BrowserFile {
    /// A copy of `bytes` that owns its buffer (what is stored is the whole buffer).
    pub fn bytes(bytes: &js_sys::Uint8Array) -> Self {
        BrowserFile::Bytes(bytes.slice(0, bytes.length()))
    }

    /// The file as a `Blob` (bytes are wrapped without copying them again).
    pub fn blob(&self) -> Result<web_sys::Blob, StorageError> {
        match self {
            BrowserFile::Blob(blob) => Ok(blob.clone()),
            BrowserFile::Bytes(bytes) => {
                web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(bytes))
                    .map_err(|error| StorageError::Request(format!("{error:?}")))
            }
        }
    }

    /// Size in bytes.
    pub fn size(&self) -> f64 {
        match self {
            BrowserFile::Blob(blob) => blob.size(),
            BrowserFile::Bytes(bytes) => f64::from(bytes.length()),
        }
    }

    /// What a value of the evidence store holds: a `Blob` (every layout) or an `ArrayBuffer`
    /// (small files received in bundles, layout 5 on).
    pub fn from_stored(value: JsValue) -> Option<Self> {
        if let Some(buffer) = value.dyn_ref::<js_sys::ArrayBuffer>() {
            return Some(BrowserFile::Bytes(js_sys::Uint8Array::new(buffer)));
        }
        value.dyn_into::<web_sys::Blob>().ok().map(BrowserFile::Blob)
    }

    /// The value stored for this file.
    fn stored(&self) -> JsValue {
        match self {
            BrowserFile::Blob(blob) => blob.clone().into(),
            BrowserFile::Bytes(bytes) => bytes.buffer().into(),
        }
    }
}

/// Key in `meta` marking a database whose values are all stored as text (layout 5).
pub const VALUES_AS_TEXT_KEY: &str = "values_as_text";

/// One IndexedDB database, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedDb {
    name: String,
}

/// Creates stores for every layout version the database has not seen yet.
fn upgrade(old_version: u32, db: &Database) -> Result<(), IdbError> {
    if old_version < 1 {
        db.create_object_store(INNOVATIONS_STORE).with_key_path(KeyPath::One("id")).build()?;
        db.create_object_store(META_STORE).build()?;
    }
    if old_version < 2 {
        db.create_object_store(BLOBS_STORE).build()?;
        db.create_object_store(TRASH_STORE).build()?;
    }
    if old_version < 3 {
        for store in [SIGNERS_STORE, VERDICTS_STORE, IMPORTS_STORE, HANDOVER_STORE] {
            db.create_object_store(store).build()?;
        }
        let revisions = db.create_object_store(REVISIONS_STORE).build()?;
        revisions.create_index(REVISION_KIND_INDEX, KeyPath::One("kind")).build()?;
    }
    if old_version < 4 {
        db.create_object_store(OUTBOX_STORE).build()?;
        db.create_object_store(INBOX_STORE).build()?;
    }
    if old_version < 5 {
        // Filled by `IndexedDb::store_values_as_text`, which also rewrites the values of
        // earlier layouts as text once the database is open.
        db.create_object_store(STAMPS_STORE).build()?;
    }
    Ok(())
}

impl From<IdbError> for StorageError {
    fn from(error: IdbError) -> Self {
        if let IdbError::DomException(DomException::Other(exception)) = &error
            && exception.name() == "QuotaExceededError"
        {
            return StorageError::QuotaExceeded;
        }
        StorageError::Request(error.to_string())
    }
}

impl From<IdbError> for TxError {
    fn from(error: IdbError) -> Self {
        let closed = matches!(
            error,
            IdbError::DomException(
                DomException::InvalidStateError(_) | DomException::TransactionInactiveError(_)
            )
        );
        if closed { TxError::Closed } else { TxError::Failed(error.into()) }
    }
}

impl IndexedDb {
    pub fn named(name: &str) -> Self {
        Self { name: name.to_owned() }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub(super) async fn open(&self) -> Result<Database, StorageError> {
        Database::open(self.name.as_str())
            .with_version(DB_VERSION)
            .with_on_upgrade_needed(|event, db| upgrade(event.old_version() as u32, &db))
            .await
            .map_err(|error| StorageError::Open(error.to_string()))
    }

    /// Opens the database, runs `op`, closes it; runs it again once when the connection was
    /// closed under it.
    pub(super) async fn with_db<T>(
        &self,
        op: impl AsyncFn(&Database) -> Result<T, TxError>,
    ) -> Result<T, StorageError> {
        let mut retried = false;
        loop {
            let db = self.open().await?;
            let result = op(&db).await;
            db.close();
            match result {
                Err(TxError::Closed) if !retried => retried = true,
                other => return finish(other),
            }
        }
    }

    /// Rewrites every value an earlier layout stored as a JavaScript object as JSON text and
    /// builds every record's stamp ([`STAMPS_STORE`]), in one transaction over every store (all
    /// of it, or nothing: the old values stay readable), and marks the database done in `meta`; returns how many values were rewritten. A database
    /// already marked is left alone, so this costs one small read after the first time.
    pub async fn store_values_as_text(&self) -> Result<usize, StorageError> {
        use futures_util::future::try_join_all;
        self.with_db(async |db| {
            let names: Vec<String> =
                db.object_store_names().filter(|name| name != BLOBS_STORE).collect();
            if !names.iter().any(|name| name == META_STORE) {
                return Ok(0);
            }
            // Asked first in a read-only transaction: a read-write one over every store would
            // hold back every other read of the page while it runs.
            let asked = db.transaction(META_STORE).build()?;
            let done: Option<JsValue> =
                asked.object_store(META_STORE)?.get(VALUES_AS_TEXT_KEY).primitive()?.await?;
            drop(asked);
            if done.is_some() {
                return Ok(0);
            }
            let tx =
                db.transaction(names.as_slice()).with_mode(TransactionMode::Readwrite).build()?;
            let meta = tx.object_store(META_STORE)?;
            // Another tab may have finished it in between.
            let done: Option<JsValue> = meta.get(VALUES_AS_TEXT_KEY).primitive()?.await?;
            if done.is_some() {
                return Ok(0);
            }
            let mut rewritten_count = 0;
            let mut stamps = Vec::new();
            for name in names.iter().filter(|name| *name != STAMPS_STORE) {
                let store = tx.object_store(name)?;
                // Both lists come in key order within one transaction, so they pair up.
                let keys = store.get_all_keys::<JsValue>().primitive()?.await?;
                let keys = keys.collect::<Result<Vec<JsValue>, _>>()?;
                let values = store.get_all::<JsValue>().primitive()?.await?;
                let values = values.collect::<Result<Vec<JsValue>, _>>()?;
                let mut puts = Vec::new();
                for (key, value) in keys.iter().zip(&values) {
                    if in_line_keys(name) {
                        let text = stored_text(value).ok_or_else(|| {
                            TxError::Corrupt(format!("a value in {name} is not JSON"))
                        })?;
                        stamps.push((key.clone(), stamp_of(&text)?));
                    }
                    if is_text(value) {
                        continue;
                    }
                    let stored = rewritten(name, key, value)?;
                    puts.push(async {
                        if in_line_keys(name) {
                            store.put(stored).await
                        } else {
                            store.put(stored).with_key(key.clone()).await.map(drop)
                        }
                    });
                }
                rewritten_count += puts.len();
                try_join_all(puts).await?;
            }
            // Every record's stamp, built afresh.
            if names.iter().any(|name| name == STAMPS_STORE) {
                let store = tx.object_store(STAMPS_STORE)?;
                store.clear()?.await?;
                let puts = stamps
                    .into_iter()
                    .map(|(key, stamp)| async { store.put(stamp).with_key(key).await.map(drop) });
                try_join_all(puts).await?;
            }
            meta.put(JsValue::from_str("true")).with_key(VALUES_AS_TEXT_KEY).await?;
            tx.commit().await?;
            Ok(rewritten_count)
        })
        .await
    }

    /// Deletes the whole database (tests clean up with it).
    pub async fn delete(&self) -> Result<(), StorageError> {
        Database::delete_by_name(&self.name)
            .map_err(|error| StorageError::Request(error.to_string()))?
            .await
            .map_err(|error| StorageError::Request(error.to_string()))
    }
}

/// An open IndexedDB transaction.
pub struct IdbTx<'a> {
    tx: Transaction<'a>,
}

/// Whether `store` takes its keys from its values (`innovations`, keyed by `id`).
fn in_line_keys(store: &str) -> bool {
    store == INNOVATIONS_STORE
}

/// The field of the JSON wrapper that holds the text.
const JSON_FIELD: &str = "json";

/// The stored form of `value` (see the module's opening): JSON text, wrapped with the field a
/// key path or an index reads.
fn encode<T: Serialize>(store: &str, key: &str, value: &T) -> Result<(JsValue, String), TxError> {
    let bad = |error: serde_json::Error| TxError::Corrupt(error.to_string());
    let (field, text) = if in_line_keys(store) {
        (Some(("id", key.to_owned())), serde_json::to_string(value).map_err(bad)?)
    } else if store == REVISIONS_STORE {
        let tree = serde_json::to_value(value).map_err(bad)?;
        let kind = tree.get(REVISION_KIND_INDEX).and_then(|kind| kind.as_str()).unwrap_or("");
        (Some((REVISION_KIND_INDEX, kind.to_owned())), tree.to_string())
    } else {
        (None, serde_json::to_string(value).map_err(bad)?)
    };
    Ok((wrapped(field, &text)?, text))
}

/// The stamp stored beside a record whose JSON text is `text`.
fn stamp_of(text: &str) -> Result<JsValue, TxError> {
    let bad = |error: serde_json::Error| TxError::Corrupt(format!("{STAMPS_STORE}: {error}"));
    let stamp: inovda_core::RecordStamp = serde_json::from_str(text).map_err(bad)?;
    Ok(JsValue::from_str(&serde_json::to_string(&stamp).map_err(bad)?))
}

/// `text` as stored: the string itself, or a wrapper also holding the field `(name, value)`.
fn wrapped(field: Option<(&str, String)>, text: &str) -> Result<JsValue, TxError> {
    let Some((name, field)) = field else { return Ok(JsValue::from_str(text)) };
    let wrapper = js_sys::Object::new();
    let set = |name: &str, value: &str| {
        js_sys::Reflect::set(&wrapper, &JsValue::from_str(name), &JsValue::from_str(value))
            .map_err(|error| TxError::Corrupt(format!("{error:?}")))
    };
    set(name, &field)?;
    set(JSON_FIELD, text)?;
    Ok(wrapper.into())
}

/// The text of a value stored as text (layout 5): a string or a wrapper's text.
fn text_of(value: &JsValue) -> Option<String> {
    if let Some(text) = value.as_string() {
        return Some(text);
    }
    if value.is_object()
        && let Ok(text) = js_sys::Reflect::get(value, &JsValue::from_str(JSON_FIELD))
        && let Some(text) = text.as_string()
    {
        return Some(text);
    }
    None
}

/// The stored value's JSON text: a string, a wrapper's text, or (a value an earlier layout
/// stored as an object) the object as JSON.
pub fn stored_text(value: &JsValue) -> Option<String> {
    text_of(value).or_else(|| js_sys::JSON::stringify(value).ok()?.as_string())
}

/// A value an earlier layout stored as an object (or a plain string), as layout 5 stores it.
fn rewritten(store: &str, key: &JsValue, value: &JsValue) -> Result<JsValue, TxError> {
    let text = match value.as_string() {
        Some(plain) => serde_json::Value::String(plain).to_string(),
        None => stored_text(value)
            .ok_or_else(|| TxError::Corrupt(format!("a value in {store} is not JSON")))?,
    };
    let field_of =
        |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok()?.as_string();
    let field = if in_line_keys(store) {
        Some(("id", key.as_string().or_else(|| field_of("id")).unwrap_or_default()))
    } else if store == REVISIONS_STORE {
        Some((REVISION_KIND_INDEX, field_of(REVISION_KIND_INDEX).unwrap_or_default()))
    } else {
        None
    };
    wrapped(field, &text)
}

/// A stored value read back into `T`. A string an earlier layout stored that is not JSON text
/// is read as the string it is.
fn decode<T: DeserializeOwned>(store: &str, value: &JsValue) -> Result<T, TxError> {
    let text = stored_text(value)
        .ok_or_else(|| TxError::Corrupt(format!("a value in {store} is not JSON")))?;
    serde_json::from_slice(text.as_bytes()).or_else(|error| match value.as_string() {
        Some(plain) => serde_json::from_value(serde_json::Value::String(plain))
            .map_err(|_| TxError::Corrupt(format!("{store}: {error}"))),
        None => Err(TxError::Corrupt(format!("{store}: {error}"))),
    })
}

/// Whether `value` is already stored as layout 5 stores it: a wrapper, or a string holding
/// JSON text (an earlier layout's plain string is not).
fn is_text(value: &JsValue) -> bool {
    match value.as_string() {
        Some(text) => serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok(),
        None => text_of(value).is_some(),
    }
}

impl Tx for IdbTx<'_> {
    type File = BrowserFile;

    async fn get<T: DeserializeOwned>(&self, store: &str, key: &str) -> Result<Option<T>, TxError> {
        let found: Option<JsValue> = self.tx.object_store(store)?.get(key).primitive()?.await?;
        found.map(|value| decode(store, &value)).transpose()
    }

    async fn put<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError> {
        let target = self.tx.object_store(store)?;
        let (stored, text) = encode(store, key, value)?;
        if in_line_keys(store) {
            let stamps = self.tx.object_store(STAMPS_STORE)?;
            let stamp = stamp_of(&text)?;
            futures_util::try_join!(async { target.put(stored).await.map(drop) }, async {
                stamps.put(stamp).with_key(key).await.map(drop)
            },)?;
        } else {
            target.put(stored).with_key(key).await?;
        }
        Ok(())
    }

    async fn add<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError> {
        let target = self.tx.object_store(store)?;
        let (stored, text) = encode(store, key, value)?;
        if in_line_keys(store) {
            let stamps = self.tx.object_store(STAMPS_STORE)?;
            let stamp = stamp_of(&text)?;
            futures_util::try_join!(async { target.add(stored).await.map(drop) }, async {
                stamps.put(stamp).with_key(key).await.map(drop)
            },)?;
        } else {
            target.add(stored).with_key(key).await?;
        }
        Ok(())
    }

    async fn delete(&self, store: &str, key: &str) -> Result<(), TxError> {
        self.tx.object_store(store)?.delete(key).await?;
        if in_line_keys(store) {
            self.tx.object_store(STAMPS_STORE)?.delete(key).await?;
        }
        Ok(())
    }

    async fn stamps(&self) -> Result<Vec<inovda_core::RecordStamp>, TxError> {
        let records = self.tx.object_store(INNOVATIONS_STORE)?;
        let (count, stamps) = futures_util::try_join!(
            async { Ok::<u32, TxError>(records.count().primitive()?.await?) },
            self.values::<inovda_core::RecordStamp>(STAMPS_STORE),
        )?;
        // Records written around the app (restored from an old backup, or by hand) have no
        // stamp yet: then every record is read, as before the stamps existed.
        if usize::try_from(count).ok() == Some(stamps.len()) {
            Ok(stamps)
        } else {
            self.values(INNOVATIONS_STORE).await
        }
    }

    async fn values<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, TxError> {
        let all = self.tx.object_store(store)?.get_all::<JsValue>().primitive()?.await?;
        all.map(|value| decode(store, &value?)).collect()
    }

    async fn keys(&self, store: &str) -> Result<Vec<String>, TxError> {
        let all = self.tx.object_store(store)?.get_all_keys::<String>().primitive()?.await?;
        Ok(all.collect::<Result<Vec<String>, _>>()?)
    }

    async fn count_where(&self, store: &str, field: &str, value: &str) -> Result<u32, TxError> {
        let object_store = self.tx.object_store(store)?;
        let index = object_store.index(field)?;
        Ok(index.count().with_query(value).primitive()?.await?)
    }

    async fn get_file(&self, key: &str) -> Result<Option<BrowserFile>, TxError> {
        let found: Option<JsValue> =
            self.tx.object_store(BLOBS_STORE)?.get(key).primitive()?.await?;
        match found {
            None => Ok(None),
            Some(value) => BrowserFile::from_stored(value)
                .map(Some)
                .ok_or_else(|| TxError::Corrupt(format!("evidence {key} is not a file"))),
        }
    }

    async fn put_file(&self, key: &str, file: &BrowserFile) -> Result<(), TxError> {
        self.tx.object_store(BLOBS_STORE)?.put(file.stored()).with_key(key).await?;
        Ok(())
    }

    async fn has_file(&self, key: &str) -> Result<bool, TxError> {
        let count = self.tx.object_store(BLOBS_STORE)?.count().with_query(key).primitive()?.await?;
        Ok(count > 0)
    }

    async fn delete_file(&self, key: &str) -> Result<(), TxError> {
        self.tx.object_store(BLOBS_STORE)?.delete(key).await?;
        Ok(())
    }
}

impl Backend for IndexedDb {
    type File = BrowserFile;
    type Tx<'a> = IdbTx<'a>;

    async fn transact<T>(
        &self,
        stores: &[&str],
        mode: Mode,
        op: impl AsyncFn(&IdbTx<'_>) -> Result<T, TxError>,
    ) -> Result<T, StorageError> {
        let mode = match mode {
            Mode::Read => TransactionMode::Readonly,
            Mode::Write => TransactionMode::Readwrite,
        };
        // A transaction over the records also covers their stamps.
        let mut scope = stores.to_vec();
        if scope.contains(&INNOVATIONS_STORE) && !scope.contains(&STAMPS_STORE) {
            scope.push(STAMPS_STORE);
        }
        self.with_db(async |db| {
            let tx = IdbTx { tx: db.transaction(scope.as_slice()).with_mode(mode).build()? };
            let value = op(&tx).await?;
            tx.tx.commit().await?;
            Ok(value)
        })
        .await
    }
}

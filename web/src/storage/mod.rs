//! The IndexedDB repository: the only module that talks to the browser's database.
//!
//! Records are stored as core's versioned DTOs ([`InnovationRecord`]), evidence files as Blobs
//! keyed by their SHA-256, deleted innovations in a trash store, small settings under fixed
//! keys in `meta`. Each operation opens the database, runs one transaction, commits and closes,
//! so no connection outlives an operation; if the browser closed the connection under us
//! (iOS does), the operation is retried once on a fresh connection.

mod award;
mod dto;
mod exchange;
mod labinov;
mod secretariat;
mod text;
mod verification;

use indexed_db_futures::KeyPath;
use indexed_db_futures::database::Database;
use indexed_db_futures::error::{DomException, Error as IdbError};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use inovda_core::InnovationRecord;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

pub use award::{
    AWARD_ASSIGNMENTS_KEY, AWARD_ROUNDS_KEY, AssignmentDto, AwardRoundsDto, StoredRoundDto,
};
pub use dto::{
    ExportLogDto, HandoverDto, ImportLogDto, PROFILE_SCHEMA_VERSION, ProfileDto, RevisionDto,
    RevisionKind, Role, SignerDto, TrashEntryDto, signer_key,
};
pub use exchange::{ImportCommit, Resolution, verdict_key};
pub use labinov::{LABINOV_CONFIG_KEY, LabinovConfigDto};
pub use secretariat::{
    DEADLINES_KEY, DEADLINES_SCHEMA_VERSION, DeadlinesDto, DemoLoad, REGION_CONFIG_KEY,
    REGISTRY_KEY, spd_key,
};
pub use text::storage_error_message;
pub use verification::{FEEDBACK_LOG_KEY, FeedbackLogDto, FeedbackSentDto};

/// Name of the production database.
pub const DB_NAME: &str = "inovda";
/// Version of the database layout; each bump adds a step to [`upgrade`].
pub const DB_VERSION: u32 = 3;
/// Object store of innovation records, keyed by their `id`.
pub const INNOVATIONS_STORE: &str = "innovations";
/// Object store of single settings records under fixed keys.
pub const META_STORE: &str = "meta";
/// Object store of evidence Blobs keyed by their lower-case hex SHA-256 (layout 2).
pub const BLOBS_STORE: &str = "blobs";
/// Object store of deleted innovations, keyed by the innovation id (layout 2).
pub const TRASH_STORE: &str = "trash";
/// Object store of trusted bundle signers, keyed by [`signer_key`] (layout 3).
pub const SIGNERS_STORE: &str = "signers";
/// Object store of revisions kept beside the current records (conflict copies, history),
/// keyed by revision hash (layout 3).
pub const REVISIONS_STORE: &str = "revisions";
/// Index of `revisions` by `kind` (`conflict`, `dismissed`, `superseded`).
pub const REVISION_KIND_INDEX: &str = "kind";
/// Object store of the secretariat's verdicts, keyed by [`verdict_key`] (layout 3).
pub const VERDICTS_STORE: &str = "verdicts";
/// Object store of imported bundle files (layout 3).
pub const IMPORTS_STORE: &str = "imports";
/// Object store of the national hand-over's "sudah disalin" ticks, keyed by innovation id
/// (layout 3).
pub const HANDOVER_STORE: &str = "handover";

/// Key of the workspace profile in `meta`.
pub const PROFILE_KEY: &str = "profile";
/// Key of the export log in `meta`.
pub const EXPORT_LOG_KEY: &str = "export_log";

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("the browser database cannot be opened: {0}")]
    Open(String),
    #[error("the browser database refused the request: {0}")]
    Request(String),
    #[error("the device storage is full")]
    QuotaExceeded,
    /// The browser closed the connection again after one retry (forced close, storage
    /// cleared or evicted); nothing was written.
    #[error("the browser closed its database connection")]
    Unavailable,
    #[error("a stored record is damaged: {0}")]
    Corrupt(String),
    /// The stored record changed since this editor read it (another tab saved it).
    #[error("the innovation was changed elsewhere (revision {revision}, edit {edit_count})")]
    Conflict { revision: u32, edit_count: u32 },
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

/// The revision and edit counter of a stored record: what an editor last saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    pub revision: u32,
    pub edit_count: u32,
}

impl Version {
    pub fn of(record: &InnovationRecord) -> Self {
        Self { revision: record.revision, edit_count: record.edit_count }
    }
}

/// Why an operation inside a transaction stopped.
enum TxError {
    Idb(IdbError),
    Conflict(Version),
    /// The data or the layout is not what the operation expects.
    Corrupt(String),
}

impl From<IdbError> for TxError {
    fn from(error: IdbError) -> Self {
        TxError::Idb(error)
    }
}

impl From<indexed_db_futures::error::SerialisationError> for TxError {
    fn from(error: indexed_db_futures::error::SerialisationError) -> Self {
        TxError::Idb(error.into())
    }
}

fn is_closed_connection(error: &IdbError) -> bool {
    matches!(
        error,
        IdbError::DomException(
            DomException::InvalidStateError(_) | DomException::TransactionInactiveError(_)
        )
    )
}

/// One object store's entries as JavaScript values, `(key, value)` in key order: what
/// [`Repo::dump_all`] reads and [`Repo::replace_all`] writes.
#[derive(Debug, Clone, PartialEq)]
pub struct StoreContent {
    pub name: String,
    pub entries: Vec<(JsValue, JsValue)>,
}

/// Handle on one IndexedDB database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repo {
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
    Ok(())
}

impl Repo {
    /// The app's real database.
    pub fn production() -> Self {
        Self::named(DB_NAME)
    }

    /// A database with another name (tests use a fresh one each).
    pub fn named(name: &str) -> Self {
        Self { name: name.to_owned() }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    async fn open(&self) -> Result<Database, StorageError> {
        Database::open(self.name.as_str())
            .with_version(DB_VERSION)
            .with_on_upgrade_needed(|event, db| upgrade(event.old_version() as u32, &db))
            .await
            .map_err(|error| StorageError::Open(error.to_string()))
    }

    /// Opens the database, runs `op`, closes it; retries once when the connection was closed.
    async fn with_db<T>(
        &self,
        op: impl AsyncFn(&Database) -> Result<T, TxError>,
    ) -> Result<T, StorageError> {
        let mut retried = false;
        loop {
            let db = self.open().await?;
            let result = op(&db).await;
            db.close();
            match result {
                Ok(value) => return Ok(value),
                Err(TxError::Conflict(version)) => {
                    return Err(StorageError::Conflict {
                        revision: version.revision,
                        edit_count: version.edit_count,
                    });
                }
                Err(TxError::Corrupt(reason)) => return Err(StorageError::Corrupt(reason)),
                Err(TxError::Idb(error)) if is_closed_connection(&error) => {
                    if retried {
                        return Err(StorageError::Unavailable);
                    }
                    retried = true
                }
                Err(TxError::Idb(error)) => return Err(error.into()),
            }
        }
    }

    /// Saves (inserts or replaces) one innovation record without a revision check.
    pub async fn put_innovation(&self, record: &InnovationRecord) -> Result<(), StorageError> {
        self.save_innovation(record, None, &[]).await
    }

    /// Saves a record and the evidence Blobs it references in one transaction.
    ///
    /// With `expected`, the write happens only if the stored record still has that version
    /// (or none is stored); otherwise [`StorageError::Conflict`] names the stored version.
    pub async fn save_innovation(
        &self,
        record: &InnovationRecord,
        expected: Option<Version>,
        blobs: &[(String, web_sys::Blob)],
    ) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let tx = db
                .transaction([INNOVATIONS_STORE, BLOBS_STORE])
                .with_mode(TransactionMode::Readwrite)
                .build()?;
            let store = tx.object_store(INNOVATIONS_STORE)?;
            if let Some(expected) = expected {
                let stored: Option<InnovationRecord> =
                    store.get(record.id.as_str()).serde()?.await?;
                if let Some(stored) = stored {
                    let found = Version::of(&stored);
                    if found != expected {
                        return Err(TxError::Conflict(found));
                    }
                }
            }
            let blob_store = tx.object_store(BLOBS_STORE)?;
            for (sha256, blob) in blobs {
                let value: &JsValue = blob.as_ref();
                blob_store.put(value.clone()).with_key(sha256.as_str()).await?;
            }
            store.put(record).serde()?.await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Reads one innovation record.
    pub async fn get_innovation(&self, id: &str) -> Result<Option<InnovationRecord>, StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(INNOVATIONS_STORE).build()?;
            let found: Option<InnovationRecord> =
                tx.object_store(INNOVATIONS_STORE)?.get(id).serde()?.await?;
            Ok(found)
        })
        .await
    }

    /// Reads every innovation record, most recently saved first.
    pub async fn list_innovations(&self) -> Result<Vec<InnovationRecord>, StorageError> {
        let mut records = self
            .with_db(async |db| {
                let tx = db.transaction(INNOVATIONS_STORE).build()?;
                let all = tx
                    .object_store(INNOVATIONS_STORE)?
                    .get_all::<InnovationRecord>()
                    .serde()?
                    .await?;
                Ok(all.collect::<Result<Vec<_>, _>>()?)
            })
            .await?;
        records.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.id.cmp(&b.id)));
        Ok(records)
    }

    /// Reads one evidence file.
    pub async fn get_blob(&self, sha256: &str) -> Result<Option<web_sys::Blob>, StorageError> {
        let found = self
            .with_db(async |db| {
                let tx = db.transaction(BLOBS_STORE).build()?;
                let value: Option<JsValue> =
                    tx.object_store(BLOBS_STORE)?.get(sha256).primitive()?.await?;
                Ok(value)
            })
            .await?;
        match found {
            None => Ok(None),
            Some(value) => value
                .dyn_into::<web_sys::Blob>()
                .map(Some)
                .map_err(|_| StorageError::Corrupt(format!("evidence {sha256} is not a file"))),
        }
    }

    /// Whether an evidence file with this hash is stored.
    pub async fn has_blob(&self, sha256: &str) -> Result<bool, StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(BLOBS_STORE).build()?;
            let count =
                tx.object_store(BLOBS_STORE)?.count().with_query(sha256).primitive()?.await?;
            Ok(count > 0)
        })
        .await
    }

    /// Moves an innovation into the trash (one transaction: never lost, never duplicated).
    pub async fn move_to_trash(&self, id: &str, deleted_at: &str) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let tx = db
                .transaction([INNOVATIONS_STORE, TRASH_STORE])
                .with_mode(TransactionMode::Readwrite)
                .build()?;
            let store = tx.object_store(INNOVATIONS_STORE)?;
            let found: Option<InnovationRecord> = store.get(id).serde()?.await?;
            if let Some(record) = found {
                let entry = TrashEntryDto::new(record, deleted_at);
                tx.object_store(TRASH_STORE)?
                    .put(&entry)
                    .with_key(id)
                    .without_key_type()
                    .serde()?
                    .await?;
                store.delete(id).await?;
            }
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Puts a trashed innovation back ("Urungkan" / "Pulihkan").
    pub async fn restore_from_trash(&self, id: &str) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let tx = db
                .transaction([INNOVATIONS_STORE, TRASH_STORE])
                .with_mode(TransactionMode::Readwrite)
                .build()?;
            let trash = tx.object_store(TRASH_STORE)?;
            let found: Option<TrashEntryDto> = trash.get(id).serde()?.await?;
            if let Some(entry) = found {
                tx.object_store(INNOVATIONS_STORE)?.put(&entry.record).serde()?.await?;
                trash.delete(id).await?;
            }
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Every trashed innovation, most recently deleted first.
    pub async fn list_trash(&self) -> Result<Vec<TrashEntryDto>, StorageError> {
        let mut entries = self
            .with_db(async |db| {
                let tx = db.transaction(TRASH_STORE).build()?;
                let all = tx.object_store(TRASH_STORE)?.get_all::<TrashEntryDto>().serde()?.await?;
                Ok(all.collect::<Result<Vec<_>, _>>()?)
            })
            .await?;
        entries.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at));
        Ok(entries)
    }

    /// Deletes a trashed innovation for good.
    pub async fn purge_from_trash(&self, id: &str) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(TRASH_STORE).with_mode(TransactionMode::Readwrite).build()?;
            tx.object_store(TRASH_STORE)?.delete(id).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Reads the value stored under `key` in a store with out-of-line keys.
    async fn get_keyed<T: DeserializeOwned>(
        &self,
        store: &str,
        key: &str,
    ) -> Result<Option<T>, StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(store).build()?;
            let found: Option<T> = tx.object_store(store)?.get(key).serde()?.await?;
            Ok(found)
        })
        .await
    }

    /// Writes `value` under `key` in a store with out-of-line keys.
    async fn put_keyed<T: Serialize>(
        &self,
        store: &str,
        key: &str,
        value: &T,
    ) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(store).with_mode(TransactionMode::Readwrite).build()?;
            tx.object_store(store)?.put(value).with_key(key).without_key_type().serde()?.await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Reads a settings record from `meta`.
    pub async fn get_meta<T: DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<T>, StorageError> {
        self.get_keyed(META_STORE, key).await
    }

    /// Writes a settings record into `meta`.
    pub async fn put_meta<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        self.put_keyed(META_STORE, key, value).await
    }

    /// Reads the workspace profile, if the start screen has been completed.
    pub async fn get_profile(&self) -> Result<Option<ProfileDto>, StorageError> {
        match self.get_meta::<ProfileDto>(PROFILE_KEY).await? {
            Some(profile) if profile.schema_version > PROFILE_SCHEMA_VERSION => {
                Err(StorageError::Corrupt(format!(
                    "profile schema {} is newer than this app",
                    profile.schema_version
                )))
            }
            other => Ok(other),
        }
    }

    /// Saves the workspace profile.
    pub async fn put_profile(&self, profile: &ProfileDto) -> Result<(), StorageError> {
        self.put_meta(PROFILE_KEY, profile).await
    }

    /// The "sudah disalin" ticks of one innovation (none when never copied).
    pub async fn get_handover(&self, id: &str) -> Result<HandoverDto, StorageError> {
        Ok(self.get_keyed(HANDOVER_STORE, id).await?.unwrap_or_default())
    }

    /// Saves the ticks of one innovation.
    pub async fn put_handover(&self, id: &str, ticks: &HandoverDto) -> Result<(), StorageError> {
        self.put_keyed(HANDOVER_STORE, id, ticks).await
    }

    /// The names of the database's object stores (all of them, whatever the layout).
    pub async fn object_store_names(&self) -> Result<Vec<String>, StorageError> {
        self.with_db(async |db| Ok(db.object_store_names().collect())).await
    }

    /// Reads every object store, whatever the layout, in one read-only transaction (a
    /// consistent snapshot for a backup). Values stay JavaScript values: the caller converts
    /// them. Blobs are handles; their bytes can be read after the transaction has ended.
    pub async fn dump_all(&self) -> Result<Vec<StoreContent>, StorageError> {
        self.with_db(async |db| {
            let names: Vec<String> = db.object_store_names().collect();
            if names.is_empty() {
                return Ok(Vec::new());
            }
            let tx = db.transaction(names.as_slice()).build()?;
            let mut dump = Vec::with_capacity(names.len());
            for name in &names {
                let store = tx.object_store(name)?;
                // Both lists come in key order within one transaction, so they pair up.
                let keys = store.get_all_keys::<JsValue>().primitive()?.await?;
                let keys = keys.collect::<Result<Vec<JsValue>, _>>()?;
                let values = store.get_all::<JsValue>().primitive()?.await?;
                let values = values.collect::<Result<Vec<JsValue>, _>>()?;
                if keys.len() != values.len() {
                    return Err(TxError::Corrupt(format!("store {name} changed while read")));
                }
                let entries = keys.into_iter().zip(values).collect();
                dump.push(StoreContent { name: name.clone(), entries });
            }
            tx.commit().await?;
            Ok(dump)
        })
        .await
    }

    /// Replaces the whole database content in one read-write transaction: every object store
    /// is cleared (stores missing from `content` stay empty), then each entry of `content` is
    /// written (stores with a key path take the value alone, others value and key). If any
    /// step fails the transaction is aborted and the database is exactly as before.
    pub async fn replace_all(&self, content: &[StoreContent]) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let names: Vec<String> = db.object_store_names().collect();
            for store in content {
                if !names.contains(&store.name) {
                    return Err(TxError::Corrupt(format!("no object store {}", store.name)));
                }
            }
            if names.is_empty() {
                return Ok(());
            }
            let tx =
                db.transaction(names.as_slice()).with_mode(TransactionMode::Readwrite).build()?;
            for name in &names {
                tx.object_store(name)?.clear()?.await?;
            }
            for store in content {
                let target = tx.object_store(&store.name)?;
                let in_line_keys = target.key_path().is_some();
                for (key, value) in &store.entries {
                    if in_line_keys {
                        target.put(value.clone()).primitive()?.await?;
                    } else {
                        target.put(value.clone()).with_key(key.clone()).primitive()?.await?;
                    }
                }
            }
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// The ticks of every innovation, by innovation id.
    pub async fn all_handovers(
        &self,
    ) -> Result<std::collections::BTreeMap<String, HandoverDto>, StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(HANDOVER_STORE).build()?;
            // Both lists come in key order within one transaction, so they pair up.
            let keys = exchange::all_keys(&tx, HANDOVER_STORE).await?;
            let values = exchange::all_values::<HandoverDto>(&tx, HANDOVER_STORE).await?;
            Ok(keys.into_iter().zip(values).collect())
        })
        .await
    }

    /// Deletes the whole database (tests clean up with it).
    pub async fn delete_database(&self) -> Result<(), StorageError> {
        Database::delete_by_name(&self.name)
            .map_err(|error| StorageError::Request(error.to_string()))?
            .await
            .map_err(|error| StorageError::Request(error.to_string()))
    }
}

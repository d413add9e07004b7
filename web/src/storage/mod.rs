//! The repository: every read and write of the app's data, written once over a small
//! [`Backend`] trait (IndexedDB in the browser, an in-memory twin for native tests).
//!
//! Records are stored as core's versioned DTOs ([`InnovationRecord`]), evidence files keyed by
//! their SHA-256, deleted innovations in a trash store, small settings under fixed keys in
//! `meta`. Each operation is one transaction: all of it is stored, or nothing.

mod award;
pub mod backend;
mod documents;
mod dto;
mod exchange;
pub mod indexed_db;
mod labinov;
pub mod memory;
mod relay;
mod secretariat;
mod text;
mod verification;

use inovda_core::InnovationRecord;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

pub use award::{
    AWARD_ASSIGNMENTS_KEY, AWARD_ROUNDS_KEY, AssignmentDto, AwardRoundsDto, StoredRoundDto,
};
pub use backend::{Backend, Mode, Tx, TxError};
pub use documents::{DOCUMENT_META_SCHEMA_VERSION, DocumentMetaDto};
pub use dto::{
    EXPORT_LOG_SCHEMA_VERSION, ExportLogDto, HANDOVER_SCHEMA_VERSION, HandoverDto, ImportLogDto,
    PROFILE_SCHEMA_VERSION, ProfileDto, RevisionDto, RevisionKind, Role, SignerDto,
    TRASH_SCHEMA_VERSION, TrashEntryDto, signer_key,
};
pub use exchange::{ReadyImport, Receiver, Resolution, verdict_key};
pub use indexed_db::{BrowserFile, IndexedDb, VALUES_AS_TEXT_KEY};
pub use labinov::{LABINOV_CONFIG_KEY, LabinovConfigDto};
pub use memory::MemoryBackend;
pub use relay::RELAY_KEY;
pub use secretariat::{
    DEADLINES_KEY, DEADLINES_SCHEMA_VERSION, DeadlinesDto, DemoLoad, REGION_CONFIG_KEY,
    REGISTRY_KEY, YearInputs, spd_key,
};
pub use text::storage_error_message;
pub use verification::{FEEDBACK_LOG_KEY, FeedbackLogDto, FeedbackSentDto};

/// Name of the production database.
pub const DB_NAME: &str = "inovda";
/// Version of the database layout; each bump adds a step to the upgrade in [`indexed_db`].
/// Layout 5 stores values as JSON text ([`IndexedDb::store_values_as_text`] rewrites older
/// values) and small evidence files received in bundles as bytes ([`BrowserFile`]).
pub const DB_VERSION: u32 = 5;
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
/// Object store of sealed bundles on their way to the relay, keyed by their SHA-256; the sealed
/// bytes are in `blobs` under `outbox:<sha256>` (layout 4).
pub const OUTBOX_STORE: &str = "outbox";
/// Object store of bundles fetched from the relay and opened, waiting for Impor, keyed by the
/// sealed SHA-256; the inner bundle is in `blobs` under `inbox:<sha256>` (layout 4).
pub const INBOX_STORE: &str = "inbox";

/// Object store of each innovation's stamp ([`inovda_core::RecordStamp`]: its unit and its
/// created and changed times), keyed by innovation id. The IndexedDB backend keeps it beside
/// `innovations` in every transaction that writes a record, so the status banners read a few
/// bytes per record instead of every record (layout 5).
pub const STAMPS_STORE: &str = "stamps";

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
    /// A stored record was written by a newer release of the app (schema `version` of
    /// `record`); it is left untouched.
    #[error("the stored {record} has schema {version}, newer than this app")]
    Newer { record: String, version: u32 },
    /// The stored record changed since this editor read it (another tab saved it).
    #[error("the innovation was changed elsewhere (revision {revision}, edit {edit_count})")]
    Conflict { revision: u32, edit_count: u32 },
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

/// The repository over one backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store<B> {
    backend: B,
}

/// The app's repository: the browser's IndexedDB.
pub type Repo = Store<IndexedDb>;

/// The repository in memory (native tests of page logic).
pub type MemoryRepo = Store<MemoryBackend>;

/// One object store's entries as JavaScript values, `(key, value)` in key order: what
/// [`Repo::dump_all`] reads and [`Repo::replace_all`] writes.
#[derive(Debug, Clone, PartialEq)]
pub struct StoreContent {
    pub name: String,
    pub entries: Vec<(JsValue, JsValue)>,
}

impl Repo {
    /// The app's real database.
    pub fn production() -> Self {
        Self::named(DB_NAME)
    }

    /// A database with another name (tests use a fresh one each).
    pub fn named(name: &str) -> Self {
        Self { backend: IndexedDb::named(name) }
    }

    pub fn name(&self) -> &str {
        self.backend.name()
    }

    /// Deletes the whole database (tests clean up with it).
    pub async fn delete_database(&self) -> Result<(), StorageError> {
        self.backend.delete().await
    }
}

impl MemoryRepo {
    /// An empty repository in memory.
    pub fn in_memory() -> Self {
        Self { backend: MemoryBackend::new() }
    }
}

impl<B: Backend> Store<B> {
    /// A repository over `backend`.
    pub fn over(backend: B) -> Self {
        Self { backend }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Runs `op` in one read-only transaction over `stores`.
    async fn read<T>(
        &self,
        stores: &[&str],
        op: impl AsyncFn(&B::Tx<'_>) -> Result<T, TxError>,
    ) -> Result<T, StorageError> {
        self.backend.transact(stores, Mode::Read, op).await
    }

    /// Runs `op` in one read-write transaction over `stores`: all of it, or nothing.
    async fn write<T>(
        &self,
        stores: &[&str],
        op: impl AsyncFn(&B::Tx<'_>) -> Result<T, TxError>,
    ) -> Result<T, StorageError> {
        self.backend.transact(stores, Mode::Write, op).await
    }

    /// Saves (inserts or replaces) one innovation record without a revision check.
    pub async fn put_innovation(&self, record: &InnovationRecord) -> Result<(), StorageError> {
        self.save_innovation(record, None, &[]).await
    }

    /// Saves a record and the evidence files it references in one transaction.
    ///
    /// With `expected`, the write happens only if the stored record still has that version
    /// (or none is stored); otherwise [`StorageError::Conflict`] names the stored version.
    pub async fn save_innovation(
        &self,
        record: &InnovationRecord,
        expected: Option<Version>,
        files: &[(String, B::File)],
    ) -> Result<(), StorageError> {
        self.write(&[INNOVATIONS_STORE, BLOBS_STORE], async |tx| {
            if let Some(expected) = expected {
                let stored: Option<InnovationRecord> =
                    tx.get(INNOVATIONS_STORE, &record.id).await?;
                if let Some(stored) = stored {
                    let found = Version::of(&stored);
                    if found != expected {
                        return Err(TxError::Conflict(found));
                    }
                }
            }
            for (sha256, file) in files {
                tx.put_file(sha256, file).await?;
            }
            tx.put(INNOVATIONS_STORE, &record.id, record).await
        })
        .await
    }

    /// Reads one innovation record.
    pub async fn get_innovation(&self, id: &str) -> Result<Option<InnovationRecord>, StorageError> {
        self.get_keyed(INNOVATIONS_STORE, id).await
    }

    /// Reads every innovation record, most recently saved first.
    pub async fn list_innovations(&self) -> Result<Vec<InnovationRecord>, StorageError> {
        let mut records = self.all(INNOVATIONS_STORE).await?;
        sort_by_saved(&mut records);
        Ok(records)
    }

    /// Reads one evidence file.
    pub async fn get_blob(&self, sha256: &str) -> Result<Option<B::File>, StorageError> {
        self.read(&[BLOBS_STORE], async |tx| tx.get_file(sha256).await).await
    }

    /// Whether an evidence file with this hash is stored.
    pub async fn has_blob(&self, sha256: &str) -> Result<bool, StorageError> {
        self.read(&[BLOBS_STORE], async |tx| tx.has_file(sha256).await).await
    }

    /// Moves an innovation into the trash (one transaction: never lost, never duplicated).
    pub async fn move_to_trash(&self, id: &str, deleted_at: &str) -> Result<(), StorageError> {
        self.write(&[INNOVATIONS_STORE, TRASH_STORE], async |tx| {
            let found: Option<InnovationRecord> = tx.get(INNOVATIONS_STORE, id).await?;
            if let Some(record) = found {
                tx.put(TRASH_STORE, id, &TrashEntryDto::new(record, deleted_at)).await?;
                tx.delete(INNOVATIONS_STORE, id).await?;
            }
            Ok(())
        })
        .await
    }

    /// Puts a trashed innovation back ("Urungkan" / "Pulihkan").
    pub async fn restore_from_trash(&self, id: &str) -> Result<(), StorageError> {
        self.write(&[INNOVATIONS_STORE, TRASH_STORE], async |tx| {
            let found: Option<TrashEntryDto> = tx.get(TRASH_STORE, id).await?;
            if let Some(entry) = found {
                tx.put(INNOVATIONS_STORE, id, &entry.record).await?;
                tx.delete(TRASH_STORE, id).await?;
            }
            Ok(())
        })
        .await
    }

    /// Every trashed innovation, most recently deleted first.
    pub async fn list_trash(&self) -> Result<Vec<TrashEntryDto>, StorageError> {
        let mut entries: Vec<TrashEntryDto> = self.all(TRASH_STORE).await?;
        entries.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at));
        Ok(entries)
    }

    /// Deletes a trashed innovation for good.
    pub async fn purge_from_trash(&self, id: &str) -> Result<(), StorageError> {
        self.write(&[TRASH_STORE], async |tx| tx.delete(TRASH_STORE, id).await).await
    }

    /// Every value of one store, in key order.
    async fn all<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, StorageError> {
        self.read(&[store], async |tx| tx.values(store).await).await
    }

    /// Reads the value stored under `key`.
    async fn get_keyed<T: DeserializeOwned>(
        &self,
        store: &str,
        key: &str,
    ) -> Result<Option<T>, StorageError> {
        self.read(&[store], async |tx| tx.get(store, key).await).await
    }

    /// Writes `value` under `key`.
    async fn put_keyed<T: Serialize>(
        &self,
        store: &str,
        key: &str,
        value: &T,
    ) -> Result<(), StorageError> {
        self.write(&[store], async |tx| tx.put(store, key, value).await).await
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
            Some(profile) => {
                check_schema("profile", profile.schema_version, PROFILE_SCHEMA_VERSION)?;
                Ok(Some(profile))
            }
            None => Ok(None),
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

    /// The ticks of every innovation, by innovation id.
    pub async fn all_handovers(
        &self,
    ) -> Result<std::collections::BTreeMap<String, HandoverDto>, StorageError> {
        self.read(&[HANDOVER_STORE], async |tx| {
            // Both lists come in key order within one transaction, so they pair up.
            let keys = tx.keys(HANDOVER_STORE).await?;
            let values: Vec<HandoverDto> = tx.values(HANDOVER_STORE).await?;
            Ok(keys.into_iter().zip(values).collect())
        })
        .await
    }
}

/// Refuses a record written by a newer release of the app (schema `found` above `supported`).
pub(crate) fn check_schema(record: &str, found: u32, supported: u32) -> Result<(), StorageError> {
    if found > supported {
        return Err(StorageError::Newer { record: record.to_owned(), version: found });
    }
    Ok(())
}

/// Most recently saved first; ties by id, so the order is stable.
fn sort_by_saved(records: &mut [InnovationRecord]) {
    records.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.id.cmp(&b.id)));
}

/// The raw snapshot and restore of a backup: the browser's stores as they are, whatever the
/// layout (values stay JavaScript values; the backup converts them).
impl Repo {
    /// Rewrites values stored by an earlier layout as JSON text (see
    /// [`IndexedDb::store_values_as_text`]).
    pub async fn store_values_as_text(&self) -> Result<usize, StorageError> {
        self.backend.store_values_as_text().await
    }

    /// The names of the database's object stores (all of them, whatever the layout).
    pub async fn object_store_names(&self) -> Result<Vec<String>, StorageError> {
        self.backend.with_db(async |db| Ok(db.object_store_names().collect())).await
    }

    /// Reads every object store in one read-only transaction (a consistent snapshot for a
    /// backup). Blobs are handles; their bytes can be read after the transaction has ended.
    pub async fn dump_all(&self) -> Result<Vec<StoreContent>, StorageError> {
        use indexed_db_futures::prelude::*;
        self.backend
            .with_db(async |db| {
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
        use indexed_db_futures::prelude::*;
        use indexed_db_futures::transaction::TransactionMode;
        self.backend
            .with_db(async |db| {
                let names: Vec<String> = db.object_store_names().collect();
                for store in content {
                    if !names.contains(&store.name) {
                        return Err(TxError::Corrupt(format!("no object store {}", store.name)));
                    }
                }
                if names.is_empty() {
                    return Ok(());
                }
                let tx = db
                    .transaction(names.as_slice())
                    .with_mode(TransactionMode::Readwrite)
                    .build()?;
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
}

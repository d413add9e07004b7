//! The browser's database behind [`Backend`]: IndexedDB through `indexed_db_futures`.
//!
//! Each transaction opens the database, runs, commits and closes, so no connection outlives an
//! operation; if the browser closed the connection under us (iOS does), the operation is run
//! again once on a fresh connection. Values are stored through serde as JavaScript objects,
//! exactly as every earlier release stored them.

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
    META_STORE, OUTBOX_STORE, REVISION_KIND_INDEX, REVISIONS_STORE, SIGNERS_STORE, StorageError,
    TRASH_STORE, VERDICTS_STORE,
};

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

impl From<indexed_db_futures::error::SerialisationError> for TxError {
    fn from(error: indexed_db_futures::error::SerialisationError) -> Self {
        IdbError::from(error).into()
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

impl Tx for IdbTx<'_> {
    type File = web_sys::Blob;

    async fn get<T: DeserializeOwned>(&self, store: &str, key: &str) -> Result<Option<T>, TxError> {
        Ok(self.tx.object_store(store)?.get(key).serde()?.await?)
    }

    async fn put<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError> {
        let target = self.tx.object_store(store)?;
        if in_line_keys(store) {
            target.put(value).serde()?.await?;
        } else {
            target.put(value).with_key(key).without_key_type().serde()?.await?;
        }
        Ok(())
    }

    async fn add<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError> {
        let target = self.tx.object_store(store)?;
        if in_line_keys(store) {
            target.add(value).serde()?.await?;
        } else {
            target.add(value).with_key(key).without_key_type().serde()?.await?;
        }
        Ok(())
    }

    async fn delete(&self, store: &str, key: &str) -> Result<(), TxError> {
        self.tx.object_store(store)?.delete(key).await?;
        Ok(())
    }

    async fn values<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, TxError> {
        let all = self.tx.object_store(store)?.get_all::<T>().serde()?.await?;
        Ok(all.collect::<Result<Vec<T>, _>>()?)
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

    async fn get_file(&self, key: &str) -> Result<Option<web_sys::Blob>, TxError> {
        let found: Option<JsValue> =
            self.tx.object_store(BLOBS_STORE)?.get(key).primitive()?.await?;
        match found {
            None => Ok(None),
            Some(value) => value
                .dyn_into::<web_sys::Blob>()
                .map(Some)
                .map_err(|_| TxError::Corrupt(format!("evidence {key} is not a file"))),
        }
    }

    async fn put_file(&self, key: &str, file: &web_sys::Blob) -> Result<(), TxError> {
        let value: &JsValue = file.as_ref();
        self.tx.object_store(BLOBS_STORE)?.put(value.clone()).with_key(key).await?;
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
    type File = web_sys::Blob;
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
        self.with_db(async |db| {
            let tx = IdbTx { tx: db.transaction(stores).with_mode(mode).build()? };
            let value = op(&tx).await?;
            tx.tx.commit().await?;
            Ok(value)
        })
        .await
    }
}

//! The seam under the repository: a small transactional key-value trait that IndexedDB
//! ([`super::indexed_db::IndexedDb`]) and an in-memory twin ([`super::memory::MemoryBackend`])
//! both implement, so every repository operation is written once and runs natively in tests.
//!
//! A transaction covers the stores it names; `op` reads and writes through [`Tx`]; when `op`
//! fails nothing it wrote stays. Values go through serde; evidence files are the backend's own
//! file type (a `Blob` in the browser, bytes in memory).

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{StorageError, Version};

/// Whether a transaction may write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Read,
    Write,
}

/// Why an operation inside a transaction stopped.
#[derive(Debug)]
pub enum TxError {
    /// The database closed the connection under the operation: retried once on a fresh one.
    Closed,
    Failed(StorageError),
    /// The stored record changed since the caller read it.
    Conflict(Version),
    /// The data or the layout is not what the operation expects.
    Corrupt(String),
}

impl From<StorageError> for TxError {
    fn from(error: StorageError) -> Self {
        TxError::Failed(error)
    }
}

/// One open transaction.
#[allow(async_fn_in_trait)]
pub trait Tx {
    /// The backend's evidence file.
    type File;

    async fn get<T: DeserializeOwned>(&self, store: &str, key: &str) -> Result<Option<T>, TxError>;
    /// Inserts or replaces the value under `key` (a store keyed by a field of its values, like
    /// `innovations` by `id`, takes the key from the value).
    async fn put<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError>;
    /// Inserts a value whose key must not be stored yet; fails the transaction otherwise.
    async fn add<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError>;
    async fn delete(&self, store: &str, key: &str) -> Result<(), TxError>;
    /// Every value of `store`, in key order.
    async fn values<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, TxError>;
    /// Every key of `store`, in key order.
    async fn keys(&self, store: &str) -> Result<Vec<String>, TxError>;
    /// Every stored innovation's stamp (unit, created and changed times).
    async fn stamps(&self) -> Result<Vec<inovda_core::RecordStamp>, TxError>;
    /// How many values of `store` have `value` in the indexed field `field`.
    async fn count_where(&self, store: &str, field: &str, value: &str) -> Result<u32, TxError>;
    async fn get_file(&self, key: &str) -> Result<Option<Self::File>, TxError>;
    async fn put_file(&self, key: &str, file: &Self::File) -> Result<(), TxError>;
    async fn has_file(&self, key: &str) -> Result<bool, TxError>;
    async fn delete_file(&self, key: &str) -> Result<(), TxError>;
}

/// A database the repository runs transactions on.
#[allow(async_fn_in_trait)]
pub trait Backend {
    type File: Clone;
    type Tx<'a>: Tx<File = Self::File>
    where
        Self: 'a;

    /// Runs `op` in one transaction over `stores`: everything it wrote, or nothing.
    async fn transact<T>(
        &self,
        stores: &[&str],
        mode: Mode,
        op: impl AsyncFn(&Self::Tx<'_>) -> Result<T, TxError>,
    ) -> Result<T, StorageError>;
}

/// The error a finished transaction reports.
pub(super) fn finish<T>(result: Result<T, TxError>) -> Result<T, StorageError> {
    match result {
        Ok(value) => Ok(value),
        Err(TxError::Closed) => Err(StorageError::Unavailable),
        Err(TxError::Failed(error)) => Err(error),
        Err(TxError::Conflict(version)) => Err(StorageError::Conflict {
            revision: version.revision,
            edit_count: version.edit_count,
        }),
        Err(TxError::Corrupt(reason)) => Err(StorageError::Corrupt(reason)),
    }
}

//! The in-memory twin of the browser's database: the same [`Backend`], kept in maps, so the
//! repository and the page logic above it run natively in tests.
//!
//! A transaction works on a copy of the whole content and replaces it only when its operation
//! succeeds: all or nothing, as in IndexedDB. Values are kept as JSON through serde, so a test
//! reads back exactly what serde made of the value, as the browser does.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::backend::{Backend, Mode, Tx, TxError, finish};
use super::{INNOVATIONS_STORE, StorageError};

/// Every store's values by key, and the evidence files by hash.
#[derive(Debug, Clone, Default)]
struct Content {
    stores: BTreeMap<String, BTreeMap<String, serde_json::Value>>,
    files: BTreeMap<String, Rc<[u8]>>,
}

/// A database in memory; clones share it.
#[derive(Debug, Clone, Default)]
pub struct MemoryBackend {
    content: Rc<RefCell<Content>>,
    /// When set, every write fails with this error (a full device, a refusing database).
    failing: Rc<RefCell<Option<StorageError>>>,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }

    /// From now on every write fails with `error` (none: writes work again).
    pub fn fail_writes(&self, error: Option<StorageError>) {
        *self.failing.borrow_mut() = error;
    }

    /// How many values `store` holds (for tests).
    pub fn len(&self, store: &str) -> usize {
        self.content.borrow().stores.get(store).map_or(0, BTreeMap::len)
    }

    /// True when nothing at all is stored.
    pub fn is_empty(&self) -> bool {
        let content = self.content.borrow();
        content.files.is_empty() && content.stores.values().all(BTreeMap::is_empty)
    }
}

/// A transaction on a copy of the content.
pub struct MemoryTx {
    content: RefCell<Content>,
    mode: Mode,
    failing: Option<StorageError>,
}

impl MemoryTx {
    fn check_write(&self) -> Result<(), TxError> {
        if self.mode == Mode::Read {
            return Err(TxError::Failed(StorageError::Request(
                "a read-only transaction cannot write".into(),
            )));
        }
        match &self.failing {
            Some(error) => Err(TxError::Failed(error.clone())),
            None => Ok(()),
        }
    }
}

fn corrupt(error: serde_json::Error) -> TxError {
    TxError::Corrupt(error.to_string())
}

impl Tx for MemoryTx {
    type File = Rc<[u8]>;

    async fn get<T: DeserializeOwned>(&self, store: &str, key: &str) -> Result<Option<T>, TxError> {
        let content = self.content.borrow();
        let found = content.stores.get(store).and_then(|values| values.get(key));
        found.map(|value| serde_json::from_value(value.clone()).map_err(corrupt)).transpose()
    }

    async fn put<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError> {
        self.check_write()?;
        let value = serde_json::to_value(value).map_err(corrupt)?;
        let key = match value.get("id").and_then(|id| id.as_str()) {
            Some(id) if store == INNOVATIONS_STORE => id.to_owned(),
            _ => key.to_owned(),
        };
        self.content.borrow_mut().stores.entry(store.to_owned()).or_default().insert(key, value);
        Ok(())
    }

    async fn add<T: Serialize>(&self, store: &str, key: &str, value: &T) -> Result<(), TxError> {
        if self.get::<serde_json::Value>(store, key).await?.is_some() {
            return Err(TxError::Failed(StorageError::Request(format!(
                "{store} already holds {key}"
            ))));
        }
        self.put(store, key, value).await
    }

    async fn delete(&self, store: &str, key: &str) -> Result<(), TxError> {
        self.check_write()?;
        if let Some(values) = self.content.borrow_mut().stores.get_mut(store) {
            values.remove(key);
        }
        Ok(())
    }

    async fn values<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, TxError> {
        let content = self.content.borrow();
        let Some(values) = content.stores.get(store) else { return Ok(Vec::new()) };
        values
            .values()
            .map(|value| serde_json::from_value(value.clone()).map_err(corrupt))
            .collect()
    }

    async fn stamps(&self) -> Result<Vec<inovda_core::RecordStamp>, TxError> {
        self.values(INNOVATIONS_STORE).await
    }

    async fn keys(&self, store: &str) -> Result<Vec<String>, TxError> {
        let content = self.content.borrow();
        Ok(content
            .stores
            .get(store)
            .map(|values| values.keys().cloned().collect())
            .unwrap_or_default())
    }

    async fn count_where(&self, store: &str, field: &str, value: &str) -> Result<u32, TxError> {
        let content = self.content.borrow();
        let count = content.stores.get(store).map_or(0, |values| {
            values
                .values()
                .filter(|stored| stored.get(field).and_then(|v| v.as_str()) == Some(value))
                .count()
        });
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    async fn get_file(&self, key: &str) -> Result<Option<Rc<[u8]>>, TxError> {
        Ok(self.content.borrow().files.get(key).cloned())
    }

    async fn put_file(&self, key: &str, file: &Rc<[u8]>) -> Result<(), TxError> {
        self.check_write()?;
        self.content.borrow_mut().files.insert(key.to_owned(), file.clone());
        Ok(())
    }

    async fn has_file(&self, key: &str) -> Result<bool, TxError> {
        Ok(self.content.borrow().files.contains_key(key))
    }

    async fn delete_file(&self, key: &str) -> Result<(), TxError> {
        self.check_write()?;
        self.content.borrow_mut().files.remove(key);
        Ok(())
    }
}

impl Backend for MemoryBackend {
    type File = Rc<[u8]>;
    type Tx<'a> = MemoryTx;

    async fn transact<T>(
        &self,
        _stores: &[&str],
        mode: Mode,
        op: impl AsyncFn(&MemoryTx) -> Result<T, TxError>,
    ) -> Result<T, StorageError> {
        let tx = MemoryTx {
            content: RefCell::new(self.content.borrow().clone()),
            mode,
            failing: self.failing.borrow().clone(),
        };
        let result = op(&tx).await;
        if result.is_ok() && mode == Mode::Write {
            *self.content.borrow_mut() = tx.content.into_inner();
        }
        finish(result)
    }
}

//! The IndexedDB repository: the only module that talks to the browser's database.
//!
//! Records are stored as core's versioned DTOs ([`InnovationRecord`]) and the workspace
//! profile as [`ProfileDto`]. Each operation opens the database, runs one transaction and
//! closes it again, so no connection outlives an operation (and upgrades are never blocked).

mod dto;

use indexed_db_futures::KeyPath;
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use inovda_core::InnovationRecord;

pub use dto::{PROFILE_SCHEMA_VERSION, ProfileDto};

/// Name of the production database.
pub const DB_NAME: &str = "inovda";
/// Version of the database layout; each bump adds a step to [`upgrade`].
pub const DB_VERSION: u32 = 1;
/// Object store of innovation records, keyed by their `id`.
pub const INNOVATIONS_STORE: &str = "innovations";
/// Object store of single settings records under fixed keys.
pub const META_STORE: &str = "meta";
const PROFILE_KEY: &str = "profile";

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("the browser database cannot be opened: {0}")]
    Open(String),
    #[error("the browser database refused the request: {0}")]
    Request(String),
    #[error("a stored record is damaged: {0}")]
    Corrupt(String),
}

impl From<indexed_db_futures::error::Error> for StorageError {
    fn from(error: indexed_db_futures::error::Error) -> Self {
        StorageError::Request(error.to_string())
    }
}

/// Handle on one IndexedDB database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repo {
    name: String,
}

/// Creates stores for every layout version the database has not seen yet.
fn upgrade(old_version: u32, db: &Database) -> Result<(), indexed_db_futures::error::Error> {
    if old_version < 1 {
        db.create_object_store(INNOVATIONS_STORE).with_key_path(KeyPath::One("id")).build()?;
        db.create_object_store(META_STORE).build()?;
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

    /// Saves (inserts or replaces) one innovation record.
    pub async fn put_innovation(&self, record: &InnovationRecord) -> Result<(), StorageError> {
        let db = self.open().await?;
        let result = async {
            let tx =
                db.transaction(INNOVATIONS_STORE).with_mode(TransactionMode::Readwrite).build()?;
            tx.object_store(INNOVATIONS_STORE)?.put(record).serde()?.await?;
            tx.commit().await
        }
        .await;
        db.close();
        Ok(result?)
    }

    /// Reads one innovation record.
    pub async fn get_innovation(&self, id: &str) -> Result<Option<InnovationRecord>, StorageError> {
        let db = self.open().await?;
        let result = async {
            let tx = db.transaction(INNOVATIONS_STORE).build()?;
            let store = tx.object_store(INNOVATIONS_STORE)?;
            let found: Option<InnovationRecord> = store.get(id).serde()?.await?;
            Ok::<_, indexed_db_futures::error::Error>(found)
        }
        .await;
        db.close();
        Ok(result?)
    }

    /// Reads every innovation record, most recently saved first.
    pub async fn list_innovations(&self) -> Result<Vec<InnovationRecord>, StorageError> {
        let db = self.open().await?;
        let result = async {
            let tx = db.transaction(INNOVATIONS_STORE).build()?;
            let store = tx.object_store(INNOVATIONS_STORE)?;
            let all = store.get_all::<InnovationRecord>().serde()?.await?;
            all.collect::<Result<Vec<_>, _>>()
        }
        .await;
        db.close();
        let mut records = result?;
        records.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.id.cmp(&b.id)));
        Ok(records)
    }

    /// Reads the workspace profile, if the start screen has been completed.
    pub async fn get_profile(&self) -> Result<Option<ProfileDto>, StorageError> {
        let db = self.open().await?;
        let result = async {
            let tx = db.transaction(META_STORE).build()?;
            let store = tx.object_store(META_STORE)?;
            let found: Option<ProfileDto> = store.get(PROFILE_KEY).serde()?.await?;
            Ok::<_, indexed_db_futures::error::Error>(found)
        }
        .await;
        db.close();
        let profile = result?;
        match profile {
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
        let db = self.open().await?;
        let result = async {
            let tx = db.transaction(META_STORE).with_mode(TransactionMode::Readwrite).build()?;
            tx.object_store(META_STORE)?
                .put(profile)
                .with_key(PROFILE_KEY)
                .without_key_type()
                .serde()?
                .await?;
            tx.commit().await
        }
        .await;
        db.close();
        Ok(result?)
    }

    /// Deletes the whole database (tests clean up with it).
    pub async fn delete_database(&self) -> Result<(), StorageError> {
        Database::delete_by_name(&self.name)
            .map_err(|error| StorageError::Request(error.to_string()))?
            .await
            .map_err(|error| StorageError::Request(error.to_string()))
    }
}

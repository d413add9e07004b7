//! Storage of the relay: the device's relay settings in `meta`, the outbox and the inbox.
//!
//! The entries are core's DTOs ([`OutboxEntry`], [`InboxEntry`], [`RelaySettings`]); their
//! bytes are device files under `outbox:<sha256>` and `inbox:<sha256>`. An entry and its bytes
//! are always written and removed in one transaction, so a killed browser leaves either both or
//! neither.

use inovda_core::exchange::relay::{
    INBOX_SCHEMA_VERSION, InboxEntry, OUTBOX_SCHEMA_VERSION, OutboxEntry,
    RELAY_SETTINGS_SCHEMA_VERSION, RelaySettings,
};

use super::{BLOBS_STORE, Backend, INBOX_STORE, META_STORE, OUTBOX_STORE, StorageError, Store, Tx};

/// Key of the device's relay settings in `meta`.
pub const RELAY_KEY: &str = "relay";

impl<B: Backend> Store<B> {
    /// The device's relay, if it knows one.
    pub async fn get_relay(&self) -> Result<Option<RelaySettings>, StorageError> {
        let found = self.get_meta::<RelaySettings>(RELAY_KEY).await?;
        if let Some(settings) = &found {
            super::check_schema("relay", settings.schema_version, RELAY_SETTINGS_SCHEMA_VERSION)?;
        }
        Ok(found)
    }

    pub async fn put_relay(&self, settings: &RelaySettings) -> Result<(), StorageError> {
        self.put_meta(RELAY_KEY, settings).await
    }

    /// Puts a sealed bundle in the outbox (its entry and bytes together); the same bundle twice
    /// is stored once.
    pub async fn enqueue(&self, entry: &OutboxEntry, sealed: &B::File) -> Result<(), StorageError> {
        self.write(&[OUTBOX_STORE, BLOBS_STORE], async |tx| {
            if tx.get::<OutboxEntry>(OUTBOX_STORE, &entry.sha256).await?.is_none() {
                tx.put(OUTBOX_STORE, &entry.sha256, entry).await?;
                tx.put_file(&entry.file_key(), sealed).await?;
            }
            Ok(())
        })
        .await
    }

    /// Every outbox entry, oldest first.
    pub async fn outbox(&self) -> Result<Vec<OutboxEntry>, StorageError> {
        let mut entries: Vec<OutboxEntry> =
            self.read(&[OUTBOX_STORE], async |tx| tx.values(OUTBOX_STORE).await).await?;
        for entry in &entries {
            super::check_schema("outbox", entry.schema_version, OUTBOX_SCHEMA_VERSION)?;
        }
        entries.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.sha256.cmp(&b.sha256)));
        Ok(entries)
    }

    /// The sealed bytes of an outbox entry.
    pub async fn outbox_file(&self, entry: &OutboxEntry) -> Result<Option<B::File>, StorageError> {
        let key = entry.file_key();
        self.read(&[BLOBS_STORE], async |tx| tx.get_file(&key).await).await
    }

    /// Records a new state of an outbox entry; once received its bytes are no longer needed.
    pub async fn update_outbox(&self, entry: &OutboxEntry) -> Result<(), StorageError> {
        let done =
            matches!(entry.delivery, inovda_core::exchange::relay::Delivery::Received { .. });
        self.write(&[OUTBOX_STORE, BLOBS_STORE], async |tx| {
            tx.put(OUTBOX_STORE, &entry.sha256, entry).await?;
            if done {
                tx.delete_file(&entry.file_key()).await?;
            }
            Ok(())
        })
        .await
    }

    /// Keeps a fetched and opened bundle for Impor and moves the inbox cursor past it, in one
    /// transaction: a bundle is never fetched twice nor skipped.
    pub async fn keep_fetched(
        &self,
        entry: &InboxEntry,
        inner: &B::File,
        settings: &RelaySettings,
    ) -> Result<(), StorageError> {
        self.write(&[INBOX_STORE, BLOBS_STORE, META_STORE], async |tx| {
            tx.put(INBOX_STORE, &entry.sha256, entry).await?;
            tx.put_file(&entry.file_key(), inner).await?;
            tx.put(META_STORE, RELAY_KEY, settings).await?;
            Ok(())
        })
        .await
    }

    /// Every fetched bundle not yet imported, oldest first.
    pub async fn inbox(&self) -> Result<Vec<InboxEntry>, StorageError> {
        let mut entries: Vec<InboxEntry> =
            self.read(&[INBOX_STORE], async |tx| tx.values(INBOX_STORE).await).await?;
        for entry in &entries {
            super::check_schema("inbox", entry.schema_version, INBOX_SCHEMA_VERSION)?;
        }
        entries.sort_by(|a, b| a.deposited_at.cmp(&b.deposited_at).then(a.sha256.cmp(&b.sha256)));
        Ok(entries)
    }

    /// The opened inner bundle of an inbox entry.
    pub async fn inbox_file(&self, entry: &InboxEntry) -> Result<Option<B::File>, StorageError> {
        let key = entry.file_key();
        self.read(&[BLOBS_STORE], async |tx| tx.get_file(&key).await).await
    }

    /// Marks fetched bundles as imported: their bytes go at once, the entry stays until the
    /// receipt is posted.
    pub async fn mark_imported(&self, sha256s: &[String], now: &str) -> Result<(), StorageError> {
        self.write(&[INBOX_STORE, BLOBS_STORE], async |tx| {
            for sha256 in sha256s {
                if let Some(mut entry) = tx.get::<InboxEntry>(INBOX_STORE, sha256).await? {
                    entry.imported_at = Some(now.to_owned());
                    tx.put(INBOX_STORE, sha256, &entry).await?;
                    tx.delete_file(&entry.file_key()).await?;
                }
            }
            Ok(())
        })
        .await
    }

    /// Removes fetched bundles once they were imported (or dismissed).
    pub async fn remove_fetched(&self, sha256s: &[String]) -> Result<(), StorageError> {
        self.write(&[INBOX_STORE, BLOBS_STORE], async |tx| {
            for sha256 in sha256s {
                tx.delete(INBOX_STORE, sha256).await?;
                tx.delete_file(&inovda_core::exchange::relay::inbox_file_key(sha256)).await?;
            }
            Ok(())
        })
        .await
    }
}

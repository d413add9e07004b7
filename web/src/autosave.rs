//! The innovation editor's autosave: a [`Saver`] whose writes carry the evidence Blobs attached
//! since the last write (in the same transaction as the record) and check that the stored
//! record is still the version this editor last saw; if another tab saved in between, nothing
//! is written and the status says so.

use std::sync::{Mutex, MutexGuard};

use inovda_core::InnovationRecord;
use send_wrapper::SendWrapper;

use crate::saver::{Saver, Writer};
use crate::storage::{BrowserFile, Repo, StorageError, Version};

/// A record to write with the evidence attached since the last write: (sha256, Blob).
#[derive(Clone)]
pub struct Draft {
    pub record: InnovationRecord,
    pub blobs: Vec<(String, SendWrapper<web_sys::Blob>)>,
}

impl Draft {
    pub fn new(record: InnovationRecord, blob: Option<(String, web_sys::Blob)>) -> Self {
        let blobs =
            blob.map(|(sha256, blob)| (sha256, SendWrapper::new(blob))).into_iter().collect();
        Self { record, blobs }
    }
}

/// Writes drafts of one innovation, checking the stored version first.
pub struct RecordWriter {
    repo: Repo,
    /// The stored version this editor last read or wrote.
    base: Mutex<Option<Version>>,
}

impl RecordWriter {
    fn base(&self) -> MutexGuard<'_, Option<Version>> {
        // A poisoned lock only means a panic elsewhere; the version itself is still consistent.
        self.base.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Sets the stored version the next write must find (after loading the record).
    pub fn set_base(&self, base: Option<Version>) {
        *self.base() = base;
    }
}

impl Writer for RecordWriter {
    type Item = Draft;

    fn merge(older: Draft, newer: Draft) -> Draft {
        let mut blobs = older.blobs;
        blobs.extend(newer.blobs);
        Draft { record: newer.record, blobs }
    }

    async fn write(&self, draft: &Draft) -> Result<(), StorageError> {
        let base = *self.base();
        let blobs: Vec<(String, BrowserFile)> =
            draft.blobs.iter().map(|(sha, blob)| (sha.clone(), (**blob).clone().into())).collect();
        self.repo.save_innovation(&draft.record, base, &blobs).await?;
        *self.base() = Some(Version::of(&draft.record));
        Ok(())
    }
}

/// One editor's autosave queue.
pub type Autosave = Saver<RecordWriter>;

/// The autosave of a record whose stored version is `base` (`None` for a record not stored yet).
pub fn new_autosave(repo: Repo, base: Option<Version>) -> Autosave {
    Saver::new(RecordWriter { repo, base: Mutex::new(base) })
}

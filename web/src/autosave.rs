//! Autosave: writes the latest version of a draft shortly after each change, never out of order.
//!
//! Changes are coalesced for [`DELAY_MS`]; at most one write is in flight, and a change that
//! arrives during a write is written right after it, so the stored record is always the newest.
//! Evidence Blobs attached since the last write go into the same transaction as the record.
//! Each write checks that the stored record is still the version this editor last saw;
//! if another tab saved in between, nothing is written and the status says so.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use inovda_core::InnovationRecord;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;

use crate::storage::{Repo, StorageError, Version};

/// Milliseconds between the last keystroke and the write (well inside the 1 s promise).
pub const DELAY_MS: u64 = 300;

/// What the user sees next to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Saving,
    /// Another tab saved a newer version: nothing more is written until the page reloads.
    Conflict,
    Failed(StorageError),
}

#[derive(Default)]
struct Inner {
    timer: Option<TimeoutHandle>,
    in_flight: bool,
    queued: Option<InnovationRecord>,
    /// Evidence attached since the last successful write: (sha256, Blob).
    blobs: Vec<(String, SendWrapper<web_sys::Blob>)>,
    /// The stored version this editor last read or wrote.
    base: Option<Version>,
    conflict: bool,
}

/// One editor's autosave queue.
#[derive(Clone)]
pub struct Autosave {
    repo: Repo,
    pub status: RwSignal<SaveStatus>,
    inner: Arc<Mutex<Inner>>,
}

impl Autosave {
    /// A queue for a record whose stored version is `base` (`None` for a record not stored yet).
    pub fn new(repo: Repo, base: Option<Version>) -> Self {
        let inner = Inner { base, ..Inner::default() };
        Self { repo, status: RwSignal::new(SaveStatus::Saved), inner: Arc::new(Mutex::new(inner)) }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A poisoned lock only means a panic elsewhere; the queue itself is still consistent.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Sets the stored version the next write must find (after loading the record).
    pub fn set_base(&self, base: Option<Version>) {
        self.lock().base = base;
    }

    /// Queues `record` and (re)starts the short delay before writing it.
    pub fn schedule(&self, record: InnovationRecord) {
        self.schedule_with(record, None);
    }

    /// Queues `record` together with a newly attached evidence Blob.
    pub fn schedule_with(&self, record: InnovationRecord, blob: Option<(String, web_sys::Blob)>) {
        {
            let mut inner = self.lock();
            if inner.conflict {
                return;
            }
            inner.queued = Some(record);
            if let Some((sha256, blob)) = blob {
                inner.blobs.push((sha256, SendWrapper::new(blob)));
            }
            if let Some(timer) = inner.timer.take() {
                timer.clear();
            }
        }
        self.status.try_set(SaveStatus::Pending);
        let this = self.clone();
        match set_timeout_with_handle(move || this.flush(), Duration::from_millis(DELAY_MS)) {
            Ok(handle) => self.lock().timer = Some(handle),
            Err(_) => self.flush(),
        }
    }

    /// Writes now whatever is queued (page hidden, editor left, Ajukan pressed).
    pub fn flush(&self) {
        let (record, blobs, base) = {
            let mut inner = self.lock();
            if let Some(timer) = inner.timer.take() {
                timer.clear();
            }
            if inner.in_flight || inner.conflict {
                return; // The write in flight picks the queued record up when it ends.
            }
            let Some(record) = inner.queued.take() else { return };
            inner.in_flight = true;
            (record, std::mem::take(&mut inner.blobs), inner.base)
        };
        self.status.try_set(SaveStatus::Saving);
        let this = self.clone();
        spawn_local(async move {
            let plain: Vec<(String, web_sys::Blob)> =
                blobs.iter().map(|(sha, blob)| (sha.clone(), (**blob).clone())).collect();
            let result = this.repo.save_innovation(&record, base, &plain).await;
            let more = {
                let mut inner = this.lock();
                inner.in_flight = false;
                match &result {
                    Ok(()) => inner.base = Some(Version::of(&record)),
                    Err(StorageError::Conflict { .. }) => inner.conflict = true,
                    Err(_) => {
                        // Keep what was not written so the next change or flush retries it.
                        if inner.queued.is_none() {
                            inner.queued = Some(record.clone());
                        }
                        let mut kept = blobs;
                        kept.append(&mut inner.blobs);
                        inner.blobs = kept;
                    }
                }
                inner.queued.is_some() && result.is_ok()
            };
            match result {
                Err(StorageError::Conflict { .. }) => {
                    this.status.try_set(SaveStatus::Conflict);
                }
                Err(error) => {
                    this.status.try_set(SaveStatus::Failed(error));
                }
                Ok(()) if more => this.flush(),
                Ok(()) => {
                    this.status.try_set(SaveStatus::Saved);
                }
            }
        });
    }

    /// Writes `record` now and waits for the result (Ajukan and Buka kembali must not be lost).
    pub async fn save_now(&self, record: InnovationRecord) -> Result<(), StorageError> {
        // Let a write already under way finish first: it moves the base version forward.
        while self.lock().in_flight {
            crate::platform::sleep_ms(20).await;
        }
        let (blobs, base) = {
            let mut inner = self.lock();
            if let Some(timer) = inner.timer.take() {
                timer.clear();
            }
            if inner.conflict {
                return Err(StorageError::Conflict {
                    revision: record.revision,
                    edit_count: record.edit_count,
                });
            }
            inner.queued = None;
            (std::mem::take(&mut inner.blobs), inner.base)
        };
        let plain: Vec<(String, web_sys::Blob)> =
            blobs.iter().map(|(sha, blob)| (sha.clone(), (**blob).clone())).collect();
        let result = self.repo.save_innovation(&record, base, &plain).await;
        let mut inner = self.lock();
        match &result {
            Ok(()) => {
                inner.base = Some(Version::of(&record));
                drop(inner);
                self.status.try_set(SaveStatus::Saved);
            }
            Err(StorageError::Conflict { .. }) => {
                inner.conflict = true;
                drop(inner);
                self.status.try_set(SaveStatus::Conflict);
            }
            Err(error) => {
                let mut kept = blobs;
                kept.append(&mut inner.blobs);
                inner.blobs = kept;
                if inner.queued.is_none() {
                    inner.queued = Some(record);
                }
                drop(inner);
                self.status.try_set(SaveStatus::Failed(error.clone()));
            }
        }
        result
    }
}

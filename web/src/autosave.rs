//! Autosave: writes the latest version of a draft shortly after each change, never out of order.
//!
//! Changes are coalesced for [`DELAY_MS`]; at most one write is in flight, and a change that
//! arrives during a write is written right after it, so the stored record is always the newest.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use inovda_core::InnovationRecord;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::storage::Repo;

/// Milliseconds between the last keystroke and the write (well inside the 1 s promise).
pub const DELAY_MS: u64 = 300;

/// What the user sees next to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Saving,
    Failed(String),
}

#[derive(Default)]
struct Inner {
    timer: Option<TimeoutHandle>,
    in_flight: bool,
    queued: Option<InnovationRecord>,
}

/// One editor's autosave queue.
#[derive(Clone)]
pub struct Autosave {
    repo: Repo,
    pub status: RwSignal<SaveStatus>,
    inner: Arc<Mutex<Inner>>,
}

impl Autosave {
    pub fn new(repo: Repo) -> Self {
        Self { repo, status: RwSignal::new(SaveStatus::Saved), inner: Arc::default() }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A poisoned lock only means a panic elsewhere; the queue itself is still consistent.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Queues `record` and (re)starts the short delay before writing it.
    pub fn schedule(&self, record: InnovationRecord) {
        {
            let mut inner = self.lock();
            inner.queued = Some(record);
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

    /// Writes the queued record now (used on page hide and when leaving the editor).
    pub fn flush(&self) {
        let record = {
            let mut inner = self.lock();
            if let Some(timer) = inner.timer.take() {
                timer.clear();
            }
            if inner.in_flight {
                return; // The write in flight picks the queued record up when it ends.
            }
            let Some(record) = inner.queued.take() else { return };
            inner.in_flight = true;
            record
        };
        self.status.try_set(SaveStatus::Saving);
        let this = self.clone();
        spawn_local(async move {
            let result = this.repo.put_innovation(&record).await;
            let more = {
                let mut inner = this.lock();
                inner.in_flight = false;
                inner.queued.is_some()
            };
            match result {
                Err(error) => {
                    // Keep the unsaved record queued so the next change or flush retries it.
                    let mut inner = this.lock();
                    if inner.queued.is_none() {
                        inner.queued = Some(record);
                    }
                    drop(inner);
                    this.status.try_set(SaveStatus::Failed(error.to_string()));
                }
                Ok(()) if more => this.flush(),
                Ok(()) => {
                    this.status.try_set(SaveStatus::Saved);
                }
            }
        });
    }
}

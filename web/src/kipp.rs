//! KIPP proposals in the browser: read and write `meta` key `kipp:<innovation id>`, and the
//! proposal's autosave (same pattern as [`crate::autosave`]: edits coalesced for
//! [`crate::autosave::DELAY_MS`], one write in flight, the newest text written after it,
//! unsaved text kept queued on failure, flushed when the page is hidden or left).

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use inovda_core::programmes::kipp::KippProposal;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::autosave::{DELAY_MS, SaveStatus};
use crate::storage::{Repo, StorageError};

/// The `meta` key of an innovation's KIPP proposal.
pub fn meta_key(innovation_id: &str) -> String {
    format!("kipp:{innovation_id}")
}

/// The stored proposal of an innovation (`None` when none was written yet).
pub async fn load(repo: &Repo, innovation_id: &str) -> Result<Option<KippProposal>, StorageError> {
    match repo.get_meta::<KippProposal>(&meta_key(innovation_id)).await? {
        Some(proposal) => {
            proposal.checked().map(Some).map_err(|e| StorageError::Corrupt(e.to_string()))
        }
        None => Ok(None),
    }
}

#[derive(Default)]
struct Inner {
    timer: Option<TimeoutHandle>,
    in_flight: bool,
    queued: Option<KippProposal>,
}

/// One proposal page's autosave queue.
#[derive(Clone)]
pub struct ProposalSaver {
    repo: Repo,
    key: String,
    pub status: RwSignal<SaveStatus>,
    inner: Arc<Mutex<Inner>>,
}

impl ProposalSaver {
    pub fn new(repo: Repo, innovation_id: &str) -> Self {
        Self {
            repo,
            key: meta_key(innovation_id),
            status: RwSignal::new(SaveStatus::Saved),
            inner: Arc::new(Mutex::new(Inner::default())),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A poisoned lock only means a panic elsewhere; the queue itself is still consistent.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Queues `proposal` and (re)starts the short delay before writing it.
    pub fn schedule(&self, proposal: KippProposal) {
        {
            let mut inner = self.lock();
            inner.queued = Some(proposal);
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

    /// Writes now whatever is queued (page hidden or left).
    pub fn flush(&self) {
        let proposal = {
            let mut inner = self.lock();
            if let Some(timer) = inner.timer.take() {
                timer.clear();
            }
            if inner.in_flight {
                return; // The write in flight picks the queued proposal up when it ends.
            }
            let Some(proposal) = inner.queued.take() else { return };
            inner.in_flight = true;
            proposal
        };
        self.status.try_set(SaveStatus::Saving);
        let this = self.clone();
        spawn_local(async move {
            let result = this.repo.put_meta(&this.key, &proposal).await;
            let more = {
                let mut inner = this.lock();
                inner.in_flight = false;
                if result.is_err() && inner.queued.is_none() {
                    // Keep what was not written so the next change or flush retries it.
                    inner.queued = Some(proposal);
                }
                inner.queued.is_some() && result.is_ok()
            };
            match result {
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
}

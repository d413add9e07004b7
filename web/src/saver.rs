//! The one saver behind every page that saves as the user types (the innovation editor, the KIPP
//! proposal, the SPD entry): changes are coalesced for [`DELAY_MS`], at most one write is in
//! flight, a change that arrives during a write is written right after it (so the stored value
//! is always the newest), and what could not be written stays queued for the next try.
//!
//! What is written and where is a [`Writer`]; the saver only orders the writes and reports
//! the state in [`SaveStatus`].

use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::storage::StorageError;

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

/// Writes one value to storage for a [`Saver`].
pub trait Writer: Send + Sync + 'static {
    /// What is written: the whole value (a record, a proposal), never a diff.
    type Item: Clone + Send + Sync + 'static;

    /// One item from an item that was queued but not written yet and a newer one. The newer
    /// one wins by default; a writer that carries attachments keeps both sets.
    fn merge(_older: Self::Item, newer: Self::Item) -> Self::Item {
        newer
    }

    /// Writes `item`.
    fn write(&self, item: &Self::Item) -> impl Future<Output = Result<(), StorageError>>;
}

struct Queue<T> {
    timer: Option<TimeoutHandle>,
    in_flight: bool,
    queued: Option<T>,
    conflict: bool,
}

/// One page's save queue over a [`Writer`].
pub struct Saver<W: Writer> {
    writer: Arc<W>,
    pub status: RwSignal<SaveStatus>,
    queue: Arc<Mutex<Queue<W::Item>>>,
}

impl<W: Writer> Clone for Saver<W> {
    fn clone(&self) -> Self {
        Self {
            writer: Arc::clone(&self.writer),
            status: self.status,
            queue: Arc::clone(&self.queue),
        }
    }
}

impl<W: Writer> Saver<W> {
    pub fn new(writer: W) -> Self {
        let queue = Queue { timer: None, in_flight: false, queued: None, conflict: false };
        Self {
            writer: Arc::new(writer),
            status: RwSignal::new(SaveStatus::Saved),
            queue: Arc::new(Mutex::new(queue)),
        }
    }

    /// The writer, for what it knows beyond the queue (the editor's stored version).
    pub fn writer(&self) -> &W {
        &self.writer
    }

    fn lock(&self) -> MutexGuard<'_, Queue<W::Item>> {
        // A poisoned lock only means a panic elsewhere; the queue itself is still consistent.
        self.queue.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn enqueue(queue: &mut Queue<W::Item>, item: W::Item) {
        queue.queued = Some(match queue.queued.take() {
            Some(older) => W::merge(older, item),
            None => item,
        });
    }

    /// Queues `item` and (re)starts the short delay before writing it.
    pub fn schedule(&self, item: W::Item) {
        {
            let mut queue = self.lock();
            if queue.conflict {
                return;
            }
            Self::enqueue(&mut queue, item);
            if let Some(timer) = queue.timer.take() {
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

    /// Writes now whatever is queued (page hidden or left, a select changed).
    pub fn flush(&self) {
        let item = {
            let mut queue = self.lock();
            if let Some(timer) = queue.timer.take() {
                timer.clear();
            }
            if queue.in_flight || queue.conflict {
                return; // The write in flight picks the queued item up when it ends.
            }
            let Some(item) = queue.queued.take() else { return };
            queue.in_flight = true;
            item
        };
        self.status.try_set(SaveStatus::Saving);
        let this = self.clone();
        spawn_local(async move {
            let result = this.writer.write(&item).await;
            let more = this.settle(item, &result);
            match result {
                Ok(()) if more => this.flush(),
                outcome => this.report(outcome),
            }
        });
    }

    /// Writes `item` now and waits for the result (Ajukan and Buka kembali must not be lost).
    pub async fn save_now(&self, item: W::Item) -> Result<(), StorageError> {
        // Let a write already under way finish first: it may move the stored version forward.
        while self.lock().in_flight {
            crate::platform::sleep_ms(20).await;
        }
        let item = {
            let mut queue = self.lock();
            if let Some(timer) = queue.timer.take() {
                timer.clear();
            }
            if queue.conflict {
                drop(queue);
                self.status.try_set(SaveStatus::Conflict);
                return Err(StorageError::Conflict { revision: 0, edit_count: 0 });
            }
            let item = match queue.queued.take() {
                Some(older) => W::merge(older, item),
                None => item,
            };
            queue.in_flight = true;
            item
        };
        let result = self.writer.write(&item).await;
        self.settle(item, &result);
        self.report(result.clone());
        result
    }

    /// Ends a write: on failure the item goes back in front of anything queued meanwhile.
    /// Returns whether something newer waits to be written.
    fn settle(&self, item: W::Item, result: &Result<(), StorageError>) -> bool {
        let mut queue = self.lock();
        queue.in_flight = false;
        match result {
            Ok(()) => {}
            Err(StorageError::Conflict { .. }) => {
                queue.conflict = true;
                queue.queued = None;
            }
            Err(_) => {
                queue.queued = Some(match queue.queued.take() {
                    Some(newer) => W::merge(item, newer),
                    None => item,
                });
            }
        }
        queue.queued.is_some() && result.is_ok()
    }

    fn report(&self, result: Result<(), StorageError>) {
        self.status.try_set(match result {
            Ok(()) => SaveStatus::Saved,
            Err(StorageError::Conflict { .. }) => SaveStatus::Conflict,
            Err(error) => SaveStatus::Failed(error),
        });
    }
}

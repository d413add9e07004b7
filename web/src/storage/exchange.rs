//! Storage for bundle exchange: what an import needs to be planned, and its one-transaction commit.
//!
//! The receiver's state for planning is read from every store at once. Core decides every
//! write of a batch ([`import_commit`]) and of a conflict resolution ([`resolve_conflict`]);
//! this module only stores them, in one readwrite transaction over all the stores they touch,
//! so a failure leaves the database exactly as it was.

use futures_util::future::try_join_all;
use inovda_core::exchange::bundle::{
    ImportCommit, KnownVerdict, LocalState, PublicKey, SignerId, VerdictRecord, resolve_conflict,
};
use inovda_core::exchange::record::revision_hash;
use inovda_core::{InnovationRecord, RecordStamp};

pub use inovda_core::exchange::bundle::{Resolution, verdict_key};

use super::backend::{Backend, Tx, TxError};
use super::dto::{ExportLogDto, ImportLogDto, RevisionDto, SignerDto};
use super::{
    BLOBS_STORE, IMPORTS_STORE, INNOVATIONS_STORE, META_STORE, REVISION_KIND_INDEX,
    REVISIONS_STORE, SIGNERS_STORE, StorageError, Store, VERDICTS_STORE, Version,
};

/// A write request in flight inside a transaction.
/// How many writes an import sends before awaiting them: sending one takes the page about
/// 0.03 ms (0.2 ms for a record, which is turned into text first), so a group stays far below
/// the 50 ms after which a page feels stuck, and the groups' round trips add little.
const WRITES_PER_GROUP: usize = 200;

type Pending<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), TxError>> + 'a>>;

/// The last value given for each key, in key order.
fn last_per_key<'a, T>(items: impl Iterator<Item = (&'a str, T)>) -> Vec<(&'a str, T)> {
    let mut last: std::collections::BTreeMap<&'a str, T> = std::collections::BTreeMap::new();
    for (key, value) in items {
        last.insert(key, value);
    }
    last.into_iter().collect()
}

/// An import ready to store: core's writes and the evidence files they name, cut out of the
/// chosen bundle files (`(sha256, file)`).
#[derive(Debug, Clone, Default)]
pub struct ReadyImport<F> {
    pub writes: ImportCommit,
    pub evidence: Vec<(String, F)>,
}

impl<F> ReadyImport<F> {
    /// New innovations, over all files.
    pub fn new_count(&self) -> u32 {
        self.writes.logs.iter().map(|(_, log)| log.new).sum()
    }

    /// Updated innovations, over all files.
    pub fn updated_count(&self) -> u32 {
        self.writes.logs.iter().map(|(_, log)| log.updated).sum()
    }

    /// Conflict copies kept aside, over all files.
    pub fn conflict_count(&self) -> u32 {
        self.writes.logs.iter().map(|(_, log)| log.conflicts).sum()
    }
}

/// What the store holds, for planning an import: core's summary and the current records
/// (from which core keeps the ones an import replaces).
#[derive(Debug, Clone, Default)]
pub struct Receiver {
    pub state: LocalState,
    pub records: Vec<InnovationRecord>,
}

impl<B: Backend> Store<B> {
    /// What planning an import needs, read in one transaction.
    pub async fn receiver(&self) -> Result<Receiver, StorageError> {
        let stores =
            [INNOVATIONS_STORE, REVISIONS_STORE, VERDICTS_STORE, SIGNERS_STORE, BLOBS_STORE];
        let (records, held, verdicts, signers, files) = self
            .read(&stores, async |tx| {
                let records: Vec<InnovationRecord> = tx.values(INNOVATIONS_STORE).await?;
                let held = tx.keys(REVISIONS_STORE).await?;
                let verdicts: Vec<VerdictRecord> = tx.values(VERDICTS_STORE).await?;
                let signers: Vec<SignerDto> = tx.values(SIGNERS_STORE).await?;
                let files = tx.keys(BLOBS_STORE).await?;
                Ok((records, held, verdicts, signers, files))
            })
            .await?;
        let mut state = LocalState::from_records(&records);
        state.held_revisions = held.into_iter().collect();
        state.verdicts = verdicts.iter().map(|v| (v.key(), KnownVerdict::of(v))).collect();
        for signer in signers {
            let key = PublicKey::from_hex(&signer.public_key)
                .map_err(|_| StorageError::Corrupt(format!("signer key of {}", signer.agency)))?;
            state.signers.insert(SignerId { region: signer.region, agency: signer.agency }, key);
        }
        state.files = files.into_iter().collect();
        Ok(Receiver { state, records })
    }

    /// A summary of everything stored, for planning imports.
    pub async fn local_state(&self) -> Result<LocalState, StorageError> {
        Ok(self.receiver().await?.state)
    }

    /// Writes an import batch in one transaction: all of it, or nothing.
    pub async fn commit_import(&self, ready: &ReadyImport<B::File>) -> Result<(), StorageError> {
        let stores = [
            INNOVATIONS_STORE,
            REVISIONS_STORE,
            VERDICTS_STORE,
            SIGNERS_STORE,
            BLOBS_STORE,
            IMPORTS_STORE,
            META_STORE,
        ];
        let writes = &ready.writes;
        // Within a batch a later write of a key replaces an earlier one: keep only the last, so
        // that every request can be sent at once (their order no longer matters).
        let records =
            last_per_key(writes.records.iter().map(|record| (record.id.as_str(), record)));
        let revisions =
            last_per_key(writes.revisions.iter().map(|(key, kept)| (key.as_str(), kept)));
        let verdicts =
            last_per_key(writes.verdicts.iter().map(|(key, verdict)| (key.as_str(), verdict)));
        let signers =
            last_per_key(writes.signers.iter().map(|(key, signer)| (key.as_str(), signer)));
        let logs = last_per_key(writes.logs.iter().map(|(key, log)| (key.as_str(), log)));
        let files =
            last_per_key(ready.evidence.iter().map(|(sha256, file)| (sha256.as_str(), file)));
        self.write(&stores, async |tx| {
            // The stored records the plan expects, read together.
            let reads = writes.expected.iter().map(|(id, planned)| async move {
                let stored: Option<InnovationRecord> = tx.get(INNOVATIONS_STORE, id).await?;
                if stored.as_ref().map(revision_hash) != *planned {
                    let found =
                        stored.as_ref().map_or(Version { revision: 0, edit_count: 0 }, Version::of);
                    return Err(TxError::Conflict(found));
                }
                Ok(())
            });
            try_join_all(reads).await?;
            // Writes are sent many at a time, not awaited one by one: one transaction, all or
            // nothing, without a round trip per request.
            let mut puts: Vec<Pending<'_>> = Vec::new();
            for (sha256, file) in &files {
                puts.push(Box::pin(tx.put_file(sha256, file)));
            }
            for (key, kept) in &revisions {
                puts.push(Box::pin(tx.put(REVISIONS_STORE, key, *kept)));
            }
            for (id, record) in &records {
                puts.push(Box::pin(tx.put(INNOVATIONS_STORE, id, *record)));
            }
            for (key, verdict) in &verdicts {
                puts.push(Box::pin(tx.put(VERDICTS_STORE, key, *verdict)));
            }
            for (key, signer) in &signers {
                puts.push(Box::pin(tx.put(SIGNERS_STORE, key, *signer)));
            }
            for (key, log) in &logs {
                puts.push(Box::pin(tx.put(IMPORTS_STORE, key, *log)));
            }
            // In groups: every request costs the page a moment to send (the browser copies the
            // value then), so between groups the page can paint and take input.
            let mut pending = puts.into_iter().peekable();
            while pending.peek().is_some() {
                try_join_all(pending.by_ref().take(WRITES_PER_GROUP)).await?;
            }
            // A KIPP proposal that came with its record replaces an older stored one.
            for (id, bytes) in &writes.proposals {
                let Ok(proposal) = serde_json::from_slice::<serde_json::Value>(bytes) else {
                    continue;
                };
                let key = crate::proposals::meta_key(id);
                let stored: Option<serde_json::Value> = tx.get(META_STORE, &key).await?;
                let time = |value: &serde_json::Value| {
                    value
                        .get("updated_at")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("")
                        .to_owned()
                };
                if stored.as_ref().is_none_or(|stored| time(stored) <= time(&proposal)) {
                    tx.put(META_STORE, &key, &proposal).await?;
                }
            }
            Ok(())
        })
        .await
    }

    /// Every kept revision (conflict copies, dismissed copies, history).
    pub async fn list_revisions(&self) -> Result<Vec<RevisionDto>, StorageError> {
        self.all(REVISIONS_STORE).await
    }

    /// How many conflict copies wait for a decision.
    /// What the status banners read, in one read-only transaction: every record's stamp (not
    /// the whole record: see [`super::STAMPS_STORE`]), the export log and the number of
    /// conflict copies waiting.
    pub async fn banner_inputs(
        &self,
    ) -> Result<(Vec<RecordStamp>, Option<ExportLogDto>, u32), StorageError> {
        let conflict = inovda_core::exchange::bundle::RevisionKind::Conflict.code();
        let stores = [INNOVATIONS_STORE, META_STORE, REVISIONS_STORE];
        self.read(&stores, async |tx| {
            futures_util::try_join!(
                tx.stamps(),
                tx.get::<ExportLogDto>(META_STORE, super::EXPORT_LOG_KEY),
                tx.count_where(REVISIONS_STORE, REVISION_KIND_INDEX, conflict),
            )
        })
        .await
    }

    pub async fn count_conflicts(&self) -> Result<u32, StorageError> {
        let conflict = inovda_core::exchange::bundle::RevisionKind::Conflict.code();
        self.read(&[REVISIONS_STORE], async |tx| {
            tx.count_where(REVISIONS_STORE, REVISION_KIND_INDEX, conflict).await
        })
        .await
    }

    /// Every sender key this device trusts (first use or confirmed).
    pub async fn list_signers(&self) -> Result<Vec<SignerDto>, StorageError> {
        self.all(SIGNERS_STORE).await
    }

    /// Every imported bundle, oldest first.
    pub async fn list_imports(&self) -> Result<Vec<ImportLogDto>, StorageError> {
        self.all(IMPORTS_STORE).await
    }

    /// Resolves the conflict copy stored under `key` as core decides, in one transaction.
    pub async fn resolve_conflict(
        &self,
        key: &str,
        resolution: Resolution,
        now: &str,
    ) -> Result<(), StorageError> {
        self.write(&[INNOVATIONS_STORE, REVISIONS_STORE], async |tx| {
            let Some(copy) = tx.get::<RevisionDto>(REVISIONS_STORE, key).await? else {
                return Ok(());
            };
            let current: Option<InnovationRecord> =
                tx.get(INNOVATIONS_STORE, &copy.record.id).await?;
            let writes = resolve_conflict(key, copy, current, resolution, now);
            for (kept_key, kept) in &writes.revisions {
                tx.put(REVISIONS_STORE, kept_key, kept).await?;
            }
            if let Some(removed) = &writes.remove {
                tx.delete(REVISIONS_STORE, removed).await?;
            }
            if let Some(record) = &writes.record {
                tx.put(INNOVATIONS_STORE, &record.id, record).await?;
            }
            Ok::<(), TxError>(())
        })
        .await
    }
}

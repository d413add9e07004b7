//! Storage for bundle exchange: what an import needs to be planned, and its one-transaction commit.
//!
//! The receiver's state for `plan_import` is read from every store at once; an import batch is
//! written in one readwrite transaction over all the stores it touches, so a failure leaves
//! the database exactly as it was. Conflict copies and replaced revisions live in `revisions`.

use std::collections::BTreeSet;

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use inovda_core::InnovationRecord;
use inovda_core::exchange::bundle::{KnownVerdict, LocalState, PublicKey, SignerId, VerdictRecord};
use inovda_core::exchange::record::revision_hash;
use wasm_bindgen::JsValue;

use super::dto::{ImportLogDto, RevisionDto, RevisionKind, SignerDto, signer_key};
use super::{
    BLOBS_STORE, IMPORTS_STORE, INNOVATIONS_STORE, REVISION_KIND_INDEX, REVISIONS_STORE, Repo,
    SIGNERS_STORE, StorageError, VERDICTS_STORE,
};

/// The key of a verdict in the `verdicts` store.
pub fn verdict_key(innovation_id: &str, revision: u32) -> String {
    format!("{innovation_id}-r{revision}")
}

/// Everything one import batch writes, owned and ready: verified and hashed before the
/// transaction opens.
#[derive(Debug, Default)]
pub struct ImportCommit {
    /// New current records (a stored record they replace is kept as a superseded revision),
    /// with the bundle file each came from.
    pub current: Vec<(InnovationRecord, String)>,
    pub conflicts: Vec<RevisionDto>,
    pub verdicts: Vec<VerdictRecord>,
    pub signers: Vec<SignerDto>,
    /// Evidence to store: (sha256, the slice of the bundle file holding it).
    pub blobs: Vec<(String, web_sys::Blob)>,
    pub logs: Vec<ImportLogDto>,
    /// RFC 3339 time of the import.
    pub now: String,
}

/// How a stored conflict copy is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The copy becomes the current record; the current one is kept as history.
    UseCopy,
    /// The current record stays; the copy is kept aside, so importing it again changes nothing.
    KeepCurrent,
}

/// Every value of `store`, read through serde.
pub(super) async fn all_values<T: serde::de::DeserializeOwned>(
    tx: &Transaction<'_>,
    store: &str,
) -> Result<Vec<T>, indexed_db_futures::error::Error> {
    tx.object_store(store)?.get_all::<T>().serde()?.await?.collect()
}

/// Every (string) key of `store`.
pub(super) async fn all_keys(
    tx: &Transaction<'_>,
    store: &str,
) -> Result<Vec<String>, indexed_db_futures::error::Error> {
    tx.object_store(store)?.get_all_keys::<String>().primitive()?.await?.collect()
}

impl Repo {
    /// A summary of everything stored, for planning imports.
    pub async fn local_state(&self) -> Result<LocalState, StorageError> {
        let (records, held, verdicts, signers, files) = self
            .with_db(async |db| {
                let tx = db
                    .transaction([
                        INNOVATIONS_STORE,
                        REVISIONS_STORE,
                        VERDICTS_STORE,
                        SIGNERS_STORE,
                        BLOBS_STORE,
                    ])
                    .build()?;
                let records = all_values::<InnovationRecord>(&tx, INNOVATIONS_STORE).await?;
                let held = all_keys(&tx, REVISIONS_STORE).await?;
                let verdicts = all_values::<VerdictRecord>(&tx, VERDICTS_STORE).await?;
                let signers = all_values::<SignerDto>(&tx, SIGNERS_STORE).await?;
                let files = all_keys(&tx, BLOBS_STORE).await?;
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
        state.files = files.into_iter().collect::<BTreeSet<_>>();
        Ok(state)
    }

    /// Writes an import batch in one transaction: all of it, or nothing.
    pub async fn commit_import(&self, commit: &ImportCommit) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let tx = db
                .transaction([
                    INNOVATIONS_STORE,
                    REVISIONS_STORE,
                    VERDICTS_STORE,
                    SIGNERS_STORE,
                    BLOBS_STORE,
                    IMPORTS_STORE,
                ])
                .with_mode(TransactionMode::Readwrite)
                .build()?;
            let blobs = tx.object_store(BLOBS_STORE)?;
            for (sha256, blob) in &commit.blobs {
                let value: &JsValue = blob.as_ref();
                blobs.put(value.clone()).with_key(sha256.as_str()).await?;
            }
            let innovations = tx.object_store(INNOVATIONS_STORE)?;
            let revisions = tx.object_store(REVISIONS_STORE)?;
            for (record, source) in &commit.current {
                let stored: Option<InnovationRecord> =
                    innovations.get(record.id.as_str()).serde()?.await?;
                if let Some(stored) = stored {
                    let hash = revision_hash(&stored);
                    if hash != revision_hash(record) {
                        let kept = RevisionDto {
                            schema_version: 1,
                            kind: RevisionKind::Superseded,
                            kept_at: commit.now.clone(),
                            source: source.clone(),
                            record: stored,
                        };
                        revisions.put(&kept).with_key(hash).without_key_type().serde()?.await?;
                    }
                }
                innovations.put(record).serde()?.await?;
            }
            for conflict in &commit.conflicts {
                let hash = revision_hash(&conflict.record);
                revisions.put(conflict).with_key(hash).without_key_type().serde()?.await?;
            }
            let verdicts = tx.object_store(VERDICTS_STORE)?;
            for verdict in &commit.verdicts {
                let key = verdict_key(&verdict.innovation_id, verdict.revision);
                verdicts.put(verdict).with_key(key).without_key_type().serde()?.await?;
            }
            let signers = tx.object_store(SIGNERS_STORE)?;
            for signer in &commit.signers {
                let key = signer_key(&signer.region, &signer.agency);
                signers.put(signer).with_key(key).without_key_type().serde()?.await?;
            }
            let imports = tx.object_store(IMPORTS_STORE)?;
            for log in &commit.logs {
                let key = format!("{}|{}|{}", log.received_at, log.agency, log.file_name);
                imports.put(log).with_key(key).without_key_type().serde()?.await?;
            }
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Every kept revision (conflict copies, dismissed copies, history).
    pub async fn list_revisions(&self) -> Result<Vec<RevisionDto>, StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(REVISIONS_STORE).build()?;
            let all = tx.object_store(REVISIONS_STORE)?.get_all::<RevisionDto>().serde()?.await?;
            Ok(all.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    /// How many conflict copies wait for a decision.
    pub async fn count_conflicts(&self) -> Result<u32, StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(REVISIONS_STORE).build()?;
            let count = tx
                .object_store(REVISIONS_STORE)?
                .index(REVISION_KIND_INDEX)?
                .count()
                .with_query("conflict")
                .primitive()?
                .await?;
            Ok(count)
        })
        .await
    }

    /// Every imported bundle, oldest first.
    pub async fn list_imports(&self) -> Result<Vec<ImportLogDto>, StorageError> {
        self.with_db(async |db| {
            let tx = db.transaction(IMPORTS_STORE).build()?;
            let all = tx.object_store(IMPORTS_STORE)?.get_all::<ImportLogDto>().serde()?.await?;
            Ok(all.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    /// Resolves the conflict copy stored under `hash` (one transaction).
    pub async fn resolve_conflict(
        &self,
        hash: &str,
        resolution: Resolution,
        now: &str,
    ) -> Result<(), StorageError> {
        self.with_db(async |db| {
            let tx = db
                .transaction([INNOVATIONS_STORE, REVISIONS_STORE])
                .with_mode(TransactionMode::Readwrite)
                .build()?;
            let revisions = tx.object_store(REVISIONS_STORE)?;
            let found: Option<RevisionDto> = revisions.get(hash).serde()?.await?;
            let Some(mut copy) = found.filter(|dto| dto.kind == RevisionKind::Conflict) else {
                tx.commit().await?;
                return Ok(());
            };
            match resolution {
                Resolution::KeepCurrent => {
                    copy.kind = RevisionKind::Dismissed;
                    copy.kept_at = now.to_owned();
                    revisions.put(&copy).with_key(hash).without_key_type().serde()?.await?;
                }
                Resolution::UseCopy => {
                    let innovations = tx.object_store(INNOVATIONS_STORE)?;
                    let current: Option<InnovationRecord> =
                        innovations.get(copy.record.id.as_str()).serde()?.await?;
                    if let Some(current) = current {
                        let kept = RevisionDto {
                            schema_version: 1,
                            kind: RevisionKind::Superseded,
                            kept_at: now.to_owned(),
                            source: String::new(),
                            record: current.clone(),
                        };
                        let key = revision_hash(&current);
                        revisions.put(&kept).with_key(key).without_key_type().serde()?.await?;
                    }
                    innovations.put(&copy.record).serde()?.await?;
                    revisions.delete(hash).await?;
                }
            }
            tx.commit().await?;
            Ok(())
        })
        .await
    }
}

//! What an import batch writes, decided in full here: the shell stores the list and nothing else.
//!
//! [`import_commit`] turns the plans of a batch ([`super::plan_batch`]) into every write the
//! receiver's store needs: the new current records, the revisions they replace (kept as
//! history), conflict copies, verdicts, newly trusted signers, the evidence to copy out of the
//! bundle files and one log entry per file. Each persisted value carries its named schema
//! version and the key it is stored under. [`resolve_conflict`] does the same for a person's
//! decision on a kept conflict copy.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::import::ImportPlan;
use super::read::VerifiedBundle;
use super::verdict::VerdictRecord;
use crate::exchange::record::{InnovationRecord, revision_hash};

/// Schema version of [`KeptRevision`].
pub const KEPT_REVISION_SCHEMA_VERSION: u32 = 1;
/// Schema version of [`TrustedSigner`].
pub const TRUSTED_SIGNER_SCHEMA_VERSION: u32 = 1;
/// Schema version of [`ImportLog`].
pub const IMPORT_LOG_SCHEMA_VERSION: u32 = 1;

/// Why a revision is kept beside the current record of an innovation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevisionKind {
    /// An imported version that is neither the current one nor its successor: to be resolved.
    Conflict,
    /// A conflict the secretariat decided to keep out (kept so that importing it again is a no-op).
    Dismissed,
    /// A revision replaced by a successor or by a chosen conflict copy (history).
    Superseded,
}

impl RevisionKind {
    /// The stored code (`conflict`, `dismissed`, `superseded`), which the store indexes.
    pub fn code(self) -> &'static str {
        match self {
            RevisionKind::Conflict => "conflict",
            RevisionKind::Dismissed => "dismissed",
            RevisionKind::Superseded => "superseded",
        }
    }
}

/// A revision kept apart from the current record, stored under its revision hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptRevision {
    pub schema_version: u32,
    pub kind: RevisionKind,
    /// RFC 3339 time it was kept.
    pub kept_at: String,
    /// The bundle file it came from, when it was imported.
    #[serde(default)]
    pub source: String,
    pub record: InnovationRecord,
}

impl KeptRevision {
    pub fn new(kind: RevisionKind, record: InnovationRecord, source: &str, now: &str) -> Self {
        Self {
            schema_version: KEPT_REVISION_SCHEMA_VERSION,
            kind,
            kept_at: now.to_owned(),
            source: source.to_owned(),
            record,
        }
    }

    /// The key it is stored under: the record's revision hash.
    pub fn key(&self) -> String {
        revision_hash(&self.record)
    }
}

/// A bundle signer the receiver trusts (trust on first use), stored under [`signer_key`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedSigner {
    pub schema_version: u32,
    pub region: String,
    pub agency: String,
    /// Lower-case hex Ed25519 public key.
    pub public_key: String,
    /// RFC 3339 time the key was first (or, after a confirmed change, last) trusted.
    pub trusted_at: String,
}

/// The key of a trusted signer.
pub fn signer_key(region: &str, agency: &str) -> String {
    format!("{region}\u{1f}{agency}")
}

/// The key of a verdict.
pub fn verdict_key(innovation_id: &str, revision: u32) -> String {
    format!("{innovation_id}-r{revision}")
}

/// One imported bundle file, for "last bundle received" per agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportLog {
    pub schema_version: u32,
    pub received_at: String,
    pub file_name: String,
    /// The bundle kind's code (`submission`, `feedback`, `config`, …).
    pub kind: String,
    pub region: String,
    pub agency: String,
    /// The bundle's own `created_at`.
    pub created_at: String,
    pub new: u32,
    pub updated: u32,
    pub conflicts: u32,
    /// How the bundle came: a chosen file, or the relay. Absent in logs of earlier releases
    /// (files, then).
    #[serde(default, skip_serializing_if = "Route::is_file")]
    pub route: Route,
}

/// How a bundle reached this device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Chosen on Impor (WhatsApp, e-mail, USB).
    #[default]
    File,
    /// Fetched from the region's relay.
    Relay,
}

impl Route {
    pub fn is_file(&self) -> bool {
        *self == Route::File
    }

    /// "berkas" / "relay", as the Dasbor and the recap show it.
    pub fn label(self, lang: crate::base::lang::Lang) -> &'static str {
        match self {
            Route::File => lang.pick(("berkas", "file")),
            Route::Relay => lang.pick(("relay", "relay")),
        }
    }
}

impl ImportLog {
    /// The key it is stored under: time, sender and file, so the log reads in order.
    pub fn key(&self) -> String {
        format!("{}|{}|{}", self.received_at, self.agency, self.file_name)
    }
}

/// One file of an import batch with its verified content and its plan.
#[derive(Debug, Clone, Copy)]
pub struct BatchFile<'a> {
    pub file_name: &'a str,
    pub bundle: &'a VerifiedBundle,
    pub plan: &'a ImportPlan,
}

/// An evidence file to copy out of a bundle file of the batch and store under its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceSlice {
    /// Index of the bundle file in the batch.
    pub file: usize,
    pub sha256: String,
    pub offset: u64,
    pub size: u64,
}

/// Every write of an import batch, in the order they are to be made, all in one transaction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportCommit {
    /// New current records (stored under their id), in batch order.
    pub records: Vec<InnovationRecord>,
    /// Revisions kept beside the current ones: replaced records and conflict copies.
    pub revisions: Vec<(String, KeptRevision)>,
    pub verdicts: Vec<(String, VerdictRecord)>,
    pub signers: Vec<(String, TrustedSigner)>,
    pub files: Vec<EvidenceSlice>,
    /// KIPP proposals that came with records not set aside as conflicts (innovation id, JSON
    /// object), in batch order: the shell keeps the newer of each and the stored one.
    pub proposals: Vec<(String, Vec<u8>)>,
    pub logs: Vec<(String, ImportLog)>,
    /// For each innovation the batch writes, the revision hash of the record stored when the
    /// batch was planned (`None`: none was). The shell refuses the whole commit if the store
    /// holds something else by then (an edit made meanwhile is never overwritten unseen).
    pub expected: Vec<(String, Option<String>)>,
}

impl ImportCommit {
    /// Records in the log that every bundle of the batch came by `route`.
    pub fn via(mut self, route: Route) -> Self {
        for (_, log) in &mut self.logs {
            log.route = route;
        }
        self
    }

    /// True when the batch stores nothing but its log entries.
    pub fn stores_nothing(&self) -> bool {
        self.records.is_empty()
            && self.revisions.is_empty()
            && self.verdicts.is_empty()
            && self.signers.is_empty()
            && self.files.is_empty()
            && self.proposals.is_empty()
    }
}

/// Everything importing `batch` writes into a store whose current records are `stored`.
///
/// A blocked plan writes nothing, not even a log entry. A record that replaces a stored one
/// with other content keeps the stored one as a superseded revision (also when an earlier file
/// of the same batch wrote it); evidence stored once is not copied again.
pub fn import_commit(
    stored: &[InnovationRecord],
    batch: &[BatchFile<'_>],
    now: &str,
) -> ImportCommit {
    let mut current: BTreeMap<&str, &InnovationRecord> =
        stored.iter().map(|record| (record.id.as_str(), record)).collect();
    let mut commit = ImportCommit::default();
    let mut copied = BTreeSet::new();
    for (index, file) in batch.iter().enumerate() {
        let (bundle, plan) = (file.bundle, file.plan);
        if plan.is_blocked() {
            continue;
        }
        let writes = plan.writes(bundle);
        for evidence in writes.files {
            if copied.insert(evidence.sha256.clone()) {
                commit.files.push(EvidenceSlice {
                    file: index,
                    sha256: evidence.sha256.clone(),
                    offset: evidence.offset,
                    size: evidence.size,
                });
            }
        }
        for record in writes.current {
            if !commit.expected.iter().any(|(id, _)| *id == record.id) {
                let planned = stored.iter().find(|r| r.id == record.id).map(revision_hash);
                commit.expected.push((record.id.clone(), planned));
            }
            if let Some(previous) = current.insert(record.id.as_str(), record) {
                let previous_hash = revision_hash(previous);
                if previous_hash != revision_hash(record) {
                    let kept = KeptRevision::new(
                        RevisionKind::Superseded,
                        previous.clone(),
                        file.file_name,
                        now,
                    );
                    commit.revisions.push((previous_hash, kept));
                }
            }
            commit.records.push(record.clone());
        }
        let conflicts: BTreeSet<&str> = writes.conflicts.iter().map(|r| r.id.as_str()).collect();
        for (id, bytes) in &bundle.proposals {
            if !conflicts.contains(id.as_str()) {
                commit.proposals.push((id.clone(), bytes.clone()));
            }
        }
        for record in writes.conflicts {
            let kept =
                KeptRevision::new(RevisionKind::Conflict, record.clone(), file.file_name, now);
            commit.revisions.push((kept.key(), kept));
        }
        for verdict in writes.verdicts {
            let key = verdict_key(&verdict.innovation_id, verdict.revision);
            commit.verdicts.push((key, verdict.clone()));
        }
        if let Some((signer, key)) = plan.signer_to_remember() {
            let trusted = TrustedSigner {
                schema_version: TRUSTED_SIGNER_SCHEMA_VERSION,
                region: signer.region.clone(),
                agency: signer.agency.clone(),
                public_key: key.to_hex(),
                trusted_at: now.to_owned(),
            };
            commit.signers.push((signer_key(&signer.region, &signer.agency), trusted));
        }
        let counts = plan.counts();
        let manifest = &bundle.manifest;
        let log = ImportLog {
            schema_version: IMPORT_LOG_SCHEMA_VERSION,
            received_at: now.to_owned(),
            file_name: file.file_name.to_owned(),
            kind: manifest.kind.code().to_owned(),
            region: manifest.region.clone(),
            agency: manifest.agency.clone(),
            created_at: manifest.created_at.clone(),
            new: count(counts.new),
            updated: count(counts.updated),
            conflicts: count(counts.conflicts),
            route: Route::File,
        };
        commit.logs.push((log.key(), log));
    }
    commit
}

fn count(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// How a kept conflict copy is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The copy becomes the current record; the current one is kept as history.
    UseCopy,
    /// The current record stays; the copy is kept aside, so importing it again changes nothing.
    KeepCurrent,
}

/// What resolving a conflict copy writes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConflictWrites {
    /// The new current record, if it changes.
    pub record: Option<InnovationRecord>,
    /// Revisions to store (the dismissed copy, or the replaced current record).
    pub revisions: Vec<(String, KeptRevision)>,
    /// The key of a revision to remove (the copy that became current).
    pub remove: Option<String>,
}

/// What resolving the revision stored under `key` writes. Only a conflict copy can be
/// resolved: anything else (already resolved, history) writes nothing.
pub fn resolve_conflict(
    key: &str,
    copy: KeptRevision,
    current: Option<InnovationRecord>,
    resolution: Resolution,
    now: &str,
) -> ConflictWrites {
    if copy.kind != RevisionKind::Conflict {
        return ConflictWrites::default();
    }
    match resolution {
        Resolution::KeepCurrent => {
            let dismissed =
                KeptRevision { kind: RevisionKind::Dismissed, kept_at: now.to_owned(), ..copy };
            ConflictWrites {
                revisions: vec![(key.to_owned(), dismissed)],
                ..ConflictWrites::default()
            }
        }
        Resolution::UseCopy => {
            let revisions = current
                .map(|current| {
                    let kept = KeptRevision::new(RevisionKind::Superseded, current, "", now);
                    (kept.key(), kept)
                })
                .into_iter()
                .collect();
            ConflictWrites { record: Some(copy.record), revisions, remove: Some(key.to_owned()) }
        }
    }
}

//! Import planning: what importing a verified bundle would change, decided before anything is written.
//!
//! [`plan_import`] is pure: it compares a [`VerifiedBundle`] with a summary of what the receiver
//! already holds ([`LocalState`]) and classifies every record and verdict.
//! The shell shows the plan, writes what it says in one transaction, then calls
//! [`LocalState::apply`] (or re-reads its store) before planning the next bundle,
//! so importing the same bundle again plans nothing.

use std::collections::{BTreeMap, BTreeSet};

use super::keys::PublicKey;
use super::read::{VerifiedBundle, VerifiedFile};
use super::verdict::VerdictRecord;
use super::write::evidence_refs;
use crate::exchange::record::RecordError;
use crate::exchange::record::{InnovationRecord, revision_hash};

/// Who signed a bundle, for trust on first use: the sending organisation of a region.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SignerId {
    pub region: String,
    pub agency: String,
}

/// What the receiver knows about its current revision of an innovation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownRecord {
    pub revision: u32,
    pub revision_hash: String,
    pub supersedes: Option<String>,
    pub agency: String,
    pub region: String,
}

impl KnownRecord {
    pub fn of(record: &InnovationRecord) -> Self {
        Self {
            revision: record.revision,
            revision_hash: revision_hash(record),
            supersedes: record.supersedes.clone(),
            agency: record.agency.clone(),
            region: record.region.clone(),
        }
    }
}

/// What the receiver knows about a stored verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownVerdict {
    /// Hex SHA-256 of the verdict's JSON ([`VerdictRecord::to_json`]).
    pub sha256: String,
    pub decided_at: String,
}

impl KnownVerdict {
    pub fn of(verdict: &VerdictRecord) -> Self {
        Self {
            sha256: crate::base::hash::sha256_hex(&verdict.to_json()),
            decided_at: verdict.decided_at.clone(),
        }
    }
}

/// A summary of the receiver's store: enough to plan an import, nothing more.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalState {
    /// The current revision of each innovation, by id.
    pub records: BTreeMap<String, KnownRecord>,
    /// Revision hashes of every other version the receiver keeps (conflict copies, history).
    pub held_revisions: BTreeSet<String>,
    /// Verdicts by (innovation id, revision).
    pub verdicts: BTreeMap<(String, u32), KnownVerdict>,
    /// Trusted signer keys (remembered at first import).
    pub signers: BTreeMap<SignerId, PublicKey>,
    /// SHA-256 of every evidence blob already stored.
    pub files: BTreeSet<String>,
}

/// How the bundle's signer key relates to what the receiver trusts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignerStatus {
    /// Never seen: the key is remembered when the import is written (trust on first use).
    FirstUse,
    /// The key the receiver already trusts for this signer.
    Known,
    /// A different key than the one trusted: nothing may be written until a person confirms
    /// the new fingerprint (read out by the sender) with [`ImportPlan::confirm_new_key`].
    Changed { previous: PublicKey },
}

/// Why a record or verdict of a valid bundle is not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RejectReason {
    /// The record names another agency or region than the bundle's sender.
    ForeignAgency,
    /// The receiver holds this innovation id for another agency.
    OwnedByAnotherAgency,
    /// A field of the record has a value this app does not know.
    Invalid(RecordError),
    /// A verdict for an innovation the receiver does not have.
    UnknownInnovation,
    /// A verdict for a revision the receiver holds with other content, or does not hold yet.
    RevisionMismatch,
}

/// What importing one record would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordAction {
    /// An innovation the receiver does not have.
    New,
    /// A successor revision of the receiver's current one: replaces it.
    Update,
    /// The receiver already has exactly this revision: nothing to write.
    Unchanged,
    /// The receiver's revision already supersedes this one: nothing to write.
    Older,
    /// Same innovation, different content, not a successor: both versions are kept
    /// (the incoming one as a conflict copy) for the secretariat to resolve.
    Conflict,
    Rejected(RejectReason),
}

/// What importing one verdict would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerdictAction {
    New,
    /// A later decision for the same (innovation, revision).
    Update,
    Unchanged,
    /// An earlier decision than the one the receiver has.
    Older,
    Rejected(RejectReason),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordPlan {
    /// Index into [`VerifiedBundle::records`].
    pub index: usize,
    pub id: String,
    pub name: String,
    pub revision: u32,
    pub revision_hash: String,
    pub action: RecordAction,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictPlan {
    /// Index into [`VerifiedBundle::verdicts`].
    pub index: usize,
    pub innovation_id: String,
    pub revision: u32,
    pub action: VerdictAction,
}

/// How many records fall in each class (verdicts counted alike).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanCounts {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub older: usize,
    pub conflicts: usize,
    pub rejected: usize,
}

/// The preview of one bundle's import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    pub signer: SignerId,
    pub key: PublicKey,
    pub signer_status: SignerStatus,
    key_change_confirmed: bool,
    pub records: Vec<RecordPlan>,
    pub verdicts: Vec<VerdictPlan>,
    /// Evidence in the bundle that records to be written need and the receiver lacks.
    pub files_to_store: Vec<String>,
    /// Evidence records to be written refer to that is neither in the bundle nor stored.
    pub missing_files: Vec<String>,
}

/// [`LocalState::apply`] refused a plan whose signer key changed without confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the signer's key changed: confirm the new fingerprint before importing")]
pub struct ImportBlocked;

impl ImportPlan {
    /// True while the signer key changed and no one confirmed the new fingerprint.
    pub fn is_blocked(&self) -> bool {
        matches!(self.signer_status, SignerStatus::Changed { .. }) && !self.key_change_confirmed
    }

    /// Records the user's confirmation of the new key (after comparing fingerprints).
    pub fn confirm_new_key(&mut self) {
        self.key_change_confirmed = true;
    }

    /// The signer key to remember when writing: on first use, or after a confirmed change.
    pub fn signer_to_remember(&self) -> Option<(&SignerId, &PublicKey)> {
        match self.signer_status {
            SignerStatus::Known => None,
            SignerStatus::FirstUse => Some((&self.signer, &self.key)),
            SignerStatus::Changed { .. } => {
                self.key_change_confirmed.then_some((&self.signer, &self.key))
            }
        }
    }

    pub fn counts(&self) -> PlanCounts {
        let mut counts = PlanCounts::default();
        let records = self.records.iter().map(|plan| match &plan.action {
            RecordAction::New => 0,
            RecordAction::Update => 1,
            RecordAction::Unchanged => 2,
            RecordAction::Older => 3,
            RecordAction::Conflict => 4,
            RecordAction::Rejected(_) => 5,
        });
        let verdicts = self.verdicts.iter().map(|plan| match &plan.action {
            VerdictAction::New => 0,
            VerdictAction::Update => 1,
            VerdictAction::Unchanged => 2,
            VerdictAction::Older => 3,
            VerdictAction::Rejected(_) => 5,
        });
        for class in records.chain(verdicts) {
            match class {
                0 => counts.new += 1,
                1 => counts.updated += 1,
                2 => counts.unchanged += 1,
                3 => counts.older += 1,
                4 => counts.conflicts += 1,
                _ => counts.rejected += 1,
            }
        }
        counts
    }

    /// True when writing this plan would change nothing (the bundle was already imported).
    pub fn changes_nothing(&self) -> bool {
        let counts = self.counts();
        counts.new + counts.updated + counts.conflicts == 0
            && self.files_to_store.is_empty()
            && self.signer_to_remember().is_none()
    }
}

fn reject_reason(bundle: &VerifiedBundle, record: &InnovationRecord) -> Option<RejectReason> {
    if record.agency != bundle.manifest.agency || record.region != bundle.manifest.region {
        return Some(RejectReason::ForeignAgency);
    }
    record.to_domain().err().map(RejectReason::Invalid)
}

fn record_action(
    bundle: &VerifiedBundle,
    local: &LocalState,
    record: &InnovationRecord,
    hash: &str,
) -> RecordAction {
    if let Some(reason) = reject_reason(bundle, record) {
        return RecordAction::Rejected(reason);
    }
    let Some(known) = local.records.get(&record.id) else {
        return RecordAction::New;
    };
    if known.agency != record.agency || known.region != record.region {
        RecordAction::Rejected(RejectReason::OwnedByAnotherAgency)
    } else if known.revision_hash == hash {
        RecordAction::Unchanged
    } else if known.supersedes.as_deref() == Some(hash) {
        RecordAction::Older
    } else if local.held_revisions.contains(hash) {
        RecordAction::Unchanged
    } else if record.supersedes.as_deref() == Some(known.revision_hash.as_str()) {
        RecordAction::Update
    } else {
        RecordAction::Conflict
    }
}

fn later(a: &str, b: &str) -> bool {
    let parse = |text: &str| chrono::DateTime::parse_from_rfc3339(text).ok();
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a > b,
        _ => a > b,
    }
}

fn verdict_action(local: &LocalState, verdict: &VerdictRecord) -> VerdictAction {
    let Some(known) = local.records.get(&verdict.innovation_id) else {
        return VerdictAction::Rejected(RejectReason::UnknownInnovation);
    };
    let same_revision = verdict.revision == known.revision;
    if verdict.revision > known.revision
        || (same_revision && verdict.revision_hash != known.revision_hash)
    {
        return VerdictAction::Rejected(RejectReason::RevisionMismatch);
    }
    match local.verdicts.get(&verdict.key()) {
        None => VerdictAction::New,
        Some(stored) if stored.sha256 == crate::base::hash::sha256_hex(&verdict.to_json()) => {
            VerdictAction::Unchanged
        }
        Some(stored) if later(&verdict.decided_at, &stored.decided_at) => VerdictAction::Update,
        Some(_) => VerdictAction::Older,
    }
}

/// Classifies every record and verdict of a verified bundle against the receiver's state.
pub fn plan_import(bundle: &VerifiedBundle, local: &LocalState) -> ImportPlan {
    let signer =
        SignerId { region: bundle.manifest.region.clone(), agency: bundle.manifest.agency.clone() };
    let signer_status = match local.signers.get(&signer) {
        None => SignerStatus::FirstUse,
        Some(key) if *key == bundle.signer => SignerStatus::Known,
        Some(previous) => SignerStatus::Changed { previous: *previous },
    };
    let records: Vec<RecordPlan> = bundle
        .records
        .iter()
        .enumerate()
        .map(|(index, record)| {
            let hash = revision_hash(record);
            RecordPlan {
                index,
                id: record.id.clone(),
                name: record.name.clone(),
                revision: record.revision,
                action: record_action(bundle, local, record, &hash),
                revision_hash: hash,
            }
        })
        .collect();
    let verdicts = bundle
        .verdicts
        .iter()
        .enumerate()
        .map(|(index, verdict)| VerdictPlan {
            index,
            innovation_id: verdict.innovation_id.clone(),
            revision: verdict.revision,
            action: verdict_action(local, verdict),
        })
        .collect();

    let written: Vec<InnovationRecord> = records
        .iter()
        .filter(|plan| {
            matches!(plan.action, RecordAction::New | RecordAction::Update | RecordAction::Conflict)
        })
        .filter_map(|plan| bundle.records.get(plan.index).cloned())
        .collect();
    let in_bundle: BTreeSet<&str> = bundle.files.iter().map(|file| file.sha256.as_str()).collect();
    let mut files_to_store = Vec::new();
    let mut missing_files = Vec::new();
    for file in evidence_refs(&written) {
        if local.files.contains(&file.sha256) {
            continue;
        }
        if in_bundle.contains(file.sha256.as_str()) {
            files_to_store.push(file.sha256);
        } else {
            missing_files.push(file.sha256);
        }
    }
    ImportPlan {
        signer,
        key: bundle.signer,
        signer_status,
        key_change_confirmed: false,
        records,
        verdicts,
        files_to_store,
        missing_files,
    }
}

/// What writing one plan stores: the shell copies these into its database in one transaction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportWrites<'a> {
    /// New innovations and successor revisions: they become the current record
    /// (the shell keeps the record they replace as history).
    pub current: Vec<&'a InnovationRecord>,
    /// Conflict copies, kept beside the current record for a person to resolve.
    pub conflicts: Vec<&'a InnovationRecord>,
    /// New and later verdicts.
    pub verdicts: Vec<&'a VerdictRecord>,
    /// Evidence the receiver lacks, with its place in the bundle.
    pub files: Vec<&'a VerifiedFile>,
}

impl ImportWrites<'_> {
    /// True when there is nothing to store.
    pub fn is_empty(&self) -> bool {
        self.current.is_empty()
            && self.conflicts.is_empty()
            && self.verdicts.is_empty()
            && self.files.is_empty()
    }
}

impl ImportPlan {
    /// The records, verdicts and files this plan stores, taken from the bundle it was made for.
    /// A blocked plan stores nothing.
    pub fn writes<'a>(&self, bundle: &'a VerifiedBundle) -> ImportWrites<'a> {
        let mut writes = ImportWrites::default();
        if self.is_blocked() {
            return writes;
        }
        for item in &self.records {
            let Some(record) = bundle.records.get(item.index) else { continue };
            match item.action {
                RecordAction::New | RecordAction::Update => writes.current.push(record),
                RecordAction::Conflict => writes.conflicts.push(record),
                _ => {}
            }
        }
        for item in &self.verdicts {
            let Some(verdict) = bundle.verdicts.get(item.index) else { continue };
            if matches!(item.action, VerdictAction::New | VerdictAction::Update) {
                writes.verdicts.push(verdict);
            }
        }
        writes.files =
            bundle.files.iter().filter(|file| self.files_to_store.contains(&file.sha256)).collect();
        writes
    }
}

/// Plans a batch of bundles imported together, in order, as if each were written before the
/// next is planned. `None` stands for a file that did not verify (it plans nothing).
/// A plan whose signer key changed is confirmed when its index is in `confirmed`; an
/// unconfirmed one stays blocked and does not count for the bundles after it.
pub fn plan_batch(
    local: &LocalState,
    bundles: &[Option<&VerifiedBundle>],
    confirmed: &BTreeSet<usize>,
) -> Vec<Option<ImportPlan>> {
    let mut state = local.clone();
    bundles
        .iter()
        .enumerate()
        .map(|(index, bundle)| {
            let bundle = (*bundle)?;
            let mut plan = plan_import(bundle, &state);
            if confirmed.contains(&index) {
                plan.confirm_new_key();
            }
            // A blocked plan changes nothing: `apply` refuses it and leaves `state` as it was.
            let _blocked = state.apply(bundle, &plan);
            Some(plan)
        })
        .collect()
}

impl LocalState {
    /// The state of a receiver holding these current records (and nothing else).
    pub fn from_records<'a>(records: impl IntoIterator<Item = &'a InnovationRecord>) -> Self {
        let records = records.into_iter().map(|r| (r.id.clone(), KnownRecord::of(r))).collect();
        Self { records, ..Self::default() }
    }

    /// Updates the summary as if the plan had been written (for planning the next bundle of a
    /// batch, and for the CLI's merge). Refuses a blocked plan and changes nothing then.
    pub fn apply(
        &mut self,
        bundle: &VerifiedBundle,
        plan: &ImportPlan,
    ) -> Result<(), ImportBlocked> {
        if plan.is_blocked() {
            return Err(ImportBlocked);
        }
        if let Some((signer, key)) = plan.signer_to_remember() {
            self.signers.insert(signer.clone(), *key);
        }
        for item in &plan.records {
            let Some(record) = bundle.records.get(item.index) else { continue };
            match item.action {
                RecordAction::New | RecordAction::Update => {
                    if let Some(previous) =
                        self.records.insert(record.id.clone(), KnownRecord::of(record))
                    {
                        self.held_revisions.insert(previous.revision_hash);
                    }
                }
                RecordAction::Conflict => {
                    self.held_revisions.insert(item.revision_hash.clone());
                }
                _ => {}
            }
        }
        for item in &plan.verdicts {
            let Some(verdict) = bundle.verdicts.get(item.index) else { continue };
            if matches!(item.action, VerdictAction::New | VerdictAction::Update) {
                self.verdicts.insert(verdict.key(), KnownVerdict::of(verdict));
            }
        }
        self.files.extend(plan.files_to_store.iter().cloned());
        Ok(())
    }
}

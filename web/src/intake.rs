//! Import: reads chosen bundle files, verifies and plans them with core, commits the batch.
//!
//! Each file is read once into a JS `ArrayBuffer` and verified through [`JsReader`], which copies
//! only the pieces the ZIP reader asks for into wasm memory. Evidence is never copied: it is
//! stored as a slice of the chosen `File`. Nothing is written before [`commit`], which hands the
//! whole batch to the repository for one transaction.

use std::collections::BTreeSet;
use std::io::{Read, Seek, SeekFrom};

use inovda_core::exchange::bundle::BundleError;
use inovda_core::exchange::bundle::{
    ImportPlan, LocalState, ReadLimits, VerifiedBundle, plan_batch, verify_bundle,
};
use wasm_bindgen_futures::JsFuture;

use crate::storage::{
    ImportCommit, ImportLogDto, Repo, RevisionDto, RevisionKind, SignerDto, StorageError,
};

/// `Read + Seek` over a JS byte array, copying on demand.
pub struct JsReader {
    bytes: js_sys::Uint8Array,
    len: u64,
    position: u64,
}

impl JsReader {
    pub fn new(bytes: js_sys::Uint8Array) -> Self {
        let len = u64::from(bytes.length());
        Self { bytes, len, position: 0 }
    }
}

impl Read for JsReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let start = self.position.min(self.len);
        let end = start.saturating_add(out.len() as u64).min(self.len);
        let count = (end - start) as usize;
        if count > 0 {
            // Positions fit in u32: a Uint8Array's length is a u32.
            self.bytes.subarray(start as u32, end as u32).copy_to(&mut out[..count]);
        }
        self.position = end;
        Ok(count)
    }
}

impl Seek for JsReader {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let target = match to {
            SeekFrom::Start(offset) => Some(offset),
            SeekFrom::End(delta) => self.len.checked_add_signed(delta),
            SeekFrom::Current(delta) => self.position.checked_add_signed(delta),
        };
        let target = target.ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek before the start")
        })?;
        self.position = target;
        Ok(target)
    }
}

/// One chosen file and what verifying it found.
pub struct Candidate {
    pub file_name: String,
    pub file: web_sys::File,
    pub verified: Result<VerifiedBundle, BundleError>,
}

/// Reads and verifies one file. A file the browser cannot read counts as damaged.
pub async fn check_file(file: web_sys::File) -> Candidate {
    let file_name = file.name();
    let verified = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => {
            let reader = JsReader::new(js_sys::Uint8Array::new(&buffer));
            verify_bundle(reader, &ReadLimits::default())
        }
        Err(error) => Err(BundleError::Damaged(format!("{error:?}"))),
    };
    Candidate { file_name, file, verified }
}

/// The files of one import and their plans, re-planned whenever a key change is confirmed.
pub struct Batch {
    pub candidates: Vec<Candidate>,
    base: LocalState,
    confirmed: BTreeSet<usize>,
    pub plans: Vec<Option<ImportPlan>>,
}

impl Batch {
    pub fn new(candidates: Vec<Candidate>, base: LocalState) -> Self {
        let mut batch = Self { candidates, base, confirmed: BTreeSet::new(), plans: Vec::new() };
        batch.replan();
        batch
    }

    fn replan(&mut self) {
        let bundles: Vec<Option<&VerifiedBundle>> =
            self.candidates.iter().map(|c| c.verified.as_ref().ok()).collect();
        self.plans = plan_batch(&self.base, &bundles, &self.confirmed);
    }

    /// The user compared the new fingerprint of file `index` with the sender's.
    pub fn confirm_key(&mut self, index: usize) {
        self.confirmed.insert(index);
        self.replan();
    }

    /// True when committing would store something.
    pub fn has_changes(&self) -> bool {
        self.pairs().any(|(_, _, plan)| !plan.is_blocked() && !plan.changes_nothing())
    }

    fn pairs(&self) -> impl Iterator<Item = (&Candidate, &VerifiedBundle, &ImportPlan)> {
        self.candidates.iter().zip(&self.plans).filter_map(|(candidate, plan)| {
            Some((candidate, candidate.verified.as_ref().ok()?, plan.as_ref()?))
        })
    }

    /// Everything the batch writes, owned, with evidence as slices of the chosen files.
    pub fn commit(&self, now: &str) -> Result<ImportCommit, StorageError> {
        let mut commit = ImportCommit { now: now.to_owned(), ..ImportCommit::default() };
        let mut stored_files = BTreeSet::new();
        for (candidate, bundle, plan) in self.pairs() {
            if plan.is_blocked() {
                continue;
            }
            let writes = plan.writes(bundle);
            let source = candidate.file_name.clone();
            for file in writes.files {
                if !stored_files.insert(file.sha256.clone()) {
                    continue;
                }
                let end = file.offset.saturating_add(file.size);
                let slice = candidate
                    .file
                    .slice_with_f64_and_f64(file.offset as f64, end as f64)
                    .map_err(|error| StorageError::Request(format!("{error:?}")))?;
                commit.blobs.push((file.sha256.clone(), slice));
            }
            commit.current.extend(writes.current.iter().map(|r| ((*r).clone(), source.clone())));
            commit.conflicts.extend(writes.conflicts.iter().map(|record| RevisionDto {
                schema_version: 1,
                kind: RevisionKind::Conflict,
                kept_at: now.to_owned(),
                source: source.clone(),
                record: (*record).clone(),
            }));
            commit.verdicts.extend(writes.verdicts.iter().map(|v| (*v).clone()));
            if let Some((signer, key)) = plan.signer_to_remember() {
                commit.signers.push(SignerDto {
                    schema_version: 1,
                    region: signer.region.clone(),
                    agency: signer.agency.clone(),
                    public_key: key.to_hex(),
                    trusted_at: now.to_owned(),
                });
            }
            let counts = plan.counts();
            let manifest = &bundle.manifest;
            commit.logs.push(ImportLogDto {
                schema_version: 1,
                received_at: now.to_owned(),
                file_name: source,
                kind: manifest.kind.code().to_owned(),
                region: manifest.region.clone(),
                agency: manifest.agency.clone(),
                created_at: manifest.created_at.clone(),
                new: counts.new as u32,
                updated: counts.updated as u32,
                conflicts: counts.conflicts as u32,
            });
        }
        Ok(commit)
    }
}

/// Reads, verifies and plans `files` against the store.
pub async fn prepare(repo: &Repo, files: Vec<web_sys::File>) -> Result<Batch, StorageError> {
    let base = repo.local_state().await?;
    let mut candidates = Vec::with_capacity(files.len());
    for file in files {
        candidates.push(check_file(file).await);
    }
    Ok(Batch::new(candidates, base))
}

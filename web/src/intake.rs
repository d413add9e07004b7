//! Import: reads chosen bundle files (opening sealed ones with the device key), verifies and
//! plans them with core, commits the batch.
//!
//! Each file is read once into a JS `ArrayBuffer` and verified through [`JsReader`], which copies
//! only the pieces the ZIP reader asks for into wasm memory. A large evidence file is stored as a
//! slice of the chosen `File`, never copied; a small one (up to [`INLINE_FILE_MAX`]) is copied
//! out of the bytes while they are at hand and stored inline, so an import of thousands of small
//! files does not make the browser write thousands of Blob files. Core decides every write of
//! the batch ([`Batch::commit`]); the repository stores them in one transaction.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Seek, SeekFrom};

use inovda_core::Lang;
use inovda_core::exchange::bundle::{
    BatchFile, ImportPlan, ReadLimits, VerifiedBundle, import_commit, plan_batch, verify_bundle,
};
use inovda_core::exchange::bundle::{BundleError, BundleKind, SigningKey, bundle_error_message};
use inovda_core::exchange::sealed::{
    SealError, SealLimits, check_inner, is_sealed, open_sealed_to, seal_error_message,
};
use wasm_bindgen_futures::JsFuture;

use crate::error::{Examples, UserError, chain};
use crate::platform::{BlobSink, BrowserError, js_error};
use crate::signing::device_key;
use crate::storage::{BrowserFile, ReadyImport, Receiver, Repo, StorageError};

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

/// Why a chosen file cannot be imported: a bundle that does not verify, or a sealed file that
/// does not open on this device.
#[derive(Debug, thiserror::Error)]
pub enum Unreadable {
    #[error("{0}")]
    Bundle(#[from] BundleError),
    #[error("{0}")]
    Sealed(#[from] SealError),
}

impl UserError for Unreadable {
    fn message(&self, lang: Lang) -> String {
        match self {
            Unreadable::Bundle(error) => bundle_error_message(lang, error),
            Unreadable::Sealed(error) => seal_error_message(lang, error),
        }
    }
}

impl Examples for Unreadable {
    fn examples() -> Vec<Self> {
        chain(Unreadable::Bundle(BundleError::BadSignature), |error| match error {
            Unreadable::Bundle(_) => Some(Unreadable::Sealed(SealError::NotARecipient)),
            Unreadable::Sealed(_) => None,
        })
    }
}

/// Evidence files up to this size received in a bundle are stored as bytes inside the database
/// rather than as Blobs of their own ([`BrowserFile`]).
pub const INLINE_FILE_MAX: u64 = 64 * 1024;

/// One chosen file and what verifying it found. For a sealed file, `file` is the opened inner
/// bundle (evidence is stored as slices of it).
pub struct Candidate {
    pub file_name: String,
    pub file: web_sys::Blob,
    /// Copies of the bundle's small files, by their offset in `file`.
    small: BTreeMap<u64, js_sys::Uint8Array>,
    pub verified: Result<VerifiedBundle, Unreadable>,
}

impl Candidate {
    fn unreadable(file_name: String, file: web_sys::Blob, error: Unreadable) -> Self {
        Self { file_name, file, small: BTreeMap::new(), verified: Err(error) }
    }

    /// A file read into `bytes` and what verifying it found.
    fn read(
        file_name: String,
        file: web_sys::Blob,
        bytes: &js_sys::Uint8Array,
        verified: Result<VerifiedBundle, Unreadable>,
    ) -> Self {
        let small = verified.as_ref().map(|bundle| small_files(bundle, bytes)).unwrap_or_default();
        Self { file_name, file, small, verified }
    }

    /// The `size` bytes at `offset` of this file: the inline copy of a small file, else a slice.
    fn piece(&self, offset: u64, size: u64) -> Result<BrowserFile, StorageError> {
        if let Some(bytes) = self.small.get(&offset)
            && u64::from(bytes.length()) == size
        {
            return Ok(BrowserFile::Bytes(bytes.clone()));
        }
        let end = offset.saturating_add(size);
        self.file
            .slice_with_f64_and_f64(offset as f64, end as f64)
            .map(BrowserFile::Blob)
            .map_err(|error| StorageError::Request(format!("{error:?}")))
    }
}

/// Copies of the small files of `bundle`, read from its bytes, by offset.
fn small_files(
    bundle: &VerifiedBundle,
    bytes: &js_sys::Uint8Array,
) -> BTreeMap<u64, js_sys::Uint8Array> {
    let len = u64::from(bytes.length());
    bundle
        .files
        .iter()
        .filter(|file| file.size <= INLINE_FILE_MAX && file.offset.saturating_add(file.size) <= len)
        .filter_map(|file| {
            let start = u32::try_from(file.offset).ok()?;
            let end = u32::try_from(file.offset + file.size).ok()?;
            Some((file.offset, bytes.slice(start, end)))
        })
        .collect()
}

/// The evidence files of a verified bundle as slices of its file (`(sha256, slice)`): nothing is
/// copied until the slices are stored.
pub fn evidence_slices(
    bundle: &VerifiedBundle,
    file: &web_sys::Blob,
) -> Result<Vec<(String, BrowserFile)>, BrowserError> {
    bundle
        .files
        .iter()
        .map(|verified| {
            let end = verified.offset.saturating_add(verified.size);
            let slice = file
                .slice_with_f64_and_f64(verified.offset as f64, end as f64)
                .map_err(js_error)?;
            Ok((verified.sha256.clone(), slice.into()))
        })
        .collect()
}

/// Reads and verifies one file, opening it first when it is sealed to this device. A file the
/// browser cannot read counts as damaged.
pub async fn check_file(file: web_sys::File, key: &SigningKey) -> Candidate {
    let file_name = file.name();
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer),
        Err(error) => {
            let error = BundleError::Damaged(format!("{error:?}")).into();
            return Candidate::unreadable(file_name, file.into(), error);
        }
    };
    let prefix = bytes.subarray(0, bytes.length().min(64)).to_vec();
    if is_sealed(&prefix) {
        return match open_sealed_file(bytes, key).await {
            Ok(opened) => {
                Candidate::read(file_name, opened.blob, &opened.bytes, Ok(opened.verified))
            }
            Err(error) => Candidate::unreadable(file_name, file.into(), error),
        };
    }
    let verified =
        verify_bundle(JsReader::new(bytes.clone()), &ReadLimits::default()).map_err(Into::into);
    Candidate::read(file_name, file.into(), &bytes, verified)
}

/// A sealed bundle opened to this device: the inner bundle as a Blob and as bytes, and what
/// verifying it found.
pub struct OpenedSealed {
    pub blob: web_sys::Blob,
    pub bytes: js_sys::Uint8Array,
    pub verified: VerifiedBundle,
}

/// Opens sealed bytes to this device, verifies the inner bundle and that its signer is the
/// sealed bundle's sender; returns the inner bundle as a Blob with what verifying it found.
pub async fn open_sealed_file(
    bytes: js_sys::Uint8Array,
    key: &SigningKey,
) -> Result<OpenedSealed, Unreadable> {
    let io = |error: BrowserError| Unreadable::Sealed(SealError::Io(error.to_string()));
    let (manifest, sink) =
        open_sealed_to(JsReader::new(bytes), key, &SealLimits::default(), BlobSink::default())?;
    let inner = sink.into_blob("application/zip").map_err(io)?;
    let buffer = JsFuture::from(inner.array_buffer()).await.map_err(|e| io(js_error(e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    let verified = verify_bundle(JsReader::new(bytes.clone()), &ReadLimits::default())?;
    check_inner(&manifest, &verified)?;
    Ok(OpenedSealed { blob: inner, bytes, verified })
}

/// What one bundle's own receiver did (an award package kept, a jury sheet merged, a config
/// applied), from its own button or from the page's main Impor: a sentence and, when it worked,
/// a link onwards (address, link text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    pub ok: bool,
    pub message: String,
    pub link: Option<(String, &'static str)>,
}

impl Received {
    pub fn done(message: String, link: Option<(String, &'static str)>) -> Self {
        Self { ok: true, message, link }
    }

    pub fn failed(message: String) -> Self {
        Self { ok: false, message, link: None }
    }
}

/// Whether a bundle kind carries something beyond records that its own receiver stores.
pub fn has_receiver(kind: BundleKind) -> bool {
    matches!(kind, BundleKind::Award | BundleKind::Jury | BundleKind::Config)
}

/// The files of one import and their plans, re-planned whenever a key change is confirmed.
pub struct Batch {
    pub candidates: Vec<Candidate>,
    base: Receiver,
    confirmed: BTreeSet<usize>,
    pub plans: Vec<Option<ImportPlan>>,
}

impl Batch {
    pub fn new(candidates: Vec<Candidate>, base: Receiver) -> Self {
        let mut batch = Self { candidates, base, confirmed: BTreeSet::new(), plans: Vec::new() };
        batch.replan();
        batch
    }

    fn replan(&mut self) {
        let bundles: Vec<Option<&VerifiedBundle>> =
            self.candidates.iter().map(|c| c.verified.as_ref().ok()).collect();
        self.plans = plan_batch(&self.base.state, &bundles, &self.confirmed);
    }

    /// The user compared the new fingerprint of file `index` with the sender's.
    pub fn confirm_key(&mut self, index: usize) {
        self.confirmed.insert(index);
        self.replan();
    }

    /// True when committing would store something (records, or what a bundle's own receiver
    /// keeps).
    pub fn has_changes(&self) -> bool {
        self.files().any(|(_, file)| !file.plan.is_blocked() && !file.plan.changes_nothing())
            || self.receivable().next().is_some()
    }

    /// The unblocked bundles whose kind has its own receiver, with their file index.
    pub fn receivable(&self) -> impl Iterator<Item = (usize, &VerifiedBundle, &web_sys::Blob)> {
        self.candidates.iter().zip(&self.plans).enumerate().filter_map(
            |(index, (candidate, plan))| {
                let bundle = candidate.verified.as_ref().ok()?;
                let unblocked = plan.as_ref().is_some_and(|plan| !plan.is_blocked());
                (unblocked && has_receiver(bundle.manifest.kind)).then_some((
                    index,
                    bundle,
                    &candidate.file,
                ))
            },
        )
    }

    /// The verified files with their plans, each with its candidate.
    fn files(&self) -> impl Iterator<Item = (&Candidate, BatchFile<'_>)> {
        self.candidates.iter().zip(&self.plans).filter_map(|(candidate, plan)| {
            let file = BatchFile {
                file_name: &candidate.file_name,
                bundle: candidate.verified.as_ref().ok()?,
                plan: plan.as_ref()?,
            };
            Some((candidate, file))
        })
    }

    /// Everything the batch writes, as core decides it, with evidence as slices of the chosen
    /// files.
    pub fn commit(&self, now: &str) -> Result<ReadyImport<BrowserFile>, StorageError> {
        let (candidates, files): (Vec<&Candidate>, Vec<BatchFile>) = self.files().unzip();
        let writes = import_commit(&self.base.records, &files, now);
        let mut evidence = Vec::with_capacity(writes.files.len());
        for slice in &writes.files {
            let Some(candidate) = candidates.get(slice.file) else { continue };
            evidence.push((slice.sha256.clone(), candidate.piece(slice.offset, slice.size)?));
        }
        Ok(ReadyImport { writes, evidence })
    }
}

/// Reads, verifies and plans `files` against the store.
pub async fn prepare(repo: &Repo, files: Vec<web_sys::File>) -> Result<Batch, StorageError> {
    let base = repo.receiver().await?;
    let key = device_key(repo).await?;
    let mut candidates = Vec::with_capacity(files.len());
    for file in files {
        candidates.push(check_file(file, &key).await);
    }
    Ok(Batch::new(candidates, base))
}

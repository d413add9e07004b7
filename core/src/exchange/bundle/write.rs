//! Building a signed bundle, deterministically, either all in memory or streamed.
//!
//! [`BundleWriter`] writes to any `std::io::Write` and takes evidence files chunk by chunk,
//! so a 200 MB export never needs more than one chunk of evidence in memory.
//! [`write_bundle`] is the same writer over a `Vec<u8>`; both give byte-identical output.

use std::collections::BTreeMap;
use std::io::Write;

use super::keys::SigningKey;
use super::manifest::{
    AWARD_PATH, BundleKind, CONFIG_PATH, EntryPath, FORMAT_NAME, FORMAT_VERSION, JURY_PATH,
    MANIFEST_PATH, Manifest, ManifestEntry, SIGNATURE_PATH,
};
use super::verdict::VerdictRecord;
use crate::base::hash::{hex_encode, is_lower_hex, sha256_hex};
use crate::base::zip::{AnnouncedFile, CheckedFiles, StreamError, ZipStream, archive_len};
use crate::exchange::bundle::BundleError;
use crate::exchange::record::InnovationRecord;

/// What the caller says about the bundle (the time included: core reads no clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleMeta {
    pub kind: BundleKind,
    /// RFC 3339.
    pub created_at: String,
    pub region: String,
    /// The sending organisation (the agency, or the secretariat for feedback and config).
    pub agency: String,
    pub year: u16,
}

/// An evidence file announced before its bytes: its SHA-256 (the storage key) and size.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileRef {
    pub sha256: String,
    pub size: u64,
}

/// The small entries of a bundle, held in memory while writing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BundleContent {
    pub records: Vec<InnovationRecord>,
    pub verdicts: Vec<VerdictRecord>,
    /// `config.json` of a config bundle (a JSON object; its schema belongs to the shell).
    pub config: Option<Vec<u8>>,
    /// `award.json` of an award bundle (a JSON object, see `crate::programmes::award::AwardPackage`).
    pub award: Option<Vec<u8>>,
    /// `jury.json` of a jury bundle (a JSON object, see `crate::programmes::award::JurySheet`).
    pub jury: Option<Vec<u8>>,
    /// `proposals/<id>.json` of a submission: the KIPP proposal (a JSON object, see
    /// `crate::programmes::kipp::KippProposal`) of a record the bundle carries, by innovation id.
    pub proposals: Vec<(String, Vec<u8>)>,
}

impl BundleContent {
    /// The single-document entries (`config.json`, `award.json`, `jury.json`) that are present.
    fn documents(&self) -> Vec<(&'static str, &Vec<u8>)> {
        [(AWARD_PATH, &self.award), (CONFIG_PATH, &self.config), (JURY_PATH, &self.jury)]
            .into_iter()
            .filter_map(|(path, bytes)| bytes.as_ref().map(|bytes| (path, bytes)))
            .collect()
    }
}

/// Every evidence file the records refer to (profile slots, indicators, Labinov artefacts),
/// once each, sorted by SHA-256:
/// the list to pass to [`BundleWriter::start`] for "innovations with their evidence".
pub fn evidence_refs(records: &[InnovationRecord]) -> Vec<FileRef> {
    let mut refs = BTreeMap::new();
    for record in records {
        let fixed = [
            &record.budget_file,
            &record.business_profile_file,
            &record.ipr_file,
            &record.award_file,
        ];
        let listed = record.indicators.iter().flat_map(|answer| answer.evidence.iter());
        let labinov = record.labinov.iter().flat_map(|track| track.files());
        for file in fixed.into_iter().flatten().chain(listed).chain(labinov) {
            refs.insert(file.sha256.clone(), u64::from(file.size));
        }
    }
    refs.into_iter().map(|(sha256, size)| FileRef { sha256, size }).collect()
}

/// Whether a record may go into a submission bundle signed as `agency` of `region`:
/// receivers reject records of another sender (see [`super::RejectReason::ForeignAgency`]).
pub fn sent_by(record: &InnovationRecord, region: &str, agency: &str) -> bool {
    same_sender((&record.region, &record.agency), region, agency)
}

/// The rule of [`sent_by`] on a record's `(region, agency)` alone (a record's stamp carries
/// just those).
pub fn same_sender(of: (&str, &str), region: &str, agency: &str) -> bool {
    of.0 == region && of.1 == agency
}

/// The export's default choice: the innovations submitted (diajukan) in the assessment `year`.
pub fn selected_by_default(record: &InnovationRecord, year: u16) -> bool {
    record.year == year && record.status == crate::model::innovation::Status::Submitted.code()
}

/// The exact size in bytes of the bundle these inputs would make, without writing it.
pub fn bundle_size(
    meta: &BundleMeta,
    content: &BundleContent,
    files: &[FileRef],
    key: &SigningKey,
) -> Result<u64, BundleError> {
    Ok(BundleWriter::start(std::io::sink(), meta, content, files, key)?.expected_len())
}

/// A bundle being written: manifest and signature first, then the evidence the caller streams
/// in the order of [`BundleWriter::files`], then records, verdicts and the ZIP directory.
pub struct BundleWriter<W: Write> {
    zip: ZipStream<W>,
    files: CheckedFiles<FileRef>,
    tail: Vec<(String, Vec<u8>)>,
    expected_len: u64,
}

fn misuse(what: &'static str) -> BundleError {
    BundleError::WriterState(what)
}

impl AnnouncedFile for FileRef {
    fn entry_name(&self) -> String {
        EntryPath::file(&self.sha256)
    }

    fn size(&self) -> u64 {
        self.size
    }

    fn sha256(&self) -> &str {
        &self.sha256
    }
}

impl BundleError {
    fn from_stream(error: StreamError, files: &[FileRef]) -> Self {
        match error {
            StreamError::Mismatch { index } => BundleError::FileMismatch {
                sha256: files.get(index).map(|file| file.sha256.clone()).unwrap_or_default(),
            },
            StreamError::OutOfOrder(what) => BundleError::WriterState(what),
            StreamError::Io(error) => BundleError::Io(error),
        }
    }
}

fn check_content(
    meta: &BundleMeta,
    content: &BundleContent,
    files: &[FileRef],
) -> Result<(), BundleError> {
    let only_records = content.verdicts.is_empty() && content.documents().is_empty();
    let proposals_fit = content
        .proposals
        .iter()
        .all(|(id, _)| content.records.iter().any(|record| record.id == *id));
    if !proposals_fit || (meta.kind != BundleKind::Submission && !content.proposals.is_empty()) {
        return Err(misuse("a proposal needs its record in a submission bundle"));
    }
    let nothing_but = |document: &Option<Vec<u8>>| {
        content.records.is_empty()
            && content.verdicts.is_empty()
            && files.is_empty()
            && content.documents().len() == 1
            && document.is_some()
    };
    let allowed = match meta.kind {
        BundleKind::Submission => only_records,
        BundleKind::Feedback => {
            content.records.is_empty() && content.documents().is_empty() && files.is_empty()
        }
        BundleKind::Config => nothing_but(&content.config),
        // An award package may carry the entries' evidence files beside award.json.
        BundleKind::Award => {
            content.records.is_empty()
                && content.verdicts.is_empty()
                && content.documents().len() == 1
                && content.award.is_some()
        }
        BundleKind::Jury => nothing_but(&content.jury),
    };
    if !allowed {
        return Err(misuse("the content does not fit the bundle kind"));
    }
    for (path, bytes) in content.documents() {
        let value: Result<serde_json::Value, _> = serde_json::from_slice(bytes);
        if !value.is_ok_and(|value| value.is_object()) {
            return Err(BundleError::WriterState(match path {
                AWARD_PATH => "award.json must be a JSON object",
                JURY_PATH => "jury.json must be a JSON object",
                _ => "config.json must be a JSON object",
            }));
        }
    }
    if chrono::DateTime::parse_from_rfc3339(&meta.created_at).is_err() {
        return Err(misuse("created_at must be an RFC 3339 time"));
    }
    Ok(())
}

impl<W: Write> BundleWriter<W> {
    /// Writes `manifest.json`, `manifest.sig` (and `config.json`) and prepares the rest.
    /// `files` may come in any order and repeat; the writer sorts and deduplicates them.
    pub fn start(
        out: W,
        meta: &BundleMeta,
        content: &BundleContent,
        files: &[FileRef],
        key: &SigningKey,
    ) -> Result<Self, BundleError> {
        check_content(meta, content, files)?;
        let mut sizes: BTreeMap<&str, u64> = BTreeMap::new();
        for file in files {
            if file.sha256.len() != 64 || !is_lower_hex(&file.sha256) {
                return Err(misuse("a file's sha256 must be 64 lower-case hex characters"));
            }
            if sizes.insert(&file.sha256, file.size).is_some_and(|size| size != file.size) {
                return Err(misuse("one sha256 announced with two sizes"));
            }
        }
        let files: Vec<FileRef> = sizes
            .into_iter()
            .map(|(sha256, size)| FileRef { sha256: sha256.to_owned(), size })
            .collect();

        let mut small: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for record in &content.records {
            let path = EntryPath::record(&record.id);
            if EntryPath::parse(&path).is_none() {
                return Err(misuse("a record id is not a canonical lower-case UUID"));
            }
            if small.insert(path, record.to_json()).is_some() {
                return Err(misuse("two records with the same id"));
            }
        }
        for verdict in &content.verdicts {
            let path = EntryPath::verdict(&verdict.innovation_id, verdict.revision);
            if EntryPath::parse(&path).is_none() {
                return Err(misuse("a verdict's innovation id is not a canonical UUID"));
            }
            if small.insert(path, verdict.to_json()).is_some() {
                return Err(misuse("two verdicts for the same innovation and revision"));
            }
        }
        for (id, bytes) in &content.proposals {
            let path = EntryPath::proposal(id);
            let object: Result<serde_json::Value, _> = serde_json::from_slice(bytes);
            if !object.is_ok_and(|value| value.is_object()) {
                return Err(misuse("a proposal must be a JSON object"));
            }
            if small.insert(path, bytes.clone()).is_some() {
                return Err(misuse("two proposals for the same innovation"));
            }
        }
        let documents: Vec<(&'static str, Vec<u8>)> =
            content.documents().into_iter().map(|(path, bytes)| (path, bytes.clone())).collect();

        let mut entries: Vec<ManifestEntry> = small
            .iter()
            .map(|(path, bytes)| ManifestEntry {
                path: path.clone(),
                sha256: sha256_hex(bytes),
                size: bytes.len() as u64,
            })
            .chain(files.iter().map(|file| ManifestEntry {
                path: EntryPath::file(&file.sha256),
                sha256: file.sha256.clone(),
                size: file.size,
            }))
            .chain(documents.iter().map(|(path, bytes)| ManifestEntry {
                path: (*path).to_owned(),
                sha256: sha256_hex(bytes),
                size: bytes.len() as u64,
            }))
            .collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));

        let manifest = Manifest {
            format: FORMAT_NAME.to_owned(),
            format_version: FORMAT_VERSION,
            kind: meta.kind,
            created_at: meta.created_at.clone(),
            app_version: crate::APP_VERSION.to_owned(),
            region: meta.region.clone(),
            agency: meta.agency.clone(),
            year: meta.year,
            signer_public_key: key.public_key().to_hex(),
            entries,
        };
        let manifest_bytes = serde_json::to_vec_pretty(&manifest)
            .map_err(|_| misuse("the manifest could not be serialised"))?;
        let signature = hex_encode(&key.sign(&manifest_bytes));

        let expected_len = archive_len(
            [
                (MANIFEST_PATH.len(), manifest_bytes.len() as u64, false),
                (SIGNATURE_PATH.len(), signature.len() as u64, false),
            ]
            .into_iter()
            .chain(manifest.entries.iter().map(|entry| {
                let streamed = entry.path.starts_with("files/");
                (entry.path.len(), entry.size, streamed)
            })),
        );

        let mut zip = ZipStream::new(out);
        zip.add(MANIFEST_PATH, &manifest_bytes)?;
        zip.add(SIGNATURE_PATH, signature.as_bytes())?;
        for (path, bytes) in &documents {
            zip.add(path, bytes)?;
        }
        // Sorted paths: award.json < config.json < files/ < proposals/ < records/ < verdicts/; a bundle
        // with jury.json holds nothing else, so writing the documents first keeps the order.
        let tail = small.into_iter().collect();
        Ok(Self { zip, files: CheckedFiles::new(files), tail, expected_len })
    }

    /// The exact length of the finished bundle in bytes (for a progress bar).
    pub fn expected_len(&self) -> u64 {
        self.expected_len
    }

    /// The evidence files to stream, in the order they must be written.
    pub fn files(&self) -> &[FileRef] {
        self.files.files()
    }

    /// The file the writer expects next, or `None` when all are written.
    pub fn next_file(&self) -> Option<&FileRef> {
        self.files.next_file()
    }

    /// Appends bytes of the file [`Self::next_file`] names.
    pub fn write_file_chunk(&mut self, chunk: &[u8]) -> Result<(), BundleError> {
        let files = &mut self.files;
        files
            .write_chunk(&mut self.zip, chunk)
            .map_err(|e| BundleError::from_stream(e, files.files()))
    }

    /// Closes the current file after checking its size and SHA-256.
    pub fn finish_file(&mut self) -> Result<(), BundleError> {
        let files = &mut self.files;
        files.finish_file(&mut self.zip).map_err(|e| BundleError::from_stream(e, files.files()))
    }

    /// Writes records, verdicts and the ZIP directory; returns the destination.
    pub fn finish(mut self) -> Result<W, BundleError> {
        if !self.files.all_written() {
            return Err(misuse("not every file was written"));
        }
        for (path, bytes) in &self.tail {
            self.zip.add(path, bytes)?;
        }
        Ok(self.zip.finish()?)
    }
}

/// Builds a whole bundle in memory. `files` are the evidence bytes, in any order.
pub fn write_bundle(
    meta: &BundleMeta,
    content: &BundleContent,
    files: &[&[u8]],
    key: &SigningKey,
) -> Result<Vec<u8>, BundleError> {
    let by_hash: BTreeMap<String, &[u8]> =
        files.iter().map(|bytes| (sha256_hex(bytes), *bytes)).collect();
    let refs: Vec<FileRef> = by_hash
        .iter()
        .map(|(sha256, bytes)| FileRef { sha256: sha256.clone(), size: bytes.len() as u64 })
        .collect();
    let mut writer = BundleWriter::start(Vec::new(), meta, content, &refs, key)?;
    while let Some(file) = writer.next_file() {
        let bytes = by_hash.get(&file.sha256).copied().unwrap_or_default();
        writer.write_file_chunk(bytes)?;
        writer.finish_file()?;
    }
    writer.finish()
}

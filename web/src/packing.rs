//! Export: packs chosen innovations and their evidence into a signed bundle.
//!
//! The ZIP is streamed: each chunk the core writer produces is copied into a JS Blob part, and
//! evidence Blobs are read in 1 MB slices, so the wasm heap never holds a whole bundle; the
//! finished Blob is the one extra copy of the evidence.

use inovda_core::exchange::bundle::{
    BundleContent, BundleError, BundleKind, BundleMeta, BundleWriter, FileRef, SigningKey,
    bundle_file_name, bundle_size, evidence_refs,
};
use inovda_core::{InnovationRecord, Lang};

use crate::error::{Examples, UserError, chain};
use crate::i18n::{common, exchange::Key, t};
use crate::platform::{self, BlobSink, BrowserError};
use crate::signing::device_key;
use crate::storage::{
    EXPORT_LOG_KEY, EXPORT_LOG_SCHEMA_VERSION, ExportLogDto, ProfileDto, Repo, StorageError,
};

/// Why an export did not produce a file.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("nothing to export")]
    Empty,
    #[error("{0}")]
    Storage(#[from] StorageError),
    #[error("an evidence file is missing on this device ({0})")]
    MissingFile(String),
    #[error("the bundle could not be built: {0}")]
    Build(#[from] BundleError),
    #[error("{0}")]
    Browser(#[from] BrowserError),
}

impl UserError for ExportError {
    fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Empty => t(lang, Key::ExportNoneSelected).to_owned(),
            ExportError::MissingFile(_) => t(lang, Key::ExportMissingFile).to_owned(),
            ExportError::Storage(StorageError::QuotaExceeded) => {
                format!("{}: {}", t(lang, Key::ExportFailed), t(lang, common::Key::StorageFull))
            }
            ExportError::Storage(error) => {
                format!("{}: {}", t(lang, Key::ExportFailed), error.message(lang))
            }
            ExportError::Build(error) => {
                format!("{}: {}", t(lang, Key::ExportFailed), error.message(lang))
            }
            ExportError::Browser(error) => {
                format!("{}: {}", t(lang, Key::ExportFailed), error.message(lang))
            }
        }
    }
}

impl Examples for ExportError {
    fn examples() -> Vec<Self> {
        chain(ExportError::Empty, |error| match error {
            ExportError::Empty => Some(ExportError::Storage(StorageError::QuotaExceeded)),
            ExportError::Storage(_) => Some(ExportError::MissingFile("a.pdf".into())),
            ExportError::MissingFile(_) => Some(ExportError::Build(BundleError::BadSignature)),
            ExportError::Build(_) => Some(ExportError::Browser(BrowserError::NoPage)),
            ExportError::Browser(_) => None,
        })
    }
}

/// A finished bundle, ready to download or share.
#[derive(Debug, Clone)]
pub struct Exported {
    pub file_name: String,
    pub blob: web_sys::Blob,
    pub size: u64,
}

fn submission_meta(
    profile: &ProfileDto,
    records: &[InnovationRecord],
    created_at: &str,
) -> BundleMeta {
    BundleMeta {
        kind: BundleKind::Submission,
        created_at: created_at.to_owned(),
        region: profile.region.clone(),
        agency: profile.agency.clone(),
        year: records.iter().map(|r| r.year).max().unwrap_or_default(),
    }
}

/// The exact size of the bundle `records` would make (for the preview before building).
pub async fn expected_size(
    repo: &Repo,
    profile: &ProfileDto,
    records: Vec<InnovationRecord>,
) -> Result<u64, ExportError> {
    if records.is_empty() {
        return Ok(0);
    }
    let key = device_key(repo).await?;
    let meta = submission_meta(profile, &records, &platform::now().to_rfc3339());
    let files = evidence_refs(&records);
    let proposals = proposals_of(repo, &records).await?;
    let content = BundleContent { records, proposals, ..BundleContent::default() };
    Ok(bundle_size(&meta, &content, &files, &key)?)
}

/// Builds a signed submission bundle of `records` with their evidence, reporting
/// `(bytes written, bytes expected)` as it goes, and remembers the export for the reminder.
pub async fn build_bundle(
    repo: &Repo,
    profile: &ProfileDto,
    records: Vec<InnovationRecord>,
    progress: impl Fn(u64, u64),
) -> Result<Exported, ExportError> {
    if records.is_empty() {
        return Err(ExportError::Empty);
    }
    let key = device_key(repo).await?;
    let now = platform::now();
    let meta = submission_meta(profile, &records, &now.to_rfc3339());
    let files = evidence_refs(&records);
    let ids: Vec<String> = records.iter().map(|record| record.id.clone()).collect();
    let proposals = proposals_of(repo, &records).await?;
    let content = BundleContent { records, proposals, ..BundleContent::default() };
    let (blob, written) = write_with_files(repo, &meta, &content, &files, &key, progress).await?;
    let log = ExportLogDto {
        schema_version: EXPORT_LOG_SCHEMA_VERSION,
        last_export_at: now.to_rfc3339(),
        innovation_ids: ids,
    };
    repo.put_meta(EXPORT_LOG_KEY, &log).await?;
    Ok(Exported {
        file_name: bundle_file_name(&profile.agency, now, platform::zone()),
        blob,
        size: written,
    })
}

/// The KIPP proposals written on this device for `records` (JSON objects, by innovation id):
/// they travel with the submission so the secretariat (and its jurors) can read them.
async fn proposals_of(
    repo: &Repo,
    records: &[InnovationRecord],
) -> Result<Vec<(String, Vec<u8>)>, StorageError> {
    let mut found = Vec::new();
    for record in records {
        if let Some(proposal) = crate::proposals::load(repo, &record.id).await? {
            found.push((record.id.clone(), serde_json::to_vec(&proposal).unwrap_or_default()));
        }
    }
    Ok(found)
}

/// Writes a signed bundle with `files` streamed from this device's stored evidence, reporting
/// `(bytes written, bytes expected)` as it goes; returns the Blob and its size. The one way every
/// bundle that carries evidence is written (submissions, award packages).
pub async fn write_with_files(
    repo: &Repo,
    meta: &BundleMeta,
    content: &BundleContent,
    files: &[FileRef],
    key: &SigningKey,
    progress: impl Fn(u64, u64),
) -> Result<(web_sys::Blob, u64), ExportError> {
    let mut writer = BundleWriter::start(BlobSink::default(), meta, content, files, key)?;
    let total = writer.expected_len();
    let mut done: u64 = 0;
    progress(done, total);
    while let Some(file) = writer.next_file().cloned() {
        let blob = repo
            .get_blob(&file.sha256)
            .await?
            .ok_or_else(|| ExportError::MissingFile(file.sha256.clone()))?
            .blob()?;
        platform::stream_blob(
            &blob,
            |chunk| {
                writer.write_file_chunk(chunk)?;
                done += chunk.len() as u64;
                progress(done.min(total), total);
                Ok(())
            },
            ExportError::Browser,
        )
        .await?;
        writer.finish_file()?;
    }
    let sink = writer.finish()?;
    let written = sink.written;
    progress(written, total);
    Ok((sink.into_blob("application/zip")?, written))
}

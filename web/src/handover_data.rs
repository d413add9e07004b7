//! National hand-over glue: loads an innovation with its region's other innovations, builds the
//! evidence ZIP ("Unduh bukti dukung") from stored Blobs, and keeps the "sudah disalin" ticks.

use inovda_core::rules::handover::{HandoverError, HandoverFile, HandoverZipWriter};
use inovda_core::{Innovation, InnovationRecord, Lang};

use crate::error::{Examples, UserError, chain};
use crate::i18n::{handover::Key, t};
use crate::platform::{self, BlobSink, BrowserError};
use crate::storage::{Repo, StorageError};

/// Why the evidence ZIP could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HandoverZipError {
    #[error("{0}")]
    Storage(#[from] StorageError),
    #[error("the evidence file {0} is not stored on this device")]
    MissingFile(String),
    #[error("{0}")]
    Write(#[from] HandoverError),
    #[error("the file could not be read: {0}")]
    Read(#[from] BrowserError),
}

impl UserError for HandoverZipError {
    fn message(&self, lang: Lang) -> String {
        let reason = match self {
            HandoverZipError::Storage(error) => error.message(lang),
            HandoverZipError::MissingFile(name) => lang.pick((
                format!("berkas bukti {name} tidak tersimpan di perangkat ini; lampirkan ulang berkasnya."),
                format!("the evidence file {name} is not stored on this device; attach it again."),
            )),
            HandoverZipError::Write(error) => error.message(lang),
            HandoverZipError::Read(error) => error.message(lang),
        };
        format!("{}: {reason}", t(lang, Key::EvidenceZipFailed))
    }
}

impl Examples for HandoverZipError {
    fn examples() -> Vec<Self> {
        chain(HandoverZipError::Storage(StorageError::Unavailable), |error| match error {
            HandoverZipError::Storage(_) => Some(HandoverZipError::MissingFile("a.pdf".into())),
            HandoverZipError::MissingFile(_) => {
                Some(HandoverZipError::Write(HandoverError::OutOfOrder))
            }
            HandoverZipError::Write(_) => Some(HandoverZipError::Read(BrowserError::NoPage)),
            HandoverZipError::Read(_) => None,
        })
    }
}

/// The records of `year` converted to domain values (unreadable ones are skipped: the list
/// page reports them).
pub fn innovations_of_year(records: &[InnovationRecord], year: u16) -> Vec<Innovation> {
    records.iter().filter(|r| r.year == year).filter_map(|r| r.to_domain().ok()).collect()
}

/// The region's other innovations of the same year, for the duplicate-name check.
pub fn others_of<'a>(all: &'a [Innovation], innovation: &Innovation) -> Vec<Innovation> {
    all.iter()
        .filter(|other: &&'a Innovation| {
            other.id != innovation.id && other.region == innovation.region
        })
        .cloned()
        .collect()
}

/// Streams the named evidence into a ZIP Blob, in order, checking every file's hash.
pub async fn evidence_zip(
    repo: &Repo,
    files: Vec<HandoverFile>,
) -> Result<web_sys::Blob, HandoverZipError> {
    let mut writer = HandoverZipWriter::new(BlobSink::default(), files);
    while let Some(file) = writer.next_file().cloned() {
        let blob = repo
            .get_blob(&file.sha256)
            .await?
            .ok_or_else(|| HandoverZipError::MissingFile(file.name.clone()))?
            .blob()?;
        platform::stream_blob(
            &blob,
            |chunk| writer.write_chunk(chunk).map_err(HandoverZipError::from),
            HandoverZipError::Read,
        )
        .await?;
        writer.finish_file()?;
    }
    Ok(writer.finish()?.into_blob("application/zip")?)
}

//! Export: packs every stored innovation into a bundle file and downloads it.

use inovda_core::bundle::{BundleKind, BundleMeta, bundle_file_name, write_bundle};

use crate::platform;
use crate::storage::{EXPORT_LOG_KEY, ExportLogDto, ProfileDto, Repo};

/// Why an export did not produce a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("nothing to export")]
    Empty,
    #[error("{0}")]
    Storage(#[from] crate::storage::StorageError),
    #[error("the bundle could not be built: {0}")]
    Build(String),
    #[error("the download could not start: {0}")]
    Download(String),
}

/// Builds a submission bundle of every stored innovation and starts its download.
/// Returns the downloaded file's name.
pub async fn export_all(repo: &Repo, profile: &ProfileDto) -> Result<String, ExportError> {
    let records = repo.list_innovations().await?;
    if records.is_empty() {
        return Err(ExportError::Empty);
    }
    let now = platform::now();
    let year = records.iter().map(|r| r.year).max().unwrap_or_default();
    let meta = BundleMeta {
        kind: BundleKind::Submission,
        created_at: now.to_rfc3339(),
        region: profile.region.clone(),
        agency: profile.agency.clone(),
        year,
    };
    let bytes = write_bundle(&meta, &records).map_err(|e| ExportError::Build(e.to_string()))?;
    let name = bundle_file_name(&profile.agency, now);
    platform::download(&bytes, &name, "application/zip").map_err(ExportError::Download)?;
    let log = ExportLogDto {
        schema_version: 1,
        last_export_at: now.to_rfc3339(),
        innovation_ids: records.iter().map(|record| record.id.clone()).collect(),
    };
    repo.put_meta(EXPORT_LOG_KEY, &log).await?;
    Ok(name)
}

//! Export: packs the stored innovations and their evidence into a signed bundle and downloads it.
//!
//! The ZIP is streamed: each chunk the core writer produces is copied into a JS Blob part, and
//! evidence Blobs are read in 1 MB slices, so the wasm heap never holds a whole bundle.

use std::io::Write;

use inovda_core::bundle::{
    BundleContent, BundleKind, BundleMeta, BundleWriter, bundle_file_name, evidence_refs,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::platform;
use crate::signing::device_key;
use crate::storage::{EXPORT_LOG_KEY, ExportLogDto, ProfileDto, Repo};

/// Bytes of evidence read from IndexedDB at a time.
const SLICE: f64 = 1024.0 * 1024.0;

/// Why an export did not produce a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("nothing to export")]
    Empty,
    #[error("{0}")]
    Storage(#[from] crate::storage::StorageError),
    #[error("an evidence file is missing on this device ({0})")]
    MissingFile(String),
    #[error("the bundle could not be built: {0}")]
    Build(String),
    #[error("the download could not start: {0}")]
    Download(String),
}

/// A `Write` sink that hands every chunk to JavaScript as a Blob part.
struct BlobParts(js_sys::Array);

impl Write for BlobParts {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.push(&js_sys::Uint8Array::from(buf));
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn js_text(value: JsValue) -> String {
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}

/// Builds a signed submission bundle of every stored innovation with its evidence, starts its
/// download and remembers the export. Returns the file name.
pub async fn export_all(repo: &Repo, profile: &ProfileDto) -> Result<String, ExportError> {
    let records = repo.list_innovations().await?;
    if records.is_empty() {
        return Err(ExportError::Empty);
    }
    let key = device_key(repo).await?;
    let now = platform::now();
    let year = records.iter().map(|r| r.year).max().unwrap_or_default();
    let meta = BundleMeta {
        kind: BundleKind::Submission,
        created_at: now.to_rfc3339(),
        region: profile.region.clone(),
        agency: profile.agency.clone(),
        year,
    };
    let files = evidence_refs(&records);
    let ids: Vec<String> = records.iter().map(|record| record.id.clone()).collect();
    let content = BundleContent { records, ..BundleContent::default() };
    let build = |e: inovda_core::BundleError| ExportError::Build(e.to_string());
    let mut writer =
        BundleWriter::start(BlobParts(js_sys::Array::new()), &meta, &content, &files, &key)
            .map_err(build)?;
    while let Some(file) = writer.next_file().cloned() {
        let blob = repo
            .get_blob(&file.sha256)
            .await?
            .ok_or_else(|| ExportError::MissingFile(file.sha256.clone()))?;
        let mut offset = 0.0;
        while offset < blob.size() {
            let end = (offset + SLICE).min(blob.size());
            let slice = blob
                .slice_with_f64_and_f64(offset, end)
                .map_err(|e| ExportError::Build(js_text(e)))?;
            let buffer = JsFuture::from(slice.array_buffer())
                .await
                .map_err(|e| ExportError::Build(js_text(e)))?;
            writer.write_file_chunk(&js_sys::Uint8Array::new(&buffer).to_vec()).map_err(build)?;
            offset = end;
        }
        writer.finish_file().map_err(build)?;
    }
    let BlobParts(parts) = writer.finish().map_err(build)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/zip");
    let bundle = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| ExportError::Build(js_text(e)))?;
    let name = bundle_file_name(&profile.agency, now);
    platform::download_blob(&bundle, &name, "application/zip").map_err(ExportError::Download)?;
    let log =
        ExportLogDto { schema_version: 1, last_export_at: now.to_rfc3339(), innovation_ids: ids };
    repo.put_meta(EXPORT_LOG_KEY, &log).await?;
    Ok(name)
}

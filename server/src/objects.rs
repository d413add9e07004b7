//! Where bundle bytes are kept: an object store (`object_store`), a local folder by default.
//!
//! `file:///path` is a local folder (shared storage for several instances), `s3://bucket/prefix`
//! is S3 or an S3-compatible service when the server is built with the `s3` feature; its
//! credentials and region come from the usual `AWS_*` environment variables. Bundles are stored
//! under `regions/<region id>/bundles/<sha256>`.

use std::path::Path;
use std::sync::Arc;

use object_store::ObjectStore;
use object_store::local::LocalFileSystem;

/// An object store could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum ObjectsError {
    #[error("cannot use {path} for bundles: {detail}")]
    Local { path: String, detail: String },
    #[error(
        "unsupported object store URL `{0}` (use file:///path, or s3://bucket/prefix with the s3 feature)"
    )]
    UnsupportedUrl(String),
    #[error("object store `{url}`: {detail}")]
    Remote { url: String, detail: String },
}

/// A local folder, created if missing.
pub fn local(path: &Path) -> Result<Arc<dyn ObjectStore>, ObjectsError> {
    let fail = |detail: String| ObjectsError::Local { path: path.display().to_string(), detail };
    std::fs::create_dir_all(path).map_err(|e| fail(e.to_string()))?;
    let store = LocalFileSystem::new_with_prefix(path)
        .map_err(|e| fail(e.to_string()))?
        .with_automatic_cleanup(true);
    Ok(Arc::new(store))
}

/// The store named by `--objects`.
pub fn open(url: &str) -> Result<Arc<dyn ObjectStore>, ObjectsError> {
    if let Some(path) = url.strip_prefix("file://") {
        return local(Path::new(path));
    }
    if url.starts_with("s3://") {
        return s3(url);
    }
    Err(ObjectsError::UnsupportedUrl(url.to_owned()))
}

#[cfg(feature = "s3")]
fn s3(url: &str) -> Result<Arc<dyn ObjectStore>, ObjectsError> {
    use object_store::aws::AmazonS3Builder;
    use object_store::prefix::PrefixStore;
    let fail = |detail: String| ObjectsError::Remote { url: url.to_owned(), detail };
    let rest = url.trim_start_matches("s3://");
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    let store = AmazonS3Builder::from_env()
        .with_bucket_name(bucket)
        .build()
        .map_err(|e| fail(e.to_string()))?;
    let prefix = prefix.trim_matches('/');
    if prefix.is_empty() {
        Ok(Arc::new(store))
    } else {
        Ok(Arc::new(PrefixStore::new(store, prefix)))
    }
}

#[cfg(not(feature = "s3"))]
fn s3(url: &str) -> Result<Arc<dyn ObjectStore>, ObjectsError> {
    Err(ObjectsError::Remote {
        url: url.to_owned(),
        detail: "this build has no S3 support; build inovda with `--features s3`".into(),
    })
}

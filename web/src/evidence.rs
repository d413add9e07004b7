//! Evidence files (bukti dukung) from file inputs: type, downscaling, space check, hashing.
//!
//! The result is an [`EvidenceFile`] reference (the record keeps it) and the Blob to store under
//! its SHA-256 (the same file attached twice is stored once).

use inovda_core::base::format::format_size;
use inovda_core::{EvidenceFile, Lang};
use sha2::{Digest, Sha256};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::error::{Examples, UserError, chain};
use crate::i18n::{common, editor::Key, t};
use crate::platform::{self, BrowserError};
use crate::storage::{Repo, StorageError};

/// Longest side of a downscaled photo, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 1600;
/// JPEG quality of a downscaled photo.
const JPEG_QUALITY: f64 = 0.85;
/// Bytes read at a time while hashing (keeps large videos out of wasm memory at once).
const HASH_CHUNK: f64 = 4.0 * 1024.0 * 1024.0;
/// Space left free beyond the file itself before we call the device full.
const SPACE_MARGIN: f64 = 5.0 * 1024.0 * 1024.0;

/// The `accept` attribute of evidence inputs.
pub const ACCEPT_DOCUMENTS: &str = "application/pdf,image/*,.pdf,.jpg,.jpeg,.png";
/// The `accept` attribute of the Profil Bisnis slot.
pub const ACCEPT_PRESENTATIONS: &str = "application/pdf,.pdf,.ppt,.pptx,application/vnd.ms-powerpoint,application/vnd.openxmlformats-officedocument.presentationml.presentation";
/// The `accept` attribute of the video indicator.
pub const ACCEPT_WITH_VIDEO: &str =
    "application/pdf,image/*,video/mp4,video/quicktime,.pdf,.jpg,.jpeg,.png,.mp4,.mov";

/// Why a file could not be taken.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EvidenceError {
    /// Not enough free space: `needed` and `available` in bytes.
    #[error("not enough space: {needed} bytes needed, {available} available")]
    NoSpace { needed: f64, available: f64 },
    #[error("the file cannot be read: {0}")]
    Read(String),
}

impl UserError for EvidenceError {
    fn message(&self, lang: Lang) -> String {
        let size = |bytes: &f64| format_size(lang, bytes.max(0.0) as u64);
        match self {
            EvidenceError::NoSpace { needed, available } => format!(
                "{}: {} {}, {} {}. {}",
                t(lang, Key::NoSpace),
                t(lang, Key::Needed),
                size(needed),
                t(lang, Key::Available),
                size(available),
                t(lang, Key::NothingLost)
            ),
            EvidenceError::Read(reason) => format!("{} {reason}", t(lang, Key::FileUnreadable)),
        }
    }
}

impl Examples for EvidenceError {
    fn examples() -> Vec<Self> {
        chain(EvidenceError::NoSpace { needed: 3e6, available: 1e6 }, |error| match error {
            EvidenceError::NoSpace { .. } => Some(EvidenceError::Read("x".into())),
            EvidenceError::Read(_) => None,
        })
    }
}

/// A file ready to attach.
pub struct Prepared {
    pub file: EvidenceFile,
    pub blob: web_sys::Blob,
    /// Set when a photo was downscaled: (original bytes, new bytes).
    pub downscaled: Option<(f64, f64)>,
}

fn js_text(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// The MIME type of a file, from the browser or, when it gives none, from the name.
pub fn media_type(name: &str, reported: &str) -> String {
    if !reported.trim().is_empty() {
        return reported.trim().to_ascii_lowercase();
    }
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or_default();
    match ext {
        "pdf" => "application/pdf",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "ppt" => "application/vnd.ms-powerpoint",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "mp4" => "video/mp4",
        "mov" => "video/quicktime",
        _ => "application/octet-stream",
    }
    .to_owned()
}

/// Free bytes the browser will still give this site, when it can tell.
async fn free_space() -> Option<f64> {
    let estimate = crate::device::storage_estimate().await.ok()?;
    (estimate.quota > 0).then(|| estimate.quota.saturating_sub(estimate.usage) as f64)
}

async fn downscale(file: &web_sys::Blob) -> Result<Option<web_sys::Blob>, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let bitmap: web_sys::ImageBitmap =
        JsFuture::from(window.create_image_bitmap_with_blob(file)?).await?.unchecked_into();
    let (width, height) = (bitmap.width(), bitmap.height());
    let longest = width.max(height);
    if longest <= MAX_IMAGE_SIDE {
        bitmap.close();
        return Ok(None);
    }
    let scale = f64::from(MAX_IMAGE_SIDE) / f64::from(longest);
    let (w, h) = (
        ((f64::from(width) * scale).round() as u32).max(1),
        ((f64::from(height) * scale).round() as u32).max(1),
    );
    let canvas = web_sys::OffscreenCanvas::new(w, h)?;
    let context: web_sys::OffscreenCanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .unchecked_into();
    context.draw_image_with_image_bitmap_and_dw_and_dh(
        &bitmap,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )?;
    bitmap.close();
    let options = web_sys::ImageEncodeOptions::new();
    options.set_type("image/jpeg");
    options.set_quality(JPEG_QUALITY);
    let blob: web_sys::Blob =
        JsFuture::from(canvas.convert_to_blob_with_options(&options)?).await?.unchecked_into();
    Ok(Some(blob))
}

/// SHA-256 of a Blob, read in slices.
pub async fn hash_blob(blob: &web_sys::Blob) -> Result<String, JsValue> {
    let mut hasher = Sha256::new();
    let size = blob.size();
    let mut offset = 0.0;
    while offset < size {
        let end = (offset + HASH_CHUNK).min(size);
        let slice = blob.slice_with_f64_and_f64(offset, end)?;
        let buffer = JsFuture::from(slice.array_buffer()).await?;
        hasher.update(js_sys::Uint8Array::new(&buffer).to_vec());
        offset = end;
    }
    Ok(hasher.finalize().iter().map(|byte| format!("{byte:02x}")).collect())
}

/// Turns a picked file into evidence: photos are downscaled to [`MAX_IMAGE_SIDE`] (JPEG)
/// unless `keep_original`; the device must have room for it.
pub async fn prepare(file: &web_sys::File, keep_original: bool) -> Result<Prepared, EvidenceError> {
    let name = file.name();
    let mut media = media_type(&name, &file.type_());
    let original: &web_sys::Blob = file.as_ref();
    let mut blob = original.clone();
    let mut downscaled = None;
    let mut file_name = name.clone();
    if !keep_original && media.starts_with("image/") && media != "image/svg+xml" {
        match downscale(original).await {
            Ok(Some(smaller)) if smaller.size() < original.size() => {
                downscaled = Some((original.size(), smaller.size()));
                blob = smaller;
                media = "image/jpeg".to_owned();
                if !file_name.to_ascii_lowercase().ends_with(".jpg")
                    && !file_name.to_ascii_lowercase().ends_with(".jpeg")
                {
                    let stem = file_name
                        .rsplit_once('.')
                        .map_or(file_name.as_str(), |(stem, _)| stem)
                        .to_owned();
                    file_name = format!("{stem}.jpg");
                }
            }
            // Not an image the browser can decode, or already small: keep it as it is.
            _ => {}
        }
    }
    if let Some(free) = free_space().await {
        let needed = blob.size() + SPACE_MARGIN;
        if needed > free {
            return Err(EvidenceError::NoSpace {
                needed: blob.size(),
                available: (free - SPACE_MARGIN).max(0.0),
            });
        }
    }
    let sha256 = hash_blob(&blob).await.map_err(|e| EvidenceError::Read(js_text(&e)))?;
    let size = u32::try_from(blob.size() as u64).unwrap_or(u32::MAX);
    Ok(Prepared {
        file: EvidenceFile { sha256, file_name, media_type: media, size },
        blob,
        downscaled,
    })
}

/// Why a stored evidence file was not downloaded ("Unduh").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoredFileError {
    /// The file is not in this device's storage (the record names it, the Blob is gone).
    #[error("the file is not on this device")]
    Missing,
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Browser(#[from] BrowserError),
}

impl UserError for StoredFileError {
    fn message(&self, lang: Lang) -> String {
        match self {
            StoredFileError::Missing => t(lang, common::Key::FileMissing).to_owned(),
            StoredFileError::Storage(error) => error.message(lang),
            StoredFileError::Browser(error) => error.message(lang),
        }
    }
}

impl Examples for StoredFileError {
    fn examples() -> Vec<Self> {
        chain(StoredFileError::Missing, |error| match error {
            StoredFileError::Missing => Some(StoredFileError::Storage(StorageError::Unavailable)),
            StoredFileError::Storage(_) => Some(StoredFileError::Browser(BrowserError::NoPage)),
            StoredFileError::Browser(_) => None,
        })
    }
}

/// Downloads the stored Blob of an evidence file under its own name.
pub async fn download_stored(
    repo: &Repo,
    sha256: &str,
    file_name: &str,
    media_type: &str,
) -> Result<(), StoredFileError> {
    let blob = repo.get_blob(sha256).await?.ok_or(StoredFileError::Missing)?.blob()?;
    Ok(platform::download_blob(&blob, file_name, media_type)?)
}

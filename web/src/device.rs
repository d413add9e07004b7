//! Browser glue for the device itself: network state, storage quota and storage persistence.
//!
//! Everything here wraps `navigator.onLine` and `navigator.storage` so the rest of the app
//! receives plain values or a typed [`DeviceError`].

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// localStorage key remembering that persistence was already requested on this device.
pub const PERSIST_REQUESTED_KEY: &str = "inovda.persist-requested";

/// Why a device query gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeviceError {
    /// The browser has no `navigator.storage` (old browser, or a page not served over HTTPS).
    #[error("this browser does not report its storage")]
    Unsupported,
    #[error("the browser refused the request: {0}")]
    Refused(String),
}

/// How much this site stores and may store, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageEstimate {
    pub usage: u64,
    pub quota: u64,
}

impl StorageEstimate {
    /// Usage as a whole percentage of the quota (0 when the quota is unknown).
    pub fn percent_used(&self) -> u64 {
        (self.usage.saturating_mul(100)).checked_div(self.quota).unwrap_or(0)
    }
}

fn js_error(value: JsValue) -> DeviceError {
    DeviceError::Refused(
        value
            .as_string()
            .or_else(|| js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()))
            .unwrap_or_else(|| "unknown error".to_owned()),
    )
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|window| window.navigator())
}

/// `navigator.storage`, if the browser has it (it is missing outside secure contexts).
fn storage_manager() -> Result<web_sys::StorageManager, DeviceError> {
    let navigator = navigator().ok_or(DeviceError::Unsupported)?;
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage"))
        .map_err(|_| DeviceError::Unsupported)?;
    if value.is_undefined() || value.is_null() {
        return Err(DeviceError::Unsupported);
    }
    Ok(value.unchecked_into())
}

/// Whether the browser believes it is online (`navigator.onLine`); true when unknown.
pub fn is_online() -> bool {
    navigator().is_none_or(|navigator| navigator.on_line())
}

/// `navigator.storage.estimate()`.
pub async fn storage_estimate() -> Result<StorageEstimate, DeviceError> {
    let promise = storage_manager()?.estimate().map_err(js_error)?;
    let estimate: web_sys::StorageEstimate =
        JsFuture::from(promise).await.map_err(js_error)?.unchecked_into();
    let bytes = |value: Option<f64>| value.filter(|v| v.is_finite() && *v > 0.0).unwrap_or(0.0);
    Ok(StorageEstimate {
        usage: bytes(estimate.get_usage()) as u64,
        quota: bytes(estimate.get_quota()) as u64,
    })
}

/// `navigator.storage.persisted()`: whether the browser keeps this site's data under pressure.
pub async fn is_persisted() -> Result<bool, DeviceError> {
    let promise = storage_manager()?.persisted().map_err(js_error)?;
    Ok(JsFuture::from(promise).await.map_err(js_error)?.as_bool().unwrap_or(false))
}

/// `navigator.storage.persist()`: asks the browser to keep this site's data; returns the answer.
pub async fn request_persistence() -> Result<bool, DeviceError> {
    let promise = storage_manager()?.persist().map_err(js_error)?;
    let granted = JsFuture::from(promise).await.map_err(js_error)?.as_bool().unwrap_or(false);
    let _ignored = LocalStorage::set(PERSIST_REQUESTED_KEY, true);
    Ok(granted)
}

/// Asks for persistent storage once per device, after the first successful save.
///
/// Does nothing when storage is already persistent or the request was made before
/// (some browsers prompt the user, so the app never asks twice by itself; the Pengaturan page
/// offers a button for asking again). Returns the persistence state, `None` when unknown.
pub async fn request_persistence_once() -> Option<bool> {
    if is_persisted().await.ok()? {
        return Some(true);
    }
    if LocalStorage::get::<bool>(PERSIST_REQUESTED_KEY).unwrap_or(false) {
        return Some(false);
    }
    request_persistence().await.ok()
}

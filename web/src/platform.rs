//! Browser glue: clock, randomness, downloads, document language and service-worker updates.
//!
//! Everything here wraps a browser API so that the rest of the app (and core) receives plain values.

use chrono::{DateTime, Utc};
use inovda_core::{InnovationId, Lang};
use wasm_bindgen::{JsCast, JsValue};

use crate::error::{Examples, UserError};

/// Why the browser did not do what was asked (a download, the share sheet, the clipboard, a
/// random number, reading a file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BrowserError {
    /// There is no window, document or body (the app is not running in a page).
    #[error("the page is not available")]
    NoPage,
    /// The browser has no system share sheet for files.
    #[error("sharing is not supported")]
    NoShare,
    /// The browser has no clipboard API here (an old browser, or a page not served over HTTPS).
    #[error("the clipboard is not available")]
    NoClipboard,
    /// The browser gave no secure random numbers.
    #[error("no random numbers: {0}")]
    NoRandom(String),
    /// The browser threw: its own text, kept for support.
    #[error("the browser refused: {0}")]
    Refused(String),
}

impl UserError for BrowserError {
    fn message(&self, lang: Lang) -> String {
        match self {
            BrowserError::NoPage => lang.pick((
                "Halaman belum siap. Muat ulang halaman, lalu coba lagi.".to_owned(),
                "The page is not ready. Reload the page, then try again.".to_owned(),
            )),
            BrowserError::NoShare => lang.pick((
                "Browser ini tidak dapat membagikan berkas. Unduh berkasnya, lalu kirim dari folder unduhan.".to_owned(),
                "This browser cannot share files. Download the file, then send it from the downloads folder.".to_owned(),
            )),
            BrowserError::NoClipboard => lang.pick((
                "Papan klip tidak tersedia di browser ini. Pilih teksnya, lalu salin secara manual.".to_owned(),
                "The clipboard is not available in this browser. Select the text and copy it by hand.".to_owned(),
            )),
            BrowserError::NoRandom(detail) => lang.pick((
                format!("Browser tidak memberi bilangan acak yang aman ({detail}). Muat ulang halaman, lalu coba lagi."),
                format!("The browser gave no secure random numbers ({detail}). Reload the page, then try again."),
            )),
            BrowserError::Refused(detail) => lang.pick((
                format!("Browser menolak permintaan ini ({detail}). Coba lagi; bila masih gagal, muat ulang halaman."),
                format!("The browser refused this request ({detail}). Try again; if it still fails, reload the page."),
            )),
        }
    }
}

impl Examples for BrowserError {
    fn examples() -> Vec<Self> {
        crate::error::chain(BrowserError::NoPage, |error| match error {
            BrowserError::NoPage => Some(BrowserError::NoShare),
            BrowserError::NoShare => Some(BrowserError::NoClipboard),
            BrowserError::NoClipboard => Some(BrowserError::NoRandom("x".into())),
            BrowserError::NoRandom(_) => Some(BrowserError::Refused("x".into())),
            BrowserError::Refused(_) => None,
        })
    }
}

/// The current time, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Today's date in the device's time zone.
pub fn today() -> chrono::NaiveDate {
    (now() + chrono::Duration::minutes(i64::from(local_offset_minutes()))).date_naive()
}

/// Minutes east of UTC of the device's time zone (WIB = 420).
pub fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

thread_local! {
    /// The region's zone from the stored profile (set in Pengaturan or by the config bundle).
    static REGION_ZONE: std::cell::Cell<Option<inovda_core::base::zone::Zone>> =
        const { std::cell::Cell::new(None) };
}

/// Records the region's zone from the profile, for [`zone`].
pub fn set_region_zone(zone: Option<inovda_core::base::zone::Zone>) {
    REGION_ZONE.with(|cell| cell.set(zone));
}

/// The region's time zone (WIB/WITA/WIT) as this device knows it: the one the profile names
/// (Pengaturan, or the region's config bundle), else the nearest zone to the device clock.
pub fn zone() -> inovda_core::base::zone::Zone {
    REGION_ZONE.with(std::cell::Cell::get).unwrap_or_else(device_zone)
}

/// The zone nearest to the device clock.
pub fn device_zone() -> inovda_core::base::zone::Zone {
    inovda_core::base::zone::Zone::from_offset_minutes(local_offset_minutes())
}

/// A fresh random innovation id (crypto.getRandomValues through getrandom).
pub fn random_innovation_id() -> Result<InnovationId, BrowserError> {
    Ok(InnovationId::from_random_bytes(random_bytes()?))
}

/// `N` fresh random bytes (crypto.getRandomValues through getrandom).
pub fn random_bytes<const N: usize>() -> Result<[u8; N], BrowserError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|error| BrowserError::NoRandom(error.to_string()))?;
    Ok(bytes)
}

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ignored =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ignored = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Sets `<html lang>` so screen readers and spell checkers follow the UI language.
pub fn set_document_lang(code: &str) {
    if let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    {
        let _ignored = root.set_attribute("lang", code);
    }
}

/// A thrown JS value as a [`BrowserError::Refused`], with the browser's own text.
pub fn js_error(value: JsValue) -> BrowserError {
    BrowserError::Refused(js_text(&value))
}

/// The text of a thrown JS value: an `Error`'s message, a string, or the value as JSON.
pub fn js_text(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .or_else(|| js_sys::JSON::stringify(value).ok().and_then(|s| s.as_string()))
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Offers `bytes` to the user as a downloaded file.
pub fn download(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), BrowserError> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(js_error)?;
    download_blob(&blob, file_name, mime)
}

/// Offers a Blob to the user as a downloaded file (`mime` is used when the Blob has no type).
pub fn download_blob(
    blob: &web_sys::Blob,
    file_name: &str,
    mime: &str,
) -> Result<(), BrowserError> {
    let window = web_sys::window().ok_or(BrowserError::NoPage)?;
    let document = window.document().ok_or(BrowserError::NoPage)?;
    let typed;
    let blob = if blob.type_().is_empty() {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        typed =
            web_sys::Blob::new_with_blob_sequence_and_options(&js_sys::Array::of1(blob), &options)
                .map_err(js_error)?;
        &typed
    } else {
        blob
    };
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js_error)?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(js_error)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_attribute("hidden", "").map_err(js_error)?;
    let body = document.body().ok_or(BrowserError::NoPage)?;
    body.append_child(&anchor).map_err(js_error)?;
    anchor.click();
    anchor.remove();
    // Revoke later: some browsers start reading the URL after click() returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ignored = web_sys::Url::revoke_object_url(&url);
    });
    let _ignored = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    Ok(())
}

/// Name of the DOM event `sw-register.js` fires when a new version is waiting.
pub const UPDATE_EVENT: &str = "inovda:update-available";

/// True when `sw-register.js` has already seen a waiting new version.
pub fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-update-available"))
        .is_some()
}

/// Activates the waiting version; `sw-register.js` reloads the page once it controls it.
pub fn apply_update() {
    let Some(window) = web_sys::window() else { return };
    let apply = js_sys::Reflect::get(&window, &JsValue::from_str("inovdaApplyUpdate")).ok();
    match apply.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        Some(function) => {
            let _ignored = function.call0(&JsValue::NULL);
        }
        None => {
            let _ignored = window.location().reload();
        }
    }
}

/// `blob` as a `File` named `file_name`, for the share sheet.
fn as_file(blob: &web_sys::Blob, file_name: &str) -> Result<web_sys::File, BrowserError> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type(&blob.type_());
    web_sys::File::new_with_blob_sequence_and_options(
        &js_sys::Array::of1(blob),
        file_name,
        &options,
    )
    .map_err(js_error)
}

/// `{ files: [file] }` for `navigator.canShare` / `navigator.share`.
fn share_data(blob: &web_sys::Blob, file_name: &str) -> Result<js_sys::Object, BrowserError> {
    let data = js_sys::Object::new();
    let file: JsValue = as_file(blob, file_name)?.into();
    let files = js_sys::Array::of1(&file);
    let done =
        js_sys::Reflect::set(&data, &JsValue::from_str("files"), &files).map_err(js_error)?;
    if done { Ok(data) } else { Err(BrowserError::NoShare) }
}

/// A method of `navigator` by name, when the browser has it.
fn navigator_method(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let method = js_sys::Reflect::get(&navigator, &JsValue::from_str(name)).ok()?;
    method.dyn_into::<js_sys::Function>().ok().map(|method| (navigator, method))
}

/// Whether the browser can hand this file to the system share sheet (Web Share, level 2).
pub fn can_share_file(blob: &web_sys::Blob, file_name: &str) -> bool {
    let Some((navigator, can_share)) = navigator_method("canShare") else { return false };
    let Ok(data) = share_data(blob, file_name) else { return false };
    can_share.call1(&navigator, &data).ok().and_then(|answer| answer.as_bool()).unwrap_or(false)
}

/// Opens the system share sheet with the file (must run in a fresh user gesture).
/// `Ok(false)` when the user closed the sheet without sharing.
pub async fn share_file(blob: &web_sys::Blob, file_name: &str) -> Result<bool, BrowserError> {
    let (navigator, share) = navigator_method("share").ok_or(BrowserError::NoShare)?;
    let data = share_data(blob, file_name)?;
    let promise: js_sys::Promise =
        share.call1(&navigator, &data).map_err(js_error)?.unchecked_into();
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(true),
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
                .ok()
                .and_then(|name| name.as_string());
            if name.as_deref() == Some("AbortError") { Ok(false) } else { Err(js_error(error)) }
        }
    }
}

/// The whole content of a picked file (small files only: CSV sheets).
pub async fn read_file(file: &web_sys::Blob) -> Result<Vec<u8>, BrowserError> {
    let buffer =
        wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Bytes of a Blob read at a time when streaming it.
const SLICE_BYTES: f64 = 1024.0 * 1024.0;

/// Reads `blob` in 1 MB slices and hands each to `on_chunk`, so a large file never sits whole
/// in wasm memory. A browser read error becomes `read_error(error)`.
pub async fn stream_blob<E>(
    blob: &web_sys::Blob,
    mut on_chunk: impl FnMut(&[u8]) -> Result<(), E>,
    read_error: impl Fn(BrowserError) -> E,
) -> Result<(), E> {
    let mut offset = 0.0;
    while offset < blob.size() {
        let end = (offset + SLICE_BYTES).min(blob.size());
        let slice =
            blob.slice_with_f64_and_f64(offset, end).map_err(|e| read_error(js_error(e)))?;
        let buffer = wasm_bindgen_futures::JsFuture::from(slice.array_buffer())
            .await
            .map_err(|e| read_error(js_error(e)))?;
        on_chunk(&js_sys::Uint8Array::new(&buffer).to_vec())?;
        offset = end;
    }
    Ok(())
}

/// A `std::io::Write` sink that hands every chunk to JavaScript as a Blob part and counts the
/// bytes: files are built without a second copy in wasm memory.
#[derive(Debug)]
pub struct BlobSink {
    parts: js_sys::Array,
    pub written: u64,
}

impl Default for BlobSink {
    fn default() -> Self {
        Self { parts: js_sys::Array::new(), written: 0 }
    }
}

impl BlobSink {
    /// The parts written so far as one Blob of type `mime`.
    pub fn into_blob(self, mime: &str) -> Result<web_sys::Blob, BrowserError> {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        web_sys::Blob::new_with_u8_array_sequence_and_options(&self.parts, &options)
            .map_err(js_error)
    }
}

impl std::io::Write for BlobSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.parts.push(&js_sys::Uint8Array::from(buf));
        self.written += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Puts `text` on the clipboard (`navigator.clipboard.writeText`, secure contexts only).
pub async fn copy_text(text: &str) -> Result<(), BrowserError> {
    let navigator = web_sys::window().ok_or(BrowserError::NoPage)?.navigator();
    let clipboard =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).map_err(js_error)?;
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| BrowserError::NoClipboard)?;
    let promise: js_sys::Promise =
        write.call1(&clipboard, &JsValue::from_str(text)).map_err(js_error)?.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(js_error)
}

/// A `File` named `name` holding `blob` (no copy), for code that reads chosen files.
pub fn file_from_blob(blob: &web_sys::Blob, name: &str) -> Result<web_sys::File, BrowserError> {
    let parts = js_sys::Array::of1(blob);
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/zip");
    web_sys::File::new_with_blob_sequence_and_options(&parts, name, &options).map_err(js_error)
}

/// Asks the service worker for a Background Sync (`window.inovdaRequestSync` of
/// `sw-register.js`); nothing happens where the browser has none.
pub fn request_background_sync() {
    call_page_hook("inovdaRequestSync", &JsValue::UNDEFINED);
}

/// Tells sw-register.js the device's role (`window.inovdaSetRole`): the service worker then
/// keeps that role's modules. Nothing happens where the browser has no service worker.
pub fn announce_role(role: &str) {
    call_page_hook("inovdaSetRole", &JsValue::from_str(role));
}

/// Calls `window[name](argument)`, a function sw-register.js defines, if it is there.
fn call_page_hook(name: &str, argument: &JsValue) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(function) = js_sys::Reflect::get(&window, &JsValue::from_str(name))
        && let Some(function) = function.dyn_ref::<js_sys::Function>()
    {
        let _ = function.call1(&window, argument);
    }
}

/// Whether sw-register.js saw the service worker holding every file of the device's role.
pub fn offline_ready() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .is_some_and(|root| root.has_attribute("data-offline-ready"))
}

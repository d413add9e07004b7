//! The office-file worker (`xlsx-worker/`): started on demand to write a recap workbook or an
//! official document as a Word file, so rust_xlsxwriter and docx-rs never weigh on the app's
//! first load. [`in_worker`] runs one request; [`download_docx`] builds and downloads a Word
//! file of core's [`Document`].

use inovda_core::base::document::{Document, document_to_json};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::platform::{self, BrowserError, js_error, js_text};

/// The worker's loader shim, written by Trunk next to index.html (workers keep their binary's
/// name, unhashed; the service worker precaches them with every other built file).
pub const WORKER_URL: &str = "/inovda-xlsx-worker_loader.js";

/// The Word MIME type.
const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Starts the worker, waits for its "ready", posts `request` and returns the file bytes it
/// answers with, or its reason as text. The worker is terminated afterwards either way.
pub async fn in_worker(request: &JsValue) -> Result<js_sys::Uint8Array, String> {
    let worker = web_sys::Worker::new(WORKER_URL).map_err(|error| js_text(&error))?;
    let mut handlers = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let target = worker.clone();
        let request = request.clone();
        let refuse = reject.clone();
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                // Calling resolve/reject cannot fail in a way left to handle.
                if data.as_bool() == Some(true) {
                    // Ready: the worker listens now.
                    if let Err(error) = target.post_message(&request) {
                        let _ignored = reject.call1(&JsValue::NULL, &error);
                    }
                } else if data.is_instance_of::<js_sys::Uint8Array>() {
                    let _ignored = resolve.call1(&JsValue::NULL, &data);
                } else {
                    let _ignored = reject.call1(&JsValue::NULL, &data);
                }
            });
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            // A script that cannot load gives a plain Event; a thrown error an ErrorEvent.
            let message = event
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(web_sys::ErrorEvent::message)
                .filter(|message| !message.is_empty())
                .unwrap_or_else(|| "the worker could not be started".to_owned());
            let _ignored = refuse.call1(&JsValue::NULL, &JsValue::from_str(&message));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
    worker.terminate();
    drop(handlers);
    answer.map(|bytes| bytes.unchecked_into()).map_err(|error| js_text(&error))
}

/// Why a Word file was not made.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// The worker's own reason.
    #[error("the Word file could not be written: {0}")]
    Worker(String),
    #[error("the download could not start: {0}")]
    Download(#[from] BrowserError),
}

/// Writes `document` as a Word file in the worker and downloads it; returns the file name.
pub async fn download_docx(document: &Document) -> Result<String, DocxError> {
    let request = js_sys::Array::of2(
        &JsValue::from_str("docx"),
        &JsValue::from_str(&document_to_json(document)),
    );
    let bytes = in_worker(&request).await.map_err(DocxError::Worker)?;
    let file_name = document.docx_name();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(DOCX_MIME);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(
        &js_sys::Array::of1(&bytes),
        &options,
    )
    .map_err(|error| DocxError::Download(js_error(error)))?;
    platform::download_blob(&blob, &file_name, DOCX_MIME)?;
    Ok(file_name)
}

impl crate::error::UserError for DocxError {
    fn message(&self, lang: inovda_core::Lang) -> String {
        match self {
            DocxError::Worker(reason) => lang.pick((
                format!(
                    "Berkas Word tidak dapat dibuat: {reason}. Coba lagi, atau cetak halaman ini."
                ),
                format!(
                    "The Word file could not be made: {reason}. Try again, or print this page."
                ),
            )),
            DocxError::Download(error) => error.message(lang),
        }
    }
}

impl crate::error::Examples for DocxError {
    fn examples() -> Vec<Self> {
        vec![DocxError::Worker("x".into()), DocxError::Download(BrowserError::NoPage)]
    }
}

//! The office-file worker: a second wasm binary, run as a dedicated Web Worker that the app
//! starts only when the secretariat downloads a recap workbook ("Unduh rekap XLSX") or an
//! official document as a Word file ("Unduh DOCX"). Trunk builds it as `data-type="worker"`
//! with a loader shim; see index.html and ARCHITECTURE.md.
//!
//! Messages:
//! - worker → page: `true` once the wasm is running and listening;
//! - page → worker: either the sheets as core's `sheets_to_json` string (a workbook), or the
//!   two-item array `["docx", <core's document_to_json string>]` (a Word file);
//! - worker → page: the file as a `Uint8Array` (its buffer transferred), or a string with the
//!   reason it could not be written.
//!
//! The sheets and documents are built on the page by core; this binary only writes them with
//! core's `write_xlsx` and `write_docx`, so neither writer weighs on the app's first load.

use inovda_core::base::document::{document_from_json, write_docx};
use inovda_core::base::sheet::{sheets_from_json, write_xlsx};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The file for one request, or the reason (as text) it was not written.
fn office_file(request: &JsValue) -> Result<Vec<u8>, String> {
    if let Some(pair) = request.dyn_ref::<Array>() {
        let kind = pair.get(0).as_string().unwrap_or_default();
        let json = pair.get(1).as_string().ok_or("the request carries no document text")?;
        return match kind.as_str() {
            "docx" => {
                let document =
                    document_from_json(json.as_bytes()).map_err(|error| error.to_string())?;
                write_docx(&document).map_err(|error| error.to_string())
            }
            other => Err(format!("unknown file kind «{other}»")),
        };
    }
    let json = request.as_string().ok_or("the request is not the sheets' JSON text")?;
    let sheets = sheets_from_json(json.as_bytes()).map_err(|error| error.to_string())?;
    write_xlsx(&sheets).map_err(|error| error.to_string())
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let posted = office_file(&event.data()).and_then(|bytes| {
            let array = Uint8Array::from(bytes.as_slice());
            replies
                .post_message_with_transfer(&array, &Array::of1(&array.buffer()))
                .map_err(|_| "the file could not be handed back to the page".to_owned())
        });
        if let Err(reason) = posted {
            // A string cannot fail to post; the page shows it.
            let _ignored = replies.post_message(&JsValue::from_str(&reason));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker (the page terminates the worker when done).
    on_message.forget();
    // Messages posted before the wasm ran would find no handler: the page waits for this.
    let _ignored = scope.post_message(&JsValue::TRUE);
}

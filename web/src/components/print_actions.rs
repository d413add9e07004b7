//! The bar above a printable page: a link back and "Cetak"; the print style sheet hides it.

use leptos::prelude::*;

use crate::i18n::{Texts, common, t};
use crate::state::use_app_state;

/// A link to `back` named by `back_label`, and "Cetak" (the browser's print or "save as PDF").
#[component]
pub fn PrintActions<K>(back: String, back_label: K) -> impl IntoView
where
    K: Texts + Send + Sync + 'static,
{
    let state = use_app_state();
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ignored = window.print();
        }
    };
    view! {
        <div class="print-actions">
            <a href=back>{move || t(state.lang.get(), back_label)}</a>
            <button type="button" class="primary" on:click=print>{move || t(state.lang.get(), common::Key::PrintButton)}</button>
        </div>
    }
}

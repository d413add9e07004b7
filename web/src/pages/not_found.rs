//! Any unknown address.

use leptos::prelude::*;

use crate::i18n::{common::Key, t};
use crate::state::use_app_state;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let state = use_app_state();
    view! {
        <main class="page">
            <p class="error">{move || t(state.lang.get(), Key::NotFound)}</p>
            <a href="/">{move || t(state.lang.get(), Key::BackToList)}</a>
        </main>
    }
}

//! The language button: shows the other language's name and switches to it.

use inovda_core::Lang;
use leptos::prelude::*;

use crate::i18n::{common::Key, t};
use crate::state::use_app_state;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = use_app_state();
    let toggle = move |_| {
        let next = match state.lang.get_untracked() {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        };
        state.set_lang(next);
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            title=move || t(state.lang.get(), Key::SwitchLanguageHint)
            on:click=toggle
        >
            {move || t(state.lang.get(), Key::SwitchLanguage)}
        </button>
    }
}

//! The header's right side on every page: the "Pengaturan" link and the language button.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::lang_switch::LangSwitch;
use crate::i18n::{common::Key, t};
use crate::state::use_app_state;

/// Path of the settings page.
pub const SETTINGS_PATH: &str = "/pengaturan";

#[component]
pub fn HeaderNav() -> impl IntoView {
    let state = use_app_state();
    let location = use_location();
    let current = move || (location.pathname.get() == SETTINGS_PATH).then_some("page");
    view! {
        <div class="header-nav">
            <a class="header-link" href=SETTINGS_PATH aria-current=current>
                {move || t(state.lang.get(), Key::Settings)}
            </a>
            <LangSwitch />
        </div>
    }
}

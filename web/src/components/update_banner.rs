//! "Versi baru tersedia — muat ulang": announces a waiting app version, never reloads by itself.

use leptos::prelude::*;

use crate::i18n::{common::Key, t};
use crate::platform;
use crate::state::use_app_state;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let state = use_app_state();
    let visible = RwSignal::new(platform::update_waiting());
    let handle = window_event_listener_untyped(platform::UPDATE_EVENT, move |_| visible.set(true));
    on_cleanup(move || handle.remove());
    let text = move |key| t(state.lang.get(), key);
    view! {
        <Show when=move || visible.get()>
            <div class="update-banner" role="status">
                <span>{move || text(Key::UpdateAvailable)}</span>
                <button type="button" on:click=move |_| platform::apply_update()>
                    {move || text(Key::UpdateReload)}
                </button>
            </div>
        </Show>
    }
}

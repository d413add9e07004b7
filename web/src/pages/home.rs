//! `/`: the start screen on first visit, the innovation list afterwards.

use leptos::prelude::*;

use crate::components::header_nav::HeaderNav;
use crate::error::UserError;
use crate::i18n::{common::Key, t};
use crate::pages::list::ListPage;
use crate::pages::start::StartPage;
use crate::state::{ProfileState, use_app_state};

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app_state();
    move || {
        match state.profile.get() {
        ProfileState::Loading => {
            view! { <p class="loading">{t(state.lang.get(), Key::Loading)}</p> }.into_any()
        }
        ProfileState::Missing => view! { <StartPage /> }.into_any(),
        ProfileState::Ready(profile) => view! { <ListPage profile /> }.into_any(),
        ProfileState::Failed(reason) => view! {
            <header class="bar"><h1>"Inovda"</h1><HeaderNav /></header>
            <p class="error" role="alert">{t(state.lang.get(), Key::StorageFailed)} " " {reason.message(state.lang.get())}</p>
        }
        .into_any(),
    }
    }
}

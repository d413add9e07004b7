//! The secretariat workspace (issue 6): role choice, agency registry, demo data, dashboard,
//! config bundle (built by the secretariat, picked from by agencies).

pub mod config;
pub mod dashboard;
pub mod registry;
pub mod role;

use leptos::prelude::*;

use crate::i18n::{Key, t};
use crate::state::use_app_state;

/// Path of the registry page.
pub const REGISTRY_PATH: &str = "/instansi";
/// Path of the dashboard.
pub const DASHBOARD_PATH: &str = "/dasbor";

/// The secretariat's pages, linked from its home (the innovation list).
#[component]
pub fn SecretariatNav() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    view! {
        <nav class="actions secretariat-nav" aria-label=move || text(Key::SecretariatNav)>
            <a class="button-link" href=DASHBOARD_PATH>{move || text(Key::DashboardLink)}</a>
            <a class="button-link" href=REGISTRY_PATH>{move || text(Key::RegistryLink)}</a>
            <a class="button-link" href=crate::pages::award::AWARD_PATH>{move || text(Key::AwardLink)}</a>
        </nav>
    }
}

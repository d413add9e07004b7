//! The secretariat workspace: role choice, agency registry, demo data, dashboard,
//! config bundle with deadlines (built by the secretariat, picked from by agencies),
//! innovations entered on a unit's behalf or imported from CSV, recap downloads, IID projection
//! with the SPD entry, printable recap, verification and feedback;
//! the Labinov board.

pub mod config;
pub mod dashboard;
pub mod entry;
pub mod labinov;
pub mod projection;
pub mod recap;
pub mod recap_print;
pub mod registry;
pub mod review;
pub mod role;
pub mod send_gate;
pub mod shared;
pub mod verification;

use leptos::prelude::*;

use crate::i18n::{common, role::Key, t};
use crate::pages::not_found::NotFoundPage;
use crate::state::{ProfileState, use_app_state};
use crate::storage::ProfileDto;

/// Path of the registry page.
pub const REGISTRY_PATH: &str = "/instansi";
/// Path of the dashboard.
pub const DASHBOARD_PATH: &str = "/dasbor";
/// Path of the innovation CSV import.
pub const INNOVATION_IMPORT_PATH: &str = "/instansi/impor-inovasi";
/// Path of the IID projection (SPD entry, klaim and terverifikasi).
pub const PROJECTION_PATH: &str = "/proyeksi";
/// Path of the printable recap (A4).
pub const RECAP_PRINT_PATH: &str = "/rekap/cetak";

/// The secretariat's pages, linked from its home (the innovation list).
#[component]
pub fn SecretariatNav() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    view! {
        <nav class="actions secretariat-nav" aria-label=move || text(Key::SecretariatNav)>
            <a class="button-link" href=DASHBOARD_PATH>{move || text(Key::DashboardLink)}</a>
            <a class="button-link" href=PROJECTION_PATH>{move || text(Key::ProjectionLink)}</a>
            <a class="button-link" href=REGISTRY_PATH>{move || text(Key::RegistryLink)}</a>
            <a class="button-link" href=INNOVATION_IMPORT_PATH>{move || text(Key::InnovationCsvLink)}</a>
            <a class="button-link" href=verification::VERIFICATION_PATH>{move || text(Key::VerifyLink)}</a>
            <a class="button-link" href=labinov::LABINOV_PATH>{move || text(Key::LabinovBoardLink)}</a>
            <a class="button-link" href=crate::pages::award::AWARD_PATH>{move || text(Key::AwardLink)}</a>
        </nav>
    }
}

/// Shows `view` for a secretariat profile only (others get "not found").
pub(crate) fn secretariat_only<V: IntoView + 'static>(
    view: impl Fn(ProfileDto) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    move || match state.profile.get() {
        ProfileState::Ready(profile) if profile.is_secretariat() => view(profile).into_any(),
        ProfileState::Loading => {
            view! { <p class="loading">{t(state.lang.get(), common::Key::Loading)}</p> }.into_any()
        }
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

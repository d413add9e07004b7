//! Inovda web app: Leptos views over the core rules, with IndexedDB storage and PWA glue.
//!
//! Views never implement a domain rule: they call `inovda_core` and render its results.
//! Routes: `/` (start or list), `/inovasi/:id` (editor), `/pengaturan` (settings), `/sampah` (trash),
//! `/ekspor` (export a bundle), `/impor` (import bundles), `/inovasi/:id/serahkan` and
//! `/serahkan` (national hand-over); the secretariat's `/instansi` (agency registry, demo data,
//! on-behalf entry, config bundle with deadlines), `/instansi/impor-inovasi` (innovation CSV),
//! `/dasbor` (compliance dashboard), `/proyeksi` (SPD entry and IID projection),
//! `/rekap/cetak` (printable recap), `/verifikasi` and `/verifikasi/:id` (review, feedback).
//! `/inovasi/:id/kipp` (KIPP proposal) with its `/cetak` (print) and `/serahkan` (SINOVIK hand-over).
//! `/labinov` (Laboratorium Inovasi board).
//! The local award: `/penghargaan` (rounds), `/penghargaan/:id` (one round),
//! `/penghargaan/:id/cetak` (printable results), and the juror's `/penilaian` and `/penilaian/:id` (scoring).
//! Data flows view → core (validate, convert to record) → [`storage::Repo`] (IndexedDB).
//! Three wasm modules are built from this crate: the full module (every route above), the agency
//! module (the routes an agency uses) and the small home module for the first visit (`/` only);
//! [`modules`] lists their routes and explains the hand-over between them.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod autosave;
pub mod backup;
pub mod components;
pub mod device;
pub mod error;
pub mod evidence;
pub mod handover_data;
pub mod i18n;
pub mod intake;
pub mod listing;
pub mod modules;
pub mod office;
pub mod packing;
pub mod pages;
pub mod platform;
pub mod proposals;
pub mod recap_files;
pub mod relay;
pub mod saver;
pub mod signing;
pub mod state;
pub mod storage;

use leptos::prelude::*;
use leptos_router::components::{Router, Routes};

use crate::components::status_banners::{OfflineReadiness, StatusBanners};
use crate::components::update_banner::UpdateBanner;
use crate::modules::{AgencyRoutes, HomeRoutes, SecretariatRoutes};
use crate::pages::not_found::NotFoundPage;
use crate::state::AppState;
use crate::storage::Repo;

/// The whole application, backed by the production database.
#[component]
pub fn App() -> impl IntoView {
    view! { <AppWith repo=Repo::production() /> }
}

/// The application over a given repository (tests pass a throw-away database).
#[component]
pub fn AppWith(repo: Repo) -> impl IntoView {
    shell(repo, || {
        // The full module also fetches the inbox (the home module only sends; see `relay`).
        relay::start_with_inbox(state::use_app_state());
        view! {
            <Routes fallback=NotFoundPage>
                <HomeRoutes />
                <AgencyRoutes />
                <SecretariatRoutes />
            </Routes>
        }
        .into_any()
    })
}

/// What both modules share around their routes: state, document language, the update and
/// status banners, and the router.
pub(crate) fn shell(repo: Repo, routes: fn() -> AnyView) -> impl IntoView {
    let state = AppState::start(repo);
    provide_context(state);
    let lang = state.lang;
    Effect::new(move |_| platform::set_document_lang(lang.get().code()));
    view! {
        <UpdateBanner />
        <Router>
            <StatusBanners />
            {routes()}
            <OfflineReadiness />
        </Router>
    }
}

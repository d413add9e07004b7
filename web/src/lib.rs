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
//! Two wasm modules are built from this crate: the full module (every route above) and the small
//! home module for the first visit (`/` only); [`modules`] explains the hand-over between them.
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
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::status_banners::{OfflineReadiness, StatusBanners};
use crate::components::update_banner::UpdateBanner;
use crate::pages::award::AwardListPage;
use crate::pages::award::juror::{JuryListPage, JuryScoringPage};
use crate::pages::award::results::AwardPrintPage;
use crate::pages::award::round::AwardRoundPage;
use crate::pages::documents::{DecreeAnnexPage, SessionReportPage, VerificationReportPage};
use crate::pages::editor::EditorPage;
use crate::pages::export::ExportPage;
use crate::pages::handover::{HandoverPage, RegionHandoverPage};
use crate::pages::home::HomePage;
use crate::pages::import::ImportPage;
use crate::pages::kipp::{KippHandoverPage, KippPage, KippPrintPage};
use crate::pages::not_found::NotFoundPage;
use crate::pages::print::PrintPage;
use crate::pages::secretariat::dashboard::DashboardPage;
use crate::pages::secretariat::entry::InnovationImportPage;
use crate::pages::secretariat::labinov::LabinovBoardPage;
use crate::pages::secretariat::projection::ProjectionPage;
use crate::pages::secretariat::recap_print::RecapPrintPage;
use crate::pages::secretariat::registry::RegistryPage;
use crate::pages::secretariat::review::ReviewPage;
use crate::pages::secretariat::verification::VerificationPage;
use crate::pages::settings::SettingsPage;
use crate::pages::trash::TrashPage;
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
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/inovasi/:id") view=EditorPage />
                <Route path=path!("/inovasi/:id/cetak") view=PrintPage />
                <Route path=path!("/pengaturan") view=SettingsPage />
                <Route path=path!("/sampah") view=TrashPage />
                <Route path=path!("/ekspor") view=ExportPage />
                <Route path=path!("/impor") view=ImportPage />
                <Route path=path!("/inovasi/:id/serahkan") view=HandoverPage />
                <Route path=path!("/serahkan") view=RegionHandoverPage />
                // Secretariat workspace.
                <Route path=path!("/instansi") view=RegistryPage />
                <Route path=path!("/dasbor") view=DashboardPage />
                <Route path=path!("/instansi/impor-inovasi") view=InnovationImportPage />
                <Route path=path!("/proyeksi") view=ProjectionPage />
                <Route path=path!("/rekap/cetak") view=RecapPrintPage />
                <Route path=path!("/verifikasi") view=VerificationPage />
                <Route path=path!("/verifikasi/:id") view=ReviewPage />
                <Route path=path!("/dokumen/berita-acara/:id") view=VerificationReportPage />
                <Route path=path!("/dokumen/berita-acara-sesi") view=SessionReportPage />
                <Route path=path!("/dokumen/lampiran-sk") view=DecreeAnnexPage />
                // KIPP proposal.
                <Route path=path!("/inovasi/:id/kipp") view=KippPage />
                <Route path=path!("/inovasi/:id/kipp/cetak") view=KippPrintPage />
                <Route path=path!("/inovasi/:id/kipp/serahkan") view=KippHandoverPage />
                // Labinov tracker.
                <Route path=path!("/labinov") view=LabinovBoardPage />
                // Local award.
                <Route path=path!("/penghargaan") view=AwardListPage />
                <Route path=path!("/penghargaan/:id") view=AwardRoundPage />
                <Route path=path!("/penghargaan/:id/cetak") view=AwardPrintPage />
                <Route path=path!("/penilaian") view=JuryListPage />
                <Route path=path!("/penilaian/:id") view=JuryScoringPage />
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

//! The wasm entry modules, the routes each serves, and the hand-over between them (the table's
//! type and matching rule are core's `base::routes`).
//!
//! One module with every page is too large for a phone, so the web crate builds one binary per
//! kind of use, all from this library, and `web/modules.json` says which routes each serves and
//! for which role a device keeps it offline:
//!
//! - **home** (`inovda-home`): the start screen and the innovation list at `/`, the first visit's
//!   critical path, for every role;
//! - **agency** (`inovda-agency`): home plus what an agency does (editor, print, export, import,
//!   hand-over, KIPP, Pengaturan, Sampah, the juror's scoring);
//! - **full** (`inovda-web`): every page, the secretariat's workspace included.
//!
//! The boot script (`tools/boot.mjs`, written into the build) reads the same file and starts, for
//! the address being opened, the first module that serves it and is kept for the device's role
//! (the role the app last wrote to local storage, [`remember_role`]); failing that the first
//! that serves it; failing that (an address no module knows) the first, the smallest, whose "not
//! found" page answers. A module asked for a
//! route it does not serve (a link, the back button) loads the address again as a new page, and
//! the boot script picks the module again. Nothing is lost on the way: pages save as they go.
//! The service worker precaches the modules of the device's role (see `public/sw.js`).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::{Route, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::i18n::{common::Key, t};
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
use crate::state::use_app_state;
use crate::storage::Repo;

/// The module table, shared with the boot script and the service worker's generator.
const MODULES_JSON: &str = include_str!("../modules.json");

/// Local-storage key of the device's role, read by the boot script before any wasm runs.
pub const ROLE_KEY: &str = "inovda.role";

pub use inovda_core::base::routes::ModuleTable;

/// The table built into this module (empty if the file were malformed; `web/tests/entry.rs`
/// reads it).
pub fn built_in() -> ModuleTable {
    ModuleTable::parse(MODULES_JSON).unwrap_or_default()
}

/// Writes the device's role where the boot script reads it, and tells the service worker, which
/// then keeps that role's modules offline (`inovdaSetRole` of `public/sw-register.js`).
pub fn remember_role(role: crate::storage::Role) {
    use gloo_storage::Storage;
    let _ignored = gloo_storage::LocalStorage::set(ROLE_KEY, role.code());
    crate::platform::announce_role(role.code());
}

/// The routes of the `home` group.
#[component(transparent)]
pub fn HomeRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/") view=HomePage /> }.into_inner()
}

/// The routes of the `agency` group.
#[component(transparent)]
pub fn AgencyRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/inovasi/:id") view=EditorPage />
        <Route path=path!("/inovasi/:id/cetak") view=PrintPage />
        <Route path=path!("/pengaturan") view=SettingsPage />
        <Route path=path!("/sampah") view=TrashPage />
        <Route path=path!("/ekspor") view=ExportPage />
        <Route path=path!("/impor") view=ImportPage />
        <Route path=path!("/inovasi/:id/serahkan") view=HandoverPage />
        <Route path=path!("/serahkan") view=RegionHandoverPage />
        // KIPP proposal.
        <Route path=path!("/inovasi/:id/kipp") view=KippPage />
        <Route path=path!("/inovasi/:id/kipp/cetak") view=KippPrintPage />
        <Route path=path!("/inovasi/:id/kipp/serahkan") view=KippHandoverPage />
        // The juror's scoring (a juror works on an agency's device).
        <Route path=path!("/penilaian") view=JuryListPage />
        <Route path=path!("/penilaian/:id") view=JuryScoringPage />
    }
    .into_inner()
    .into_any_nested_route()
}

/// The routes of the `secretariat` group.
#[component(transparent)]
pub fn SecretariatRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
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
        <Route path=path!("/labinov") view=LabinovBoardPage />
        // Local award.
        <Route path=path!("/penghargaan") view=AwardListPage />
        <Route path=path!("/penghargaan/:id") view=AwardRoundPage />
        <Route path=path!("/penghargaan/:id/cetak") view=AwardPrintPage />
    }
    .into_inner()
    .into_any_nested_route()
}

/// The home module's whole application: the shared shell with the home routes only.
#[component]
pub fn HomeApp() -> impl IntoView {
    crate::shell(Repo::production(), || {
        // The list's outbox leaves from here too (see `relay`).
        crate::relay::start(use_app_state());
        view! {
            <Routes fallback=|| view! { <HandOver module="home" /> }>
                <HomeRoutes />
            </Routes>
        }
        .into_any()
    })
}

/// The agency module's whole application.
#[component]
pub fn AgencyApp() -> impl IntoView {
    crate::shell(Repo::production(), || {
        crate::relay::start_with_inbox(use_app_state());
        view! {
            <Routes fallback=|| view! { <HandOver module="agency" /> }>
                <HomeRoutes />
                <AgencyRoutes />
            </Routes>
        }
        .into_any()
    })
}

/// Fallback of a module that does not serve every route: a route of another module loads that
/// address as a new page (the boot script then starts that module); an address this module
/// serves but matched nothing in it is "not found".
#[component]
fn HandOver(module: &'static str) -> impl IntoView {
    // The address being navigated to (`use_url` still holds the one being left).
    let location = use_location();
    let path = location.pathname.get_untracked();
    let mut target = path.clone();
    let (search, hash) = (location.search.get_untracked(), location.hash.get_untracked());
    if !search.is_empty() {
        target = format!("{target}?{search}");
    }
    if !hash.is_empty() {
        target = format!("{target}#{}", hash.trim_start_matches('#'));
    }
    let table = built_in();
    if table.serves(module, &path) || !table.known(&path) {
        // Known to no module either: this module's own "not found" answers (no reload).
        return view! { <NotFoundPage /> }.into_any();
    }
    // The router writes the address into the history only after this view is built: wait for it,
    // then load the same entry again (back still returns to where the user was). Should the
    // address not have changed by then, go there as a new entry.
    set_timeout(
        move || {
            let Some(window) = web_sys::window() else { return };
            let location = window.location();
            let now = location.pathname().unwrap_or_default();
            let _ignored = if table.serves(module, &now) {
                location.assign(&target)
            } else {
                location.reload()
            };
        },
        Duration::ZERO,
    );
    let state = use_app_state();
    view! { <p class="loading">{move || t(state.lang.get(), Key::Loading)}</p> }.into_any()
}

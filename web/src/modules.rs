//! The two wasm entry modules and the hand-over between them.
//!
//! The home module (binary `inovda-home`) serves only the routes in `web/home-routes.json` — the
//! start screen and the innovation list at `/` — so a first visit downloads a small module and is
//! usable at once. Every other page belongs to the full module (binary `inovda-web`, which also
//! serves `/`). When the home module is asked for any other route (a link, "Inovasi baru", the
//! back button), it loads the page again: the boot script (`tools/boot.mjs`, written into the
//! build) reads the same route list and starts the full module for that address. The service
//! worker precaches both modules, so the hand-over works offline. Nothing is lost on the way: the
//! home module keeps no unsaved state (its only form, the start screen, saves before it moves on).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::i18n::{common::Key, t};
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;
use crate::state::use_app_state;
use crate::storage::Repo;

/// The home module's routes (`:name` is one path segment), shared with the boot script.
const HOME_ROUTES_JSON: &str = include_str!("../home-routes.json");

/// The route patterns the home module serves.
pub fn home_routes() -> Vec<String> {
    serde_json::from_str(HOME_ROUTES_JSON).unwrap_or_default()
}

/// Whether `path` matches `pattern`: same segment count, each `:name` segment matching any
/// non-empty segment and every other segment matching exactly. A trailing slash is ignored.
/// tools/boot.mjs applies the same rule in the browser before any wasm runs.
pub fn route_matches(pattern: &str, path: &str) -> bool {
    let trim = |p: &str| p.trim_end_matches('/').to_string();
    let (pattern, path) = (trim(pattern), trim(path));
    let wanted: Vec<&str> = pattern.split('/').collect();
    let given: Vec<&str> = path.split('/').collect();
    wanted.len() == given.len()
        && wanted
            .iter()
            .zip(&given)
            .all(|(w, g)| if w.starts_with(':') { !g.is_empty() } else { w == g })
}

/// Whether the home module serves `path`.
pub fn served_by_home(path: &str) -> bool {
    home_routes().iter().any(|pattern| route_matches(pattern, path))
}

/// The home module's whole application: the shared shell with the home routes only.
#[component]
pub fn HomeApp() -> impl IntoView {
    crate::shell(Repo::production(), || {
        // The list's outbox leaves from here too (see `relay`).
        crate::relay::start(crate::state::use_app_state());
        view! {
            <Routes fallback=HandOver>
                <Route path=path!("/") view=HomePage />
            </Routes>
        }
        .into_any()
    })
}

/// Fallback of the home module: a route of the full module loads that address as a new page (the
/// boot script then starts the full module); an address neither module knows is "not found".
#[component]
fn HandOver() -> impl IntoView {
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
    if served_by_home(&path) {
        return view! { <NotFoundPage /> }.into_any();
    }
    // The router writes the address into the history only after this view is built: wait for it,
    // then load the same entry again (back still returns to the list). Should the address not
    // have changed by then, go there as a new entry.
    set_timeout(
        move || {
            let Some(window) = web_sys::window() else { return };
            let location = window.location();
            let now = location.pathname().unwrap_or_default();
            let _ignored =
                if served_by_home(&now) { location.assign(&target) } else { location.reload() };
        },
        Duration::ZERO,
    );
    let state = use_app_state();
    view! { <p class="loading">{move || t(state.lang.get(), Key::Loading)}</p> }.into_any()
}

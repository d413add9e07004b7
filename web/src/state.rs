//! Application state shared through context: language, workspace profile, storage persistence,
//! a data-changed signal and the repository.

use inovda_core::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::device;
use crate::i18n;
use crate::storage::{ProfileDto, Repo, StorageError};

/// Whether the agency's profile (agency and region names) has been read yet.
#[derive(Debug, Clone, PartialEq)]
pub enum ProfileState {
    Loading,
    Missing,
    Ready(ProfileDto),
    Failed(StorageError),
}

/// Everything the pages share. Cheap to copy: signals plus a stored repository handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub profile: RwSignal<ProfileState>,
    /// Whether the browser keeps this site's data under storage pressure; `None` until known
    /// (or when the browser cannot tell).
    pub persisted: RwSignal<Option<bool>>,
    /// Fired after innovations are created, deleted, restored or exported, so that views
    /// derived from the whole store (the status banners) read it again.
    pub data_changed: Trigger,
    /// The relay's outbox, inbox and last sync (see [`crate::relay`]).
    pub relay: crate::relay::RelayState,
    /// Every built file this device's role needs is in the service worker's cache: the app opens
    /// with no network.
    pub offline_ready: RwSignal<bool>,
    /// It was not, at some moment since this page loaded (the first visit, a role whose modules
    /// were still being cached): the readiness line is shown from then on.
    pub offline_unready_seen: RwSignal<bool>,
    repo: StoredValue<Repo>,
}

impl AppState {
    /// Creates the state and starts reading the profile from storage.
    pub fn start(repo: Repo) -> Self {
        let ready_now = crate::platform::offline_ready();
        let state = Self {
            lang: RwSignal::new(i18n::stored_lang()),
            profile: RwSignal::new(ProfileState::Loading),
            persisted: RwSignal::new(None),
            data_changed: Trigger::new(),
            relay: crate::relay::RelayState::new(),
            offline_ready: RwSignal::new(ready_now),
            offline_unready_seen: RwSignal::new(!ready_now),
            repo: StoredValue::new(repo),
        };
        let offline_ready = state.offline_ready;
        // sw-register.js announces it once the service worker is active; the listener lives as
        // long as the page.
        let _listening =
            leptos::prelude::window_event_listener_untyped("inovda:offline-ready", move |_| {
                offline_ready.set(true)
            });
        // …and takes it back while another role's modules are being cached.
        let unready_seen = state.offline_unready_seen;
        let _listening =
            leptos::prelude::window_event_listener_untyped("inovda:offline-preparing", move |_| {
                offline_ready.set(false);
                unready_seen.set(true);
            });
        let repo = state.repo();
        let profile = state.profile;
        spawn_local(async move {
            // A database an earlier release wrote is rewritten as text once; if that fails the
            // old values stay as they were, readable.
            if let Err(error) = repo.store_values_as_text().await {
                web_sys::console::warn_1(&format!("values not rewritten as text: {error}").into());
            }
            let loaded = match repo.get_profile().await {
                Ok(Some(found)) => {
                    // Times rendered from now on are in the region's zone.
                    crate::platform::set_region_zone(found.zone);
                    ProfileState::Ready(found)
                }
                Ok(None) => ProfileState::Missing,
                Err(error) => ProfileState::Failed(error),
            };
            profile.try_set(loaded);
        });
        // A profile saved later (Pengaturan, a config bundle) may name another zone or role; the
        // role decides which modules the boot script starts and the service worker keeps.
        Effect::new(move |_| {
            if let ProfileState::Ready(found) = profile.get() {
                crate::platform::set_region_zone(found.zone);
                crate::modules::remember_role(found.role);
            }
        });
        state
    }

    pub fn repo(&self) -> Repo {
        self.repo.get_value()
    }

    /// Asks for persistent storage once per device (see [`device::request_persistence_once`])
    /// and records the answer; call it after a successful save.
    pub fn request_persistence_once(&self) {
        let persisted = self.persisted;
        spawn_local(async move {
            if let Some(answer) = device::request_persistence_once().await {
                persisted.try_set(Some(answer));
            }
        });
    }

    /// Switches the UI language and remembers the choice on this device.
    pub fn set_lang(&self, lang: Lang) {
        i18n::store_lang(lang);
        self.lang.set(lang);
    }
}

/// The state provided by [`crate::AppWith`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

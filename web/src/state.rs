//! Application state shared through context: language, workspace profile, repository.

use inovda_core::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n;
use crate::storage::{ProfileDto, Repo};

/// Whether the agency's profile (agency and region names) has been read yet.
#[derive(Debug, Clone, PartialEq)]
pub enum ProfileState {
    Loading,
    Missing,
    Ready(ProfileDto),
    Failed(String),
}

/// Everything the pages share. Cheap to copy: signals plus a stored repository handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub profile: RwSignal<ProfileState>,
    repo: StoredValue<Repo>,
}

impl AppState {
    /// Creates the state and starts reading the profile from storage.
    pub fn start(repo: Repo) -> Self {
        let state = Self {
            lang: RwSignal::new(i18n::stored_lang()),
            profile: RwSignal::new(ProfileState::Loading),
            repo: StoredValue::new(repo),
        };
        let repo = state.repo();
        let profile = state.profile;
        spawn_local(async move {
            let loaded = match repo.get_profile().await {
                Ok(Some(found)) => ProfileState::Ready(found),
                Ok(None) => ProfileState::Missing,
                Err(error) => ProfileState::Failed(error.to_string()),
            };
            profile.try_set(loaded);
        });
        state
    }

    pub fn repo(&self) -> Repo {
        self.repo.get_value()
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

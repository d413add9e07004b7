//! `/pengaturan`: language, the agency profile, storage use and persistence.

use inovda_core::Lang;
use inovda_core::messages::format_size;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::header_nav::HeaderNav;
use crate::device::{self, StorageEstimate};
use crate::i18n::{Key, t};
use crate::pages::secretariat::role::{
    RoleChoice, YearChoice, default_year, profile_from, this_year,
};
use crate::state::{ProfileState, use_app_state};
use crate::storage::Role;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    view! {
        <header class="bar">
            <a class="back" href="/">{move || text(Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page settings">
            <h2>{move || text(Key::Settings)}</h2>
            <LanguageSection />
            <ProfileSection />
            <StorageSection />
            <KeySection />
        </main>
    }
}

#[component]
fn LanguageSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    view! {
        <section aria-labelledby="language-heading">
            <h3 id="language-heading">{move || text(Key::LanguageHeading)}</h3>
            <div class="field">
                <label for="language">{move || text(Key::LanguageLabel)}</label>
                <select id="language" prop:value=move || state.lang.get().code()
                    on:change=move |ev| state.set_lang(Lang::from_code(&event_target_value(&ev)))>
                    <option value="id" lang="id">"Bahasa Indonesia"</option>
                    <option value="en" lang="en">"English"</option>
                </select>
            </div>
        </section>
    }
}

#[component]
fn ProfileSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let agency = RwSignal::new(String::new());
    let region = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Agency);
    let year = RwSignal::new(default_year(this_year()));
    let edited = RwSignal::new(false);
    // Fill the fields with the stored profile once it is read, unless the user typed already.
    Effect::new(move |_| {
        if let ProfileState::Ready(profile) = state.profile.get()
            && !edited.get_untracked()
        {
            agency.set(profile.agency);
            region.set(profile.region);
            role.set(profile.role);
            if let Some(stored) = profile.year {
                year.set(stored);
            }
        }
    });
    let stored_role = move || match state.profile.get() {
        ProfileState::Ready(profile) => Some(profile.role),
        _ => None,
    };
    let role_changed = move || stored_role().is_some_and(|stored| stored != role.get());
    let secretariat = move || role.get() == Role::Secretariat;
    let tried = RwSignal::new(false);
    let outcome = RwSignal::new(None::<(bool, String)>);
    let agency_missing = move || tried.get() && agency.get().trim().is_empty();
    let region_missing = move || tried.get() && region.get().trim().is_empty();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        outcome.set(None);
        let mut profile = profile_from(
            role.get_untracked(),
            &agency.get_untracked(),
            &region.get_untracked(),
            year.get_untracked(),
        );
        // The unit picked from the secretariat's list stays while the same unit is saved again.
        if let ProfileState::Ready(stored) = state.profile.get_untracked()
            && (stored.role, &stored.agency, &stored.region)
                == (profile.role, &profile.agency, &profile.region)
        {
            profile.agency_id = stored.agency_id;
        }
        if profile.agency.is_empty() || profile.region.is_empty() {
            return;
        }
        let repo = state.repo();
        spawn_local(async move {
            let result = match repo.put_profile(&profile).await {
                Ok(()) => {
                    state.profile.set(ProfileState::Ready(profile));
                    (true, t(state.lang.get_untracked(), Key::ProfileSaved).to_owned())
                }
                Err(error) => (false, error.to_string()),
            };
            outcome.try_set(Some(result));
        });
    };
    view! {
        <section aria-labelledby="profile-heading">
            <h3 id="profile-heading">{move || text(Key::ProfileHeading)}</h3>
            <form class="form" on:submit=submit novalidate>
                <RoleChoice role prefix="settings" />
                <Show when=role_changed>
                    <p class="warning" role="status">{move || text(Key::RoleChangeWarning)}</p>
                </Show>
                <div class="field">
                    <label for="settings-agency">
                        {move || text(if secretariat() { Key::SecretariatNameLabel } else { Key::AgencyLabel })}
                    </label>
                    <input id="settings-agency" type="text" autocomplete="organization"
                        prop:value=move || agency.get() on:input=move |ev| {
                            edited.set(true);
                            agency.set(event_target_value(&ev));
                        } />
                    <Show when=agency_missing>
                        <p class="error">
                            {move || text(if secretariat() { Key::SecretariatNameRequired } else { Key::AgencyRequired })}
                        </p>
                    </Show>
                </div>
                <div class="field">
                    <label for="settings-region">{move || text(Key::RegionLabel)}</label>
                    <input id="settings-region" type="text"
                        prop:value=move || region.get() on:input=move |ev| {
                            edited.set(true);
                            region.set(event_target_value(&ev));
                        } />
                    <Show when=region_missing>
                        <p class="error">{move || text(Key::RegionRequired)}</p>
                    </Show>
                </div>
                <Show when=secretariat>
                    <YearChoice year id="settings-year" />
                </Show>
                <p class="hint">{move || text(Key::ProfileNote)}</p>
                <div class="actions">
                    <button type="submit" class="primary">{move || text(Key::SaveProfile)}</button>
                </div>
                {move || outcome.get().map(|(ok, msg)| view! {
                    <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
                })}
            </form>
        </section>
    }
}

#[component]
fn StorageSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let estimate = RwSignal::new(None::<Option<StorageEstimate>>);
    let answer = RwSignal::new(None::<bool>);
    let persisted = state.persisted;
    let refresh = move || {
        spawn_local(async move {
            estimate.try_set(Some(device::storage_estimate().await.ok()));
            if let Ok(now) = device::is_persisted().await {
                persisted.try_set(Some(now));
            }
        });
    };
    refresh();
    let ask = move |_| {
        spawn_local(async move {
            let granted = device::request_persistence().await.unwrap_or(false);
            persisted.try_set(Some(granted));
            answer.try_set(Some(granted));
            refresh();
        });
    };
    let usage = move || match estimate.get() {
        None => text(Key::Loading).to_owned(),
        Some(None) => text(Key::StorageUnknown).to_owned(),
        Some(Some(found)) => {
            let lang = state.lang.get();
            text(Key::StorageUsage)
                .replace("{used}", &format_size(lang, found.usage))
                .replace("{quota}", &format_size(lang, found.quota))
                .replace("{n}", &found.percent_used().to_string())
        }
    };
    let persistence = move || match persisted.get() {
        Some(true) => text(Key::PersistedYes),
        Some(false) => text(Key::PersistedNo),
        None => text(Key::StorageUnknown),
    };
    view! {
        <section aria-labelledby="storage-heading">
            <h3 id="storage-heading">{move || text(Key::StorageHeading)}</h3>
            <p data-testid="storage-usage">{usage}</p>
            <p data-testid="persistence-state">{persistence}</p>
            <Show when=move || persisted.get() != Some(true)>
                <div class="actions">
                    <button type="button" on:click=ask>{move || text(Key::PersistButton)}</button>
                </div>
            </Show>
            {move || answer.get().map(|granted| view! {
                <p class=if granted { "notice" } else { "error" } role="status">
                    {if granted { text(Key::PersistGranted) } else { text(Key::PersistDenied) }}
                </p>
            })}
        </section>
    }
}

/// The device's signing key fingerprint, to read out to the secretariat over the phone.
#[component]
fn KeySection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let fingerprint = RwSignal::new(None::<Result<String, String>>);
    let repo = state.repo();
    spawn_local(async move {
        let found = crate::signing::device_fingerprint(&repo).await.map_err(|e| e.to_string());
        fingerprint.try_set(Some(found));
    });
    view! {
        <section aria-labelledby="key-heading">
            <h3 id="key-heading">{move || text(Key::KeyHeading)}</h3>
            <p>{move || text(Key::KeyIntro)}</p>
            {move || match fingerprint.get() {
                None => view! { <p>{text(Key::Loading)}</p> }.into_any(),
                Some(Ok(found)) => view! { <p class="fingerprint" data-testid="fingerprint">{found}</p> }.into_any(),
                Some(Err(reason)) => view! { <p class="error" role="alert">{text(Key::StorageFailed)} " " {reason}</p> }.into_any(),
            }}
        </section>
    }
}

//! The first-visit screen: asks for the role (agency or secretariat), the agency (or secretariat)
//! name, the region and, for the secretariat, the assessment year.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::header_nav::{HeaderNav, SETTINGS_PATH};
use crate::error::UserError;
use crate::i18n::{common, start::Key, t};
use crate::pages::secretariat::role::{
    RoleChoice, YearChoice, default_year, profile_from, this_year,
};
use crate::state::{ProfileState, use_app_state};
use crate::storage::Role;

#[component]
pub fn StartPage() -> impl IntoView {
    let state = use_app_state();
    let agency = RwSignal::new(String::new());
    let region = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Agency);
    let year = RwSignal::new(default_year(this_year()));
    let secretariat = move || role.get() == Role::Secretariat;
    let tried = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let text = move |key| t(state.lang.get(), key);
    let agency_missing = move || tried.get() && agency.get().trim().is_empty();
    let region_missing = move || tried.get() && region.get().trim().is_empty();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let profile = profile_from(
            role.get_untracked(),
            &agency.get_untracked(),
            &region.get_untracked(),
            year.get_untracked(),
        );
        if profile.agency.is_empty() || profile.region.is_empty() {
            return;
        }
        let repo = state.repo();
        spawn_local(async move {
            match repo.put_profile(&profile).await {
                Ok(()) => state.profile.set(ProfileState::Ready(profile)),
                Err(error) => {
                    failure.try_set(Some(error.message(state.lang.get_untracked())));
                }
            }
        });
    };

    view! {
        <header class="bar">
            <h1>"Inovda"</h1>
            <HeaderNav />
        </header>
        <main class="page">
            <h2>{move || text(Key::StartTitle)}</h2>
            <p>{move || text(Key::StartIntro)}</p>
            <form class="form" on:submit=submit novalidate>
                <RoleChoice role prefix="start" />
                <div class="field">
                    <label for="agency">
                        {move || t(state.lang.get(), if secretariat() { common::Key::SecretariatNameLabel } else { common::Key::AgencyLabel })}
                    </label>
                    <input
                        id="agency"
                        type="text"
                        autocomplete="organization"
                        aria-describedby="agency-hint"
                        prop:value=move || agency.get()
                        on:input=move |ev| agency.set(event_target_value(&ev))
                    />
                    <small id="agency-hint">
                        {move || text(if secretariat() { Key::SecretariatNameHint } else { Key::AgencyHint })}
                    </small>
                    <Show when=agency_missing>
                        <p class="issue" role="alert">
                            {move || t(state.lang.get(), if secretariat() { common::Key::SecretariatNameRequired } else { common::Key::AgencyRequired })}
                        </p>
                    </Show>
                </div>
                <div class="field">
                    <label for="region">{move || t(state.lang.get(), common::Key::RegionLabel)}</label>
                    <input
                        id="region"
                        type="text"
                        aria-describedby="region-hint"
                        prop:value=move || region.get()
                        on:input=move |ev| region.set(event_target_value(&ev))
                    />
                    <small id="region-hint">{move || text(Key::RegionHint)}</small>
                    <Show when=region_missing>
                        <p class="issue" role="alert">{move || t(state.lang.get(), common::Key::RegionRequired)}</p>
                    </Show>
                </div>
                <Show when=secretariat>
                    <YearChoice year id="start-year" />
                </Show>
                <Show when=move || failure.get().is_some()>
                    <p class="error" role="alert">
                        {move || t(state.lang.get(), common::Key::StorageFailed)} " " {move || failure.get().unwrap_or_default()}
                    </p>
                </Show>
                <button type="submit" class="primary">{move || text(Key::StartButton)}</button>
            </form>
            <p class="hint">
                <a href=SETTINGS_PATH>{move || text(Key::StartRestoreHint)}</a>
            </p>
        </main>
    }
}

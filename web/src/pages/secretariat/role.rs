//! The role choice ("Instansi" / "Sekretariat") and the secretariat's assessment year, shared by
//! the start screen and Pengaturan.

use inovda_core::model::catalog::BUILTIN_YEARS;
use leptos::prelude::*;

use crate::i18n::{role::Key, t};
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Role};

/// This calendar year on the device's clock.
pub fn this_year() -> u16 {
    u16::try_from(chrono::Datelike::year(&crate::platform::today())).unwrap_or_default()
}

/// The assessment year offered first: the newest shipped catalog year not after this year.
pub fn default_year(current_year: u16) -> u16 {
    BUILTIN_YEARS
        .iter()
        .copied()
        .filter(|year| *year <= current_year)
        .max()
        .unwrap_or(BUILTIN_YEARS[0])
}

/// The profile the form describes (names trimmed by [`ProfileDto`]).
pub fn profile_from(role: Role, name: &str, region: &str, year: u16) -> ProfileDto {
    match role {
        Role::Agency => ProfileDto::new(name, region),
        Role::Secretariat => ProfileDto::secretariat(name, region, year),
    }
}

/// Two radio buttons in a fieldset; `prefix` keeps ids unique per page.
#[component]
pub fn RoleChoice(role: RwSignal<Role>, prefix: &'static str) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let name = format!("{prefix}-role");
    let option = move |value: Role, key: Key| {
        let id = format!("{prefix}-role-{}", value.code());
        view! {
            <div class="radio">
                <input type="radio" id=id.clone() name=name.clone() value=value.code()
                    prop:checked=move || role.get() == value
                    on:change=move |_| role.set(value) />
                <label for=id>{move || text(key)}</label>
            </div>
        }
    };
    view! {
        <fieldset class="role-choice">
            <legend>{move || text(Key::RoleLegend)}</legend>
            {option(Role::Agency, Key::RoleAgency)}
            {option(Role::Secretariat, Key::RoleSecretariat)}
        </fieldset>
    }
}

/// The assessment year: one of the shipped catalogs.
#[component]
pub fn YearChoice(year: RwSignal<u16>, id: &'static str) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let hint = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{move || text(Key::AssessmentYearLabel)}</label>
            <select id=id aria-describedby=hint.clone()
                on:change=move |ev| {
                    if let Ok(chosen) = event_target_value(&ev).parse::<u16>() {
                        year.set(chosen);
                    }
                }>
                {BUILTIN_YEARS.into_iter().map(|y| view! {
                    <option value=y.to_string() selected=move || year.get() == y>{y}</option>
                }).collect_view()}
            </select>
            <small id=hint>{move || text(Key::AssessmentYearHint)}</small>
        </div>
    }
}

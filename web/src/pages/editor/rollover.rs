//! "Laporkan lagi tahun ini": a past year's innovation is read-only; this form copies it into
//! the current assessment year with its development note and date (core's `roll_over`), listing
//! the rules of the new year's catalog that differ from its own.

use chrono::{Datelike, NaiveDate};
use inovda_core::rules::rollover::{
    Development, catalog_change_message, catalog_changes, roll_over, rollover_issue_message,
};
use inovda_core::{Catalog, InnovationRecord};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::use_editor;
use crate::error::UserError;
use crate::i18n::{common, editor, editor::Key, t};
use crate::platform;
use crate::state::use_app_state;

fn current_year() -> u16 {
    u16::try_from(platform::today().year()).unwrap_or_default()
}

/// The notice on a past year's innovation and the form that reports it again.
#[component]
pub fn RolloverForm() -> impl IntoView {
    let ctx = use_editor();
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let note = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<String>::new());
    let busy = RwSignal::new(false);
    let year = current_year();
    let from_year = ctx.field(|d| Some(d.year));
    let changes = move || {
        let lang = state.lang.get();
        from_year.with(|from| {
            let Some(from) = *from else { return Vec::new() };
            match (Catalog::builtin(from), Catalog::builtin(year)) {
                (Ok(old), Ok(new)) => catalog_changes(&old, &new)
                    .iter()
                    .map(|change| catalog_change_message(lang, change))
                    .collect(),
                _ => Vec::new(),
            }
        })
    };
    let submit = move |_| {
        let Some(previous) = ctx.draft.get_untracked() else { return };
        let lang = state.lang.get_untracked();
        let development = Development {
            note: note.get_untracked(),
            date: NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d").ok(),
        };
        let id = match platform::random_innovation_id() {
            Ok(id) => id,
            Err(error) => {
                problems.set(vec![error.message(lang)]);
                return;
            }
        };
        let made = roll_over(&previous, id, year, &development, platform::today(), platform::now());
        let next = match made {
            Ok(next) => next,
            Err(issues) => {
                problems.set(
                    issues
                        .into_iter()
                        .map(|i| rollover_issue_message(lang, i).to_owned())
                        .collect(),
                );
                return;
            }
        };
        problems.set(Vec::new());
        busy.set(true);
        let repo = state.repo();
        spawn_local(async move {
            match repo.put_innovation(&InnovationRecord::from(&next)).await {
                Ok(()) => {
                    state.data_changed.notify();
                    // A full navigation: the editor route is already mounted for the old id.
                    let href = format!("/inovasi/{}", next.id);
                    if let Some(window) = web_sys::window() {
                        let _ignored = window.location().set_href(&href);
                    }
                }
                Err(error) => {
                    let reason = error.message(lang);
                    problems
                        .try_set(vec![format!("{} — {reason}", t(lang, common::Key::SaveFailed))]);
                }
            }
            busy.try_set(false);
        });
    };
    view! {
        <section class="rollover" aria-labelledby="rollover-heading">
            <h3 id="rollover-heading">{move || editor::rollover_title(state.lang.get(), year)}</h3>
            <p class="hint">{move || text(Key::RolloverIntro)}</p>
            {move || {
                let list = changes();
                (!list.is_empty()).then(|| view! {
                    <div class="warning">
                        <p>{editor::catalog_changed(state.lang.get(), year)}</p>
                        <ul class="catalog-changes">{list.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <div class="field">
                <label for="rollover-note">{move || text(Key::DevelopmentNote)}</label>
                <textarea id="rollover-note" rows="4" prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field">
                <label for="rollover-date">{move || text(Key::DevelopmentDateLabel)}</label>
                <input id="rollover-date" type="date" prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev)) />
            </div>
            <ul class="issues" role="alert">
                {move || problems.get().into_iter().map(|p| view! { <li class="issue">{p}</li> }).collect_view()}
            </ul>
            <div class="actions">
                <button type="button" class="primary" on:click=submit disabled=move || busy.get()>
                    {move || text(Key::RolloverButton)}
                </button>
            </div>
        </section>
    }
}

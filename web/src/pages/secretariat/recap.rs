//! "Unduh rekap" on `/dasbor`: one button per recap sheet as CSV for Indonesian Excel and one for
//! the XLSX workbook (written by the on-demand worker, see [`crate::recap_files`]). Each press reads
//! the stored workspace afresh, so the files match what is stored at that moment.

use inovda_core::secretariat::recap_export::SHEET_NAMES;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::error::UserError;
use crate::i18n::{secretariat, secretariat::Key, t};
use crate::recap_files::{RecapError, download_csv, download_xlsx};
use crate::state::{ProfileState, use_app_state};

/// What to download: sheet number `n` as CSV, or the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    Csv(usize),
    Xlsx,
}

/// The outcome shown under the buttons.
#[derive(Debug, Clone)]
enum Outcome {
    Downloaded(String),
    Failed(String),
}

fn failure_text(lang: inovda_core::Lang, error: &RecapError) -> String {
    format!("{} {}", t(lang, Key::RecapFailed), error.message(lang))
}

#[component]
pub fn RecapDownloads() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let busy = RwSignal::new(None::<Wanted>);
    let outcome = RwSignal::new(None::<Outcome>);
    let start = move |wanted: Wanted| {
        let ProfileState::Ready(profile) = state.profile.get_untracked() else { return };
        let lang = state.lang.get_untracked();
        let repo = state.repo();
        outcome.set(None);
        busy.set(Some(wanted));
        spawn_local(async move {
            let result = match wanted {
                Wanted::Csv(index) => download_csv(&repo, &profile, lang, index).await,
                Wanted::Xlsx => download_xlsx(&repo, &profile, lang).await,
            };
            outcome.try_set(Some(match result {
                Ok(file_name) => Outcome::Downloaded(file_name),
                Err(error) => Outcome::Failed(failure_text(lang, &error)),
            }));
            busy.try_set(None);
        });
    };
    let csv_buttons = SHEET_NAMES
        .iter()
        .enumerate()
        .map(|(index, name)| {
            view! {
                <button type="button" disabled=move || busy.get().is_some()
                    on:click=move |_| start(Wanted::Csv(index))>
                    {move || secretariat::recap_csv_button(state.lang.get(), name)}
                </button>
            }
        })
        .collect_view();
    let shown = move || {
        let lang = state.lang.get();
        if busy.get() == Some(Wanted::Xlsx) {
            return Some(
                view! { <p class="notice" role="status">{t(lang, Key::RecapPreparing)}</p> }
                    .into_any(),
            );
        }
        outcome.get().map(|outcome| match outcome {
            Outcome::Downloaded(name) => view! {
                <p class="notice" role="status">{t(lang, Key::RecapDownloaded)} " " {name}</p>
            }
            .into_any(),
            Outcome::Failed(message) => {
                view! { <p class="error" role="alert">{message}</p> }.into_any()
            }
        })
    };
    view! {
        <section aria-labelledby="recap-heading" class="recap">
            <h3 id="recap-heading">{move || text(Key::RecapHeading)}</h3>
            <p>{move || text(Key::RecapIntro)}</p>
            <div class="actions">
                {csv_buttons}
                <button type="button" class="primary" disabled=move || busy.get().is_some()
                    on:click=move |_| start(Wanted::Xlsx)>
                    {move || text(Key::RecapXlsxButton)}
                </button>
            </div>
            {shown}
        </section>
    }
}

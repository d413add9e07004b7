//! The local award: the secretariat's rounds (`/penghargaan`, `/penghargaan/:id`,
//! printable results at `/penghargaan/:id/cetak`), the juror's scoring (`/penilaian`,
//! `/penilaian/:id`) and the `award` / `jury` bundles received on `/impor`.
//!
//! Every rule (validation, entries, sheets, merging, ranking, tie-break, winners CSV, bundle
//! contents) comes from core's `award` module; these views render it and store the results.

pub mod delivery;
pub mod dossier;
pub mod juror;
pub mod receive;
pub mod results;
pub mod round;

use inovda_core::exchange::bundle::{BundleContent, BundleMeta, BundleWriter, SigningKey};
use inovda_core::programmes::award::AwardRound;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::error::{ActionError, UserError};
use crate::i18n::{award::Key, common, t};
use crate::pages::secretariat::secretariat_only;
use crate::platform;
use crate::platform::BlobSink;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, StoredRoundDto};

/// Path of the secretariat's award rounds.
pub const AWARD_PATH: &str = "/penghargaan";
/// Path of a juror's list of received award packages.
pub const JURY_PATH: &str = "/penilaian";

pub fn round_path(id: &str) -> String {
    format!("{AWARD_PATH}/{id}")
}

pub fn jury_path(id: &str) -> String {
    format!("{JURY_PATH}/{id}")
}

/// Writes a signed single-document bundle into a Blob.
pub(crate) fn bundle_blob(
    meta: &BundleMeta,
    content: &BundleContent,
    key: &SigningKey,
) -> Result<web_sys::Blob, ActionError> {
    let writer = BundleWriter::start(BlobSink::default(), meta, content, &[], key)?;
    Ok(writer.finish()?.into_blob("application/zip")?)
}

/// `/penghargaan`: the rounds and "Buat penghargaan".
#[component]
pub fn AwardListPage() -> impl IntoView {
    secretariat_only(|profile| view! { <AwardList profile /> })
}

#[component]
fn AwardList(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let rounds = LocalResource::new(move || {
        let repo = state.repo();
        async move { repo.award_rounds().await }
    });
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let profile = StoredValue::new(profile);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let typed = name.get_untracked();
        if typed.trim().is_empty() {
            problem.set(Some(t(lang, Key::AwardNameRequired).to_owned()));
            return;
        }
        let id = match platform::random_innovation_id() {
            Ok(id) => id.to_string(),
            Err(error) => {
                problem.set(Some(error.message(lang)));
                return;
            }
        };
        let profile = profile.get_value();
        let year = profile.year.unwrap_or_else(|| {
            u16::try_from(chrono::Datelike::year(&platform::today())).unwrap_or_default()
        });
        let round = AwardRound::new(&id, &typed, year, &profile.region, &profile.agency);
        let repo = state.repo();
        let navigate = navigate.clone();
        spawn_local(async move {
            match repo.put_award_round(&round).await {
                Ok(()) => navigate(&round_path(&id), Default::default()),
                Err(error) => {
                    problem.try_set(Some(format!(
                        "{} {}",
                        t(lang, common::Key::SaveFailed),
                        error.message(lang)
                    )));
                }
            }
        });
    };
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page award">
            <h2>{move || text(Key::AwardTitle)}</h2>
            <p>{move || text(Key::AwardIntro)}</p>
            <form class="award-create" on:submit=create>
                <div class="field">
                    <label for="award-new-name">{move || text(Key::AwardNameLabel)}</label>
                    <input id="award-new-name" type="text" prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev)) />
                </div>
                <div class="actions">
                    <button type="submit" class="primary">{move || text(Key::AwardCreate)}</button>
                </div>
                {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
            </form>
            <section aria-labelledby="award-rounds-heading">
                <h3 id="award-rounds-heading">{move || text(Key::AwardRounds)}</h3>
                <Loaded resource=rounds body={move |list: Vec<StoredRoundDto>| match list {
                    list if list.is_empty() => view! { <p class="empty">{text(Key::AwardNone)}</p> }.into_any(),
                    list => view! {
                        <ul class="award-rounds">
                            {list.into_iter().map(|stored| {
                                let round = stored.round;
                                let detail = format!(
                                    "{} · {} {} · {} {}",
                                    round.year,
                                    round.entries.len(),
                                    text(Key::AwardEntriesCount),
                                    stored.sheets.len(),
                                    text(Key::AwardSheetsCount),
                                );
                                view! {
                                    <li>
                                        <a href=round_path(&round.id)>{round.name.clone()}</a>
                                        " " <span class="meta">{detail}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }} />
            </section>
        </main>
    }
}

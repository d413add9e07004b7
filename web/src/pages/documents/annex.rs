//! `/dokumen/lampiran-sk`: the annex of the regional head's decree on the year's innovations
//! (core's [`decree_annex`]), verified ones only or everything submitted but not rejected.

use inovda_core::Innovation;
use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::secretariat::documents::{
    AnnexScope, DecreeAnnexInput, annex_innovations, decree_annex,
};
use leptos::prelude::*;

use super::{DocumentDesk, MakeDocument};
use crate::components::loaded::Loaded;
use crate::components::print_actions::PrintActions;
use crate::error::LoadError;
use crate::i18n::{documents, documents::Key, t};
use crate::pages::secretariat::{DASHBOARD_PATH, secretariat_only};
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo};

async fn load(repo: Repo) -> Result<(Vec<Innovation>, Vec<VerdictRecord>), LoadError> {
    let innovations: Vec<Innovation> =
        repo.list_innovations().await?.iter().filter_map(|r| r.to_domain().ok()).collect();
    Ok((innovations, repo.list_verdicts().await?))
}

#[component]
pub fn DecreeAnnexPage() -> impl IntoView {
    secretariat_only(|profile| view! { <AnnexPage profile /> })
}

#[component]
fn AnnexPage(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || load(state.repo()));
    let scope = RwSignal::new(AnnexScope::Verified);
    let body = move |(innovations, verdicts): (Vec<Innovation>, Vec<VerdictRecord>)| {
        let listed =
            Memo::new(move |_| annex_innovations(&innovations, &verdicts, year, scope.get()));
        let make: MakeDocument =
            Callback::new(move |(lang, settings, number, date): (_, _, String, _)| {
                listed.with(|listed| {
                    decree_annex(&DecreeAnnexInput {
                        lang,
                        settings: &settings,
                        year,
                        innovations: listed,
                        number: &number,
                        date,
                    })
                })
            });
        view! {
            <DocumentDesk key=Signal::stored(format!("decree-annex:{year}")) default_date=Signal::stored(platform::today()) make>
                <div class="field">
                    <label for="annex-scope">{move || text(Key::ScopeLabel)}</label>
                    <select id="annex-scope" on:change=move |ev| {
                        if let Some(chosen) = AnnexScope::from_code(&event_target_value(&ev)) {
                            scope.set(chosen);
                        }
                    }>
                        {AnnexScope::ALL.into_iter().map(|option| view! {
                            <option value=option.code() prop:selected=move || scope.get() == option>
                                {move || option.label(state.lang.get())}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <p class="headline" data-testid="annex-count">
                    {move || documents::annex_count(state.lang.get(), listed.with(Vec::len))}
                </p>
                {move || listed.with(Vec::is_empty).then(|| view! { <p class="notice">{text(Key::AnnexEmpty)}</p> })}
            </DocumentDesk>
        }
    };
    view! {
        <PrintActions back=DASHBOARD_PATH.to_owned() back_label=Key::BackToDashboard />
        <main class="page document-page">
            <h1 class="screen-only">{move || text(Key::AnnexTitle)}</h1>
            <Loaded resource=loaded body />
        </main>
    }
}

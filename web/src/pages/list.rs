//! The innovation list: every stored innovation, "Inovasi baru" and "Ekspor".

use chrono::Datelike;
use inovda_core::messages::{format_timestamp, stage_label, status_label};
use inovda_core::{Innovation, InnovationRecord, Lang, Stage, Status};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::components::lang_switch::LangSwitch;
use crate::export::{ExportError, export_all};
use crate::i18n::{Key, t};
use crate::platform;
use crate::state::use_app_state;
use crate::storage::ProfileDto;

/// One row of the list, prepared from a stored record.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: String,
    name: String,
    stage: Option<Stage>,
    status: Status,
    saved: String,
}

fn row(lang: Lang, record: &InnovationRecord) -> Row {
    let domain = record.to_domain().ok();
    Row {
        id: record.id.clone(),
        name: record.name.trim().to_owned(),
        stage: domain.as_ref().and_then(|d| d.stage),
        status: domain.as_ref().map(|d| d.status).unwrap_or_default(),
        saved: domain
            .map(|d| format_timestamp(lang, d.updated_at, platform::local_offset_minutes()))
            .unwrap_or_else(|| record.updated_at.clone()),
    }
}

#[component]
pub fn ListPage(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let records = RwSignal::new(None::<Result<Vec<InnovationRecord>, String>>);
    let message = RwSignal::new(None::<(bool, String)>);
    let exporting = RwSignal::new(false);
    let text = move |key| t(state.lang.get(), key);

    let repo = state.repo();
    spawn_local(async move {
        records.try_set(Some(repo.list_innovations().await.map_err(|e| e.to_string())));
    });

    let create_profile = profile.clone();
    let create = move |_| {
        let profile = create_profile.clone();
        let navigate = navigate.clone();
        let repo = state.repo();
        spawn_local(async move {
            let id = match platform::random_innovation_id() {
                Ok(id) => id,
                Err(error) => {
                    message.try_set(Some((false, error)));
                    return;
                }
            };
            let now = platform::now();
            let year = u16::try_from(now.year()).unwrap_or_default();
            let innovation = Innovation::new(id, &profile.agency, &profile.region, year, now);
            match repo.put_innovation(&InnovationRecord::from(&innovation)).await {
                Ok(()) => navigate(&format!("/inovasi/{id}"), Default::default()),
                Err(error) => {
                    message.try_set(Some((
                        false,
                        format!("{} — {error}", t(state.lang.get_untracked(), Key::SaveFailed)),
                    )));
                }
            }
        });
    };

    let export_profile = profile.clone();
    let export = move |_| {
        let profile = export_profile.clone();
        let repo = state.repo();
        exporting.set(true);
        message.set(None);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let outcome = match export_all(&repo, &profile).await {
                Ok(name) => (true, format!("{} {name}", t(lang, Key::ExportDone))),
                Err(ExportError::Empty) => (false, t(lang, Key::ExportEmpty).to_owned()),
                Err(error) => (false, format!("{}: {error}", t(lang, Key::ExportFailed))),
            };
            message.try_set(Some(outcome));
            exporting.try_set(false);
        });
    };

    let rows = move || {
        let lang = state.lang.get();
        records
            .get()
            .map(|loaded| loaded.map(|list| list.iter().map(|r| row(lang, r)).collect::<Vec<_>>()))
    };

    view! {
        <header class="bar">
            <h1>"Inovda"</h1>
            <LangSwitch />
        </header>
        <main class="page">
            <p class="workspace">
                <span class="agency">{profile.agency.clone()}</span>
                " · "
                <span class="region">{profile.region.clone()}</span>
            </p>
            <h2>{move || text(Key::ListTitle)}</h2>
            <div class="actions">
                <button type="button" class="primary" on:click=create>{move || text(Key::NewInnovation)}</button>
                <button type="button" on:click=export disabled=move || exporting.get()>
                    {move || if exporting.get() { text(Key::Exporting) } else { text(Key::Export) }}
                </button>
            </div>
            {move || message.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            {move || match rows() {
                None => view! { <p class="loading">{text(Key::Loading)}</p> }.into_any(),
                Some(Err(error)) => view! { <p class="error" role="alert">{text(Key::StorageFailed)} " " {error}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p class="empty">{text(Key::EmptyList)}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <ul class="innovations">
                        {list.into_iter().map(|r| {
                            let lang = state.lang.get();
                            let name = if r.name.is_empty() { t(lang, Key::Untitled).to_owned() } else { r.name.clone() };
                            let stage = r.stage.map(|s| stage_label(lang, s)).unwrap_or(t(lang, Key::NoStage));
                            view! {
                                <li>
                                    <a class="innovation" href=format!("/inovasi/{}", r.id)>
                                        <span class="name">{name}</span>
                                        <span class="meta">
                                            <span class="stage">{stage}</span>
                                            " · "
                                            <span class="status">{status_label(lang, r.status)}</span>
                                        </span>
                                        <span class="saved">{t(lang, Key::LastSaved)} " " {r.saved.clone()}</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </main>
    }
}

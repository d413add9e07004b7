//! The juror's side, on any device that imported an award bundle: `/penilaian` lists the rounds
//! received, `/penilaian/:id` ("Penilaian juri") has a 0–100 input per entry and criterion,
//! stored as typed, and "Kirim lembar nilai" makes the signed jury bundle once every score is
//! valid (core's `sheet_from_inputs`).

use std::collections::BTreeMap;

use inovda_core::Lang;
use inovda_core::exchange::bundle::BundleKind;
use inovda_core::programmes::award::exchange::{input_key, parse_score};
use inovda_core::programmes::award::{AwardIssue, AwardPackage, sheet_from_inputs};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::delivery::{latest_delivery, outbox_resource, queue_sheet, sheet_file, sheet_relay};
use super::dossier::EntryDossierView;
use super::{JURY_PATH, jury_path};
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::error::{ActionError, UserError};
use crate::i18n::{award, award::Key, common, t};
use crate::pages::relay::DeliveryLine;
use crate::pages::route_id;
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{AssignmentDto, StorageError};

/// `/penilaian`: the award packages received on this device.
#[component]
pub fn JuryListPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let loaded = LocalResource::new(move || {
        let repo = state.repo();
        async move { repo.award_assignments().await }
    });
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page jury-list">
            <h2>{move || text(Key::JuryTitle)}</h2>
            <Loaded resource=loaded body={move |list: Vec<AssignmentDto>| match list {
                list if list.is_empty() => view! { <p class="empty">{text(Key::JuryNone)}</p> }.into_any(),
                list => view! {
                    <ul>
                        {list.into_iter().map(|a| view! {
                            <li>
                                <a href=jury_path(&a.package.round_id)>{a.package.round_name.clone()}</a>
                                " · " {a.package.secretariat.clone()} " · " {a.package.juror.name.clone()}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }} />
        </main>
    }
}

/// `/penilaian/:id`: "Penilaian juri".
#[component]
pub fn JuryScoringPage() -> impl IntoView {
    let state = use_app_state();
    let id = route_id();
    let loaded = LocalResource::new(move || {
        let (repo, id) = (state.repo(), id.clone());
        async move { repo.award_assignment(&id).await }
    });
    let text = move |key| t(state.lang.get(), key);
    view! {
        <header class="bar">
            <a class="back" href=JURY_PATH>{move || text(Key::JuryBack)}</a>
            <HeaderNav />
        </header>
        <main class="page jury-scoring">
            <Loaded resource=loaded body={move |found: Option<AssignmentDto>| match found {
                None => view! { <p class="error" role="alert">{text(Key::JuryNotFound)}</p> }.into_any(),
                Some(assignment) => view! { <ScoreSheet assignment /> }.into_any(),
            }} />
        </main>
    }
}

/// A juror's problem as "«Entry» — Criterion: message".
fn sheet_issue(lang: Lang, package: &AwardPackage, issue: &AwardIssue) -> String {
    let key = issue.path.strip_prefix("scores.").unwrap_or(&issue.path);
    let (entry, criterion) = key.split_once('/').unwrap_or((key, ""));
    let entry = package.entries.iter().find(|e| e.innovation_id == entry).map(|e| e.name.as_str());
    let criterion = package.criteria.iter().find(|c| c.code == criterion).map(|c| c.name.as_str());
    let message = inovda_core::programmes::award::award_issue_message(lang, issue);
    format!("«{}» — {}: {message}", entry.unwrap_or(""), criterion.unwrap_or(""))
}

#[component]
fn ScoreSheet(assignment: AssignmentDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let package = StoredValue::new(assignment.package.clone());
    let inputs = RwSignal::new(assignment.inputs.clone());
    let saved_state = RwSignal::new(None::<Result<(), StorageError>>);
    let issues = RwSignal::new(Vec::<AwardIssue>::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let total = assignment.package.entries.len() * assignment.package.criteria.len();

    // Writes in flight: "Tersimpan" shows only when the latest typed value is stored.
    let pending = RwSignal::new(0u32);
    let store = move |sent_at: Option<String>| {
        let repo = state.repo();
        let typed: BTreeMap<String, String> = inputs.get_untracked();
        let round_id = package.with_value(|p| p.round_id.clone());
        pending.update(|n| *n += 1);
        saved_state.set(None);
        spawn_local(async move {
            let result = repo.put_award_inputs(&round_id, &typed, sent_at.as_deref()).await;
            pending.try_update(|n| *n = n.saturating_sub(1));
            let failed = result.is_err();
            if failed || pending.get_untracked() == 0 {
                saved_state.try_set(Some(result));
            }
        });
    };
    let filled = move || {
        inputs.with(|typed| typed.values().filter(|value| parse_score(value).is_ok()).count())
    };
    // The relay this device sends the sheet through, when it belongs to the package's region.
    let assignment = StoredValue::new(assignment);
    let route = LocalResource::new(move || {
        let repo = state.repo();
        let assignment = assignment.get_value();
        async move { sheet_relay(&repo, &assignment).await.ok().flatten() }
    });
    let outbox = outbox_resource(state);
    // `via_relay`: queue on the relay; otherwise download the file.
    let send = move |via_relay: bool| {
        let lang = state.lang.get_untracked();
        let now = platform::now();
        let typed = inputs.get_untracked();
        let pkg = package.get_value();
        let sheet = match sheet_from_inputs(&pkg, &typed, &now.to_rfc3339()) {
            Ok(sheet) => sheet,
            Err(found) => {
                issues.set(found);
                message.set(Some((false, t(lang, Key::JuryIncomplete).to_owned())));
                return;
            }
        };
        issues.set(Vec::new());
        let repo = state.repo();
        let relay = if via_relay { route.get_untracked().flatten() } else { None };
        let mut kept = assignment.get_value();
        kept.inputs = typed.clone();
        spawn_local(async move {
            let at = now.to_rfc3339();
            let result = async {
                let said = match relay {
                    Some(settings) => {
                        queue_sheet(state, &settings, &pkg, &sheet, &at).await?;
                        t(lang, Key::JuryQueued).to_owned()
                    }
                    None => {
                        let (blob, file_name) = sheet_file(&repo, &kept, &sheet, now).await?;
                        platform::download_blob(&blob, &file_name, "application/zip")?;
                        format!("{} {file_name}", t(lang, Key::JurySent))
                    }
                };
                repo.put_award_inputs(&pkg.round_id, &typed, Some(&at)).await?;
                Ok::<_, ActionError>(said)
            };
            message.try_set(Some(match result.await {
                Ok(said) => (true, said),
                Err(error) => (false, error.message(lang)),
            }));
        });
    };
    let round_id = assignment.with_value(|a| a.package.round_id.clone());
    let delivery = move || {
        outbox
            .get()
            .and_then(|entries| latest_delivery(&entries, BundleKind::Jury, &round_id, None))
            .map(|entry| view! { <p><DeliveryLine entry /></p> })
    };
    let buttons = move || {
        let lang = state.lang.get();
        match route.get().flatten() {
            Some(_) => view! {
                <button type="button" class="primary" on:click=move |_| send(true)>{t(lang, Key::JurySendRelay)}</button>
                <button type="button" on:click=move |_| send(false)>{t(lang, Key::JuryDownloadFile)}</button>
            }
            .into_any(),
            None => view! {
                <button type="button" class="primary" on:click=move |_| send(false)>{t(lang, Key::JurySend)}</button>
            }
            .into_any(),
        }
    };

    let lang0 = state.lang.get_untracked();
    let pkg = assignment.with_value(|a| a.package.clone());
    let sections = pkg
        .categories
        .iter()
        .filter(|category| pkg.entries_in(&category.code).next().is_some())
        .map(|category| {
            let entries = pkg
                .entries_in(&category.code)
                .map(|entry| {
                    let fields = pkg
                        .criteria
                        .iter()
                        .map(|criterion| {
                            let key = input_key(&entry.innovation_id, &criterion.code);
                            let id = format!("score-{}", key.replace('/', "-"));
                            let issue_id = format!("{id}-issue");
                            let read_key = key.clone();
                            let write_key = key.clone();
                            let check_key = key.clone();
                            let problem = move || {
                                let lang = state.lang.get();
                                inputs.with(|typed| {
                                    let value = typed.get(&check_key).map(String::as_str).unwrap_or("");
                                    match parse_score(value) {
                                        Err(code) if !value.trim().is_empty() => Some(
                                            inovda_core::programmes::award::award_issue_message(
                                                lang,
                                                &AwardIssue { code, path: String::new(), value: value.trim().to_owned() },
                                            ),
                                        ),
                                        _ => None,
                                    }
                                })
                            };
                            let label = format!("{} ({}%)", criterion.name, criterion.weight);
                            view! {
                                <div class="field inline">
                                    <label for=id.clone()>{label}</label>
                                    <input id=id type="text" inputmode="numeric" autocomplete="off"
                                        aria-describedby=issue_id.clone()
                                        prop:value=move || inputs.with(|typed| typed.get(&read_key).cloned().unwrap_or_default())
                                        on:input=move |ev| {
                                            let value = event_target_value(&ev);
                                            inputs.update(|typed| { typed.insert(write_key.clone(), value); });
                                            store(None);
                                        } />
                                    <p class="issue" id=issue_id role="alert">{problem}</p>
                                </div>
                            }
                        })
                        .collect_view();
                    let dossier = pkg.dossier(&entry.innovation_id).cloned();
                    view! {
                        <fieldset class="jury-entry">
                            <legend>{entry.name.clone()} " — " {entry.agency.clone()}</legend>
                            {dossier.map(|dossier| view! { <EntryDossierView dossier /> })}
                            {fields}
                        </fieldset>
                    }
                })
                .collect_view();
            view! {
                <section class="jury-category">
                    <h3>{category.name.clone()}</h3>
                    {entries}
                </section>
            }
        })
        .collect_view();
    let intro = award::jury_intro(lang0, &pkg.round_name, &pkg.secretariat, &pkg.juror.name);
    let weights = pkg
        .criteria
        .iter()
        .map(|c| format!("{} {}%", c.name, c.weight))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <h2>{move || text(Key::JuryScoringTitle)}</h2>
        <p>{intro}</p>
        <p class="hint">{t(lang0, Key::JuryWeights)} " " {weights}</p>
        {pkg.dossiers.is_empty().then(|| view! { <p class="hint">{move || text(Key::DossierNone)}</p> })}
        <p class="progress" role="status">
            {move || award::jury_progress(state.lang.get(), filled(), total)}
            " · "
            {move || match saved_state.get() {
                None => String::new(),
                Some(Ok(())) => t(state.lang.get(), common::Key::Saved).to_owned(),
                Some(Err(error)) => {
                    let lang = state.lang.get();
                    format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang))
                }
            }}
        </p>
        {sections}
        <div class="actions">{buttons}</div>
        {delivery}
        {move || {
            let lang = state.lang.get();
            let found = issues.get();
            (!found.is_empty()).then(|| package.with_value(|pkg| view! {
                <div class="error" role="alert"><ul class="issues">
                    {found.iter().map(|issue| view! { <li>{sheet_issue(lang, pkg, issue)}</li> }).collect_view()}
                </ul></div>
            }))
        }}
        {move || message.get().map(|(ok, msg)| view! {
            <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
        })}
    }
}

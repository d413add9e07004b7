//! Innovations the secretariat enters for units that do not use the app: "Inovasi baru atas
//! nama instansi" on `/instansi` ([`OnBehalfEntry`]: core's `on_behalf` → the normal editor)
//! and `/instansi/impor-inovasi` ([`InnovationImportPage`]: template download, core's
//! `preview_innovation_csv` → preview with every bad row → "Terapkan", all records in one
//! IndexedDB transaction, or nothing when any row is bad).
//!
//! Every record made here carries the unit's name and registry id and `origin = sekretariat`,
//! shown as "Diinput oleh sekretariat" in the list and the editor.

use chrono::{DateTime, Utc};
use inovda_core::model::labels::agency_kind_label;
use inovda_core::secretariat::innovation_csv::{
    ImportTarget, InnovationCsvPreview, innovation_csv_template, on_behalf, preview_innovation_csv,
};
use inovda_core::secretariat::registry::{Registry, name_key};
use inovda_core::secretariat::text::import_issue_message;
use inovda_core::{AgencyId, AgencyKind, Innovation, InnovationRecord};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use super::secretariat_only;
use crate::components::header_nav::HeaderNav;
use crate::components::workspace_line::WorkspaceLine;
use crate::error::UserError;
use crate::i18n::{common, secretariat, secretariat::Key, t};
use crate::pages::secretariat::{INNOVATION_IMPORT_PATH, REGISTRY_PATH};
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo, StorageError};

/// The active, real (not demo) units grouped by kind, names sorted: who can be entered for.
fn units_by_kind(registry: &Registry) -> Vec<(AgencyKind, Vec<(AgencyId, String)>)> {
    AgencyKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut units: Vec<(AgencyId, String)> = registry
                .active()
                .filter(|agency| !agency.demo && agency.kind == kind)
                .map(|agency| (agency.id, agency.name.clone()))
                .collect();
            units.sort_by_key(|(_, name)| name_key(name));
            (!units.is_empty()).then_some((kind, units))
        })
        .collect()
}

/// "Inovasi baru atas nama instansi": a unit from the registry, then the normal editor.
#[component]
pub fn OnBehalfEntry(registry: Signal<Option<Registry>>, profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let text = move |key| t(state.lang.get(), key);
    let chosen = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<String>);
    let region = profile.region.clone();
    let year = profile.year.unwrap_or_default();
    let create = move |_| {
        let lang = state.lang.get_untracked();
        let unit = AgencyId::parse(&chosen.get_untracked()).and_then(|id| {
            registry.with_untracked(|r| r.as_ref().and_then(|r| r.get(id).cloned()))
        });
        let Some(unit) = unit else {
            failure.set(Some(t(lang, Key::OnBehalfRequired).to_owned()));
            return;
        };
        let id = match platform::random_innovation_id() {
            Ok(id) => id,
            Err(error) => {
                failure.set(Some(error.message(lang)));
                return;
            }
        };
        let Some(innovation) = on_behalf(id, &unit, &region, year, platform::now()) else {
            failure.set(Some(t(lang, Key::OnBehalfRequired).to_owned()));
            return;
        };
        failure.set(None);
        let repo = state.repo();
        let navigate = navigate.clone();
        spawn_local(async move {
            match repo.put_innovation(&InnovationRecord::from(&innovation)).await {
                Ok(()) => {
                    state.data_changed.notify();
                    navigate(&format!("/inovasi/{id}"), Default::default());
                }
                Err(error) => {
                    failure.try_set(Some(format!(
                        "{} {}",
                        t(lang, common::Key::SaveFailed),
                        error.message(lang)
                    )));
                }
            }
        });
    };
    let groups = move || registry.with(|r| r.as_ref().map(units_by_kind).unwrap_or_default());
    view! {
        <section aria-labelledby="on-behalf-heading">
            <h3 id="on-behalf-heading">{move || text(Key::OnBehalfHeading)}</h3>
            <p>{move || text(Key::OnBehalfIntro)}</p>
            {move || if groups().is_empty() {
                view! { <p class="empty">{text(Key::OnBehalfNoUnits)}</p> }.into_any()
            } else {
                view! {
                    <div class="field">
                        <label for="on-behalf-unit">{move || text(Key::OnBehalfAgencyLabel)}</label>
                        <select id="on-behalf-unit" prop:value=move || chosen.get()
                            on:change=move |ev| chosen.set(event_target_value(&ev))>
                            <option value="">{move || t(state.lang.get(), common::Key::Choose)}</option>
                            {move || groups().into_iter().map(|(kind, units)| view! {
                                <optgroup label=agency_kind_label(state.lang.get(), kind)>
                                    {units.into_iter().map(|(id, name)| view! {
                                        <option value=id.to_string()>{name}</option>
                                    }).collect_view()}
                                </optgroup>
                            }).collect_view()}
                        </select>
                    </div>
                }.into_any()
            }}
            {move || failure.get().map(|msg| view! { <p class="issue" role="alert">{msg}</p> })}
            <div class="actions">
                <button type="button" class="primary" on:click=create>{move || text(Key::OnBehalfButton)}</button>
                <a class="button-link" href=INNOVATION_IMPORT_PATH>{move || t(state.lang.get(), crate::i18n::role::Key::InnovationCsvLink)}</a>
            </div>
        </section>
    }
}

/// `/instansi/impor-inovasi` (secretariat only).
#[component]
pub fn InnovationImportPage() -> impl IntoView {
    secretariat_only(|profile| view! { <InnovationImport profile /> })
}

/// A preview and what it was made from, so "Terapkan" can check nothing changed meanwhile.
#[derive(Clone, PartialEq)]
struct Preview {
    file_name: String,
    bytes: Vec<u8>,
    seed: [u8; 16],
    now: DateTime<Utc>,
    found: InnovationCsvPreview,
}

/// What the import is checked against: the registry and every stored innovation.
async fn current(repo: &Repo) -> Result<(Registry, Vec<Innovation>), StorageError> {
    let registry = repo.get_registry().await?;
    let records = repo.list_innovations().await?;
    Ok((registry, records.iter().filter_map(|r| r.to_domain().ok()).collect()))
}

fn preview_of(
    profile: &ProfileDto,
    registry: &Registry,
    existing: &[Innovation],
    bytes: &[u8],
    seed: &[u8; 16],
    now: DateTime<Utc>,
) -> InnovationCsvPreview {
    let target = ImportTarget {
        region: &profile.region,
        year: profile.year.unwrap_or_default(),
        registry,
        existing,
    };
    preview_innovation_csv(bytes, target, seed, now)
}

#[component]
fn InnovationImport(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let preview = RwSignal::new(None::<Preview>);
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let profile = StoredValue::new(profile);

    let template = move |_| {
        let csv = innovation_csv_template();
        if let Err(error) =
            platform::download(csv.as_bytes(), "templat-inovasi.csv", "text/csv;charset=utf-8")
        {
            message.set(Some((false, error.message(state.lang.get_untracked()))));
        }
    };

    let chosen = move |ev: leptos::ev::Event| {
        message.set(None);
        preview.set(None);
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input.and_then(|i| i.files()).and_then(|list| list.get(0)) else { return };
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let seed = match platform::random_bytes::<16>() {
                Ok(seed) => seed,
                Err(error) => {
                    message.try_set(Some((false, error.message(lang))));
                    return;
                }
            };
            let bytes = match platform::read_file(&file).await {
                Ok(bytes) => bytes,
                Err(error) => {
                    message.try_set(Some((
                        false,
                        format!("{} {}", t(lang, Key::CsvUnreadable), error.message(lang)),
                    )));
                    return;
                }
            };
            match current(&repo).await {
                Ok((registry, existing)) => {
                    let now = platform::now();
                    let found = profile
                        .with_value(|p| preview_of(p, &registry, &existing, &bytes, &seed, now));
                    preview.try_set(Some(Preview {
                        file_name: file.name(),
                        bytes,
                        seed,
                        now,
                        found,
                    }));
                }
                Err(error) => {
                    message.try_set(Some((
                        false,
                        format!("{} {}", t(lang, common::Key::StorageFailed), error.message(lang)),
                    )));
                }
            }
        });
    };

    let clear = move || {
        preview.set(None);
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };

    let apply = move |_| {
        let Some(shown) = preview.get_untracked() else { return };
        busy.set(true);
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            // The same file against the data as it is now: if anything differs, show that instead.
            let outcome = async {
                let (registry, existing) = current(&repo).await?;
                let again = profile.with_value(|p| {
                    preview_of(p, &registry, &existing, &shown.bytes, &shown.seed, shown.now)
                });
                if again != shown.found {
                    return Ok(Err(again));
                }
                let records: Vec<InnovationRecord> =
                    again.innovations.iter().map(InnovationRecord::from).collect();
                repo.add_innovations(&records).await?;
                Ok::<_, StorageError>(Ok(records.len()))
            }
            .await;
            match outcome {
                Ok(Ok(count)) => {
                    clear();
                    message.try_set(Some((
                        true,
                        secretariat::innovation_csv_applied(lang, count as u64),
                    )));
                    state.data_changed.notify();
                }
                Ok(Err(again)) => {
                    preview.try_set(Some(Preview { found: again, ..shown }));
                    message.try_set(Some((false, t(lang, Key::InnovationCsvChanged).to_owned())));
                }
                Err(error) => {
                    message.try_set(Some((
                        false,
                        format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)),
                    )));
                }
            }
            busy.try_set(false);
        });
    };

    let shown = move || {
        preview.get().map(|shown| {
            let lang = state.lang.get();
            let found = &shown.found;
            let can_apply = found.can_apply();
            view! {
                <div class="csv-preview" data-testid="innovation-csv-preview">
                    <h4>{t(lang, Key::CsvPreviewTitle)} ": " {shown.file_name.clone()}</h4>
                    <ul class="counts">
                        <li>{secretariat::innovation_csv_rows(lang, u64::from(found.rows))}</li>
                        <li>{secretariat::innovation_csv_created(lang, found.innovations.len() as u64)}</li>
                    </ul>
                    {(!found.innovations.is_empty()).then(|| view! {
                        <ul class="created-list">
                            {found.innovations.iter().map(|innovation| view! {
                                <li>{innovation.name.clone()} " — " {innovation.agency.clone()}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    {(!found.issues.is_empty()).then(|| view! {
                        <p>{t(lang, Key::InnovationCsvBadRows)}</p>
                        <ul class="issues bad-rows">
                            {found.issues.iter().map(|issue| view! {
                                <li class="issue">{import_issue_message(lang, issue)}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    {if can_apply {
                        view! {
                            <div class="actions">
                                <button type="button" class="primary" disabled=move || busy.get() on:click=apply>
                                    {t(lang, Key::CsvApply)}
                                </button>
                                <button type="button" on:click=move |_| clear()>{t(lang, Key::CancelButton)}</button>
                            </div>
                        }.into_any()
                    } else if found.issues.is_empty() {
                        view! { <p role="status">{t(lang, Key::InnovationCsvNothing)}</p> }.into_any()
                    } else {
                        view! { <p class="error" role="status">{t(lang, Key::InnovationCsvRefused)}</p> }.into_any()
                    }}
                </div>
            }
        })
    };

    let (agency, region, year) =
        profile.with_value(|p| (p.agency.clone(), p.region.clone(), p.year));
    view! {
        <header class="bar">
            <a class="back" href=REGISTRY_PATH>{move || text(Key::AgencyListBack)}</a>
            <HeaderNav />
        </header>
        <main class="page registry innovation-import">
            <WorkspaceLine agency=agency region=region year={year.unwrap_or_default()} />
            <h2>{move || t(state.lang.get(), crate::i18n::role::Key::InnovationCsvLink)}</h2>
            <p>{move || text(Key::InnovationCsvIntro)}</p>
            <div class="actions">
                <button type="button" on:click=template>{move || text(Key::InnovationCsvTemplate)}</button>
            </div>
            <p class="hint">{move || text(Key::InnovationCsvTemplateHint)}</p>
            <div class="field">
                <label for="innovation-csv">{move || text(Key::InnovationCsvFileLabel)}</label>
                <input id="innovation-csv" type="file" accept=".csv,text/csv" node_ref=input_ref on:change=chosen />
            </div>
            {move || message.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            {shown}
        </main>
    }
}

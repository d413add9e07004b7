//! `/instansi`: the secretariat's agency registry: the units with kind, active flag and the
//! number of innovations of the assessment year; add / edit / deactivate through core's
//! [`Registry`] functions (every finding next to its field); CSV import with a preview and
//! "Terapkan"; "Inovasi baru atas nama instansi"; the config bundle with its deadlines;
//! "Muat / Hapus data contoh".
//!
//! Every user action changes a copy of the registry through core and stores the result in one
//! write; the page shows the stored registry only after the write succeeded.

use std::collections::{BTreeMap, HashMap};

use inovda_core::model::labels::agency_kind_label;
use inovda_core::secretariat::dashboard::{DashboardInput, dashboard};
use inovda_core::secretariat::demo::demo_dataset;
use inovda_core::secretariat::registry::{
    AgencyCsvPreview, AgencyDraft, Registry, RegistryIssue, name_key,
};
use inovda_core::secretariat::text::registry_issue_message;
use inovda_core::{AgencyId, AgencyKind, Catalog, Innovation};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::secretariat_only;
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::components::more_rows::{MoreRows, PAGE};
use crate::components::row_button::RowButton;
use crate::components::workspace_line::WorkspaceLine;
use crate::error::{ActionError, UserError};
use crate::i18n::{common, secretariat, secretariat::Key, t};
use crate::pages::secretariat::config::ConfigExport;
use crate::pages::secretariat::entry::OnBehalfEntry;
use crate::platform;
use crate::signing;
use crate::state::use_app_state;
use crate::storage::{DemoLoad, ProfileDto, Repo, StorageError};

/// The seed of "Muat data contoh": the demo region is the same on every device.
const DEMO_SEED: u64 = 1;

/// What the page has read from storage.
#[derive(Clone, PartialEq)]
struct Found {
    registry: Registry,
    innovations: Vec<Innovation>,
    demo_region: Option<String>,
}

/// A CSV preview and the registry it was made from.
#[derive(Clone, PartialEq)]
struct CsvPreview {
    file_name: String,
    bytes: Vec<u8>,
    base: Registry,
    preview: AgencyCsvPreview,
}

async fn read(repo: Repo) -> Result<Found, StorageError> {
    let registry = repo.get_registry().await?;
    let records = repo.list_innovations().await?;
    let demo_region = repo.get_demo_config().await?.map(|config| config.region.name);
    // A record this build cannot read is shown (and counted) nowhere else either.
    let innovations = records.iter().filter_map(|r| r.to_domain().ok()).collect();
    Ok(Found { registry, innovations, demo_region })
}

#[component]
pub fn RegistryPage() -> impl IntoView {
    secretariat_only(|profile| view! { <RegistryView profile /> })
}

#[component]
fn RegistryView(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let message = RwSignal::new(None::<(bool, String)>);
    // The registry as stored, kept current by the page's own changes; the first read goes
    // through `first`, so the sections below are made once, not on every change of the registry
    // (they keep their own state: the form, the CSV preview, the region type).
    let loaded = RwSignal::new(None::<Found>);
    let first = LocalResource::new(move || {
        let repo = state.repo();
        async move {
            loaded.try_set(Some(read(repo).await?));
            Ok::<_, StorageError>(())
        }
    });
    // Read again after the demo data came or went; a failure is reported under the title.
    let reload = Callback::new(move |()| {
        let repo = state.repo();
        spawn_local(async move {
            match read(repo).await {
                Ok(found) => {
                    loaded.try_set(Some(found));
                }
                Err(error) => {
                    let lang = state.lang.get_untracked();
                    message.try_set(Some((false, error.message(lang))));
                }
            }
        });
    });
    let year = profile.year.unwrap_or_default();
    let entry_profile = profile.clone();
    let catalog = StoredValue::new(Catalog::builtin(year).ok());

    // Innovations of the assessment year per unit, matched by core's dashboard.
    let counts = Memo::new(move |_| {
        let mut counts: HashMap<AgencyId, u32> = HashMap::new();
        loaded.with(|found| {
            if let (Some(found), Some(catalog)) = (found, catalog.get_value()) {
                let empty = BTreeMap::new();
                let dash = dashboard(DashboardInput {
                    catalog: &catalog,
                    registry: &found.registry,
                    innovations: &found.innovations,
                    verdicts: &[],
                    last_bundles: &empty,
                    min_per_agency: 1,
                });
                for line in dash.agencies {
                    if let Some(id) = line.agency_id {
                        counts.insert(id, line.total);
                    }
                }
            }
        });
        counts
    });

    // Stores a changed registry; shows it once stored.
    let store = Callback::new(move |(registry, done): (Registry, String)| {
        let repo = state.repo();
        spawn_local(async move {
            match repo.put_registry(&registry).await {
                Ok(()) => {
                    loaded.update(|found| {
                        if let Some(found) = found {
                            found.registry = registry;
                        }
                    });
                    message.try_set(Some((true, done)));
                }
                Err(error) => {
                    let lang = state.lang.get_untracked();
                    message.try_set(Some((
                        false,
                        format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)),
                    )));
                }
            }
        });
    });

    let registry = Signal::derive(move || {
        loaded.with(|found| found.as_ref().map(|found| found.registry.clone()))
    });
    let editing = RwSignal::new(None::<AgencyId>);

    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page registry">
            <WorkspaceLine agency={profile.agency.clone()} region={profile.region.clone()} year=year />
            <h2>{move || text(Key::RegistryTitle)}</h2>
            {move || message.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            <Loaded resource=first body={move |()| view! {
                <AgencyForm registry editing store message />
                <AgencyList registry counts editing store year />
                <OnBehalfEntry registry profile=entry_profile.clone() />
                <CsvImport registry store />
                <ConfigExport />
                <DemoSection loaded message year reload />
            }} />
        </main>
    }
}

/// The add form, or the edit form of the unit being edited.
#[component]
fn AgencyForm(
    registry: Signal<Option<Registry>>,
    editing: RwSignal<Option<AgencyId>>,
    store: Callback<(Registry, String)>,
    message: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let parent = RwSignal::new(String::new());
    let issues = RwSignal::new(Vec::<RegistryIssue>::new());

    // Editing a unit fills the form with it; leaving the edit empties it.
    Effect::new(move |_| {
        let chosen = editing.get();
        let found = chosen.and_then(|id| {
            registry.with_untracked(|r| r.as_ref().and_then(|r| r.get(id).cloned()))
        });
        issues.set(Vec::new());
        match found {
            Some(agency) => {
                name.set(agency.name);
                kind.set(agency.kind.code().to_owned());
                parent.set(agency.parent.map(|p| p.to_string()).unwrap_or_default());
            }
            None => {
                name.set(String::new());
                kind.set(String::new());
                parent.set(String::new());
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut changed) = registry.get_untracked() else { return };
        let draft = AgencyDraft {
            name: name.get_untracked(),
            kind: kind.get_untracked(),
            parent: AgencyId::parse(&parent.get_untracked()),
        };
        let lang = state.lang.get_untracked();
        let outcome = match editing.get_untracked() {
            Some(id) => changed.edit(id, &draft).map(|()| t(lang, Key::AgencySaved)),
            None => match platform::random_bytes::<16>() {
                Ok(bytes) => changed
                    .add(&draft, AgencyId::from_random_bytes(bytes))
                    .map(|_| t(lang, Key::AgencyAdded)),
                Err(error) => {
                    message.set(Some((false, error.message(lang))));
                    return;
                }
            },
        };
        match outcome {
            Ok(done) => {
                issues.set(Vec::new());
                editing.set(None);
                name.set(String::new());
                kind.set(String::new());
                parent.set(String::new());
                store.run((changed, done.to_owned()));
            }
            Err(found) => {
                message.set(None);
                issues.set(found);
            }
        }
    };

    let issue_for = move |path: &'static str| {
        move || {
            let lang = state.lang.get();
            issues
                .get()
                .iter()
                .filter(|issue| issue.path == path)
                .map(|issue| view! { <p class="issue" role="alert">{registry_issue_message(lang, issue)}</p> })
                .collect_view()
        }
    };
    let parents = move || {
        let current = editing.get();
        registry
            .get()
            .map(|r| {
                let mut units: Vec<(String, String)> = r
                    .agencies
                    .iter()
                    .filter(|a| Some(a.id) != current)
                    .map(|a| (a.id.to_string(), a.name.clone()))
                    .collect();
                units.sort_by(|a, b| a.1.cmp(&b.1));
                units
            })
            .unwrap_or_default()
    };

    view! {
        <section aria-labelledby="agency-form-heading">
            <h3 id="agency-form-heading">
                {move || text(if editing.get().is_some() { Key::EditAgencyHeading } else { Key::AddAgencyHeading })}
            </h3>
            <form class="form" on:submit=submit novalidate>
                <div class="field">
                    <label for="unit-name">{move || text(Key::UnitNameLabel)}</label>
                    <input id="unit-name" type="text" autocomplete="off"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    {issue_for("name")}
                </div>
                <div class="field">
                    <label for="unit-kind">{move || text(Key::UnitKindLabel)}</label>
                    <select id="unit-kind" prop:value=move || kind.get()
                        on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="">{move || t(state.lang.get(), common::Key::Choose)}</option>
                        {AgencyKind::ALL.into_iter().map(|k| view! {
                            <option value=k.code() selected=move || kind.get() == k.code()>
                                {move || agency_kind_label(state.lang.get(), k)}
                            </option>
                        }).collect_view()}
                    </select>
                    {issue_for("kind")}
                </div>
                <div class="field">
                    <label for="unit-parent">{move || text(Key::UnitParentLabel)}</label>
                    <select id="unit-parent" prop:value=move || parent.get()
                        on:change=move |ev| parent.set(event_target_value(&ev))>
                        <option value="">{move || text(Key::NoParent)}</option>
                        {move || parents().into_iter().map(|(id, label)| {
                            let value = id.clone();
                            view! { <option value=id selected=move || parent.get() == value>{label}</option> }
                        }).collect_view()}
                    </select>
                    {issue_for("parent")}
                </div>
                {issue_for("id")}
                <div class="actions">
                    <button type="submit" class="primary">
                        {move || text(if editing.get().is_some() { Key::SaveAgencyButton } else { Key::AddAgencyButton })}
                    </button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" on:click=move |_| editing.set(None)>{move || text(Key::CancelButton)}</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}

/// The units with kind, active flag, parent and innovation count; search by name.
#[component]
fn AgencyList(
    registry: Signal<Option<Registry>>,
    counts: Memo<HashMap<AgencyId, u32>>,
    editing: RwSignal<Option<AgencyId>>,
    store: Callback<(Registry, String)>,
    year: u16,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let query = RwSignal::new(String::new());
    // 50 units at a time (a region has hundreds); a new search starts from the first page.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        query.track();
        limit.set(PAGE);
    });
    let summary = move || {
        registry.get().map(|r| {
            secretariat::registry_counts(state.lang.get(), r.active().count(), r.agencies.len())
        })
    };
    let toggle = move |id: AgencyId, active: bool| {
        let Some(mut changed) = registry.get_untracked() else { return };
        let lang = state.lang.get_untracked();
        if changed.set_active(id, active).is_ok() {
            let done = t(lang, if active { Key::AgencyActivated } else { Key::AgencyDeactivated });
            store.run((changed, done.to_owned()));
        }
    };
    let rows = move || {
        let lang = state.lang.get();
        let Some(r) = registry.get() else { return ().into_any() };
        if r.agencies.is_empty() {
            return view! { <p class="empty">{t(lang, Key::NoAgencies)}</p> }.into_any();
        }
        let names: HashMap<AgencyId, String> =
            r.agencies.iter().map(|a| (a.id, a.name.clone())).collect();
        let wanted = name_key(&query.get());
        let counts = counts.get();
        let shown: Vec<_> =
            r.agencies.into_iter().filter(|a| name_key(&a.name).contains(&wanted)).collect();
        if shown.is_empty() {
            return view! { <p class="empty">{t(lang, Key::NoAgencyMatch)}</p> }.into_any();
        }
        let total = shown.len();
        let drawn = limit.get().min(total);
        view! {
            <ul class="agencies">
                {shown.into_iter().take(drawn).map(|agency| {
                    let id = agency.id;
                    let active = agency.active;
                    let count = counts.get(&id).copied().unwrap_or(0);
                    let parent = agency.parent.and_then(|p| names.get(&p).cloned());
                    let hidden = agency.name.clone();
                    let hidden2 = agency.name.clone();
                    view! {
                        <li class="agency" class:inactive=!active>
                            <span class="name">{agency.name.clone()}</span>
                            {agency.demo.then(|| view! { <span class="badge">{t(lang, common::Key::DemoBadge)}</span> })}
                            <span class="meta">
                                <span class="kind">{agency_kind_label(lang, agency.kind)}</span>
                                " · "
                                <span class="active">{t(lang, if active { Key::ActiveYes } else { Key::ActiveNo })}</span>
                                " · "
                                <span class="count">{secretariat::innovation_count(lang, count)}</span>
                            </span>
                            {parent.map(|p| view! { <span class="meta parent">{t(lang, Key::UnitParentLabel)} ": " {p}</span> })}
                            <div class="row-actions">
                                <RowButton label=t(lang, Key::EditButton) name=hidden danger=false
                                    on_click=Callback::new(move |()| {
                                        editing.set(Some(id));
                                        scroll_to_form();
                                    }) />
                                <RowButton label=t(lang, if active { Key::DeactivateButton } else { Key::ActivateButton })
                                    name=hidden2 danger=active on_click=Callback::new(move |()| toggle(id, !active)) />
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <MoreRows drawn total limit what=("instansi", "units") />
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="agency-list-heading">
            <h3 id="agency-list-heading">{move || text(Key::AllUnitsHeading)}</h3>
            <p data-testid="registry-counts">{summary}</p>
            <p class="hint">{move || secretariat::registry_year_counts(state.lang.get(), year)}</p>
            <div class="field search" role="search">
                <label for="registry-search">{move || text(Key::RegistrySearch)}</label>
                <input id="registry-search" type="search" autocomplete="off"
                    prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
            </div>
            {rows}
        </section>
    }
}

fn scroll_to_form() {
    if let Some(element) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("unit-name"))
    {
        element.scroll_into_view();
        if let Ok(input) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ignored = input.focus();
        }
    }
}

/// CSV import: the file's preview (added / updated / skipped, every bad row), then "Terapkan".
#[component]
fn CsvImport(
    registry: Signal<Option<Registry>>,
    store: Callback<(Registry, String)>,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let preview = RwSignal::new(None::<CsvPreview>);
    let failure = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let make_preview = move |file_name: String, bytes: Vec<u8>| {
        let Some(base) = registry.get_untracked() else { return };
        match platform::random_bytes::<16>() {
            Ok(seed) => {
                let found = base.preview_csv(&bytes, &seed);
                preview.set(Some(CsvPreview { file_name, bytes, base, preview: found }));
            }
            Err(error) => failure.set(Some(error.message(state.lang.get_untracked()))),
        }
    };
    let chosen = move |ev: leptos::ev::Event| {
        failure.set(None);
        preview.set(None);
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input.and_then(|i| i.files()).and_then(|list| list.get(0)) else { return };
        spawn_local(async move {
            match platform::read_file(&file).await {
                Ok(bytes) => make_preview(file.name(), bytes),
                Err(error) => {
                    let lang = state.lang.get_untracked();
                    failure.try_set(Some(format!(
                        "{} {}",
                        t(lang, Key::CsvUnreadable),
                        error.message(lang)
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
        let (Some(current), Some(found)) = (registry.get_untracked(), preview.get_untracked())
        else {
            return;
        };
        if current != found.base {
            // The list changed since the preview: show what the file would do now instead.
            make_preview(found.file_name, found.bytes);
            return;
        }
        let mut changed = current;
        changed.apply(&found.preview);
        store.run((changed, t(state.lang.get_untracked(), Key::CsvApplied).to_owned()));
        clear();
    };

    let summary = move || {
        preview.get().map(|found| {
            let lang = state.lang.get();
            let p = &found.preview;
            let changes = p.added.len() + p.updated.len();
            view! {
                <div class="csv-preview" data-testid="csv-preview">
                    <h4>{t(lang, Key::CsvPreviewTitle)} ": " {found.file_name.clone()}</h4>
                    <ul class="counts">
                        <li>{secretariat::csv_rows(lang, p.rows)}</li>
                        <li>{secretariat::csv_added(lang, p.added.len())}</li>
                        <li>{secretariat::csv_updated(lang, p.updated.len())}</li>
                        <li>{secretariat::csv_skipped(lang, p.skipped())}</li>
                    </ul>
                    {(!p.issues.is_empty()).then(|| view! {
                        <p>{t(lang, Key::CsvBadRows)}</p>
                        <ul class="issues bad-rows">
                            {p.issues.iter().map(|issue| view! {
                                <li class="issue">{registry_issue_message(lang, issue)}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    {if changes == 0 {
                        view! { <p>{t(lang, Key::CsvNothing)}</p> }.into_any()
                    } else {
                        view! {
                            <div class="actions">
                                <button type="button" class="primary" on:click=apply>{t(lang, Key::CsvApply)}</button>
                                <button type="button" on:click=move |_| clear()>{t(lang, Key::CancelButton)}</button>
                            </div>
                        }.into_any()
                    }}
                </div>
            }
        })
    };

    view! {
        <section aria-labelledby="csv-heading">
            <h3 id="csv-heading">{move || text(Key::CsvHeading)}</h3>
            <div class="field">
                <label for="registry-csv">{move || text(Key::CsvFileLabel)}</label>
                <input id="registry-csv" type="file" accept=".csv,text/csv" aria-describedby="registry-csv-hint"
                    node_ref=input_ref on:change=chosen />
                <small id="registry-csv-hint">{move || text(Key::CsvHint)}</small>
            </div>
            {move || failure.get().map(|msg| view! { <p class="error" role="alert">{msg}</p> })}
            {summary}
        </section>
    }
}

/// "Muat data contoh" / "Hapus data contoh".
#[component]
fn DemoSection(
    loaded: RwSignal<Option<Found>>,
    message: RwSignal<Option<(bool, String)>>,
    year: u16,
    reload: Callback<()>,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let busy = RwSignal::new(false);
    let demo_loaded = move || {
        loaded.with(|found| {
            found.as_ref().is_some_and(|found| {
                found.demo_region.is_some() || found.registry.agencies.iter().any(|a| a.demo)
            })
        })
    };
    let demo_region =
        move || loaded.with(|found| found.as_ref().and_then(|found| found.demo_region.clone()));
    let finish = move |outcome: (bool, String)| {
        message.try_set(Some(outcome));
        busy.try_set(false);
        reload.run(());
        state.data_changed.notify();
    };
    let load_demo = move |_| {
        busy.set(true);
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let outcome = async {
                let catalog = Catalog::builtin(year)?;
                let key = signing::device_key(&repo).await?;
                let demo = demo_dataset(&catalog, DEMO_SEED, &key.public_key(), platform::now());
                Ok::<_, ActionError>(repo.load_demo(&demo).await?)
            }
            .await;
            finish(match outcome {
                Ok(DemoLoad::Loaded { agencies, innovations }) => {
                    (true, secretariat::demo_loaded(lang, agencies, innovations))
                }
                Ok(DemoLoad::AlreadyLoaded) => (false, t(lang, Key::DemoAlready).to_owned()),
                Ok(DemoLoad::NameTaken(names)) => {
                    (false, format!("{} {}", t(lang, Key::DemoNameTaken), names.join(", ")))
                }
                Err(error) => {
                    (false, format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)))
                }
            });
        });
    };
    let remove_demo = move |_| {
        busy.set(true);
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            finish(match repo.remove_demo().await {
                Ok((agencies, innovations)) => {
                    (true, secretariat::demo_removed(lang, agencies, innovations))
                }
                Err(error) => {
                    (false, format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)))
                }
            });
        });
    };
    view! {
        <section aria-labelledby="demo-heading">
            <h3 id="demo-heading">{move || text(Key::DemoHeading)}</h3>
            <p>{move || text(Key::DemoIntro)}</p>
            {move || demo_region().map(|region| view! {
                <p data-testid="demo-region"><span class="badge">{t(state.lang.get(), common::Key::DemoBadge)}</span> " " {text(Key::DemoRegion)} " " {region}</p>
            })}
            <div class="actions">
                {move || if demo_loaded() {
                    view! {
                        <button type="button" class="danger" disabled=move || busy.get() on:click=remove_demo>
                            {text(Key::DemoRemoveButton)}
                        </button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" disabled=move || busy.get() on:click=load_demo>
                            {text(Key::DemoLoadButton)}
                        </button>
                    }.into_any()
                }}
            </div>
        </section>
    }
}

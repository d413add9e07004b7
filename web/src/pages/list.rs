//! The home list: this agency's innovations with stage, status, kematangan and missing items;
//! search and filters (folded on a phone to one line that says their values); "Inovasi baru"
//! as the one primary action with a row of plain links (Ekspor, Impor, Penilaian juri on a
//! juror's device, Serahkan ke nasional, Sampah); "Hapus" with "Urungkan".

use chrono::Datelike;
use inovda_core::base::format::{format_number, format_time_long_in};
use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::exchange::relay::OutboxEntry;
use inovda_core::model::labels::{stage_label, status_label};
use inovda_core::secretariat::region_config::DeadlineNotice;
use inovda_core::secretariat::text::deadline_notice_message;
use inovda_core::secretariat::verification::latest_verdict;
use inovda_core::{Innovation, InnovationRecord, Origin, Stage, Status};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::components::more_rows::{MoreRows, PAGE};
use crate::components::undo_toast::{Deleted, UndoToast};
use crate::components::workspace_line::WorkspaceLine;
use crate::error::UserError;
use crate::i18n::{common, list, list::Key, t};
use crate::listing;
use crate::listing::{Filter, Row, STAGE_NOT_CHOSEN};
use crate::pages::relay::DeliveryLine;
use crate::pages::secretariat::SecretariatNav;
use crate::platform;
use crate::state::use_app_state;
use crate::storage::ProfileDto;

fn current_year() -> u16 {
    u16::try_from(platform::today().year()).unwrap_or_default()
}

#[component]
pub fn ListPage(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    // Every stored record as a list row (read again after a delete or an undo).
    let rows = LocalResource::new(move || {
        let repo = state.repo();
        async move { repo.list_innovations().await.map(|list| listing::rows(&list, platform::today())) }
    });
    let message = RwSignal::new(None::<(bool, String)>);
    let deleted = RwSignal::new(None::<Deleted>);
    let serial = StoredValue::new(0_u64);
    let text = move |key| t(state.lang.get(), key);
    let verdicts = RwSignal::new(Vec::<VerdictRecord>::new());
    let verdict_repo = state.repo();
    spawn_local(async move {
        if let Ok(all) = verdict_repo.list_verdicts().await {
            verdicts.try_set(all);
        }
    });
    // The relay's outbox, read again whenever a sync changed it.
    let outbox = RwSignal::new(Vec::<OutboxEntry>::new());
    Effect::new(move |_| {
        state.relay.changed.track();
        let repo = state.repo();
        spawn_local(async move {
            if let Ok(all) = repo.outbox().await {
                outbox.try_set(all);
            }
        });
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
                    message.try_set(Some((false, error.message(state.lang.get_untracked()))));
                    return;
                }
            };
            let now = platform::now();
            let year = u16::try_from(now.year()).unwrap_or_default();
            let mut innovation = Innovation::new(id, &profile.agency, &profile.region, year, now);
            // The registry id of the unit picked from the secretariat's config bundle.
            innovation.agency_id = profile.agency_id;
            match repo.put_innovation(&InnovationRecord::from(&innovation)).await {
                Ok(()) => {
                    navigate(&format!("/inovasi/{id}"), Default::default());
                }
                Err(error) => {
                    message.try_set(Some((false, {
                        let lang = state.lang.get_untracked();
                        format!("{} — {}", t(lang, common::Key::SaveFailed), error.message(lang))
                    })));
                }
            }
        });
    };

    let delete = Callback::new(move |(id, name): (String, String)| {
        let repo = state.repo();
        spawn_local(async move {
            match repo.move_to_trash(&id, &platform::now().to_rfc3339()).await {
                Ok(()) => {
                    serial.update_value(|n| *n += 1);
                    deleted.try_set(Some(Deleted { serial: serial.get_value(), id, name }));
                    message.try_set(None);
                    rows.refetch();
                    state.data_changed.notify();
                }
                Err(error) => {
                    message.try_set(Some((false, error.message(state.lang.get_untracked()))));
                }
            }
        });
    });

    let undo = Callback::new(move |entry: Deleted| {
        let repo = state.repo();
        deleted.set(None);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let outcome = match repo.restore_from_trash(&entry.id).await {
                Ok(()) => (true, format!("«{}» {}", entry.name, t(lang, Key::Restored))),
                Err(error) => (false, error.message(lang)),
            };
            message.try_set(Some(outcome));
            rows.refetch();
            state.data_changed.notify();
        });
    });

    // "Penilaian juri" only on a device that holds an award package (packages are never
    // removed, so the document's presence says it; read without decoding it, which keeps the
    // award types out of this first-load module).
    let juror = RwSignal::new(false);
    let award_repo = state.repo();
    spawn_local(async move {
        if let Ok(found) = award_repo
            .get_meta::<serde::de::IgnoredAny>(crate::storage::AWARD_ASSIGNMENTS_KEY)
            .await
        {
            juror.try_set(found.is_some());
        }
    });

    // The secretariat's coming deadlines, from the config bundle this agency applied.
    let notices = RwSignal::new(Vec::<DeadlineNotice>::new());
    if !profile.is_secretariat() {
        let repo = state.repo();
        spawn_local(async move {
            if let Ok(Some(config)) = repo.get_region_config().await {
                notices.try_set(config.deadline_notices(platform::today()));
            }
        });
    }

    let query = RwSignal::new(String::new());
    let year = RwSignal::new(current_year().to_string());
    let stage = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let filter = Memo::new(move |_| {
        Filter::from_inputs(&query.get(), &year.get(), &stage.get(), &status.get())
    });
    // Long lists are drawn page by page: the first rows, then more on request; a new search or
    // filter starts again from the first page.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        filter.track();
        limit.set(PAGE);
    });
    let years = Signal::derive(move || {
        let all = rows.get().and_then(Result::ok).unwrap_or_default();
        listing::years(&all, current_year())
    });

    view! {
        <header class="bar">
            <h1>"Inovda"</h1>
            <HeaderNav />
        </header>
        <main class="page">
            <WorkspaceLine agency={profile.agency.clone()} region={profile.region.clone()} />
            {move || {
                let lang = state.lang.get();
                let shown = notices.get();
                (!shown.is_empty()).then(|| view! {
                    <ul class="deadlines" aria-label=t(lang, Key::DeadlinesFromSecretariat) data-testid="deadlines">
                        {shown.iter().map(|notice| view! {
                            <li class="deadline">{deadline_notice_message(lang, notice)}</li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <h2>{move || text(Key::ListTitle)}</h2>
            <div class="actions list-actions">
                <button type="button" class="primary" on:click=create>{move || text(Key::NewInnovation)}</button>
                <nav class="list-links" aria-label=move || text(Key::MoreActions)>
                    <a href="/ekspor">{move || text(Key::Export)}</a>
                    <a href="/impor">{move || text(Key::ImportLink)}</a>
                    <Show when=move || juror.get()>
                        <a href=crate::pages::award::JURY_PATH>{move || text(Key::JuryLink)}</a>
                    </Show>
                    <a href="/serahkan">{move || text(Key::RegionHandoverLink)}</a>
                    <a href="/sampah">{move || text(Key::TrashLink)}</a>
                </nav>
            </div>
            {profile.is_secretariat().then(|| view! { <SecretariatNav /> })}
            {move || message.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            <ListFilters query year stage status years />
            <Loaded resource=rows body={move |list: Vec<Row>| match list {
                list if list.is_empty() => view! { <p class="empty">{t(state.lang.get(), common::Key::EmptyList)}</p> }.into_any(),
                list => {
                    let shown: Vec<Row> = list.into_iter().filter(|row| filter.with(|f| f.matches(row))).collect();
                    let total = shown.len();
                    let drawn = limit.get().min(total);
                    if shown.is_empty() {
                        view! { <p class="empty">{text(Key::NoMatch)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="innovations">
                                {shown.into_iter().take(drawn).map(|row| {
                                    let verdict = verdicts.with(|all| latest_verdict(&row.id, all).and_then(|v| Status::from_code(&v.status)));
                                    let delivery = outbox.with(|all| crate::relay::delivery_of(all, &row.id).cloned());
                                    view! { <InnovationItem row verdict delivery on_delete=delete /> }
                                }).collect_view()}
                            </ul>
                            <MoreRows drawn total limit what=("inovasi", "innovations") />
                        }.into_any()
                    }
                }
            }} />
            <UndoToast deleted on_undo=undo />
        </main>
    }
}

/// Search by name and the year, stage and status filters.
#[component]
fn ListFilters(
    query: RwSignal<String>,
    year: RwSignal<String>,
    stage: RwSignal<String>,
    status: RwSignal<String>,
    years: Signal<Vec<u16>>,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let value = |event: &leptos::ev::Event| event_target_value(event);
    // The folded line says what the filters are set to.
    let summary = move || {
        let lang = state.lang.get();
        let year = match year.get() {
            chosen if chosen.is_empty() => text(Key::AllYears).to_owned(),
            chosen => chosen,
        };
        let stage = match stage.get().as_str() {
            "" => text(Key::AllStages).to_owned(),
            STAGE_NOT_CHOSEN => t(lang, common::Key::NoStage).to_owned(),
            code => {
                Stage::from_code(code).map(|s| stage_label(lang, s)).unwrap_or_default().to_owned()
            }
        };
        let status = match status.get().as_str() {
            "" => text(Key::AllStatuses).to_owned(),
            code => Status::from_code(code)
                .map(|s| status_label(lang, s))
                .unwrap_or_default()
                .to_owned(),
        };
        let query = query.get();
        let searched = if query.trim().is_empty() {
            String::new()
        } else {
            format!(" · «{}»", query.trim())
        };
        format!("{}: {year} · {stage} · {status}{searched}", text(Key::FilterSummary))
    };
    // Open on a laptop; folded to its one line on a phone.
    let wide = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width >= 900.0);
    view! {
        <details class="filter-box" open=wide>
        <summary data-testid="filter-summary">{summary}</summary>
        <div class="filters" role="search">
            <div class="field search">
                <label for="search">{move || text(Key::SearchLabel)}</label>
                <input id="search" type="search" autocomplete="off" prop:value=move || query.get()
                    on:input=move |ev| query.set(value(&ev)) />
            </div>
            <div class="field">
                <label for="filter-year">{move || t(state.lang.get(), common::Key::YearFilter)}</label>
                <select id="filter-year" prop:value=move || year.get() on:change=move |ev| year.set(value(&ev))>
                    <option value="">{move || text(Key::AllYears)}</option>
                    {move || years.get().into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || year.get() == y.to_string()>{y}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-stage">{move || text(Key::StageFilter)}</label>
                <select id="filter-stage" prop:value=move || stage.get() on:change=move |ev| stage.set(value(&ev))>
                    <option value="">{move || text(Key::AllStages)}</option>
                    {Stage::ALL.into_iter().map(|s| view! {
                        <option value=s.code()>{move || stage_label(state.lang.get(), s)}</option>
                    }).collect_view()}
                    <option value=STAGE_NOT_CHOSEN>{move || t(state.lang.get(), common::Key::NoStage)}</option>
                </select>
            </div>
            <div class="field">
                <label for="filter-status">{move || t(state.lang.get(), common::Key::StatusLabel)}</label>
                <select id="filter-status" prop:value=move || status.get() on:change=move |ev| status.set(value(&ev))>
                    <option value="">{move || text(Key::AllStatuses)}</option>
                    {Status::ALL.into_iter().map(|s| view! {
                        <option value=s.code()>{move || status_label(state.lang.get(), s)}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
        </details>
    }
}

/// One innovation: a link to its editor with its facts, and "Hapus".
#[component]
fn InnovationItem(
    row: Row,
    /// The secretariat's newest verdict, once a feedback bundle was imported.
    verdict: Option<Status>,
    /// Where its submission is on its way through the relay, when it went there.
    delivery: Option<OutboxEntry>,
    on_delete: Callback<(String, String)>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let Row { id, name, year, stage, status, maturity, missing, updated_at, origin } = row;
    let marker = match origin {
        Origin::Secretariat => Some(common::Key::EnteredBySecretariat),
        Origin::Demo => Some(common::Key::DemoBadge),
        Origin::Agency => None,
    }
    .map(|key| view! { <span class="badge origin">{move || t(lang(), key)}</span> });
    let shown_name = move || {
        if name.is_empty() { t(lang(), common::Key::Untitled).to_owned() } else { name.clone() }
    };
    let stage =
        move || stage.map(|s| stage_label(lang(), s)).unwrap_or(t(lang(), common::Key::NoStage));
    let maturity = maturity.map(|value| {
        view! {
            <span class="maturity">
                {move || t(lang(), common::Key::Maturity)} " " {move || format_number(lang(), value)}
            </span>
            " · "
        }
    });
    let missing = move || match missing {
        Some(0) => t(lang(), Key::Complete).to_owned(),
        Some(n) => list::missing_items(lang(), n as u64),
        None => String::new(),
    };
    let saved = move || {
        updated_at.map(|at| {
            let when = format_time_long_in(lang(), at, platform::zone());
            format!("{} {when}", t(lang(), Key::LastSaved))
        })
    };
    let delete_name = shown_name.clone();
    let hidden_name = shown_name.clone();
    let href = format!("/inovasi/{id}");
    view! {
        <li class="innovation">
            <a class="open" href=href>
                <span class="name">{shown_name}</span>
                {marker}
                <span class="meta">
                    <span class="stage">{stage}</span>
                    " · "
                    <span class="status">{move || status_label(lang(), status)}</span>
                    " · "
                    <span class="year">{year}</span>
                </span>
                <span class="meta">{maturity}<span class="missing">{missing}</span></span>
                {verdict.map(|decided| view! {
                    <span class="badge verdict-badge" data-testid="verdict-badge">
                        {move || list::verdict_badge(lang(), status_label(lang(), decided))}
                    </span>
                })}
                {delivery.map(|entry| view! { <DeliveryLine entry /> })}
                <span class="saved">{saved}</span>
            </a>
            <button type="button" class="delete"
                on:click=move |_| on_delete.run((id.clone(), delete_name()))>
                {move || t(lang(), Key::Delete)}
                <span class="visually-hidden">" " {hidden_name}</span>
            </button>
        </li>
    }
}

//! `/inovasi/:id/serahkan`: the national hand-over of one innovation (pre-flight, "Unduh bukti
//! dukung", every field with "Salin" and a remembered "sudah disalin" tick), and `/serahkan`:
//! the pre-flight and copy progress of every innovation of a year.

use std::collections::BTreeMap;

use chrono::Datelike;
use inovda_core::base::format::format_size;
use inovda_core::exchange::bundle::bundle_file_name;
use inovda_core::rules::handover::{
    HandoverField, Impact, Preflight, copied_count, handover_fields, handover_files, impact_label,
    preflight, preflight_message,
};
use inovda_core::{Catalog, Innovation, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::header_nav::HeaderNav;
use crate::components::loaded::{Loaded, or_not_found};
use crate::error::{LoadError, UserError};
use crate::handover_data::{evidence_zip, innovations_of_year, others_of};
use crate::i18n::{common, handover, handover::Key, t};
use crate::pages::innovation_of;
use crate::pages::route_id;
use crate::platform;
use crate::state::{ProfileState, use_app_state};
use crate::storage::{HANDOVER_SCHEMA_VERSION, HandoverDto};

/// One innovation ready for the hand-over view.
#[derive(Clone)]
struct Subject {
    innovation: Innovation,
    catalog: Catalog,
    preflight: Preflight,
}

fn current_year() -> u16 {
    u16::try_from(platform::today().year()).unwrap_or_default()
}

/// The pre-flight findings as a list, rejections first.
fn preflight_view(lang: Lang, report: &Preflight, catalog: &Catalog) -> AnyView {
    let items = report
        .items
        .iter()
        .map(|(impact, item)| {
            let class = match impact {
                Impact::Rejected => "preflight-item rejected",
                Impact::ScoresLow => "preflight-item low",
            };
            view! {
                <li class=class>
                    <strong>{impact_label(lang, *impact)} ": "</strong>
                    {preflight_message(lang, item, catalog)}
                </li>
            }
        })
        .collect_view();
    let headline =
        if report.ready() { t(lang, Key::PreflightReady) } else { t(lang, Key::PreflightNotReady) };
    view! {
        <p class=if report.ready() { "notice" } else { "error" } data-testid="preflight-status">{headline}</p>
        <ul class="preflight">{items}</ul>
    }
    .into_any()
}

#[component]
pub fn HandoverPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let id = route_id();
    let ticks = RwSignal::new(BTreeMap::<String, String>::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let zipping = RwSignal::new(false);

    let load_id = id.clone();
    let loaded = LocalResource::new(move || {
        let (repo, id) = (state.repo(), load_id.clone());
        async move {
            let Some(innovation) = innovation_of(&repo, &id).await? else { return Ok(None) };
            let catalog = Catalog::builtin(innovation.year)?;
            let all = innovations_of_year(&repo.list_innovations().await?, innovation.year);
            let report =
                preflight(&innovation, &catalog, platform::today(), &others_of(&all, &innovation));
            ticks.try_set(repo.get_handover(&id).await?.copied);
            Ok::<_, LoadError>(Some(Subject { innovation, catalog, preflight: report }))
        }
    });

    let (copy, set_tick) = copy_callbacks(ticks, message, id.clone());

    let download = move |_| {
        let Some(Ok(Some(item))) = loaded.get_untracked() else { return };
        let repo = state.repo();
        zipping.set(true);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let files = handover_files(&item.innovation, &item.catalog);
            let name = bundle_file_name(&item.innovation.name, platform::now(), platform::zone())
                .replacen("inovda-", "bukti-dukung-", 1);
            let outcome = match evidence_zip(&repo, files).await {
                Ok(blob) => match platform::download_blob(&blob, &name, "application/zip") {
                    Ok(()) => (true, format!("{} {name}", t(lang, common::Key::ExportDone))),
                    Err(error) => (false, error.message(lang)),
                },
                Err(error) => (false, error.message(lang)),
            };
            message.try_set(Some(outcome));
            zipping.try_set(false);
        });
    };

    let back = format!("/inovasi/{id}");
    view! {
        <header class="bar">
            <a class="back" href=back>{move || t(state.lang.get(), common::Key::BackToEditor)}</a>
            <HeaderNav />
        </header>
        <main class="page handover">
            <h2>{move || text(Key::HandoverTitle)}</h2>
            <Loaded resource=loaded body={or_not_found(move |item: Subject| {
                let lang = state.lang.get();
                let fields = handover_fields(&item.innovation, &item.catalog, lang);
                let files = handover_files(&item.innovation, &item.catalog);
                let total_size: u64 = files.iter().map(|f| f.size).sum();
                let file_names = files.iter().map(|f| view! { <li>{f.name.clone()} " (" {format_size(lang, f.size)} ")"</li> }).collect_view();
                let name = item.innovation.name.trim().to_owned();
                view! {
                    <p class="workspace">
                        <span class="name">{if name.is_empty() { t(lang, common::Key::Untitled).to_owned() } else { name }}</span>
                        " · " {item.innovation.agency.clone()} " · " {item.innovation.year}
                    </p>
                    <p class="hint">{t(lang, Key::HandoverIntro)}</p>
                    <section aria-labelledby="preflight-heading">
                        <h3 id="preflight-heading">{t(lang, Key::PreflightTitle)}</h3>
                        {preflight_view(lang, &item.preflight, &item.catalog)}
                    </section>
                    <section aria-labelledby="evidence-heading">
                        <h3 id="evidence-heading">{t(lang, Key::EvidenceZipTitle)}</h3>
                        {if files.is_empty() {
                            view! { <p class="empty">{t(lang, common::Key::NoFiles)}</p> }.into_any()
                        } else {
                            view! {
                                <p>{handover::evidence_zip_count(lang, files.len() as u64)} " · " {format_size(lang, total_size)}</p>
                                <ol class="evidence-names">{file_names}</ol>
                                <div class="actions">
                                    <button type="button" on:click=download disabled=move || zipping.get()>{t(lang, Key::EvidenceZipButton)}</button>
                                </div>
                            }.into_any()
                        }}
                    </section>
                    <section aria-labelledby="fields-heading">
                        <h3 id="fields-heading">{t(lang, Key::HandoverFields)}</h3>
                        <FieldsToCopy fields lang ticks copy set_tick />
                    </section>
                }.into_any()
            })} />
            <Toast message />
        </main>
    }
}

/// "Salin" and the "sudah disalin" tick of a list of fields whose ticks are stored in the
/// hand-over store under `store_key` (the innovation id; `kipp:<id>` for a KIPP proposal).
/// Returns (copy, set_tick) for [`FieldToCopy`]; a failure is reported through `message`.
pub(crate) fn copy_callbacks(
    ticks: RwSignal<BTreeMap<String, String>>,
    message: RwSignal<Option<(bool, String)>>,
    store_key: String,
) -> (Callback<HandoverField>, Callback<(HandoverField, bool)>) {
    let state = use_app_state();
    let save_ticks = move |next: BTreeMap<String, String>| {
        ticks.set(next.clone());
        let repo = state.repo();
        let key = store_key.clone();
        spawn_local(async move {
            let dto = HandoverDto { schema_version: HANDOVER_SCHEMA_VERSION, copied: next };
            if let Err(error) = repo.put_handover(&key, &dto).await {
                let lang = state.lang.get_untracked();
                message.try_set(Some((false, error.message(lang))));
            }
        });
    };
    let save_ticks = StoredValue::new(save_ticks);
    let set_tick = Callback::new(move |(field, on): (HandoverField, bool)| {
        let mut next = ticks.get_untracked();
        if on {
            next.insert(field.key.clone(), field.value_hash());
        } else {
            next.remove(&field.key);
        }
        save_ticks.with_value(|save| save(next));
    });
    let copy = Callback::new(move |field: HandoverField| {
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            match platform::copy_text(&field.value).await {
                Ok(()) => {
                    message.try_set(Some((
                        true,
                        format!("{}: {}", t(lang, Key::Copied), field.label),
                    )));
                    set_tick.run((field, true));
                }
                Err(_) => {
                    message.try_set(Some((false, t(lang, Key::CopyFailed).to_owned())));
                }
            }
        });
    });
    (copy, set_tick)
}

/// How many fields are copied ("3 dari 10 isian sudah disalin"), then every field to copy.
#[component]
pub(crate) fn FieldsToCopy(
    fields: Vec<HandoverField>,
    lang: Lang,
    ticks: RwSignal<BTreeMap<String, String>>,
    copy: Callback<HandoverField>,
    set_tick: Callback<(HandoverField, bool)>,
) -> impl IntoView {
    let total = fields.len();
    let progress_fields = fields.clone();
    view! {
        <p class="copy-progress" aria-live="polite">
            {move || {
                let done = ticks.with(|copied| copied_count(&progress_fields, copied)) as u64;
                common::copy_progress(lang, done, total)
            }}
        </p>
        <ol class="handover-fields">
            {fields.into_iter().map(|field| view! { <FieldToCopy field ticks copy set_tick /> }).collect_view()}
        </ol>
    }
}

/// The outcome of the page's last action (copy, download, tick), as a toast.
#[component]
pub(crate) fn Toast(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    move || {
        message.get().map(|(ok, msg)| {
            view! {
                <p class=if ok { "notice toast-message" } else { "error toast-message" } role="status">{msg}</p>
            }
        })
    }
}

/// One field: its label, its value as it will be pasted, "Salin" and the "sudah disalin" tick.
#[component]
pub(crate) fn FieldToCopy(
    field: HandoverField,
    ticks: RwSignal<BTreeMap<String, String>>,
    copy: Callback<HandoverField>,
    set_tick: Callback<(HandoverField, bool)>,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let tick_id = format!("copied-{}", field.key);
    let is_copied = {
        let field = field.clone();
        move || ticks.with(|copied| field.is_copied(copied))
    };
    let empty = field.value.is_empty();
    let value = if empty {
        view! { <p class="value empty">{move || t(state.lang.get(), common::Key::NotFilled)}</p> }
            .into_any()
    } else if field.long {
        view! { <pre class="value long" tabindex="0">{field.value.clone()}</pre> }.into_any()
    } else {
        view! { <pre class="value">{field.value.clone()}</pre> }.into_any()
    };
    let copy_field = field.clone();
    let tick_field = field.clone();
    let label = field.label.clone();
    view! {
        <li class="handover-field" data-key=field.key.clone()>
            <h4>{field.label.clone()}</h4>
            {value}
            <div class="row-actions">
                <button type="button" disabled=empty on:click=move |_| copy.run(copy_field.clone())>
                    {move || text(Key::Copy)}
                    <span class="visually-hidden">" " {label.clone()}</span>
                </button>
                <span class="tick">
                    <input type="checkbox" id=tick_id.clone() prop:checked=is_copied
                        on:change=move |ev| set_tick.run((tick_field.clone(), event_target_checked(&ev))) />
                    <label for=tick_id>{move || text(Key::AlreadyCopied)}</label>
                </span>
            </div>
        </li>
    }
}

/// One innovation's line on the region page.
#[derive(Clone)]
struct RegionRow {
    id: String,
    name: String,
    agency: String,
    preflight: Preflight,
    copied: usize,
    fields: usize,
}

#[component]
pub fn RegionHandoverPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = RwSignal::new(current_year());
    let rows = LocalResource::new(move || {
        let year = year.get();
        let repo = state.repo();
        let lang = state.lang.get_untracked();
        async move {
            let read = async {
                let catalog = Catalog::builtin(year)?;
                let all = innovations_of_year(&repo.list_innovations().await?, year);
                let ticks = repo.all_handovers().await?;
                let today = platform::today();
                let mut list: Vec<RegionRow> = all
                    .iter()
                    .map(|innovation| {
                        let fields = handover_fields(innovation, &catalog, lang);
                        let id = innovation.id.to_string();
                        let copied = ticks.get(&id).map_or(0, |t| copied_count(&fields, &t.copied));
                        RegionRow {
                            name: innovation.name.trim().to_owned(),
                            agency: innovation.agency.clone(),
                            preflight: preflight(
                                innovation,
                                &catalog,
                                today,
                                &others_of(&all, innovation),
                            ),
                            copied,
                            fields: fields.len(),
                            id,
                        }
                    })
                    .collect();
                list.sort_by(|a, b| a.agency.cmp(&b.agency).then_with(|| a.name.cmp(&b.name)));
                Ok::<_, LoadError>((catalog, list))
            };
            read.await
        }
    });
    let years = [current_year(), current_year().saturating_sub(1)];
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page handover">
            <h2>{move || text(Key::RegionHandoverTitle)}</h2>
            <div class="field">
                <label for="handover-year">{move || t(state.lang.get(), common::Key::YearFilter)}</label>
                <select id="handover-year" on:change=move |ev| {
                    if let Ok(value) = event_target_value(&ev).parse() { year.set(value) }
                }>
                    {years.into_iter().filter(|y| Catalog::builtin(*y).is_ok()).map(|y| view! {
                        <option value=y.to_string() selected=move || year.get() == y>{y}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || matches!(state.profile.get(), ProfileState::Ready(p) if p.is_secretariat())
                .then(|| view! { <crate::pages::secretariat::send_gate::SendGatePanel year /> })}
            <Loaded resource=rows body={move |(catalog, list): (Catalog, Vec<RegionRow>)| {
                let lang = state.lang.get();
                match list {
                    list if list.is_empty() => view! { <p class="empty">{t(lang, common::Key::EmptyList)}</p> }.into_any(),
                    list => {
                        let ready = list.iter().filter(|r| r.preflight.ready()).count() as u64;
                        let copied: usize = list.iter().map(|r| r.copied).sum();
                        let fields: usize = list.iter().map(|r| r.fields).sum();
                        view! {
                            <p class="headline" data-testid="region-ready">
                                {handover::region_ready(lang, ready, list.len())}
                            </p>
                            <p class="copy-progress">
                                {common::copy_progress(lang, copied as u64, fields)}
                            </p>
                            <ul class="innovations region-handover">
                                {list.into_iter().map(|row| region_row(lang, row, &catalog)).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }
            }} />
        </main>
    }
}

fn region_row(lang: Lang, row: RegionRow, catalog: &Catalog) -> impl IntoView {
    let status = if row.preflight.ready() { Key::PreflightReady } else { Key::PreflightNotReady };
    let reasons = row
        .preflight
        .items
        .iter()
        .filter(|(impact, _)| *impact == Impact::Rejected)
        .map(|(_, item)| view! { <li>{preflight_message(lang, item, catalog)}</li> })
        .collect_view();
    let name =
        if row.name.is_empty() { t(lang, common::Key::Untitled).to_owned() } else { row.name };
    view! {
        <li class="innovation">
            <a class="open" href=format!("/inovasi/{}/serahkan", row.id)>
                <span class="name">{name}</span>
                <span class="meta">{row.agency}</span>
            </a>
            <p class=if row.preflight.ready() { "notice" } else { "error" }>
                {t(lang, status)} " · "
                {handover::rejected_count(lang, row.preflight.count(Impact::Rejected) as u64)} ", "
                {handover::low_score_count(lang, row.preflight.count(Impact::ScoresLow) as u64)}
            </p>
            <ul class="preflight">{reasons}</ul>
            <p class="meta">{common::copy_progress(lang, row.copied as u64, row.fields)}</p>
        </li>
    }
}

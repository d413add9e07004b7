//! `/inovasi/:id`: the innovation profile editor: every field of the national form, the 20
//! indicators with evidence, live validation and maturity, autosave, Ajukan and Buka kembali,
//! and the innovation's Laboratorium Inovasi track.

mod bar;
mod context;
mod feedback;
mod fields;
mod files;
mod indicators;
mod labinov;
mod rollover;

use inovda_core::model::labels::{
    form_label, initiator_label, kind_label, stage_label, status_label,
};
use inovda_core::model::urusan::affair_by_number;
use inovda_core::rules::validation::is_submittable;
use inovda_core::rules::validation::issue_message_in;
use inovda_core::{
    FieldPath, FileSlot, Initiator, InnovationForm, InnovationKind, Issue, Origin, Severity, Stage,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use self::context::{EditorCtx, control_id, use_editor};
use self::feedback::FeedbackPanel;
use self::fields::{
    DateField, ExtraFields, LongText, RelatedAffairs, SelectField, TextField, affair_options,
};
use self::files::FileSlotField;
use self::indicators::Indicators;
use crate::autosave::new_autosave;
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::error::LoadError;
use crate::i18n::{common, editor, editor::Key, t};
use crate::pages::route_id;
use crate::saver::SaveStatus;
use crate::state::use_app_state;
use crate::storage::Version;

/// The id of the profile form (the section links' "Profil").
pub const PROFILE_ID: &str = "profile";
/// The id of the list of what blocks Ajukan.
pub const CHECKLIST_ID: &str = "checklist";

/// Opens every collapsed card (`<details>`) around `element`, so what is inside can be seen.
fn open_around(element: &web_sys::Element) {
    let mut current = element.closest("details").ok().flatten();
    while let Some(details) = current {
        let _ignored = details.set_attribute("open", "");
        current = details.parent_element().and_then(|p| p.closest("details").ok().flatten());
    }
}

/// Opens the list of what blocks Ajukan and moves the focus to its first entry.
pub(crate) fn focus_first_problem() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(list) = document.get_element_by_id(CHECKLIST_ID) else { return };
    let _ignored = list.set_attribute("open", "");
    let first = list.query_selector("li button").ok().flatten();
    if let Some(target) = first.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ignored = target.focus();
    }
}

/// Moves the keyboard focus to a control (or the first control inside a group), opening its
/// indicator card first.
fn focus(id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(element) = document.get_element_by_id(id) else { return };
    open_around(&element);
    let target = match element.tag_name().as_str() {
        "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" => Some(element),
        _ => element.query_selector("input, select, textarea, button").ok().flatten(),
    };
    if let Some(target) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ignored = target.focus();
    }
}

/// Options from a list of typed values.
fn options<T: Copy + Send + Sync + 'static>(
    ctx: EditorCtx,
    all: &'static [T],
    code: fn(T) -> &'static str,
    label: fn(inovda_core::Lang, T) -> &'static str,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let lang = ctx.lang.get();
        all.iter().map(|v| (code(*v).to_owned(), label(lang, *v).to_owned())).collect()
    })
}

/// "N hal lagi sebelum bisa diajukan", opening to the list of what blocks submission.
#[component]
fn Checklist() -> impl IntoView {
    let ctx = use_editor();
    move || {
        let lang = ctx.lang.get();
        if !ctx.editable() {
            return ().into_any();
        }
        let blocking: Vec<Issue> =
            ctx.issues.get().into_iter().filter(|i| i.severity == Severity::Error).collect();
        if is_submittable(&blocking) {
            return view! { <section class="checklist ready-box"><p class="ready">{t(lang, Key::ChecklistReady)}</p></section> }.into_any();
        }
        let messages: Vec<(String, String)> = ctx.catalog.with(|catalog| {
            blocking
                .iter()
                .map(|issue| {
                    let text = match catalog {
                        Some(catalog) => issue_message_in(lang, issue, catalog),
                        None => inovda_core::rules::validation::issue_message(lang, issue),
                    };
                    (control_id(issue.path), text)
                })
                .collect()
        });
        view! {
            <details class="checklist" id=CHECKLIST_ID>
                <summary><strong>{blocking.len()}</strong> " " {t(lang, Key::Checklist)}</summary>
                <ul>
                    {messages.into_iter().map(|(target, text)| view! {
                        <li><button type="button" class="link" on:click=move |_| focus(&target)>{text}</button></li>
                    }).collect_view()}
                </ul>
            </details>
        }
        .into_any()
    }
}

/// On an innovation re-reported from an earlier year: where it came from and its development.
#[component]
fn CarriedNotice() -> impl IntoView {
    let ctx = use_editor();
    let carried = ctx.field(|d| d.carried.clone());
    move || {
        let lang = ctx.lang.get();
        carried.get().map(|carried| {
            let text = editor::carried_notice(lang, carried.from_year, carried.entry);
            view! {
                <p class="notice carried" data-testid="carried-notice">
                    <a href=format!("/inovasi/{}", carried.from_id)>{text}</a>
                    ": " {carried.note}
                </p>
            }
        })
    }
}

/// On an innovation the secretariat entered for a unit (or demo data): who typed it, for whom.
#[component]
fn OriginNotice() -> impl IntoView {
    let ctx = use_editor();
    let origin = ctx.field(|d| Some((d.origin, d.agency.clone())));
    move || {
        let lang = ctx.lang.get();
        origin.get().and_then(|(origin, agency)| match origin {
            Origin::Secretariat => Some(
                view! {
                    <p class="notice origin" data-testid="origin-notice">
                        <span class="badge">{t(lang, common::Key::EnteredBySecretariat)}</span>
                        " " {editor::entered_on_behalf_of(lang, &agency)}
                    </p>
                }
                .into_any(),
            ),
            Origin::Demo => Some(
                view! {
                    <p class="notice origin" data-testid="origin-notice">
                        <span class="badge">{t(lang, common::Key::DemoBadge)}</span>
                    </p>
                }
                .into_any(),
            ),
            Origin::Agency => None,
        })
    }
}

/// The profile form, in the national form's order.
#[component]
fn ProfileForm() -> impl IntoView {
    let ctx = use_editor();
    let stages = options(ctx, &Stage::ALL, Stage::code, stage_label);
    let initiators = options(ctx, &Initiator::ALL, Initiator::code, initiator_label);
    let kinds = options(ctx, &InnovationKind::ALL, InnovationKind::code, kind_label);
    let forms = options(ctx, &InnovationForm::ALL, InnovationForm::code, form_label);
    let themes = Signal::derive(move || {
        ctx.catalog.with(|c| {
            c.as_ref()
                .map(|c| c.themes.iter().map(|t| (t.clone(), t.clone())).collect())
                .unwrap_or_default()
        })
    });
    let affairs = Signal::derive(affair_options);
    view! {
        <form class="form" id=PROFILE_ID on:submit={|ev: leptos::ev::SubmitEvent| ev.prevent_default()}>
            <TextField path=FieldPath::Name get={|d| d.name.clone()} set={|d, v| d.name = v} />
            <SelectField path=FieldPath::Stage options=stages
                get={|d| d.stage.map(|s| s.code().to_owned())}
                set={|d, v| d.stage = v.as_deref().and_then(Stage::from_code)} />
            <SelectField path=FieldPath::Initiator options=initiators
                get={|d| d.initiator.map(|s| s.code().to_owned())}
                set={|d, v| d.initiator = v.as_deref().and_then(Initiator::from_code)} />
            <TextField path=FieldPath::InitiatorName get={|d| d.initiator_name.clone()} set={|d, v| d.initiator_name = v} />
            <SelectField path=FieldPath::Kind options=kinds
                get={|d| d.kind.map(|s| s.code().to_owned())}
                set={|d, v| d.kind = v.as_deref().and_then(InnovationKind::from_code)} />
            <SelectField path=FieldPath::Form options=forms
                get={|d| d.form.map(|s| s.code().to_owned())}
                set={|d, v| d.form = v.as_deref().and_then(InnovationForm::from_code)} />
            <SelectField path=FieldPath::Theme options=themes
                get={|d| (!d.theme.is_empty()).then(|| d.theme.clone())}
                set={|d, v| d.theme = v.unwrap_or_default()} />
            <TextField path=FieldPath::ThemeDetail get={|d| d.theme_detail.clone()}
                set={|d, v| d.theme_detail = v} hint=Key::ThemeDetailHint />
            <SelectField path=FieldPath::MainAffair options=affairs
                get={|d| d.main_affair.map(|n| n.to_string())}
                set={|d, v| d.main_affair = v.and_then(|v| v.parse().ok()).filter(|n| affair_by_number(*n).is_some())} />
            <RelatedAffairs />
            <DateField path=FieldPath::TrialDate get={|d| d.trial_date} set={|d, v| d.trial_date = v} />
            <DateField path=FieldPath::ImplementationDate get={|d| d.implementation_date} set={|d, v| d.implementation_date = v} />
            <DateField path=FieldPath::DevelopmentDate get={|d| d.development_date} set={|d, v| d.development_date = v} hint=Key::DevelopmentHint />
            <LongText path=FieldPath::Design get={|d| d.design.clone()} set={|d, v| d.design = v} with_minimum=true />
            <LongText path=FieldPath::Goal get={|d| d.goal.clone()} set={|d, v| d.goal = v} />
            <LongText path=FieldPath::Benefit get={|d| d.benefit.clone()} set={|d, v| d.benefit = v} />
            <LongText path=FieldPath::Outcome get={|d| d.outcome.clone()} set={|d, v| d.outcome = v} />
            <FileSlotField which=FileSlot::Budget />
            <FileSlotField which=FileSlot::BusinessProfile />
            <FileSlotField which=FileSlot::Ipr />
            <FileSlotField which=FileSlot::Award />
            <ExtraFields />
        </form>
    }
}

#[component]
pub fn EditorPage() -> impl IntoView {
    let state = use_app_state();
    let id = route_id();
    let autosave = new_autosave(state.repo(), None);
    let ctx = EditorCtx::new(state.lang, autosave.clone());
    provide_context(ctx);
    let text = move |key| t(state.lang.get(), key);

    // Whether the innovation is on this device; once read, it lives in the editor's draft.
    let load_id = id.clone();
    let loader = autosave.clone();
    let loaded = LocalResource::new(move || {
        let (repo, id, loader) = (state.repo(), load_id.clone(), loader.clone());
        async move {
            let Some(record) = repo.get_innovation(&id).await? else { return Ok(false) };
            let innovation = record.to_domain()?;
            loader.writer().set_base(Some(Version::of(&record)));
            // The secretariat's target for this year, when its config bundle names one.
            let year = innovation.year;
            if let Ok(Some(config)) = repo.get_region_config().await
                && config.year == year
            {
                ctx.target.set(config.send_threshold);
            }
            ctx.load(innovation);
            // An innovation is stored on this device: time to ask (once) that the browser
            // keeps the data. Asked here, not on "Inovasi baru", because the list runs in
            // the home module, which hands over to this page by a page load.
            state.request_persistence_once();
            Ok::<_, LoadError>(true)
        }
    });

    // Write whatever is pending when the page is hidden, closed or left.
    let flusher = autosave.clone();
    let on_hide = window_event_listener_untyped("visibilitychange", move |_| flusher.flush());
    let flusher = autosave.clone();
    let on_pagehide = window_event_listener_untyped("pagehide", move |_| flusher.flush());
    let flusher = autosave.clone();
    on_cleanup(move || {
        on_hide.remove();
        on_pagehide.remove();
        flusher.flush();
    });

    // A control the user typed in, changed or left shows its findings from then on.
    let touch = move |target: Option<web_sys::EventTarget>| {
        if let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            ctx.touch(&element.id());
        }
    };
    let conflict = move || ctx.autosave.with_value(|a| a.status.get()) == SaveStatus::Conflict;
    let status_line = ctx.field(|d| Some((d.status, d.revision)));
    let print_href = format!("/inovasi/{id}/cetak");
    let handover_href = format!("/inovasi/{id}/serahkan");
    let feedback_id = id.clone();
    let kipp_href = format!("/inovasi/{id}/kipp");

    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page editor" on:input=move |ev| touch(ev.target())
            on:change=move |ev| touch(ev.target()) on:focusout=move |ev| touch(ev.target())>
            <h2>{move || text(Key::EditorTitle)}</h2>
            <Show when=conflict>
                <div class="error-box" role="alert">
                    <p>{move || text(Key::ConflictNotice)}</p>
                    <button type="button" on:click=|_| {
                        if let Some(window) = web_sys::window() {
                            let _ignored = window.location().reload();
                        }
                    }>{move || text(Key::ReloadLatest)}</button>
                </div>
            </Show>
            {move || ctx.notice.get().map(|(ok, message)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{message}</p>
            })}
            <Loaded resource=loaded body={move |found: bool| match found {
                false => view! { <p class="error">{t(state.lang.get(), common::Key::NotFound)}</p> }.into_any(),
                true => view! {
                    <p class="status-line">
                        {move || status_line.get().map(|(status, revision)| format!("{}: {} · {} {}", t(state.lang.get(), common::Key::StatusLabel), status_label(state.lang.get(), status), t(state.lang.get(), common::Key::Revision), revision))}
                        " · "
                        <a href=print_href.clone()>{move || text(Key::PrintView)}</a>
                        " · "
                        <a href=handover_href.clone()>{move || text(Key::HandoverLink)}</a>
                        " · "
                        <a href=kipp_href.clone()>{move || text(Key::KippLink)}</a>
                        " · "
                        <a href=format!("#{}", labinov::SECTION_ID)>{move || text(Key::LabinovLink)}</a>
                    </p>
                    <OriginNotice />
                    <CarriedNotice />
                    <FeedbackPanel id=feedback_id.clone() />
                    <bar::StatusNotice />
                    <Checklist />
                    <ProfileForm />
                    <Indicators />
                    <labinov::LabinovSection />
                    <bar::EditorBar />
                }.into_any(),
            }} />
        </main>
    }
}

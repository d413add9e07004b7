//! `/inovasi/:id`: the innovation profile editor with live validation and autosave.

use inovda_core::messages::{
    field_label, issue_message, stage_label, status_label, word_count_label,
};
use inovda_core::validation::is_submittable;
use inovda_core::{
    Catalog, FieldPath, Innovation, InnovationRecord, Issue, Severity, Stage, ValidationRules,
    validate, word_count,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsCast;

use crate::autosave::{Autosave, SaveStatus};
use crate::components::lang_switch::LangSwitch;
use crate::i18n::{Key, t};
use crate::platform;
use crate::state::use_app_state;

/// Loading state of the edited innovation.
#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    Loading,
    Missing,
    Failed(String),
    Ready,
}

/// The DOM id of a field's control on this screen, used by the checklist to focus it.
fn control_id(path: FieldPath) -> Option<&'static str> {
    match path {
        FieldPath::Name => Some("name"),
        FieldPath::Stage => Some("stage"),
        FieldPath::Design => Some("design"),
        _ => None,
    }
}

/// The validation rules of the innovation's assessment year (the national default otherwise).
fn rules_for(innovation: &Innovation) -> ValidationRules {
    Catalog::builtin(innovation.year)
        .map(|catalog| ValidationRules::from_catalog(&catalog))
        .unwrap_or_else(|_| ValidationRules::national())
        .on(platform::today())
}

fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ignored = element.focus();
    }
}

#[component]
pub fn EditorPage() -> impl IntoView {
    let state = use_app_state();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let draft = RwSignal::new(None::<Innovation>);
    let loaded = RwSignal::new(Loaded::Loading);
    let autosave = Autosave::new(state.repo());
    let rules = RwSignal::new(ValidationRules::national().on(platform::today()));
    let text = move |key| t(state.lang.get(), key);

    let repo = state.repo();
    spawn_local(async move {
        let outcome = match repo.get_innovation(&id).await {
            Ok(Some(record)) => match record.to_domain() {
                Ok(innovation) => {
                    rules.try_set(rules_for(&innovation));
                    draft.try_set(Some(innovation));
                    Loaded::Ready
                }
                Err(error) => Loaded::Failed(error.to_string()),
            },
            Ok(None) => Loaded::Missing,
            Err(error) => Loaded::Failed(error.to_string()),
        };
        loaded.try_set(outcome);
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

    let saver = autosave.clone();
    let edit = move |change: Box<dyn FnOnce(&mut Innovation)>| {
        let mut record = None;
        draft.update(|current| {
            if let Some(innovation) = current.as_mut() {
                change(innovation);
                innovation.touch(platform::now());
                record = Some(InnovationRecord::from(&*innovation));
            }
        });
        if let Some(record) = record {
            saver.schedule(record);
        }
    };

    let issues = Memo::new(move |_| {
        rules.with(|rules| {
            draft.with(|d| d.as_ref().map(|d| validate(d, rules)).unwrap_or_default())
        })
    });
    let field_issues = move |path: FieldPath| {
        let lang = state.lang.get();
        issues.with(|all| {
            all.iter()
                .filter(|i| i.path == path)
                .map(|i| issue_message(lang, i))
                .collect::<Vec<_>>()
        })
    };
    let render_issues = move |path: FieldPath| {
        view! {
            <ul class="issues" id=format!("{}-issues", control_id(path).unwrap_or("form"))>
                {move || field_issues(path).into_iter().map(|m| view! { <li class="issue">{m}</li> }).collect_view()}
            </ul>
        }
    };

    let status_text = move || match autosave.status.get() {
        SaveStatus::Saved => text(Key::Saved).to_owned(),
        SaveStatus::Pending => text(Key::Unsaved).to_owned(),
        SaveStatus::Saving => text(Key::Saving).to_owned(),
        SaveStatus::Failed(reason) => format!("{} — {reason}", text(Key::SaveFailed)),
    };
    let status_class = move || match autosave.status.get() {
        SaveStatus::Failed(_) => "save-status failed",
        SaveStatus::Saved => "save-status saved",
        _ => "save-status pending",
    };

    let checklist = move || {
        let lang = state.lang.get();
        let blocking: Vec<Issue> =
            issues.get().into_iter().filter(|i| i.severity == Severity::Error).collect();
        let ready = is_submittable(&blocking);
        view! {
            <section class="checklist" aria-live="polite">
                {if ready {
                    view! { <p class="ready">{t(lang, Key::ChecklistReady)}</p> }.into_any()
                } else {
                    view! {
                        <details>
                        <summary><strong>{blocking.len()}</strong> " " {t(lang, Key::Checklist)}</summary>
                        <ul>
                            {blocking.iter().map(|issue| {
                                let message = issue_message(lang, issue);
                                match control_id(issue.path) {
                                    Some(target) => view! {
                                        <li><button type="button" class="link" on:click=move |_| focus(target)>
                                            {message}
                                        </button></li>
                                    }.into_any(),
                                    None => view! { <li>{message}</li> }.into_any(),
                                }
                            }).collect_view()}
                        </ul>
                        </details>
                    }.into_any()
                }}
            </section>
        }
    };

    let edit_name = edit.clone();
    let edit_stage = edit.clone();
    let edit_design = edit;
    let form = move || {
        let lang = state.lang.get();
        let current_stage = move || draft.with(|d| d.as_ref().and_then(|d| d.stage));
        view! {
            {checklist}
            <form class="form" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                <div class="field">
                    <label for="name">{field_label(lang, FieldPath::Name)}</label>
                    <input
                        id="name"
                        type="text"
                        aria-describedby="name-issues"
                        prop:value=move || draft.with(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default())
                        on:input={
                            let edit = edit_name.clone();
                            move |ev| {
                                let value = event_target_value(&ev);
                                edit(Box::new(move |d| d.name = value));
                            }
                        }
                    />
                    {render_issues(FieldPath::Name)}
                </div>
                <div class="field">
                    <label for="stage">{field_label(lang, FieldPath::Stage)}</label>
                    <select
                        id="stage"
                        aria-describedby="stage-issues"
                        on:change={
                            let edit = edit_stage.clone();
                            move |ev| {
                                let stage = Stage::from_code(&event_target_value(&ev));
                                edit(Box::new(move |d| d.stage = stage));
                            }
                        }
                    >
                        <option value="" prop:selected=move || current_stage().is_none()>{t(lang, Key::ChooseStage)}</option>
                        {Stage::ALL.into_iter().map(|stage| view! {
                            <option value=stage.code() prop:selected=move || current_stage() == Some(stage)>
                                {stage_label(lang, stage)}
                            </option>
                        }).collect_view()}
                    </select>
                    {render_issues(FieldPath::Stage)}
                </div>
                <div class="field">
                    <label for="design">{field_label(lang, FieldPath::Design)}</label>
                    <textarea
                        id="design"
                        rows="12"
                        aria-describedby="design-count design-issues"
                        prop:value=move || draft.with(|d| d.as_ref().map(|d| d.design.clone()).unwrap_or_default())
                        on:input={
                            let edit = edit_design.clone();
                            move |ev| {
                                let value = event_target_value(&ev);
                                edit(Box::new(move |d| d.design = value));
                            }
                        }
                    ></textarea>
                    <p class="word-count" id="design-count" aria-live="polite">
                        {move || word_count_label(state.lang.get(), draft.with(|d| d.as_ref().map(|d| word_count(&d.design)).unwrap_or(0)), rules.with(|r| r.design_min_words))}
                    </p>
                    {render_issues(FieldPath::Design)}
                </div>
            </form>
        }
    };

    view! {
        <header class="bar">
            <a class="back" href="/">{move || text(Key::BackToList)}</a>
            <LangSwitch />
        </header>
        <main class="page">
            <div class="editor-head">
                <h2>{move || text(Key::EditorTitle)}</h2>
                <p class=status_class role="status" data-testid="save-status">{status_text}</p>
            </div>
            {move || draft.with(|d| d.as_ref().map(|d| d.status)).map(|status| view! {
                <p class="status-line">{text(Key::StatusLabel)} ": " {status_label(state.lang.get(), status)}</p>
            })}
            {move || match loaded.get() {
                Loaded::Loading => view! { <p class="loading">{text(Key::Loading)}</p> }.into_any(),
                Loaded::Missing => view! { <p class="error">{text(Key::NotFound)}</p> }.into_any(),
                Loaded::Failed(reason) => view! { <p class="error" role="alert">{text(Key::StorageFailed)} " " {reason}</p> }.into_any(),
                Loaded::Ready => form().into_any(),
            }}
        </main>
    }
}

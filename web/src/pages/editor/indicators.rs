//! The 20 SID indicators (16–35): levels from the year's catalog, evidence, notes, live maturity.
//! Each is a card that folds to one line (its level, evidence and what is missing); an index of
//! the 20 numbers jumps to one. Cards start open on a wide screen and where already answered.

use inovda_core::base::format::{format_points, format_score};
use inovda_core::model::catalog::IndicatorDef;
use inovda_core::rules::scoring::{View, maturity};
use inovda_core::{EvidenceTarget, FieldPath, IssueCode, Level};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::{EditorCtx, FieldIssues, use_editor};
use super::files::{AttachControls, EvidenceList};
use crate::evidence;
use crate::i18n::{common, editor, editor::Key, t};

/// Whether the screen is wide enough to show every card open (laptops).
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width >= 900.0)
}

/// The DOM id of an indicator's card (`<details>`).
fn card_id(number: u8) -> String {
    format!("indicator-{number}-card")
}

/// Opens or closes the card of `number` (the `toggle` event keeps its signal in step).
fn set_card_open(number: u8, open: bool) {
    let card = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&card_id(number)));
    if let Some(card) = card {
        let _ignored =
            if open { card.set_attribute("open", "") } else { card.remove_attribute("open") };
    }
}

/// An indicator's level claimed and its evidence count (files and a link).
fn answer_of(ctx: EditorCtx, number: u8) -> Memo<(u8, usize)> {
    ctx.answer(number, |a| {
        let level = a.claimed.map(Level::value).unwrap_or(0);
        (level, a.evidence.len() + usize::from(!a.link.trim().is_empty()))
    })
}

/// How many findings block an indicator (shown once its findings show).
fn missing_of(ctx: EditorCtx, number: u8) -> Memo<usize> {
    Memo::new(move |_| {
        if !ctx.shows(FieldPath::Indicator(number)) {
            return 0;
        }
        ctx.issues.with(|all| {
            all.iter()
                .filter(|i| i.severity == inovda_core::Severity::Error)
                .filter(|i| {
                    matches!(i.path, FieldPath::Indicator(n) | FieldPath::IndicatorEvidence(n) if n == number)
                })
                .count()
        })
    })
}

/// Kematangan so far and the mandatory indicators still missing.
#[component]
pub fn MaturitySummary() -> impl IntoView {
    let ctx = use_editor();
    // Memos: typing elsewhere in the form changes neither, so the summary is not redrawn.
    let score = Memo::new(move |_| {
        ctx.catalog.with(|catalog| {
            let catalog = catalog.as_ref()?;
            let score =
                ctx.draft.with(|d| d.as_ref().map(|d| maturity(catalog, d, View::Claimed)))?;
            Some((score, catalog.sid_max()))
        })
    });
    let missing = Memo::new(move |_| {
        ctx.issues.with(|all| {
            all.iter()
                .filter(|i| i.code == IssueCode::MandatoryIndicatorMissing)
                .filter_map(|i| match i.path {
                    FieldPath::Indicator(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect::<Vec<String>>()
        })
    });
    move || {
        let lang = ctx.lang.get();
        let Some((score, max)) = score.get() else {
            return view! { <p class="muted">{t(lang, common::Key::NoCatalog)}</p> }.into_any();
        };
        let shown = ctx.shows_indicators();
        let missing = missing.get();
        view! {
            <div class="maturity" role="status" data-testid="maturity">
                <p>
                    <strong>{t(lang, common::Key::Maturity)} ": "</strong>
                    <span class="score">{format!("{} / {}", format_score(lang, score), format_score(lang, max))}</span>
                </p>
                {ctx.target.get().map(|threshold| view! {
                    <p class="target" data-testid="send-target">{editor::send_target(lang, threshold)}</p>
                })}
                {(shown && !missing.is_empty()).then(|| view! {
                    <p class="issue">{t(lang, Key::MandatoryMissing)} " " {missing.join(", ")}</p>
                })}
            </div>
        }
        .into_any()
    }
}

/// One indicator: name, weight, the three levels with their descriptions, evidence hint,
/// level choice, evidence files, link and note.
#[component]
fn IndicatorSection(row: IndicatorDef) -> impl IntoView {
    let ctx = use_editor();
    let number = row.number;
    let target = EvidenceTarget::Indicator(number);
    let level = ctx.answer(number, |a| a.claimed.map(Level::value).unwrap_or(0));
    let level = move || level.get();
    let link = ctx.answer(number, |a| a.link.clone());
    let note = ctx.answer(number, |a| a.note.clone());
    let group = format!("ind-{number}-level");
    let weight = row.weight;
    let levels = row.levels.clone();
    let accept = if row.video { evidence::ACCEPT_WITH_VIDEO } else { evidence::ACCEPT_DOCUMENTS };
    let link_id = format!("ind-{number}-link");
    let note_id = format!("ind-{number}-note");
    let scored = row.clone();
    let points = move || {
        let lang = ctx.lang.get();
        let value = Level::new(level()).map(|l| scored.points(l)).unwrap_or_default();
        format!("{} {}", t(lang, Key::Points), format_points(lang, value))
    };
    let answer = answer_of(ctx, number);
    let missing = missing_of(ctx, number);
    // Open: as the user left it; else on a wide screen or once it has an answer.
    let chosen = RwSignal::new(None::<bool>);
    let wide = wide_screen();
    let open = move || chosen.get().unwrap_or_else(|| wide || answer.get() != (0, 0));
    let on_toggle = move |ev: leptos::ev::Event| {
        let now_open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .map(|d| d.open());
        if let Some(now_open) = now_open
            && now_open != open()
        {
            chosen.set(Some(now_open));
        }
    };
    view! {
        <section class="indicator" id=format!("indicator-{number}") aria-labelledby=format!("indicator-{number}-title")>
          <details class="indicator-card" id=card_id(number) prop:open=open on:toggle=on_toggle>
            <summary>
                <h3 id=format!("indicator-{number}-title")>
                    {format!("{number}. {}", row.name)}
                    {row.mandatory.then(|| view! { <span class="badge">{move || t(ctx.lang.get(), Key::Mandatory)}</span> })}
                </h3>
                <span class="indicator-state">
                    {move || { let (level, files) = answer.get(); editor::indicator_state(ctx.lang.get(), level, files) }}
                    {move || match missing.get() {
                        0 => None,
                        n => Some(view! { " · " <span class="indicator-missing">{editor::indicator_missing(ctx.lang.get(), n)}</span> }),
                    }}
                </span>
            </summary>
            <div class="indicator-body">
            <p class="muted">
                {move || format!("{} · {} {} · ", row.variable, t(ctx.lang.get(), Key::Weight), format_points(ctx.lang.get(), weight))}
                <span class="points">{points}</span>
            </p>
            <fieldset class="levels">
                <legend>{move || t(ctx.lang.get(), Key::LevelChoice)}</legend>
                {(0u8..=3).map(|value| {
                    let id = format!("{group}-{value}");
                    let text = match value {
                        0 => None,
                        n => levels.get(usize::from(n) - 1).cloned(),
                    };
                    view! {
                        <div class="level">
                            <input
                                type="radio"
                                id=id.clone()
                                name=group.clone()
                                value=value.to_string()
                                prop:checked=move || level() == value
                                prop:disabled=move || !ctx.editable()
                                on:change=move |_| ctx.edit(move |d| d.indicator_mut(number).claimed = Level::new(value).filter(|l| l.value() > 0))
                            />
                            <label for=id>
                                {match text {
                                    None => view! { <span>{move || t(ctx.lang.get(), common::Key::LevelNone)}</span> }.into_any(),
                                    Some(text) => view! { <span><strong>{format!("{value}.")}</strong> " " {text}</span> }.into_any(),
                                }}
                            </label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <FieldIssues path=FieldPath::Indicator(number) />
            <p class="hint"><strong>{move || t(ctx.lang.get(), Key::EvidenceHint)} ": "</strong> {row.evidence.clone()}</p>
            <EvidenceList target />
            <AttachControls target accept multiple=true />
            <FieldIssues path=FieldPath::IndicatorEvidence(number) />
            <div class="field">
                <label for=link_id.clone()>{move || t(ctx.lang.get(), if row.video { Key::VideoLink } else { Key::EvidenceLink })}</label>
                <input
                    id=link_id
                    type="url"
                    inputmode="url"
                    prop:value=move || link.get()
                    prop:disabled=move || !ctx.editable()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        ctx.edit(move |d| d.indicator_mut(number).link = value);
                    }
                />
            </div>
            <div class="field">
                <label for=note_id.clone()>{move || t(ctx.lang.get(), Key::Note)}</label>
                <textarea
                    id=note_id
                    rows="2"
                    prop:value=move || note.get()
                    prop:disabled=move || !ctx.editable()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        ctx.edit(move |d| d.indicator_mut(number).note = value);
                    }
                ></textarea>
            </div>
            </div>
          </details>
        </section>
    }
}

/// The 20 numbers, each with its state; a tap opens that card and jumps to it. "Buka semua" /
/// "Tutup semua" fold every card.
#[component]
fn IndicatorIndex(numbers: Vec<u8>) -> impl IntoView {
    let ctx = use_editor();
    let all = StoredValue::new(numbers.clone());
    let set_all =
        move |open: bool| all.with_value(|all| all.iter().for_each(|n| set_card_open(*n, open)));
    view! {
        <nav class="indicator-index" aria-label=move || t(ctx.lang.get(), Key::IndicatorIndex)>
            <ol>
                {numbers.into_iter().map(|number| {
                    let answer = answer_of(ctx, number);
                    let missing = missing_of(ctx, number);
                    let class = move || match (answer.get(), missing.get()) {
                        (_, n) if n > 0 => "missing",
                        ((0, 0), _) => "empty",
                        _ => "answered",
                    };
                    let label = move || {
                        let lang = ctx.lang.get();
                        let (level, files) = answer.get();
                        let mut state = editor::indicator_state(lang, level, files);
                        if missing.get() > 0 {
                            state = format!("{state} · {}", editor::indicator_missing(lang, missing.get()));
                        }
                        editor::indicator_index_label(lang, number, &state)
                    };
                    view! {
                        <li>
                            <a href=format!("#indicator-{number}") class=class aria-label=label title=label
                                on:click=move |_| set_card_open(number, true)>
                                {number.to_string()}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="actions">
                <button type="button" on:click=move |_| set_all(true)>{move || t(ctx.lang.get(), Key::OpenAllIndicators)}</button>
                <button type="button" on:click=move |_| set_all(false)>{move || t(ctx.lang.get(), Key::CloseAllIndicators)}</button>
            </div>
        </nav>
    }
}

/// Every SID indicator of the innovation's catalog.
#[component]
pub fn Indicators() -> impl IntoView {
    let ctx = use_editor();
    view! {
        <h2 id="indicators">{move || t(ctx.lang.get(), common::Key::IndicatorsTitle)}</h2>
        <MaturitySummary />
        {move || {
            let rows = ctx.catalog.with(|c| c.as_ref().map(|c| c.sid.clone()).unwrap_or_default());
            let numbers: Vec<u8> = rows.iter().map(|row| row.number).collect();
            view! {
                <IndicatorIndex numbers />
                {rows.into_iter().map(|row| view! { <IndicatorSection row /> }).collect_view()}
            }
        }}
    }
}

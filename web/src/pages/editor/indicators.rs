//! The 20 SID indicators (16–35): levels from the year's catalog, evidence, notes, live maturity.

use inovda_core::base::format::{format_points, format_score};
use inovda_core::model::catalog::IndicatorDef;
use inovda_core::rules::scoring::{View, maturity};
use inovda_core::{EvidenceTarget, FieldPath, IssueCode, Level};
use leptos::prelude::*;

use super::context::{FieldIssues, use_editor};
use super::files::{AttachControls, EvidenceList};
use crate::evidence;
use crate::i18n::{common, editor::Key, t};

/// Kematangan so far and the mandatory indicators still missing.
#[component]
pub fn MaturitySummary() -> impl IntoView {
    let ctx = use_editor();
    move || {
        let lang = ctx.lang.get();
        let Some((score, max)) = ctx.catalog.with(|catalog| {
            let catalog = catalog.as_ref()?;
            let score =
                ctx.draft.with(|d| d.as_ref().map(|d| maturity(catalog, d, View::Claimed)))?;
            Some((score, catalog.sid_max()))
        }) else {
            return view! { <p class="muted">{t(lang, common::Key::NoCatalog)}</p> }.into_any();
        };
        let missing: Vec<String> = ctx.issues.with(|all| {
            all.iter()
                .filter(|i| i.code == IssueCode::MandatoryIndicatorMissing)
                .filter_map(|i| match i.path {
                    FieldPath::Indicator(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect()
        });
        view! {
            <div class="maturity" role="status" data-testid="maturity">
                <p>
                    <strong>{t(lang, common::Key::Maturity)} ": "</strong>
                    <span class="score">{format!("{} / {}", format_score(lang, score), format_score(lang, max))}</span>
                </p>
                {(!missing.is_empty()).then(|| view! {
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
    let level = ctx
        .field(move |d| d.indicator(number).and_then(|a| a.claimed).map(Level::value).unwrap_or(0));
    let level = move || level.get();
    let link = ctx.field(move |d| d.indicator(number).map(|a| a.link.clone()).unwrap_or_default());
    let note = ctx.field(move |d| d.indicator(number).map(|a| a.note.clone()).unwrap_or_default());
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
    view! {
        <section class="indicator" id=format!("indicator-{number}") aria-labelledby=format!("indicator-{number}-title")>
            <h3 id=format!("indicator-{number}-title")>
                {format!("{number}. {}", row.name)}
                {row.mandatory.then(|| view! { <span class="badge">{move || t(ctx.lang.get(), Key::Mandatory)}</span> })}
            </h3>
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
        </section>
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
            rows.into_iter().map(|row| view! { <IndicatorSection row /> }).collect_view()
        }}
    }
}

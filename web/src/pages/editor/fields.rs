//! Controls of the profile form, each labelled with the national form's name and showing its findings.

use chrono::NaiveDate;
use inovda_core::model::urusan::AFFAIRS;
use inovda_core::rules::validation::{field_label, word_count_label};
use inovda_core::{FieldPath, Innovation, word_count};
use leptos::prelude::*;

use super::context::{FieldIssues, control_id, use_editor};
use crate::i18n::{common, editor::Key, t};

/// An `<input>` with its label, a hint under it when given, and the field's findings. `commit`
/// receives the typed text on every keystroke, or on `change` only (`on_change`: dates).
#[component]
fn InputField(
    path: FieldPath,
    kind: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    commit: Callback<String>,
    hint: Option<Signal<String>>,
    #[prop(optional)] on_change: bool,
) -> impl IntoView {
    let ctx = use_editor();
    let id = control_id(path);
    let hint_id = format!("{id}-hint");
    let described = format!("{hint_id} {id}-issues");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type=kind
                aria-describedby=described
                prop:value=value
                prop:disabled=move || !ctx.editable()
                on:input=move |ev| if !on_change { commit.run(event_target_value(&ev)) }
                on:change=move |ev| if on_change { commit.run(event_target_value(&ev)) }
            />
            {hint.map(|hint| view! { <small id=hint_id>{hint}</small> })}
            <FieldIssues path />
        </div>
    }
}

/// The national form's name of `path`, in the UI's language.
fn label_of(path: FieldPath) -> Signal<String> {
    let ctx = use_editor();
    Signal::derive(move || field_label(ctx.lang.get(), path).to_owned())
}

/// A fixed hint under a control, in the UI's language.
fn hint_of(key: Option<Key>) -> Option<Signal<String>> {
    let ctx = use_editor();
    key.map(|key| Signal::derive(move || t(ctx.lang.get(), key).to_owned()))
}

/// A one-line text field.
#[component]
pub fn TextField(
    path: FieldPath,
    get: fn(&Innovation) -> String,
    set: fn(&mut Innovation, String),
    #[prop(optional)] hint: Option<Key>,
) -> impl IntoView {
    let ctx = use_editor();
    let value = ctx.field(get);
    let commit = Callback::new(move |value: String| ctx.edit(move |d| set(d, value)));
    view! {
        <InputField path kind="text" label=label_of(path) value commit hint=hint_of(hint) />
    }
}

/// A long text with a live word count ("x / 300 kata" where a minimum applies).
#[component]
pub fn LongText(
    path: FieldPath,
    get: fn(&Innovation) -> String,
    set: fn(&mut Innovation, String),
    #[prop(optional)] with_minimum: bool,
) -> impl IntoView {
    let ctx = use_editor();
    let id = control_id(path);
    let count_id = format!("{id}-count");
    let described = format!("{count_id} {id}-issues");
    let value = ctx.field(get);
    let count = move || {
        let lang = ctx.lang.get();
        let words = value.with(|text| word_count(text));
        if with_minimum {
            word_count_label(lang, words, ctx.rules.with(|r| r.design_min_words))
        } else {
            format!("{words} {}", t(lang, Key::Words))
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || field_label(ctx.lang.get(), path)}</label>
            <textarea
                id=id
                rows=if with_minimum { "12" } else { "5" }
                aria-describedby=described
                prop:value=move || value.get()
                prop:disabled=move || !ctx.editable()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    ctx.edit(move |d| set(d, value));
                }
            ></textarea>
            <p class="word-count" id=count_id aria-live="polite">{count}</p>
            <FieldIssues path />
        </div>
    }
}

/// A choice from a list; `options` gives `(code, label)` pairs in the current language.
#[component]
pub fn SelectField(
    path: FieldPath,
    options: Signal<Vec<(String, String)>>,
    get: fn(&Innovation) -> Option<String>,
    set: fn(&mut Innovation, Option<String>),
) -> impl IntoView {
    let ctx = use_editor();
    let id = control_id(path);
    let current = ctx.field(get);
    let current = move || current.get();
    view! {
        <div class="field">
            <label for=id.clone()>{move || field_label(ctx.lang.get(), path)}</label>
            <select
                id=id.clone()
                aria-describedby=format!("{id}-issues")
                prop:disabled=move || !ctx.editable()
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let value = (!value.is_empty()).then_some(value);
                    ctx.edit(move |d| set(d, value));
                }
            >
                <option value="" prop:selected=move || current().is_none()>{move || t(ctx.lang.get(), common::Key::Choose)}</option>
                {move || options.get().into_iter().map(|(code, label)| {
                    let selected_code = code.clone();
                    view! {
                        <option value=code prop:selected=move || current().as_deref() == Some(selected_code.as_str())>{label}</option>
                    }
                }).collect_view()}
            </select>
            <FieldIssues path />
        </div>
    }
}

/// A date (shown by the browser's date picker, stored as ISO `YYYY-MM-DD`).
#[component]
pub fn DateField(
    path: FieldPath,
    get: fn(&Innovation) -> Option<NaiveDate>,
    set: fn(&mut Innovation, Option<NaiveDate>),
    #[prop(optional)] hint: Option<Key>,
) -> impl IntoView {
    let ctx = use_editor();
    let date = ctx.field(get);
    let value = Signal::derive(move || {
        date.get().map(|date| date.format("%Y-%m-%d").to_string()).unwrap_or_default()
    });
    let commit = Callback::new(move |text: String| {
        let value = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
        ctx.edit(move |d| set(d, value));
    });
    view! {
        <InputField path kind="date" label=label_of(path) value commit hint=hint_of(hint) on_change=true />
    }
}

/// Urusan Pemerintahan Beririsan: any number of the 38 affairs, folded to save space on phones.
#[component]
pub fn RelatedAffairs() -> impl IntoView {
    let ctx = use_editor();
    let path = FieldPath::RelatedAffairs;
    let chosen = ctx.field(|d| d.related_affairs.clone());
    view! {
        <fieldset class="field affairs" id=control_id(path)>
            <legend>{move || field_label(ctx.lang.get(), path)}</legend>
            <details>
                <summary>{move || format!("{} ({})", t(ctx.lang.get(), Key::ChooseAffairs), chosen.with(Vec::len))}</summary>
                <div class="checks">
                    {AFFAIRS.iter().map(|affair| {
                        let number = affair.number;
                        let id = format!("related-{number}");
                        view! {
                            <div class="check">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || chosen.with(|c| c.contains(&number))
                                    prop:disabled=move || !ctx.editable()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        ctx.edit(move |d| {
                                            d.related_affairs.retain(|n| *n != number);
                                            if on {
                                                d.related_affairs.push(number);
                                                d.related_affairs.sort_unstable();
                                            }
                                        });
                                    }
                                />
                                <label for=id>{format!("{number}. {}", affair.name)}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </details>
            <FieldIssues path />
        </fieldset>
    }
}

/// The profile fields a year's catalog adds (2026: Asta Cita, PKPN, Lokasi/Koordinat).
#[component]
pub fn ExtraFields() -> impl IntoView {
    let ctx = use_editor();
    move || {
        let lang = ctx.lang.get();
        let fields =
            ctx.catalog.with(|c| c.as_ref().map(|c| c.extra_fields.clone()).unwrap_or_default());
        fields
            .into_iter()
            .enumerate()
            .map(|(index, field)| {
                let path = FieldPath::Extra(u8::try_from(index).unwrap_or(u8::MAX));
                let key = field.key.clone();
                let read_key = key.clone();
                let extra = ctx.field(move |d| d.extra_value(&read_key).to_owned());
                let label = lang.pick((field.label_id.clone(), field.label_en.clone()));
                let commit = Callback::new(move |value: String| {
                    let key = key.clone();
                    ctx.edit(move |d| {
                        d.extra.retain(|extra| extra.key != key);
                        if !value.trim().is_empty() {
                            d.extra.push(inovda_core::ExtraValue { key, value });
                        }
                    });
                });
                let hint = Some(Signal::stored(field.hint.clone()));
                view! {
                    <InputField path kind="text" label=Signal::stored(label) value=extra commit hint />
                }
            })
            .collect_view()
    }
}

/// `(number, "n. Name")` options of the 38 affairs.
pub fn affair_options() -> Vec<(String, String)> {
    AFFAIRS.iter().map(|a| (a.number.to_string(), format!("{}. {}", a.number, a.name))).collect()
}

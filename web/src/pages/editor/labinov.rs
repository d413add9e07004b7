//! The editor's "Laboratorium Inovasi" section: the innovation's LAN lab stage, the dates and the
//! artefact files of each stage, with the commitment document the region requires marked.
//!
//! Every change goes through the editor's draft and autosave (files with their Blob in the same
//! write), so the track is saved, submitted and exported with the innovation. The slots, the
//! commitment rule and the findings all come from core's `labinov`.

use chrono::NaiveDate;
use inovda_core::EvidenceTarget;
use inovda_core::model::labinov::{
    LabStage, LabinovConfig, artefact_label, lab_issue_message, lab_stage_label, slots,
    validate_track,
};
use leptos::prelude::*;

use super::context::use_editor;
use super::files::{AttachControls, EvidenceList};
use crate::components::loaded::Loaded;
use crate::evidence;
use crate::i18n::{labinov::Key, t};
use crate::platform;
use crate::state::{ProfileState, use_app_state};

/// The national file limit when the catalog gives none (2 MB).
const DEFAULT_MAX_BYTES: u32 = 2 * 1024 * 1024;

/// DOM id of the section (the editor's link points here).
pub const SECTION_ID: &str = "labinov";

#[component]
pub fn LabinovSection() -> impl IntoView {
    let ctx = use_editor();
    let state = use_app_state();
    let config = LocalResource::new(move || {
        let profile = match state.profile.get_untracked() {
            ProfileState::Ready(profile) => Some(profile),
            _ => None,
        };
        let repo = state.repo();
        async move { repo.labinov_config_for(profile.as_ref()).await }
    });
    let track = ctx.field(|d| d.labinov.clone());
    let current = Memo::new(move |_| track.with(|t| t.as_ref().and_then(|l| l.stage)));
    let text = move |key| t(ctx.lang.get(), key);

    let findings = move || {
        let lang = ctx.lang.get();
        let Some(Ok(config)) = config.get() else { return Vec::new() };
        let max =
            ctx.rules.with(|r| r.evidence.as_ref().map_or(DEFAULT_MAX_BYTES, |e| e.max_bytes));
        track
            .with(|track| {
                track
                    .as_ref()
                    .map(|track| validate_track(track, &config, platform::today(), max))
                    .unwrap_or_default()
            })
            .into_iter()
            .map(|issue| lab_issue_message(lang, &issue))
            .collect::<Vec<_>>()
    };

    view! {
        <section class="labinov" id=SECTION_ID aria-labelledby="labinov-heading">
            <h3 id="labinov-heading">{move || text(Key::LabinovHeading)}</h3>
            <p class="muted">{move || text(Key::LabinovIntro)}</p>
            <Loaded resource=config body={move |config: LabinovConfig| view! {
                <StageSelect current /> <Stages config current />
            }} />
            <ul class="issues" id="labinov-issues" aria-live="polite">
                {move || findings().into_iter().map(|m| view! { <li class="issue">{m}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// "Tahap Labinov saat ini": moving fills the new stage's start date with today when empty.
#[component]
fn StageSelect(current: Memo<Option<LabStage>>) -> impl IntoView {
    let ctx = use_editor();
    view! {
        <div class="field">
            <label for="labinov-stage">{move || t(ctx.lang.get(), Key::LabinovCurrentStage)}</label>
            <select
                id="labinov-stage"
                aria-describedby="labinov-issues"
                prop:disabled=move || !ctx.editable()
                on:change=move |ev| {
                    let stage = LabStage::from_code(&event_target_value(&ev));
                    ctx.edit(move |d| {
                        d.labinov.get_or_insert_with(Default::default).move_to(stage, platform::today());
                    });
                }
            >
                <option value="" prop:selected=move || current.get().is_none()>
                    {move || t(ctx.lang.get(), Key::LabinovNotInLab)}
                </option>
                {LabStage::ALL.into_iter().map(|stage| view! {
                    <option value=stage.code() prop:selected=move || current.get() == Some(stage)>
                        {move || lab_stage_label(ctx.lang.get(), stage)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// One folding block per stage (the current one open): dates and artefact slots.
#[component]
fn Stages(config: LabinovConfig, current: Memo<Option<LabStage>>) -> impl IntoView {
    LabStage::ALL
        .into_iter()
        .map(|stage| view! { <StageBlock stage config=config.clone() current /> })
        .collect_view()
}

#[component]
fn StageBlock(
    stage: LabStage,
    config: LabinovConfig,
    current: Memo<Option<LabStage>>,
) -> impl IntoView {
    let ctx = use_editor();
    let base = format!("labinov-{}", stage.code()).replace('_', "-");
    let block_id = base.clone();
    let summary = move || {
        let lang = ctx.lang.get();
        match current.get() {
            Some(now) if now == stage => {
                format!(
                    "{}. {} ({})",
                    stage.number(),
                    lab_stage_label(lang, stage),
                    t(lang, Key::LabinovCurrentMark)
                )
            }
            _ => format!("{}. {}", stage.number(), lab_stage_label(lang, stage)),
        }
    };
    let dates = ctx.field(move |d| {
        let entry = d.labinov.as_ref().and_then(|l| l.entry(stage));
        entry.map(|e| (e.started, e.finished)).unwrap_or_default()
    });
    let date_of =
        move |finished: bool| dates.with(|(started, done)| if finished { *done } else { *started });
    let date_field = move |finished: bool| {
        let id = format!("{base}-{}", if finished { "finished" } else { "started" });
        let key = if finished { Key::LabinovFinished } else { Key::LabinovStarted };
        view! {
            <div class="field">
                <label for=id.clone()>{move || t(ctx.lang.get(), key)}</label>
                <input
                    id=id
                    type="date"
                    prop:value=move || date_of(finished).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                    prop:disabled=move || !ctx.editable()
                    on:change=move |ev| {
                        let value = NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok();
                        ctx.edit(move |d| {
                            let track = d.labinov.get_or_insert_with(Default::default);
                            if finished {
                                track.set_finished(stage, value);
                            } else {
                                track.set_started(stage, value);
                            }
                        });
                    }
                />
            </div>
        }
    };
    let slot_views = slots(stage, &config)
        .into_iter()
        .map(|slot| {
            let target = EvidenceTarget::Labinov(stage, slot.kind);
            let document = slot.document.clone();
            let legend = move || {
                let lang = ctx.lang.get();
                match &document {
                    Some(name) => format!("{name} ({})", t(lang, Key::LabinovMustSign)),
                    None => artefact_label(lang, slot.kind).to_owned(),
                }
            };
            let class = if slot.document.is_some() {
                "field file-slot commitment"
            } else {
                "field file-slot"
            };
            view! {
                <fieldset class=class>
                    <legend>{legend}</legend>
                    <EvidenceList target />
                    <AttachControls target accept=evidence::ACCEPT_DOCUMENTS />
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <details class="lab-stage" id=block_id prop:open=move || current.get() == Some(stage)>
            <summary>{summary}</summary>
            {date_field(false)}
            {date_field(true)}
            {slot_views}
        </details>
    }
}

//! The editor's bars: the read-only notice with "Buka kembali" at the top, and the sticky bar
//! at the bottom that keeps the save state, what still blocks Ajukan, the section links and
//! Ajukan itself within one tap on a phone.

use inovda_core::exchange::record::revision_hash;
use inovda_core::model::labels::status_label;
use inovda_core::rules::validation::is_submittable;
use inovda_core::{InnovationRecord, Issue, Severity};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::{EditorCtx, use_editor};
use super::{CHECKLIST_ID, PROFILE_ID, focus_first_problem, labinov, rollover};
use crate::autosave::Draft;
use crate::error::UserError;
use crate::i18n::{common, editor, editor::Key, t};
use crate::platform;
use crate::saver::SaveStatus;
use crate::state::{AppState, use_app_state};

/// Submits (Ajukan) or reopens (Buka kembali) the innovation: saved at once, then (Ajukan) put
/// in the relay's outbox when the device knows a relay.
fn change_status(ctx: EditorCtx, state: AppState, busy: RwSignal<bool>, submit: bool) {
    let Some(mut innovation) = ctx.draft.get_untracked() else { return };
    let now = platform::now();
    if submit {
        innovation.submit(now);
    } else {
        let submitted = InnovationRecord::from(&innovation);
        innovation.reopen(revision_hash(&submitted), now);
    }
    busy.set(true);
    let saver = ctx.autosave.get_value();
    spawn_local(async move {
        let lang = ctx.lang.get_untracked();
        match saver.save_now(Draft::new(InnovationRecord::from(&innovation), None)).await {
            Ok(()) => {
                let key = if submit { Key::Submitted } else { Key::Reopened };
                let record = InnovationRecord::from(&innovation);
                ctx.draft.try_set(Some(innovation));
                ctx.notice.try_set(Some((true, t(lang, key).to_owned())));
                if submit {
                    // With a relay, the submission also goes into the outbox.
                    let notice = match crate::relay::submit_through_relay(state, record).await {
                        Ok(true) => Some((
                            true,
                            format!(
                                "{} {}",
                                t(lang, key),
                                t(lang, crate::i18n::relay::Key::Queued)
                            ),
                        )),
                        Ok(false) => None,
                        Err(error) => Some((
                            false,
                            format!(
                                "{} {}",
                                t(lang, crate::i18n::relay::Key::QueueFailed),
                                error.message(lang)
                            ),
                        )),
                    };
                    if let Some(notice) = notice {
                        ctx.notice.try_set(Some(notice));
                    }
                }
            }
            Err(error) => {
                ctx.notice.try_set(Some((
                    false,
                    format!("{}: {}", t(lang, common::Key::SaveFailed), error.message(lang)),
                )));
            }
        }
        busy.try_set(false);
    });
}

/// At the top: a past year's notice with "Laporkan lagi", or a submitted innovation's status
/// with "Buka kembali". Nothing while it can be edited.
#[component]
pub fn StatusNotice() -> impl IntoView {
    let ctx = use_editor();
    let state = use_app_state();
    let busy = RwSignal::new(false);
    // Memos: rebuilt when the status or the year changes, not on every keystroke.
    let head = ctx.field(|d| Some((d.status, d.revision, d.year)));
    let past_year = Memo::new(move |_| ctx.past_year());
    move || {
        let lang = ctx.lang.get();
        let Some((status, revision, year)) = head.get() else {
            return ().into_any();
        };
        if past_year.get() {
            view! {
                <div class="submit-bar readonly" role="status">
                    <p>{editor::past_year_notice(lang, year)}</p>
                </div>
                <rollover::RolloverForm />
            }
            .into_any()
        } else if ctx.editable() {
            ().into_any()
        } else {
            view! {
                <div class="submit-bar readonly" role="status">
                    <p>{format!("{} ({} {revision}). {}", status_label(lang, status), t(lang, common::Key::Revision), t(lang, Key::ReadOnlyNotice))}</p>
                    <button type="button" prop:disabled=move || busy.get() on:click=move |_| change_status(ctx, state, busy, false)>{t(lang, Key::Reopen)}</button>
                </div>
            }
            .into_any()
        }
    }
}

/// The save state in words.
fn save_text(lang: inovda_core::Lang, status: SaveStatus) -> String {
    match status {
        SaveStatus::Saved => t(lang, common::Key::Saved).to_owned(),
        SaveStatus::Pending => t(lang, common::Key::Unsaved).to_owned(),
        SaveStatus::Saving => t(lang, common::Key::Saving).to_owned(),
        SaveStatus::Conflict => t(lang, common::Key::NotSaved).to_owned(),
        SaveStatus::Failed(crate::storage::StorageError::QuotaExceeded) => {
            t(lang, common::Key::StorageFull).to_owned()
        }
        SaveStatus::Failed(crate::storage::StorageError::Unavailable) => {
            t(lang, Key::StorageUnavailable).to_owned()
        }
        SaveStatus::Failed(reason) => {
            format!("{} — {}", t(lang, common::Key::SaveFailed), reason.message(lang))
        }
    }
}

/// The sticky bottom bar: save state · "N hal lagi" (opens the list) · Profil / Indikator /
/// Labinov · Ajukan. Ajukan pressed too early shows every finding and goes to the first one.
#[component]
pub fn EditorBar() -> impl IntoView {
    let ctx = use_editor();
    let state = use_app_state();
    let busy = RwSignal::new(false);
    let status = move || ctx.autosave.with_value(|a| a.status.get());
    let status_class = move || match status() {
        SaveStatus::Failed(_) | SaveStatus::Conflict => "save-status failed",
        SaveStatus::Saved => "save-status saved",
        _ => "save-status pending",
    };
    let blocking = Memo::new(move |_| {
        ctx.issues.with(|all| all.iter().filter(|i| i.severity == Severity::Error).count())
    });
    let blocked = move || ctx.issues.with(|all: &Vec<Issue>| !is_submittable(all));
    // A memo, not a read of the draft: these controls are rebuilt only when it loads, not on
    // every keystroke.
    let loaded = ctx.field(|_| true);
    let loaded = move || loaded.get();
    let submit = move |_| {
        if blocked() {
            let lang = ctx.lang.get_untracked();
            ctx.show_all.set(true);
            ctx.notice.set(Some((false, t(lang, Key::SubmitTried).to_owned())));
            focus_first_problem();
            return;
        }
        change_status(ctx, state, busy, true);
    };
    let open_checklist = move |_| focus_first_problem();
    view! {
        <div class="editor-bar" data-testid="editor-bar">
            <p class="editor-bar-state">
                <span class=status_class role="status" data-testid="save-status">
                    {move || save_text(ctx.lang.get(), status())}
                </span>
                {move || (loaded() && ctx.editable()).then(|| {
                    let lang = ctx.lang.get();
                    // Ready: the list at the top says so, and Ajukan is the next step.
                    (blocking.get() > 0).then(|| view! {
                        <button type="button" class="link" on:click=open_checklist>
                            {editor::items_left(lang, blocking.get())}
                        </button>
                    })
                })}
            </p>
            <nav class="editor-sections" aria-label=move || t(ctx.lang.get(), Key::SectionsNav)>
                <a href=format!("#{PROFILE_ID}")>{move || t(ctx.lang.get(), Key::NavProfile)}</a>
                <a href="#indicators">{move || t(ctx.lang.get(), Key::NavIndicators)}</a>
                <a href=format!("#{}", labinov::SECTION_ID)>{move || t(ctx.lang.get(), Key::NavLabinov)}</a>
            </nav>
            {move || (loaded() && ctx.editable()).then(|| view! {
                <button type="button" class="primary submit" prop:disabled=move || busy.get()
                    aria-describedby=CHECKLIST_ID
                    on:click=submit>{move || t(ctx.lang.get(), Key::Submit)}</button>
            })}
        </div>
    }
}

//! The secretariat's verdict on this innovation, as the agency sees it after importing a
//! feedback bundle: core's [`feedback_for`] (status, reason, the reviewed revision, klaim vs
//! terverifikasi kematangan, per indicator the verified level against the claim with the note,
//! and the list of what to fix).

use inovda_core::base::format::{format_score, format_time_long_in};
use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::model::labels::status_label;
use inovda_core::secretariat::verification::{FeedbackView, feedback_for};
use inovda_core::{Lang, Status};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::use_editor;
use crate::components::scroll_table::{ScrollTable, columns};
use crate::i18n::{common::Key, editor, t};
use crate::platform;
use crate::state::use_app_state;

fn decided(lang: Lang, at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|at| format_time_long_in(lang, at.to_utc(), platform::zone()))
        .unwrap_or_default()
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Verified => "verdict verified",
        Status::Rejected => "verdict rejected",
        _ => "verdict needs-revision",
    }
}

/// "Hasil verifikasi sekretariat" on the editor, when a verdict was imported.
#[component]
pub fn FeedbackPanel(id: String) -> impl IntoView {
    let state = use_app_state();
    let ctx = use_editor();
    let verdicts = RwSignal::new(Vec::<VerdictRecord>::new());
    let repo = state.repo();
    spawn_local(async move {
        if let Ok(all) = repo.list_verdicts().await {
            verdicts.try_set(all.into_iter().filter(|v| v.innovation_id == id).collect());
        }
    });
    // A memo: a keystroke in the form does not redraw the feedback unless it changes it.
    let view_of = Memo::new(move |_| -> Option<(FeedbackView, Vec<(u8, String)>)> {
        verdicts.with(|all| {
            ctx.catalog.with(|catalog| {
                let catalog = catalog.as_ref()?;
                ctx.draft.with(|d| {
                    let found = feedback_for(catalog, d.as_ref()?, all)?;
                    let names = catalog.sid.iter().map(|r| (r.number, r.name.clone())).collect();
                    Some((found, names))
                })
            })
        })
    });
    move || {
        let lang = ctx.lang.get();
        view_of.get().map(|(found, names)| {
            let name_of = |number: u8| {
                names.iter().find(|(n, _)| *n == number).map(|(_, name)| name.clone()).unwrap_or_default()
            };
            let to_fix = found
                .indicators
                .iter()
                .filter(|i| i.to_fix)
                .map(|i| {
                    let claimed = i.claimed.map_or_else(|| t(lang, Key::NotAnswered).to_owned(), |c| c.to_string());
                    let line = editor::fix_line(lang, &claimed, i.verified);
                    let note = (!i.note.is_empty()).then(|| format!(" — {}", i.note));
                    view! { <li><strong>{format!("{}. {}", i.number, name_of(i.number))}</strong> ": " {line} {note}</li> }
                })
                .collect_view();
            let has_fix = found.indicators.iter().any(|i| i.to_fix);
            let rows = found
                .indicators
                .iter()
                .map(|i| {
                    let claimed = i.claimed.map_or_else(|| t(lang, Key::NoValue).to_owned(), |c| c.to_string());
                    view! {
                        <tr class:lowered=i.to_fix>
                            <th scope="row">{format!("{}. {}", i.number, name_of(i.number))}</th>
                            <td class="num" data-label=t(lang, Key::ClaimedLevel)>{claimed}</td>
                            <td class="num verified key" data-label=t(lang, Key::VerifiedLevel)>{i.verified}</td>
                            <td class="note block" data-label=t(lang, Key::VerifierNote)>{i.note.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let verified = found.maturity.verified.map_or_else(|| t(lang, Key::NoValue).to_owned(), |p| format_score(lang, p));
            view! {
                <section class="feedback" aria-labelledby="feedback-heading" data-testid="feedback">
                    <h2 id="feedback-heading">{t(lang, editor::Key::FeedbackHeading)}</h2>
                    <p>
                        <span class=status_class(found.status) data-testid="feedback-status">{status_label(lang, found.status)}</span>
                        " · " {t(lang, Key::Revision)} " " {found.reviewed_revision}
                        " · " {decided(lang, &found.decided_at)}
                    </p>
                    {(!found.notes.is_empty()).then(|| view! {
                        <p data-testid="feedback-reason"><strong>{t(lang, Key::ReviewReasonLabel)} ": "</strong> {found.notes.clone()}</p>
                    })}
                    {found.outdated.then(|| view! { <p class="muted">{t(lang, editor::Key::FeedbackOutdated)}</p> })}
                    <p>
                        {t(lang, Key::MaturityClaimed)} ": " {format_score(lang, found.maturity.claimed)}
                        " · " {t(lang, Key::MaturityVerifiedSaved)} ": " {verified}
                    </p>
                    {has_fix.then(|| view! {
                        <h3>{t(lang, editor::Key::ToFixHeading)}</h3>
                        <ul class="to-fix" data-testid="to-fix">{to_fix}</ul>
                    })}
                    <ScrollTable labelled_by="feedback-heading".to_owned() class="feedback-levels cards-on-phone" columns=columns(lang, &[
                        Key::ColIndicator,
                        Key::ClaimedLevel,
                        Key::VerifiedLevel,
                        Key::VerifierNote,
                    ])>{rows}</ScrollTable>
                </section>
            }
        })
    }
}

//! `/verifikasi/:id`: the secretariat's review of one innovation. Every SID indicator of the
//! year's catalog with the claimed level, a verified-level choice (starting at the claim, from
//! core's [`review_template`]) and a note; the evidence files (downloadable when stored here);
//! the status with its reason; klaim vs terverifikasi kematangan side by side
//! ([`review_maturity`], [`claimed_vs_verified`]). "Simpan hasil verifikasi" asks core's
//! [`build_verdict`] and stores the verdict; every finding shows next to its field. When the
//! agency sent a later revision after the last review, core's [`diff_records`] lists what changed
//! since the reviewed revision (kept in `revisions` by the import).

use std::collections::HashSet;

use chrono::{FixedOffset, Offset, Utc};
use inovda_core::base::format::format_score;
use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::exchange::record::revision_hash;
use inovda_core::model::catalog::IndicatorDef;
use inovda_core::model::labels::{stage_label, status_label};
use inovda_core::rules::validation::{field_name, issue_message_in, over_limit_files};
use inovda_core::secretariat::text::review_issue_message;
use inovda_core::secretariat::verification::{
    FieldChange, Review, ReviewIssue, build_verdict, claimed_vs_verified, diff_records,
    latest_verdict, review_maturity, review_template, reviewed_record,
};
use inovda_core::{Catalog, Innovation, InnovationRecord, Lang, Status};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::secretariat_only;
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::error::{LoadError, UserError};
use crate::evidence::download_stored;
use crate::i18n::{common::Key, documents, secretariat, t};
use crate::pages::documents::report_href;
use crate::pages::route_id;
use crate::pages::secretariat::verification::VERIFICATION_PATH;
use crate::platform;
use crate::state::use_app_state;

/// What the review page works on, read once.
#[derive(Clone)]
struct Subject {
    record: InnovationRecord,
    innovation: Innovation,
    catalog: Catalog,
    /// The newest verdict on this innovation, any revision.
    latest: Option<VerdictRecord>,
    /// Changes since the reviewed revision: `None` when the verdict covers the current one (or
    /// there is none); `Some(None)` when the reviewed revision is not kept on this device.
    changes: Option<Option<Vec<FieldChange>>>,
    /// SHA-256 of the evidence files stored on this device.
    stored: HashSet<String>,
}

/// The innovation under review, or `None` when it is not on this device.
async fn load(repo: crate::storage::Repo, id: String) -> Result<Option<Subject>, LoadError> {
    let Some(record) = repo.get_innovation(&id).await? else { return Ok(None) };
    let innovation = record.to_domain()?;
    let catalog = Catalog::builtin(record.year)?;
    let verdicts = repo.list_verdicts().await?;
    let latest = latest_verdict(&id, &verdicts).cloned();
    let changes = match &latest {
        Some(verdict) if verdict.revision_hash != revision_hash(&record) => {
            let kept = repo.kept_revisions_of(&id).await?;
            Some(
                reviewed_record(verdict, &record, &kept)
                    .map(|old| diff_records(&catalog, old, &record)),
            )
        }
        _ => None,
    };
    let mut stored = HashSet::new();
    for file in innovation.all_evidence() {
        if !stored.contains(&file.sha256) && repo.has_blob(&file.sha256).await? {
            stored.insert(file.sha256.clone());
        }
    }
    Ok(Some(Subject { record, innovation, catalog, latest, changes, stored }))
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    secretariat_only(|_| view! { <ReviewLoader /> })
}

#[component]
fn ReviewLoader() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let id = route_id();
    let loaded = LocalResource::new(move || load(state.repo(), id.clone()));
    view! {
        <header class="bar">
            <a class="back" href=VERIFICATION_PATH>{move || t(state.lang.get(), secretariat::Key::BackToVerification)}</a>
            <HeaderNav />
        </header>
        <main class="page review">
            <h2>{move || t(state.lang.get(), secretariat::Key::ReviewTitle)}</h2>
            <Loaded resource=loaded body={move |found: Option<Subject>| match found {
                None => view! { <p class="error" role="alert">{text(Key::NotFound)}</p> }.into_any(),
                Some(subject) => view! { <ReviewForm subject /> }.into_any(),
            }} />
        </main>
    }
}

/// The local time now with its offset, for the verdict's `decided_at`.
fn decided_now() -> chrono::DateTime<FixedOffset> {
    let offset =
        FixedOffset::east_opt(platform::zone().offset_minutes() * 60).unwrap_or_else(|| Utc.fix());
    platform::now().with_timezone(&offset)
}

fn issues_at(lang: Lang, issues: &[ReviewIssue], path: &str) -> Vec<String> {
    issues.iter().filter(|i| i.path == path).map(|i| review_issue_message(lang, i)).collect()
}

/// The findings of one field, under it.
#[component]
fn ReviewIssues(issues: RwSignal<Vec<ReviewIssue>>, path: String) -> impl IntoView {
    let state = use_app_state();
    move || {
        let lang = state.lang.get();
        issues
            .with(|all| issues_at(lang, all, &path))
            .into_iter()
            .map(|message| view! { <p class="issue">{message}</p> })
            .collect_view()
    }
}

#[component]
fn ReviewForm(subject: Subject) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let text = move |key| t(state.lang.get(), key);
    let review = RwSignal::new(review_template(
        &subject.catalog,
        &subject.innovation,
        subject.latest.as_ref(),
    ));
    let issues = RwSignal::new(Vec::<ReviewIssue>::new());
    let notice = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(subject.latest.clone());
    let subject = StoredValue::new(subject);

    let save = move |_| {
        let current = review.get_untracked();
        let built =
            subject.with_value(|s| build_verdict(&s.catalog, &s.record, &current, decided_now()));
        let verdict = match built {
            Ok(verdict) => verdict,
            Err(found) => {
                issues.set(found);
                notice
                    .set(Some((false, t(lang(), secretariat::Key::ReviewHasProblems).to_owned())));
                return;
            }
        };
        issues.set(Vec::new());
        busy.set(true);
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            match repo.put_verdict(&verdict).await {
                Ok(()) => {
                    saved.try_set(Some(verdict));
                    notice.try_set(Some((true, t(lang, secretariat::Key::ReviewSaved).to_owned())));
                }
                Err(error) => {
                    notice.try_set(Some((
                        false,
                        format!("{} {}", t(lang, Key::SaveFailed), error.message(lang)),
                    )));
                }
            }
            busy.try_set(false);
        });
    };

    let head = subject.with_value(|s| {
        let i = &s.innovation;
        (i.name.clone(), i.agency.clone(), i.stage, i.status, i.revision, s.record.id.clone())
    });
    let (name, agency, stage, status, revision, id) = head;
    let print_href = format!("/inovasi/{id}/cetak");
    let maturity = move || {
        let lang = lang();
        let (live, stored) = subject.with_value(|s| {
            let live = review.with(|r| review_maturity(&s.catalog, &s.innovation, r));
            let stored = saved.with(|v| claimed_vs_verified(&s.catalog, &s.innovation, v.as_ref()));
            (live, stored)
        });
        let points = |p: Option<inovda_core::Points>| {
            p.map_or_else(|| t(lang, Key::NoValue).to_owned(), |p| format_score(lang, p))
        };
        view! {
            <dl class="maturity-pair" data-testid="maturity-pair">
                <dt>{t(lang, Key::MaturityClaimed)}</dt>
                <dd data-testid="maturity-claimed">{format_score(lang, live.claimed)}</dd>
                <dt>{t(lang, secretariat::Key::MaturityVerifiedForm)}</dt>
                <dd data-testid="maturity-verified">{points(live.verified)}</dd>
                <dt>{t(lang, Key::MaturityVerifiedSaved)}</dt>
                <dd data-testid="maturity-saved">{points(stored.verified)}</dd>
            </dl>
        }
    };
    let changes = subject.with_value(|s| s.changes.clone());
    let over_limit = subject.with_value(|s| over_limit_files(&s.innovation, &s.catalog));
    let reviewed_revision = subject.with_value(|s| s.latest.as_ref().map(|v| v.revision));
    let rows: Vec<(usize, IndicatorDef)> =
        subject.with_value(|s| s.catalog.sid.iter().cloned().enumerate().collect());

    view! {
        <div class="review-head">
            <p class="review-name"><strong>{if name.trim().is_empty() { t(state.lang.get_untracked(), Key::Untitled).to_owned() } else { name }}</strong></p>
            <p class="muted">
                {agency} " · "
                {move || stage.map(|s| stage_label(lang(), s)).unwrap_or(t(lang(), Key::NoStage))} " · "
                {move || t(lang(), Key::StatusLabel)} ": " {move || status_label(lang(), status)} " · "
                {move || t(lang(), Key::Revision)} " " {revision} " · "
                <a href=print_href>{move || t(lang(), secretariat::Key::ReviewFullProfile)}</a>
            </p>
        </div>
        {changes.map(|found| view! { <ChangesSince found reviewed=reviewed_revision.unwrap_or_default() /> })}
        {(!over_limit.is_empty()).then(|| view! {
            <div class="warning over-limit" role="note" data-testid="review-over-limit">
                <p>{move || t(lang(), secretariat::Key::ReviewOverLimit)}</p>
                <ul class="issues">
                    {over_limit.iter().map(|issue| {
                        let issue = issue.clone();
                        view! { <li>{move || subject.with_value(|s| issue_message_in(lang(), &issue, &s.catalog))}</li> }
                    }).collect_view()}
                </ul>
            </div>
        })}
        <section aria-labelledby="review-maturity-heading">
            <h3 id="review-maturity-heading">{move || t(state.lang.get(), secretariat::Key::ReviewMaturityHeading)}</h3>
            {maturity}
        </section>
        <form class="form review-form" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <h3>{move || text(Key::IndicatorsTitle)}</h3>
            {rows.into_iter().map(|(index, row)| view! { <IndicatorReviewRow row index review issues subject /> }).collect_view()}
            <section class="review-decision" aria-labelledby="review-decision-heading">
                <h3 id="review-decision-heading">{move || t(state.lang.get(), secretariat::Key::ReviewDecisionHeading)}</h3>
                <div class="field">
                    <label for="review-status">{move || t(state.lang.get(), secretariat::Key::ReviewStatusLabel)}</label>
                    <select id="review-status"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            review.update(|r| r.status = Status::from_code(&value));
                        }>
                        <option value="" prop:selected=move || review.with(|r| r.status.is_none())>{move || text(Key::Choose)}</option>
                        {[Status::Verified, Status::NeedsRevision, Status::Rejected].into_iter().map(|s| view! {
                            <option value=s.code() prop:selected=move || review.with(|r| r.status == Some(s))>{move || status_label(lang(), s)}</option>
                        }).collect_view()}
                    </select>
                    <ReviewIssues issues path="status".to_owned() />
                </div>
                <div class="field">
                    <label for="review-reason">{move || text(Key::ReviewReasonLabel)}</label>
                    <p class="hint" id="review-reason-hint">{move || t(state.lang.get(), secretariat::Key::ReviewReasonHint)}</p>
                    <textarea id="review-reason" rows="3" aria-describedby="review-reason-hint"
                        prop:value=move || review.with(|r| r.reason.clone())
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            review.update(|r| r.reason = value);
                        }></textarea>
                    <ReviewIssues issues path="reason".to_owned() />
                </div>
            </section>
            {move || {
                let lang = lang();
                let all = issues.get();
                (!all.is_empty()).then(|| view! {
                    <div class="error-box" role="alert">
                        <p>{t(lang, secretariat::Key::ReviewHasProblems)}</p>
                        <ul class="issues">
                            {all.iter().map(|i| view! { <li>{review_issue_message(lang, i)}</li> }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <div class="actions">
                <button type="button" class="primary" disabled=move || busy.get() on:click=save>
                    {move || t(state.lang.get(), secretariat::Key::ReviewSave)}
                </button>
            </div>
            {move || notice.get().map(|(ok, message)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{message}</p>
            })}
            {move || saved.with(Option::is_some).then(|| {
                let href = subject.with_value(|s| report_href(&s.record.id));
                view! {
                    <p class="actions">
                        <a class="button-link" href=href>{t(state.lang.get(), documents::Key::ReportLink)}</a>
                    </p>
                }
            })}
        </form>
    }
}

/// "Yang berubah sejak revisi yang diperiksa": core's field-by-field diff.
#[component]
fn ChangesSince(found: Option<Vec<FieldChange>>, reviewed: u32) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let heading = move || secretariat::changes_since_heading(lang(), reviewed);
    let body = match found {
        None => view! { <p class="muted">{move || t(lang(), secretariat::Key::ChangesUnknown)}</p> }.into_any(),
        Some(changes) if changes.is_empty() => {
            view! { <p class="muted">{move || t(lang(), secretariat::Key::ChangesNone)}</p> }.into_any()
        }
        Some(changes) => view! {
            <ul class="changes" data-testid="changes-since">
                {changes.into_iter().map(|change| {
                    let empty = move |value: &str| if value.is_empty() { t(lang(), Key::NoValue).to_owned() } else { value.to_owned() };
                    let (before, after) = (change.before.clone(), change.after.clone());
                    view! {
                        <li>
                            <strong>{move || field_name(lang(), change.path)}</strong> ": "
                            <del>{move || empty(&before)}</del> " → " <ins>{move || empty(&after)}</ins>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section class="changes-since notice" aria-labelledby="changes-heading">
            <h3 id="changes-heading">{heading}</h3>
            {body}
        </section>
    }
}

/// One indicator: claimed level, evidence, verified level and note.
#[component]
fn IndicatorReviewRow(
    row: IndicatorDef,
    index: usize,
    review: RwSignal<Review>,
    issues: RwSignal<Vec<ReviewIssue>>,
    subject: StoredValue<Subject>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let number = row.number;
    let level_id = format!("verify-{number}-level");
    let note_id = format!("verify-{number}-note");
    let title_id = format!("verify-{number}-title");
    let label_of = {
        let levels = row.levels.clone();
        move |lang: Lang, value: u8| match value {
            0 => format!("0 — {}", t(lang, Key::LevelNone)),
            n => format!("{n} — {}", levels.get(usize::from(n) - 1).cloned().unwrap_or_default()),
        }
    };
    let claimed_label = label_of.clone();
    let claimed = review.with_untracked(|r| r.indicators.get(index).and_then(|i| i.claimed));
    let answer = subject.with_value(|s| s.innovation.indicator(number).cloned());
    let files = answer.as_ref().map(|a| a.evidence.clone()).unwrap_or_default();
    let link = answer.as_ref().map(|a| a.link.trim().to_owned()).unwrap_or_default();
    let agency_note = answer.map(|a| a.note.trim().to_owned()).unwrap_or_default();
    let download = move |sha256: String, name: String, media: String| {
        let repo = state.repo();
        spawn_local(async move {
            // The evidence list only names files this device stores; a failure shows nothing.
            let _ignored = download_stored(&repo, &sha256, &name, &media).await;
        });
    };
    let evidence = if files.is_empty() && link.is_empty() {
        view! { <p class="muted">{move || t(lang(), secretariat::Key::ReviewNoEvidence)}</p> }
            .into_any()
    } else {
        let items = files
            .into_iter()
            .map(|file| {
                let stored = subject.with_value(|s| s.stored.contains(&file.sha256));
                let name = file.file_name.clone();
                let hidden = file.file_name.clone();
                let open = move |_| download(file.sha256.clone(), file.file_name.clone(), file.media_type.clone());
                view! {
                    <li>
                        <span class="file-name">{name}</span> " "
                        {if stored {
                            view! {
                                <button type="button" on:click=open>
                                    {move || t(lang(), Key::Download)}
                                    <span class="visually-hidden">" " {hidden.clone()}</span>
                                </button>
                            }.into_any()
                        } else {
                            view! { <span class="muted">{move || t(lang(), secretariat::Key::ReviewFileNotHere)}</span> }.into_any()
                        }}
                    </li>
                }
            })
            .collect_view();
        let link_item = (!link.is_empty()).then(|| {
            view! { <li><a href=link.clone() rel="noopener noreferrer" target="_blank">{link.clone()}</a></li> }
        });
        view! { <ul class="evidence-files">{items}{link_item}</ul> }.into_any()
    };
    let labelled_by = title_id.clone();
    view! {
        <section class="indicator review-indicator" aria-labelledby=labelled_by>
            <h4 id=title_id>{format!("{number}. {}", row.name)}</h4>
            <p data-testid="claimed">
                <strong>{move || t(lang(), Key::ClaimedLevel)} ": "</strong>
                {move || match claimed {
                    Some(value) => claimed_label(lang(), value),
                    None => t(lang(), Key::NotAnswered).to_owned(),
                }}
            </p>
            {(!agency_note.is_empty()).then(|| view! {
                <p class="muted">{move || t(lang(), secretariat::Key::AgencyNote)} ": " {agency_note.clone()}</p>
            })}
            {evidence}
            <div class="field">
                <label for=level_id.clone()>{move || t(lang(), Key::VerifiedLevel)}</label>
                <select id=level_id
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<u8>().unwrap_or(0);
                        review.update(|r| if let Some(i) = r.indicators.get_mut(index) { i.level = value });
                    }>
                    {(0u8..=3).map(|value| {
                        let label = label_of.clone();
                        let selected = move || review.with(|r| r.indicators.get(index).is_some_and(|i| i.level == value));
                        view! { <option value=value.to_string() prop:selected=selected>{move || label(lang(), value)}</option> }
                    }).collect_view()}
                </select>
                <ReviewIssues issues path=format!("indicators.{number}") />
            </div>
            <div class="field">
                <label for=note_id.clone()>{move || t(lang(), Key::VerifierNote)}</label>
                <textarea id=note_id rows="2"
                    prop:value=move || review.with(|r| r.indicators.get(index).map(|i| i.note.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        review.update(|r| if let Some(i) = r.indicators.get_mut(index) { i.note = value });
                    }></textarea>
            </div>
        </section>
    }
}

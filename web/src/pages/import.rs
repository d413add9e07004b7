//! `/impor`: choose or drop bundle files, see what each would change, import them in one go;
//! resolve conflict copies; the history of imported bundles.

use std::collections::BTreeMap;

use inovda_core::base::format::format_time_long_in;
use inovda_core::exchange::bundle::{
    BundleKind, ImportPlan, RecordAction, Route, SignerStatus, VerdictAction, VerifiedBundle,
};
use inovda_core::exchange::bundle::{
    record_action_label, reject_reason_message, signer_status_message, verdict_action_label,
};
use inovda_core::exchange::record::revision_hash;
use inovda_core::{InnovationRecord, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::error::UserError;
use crate::i18n::{common, exchange, exchange::Key, secretariat, t};
use crate::intake::{Batch, Candidate, Received, prepare};
use crate::pages::award::receive::{
    AwardReceiver, JuryReceiver, receive_award_or_jury, received_view,
};
use crate::pages::relay::InboxPanel;
use crate::pages::secretariat::config::{ConfigPicker, apply_config_choice};
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{ImportLogDto, Repo, Resolution, RevisionDto, RevisionKind, StorageError};

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

fn timestamp(lang: Lang, rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|at| format_time_long_in(lang, at.to_utc(), platform::zone()))
        .unwrap_or_else(|_| rfc3339.to_owned())
}

/// Conflict copies (with the current record they compete with) and the import history.
#[derive(Clone, Default)]
struct Stored {
    conflicts: Vec<(RevisionDto, Option<InnovationRecord>)>,
    imports: Vec<ImportLogDto>,
}

async fn load_stored(repo: Repo) -> Result<Stored, StorageError> {
    let revisions = repo.list_revisions().await?;
    let mut conflicts = Vec::new();
    for copy in revisions.into_iter().filter(|r| r.kind == RevisionKind::Conflict) {
        let current = repo.get_innovation(&copy.record.id).await?;
        conflicts.push((copy, current));
    }
    let mut imports = repo.list_imports().await?;
    imports.reverse();
    Ok(Stored { conflicts, imports })
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let batch = RwSignal::new_local(None::<Batch>);
    let checking = RwSignal::new(false);
    let committing = RwSignal::new(false);
    let message = RwSignal::new(None::<(bool, String)>);
    // What award, jury and config bundles' receivers did on the last main Impor.
    let received = RwSignal::new(Vec::<Received>::new());
    // The unit an agency picked in each config bundle's list, by file index.
    let config_choices = RwSignal::new(BTreeMap::<usize, String>::new());
    let stored = LocalResource::new(move || load_stored(state.repo()));
    let dragging = RwSignal::new(false);

    // The relay's bundle ids of the files in the batch, when it came from the inbox.
    let from_relay = RwSignal::new(Vec::<String>::new());
    let choose = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        from_relay.set(Vec::new());
        let repo = state.repo();
        checking.set(true);
        message.set(None);
        received.set(Vec::new());
        config_choices.set(BTreeMap::new());
        batch.set(None);
        spawn_local(async move {
            match prepare(&repo, files).await {
                Ok(prepared) => batch.try_set(Some(prepared)),
                Err(error) => {
                    let lang = state.lang.get_untracked();
                    message.try_set(Some((
                        false,
                        format!("{} {}", t(lang, common::Key::StorageFailed), error.message(lang)),
                    )));
                    None
                }
            };
            checking.try_set(false);
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let files = files_of(input.as_ref().and_then(|i| i.files()));
        choose(files);
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        choose(files_of(ev.data_transfer().and_then(|d| d.files())));
    };

    let review_inbox = Callback::new(move |files: Vec<(web_sys::File, String)>| {
        let (files, ids): (Vec<_>, Vec<_>) = files.into_iter().unzip();
        choose(files);
        from_relay.set(ids);
    });

    let commit = move |_| {
        let lang = state.lang.get_untracked();
        let now = platform::now().to_rfc3339();
        // Bundles with their own receiver: what their own button would do, after the records.
        let receivable: Vec<(usize, VerifiedBundle, web_sys::Blob)> = batch.with_untracked(|b| {
            b.as_ref()
                .map(|b| {
                    b.receivable()
                        .map(|(index, bundle, file)| (index, bundle.clone(), file.clone()))
                        .collect()
                })
                .unwrap_or_default()
        });
        // A config bundle needs the unit first: refuse before anything is written.
        let unpicked = receivable.iter().any(|(index, bundle, _)| {
            bundle.manifest.kind == BundleKind::Config
                && config_choices.with_untracked(|c| c.get(index).is_none_or(String::is_empty))
        });
        if unpicked {
            message.set(Some((false, t(lang, secretariat::Key::PickRequired).to_owned())));
            received.set(Vec::new());
            return;
        }
        // What came through the relay is logged so (the Dasbor shows each unit's route).
        let route =
            if from_relay.with_untracked(Vec::is_empty) { Route::File } else { Route::Relay };
        let prepared = batch.with_untracked(|b| {
            b.as_ref().map(|b| {
                b.commit(&now).map(|mut ready| {
                    ready.writes = ready.writes.via(route);
                    ready
                })
            })
        });
        let Some(prepared) = prepared else { return };
        let repo = state.repo();
        committing.set(true);
        spawn_local(async move {
            let result = match prepared {
                Ok(commit) => repo.commit_import(&commit).await.map(|()| commit),
                Err(error) => Err(error),
            };
            match result {
                Ok(commit) => {
                    let mut outcomes = Vec::with_capacity(receivable.len());
                    for (index, bundle, file) in &receivable {
                        let outcome = match bundle.manifest.kind {
                            BundleKind::Config => {
                                let chosen = config_choices
                                    .with_untracked(|c| c.get(index).cloned())
                                    .unwrap_or_default();
                                Some(apply_config_choice(state, lang, bundle, &chosen).await)
                            }
                            _ => receive_award_or_jury(&repo, lang, bundle, file).await,
                        };
                        outcomes.extend(outcome);
                    }
                    let records =
                        commit.new_count() + commit.updated_count() + commit.conflict_count();
                    let summary = if records == 0 && !outcomes.is_empty() {
                        // Only packages, sheets or a config: their own lines say what was kept.
                        format!("{}.", t(lang, Key::ImportDone))
                    } else {
                        format!(
                            "{}: {} {}, {} {}, {} {}.",
                            t(lang, Key::ImportDone),
                            commit.new_count(),
                            t(lang, Key::CountNew),
                            commit.updated_count(),
                            t(lang, Key::CountUpdated),
                            commit.conflict_count(),
                            t(lang, Key::CountConflicts),
                        )
                    };
                    // What came through the relay is marked imported; its receipt follows.
                    let relayed = from_relay.get_untracked();
                    if !relayed.is_empty() {
                        if let Err(error) = repo.mark_imported(&relayed, &now).await {
                            outcomes.push(Received::failed(error.message(lang)));
                        }
                        from_relay.try_set(Vec::new());
                        crate::relay::kick(state);
                    }
                    let all_done = outcomes.iter().all(|outcome| outcome.ok);
                    message.try_set(Some((all_done, summary)));
                    received.try_set(outcomes);
                    batch.try_set(None);
                    config_choices.try_set(BTreeMap::new());
                    state.request_persistence_once();
                    state.data_changed.notify();
                }
                Err(error) => {
                    message.try_set(Some((
                        false,
                        format!("{} ({})", t(lang, Key::ImportFailed), error.message(lang)),
                    )));
                }
            }
            committing.try_set(false);
            stored.refetch();
        });
    };
    let confirm = Callback::new(move |index: usize| {
        batch.update(|b| {
            if let Some(b) = b {
                b.confirm_key(index);
            }
        });
    });
    let resolve = Callback::new(move |(hash, resolution): (String, Resolution)| {
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let now = platform::now().to_rfc3339();
            message.try_set(Some(match repo.resolve_conflict(&hash, resolution, &now).await {
                Ok(()) => (true, t(lang, Key::ConflictResolved).to_owned()),
                Err(error) => (false, error.message(lang)),
            }));
            state.data_changed.notify();
            stored.refetch();
        });
    });
    let has_changes = move || batch.with(|b| b.as_ref().is_some_and(Batch::has_changes));

    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page import">
            <h2>{move || text(Key::ImportTitle)}</h2>
            <p>{move || text(Key::ImportIntro)}</p>
            <InboxPanel review=review_inbox />
            <div class="dropzone" class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <div class="field">
                    <label for="import-files">{move || text(Key::ImportFiles)}</label>
                    <input id="import-files" type="file" multiple accept=".zip,application/zip" on:change=on_change />
                </div>
                <p class="hint">{move || text(Key::ImportDrop)}</p>
            </div>
            {move || checking.get().then(|| view! { <p class="loading" role="status">{text(Key::ImportChecking)}</p> })}
            {move || batch.with(|b| b.as_ref().map(|b| {
                let lang = state.lang.get();
                b.candidates.iter().zip(&b.plans).enumerate()
                    .map(|(index, (candidate, plan))| file_preview(lang, index, candidate, plan.as_ref(), confirm, config_choices))
                    .collect_view()
            }))}
            {move || batch.with(|b| b.is_some()).then(|| view! {
                <div class="actions">
                    <button type="button" class="primary" on:click=commit
                        disabled=move || committing.get() || !has_changes()>
                        {text(Key::ImportButton)}
                    </button>
                </div>
                {(!has_changes()).then(|| view! { <p class="hint">{text(Key::ImportNothing)}</p> })}
            })}
            {move || message.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            {move || received.get().into_iter().map(received_view).collect_view()}
            <StoredSections stored resolve />
        </main>
    }
}

fn kind_label(lang: Lang, kind: BundleKind) -> &'static str {
    t(
        lang,
        match kind {
            BundleKind::Submission => Key::KindSubmission,
            BundleKind::Feedback => Key::KindFeedback,
            BundleKind::Config => Key::KindConfig,
            BundleKind::Award => Key::KindAward,
            BundleKind::Jury => Key::KindJury,
        },
    )
}

/// The preview of one chosen file: refused with its reason, or what importing it would do.
fn file_preview(
    lang: Lang,
    index: usize,
    candidate: &Candidate,
    plan: Option<&ImportPlan>,
    confirm: Callback<usize>,
    config_choices: RwSignal<BTreeMap<usize, String>>,
) -> AnyView {
    let name = candidate.file_name.clone();
    let (bundle, plan) = match (&candidate.verified, plan) {
        (Err(error), _) => {
            return view! {
                <section class="bundle-file rejected">
                    <h3>{name}</h3>
                    <p class="error">{t(lang, Key::ImportRejected)} ": " {error.message(lang)}</p>
                </section>
            }
            .into_any();
        }
        (Ok(bundle), Some(plan)) => (bundle, plan),
        (Ok(_), None) => return ().into_any(),
    };
    let manifest = &bundle.manifest;
    let counts = plan.counts();
    let summary = [
        (counts.new, Key::CountNew),
        (counts.updated, Key::CountUpdated),
        (counts.unchanged, Key::CountUnchanged),
        (counts.older, Key::CountOlder),
        (counts.conflicts, Key::CountConflicts),
        (counts.rejected, Key::CountRejected),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| format!("{n} {}", t(lang, key)))
    .collect::<Vec<_>>()
    .join(" · ");
    let changed_key = matches!(plan.signer_status, SignerStatus::Changed { .. });
    let blocked = plan.is_blocked();
    let records = plan
        .records
        .iter()
        .map(|item| {
            let reason = match &item.action {
                RecordAction::Rejected(reason) => {
                    format!(" — {}", reject_reason_message(lang, reason))
                }
                _ => String::new(),
            };
            let shown = if item.name.trim().is_empty() {
                t(lang, common::Key::Untitled).to_owned()
            } else {
                item.name.clone()
            };
            view! {
                <li class="planned-record">
                    <span class="name">{shown}</span>
                    " (" {t(lang, common::Key::Revision)} " " {item.revision} "): "
                    <strong class="action">{record_action_label(lang, &item.action)}</strong>
                    {reason}
                </li>
            }
        })
        .collect_view();
    let verdicts = plan.verdicts.iter().map(|item| {
        let reason = match &item.action {
            VerdictAction::Rejected(reason) => format!(" — {}", reject_reason_message(lang, reason)),
            _ => String::new(),
        };
        view! {
            <li class="planned-verdict">
                {t(lang, Key::VerdictFor)} " (" {t(lang, common::Key::Revision)} " " {item.revision} "): "
                <strong class="action">{verdict_action_label(lang, &item.action)}</strong>
                {reason}
            </li>
        }
    }).collect_view();
    let missing = (!plan.missing_files.is_empty())
        .then(|| view! { <p class="warning">{exchange::missing_evidence(lang, plan.missing_files.len() as u64)}</p> });
    // A trusted config bundle: the agency picks its unit from the secretariat's list.
    let config = (manifest.kind == BundleKind::Config).then(|| {
        if blocked {
            view! { <p class="hint">{t(lang, Key::ConfigNotApplied)}</p> }.into_any()
        } else {
            view! { <ConfigPicker bundle=bundle.clone() index choices=config_choices /> }.into_any()
        }
    });
    // Local award: a juror keeps the award package; the secretariat merges a juror's sheet.
    let award = match manifest.kind {
        BundleKind::Award | BundleKind::Jury if blocked => {
            Some(view! { <p class="hint">{t(lang, Key::ConfigNotApplied)}</p> }.into_any())
        }
        BundleKind::Award => Some(
            view! { <AwardReceiver bundle=bundle.clone() file=candidate.file.clone() index /> }
                .into_any(),
        ),
        BundleKind::Jury => Some(view! { <JuryReceiver bundle=bundle.clone() index /> }.into_any()),
        _ => None,
    };
    let unchanged = plan
        .changes_nothing()
        .then(|| view! { <p class="notice">{t(lang, Key::AlreadyImported)}</p> });
    let key_class = if changed_key { "warning key-status" } else { "key-status" };
    let confirm_view = changed_key.then(|| {
        if blocked {
            view! {
                <div class="actions">
                    <button type="button" on:click=move |_| confirm.run(index)>{t(lang, Key::ConfirmKey)}</button>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="notice">{t(lang, Key::KeyConfirmed)}</p> }.into_any()
        }
    });
    view! {
        <section class=if blocked { "bundle-file blocked" } else { "bundle-file" }>
            <h3>{name}</h3>
            <p>
                <strong>{kind_label(lang, manifest.kind)}</strong> " · "
                {t(lang, Key::ImportFrom)} ": " <span class="sender">{manifest.agency.clone()}</span> " · " {manifest.region.clone()}
                " · " {t(lang, Key::ImportCreated)} " " {timestamp(lang, &manifest.created_at)}
            </p>
            <p class=key_class role=if changed_key { "alert" } else { "note" }>
                {signer_status_message(lang, &plan.signer_status, &plan.key)}
            </p>
            {confirm_view}
            {(!summary.is_empty()).then(|| view! { <p class="plan-summary">{t(lang, Key::ImportCounts)} ": " {summary}</p> })}
            {unchanged}
            {config}
            {award}
            {missing}
            <ul class="planned">{records}{verdicts}</ul>
        </section>
    }
    .into_any()
}

#[component]
fn StoredSections(
    stored: LocalResource<Result<Stored, StorageError>>,
    resolve: Callback<(String, Resolution)>,
) -> impl IntoView {
    let state = use_app_state();
    let body = move |Stored { conflicts, imports }: Stored| {
        let lang = state.lang.get();
        view! {
                <section class="conflicts" aria-labelledby="conflicts-heading">
                    <h3 id="conflicts-heading">{t(lang, Key::ConflictsTitle)} " (" {conflicts.len()} ")"</h3>
                    {if conflicts.is_empty() {
                        view! { <p class="empty">{t(lang, Key::NoConflicts)}</p> }.into_any()
                    } else {
                        view! {
                            <p>{t(lang, Key::ConflictsIntro)}</p>
                            <ul class="conflict-list">
                                {conflicts.into_iter().map(|(copy, current)| conflict_item(lang, copy, current, resolve)).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                <section class="imports" aria-labelledby="imports-heading">
                    <h3 id="imports-heading">{t(lang, Key::ImportHistory)}</h3>
                    {if imports.is_empty() {
                        view! { <p class="empty">{t(lang, Key::NoImports)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="import-log">
                                {imports.into_iter().take(50).map(|log| view! {
                                    <li>
                                        <span class="name">{log.file_name}</span>
                                        <span class="meta">{log.agency} " · " {timestamp(lang, &log.received_at)}
                                            " · " {log.new} " " {t(lang, Key::CountNew)}
                                            ", " {log.updated} " " {t(lang, Key::CountUpdated)}
                                            ", " {log.conflicts} " " {t(lang, Key::CountConflicts)}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
        }
    };
    view! { <Loaded resource=stored body /> }
}

fn conflict_item(
    lang: Lang,
    copy: RevisionDto,
    current: Option<InnovationRecord>,
    resolve: Callback<(String, Resolution)>,
) -> impl IntoView {
    let hash = revision_hash(&copy.record);
    let keep_hash = hash.clone();
    let describe = |record: &InnovationRecord| {
        let name = if record.name.trim().is_empty() {
            t(lang, common::Key::Untitled).to_owned()
        } else {
            record.name.clone()
        };
        format!(
            "«{name}», {} {} · {}",
            t(lang, common::Key::Revision),
            record.revision,
            timestamp(lang, &record.updated_at)
        )
    };
    let stored = current.as_ref().map(describe).unwrap_or_default();
    let incoming = describe(&copy.record);
    view! {
        <li class="conflict">
            <p class="meta">{copy.record.agency.clone()} " · " {copy.source.clone()}</p>
            <p>{t(lang, Key::StoredVersion)} ": " <span class="stored-version">{stored}</span></p>
            <p>{t(lang, Key::IncomingVersion)} ": " <span class="incoming-version">{incoming}</span></p>
            <div class="actions">
                <button type="button" on:click=move |_| resolve.run((hash.clone(), Resolution::UseCopy))>{t(lang, Key::UseIncoming)}</button>
                <button type="button" on:click=move |_| resolve.run((keep_hash.clone(), Resolution::KeepCurrent))>{t(lang, Key::KeepStored)}</button>
            </div>
        </li>
    }
}

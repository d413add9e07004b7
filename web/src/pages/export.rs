//! `/ekspor`: choose innovations, see the bundle size, build it with a progress bar, download
//! it and, where the browser can, hand it to the share sheet ("Bagikan").

use std::collections::BTreeSet;

use chrono::Datelike;
use inovda_core::InnovationRecord;
use inovda_core::Status;
use inovda_core::base::format::format_size;
use inovda_core::exchange::bundle::{selected_by_default, sent_by};
use inovda_core::model::labels::status_label;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::components::workspace_line::WorkspaceLine;
use crate::error::UserError;
use crate::i18n::relay::Key as RelayKey;
use crate::i18n::{common, exchange, exchange::Key, t};
use crate::packing::{ExportError, Exported, build_bundle, expected_size};
use crate::platform;
use crate::relay;
use crate::state::{ProfileState, use_app_state};
use crate::storage::{ProfileDto, StorageError};

#[component]
pub fn ExportPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page export">
            <h2>{move || text(Key::ExportTitle)}</h2>
            {move || match state.profile.get() {
                ProfileState::Ready(profile) => view! { <ExportForm profile /> }.into_any(),
                ProfileState::Loading => view! { <p class="loading">{t(state.lang.get(), common::Key::Loading)}</p> }.into_any(),
                ProfileState::Missing => view! { <p class="empty">{text(Key::ExportEmpty)}</p> }.into_any(),
                ProfileState::Failed(reason) => view! {
                    <p class="error" role="alert">{t(state.lang.get(), common::Key::StorageFailed)} " " {reason.message(state.lang.get())}</p>
                }.into_any(),
            }}
        </main>
    }
}

#[component]
fn ExportForm(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let text = move |key| t(state.lang.get(), key);
    let text_relay = move |key: RelayKey| t(state.lang.get(), key);
    let year = u16::try_from(platform::today().year()).unwrap_or_default();
    let others = RwSignal::new(0_usize);
    let selected = RwSignal::new(BTreeSet::<String>::new());
    let size = RwSignal::new(None::<u64>);
    let progress = RwSignal::new(None::<(u64, u64)>);
    let message = RwSignal::new(None::<(bool, String)>);
    let exported = RwSignal::new_local(None::<Exported>);
    let profile = StoredValue::new(profile);
    // The secretariat's key, once a config arrived: files are then locked for it by default.
    let secretariat = LocalResource::new(move || {
        let repo = state.repo();
        async move { relay::secretariat_key_for_files(&repo).await }
    });
    let lock = RwSignal::new(true);

    // This device's own innovations (the others' are only counted), the usual ones chosen.
    let records = LocalResource::new(move || {
        let repo = state.repo();
        async move {
            let profile = profile.get_value();
            let (own, foreign): (Vec<_>, Vec<_>) = repo
                .list_innovations()
                .await?
                .into_iter()
                .partition(|r| sent_by(r, &profile.region, &profile.agency));
            others.try_set(foreign.len());
            let chosen = own.iter().filter(|r| selected_by_default(r, year)).map(|r| r.id.clone());
            selected.try_set(chosen.collect());
            Ok::<_, StorageError>(own)
        }
    });

    let chosen_records = move || -> Vec<InnovationRecord> {
        let chosen = selected.get_untracked();
        records.with_untracked(|loaded| match loaded {
            Some(Ok(list)) => list.iter().filter(|r| chosen.contains(&r.id)).cloned().collect(),
            _ => Vec::new(),
        })
    };

    // The exact size of the bundle for the current choice.
    let size_serial = StoredValue::new(0_u64);
    Effect::new(move |_| {
        selected.track();
        records.track();
        size_serial.update_value(|n| *n += 1);
        let serial = size_serial.get_value();
        // The size of the previous choice is not this one's: nothing is shown until measured.
        size.set(None);
        let chosen = chosen_records();
        let repo = state.repo();
        spawn_local(async move {
            let measured = expected_size(&repo, &profile.get_value(), chosen).await.ok();
            if size_serial.try_get_value() == Some(serial) {
                size.try_set(measured);
            }
        });
    });

    let build = move |_| {
        let chosen = chosen_records();
        let repo = state.repo();
        message.set(None);
        exported.set(None);
        progress.set(Some((0, 1)));
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let report = |done, total| {
                progress.try_set(Some((done, total)));
            };
            let ids: Vec<String> = chosen.iter().map(|record| record.id.clone()).collect();
            let built = build_bundle(&repo, &profile.get_value(), chosen, report).await;
            let locked_for = secretariat
                .get_untracked()
                .and_then(Result::ok)
                .flatten()
                .filter(|_| lock.get_untracked());
            let (built, queued) = match built {
                Ok(bundle) => {
                    let profile = profile.get_value();
                    // With a relay the plain bundle also goes into the outbox, sealed there.
                    let queued = relay::send_submission(state, &profile, &bundle.blob, ids).await;
                    let file = match &locked_for {
                        Some(key) => {
                            relay::seal_for_secretariat(&repo, &profile, &bundle.blob, key)
                                .await
                                .map(|sealed| Exported {
                                    blob: sealed.blob,
                                    size: sealed.size,
                                    ..bundle
                                })
                        }
                        None => Ok(bundle),
                    };
                    (file.map_err(|e| e.message(lang)), queued)
                }
                Err(error) => (Err(error.message(lang)), Ok(false)),
            };
            match built {
                Ok(bundle) => {
                    let downloaded =
                        platform::download_blob(&bundle.blob, &bundle.file_name, "application/zip");
                    let relay_line = match &queued {
                        Ok(true) => format!(" {}", t(lang, RelayKey::AlsoQueued)),
                        Ok(false) => String::new(),
                        Err(error) => {
                            format!(" {} {}", t(lang, RelayKey::QueueFailed), error.message(lang))
                        }
                    };
                    message.try_set(Some(match downloaded {
                        Ok(()) => (
                            true,
                            format!(
                                "{} {}{relay_line}",
                                t(lang, common::Key::ExportDone),
                                bundle.file_name
                            ),
                        ),
                        Err(error) => (false, ExportError::from(error).message(lang)),
                    }));
                    exported.try_set(Some(bundle));
                    state.data_changed.notify();
                }
                Err(error) => {
                    message.try_set(Some((false, error)));
                }
            }
            progress.try_set(None);
        });
    };

    let download_again = move |_| {
        exported.with_untracked(|bundle| {
            if let Some(bundle) = bundle {
                let _shown =
                    platform::download_blob(&bundle.blob, &bundle.file_name, "application/zip")
                        .map_err(|error| {
                            let lang = state.lang.get_untracked();
                            message.set(Some((false, ExportError::from(error).message(lang))))
                        });
            }
        });
    };
    let share = move |_| {
        let Some(bundle) = exported.get_untracked() else { return };
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            match platform::share_file(&bundle.blob, &bundle.file_name).await {
                Ok(true) => message.try_set(Some((true, t(lang, Key::Shared).to_owned()))),
                Ok(false) => None,
                Err(_) => message.try_set(Some((false, t(lang, Key::ShareFailed).to_owned()))),
            };
        });
    };
    let can_share = move || {
        exported.with(|bundle| {
            bundle.as_ref().is_some_and(|b| platform::can_share_file(&b.blob, &b.file_name))
        })
    };
    let busy = move || progress.get().is_some();
    let all_ids = move || -> BTreeSet<String> {
        records.with(|loaded| match loaded {
            Some(Ok(list)) => list.iter().map(|r| r.id.clone()).collect(),
            _ => BTreeSet::new(),
        })
    };

    view! {
        <p>{move || text(Key::ExportIntro)}</p>
        <WorkspaceLine agency={profile.get_value().agency} region={profile.get_value().region} />
        <Loaded resource=records body={move |list: Vec<InnovationRecord>| match list {
            list if list.is_empty() => view! { <p class="empty">{text(Key::ExportEmpty)}</p> }.into_any(),
            list => view! {
                <fieldset class="export-choice">
                    <legend>{text(Key::ExportChoose)}</legend>
                    <div class="actions">
                        <button type="button" on:click=move |_| selected.set(all_ids())>{text(Key::SelectAll)}</button>
                        <button type="button" on:click=move |_| selected.set(BTreeSet::new())>{text(Key::SelectNone)}</button>
                    </div>
                    <ul class="choices">
                        {list.into_iter().map(|record| view! { <ExportChoice record selected /> }).collect_view()}
                    </ul>
                </fieldset>
            }.into_any(),
        }} />
        {move || (others.get() > 0).then(|| view! {
            <p class="hint">{exchange::other_senders(lang(), others.get() as u64)}</p>
        })}
        <p class="export-summary" aria-live="polite">
            <span class="selected-count">{move || exchange::export_selected(lang(), selected.with(|s| s.len()) as u64)}</span>
            {move || size.get().filter(|_| selected.with(|s| !s.is_empty())).map(|bytes| view! {
                " · " {text(Key::ExportSize)} ": " <span class="bundle-size">{format_size(lang(), bytes)}</span>
            })}
        </p>
        {move || selected.with(|s| s.is_empty()).then(|| view! {
            <p class="hint">{text(Key::ExportNoneSelected)}</p>
        })}
        {move || secretariat.get().and_then(Result::ok).flatten().map(|_| view! {
            <div class="field">
                <div class="check">
                    <input type="checkbox" id="export-lock" prop:checked=move || lock.get()
                        on:change=move |ev| lock.set(event_target_checked(&ev)) aria-describedby="export-lock-hint" />
                    <label for="export-lock">{move || text_relay(RelayKey::LockForSecretariat)}</label>
                </div>
                <p class="hint" id="export-lock-hint">{move || text_relay(RelayKey::LockHint)}</p>
            </div>
        })}
        <div class="actions">
            <button type="button" class="primary" on:click=build
                disabled=move || busy() || selected.with(|s| s.is_empty())>
                {move || if busy() { text(Key::Exporting) } else { text(Key::ExportBuild) }}
            </button>
        </div>
        {move || progress.get().map(|(done, total)| {
            let percent = done.saturating_mul(100).checked_div(total).unwrap_or(0);
            view! {
                <div class="field">
                    <label for="export-progress">{text(Key::ExportProgress)} " " {percent} "%"</label>
                    <progress id="export-progress" max=total.to_string() value=done.to_string()>{percent} "%"</progress>
                </div>
            }
        })}
        {move || message.get().map(|(ok, msg)| view! {
            <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
        })}
        {move || exported.with(|bundle| bundle.is_some()).then(|| view! {
            <div class="actions">
                <button type="button" on:click=download_again>{text(Key::DownloadAgain)}</button>
                {can_share().then(|| view! { <button type="button" on:click=share>{text(Key::Share)}</button> })}
            </div>
        })}
    }
}

/// One innovation with its checkbox.
#[component]
fn ExportChoice(record: InnovationRecord, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let id = record.id.clone();
    let input_id = format!("export-{id}");
    let name = record.name.trim().to_owned();
    let status = Status::from_code(&record.status);
    let year = record.year;
    let toggle_id = id.clone();
    let files = inovda_core::exchange::bundle::evidence_refs(std::slice::from_ref(&record));
    let evidence: u64 = files.iter().map(|file| file.size).sum();
    view! {
        <li class="choice">
            <input type="checkbox" id=input_id.clone()
                prop:checked=move || selected.with(|s| s.contains(&id))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    selected.update(|s| { if on { s.insert(toggle_id.clone()); } else { s.remove(&toggle_id); } });
                } />
            <label for=input_id>
                <span class="name">{move || if name.is_empty() { t(lang(), common::Key::Untitled).to_owned() } else { name.clone() }}</span>
                <span class="meta">
                    {year} " · " {move || status.map(|s| status_label(lang(), s)).unwrap_or_default()}
                    {move || (evidence > 0).then(|| format!(" · {}", format_size(lang(), evidence)))}
                </span>
            </label>
        </li>
    }
}

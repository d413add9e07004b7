//! `/sampah`: deleted innovations, with "Pulihkan" and "Hapus permanen" (after a confirmation).

use chrono::{DateTime, Utc};
use inovda_core::base::format::format_time_long_in;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::error::UserError;
use crate::i18n::{Texts, common, list::Key, t};
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{Repo, StorageError, TrashEntryDto};

/// One trashed innovation as the page shows it.
#[derive(Debug, Clone, PartialEq)]
struct TrashRow {
    id: String,
    name: String,
    deleted_at: Option<DateTime<Utc>>,
}

impl TrashRow {
    fn of(entry: &TrashEntryDto) -> Self {
        Self {
            id: entry.record.id.clone(),
            name: entry.record.name.trim().to_owned(),
            deleted_at: DateTime::parse_from_rfc3339(&entry.deleted_at)
                .ok()
                .map(|at| at.with_timezone(&Utc)),
        }
    }
}

async fn load(repo: Repo) -> Result<Vec<TrashRow>, StorageError> {
    Ok(repo.list_trash().await?.iter().map(TrashRow::of).collect())
}

#[component]
pub fn TrashPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let rows = LocalResource::new(move || load(state.repo()));
    let message = RwSignal::new(None::<(bool, String)>);

    // Runs a trash operation on one row, then reports `done` and reads the trash again.
    let act = move |row: TrashRow, restore: bool| {
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let (result, done) = if restore {
                (repo.restore_from_trash(&row.id).await, Key::Restored)
            } else {
                (repo.purge_from_trash(&row.id).await, Key::Purged)
            };
            let name = if row.name.is_empty() { t(lang, common::Key::Untitled) } else { &row.name };
            message.try_set(Some(match result {
                Ok(()) => (true, format!("«{name}» {}", t(lang, done))),
                Err(error) => (false, error.message(lang)),
            }));
            rows.refetch();
            state.data_changed.notify();
        });
    };
    let on_restore = Callback::new(move |row: TrashRow| act(row, true));
    let on_purge = Callback::new(move |row: TrashRow| act(row, false));
    let list_view = move |list: Vec<TrashRow>| {
        if list.is_empty() {
            return view! { <p class="empty">{move || text(Key::TrashEmpty)}</p> }.into_any();
        }
        view! {
            <ul class="innovations">
                {list.into_iter().map(|row| view! { <TrashItem row on_restore on_purge /> }).collect_view()}
            </ul>
        }
        .into_any()
    };

    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page">
            <h2>{move || text(Key::TrashLink)}</h2>
            <p class="hint">{move || text(Key::TrashIntro)}</p>
            {move || message.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            <Loaded resource=rows body=list_view />
        </main>
    }
}

/// One trashed innovation with "Pulihkan" and a two-step "Hapus permanen".
#[component]
fn TrashItem(
    row: TrashRow,
    on_restore: Callback<TrashRow>,
    on_purge: Callback<TrashRow>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let confirming = RwSignal::new(false);
    let name = if row.name.is_empty() { None } else { Some(row.name.clone()) };
    let shown_name =
        move || name.clone().unwrap_or_else(|| t(lang(), common::Key::Untitled).to_owned());
    let deleted_at = row.deleted_at;
    let deleted = move || {
        deleted_at.map(|at| {
            let when = format_time_long_in(lang(), at, platform::zone());
            format!("{} {when}", t(lang(), Key::DeletedAt))
        })
    };
    let (restore_row, purge_row) = (row.clone(), row.clone());
    let hidden_name = shown_name.clone();
    let label = move |key| view! { {move || lang().pick(key)} <span class="visually-hidden">" " {hidden_name.clone()}</span> };
    view! {
        <li class="innovation">
            <div class="open">
                <span class="name">{shown_name.clone()}</span>
                <span class="saved">{deleted}</span>
            </div>
            <div class="row-actions">
                <button type="button" on:click=move |_| on_restore.run(restore_row.clone())>{label.clone()(common::Key::Restore.pair())}</button>
                <button type="button" class="danger" aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| confirming.set(true)>{label(Key::Purge.pair())}</button>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group">
                    <p>{move || t(lang(), Key::PurgeConfirm)}</p>
                    <div class="row-actions">
                        <button type="button" class="danger primary"
                            on:click={let purge_row = purge_row.clone(); move |_| on_purge.run(purge_row.clone())}>
                            {move || t(lang(), Key::PurgeYes)}
                        </button>
                        <button type="button" on:click=move |_| confirming.set(false)>{move || t(lang(), common::Key::Cancel)}</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}

//! `/labinov`: the secretariat's Laboratorium Inovasi board for its assessment year, straight
//! from core's [`board`]: innovations per lab stage (agency, name, since when, the commitment
//! documents owed and whether signed, each signed file opening from the `blobs` store), the units
//! that have not signed a commitment their stage requires, and the form choosing which stage
//! requires which commitment document (stored in `meta`, sent in the config bundle).

use inovda_core::base::format::format_date_long;
use inovda_core::model::labinov::{LabStage, LabinovConfig, lab_stage_label};
use inovda_core::secretariat::labinov_board::{Board, BoardCard, board};
use inovda_core::{Innovation, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::secretariat_only;
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::components::workspace_line::WorkspaceLine;
use crate::error::UserError;
use crate::evidence::download_stored;
use crate::i18n::{common, labinov, labinov::Key, t};
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo, StorageError};

/// Path of the board.
pub const LABINOV_PATH: &str = "/labinov";

#[component]
pub fn LabinovBoardPage() -> impl IntoView {
    secretariat_only(|profile| view! { <BoardView profile /> })
}

async fn build(repo: Repo, year: u16) -> Result<(Board, LabinovConfig), StorageError> {
    let config = repo.get_labinov_config().await?;
    let records = repo.list_innovations().await?;
    let innovations: Vec<Innovation> = records.iter().filter_map(|r| r.to_domain().ok()).collect();
    Ok((board(&innovations, year, &config), config))
}

#[component]
fn BoardView(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || build(state.repo(), year));
    let message = RwSignal::new(None::<(bool, String)>);
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page labinov-board">
            <WorkspaceLine agency={profile.agency.clone()} region={profile.region.clone()} />
            <h2>{move || labinov::labinov_board_title(state.lang.get(), year)}</h2>
            <p class="muted">{move || text(Key::LabinovBoardIntro)}</p>
            <Loaded resource=loaded body={move |(board, config): (Board, LabinovConfig)| {
                let lang = state.lang.get();
                view! {
                    <BoardBody board lang />
                    <CommitmentForm config lang message on_saved=Callback::new(move |()| loaded.refetch()) />
                }
            }} />
        </main>
    }
}

#[component]
fn BoardBody(board: Board, lang: Lang) -> impl IntoView {
    let tr = move |key| t(lang, key);
    let unsigned = if board.unsigned.is_empty() {
        view! { <p>{tr(Key::LabinovAllSigned)}</p> }.into_any()
    } else {
        view! {
            <dl class="unsigned">
                {board.unsigned.iter().map(|agency| view! {
                    <dt>{agency.agency.clone()}</dt>
                    {agency.missing.iter().map(|(name, stage, document)| view! {
                        <dd>{labinov::labinov_missing_item(lang, document, name, lab_stage_label(lang, *stage))}</dd>
                    }).collect_view()}
                }).collect_view()}
            </dl>
        }
        .into_any()
    };
    let columns = board
        .columns
        .into_iter()
        .map(|(stage, cards)| view! { <StageColumn stage cards lang /> })
        .collect_view();
    view! {
        <section aria-labelledby="unsigned-heading" class="unsigned-box">
            <h3 id="unsigned-heading">{tr(Key::LabinovUnsignedHeading)}</h3>
            {unsigned}
        </section>
        <div class="lab-columns">{columns}</div>
        <p class="muted">{labinov::labinov_outside(lang, board.outside_lab as u64)}</p>
    }
}

#[component]
fn StageColumn(stage: LabStage, cards: Vec<BoardCard>, lang: Lang) -> impl IntoView {
    let heading_id = format!("lab-col-{}", stage.code());
    let labelled_by = heading_id.clone();
    let body = if cards.is_empty() {
        view! { <p class="muted">{t(lang, Key::LabinovStageEmpty)}</p> }.into_any()
    } else {
        view! {
            <ul class="lab-cards">
                {cards.into_iter().map(|card| view! { <Card card lang /> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="lab-column" aria-labelledby=labelled_by data-stage=stage.code()>
            <h3 id=heading_id>{format!("{}. {}", stage.number(), lab_stage_label(lang, stage))}</h3>
            {body}
        </section>
    }
}

#[component]
fn Card(card: BoardCard, lang: Lang) -> impl IntoView {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    let since = card
        .since
        .map(|date| format!("{} {}", t(lang, Key::LabinovSince), format_date_long(lang, date)));
    let commitments = card
        .commitments
        .iter()
        .map(|commitment| {
            let status = if commitment.is_signed() {
                t(lang, Key::LabinovSigned)
            } else {
                t(lang, Key::LabinovUnsigned)
            };
            let class = if commitment.is_signed() { "signed" } else { "unsigned" };
            let open = commitment.file.clone().map(|file| {
                let label = format!("{} {}", t(lang, Key::LabinovOpen), commitment.document);
                let download = move |_| {
                    let repo = state.repo();
                    let file = file.clone();
                    spawn_local(async move {
                        let outcome =
                            download_stored(&repo, &file.sha256, &file.file_name, &file.media_type)
                                .await;
                        error.try_set(outcome.err().map(|failure| failure.message(lang)));
                    });
                };
                view! { <button type="button" on:click=download>{label}</button> }
            });
            view! {
                <li class=class>
                    {format!("{}: {status}", commitment.document)}
                    " " {open}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="lab-card">
            <p class="name"><a href=format!("/inovasi/{}", card.id)>{card.name.clone()}</a></p>
            <p class="agency">{card.agency.clone()}</p>
            {since.map(|since| view! { <p class="muted">{since}</p> })}
            <ul class="commitments">{commitments}</ul>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </li>
    }
}

/// Which stage requires which commitment document: one text field per stage.
#[component]
fn CommitmentForm(
    config: LabinovConfig,
    lang: Lang,
    /// Lives in the page, so the message outlasts the re-render after saving.
    message: RwSignal<Option<(bool, String)>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let state = use_app_state();
    let values: Vec<(LabStage, RwSignal<String>)> = LabStage::ALL
        .into_iter()
        .map(|stage| (stage, RwSignal::new(config.required_at(stage).unwrap_or("").to_owned())))
        .collect();
    let fields = values
        .iter()
        .map(|(stage, value)| {
            let (stage, value) = (*stage, *value);
            let id = format!("commitment-{}", stage.code()).replace('_', "-");
            view! {
                <div class="field">
                    <label for=id.clone()>{labinov::labinov_config_doc(lang, lab_stage_label(lang, stage))}</label>
                    <input id=id type="text" prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev)) />
                </div>
            }
        })
        .collect_view();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let documents: Vec<(LabStage, String)> =
            values.iter().map(|(stage, value)| (*stage, value.get_untracked())).collect();
        let config = LabinovConfig::from_documents(&documents);
        let repo = state.repo();
        spawn_local(async move {
            match repo.put_labinov_config(&config).await {
                Ok(()) => {
                    message.try_set(Some((true, t(lang, Key::LabinovConfigSaved).to_owned())));
                    on_saved.run(());
                }
                Err(error) => {
                    message.try_set(Some((
                        false,
                        format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)),
                    )));
                }
            }
        });
    };
    view! {
        <section aria-labelledby="commitment-config-heading" class="commitment-config">
            <h3 id="commitment-config-heading">{t(lang, Key::LabinovConfigHeading)}</h3>
            <p class="muted">{t(lang, Key::LabinovConfigIntro)}</p>
            <form class="form" on:submit=save>
                {fields}
                <button type="submit">{t(lang, Key::LabinovConfigSave)}</button>
            </form>
            {move || message.get().map(|(ok, text)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{text}</p>
            })}
        </section>
    }
}

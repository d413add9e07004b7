//! `/verifikasi`: the secretariat's verification list for its assessment year, from core's
//! [`verification_queue`]: the reported innovations grouped by agency with their review state
//! (belum diperiksa, diverifikasi, perlu revisi, ditolak, revisi baru sejak diperiksa), each
//! linking to its review page, and per agency "Unduh bundel umpan balik": core's
//! [`feedback_bundle`] signed with the device key, streamed through `BundleWriter` into a Blob
//! like every other bundle, downloaded and logged (`meta` `verification_feedback_log`).

use chrono::DateTime;
use inovda_core::base::format::format_time_long_in;
use inovda_core::exchange::bundle::{
    BundleError, BundleKind, BundleWriter, PublicKey, bundle_file_name,
};
use inovda_core::secretariat::text::review_state_label;
use inovda_core::secretariat::verification::{
    AgencyQueue, ReviewState, feedback_bundle, verification_queue,
};
use inovda_core::{Innovation, InnovationRecord, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::secretariat_only;
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::components::more_rows::{MoreRows, PAGE};
use crate::components::workspace_line::WorkspaceLine;
use crate::error::{Examples, UserError, chain};
use crate::i18n::relay::{self as relay_texts, Key as RelayKey};
use crate::i18n::{common, secretariat, secretariat::Key, t};
use crate::platform::{self, BlobSink, BrowserError};
use crate::signing;
use crate::state::{AppState, use_app_state};
use crate::storage::{FeedbackLogDto, FeedbackSentDto, ProfileDto, Repo, StorageError, YearInputs};

/// Path of the verification list.
pub const VERIFICATION_PATH: &str = "/verifikasi";

/// The review page of one innovation.
pub fn review_href(id: &str) -> String {
    format!("{VERIFICATION_PATH}/{id}")
}

/// Why no feedback bundle was made.
#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    #[error("no verdict yet")]
    NoVerdicts,
    #[error("{0}")]
    Storage(#[from] StorageError),
    #[error("the bundle could not be built: {0}")]
    Build(#[from] BundleError),
    #[error("{0}")]
    Browser(#[from] BrowserError),
    #[error("{0}")]
    Relay(#[from] crate::relay::RelayFailure),
}

impl UserError for FeedbackError {
    fn message(&self, lang: Lang) -> String {
        let reason = match self {
            FeedbackError::NoVerdicts => return t(lang, Key::FeedbackNoVerdicts).to_owned(),
            FeedbackError::Storage(error) => error.message(lang),
            FeedbackError::Build(error) => error.message(lang),
            FeedbackError::Browser(error) => error.message(lang),
            FeedbackError::Relay(error) => error.message(lang),
        };
        format!("{} {reason}", t(lang, Key::FeedbackFailed))
    }
}

impl Examples for FeedbackError {
    fn examples() -> Vec<Self> {
        chain(FeedbackError::NoVerdicts, |error| match error {
            FeedbackError::NoVerdicts => Some(FeedbackError::Storage(StorageError::QuotaExceeded)),
            FeedbackError::Storage(_) => Some(FeedbackError::Build(BundleError::BadSignature)),
            FeedbackError::Build(_) => Some(FeedbackError::Browser(BrowserError::NoPage)),
            FeedbackError::Browser(_) => Some(FeedbackError::Relay(
                crate::relay::RelayFailure::Browser(BrowserError::NoPage),
            )),
            FeedbackError::Relay(_) => None,
        })
    }
}

/// The year's verification queue and the feedback bundles sent so far.
#[derive(Clone)]
struct Queue {
    queue: Vec<AgencyQueue>,
    log: FeedbackLogDto,
}

async fn load(repo: Repo, year: u16) -> Result<Queue, StorageError> {
    let YearInputs { registry, records, verdicts, .. } = repo.year_inputs().await?;
    let innovations: Vec<Innovation> = records.iter().filter_map(|r| r.to_domain().ok()).collect();
    let log = repo.feedback_log().await?;
    let queue = verification_queue(year, &registry, &innovations, &verdicts);
    Ok(Queue { queue, log })
}

/// One agency's signed feedback bundle, with its file name and verdict count.
struct BuiltFeedback {
    blob: web_sys::Blob,
    file_name: String,
    verdicts: u32,
    at: chrono::DateTime<chrono::Utc>,
}

async fn build_feedback(
    repo: &Repo,
    profile: &ProfileDto,
    agency: &str,
    ids: &[String],
) -> Result<BuiltFeedback, FeedbackError> {
    let records: Vec<InnovationRecord> = repo
        .list_innovations()
        .await?
        .into_iter()
        .filter(|record| ids.contains(&record.id))
        .collect();
    let verdicts = repo.list_verdicts().await?;
    let now = platform::now();
    let (meta, content) = feedback_bundle(
        &profile.region,
        &profile.agency,
        profile.year.unwrap_or_default(),
        &now.to_rfc3339(),
        &records,
        &verdicts,
    );
    if content.verdicts.is_empty() {
        return Err(FeedbackError::NoVerdicts);
    }
    let key = signing::device_key(repo).await?;
    let writer = BundleWriter::start(BlobSink::default(), &meta, &content, &[], &key)?;
    let blob = writer.finish()?.into_blob("application/zip")?;
    let file_name = bundle_file_name(&format!("umpan balik {agency}"), now, platform::zone());
    let verdicts = u32::try_from(content.verdicts.len()).unwrap_or(u32::MAX);
    Ok(BuiltFeedback { blob, file_name, verdicts, at: now })
}

/// Builds, downloads and logs the signed feedback bundle of one agency; returns the log entry.
pub async fn download_feedback(
    repo: &Repo,
    profile: &ProfileDto,
    agency: &str,
    ids: &[String],
) -> Result<FeedbackSentDto, FeedbackError> {
    let built = build_feedback(repo, profile, agency, ids).await?;
    // Locked for the unit's device once its key is known (it signed the unit's submissions).
    let blob = match unit_key(repo, &profile.region, agency).await? {
        Some(unit) => {
            let key = signing::device_key(repo).await?;
            let meta = crate::relay::seal_meta(
                BundleKind::Feedback,
                &profile.region,
                None,
                &profile.agency,
            );
            crate::relay::seal_blob(&built.blob, &meta, &key, &[unit]).await?.blob
        }
        None => built.blob,
    };
    platform::download_blob(&blob, &built.file_name, "application/zip")?;
    let entry = FeedbackSentDto {
        agency: agency.to_owned(),
        file_name: built.file_name,
        sent_at: built.at.to_rfc3339(),
        verdicts: built.verdicts,
    };
    repo.log_feedback(&entry).await?;
    Ok(entry)
}

/// The key the unit's submissions were signed with, as this device trusts it.
async fn unit_key(
    repo: &Repo,
    region: &str,
    agency: &str,
) -> Result<Option<PublicKey>, StorageError> {
    use inovda_core::secretariat::registry::name_key;
    let signers = repo.list_signers().await?;
    Ok(signers
        .iter()
        .filter(|s| {
            name_key(&s.region) == name_key(region) && name_key(&s.agency) == name_key(agency)
        })
        .find_map(|s| PublicKey::from_hex(&s.public_key).ok()))
}

/// Queues each unit's feedback bundle on the relay, sealed to the unit's device as the relay
/// knows it (matched by registry id, else by name); returns how many were queued and the units
/// not connected to the relay.
async fn send_feedback_to_all(
    state: AppState,
    profile: &ProfileDto,
    queue: &[AgencyQueue],
) -> Result<(usize, Vec<String>), FeedbackError> {
    use inovda_core::secretariat::registry::name_key;
    let repo = state.repo();
    let Some(settings) = repo.get_relay().await? else {
        return Err(crate::relay::RelayFailure::Relay(
            inovda_core::exchange::relay::RelayError::EmptyUrl,
        )
        .into());
    };
    let key = signing::device_key(&repo).await?;
    let client = crate::relay::client::Client::new(&settings.link.url, &key);
    let members = client
        .members(&settings.link.region_id)
        .await
        .map_err(crate::relay::RelayFailure::Relay)?;
    let mut queued = 0;
    let mut missing = Vec::new();
    for group in queue {
        let wanted_id = group.agency_id.map(|id| id.to_string());
        let member = members.iter().filter(|m| !m.secretariat).find(|m| {
            (wanted_id.is_some() && m.agency_id == wanted_id)
                || name_key(&m.name) == name_key(&group.name)
        });
        let Some(member) = member else {
            missing.push(group.name.clone());
            continue;
        };
        let Ok(recipient) = PublicKey::from_hex(&member.public_key) else {
            missing.push(group.name.clone());
            continue;
        };
        let ids: Vec<String> = group.ids().into_iter().map(str::to_owned).collect();
        let built = match build_feedback(&repo, profile, &group.name, &ids).await {
            Ok(built) => built,
            Err(FeedbackError::NoVerdicts) => continue,
            Err(error) => return Err(error),
        };
        crate::relay::enqueue(
            state,
            &settings,
            &built.blob,
            BundleKind::Feedback,
            &profile.agency,
            &[recipient],
            ids,
            group.name.clone(),
        )
        .await?;
        repo.log_feedback(&FeedbackSentDto {
            agency: group.name.clone(),
            file_name: built.file_name,
            sent_at: built.at.to_rfc3339(),
            verdicts: built.verdicts,
        })
        .await?;
        queued += 1;
    }
    Ok((queued, missing))
}

/// "Kirim ke semua instansi lewat relay", when the region has a relay.
#[component]
fn SendAllFeedback(queue: Vec<AgencyQueue>, profile: StoredValue<ProfileDto>) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let has_relay = LocalResource::new(move || {
        let repo = state.repo();
        async move { repo.get_relay().await.map(|found| found.is_some()) }
    });
    let queue = StoredValue::new(queue);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<(bool, String)>);
    let send = move |_| {
        busy.set(true);
        outcome.set(None);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let profile = profile.get_value();
            let result = send_feedback_to_all(state, &profile, &queue.get_value()).await;
            outcome.try_set(Some(match result {
                Ok((queued, missing)) => {
                    (missing.is_empty(), relay_texts::sent_to_all(lang, queued, &missing))
                }
                Err(error) => (false, error.message(lang)),
            }));
            busy.try_set(false);
        });
    };
    let body = move |relay: bool| {
        if relay {
            view! {
                <div class="actions">
                    <button type="button" class="primary" prop:disabled=move || busy.get() on:click=send>
                        {move || text(RelayKey::SendAll)}
                    </button>
                </div>
                <p class="hint">{move || text(RelayKey::SendAllHint)}</p>
            }
            .into_any()
        } else {
            view! { <p class="hint">{move || text(RelayKey::SendAllNoRelay)}</p> }.into_any()
        }
    };
    view! {
        <section class="send-all" aria-label=move || text(RelayKey::SendAll)>
            <Loaded resource=has_relay body />
            {move || outcome.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status" data-testid="send-all-outcome">{msg}</p>
            })}
        </section>
    }
}

#[component]
pub fn VerificationPage() -> impl IntoView {
    secretariat_only(|profile| view! { <VerificationView profile /> })
}

#[component]
fn VerificationView(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || load(state.repo(), year));
    let profile = StoredValue::new(profile);
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page verification wide">
            <WorkspaceLine agency={profile.with_value(|p| p.agency.clone())} region={profile.with_value(|p| p.region.clone())} />
            <h2>{move || secretariat::verify_title(state.lang.get(), year)}</h2>
            <p>{move || text(Key::VerifyIntro)}</p>
            <nav class="actions" aria-label=move || t(state.lang.get(), crate::i18n::documents::Key::SessionLink)>
                <a class="button-link" href=crate::pages::documents::SESSION_PATH>
                    {move || t(state.lang.get(), crate::i18n::documents::Key::SessionLink)}
                </a>
            </nav>
            <Loaded resource=loaded body={move |found: Queue| match found {
                Queue { queue, .. } if queue.is_empty() => {
                    view! { <p class="empty">{text(Key::VerifyEmpty)}</p> }.into_any()
                }
                Queue { queue, log } => {
                    let all = queue.clone();
                    view! { <SendAllFeedback queue=all profile /> <Groups queue log profile /> }.into_any()
                }
            }} />
        </main>
    }
}

/// The units' groups, drawn [`PAGE`] innovations at a time: a unit appears once its first
/// innovation is within the drawn count, and the last one drawn may show only some of its
/// innovations until "Tampilkan 50 lagi". Groups already drawn keep their state (a feedback
/// bundle's outcome) when more are drawn.
#[component]
fn Groups(
    queue: Vec<AgencyQueue>,
    log: FeedbackLogDto,
    profile: StoredValue<ProfileDto>,
) -> impl IntoView {
    let limit = RwSignal::new(PAGE);
    let starts: Vec<usize> = queue
        .iter()
        .scan(0, |next, group| {
            let start = *next;
            *next += group.items.len();
            Some(start)
        })
        .collect();
    let total: usize = queue.iter().map(|group| group.items.len()).sum();
    let groups = StoredValue::new(queue.into_iter().zip(starts).collect::<Vec<_>>());
    let log = StoredValue::new(log);
    let visible = Memo::new(move |_| {
        let limit = limit.get();
        groups.with_value(|all| all.iter().take_while(|(_, start)| *start < limit).count())
    });
    view! {
        <div class="queues">
            <For
                each=move || 0..visible.get()
                key=|index| *index
                children=move |index| {
                    let (group, start) = groups.with_value(|all| all[index].clone());
                    let last = log.with_value(|log| log.last_for(&group.name).cloned());
                    let len = group.items.len();
                    let shown = Memo::new(move |_| limit.get().saturating_sub(start).min(len));
                    view! { <AgencyGroup group shown last profile /> }
                }
            />
        </div>
        {move || {
            let drawn = limit.get().min(total);
            view! { <MoreRows drawn total limit what=("inovasi", "innovations") /> }
        }}
    }
}

fn state_class(state: ReviewState) -> &'static str {
    match state {
        ReviewState::Unreviewed => "review-state unreviewed",
        ReviewState::Decided(_) => "review-state decided",
        ReviewState::ChangedSinceReview { .. } => "review-state changed",
    }
}

/// One agency: its innovations with their review state, and its feedback bundle.
#[component]
fn AgencyGroup(
    group: AgencyQueue,
    shown: Memo<usize>,
    last: Option<FeedbackSentDto>,
    profile: StoredValue<ProfileDto>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = move || state.lang.get();
    let heading_id = format!("agency-{}", group.items.first().map_or("x", |i| i.id.as_str()));
    let name = group.name.clone();
    let ids: Vec<String> = group.ids().into_iter().map(str::to_owned).collect();
    let last = RwSignal::new(last);
    // What the last press did, already in the UI's language: (succeeded, sentence).
    let outcome = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let agency = name.clone();
    let download = move |_| {
        busy.set(true);
        outcome.set(None);
        let repo = state.repo();
        let profile = profile.get_value();
        let agency = agency.clone();
        let ids = ids.clone();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let result = match download_feedback(&repo, &profile, &agency, &ids).await {
                Ok(entry) => {
                    let name = entry.file_name.clone();
                    last.try_set(Some(entry));
                    (true, format!("{} {name}", t(lang, Key::FeedbackDownloaded)))
                }
                Err(error) => (false, error.message(lang)),
            };
            outcome.try_set(Some(result));
            busy.try_set(false);
        });
    };
    let len = group.items.len();
    let items = StoredValue::new(group.items);
    // A unit drawn only in part says so: the rest comes with "Tampilkan 50 lagi" below.
    let rest = move || {
        let rest = len.saturating_sub(shown.get());
        (rest > 0).then(|| {
            let text = lang().pick((
                format!("{rest} inovasi lain dari instansi ini belum ditampilkan."),
                format!("{rest} more innovations of this unit are not shown yet."),
            ));
            view! { <p class="muted" data-testid="unit-rest">{text}</p> }
        })
    };
    let item_view = move |item: &inovda_core::secretariat::verification::QueueItem| {
        let state_value = item.state;
        let title = if item.name.trim().is_empty() {
            view! { {move || t(lang(), common::Key::Untitled)} }.into_any()
        } else {
            item.name.clone().into_any()
        };
        view! {
            <li class="review-item">
                <a href=review_href(&item.id)>{title}</a>
                <span class="meta">
                    {move || t(lang(), common::Key::Revision)} " " {item.revision} " · "
                    <span class=state_class(state_value) data-testid="review-state">
                        {move || review_state_label(lang(), state_value)}
                    </span>
                </span>
            </li>
        }
    };
    let items =
        move || items.with_value(|all| all.iter().take(shown.get()).map(item_view).collect_view());
    let hidden_name = name.clone();
    let labelled_by = heading_id.clone();
    view! {
        <section class="agency-queue" aria-labelledby=labelled_by>
            <h3 id=heading_id>{name}</h3>
            <ul class="review-list">{items}</ul>
            {rest}
            <div class="actions">
                <button type="button" disabled=move || busy.get() on:click=download>
                    {move || t(lang(), Key::FeedbackDownload)}
                    <span class="visually-hidden">" — " {hidden_name}</span>
                </button>
            </div>
            {move || last.get().map(|entry| {
                let when = DateTime::parse_from_rfc3339(&entry.sent_at)
                    .map(|at| format_time_long_in(lang(), at.to_utc(), platform::zone()))
                    .unwrap_or_default();
                view! {
                    <p class="muted">
                        {move || t(lang(), Key::FeedbackLastSent)} " " {when} " (" {entry.file_name.clone()} ")"
                    </p>
                }
            })}
            {move || outcome.get().map(|(done, message)| if done {
                view! { <p class="notice" role="status">{message}</p> }.into_any()
            } else {
                view! { <p class="error" role="alert">{message}</p> }.into_any()
            })}
        </section>
    }
}

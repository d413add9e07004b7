//! The status banners shown above every page: offline, storage not persistent, and
//! "belum diekspor selama 14 hari" for the device's own innovations (the rule is core's
//! [`export_reminder`] over [`ExportHistory::of_own_stamps`]), and imported
//! conflicts waiting for a decision. Everything is read in one transaction, and the records
//! only as far as their stamps.

use chrono::{DateTime, Utc};
use inovda_core::{ExportHistory, ExportReminder, export_reminder};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

use crate::device;
use crate::i18n::{common, common::Key, t};
use crate::platform;
use crate::state::{ProfileState, use_app_state};
use crate::storage::{Repo, StorageError};

/// What the banners need to know about the stored data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StoreSummary {
    innovations: usize,
    reminder: ExportReminder,
    /// Imported conflict copies waiting for a decision.
    conflicts: u32,
}

fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text).ok().map(|at| at.with_timezone(&Utc))
}

/// Reads the innovations and the export log and asks core whether a reminder is due for the
/// device's own innovations (`own` = the profile's region and agency; none before the start
/// screen is completed).
async fn summarize(
    repo: &Repo,
    own: Option<(String, String)>,
) -> Result<StoreSummary, StorageError> {
    let (stamps, log, conflicts) = repo.banner_inputs().await?;
    let last_export = log.and_then(|log| parse_time(&log.last_export_at));
    let history = match &own {
        Some((region, agency)) => {
            ExportHistory::of_own_stamps(&stamps, region, agency, last_export)
        }
        None => ExportHistory::default(),
    };
    Ok(StoreSummary {
        innovations: stamps.len(),
        reminder: export_reminder(platform::now(), &history),
        conflicts,
    })
}

/// One banner on one line (cut with "…") until "Selengkapnya" shows all of it.
#[component]
fn FoldingBanner(
    testid: &'static str,
    #[prop(optional)] offline: bool,
    text: Signal<String>,
) -> impl IntoView {
    let state = use_app_state();
    let folded = RwSignal::new(true);
    view! {
        <div class="banner folding" class:offline=offline class:folded=move || folded.get()
            role="status" data-testid=testid>
            <p class="banner-text">{move || text.get()}</p>
            <button type="button" class="link" aria-expanded=move || (!folded.get()).to_string()
                on:click=move |_| folded.update(|f| *f = !*f)>
                {move || t(state.lang.get(), if folded.get() { Key::ShowMore } else { Key::ShowLess })}
            </button>
        </div>
    }
}

#[component]
pub fn StatusBanners() -> impl IntoView {
    let state = use_app_state();
    let online = RwSignal::new(device::is_online());
    let went_online = window_event_listener_untyped("online", move |_| online.set(true));
    let went_offline = window_event_listener_untyped("offline", move |_| online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });

    let persisted = state.persisted;
    spawn_local(async move {
        if let Ok(answer) = device::is_persisted().await {
            persisted.try_set(Some(answer));
        }
    });

    // Read the store again on every navigation and after every change of the data.
    let summary = RwSignal::new(None::<StoreSummary>);
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        state.data_changed.track();
        let own = match state.profile.get() {
            ProfileState::Ready(profile) => Some((profile.region, profile.agency)),
            _ => None,
        };
        let repo = state.repo();
        spawn_local(async move {
            if let Ok(found) = summarize(&repo, own).await {
                summary.try_set(Some(found));
            }
        });
    });

    let lang = move || state.lang.get();
    let has_data = move || summary.get().is_some_and(|s| s.innovations > 0);
    let not_persistent = move || has_data() && persisted.get() == Some(false);
    let reminder = move || match summary.get().map(|s| s.reminder) {
        Some(ExportReminder::NeverExported { days }) => {
            Some(common::export_never_banner(lang(), u64::from(days)))
        }
        Some(ExportReminder::Overdue { days }) => {
            Some(common::export_overdue_banner(lang(), u64::from(days)))
        }
        Some(ExportReminder::NotDue) | None => None,
    };
    view! {
        <div class="banners">
            <Show when=move || !online.get()>
                <FoldingBanner testid="offline-banner" offline=true
                    text=Signal::derive(move || {
                        let key = if state.offline_ready.get() { Key::OfflineBanner } else { Key::OfflineNotReadyBanner };
                        t(lang(), key).to_owned()
                    }) />
            </Show>
            <Show when=not_persistent>
                <FoldingBanner testid="persistence-banner"
                    text=Signal::derive(move || t(lang(), Key::NotPersistentBanner).to_owned()) />
            </Show>
            <Show when=move || reminder().is_some()>
                <FoldingBanner testid="export-banner"
                    text=Signal::derive(move || reminder().unwrap_or_default()) />
            </Show>
            {move || summary.get().map(|s| s.conflicts).filter(|n| *n > 0).map(|n| view! {
                <p class="banner" role="status" data-testid="conflict-banner">
                    <a href="/impor">{common::conflict_banner(lang(), u64::from(n))}</a>
                </p>
            })}
        </div>
    }
}

/// At the foot of every page during a visit that started before the app was stored for offline
/// use: "Belum siap dipakai tanpa internet…", then "Siap dipakai tanpa internet" once the service
/// worker holds every file. Nothing on later visits (the app opened ready).
#[component]
pub fn OfflineReadiness() -> impl IntoView {
    let state = use_app_state();
    move || {
        // Not while the page is still loading its profile: drawn before the page's content,
        // the line would be pushed down by it (a layout shift of the whole first screen).
        if !state.offline_unready_seen.get()
            || state.profile.with(|p| matches!(p, crate::state::ProfileState::Loading))
        {
            return None;
        }
        let ready = state.offline_ready.get();
        let key = if ready { Key::OfflineReadyNow } else { Key::OfflinePreparing };
        Some(view! {
            <p class="offline-readiness" class:ready=ready role="status" data-testid="offline-readiness">
                {t(state.lang.get(), key)}
            </p>
        })
    }
}

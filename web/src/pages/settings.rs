//! `/pengaturan`: language, the agency profile, storage use and persistence, the device key,
//! and backups ("Cadangkan" / "Pulihkan").

use inovda_core::Lang;
use inovda_core::base::format::{format_size, format_time_long_in};
use inovda_core::base::zone::Zone;
use inovda_core::exchange::backup::BackupError;
use inovda_core::exchange::backup::backup_error_message;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::backup;
use crate::backup::OpenedBackup;
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::device;
use crate::device::StorageEstimate;
use crate::error::UserError;
use crate::i18n::{common, settings, settings as settings_text, settings::Key, t};
use crate::pages::secretariat::role::{
    RoleChoice, YearChoice, default_year, profile_from, this_year,
};
use crate::platform;
use crate::state::{ProfileState, use_app_state};
use crate::storage::{BLOBS_STORE, INNOVATIONS_STORE, Role};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = use_app_state();
    // The profile form waits for the stored profile, so it never shows the defaults first; the
    // sections under it wait with it, so they are not pushed down when it arrives.
    let profile_read = Memo::new(move |_| !matches!(state.profile.get(), ProfileState::Loading));
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page settings">
            <h2>{move || t(state.lang.get(), common::Key::Settings)}</h2>
            <LanguageSection />
            <Show
                when=move || profile_read.get()
                fallback=move || view! { <p class="loading">{t(state.lang.get(), common::Key::Loading)}</p> }
            >
                <ProfileSection />
                <crate::pages::relay::RelaySection />
                <StorageSection />
                <KeySection />
                <BackupSection />
                <RestoreSection />
            </Show>
        </main>
    }
}

#[component]
fn LanguageSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    view! {
        <section aria-labelledby="language-heading">
            <h3 id="language-heading">{move || text(Key::LanguageHeading)}</h3>
            <div class="field">
                <label for="language">{move || text(Key::LanguageLabel)}</label>
                <select id="language" prop:value=move || state.lang.get().code()
                    on:change=move |ev| state.set_lang(Lang::from_code(&event_target_value(&ev)))>
                    <option value="id" lang="id">"Bahasa Indonesia"</option>
                    <option value="en" lang="en">"English"</option>
                </select>
            </div>
        </section>
    }
}

#[component]
fn ProfileSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    // The first paint already shows the stored profile when it was read before this page opened,
    // so the form never flashes the defaults.
    let stored = match state.profile.get_untracked() {
        ProfileState::Ready(profile) => Some(profile),
        _ => None,
    };
    let agency = RwSignal::new(stored.as_ref().map(|p| p.agency.clone()).unwrap_or_default());
    let region = RwSignal::new(stored.as_ref().map(|p| p.region.clone()).unwrap_or_default());
    let role = RwSignal::new(stored.as_ref().map_or(Role::Agency, |p| p.role));
    let year = RwSignal::new(
        stored.as_ref().and_then(|p| p.year).unwrap_or_else(|| default_year(this_year())),
    );
    // The region's zone: the stored one, else the device's.
    let zone =
        RwSignal::new(stored.as_ref().and_then(|p| p.zone).unwrap_or_else(platform::device_zone));
    let edited = RwSignal::new(false);
    // Fill the fields with the stored profile once it is read, unless the user typed already.
    Effect::new(move |_| {
        if let ProfileState::Ready(profile) = state.profile.get()
            && !edited.get_untracked()
        {
            agency.set(profile.agency);
            region.set(profile.region);
            role.set(profile.role);
            if let Some(stored) = profile.zone {
                zone.set(stored);
            }
            if let Some(stored) = profile.year {
                year.set(stored);
            }
        }
    });
    let stored_role = move || match state.profile.get() {
        ProfileState::Ready(profile) => Some(profile.role),
        _ => None,
    };
    let role_changed = move || stored_role().is_some_and(|stored| stored != role.get());
    let secretariat = move || role.get() == Role::Secretariat;
    let tried = RwSignal::new(false);
    let outcome = RwSignal::new(None::<(bool, String)>);
    let agency_missing = move || tried.get() && agency.get().trim().is_empty();
    let region_missing = move || tried.get() && region.get().trim().is_empty();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        outcome.set(None);
        let mut profile = profile_from(
            role.get_untracked(),
            &agency.get_untracked(),
            &region.get_untracked(),
            year.get_untracked(),
        );
        // The unit picked from the secretariat's list stays while the same unit is saved again.
        if let ProfileState::Ready(stored) = state.profile.get_untracked()
            && (stored.role, &stored.agency, &stored.region)
                == (profile.role, &profile.agency, &profile.region)
        {
            profile.agency_id = stored.agency_id;
        }
        profile.zone = Some(zone.get_untracked());
        if profile.agency.is_empty() || profile.region.is_empty() {
            return;
        }
        let repo = state.repo();
        spawn_local(async move {
            let result = match repo.put_profile(&profile).await {
                Ok(()) => {
                    state.profile.set(ProfileState::Ready(profile));
                    (true, t(state.lang.get_untracked(), Key::ProfileSaved).to_owned())
                }
                Err(error) => (false, error.message(state.lang.get_untracked())),
            };
            outcome.try_set(Some(result));
        });
    };
    view! {
        <section aria-labelledby="profile-heading">
            <h3 id="profile-heading">{move || text(Key::ProfileHeading)}</h3>
            <form class="form" on:submit=submit novalidate>
                <RoleChoice role prefix="settings" />
                <Show when=role_changed>
                    <p class="warning" role="status">{move || text(Key::RoleChangeWarning)}</p>
                </Show>
                <div class="field">
                    <label for="settings-agency">
                        {move || t(state.lang.get(), if secretariat() { common::Key::SecretariatNameLabel } else { common::Key::AgencyLabel })}
                    </label>
                    <input id="settings-agency" type="text" autocomplete="organization"
                        prop:value=move || agency.get() on:input=move |ev| {
                            edited.set(true);
                            agency.set(event_target_value(&ev));
                        } />
                    <Show when=agency_missing>
                        <p class="error">
                            {move || t(state.lang.get(), if secretariat() { common::Key::SecretariatNameRequired } else { common::Key::AgencyRequired })}
                        </p>
                    </Show>
                </div>
                <div class="field">
                    <label for="settings-region">{move || t(state.lang.get(), common::Key::RegionLabel)}</label>
                    <input id="settings-region" type="text"
                        prop:value=move || region.get() on:input=move |ev| {
                            edited.set(true);
                            region.set(event_target_value(&ev));
                        } />
                    <Show when=region_missing>
                        <p class="error">{move || t(state.lang.get(), common::Key::RegionRequired)}</p>
                    </Show>
                </div>
                <Show when=secretariat>
                    <YearChoice year id="settings-year" />
                </Show>
                <div class="field">
                    <label for="settings-zone">{move || text(Key::ZoneLabel)}</label>
                    <select id="settings-zone" on:change=move |ev| {
                        edited.set(true);
                        if let Some(chosen) = Zone::from_label(&event_target_value(&ev)) {
                            zone.set(chosen);
                        }
                    }>
                        {Zone::ALL.into_iter().map(|option| view! {
                            <option value=option.label() selected=move || zone.get() == option>
                                {move || settings_text::zone_option(state.lang.get(), option)}
                            </option>
                        }).collect_view()}
                    </select>
                    <p class="hint">{move || text(Key::ZoneHint)}</p>
                </div>
                <p class="hint">{move || text(Key::ProfileNote)}</p>
                <div class="actions">
                    <button type="submit" class="primary">{move || text(Key::SaveProfile)}</button>
                </div>
                {move || outcome.get().map(|(ok, msg)| view! {
                    <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
                })}
            </form>
        </section>
    }
}

#[component]
fn StorageSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let estimate = RwSignal::new(None::<Option<StorageEstimate>>);
    let answer = RwSignal::new(None::<bool>);
    let persisted = state.persisted;
    let refresh = move || {
        spawn_local(async move {
            estimate.try_set(Some(device::storage_estimate().await.ok()));
            if let Ok(now) = device::is_persisted().await {
                persisted.try_set(Some(now));
            }
        });
    };
    refresh();
    let ask = move |_| {
        spawn_local(async move {
            let granted = device::request_persistence().await.unwrap_or(false);
            persisted.try_set(Some(granted));
            answer.try_set(Some(granted));
            refresh();
        });
    };
    let usage = move || match estimate.get() {
        None => t(state.lang.get(), common::Key::Loading).to_owned(),
        Some(None) => text(Key::StorageUnknown).to_owned(),
        Some(Some(found)) => {
            let lang = state.lang.get();
            settings::storage_usage(
                state.lang.get(),
                format_size(lang, found.usage),
                format_size(lang, found.quota),
                found.percent_used(),
            )
        }
    };
    let persistence = move || match persisted.get() {
        Some(true) => text(Key::PersistedYes),
        Some(false) => text(Key::PersistedNo),
        None => text(Key::StorageUnknown),
    };
    view! {
        <section aria-labelledby="storage-heading">
            <h3 id="storage-heading">{move || text(Key::StorageHeading)}</h3>
            <p data-testid="storage-usage">{usage}</p>
            <p data-testid="persistence-state">{persistence}</p>
            <p data-testid="offline-state">
                {move || t(state.lang.get(), if state.offline_ready.get() {
                    common::Key::SettingsOfflineReady
                } else {
                    common::Key::SettingsOfflineNotReady
                })}
            </p>
            <Show when=move || persisted.get() != Some(true)>
                <div class="actions">
                    <button type="button" on:click=ask>{move || text(Key::PersistButton)}</button>
                </div>
            </Show>
            {move || answer.get().map(|granted| view! {
                <p class=if granted { "notice" } else { "error" } role="status">
                    {if granted { text(Key::PersistGranted) } else { text(Key::PersistDenied) }}
                </p>
            })}
        </section>
    }
}

/// The device's signing key fingerprint, to read out to the secretariat over the phone.
#[component]
fn KeySection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    // Read again after a restore (which brings the backed-up device key).
    let fingerprint = LocalResource::new(move || {
        state.data_changed.track();
        let repo = state.repo();
        async move { crate::signing::device_fingerprint(&repo).await }
    });
    view! {
        <section aria-labelledby="key-heading">
            <h3 id="key-heading">{move || text(Key::KeyHeading)}</h3>
            <p>{move || text(Key::KeyIntro)}</p>
            <Loaded resource=fingerprint body=|found: String| view! {
                <p class="fingerprint" data-testid="fingerprint">{found}</p>
            } />
        </section>
    }
}

/// Where a backup being made stands.
#[derive(Debug, Clone, PartialEq)]
enum BackupStep {
    Idle,
    Working(u8),
    Done(String),
    Failed(String),
}

/// "Cadangkan": a passphrase typed twice, then the encrypted backup is downloaded.
#[component]
fn BackupSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let step = RwSignal::new(BackupStep::Idle);
    let empty = move || tried.get() && passphrase.get().is_empty();
    let mismatch =
        move || tried.get() && !passphrase.get().is_empty() && passphrase.get() != repeat.get();
    let working = move || matches!(step.get(), BackupStep::Working(_));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let secret = passphrase.get_untracked();
        let busy = matches!(step.get_untracked(), BackupStep::Working(_));
        if secret.is_empty() || secret != repeat.get_untracked() || busy {
            return;
        }
        step.set(BackupStep::Working(0));
        let repo = state.repo();
        spawn_local(async move {
            let progress = move |percent| {
                step.try_set(BackupStep::Working(percent));
            };
            let outcome = match backup::make_backup(&repo, &secret, progress).await {
                Ok(name) => {
                    passphrase.try_set(String::new());
                    repeat.try_set(String::new());
                    tried.try_set(false);
                    BackupStep::Done(name)
                }
                Err(failure) => BackupStep::Failed(backup::failure_message(
                    state.lang.get_untracked(),
                    &failure,
                    false,
                )),
            };
            step.try_set(outcome);
        });
    };
    view! {
        <section id="cadangan" aria-labelledby="backup-heading">
            <h3 id="backup-heading">{move || text(Key::BackupHeading)}</h3>
            <p>{move || text(Key::BackupIntro)}</p>
            <form class="form" on:submit=submit novalidate>
                <div class="field">
                    <label for="backup-passphrase">{move || text(Key::BackupPassphrase)}</label>
                    <input id="backup-passphrase" type="password" autocomplete="new-password"
                        aria-describedby="backup-passphrase-note"
                        prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                    <small id="backup-passphrase-note">{move || text(Key::BackupPassphraseNote)}</small>
                    <Show when=empty>
                        <p class="error" role="alert">
                            {move || backup_error_message(state.lang.get(), &BackupError::EmptyPassphrase)}
                        </p>
                    </Show>
                </div>
                <div class="field">
                    <label for="backup-passphrase-repeat">{move || text(Key::BackupPassphraseRepeat)}</label>
                    <input id="backup-passphrase-repeat" type="password" autocomplete="new-password"
                        prop:value=move || repeat.get()
                        on:input=move |ev| repeat.set(event_target_value(&ev)) />
                    <Show when=mismatch>
                        <p class="error" role="alert">{move || text(Key::BackupMismatch)}</p>
                    </Show>
                </div>
                <div class="actions">
                    <button type="submit" class="primary" disabled=working>{move || text(Key::BackupButton)}</button>
                </div>
                <div role="status" aria-live="polite">
                    {move || match step.get() {
                        BackupStep::Idle => None,
                        BackupStep::Working(percent) => Some(view! {
                            <p class="hint">{crate::i18n::settings::backup_working(state.lang.get(), u64::from(percent))}</p>
                        }.into_any()),
                        BackupStep::Done(name) => Some(view! {
                            <p class="notice">{text(Key::BackupDone)} " " {name}</p>
                        }.into_any()),
                        BackupStep::Failed(message) => Some(view! {
                            <p class="error">{message}</p>
                        }.into_any()),
                    }}
                </div>
            </form>
        </section>
    }
}

/// Where a restore stands.
#[derive(Debug, Clone, PartialEq)]
enum RestoreStep {
    Idle,
    Opening,
    /// The backup opened and checked out; the user must confirm that everything is replaced.
    Confirm(String),
    Restoring,
    Done(String),
    Cancelled,
    Failed(String),
}

/// "Pulihkan": a backup file and its passphrase; the file is opened and checked in full,
/// then, after a confirmation, replaces all data on this device.
#[component]
fn RestoreSection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let file_input: NodeRef<leptos::html::Input> = NodeRef::new();
    let passphrase = RwSignal::new(String::new());
    let step = RwSignal::new(RestoreStep::Idle);
    let opened = StoredValue::new(None::<OpenedBackup>);
    let busy = move || matches!(step.get(), RestoreStep::Opening | RestoreStep::Restoring);
    let counts =
        |backup: &OpenedBackup| (backup.count(INNOVATIONS_STORE), backup.count(BLOBS_STORE));

    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if matches!(step.get_untracked(), RestoreStep::Opening | RestoreStep::Restoring) {
            return;
        }
        opened.set_value(None);
        let lang = state.lang.get_untracked();
        let file = file_input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else {
            step.set(RestoreStep::Failed(t(lang, Key::RestoreNoFile).to_owned()));
            return;
        };
        let secret = passphrase.get_untracked();
        if secret.is_empty() {
            step.set(RestoreStep::Failed(backup_error_message(
                lang,
                &BackupError::EmptyPassphrase,
            )));
            return;
        }
        step.set(RestoreStep::Opening);
        let repo = state.repo();
        spawn_local(async move {
            let outcome = match backup::open_backup(&repo, &file, &secret).await {
                Ok(backup) => {
                    let lang = state.lang.get_untracked();
                    let date = chrono::DateTime::parse_from_rfc3339(backup.created_at())
                        .map(|at| {
                            let at = at.with_timezone(&chrono::Utc);
                            format_time_long_in(lang, at, platform::zone())
                        })
                        .unwrap_or_else(|_| backup.created_at().to_owned());
                    let (innovations, files) = counts(&backup);
                    let summary = settings::restore_confirm(lang, &date, innovations, files);
                    opened.set_value(Some(backup));
                    RestoreStep::Confirm(summary)
                }
                Err(failure) => RestoreStep::Failed(backup::failure_message(
                    state.lang.get_untracked(),
                    &failure,
                    true,
                )),
            };
            step.try_set(outcome);
        });
    };

    let confirm = move |_| {
        if !matches!(step.get_untracked(), RestoreStep::Confirm(_)) {
            return;
        }
        // Taken, not cloned: the decrypted archive may be large.
        let Some(backup) = opened.try_update_value(Option::take).flatten() else { return };
        step.set(RestoreStep::Restoring);
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let outcome = match backup::restore_backup(&repo, &backup).await {
                Ok(()) => {
                    passphrase.try_set(String::new());
                    let (innovations, files) = counts(&backup);
                    let done = settings::restore_done(lang, innovations, files);
                    // The profile and the device key come from the backup now.
                    let profile = match repo.get_profile().await {
                        Ok(Some(found)) => ProfileState::Ready(found),
                        Ok(None) => ProfileState::Missing,
                        Err(error) => ProfileState::Failed(error),
                    };
                    state.profile.try_set(profile);
                    state.data_changed.notify();
                    state.request_persistence_once();
                    RestoreStep::Done(done)
                }
                Err(failure) => RestoreStep::Failed(backup::failure_message(lang, &failure, true)),
            };
            opened.set_value(None);
            step.try_set(outcome);
        });
    };
    let cancel = move |_| {
        opened.set_value(None);
        step.set(RestoreStep::Cancelled);
    };

    view! {
        <section id="pulihkan" aria-labelledby="restore-heading">
            <h3 id="restore-heading">{move || text(Key::RestoreHeading)}</h3>
            <p>{move || text(Key::RestoreIntro)}</p>
            <form class="form" on:submit=open novalidate>
                <div class="field">
                    <label for="restore-file">{move || text(Key::RestoreFile)}</label>
                    <input id="restore-file" type="file" accept=".age,application/octet-stream"
                        node_ref=file_input on:change=move |_| step.set(RestoreStep::Idle) />
                </div>
                <div class="field">
                    <label for="restore-passphrase">{move || text(Key::RestorePassphrase)}</label>
                    <input id="restore-passphrase" type="password" autocomplete="current-password"
                        prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                </div>
                <div class="actions">
                    <button type="submit" disabled=busy>{move || t(state.lang.get(), common::Key::Restore)}</button>
                </div>
            </form>
            <div role="status" aria-live="polite">
                {move || match step.get() {
                    RestoreStep::Idle | RestoreStep::Confirm(_) => None,
                    RestoreStep::Opening => Some(view! { <p class="hint">{text(Key::RestoreOpening)}</p> }.into_any()),
                    RestoreStep::Restoring => Some(view! { <p class="hint">{text(Key::RestoreWorking)}</p> }.into_any()),
                    RestoreStep::Done(message) => Some(view! { <p class="notice">{message}</p> }.into_any()),
                    RestoreStep::Cancelled => Some(view! { <p class="notice">{text(Key::RestoreCancelled)}</p> }.into_any()),
                    RestoreStep::Failed(message) => Some(view! { <p class="error">{message}</p> }.into_any()),
                }}
            </div>
            {move || match step.get() {
                RestoreStep::Confirm(summary) => Some(view! {
                    <div class="confirm" role="group" aria-labelledby="restore-confirm-text">
                        <p id="restore-confirm-text">{summary}</p>
                        <div class="row-actions">
                            <button type="button" class="danger primary" on:click=confirm>
                                {move || text(Key::RestoreYes)}
                            </button>
                            <button type="button" on:click=cancel>{move || t(state.lang.get(), common::Key::Cancel)}</button>
                        </div>
                    </div>
                }),
                _ => None,
            }}
        </section>
    }
}

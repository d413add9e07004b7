//! Kiriman otomatis on screen: the relay section of Pengaturan (enrol, state, sync now), an
//! innovation's delivery line on the list, and the inbox panel of Impor.

use inovda_core::base::format::format_time_long_in;
use inovda_core::exchange::relay::{
    Delivery, InboxEntry, OutboxEntry, RelayLink, RelaySettings, join_token,
    normalize_enrolment_code, normalize_relay_url,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::loaded::Loaded;
use crate::error::UserError;
use crate::i18n::relay::{self as texts, Key};
use crate::i18n::t;
use crate::platform;
use crate::relay::client::Client;
use crate::relay::{self, RelayFailure};
use crate::signing::device_key;
use crate::state::{AppState, ProfileState, use_app_state};
use crate::storage::{Repo, Role, StorageError};

/// What the relay section shows.
#[derive(Clone)]
struct Overview {
    settings: Option<RelaySettings>,
    outbox: Vec<OutboxEntry>,
    inbox: usize,
}

async fn overview(repo: Repo) -> Result<Overview, StorageError> {
    let settings = repo.get_relay().await?;
    let outbox = repo.outbox().await?;
    let inbox = repo.inbox().await?.iter().filter(|e| e.imported_at.is_none()).count();
    Ok(Overview { settings, outbox, inbox })
}

/// Pengaturan's "Kiriman otomatis (relay)".
#[component]
pub fn RelaySection() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let loaded = LocalResource::new(move || {
        state.relay.changed.track();
        overview(state.repo())
    });
    let state_body = move |found: Overview| match found.settings {
        Some(settings) => {
            view! { <RelayState settings outbox=found.outbox inbox=found.inbox /> }.into_any()
        }
        None => view! { <RelayNone /> }.into_any(),
    };
    view! {
        <section aria-labelledby="relay-heading">
            <h3 id="relay-heading">{move || text(Key::Heading)}</h3>
            <p class="hint">{move || text(Key::Intro)}</p>
            <Loaded resource=loaded body=state_body />
        </section>
    }
}

/// No relay known: the secretariat enrols; an agency waits for the config file.
#[component]
fn RelayNone() -> impl IntoView {
    let state = use_app_state();
    let secretariat = move || matches!(state.profile.get(), ProfileState::Ready(profile) if profile.role == Role::Secretariat);
    move || {
        if secretariat() {
            view! { <EnrolForm /> }.into_any()
        } else {
            view! { <p>{t(state.lang.get(), Key::NoneAgency)}</p> }.into_any()
        }
    }
}

#[component]
fn EnrolForm() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let url = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let url_error = RwSignal::new(None::<RelayFailure>);
    let code_error = RwSignal::new(None::<RelayFailure>);
    let outcome = RwSignal::new(None::<Result<(), RelayFailure>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(None);
        let checked_url = normalize_relay_url(&url.get_untracked());
        let checked_code = normalize_enrolment_code(&code.get_untracked());
        url_error.set(checked_url.as_ref().err().cloned().map(RelayFailure::Relay));
        code_error.set(checked_code.as_ref().err().cloned().map(RelayFailure::Relay));
        let (Ok(address), Ok(code)) = (checked_url, checked_code) else { return };
        busy.set(true);
        spawn_local(async move {
            let result = enrol(state, &address, &code).await;
            let enrolled = result.is_ok();
            outcome.try_set(Some(result));
            busy.try_set(false);
            if enrolled {
                // The section shows the relay's state instead of this form.
                state.relay.changed.notify();
                relay::kick(state);
            }
        });
    };
    view! {
        <form class="relay-enrol" on:submit=submit novalidate>
            <div class="field">
                <label for="relay-url">{move || text(Key::Url)}</label>
                <input id="relay-url" type="url" inputmode="url" autocomplete="url"
                    aria-describedby="relay-url-hint relay-url-error"
                    prop:value=move || url.get() on:input=move |ev| url.set(event_target_value(&ev)) />
                <p class="hint" id="relay-url-hint">{move || text(Key::UrlHint)}</p>
                <p class="error" id="relay-url-error">{move || url_error.with(|e| e.as_ref().map(|e| e.message(state.lang.get())))}</p>
            </div>
            <div class="field">
                <label for="relay-code">{move || text(Key::Code)}</label>
                <input id="relay-code" type="text" autocomplete="off" autocapitalize="characters"
                    aria-describedby="relay-code-hint relay-code-error"
                    prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                <p class="hint" id="relay-code-hint">{move || text(Key::CodeHint)}</p>
                <p class="error" id="relay-code-error">{move || code_error.with(|e| e.as_ref().map(|e| e.message(state.lang.get())))}</p>
            </div>
            <div class="actions">
                <button type="submit" class="primary" prop:disabled=move || busy.get()>
                    {move || if busy.get() { text(Key::Enrolling) } else { text(Key::Enrol) }}
                </button>
            </div>
            {move || outcome.with(|found| found.as_ref().and_then(|r| r.as_ref().err()).map(|error| view! {
                <p class="error" role="alert">{error.message(state.lang.get())}</p>
            }))}
        </form>
    }
}

/// Creates the region on the relay; this device becomes its secretariat and keeps the link.
async fn enrol(state: AppState, address: &str, code: &str) -> Result<(), RelayFailure> {
    let repo = state.repo();
    let Some(profile) = repo.get_profile().await? else {
        return Err(StorageError::Corrupt("no profile".into()).into());
    };
    let key = device_key(&repo).await?;
    let enrolled = Client::new(address, &key).enrol(code, &profile.region, &profile.agency).await?;
    let link = RelayLink {
        url: address.to_owned(),
        join: join_token(&key, &enrolled.region_id),
        region_id: enrolled.region_id,
    };
    let mut settings = RelaySettings::new(link, enrolled.name, key.public_key().to_hex());
    settings.joined = true;
    repo.put_relay(&settings).await?;
    Ok(())
}

/// A known relay: where, whether connected, the last sync, the outbox and inbox in numbers.
#[component]
fn RelayState(settings: RelaySettings, outbox: Vec<OutboxEntry>, inbox: usize) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let count = |pick: fn(&Delivery) -> bool| outbox.iter().filter(|e| pick(&e.delivery)).count();
    let waiting = count(|d| matches!(d, Delivery::Waiting | Delivery::Refused { .. }));
    let sent = count(|d| matches!(d, Delivery::Sent { .. }));
    let received = count(|d| matches!(d, Delivery::Received { .. }));
    let enrolled_now = settings.joined;
    let last_sync = move || {
        let lang = state.lang.get();
        state
            .relay
            .last_sync
            .get()
            .and_then(|at| chrono::DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| format_time_long_in(lang, at.to_utc(), platform::zone()))
            .unwrap_or_else(|| t(lang, Key::Never).to_owned())
    };
    let sync_now = move |_| relay::kick(state);
    view! {
        <dl class="relay-state">
            <dt>{move || text(Key::Address)}</dt>
            <dd data-testid="relay-url">{settings.link.url.clone()}</dd>
            <dt>{move || text(Key::Region)}</dt>
            <dd>{settings.region_name.clone()}</dd>
            <dt>{move || text(Key::LastSync)}</dt>
            <dd data-testid="relay-last-sync">{last_sync}</dd>
        </dl>
        <p data-testid="relay-connected">{move || if enrolled_now { text(Key::Connected) } else { text(Key::NotConnected) }}</p>
        <p data-testid="relay-outbox">{move || texts::outbox_counts(state.lang.get(), waiting, sent, received)}</p>
        {(inbox > 0).then(|| view! {
            <p><a href="/impor">{move || texts::inbox_count(state.lang.get(), inbox)}</a></p>
        })}
        {move || state.relay.last_error.get().map(|message| view! {
            <p class="error" role="status" data-testid="relay-error">{message}</p>
        })}
        <div class="actions">
            <button type="button" on:click=sync_now>{move || text(Key::SyncNow)}</button>
        </div>
    }
}

/// One innovation's way through the relay, on the list: nothing when it never went there.
#[component]
pub fn DeliveryLine(entry: OutboxEntry) -> impl IntoView {
    let state = use_app_state();
    let refused = matches!(entry.delivery, Delivery::Refused { .. });
    view! {
        <span class=if refused { "delivery error" } else { "delivery" } data-testid="delivery">
            {move || texts::delivery_text(state.lang.get(), &entry, platform::zone())}
        </span>
    }
}

/// The inbox on Impor, when the device knows a relay: how many bundles arrived through it, the
/// button that puts them through the same preview as chosen files, and "Periksa kiriman baru".
#[component]
pub fn InboxPanel(review: Callback<Vec<(web_sys::File, String)>>) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let waiting = LocalResource::new(move || {
        state.relay.changed.track();
        let repo = state.repo();
        async move {
            if repo.get_relay().await?.is_none() {
                return Ok::<_, StorageError>(None);
            }
            let entries = repo.inbox().await?;
            Ok(Some(entries.into_iter().filter(|e| e.imported_at.is_none()).collect::<Vec<_>>()))
        }
    });
    let open = move |entries: Vec<InboxEntry>| {
        let repo = state.repo();
        spawn_local(async move {
            let mut files = Vec::with_capacity(entries.len());
            for entry in entries {
                if let Ok(Some(stored)) = repo.inbox_file(&entry).await
                    && let Ok(blob) = stored.blob()
                    && let Ok(file) = platform::file_from_blob(&blob, &entry.file_name())
                {
                    files.push((file, entry.sha256));
                }
            }
            review.run(files);
        });
    };
    let inbox_body = move |found: Option<Vec<InboxEntry>>| {
        found.map(|entries| {
            let count = entries.len();
            let senders = entries.iter().map(|e| e.sender_name.clone()).collect::<Vec<_>>();
            view! {
                <section class="relay-inbox" aria-labelledby="relay-inbox-heading">
                    <h3 id="relay-inbox-heading">{move || text(Key::InboxHeading)}</h3>
                    <p data-testid="relay-inbox-count">{move || texts::inbox_count(state.lang.get(), count)}</p>
                    {(count > 0).then(|| view! {
                        <ul class="relay-senders">{senders.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul>
                    })}
                    {move || state.relay.last_error.get().map(|message| view! {
                        <p class="error" role="status">{message}</p>
                    })}
                    <div class="actions">
                        {(count > 0).then(|| {
                            let entries = entries.clone();
                            view! {
                                <button type="button" class="primary" on:click=move |_| open(entries.clone())>
                                    {move || text(Key::InboxReview)}
                                </button>
                            }
                        })}
                        <button type="button" on:click=move |_| relay::kick(state)>{move || text(Key::CheckNow)}</button>
                    </div>
                </section>
            }
        })
    };
    view! { <Loaded resource=waiting body=inbox_body /> }
}

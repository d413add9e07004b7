//! Kiriman otomatis: bundles travel through the region's relay by themselves when a network
//! exists; the file route (Ekspor/Impor) stays as it is.
//!
//! - [`client`]: the relay's HTTP API, signed in with the device key.
//! - Sending: a bundle is sealed to its recipients ([`seal_blob`]) and put in the outbox
//!   ([`enqueue`]); [`sync`] uploads what is due, retried with core's back-off, and records the
//!   relay's receipts.
//! - Receiving: [`sync`] fetches what is addressed to this device, opens and checks it, and keeps
//!   it in the inbox; the Impor page shows it through the same preview and commit as files, and
//!   the receipt is posted once it is imported.
//!
//! [`start`] runs a sync when the app starts, on the browser's `online` event, on the service
//! worker's Background Sync (where the browser has it), every minute while the app is open and
//! right after something is queued.

pub mod client;

use std::cell::Cell;

use inovda_core::Lang;
use inovda_core::exchange::bundle::{BundleError, BundleKind, PublicKey, SigningKey};
use inovda_core::exchange::relay::{
    INBOX_SCHEMA_VERSION, InboxEntry, OutboxEntry, RelayError, RelaySettings, relay_error_message,
};
use inovda_core::exchange::sealed::{SealError, SealMeta, SealWriter, seal_error_message};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::device;
use crate::error::{Examples, UserError, chain};
use crate::platform::{self, BlobSink, BrowserError};
use crate::signing::device_key;
use crate::state::AppState;
use crate::storage::{Repo, Role, StorageError};
use client::Client;

/// Why sending or receiving through the relay stopped.
#[derive(Debug, thiserror::Error)]
pub enum RelayFailure {
    #[error("{0}")]
    Relay(#[from] RelayError),
    #[error("{0}")]
    Storage(#[from] StorageError),
    #[error("{0}")]
    Seal(#[from] SealError),
    #[error("{0}")]
    Bundle(#[from] BundleError),
    #[error("{0}")]
    Browser(#[from] BrowserError),
    #[error("{0}")]
    Export(#[from] crate::packing::ExportError),
}

impl UserError for RelayFailure {
    fn message(&self, lang: Lang) -> String {
        match self {
            RelayFailure::Relay(error) => error.message(lang),
            RelayFailure::Storage(error) => error.message(lang),
            RelayFailure::Seal(error) => seal_error_message(lang, error),
            RelayFailure::Bundle(error) => error.message(lang),
            RelayFailure::Browser(error) => error.message(lang),
            RelayFailure::Export(error) => error.message(lang),
        }
    }
}

impl Examples for RelayFailure {
    fn examples() -> Vec<Self> {
        chain(RelayFailure::Relay(RelayError::EmptyUrl), |error| match error {
            RelayFailure::Relay(_) => Some(RelayFailure::Storage(StorageError::QuotaExceeded)),
            RelayFailure::Storage(_) => Some(RelayFailure::Seal(SealError::NotARecipient)),
            RelayFailure::Seal(_) => Some(RelayFailure::Bundle(BundleError::BadSignature)),
            RelayFailure::Bundle(_) => Some(RelayFailure::Browser(BrowserError::NoPage)),
            RelayFailure::Browser(_) => {
                Some(RelayFailure::Export(crate::packing::ExportError::Empty))
            }
            RelayFailure::Export(_) => None,
        })
    }
}

impl Examples for RelayError {
    fn examples() -> Vec<Self> {
        chain(RelayError::EmptyUrl, |error| match error {
            RelayError::EmptyUrl => Some(RelayError::BadUrl("x".into())),
            RelayError::BadUrl(_) => Some(RelayError::NotHttps("x".into())),
            RelayError::NotHttps(_) => Some(RelayError::EmptyCode),
            RelayError::EmptyCode => Some(RelayError::BadJoinToken),
            RelayError::BadJoinToken => Some(RelayError::Unreachable("x".into())),
            RelayError::Unreachable(_) => Some(RelayError::Refused {
                code: "bad_enrolment_code".into(),
                message: String::new(),
            }),
            RelayError::Refused { .. } => Some(RelayError::Protocol("x".into())),
            RelayError::Protocol(_) => None,
        })
    }
}

impl UserError for RelayError {
    fn message(&self, lang: Lang) -> String {
        relay_error_message(lang, self)
    }
}

/// Why a sync stopped: the relay, or the device's storage. Narrow on purpose: the small home
/// module syncs too, and carries only these texts.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{0}")]
    Relay(#[from] RelayError),
    #[error("{0}")]
    Storage(#[from] StorageError),
}

impl UserError for SyncError {
    fn message(&self, lang: Lang) -> String {
        match self {
            SyncError::Relay(error) => error.message(lang),
            SyncError::Storage(error) => error.message(lang),
        }
    }
}

impl Examples for SyncError {
    fn examples() -> Vec<Self> {
        chain(SyncError::Relay(RelayError::EmptyUrl), |error| match error {
            SyncError::Relay(_) => Some(SyncError::Storage(StorageError::QuotaExceeded)),
            SyncError::Storage(_) => None,
        })
    }
}

/// A sealed bundle ready for the outbox.
pub struct SealedBlob {
    pub blob: web_sys::Blob,
    pub sha256: String,
    pub size: u64,
}

/// What a sealed bundle says about itself: kind, region, the relay's region id (`None` for a
/// file carried by hand) and the sender's name.
pub fn seal_meta(
    kind: BundleKind,
    region: &str,
    relay_region: Option<String>,
    sender: &str,
) -> SealMeta {
    SealMeta {
        kind,
        created_at: platform::now().to_rfc3339(),
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        region: region.to_owned(),
        relay_region,
        sender: sender.to_owned(),
    }
}

/// Seals `inner` (a signed bundle) for `recipients`, streaming it in 1 MB slices.
pub async fn seal_blob(
    inner: &web_sys::Blob,
    meta: &SealMeta,
    key: &SigningKey,
    recipients: &[PublicKey],
) -> Result<SealedBlob, RelayFailure> {
    let mut writer = SealWriter::start(BlobSink::default(), meta, key, recipients)?;
    platform::stream_blob(
        inner,
        |chunk| {
            std::io::Write::write_all(&mut writer, chunk)
                .map_err(|e| RelayFailure::Seal(SealError::Io(e.to_string())))
        },
        RelayFailure::Browser,
    )
    .await?;
    let sealed = writer.finish()?;
    let blob = sealed.out.into_blob("application/zip")?;
    Ok(SealedBlob { blob, sha256: sealed.sha256, size: sealed.size })
}

/// The secretariat's key an agency seals its files to, when it knows one (from the relay or the
/// applied config bundle); `None` for the secretariat itself or before a config arrived.
pub async fn secretariat_key_for_files(repo: &Repo) -> Result<Option<PublicKey>, StorageError> {
    let Some(profile) = repo.get_profile().await? else { return Ok(None) };
    if profile.role == Role::Secretariat {
        return Ok(None);
    }
    let hex = match repo.get_relay().await? {
        Some(settings) => Some(settings.secretariat_public_key),
        None => repo.get_region_config().await?.map(|config| config.secretariat_public_key),
    };
    Ok(hex.and_then(|hex| PublicKey::from_hex(&hex).ok()))
}

/// A submission file carried by hand, sealed so only the secretariat's device opens it.
pub async fn seal_for_secretariat(
    repo: &Repo,
    profile: &crate::storage::ProfileDto,
    bundle: &web_sys::Blob,
    secretariat: &PublicKey,
) -> Result<SealedBlob, RelayFailure> {
    let key = device_key(repo).await?;
    let meta = seal_meta(BundleKind::Submission, &profile.region, None, &profile.agency);
    seal_blob(bundle, &meta, &key, std::slice::from_ref(secretariat)).await
}

/// Seals `inner` for `recipients` and puts it in the outbox, then starts sending.
#[allow(clippy::too_many_arguments)]
pub async fn enqueue(
    state: AppState,
    settings: &RelaySettings,
    inner: &web_sys::Blob,
    kind: BundleKind,
    sender_name: &str,
    recipients: &[PublicKey],
    innovation_ids: Vec<String>,
    recipient_name: String,
) -> Result<OutboxEntry, RelayFailure> {
    let repo = state.repo();
    let key = device_key(&repo).await?;
    let meta =
        seal_meta(kind, &settings.region_name, Some(settings.link.region_id.clone()), sender_name);
    let sealed = seal_blob(inner, &meta, &key, recipients).await?;
    let entry = OutboxEntry::new(
        sealed.sha256,
        kind,
        sealed.size,
        innovation_ids,
        recipient_name,
        platform::now(),
    );
    repo.enqueue(&entry, &sealed.blob.clone().into()).await?;
    state.relay.changed.notify();
    platform::request_background_sync();
    kick(state);
    Ok(entry)
}

/// The secretariat's key as an age recipient, from the device's relay settings.
pub fn secretariat_key(settings: &RelaySettings) -> Result<PublicKey, RelayFailure> {
    PublicKey::from_hex(&settings.secretariat_public_key)
        .map_err(|_| RelayFailure::Relay(RelayError::BadJoinToken))
}

/// What the app shows about the relay: the last sync and what is waiting.
#[derive(Clone, Copy)]
pub struct RelayState {
    /// Fired when the outbox or inbox changed.
    pub changed: Trigger,
    /// The last sync's failure, if it failed; `None` after a clean one.
    pub last_error: RwSignal<Option<String>>,
    /// When the last sync finished cleanly (RFC 3339).
    pub last_sync: RwSignal<Option<String>>,
}

impl RelayState {
    pub fn new() -> Self {
        Self {
            changed: Trigger::new(),
            last_error: RwSignal::new(None),
            last_sync: RwSignal::new(None),
        }
    }
}

impl Default for RelayState {
    fn default() -> Self {
        Self::new()
    }
}

/// The step that fetches and opens what is addressed to this device. Only the full module sets
/// it ([`start_with_inbox`]): opening sealed bundles needs age, which the small home module (the
/// list) does not carry; the home module still sends the outbox and reads receipts.
type InboxStep = for<'a> fn(
    &'a Repo,
    &'a Client<'a>,
    &'a SigningKey,
    RelaySettings,
) -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<(), SyncError>> + 'a>,
>;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static INBOX_STEP: Cell<Option<InboxStep>> = const { Cell::new(None) };
}

/// Starts a sync unless one runs; a request during a run makes it run once more.
pub fn kick(state: AppState) {
    if RUNNING.with(Cell::get) {
        AGAIN.with(|again| again.set(true));
        return;
    }
    RUNNING.with(|running| running.set(true));
    spawn_local(async move {
        loop {
            AGAIN.with(|again| again.set(false));
            let lang = state.lang.get_untracked();
            match sync(state).await {
                Ok(true) => {
                    state.relay.last_error.try_set(None);
                    state.relay.last_sync.try_set(Some(platform::now().to_rfc3339()));
                }
                Ok(false) => {}
                Err(error) => {
                    state.relay.last_error.try_set(Some(error.message(lang)));
                }
            }
            state.relay.changed.notify();
            if !AGAIN.with(Cell::get) {
                break;
            }
        }
        RUNNING.with(|running| running.set(false));
    });
}

/// [`start`] in the full module: the inbox is fetched too.
pub fn start_with_inbox(state: AppState) {
    INBOX_STEP.with(|step| {
        step.set(Some(|repo, client, key, settings| {
            Box::pin(fetch_inbox(repo, client, key, settings))
        }))
    });
    start(state);
}

/// Syncs on start, on `online` and every minute while the app is open.
pub fn start(state: AppState) {
    kick(state);
    let online = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || kick(state));
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
        // The service worker's Background Sync (public/sw.js) arrives as this event.
        let _ = window
            .add_event_listener_with_callback("inovda:relay-sync", online.as_ref().unchecked_ref());
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            online.as_ref().unchecked_ref(),
            60_000,
        );
    }
    // The listener lives as long as the page.
    online.forget();
}

/// One round: join, upload what is due, read receipts, fetch the inbox, post receipts of what
/// was imported. `Ok(false)` when there is nothing to do (no relay, or offline).
async fn sync(state: AppState) -> Result<bool, SyncError> {
    let repo = state.repo();
    let Some(mut settings) = repo.get_relay().await? else { return Ok(false) };
    if !device::is_online() {
        return Ok(false);
    }
    let Some(profile) = repo.get_profile().await? else { return Ok(false) };
    let key = device_key(&repo).await?;
    let client = Client::new(&settings.link.url, &key);
    let region = settings.link.region_id.clone();
    if !settings.joined {
        let agency_id = profile.agency_id.map(|id| id.to_string());
        client.join(&region, &settings.link.join, &profile.agency, agency_id.as_deref()).await?;
        settings.joined = true;
        repo.put_relay(&settings).await?;
    }
    if send_due(&repo, &client, &region).await? == Membership::Lost {
        // Removed from the region meanwhile: join again on the next round (the join token
        // still holds), the refused bundle is retried then.
        settings.joined = false;
        repo.put_relay(&settings).await?;
        return Ok(true);
    }
    read_receipts(&repo, &client, &region).await?;
    if let Some(step) = INBOX_STEP.with(Cell::get) {
        step(&repo, &client, &key, settings).await?;
    }
    post_receipts(&repo, &client, &region).await?;
    Ok(true)
}

/// Whether the relay still counts this device as a member of the region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Membership {
    Kept,
    Lost,
}

async fn send_due(repo: &Repo, client: &Client<'_>, region: &str) -> Result<Membership, SyncError> {
    for entry in repo.outbox().await? {
        if !entry.due(platform::now()) {
            continue;
        }
        let Some(stored) = repo.outbox_file(&entry).await? else { continue };
        let blob = stored.blob()?;
        match client.deposit(region, &entry.sha256, &blob).await {
            Ok(deposited) => repo.update_outbox(&entry.sent(deposited.deposited_at)).await?,
            Err(error) => {
                let stop = matches!(error, RelayError::Unreachable(_));
                let lost =
                    matches!(&error, RelayError::Refused { code, .. } if code == "not_a_member");
                repo.update_outbox(&entry.failed(&error, platform::now())).await?;
                if stop {
                    return Err(error.into());
                }
                if lost {
                    return Ok(Membership::Lost);
                }
            }
        }
    }
    Ok(Membership::Kept)
}

async fn read_receipts(repo: &Repo, client: &Client<'_>, region: &str) -> Result<(), SyncError> {
    let waiting: Vec<OutboxEntry> =
        repo.outbox().await?.into_iter().filter(OutboxEntry::awaiting_receipt).collect();
    if waiting.is_empty() {
        return Ok(());
    }
    let mut after = 0;
    loop {
        let page = client.sent(region, after).await?;
        for item in &page.entries {
            let Some(entry) = waiting.iter().find(|e| e.sha256 == item.sha256) else { continue };
            let times: Option<Vec<&String>> =
                item.recipients.iter().map(|r| r.received_at.as_ref()).collect();
            if let Some(latest) = times.and_then(|t| t.into_iter().max().cloned()) {
                repo.update_outbox(&entry.clone().received(latest)).await?;
            }
        }
        if page.entries.is_empty() || page.next_after <= after {
            return Ok(());
        }
        after = page.next_after;
    }
}

async fn fetch_inbox(
    repo: &Repo,
    client: &Client<'_>,
    key: &SigningKey,
    mut settings: RelaySettings,
) -> Result<(), SyncError> {
    let region = settings.link.region_id.clone();
    loop {
        let page = client.inbox(&region, settings.inbox_after).await?;
        if page.entries.is_empty() {
            return Ok(());
        }
        for item in page.entries {
            settings.inbox_after = item.seq;
            let bytes = client.fetch(&region, &item.sha256).await?;
            match crate::intake::open_sealed_file(bytes, key).await {
                Ok(opened) => {
                    let (kind, size) = (opened.verified.manifest.kind, opened.blob.size() as u64);
                    let entry = InboxEntry {
                        schema_version: INBOX_SCHEMA_VERSION,
                        sha256: item.sha256,
                        kind,
                        sender_name: item.sender_name,
                        sender_public_key: item.sender_public_key,
                        deposited_at: item.deposited_at,
                        size,
                        imported_at: None,
                    };
                    repo.keep_fetched(&entry, &opened.blob.into(), &settings).await?;
                }
                // A bundle that does not open or verify is skipped (and logged): it cannot be
                // imported, and the sender still sees it as not received.
                Err(error) => {
                    web_sys::console::warn_1(
                        &format!("relay bundle {} refused: {error}", item.sha256).into(),
                    );
                    repo.put_relay(&settings).await?;
                }
            }
        }
    }
}

async fn post_receipts(repo: &Repo, client: &Client<'_>, region: &str) -> Result<(), SyncError> {
    let imported: Vec<String> = repo
        .inbox()
        .await?
        .into_iter()
        .filter(|entry| entry.imported_at.is_some())
        .map(|entry| entry.sha256)
        .collect();
    for sha256 in imported {
        client.receipt(region, &sha256).await?;
        repo.remove_fetched(std::slice::from_ref(&sha256)).await?;
    }
    Ok(())
}

/// The outbox entries that carry an innovation, newest state last.
pub fn delivery_of<'a>(outbox: &'a [OutboxEntry], innovation_id: &str) -> Option<&'a OutboxEntry> {
    outbox
        .iter()
        .filter(|entry| entry.innovation_ids.iter().any(|id| id == innovation_id))
        .max_by(|a, b| a.created_at.cmp(&b.created_at))
}

/// Queues a built submission bundle for the secretariat when the device knows a relay;
/// `Ok(false)` when it knows none (the file route is then the only one).
pub async fn send_submission(
    state: AppState,
    profile: &crate::storage::ProfileDto,
    bundle: &web_sys::Blob,
    innovation_ids: Vec<String>,
) -> Result<bool, RelayFailure> {
    let Some(settings) = state.repo().get_relay().await? else { return Ok(false) };
    let secretariat = secretariat_key(&settings)?;
    enqueue(
        state,
        &settings,
        bundle,
        BundleKind::Submission,
        &profile.agency,
        &[secretariat],
        innovation_ids,
        String::new(),
    )
    .await?;
    Ok(true)
}

/// After Ajukan: builds the innovation's submission bundle and queues it, when the device knows
/// a relay. `Ok(false)` when it knows none.
pub async fn submit_through_relay(
    state: AppState,
    record: inovda_core::InnovationRecord,
) -> Result<bool, RelayFailure> {
    let repo = state.repo();
    if repo.get_relay().await?.is_none() {
        return Ok(false);
    }
    let Some(profile) = repo.get_profile().await? else { return Ok(false) };
    let ids = vec![record.id.clone()];
    let built = crate::packing::build_bundle(&repo, &profile, vec![record], |_, _| {}).await?;
    send_submission(state, &profile, &built.blob, ids).await
}

//! The award's packages and sheets on their way: the secretariat picks each juror's device
//! among the relay's members, downloads a juror's package (sealed to that device when picked)
//! or sends every package with one button; a juror's device sends its sheet back through the
//! relay, or as a file sealed to the secretariat. Without a relay everything is a file, as
//! before.

use std::collections::HashSet;

use inovda_core::InnovationRecord;
use inovda_core::base::format::format_size;
use inovda_core::exchange::bundle::{
    BundleKind, PublicKey, SigningKey, bundle_file_name, bundle_size, evidence_refs,
};
use inovda_core::exchange::relay::{OutboxEntry, RelayError, RelaySettings};
use inovda_core::programmes::award::{
    AwardPackage, AwardRound, Dossiers, JurorDevice, JurySheet, award_bundle, jury_bundle,
    missing_jurors,
};
use inovda_core::programmes::kipp::KippProposal;
use inovda_core::secretariat::registry::name_key;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::bundle_blob;
use crate::error::{ActionError, UserError};
use crate::i18n::{award, award::Key, common, t};
use crate::packing::write_with_files;
use crate::pages::relay::DeliveryLine;
use crate::platform;
use crate::relay::client::{Client, Member};
use crate::relay::{RelayFailure, enqueue, seal_blob, seal_meta, secretariat_key};
use crate::signing;
use crate::state::{AppState, use_app_state};
use crate::storage::{AssignmentDto, Repo, StorageError, StoredRoundDto};

/// The relay's devices as the round page sees them.
#[derive(Clone)]
pub enum Devices {
    /// This device knows no relay: packages travel as files only.
    NoRelay,
    /// The region's member devices (the secretariat's own left out).
    Listed(Vec<Member>),
    /// The relay could not be asked (offline, refused): the stored picks still count.
    Unavailable(RelayError),
}

/// The devices a juror's package may go to.
pub async fn relay_devices(repo: &Repo) -> Result<Devices, StorageError> {
    let Some(settings) = repo.get_relay().await? else { return Ok(Devices::NoRelay) };
    let key = signing::device_key(repo).await?;
    let client = Client::new(&settings.link.url, &key);
    Ok(match client.members(&settings.link.region_id).await {
        Ok(members) => {
            Devices::Listed(members.into_iter().filter(|member| !member.secretariat).collect())
        }
        Err(error) => Devices::Unavailable(error),
    })
}

/// The newest outbox entry of `kind` for an award round (and, for packages, one juror).
pub fn latest_delivery(
    outbox: &[OutboxEntry],
    kind: BundleKind,
    round_id: &str,
    recipient: Option<&str>,
) -> Option<OutboxEntry> {
    outbox
        .iter()
        .filter(|entry| entry.kind == kind && entry.innovation_ids.iter().any(|id| id == round_id))
        .filter(|entry| recipient.is_none_or(|name| entry.recipient == name))
        .max_by(|a, b| a.created_at.cmp(&b.created_at))
        .cloned()
}

fn device_recipient(device: Option<&JurorDevice>) -> Option<PublicKey> {
    device.and_then(|device| PublicKey::from_hex(&device.public_key).ok())
}

/// What this device holds for the round's entries: their current records, the KIPP proposals
/// kept here and the evidence files stored here (only those can travel).
pub struct HeldDossiers {
    records: Vec<InnovationRecord>,
    proposals: Vec<KippProposal>,
    stored: HashSet<String>,
}

impl HeldDossiers {
    pub fn as_dossiers(&self) -> Dossiers<'_> {
        Dossiers { records: &self.records, proposals: &self.proposals, stored: &self.stored }
    }
}

/// Reads what this device holds for `round`'s entries.
pub async fn held_dossiers(repo: &Repo, round: &AwardRound) -> Result<HeldDossiers, ActionError> {
    let ids: HashSet<&str> = round.entries.iter().map(|e| e.innovation_id.as_str()).collect();
    let records: Vec<InnovationRecord> = repo
        .list_innovations()
        .await?
        .into_iter()
        .filter(|record| ids.contains(record.id.as_str()))
        .collect();
    let mut proposals = Vec::new();
    let mut stored = HashSet::new();
    for record in &records {
        if let Some(proposal) = crate::proposals::load(repo, &record.id).await? {
            proposals.push(proposal);
        }
        for file in evidence_refs(std::slice::from_ref(record)) {
            if !stored.contains(&file.sha256) && repo.has_blob(&file.sha256).await? {
                stored.insert(file.sha256);
            }
        }
    }
    Ok(HeldDossiers { records, proposals, stored })
}

/// The size of one juror's package before it is made (unsealed; sealing adds a few hundred
/// bytes), with how many entries carry a dossier and how many evidence files travel.
pub async fn package_size(
    repo: &Repo,
    round: &AwardRound,
    held: &HeldDossiers,
) -> Result<Option<(u64, usize, usize)>, ActionError> {
    let Some(juror) = round.jurors.first() else { return Ok(None) };
    if !round.validate().is_empty() {
        return Ok(None);
    }
    let (meta, content, files) =
        award_bundle(round, &juror.id, &platform::now().to_rfc3339(), &held.as_dossiers())?;
    let key = signing::device_key(repo).await?;
    let size = bundle_size(&meta, &content, &files, &key)?;
    let entries = round
        .entries
        .iter()
        .filter(|e| held.records.iter().any(|r| r.id == e.innovation_id))
        .count();
    Ok(Some((size, entries, files.len())))
}

/// One juror's package, signed by this device, with the entries' dossiers and (when the round
/// says so) their evidence.
async fn package_blob(
    repo: &Repo,
    round: &AwardRound,
    juror_id: &str,
    held: &HeldDossiers,
    key: &SigningKey,
) -> Result<web_sys::Blob, ActionError> {
    let (meta, content, files) =
        award_bundle(round, juror_id, &platform::now().to_rfc3339(), &held.as_dossiers())?;
    Ok(write_with_files(repo, &meta, &content, &files, key, |_, _| {}).await?.0)
}

/// One juror's package as a file: signed by this device, sealed to the juror's device when one
/// is picked. Returns the file and its name.
pub async fn package_file(
    repo: &Repo,
    round: &AwardRound,
    juror_id: &str,
) -> Result<(web_sys::Blob, String), ActionError> {
    let now = platform::now();
    let key = signing::device_key(repo).await?;
    let held = held_dossiers(repo, round).await?;
    let inner = package_blob(repo, round, juror_id, &held, &key).await?;
    let juror = round.juror(juror_id);
    let name = juror.map(|juror| juror.name.as_str()).unwrap_or(juror_id);
    let file_name = bundle_file_name(&format!("penilaian {name}"), now, platform::zone());
    let blob = match device_recipient(juror.and_then(|juror| juror.device.as_ref())) {
        Some(device) => {
            let meta = seal_meta(BundleKind::Award, &round.region, None, &round.secretariat);
            seal_blob(&inner, &meta, &key, &[device]).await?.blob
        }
        None => inner,
    };
    Ok((blob, file_name))
}

/// "Kirim paket ke semua juri lewat relay": queues each juror's package for its device;
/// returns how many were queued and the jurors without a device.
pub async fn send_packages(
    state: AppState,
    round: &AwardRound,
) -> Result<(usize, Vec<String>), ActionError> {
    let repo = state.repo();
    let settings = repo.get_relay().await?.ok_or(RelayFailure::Relay(RelayError::EmptyUrl))?;
    let key = signing::device_key(&repo).await?;
    let held = held_dossiers(&repo, round).await?;
    let mut queued = 0;
    let mut without_device = Vec::new();
    for juror in &round.jurors {
        let Some(device) = device_recipient(juror.device.as_ref()) else {
            without_device.push(juror.name.clone());
            continue;
        };
        let inner = package_blob(&repo, round, &juror.id, &held, &key).await?;
        enqueue(
            state,
            &settings,
            &inner,
            BundleKind::Award,
            &round.secretariat,
            &[device],
            vec![round.id.clone()],
            juror.name.clone(),
        )
        .await?;
        queued += 1;
    }
    Ok((queued, without_device))
}

/// The relay a juror's sheet goes through: this device's, when it belongs to the package's
/// secretariat (by the key that signed the package, else by the region's name).
pub async fn sheet_relay(
    repo: &Repo,
    assignment: &AssignmentDto,
) -> Result<Option<RelaySettings>, StorageError> {
    let Some(settings) = repo.get_relay().await? else { return Ok(None) };
    let same = match &assignment.secretariat_public_key {
        Some(signer) => *signer == settings.secretariat_public_key,
        None => name_key(&settings.region_name) == name_key(&assignment.package.region),
    };
    Ok(same.then_some(settings))
}

/// Queues a juror's sheet on the relay, sealed to the secretariat.
pub async fn queue_sheet(
    state: AppState,
    settings: &RelaySettings,
    package: &AwardPackage,
    sheet: &JurySheet,
    now: &str,
) -> Result<OutboxEntry, ActionError> {
    let key = signing::device_key(&state.repo()).await?;
    let (meta, content) = jury_bundle(package, sheet, now);
    let inner = bundle_blob(&meta, &content, &key)?;
    let recipient = secretariat_key(settings)?;
    Ok(enqueue(
        state,
        settings,
        &inner,
        BundleKind::Jury,
        &sheet.juror_name,
        &[recipient],
        vec![package.round_id.clone()],
        package.secretariat.clone(),
    )
    .await?)
}

/// A juror's sheet as a file, sealed to the secretariat's key when the package named it.
pub async fn sheet_file(
    repo: &Repo,
    assignment: &AssignmentDto,
    sheet: &JurySheet,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(web_sys::Blob, String), ActionError> {
    let key = signing::device_key(repo).await?;
    let package = &assignment.package;
    let (meta, content) = jury_bundle(package, sheet, &now.to_rfc3339());
    let inner = bundle_blob(&meta, &content, &key)?;
    let file_name = bundle_file_name(&format!("nilai {}", sheet.juror_name), now, platform::zone());
    let secretariat =
        assignment.secretariat_public_key.as_deref().and_then(|hex| PublicKey::from_hex(hex).ok());
    let blob = match secretariat {
        Some(secretariat) => {
            let meta = seal_meta(BundleKind::Jury, &package.region, None, &sheet.juror_name);
            seal_blob(&inner, &meta, &key, &[secretariat]).await?.blob
        }
        None => inner,
    };
    Ok((blob, file_name))
}

/// This device's outbox, read again whenever it changes.
pub fn outbox_resource(state: AppState) -> LocalResource<Vec<OutboxEntry>> {
    LocalResource::new(move || {
        state.relay.changed.track();
        let repo = state.repo();
        async move { repo.outbox().await.unwrap_or_default() }
    })
}

/// One juror's device picker: the stored pick first, then the relay's devices.
#[component]
fn DevicePicker(
    juror_id: String,
    juror_name: String,
    current: Option<JurorDevice>,
    members: Vec<Member>,
    saved: RwSignal<StoredRoundDto>,
    draft: RwSignal<AwardRound>,
    message: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let select_id = format!("award-device-{juror_id}");
    let mut choices: Vec<JurorDevice> = members
        .iter()
        .map(|m| JurorDevice { public_key: m.public_key.clone(), name: m.name.clone() })
        .collect();
    if let Some(current) = &current
        && !choices.iter().any(|c| c.public_key == current.public_key)
    {
        choices.insert(0, current.clone());
    }
    let chosen_key = current.map(|device| device.public_key).unwrap_or_default();
    let options = StoredValue::new(choices.clone());
    let pick = move |ev: leptos::ev::Event| {
        let picked = event_target_value(&ev);
        let device = options.with_value(|all| all.iter().find(|d| d.public_key == picked).cloned());
        saved.update(|stored| stored.round.set_juror_device(&juror_id, device.clone()));
        draft.update(|round| round.set_juror_device(&juror_id, device));
        let round = saved.with_untracked(|stored| stored.round.clone());
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            if let Err(error) = repo.put_award_round(&round).await {
                message.try_set(Some((
                    false,
                    format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)),
                )));
            }
        });
    };
    view! {
        <div class="field">
            <label for=select_id.clone()>{award::award_device_label(lang, &juror_name)}</label>
            <select id=select_id on:change=pick>
                <option value="" selected=chosen_key.is_empty()>{t(lang, Key::AwardDeviceNone)}</option>
                {choices.into_iter().map(|device| {
                    // Two devices of one unit are told apart by the start of their keys.
                    let short: String = device.public_key.chars().take(8).collect();
                    let selected = device.public_key == chosen_key;
                    view! {
                        <option value=device.public_key.clone() selected=selected>
                            {format!("{} · {short}", device.name)}
                        </option>
                    }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The round's "Bundel untuk juri": per juror the device pick (with a relay), the package
/// download and its way through the relay; "Kirim paket ke semua juri lewat relay"; the sheets
/// received and missing.
#[component]
pub fn JurorPackages(
    saved: RwSignal<StoredRoundDto>,
    draft: RwSignal<AwardRound>,
    message: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let state = use_app_state();
    let devices = LocalResource::new(move || {
        let repo = state.repo();
        async move { relay_devices(&repo).await }
    });
    let outbox = outbox_resource(state);
    let sending = RwSignal::new(false);
    let send_all = move |_| {
        let round = saved.with_untracked(|stored| stored.round.clone());
        sending.set(true);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            message.try_set(Some(match send_packages(state, &round).await {
                Ok((queued, without)) => {
                    (without.is_empty(), award::award_packages_sent(lang, queued, &without))
                }
                Err(error) => (false, error.message(lang)),
            }));
            sending.try_set(false);
        });
    };
    // The package's size before anything is downloaded or sent, again after each change.
    let size = LocalResource::new(move || {
        let round = saved.with(|stored| stored.round.clone());
        let repo = state.repo();
        let lang = state.lang.get();
        async move {
            let size = async {
                let held = held_dossiers(&repo, &round).await?;
                package_size(&repo, &round, &held).await
            };
            size.await.map_err(|error: ActionError| error.message(lang))
        }
    });
    let choose_evidence = move |ev: leptos::ev::Event| {
        let with = event_target_checked(&ev);
        saved.update(|stored| stored.round.evidence_in_packages = with);
        draft.update(|round| round.evidence_in_packages = with);
        let round = saved.with_untracked(|stored| stored.round.clone());
        let repo = state.repo();
        spawn_local(async move {
            if let Err(error) = repo.put_award_round(&round).await {
                message.try_set(Some((false, error.message(state.lang.get_untracked()))));
            }
        });
    };
    let size_line = move || {
        let lang = state.lang.get();
        size.get().map(|found| match found {
            Ok(Some((bytes, dossiers, files))) => view! {
                <p class="hint" data-testid="award-package-size">
                    {award::award_package_size(lang, &format_size(lang, bytes), dossiers, files)}
                </p>
            }
            .into_any(),
            Ok(None) => ().into_any(),
            Err(message) => view! { <p class="error">{message}</p> }.into_any(),
        })
    };
    let evidence_choice = view! {
        <div class="check">
            <input id="award-evidence" type="checkbox"
                prop:checked=move || saved.with(|stored| stored.round.evidence_in_packages)
                on:change=choose_evidence />
            <label for="award-evidence">{move || t(state.lang.get(), Key::AwardEvidenceInPackages)}</label>
        </div>
        {size_line}
    };
    let listing = move || {
        let lang = state.lang.get();
        let stored = saved.get();
        let round = stored.round.clone();
        let valid = round.validate().is_empty();
        let found = devices.get();
        let relay = !matches!(found, None | Some(Ok(Devices::NoRelay)) | Some(Err(_)));
        let members = match &found {
            Some(Ok(Devices::Listed(members))) => members.clone(),
            _ => Vec::new(),
        };
        let unavailable = match &found {
            Some(Ok(Devices::Unavailable(error))) => {
                Some(award::award_devices_unavailable(lang, error.message(lang)))
            }
            Some(Err(error)) => Some(error.message(lang)),
            _ => None,
        };
        let missing: Vec<String> =
            missing_jurors(&round, &stored.sheets).into_iter().map(|j| j.name.clone()).collect();
        let received: Vec<String> =
            stored.sheets.iter().map(|sheet| sheet.juror_name.clone()).collect();
        let round_id = round.id.clone();
        view! {
            {(!valid).then(|| view! { <p class="hint">{t(lang, Key::AwardSaveFirst)}</p> })}
            {relay.then(|| view! { <p class="hint">{t(lang, Key::AwardDevicesHint)}</p> })}
            {unavailable.map(|said| view! { <p class="warning" role="status">{said}</p> })}
            <ul class="award-juror-bundles">
                {round.jurors.iter().map(|juror| {
                    let juror_id = juror.id.clone();
                    let juror_name = juror.name.clone();
                    let download = {
                        let juror_id = juror_id.clone();
                        move |_| {
                            let round = saved.with_untracked(|s| s.round.clone());
                            let juror_id = juror_id.clone();
                            let repo = state.repo();
                            spawn_local(async move {
                                let lang = state.lang.get_untracked();
                                let result = async {
                                    let (blob, file_name) = package_file(&repo, &round, &juror_id).await?;
                                    platform::download_blob(&blob, &file_name, "application/zip")?;
                                    Ok::<_, ActionError>(file_name)
                                };
                                message.try_set(Some(match result.await {
                                    Ok(name) => (true, format!("{} {name}", t(lang, Key::AwardBundleDownloaded))),
                                    Err(error) => (false, error.message(lang)),
                                }));
                            });
                        }
                    };
                    let (delivery_round, delivery_name) = (round_id.clone(), juror_name.clone());
                    let delivery = move || {
                        outbox.get().and_then(|entries| {
                            latest_delivery(&entries, BundleKind::Award, &delivery_round, Some(&delivery_name))
                        }).map(|entry| view! { <DeliveryLine entry /> })
                    };
                    view! {
                        <li class="award-juror-bundle">
                            <span class="name">{juror_name.clone()}</span>
                            {relay.then(|| view! {
                                <DevicePicker juror_id=juror_id.clone() juror_name=juror_name.clone()
                                    current=juror.device.clone() members=members.clone()
                                    saved draft message />
                            })}
                            <div class="actions">
                                <button type="button" disabled=!valid on:click=download>
                                    {t(lang, Key::AwardDownloadJuror)}
                                    <span class="visually-hidden">" " {juror_name.clone()}</span>
                                </button>
                                {delivery}
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {relay.then(|| view! {
                <div class="actions">
                    <button type="button" class="primary"
                        prop:disabled=move || sending.get() || !valid on:click=send_all>
                        {t(lang, Key::AwardSendPackages)}
                    </button>
                </div>
                <p class="hint">{t(lang, Key::AwardSendPackagesHint)}</p>
            })}
            <h4>{t(lang, Key::AwardSheetsHeading)}</h4>
            {if received.is_empty() {
                view! { <p class="empty">{t(lang, Key::AwardNoSheets)}</p> }.into_any()
            } else {
                view! { <p class="award-received">{t(lang, Key::AwardSheetsReceived)} " " {received.join(", ")}</p> }.into_any()
            }}
            {(!missing.is_empty()).then(|| view! {
                <p class="warning award-missing" role="status">{t(lang, Key::AwardSheetsMissing)} " " {missing.join(", ")}</p>
            })}
            <p><a href="/impor">{t(lang, Key::AwardImportSheets)}</a></p>
        }
    };
    view! {
        {evidence_choice}
        {listing}
    }
}

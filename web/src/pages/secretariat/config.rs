//! The config bundle both ways: the secretariat builds a signed config bundle from its registry
//! and its deadlines ([`ConfigExport`] with the deadline list and form, on `/instansi`, stored
//! under `meta` `deadlines`); an agency that received it picks its unit from the list
//! on `/impor` ([`ConfigPicker`]) instead of typing its name, and its new innovations then carry
//! the registry's `agency_id`.
//!
//! The config, its validation, the bundle's content, the reading of a received bundle and the
//! choice list all come from core's `region_config`; the bundle is streamed through the same
//! `BundleWriter` into a Blob as submission exports are.

use inovda_core::exchange::relay::settings_from_config;
use std::collections::BTreeMap;

use inovda_core::base::format::format_date_long;
use inovda_core::exchange::bundle::{BundleError, BundleWriter, VerifiedBundle, bundle_file_name};
use inovda_core::model::labels::agency_kind_label;
use inovda_core::secretariat::region_config::{
    ConfigIssue, Deadline, DeadlineDraft, RegionConfig, agency_choices, config_bundle,
    parse_deadlines, pick_agency, read_config_bundle,
};
use inovda_core::secretariat::text::config_issue_message;
use inovda_core::secretariat::text::secretariat_error_message;
use inovda_core::{AgencyId, Lang, Region, RegionKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::row_button::RowButton;
use crate::error::{ActionError, UserError};
use crate::i18n::{common, secretariat, secretariat::Key, t};
use crate::intake::Received;
use crate::pages::award::receive::received_view;
use crate::platform;
use crate::platform::BlobSink;
use crate::platform::BrowserError;
use crate::signing;
use crate::state::{AppState, ProfileState, use_app_state};
use crate::storage::{ProfileDto, Repo, StorageError};

/// Why the config bundle was not made.
enum ConfigFailure {
    Issues(Vec<ConfigIssue>),
    Other(ActionError),
    Relay(crate::relay::RelayFailure),
}

impl From<crate::relay::RelayFailure> for ConfigFailure {
    fn from(error: crate::relay::RelayFailure) -> Self {
        ConfigFailure::Relay(error)
    }
}

impl ConfigFailure {
    /// The findings (for the list) and any other reason, in `lang`.
    fn shown(self, lang: Lang) -> (Vec<ConfigIssue>, String) {
        match self {
            ConfigFailure::Issues(issues) => (issues, String::new()),
            ConfigFailure::Other(error) => (Vec::new(), error.message(lang)),
            ConfigFailure::Relay(error) => (Vec::new(), error.message(lang)),
        }
    }
}

impl From<StorageError> for ConfigFailure {
    fn from(error: StorageError) -> Self {
        ConfigFailure::Other(error.into())
    }
}

impl From<BundleError> for ConfigFailure {
    fn from(error: BundleError) -> Self {
        ConfigFailure::Other(error.into())
    }
}

impl From<BrowserError> for ConfigFailure {
    fn from(error: BrowserError) -> Self {
        ConfigFailure::Other(error.into())
    }
}

/// Builds, then downloads the signed config bundle of the secretariat's region; returns its file
/// name.
async fn build_and_download(
    repo: &Repo,
    profile: &ProfileDto,
    region_kind: RegionKind,
) -> Result<String, ConfigFailure> {
    let (blob, file_name) = build_config(repo, profile, region_kind).await?;
    platform::download_blob(&blob, &file_name, "application/zip")?;
    Ok(file_name)
}

/// Queues the config bundle on the relay for every unit connected to it, sealed once to all of
/// them; returns how many units it goes to.
async fn send_config_to_all(
    state: AppState,
    profile: &ProfileDto,
    region_kind: RegionKind,
) -> Result<usize, ConfigFailure> {
    use crate::relay::RelayFailure;
    use inovda_core::exchange::bundle::{BundleKind, PublicKey};
    use inovda_core::exchange::relay::RelayError;
    let repo = state.repo();
    let Some(settings) = repo.get_relay().await? else {
        return Err(RelayFailure::Relay(RelayError::EmptyUrl).into());
    };
    let (blob, _) = build_config(&repo, profile, region_kind).await?;
    let key = signing::device_key(&repo).await?;
    let members = crate::relay::client::Client::new(&settings.link.url, &key)
        .members(&settings.link.region_id)
        .await
        .map_err(RelayFailure::Relay)?;
    let recipients: Vec<PublicKey> = members
        .iter()
        .filter(|member| !member.secretariat)
        .filter_map(|member| PublicKey::from_hex(&member.public_key).ok())
        .collect();
    if recipients.is_empty() {
        return Ok(0);
    }
    crate::relay::enqueue(
        state,
        &settings,
        &blob,
        BundleKind::Config,
        &profile.agency,
        &recipients,
        Vec::new(),
        String::new(),
    )
    .await?;
    Ok(recipients.len())
}

/// The signed config bundle of the secretariat's region and its file name.
async fn build_config(
    repo: &Repo,
    profile: &ProfileDto,
    region_kind: RegionKind,
) -> Result<(web_sys::Blob, String), ConfigFailure> {
    let registry = repo.get_registry().await?;
    let key = signing::device_key(repo).await?;
    let region = Region { kind: region_kind, name: profile.region.clone(), code: String::new() };
    let year = profile.year.unwrap_or_default();
    let deadlines = repo.get_deadlines().await?;
    let labinov = repo.get_labinov_config().await?;
    let config =
        RegionConfig::new(region, year, &profile.agency, &key.public_key(), &registry, deadlines)
            .with_labinov(labinov)
            .with_relay(repo.get_relay().await?.map(|relay| relay.link))
            .with_zone(Some(profile.zone.unwrap_or_else(platform::zone)))
            .with_send_threshold(repo.get_send_threshold(year).await?);
    let issues = config.validate();
    if !issues.is_empty() {
        return Err(ConfigFailure::Issues(issues));
    }
    let now = platform::now();
    let (meta, content) = config_bundle(&config, &now.to_rfc3339());
    let writer = BundleWriter::start(BlobSink::default(), &meta, &content, &[], &key)?;
    let blob = writer.finish()?.into_blob("application/zip")?;
    let file_name = bundle_file_name(&profile.agency, now, platform::zone());
    Ok((blob, file_name))
}

fn region_kind_key(kind: RegionKind) -> Key {
    match kind {
        RegionKind::Province => Key::RegionProvince,
        RegionKind::Regency => Key::RegionRegency,
        RegionKind::City => Key::RegionCity,
    }
}

/// "Buat bundel konfigurasi": the region kind, then a signed config bundle to download.
#[component]
pub fn ConfigExport() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let region_kind = RwSignal::new(String::new());
    let kind_missing = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<String, (Vec<ConfigIssue>, String)>>);
    let busy = RwSignal::new(false);
    // Both buttons: the region kind first, then the action with the profile; its sentence or
    // its findings end up in `outcome`.
    let run = move |send: bool| {
        outcome.set(None);
        let Some(kind) = RegionKind::from_code(&region_kind.get_untracked()) else {
            kind_missing.set(true);
            return;
        };
        kind_missing.set(false);
        let ProfileState::Ready(profile) = state.profile.get_untracked() else { return };
        busy.set(true);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let result = if send {
                send_config_to_all(state, &profile, kind)
                    .await
                    .map(|count| crate::i18n::relay::config_sent(lang, count))
            } else {
                build_and_download(&state.repo(), &profile, kind)
                    .await
                    .map(|name| format!("{} {name}", t(lang, Key::ConfigDownloaded)))
            };
            outcome.try_set(Some(result.map_err(|failure| failure.shown(lang))));
            busy.try_set(false);
        });
    };
    let build = move |_| run(false);
    let send = move |_| run(true);
    let has_relay = LocalResource::new(move || {
        let repo = state.repo();
        async move { repo.get_relay().await.map(|found| found.is_some()).unwrap_or(false) }
    });
    let shown = move || {
        let lang = state.lang.get();
        outcome.get().map(|result| match result {
            Ok(done) => view! {
                <p class="notice" role="status">{done}</p>
            }
            .into_any(),
            Err((issues, other)) => view! {
                <div class="error" role="alert">
                    <p>{t(lang, Key::ConfigProblems)} " " {other}</p>
                    <ul class="issues">
                        {issues.iter().map(|issue| view! { <li>{config_issue_message(lang, issue)}</li> }).collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section aria-labelledby="config-heading">
            <h3 id="config-heading">{move || text(Key::ConfigHeading)}</h3>
            <p>{move || text(Key::ConfigIntro)}</p>
            <DeadlinesEditor />
            <div class="field">
                <label for="region-kind">{move || text(Key::RegionKindLabel)}</label>
                <select id="region-kind" prop:value=move || region_kind.get()
                    on:change=move |ev| region_kind.set(event_target_value(&ev))>
                    <option value="">{move || t(state.lang.get(), common::Key::Choose)}</option>
                    {RegionKind::ALL.into_iter().map(|kind| view! {
                        <option value=kind.code()>{move || text(region_kind_key(kind))}</option>
                    }).collect_view()}
                </select>
                <Show when=move || kind_missing.get()>
                    <p class="issue" role="alert">{move || text(Key::RegionKindRequired)}</p>
                </Show>
            </div>
            <div class="actions">
                <button type="button" class="primary" disabled=move || busy.get() on:click=build>
                    {move || text(Key::ConfigBuild)}
                </button>
                {move || has_relay.get().unwrap_or(false).then(|| view! {
                    <button type="button" disabled=move || busy.get() on:click=send>
                        {move || t(state.lang.get(), crate::i18n::relay::Key::SendConfig)}
                    </button>
                })}
            </div>
            {shown}
        </section>
    }
}

/// The deadlines the config bundle carries: the stored list with "Ubah" / "Hapus", and the
/// form that adds or edits one. Core's `parse_deadlines` checks the whole list (the line being
/// typed placed last, so its findings are its own); nothing is stored while any is found.
#[component]
fn DeadlinesEditor() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let deadlines = RwSignal::new(Vec::<Deadline>::new());
    let editing = RwSignal::new(None::<usize>);
    let label = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let issues = RwSignal::new(Vec::<ConfigIssue>::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let repo = state.repo();
    spawn_local(async move {
        match repo.get_deadlines().await {
            Ok(found) => {
                deadlines.try_set(found);
            }
            Err(error) => {
                let lang = state.lang.get_untracked();
                message.try_set(Some((
                    false,
                    format!("{} {}", t(lang, common::Key::StorageFailed), error.message(lang)),
                )));
            }
        }
    });

    let store = move |list: Vec<Deadline>, done: Key| {
        let repo = state.repo();
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            match repo.put_deadlines(&list).await {
                Ok(()) => {
                    deadlines.try_set(list);
                    message.try_set(Some((true, t(lang, done).to_owned())));
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
    let reset_form = move || {
        editing.set(None);
        label.set(String::new());
        date.set(String::new());
        issues.set(Vec::new());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let edited = editing.get_untracked();
        let mut drafts: Vec<DeadlineDraft> = deadlines
            .get_untracked()
            .into_iter()
            .enumerate()
            .filter(|(index, _)| Some(*index) != edited)
            .map(|(_, d)| DeadlineDraft { label: d.label, date: d.date.to_string() })
            .collect();
        let last = drafts.len();
        drafts.push(DeadlineDraft { label: label.get_untracked(), date: date.get_untracked() });
        match parse_deadlines(&drafts) {
            Ok(list) => {
                reset_form();
                store(list, Key::DeadlineSaved);
            }
            Err(found) => {
                // The typed line's findings, numbered as the line the user sees.
                let typed = format!("deadlines[{last}]");
                let shown = format!("deadlines[{}]", edited.unwrap_or(last));
                message.set(None);
                issues.set(
                    found
                        .into_iter()
                        .map(|issue| ConfigIssue {
                            path: issue.path.replace(&typed, &shown),
                            ..issue
                        })
                        .collect(),
                );
            }
        }
    };
    let remove = move |index: usize| {
        let mut list = deadlines.get_untracked();
        if index < list.len() {
            list.remove(index);
            reset_form();
            store(list, Key::DeadlineRemoved);
        }
    };
    let edit = move |index: usize| {
        if let Some(found) = deadlines.with_untracked(|list| list.get(index).cloned()) {
            issues.set(Vec::new());
            editing.set(Some(index));
            label.set(found.label);
            date.set(found.date.to_string());
        }
    };
    let issue_for = move |field: &'static str| {
        move || {
            let lang = state.lang.get();
            issues
                .get()
                .iter()
                .filter(|issue| issue.path.ends_with(field))
                .map(|issue| view! { <p class="issue" role="alert">{config_issue_message(lang, issue)}</p> })
                .collect_view()
        }
    };
    let list = move || {
        let lang = state.lang.get();
        let today = platform::today();
        let all = deadlines.get();
        if all.is_empty() {
            return view! { <p class="empty">{t(lang, Key::NoDeadlines)}</p> }.into_any();
        }
        view! {
            <ul class="deadline-list" data-testid="deadline-list">
                {all.into_iter().enumerate().map(|(index, deadline)| {
                    let hidden = deadline.label.clone();
                    let hidden2 = deadline.label.clone();
                    view! {
                        <li class:passed=deadline.date < today>
                            <span>
                                <strong>{deadline.label.clone()}</strong> ", " {format_date_long(lang, deadline.date)}
                                {(deadline.date < today).then(|| format!(" ({})", t(lang, Key::DeadlinePassed)))}
                            </span>
                            <div class="row-actions">
                                <RowButton label=t(lang, Key::DeadlineEdit) name=hidden danger=false
                                    on_click=Callback::new(move |()| edit(index)) />
                                <RowButton label=t(lang, Key::DeadlineRemove) name=hidden2 danger=true
                                    on_click=Callback::new(move |()| remove(index)) />
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="deadlines-editor">
            <h4>{move || text(Key::DeadlinesHeading)}</h4>
            <p>{move || text(Key::DeadlinesIntro)}</p>
            {list}
            <form class="form" on:submit=submit novalidate>
                <div class="field">
                    <label for="deadline-label">{move || text(Key::DeadlineLabelLabel)}</label>
                    <input id="deadline-label" type="text" autocomplete="off"
                        prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev)) />
                    {issue_for(".label")}
                </div>
                <div class="field">
                    <label for="deadline-date">{move || text(Key::DeadlineDateLabel)}</label>
                    <input id="deadline-date" type="date"
                        prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                    {issue_for(".date")}
                </div>
                <div class="actions">
                    <button type="submit">
                        {move || text(if editing.get().is_some() { Key::DeadlineSave } else { Key::DeadlineAdd })}
                    </button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" on:click=move |_| reset_form()>{move || text(Key::CancelButton)}</button>
                    </Show>
                </div>
            </form>
            {move || message.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
        </div>
    }
}

/// Applies a received config bundle with the unit the agency chose (`chosen`, an agency id):
/// what "Pakai unit ini" does, and the page's main Impor too.
pub async fn apply_config_choice(
    state: AppState,
    lang: Lang,
    bundle: &VerifiedBundle,
    chosen: &str,
) -> Received {
    let config = match read_config_bundle(bundle) {
        Ok(config) => config,
        Err(error) => {
            return Received::failed(format!(
                "{} {}",
                t(lang, Key::ConfigUnusable),
                secretariat_error_message(lang, &error)
            ));
        }
    };
    let Some(agency) = AgencyId::parse(chosen) else {
        return Received::failed(t(lang, Key::PickRequired).to_owned());
    };
    let picked = match pick_agency(&config, agency) {
        Ok(picked) => picked,
        Err(issue) => return Received::failed(config_issue_message(lang, &issue)),
    };
    let mut profile = ProfileDto::picked(&picked);
    // The region's zone comes with the config; an older config keeps the device's choice.
    profile.zone = config.zone.or_else(|| match state.profile.get_untracked() {
        ProfileState::Ready(stored) => stored.zone,
        _ => None,
    });
    // A relay named by the config is used only when its join token is the secretariat's.
    let relay = config.relay.as_ref().and_then(|link| {
        settings_from_config(link, &config.region.name, &config.secretariat_public_key).ok()
    });
    match state.repo().apply_config(&config, &profile, relay.as_ref()).await {
        Ok(()) => {
            state.profile.set(ProfileState::Ready(profile));
            crate::relay::kick(state);
            Received::done(secretariat::pick_done(lang, &picked.agency_name, &picked.region), None)
        }
        Err(error) => Received::failed(format!(
            "{} {}",
            t(lang, common::Key::SaveFailed),
            error.message(lang)
        )),
    }
}

/// The agency's choice of its unit from a received (verified, trusted) config bundle; the choice
/// is kept in `choices` under the file's `index` so the page's main Impor can apply it too.
#[component]
pub fn ConfigPicker(
    bundle: VerifiedBundle,
    index: usize,
    choices: RwSignal<BTreeMap<usize, String>>,
) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let config = match read_config_bundle(&bundle) {
        Ok(config) => config,
        Err(error) => {
            return view! {
                <p class="error">{t(lang, Key::ConfigUnusable)} " " {secretariat_error_message(lang, &error)}</p>
            }
            .into_any();
        }
    };
    let id = format!("pick-agency-{index}");
    let outcome = RwSignal::new(None::<Received>);
    let groups = agency_choices(&config);
    let intro = secretariat::config_from(lang, &config.secretariat, config.year);
    let bundle = StoredValue::new(bundle);
    let pick = move |_| {
        let lang = state.lang.get_untracked();
        let chosen = choices.with_untracked(|c| c.get(&index).cloned()).unwrap_or_default();
        let bundle = bundle.get_value();
        spawn_local(async move {
            let received = apply_config_choice(state, lang, &bundle, &chosen).await;
            outcome.try_set(Some(received));
        });
    };
    view! {
        <div class="config-picker">
            <p>{intro}</p>
            <div class="field">
                <label for=id.clone()>{t(lang, Key::PickLabel)}</label>
                <select id=id on:change=move |ev| {
                    let value = event_target_value(&ev);
                    choices.update(|c| { c.insert(index, value); });
                }>
                    <option value="">{t(lang, common::Key::Choose)}</option>
                    {groups.into_iter().map(|(kind, choices)| view! {
                        <optgroup label=agency_kind_label(lang, kind)>
                            {choices.into_iter().map(|choice| {
                                let label = match &choice.parent {
                                    Some(parent) => format!("{} ({parent})", choice.name),
                                    None => choice.name.clone(),
                                };
                                view! { <option value=choice.id.to_string()>{label}</option> }
                            }).collect_view()}
                        </optgroup>
                    }).collect_view()}
                </select>
            </div>
            <div class="actions">
                <button type="button" on:click=pick>{t(lang, Key::PickButton)}</button>
            </div>
            {move || outcome.get().map(received_view)}
        </div>
    }
    .into_any()
}

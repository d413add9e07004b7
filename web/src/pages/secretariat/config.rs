//! The config bundle both ways: the secretariat builds a signed config bundle from its registry
//! ([`ConfigExport`], on `/instansi`); an agency that received it picks its unit from the list
//! on `/impor` ([`ConfigPicker`]) instead of typing its name, and its new innovations then carry
//! the registry's `agency_id`.
//!
//! The config, its validation, the bundle's content, the reading of a received bundle and the
//! choice list all come from core's `region_config`; the bundle is streamed through the same
//! `BundleWriter` into a Blob as submission exports are.

use inovda_core::bundle::{BundleWriter, VerifiedBundle, bundle_file_name};
use inovda_core::messages::{agency_kind_label, config_issue_message};
use inovda_core::region_config::{
    ConfigIssue, RegionConfig, agency_choices, config_bundle, pick_agency, read_config_bundle,
};
use inovda_core::{AgencyId, Lang, Region, RegionKind, SecretariatError};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Key, t};
use crate::platform::{self, BlobSink};
use crate::signing;
use crate::state::{ProfileState, use_app_state};
use crate::storage::{ProfileDto, Repo};

/// Why the config bundle was not made.
enum ConfigFailure {
    Issues(Vec<ConfigIssue>),
    Other(String),
}

/// Builds the signed config bundle of the secretariat's region; returns its file name.
async fn build_and_download(
    repo: &Repo,
    profile: &ProfileDto,
    region_kind: RegionKind,
) -> Result<String, ConfigFailure> {
    let other = |error: String| ConfigFailure::Other(error);
    let registry = repo.get_registry().await.map_err(|e| other(e.to_string()))?;
    let key = signing::device_key(repo).await.map_err(|e| other(e.to_string()))?;
    let region = Region { kind: region_kind, name: profile.region.clone(), code: String::new() };
    let year = profile.year.unwrap_or_default();
    let labinov = repo.get_labinov_config().await.map_err(|e| other(e.to_string()))?;
    let config =
        RegionConfig::new(region, year, &profile.agency, &key.public_key(), &registry, Vec::new())
            .with_labinov(labinov);
    let issues = config.validate();
    if !issues.is_empty() {
        return Err(ConfigFailure::Issues(issues));
    }
    let now = platform::now();
    let (meta, content) = config_bundle(&config, &now.to_rfc3339());
    let writer = BundleWriter::start(BlobSink::default(), &meta, &content, &[], &key)
        .map_err(|e| other(e.to_string()))?;
    let sink = writer.finish().map_err(|e| other(e.to_string()))?;
    let blob = sink.into_blob("application/zip").map_err(other)?;
    let file_name = bundle_file_name(&profile.agency, now);
    platform::download_blob(&blob, &file_name, "application/zip").map_err(other)?;
    Ok(file_name)
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
    let build = move |_| {
        outcome.set(None);
        let Some(kind) = RegionKind::from_code(&region_kind.get_untracked()) else {
            kind_missing.set(true);
            return;
        };
        kind_missing.set(false);
        let ProfileState::Ready(profile) = state.profile.get_untracked() else { return };
        busy.set(true);
        let repo = state.repo();
        spawn_local(async move {
            let result = match build_and_download(&repo, &profile, kind).await {
                Ok(name) => Ok(name),
                Err(ConfigFailure::Issues(issues)) => Err((issues, String::new())),
                Err(ConfigFailure::Other(error)) => Err((Vec::new(), error)),
            };
            outcome.try_set(Some(result));
            busy.try_set(false);
        });
    };
    let shown = move || {
        let lang = state.lang.get();
        outcome.get().map(|result| match result {
            Ok(name) => view! {
                <p class="notice" role="status">{t(lang, Key::ConfigDownloaded)} " " {name}</p>
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
            <div class="field">
                <label for="region-kind">{move || text(Key::RegionKindLabel)}</label>
                <select id="region-kind" prop:value=move || region_kind.get()
                    on:change=move |ev| region_kind.set(event_target_value(&ev))>
                    <option value="">{move || text(Key::Choose)}</option>
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
            </div>
            {shown}
        </section>
    }
}

fn read_failure(lang: Lang, error: &SecretariatError) -> String {
    match error {
        SecretariatError::InvalidConfig(issues) => issues
            .iter()
            .map(|issue| config_issue_message(lang, issue))
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

/// The agency's choice of its unit from a received (verified, trusted) config bundle.
#[component]
pub fn ConfigPicker(bundle: VerifiedBundle, index: usize) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let config = match read_config_bundle(&bundle) {
        Ok(config) => config,
        Err(error) => {
            return view! {
                <p class="error">{t(lang, Key::ConfigUnusable)} " " {read_failure(lang, &error)}</p>
            }
            .into_any();
        }
    };
    let id = format!("pick-agency-{index}");
    let chosen = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<(bool, String)>);
    let groups = agency_choices(&config);
    let intro = t(lang, Key::ConfigFrom)
        .replace("{name}", &config.secretariat)
        .replace("{year}", &config.year.to_string());
    let config = StoredValue::new(config);
    let pick = move |_| {
        let lang = state.lang.get_untracked();
        let Some(agency) = AgencyId::parse(&chosen.get_untracked()) else {
            outcome.set(Some((false, t(lang, Key::PickRequired).to_owned())));
            return;
        };
        let picked = match config.with_value(|config| pick_agency(config, agency)) {
            Ok(picked) => picked,
            Err(issue) => {
                outcome.set(Some((false, config_issue_message(lang, &issue))));
                return;
            }
        };
        let profile = ProfileDto::picked(&picked);
        let repo = state.repo();
        spawn_local(async move {
            let stored = config.get_value();
            match repo.apply_config(&stored, &profile).await {
                Ok(()) => {
                    let done = t(lang, Key::PickDone)
                        .replace("{name}", &picked.agency_name)
                        .replace("{region}", &picked.region);
                    state.profile.set(ProfileState::Ready(profile));
                    outcome.try_set(Some((true, done)));
                }
                Err(error) => {
                    outcome.try_set(Some((false, format!("{} {error}", t(lang, Key::SaveFailed)))));
                }
            }
        });
    };
    view! {
        <div class="config-picker">
            <p>{intro}</p>
            <div class="field">
                <label for=id.clone()>{t(lang, Key::PickLabel)}</label>
                <select id=id on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{t(lang, Key::Choose)}</option>
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
            {move || outcome.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
        </div>
    }
    .into_any()
}

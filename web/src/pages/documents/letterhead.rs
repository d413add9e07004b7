//! "Kop surat & penanda tangan": the kop and the signatories every document of this device
//! carries. The form edits the settings the preview draws from as one types; "Simpan" checks
//! them with core's [`check_settings`] and keeps them. Until saved it starts open with core's
//! suggestion from the region and the secretariat's name.

use inovda_core::secretariat::documents::DocumentSettings;
use inovda_core::secretariat::documents::settings::{
    SETTINGS_FIELDS, SettingsIssue, check_settings, settings_field_label, settings_issue_message,
};
use inovda_core::{Lang, Region, RegionKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::error::UserError;
use crate::i18n::{common, documents::Key, t};
use crate::state::{ProfileState, use_app_state};
use crate::storage::{ProfileDto, Repo, StorageError};

/// The region of this device: the applied (or demo) config's, else the profile's region with the
/// kind its name says (core's `RegionKind::from_region_name`).
async fn region_of(repo: &Repo, profile: &ProfileDto) -> Result<Region, StorageError> {
    let config = match repo.get_region_config().await? {
        Some(config) => Some(config),
        None => repo.get_demo_config().await?,
    };
    Ok(config.map(|config| config.region).unwrap_or_else(|| {
        let name = profile.region.trim();
        Region {
            kind: RegionKind::from_region_name(name),
            name: name.to_owned(),
            code: String::new(),
        }
    }))
}

/// The stored settings (`true`), or core's suggestion (`false`).
async fn load(
    repo: Repo,
    profile: ProfileDto,
    lang: Lang,
) -> Result<(DocumentSettings, bool), StorageError> {
    if let Some(saved) = repo.get_document_settings().await? {
        return Ok((saved, true));
    }
    let region = region_of(&repo, &profile).await?;
    Ok((DocumentSettings::suggested(lang, &region, &profile.agency), false))
}

/// The form; `settings` is `None` until loaded, then what the preview draws.
#[component]
pub fn LetterheadForm(settings: RwSignal<Option<DocumentSettings>>) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let saved = RwSignal::new(true);
    let issues = RwSignal::new(Vec::<SettingsIssue>::new());
    let outcome = RwSignal::new(None::<(bool, String)>);
    let loaded = LocalResource::new(move || {
        let profile = match state.profile.get() {
            ProfileState::Ready(profile) => Some(profile),
            _ => None,
        };
        let repo = state.repo();
        let lang = state.lang.get_untracked();
        async move {
            match profile {
                Some(profile) => load(repo, profile, lang).await.map(Some),
                None => Ok(None),
            }
        }
    });
    Effect::new(move |_| match loaded.get() {
        Some(Ok(Some((found, was_saved)))) => {
            settings.set(Some(found));
            saved.set(was_saved);
        }
        Some(Err(error)) => {
            outcome.set(Some((false, error.message(state.lang.get_untracked()))));
        }
        _ => {}
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let Some(current) = settings.get_untracked() else { return };
        let found = check_settings(&current);
        issues.set(found.clone());
        if !found.is_empty() {
            outcome.set(Some((false, t(lang, Key::SettingsProblems).to_owned())));
            return;
        }
        let repo = state.repo();
        spawn_local(async move {
            let result = repo.put_document_settings(&current).await;
            outcome.try_set(Some(match result {
                Ok(()) => {
                    saved.try_set(true);
                    (true, t(lang, Key::SettingsSaved).to_owned())
                }
                Err(error) => {
                    (false, format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)))
                }
            }));
        });
    };
    let field = move |path: &'static str| {
        let id = format!("doc-setting-{}", path.replace('.', "-"));
        let error_id = format!("{id}-error");
        let issue = move || issues.with(|all| all.iter().find(|i| i.path == path).cloned());
        let described = move || issue().map(|_| error_id.clone());
        let error_id_shown = format!("{id}-error");
        view! {
            <div class="field">
                <label for=id.clone()>{move || settings_field_label(state.lang.get(), path)}</label>
                <input id=id type="text" autocomplete="off"
                    inputmode=if path.ends_with(".nip") { "numeric" } else { "text" }
                    aria-invalid=move || issue().map(|_| "true")
                    aria-describedby=described
                    prop:value=move || settings.with(|s| s.as_ref().map(|s| s.field(path)).unwrap_or_default())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        settings.update(|s| {
                            if let Some(slot) = s.as_mut().and_then(|s| s.field_mut(path)) {
                                *slot = value;
                            }
                        });
                        saved.set(false);
                    } />
                {move || issue().map(|issue| view! {
                    <p class="error" id=error_id_shown.clone()>{settings_issue_message(state.lang.get(), &issue)}</p>
                })}
            </div>
        }
    };
    view! {
        <details class="doc-settings" prop:open=move || !saved.get() || !issues.with(Vec::is_empty)>
            <summary>{move || text(Key::SettingsHeading)}</summary>
            {move || (!saved.get()).then(|| view! { <p class="notice" data-testid="settings-unsaved">{text(Key::SettingsUnsaved)}</p> })}
            <p class="hint">{move || text(Key::SettingsHint)}</p>
            <form class="doc-settings-form" on:submit=save novalidate>
                <div class="doc-settings-grid">
                    {SETTINGS_FIELDS.into_iter().map(field).collect_view()}
                </div>
                <button type="submit" class="primary">{move || text(Key::SettingsSave)}</button>
            </form>
        </details>
        {move || outcome.get().map(|(ok, msg)| view! {
            <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
        })}
    }
}

//! What a juror reads beside the score boxes, offline: each entry's profile as the national
//! form lists it, its indicators with the claimed level and the evidence files (downloadable
//! when the package carried them), and its KIPP proposal when the secretariat holds one.

use std::collections::HashSet;

use inovda_core::Catalog;
use inovda_core::programmes::award::EntryDossier;
use inovda_core::programmes::kipp::KippTemplate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::error::UserError;
use crate::evidence::download_stored;
use crate::i18n::{award::Key, t};
use crate::pages::print::profile_rows;
use crate::state::use_app_state;

/// One file named by the dossier.
#[derive(Clone)]
struct FileLine {
    sha256: String,
    file_name: String,
    media_type: String,
}

/// The folded dossier of one entry.
#[component]
pub fn EntryDossierView(dossier: EntryDossier) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let innovation = dossier.record.to_domain().ok();
    // Parsed once: the profile's extra fields and the indicators' names come from it.
    let catalog = StoredValue::new(Catalog::builtin(dossier.record.year).ok());
    let files: Vec<(u8, Vec<FileLine>, Option<u8>)> = dossier
        .record
        .indicators
        .iter()
        .map(|answer| {
            let lines = answer
                .evidence
                .iter()
                .map(|f| FileLine {
                    sha256: f.sha256.clone(),
                    file_name: f.file_name.clone(),
                    media_type: f.media_type.clone(),
                })
                .collect();
            (answer.number, lines, answer.claimed)
        })
        .collect();
    // Which of the named files this device holds (the package carried them).
    let hashes: Vec<String> =
        files.iter().flat_map(|(_, lines, _)| lines.iter().map(|l| l.sha256.clone())).collect();
    let stored = LocalResource::new(move || {
        let repo = state.repo();
        let hashes = hashes.clone();
        async move {
            let mut held = HashSet::new();
            for hash in hashes {
                if repo.has_blob(&hash).await? {
                    held.insert(hash);
                }
            }
            Ok::<_, crate::storage::StorageError>(held)
        }
    });
    let problem = RwSignal::new(None::<String>);
    let profile = move || {
        let lang = state.lang.get();
        innovation.as_ref().map(|innovation| {
            catalog
                .with_value(|catalog| profile_rows(lang, innovation, catalog.as_ref()))
                .into_iter()
                .filter(|(_, value)| !value.trim().is_empty())
                .map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })
                .collect_view()
        })
    };
    let indicators = move || {
        let lang = state.lang.get();
        files
            .iter()
            .filter(|(_, lines, claimed)| claimed.is_some() || !lines.is_empty())
            .map(|(number, lines, claimed)| {
                let name = catalog.with_value(|catalog| {
                    catalog
                        .as_ref()
                        .and_then(|c| c.sid_row(*number))
                        .map(|row| row.name.clone())
                        .unwrap_or_default()
                });
                let level = claimed.map(|level| level.to_string()).unwrap_or_else(|| "—".into());
                let lines = lines
                    .iter()
                    .cloned()
                    .map(|line| {
                        let hash = line.sha256.clone();
                        let held = move || {
                            stored.get().is_some_and(|set| set.is_ok_and(|set| set.contains(&hash)))
                        };
                        let line = StoredValue::new(line);
                        let download = move |_| {
                            let repo = state.repo();
                            let FileLine { sha256, file_name, media_type } = line.get_value();
                            spawn_local(async move {
                                if let Err(error) = download_stored(&repo, &sha256, &file_name, &media_type).await {
                                    problem.try_set(Some(error.message(state.lang.get_untracked())));
                                }
                            });
                        };
                        let file_name = line.with_value(|l| l.file_name.clone());
                        view! {
                            <li>
                                {move || if held() {
                                    view! {
                                        <button type="button" class="link" on:click=download>
                                            {t(state.lang.get(), Key::DossierDownload)} " " {file_name.clone()}
                                        </button>
                                    }.into_any()
                                } else {
                                    view! {
                                        <span>{file_name.clone()} " (" {t(state.lang.get(), Key::DossierFileMissing)} ")"</span>
                                    }.into_any()
                                }}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li>
                        <strong>{format!("{number}. {name}")}</strong>
                        " — " {t(lang, Key::DossierLevel)} ": " {level}
                        <ul class="dossier-files">{lines}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    let proposal = dossier.proposal.map(|proposal| {
        let template = KippTemplate::builtin(proposal.template_year).ok();
        move || {
            let lang = state.lang.get();
            let parts = template.as_ref().map(|template| {
                template
                    .fields()
                    .into_iter()
                    .filter_map(|field| {
                        let answer = proposal.texts.get(field.key())?.trim().to_owned();
                        (!answer.is_empty()).then(|| {
                            view! {
                                <h5>{field.label(lang)}</h5>
                                <p class="dossier-text">{answer}</p>
                            }
                        })
                    })
                    .collect_view()
            });
            view! {
                <h4>{t(lang, Key::DossierKipp)}</h4>
                {parts}
            }
        }
    });
    view! {
        <details class="jury-dossier">
            <summary>{move || text(Key::DossierOpen)}</summary>
            <h4>{move || text(Key::DossierProfile)}</h4>
            <dl class="dossier-profile">{profile}</dl>
            <h4>{move || text(Key::DossierIndicators)}</h4>
            <ul class="dossier-indicators">{indicators}</ul>
            {proposal}
            {move || stored.get().and_then(Result::err).map(|error| view! {
                <p class="error" role="alert">{error.message(state.lang.get())}</p>
            })}
            {move || problem.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
        </details>
    }
}

//! Award and jury bundles received on `/impor` (after the same verification and signer check as
//! every bundle): a juror keeps an award package for scoring ([`AwardReceiver`]); the
//! secretariat merges a juror's sheet into its round ([`JuryReceiver`]).

use inovda_core::exchange::bundle::VerifiedBundle;
use inovda_core::programmes::award::{MergeOutcome, read_award_bundle, read_jury_bundle};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{jury_path, round_path};
use crate::error::UserError;
use crate::i18n::{award, award::Key, common, t};
use crate::state::use_app_state;
use crate::storage::StorageError;

/// "Simpan untuk penilaian": keeps the award package on this (juror's) device.
#[component]
pub fn AwardReceiver(bundle: VerifiedBundle, index: usize) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let package = match read_award_bundle(&bundle) {
        Ok(package) => package,
        Err(error) => {
            return view! {
                <p class="error">{t(lang, Key::AwardBundleUnusable)} " " {error.message(lang)}</p>
            }
            .into_any();
        }
    };
    let intro = award::award_bundle_from(
        lang,
        &package.round_name,
        &package.secretariat,
        &package.juror.name,
        package.entries.len(),
    );
    let outcome = RwSignal::new(None::<Result<String, StorageError>>);
    let package = StoredValue::new(package);
    let keep = move |_| {
        let repo = state.repo();
        let package = package.get_value();
        spawn_local(async move {
            let result = repo.receive_award_package(&package).await;
            outcome.try_set(Some(match result {
                Ok(()) => Ok(package.round_id.clone()),
                Err(error) => Err(error),
            }));
        });
    };
    view! {
        <div class="award-receiver" data-index=index>
            <p>{intro}</p>
            <div class="actions">
                <button type="button" on:click=keep>{t(lang, Key::AwardKeepForScoring)}</button>
            </div>
            {move || outcome.get().map(|result| match result {
                Ok(id) => view! {
                    <p class="notice" role="status">
                        {t(lang, Key::AwardKept)} " " <a href=jury_path(&id)>{t(lang, Key::AwardOpenScoring)}</a>
                    </p>
                }.into_any(),
                Err(error) => view! { <p class="error" role="alert">{t(lang, common::Key::SaveFailed)} " " {error.message(lang)}</p> }.into_any(),
            })}
        </div>
    }
    .into_any()
}

/// "Simpan lembar nilai": merges a juror's sheet into the secretariat's round.
#[component]
pub fn JuryReceiver(bundle: VerifiedBundle, index: usize) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let sheet = match read_jury_bundle(&bundle) {
        Ok(sheet) => sheet,
        Err(error) => {
            return view! {
                <p class="error">{t(lang, Key::JuryBundleUnusable)} " " {error.message(lang)}</p>
            }
            .into_any();
        }
    };
    let intro = award::jury_bundle_from(lang, &sheet.juror_name);
    let outcome = RwSignal::new(None::<(bool, String, Option<String>)>);
    let sheet = StoredValue::new(sheet);
    let keep = move |_| {
        let repo = state.repo();
        let sheet = sheet.get_value();
        spawn_local(async move {
            let shown = match repo.merge_jury_sheet(sheet).await {
                Err(error) => {
                    let reason = error.message(lang);
                    (false, format!("{} {reason}", t(lang, common::Key::SaveFailed)), None)
                }
                Ok(None) => (false, t(lang, Key::AwardRoundMissing).to_owned(), None),
                Ok(Some(Err(error))) => (false, error.message(lang), None),
                Ok(Some(Ok((round, merge)))) => {
                    let said = match merge {
                        MergeOutcome::Added => award::jury_sheet_added(lang, &round.name),
                        MergeOutcome::Replaced => award::jury_sheet_replaced(lang, &round.name),
                        MergeOutcome::Unchanged => award::jury_sheet_unchanged(lang, &round.name),
                    };
                    (true, said, Some(round.id))
                }
            };
            outcome.try_set(Some(shown));
        });
    };
    view! {
        <div class="jury-receiver" data-index=index>
            <p>{intro}</p>
            <div class="actions">
                <button type="button" on:click=keep>{t(lang, Key::JuryKeepSheet)}</button>
            </div>
            {move || outcome.get().map(|(ok, msg, id)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">
                    {msg}
                    {id.map(|id| view! { " " <a href=round_path(&id)>{t(lang, Key::AwardOpenRound)}</a> })}
                </p>
            })}
        </div>
    }
    .into_any()
}

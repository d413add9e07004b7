//! Award and jury bundles received on `/impor` (after the same verification and signer check as
//! every bundle): a juror keeps an award package for scoring ([`AwardReceiver`]); the
//! secretariat merges a juror's sheet into its round ([`JuryReceiver`]). The page's main Impor
//! does the same through [`receive_award_or_jury`].

use inovda_core::Lang;
use inovda_core::base::format::format_size;
use inovda_core::exchange::bundle::{BundleKind, VerifiedBundle};
use inovda_core::programmes::award::{
    AwardPackage, JurySheet, MergeOutcome, award_error_message, read_award_bundle, read_jury_bundle,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;

use super::{jury_path, round_path};
use crate::error::UserError;
use crate::i18n::{award, award::Key, common, t};
use crate::intake::{Received, evidence_slices};
use crate::state::use_app_state;
use crate::storage::Repo;

/// Keeps an award package (signed by `signer`) on this (juror's) device, with the evidence
/// files of `file` (the bundle it came in) for reading offline.
pub async fn keep_award_package(
    repo: &Repo,
    lang: Lang,
    bundle: &VerifiedBundle,
    package: &AwardPackage,
    file: &web_sys::Blob,
) -> Received {
    let evidence = match evidence_slices(bundle, file) {
        Ok(evidence) => evidence,
        Err(error) => {
            return Received::failed(format!(
                "{} {}",
                t(lang, common::Key::SaveFailed),
                error.message(lang)
            ));
        }
    };
    let signer = &bundle.manifest.signer_public_key;
    match repo.receive_award_package(package, signer, &evidence).await {
        Ok(()) => Received::done(
            t(lang, Key::AwardKept).to_owned(),
            Some((jury_path(&package.round_id), t(lang, Key::AwardOpenScoring))),
        ),
        Err(error) => Received::failed(format!(
            "{} {}",
            t(lang, common::Key::SaveFailed),
            error.message(lang)
        )),
    }
}

/// Merges a juror's sheet into the secretariat's round.
pub async fn merge_jury_sheet(repo: &Repo, lang: Lang, sheet: JurySheet) -> Received {
    match repo.merge_jury_sheet(sheet).await {
        Err(error) => Received::failed(format!(
            "{} {}",
            t(lang, common::Key::SaveFailed),
            error.message(lang)
        )),
        Ok(None) => Received::failed(t(lang, Key::AwardRoundMissing).to_owned()),
        Ok(Some(Err(error))) => Received::failed(award_error_message(lang, &error)),
        Ok(Some(Ok((round, merge)))) => {
            let said = match merge {
                MergeOutcome::Added => award::jury_sheet_added(lang, &round.name),
                MergeOutcome::Replaced => award::jury_sheet_replaced(lang, &round.name),
                MergeOutcome::Unchanged => award::jury_sheet_unchanged(lang, &round.name),
            };
            Received::done(said, Some((round_path(&round.id), t(lang, Key::AwardOpenRound))))
        }
    }
}

/// What the main Impor does with an award package or a jury sheet: what its own button does.
/// `None` for other kinds.
pub async fn receive_award_or_jury(
    repo: &Repo,
    lang: Lang,
    bundle: &VerifiedBundle,
    file: &web_sys::Blob,
) -> Option<Received> {
    match bundle.manifest.kind {
        BundleKind::Award => Some(match read_award_bundle(bundle) {
            Ok(package) => keep_award_package(repo, lang, bundle, &package, file).await,
            Err(error) => Received::failed(format!(
                "{} {}",
                t(lang, Key::AwardBundleUnusable),
                award_error_message(lang, &error)
            )),
        }),
        BundleKind::Jury => Some(match read_jury_bundle(bundle) {
            Ok(sheet) => merge_jury_sheet(repo, lang, sheet).await,
            Err(error) => Received::failed(format!(
                "{} {}",
                t(lang, Key::JuryBundleUnusable),
                award_error_message(lang, &error)
            )),
        }),
        _ => None,
    }
}

/// One receiver outcome: the sentence and its link onwards.
pub fn received_view(received: Received) -> impl IntoView {
    let Received { ok, message, link } = received;
    view! {
        <p class=if ok { "notice" } else { "error" } role="status">
            {message}
            {link.map(|(href, label)| view! { " " <a href=href>{label}</a> })}
        </p>
    }
}

/// "Simpan untuk penilaian": keeps the award package on this (juror's) device.
#[component]
pub fn AwardReceiver(bundle: VerifiedBundle, file: web_sys::Blob, index: usize) -> impl IntoView {
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
    let contents = award::award_package_contents(
        lang,
        package.dossiers.len(),
        package.dossiers.iter().filter(|d| d.proposal.is_some()).count(),
        bundle.files.len(),
        &format_size(lang, file.size() as u64),
    );
    let outcome = RwSignal::new(None::<Received>);
    let package = StoredValue::new(package);
    let bundle = StoredValue::new(bundle);
    let file = SendWrapper::new(file);
    let keep = move |_| {
        let repo = state.repo();
        let package = package.get_value();
        let bundle = bundle.get_value();
        let file = file.clone();
        spawn_local(async move {
            let received = keep_award_package(&repo, lang, &bundle, &package, &file).await;
            outcome.try_set(Some(received));
        });
    };
    view! {
        <div class="award-receiver" data-index=index>
            <p>{intro}</p>
            <p data-testid="award-package-contents">{contents}</p>
            <div class="actions">
                <button type="button" on:click=keep>{t(lang, Key::AwardKeepForScoring)}</button>
            </div>
            {move || outcome.get().map(received_view)}
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
    let outcome = RwSignal::new(None::<Received>);
    let sheet = StoredValue::new(sheet);
    let keep = move |_| {
        let repo = state.repo();
        let sheet = sheet.get_value();
        spawn_local(async move {
            let received = merge_jury_sheet(&repo, lang, sheet).await;
            outcome.try_set(Some(received));
        });
    };
    view! {
        <div class="jury-receiver" data-index=index>
            <p>{intro}</p>
            <div class="actions">
                <button type="button" on:click=keep>{t(lang, Key::JuryKeepSheet)}</button>
            </div>
            {move || outcome.get().map(received_view)}
        </div>
    }
    .into_any()
}

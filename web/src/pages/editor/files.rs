//! Evidence files in the editor: the attached list and the controls that add files.

use inovda_core::rules::validation::field_label;
use inovda_core::{EvidenceTarget, FieldPath, FileSlot};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::context::{FieldIssues, control_id, use_editor};
use crate::error::UserError;
use crate::evidence;
use crate::evidence::EvidenceError;
use crate::i18n::{common, editor::Key, t};
use crate::state::use_app_state;

/// The findings path of a profile slot.
pub fn slot_path(slot: FileSlot) -> FieldPath {
    match slot {
        FileSlot::Budget => FieldPath::BudgetFile,
        FileSlot::BusinessProfile => FieldPath::BusinessProfileFile,
        FileSlot::Ipr => FieldPath::IprFile,
        FileSlot::Award => FieldPath::AwardFile,
    }
}

/// The DOM id prefix of a target's controls and the id of its file input.
fn target_ids(target: EvidenceTarget) -> (String, String) {
    match target {
        EvidenceTarget::Indicator(number) => {
            (format!("ind-{number}"), control_id(FieldPath::IndicatorEvidence(number)))
        }
        EvidenceTarget::Slot(slot) => {
            let id = control_id(slot_path(slot));
            (id.clone(), format!("{id}-file"))
        }
        EvidenceTarget::Labinov(stage, kind) => {
            let id = format!("labinov-{}-{}", stage.code(), kind.code()).replace('_', "-");
            (id.clone(), format!("{id}-file"))
        }
    }
}

/// A size in the language's notation ("1,4 MB"), from the browser's `f64` byte counts.
fn human_size(lang: inovda_core::Lang, bytes: f64) -> String {
    inovda_core::base::format::format_size(lang, bytes.max(0.0) as u64)
}

/// The files attached at `target`, each with "Unduh" and "Lepas".
#[component]
pub fn EvidenceList(target: EvidenceTarget) -> impl IntoView {
    let ctx = use_editor();
    let state = use_app_state();
    // A memo: the list is rebuilt when its files change, not on every keystroke in the form.
    let files = ctx.files_at(target);
    move || {
        let lang = ctx.lang.get();
        let files = files.get();
        if files.is_empty() {
            return view! { <p class="muted">{t(lang, common::Key::NoFiles)}</p> }.into_any();
        }
        view! {
            <ul class="files">
                {files.into_iter().map(|file| {
                    let sha = file.sha256.clone();
                    let name = file.file_name.clone();
                    let media = file.media_type.clone();
                    let download = move |_| {
                        let repo = state.repo();
                        let (sha, name, media) = (sha.clone(), name.clone(), media.clone());
                        spawn_local(async move {
                            if let Err(error) = evidence::download_stored(&repo, &sha, &name, &media).await {
                                ctx.notice.try_set(Some((false, error.message(lang))));
                            }
                        });
                    };
                    let detach_sha = file.sha256.clone();
                    let label = format!("{} ({})", file.file_name, human_size(lang, f64::from(file.size)));
                    view! {
                        <li class="file">
                            <span class="file-name">{label}</span>
                            <span class="file-actions">
                                <button type="button" on:click=download>{t(lang, common::Key::Download)}</button>
                                <Show when=move || ctx.editable()>
                                    <button type="button" on:click={
                                        let sha = detach_sha.clone();
                                        move |_| {
                                            let sha = sha.clone();
                                            ctx.edit(move |d| d.detach(target, &sha));
                                        }
                                    }>{t(lang, Key::Detach)}</button>
                                </Show>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

fn input_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files();
    let picked = files
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect::<Vec<_>>())
        .unwrap_or_default();
    input.set_value("");
    picked
}

/// "Tambah berkas", "Simpan foto ukuran asli" and "Pakai berkas yang sudah ada" for one target.
#[component]
pub fn AttachControls(
    target: EvidenceTarget,
    accept: &'static str,
    #[prop(optional)] multiple: bool,
) -> impl IntoView {
    let ctx = use_editor();
    let keep_original = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let (base, file_id) = target_ids(target);
    let keep_id = format!("{base}-keep");
    let camera_id = format!("{base}-camera");
    let reuse_id = format!("{base}-reuse");
    let reuse_choice = RwSignal::new(String::new());

    let on_pick = move |ev: leptos::ev::Event| {
        let files = input_files(&ev);
        if files.is_empty() {
            return;
        }
        busy.set(true);
        let keep = keep_original.get_untracked();
        spawn_local(async move {
            let lang = ctx.lang.get_untracked();
            for file in files {
                match evidence::prepare(&file, keep).await {
                    Ok(prepared) => {
                        let name = prepared.file.file_name.clone();
                        let message = match prepared.downscaled {
                            Some((before, after)) => format!(
                                "{} {name} ({} → {})",
                                t(lang, Key::PhotoDownscaled),
                                human_size(lang, before),
                                human_size(lang, after)
                            ),
                            None => format!("{} {name}", t(lang, Key::FileAttached)),
                        };
                        ctx.attach(target, prepared.file, Some(prepared.blob));
                        ctx.notice.try_set(Some((true, message)));
                    }
                    Err(error @ EvidenceError::NoSpace { .. }) => {
                        let message = format!("{} {}", file.name(), error.message(lang));
                        ctx.notice.try_set(Some((false, message)));
                    }
                    Err(EvidenceError::Read(reason)) => {
                        ctx.notice.try_set(Some((
                            false,
                            format!("{} {}: {reason}", t(lang, Key::FileUnreadable), file.name()),
                        )));
                    }
                }
            }
            busy.try_set(false);
        });
    };

    let reuse = move |_| {
        let sha = reuse_choice.get_untracked();
        let file = ctx.read(|d| d.all_evidence()).into_iter().find(|f| f.sha256 == sha);
        if let Some(file) = file {
            ctx.attach(target, file, None);
        }
    };
    // A memo: the block below is rebuilt when the files change, not on every keystroke in the
    // form (each indicator has one; rebuilding them all made typing slow, `make bench` item 3).
    let here = ctx.files_at(target);
    let all_files = ctx.all_files();
    let reusable = Memo::new(move |_| {
        here.with(|here| {
            all_files.with(|all| {
                all.iter()
                    .filter(|f| !here.iter().any(|h| h.sha256 == f.sha256))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });

    move || {
        if !ctx.editable() {
            return None;
        }
        let (file_id, keep_id, reuse_id) = (file_id.clone(), keep_id.clone(), reuse_id.clone());
        let camera_id = camera_id.clone();
        // Presentations are never photos: the camera button is only offered where images count.
        let camera = (accept != evidence::ACCEPT_PRESENTATIONS).then(|| view! {
            <label for=camera_id.clone() class="file-label">{move || t(ctx.lang.get(), Key::TakePhoto)}</label>
            <input type="file" id=camera_id accept="image/*" capture="environment" on:change=on_pick />
        });
        let reuse_list = reusable.get();
        Some(view! {
            <div class="attach">
                <label for=file_id.clone() class="file-label">
                    {move || if busy.get() { t(ctx.lang.get(), Key::Processing) } else { t(ctx.lang.get(), Key::AddFile) }}
                </label>
                <input type="file" id=file_id accept=accept multiple=multiple on:change=on_pick />
                {camera}
                <div class="check">
                    <input type="checkbox" id=keep_id.clone() prop:checked=move || keep_original.get()
                        on:change=move |ev| keep_original.set(event_target_checked(&ev)) />
                    <label for=keep_id>{move || t(ctx.lang.get(), Key::KeepOriginal)}</label>
                </div>
                {(!reuse_list.is_empty()).then(|| view! {
                    <div class="reuse">
                        <label for=reuse_id.clone()>{move || t(ctx.lang.get(), Key::ReuseFile)}</label>
                        <select id=reuse_id on:change=move |ev| reuse_choice.set(event_target_value(&ev))>
                            <option value="">{move || t(ctx.lang.get(), common::Key::Choose)}</option>
                            {reuse_list.into_iter().map(|f| view! { <option value=f.sha256.clone()>{f.file_name.clone()}</option> }).collect_view()}
                        </select>
                        <button type="button" on:click=reuse>{move || t(ctx.lang.get(), Key::AttachThis)}</button>
                    </div>
                })}
            </div>
        })
    }
}

/// One single-file slot of the profile (Anggaran, Profil Bisnis, HAKI, Penghargaan).
/// (The prop is not called `slot`: the view macro reserves that word.)
#[component]
pub fn FileSlotField(which: FileSlot) -> impl IntoView {
    let slot = which;
    let ctx = use_editor();
    let target = EvidenceTarget::Slot(slot);
    let path = slot_path(slot);
    let accept = if slot == FileSlot::BusinessProfile {
        evidence::ACCEPT_PRESENTATIONS
    } else {
        evidence::ACCEPT_DOCUMENTS
    };
    view! {
        <fieldset class="field file-slot" id=control_id(path)>
            <legend>{move || field_label(ctx.lang.get(), path)}</legend>
            <EvidenceList target />
            <AttachControls target accept />
            <FieldIssues path />
        </fieldset>
    }
}

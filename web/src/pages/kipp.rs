//! `/inovasi/:id/kipp`: the KIPP proposal of an innovation (a textarea per section with a live
//! "n / batas kata" count, "Isi dari profil", the attachment checklist, autosave into `meta`
//! `kipp:<id>`); `/inovasi/:id/kipp/cetak`: the printable proposal; `/inovasi/:id/kipp/serahkan`:
//! the SINOVIK hand-over (copy buttons with remembered ticks, shared with the IID hand-over).

use std::collections::BTreeMap;

use inovda_core::base::format::format_size;
use inovda_core::programmes::kipp::{
    KippIssueCode, KippPart, KippProposal, KippSection, KippTemplate, PrefillPlan, WordCount,
    attachment_evidence, attachment_links, handover_key, kipp_handover_fields, kipp_issue_message,
    part_path, prefill_plan, validate_proposal,
};
use inovda_core::{Innovation, Lang};
use leptos::prelude::*;

use crate::components::header_nav::HeaderNav;
use crate::components::loaded::{Loaded, or_not_found};
use crate::components::print_actions::PrintActions;
use crate::error::{LoadError, UserError};
use crate::i18n::{common, kipp, kipp::Key, t};
use crate::pages::handover::{FieldsToCopy, Toast, copy_callbacks};
use crate::pages::innovation_of;
use crate::pages::route_id;
use crate::platform;
use crate::proposals::{ProposalSaver, load, proposal_saver};
use crate::saver::SaveStatus;
use crate::state::use_app_state;
use crate::storage::{Repo, StorageError};

/// An innovation with its KIPP template and proposal (a new one when none is stored).
#[derive(Clone)]
struct KippItem {
    innovation: Innovation,
    template: KippTemplate,
    proposal: KippProposal,
}

async fn load_all(repo: &Repo, id: &str) -> Result<Option<KippItem>, LoadError> {
    let Some(innovation) = innovation_of(repo, id).await? else { return Ok(None) };
    let template = KippTemplate::for_year(innovation.year)?;
    let proposal = load(repo, id).await?.unwrap_or_else(|| KippProposal::new(id, &template));
    Ok(Some(KippItem { innovation, template, proposal }))
}

fn innovation_line(lang: Lang, innovation: &Innovation) -> String {
    let name = innovation.name.trim();
    let name = if name.is_empty() { t(lang, common::Key::Untitled) } else { name };
    format!("{name} · {} · {}", innovation.agency, innovation.year)
}

/// The page's shared state; `Copy`, passed to the section components.
#[derive(Clone, Copy)]
struct Ctx {
    proposal: RwSignal<Option<KippProposal>>,
    template: StoredValue<Option<KippTemplate>>,
    saver: StoredValue<ProposalSaver>,
    lang: RwSignal<Lang>,
}

impl Ctx {
    /// Applies a change and queues the autosave.
    fn edit(&self, change: impl FnOnce(&mut KippProposal)) {
        let mut saved = None;
        self.proposal.update(|current| {
            if let Some(proposal) = current.as_mut() {
                change(proposal);
                proposal.updated_at = platform::now().to_rfc3339();
                saved = Some(proposal.clone());
            }
        });
        if let Some(proposal) = saved {
            self.saver.with_value(|saver| saver.schedule(proposal));
        }
    }

    fn text(&self, key: &str) -> String {
        self.proposal.with(|p| p.as_ref().map(|p| p.text(key).to_owned()).unwrap_or_default())
    }

    /// Every finding as a sentence (tracked).
    fn messages(&self) -> Vec<String> {
        let lang = self.lang.get();
        self.proposal.with(|proposal| {
            self.template.with_value(|template| match (proposal, template) {
                (Some(p), Some(t)) => validate_proposal(t, p)
                    .iter()
                    .map(|issue| kipp_issue_message(lang, issue, t))
                    .collect(),
                _ => Vec::new(),
            })
        })
    }

    /// The over-limit message of one answer (tracked), if it is over.
    fn over_limit(&self, key: &str) -> Option<String> {
        let lang = self.lang.get();
        let path = part_path(key);
        self.proposal.with(|proposal| {
            self.template.with_value(|template| {
                let (p, t) = (proposal.as_ref()?, template.as_ref()?);
                validate_proposal(t, p)
                    .into_iter()
                    .find(|i| i.path == path && i.code == KippIssueCode::OverLimit)
                    .map(|issue| kipp_issue_message(lang, &issue, t))
            })
        })
    }
}

fn save_status_text(lang: Lang, status: &SaveStatus) -> String {
    match status {
        SaveStatus::Saved => t(lang, common::Key::Saved).to_owned(),
        SaveStatus::Pending => t(lang, common::Key::Unsaved).to_owned(),
        SaveStatus::Saving => t(lang, common::Key::Saving).to_owned(),
        SaveStatus::Conflict => t(lang, common::Key::NotSaved).to_owned(),
        SaveStatus::Failed(StorageError::QuotaExceeded) => {
            t(lang, common::Key::StorageFull).to_owned()
        }
        SaveStatus::Failed(reason) => {
            format!("{} — {}", t(lang, common::Key::SaveFailed), reason.message(lang))
        }
    }
}

#[component]
pub fn KippPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let id = route_id();
    let saver = proposal_saver(state.repo(), &id);
    let status = saver.status;
    let ctx = Ctx {
        proposal: RwSignal::new(None),
        template: StoredValue::new(None),
        saver: StoredValue::new(saver.clone()),
        lang: state.lang,
    };
    let message = RwSignal::new(None::<(bool, String)>);
    let replace = RwSignal::new(None::<PrefillPlan>);

    let load_id = id.clone();
    let loaded = LocalResource::new(move || {
        let (repo, id) = (state.repo(), load_id.clone());
        async move {
            let found = load_all(&repo, &id).await?;
            Ok::<_, LoadError>(found.map(|item| {
                ctx.template.set_value(Some(item.template));
                ctx.proposal.try_set(Some(item.proposal));
                item.innovation
            }))
        }
    });

    // Write whatever is pending when the page is hidden, closed or left.
    let flusher = saver.clone();
    let on_hide = window_event_listener_untyped("visibilitychange", move |_| flusher.flush());
    let flusher = saver.clone();
    let on_pagehide = window_event_listener_untyped("pagehide", move |_| flusher.flush());
    on_cleanup(move || {
        on_hide.remove();
        on_pagehide.remove();
        saver.flush();
    });

    let prefill = move |innovation: Innovation| {
        let lang = state.lang.get_untracked();
        let Some(proposal) = ctx.proposal.get_untracked() else { return };
        let Some(plan) = ctx
            .template
            .with_value(|t| t.as_ref().map(|t| prefill_plan(t, &proposal, &innovation)))
        else {
            return;
        };
        if !plan.fill.is_empty() {
            let filled = PrefillPlan { fill: plan.fill.clone(), occupied: Vec::new() };
            ctx.edit(|p| filled.apply(p, false));
        }
        let note = if plan.fill.is_empty() {
            t(lang, Key::KippPrefillNone).to_owned()
        } else {
            kipp::kipp_prefill_done(lang, plan.fill.len() as u64)
        };
        message.set(Some((true, note)));
        replace.set(
            (!plan.occupied.is_empty())
                .then(|| PrefillPlan { fill: Vec::new(), occupied: plan.occupied }),
        );
    };
    let confirm_replace = move |_| {
        if let Some(plan) = replace.get_untracked() {
            ctx.edit(|p| plan.apply(p, true));
            let lang = state.lang.get_untracked();
            message.set(Some((true, kipp::kipp_prefill_done(lang, plan.occupied.len() as u64))));
        }
        replace.set(None);
    };

    let back = format!("/inovasi/{id}");
    let print_href = format!("/inovasi/{id}/kipp/cetak");
    let handover_href = format!("/inovasi/{id}/kipp/serahkan");
    view! {
        <header class="bar">
            <a class="back" href=back>{move || t(state.lang.get(), common::Key::BackToEditor)}</a>
            <HeaderNav />
        </header>
        <main class="page kipp">
            <div class="editor-head">
                <h2>{move || text(Key::KippTitle)}</h2>
                <p class=move || match status.get() {
                    SaveStatus::Failed(_) | SaveStatus::Conflict => "save-status failed",
                    SaveStatus::Saved => "save-status saved",
                    _ => "save-status pending",
                } role="status" data-testid="save-status">{move || save_status_text(state.lang.get(), &status.get())}</p>
            </div>
            <Loaded resource=loaded body={or_not_found(move |innovation: Innovation| {
                let lang = state.lang.get();
                let Some(template) = ctx.template.get_value() else { return ().into_any() };
                let for_prefill = innovation.clone();
                let sections = template.sections.clone().into_iter().map(|section| view! { <SectionFields ctx section /> }).collect_view();
                view! {
                    <p class="workspace">{innovation_line(lang, &innovation)}</p>
                    <p class="hint">{t(lang, Key::KippIntro)} " " {format!("({} {})", template.title, template.year)}</p>
                    <p class="status-line">
                        <a href=print_href.clone()>{t(lang, Key::KippPrintLink)}</a>
                        " · "
                        <a href=handover_href.clone()>{t(lang, Key::KippHandoverLink)}</a>
                    </p>
                    <div class="actions">
                        <button type="button" on:click=move |_| prefill(for_prefill.clone())>{t(lang, Key::KippPrefill)}</button>
                    </div>
                    {move || replace.get().map(|plan| {
                        let names = ctx.template.with_value(|t| t.as_ref().map(|t| plan.occupied.iter().filter_map(|(key, _)| t.field(key).map(|f| f.short_label(lang))).collect::<Vec<_>>().join(", "))).unwrap_or_default();
                        view! {
                            <div class="confirm-box" role="alertdialog" aria-labelledby="kipp-replace-question">
                                <p id="kipp-replace-question">{kipp::kipp_prefill_occupied(lang, plan.occupied.len() as u64, &names)}</p>
                                <div class="row-actions">
                                    <button type="button" on:click=confirm_replace>{t(lang, Key::KippPrefillReplace)}</button>
                                    <button type="button" on:click=move |_| replace.set(None)>{t(lang, Key::KippPrefillKeep)}</button>
                                </div>
                            </div>
                        }
                    })}
                    <KippChecklist ctx />
                    <form class="form kipp-form" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                        {sections}
                        <Attachments ctx innovation=innovation.clone() max_bytes=template.attachment_max_bytes />
                    </form>
                }.into_any()
            })} />
            <Toast message />
        </main>
    }
}

/// "N hal perlu dibereskan" with every finding, or the ready notice.
#[component]
fn KippChecklist(ctx: Ctx) -> impl IntoView {
    move || {
        let lang = ctx.lang.get();
        let messages = ctx.messages();
        if messages.is_empty() {
            return view! { <section class="checklist ready-box"><p class="ready">{t(lang, Key::KippReady)}</p></section> }.into_any();
        }
        view! {
            <details class="checklist" data-testid="kipp-checklist">
                <summary>{kipp::kipp_problems(lang, messages.len() as u64)}</summary>
                <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </details>
        }
        .into_any()
    }
}

/// One section: its heading, guidance and one textarea per part.
#[component]
fn SectionFields(ctx: Ctx, section: KippSection) -> impl IntoView {
    let heading_id = format!("kipp-section-{}", section.id);
    let multi = section.parts.len() > 1;
    let names = (section.name_id.clone(), section.name_en.clone());
    let guidance = (section.guidance_id.clone(), section.guidance_en.clone());
    let first_key = section.parts.first().map(|p| p.key.clone()).unwrap_or_default();
    let heading = if multi {
        view! { <h3 id=heading_id>{move || ctx.lang.get().pick(names.clone())}</h3> }.into_any()
    } else {
        view! { <h3 id=heading_id><label for=format!("kipp-{first_key}")>{move || ctx.lang.get().pick(names.clone())}</label></h3> }.into_any()
    };
    let parts = section
        .parts
        .into_iter()
        .map(|part| view! { <PartField ctx part with_label=multi /> })
        .collect_view();
    view! {
        <section class="kipp-section" data-section=section.id.clone()>
            {heading}
            <p class="hint">{move || ctx.lang.get().pick(guidance.clone())}</p>
            {parts}
        </section>
    }
}

/// One answer: textarea, live "n / batas kata", and the over-limit message (nothing is cut).
#[component]
fn PartField(ctx: Ctx, part: KippPart, with_label: bool) -> impl IntoView {
    let id = format!("kipp-{}", part.key);
    let count_id = format!("{id}-count");
    let issue_id = format!("{id}-issue");
    let key = part.key.clone();
    let limit = part.max_words;
    let count_key = key.clone();
    let count = Memo::new(move |_| {
        ctx.proposal.with(|p| WordCount::of(p.as_ref().map_or("", |p| p.text(&count_key)), limit))
    });
    let issue_key = key.clone();
    let over = move || ctx.over_limit(&issue_key);
    let labels = (part.label_id.clone(), part.label_en.clone());
    let value_key = key.clone();
    let data_key = key.clone();
    view! {
        <div class="field kipp-part" data-key=data_key>
            {with_label.then(|| view! { <label for=id.clone()>{move || ctx.lang.get().pick(labels.clone())}</label> })}
            <textarea
                id=id.clone()
                rows={if limit > 300 { "12" } else { "7" }}
                aria-describedby=format!("{count_id} {issue_id}")
                aria-invalid=move || if count.get().over() { "true" } else { "false" }
                prop:value=move || ctx.text(&value_key)
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    let key = key.clone();
                    ctx.edit(move |p| p.set_text(&key, value));
                }
            ></textarea>
            <p id=count_id aria-live="polite"
                class=move || if count.get().over() { "word-count over" } else { "word-count" }>
                {move || count.get().label(ctx.lang.get())}
            </p>
            <p id=issue_id class="error kipp-over">{over}</p>
        </div>
    }
}

/// The attachment checklist with the evidence in the profile that may serve for each document.
#[component]
fn Attachments(ctx: Ctx, innovation: Innovation, max_bytes: u64) -> impl IntoView {
    let lang = ctx.lang.get_untracked();
    let attachments =
        ctx.template.with_value(|t| t.as_ref().map(|t| t.attachments.clone()).unwrap_or_default());
    let id = innovation.id.to_string();
    let items = attachments
        .into_iter()
        .map(|attachment| {
            let box_id = format!("kipp-att-{}", attachment.id);
            let files = attachment_evidence(&attachment, &innovation)
                .into_iter()
                .map(|(number, file)| {
                    view! { <li><a href=format!("/inovasi/{id}#indicator-{number}")>{format!("SID {number} · {}", file.file_name)}</a></li> }
                })
                .collect_view();
            let links = attachment_links(&attachment, &innovation)
                .into_iter()
                .map(|link| view! { <li><a href=link.clone() rel="noopener noreferrer" target="_blank">{link.clone()}</a></li> })
                .collect_view();
            let has_matches = !attachment_evidence(&attachment, &innovation).is_empty()
                || !attachment_links(&attachment, &innovation).is_empty();
            let names = (attachment.name_id.clone(), attachment.name_en.clone());
            let ticked_id = attachment.id.clone();
            let change_id = attachment.id.clone();
            view! {
                <li class="choice kipp-attachment">
                    <input type="checkbox" id=box_id.clone()
                        prop:checked=move || ctx.proposal.with(|p| p.as_ref().is_some_and(|p| p.attachments.contains(&ticked_id)))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let id = change_id.clone();
                            ctx.edit(move |p| p.set_attachment(&id, on));
                        } />
                    <div>
                        <label for=box_id>{move || ctx.lang.get().pick(names.clone())}</label>
                        {has_matches.then(|| view! {
                            <p class="meta">{move || t(ctx.lang.get(), Key::KippEvidenceInProfile)}</p>
                            <ul class="kipp-evidence">{files}{links}</ul>
                        })}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="export-choice kipp-attachments">
            <legend>{move || t(ctx.lang.get(), Key::KippAttachments)}</legend>
            <p class="hint">{kipp::kipp_attachments_hint(lang, format_size(lang, max_bytes))}</p>
            <ul class="choices">{items}</ul>
        </fieldset>
    }
}

#[component]
pub fn KippPrintPage() -> impl IntoView {
    let state = use_app_state();
    let id = route_id();
    let load_id = id.clone();
    let loaded = LocalResource::new(move || {
        let (repo, id) = (state.repo(), load_id.clone());
        async move { load_all(&repo, &id).await }
    });
    view! {
        <PrintActions back=format!("/inovasi/{id}/kipp") back_label=Key::KippBack />
        <main class="page print-page kipp-print">
            <Loaded resource=loaded body={or_not_found(move |item: KippItem| print_view(state.lang.get(), &item))} />
        </main>
    }
}

fn print_view(lang: Lang, item: &KippItem) -> impl IntoView + use<> {
    let KippItem { innovation, template, proposal } = item;
    let sections = template
        .sections
        .iter()
        .map(|section| {
            let multi = section.parts.len() > 1;
            let parts = section
                .parts
                .iter()
                .map(|part| {
                    let text = proposal.text(&part.key).trim().to_owned();
                    let count = WordCount::of(&text, part.max_words);
                    let label = lang.pick((part.label_id.clone(), part.label_en.clone()));
                    view! {
                        <div class="kipp-print-part" data-key=part.key.clone()>
                            {multi.then(|| view! { <h3>{label}</h3> })}
                            <p class="kipp-print-text">{if text.is_empty() { t(lang, common::Key::NotFilled).to_owned() } else { text }}</p>
                            <p class=if count.over() { "word-count over" } else { "word-count" }>{count.label(lang)}</p>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="kipp-print-section">
                    <h2>{lang.pick((section.name_id.clone(), section.name_en.clone()))}</h2>
                    {parts}
                </section>
            }
        })
        .collect_view();
    let attachments = template
        .attachments
        .iter()
        .map(|a| {
            let ready = proposal.attachments.contains(&a.id);
            let state = if ready { t(lang, Key::KippAttachmentReady) } else { t(lang, Key::KippAttachmentNotReady) };
            view! { <li>{lang.pick((a.name_id.clone(), a.name_en.clone()))} ": " <strong>{state}</strong></li> }
        })
        .collect_view();
    view! {
        <h1>{t(lang, Key::KippTitle)}</h1>
        <p class="muted">{format!("{} · {} · {} ({})", innovation_line(lang, innovation), innovation.region, template.title, template.year)}</p>
        {sections}
        <section class="kipp-print-section">
            <h2>{t(lang, Key::KippAttachments)}</h2>
            <ul>{attachments}</ul>
        </section>
    }
}

#[component]
pub fn KippHandoverPage() -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let id = route_id();
    let ticks = RwSignal::new(BTreeMap::<String, String>::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let load_id = id.clone();
    let loaded = LocalResource::new(move || {
        let (repo, id) = (state.repo(), load_id.clone());
        async move {
            let found = load_all(&repo, &id).await?;
            ticks.try_set(repo.get_handover(&handover_key(&id)).await?.copied);
            Ok::<_, LoadError>(found)
        }
    });
    let (copy, set_tick) = copy_callbacks(ticks, message, handover_key(&id));
    view! {
        <header class="bar">
            <a class="back" href=format!("/inovasi/{id}/kipp")>{move || text(Key::KippBack)}</a>
            <HeaderNav />
        </header>
        <main class="page handover">
            <h2>{move || text(Key::KippHandoverLink)}</h2>
            <Loaded resource=loaded body={or_not_found(move |item: KippItem| {
                let lang = state.lang.get();
                let fields = kipp_handover_fields(&item.template, &item.proposal, lang);
                view! {
                    <p class="workspace">{innovation_line(lang, &item.innovation)}</p>
                    <p class="hint">{t(lang, Key::KippHandoverIntro)}</p>
                    <FieldsToCopy fields lang ticks copy set_tick />
                }.into_any()
            })} />
            <Toast message />
        </main>
    }
}

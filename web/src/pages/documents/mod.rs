//! The secretariat's official documents: `/dokumen/berita-acara/:id` (one innovation's
//! verification), `/dokumen/berita-acara-sesi` (a day's verifications) and `/dokumen/lampiran-sk`
//! (the decree annex of the year's innovations). Each is core's `Document` on an A4 page with
//! the same desk around it ([`DocumentDesk`]): number and date (kept per document), "Cetak",
//! "Unduh DOCX" (written by the office worker) and the kop and signatories ([`letterhead`]).

mod annex;
mod letterhead;
mod report;
mod session;

pub use annex::DecreeAnnexPage;
pub use report::VerificationReportPage;
pub use session::SessionReportPage;

use chrono::NaiveDate;
use inovda_core::Lang;
use inovda_core::base::document::Document;
use inovda_core::secretariat::documents::DocumentSettings;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::official_document::OfficialDocument;
use crate::error::UserError;
use crate::i18n::{common, documents, documents::Key, t};
use crate::office::download_docx;
use crate::state::use_app_state;
use crate::storage::{DOCUMENT_META_SCHEMA_VERSION, DocumentMetaDto};

/// Path of one innovation's berita acara (`/dokumen/berita-acara/<id>`).
pub fn report_href(id: &str) -> String {
    format!("/dokumen/berita-acara/{id}")
}
/// Path of the session berita acara.
pub const SESSION_PATH: &str = "/dokumen/berita-acara-sesi";
/// Path of the decree annex.
pub const ANNEX_PATH: &str = "/dokumen/lampiran-sk";

/// The longest letter number kept.
const MAX_NUMBER_CHARS: usize = 100;

/// A letter number as kept: one line, no control characters, at most [`MAX_NUMBER_CHARS`].
fn clean_number(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NUMBER_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Builds the document from the language, the kop and signatories, the number and the date.
pub type MakeDocument = Callback<(Lang, DocumentSettings, String, NaiveDate), Document>;

/// The desk around one document: number, date, Unduh DOCX, the kop form, and the page itself.
/// `key` names the document whose number and date are kept; `default_date` fills the date
/// until one is typed.
#[component]
pub fn DocumentDesk(
    key: Signal<String>,
    default_date: Signal<NaiveDate>,
    make: MakeDocument,
    /// The page's own choices (a session's day, the annex's scope), above the number.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let settings = RwSignal::new(None::<DocumentSettings>);
    let number = RwSignal::new(String::new());
    let date = RwSignal::new(None::<NaiveDate>);
    let meta_note = RwSignal::new(None::<(bool, String)>);
    let docx_note = RwSignal::new(None::<(bool, String)>);
    let working = RwSignal::new(false);
    // The number and date kept for the current document, read again when the key changes.
    let meta = LocalResource::new(move || {
        let repo = state.repo();
        let key = key.get();
        async move { repo.get_document_meta(&key).await }
    });
    Effect::new(move |_| match meta.get() {
        Some(Ok(found)) => {
            number.set(found.number);
            date.set(found.date);
            meta_note.set(None);
        }
        Some(Err(error)) => {
            meta_note.set(Some((false, error.message(state.lang.get_untracked()))));
        }
        None => {}
    });
    let save_meta = move || {
        let repo = state.repo();
        let lang = state.lang.get_untracked();
        let dto = DocumentMetaDto {
            schema_version: DOCUMENT_META_SCHEMA_VERSION,
            number: number.get_untracked(),
            date: date.get_untracked(),
        };
        let key = key.get_untracked();
        spawn_local(async move {
            meta_note.try_set(Some(match repo.put_document_meta(&key, &dto).await {
                Ok(()) => (true, t(lang, Key::MetaSaved).to_owned()),
                Err(error) => {
                    (false, format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)))
                }
            }));
        });
    };
    let document = Memo::new(move |_| {
        settings.get().map(|settings| {
            let day = date.get().unwrap_or_else(|| default_date.get());
            make.run((state.lang.get(), settings, number.get(), day))
        })
    });
    let download = move |_| {
        let Some(document) = document.get_untracked() else { return };
        let lang = state.lang.get_untracked();
        working.set(true);
        docx_note.set(Some((true, t(lang, Key::DocxWorking).to_owned())));
        spawn_local(async move {
            let outcome = match download_docx(&document).await {
                Ok(name) => (true, documents::docx_downloaded(lang, &name)),
                Err(error) => (false, error.message(lang)),
            };
            docx_note.try_set(Some(outcome));
            working.try_set(false);
        });
    };
    let shown_date =
        move || date.get().unwrap_or_else(|| default_date.get()).format("%Y-%m-%d").to_string();
    view! {
        <a class="doc-jump screen-only" href="#doc-desk">{move || text(Key::JumpToDesk)}</a>
        <section class="doc-desk screen-only" id="doc-desk" aria-label=move || text(Key::DeskLabel)>
            {children.map(|children| children())}
            <div class="doc-desk-fields">
                <div class="field">
                    <label for="doc-number">{move || text(Key::NumberLabel)}</label>
                    <input id="doc-number" type="text" autocomplete="off" maxlength="100"
                        aria-describedby="doc-number-hint"
                        prop:value=move || number.get()
                        on:input=move |ev| number.set(clean_number(&event_target_value(&ev)))
                        on:change=move |_| save_meta() />
                    <p class="hint" id="doc-number-hint">{move || text(Key::NumberHint)}</p>
                </div>
                <div class="field">
                    <label for="doc-date">{move || text(Key::DateLabel)}</label>
                    <input id="doc-date" type="date" prop:value=shown_date
                        on:change=move |ev| {
                            date.set(NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok());
                            save_meta();
                        } />
                </div>
            </div>
            {move || meta_note.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            <div class="actions">
                <button type="button" on:click=download disabled=move || working.get() || document.with(Option::is_none)>
                    {move || text(Key::DownloadDocx)}
                </button>
            </div>
            {move || docx_note.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status" data-testid="docx-status">{msg}</p>
            })}
            <p class="hint">{move || text(Key::PrintHint)}</p>
            <letterhead::LetterheadForm settings />
        </section>
        <div class="doc-sheet" role="region" aria-label=move || text(Key::PreviewLabel)>
            {move || document.get().map(|document| {
                let qr_label = text(Key::QrLabel).to_owned();
                view! { <OfficialDocument document qr_label /> }
            })}
        </div>
    }
}

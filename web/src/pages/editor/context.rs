//! The editor's shared state: the draft, its catalog and rules, findings and the autosave queue.

use inovda_core::rules::rollover::is_past_year;
use inovda_core::rules::validation::issue_message_in;
use inovda_core::{
    Catalog, EvidenceFile, EvidenceTarget, FieldPath, IndicatorAnswer, Innovation,
    InnovationRecord, Issue, Lang, ValidationRules, validate,
};
use leptos::prelude::*;

use crate::autosave::{Autosave, Draft};
use crate::platform;

/// Everything the editor's sections share; `Copy`, provided through context.
#[derive(Clone, Copy)]
pub struct EditorCtx {
    pub draft: RwSignal<Option<Innovation>>,
    pub catalog: RwSignal<Option<Catalog>>,
    pub rules: RwSignal<ValidationRules>,
    pub issues: Memo<Vec<Issue>>,
    /// The indicator answers and every attached file, as memos: the many per-indicator controls
    /// read these instead of the draft, so a keystroke in the profile re-runs two memos, not a
    /// hundred (typing latency, `make bench` item 3).
    answers: Memo<Vec<IndicatorAnswer>>,
    all_files: Memo<Vec<EvidenceFile>>,
    /// Whether the draft may be changed; a memo, so the many controls that read it are only
    /// touched when it flips, not on every keystroke.
    editable: Memo<bool>,
    pub lang: RwSignal<Lang>,
    pub autosave: StoredValue<Autosave>,
    /// A message about the last file operation: (ok, text).
    pub notice: RwSignal<Option<(bool, String)>>,
    /// The ids of the controls the user typed in, changed or left: their findings show.
    touched: RwSignal<std::collections::BTreeSet<String>>,
    /// Every finding shows: after Ajukan was tried, or on an innovation worked on before.
    pub show_all: RwSignal<bool>,
    /// The secretariat's "layak kirim" threshold for the innovation's year (from its config
    /// bundle): the unit's target.
    pub target: RwSignal<Option<u32>>,
}

impl EditorCtx {
    pub fn new(lang: RwSignal<Lang>, autosave: Autosave) -> Self {
        let draft = RwSignal::new(None::<Innovation>);
        let rules = RwSignal::new(ValidationRules::national().on(platform::today()));
        let issues = Memo::new(move |_| {
            rules.with(|rules| {
                draft.with(|d| d.as_ref().map(|d| validate(d, rules)).unwrap_or_default())
            })
        });
        let editable = Memo::new(move |_| draft.with(|d| d.as_ref().is_some_and(editable_now)));
        let answers = Memo::new(move |_| {
            draft.with(|d| d.as_ref().map(|d| d.indicators.clone()).unwrap_or_default())
        });
        let all_files = Memo::new(move |_| {
            draft.with(|d| d.as_ref().map(Innovation::all_evidence).unwrap_or_default())
        });
        Self {
            draft,
            answers,
            all_files,
            catalog: RwSignal::new(None),
            rules,
            issues,
            editable,
            lang,
            autosave: StoredValue::new(autosave),
            notice: RwSignal::new(None),
            touched: RwSignal::new(std::collections::BTreeSet::new()),
            show_all: RwSignal::new(false),
            target: RwSignal::new(None),
        }
    }

    /// Records that the user touched the control `id` (input, change or leaving it).
    pub fn touch(&self, id: &str) {
        if id.is_empty() || self.touched.with_untracked(|t| t.contains(id)) {
            return;
        }
        self.touched.update(|t| {
            t.insert(id.to_owned());
        });
    }

    /// Whether findings about the indicators show (tracked): once any was touched.
    pub fn shows_indicators(&self) -> bool {
        self.show_all.get() || self.touched.with(|t| t.iter().any(|id| id.starts_with("ind-")))
    }

    /// Whether the findings about `path` are shown (tracked): after its control (or one of its
    /// group, e.g. an indicator's levels and files) was touched, or once all are shown.
    pub fn shows(&self, path: FieldPath) -> bool {
        if self.show_all.get() {
            return true;
        }
        let key = match path {
            FieldPath::Indicator(number) | FieldPath::IndicatorEvidence(number) => {
                format!("ind-{number}")
            }
            other => control_id(other),
        };
        let group = format!("{key}-");
        self.touched.with(|t| t.iter().any(|id| *id == key || id.starts_with(&group)))
    }

    /// Loads the innovation into the editor with the catalog of its year.
    pub fn load(&self, innovation: Innovation) {
        let catalog = Catalog::builtin(innovation.year).ok();
        let rules = catalog
            .as_ref()
            .map(ValidationRules::from_catalog)
            .unwrap_or_else(ValidationRules::national)
            .on(platform::today());
        self.rules.set(rules);
        self.catalog.set(catalog);
        // A brand-new innovation (no name yet) shows findings as fields are touched; one
        // worked on before shows them all at once.
        self.show_all.set(!innovation.name.trim().is_empty());
        self.draft.set(Some(innovation));
    }

    /// Whether the innovation is of a past assessment year (read-only; "Laporkan lagi").
    pub fn past_year(&self) -> bool {
        self.draft.with(|d| d.as_ref().is_some_and(|d| is_past_year(d.year, platform::today())))
    }

    /// Whether the draft may be changed (tracked).
    pub fn editable(&self) -> bool {
        self.editable.get()
    }

    /// Reads a value from the draft (tracked); the default while loading.
    pub fn read<T: Default>(&self, get: impl Fn(&Innovation) -> T) -> T {
        self.draft.with(|d| d.as_ref().map(get).unwrap_or_default())
    }

    /// One value of the draft as a memo: controls bound to it are updated only when that value
    /// changes, not on every keystroke elsewhere in the form (typing latency, `make bench` item 3).
    pub fn field<T>(&self, get: impl Fn(&Innovation) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Default + PartialEq + Clone + Send + Sync + 'static,
    {
        let draft = self.draft;
        Memo::new(move |_| draft.with(|d| d.as_ref().map(&get).unwrap_or_default()))
    }

    /// One value of indicator `number`'s answer as a memo (the default while it has none),
    /// following the answers rather than the whole draft.
    pub fn answer<T>(
        &self,
        number: u8,
        get: impl Fn(&IndicatorAnswer) -> T + Send + Sync + 'static,
    ) -> Memo<T>
    where
        T: Default + PartialEq + Clone + Send + Sync + 'static,
    {
        let answers = self.answers;
        Memo::new(move |_| {
            answers
                .with(|all| all.iter().find(|a| a.number == number).map(&get).unwrap_or_default())
        })
    }

    /// The files attached at `target`, as a memo; an indicator's follow its answer only.
    pub fn files_at(&self, target: EvidenceTarget) -> Memo<Vec<EvidenceFile>> {
        match target {
            EvidenceTarget::Indicator(number) => self.answer(number, |a| a.evidence.clone()),
            other => self.field(move |d| d.evidence_at(other)),
        }
    }

    /// Every file attached anywhere in the innovation, once each (a memo).
    pub fn all_files(&self) -> Memo<Vec<EvidenceFile>> {
        self.all_files
    }

    /// Applies a user's change and queues the autosave; ignored when read-only.
    pub fn edit(&self, change: impl FnOnce(&mut Innovation)) {
        self.edit_with(change, None);
    }

    /// Attaches a prepared file at `target`: the record and the Blob are saved together.
    pub fn attach(&self, target: EvidenceTarget, file: EvidenceFile, blob: Option<web_sys::Blob>) {
        let sha256 = file.sha256.clone();
        self.edit_with(move |d| d.attach(target, file), blob.map(|blob| (sha256, blob)));
    }

    fn edit_with(
        &self,
        change: impl FnOnce(&mut Innovation),
        blob: Option<(String, web_sys::Blob)>,
    ) {
        let mut record = None;
        self.draft.update(|current| {
            if let Some(innovation) = current.as_mut().filter(|d| editable_now(d)) {
                change(innovation);
                innovation.touch(platform::now());
                record = Some(InnovationRecord::from(&*innovation));
            }
        });
        if let Some(record) = record {
            self.autosave.with_value(|saver| saver.schedule(Draft::new(record, blob)));
        }
    }

    /// The findings about one field, as sentences (tracked).
    /// Under its field a finding needs no file name: the file is listed right there with its
    /// size; the checklist at Ajukan names it.
    pub fn messages_for(&self, path: FieldPath) -> Vec<String> {
        let lang = self.lang.get();
        self.catalog.with(|catalog| {
            self.issues.with(|all| {
                all.iter()
                    .filter(|issue| issue.path == path)
                    .map(|issue| Issue { subject: String::new(), ..issue.clone() })
                    .map(|issue| match catalog {
                        Some(catalog) => issue_message_in(lang, &issue, catalog),
                        None => inovda_core::rules::validation::issue_message(lang, &issue),
                    })
                    .collect()
            })
        })
    }
}

/// The editor state provided by the editor page.
pub fn use_editor() -> EditorCtx {
    expect_context::<EditorCtx>()
}

/// The DOM id of a field's control, used by the checklist to move the focus there.
pub fn control_id(path: FieldPath) -> String {
    match path {
        FieldPath::Indicator(number) => format!("ind-{number}-level-0"),
        FieldPath::IndicatorEvidence(number) => format!("ind-{number}-file"),
        FieldPath::Extra(index) => format!("extra-{index}"),
        other => other.as_str().replace('_', "-"),
    }
}

/// The list of findings shown under a control; its id is what the control's `aria-describedby` names.
#[component]
pub fn FieldIssues(path: FieldPath) -> impl IntoView {
    let ctx = use_editor();
    view! {
        <ul class="issues" id=format!("{}-issues", control_id(path))>
            {move || if ctx.shows(path) { ctx.messages_for(path) } else { Vec::new() }.into_iter().map(|m| view! { <li class="issue">{m}</li> }).collect_view()}
        </ul>
    }
}

/// Editable by its status, and of the current or a later assessment year.
fn editable_now(innovation: &Innovation) -> bool {
    innovation.is_editable() && !is_past_year(innovation.year, platform::today())
}

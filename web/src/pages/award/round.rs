//! `/penghargaan/:id`: one award round. The settings form (name, year, stage, categories with
//! their number of winners, criteria weights with the live sum, minimum kematangan, jurors),
//! the entries taken from the verified innovations (category override, field-review notes),
//! one signed award bundle per juror, the sheets received and missing, the ranking, the
//! printable results and the winners CSV.

use inovda_core::base::format::format_score;
use inovda_core::base::sheet::write_csv;
use inovda_core::exchange::bundle::bundle_file_name;
use inovda_core::model::labels::agency_kind_label;
use inovda_core::programmes::award::text::{left_out_message, left_out_summary};
use inovda_core::programmes::award::{
    AwardIssue, AwardRound, EntrySelection, award_issue_message, rank, select_entries,
    winners_sheet,
};
use inovda_core::{Catalog, Innovation, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::AWARD_PATH;
use super::delivery::JurorPackages;
use super::results::RankingView;
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::error::{ActionError, UserError};
use crate::i18n::{award, award::Key, common, t};
use crate::pages::route_id;
use crate::pages::secretariat::secretariat_only;
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{Repo, StoredRoundDto};

#[component]
pub fn AwardRoundPage() -> impl IntoView {
    secretariat_only(|_| view! { <RoundLoader /> })
}

#[component]
fn RoundLoader() -> impl IntoView {
    let state = use_app_state();
    let id = route_id();
    let loaded = LocalResource::new(move || {
        let (repo, id) = (state.repo(), id.clone());
        async move { repo.award_round(&id).await }
    });
    let text = move |key| t(state.lang.get(), key);
    view! {
        <header class="bar">
            <a class="back" href=AWARD_PATH>{move || text(Key::AwardBack)}</a>
            <HeaderNav />
        </header>
        <main class="page award-round wide">
            <Loaded resource=loaded body={move |found: Option<StoredRoundDto>| match found {
                None => view! { <p class="error" role="alert">{text(Key::AwardNotFound)}</p> }.into_any(),
                Some(stored) => view! { <RoundEditor stored /> }.into_any(),
            }} />
        </main>
    }
}

/// The verified innovations of the round's year that pass its filter, and the others with the
/// reason each was left out.
async fn eligible(
    repo: &Repo,
    round: &AwardRound,
) -> Result<(AwardRound, EntrySelection), ActionError> {
    let catalog = Catalog::builtin(round.year)?;
    let registry = repo.get_registry().await?;
    let records = repo.list_innovations().await?;
    let innovations: Vec<Innovation> = records.iter().filter_map(|r| r.to_domain().ok()).collect();
    let verdicts = repo.list_verdicts().await?;
    let selection =
        select_entries(&catalog, &innovations, &verdicts, &registry, round.min_maturity);
    let mut refreshed = round.clone();
    refreshed.refresh_entries(selection.entries.clone());
    Ok((refreshed, selection))
}

fn parse_count(text: &str) -> u32 {
    text.trim().parse().unwrap_or(0)
}

/// The input beside an item's name: a whole number in a range, or a date.
#[derive(Clone, Copy)]
enum ValueInput {
    Count { min: &'static str, max: Option<&'static str> },
    Date,
}

/// How one of the round's same-shape lists (stages, categories, criteria) reads and writes its
/// items: a name and one value beside it.
struct ListShape<T> {
    items: fn(&AwardRound) -> &Vec<T>,
    items_mut: fn(&mut AwardRound) -> &mut Vec<T>,
    name: fn(&T) -> &String,
    name_mut: fn(&mut T) -> &mut String,
    /// The value as its input shows it, and the typed text stored back.
    value: fn(&T) -> String,
    set_value: fn(&mut T, &str),
    /// DOM id prefixes of the name and value inputs (the item's index follows).
    ids: (&'static str, &'static str),
    /// "Nama kategori 2"; "Jumlah juara «name»".
    name_label: fn(Lang, usize) -> String,
    value_label: fn(Lang, String) -> String,
    input: ValueInput,
}

impl<T> Clone for ListShape<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ListShape<T> {}

/// The rows of one list of the round, each with its name, its value and "Hapus". Rows are made
/// again when `version` is bumped (an item added or removed), not while typing; a removal also
/// bumps `also` (the entries follow the categories).
fn list_items<T: 'static>(
    shape: ListShape<T>,
    draft: RwSignal<AwardRound>,
    version: RwSignal<u32>,
    also: Option<RwSignal<u32>>,
) -> impl Fn() -> AnyView + Copy + Send + Sync + 'static {
    let state = use_app_state();
    move || {
        version.get();
        let lang = state.lang.get();
        let count = draft.with_untracked(|r| (shape.items)(r).len());
        let (min, max, mode, kind) = match shape.input {
            ValueInput::Count { min, max } => (Some(min), max, Some("numeric"), "number"),
            ValueInput::Date => (None, None, None, "date"),
        };
        (0..count)
            .map(|index| {
                let name_id = format!("{}-{index}", shape.ids.0);
                let value_id = format!("{}-{index}", shape.ids.1);
                let current = move || draft.with(|r| (shape.items)(r).get(index).map(|item| (shape.name)(item).clone()).unwrap_or_default());
                view! {
                    <div class="award-item">
                        <div class="field">
                            <label for=name_id.clone()>{(shape.name_label)(lang, index + 1)}</label>
                            <input id=name_id type="text" prop:value=current
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    draft.update(|r| if let Some(item) = (shape.items_mut)(r).get_mut(index) { *(shape.name_mut)(item) = value; });
                                } />
                        </div>
                        <div class="field inline">
                            <label for=value_id.clone()>{move || (shape.value_label)(state.lang.get(), current())}</label>
                            <input id=value_id type=kind min=min max=max inputmode=mode
                                prop:value=move || draft.with(|r| (shape.items)(r).get(index).map(shape.value).unwrap_or_default())
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    draft.update(|r| if let Some(item) = (shape.items_mut)(r).get_mut(index) { (shape.set_value)(item, &text); });
                                } />
                        </div>
                        <button type="button" on:click=move |_| {
                            draft.update(|r| { let items = (shape.items_mut)(r); if index < items.len() { items.remove(index); } });
                            version.update(|v| *v += 1);
                            if let Some(also) = also {
                                also.update(|v| *v += 1);
                            }
                        }>
                            {t(lang, Key::AwardRemoveJuror)}
                            <span class="visually-hidden">" " {current}</span>
                        </button>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    }
}

#[component]
fn RoundEditor(stored: StoredRoundDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let draft = RwSignal::new(stored.round.clone());
    let saved = RwSignal::new(stored);
    let issues = RwSignal::new(Vec::<AwardIssue>::new());
    let message = RwSignal::new(None::<(bool, String)>);
    // Bumped when the list of jurors or entries changes shape, so their blocks re-render
    // while typing into a field does not.
    let jurors_version = RwSignal::new(0u32);
    let entries_version = RwSignal::new(0u32);
    let new_juror = RwSignal::new(String::new());
    let juror_problem = RwSignal::new(false);

    let save = move |_| {
        let lang = state.lang.get_untracked();
        let round = draft.get_untracked();
        let found = round.validate();
        issues.set(found.clone());
        if !found.is_empty() {
            message.set(Some((false, t(lang, Key::AwardFixFirst).to_owned())));
            return;
        }
        let repo = state.repo();
        spawn_local(async move {
            match repo.put_award_round(&round).await {
                Ok(()) => {
                    saved.update(|stored| stored.round = round);
                    message.try_set(Some((true, t(lang, common::Key::Saved).to_owned())));
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
    // What the last "Ambil entri" left out, with the minimum it used.
    let left_out = RwSignal::new(None::<(EntrySelection, u32)>);
    let refresh = move |_| {
        let repo = state.repo();
        let round = draft.get_untracked();
        let lang = state.lang.get_untracked();
        spawn_local(async move {
            match eligible(&repo, &round).await {
                Ok((refreshed, selection)) => {
                    let count = refreshed.entries.len();
                    left_out.try_set(Some((selection, refreshed.min_maturity)));
                    draft.update(|r| r.entries = refreshed.entries);
                    entries_version.update(|v| *v += 1);
                    message.try_set(Some((true, award::award_entries_refreshed(lang, count))));
                }
                Err(error) => {
                    message.try_set(Some((false, error.message(lang))));
                }
            }
        });
    };
    let add_juror = move |_| {
        let name = new_juror.get_untracked();
        if name.trim().is_empty() {
            juror_problem.set(true);
            return;
        }
        juror_problem.set(false);
        draft.update(|r| {
            r.add_juror(&name);
        });
        new_juror.set(String::new());
        jurors_version.update(|v| *v += 1);
    };

    let round0 = draft.get_untracked();
    let year_text = round0.year.to_string();
    // Bumped when categories, criteria or stages are added or removed (re-render their rows);
    // typing a name, a number or a date only updates the draft.
    let lists_version = RwSignal::new(0u32);
    let new_category = RwSignal::new(String::new());
    let new_criterion = RwSignal::new(String::new());
    let new_stage = RwSignal::new(String::new());
    let categories = list_items(
        ListShape {
            items: |r| &r.categories,
            items_mut: |r| &mut r.categories,
            name: |c| &c.name,
            name_mut: |c| &mut c.name,
            value: |c| c.winners.to_string(),
            set_value: |c, text| c.winners = parse_count(text),
            ids: ("award-category-name", "award-winners"),
            name_label: |lang, n| award::award_category_name_label(lang, n),
            value_label: |lang, name| award::award_winners_label(lang, name),
            input: ValueInput::Count { min: "1", max: None },
        },
        draft,
        lists_version,
        Some(entries_version),
    );
    let criteria = list_items(
        ListShape {
            items: |r| &r.criteria,
            items_mut: |r| &mut r.criteria,
            name: |c| &c.name,
            name_mut: |c| &mut c.name,
            value: |c| c.weight.to_string(),
            set_value: |c, text| c.weight = parse_count(text),
            ids: ("award-criterion-name", "award-weight"),
            name_label: |lang, n| award::award_criterion_name_label(lang, n),
            value_label: |lang, name| award::award_weight_label(lang, name),
            input: ValueInput::Count { min: "0", max: Some("100") },
        },
        draft,
        lists_version,
        None,
    );
    let stages = list_items(
        ListShape {
            items: |r| &r.stages,
            items_mut: |r| &mut r.stages,
            name: |s| &s.name,
            name_mut: |s| &mut s.name,
            value: |s| s.date.map(|d| d.to_string()).unwrap_or_default(),
            set_value: |s, text| s.date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
            ids: ("award-stage-name", "award-stage-date"),
            name_label: |lang, n| award::award_stage_name_label(lang, n),
            value_label: |lang, name| award::award_stage_date_label(lang, name),
            input: ValueInput::Date,
        },
        draft,
        lists_version,
        None,
    );
    let stage_options = move || {
        lists_version.get();
        draft
            .with_untracked(|r| r.stages.clone())
            .into_iter()
            .map(|s| {
                let code = s.code.clone();
                let option_code = s.code.clone();
                let selected = move || draft.with(|r| r.current_stage == code);
                let name = move || {
                    draft.with(|r| {
                        r.stages
                            .iter()
                            .find(|x| x.code == s.code)
                            .map(|x| x.name.clone())
                            .unwrap_or_default()
                    })
                };
                view! { <option value=option_code selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let adder = move |field: RwSignal<String>, add: fn(&mut AwardRound, &str) -> String| {
        move |_| {
            let name = field.get_untracked();
            if name.trim().is_empty() {
                return;
            }
            draft.update(|r| {
                add(r, &name);
            });
            field.set(String::new());
            lists_version.update(|v| *v += 1);
            entries_version.update(|v| *v += 1);
        }
    };
    let add_category = adder(new_category, AwardRound::add_category);
    let add_criterion = adder(new_criterion, AwardRound::add_criterion);
    let add_stage = adder(new_stage, AwardRound::add_stage);
    let weight_sum = move || draft.with(AwardRound::weight_sum);

    let jurors_block = move || {
        jurors_version.get();
        let lang = state.lang.get();
        let jurors = draft.with_untracked(|r| r.jurors.clone());
        if jurors.is_empty() {
            return view! { <p class="empty">{t(lang, Key::AwardNoJurors)}</p> }.into_any();
        }
        view! {
            <ul class="award-jurors">
                {jurors.into_iter().map(|juror| {
                    let id = juror.id.clone();
                    view! {
                        <li>
                            <span class="name">{juror.name.clone()}</span>
                            " "
                            <button type="button" on:click=move |_| {
                                draft.update(|r| r.jurors.retain(|j| j.id != id));
                                jurors_version.update(|v| *v += 1);
                            }>
                                {t(lang, Key::AwardRemoveJuror)}
                                <span class="visually-hidden">" " {juror.name.clone()}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    let entries_block = move || {
        entries_version.get();
        let lang = state.lang.get();
        let (entries, categories) =
            draft.with_untracked(|r| (r.entries.clone(), r.categories.clone()));
        if entries.is_empty() {
            return view! { <p class="empty">{t(lang, Key::AwardNoEntries)}</p> }.into_any();
        }
        view! {
            <ul class="award-entries">
                {entries.into_iter().enumerate().map(|(index, entry)| {
                    let select_id = format!("award-entry-category-{index}");
                    let note_id = format!("award-entry-note-{index}");
                    let innovation_id = entry.innovation_id.clone();
                    let kind = entry.agency_kind.map(|k| agency_kind_label(lang, k)).unwrap_or_else(|| t(lang, common::Key::NotInRegistry));
                    view! {
                        <li class="award-entry">
                            <p><strong class="name">{entry.name.clone()}</strong></p>
                            <p class="meta">{entry.agency.clone()} " (" {kind} ") · " {t(lang, common::Key::ColMaturityVerified)} " " {format_score(lang, entry.maturity)}</p>
                            <div class="field">
                                <label for=select_id.clone()>{t(lang, Key::AwardCategoryLabel)}</label>
                                <select id=select_id
                                    on:change=move |ev| {
                                        let chosen = event_target_value(&ev);
                                        draft.update(|r| r.override_category(&innovation_id, &chosen));
                                    }>
                                    {categories.iter().map(|c| {
                                        let code = c.code.clone();
                                        let selected = move || draft.with(|r| r.entries.get(index).is_some_and(|e| e.category == code));
                                        view! { <option value=c.code.clone() selected=selected>{c.name.clone()}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for=note_id.clone()>{t(lang, Key::AwardNoteLabel)}</label>
                                <textarea id=note_id rows="2"
                                    prop:value=move || draft.with(|r| r.entries.get(index).map(|e| e.field_note.clone()).unwrap_or_default())
                                    on:input=move |ev| {
                                        let note = event_target_value(&ev);
                                        draft.update(|r| if let Some(e) = r.entries.get_mut(index) { e.field_note = note; });
                                    }></textarea>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    let ranking_block = move || {
        let lang = state.lang.get();
        let stored = saved.get();
        let ranking = rank(&stored.round, &stored.sheets);
        let id = stored.round.id.clone();
        let csv_round = stored.round.name.clone();
        let download_csv = move |_| {
            let lang = state.lang.get_untracked();
            let bytes = write_csv(&winners_sheet(&ranking_for_csv(saved), lang));
            let name = bundle_file_name(
                &format!("pemenang {csv_round}"),
                platform::now(),
                platform::zone(),
            )
            .replace(".zip", ".csv");
            if let Err(error) = platform::download(&bytes, &name, "text/csv") {
                message.set(Some((false, error.message(lang))));
            }
        };
        view! {
            <RankingView round=stored.round.clone() ranking lang />
            <div class="actions">
                <a class="button-link" href=format!("{}/cetak", super::round_path(&id))>{t(lang, Key::AwardPrintLink)}</a>
                <button type="button" on:click=download_csv>{t(lang, Key::AwardWinnersCsv)}</button>
            </div>
        }
    };

    view! {
        <h2>{move || draft.with(|r| r.name.clone())}</h2>
        <section aria-labelledby="award-settings-heading">
            <h3 id="award-settings-heading">{move || text(Key::AwardSettings)}</h3>
            <div class="field">
                <label for="award-name">{move || text(Key::AwardNameLabel)}</label>
                <input id="award-name" type="text" prop:value=move || draft.with(|r| r.name.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|r| r.name = v); } />
            </div>
            <div class="field inline">
                <label for="award-year">{move || text(Key::AwardYearLabel)}</label>
                <input id="award-year" type="number" inputmode="numeric" value=year_text
                    on:input=move |ev| {
                        if let Ok(year) = event_target_value(&ev).trim().parse::<u16>() {
                            draft.update(|r| r.year = year);
                        }
                    } />
            </div>
            <div class="field">
                <label for="award-stage">{move || text(Key::AwardStageLabel)}</label>
                <select id="award-stage"
                    on:change=move |ev| { let v = event_target_value(&ev); draft.update(|r| r.current_stage = v); }>
                    {stage_options}
                </select>
            </div>
            <fieldset class="award-stages">
                <legend>{move || text(Key::AwardStagesLegend)}</legend>
                {stages}
                <div class="field">
                    <label for="award-new-stage">{move || text(Key::AwardNewStage)}</label>
                    <input id="award-new-stage" type="text" prop:value=move || new_stage.get()
                        on:input=move |ev| new_stage.set(event_target_value(&ev)) />
                </div>
                <button type="button" on:click=add_stage>{move || text(Key::AwardAddStage)}</button>
            </fieldset>
            <fieldset class="award-categories">
                <legend>{move || text(Key::AwardCategoriesLegend)}</legend>
                {categories}
                <div class="field">
                    <label for="award-new-category">{move || text(Key::AwardNewCategory)}</label>
                    <input id="award-new-category" type="text" prop:value=move || new_category.get()
                        on:input=move |ev| new_category.set(event_target_value(&ev)) />
                </div>
                <button type="button" on:click=add_category>{move || text(Key::AwardAddCategory)}</button>
            </fieldset>
            <fieldset class="award-criteria">
                <legend>{move || text(Key::AwardCriteriaLegend)}</legend>
                {criteria}
                <div class="field">
                    <label for="award-new-criterion">{move || text(Key::AwardNewCriterion)}</label>
                    <input id="award-new-criterion" type="text" prop:value=move || new_criterion.get()
                        on:input=move |ev| new_criterion.set(event_target_value(&ev)) />
                </div>
                <button type="button" on:click=add_criterion>{move || text(Key::AwardAddCriterion)}</button>
                <p class=move || if weight_sum() == 100 { "weight-sum notice" } else { "weight-sum warning" } role="status">
                    {move || award::award_weight_sum(state.lang.get(), weight_sum())}
                </p>
            </fieldset>
            <div class="field inline">
                <label for="award-min-maturity">{move || text(Key::AwardMinMaturity)}</label>
                <input id="award-min-maturity" type="number" min="0" max="111" inputmode="numeric"
                    prop:value=move || draft.with(|r| r.min_maturity.to_string())
                    on:input=move |ev| { let v = parse_count(&event_target_value(&ev)); draft.update(|r| r.min_maturity = v); } />
            </div>
            <fieldset class="award-jurors-field">
                <legend>{move || text(Key::AwardJurorsLegend)}</legend>
                {jurors_block}
                <div class="field">
                    <label for="award-new-juror">{move || text(Key::AwardJurorName)}</label>
                    <input id="award-new-juror" type="text" prop:value=move || new_juror.get()
                        on:input=move |ev| new_juror.set(event_target_value(&ev)) />
                    <Show when=move || juror_problem.get()>
                        <p class="issue" role="alert">{move || text(Key::AwardJurorNameRequired)}</p>
                    </Show>
                </div>
                <div class="actions">
                    <button type="button" on:click=add_juror>{move || text(Key::AwardAddJuror)}</button>
                </div>
            </fieldset>
        </section>
        <section aria-labelledby="award-entries-heading">
            <h3 id="award-entries-heading">{move || text(Key::AwardEntriesHeading)}</h3>
            <p class="hint">{move || text(Key::AwardEntriesHint)}</p>
            <div class="actions">
                <button type="button" on:click=refresh>{move || text(Key::AwardRefreshEntries)}</button>
            </div>
            {move || left_out.with(|found| found.as_ref().filter(|(s, _)| !s.left_out.is_empty()).map(|(selection, minimum)| {
                let lang = state.lang.get();
                view! {
                    <div class="award-left-out" data-testid="award-left-out">
                        <p>{left_out_summary(lang, selection, *minimum)}</p>
                        <ul>
                            {selection.left_out.iter().map(|left| view! { <li>{left_out_message(lang, left)}</li> }).collect_view()}
                        </ul>
                    </div>
                }
            }))}
            {entries_block}
        </section>
        <div class="actions">
            <button type="button" class="primary" on:click=save>{move || text(Key::AwardSave)}</button>
        </div>
        {move || {
            let lang = state.lang.get();
            let found = issues.get();
            (!found.is_empty()).then(|| view! {
                <div class="error" role="alert"><ul class="issues">
                    {found.iter().map(|issue| view! { <li>{award_issue_message(lang, issue)}</li> }).collect_view()}
                </ul></div>
            })
        }}
        {move || message.get().map(|(ok, msg)| view! {
            <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
        })}
        <section aria-labelledby="award-bundles-heading">
            <h3 id="award-bundles-heading">{move || text(Key::AwardJurorBundles)}</h3>
            <p class="hint">{move || text(Key::AwardJurorBundlesHint)}</p>
            <JurorPackages saved draft message />
        </section>
        <section aria-labelledby="award-ranking-heading">
            <h3 id="award-ranking-heading">{move || text(Key::AwardRankingHeading)}</h3>
            {ranking_block}
        </section>
    }
}

fn ranking_for_csv(saved: RwSignal<StoredRoundDto>) -> inovda_core::programmes::award::Ranking {
    saved.with_untracked(|stored| rank(&stored.round, &stored.sheets))
}

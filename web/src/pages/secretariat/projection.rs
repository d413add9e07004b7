//! `/proyeksi`: the secretariat's IID projection for its assessment year. The SPD entry (every
//! SPD row of the year's catalog with its level labels and a note, saved automatically under
//! `meta` `spd:<year>`) and core's [`project`] over the year's innovations and verdicts, shown
//! twice, klaim and terverifikasi: SPD score, average kematangan with the divisor MAX(k, n) and
//! the empty seats, the jumlah-inovasi score with the yandas rule, total, IID, predicate and
//! "satu inovasi lagi dengan kematangan m menambah +x". Every figure comes from core.

use inovda_core::base::decimal::{Hundredths, Points};
use inovda_core::base::format::format_number;
use inovda_core::model::urusan::affair_by_number;
use inovda_core::rules::scoring::predicate_label;
use inovda_core::secretariat::projection::{
    Projection, ProjectionView, SpdAnswers, SpdIssue, SpdRowView, project, spd_rows, spd_score,
    spd_unanswered,
};
use inovda_core::secretariat::text::{spd_issue_message, what_if_message};
use inovda_core::{Catalog, Lang};
use leptos::prelude::*;

use super::secretariat_only;
use super::shared::{YearData, load_year_with_spd};
use super::{DASHBOARD_PATH, RECAP_PRINT_PATH};
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::components::workspace_line::WorkspaceLine;
use crate::error::UserError;
use crate::i18n::{common, secretariat, secretariat::Key, t};
use crate::saver::{SaveStatus, Saver, Writer};
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo, StorageError};

/// The kematangan values offered for "one more innovation" (80 is the default, as in the recap).
pub const WHAT_IF_CHOICES: [i64; 5] = [40, 60, 80, 100, 111];
/// The default of [`WHAT_IF_CHOICES`].
pub const WHAT_IF_DEFAULT: i64 = 80;

#[component]
pub fn ProjectionPage() -> impl IntoView {
    secretariat_only(|profile| view! { <ProjectionWorkspace profile /> })
}

#[component]
fn ProjectionWorkspace(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || load_year_with_spd(state.repo(), year));
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page projection wide">
            <WorkspaceLine agency={profile.agency.clone()} region={profile.region.clone()} />
            <h2>{move || secretariat::projection_title(state.lang.get(), year)}</h2>
            <p>{move || text(Key::ProjectionIntro)}</p>
            <nav class="actions" aria-label=move || text(Key::DashboardMoreNav)>
                <a class="button-link" href=DASHBOARD_PATH>{move || t(state.lang.get(), crate::i18n::role::Key::DashboardLink)}</a>
                <a class="button-link" href=RECAP_PRINT_PATH>{move || text(Key::RecapPrintLink)}</a>
            </nav>
            // Read once: the body keeps its own state (the answers being edited).
            <Loaded resource=loaded body={move |(catalog, data, spd): (Catalog, YearData, SpdAnswers)| {
                view! { <ProjectionBody catalog data spd /> }
            }} />
        </main>
    }
}

/// Writes the year's SPD answers (the app's one [`Saver`] orders the writes).
struct SpdWriter {
    repo: Repo,
}

impl Writer for SpdWriter {
    type Item = SpdAnswers;

    async fn write(&self, answers: &SpdAnswers) -> Result<(), StorageError> {
        self.repo.put_spd(answers).await
    }
}

type SpdSaver = StoredValue<Saver<SpdWriter>>;

/// Queues the current answers for saving.
fn save_answers(saver: SpdSaver, answers: RwSignal<SpdAnswers>) {
    saver.with_value(|saver| saver.schedule(answers.get_untracked()));
}

/// What the page shows, all from core.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Figures {
    rows: Vec<SpdRowView>,
    score: Result<Points, Vec<SpdIssue>>,
    unanswered: Vec<SpdIssue>,
    projection: Projection,
}

fn num(lang: Lang, value: Hundredths) -> String {
    format_number(lang, value)
}

#[component]
fn ProjectionBody(catalog: Catalog, data: YearData, spd: SpdAnswers) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let answers = RwSignal::new(spd);
    let what_if = RwSignal::new(WHAT_IF_DEFAULT);
    let saver = StoredValue::new(Saver::new(SpdWriter { repo: state.repo() }));
    let catalog = StoredValue::new(catalog);
    let data = StoredValue::new(data);
    let figures = Memo::new(move |_| {
        let m = what_if.get();
        answers.with(|answers| {
            catalog.with_value(|catalog| {
                data.with_value(|data| {
                    let score = spd_score(catalog, answers);
                    let spd = score.clone().unwrap_or(Points::ZERO);
                    Figures {
                        rows: spd_rows(catalog, answers),
                        unanswered: spd_unanswered(catalog, answers),
                        projection: project(
                            catalog,
                            spd,
                            &data.innovations,
                            &data.verdicts,
                            &[Points::whole(m)],
                        ),
                        score,
                    }
                })
            })
        })
    });
    let row_count = catalog.with_value(|c| c.spd.len());
    let spd_max = catalog.with_value(Catalog::spd_max);
    let score_line = move || {
        let lang = state.lang.get();
        figures.with(|f| {
            let answered = f.rows.iter().filter(|row| row.level.is_some()).count();
            let score = f.score.clone().unwrap_or(Points::ZERO);
            format!(
                "{} · {}",
                secretariat::spd_answered_count(lang, answered, row_count),
                secretariat::spd_score_line(
                    lang,
                    num(lang, score.round2()),
                    num(lang, spd_max.round2())
                ),
            )
        })
    };
    let issues = move || {
        let lang = state.lang.get();
        figures.with(|f| match &f.score {
            Ok(_) => None,
            Err(issues) => Some(view! {
                <div class="error" role="alert" data-testid="spd-issues">
                    <p>{t(lang, Key::SpdIssuesTitle)}</p>
                    <ul>{issues.iter().map(|issue| view! { <li>{spd_issue_message(lang, issue)}</li> }).collect_view()}</ul>
                </div>
            }),
        })
    };
    let unanswered = move || {
        let lang = state.lang.get();
        figures.with(|f| {
            if f.unanswered.is_empty() {
                return view! { <p data-testid="spd-unanswered">{t(lang, Key::SpdAllAnswered)}</p> }
                    .into_any();
            }
            let summary = secretariat::spd_unanswered_summary(lang, f.unanswered.len());
            let items = f
                .unanswered
                .iter()
                .map(|issue| {
                    let row = issue.path.strip_prefix("spd.").unwrap_or(&issue.path);
                    view! { <li><a href=format!("#spd-row-{row}")>{spd_issue_message(lang, issue)}</a></li> }
                })
                .collect_view();
            view! {
                <details class="spd-unanswered" data-testid="spd-unanswered">
                    <summary>{summary}</summary>
                    <ul>{items}</ul>
                </details>
            }
            .into_any()
        })
    };
    let save_status = move || {
        let lang = state.lang.get();
        match saver.with_value(|saver| saver.status.get()) {
            SaveStatus::Pending | SaveStatus::Saving => {
                view! { <span>{t(lang, Key::SpdSaving)}</span> }.into_any()
            }
            SaveStatus::Saved => view! { <span>{t(lang, Key::SpdSaved)}</span> }.into_any(),
            SaveStatus::Conflict => view! { <span class="error">{t(lang, Key::SpdSaveFailed)}</span> }.into_any(),
            SaveStatus::Failed(error) => view! {
                <span class="error">{t(lang, Key::SpdSaveFailed)} " " {error.message(lang)}</span>
                " "
                <button type="button" on:click=move |_| saver.with_value(|saver| saver.flush())>{t(lang, Key::SpdRetry)}</button>
            }
            .into_any(),
        }
    };
    let rows = (0..row_count)
        .map(|index| view! { <SpdRowInput index figures answers saver /> })
        .collect_view();
    view! {
        <section aria-labelledby="projection-heading">
            <h3 id="projection-heading">{move || text(Key::ProjectionHeading)}</h3>
            <label for="what-if-maturity">{move || text(Key::WhatIfLabel)}</label>
            <select id="what-if-maturity" prop:value=move || what_if.get().to_string()
                on:change=move |ev| {
                    if let Ok(value) = event_target_value(&ev).parse::<i64>() {
                        what_if.set(value);
                    }
                }>
                {WHAT_IF_CHOICES.into_iter().map(|m| view! {
                    <option value=m.to_string() selected=move || what_if.get() == m>{m}</option>
                }).collect_view()}
            </select>
            <div class="projection-views">
                <ProjectionCard verified=false figures catalog />
                <ProjectionCard verified=true figures catalog />
            </div>
        </section>

        <section aria-labelledby="spd-heading" class="spd-entry">
            <h3 id="spd-heading">{move || text(Key::SpdHeading)}</h3>
            <p>{move || text(Key::SpdIntro)}</p>
            <p class="headline" data-testid="spd-score">{score_line}</p>
            {issues}
            {unanswered}
            <p role="status" data-testid="spd-save-status">{save_status}</p>
            <div class="spd-rows">{rows}</div>
        </section>
    }
}

/// One SPD row: level (with "belum diisi") and note, saved on every change.
#[component]
fn SpdRowInput(
    index: usize,
    figures: Memo<Figures>,
    answers: RwSignal<SpdAnswers>,
    saver: SpdSaver,
) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let Some(row) = figures.with_untracked(|f| f.rows.get(index).cloned()) else {
        return ().into_any();
    };
    let current = move || figures.with(|f| f.rows.get(index).cloned());
    let level = move || current().and_then(|r| r.level).map(|l| l.to_string()).unwrap_or_default();
    let note = move || current().map(|r| r.note).unwrap_or_default();
    let row_id = StoredValue::new(row.id.clone());
    let on_level = move |ev| {
        let chosen = event_target_value(&ev).parse::<u8>().ok();
        let note = note();
        row_id.with_value(|id| answers.update(|a| a.set(id, chosen, &note)));
        save_answers(saver, answers);
    };
    let on_note = move |ev| {
        let typed = event_target_value(&ev);
        let chosen = current().and_then(|r| r.level);
        row_id.with_value(|id| answers.update(|a| a.set(id, chosen, &typed)));
        save_answers(saver, answers);
    };
    let level_id = format!("spd-{}-level", row.id);
    let note_id = format!("spd-{}-note", row.id);
    let level_options = row
        .levels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let value = (i + 1).to_string();
            let selected_value = value.clone();
            view! {
                <option value=value selected=move || level() == selected_value>
                    {format!("{} – {label}", i + 1)}
                </option>
            }
        })
        .collect_view();
    let weight = row.weight;
    let details = move || {
        let lang = state.lang.get();
        secretariat::spd_row_details(lang, &row.variable, num(lang, weight.round2()), &row.evidence)
    };
    let points = move || {
        let lang = state.lang.get();
        let points = current().map(|r| r.points).unwrap_or_default();
        secretariat::spd_row_points(lang, num(lang, points.round2()))
    };
    view! {
        <fieldset class="spd-row" id=format!("spd-row-{}", row.id)>
            <legend>
                {format!("{}. {}", row.id, row.name)}
                {row.mandatory.then(|| view! { " " <span class="badge">{move || text(Key::SpdMandatory)}</span> })}
            </legend>
            <p class="hint">{details}</p>
            <div class="field">
                <label for=level_id.clone()>{move || text(Key::SpdLevelLabel)}</label>
                <select id=level_id prop:value=level on:change=on_level>
                    <option value="" selected=move || level().is_empty()>{move || text(Key::SpdNotAnswered)}</option>
                    <option value="0" selected=move || level() == "0">{move || text(Key::SpdLevelZero)}</option>
                    {level_options}
                </select>
            </div>
            <div class="field">
                <label for=note_id.clone()>{move || text(Key::SpdNoteLabel)}</label>
                <input id=note_id type="text" prop:value=note on:input=on_note />
            </div>
            <p class="points">{points}</p>
        </fieldset>
    }
    .into_any()
}

/// One view of the projection (klaim or terverifikasi), every figure from core.
#[component]
fn ProjectionCard(
    verified: bool,
    figures: Memo<Figures>,
    catalog: StoredValue<Catalog>,
) -> impl IntoView {
    let state = use_app_state();
    let prefix = if verified { "terverifikasi" } else { "klaim" };
    let heading_id = format!("{prefix}-heading");
    let labelled_by = heading_id.clone();
    let body = move || {
        let lang = state.lang.get();
        figures.with(|f| {
            let view = if verified { &f.projection.verified } else { &f.projection.claimed };
            catalog.with_value(|catalog| view_figures(lang, catalog, view, prefix))
        })
    };
    let title =
        move || t(state.lang.get(), if verified { Key::VerifiedTitle } else { Key::ClaimedTitle });
    let hint = move || {
        let lang = state.lang.get();
        if verified {
            let unreviewed = figures.with(|f| f.projection.verified.unreviewed);
            secretariat::verified_hint(lang, unreviewed)
        } else {
            t(lang, Key::ClaimedHint).to_owned()
        }
    };
    view! {
        <section class="projection-card" aria-labelledby=labelled_by data-testid=prefix>
            <h4 id=heading_id>{title}</h4>
            <p class="hint">{hint}</p>
            {body}
        </section>
    }
}

fn affair_list(numbers: &[u8]) -> String {
    numbers
        .iter()
        .map(|&number| {
            let name = affair_by_number(number).map(|a| a.name).unwrap_or_default();
            format!("{number}. {name}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The figures of one view as a description list (`data-testid` = `<view>-<figure>`).
fn view_figures(lang: Lang, catalog: &Catalog, view: &ProjectionView, prefix: &str) -> AnyView {
    let r = &view.result;
    let tr = move |key| t(lang, key);
    let id = |name: &str| format!("{prefix}-{name}");
    let spd = format!("{} / {}", num(lang, r.spd.round2()), num(lang, catalog.spd_max().round2()));
    let average = secretariat::average_formula(
        lang,
        num(lang, r.maturity_sum.round2()),
        catalog.divisor_min,
        r.n,
        r.divisor,
        num(lang, r.average_maturity.round2()),
    );
    let seats = if r.empty_seats > 0 {
        secretariat::empty_seats(lang, r.empty_seats, catalog.divisor_min)
    } else {
        tr(Key::NoEmptySeats).to_owned()
    };
    let count = if r.yandas_ok {
        secretariat::count_formula(
            lang,
            r.n,
            catalog.count_rule.cap,
            num(lang, catalog.count_rule.factor.round2()),
            num(lang, r.count_score.round2()),
        )
    } else {
        secretariat::count_gated(
            lang,
            num(lang, r.count_score.round2()),
            r.yandas_covered,
            catalog.yandas.affairs.len(),
            catalog.yandas.min_covered,
        )
    };
    let covered: Vec<u8> = catalog
        .yandas
        .affairs
        .iter()
        .copied()
        .filter(|affair| !r.yandas_missing.contains(affair))
        .collect();
    // An empty list reads as a word: "Sudah ada inovasi: belum ada", "Belum ada inovasi: tidak ada".
    let or_word =
        |list: String, word: Key| if list.is_empty() { tr(word).to_owned() } else { list };
    let total =
        format!("{} / {}", num(lang, r.total.round2()), num(lang, catalog.total_max().round2()));
    let what_if = view
        .what_if
        .iter()
        .map(|w| {
            let plain = what_if_message(lang, w.maturity.round2(), w.gain.round2());
            let covering = w.gain_covering_yandas.map(|(affair, gain)| {
                secretariat::what_if_covering(
                    lang,
                    what_if_message(lang, w.maturity.round2(), gain.round2()),
                    affair_list(&[affair]),
                )
            });
            view! {
                <li data-testid=id("what-if")>{plain}</li>
                {covering.map(|text| view! { <li data-testid=id("what-if-yandas")>{text}</li> })}
            }
        })
        .collect_view();
    view! {
        <dl class="figures">
            <dt>{tr(Key::FigSpd)}</dt>
            <dd data-testid=id("spd")>{spd}</dd>
            <dt>{tr(Key::FigReported)}</dt>
            <dd data-testid=id("n")>{r.n}</dd>
            <dt>{tr(Key::FigAverage)}</dt>
            <dd>
                <span data-testid=id("average")>{average}</span>
                <br />
                <span class="hint" data-testid=id("seats")>{seats}</span>
            </dd>
            <dt>{tr(Key::FigCount)}</dt>
            <dd data-testid=id("count")>{count}</dd>
            <dt>{tr(Key::YandasHeading)}</dt>
            <dd>
                {tr(Key::YandasCovered)} " "
                <span data-testid=id("yandas-covered")>{or_word(affair_list(&covered), Key::NoneYet)}</span>
                <br />
                {tr(Key::YandasMissing)} " "
                <span data-testid=id("yandas-missing")>{or_word(affair_list(&r.yandas_missing), Key::NoneMissing)}</span>
            </dd>
            <dt>{tr(Key::FigSid)}</dt>
            <dd data-testid=id("sid")>{num(lang, r.sid.round2())}</dd>
            <dt>{tr(Key::FigTotal)}</dt>
            <dd data-testid=id("total")>{total}</dd>
            <dt>{tr(Key::FigIid)}</dt>
            <dd class="iid" data-testid=id("iid")>{num(lang, r.iid.round2())}</dd>
            <dt>{tr(Key::FigPredicate)}</dt>
            <dd data-testid=id("predicate")>{predicate_label(lang, r.predicate)}</dd>
        </dl>
        <p class="what-if-heading">{tr(Key::WhatIfHeading)}</p>
        <ul class="what-if">{what_if}</ul>
    }
    .into_any()
}

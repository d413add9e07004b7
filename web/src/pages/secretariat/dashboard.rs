//! `/dasbor`: the secretariat's compliance dashboard for its assessment year, straight from
//! core's [`inovda_core::secretariat::dashboard::dashboard`]: the headline "x dari y instansi sudah punya
//! inovasi", units without any grouped by kind, the compliant share, a table per unit
//! (innovations, stages, statuses, kematangan klaim / terverifikasi, last bundle received from
//! `imports`), yandas covered and missing, the digital and stage mixes, evidence per indicator,
//! and the two bar charts drawn from core's chart geometry as inline SVG (shared with the
//! printable recap, see [`super::shared`]); links to the IID projection and the printable recap; below them "Unduh rekap"
//! ([`RecapDownloads`]). Senders whose bundles arrived before they were put on the Daftar
//! instansi are counted and can be added to it after a preview ([`AddSenders`]); while the
//! registry has no active unit the headline says so instead of "0 dari 0".

use inovda_core::model::labels::{agency_kind_label, kind_label, stage_label};
use inovda_core::model::urusan::affair_by_number;
use inovda_core::secretariat::dashboard::Dashboard;
use inovda_core::secretariat::registry::{AgencyCsvPreview, Registry};
use inovda_core::secretariat::text::{dashboard_headline, unlisted_senders_message};
use inovda_core::{Catalog, InnovationKind, Lang, Stage};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::secretariat_only;
use super::shared::{
    AgencyTable, CHART_WIDTH, ChartSvg, KindLegend, YearError, catalog_of, compliant_text,
    load_year, percent, totals_text,
};
use super::{PROJECTION_PATH, RECAP_PRINT_PATH};
use crate::components::header_nav::HeaderNav;
use crate::components::loaded::Loaded;
use crate::components::scroll_table::ScrollTable;
use crate::components::workspace_line::WorkspaceLine;
use crate::error::UserError;
use crate::i18n::{common, secretariat, secretariat::Key, t};
use crate::pages::secretariat::recap::RecapDownloads;
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo, StorageError};

#[component]
pub fn DashboardPage() -> impl IntoView {
    secretariat_only(|profile| view! { <DashboardView profile /> })
}

/// The year's dashboard and its catalog.
/// The year's "layak kirim" line, once a threshold is set: core's gate over the year's data.
type Gate = Option<String>;

async fn load(repo: Repo, year: u16, lang: Lang) -> Result<(Dashboard, Catalog, Gate), YearError> {
    use inovda_core::secretariat::send_gate::{gate_headline, ready_count, send_gate};
    let catalog = catalog_of(year)?;
    let threshold = repo.get_send_threshold(year).await?;
    let data = load_year(repo, &catalog).await?;
    let gate = threshold.map(|threshold| {
        let lines =
            send_gate(&catalog, &data.innovations, &data.verdicts, threshold, platform::today());
        gate_headline(lang, ready_count(&lines), lines.len(), threshold)
    });
    Ok((data.dashboard, catalog, gate))
}

#[component]
fn DashboardView(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || load(state.repo(), year, state.lang.get()));
    // "n instansi ditambahkan" after the senders were added; the dashboard is then rebuilt.
    let added = RwSignal::new(None::<usize>);
    let on_added = Callback::new(move |count: usize| {
        added.set(Some(count));
        loaded.refetch();
    });
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page dashboard wide">
            <WorkspaceLine agency={profile.agency.clone()} region={profile.region.clone()} />
            <h2>{move || secretariat::dashboard_title(state.lang.get(), year)}</h2>
            <nav class="actions" aria-label=move || text(Key::DashboardMoreNav)>
                <a class="button-link" href=PROJECTION_PATH>{move || t(state.lang.get(), crate::i18n::role::Key::ProjectionLink)}</a>
                <a class="button-link" href=RECAP_PRINT_PATH>{move || text(Key::RecapPrintLink)}</a>
                <a class="button-link" href=crate::pages::documents::ANNEX_PATH>
                    {move || t(state.lang.get(), crate::i18n::documents::Key::AnnexLink)}
                </a>
            </nav>
            <p role="status" class="ok" data-testid="senders-added">
                {move || added.get().map(|n| secretariat::senders_added(state.lang.get(), n))}
            </p>
            <Loaded resource=loaded body={move |(dash, catalog, gate): (Dashboard, Catalog, Gate)| {
                let lang = state.lang.get();
                view! { <DashboardBody dash catalog gate lang on_added /> }
            }} />
            <RecapDownloads />
        </main>
    }
}

/// Why the senders could not be added to the registry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum AddSendersError {
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl UserError for AddSendersError {
    fn message(&self, lang: Lang) -> String {
        let detail = match self {
            AddSendersError::Storage(error) => error.message(lang),
        };
        format!("{} {detail}", t(lang, Key::SendersAddFailed))
    }
}

/// One seed per preview for the new units' ids: random bytes, or the clock when the browser
/// gives none (the registry still refuses an id it already holds).
fn id_seed() -> Vec<u8> {
    let mut bytes = [0u8; 16];
    match getrandom::fill(&mut bytes) {
        Ok(()) => bytes.to_vec(),
        Err(_) => platform::now().to_rfc3339().into_bytes(),
    }
}

/// Senders not in the registry: their count, and "add them to the Daftar instansi" with a
/// preview (names, guessed kinds, count) and a confirm button; applied through core's
/// [`Registry::preview_senders`] and [`Registry::apply`], stored in one write.
#[component]
fn AddSenders(senders: Vec<String>, lang: Lang, on_added: Callback<usize>) -> impl IntoView {
    let state = use_app_state();
    let tr = move |key| t(lang, key);
    let preview = RwSignal::new(None::<(Registry, AgencyCsvPreview)>);
    let failure = RwSignal::new(None::<String>);
    let count = senders.len();
    let senders = StoredValue::new(senders);
    let review = move |_| {
        let repo = state.repo();
        failure.set(None);
        spawn_local(async move {
            match repo.get_registry().await {
                Ok(registry) => {
                    let found = senders.with_value(|names| {
                        registry.preview_senders(names.iter().map(String::as_str), &id_seed())
                    });
                    preview.try_set(Some((registry, found)));
                }
                Err(error) => {
                    failure.try_set(Some(AddSendersError::from(error).message(lang)));
                }
            }
        });
    };
    let confirm = move |_| {
        let Some((mut registry, found)) = preview.get_untracked() else { return };
        let repo = state.repo();
        spawn_local(async move {
            registry.apply(&found);
            match repo.put_registry(&registry).await {
                Ok(()) => {
                    preview.try_set(None);
                    on_added.run(found.added.len());
                }
                Err(error) => {
                    failure.try_set(Some(AddSendersError::from(error).message(lang)));
                }
            }
        });
    };
    view! {
        <section class="senders" aria-labelledby="senders-heading">
            <h3 id="senders-heading">{tr(Key::SendersHeading)}</h3>
            <p data-testid="unlisted-senders">{unlisted_senders_message(lang, count)}</p>
            {move || match preview.get() {
                None => view! {
                    <button type="button" on:click=review>{tr(Key::SendersReview)}</button>
                }.into_any(),
                Some((_, found)) => {
                    let n = found.added.len();
                    let items = found.added.iter().map(|unit| view! {
                        <li>
                            <span class="name">{unit.name.clone()}</span>
                            " — "
                            <span class="kind">{agency_kind_label(lang, unit.kind)}</span>
                        </li>
                    }).collect_view();
                    view! {
                        <p>{tr(Key::SendersPreviewIntro)}</p>
                        <ul class="senders-preview" data-testid="senders-preview">{items}</ul>
                        <div class="actions">
                            <button type="button" class="primary" on:click=confirm>
                                {secretariat::add_senders_button(lang, n)}
                            </button>
                            <button type="button" on:click=move |_| preview.set(None)>
                                {tr(Key::CancelButton)}
                            </button>
                        </div>
                    }.into_any()
                }
            }}
            {move || failure.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
        </section>
    }
}

#[component]
fn DashboardBody(
    dash: Dashboard,
    catalog: Catalog,
    gate: Gate,
    lang: Lang,
    on_added: Callback<usize>,
) -> impl IntoView {
    let tr = move |key| t(lang, key);
    let compliant = compliant_text(lang, &dash);
    let totals = totals_text(lang, &dash);
    let senders: Vec<String> = dash.unlisted_senders().into_iter().map(str::to_owned).collect();
    let add_senders = (!senders.is_empty()).then(|| view! { <AddSenders senders lang on_added /> });
    let without = if dash.active_agencies == 0 {
        view! { <p>{tr(Key::RegistryEmptyNote)}</p> }.into_any()
    } else if dash.all_have_innovation() {
        view! { <p>{tr(Key::AllHaveInnovation)}</p> }.into_any()
    } else {
        view! {
            <dl class="without">
                {dash.without_by_kind.iter().map(|(kind, names)| view! {
                    <dt>{agency_kind_label(lang, *kind)} " (" {names.len()} ")"</dt>
                    <dd>{names.join(", ")}</dd>
                }).collect_view()}
            </dl>
        }
        .into_any()
    };
    let affair = |number: &u8| {
        let name = affair_by_number(*number).map(|a| a.name).unwrap_or_default();
        view! { <li>{format!("{number}. {name}")}</li> }
    };
    // An empty list still says so: "Sudah ada inovasi: belum ada".
    let affairs = |label: Key, numbers: &[u8], none: Key, id: &'static str| {
        if numbers.is_empty() {
            view! { <p data-testid=id>{tr(label)} " " {tr(none)}</p> }.into_any()
        } else {
            let items = numbers.iter().map(affair).collect_view();
            view! { <p>{tr(label)}</p> <ul data-testid=id>{items}</ul> }.into_any()
        }
    };
    let covered = affairs(Key::YandasCovered, &dash.yandas_covered, Key::NoneYet, "yandas-covered");
    let missing =
        affairs(Key::YandasMissing, &dash.yandas_missing, Key::NoneMissing, "yandas-missing");
    let kind_chart = dash.kind_chart(lang, CHART_WIDTH);
    let kind_chart_view = if dash.per_kind.is_empty() {
        view! { <p class="hint">{tr(Key::KindChartEmpty)}</p> }.into_any()
    } else {
        view! {
            <ChartSvg chart=kind_chart title=tr(Key::KindChartTitle) id="kind-chart" />
            <KindLegend lang />
        }
        .into_any()
    };
    let stage_chart = dash.stage_chart(lang, CHART_WIDTH);
    let evidence = catalog
        .sid
        .iter()
        .zip(dash.evidence.iter())
        .map(|(row, found)| {
            view! {
                <tr>
                    <th scope="row">{format!("{}{} {}", row.number, row.sub, row.name)}</th>
                    <td class="num">{found.answered}</td>
                    <td class="num">{found.with_evidence}</td>
                    <td class="num">{found.share().map_or_else(
                        || tr(Key::NotAnswered).to_owned(),
                        |share| format!("{} %", percent(lang, share)),
                    )}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="headline-figures">
            <p class="headline figure" data-testid="headline">{dashboard_headline(lang, &dash)}</p>
            {compliant.map(|text| view! { <p class="figure" data-testid="compliant-share">{text}</p> })}
            <p class="figure">{totals}</p>
            {gate.map(|line| view! {
                <p class="figure" data-testid="dashboard-send-gate"><a href="/serahkan">{line}</a></p>
            })}
        </div>
        {add_senders}

        <div class="pair">
            <section aria-labelledby="without-heading">
                <h3 id="without-heading">{tr(Key::WithoutHeading)}</h3>
                {without}
            </section>

            <section aria-labelledby="kind-chart-heading">
                <h3 id="kind-chart-heading">{tr(Key::KindChartTitle)}</h3>
                {kind_chart_view}
            </section>
        </div>

        <section aria-labelledby="per-agency-heading">
            <h3 id="per-agency-heading">{tr(Key::PerAgencyHeading)}</h3>
            <AgencyTable lines=dash.agencies.clone() lang paged=true />
        </section>

        <div class="trio">
            <section aria-labelledby="yandas-heading">
                <h3 id="yandas-heading">{tr(Key::YandasHeading)}</h3>
                {covered}
                {missing}
            </section>

            <section aria-labelledby="digital-heading">
                <h3 id="digital-heading">{tr(Key::DigitalHeading)}</h3>
                <ul data-testid="digital-mix">
                    <li>{kind_label(lang, InnovationKind::Digital)} ": " {dash.digital}</li>
                    <li>{kind_label(lang, InnovationKind::NonDigital)} ": " {dash.non_digital}</li>
                    <li>{tr(Key::KindNotChosen)} ": " {dash.kind_unknown}</li>
                </ul>
            </section>

            <section aria-labelledby="stage-heading">
                <h3 id="stage-heading">{tr(Key::StageHeading)}</h3>
                <ChartSvg chart=stage_chart title=tr(Key::StageChartTitle) id="stage-chart" />
                <ul data-testid="stage-mix">
                    <li>{stage_label(lang, Stage::Initiative)} ": " {dash.by_stage.initiative}</li>
                    <li>{stage_label(lang, Stage::Trial)} ": " {dash.by_stage.trial}</li>
                    <li>{stage_label(lang, Stage::Implementation)} ": " {dash.by_stage.implementation}</li>
                    <li>{tr(Key::KindNotChosen)} ": " {dash.by_stage.none}</li>
                </ul>
            </section>
        </div>

        <section aria-labelledby="evidence-heading">
            <h3 id="evidence-heading">{tr(Key::EvidenceHeading)}</h3>
            <ScrollTable labelled_by="evidence-heading".to_owned() class="evidence" columns=vec![
                t(lang, common::Key::ColIndicator).to_owned(),
                tr(Key::ColAnswered).to_owned(),
                tr(Key::ColWithEvidence).to_owned(),
                tr(Key::ColShare).to_owned(),
            ]>{evidence}</ScrollTable>
        </section>
    }
}

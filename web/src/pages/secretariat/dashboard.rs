//! `/dasbor`: the secretariat's compliance dashboard for its assessment year, straight from
//! core's [`dashboard`]: the headline "x dari y instansi sudah punya inovasi", units without
//! any grouped by kind, the compliant share, a table per unit (innovations, stages, statuses,
//! kematangan klaim / terverifikasi, last bundle received from `imports`), yandas covered and
//! missing, the digital and stage mixes, evidence per indicator, and the two bar charts drawn
//! from core's chart geometry as inline SVG; below them "Unduh rekap" ([`RecapDownloads`]).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use inovda_core::chart::BarChart;
use inovda_core::dashboard::{AgencyLine, Dashboard, DashboardInput, dashboard};
use inovda_core::decimal::Ratio;
use inovda_core::messages::{
    agency_kind_label, compliance_headline, format_number, format_timestamp_long, kind_label,
    stage_label, status_label,
};
use inovda_core::urusan::affair_by_number;
use inovda_core::{Catalog, Innovation, InnovationKind, Lang, Stage, Status};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::header_nav::HeaderNav;
use crate::i18n::{Key, t};
use crate::pages::not_found::NotFoundPage;
use crate::pages::secretariat::recap::RecapDownloads;
use crate::platform;
use crate::state::{ProfileState, use_app_state};
use crate::storage::{ProfileDto, StorageError};

/// The mandate: "satu instansi satu inovasi".
const MIN_PER_AGENCY: u32 = 1;
/// Width of the charts in SVG units: a phone's width, scaled to the column.
const CHART_WIDTH: f64 = 360.0;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let state = use_app_state();
    move || match state.profile.get() {
        ProfileState::Ready(profile) if profile.is_secretariat() => {
            view! { <DashboardView profile /> }.into_any()
        }
        ProfileState::Loading => {
            view! { <p class="loading">{t(state.lang.get(), Key::Loading)}</p> }.into_any()
        }
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

async fn build(repo: crate::storage::Repo, catalog: Catalog) -> Result<Dashboard, StorageError> {
    let registry = repo.get_registry().await?;
    let records = repo.list_innovations().await?;
    let innovations: Vec<Innovation> = records.iter().filter_map(|r| r.to_domain().ok()).collect();
    let verdicts = repo.list_verdicts().await?;
    let mut last_bundles: BTreeMap<String, DateTime<Utc>> = BTreeMap::new();
    for log in repo.list_imports().await? {
        if let Ok(at) = DateTime::parse_from_rfc3339(&log.received_at) {
            let at = at.with_timezone(&Utc);
            let entry = last_bundles.entry(log.agency).or_insert(at);
            if at > *entry {
                *entry = at;
            }
        }
    }
    Ok(dashboard(DashboardInput {
        catalog: &catalog,
        registry: &registry,
        innovations: &innovations,
        verdicts: &verdicts,
        last_bundles: &last_bundles,
        min_per_agency: MIN_PER_AGENCY,
    }))
}

fn percent(lang: Lang, share: Ratio) -> String {
    format_number(lang, share.times(Ratio::integer(100)).round2())
}

fn maturity(lang: Lang, value: Option<Ratio>) -> String {
    value.map_or_else(|| t(lang, Key::NoValue).to_owned(), |v| format_number(lang, v.round2()))
}

#[component]
fn DashboardView(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let catalog = Catalog::builtin(year).ok();
    let loaded = RwSignal::new(None::<Result<(Dashboard, Catalog), String>>);
    let repo = state.repo();
    spawn_local(async move {
        let result = match catalog {
            Some(catalog) => build(repo, catalog.clone())
                .await
                .map(|dash| (dash, catalog))
                .map_err(|error| error.to_string()),
            None => Err(t(state.lang.get_untracked(), Key::NoCatalogForYear).to_owned()),
        };
        loaded.try_set(Some(result));
    });
    view! {
        <header class="bar">
            <a class="back" href="/">{move || text(Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page dashboard">
            <p class="workspace">
                <span class="agency">{profile.agency.clone()}</span>
                " · "
                <span class="region">{profile.region.clone()}</span>
            </p>
            <h2>{move || text(Key::DashboardTitle).replace("{year}", &year.to_string())}</h2>
            {move || match loaded.get() {
                None => view! { <p class="loading">{text(Key::Loading)}</p> }.into_any(),
                Some(Err(error)) => view! {
                    <p class="error" role="alert">{text(Key::StorageFailed)} " " {error}</p>
                }.into_any(),
                Some(Ok((dash, catalog))) => {
                    let lang = state.lang.get();
                    view! { <DashboardBody dash catalog lang /> }.into_any()
                }
            }}
            <RecapDownloads />
        </main>
    }
}

#[component]
fn DashboardBody(dash: Dashboard, catalog: Catalog, lang: Lang) -> impl IntoView {
    let tr = move |key| t(lang, key);
    let compliant = tr(Key::CompliantShare)
        .replace("{min}", &MIN_PER_AGENCY.to_string())
        .replace("{n}", &dash.compliant_agencies.to_string())
        .replace("{y}", &dash.active_agencies.to_string())
        .replace("{pct}", &percent(lang, dash.compliant_share));
    let totals = tr(Key::InnovationsTotal)
        .replace("{n}", &dash.innovations.to_string())
        .replace("{s}", &dash.entered_by_secretariat.to_string());
    let without = if dash.without_by_kind.is_empty() {
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
    let covered = dash.yandas_covered.iter().map(affair).collect_view();
    let missing = dash.yandas_missing.iter().map(affair).collect_view();
    let kind_chart = dash.kind_chart(lang, CHART_WIDTH);
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
                    <td class="num">{format!("{} %", percent(lang, found.share()))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="headline" data-testid="headline">
            {compliance_headline(lang, dash.with_innovation, dash.active_agencies)}
        </p>
        <p data-testid="compliant-share">{compliant}</p>
        <p>{totals}</p>

        <section aria-labelledby="without-heading">
            <h3 id="without-heading">{tr(Key::WithoutHeading)}</h3>
            {without}
        </section>

        <section aria-labelledby="kind-chart-heading">
            <h3 id="kind-chart-heading">{tr(Key::KindChartTitle)}</h3>
            <ChartSvg chart=kind_chart title=tr(Key::KindChartTitle) id="kind-chart" />
            <ul class="legend">
                <li><span class="swatch series-0"></span>{tr(Key::LegendWith)}</li>
                <li><span class="swatch series-1"></span>{tr(Key::LegendWithout)}</li>
            </ul>
        </section>

        <section aria-labelledby="per-agency-heading">
            <h3 id="per-agency-heading">{tr(Key::PerAgencyHeading)}</h3>
            <AgencyTable lines=dash.agencies.clone() lang />
        </section>

        <section aria-labelledby="yandas-heading">
            <h3 id="yandas-heading">{tr(Key::YandasHeading)}</h3>
            <p>{tr(Key::YandasCovered)}</p>
            <ul data-testid="yandas-covered">{covered}</ul>
            <p>{tr(Key::YandasMissing)}</p>
            <ul data-testid="yandas-missing">{missing}</ul>
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

        <section aria-labelledby="evidence-heading">
            <h3 id="evidence-heading">{tr(Key::EvidenceHeading)}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="evidence-heading">
                <table class="evidence">
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::ColIndicator)}</th>
                            <th scope="col">{tr(Key::ColAnswered)}</th>
                            <th scope="col">{tr(Key::ColWithEvidence)}</th>
                            <th scope="col">{tr(Key::ColShare)}</th>
                        </tr>
                    </thead>
                    <tbody>{evidence}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The per-unit table, in a region that scrolls sideways on a phone (the page does not).
#[component]
fn AgencyTable(lines: Vec<AgencyLine>, lang: Lang) -> impl IntoView {
    let tr = move |key| t(lang, key);
    let offset = platform::local_offset_minutes();
    let rows = lines
        .into_iter()
        .map(|line| {
            let kind = line.kind.map_or_else(
                || tr(Key::NotInRegistry).to_owned(),
                |kind| agency_kind_label(lang, kind).to_owned(),
            );
            let last = line.last_bundle.map_or_else(
                || tr(Key::NoValue).to_owned(),
                |at| format_timestamp_long(lang, at, offset),
            );
            let s = line.by_stage;
            let st = line.by_status;
            view! {
                <tr class:inactive=!line.active>
                    <th scope="row">{line.name.clone()}</th>
                    <td>{kind}</td>
                    <td class="num">{line.total}</td>
                    <td class="num">{line.reported}</td>
                    <td>{tr(if line.compliant { Key::YesLabel } else { Key::NotYetLabel })}</td>
                    <td class="num">{s.initiative}</td>
                    <td class="num">{s.trial}</td>
                    <td class="num">{s.implementation}</td>
                    <td class="num">{st.draft}</td>
                    <td class="num">{st.submitted}</td>
                    <td class="num">{st.needs_revision}</td>
                    <td class="num">{st.verified}</td>
                    <td class="num">{st.rejected}</td>
                    <td class="num">{maturity(lang, line.average_claimed)}</td>
                    <td class="num">{maturity(lang, line.average_verified)}</td>
                    <td>{last}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="hint" id="per-agency-hint">{tr(Key::TableScrollHint)}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="per-agency-heading"
            aria-describedby="per-agency-hint">
            <table class="per-agency" data-testid="per-agency">
                <thead>
                    <tr>
                        <th scope="col">{tr(Key::ColAgency)}</th>
                        <th scope="col">{tr(Key::ColKind)}</th>
                        <th scope="col">{tr(Key::ColInnovations)}</th>
                        <th scope="col">{tr(Key::ColReported)}</th>
                        <th scope="col">{tr(Key::ColCompliant)}</th>
                        <th scope="col">{stage_label(lang, Stage::Initiative)}</th>
                        <th scope="col">{stage_label(lang, Stage::Trial)}</th>
                        <th scope="col">{stage_label(lang, Stage::Implementation)}</th>
                        {Status::ALL.into_iter().map(|s| view! { <th scope="col">{status_label(lang, s)}</th> }).collect_view()}
                        <th scope="col">{tr(Key::ColMaturityClaimed)}</th>
                        <th scope="col">{tr(Key::ColMaturityVerified)}</th>
                        <th scope="col">{tr(Key::ColLastBundle)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A bar chart from core's geometry as inline SVG: a `<title>`, grid lines with tick labels,
/// the bars (each with its own `<title>`), row labels and values. Scales to the column width.
#[component]
fn ChartSvg(chart: BarChart, title: &'static str, id: &'static str) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let view_box = format!("0 0 {} {}", chart.width, chart.height);
    let axis_y = chart.axis_y;
    let ticks = chart
        .ticks
        .iter()
        .map(|tick| {
            view! {
                <line x1=tick.x y1=0.0 x2=tick.x y2=axis_y class="grid" />
                <text x=tick.x y=axis_y + 14.0 text-anchor="middle">{tick.value}</text>
            }
        })
        .collect_view();
    let bars = chart
        .bars
        .iter()
        .map(|bar| {
            view! {
                <rect class=format!("series-{}", bar.series) x=bar.x y=bar.y width=bar.width height=bar.height>
                    <title>{format!("{}: {}", bar.label, bar.value)}</title>
                </rect>
            }
        })
        .collect_view();
    let rows = chart
        .rows
        .iter()
        .map(|row| {
            view! {
                <text x=row.x y=row.y text-anchor="end" dominant-baseline="middle">{row.text.clone()}</text>
                <text x=row.value_x y=row.y dominant-baseline="middle">{row.value}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" data-testid=id viewBox=view_box role="img" aria-labelledby=labelled_by
            font-size="12" xmlns="http://www.w3.org/2000/svg">
            <title id=title_id>{title}</title>
            {ticks}
            {bars}
            {rows}
        </svg>
    }
}

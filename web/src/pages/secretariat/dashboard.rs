//! `/dasbor`: the secretariat's compliance dashboard for its assessment year, straight from
//! core's [`inovda_core::secretariat::dashboard::dashboard`]: the headline "x dari y instansi sudah punya
//! inovasi", units without any grouped by kind, the compliant share, a table per unit
//! (innovations, stages, statuses, kematangan klaim / terverifikasi, last bundle received from
//! `imports`), yandas covered and missing, the digital and stage mixes, evidence per indicator,
//! and the two bar charts drawn from core's chart geometry as inline SVG (shared with the
//! printable recap, see [`super::shared`]); links to the IID projection and the printable recap; below them "Unduh rekap"
//! ([`RecapDownloads`]).

use inovda_core::model::labels::{agency_kind_label, kind_label, stage_label};
use inovda_core::model::urusan::affair_by_number;
use inovda_core::secretariat::dashboard::Dashboard;
use inovda_core::secretariat::text::compliance_headline;
use inovda_core::{Catalog, InnovationKind, Lang, Stage};
use leptos::prelude::*;

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
use crate::i18n::{common, secretariat, secretariat::Key, t};
use crate::pages::secretariat::recap::RecapDownloads;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo};

#[component]
pub fn DashboardPage() -> impl IntoView {
    secretariat_only(|profile| view! { <DashboardView profile /> })
}

/// The year's dashboard and its catalog.
async fn load(repo: Repo, year: u16) -> Result<(Dashboard, Catalog), YearError> {
    let catalog = catalog_of(year)?;
    Ok((load_year(repo, &catalog).await?.dashboard, catalog))
}

#[component]
fn DashboardView(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || load(state.repo(), year));
    view! {
        <header class="bar">
            <a class="back" href="/">{move || t(state.lang.get(), common::Key::BackToList)}</a>
            <HeaderNav />
        </header>
        <main class="page dashboard">
            <WorkspaceLine agency={profile.agency.clone()} region={profile.region.clone()} />
            <h2>{move || secretariat::dashboard_title(state.lang.get(), year)}</h2>
            <nav class="actions" aria-label=move || text(Key::DashboardMoreNav)>
                <a class="button-link" href=PROJECTION_PATH>{move || text(Key::ProjectionLink)}</a>
                <a class="button-link" href=RECAP_PRINT_PATH>{move || text(Key::RecapPrintLink)}</a>
            </nav>
            <Loaded resource=loaded body={move |(dash, catalog): (Dashboard, Catalog)| {
                let lang = state.lang.get();
                view! { <DashboardBody dash catalog lang /> }
            }} />
            <RecapDownloads />
        </main>
    }
}

#[component]
fn DashboardBody(dash: Dashboard, catalog: Catalog, lang: Lang) -> impl IntoView {
    let tr = move |key| t(lang, key);
    let compliant = compliant_text(lang, &dash);
    let totals = totals_text(lang, &dash);
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
            <KindLegend lang />
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
            <ScrollTable labelled_by="evidence-heading".to_owned() class="evidence" columns=vec![
                t(lang, common::Key::ColIndicator).to_owned(),
                tr(Key::ColAnswered).to_owned(),
                tr(Key::ColWithEvidence).to_owned(),
                tr(Key::ColShare).to_owned(),
            ]>{evidence}</ScrollTable>
        </section>
    }
}

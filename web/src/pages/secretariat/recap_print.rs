//! `/rekap/cetak`: the secretariat's recap of its assessment year on one A4 page flow, for the
//! browser's print or "save as PDF": the headline figures ("x dari y instansi sudah punya
//! inovasi", the compliant share, the IID projection klaim / terverifikasi with its predicate),
//! the dashboard's two SVG charts and the per-unit table (components shared with `/dasbor`).
//! "Cetak" calls `window.print()`; the print style sheet hides the links and buttons.

use inovda_core::base::decimal::{Hundredths, Points};
use inovda_core::base::format::{format_date_long, format_number};
use inovda_core::rules::scoring::IidResult;
use inovda_core::rules::scoring::predicate_label;
use inovda_core::secretariat::dashboard::Dashboard;
use inovda_core::secretariat::projection::{
    Projection, SpdAnswers, project, spd_score, spd_unanswered,
};
use inovda_core::secretariat::text::dashboard_headline;
use inovda_core::{Catalog, Lang};
use leptos::prelude::*;

use super::projection::WHAT_IF_DEFAULT;
use super::secretariat_only;
use super::shared::{
    AgencyTable, CHART_WIDTH, ChartSvg, KindLegend, YearError, compliant_text, load_year_with_spd,
    totals_text,
};
use super::{DASHBOARD_PATH, PROJECTION_PATH};
use crate::components::loaded::Loaded;
use crate::components::print_actions::PrintActions;
use crate::i18n::{secretariat, secretariat::Key, t};
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo};

#[component]
pub fn RecapPrintPage() -> impl IntoView {
    secretariat_only(|profile| view! { <RecapPrint profile /> })
}

/// Everything the recap shows, computed by core once the data is read.
#[derive(Debug, Clone)]
struct Recap {
    catalog: Catalog,
    dash: Dashboard,
    spd: SpdAnswers,
    projection: Projection,
}

/// The year's data and core's projection over it (one more innovation at the default kematangan).
async fn load(repo: Repo, year: u16) -> Result<Recap, YearError> {
    let (catalog, data, spd) = load_year_with_spd(repo, year).await?;
    let spd_points = spd_score(&catalog, &spd).unwrap_or(Points::ZERO);
    let what_if = [Points::whole(WHAT_IF_DEFAULT)];
    let projection = project(&catalog, spd_points, &data.innovations, &data.verdicts, &what_if);
    Ok(Recap { catalog, dash: data.dashboard, spd, projection })
}

#[component]
fn RecapPrint(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || load(state.repo(), year));
    let printed_on = platform::today();
    view! {
        <PrintActions back=DASHBOARD_PATH.to_owned() back_label=Key::BackToDashboard />
        <main class="page recap-print">
            <h1>{move || secretariat::recap_title(state.lang.get(), year)}</h1>
            <p class="muted">
                {format!("{} · {}", profile.agency, profile.region)}
                " · "
                {move || secretariat::recap_printed_on(state.lang.get(), format_date_long(state.lang.get(), printed_on))}
            </p>
            <Loaded resource=loaded body={move |recap: Recap| {
                let lang = state.lang.get();
                view! { <RecapBody recap lang /> }
            }} />
        </main>
    }
}

fn num(lang: Lang, value: Hundredths) -> String {
    format_number(lang, value)
}

#[component]
fn RecapBody(recap: Recap, lang: Lang) -> impl IntoView {
    let tr = move |key| t(lang, key);
    let Recap { catalog, dash, spd, projection } = recap;
    let answered = catalog.spd.len() - spd_unanswered(&catalog, &spd).len();
    let spd_note = match spd_score(&catalog, &spd) {
        Ok(_) => format!("{}.", secretariat::spd_answered_count(lang, answered, catalog.spd.len())),
        Err(_) => tr(Key::RecapSpdProblems).to_owned(),
    };
    let (c, v) = (&projection.claimed.result, &projection.verified.result);
    let row = |label: Key, pick: &dyn Fn(&IidResult) -> String, id: &'static str| {
        view! {
            <tr data-testid=id>
                <th scope="row">{tr(label)}</th>
                <td class="num">{pick(c)}</td>
                <td class="num">{pick(v)}</td>
            </tr>
        }
    };
    let rows = view! {
        {row(Key::FigSpd, &|r| num(lang, r.spd.round2()), "recap-spd")}
        {row(Key::FigReported, &|r| r.n.to_string(), "recap-n")}
        {row(Key::FigAverage, &|r| num(lang, r.average_maturity.round2()), "recap-average")}
        {row(Key::FigCount, &|r| num(lang, r.count_score.round2()), "recap-count")}
        {row(Key::FigTotal, &|r| num(lang, r.total.round2()), "recap-total")}
        {row(Key::FigIid, &|r| num(lang, r.iid.round2()), "recap-iid")}
        {row(Key::FigPredicate, &|r| predicate_label(lang, r.predicate).to_owned(), "recap-predicate")}
    };
    let kind_chart = dash.kind_chart(lang, CHART_WIDTH);
    let stage_chart = dash.stage_chart(lang, CHART_WIDTH);
    view! {
        <section aria-labelledby="recap-headline-heading" class="recap-headline">
            <h2 id="recap-headline-heading">{tr(Key::RecapHeadlineHeading)}</h2>
            <p class="headline" data-testid="headline">
                {dashboard_headline(lang, &dash)}
            </p>
            {compliant_text(lang, &dash).map(|text| view! { <p data-testid="compliant-share">{text}</p> })}
            <p>{totals_text(lang, &dash)}</p>
        </section>

        <section aria-labelledby="recap-projection-heading" class="recap-projection">
            <h2 id="recap-projection-heading">{tr(Key::RecapProjectionHeading)}</h2>
            <table class="recap-figures" data-testid="recap-projection">
                <thead>
                    <tr>
                        <th scope="col">{tr(Key::ColFigure)}</th>
                        <th scope="col">{tr(Key::ClaimedTitle)}</th>
                        <th scope="col">{tr(Key::VerifiedTitle)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="hint">
                {spd_note} " "
                {secretariat::verified_hint(lang, projection.verified.unreviewed)}
                " "
                <a class="screen-only" href=PROJECTION_PATH>{t(lang, crate::i18n::role::Key::ProjectionLink)}</a>
            </p>
        </section>

        <section aria-labelledby="kind-chart-heading" class="recap-chart">
            <h2 id="kind-chart-heading">{tr(Key::KindChartTitle)}</h2>
            <ChartSvg chart=kind_chart title=tr(Key::KindChartTitle) id="kind-chart" />
            <KindLegend lang />
        </section>

        <section aria-labelledby="stage-chart-heading" class="recap-chart">
            <h2 id="stage-chart-heading">{tr(Key::StageChartTitle)}</h2>
            <ChartSvg chart=stage_chart title=tr(Key::StageChartTitle) id="stage-chart" />
        </section>

        <section aria-labelledby="per-agency-heading" class="recap-agencies">
            <h2 id="per-agency-heading">{tr(Key::PerAgencyHeading)}</h2>
            <AgencyTable lines=dash.agencies.clone() lang />
        </section>
    }
}

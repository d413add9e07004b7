//! Pieces the secretariat's dashboard, IID projection and printable recap share: loading the
//! year's data from storage, the headline texts, the per-unit table and the SVG bar charts
//! (core's [`BarChart`] geometry drawn inline).

use inovda_core::base::chart::BarChart;
use inovda_core::base::decimal::Ratio;
use inovda_core::base::format::format_number;
use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::secretariat::columns::SCREEN_COLUMNS;
use inovda_core::secretariat::dashboard::{
    AgencyLine, Dashboard, DashboardInput, dashboard, last_bundles,
};
use inovda_core::secretariat::projection::SpdAnswers;
use inovda_core::{Catalog, Innovation, Lang};
use leptos::prelude::*;

use crate::components::more_rows::{MoreRows, PAGE};
use crate::components::scroll_table::ScrollTable;
use crate::error::{Examples, UserError, chain};
use crate::i18n::{secretariat, secretariat::Key, t};
use crate::platform;
use crate::storage::{Repo, StorageError, YearInputs};

/// The mandate: "satu instansi satu inovasi".
pub const MIN_PER_AGENCY: u32 = 1;
/// Width of the charts in SVG units: a phone's width, scaled to the column.
pub const CHART_WIDTH: f64 = 360.0;

/// The year's data as stored: every readable innovation, the verdicts, and core's dashboard over
/// them with the registry and the last bundle per sender.
#[derive(Debug, Clone)]
pub struct YearData {
    pub innovations: Vec<Innovation>,
    pub verdicts: Vec<VerdictRecord>,
    pub dashboard: Dashboard,
}

/// Why the year's data cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YearError {
    #[error("no catalog for the assessment year {0}")]
    NoCatalog(u16),
    /// The stored SPD answers cannot be read.
    #[error("the SPD answers cannot be read: {0}")]
    Spd(StorageError),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl UserError for YearError {
    fn message(&self, lang: Lang) -> String {
        match self {
            YearError::NoCatalog(_) => t(lang, Key::NoCatalogForYear).to_owned(),
            YearError::Spd(error) => {
                format!("{} {}", t(lang, Key::SpdUnreadable), error.message(lang))
            }
            YearError::Storage(error) => error.message(lang),
        }
    }
}

impl Examples for YearError {
    fn examples() -> Vec<Self> {
        chain(YearError::NoCatalog(2030), |error| match error {
            YearError::NoCatalog(_) => Some(YearError::Spd(StorageError::Corrupt("x".into()))),
            YearError::Spd(_) => Some(YearError::Storage(StorageError::Unavailable)),
            YearError::Storage(_) => None,
        })
    }
}

/// The catalog of `year`, or why there is none.
pub fn catalog_of(year: u16) -> Result<Catalog, YearError> {
    Catalog::builtin(year).map_err(|_| YearError::NoCatalog(year))
}

/// The year's catalog, data and stored SPD answers (the projection and the printable recap).
pub async fn load_year_with_spd(
    repo: Repo,
    year: u16,
) -> Result<(Catalog, YearData, SpdAnswers), YearError> {
    let catalog = catalog_of(year)?;
    let spd = repo.get_spd(year).await.map_err(YearError::Spd)?;
    let data = load_year(repo, &catalog).await?;
    Ok((catalog, data, spd))
}

/// Reads the registry, the innovations, the verdicts and the import log and builds the dashboard.
pub async fn load_year(repo: Repo, catalog: &Catalog) -> Result<YearData, StorageError> {
    let YearInputs { registry, records, verdicts, imports } = repo.year_inputs().await?;
    let innovations: Vec<Innovation> = records.iter().filter_map(|r| r.to_domain().ok()).collect();
    let last_bundles = last_bundles(&imports);
    let dashboard = dashboard(DashboardInput {
        catalog,
        registry: &registry,
        innovations: &innovations,
        verdicts: &verdicts,
        last_bundles: &last_bundles,
        min_per_agency: MIN_PER_AGENCY,
    });
    Ok(YearData { innovations, verdicts, dashboard })
}

/// A share as a percentage with two decimals ("66,67").
pub fn percent(lang: Lang, share: Ratio) -> String {
    format_number(lang, share.times(Ratio::integer(100)).round2())
}

/// "Patuh (paling sedikit 1 inovasi dilaporkan): x dari y instansi (p %)."; nothing while the
/// registry has no active unit (a share of nobody says nothing).
pub fn compliant_text(lang: Lang, dash: &Dashboard) -> Option<String> {
    (dash.active_agencies > 0).then(|| {
        secretariat::compliant_share(
            lang,
            MIN_PER_AGENCY,
            dash.compliant_agencies,
            dash.active_agencies,
            percent(lang, dash.compliant_share),
        )
    })
}

/// "n inovasi tahun ini, s dientri sekretariat."
pub fn totals_text(lang: Lang, dash: &Dashboard) -> String {
    secretariat::innovations_total(lang, dash.innovations, dash.entered_by_secretariat)
}

/// The legend of the chart of units per kind.
#[component]
pub fn KindLegend(lang: Lang) -> impl IntoView {
    view! {
        <ul class="legend">
            <li><span class="swatch series-0"></span>{t(lang, Key::LegendWith)}</li>
            <li><span class="swatch series-1"></span>{t(lang, Key::LegendWithout)}</li>
        </ul>
    }
}

/// The per-unit table with core's columns ([`SCREEN_COLUMNS`]: the Rekap Instansi sheet has the
/// same headings and values), times in the device's zone, named. On a wide screen it fits
/// whole; on a phone its region scrolls sideways with the unit's name kept in view. With
/// `paged` (the screen) the rows are drawn [`PAGE`] at a time; without it (print) all of them.
#[component]
pub fn AgencyTable(
    lines: Vec<AgencyLine>,
    lang: Lang,
    #[prop(optional)] paged: bool,
) -> impl IntoView {
    let limit = RwSignal::new(if paged { PAGE } else { usize::MAX });
    let lines = StoredValue::new(lines);
    move || {
        let total = lines.with_value(Vec::len);
        let drawn = total.min(limit.get());
        let shown = lines.with_value(|all| all[..drawn].to_vec());
        view! {
            <AgencyRows lines=shown lang />
            <MoreRows drawn total limit what=("instansi", "units") />
        }
    }
}

/// The rows of [`AgencyTable`] in their scrolling table.
#[component]
fn AgencyRows(lines: Vec<AgencyLine>, lang: Lang) -> impl IntoView {
    let tr = move |key| t(lang, key);
    let zone = platform::zone();
    let rows = lines
        .into_iter()
        .map(|line| {
            let cells = SCREEN_COLUMNS
                .iter()
                .skip(1)
                .map(|column| {
                    let value = column.value(lang, zone, &line).text(lang);
                    view! { <td class:num=column.is_numeric()>{value}</td> }
                })
                .collect_view();
            view! {
                <tr class:inactive=!line.active>
                    <th scope="row">{line.name.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let columns: Vec<String> =
        SCREEN_COLUMNS.iter().map(|column| column.heading(lang).to_owned()).collect();
    view! {
        <p class="hint narrow-only" id="per-agency-hint">{tr(Key::TableScrollHint)}</p>
        <ScrollTable labelled_by="per-agency-heading".to_owned() class="per-agency"
            described_by="per-agency-hint" testid="per-agency" columns=columns>{rows}</ScrollTable>
    }
}

/// A bar chart from core's geometry as inline SVG: a `<title>`, grid lines with tick labels,
/// the bars (each with its own `<title>`), row labels and values. Scales to the column width.
#[component]
pub fn ChartSvg(chart: BarChart, title: &'static str, id: &'static str) -> impl IntoView {
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

//! `/inovasi/:id/cetak`: a clean A4 view of one innovation (all fields and the indicator table)
//! for the browser's print or "save as PDF".

use inovda_core::base::format::{format_date_long, format_points, format_score};
use inovda_core::model::labels::{
    form_label, initiator_label, kind_label, stage_label, status_label,
};
use inovda_core::model::urusan::affair_by_number;
use inovda_core::rules::scoring::{View, maturity};
use inovda_core::rules::validation::field_label;
use inovda_core::{Catalog, EvidenceFile, FieldPath, Innovation, Lang, Level};
use leptos::prelude::*;

use crate::components::loaded::{Loaded, or_not_found};
use crate::components::print_actions::PrintActions;
use crate::i18n::{common::Key, editor, t};
use crate::pages::innovation_of;
use crate::pages::route_id;
use crate::state::use_app_state;

fn affair_name(number: u8) -> String {
    affair_by_number(number)
        .map(|a| format!("{}. {}", a.number, a.name))
        .unwrap_or_else(|| number.to_string())
}

fn files_text(files: &[EvidenceFile]) -> String {
    files.iter().map(|f| f.file_name.clone()).collect::<Vec<_>>().join(", ")
}

/// The profile as (label, value) rows in the national form's order.
pub(crate) fn profile_rows(
    lang: Lang,
    d: &Innovation,
    catalog: Option<&Catalog>,
) -> Vec<(String, String)> {
    let date = |value: Option<chrono::NaiveDate>| {
        value.map(|v| format_date_long(lang, v)).unwrap_or_default()
    };
    let file = |value: &Option<EvidenceFile>| {
        value.as_ref().map(|f| f.file_name.clone()).unwrap_or_default()
    };
    let mut rows = vec![
        (FieldPath::Name, d.name.clone()),
        (FieldPath::Stage, d.stage.map(|s| stage_label(lang, s).to_owned()).unwrap_or_default()),
        (
            FieldPath::Initiator,
            d.initiator.map(|s| initiator_label(lang, s).to_owned()).unwrap_or_default(),
        ),
        (FieldPath::InitiatorName, d.initiator_name.clone()),
        (FieldPath::Kind, d.kind.map(|s| kind_label(lang, s).to_owned()).unwrap_or_default()),
        (FieldPath::Form, d.form.map(|s| form_label(lang, s).to_owned()).unwrap_or_default()),
        (FieldPath::Theme, d.theme.clone()),
        (FieldPath::ThemeDetail, d.theme_detail.clone()),
        (FieldPath::MainAffair, d.main_affair.map(affair_name).unwrap_or_default()),
        (
            FieldPath::RelatedAffairs,
            d.related_affairs.iter().map(|n| affair_name(*n)).collect::<Vec<_>>().join("; "),
        ),
        (FieldPath::TrialDate, date(d.trial_date)),
        (FieldPath::ImplementationDate, date(d.implementation_date)),
        (FieldPath::DevelopmentDate, date(d.development_date)),
        (FieldPath::Design, d.design.clone()),
        (FieldPath::Goal, d.goal.clone()),
        (FieldPath::Benefit, d.benefit.clone()),
        (FieldPath::Outcome, d.outcome.clone()),
        (FieldPath::BudgetFile, file(&d.budget_file)),
        (FieldPath::BusinessProfileFile, file(&d.business_profile_file)),
        (FieldPath::IprFile, file(&d.ipr_file)),
        (FieldPath::AwardFile, file(&d.award_file)),
    ]
    .into_iter()
    .map(|(path, value)| (field_label(lang, path).to_owned(), value))
    .collect::<Vec<_>>();
    if let Some(catalog) = catalog {
        for field in &catalog.extra_fields {
            rows.push((
                lang.pick((field.label_id.clone(), field.label_en.clone())),
                d.extra_value(&field.key).to_owned(),
            ));
        }
    }
    rows
}

#[component]
pub fn PrintPage() -> impl IntoView {
    let state = use_app_state();
    let id = route_id();
    let load_id = id.clone();
    let innovation = LocalResource::new(move || {
        let (repo, id) = (state.repo(), load_id.clone());
        async move { innovation_of(&repo, &id).await }
    });
    view! {
        <PrintActions back=format!("/inovasi/{id}") back_label=Key::BackToEditor />
        <main class="page print-page">
            <Loaded resource=innovation body={or_not_found(move |d: Innovation| {
                let lang = state.lang.get();
                let catalog = Catalog::builtin(d.year).ok();
                let rows = profile_rows(lang, &d, catalog.as_ref());
                let indicators = catalog.as_ref().map(|c| c.sid.clone()).unwrap_or_default();
                let score = catalog.as_ref().map(|c| format!("{} / {}", format_score(lang, maturity(c, &d, View::Claimed)), format_score(lang, c.sid_max())));
                view! {
                    <h1>{t(lang, editor::Key::PrintTitle)}</h1>
                    <p class="muted">{format!("{} · {} · {} {} · {}: {} ({} {})", d.agency, d.region, t(lang, editor::Key::Year), d.year, t(lang, Key::StatusLabel), status_label(lang, d.status), t(lang, Key::Revision), d.revision)}</p>
                    <dl class="print-profile">
                        {rows.into_iter().map(|(label, value)| view! {
                            <dt>{label}</dt>
                            <dd>{if value.trim().is_empty() { t(lang, Key::NotFilled).to_owned() } else { value }}</dd>
                        }).collect_view()}
                    </dl>
                    <h2>{t(lang, Key::IndicatorsTitle)}</h2>
                    <table class="indicator-table">
                        <thead><tr>
                            <th scope="col">"No"</th>
                            <th scope="col">{t(lang, editor::Key::Indicator)}</th>
                            <th scope="col">{t(lang, editor::Key::Weight)}</th>
                            <th scope="col">{t(lang, editor::Key::Level)}</th>
                            <th scope="col">{t(lang, editor::Key::Points)}</th>
                            <th scope="col">{t(lang, editor::Key::Files)}</th>
                        </tr></thead>
                        <tbody>
                            {indicators.into_iter().map(|row| {
                                let answer = d.indicator(row.number).cloned().unwrap_or_default();
                                let level = answer.claimed.map(Level::value).unwrap_or(0);
                                let points = answer.claimed.map(|l| row.points(l)).unwrap_or_default();
                                let mut evidence = files_text(&answer.evidence);
                                if !answer.link.trim().is_empty() {
                                    if !evidence.is_empty() { evidence.push_str(", "); }
                                    evidence.push_str(answer.link.trim());
                                }
                                view! {
                                    <tr>
                                        <td>{row.number}</td>
                                        <td>{row.name.clone()}</td>
                                        <td>{format_points(lang, row.weight)}</td>
                                        <td>{level}</td>
                                        <td>{format_points(lang, points)}</td>
                                        <td>{evidence}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    {score.map(|score| view! { <p class="print-score"><strong>{t(lang, Key::Maturity)} ": "</strong>{score}</p> })}
                }.into_any()
            })} />
        </main>
    }
}

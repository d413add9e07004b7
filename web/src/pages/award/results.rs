//! The ranking of a round per category (top-N highlighted, tie-breaks explained, field-review
//! notes), shown on the round page and on the printable results page `/penghargaan/:id/cetak`.

use inovda_core::Lang;
use inovda_core::base::format::format_number;
use inovda_core::programmes::award::{AwardRound, Ranking, rank, tie_break_label};
use leptos::prelude::*;

use super::round_path;
use crate::components::loaded::Loaded;
use crate::components::print_actions::PrintActions;
use crate::components::scroll_table::{ScrollTable, columns};
use crate::i18n::{award, award::Key, t};
use crate::pages::route_id;
use crate::pages::secretariat::secretariat_only;
use crate::state::use_app_state;
use crate::storage::StoredRoundDto;

/// The ranking tables; `print` leaves out categories without entries.
#[component]
pub fn RankingView(
    round: AwardRound,
    ranking: Ranking,
    lang: Lang,
    #[prop(optional)] print: bool,
) -> impl IntoView {
    let top_name = ranking
        .top_criterion
        .as_ref()
        .and_then(|code| round.criteria.iter().find(|c| &c.code == code))
        .map(|c| c.name.to_lowercase())
        .unwrap_or_default();
    let intro = award::award_ranking_intro(lang, ranking.sheets, &top_name);
    let categories = ranking
        .categories
        .into_iter()
        .filter(|category| !print || !category.lines.is_empty())
        .enumerate()
        .map(|(index, category)| {
            let heading = format!("award-category-{index}");
            let (labelled, region_labelled) = (heading.clone(), heading.clone());
            let winners =
                award::award_winners_count(lang, category.winners);
            if category.lines.is_empty() {
                return view! {
                    <section class="award-category" aria-labelledby=labelled>
                        <h4 id=heading>{category.name.clone()}</h4>
                        <p class="empty">{t(lang, Key::AwardCategoryEmpty)}</p>
                    </section>
                }
                .into_any();
            }
            let rows = category
                .lines
                .iter()
                .map(|line| {
                    let rank = if line.rank > 0 { line.rank.to_string() } else { "—".to_owned() };
                    let score = line.score.map_or_else(
                        || t(lang, Key::AwardNotScored).to_owned(),
                        |s| format_number(lang, s.round2()),
                    );
                    let tie = line.tie_break.map(|tie| tie_break_label(lang, tie, &top_name));
                    view! {
                        <tr class=if line.winner { "winner" } else { "" }>
                            <td class="rank key" data-label=t(lang, Key::AwardColRank)>{rank}</td>
                            <td class="entry block">
                                <span class="name">{line.entry.name.clone()}</span>
                                {line.winner.then(|| view! { " " <strong class="badge winner-badge">{t(lang, Key::AwardWinner)}</strong> })}
                                {tie.map(|tie| view! { <br /> <small class="tie-break">{tie}</small> })}
                            </td>
                            <td class="agency" data-label=t(lang, Key::AwardColAgency)>{line.entry.agency.clone()}</td>
                            <td class="num score key" data-label=t(lang, Key::AwardColScore)>{score}</td>
                            <td class="num" data-label=t(lang, Key::AwardColJurors)>{line.jurors}</td>
                            <td class="note block" data-label=t(lang, Key::AwardColNote)>{line.entry.field_note.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="award-category" aria-labelledby=labelled>
                    <h4 id=heading>{category.name.clone()} " · " {winners}</h4>
                    <ScrollTable labelled_by=region_labelled class="award-ranking cards-on-phone" columns=columns(lang, &[Key::AwardColRank, Key::AwardColInnovation, Key::AwardColAgency, Key::AwardColScore, Key::AwardColJurors, Key::AwardColNote])>{rows}</ScrollTable>
                </section>
            }
            .into_any()
        })
        .collect_view();
    let missing = (!ranking.missing.is_empty()).then(|| {
        let names: Vec<String> = ranking.missing.iter().map(|j| j.name.clone()).collect();
        view! { <p class="warning">{t(lang, Key::AwardSheetsMissing)} " " {names.join(", ")}</p> }
    });
    view! {
        <p class="hint">{intro}</p>
        {missing}
        {categories}
    }
}

/// `/penghargaan/:id/cetak`: the results for printing or "save as PDF".
#[component]
pub fn AwardPrintPage() -> impl IntoView {
    secretariat_only(|_| view! { <PrintView /> })
}

#[component]
fn PrintView() -> impl IntoView {
    let state = use_app_state();
    let id = route_id();
    let load_id = id.clone();
    let loaded = LocalResource::new(move || {
        let (repo, id) = (state.repo(), load_id.clone());
        async move { repo.award_round(&id).await }
    });
    view! {
        <PrintActions back=round_path(&id) back_label=Key::AwardBackToRound />
        <main class="page print-page award-print">
            <Loaded resource=loaded body={move |found: Option<StoredRoundDto>| {
                let lang = state.lang.get();
                match found {
                    None => view! { <p class="error" role="alert">{t(lang, Key::AwardNotFound)}</p> }.into_any(),
                    Some(stored) => {
                        let round = stored.round.clone();
                        let ranking = rank(&round, &stored.sheets);
                        let criteria = round
                            .criteria
                            .iter()
                            .map(|c| format!("{} {}%", c.name, c.weight))
                            .collect::<Vec<_>>()
                            .join(" · ");
                        let jurors =
                            round.jurors.iter().map(|j| j.name.clone()).collect::<Vec<_>>().join(", ");
                        view! {
                            <h1>{round.name.clone()}</h1>
                            <p>{round.secretariat.clone()} " · " {round.region.clone()} " · " {round.year}</p>
                            <dl class="print-profile">
                                <dt>{t(lang, Key::AwardCriteriaLegend)}</dt><dd>{criteria}</dd>
                                <dt>{t(lang, Key::AwardJurorsLegend)}</dt><dd>{jurors}</dd>
                            </dl>
                            <h2>{t(lang, Key::AwardResultsHeading)}</h2>
                            <RankingView round ranking lang print=true />
                        }
                        .into_any()
                    }
                }
            }} />
        </main>
    }
}

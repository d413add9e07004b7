//! Merging juror sheets and ranking each category, exactly.
//!
//! An entry's juror score is Σ (weight × score) / 100 over the criteria; its final score is the
//! mean of the juror scores of the jurors whose sheet scores it (an exact [`Ratio`], rounded only
//! for display). Ties on the final score are broken, in this order (docs/glossary.md,
//! "Penghargaan"): the higher mean score on the criterion with the largest weight (the first
//! listed when weights tie; kebaruan by default), then the higher kematangan terverifikasi, then
//! the name (alphabetical) and the innovation id, so the order never depends on input order.
//! The top `winners` of each category with at least one score are the winners.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::AwardError;
use super::{AwardEntry, AwardRound, Juror, JurySheet};
use crate::base::decimal::Ratio;
use crate::base::lang::Lang;
use crate::base::sheet::{Cell, Sheet};
use crate::secretariat::registry::name_key;

/// What merging one received sheet did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeOutcome {
    /// The juror's first sheet.
    Added,
    /// A later sheet replaced the juror's earlier one.
    Replaced,
    /// The same or an older sheet: nothing changed.
    Unchanged,
}

/// Merges `incoming` into the round's sheets (one per juror, the latest `submitted_at` wins).
/// A sheet of another round, of a juror not on the round, or with bad scores is refused.
pub fn merge_sheet(
    round: &AwardRound,
    sheets: &[JurySheet],
    incoming: JurySheet,
) -> Result<(Vec<JurySheet>, MergeOutcome), AwardError> {
    if incoming.round_id != round.id {
        return Err(AwardError::WrongRound);
    }
    if round.juror(&incoming.juror_id).is_none() {
        return Err(AwardError::UnknownJuror(incoming.juror_name));
    }
    let issues = incoming.check_against(round);
    if !issues.is_empty() {
        return Err(AwardError::Invalid(issues));
    }
    let mut merged: Vec<JurySheet> = sheets.to_vec();
    let outcome = match merged.iter_mut().find(|sheet| sheet.juror_id == incoming.juror_id) {
        None => {
            merged.push(incoming);
            MergeOutcome::Added
        }
        Some(known) if later(&incoming.submitted_at, &known.submitted_at) => {
            *known = incoming;
            MergeOutcome::Replaced
        }
        Some(_) => MergeOutcome::Unchanged,
    };
    merged.sort_by(|a, b| a.juror_id.cmp(&b.juror_id));
    Ok((merged, outcome))
}

fn later(a: &str, b: &str) -> bool {
    let parse = |text: &str| chrono::DateTime::parse_from_rfc3339(text).ok();
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a > b,
        _ => a > b,
    }
}

/// The round's jurors whose sheet has not arrived, in round order.
pub fn missing_jurors<'a>(round: &'a AwardRound, sheets: &[JurySheet]) -> Vec<&'a Juror> {
    round
        .jurors
        .iter()
        .filter(|juror| {
            !sheets.iter().any(|sheet| sheet.juror_id == juror.id && sheet.round_id == round.id)
        })
        .collect()
}

/// What separated an entry from the one ranked just above it when their final scores tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TieBreak {
    /// The mean score on the heaviest criterion (its code in [`Ranking::top_criterion`]).
    TopCriterion,
    /// Kematangan terverifikasi.
    Maturity,
    /// Name, then id: the entries tie on everything that is scored.
    Name,
}

/// One ranked entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankLine {
    /// 1-based position in the category; entries without any score come last, unranked (0).
    pub rank: u32,
    pub entry: AwardEntry,
    /// The final (weighted mean) score; `None` when no juror scored the entry.
    pub score: Option<Ratio>,
    /// Mean score per criterion, in round order (zero when unscored).
    pub criterion_means: Vec<Ratio>,
    /// How many jurors' sheets scored the entry.
    pub jurors: u32,
    pub winner: bool,
    /// Set when the entry's final score equals the one above it.
    pub tie_break: Option<TieBreak>,
}

/// One category's ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryRanking {
    pub code: String,
    pub name: String,
    pub winners: u32,
    pub lines: Vec<RankLine>,
}

/// The whole round's ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranking {
    /// Categories in round order.
    pub categories: Vec<CategoryRanking>,
    /// Jurors whose sheet is missing.
    pub missing: Vec<Juror>,
    /// How many sheets were counted.
    pub sheets: usize,
    /// The code of the criterion used first to break ties.
    pub top_criterion: Option<String>,
}

impl Ranking {
    /// Every winner, category by category, best first.
    pub fn winners(&self) -> impl Iterator<Item = (&CategoryRanking, &RankLine)> {
        self.categories
            .iter()
            .flat_map(|category| category.lines.iter().map(move |line| (category, line)))
            .filter(|(_, line)| line.winner)
    }
}

struct Scored {
    line: RankLine,
    top: Ratio,
}

/// Ranks every category of the round from the sheets (one per juror; the latest counts).
pub fn rank(round: &AwardRound, sheets: &[JurySheet]) -> Ranking {
    // Latest sheet per juror of this round.
    let mut latest: BTreeMap<&str, &JurySheet> = BTreeMap::new();
    for sheet in sheets
        .iter()
        .filter(|sheet| sheet.round_id == round.id && round.juror(&sheet.juror_id).is_some())
    {
        let newer = latest
            .get(sheet.juror_id.as_str())
            .is_none_or(|known| later(&sheet.submitted_at, &known.submitted_at));
        if newer {
            latest.insert(sheet.juror_id.as_str(), sheet);
        }
    }
    let top_index = round
        .criteria
        .iter()
        .enumerate()
        .fold(None::<(usize, u32)>, |best, (index, criterion)| match best {
            Some((_, weight)) if weight >= criterion.weight => best,
            _ => Some((index, criterion.weight)),
        })
        .map(|(index, _)| index);

    let categories = round
        .categories
        .iter()
        .map(|category| {
            let mut scored: Vec<Scored> = round
                .entries
                .iter()
                .filter(|entry| entry.category == category.code)
                .map(|entry| score_entry(round, entry, &latest, top_index))
                .collect();
            scored.sort_by(compare);
            let mut lines: Vec<RankLine> = Vec::with_capacity(scored.len());
            let mut position = 0u32;
            for index in 0..scored.len() {
                let mut line = scored[index].line.clone();
                if line.score.is_some() {
                    position += 1;
                    line.rank = position;
                    line.winner = position <= category.winners;
                    if index > 0 && scored[index - 1].line.score == line.score {
                        line.tie_break = Some(tie_break(&scored[index - 1], &scored[index]));
                    }
                }
                lines.push(line);
            }
            CategoryRanking {
                code: category.code.clone(),
                name: category.name.clone(),
                winners: category.winners,
                lines,
            }
        })
        .collect();
    Ranking {
        categories,
        missing: missing_jurors(round, sheets).into_iter().cloned().collect(),
        sheets: latest.len(),
        top_criterion: top_index.map(|index| round.criteria[index].code.clone()),
    }
}

fn score_entry(
    round: &AwardRound,
    entry: &AwardEntry,
    sheets: &BTreeMap<&str, &JurySheet>,
    top_index: Option<usize>,
) -> Scored {
    let mut sums = vec![0i64; round.criteria.len()];
    let mut total = Ratio::ZERO;
    let mut jurors = 0i64;
    for sheet in sheets.values() {
        let Some(scores) = sheet.scores.get(&entry.innovation_id) else { continue };
        // A sheet counts for an entry only when it scores every criterion of the round.
        let Some(values) = round
            .criteria
            .iter()
            .map(|criterion| scores.get(&criterion.code).copied())
            .collect::<Option<Vec<u8>>>()
        else {
            continue;
        };
        jurors += 1;
        let weighted: i64 = round
            .criteria
            .iter()
            .zip(&values)
            .map(|(criterion, score)| i64::from(criterion.weight) * i64::from(*score))
            .sum();
        total = total.plus(Ratio::new(i128::from(weighted), i128::from(super::WEIGHT_TOTAL)));
        for (sum, score) in sums.iter_mut().zip(&values) {
            *sum += i64::from(*score);
        }
    }
    let count = Ratio::integer(jurors);
    let criterion_means: Vec<Ratio> =
        sums.iter().map(|sum| Ratio::integer(*sum).over(count)).collect();
    let top =
        top_index.and_then(|index| criterion_means.get(index).copied()).unwrap_or(Ratio::ZERO);
    Scored {
        line: RankLine {
            rank: 0,
            entry: entry.clone(),
            score: (jurors > 0).then(|| total.over(count)),
            criterion_means,
            jurors: jurors as u32,
            winner: false,
            tie_break: None,
        },
        top,
    }
}

/// Best first: score (unscored last), heaviest criterion, maturity, name, id.
fn compare(a: &Scored, b: &Scored) -> Ordering {
    let score = |s: &Scored| s.line.score;
    match (score(a), score(b)) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
    .then_with(|| b.top.cmp(&a.top))
    .then_with(|| b.line.entry.maturity.cmp(&a.line.entry.maturity))
    .then_with(|| name_key(&a.line.entry.name).cmp(&name_key(&b.line.entry.name)))
    .then_with(|| a.line.entry.innovation_id.cmp(&b.line.entry.innovation_id))
}

fn tie_break(above: &Scored, below: &Scored) -> TieBreak {
    if above.top != below.top {
        TieBreak::TopCriterion
    } else if above.line.entry.maturity != below.line.entry.maturity {
        TieBreak::Maturity
    } else {
        TieBreak::Name
    }
}

/// The winners list as one sheet (for [`crate::base::sheet::write_csv`], Indonesian Excel):
/// category, rank, innovation, agency, final score, kematangan terverifikasi, field notes.
pub fn winners_sheet(ranking: &Ranking, lang: Lang) -> Sheet {
    let header = lang.pick((
        [
            "Kategori",
            "Peringkat",
            "Nama Inovasi",
            "Instansi",
            "Nilai akhir",
            "Kematangan terverifikasi",
            "Juri yang menilai",
            "Catatan tinjau lapangan",
        ],
        [
            "Category",
            "Rank",
            "Innovation",
            "Agency",
            "Final score",
            "Verified maturity",
            "Jurors who scored",
            "Field-review notes",
        ],
    ));
    let rows = ranking
        .winners()
        .map(|(category, line)| {
            vec![
                Cell::Text(category.name.clone()),
                Cell::Int(i64::from(line.rank)),
                Cell::Text(line.entry.name.clone()),
                Cell::Text(line.entry.agency.clone()),
                line.score.map_or(Cell::Empty, Cell::Decimal),
                Cell::Decimal(line.entry.maturity.ratio()),
                Cell::Int(i64::from(line.jurors)),
                Cell::Text(line.entry.field_note.clone()),
            ]
        })
        .collect();
    Sheet {
        name: "pemenang-penghargaan".into(),
        header: header.iter().map(|h| (*h).to_owned()).collect(),
        rows,
    }
}

//! IID scoring: kematangan, SPD, SID, Jumlah Inovasi, IID and predicate — exact, no floats.
//!
//! Formulas (parameters from the [`Catalog`]):
//! `kematangan = Σ weight × level` over SID rows; `SPD = Σ weight × level` over SPD rows;
//! `SID = Σ kematangan / MAX(k, n) + jumlah`, `jumlah = MIN(n, cap) × factor` or 0 below the yandas
//! minimum; `IID = (SPD + SID) / 250 × 100` (250 = the catalog's maximum total).
//! n counts every reported innovation (rejected ones with kematangan 0); drafts do not count.
//! Values stay exact ([`Points`], [`Ratio`]) and are rounded half-up to 2 decimals only at output.

use std::collections::BTreeSet;
use thiserror::Error;

use crate::base::decimal::{Points, Ratio};
use crate::base::lang::Lang;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, Level, Status};

/// The IID predicate of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Predicate {
    /// Sangat Inovatif.
    VeryInnovative,
    /// Inovatif.
    Innovative,
    /// Kurang Inovatif.
    LessInnovative,
    /// Tidak Dapat Dinilai: nothing reported (or an IID of 0.00).
    NotAssessable,
}

impl Predicate {
    pub const ALL: [Predicate; 4] = [
        Predicate::VeryInnovative,
        Predicate::Innovative,
        Predicate::LessInnovative,
        Predicate::NotAssessable,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Predicate::VeryInnovative => "sangat_inovatif",
            Predicate::Innovative => "inovatif",
            Predicate::LessInnovative => "kurang_inovatif",
            Predicate::NotAssessable => "tidak_dapat_dinilai",
        }
    }
}

/// The predicate's label; Indonesian is the official wording.
pub fn predicate_label(lang: Lang, predicate: Predicate) -> &'static str {
    lang.pick(match predicate {
        Predicate::VeryInnovative => ("Sangat Inovatif", "Very innovative (Sangat Inovatif)"),
        Predicate::Innovative => ("Inovatif", "Innovative (Inovatif)"),
        Predicate::LessInnovative => ("Kurang Inovatif", "Less innovative (Kurang Inovatif)"),
        Predicate::NotAssessable => {
            ("Tidak Dapat Dinilai", "Cannot be assessed (Tidak Dapat Dinilai)")
        }
    })
}

/// Which levels count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// The agency's claimed levels (klaim).
    Claimed,
    /// Verified levels where reviewed, claimed levels elsewhere (terverifikasi).
    Verified,
}

/// Kematangan of one innovation: Σ weight × level over the catalog's SID rows.
pub fn maturity(catalog: &Catalog, innovation: &Innovation, view: View) -> Points {
    catalog.sid.iter().fold(Points::ZERO, |sum, row| {
        let level = innovation
            .indicator(row.number)
            .and_then(|answer| match view {
                View::Claimed => answer.claimed,
                View::Verified => answer.verified.or(answer.claimed),
            })
            .unwrap_or_default();
        sum.plus(row.points(level))
    })
}

/// Kematangan from `(indicator number, level)` pairs; unknown numbers are refused.
pub fn maturity_from_levels(
    catalog: &Catalog,
    levels: &[(u8, Level)],
) -> Result<Points, ScoreError> {
    levels.iter().try_fold(Points::ZERO, |sum, (number, level)| {
        let row = catalog
            .sid_row(*number)
            .ok_or_else(|| ScoreError::UnknownRow { part: "sid", id: number.to_string() })?;
        Ok(sum.plus(row.points(*level)))
    })
}

/// SPD from `(row id, level)` pairs such as `("2a", 2)`; unknown rows are refused.
pub fn spd_from_levels(catalog: &Catalog, levels: &[(&str, Level)]) -> Result<Points, ScoreError> {
    levels.iter().try_fold(Points::ZERO, |sum, (id, level)| {
        let row = catalog
            .spd_row(id)
            .ok_or_else(|| ScoreError::UnknownRow { part: "spd", id: (*id).to_owned() })?;
        Ok(sum.plus(row.points(*level)))
    })
}

/// One innovation as the regional score sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub status: Status,
    /// Kematangan in the chosen view (ignored, counted as 0, when rejected).
    pub maturity: Points,
    pub main_affair: Option<u8>,
    pub related_affairs: Vec<u8>,
}

/// Everything the regional score needs besides the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RegionInput {
    pub spd: Points,
    pub entries: Vec<Entry>,
    /// Overrides the number of yandas urusan covered (otherwise derived from the entries).
    pub yandas_covered: Option<u32>,
}

/// The regional IID with every intermediate value, exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IidResult {
    /// Reported innovations (drafts excluded, rejected included).
    pub n: u32,
    /// MAX(k, n).
    pub divisor: u32,
    /// MAX(k − n, 0): innovations that would raise the average without raising the divisor.
    pub empty_seats: u32,
    pub spd: Points,
    /// Σ kematangan over reported innovations (rejected count 0).
    pub maturity_sum: Points,
    /// Σ kematangan / MAX(k, n).
    pub average_maturity: Ratio,
    /// Skor Jumlah Inovasi.
    pub count_score: Points,
    /// Whether yandas coverage reaches the catalog's minimum (else the count score is 0).
    pub yandas_ok: bool,
    pub sid: Ratio,
    pub total: Ratio,
    /// 0–100.
    pub iid: Ratio,
    pub predicate: Predicate,
    pub yandas_covered: u32,
    /// Yandas urusan numbers no counted innovation covers, in catalog order.
    pub yandas_missing: Vec<u8>,
}

/// The predicate of an IID under the catalog's bands (on the IID rounded to 2 decimals).
pub fn predicate(catalog: &Catalog, iid: Ratio, reported: u32) -> Predicate {
    let rounded = iid.round2().0;
    // Bands are Points (ten-thousandths); the rounded IID is in hundredths.
    let at_least = |band: Points| i128::from(rounded) * 100 >= i128::from(band.0);
    if reported == 0 || rounded <= 0 {
        Predicate::NotAssessable
    } else if at_least(catalog.bands.very_innovative_from) {
        Predicate::VeryInnovative
    } else if at_least(catalog.bands.innovative_from) {
        Predicate::Innovative
    } else {
        Predicate::LessInnovative
    }
}

/// The regional score.
pub fn score_region(catalog: &Catalog, input: &RegionInput) -> IidResult {
    let counted: Vec<&Entry> =
        input.entries.iter().filter(|entry| entry.status != Status::Draft).collect();
    let n = u32::try_from(counted.len()).unwrap_or(u32::MAX);
    let maturity_sum = counted
        .iter()
        .filter(|entry| entry.status != Status::Rejected)
        .fold(Points::ZERO, |sum, entry| sum.plus(entry.maturity));
    let mut covered_set = BTreeSet::new();
    for entry in counted.iter().filter(|entry| entry.status != Status::Rejected) {
        covered_set.extend(entry.main_affair);
        if catalog.yandas.count_related {
            covered_set.extend(entry.related_affairs.iter().copied());
        }
    }
    let yandas_missing: Vec<u8> = catalog
        .yandas
        .affairs
        .iter()
        .copied()
        .filter(|affair| !covered_set.contains(affair))
        .collect();
    let derived = catalog.yandas.affairs.len() - yandas_missing.len();
    let yandas_covered =
        input.yandas_covered.unwrap_or_else(|| u32::try_from(derived).unwrap_or(u32::MAX));
    let yandas_missing = if yandas_covered as usize >= catalog.yandas.affairs.len() {
        Vec::new()
    } else {
        yandas_missing
    };
    let yandas_ok = yandas_covered >= catalog.yandas.min_covered;
    let count_score = if yandas_ok {
        catalog.count_rule.factor.times(i64::from(n.min(catalog.count_rule.cap)))
    } else {
        Points::ZERO
    };
    let divisor = catalog.divisor_min.max(n);
    let average_maturity = maturity_sum.ratio().over(Ratio::integer(i64::from(divisor)));
    let sid = average_maturity.plus(count_score.ratio());
    let total = input.spd.ratio().plus(sid);
    let iid = if n == 0 {
        Ratio::ZERO
    } else {
        total.times(Ratio::integer(100)).over(catalog.total_max_ratio())
    };
    IidResult {
        n,
        divisor,
        empty_seats: catalog.divisor_min.saturating_sub(n),
        spd: input.spd,
        maturity_sum,
        average_maturity,
        count_score,
        yandas_ok,
        sid,
        total,
        iid,
        predicate: predicate(catalog, iid, n),
        yandas_covered,
        yandas_missing,
    }
}

/// How the IID changes with one more reported innovation of kematangan `maturity`
/// and urusan utama `main_affair` (the gain can be negative when n ≥ k and `maturity` is low).
pub fn what_if_gain(
    catalog: &Catalog,
    input: &RegionInput,
    maturity: Points,
    main_affair: Option<u8>,
) -> Ratio {
    let before = score_region(catalog, input).iid;
    let mut more = input.clone();
    more.entries.push(Entry {
        status: Status::Submitted,
        maturity,
        main_affair,
        related_affairs: Vec::new(),
    });
    score_region(catalog, &more).iid.minus(before)
}

/// The regional score of a set of innovations, with the number still unreviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionScore {
    pub result: IidResult,
    /// Reported innovations with no verified level and no verdict yet (only meaningful in
    /// [`View::Verified`], where their claimed levels stand in).
    pub unreviewed: u32,
}

/// Scores the innovations of one region and year: drafts are left out, rejected ones count in n
/// with kematangan 0.
pub fn score_innovations(
    catalog: &Catalog,
    spd: Points,
    innovations: &[Innovation],
    view: View,
) -> RegionScore {
    let entries = innovations
        .iter()
        .map(|innovation| Entry {
            status: innovation.status,
            maturity: maturity(catalog, innovation, view),
            main_affair: innovation.main_affair,
            related_affairs: innovation.related_affairs.clone(),
        })
        .collect();
    let unreviewed = innovations
        .iter()
        .filter(|innovation| {
            matches!(innovation.status, Status::Submitted | Status::NeedsRevision)
                && innovation.indicators.iter().all(|answer| answer.verified.is_none())
        })
        .count();
    RegionScore {
        result: score_region(catalog, &RegionInput { spd, entries, yandas_covered: None }),
        unreviewed: u32::try_from(unreviewed).unwrap_or(u32::MAX),
    }
}

/// Scoring input that does not fit the catalog.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ScoreError {
    #[error("{part} row `{id}` is not in the catalog")]
    UnknownRow { part: &'static str, id: String },
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::base::decimal::Hundredths;
    use crate::model::innovation::InnovationId;

    fn catalog() -> Catalog {
        Catalog::builtin(2026).expect("test data")
    }

    fn entry(maturity: i64, affair: u8) -> Entry {
        Entry {
            status: Status::Verified,
            maturity: Points::whole(maturity),
            main_affair: Some(affair),
            related_affairs: Vec::new(),
        }
    }

    #[test]
    fn a_perfect_region_scores_100() {
        let entries = (0..200).map(|i| entry(111, (i % 6 + 1) as u8)).collect();
        let input = RegionInput { spd: Points::whole(63), entries, yandas_covered: None };
        let result = score_region(&catalog(), &input);
        assert_eq!(result.iid, Ratio::integer(100));
        assert_eq!(result.predicate, Predicate::VeryInnovative);
        assert_eq!(result.count_score, Points::whole(76));
    }

    #[test]
    fn nothing_reported_is_not_assessable() {
        let input = RegionInput { spd: Points::whole(45), entries: vec![], yandas_covered: None };
        let result = score_region(&catalog(), &input);
        assert_eq!(
            (result.iid.round2(), result.predicate),
            (Hundredths(0), Predicate::NotAssessable)
        );
        assert_eq!((result.n, result.divisor, result.empty_seats), (0, 12, 12));
        let mut drafts = input.clone();
        drafts.entries.push(Entry { status: Status::Draft, ..entry(100, 1) });
        assert_eq!(score_region(&catalog(), &drafts).n, 0);
    }

    #[test]
    fn rejected_innovations_count_in_n_with_zero_maturity() {
        let mut input = RegionInput {
            spd: Points::whole(45),
            entries: vec![entry(80, 1), Entry { status: Status::Rejected, ..entry(100, 2) }],
            yandas_covered: None,
        };
        let result = score_region(&catalog(), &input);
        assert_eq!(result.n, 2);
        assert_eq!(result.maturity_sum, Points::whole(80));
        assert_eq!(result.yandas_missing, [2, 3, 4, 5, 6]);
        assert!(!result.yandas_ok);
        input.yandas_covered = Some(5);
        let result = score_region(&catalog(), &input);
        assert!(result.yandas_ok);
        assert_eq!(result.count_score, Points(2 * 3_800));
    }

    #[test]
    fn the_what_if_gain_is_positive_while_seats_are_empty() {
        let input = RegionInput {
            spd: Points::whole(40),
            entries: vec![entry(90, 1)],
            yandas_covered: None,
        };
        let gain = what_if_gain(&catalog(), &input, Points::whole(100), Some(2));
        // 100 / 12 more SID, no count score (yandas 2 of 6): 100 / 12 / 250 × 100 = 3.33…
        assert_eq!(gain.round2(), Hundredths(333));
    }

    #[test]
    fn maturity_uses_claimed_or_verified_levels() {
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([5; 16]),
            "Dinkes",
            "Kota X",
            2026,
            now,
        );
        innovation.indicator_mut(16).claimed = Level::new(3);
        innovation.indicator_mut(16).verified = Level::new(1);
        innovation.indicator_mut(35).claimed = Level::new(2);
        let catalog = catalog();
        assert_eq!(maturity(&catalog, &innovation, View::Claimed), Points::whole(9 + 8));
        assert_eq!(maturity(&catalog, &innovation, View::Verified), Points::whole(3 + 8));
        innovation.status = Status::Submitted;
        let score =
            score_innovations(&catalog, Points::whole(30), &[innovation.clone()], View::Verified);
        assert_eq!((score.result.n, score.unreviewed), (1, 0));
        innovation.indicator_mut(16).verified = None;
        let score = score_innovations(&catalog, Points::whole(30), &[innovation], View::Verified);
        assert_eq!(score.unreviewed, 1);
    }

    #[test]
    fn levels_convert_to_points_and_unknown_rows_are_refused() {
        let catalog = catalog();
        let three = Level::new(3).expect("test data");
        let spd = spd_from_levels(&catalog, &[("1", three), ("5a", three)]).expect("test data");
        assert_eq!(spd, Points(3 * 10_000 + 3 * 7_500));
        assert_eq!(
            spd_from_levels(&catalog, &[("5", three)]),
            Err(ScoreError::UnknownRow { part: "spd", id: "5".into() })
        );
        assert_eq!(
            maturity_from_levels(&catalog, &[(16, three), (35, three)]),
            Ok(Points::whole(21))
        );
        assert!(maturity_from_levels(&catalog, &[(15, three)]).is_err());
    }

    #[test]
    fn predicate_bands_apply_to_the_rounded_iid() {
        let catalog = catalog();
        let hundredths = |h: i128| Ratio::new(h, 100);
        assert_eq!(predicate(&catalog, hundredths(6501), 1), Predicate::VeryInnovative);
        assert_eq!(predicate(&catalog, Ratio::new(650_049, 10_000), 1), Predicate::Innovative);
        assert_eq!(predicate(&catalog, Ratio::new(650_050, 10_000), 1), Predicate::VeryInnovative);
        assert_eq!(predicate(&catalog, hundredths(4001), 1), Predicate::Innovative);
        assert_eq!(predicate(&catalog, hundredths(4000), 1), Predicate::LessInnovative);
        assert_eq!(predicate(&catalog, hundredths(1), 1), Predicate::LessInnovative);
        assert_eq!(predicate(&catalog, hundredths(0), 1), Predicate::NotAssessable);
        let c2023 = Catalog::builtin(2023).expect("test data");
        assert_eq!(predicate(&c2023, hundredths(3500), 1), Predicate::Innovative);
        assert_eq!(predicate(&c2023, hundredths(6000), 1), Predicate::Innovative);
        assert_eq!(predicate(&c2023, hundredths(6001), 1), Predicate::VeryInnovative);
    }
}

//! Property tests of the IID: bounds, monotonicity, the divisor rule and rounding only at the end.

use inovda_core::base::decimal::{Hundredths, Points};
use inovda_core::rules::scoring::{Entry, RegionInput, score_region};
use inovda_core::{Catalog, Status};
use proptest::prelude::*;

const YEARS: [u16; 4] = [2023, 2025, 2026, 2027];

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// Kematangan in ten-thousandths, 0–111.
fn maturity() -> impl Strategy<Value = i64> {
    0..=1_110_000i64
}

fn entry() -> impl Strategy<Value = Entry> {
    (status(), maturity(), prop::option::of(1..=38u8), prop::collection::vec(1..=38u8, 0..3))
        .prop_map(|(status, maturity, main_affair, related_affairs)| Entry {
            status,
            maturity: Points(maturity),
            main_affair,
            related_affairs,
        })
}

fn input() -> impl Strategy<Value = RegionInput> {
    (0..=630_000i64, prop::collection::vec(entry(), 0..30), prop::option::of(0..=6u32)).prop_map(
        |(spd, entries, yandas_covered)| RegionInput { spd: Points(spd), entries, yandas_covered },
    )
}

fn catalog(year_index: usize) -> Catalog {
    Catalog::builtin(YEARS[year_index % YEARS.len()]).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn iid_stays_between_0_and_100(input in input(), year in 0..3usize) {
        let iid = score_region(&catalog(year), &input).iid.round2();
        prop_assert!(Hundredths(0) <= iid && iid <= Hundredths(10_000), "{iid}");
    }

    #[test]
    fn iid_is_monotone_in_spd(input in input(), extra in 0..=630_000i64, year in 0..3usize) {
        let catalog = catalog(year);
        let mut more = input.clone();
        more.spd = Points((input.spd.0 + extra).min(630_000));
        prop_assert!(score_region(&catalog, &more).iid >= score_region(&catalog, &input).iid);
    }

    /// Raising any level raises one innovation's kematangan by weight × step ≥ 0.
    #[test]
    fn iid_is_monotone_in_any_level(
        input in input(),
        pick in any::<prop::sample::Index>(),
        row in 0..20usize,
        year in 0..3usize,
    ) {
        prop_assume!(!input.entries.is_empty());
        let catalog = catalog(year);
        let index = pick.index(input.entries.len());
        let step = catalog.sid[row].weight;
        let mut more = input.clone();
        let raised = more.entries[index].maturity.plus(step);
        prop_assume!(raised <= catalog.sid_max());
        more.entries[index].maturity = raised;
        prop_assert!(score_region(&catalog, &more).iid >= score_region(&catalog, &input).iid);
    }

    #[test]
    fn adding_an_innovation_below_k_never_lowers_the_average(
        input in input(),
        added in maturity(),
        year in 0..3usize,
    ) {
        let catalog = catalog(year);
        let before = score_region(&catalog, &input);
        prop_assume!(before.n < catalog.divisor_min);
        let mut more = input.clone();
        more.entries.push(Entry {
            status: Status::Submitted,
            maturity: Points(added),
            main_affair: None,
            related_affairs: Vec::new(),
        });
        let after = score_region(&catalog, &more);
        prop_assert_eq!(after.divisor, before.divisor);
        prop_assert!(after.average_maturity >= before.average_maturity);
    }

    /// The IID equals the exact formula rounded once, computed here independently in integers.
    #[test]
    fn rounding_happens_only_at_the_end(input in input(), year in 0..3usize) {
        let catalog = catalog(year);
        let result = score_region(&catalog, &input);
        prop_assume!(result.n > 0);
        let divisor = i128::from(result.divisor);
        let sum: i128 = input
            .entries
            .iter()
            .filter(|e| e.status != Status::Draft && e.status != Status::Rejected)
            .map(|e| i128::from(e.maturity.0))
            .sum();
        let count = i128::from(result.count_score.0);
        let total_scaled = i128::from(input.spd.0) * divisor + sum + count * divisor;
        // IID in hundredths = total / 250 × 100 × 100 with total = total_scaled / (divisor × 10 000).
        let numerator = total_scaled;
        let denominator = divisor * 250;
        let expected = (2 * numerator + denominator) / (2 * denominator);
        prop_assert_eq!(i128::from(result.iid.round2().0), expected);
    }
}

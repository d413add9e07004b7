//! The list's rows and filters: kematangan and missing items from core, search and filters.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, NaiveDate, Utc};
use inovda_core::{
    Hundredths, IndicatorAnswer, Innovation, InnovationId, InnovationRecord, Level, Stage, Status,
};
use inovda_web::listing::{Filter, StageFilter, rows, years};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn record(
    seed: u8,
    name: &str,
    year: u16,
    stage: Option<Stage>,
    status: Status,
) -> InnovationRecord {
    let now: DateTime<Utc> =
        DateTime::parse_from_rfc3339("2026-10-30T03:00:00Z").unwrap().with_timezone(&Utc);
    let mut innovation =
        Innovation::new(InnovationId::from_random_bytes([seed; 16]), "Dinas", "Kota", year, now);
    innovation.name = name.to_owned();
    innovation.stage = stage;
    innovation.status = status;
    InnovationRecord::from(&innovation)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 30).unwrap()
}

#[wasm_bindgen_test]
fn rows_carry_maturity_and_missing_items_from_core() {
    let mut innovation = record(1, "Si Kepho", 2026, Some(Stage::Implementation), Status::Draft)
        .to_domain()
        .unwrap();
    innovation.indicators = vec![
        IndicatorAnswer { number: 16, claimed: Level::new(3), ..IndicatorAnswer::default() },
        IndicatorAnswer { number: 17, claimed: Level::new(2), ..IndicatorAnswer::default() },
    ];
    let records = [
        InnovationRecord::from(&innovation),
        record(2, "Tanpa katalog", 2020, None, Status::Draft),
    ];
    let listed = rows(&records, today());
    assert_eq!(listed[0].maturity, Some(Hundredths(1_300)));
    assert!(listed[0].missing.is_some_and(|n| n > 0));
    assert_eq!(listed[0].stage, Some(Stage::Implementation));
    assert_eq!(listed[1].maturity, None, "2020 has no shipped catalog");
    assert!(listed[1].missing.is_some());
}

#[wasm_bindgen_test]
fn filters_combine_search_year_stage_and_status() {
    let records = [
        record(1, "Si Kepho", 2026, Some(Stage::Implementation), Status::Draft),
        record(2, "Sipintar Sekolah", 2026, Some(Stage::Trial), Status::Submitted),
        record(3, "Kampung KB", 2026, None, Status::Draft),
        record(4, "Posyandu Lama", 2025, Some(Stage::Implementation), Status::Verified),
    ];
    let listed = rows(&records, today());
    let names = |filter: &Filter| -> Vec<&str> {
        listed.iter().filter(|row| filter.matches(row)).map(|row| row.name.as_str()).collect()
    };
    assert_eq!(names(&Filter::default()).len(), 4);
    assert_eq!(names(&Filter::from_inputs("  SI ", "", "", "")), ["Si Kepho", "Sipintar Sekolah"]);
    assert_eq!(names(&Filter::from_inputs("", "2025", "", "")), ["Posyandu Lama"]);
    assert_eq!(names(&Filter::from_inputs("", "2026", "penerapan", "")), ["Si Kepho"]);
    assert_eq!(names(&Filter::from_inputs("", "", "-", "")), ["Kampung KB"]);
    assert_eq!(names(&Filter::from_inputs("", "", "", "diajukan")), ["Sipintar Sekolah"]);
    assert!(names(&Filter::from_inputs("zzz", "", "", "")).is_empty());
    assert_eq!(StageFilter::from_value("bogus"), StageFilter::Any);
    assert_eq!(years(&listed, 2027), [2027, 2026, 2025]);
}

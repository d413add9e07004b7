//! Every fixed UI text exists in both languages, differs between them where it should, and the
//! typed texts with placeholders and counts read correctly.
#![cfg(target_arch = "wasm32")]

use inovda_core::Lang;
use inovda_web::i18n::{self, Texts, t};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn check_area<K: Texts + std::fmt::Debug>(keys: &[K]) {
    for key in keys {
        let (id, en) = key.pair();
        assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{key:?} is empty");
        assert!(
            !id.contains("{") && !en.contains("{"),
            "{key:?} has a placeholder: use a typed text"
        );
    }
}

#[wasm_bindgen_test]
fn every_area_has_every_text_in_both_languages() {
    check_area(i18n::award::Key::ALL);
    check_area(i18n::common::Key::ALL);
    check_area(i18n::documents::Key::ALL);
    check_area(i18n::editor::Key::ALL);
    check_area(i18n::exchange::Key::ALL);
    check_area(i18n::handover::Key::ALL);
    check_area(i18n::kipp::Key::ALL);
    check_area(i18n::labinov::Key::ALL);
    check_area(i18n::list::Key::ALL);
    check_area(i18n::role::Key::ALL);
    check_area(i18n::secretariat::Key::ALL);
    check_area(i18n::settings::Key::ALL);
    check_area(i18n::start::Key::ALL);
    check_area(i18n::relay::Key::ALL);
    assert_eq!(t(Lang::En, i18n::common::Key::BackToList), "← Innovations");
}

#[wasm_bindgen_test]
fn counts_take_the_english_plural_and_fill_every_placeholder() {
    assert_eq!(i18n::exchange::export_selected(Lang::En, 1_usize), "Selected: 1 innovation");
    assert_eq!(i18n::exchange::export_selected(Lang::En, 3_usize), "Selected: 3 innovations");
    assert_eq!(i18n::exchange::export_selected(Lang::Id, 1_usize), "Dipilih: 1 inovasi");
    assert_eq!(i18n::common::copy_progress(Lang::En, 1_u64, 1_usize), "1 of 1 field copied");
    assert_eq!(i18n::handover::low_score_count(Lang::En, 1_u64), "1 scores low");
    assert_eq!(i18n::handover::low_score_count(Lang::En, 2_u64), "2 score low");
    let restore = i18n::settings::restore_done(Lang::En, 1_usize, 2_usize);
    assert_eq!(restore, "Data restored from the backup: 1 innovation, 2 evidence files.");
}

//! The home module's route list, shared with the boot script, and its matching rule.
#![cfg(target_arch = "wasm32")]

use inovda_web::modules::{home_routes, route_matches, served_by_home};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_home_module_serves_the_start_screen_and_list_only() {
    assert_eq!(home_routes(), vec!["/".to_string()]);
    assert!(served_by_home("/"));
    for full in ["/inovasi/abc", "/pengaturan", "/dasbor", "/inovasi/abc/kipp", "/x"] {
        assert!(!served_by_home(full), "{full}");
    }
}

#[wasm_bindgen_test]
fn patterns_match_segment_by_segment() {
    assert!(route_matches("/inovasi/:id", "/inovasi/42"));
    assert!(route_matches("/inovasi/:id", "/inovasi/42/"));
    assert!(!route_matches("/inovasi/:id", "/inovasi/"));
    assert!(!route_matches("/inovasi/:id", "/inovasi/42/cetak"));
    assert!(route_matches("/", ""));
}

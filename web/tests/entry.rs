//! The module table built into the app (`web/modules.json`, shared with the boot script and the
//! relay's host; its rule is tested in core's `base::routes`).
#![cfg(target_arch = "wasm32")]

use inovda_web::modules::built_in;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn each_address_starts_the_module_of_the_devices_role() {
    let table = built_in();
    let names: Vec<&str> = table.modules.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["home", "agency", "full"]);
    // (address, role, module started)
    let cases = [
        ("/", "agency", "home"),
        ("/", "secretariat", "home"),
        ("/inovasi/abc", "agency", "agency"),
        ("/inovasi/abc/kipp/cetak", "agency", "agency"),
        ("/pengaturan", "agency", "agency"),
        ("/penilaian/r1", "agency", "agency"),
        // The secretariat's device keeps the full module only: every page of it runs there.
        ("/inovasi/abc", "secretariat", "full"),
        ("/pengaturan", "secretariat", "full"),
        ("/dasbor", "secretariat", "full"),
        // An agency's device opening a secretariat page fetches the full module.
        ("/dasbor", "agency", "full"),
        ("/penghargaan/r1/cetak", "agency", "full"),
        // Unknown to every module: the smallest one's "not found".
        ("/tidak-ada", "agency", "home"),
        ("/inovasi/abc/x/y", "secretariat", "home"),
    ];
    for (path, role, module) in cases {
        assert_eq!(
            table.module_for(path, role).map(|m| m.name.as_str()),
            Some(module),
            "{path} as {role}"
        );
    }
}

#[wasm_bindgen_test]
fn a_module_serves_its_groups_only() {
    let table = built_in();
    assert!(table.serves("home", "/"));
    for elsewhere in ["/inovasi/abc", "/pengaturan", "/dasbor", "/x"] {
        assert!(!table.serves("home", elsewhere), "{elsewhere}");
    }
    assert!(table.serves("agency", "/") && table.serves("agency", "/inovasi/abc/serahkan"));
    assert!(!table.serves("agency", "/verifikasi/abc") && !table.serves("agency", "/labinov"));
    assert!(table.serves("full", "/labinov") && table.serves("full", "/inovasi/abc"));
}

//! Fuzz target: the bundle reader must never panic, loop or over-allocate on any input,
//! and whatever it accepts must be self-consistent (files slice back to their hashes).
#![no_main]

use inovda_core::bundle::{LocalState, ReadLimits, plan_import, sha256_hex, verify_bundle};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = ReadLimits { max_total_size: 64 << 20, ..ReadLimits::default() };
    if let Ok(bundle) = verify_bundle(std::io::Cursor::new(data), &limits) {
        for file in &bundle.files {
            let bytes = bundle.file_bytes(data, &file.sha256).expect("a verified file slices");
            assert_eq!(sha256_hex(bytes), file.sha256);
        }
        let plan = plan_import(&bundle, &LocalState::default());
        let mut state = LocalState::default();
        state.apply(&bundle, &plan).expect("a first import is never blocked");
        assert!(plan_import(&bundle, &state).changes_nothing());
    }
});

//! Tidy checks: core stays pure (no browser or I/O crates) and every module says what it is for.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn core_depends_on_no_browser_or_io_crate() {
    let manifest =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let dependencies = manifest.split("[dev-dependencies]").next().unwrap();
    for banned in
        ["leptos", "web-sys", "js-sys", "wasm-bindgen", "indexed_db_futures", "getrandom", "gloo"]
    {
        assert!(!dependencies.contains(banned), "core must not depend on {banned}");
    }
}

#[test]
fn every_module_starts_with_a_doc_line_and_reads_no_environment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("tests"), &mut files);
    assert!(files.len() > 10);
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.starts_with("//!"), "{} must start with a `//!` line", file.display());
        if file.starts_with(root.join("src")) {
            for banned in ["std::fs", "std::env", "SystemTime", "Utc::now", "Local::now"] {
                assert!(!text.contains(banned), "{} uses {banned}", file.display());
            }
        }
    }
}

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

/// The layers of `core/src`, bottom first: a folder may import only from itself and the
/// folders before it in this list.
const LAYERS: [&str; 6] = ["base", "model", "rules", "exchange", "secretariat", "programmes"];

/// The code of a file without comments and without its test module (tests may use any layer's
/// fixtures, such as the demo region).
fn code_without_comments_and_tests(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line.split(" // ").next().unwrap_or(line));
        code.push('\n');
    }
    code
}

/// Every `crate::<name>` in `code`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (index, _) in code.match_indices("crate::") {
        let before = code[..index].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[index + "crate::".len()..];
        let rest = rest.trim_start_matches('{').trim_start();
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        found.push(name);
    }
    found
}

/// The folder (layer) a source file belongs to, or `None` for `lib.rs`.
fn layer_of(root: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(root).ok()?;
    let mut parts = relative.components();
    let first = parts.next()?.as_os_str().to_str()?.to_owned();
    parts.next().map(|_| first)
}

#[test]
fn each_layer_imports_only_from_the_layers_below_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut upward = Vec::new();
    for file in &files {
        let Some(layer) = layer_of(&root, file) else { continue };
        let own = LAYERS.iter().position(|l| *l == layer);
        assert!(own.is_some(), "{} is outside the layers {LAYERS:?}", file.display());
        if file.file_name().is_some_and(|name| name == "tests.rs") {
            continue;
        }
        let code = code_without_comments_and_tests(&fs::read_to_string(file).unwrap());
        for name in crate_paths(&code) {
            if name == "APP_VERSION" {
                continue;
            }
            match LAYERS.iter().position(|l| *l == name) {
                Some(target) if target > own.unwrap() => {
                    upward.push(format!("{} imports crate::{name}", file.display()));
                }
                Some(_) => {}
                None => upward.push(format!(
                    "{} uses crate::{name}: name the module (crate::<layer>::…), not a re-export",
                    file.display()
                )),
            }
        }
    }
    assert!(upward.is_empty(), "imports against the layering:\n{}", upward.join("\n"));
}

#[test]
fn only_the_demo_imports_the_demo() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let demo = root.join("secretariat").join("demo");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    for file in files.iter().filter(|file| !file.starts_with(&demo)) {
        if file.file_name().is_some_and(|name| name == "tests.rs") {
            continue;
        }
        let code = code_without_comments_and_tests(&fs::read_to_string(file).unwrap());
        assert!(
            !code.contains("secretariat::demo") && !code.contains("demo::"),
            "{} imports the demo generators; only tests and the shells may",
            file.display()
        );
    }
}

#[test]
fn the_layer_check_sees_an_upward_import() {
    let code = "use crate::base::lang::Lang;\nuse crate::{secretariat::registry::Registry};\n// crate::programmes in a comment\n#[cfg(test)]\nmod tests { use crate::programmes::award; }\n";
    let names = crate_paths(&code_without_comments_and_tests(code));
    assert_eq!(names, ["base", "secretariat"]);
}

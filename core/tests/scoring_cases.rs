//! Scoring cases as data: every folder `tests/cases/<year>/<case>/` holds `input.json`
//! (the `inovda iid` input contract) and either `expected.json` (the output object)
//! or `expected_error.txt` (a phrase the one-line error must contain).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use inovda_core::Catalog;
use inovda_core::exchange::iid_json::{iid_output_json, parse_iid_input};
use inovda_core::rules::scoring::score_region;

fn case_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut dirs = Vec::new();
    for year in fs::read_dir(&root).unwrap() {
        let year = year.unwrap().path();
        for case in fs::read_dir(&year).unwrap() {
            dirs.push(case.unwrap().path());
        }
    }
    dirs.sort();
    dirs
}

fn check(dir: &Path) -> Result<(), String> {
    let year = dir.parent().and_then(Path::file_name).and_then(|n| n.to_str()).unwrap();
    let catalog = Catalog::builtin_named(year).map_err(|e| e.to_string())?;
    let input = fs::read_to_string(dir.join("input.json")).map_err(|e| e.to_string())?;
    let parsed = parse_iid_input(&catalog, &input);
    let expected_error = dir.join("expected_error.txt");
    if expected_error.exists() {
        let phrase = fs::read_to_string(expected_error).unwrap().trim().to_owned();
        return match parsed {
            Err(error) if error.to_string().contains(&phrase) => Ok(()),
            Err(error) => Err(format!("error `{error}` does not contain `{phrase}`")),
            Ok(_) => Err(format!("expected an error containing `{phrase}`")),
        };
    }
    let input = parsed.map_err(|e| format!("unexpected error: {e}"))?;
    let output = iid_output_json(year, &score_region(&catalog, &input));
    let actual: serde_json::Value = serde_json::from_str(&output).unwrap();
    let expected: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    if actual == expected {
        Ok(())
    } else {
        Err(format!("\n  expected {expected}\n  actual   {actual}"))
    }
}

#[test]
fn every_scoring_case_matches_its_expected_output() {
    let dirs = case_dirs();
    assert!(dirs.len() >= 10, "the case folders were not found");
    let mut names = BTreeSet::new();
    let mut failures = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        assert!(names.insert(name.clone()), "case name `{name}` is used twice");
        if let Err(message) = check(dir) {
            failures.push(format!("{}: {message}", dir.display()));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

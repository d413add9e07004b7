//! `inovda bundle verify|inspect|merge` on real files, as a script runs them.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Utc};
use inovda_core::InnovationRecord;
use inovda_core::base::hash::sha256_hex;
use inovda_core::exchange::bundle::{
    BundleContent, BundleKind, BundleMeta, SigningKey, write_bundle,
};
use inovda_core::exchange::record::revision_hash;
use inovda_core::model::innovation::{EvidenceFile, Innovation, InnovationId, Stage};

fn inovda(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_inovda")).args(args).output().expect("the inovda binary runs")
}

fn dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("inovda-bundle-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const PDF: &[u8] = b"%PDF-1.4 SK inovasi";

fn innovation(seed: u8, name: &str) -> Innovation {
    let now = DateTime::parse_from_rfc3339("2026-03-04T05:06:07Z").unwrap().with_timezone(&Utc);
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([seed; 16]),
        "Diskominfo",
        "Kota Probolinggo",
        2026,
        now,
    );
    innovation.name = name.into();
    innovation.stage = Some(Stage::Trial);
    innovation.budget_file = Some(EvidenceFile {
        sha256: sha256_hex(PDF),
        file_name: "anggaran.pdf".into(),
        media_type: "application/pdf".into(),
        size: PDF.len() as u32,
    });
    innovation
}

fn write(path: &Path, records: Vec<InnovationRecord>, seed: u8) {
    let meta = BundleMeta {
        kind: BundleKind::Submission,
        created_at: "2026-11-22T10:00:00+00:00".into(),
        region: "Kota Probolinggo".into(),
        agency: "Diskominfo".into(),
        year: 2026,
    };
    let content = BundleContent { records, ..BundleContent::default() };
    let bytes = write_bundle(&meta, &content, &[PDF], &SigningKey::from_seed(&[seed; 32])).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn verify_prints_one_line_per_file_and_exits_0_only_if_all_are_valid() {
    let dir = dir("verify");
    let good = dir.join("good.zip");
    write(&good, vec![InnovationRecord::from(&innovation(1, "Si Ijol"))], 1);
    let output = inovda(&["bundle", "verify", good.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.starts_with(&format!("{}: OK submission from Diskominfo", good.display())));
    let fingerprint = SigningKey::from_seed(&[1; 32]).public_key().fingerprint();
    assert!(stdout.contains(&fingerprint), "{stdout}");

    let mut bytes = std::fs::read(&good).unwrap();
    let at = bytes.windows(7).position(|w| w == b"Si Ijol").unwrap();
    bytes[at] = b'X';
    let tampered = dir.join("tampered.zip");
    std::fs::write(&tampered, &bytes).unwrap();
    let truncated = dir.join("truncated.zip");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();

    let paths = [&good, &tampered, &truncated, &dir.join("missing.zip")];
    let args: Vec<&str> =
        ["bundle", "verify"].into_iter().chain(paths.iter().map(|p| p.to_str().unwrap())).collect();
    let output = inovda(&args);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(lines[0].contains(": OK "));
    assert!(lines[1].contains("tampered.zip: modified "), "{}", lines[1]);
    assert!(lines[2].contains("truncated.zip: damaged "), "{}", lines[2]);
    assert!(lines[3].contains("missing.zip: cannot read"), "{}", lines[3]);

    let indonesian = inovda(&["bundle", "verify", "--lang", "id", tampered.to_str().unwrap()]);
    assert!(text(&indonesian.stdout).contains("Berkas diubah"));
}

#[test]
fn inspect_summarises_the_manifest_and_refuses_a_broken_file() {
    let dir = dir("inspect");
    let path = dir.join("bundle.zip");
    write(&path, vec![InnovationRecord::from(&innovation(1, "Si Ijol"))], 1);
    let output = inovda(&["bundle", "inspect", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["format_version"], 2);
    assert_eq!(summary["kind"], "submission");
    assert_eq!(summary["agency"], "Diskominfo");
    assert_eq!(summary["innovations"][0]["name"], "Si Ijol");
    assert_eq!(summary["files"][0]["sha256"], sha256_hex(PDF));
    let fingerprint = SigningKey::from_seed(&[1; 32]).public_key().fingerprint();
    assert_eq!(summary["signer"]["fingerprint"], fingerprint);

    let broken = dir.join("broken.zip");
    std::fs::write(&broken, b"not a zip").unwrap();
    let output = inovda(&["bundle", "inspect", broken.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("not a valid Inovda bundle"));
}

#[test]
fn merge_deduplicates_follows_successors_and_lists_conflicts() {
    let dir = dir("merge");
    let first = InnovationRecord::from(&innovation(1, "Si Ijol"));
    let other = InnovationRecord::from(&innovation(2, "Portal Emas"));
    let base = first.to_domain().unwrap();
    let mut next = base.clone();
    next.name = "Si Ijol Plus".into();
    next.reopen(revision_hash(&first), base.updated_at);
    next.submit(base.updated_at);
    let mut diverged = base.clone();
    diverged.name = "Si Ijol versi lain".into();
    diverged.submit(base.updated_at);

    let a = dir.join("a.zip");
    let b = dir.join("b.zip");
    let c = dir.join("c.zip");
    let rekeyed = dir.join("rekeyed.zip");
    write(&a, vec![first.clone(), other.clone()], 1);
    write(&b, vec![InnovationRecord::from(&next)], 1);
    write(&c, vec![InnovationRecord::from(&diverged), other.clone()], 1);
    write(&rekeyed, vec![other.clone()], 2);
    let out = dir.join("merged.json");
    let files = [&a, &a, &b, &c];
    let mut args = vec!["bundle", "merge", "-o", out.to_str().unwrap()];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    let output = inovda(&args);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).starts_with("merged 2 records from 4 files"));
    let merged: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let names: Vec<&str> =
        merged["records"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Si Ijol Plus", "Portal Emas"]);
    let conflicts = merged["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0]["other"]["record"]["name"], "Si Ijol versi lain");
    assert_eq!(conflicts[0]["kept"]["file"], b.display().to_string());

    let args = ["bundle", "merge", "-o", out.to_str().unwrap(), a.to_str().unwrap()];
    let mut with_rekeyed = args.to_vec();
    with_rekeyed.push(rekeyed.to_str().unwrap());
    let output = inovda(&with_rekeyed);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("changed its key"), "{}", text(&output.stdout));
}

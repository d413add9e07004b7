//! The `inovda` binary as a script sees it: arguments in, text and exit codes out.

use std::process::Command;

fn inovda(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_inovda")).args(args).output().expect("the inovda binary runs")
}

#[test]
fn version_prints_the_package_version() {
    let output = inovda(&["--version"]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("inovda {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_lists_the_commands() {
    let output = inovda(&["--help"]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Usage: inovda"), "{text}");
    for command in ["bundle", "iid", "catalog"] {
        assert!(text.contains(command), "{text}");
    }
}

#[test]
fn inspecting_a_file_that_is_not_a_bundle_fails_with_a_message() {
    let dir = std::env::temp_dir().join(format!("inovda-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.zip");
    std::fs::write(&path, b"not a zip").unwrap();
    let output = inovda(&["bundle", "inspect", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("not a valid Inovda bundle"), "{text}");
    let missing = inovda(&["bundle", "inspect", "/nonexistent/file.zip"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}

fn inovda_with_stdin(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;

    let mut child = Command::new(env!("CARGO_BIN_EXE_inovda"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the inovda binary runs");
    // The command may refuse its arguments and exit before reading its input: a closed pipe
    // is then expected, and the exit code and message are what the test checks.
    if let Err(error) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("inovda-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

const EXAMPLE: &str = r#"{"spd_score": 45, "innovations": [{"maturity": 80, "urusan_utama": "Kesehatan", "status": "diverifikasi"}], "yandas_covered": 5}"#;

#[test]
fn iid_reads_the_contract_from_stdin_or_a_file_and_prints_one_json_line() {
    let from_stdin = inovda_with_stdin(&["iid", "--catalog", "2026"], EXAMPLE);
    assert!(from_stdin.status.success(), "{}", String::from_utf8_lossy(&from_stdin.stderr));
    let text = String::from_utf8(from_stdin.stdout.clone()).unwrap();
    assert_eq!(text.lines().count(), 1);
    let output: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&str> = output.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected_keys = vec![
        "catalog",
        "n",
        "divisor",
        "empty_seats",
        "spd",
        "average_maturity",
        "count_score",
        "sid",
        "total",
        "iid",
        "predicate",
        "yandas_covered",
        "yandas_missing",
    ];
    expected_keys.sort_unstable();
    assert_eq!(keys, expected_keys);
    assert_eq!(output["catalog"], "2026");
    assert_eq!(output["n"], 1);
    assert_eq!(output["divisor"], 12);
    assert_eq!(output["empty_seats"], 11);
    assert_eq!(output["iid"].as_f64(), Some(20.82));
    assert_eq!(output["predicate"], "Kurang Inovatif");
    assert_eq!(output["yandas_missing"].as_array().unwrap().len(), 5);
    assert!(text.contains(r#""spd":45.00,"#), "two decimals: {text}");

    let path = temp_file("input.json", EXAMPLE);
    let from_file = inovda(&["iid", "--catalog", "2026", path.to_str().unwrap()]);
    assert_eq!(from_file.stdout, from_stdin.stdout);
    let dash = inovda_with_stdin(&["iid", "--catalog", "2026", "-"], EXAMPLE);
    assert_eq!(dash.stdout, from_stdin.stdout);
}

#[test]
fn iid_with_levels_and_another_catalog() {
    let input = r#"{"spd_levels": {"1": 3, "2a": 3}, "innovations": [{"levels": {"16": 3, "35": 3}, "urusan_utama": 1}]}"#;
    let output = inovda_with_stdin(&["iid", "--catalog", "2023"], input);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["catalog"], "2023");
    assert_eq!(value["divisor"], 10);
    assert_eq!(value["spd"].as_f64(), Some(6.0));
    // 21 / 10 + 0.38 (no yandas gate in 2023)
    assert_eq!(value["sid"].as_f64(), Some(2.48));
}

#[test]
fn iid_errors_exit_2_with_one_line_naming_the_problem() {
    for (args, input, needle) in [
        (vec!["iid", "--catalog", "2026"], "{not json", "not valid JSON"),
        (vec!["iid", "--catalog", "2019"], EXAMPLE, "unknown catalog `2019`"),
        (
            vec!["iid", "--catalog", "2026"],
            r#"{"spd_score": 1, "innovations": [{"maturity": 200}]}"#,
            "innovations[0].maturity",
        ),
        (vec!["iid", "--catalog", "2026"], r#"{"spd_score": 1}"#, "`innovations` is required"),
    ] {
        let output = inovda_with_stdin(&args, input);
        assert_eq!(output.status.code(), Some(2), "{args:?} {input}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.contains(needle), "{stderr}");
        assert!(output.stdout.is_empty());
    }
    let missing = inovda(&["iid", "--catalog", "2026", "/nonexistent/input.json"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn catalogs_are_listed_shown_and_read_back_from_a_file() {
    let list = inovda(&["catalog", "list"]);
    assert!(list.status.success());
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let years: Vec<&str> =
        list.as_array().unwrap().iter().map(|c| c["catalog"].as_str().unwrap()).collect();
    assert_eq!(years, ["2023", "2025", "2026", "2027"]);
    assert_eq!(list[1]["very_innovative_from"], "65.01");
    assert_eq!(list[1]["innovative_from"], "35.01");

    let show = inovda(&["catalog", "show", "2026"]);
    assert!(show.status.success());
    let shown: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(shown["divisor_min"], 12);
    assert_eq!(shown["sid"].as_array().unwrap().len(), 20);

    // A user catalog: the 2026 one with k = 20.
    let mut custom = shown.clone();
    custom["divisor_min"] = serde_json::json!(20);
    let path = temp_file("catalog.json", &custom.to_string());
    let output = inovda_with_stdin(
        &["iid", "--catalog-file", path.to_str().unwrap()],
        r#"{"spd_score": 0, "innovations": [{"maturity": 100}]}"#,
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["divisor"], 20);
    assert_eq!(value["average_maturity"].as_f64(), Some(5.0));

    custom["divisor_min"] = serde_json::json!(0);
    let broken = temp_file("broken-catalog.json", &custom.to_string());
    let output = inovda(&["catalog", "show", "--catalog-file", broken.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("divisor_min"));

    let unknown = inovda(&["catalog", "show", "2019"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown catalog"));
}

fn temp_dir(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("inovda-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn demo_prints_a_workspace_that_recap_turns_into_csv_and_xlsx() {
    let dir = temp_dir("recap");
    let demo = inovda(&["demo", "--seed", "3"]);
    assert!(demo.status.success());
    assert_eq!(
        demo.stdout,
        inovda(&["demo", "--seed", "3"]).stdout,
        "the same seed, the same data"
    );
    let workspace: serde_json::Value = serde_json::from_slice(&demo.stdout).unwrap();
    assert_eq!(workspace["config"]["demo"], true);
    assert_eq!(workspace["config"]["agencies"].as_array().unwrap().len(), 30);
    let file = dir.join("demo.json");
    std::fs::write(&file, &demo.stdout).unwrap();
    let out = dir.join("csv");
    let recap = inovda(&[
        "recap",
        "--catalog",
        "2026",
        file.to_str().unwrap(),
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(recap.status.success(), "{}", String::from_utf8_lossy(&recap.stderr));
    let csv = std::fs::read(out.join("rekap-instansi.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBFInstansi;Jenis;Aktif;"));
    assert_eq!(csv.windows(2).filter(|w| w == b"\r\n").count(), 31);
    let xlsx = dir.join("rekap.xlsx");
    let recap = inovda(&[
        "recap",
        "--catalog",
        "2026",
        file.to_str().unwrap(),
        "--format",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert!(recap.status.success(), "{}", String::from_utf8_lossy(&recap.stderr));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    let bad = inovda(&["recap", "--catalog", "2026", "/nonexistent.json", "-o", "x"]);
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn registry_import_csv_previews_and_exits_1_on_a_bad_row() {
    let dir = temp_dir("registry");
    let good = dir.join("good.csv");
    std::fs::write(
        &good,
        "\u{feff}Nama;Jenis;Induk\r\nKecamatan A;Kecamatan;\r\nDesa B;desa;Kecamatan A\r\n",
    )
    .unwrap();
    let output = inovda(&["registry", "import-csv", good.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let preview: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(preview["added"].as_array().unwrap().len(), 2);
    assert_eq!(preview["added"][1]["parent"], preview["added"][0]["id"]);
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "name,kind\nDinas X,office\n,desa\n").unwrap();
    let output = inovda(&["registry", "import-csv", "--lang", "id", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let preview: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(preview["issues"][0]["row"], 3);
    assert_eq!(preview["issues"][0]["message"], "Baris 3: Nama instansi wajib diisi.");
    std::fs::remove_dir_all(dir).ok();
}

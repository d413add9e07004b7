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
    assert!(text.contains("bundle"), "{text}");
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

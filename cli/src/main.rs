//! The `inovda` command: Inovda's domain core for scripts and the secretariat's terminal.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

/// Inovda: regional innovations (inovasi daerah), their IID evidence and signed bundles.
#[derive(Debug, Parser)]
#[command(name = "inovda", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Work with bundle files (.zip) exported by the app.
    #[command(subcommand)]
    Bundle(BundleCommand),
}

#[derive(Debug, Subcommand)]
enum BundleCommand {
    /// Check every entry of a bundle against its manifest and print a summary as JSON.
    Inspect {
        /// The bundle file, or `-` for standard input.
        file: PathBuf,
    },
}

fn read_input(path: &PathBuf) -> anyhow::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
        Ok(bytes)
    } else {
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
    }
}

fn inspect(file: &PathBuf) -> anyhow::Result<String> {
    let bytes = read_input(file)?;
    let bundle = inovda_core::bundle::read_bundle(&bytes)
        .with_context(|| format!("{} is not a valid Inovda bundle", file.display()))?;
    let summary = serde_json::json!({
        "format": bundle.manifest.format,
        "format_version": bundle.manifest.format_version,
        "kind": bundle.manifest.kind,
        "created_at": bundle.manifest.created_at,
        "region": bundle.manifest.region,
        "agency": bundle.manifest.agency,
        "year": bundle.manifest.year,
        "innovations": bundle.records.iter().map(|record| serde_json::json!({
            "id": record.id,
            "name": record.name,
            "stage": record.stage,
            "status": record.status,
            "revision": record.revision,
        })).collect::<Vec<_>>(),
    });
    Ok(serde_json::to_string_pretty(&summary)?)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Bundle(BundleCommand::Inspect { file }) => inspect(file),
    };
    match result {
        Ok(output) => {
            #[allow(clippy::print_stdout, reason = "the CLI's output is its purpose")]
            {
                println!("{output}");
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("inovda: {error:#}");
            ExitCode::from(2)
        }
    }
}

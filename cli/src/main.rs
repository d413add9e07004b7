//! The `inovda` command: Inovda's domain core for scripts and the secretariat's terminal.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use inovda_core::Catalog;
use inovda_core::catalog::BUILTIN_YEARS;
use inovda_core::iid_json::{iid_output_json, parse_iid_input};
use inovda_core::scoring::score_region;

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
    /// Compute a region's Indeks Inovasi Daerah from JSON (see docs/cli.md) and print it as JSON.
    Iid {
        #[command(flatten)]
        catalog: CatalogChoice,
        /// The input JSON file, or `-` (the default) for standard input.
        file: Option<PathBuf>,
    },
    /// The IID catalogs (one per assessment year).
    #[command(subcommand)]
    Catalog(CatalogCommand),
}

#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
struct CatalogChoice {
    /// A shipped catalog by assessment year: 2023, 2026 or 2027.
    #[arg(long, value_name = "YEAR")]
    catalog: Option<String>,
    /// A catalog JSON file in the shape `inovda catalog show` prints.
    #[arg(long, value_name = "PATH")]
    catalog_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum CatalogCommand {
    /// List the shipped catalogs as JSON.
    List,
    /// Print a catalog as JSON (shipped by year, or a checked user file with --catalog-file).
    Show {
        /// The assessment year, e.g. 2026.
        #[arg(required_unless_present = "catalog_file", conflicts_with = "catalog_file")]
        year: Option<String>,
        /// Check and print a user catalog file instead.
        #[arg(long, value_name = "PATH")]
        catalog_file: Option<PathBuf>,
    },
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

/// The chosen catalog and the name it goes by in output ("2026", or the file's year).
fn load_catalog(year: Option<&str>, file: Option<&PathBuf>) -> anyhow::Result<(Catalog, String)> {
    if let Some(path) = file {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read catalog file {}", path.display()))?;
        let catalog = Catalog::from_json(&text)
            .with_context(|| format!("catalog file {} is not usable", path.display()))?;
        let name = catalog.year.to_string();
        return Ok((catalog, name));
    }
    let name = year.unwrap_or_default();
    let catalog = Catalog::builtin_named(name)?;
    Ok((catalog, name.trim().to_owned()))
}

fn iid(choice: &CatalogChoice, file: Option<&PathBuf>) -> anyhow::Result<String> {
    let (catalog, name) = load_catalog(choice.catalog.as_deref(), choice.catalog_file.as_ref())?;
    let stdin = PathBuf::from("-");
    let bytes = read_input(file.unwrap_or(&stdin))?;
    let text = String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("input is not UTF-8 text"))?;
    let input = parse_iid_input(&catalog, &text)?;
    Ok(iid_output_json(&name, &score_region(&catalog, &input)))
}

fn catalog_list() -> anyhow::Result<String> {
    let mut catalogs = Vec::new();
    for year in BUILTIN_YEARS {
        let catalog = Catalog::builtin(year)?;
        catalogs.push(serde_json::json!({
            "catalog": year.to_string(),
            "title": catalog.title,
            "divisor_min": catalog.divisor_min,
            "yandas_min_covered": catalog.yandas.min_covered,
            "very_innovative_from": catalog.bands.very_innovative_from.round2().to_string(),
            "innovative_from": catalog.bands.innovative_from.round2().to_string(),
        }));
    }
    Ok(serde_json::to_string_pretty(&catalogs)?)
}

fn catalog_show(year: Option<&str>, file: Option<&PathBuf>) -> anyhow::Result<String> {
    let (catalog, _) = load_catalog(year, file)?;
    Ok(catalog.to_json())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Bundle(BundleCommand::Inspect { file }) => inspect(file),
        Command::Iid { catalog, file } => iid(catalog, file.as_ref()),
        Command::Catalog(CatalogCommand::List) => catalog_list(),
        Command::Catalog(CatalogCommand::Show { year, catalog_file }) => {
            catalog_show(year.as_deref(), catalog_file.as_ref())
        }
    };
    match result {
        Ok(output) => {
            // A closed pipe (`inovda catalog show 2026 | head`) is not an error worth a panic.
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{output}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("inovda: cannot write the output: {error}");
                    ExitCode::from(2)
                }
            }
        }
        Err(error) => {
            // One line, naming the problem: scripts read it from standard error.
            let message = format!("{error:#}").replace('\n', " ");
            eprintln!("inovda: {message}");
            ExitCode::from(2)
        }
    }
}

//! The `inovda` command: Inovda's domain core for scripts and the secretariat's terminal.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::collections::BTreeMap;

use inovda_core::base::hash::sha256_hex;
use inovda_core::base::sheet::{csv_file_name, write_csv, write_xlsx};
use inovda_core::exchange::bundle::{
    LocalState, RecordAction, SignerStatus, SigningKey, plan_import, read_bundle,
};
use inovda_core::exchange::bundle::{bundle_error_message, reject_reason_message};
use inovda_core::exchange::iid_json::{iid_output_json, parse_iid_input};
use inovda_core::exchange::record::revision_hash;
use inovda_core::model::catalog::BUILTIN_YEARS;
use inovda_core::rules::scoring::score_region;
use inovda_core::secretariat::demo::demo_dataset;
use inovda_core::secretariat::demo::synthetic::{SyntheticSpec, synthetic_bundles};
use inovda_core::secretariat::recap_export::{WORKSPACE_SCHEMA_VERSION, Workspace, recap_sheets};
use inovda_core::secretariat::registry::Registry;
use inovda_core::secretariat::text::registry_issue_message;
use inovda_core::{Catalog, InnovationRecord, Lang};
use sha2::{Digest, Sha256};

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
    /// The secretariat's agency registry.
    #[command(subcommand)]
    Registry(RegistryCommand),
    /// Write the recap sheets (Rekap Instansi, Inovasi, Indikator, Proyeksi IID) of a workspace
    /// JSON file as CSV files for Indonesian Excel or as one XLSX workbook.
    Recap {
        #[command(flatten)]
        catalog: CatalogChoice,
        /// The workspace JSON (the shape `inovda demo` prints), or `-` for standard input.
        file: PathBuf,
        /// `csv` (a directory of four files) or `xlsx` (one workbook).
        #[arg(long, default_value = "csv", value_parser = ["csv", "xlsx"])]
        format: String,
        /// Output directory (csv) or file (xlsx).
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Language of the labels inside the sheets: `id` (default) or `en`.
        #[arg(long, default_value = "id", value_name = "LANG")]
        lang: String,
    },
    /// Serve the app and the relay (docs/relay.md) until Ctrl+C or SIGTERM.
    Serve {
        /// The built app (`make build` writes it); without `index.html` only the API is served.
        #[arg(long, default_value = "dist", value_name = "DIR")]
        dist: PathBuf,
        /// The data folder: the SQLite database and bundle bytes by default, upload spooling.
        #[arg(long, default_value = "data", value_name = "DIR")]
        data: PathBuf,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
        listen: std::net::SocketAddr,
        /// `postgres://user:password@host/db` for a shared deployment (default: SQLite in the
        /// data folder).
        #[arg(long, value_name = "URL", env = "INOVDA_DATABASE_URL")]
        database: Option<String>,
        /// `file:///path` or `s3://bucket/prefix` (builds with the `s3` feature) for bundle
        /// bytes (default: `<data>/bundles/`).
        #[arg(long, value_name = "URL", env = "INOVDA_OBJECTS_URL")]
        objects: Option<String>,
        /// Largest sealed bundle accepted, in MiB.
        #[arg(long, default_value_t = 256, value_name = "MIB")]
        max_bundle_mib: u64,
        /// Bundles a sender may have waiting (not yet received by every recipient).
        #[arg(long, default_value_t = 500)]
        quota: i64,
        /// Requests per minute and device key.
        #[arg(long, default_value_t = 120)]
        rate_per_minute: u32,
    },
    /// Relay administration.
    #[command(subcommand)]
    Relay(RelayCommand),
    /// Print the demo region ("data contoh") as a workspace JSON.
    Demo {
        /// The seed: the same seed prints the same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The assessment year (a shipped catalog).
        #[arg(long, default_value = "2026", value_name = "YEAR")]
        catalog: String,
    },
}

#[derive(Debug, Subcommand)]
enum RelayCommand {
    /// Print a new one-time enrolment code (valid 7 days) with which a secretariat creates its
    /// region; the relay need not be running.
    Code {
        /// The data folder of `inovda serve` (its SQLite database).
        #[arg(long, default_value = "data", value_name = "DIR")]
        data: PathBuf,
        /// The database URL, as given to `inovda serve --database`.
        #[arg(long, value_name = "URL", env = "INOVDA_DATABASE_URL")]
        database: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum RegistryCommand {
    /// Preview importing an agency list from CSV: what would be added, updated or skipped, and
    /// every bad row. Exit 0 when every row is usable, 1 when some row is not.
    ImportCsv {
        /// The CSV file (`nama;jenis[;induk;aktif;id]`, `;` or `,`, UTF-8 with or without BOM).
        file: PathBuf,
        /// The current registry JSON to compare with (default: an empty registry).
        #[arg(long, value_name = "REGISTRY.json")]
        registry: Option<PathBuf>,
        /// Language of the issue messages: `en` (default) or `id`.
        #[arg(long, default_value = "en", value_name = "LANG")]
        lang: String,
    },
}

#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
struct CatalogChoice {
    /// A shipped catalog by assessment year: 2023, 2025, 2026 or 2027.
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
    /// Verify bundles: one line per file, `OK` or the reason; exit 0 only if all are valid.
    Verify {
        /// Language of the reasons: `en` (default) or `id`.
        #[arg(long, default_value = "en", value_name = "LANG")]
        lang: String,
        /// The bundle files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Verify a bundle and print a summary of its manifest as JSON.
    Inspect {
        /// The bundle file, or `-` for standard input.
        file: PathBuf,
    },
    /// Merge the records of many bundles into one JSON file, deduplicated, conflicts listed.
    Merge {
        /// Where to write the merged JSON.
        #[arg(short, long, value_name = "OUT.json")]
        output: PathBuf,
        /// The bundle files, merged in the order given.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write synthetic, validly signed submission bundles (one per agency of a seeded region with
    /// realistic names) into a directory, for benchmarks. Never use them as real data.
    Generate {
        /// The seed: the same seed writes the same bytes.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// How many agencies, each signing one bundle (about one in ten has no innovation).
        #[arg(long, default_value_t = 100)]
        bundles: usize,
        /// How many innovations, spread over the agencies.
        #[arg(long, default_value_t = 2_000)]
        innovations: usize,
        /// Bytes of each evidence file; 0 (the default) leaves the evidence out.
        #[arg(long, default_value_t = 0)]
        evidence_bytes: usize,
        /// The assessment year (a shipped catalog).
        #[arg(long, default_value = "2026", value_name = "YEAR")]
        catalog: String,
        /// The directory to write into (created if missing).
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
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
    let bundle = read_bundle(&bytes).map_err(|error| {
        anyhow::anyhow!("{} is not a valid Inovda bundle: {error}", file.display())
    })?;
    let manifest = &bundle.manifest;
    let summary = serde_json::json!({
        "format": manifest.format,
        "format_version": manifest.format_version,
        "kind": manifest.kind,
        "created_at": manifest.created_at,
        "app_version": manifest.app_version,
        "region": manifest.region,
        "agency": manifest.agency,
        "year": manifest.year,
        "signer": {
            "public_key": manifest.signer_public_key,
            "fingerprint": bundle.signer.fingerprint(),
        },
        "innovations": bundle.records.iter().map(|record| serde_json::json!({
            "id": record.id,
            "name": record.name,
            "stage": record.stage,
            "status": record.status,
            "revision": record.revision,
        })).collect::<Vec<_>>(),
        "verdicts": bundle.verdicts.iter().map(|verdict| serde_json::json!({
            "innovation_id": verdict.innovation_id,
            "revision": verdict.revision,
            "status": verdict.status,
            "decided_at": verdict.decided_at,
        })).collect::<Vec<_>>(),
        "files": bundle.files.iter().map(|file| serde_json::json!({
            "sha256": file.sha256,
            "size": file.size,
        })).collect::<Vec<_>>(),
    });
    Ok(serde_json::to_string_pretty(&summary)?)
}

/// One line per file, and whether every file verified.
fn verify(files: &[PathBuf], lang: Lang) -> (String, bool) {
    let mut lines = Vec::new();
    let mut all_valid = true;
    for file in files {
        let line = match std::fs::read(file) {
            Err(error) => {
                all_valid = false;
                format!("{}: cannot read: {error}", file.display())
            }
            Ok(bytes) => match read_bundle(&bytes) {
                Ok(bundle) => format!(
                    "{}: OK {} from {} ({}), {} records, {} verdicts, {} files, key {}",
                    file.display(),
                    bundle.manifest.kind.code(),
                    bundle.manifest.agency,
                    bundle.manifest.region,
                    bundle.records.len(),
                    bundle.verdicts.len(),
                    bundle.files.len(),
                    bundle.signer.fingerprint()
                ),
                Err(error) => {
                    all_valid = false;
                    format!(
                        "{}: {} {}",
                        file.display(),
                        error.code().as_str(),
                        bundle_error_message(lang, &error)
                    )
                }
            },
        };
        lines.push(line);
    }
    (lines.join("\n"), all_valid)
}

/// Writes the merged records of many bundles; returns a summary and whether every file was accepted.
fn merge(files: &[PathBuf], output: &PathBuf) -> anyhow::Result<(String, bool)> {
    let mut state = LocalState::default();
    let mut records: BTreeMap<String, (InnovationRecord, String)> = BTreeMap::new();
    let mut conflicts = Vec::new();
    let mut rejected_records = Vec::new();
    let mut rejected_files = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let bytes = std::fs::read(file).with_context(|| format!("cannot read {name}"))?;
        let bundle = match read_bundle(&bytes) {
            Ok(bundle) => bundle,
            Err(error) => {
                rejected_files.push(serde_json::json!({
                    "file": name,
                    "code": error.code().as_str(),
                    "reason": bundle_error_message(Lang::En, &error),
                }));
                continue;
            }
        };
        let plan = plan_import(&bundle, &state);
        if let SignerStatus::Changed { previous } = plan.signer_status {
            rejected_files.push(serde_json::json!({
                "file": name,
                "code": "signer_key_changed",
                "reason": format!(
                    "{} changed its key from {} to {}; not merged",
                    bundle.manifest.agency,
                    previous.fingerprint(),
                    bundle.signer.fingerprint()
                ),
            }));
            continue;
        }
        for item in &plan.records {
            let Some(record) = bundle.records.get(item.index) else { continue };
            match &item.action {
                RecordAction::New | RecordAction::Update => {
                    records.insert(record.id.clone(), (record.clone(), name.clone()));
                }
                RecordAction::Conflict => {
                    let kept = records.get(&record.id);
                    conflicts.push(serde_json::json!({
                        "id": record.id,
                        "name": record.name,
                        "kept": kept.map(|(kept, file)| serde_json::json!({
                            "file": file,
                            "revision": kept.revision,
                            "revision_hash": revision_hash(kept),
                        })),
                        "other": {
                            "file": name,
                            "revision": record.revision,
                            "revision_hash": item.revision_hash,
                            "record": record,
                        },
                    }));
                }
                RecordAction::Rejected(reason) => rejected_records.push(serde_json::json!({
                    "file": name,
                    "id": record.id,
                    "reason": reject_reason_message(Lang::En, reason),
                })),
                RecordAction::Unchanged | RecordAction::Older => {}
            }
        }
        state.apply(&bundle, &plan).map_err(|error| anyhow::anyhow!("{error}"))?;
    }
    let all_accepted = rejected_files.is_empty();
    let merged = serde_json::json!({
        "records": records.values().map(|(record, _)| record).collect::<Vec<_>>(),
        "conflicts": conflicts,
        "rejected_records": rejected_records,
        "rejected_files": rejected_files,
    });
    let mut text = serde_json::to_string_pretty(&merged)?;
    text.push('\n');
    std::fs::write(output, text).with_context(|| format!("cannot write {}", output.display()))?;
    let mut summary = format!(
        "merged {} records from {} files into {}; {} conflicts, {} rejected records, {} rejected files",
        records.len(),
        files.len(),
        output.display(),
        conflicts.len(),
        rejected_records.len(),
        rejected_files.len()
    );
    for rejected in &rejected_files {
        summary.push_str(&format!(
            "\n{}: {}",
            rejected["file"].as_str().unwrap_or_default(),
            rejected["reason"].as_str().unwrap_or_default()
        ));
    }
    Ok((summary, all_accepted))
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

fn registry_import_csv(
    file: &PathBuf,
    registry: Option<&PathBuf>,
    lang: Lang,
) -> anyhow::Result<(String, bool)> {
    let registry = match registry {
        Some(path) => Registry::from_json(&read_input(path)?)
            .with_context(|| format!("{} is not a usable registry", path.display()))?,
        None => Registry::default(),
    };
    let bytes = read_input(file)?;
    // New ids derive from the file's hash: the same file previews the same ids.
    let preview = registry.preview_csv(&bytes, sha256_hex(&bytes).as_bytes());
    let mut value = serde_json::to_value(&preview)?;
    if let Some(issues) = value.get_mut("issues").and_then(serde_json::Value::as_array_mut) {
        for (json, issue) in issues.iter_mut().zip(&preview.issues) {
            json["message"] = registry_issue_message(lang, issue).into();
        }
    }
    value["skipped"] = preview.skipped().into();
    Ok((serde_json::to_string_pretty(&value)?, preview.issues.is_empty()))
}

fn recap(
    choice: &CatalogChoice,
    file: &PathBuf,
    format: &str,
    output: &PathBuf,
    lang: Lang,
) -> anyhow::Result<String> {
    let (catalog, _) = load_catalog(choice.catalog.as_deref(), choice.catalog_file.as_ref())?;
    let workspace = Workspace::from_json(&read_input(file)?)?;
    // The CLI has no region zone setting; WIB is the most common zone.
    let sheets = recap_sheets(&catalog, &workspace, lang, inovda_core::base::zone::Zone::Wib);
    if format == "xlsx" {
        let bytes = write_xlsx(&sheets)?;
        std::fs::write(output, &bytes)
            .with_context(|| format!("cannot write {}", output.display()))?;
        return Ok(format!(
            "wrote {} ({} sheets, {} bytes)",
            output.display(),
            sheets.len(),
            bytes.len()
        ));
    }
    std::fs::create_dir_all(output)
        .with_context(|| format!("cannot create the directory {}", output.display()))?;
    let mut written = Vec::new();
    for sheet in &sheets {
        let path = output.join(csv_file_name(sheet));
        std::fs::write(&path, write_csv(sheet))
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path.display().to_string());
    }
    Ok(written.join("\n"))
}

fn demo(seed: u64, year: &str) -> anyhow::Result<String> {
    let catalog = Catalog::builtin_named(year)?;
    // A fixed date in the assessment year keeps the output reproducible.
    let now = chrono::NaiveDate::from_ymd_opt(i32::from(catalog.year), 6, 1)
        .and_then(|date| date.and_hms_opt(1, 0, 0))
        .map(|time| time.and_utc())
        .context("no date for the catalog year")?;
    let key_seed: [u8; 32] = Sha256::digest(seed.to_be_bytes()).into();
    let key = SigningKey::from_seed(&key_seed).public_key();
    let demo = demo_dataset(&catalog, seed, &key, now);
    let workspace = Workspace {
        schema_version: WORKSPACE_SCHEMA_VERSION,
        config: demo.config,
        records: demo.innovations.iter().map(InnovationRecord::from).collect(),
        verdicts: demo.verdicts,
        spd: demo.spd,
        last_bundles: Default::default(),
    };
    Ok(String::from_utf8(workspace.to_json())?)
}

fn generate(spec: SyntheticSpec, year: &str, dir: &PathBuf) -> anyhow::Result<String> {
    let catalog = Catalog::builtin_named(year)?;
    let now = chrono::NaiveDate::from_ymd_opt(i32::from(catalog.year), 6, 1)
        .and_then(|date| date.and_hms_opt(1, 0, 0))
        .map(|time| time.and_utc())
        .context("no date for the catalog year")?;
    let bundles = synthetic_bundles(&catalog, spec, now)?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut bytes = 0u64;
    for bundle in &bundles {
        let path = dir.join(&bundle.file_name);
        std::fs::write(&path, &bundle.bytes)
            .with_context(|| format!("cannot write {}", path.display()))?;
        bytes += bundle.bytes.len() as u64;
    }
    let innovations: usize = bundles.iter().map(|bundle| bundle.innovations).sum();
    Ok(format!(
        "{} bundles, {innovations} innovations, {bytes} bytes in {}",
        bundles.len(),
        dir.display()
    ))
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

/// Prints `output` to standard output; a closed pipe is not an error worth a panic.
fn print(output: &str, code: ExitCode) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{output}").and_then(|()| stdout.flush()) {
        Ok(()) => code,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(error) => {
            eprintln!("inovda: cannot write the output: {error}");
            ExitCode::from(2)
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

fn relay_code(data: &std::path::Path, database: Option<&str>) -> anyhow::Result<String> {
    runtime()?.block_on(async {
        let db = inovda_server::open_database(data, database).await?;
        let now = chrono::Utc::now().timestamp_millis();
        let code = inovda_server::codes::new_code(&db, now).await?;
        db.close().await;
        let until =
            chrono::DateTime::from_timestamp_millis(now + inovda_server::codes::CODE_LIFETIME_MS)
                .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_default();
        Ok(format!("{code}\n(one-time enrolment code, valid until {until})"))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Serve {
        dist,
        data,
        listen,
        database,
        objects,
        max_bundle_mib,
        quota,
        rate_per_minute,
    } = &cli.command
    {
        let options = inovda_server::ServeOptions {
            dist: dist.clone(),
            data: data.clone(),
            listen: *listen,
            database: database.clone(),
            objects: objects.clone(),
            max_bundle_size: Some(max_bundle_mib.saturating_mul(1 << 20)),
            quota: Some(*quota),
            rate_per_minute: Some(*rate_per_minute),
        };
        let served = runtime().and_then(|rt| {
            let served = rt.block_on(inovda_server::serve(options));
            // Requests have finished; a brotli cache still being filled is not waited for.
            rt.shutdown_timeout(std::time::Duration::from_secs(1));
            served.map_err(Into::into)
        });
        return match served {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("inovda: {}", format!("{error:#}").replace('\n', " "));
                ExitCode::from(2)
            }
        };
    }
    // Commands that judge files exit 1 when a file is refused (the output still lists them).
    let judged = |(output, ok): (String, bool)| (output, if ok { 0 } else { 1 });
    let result = match &cli.command {
        Command::Bundle(BundleCommand::Verify { files, lang }) => {
            Ok(judged(verify(files, Lang::from_code(lang))))
        }
        Command::Bundle(BundleCommand::Inspect { file }) => inspect(file).map(|out| (out, 0)),
        Command::Bundle(BundleCommand::Merge { output, files }) => merge(files, output).map(judged),
        Command::Bundle(BundleCommand::Generate {
            seed,
            bundles,
            innovations,
            evidence_bytes,
            catalog,
            output,
        }) => {
            let spec = SyntheticSpec {
                seed: *seed,
                bundles: *bundles,
                innovations: *innovations,
                evidence_bytes: *evidence_bytes,
            };
            generate(spec, catalog, output).map(|out| (out, 0))
        }
        Command::Iid { catalog, file } => iid(catalog, file.as_ref()).map(|out| (out, 0)),
        Command::Catalog(CatalogCommand::List) => catalog_list().map(|out| (out, 0)),
        Command::Catalog(CatalogCommand::Show { year, catalog_file }) => {
            catalog_show(year.as_deref(), catalog_file.as_ref()).map(|out| (out, 0))
        }
        Command::Registry(RegistryCommand::ImportCsv { file, registry, lang }) => {
            registry_import_csv(file, registry.as_ref(), Lang::from_code(lang)).map(judged)
        }
        Command::Recap { catalog, file, format, output, lang } => {
            recap(catalog, file, format, output, Lang::from_code(lang)).map(|out| (out, 0))
        }
        Command::Demo { seed, catalog } => demo(*seed, catalog).map(|out| (out, 0)),
        Command::Relay(RelayCommand::Code { data, database }) => {
            relay_code(data, database.as_deref()).map(|out| (out, 0))
        }
        Command::Serve { .. } => Ok((String::new(), 0)),
    };
    match result {
        Ok((output, code)) => print(&output, ExitCode::from(code)),
        Err(error) => {
            // One line, naming the problem: scripts read it from standard error.
            let message = format!("{error:#}").replace('\n', " ");
            eprintln!("inovda: {message}");
            ExitCode::from(2)
        }
    }
}

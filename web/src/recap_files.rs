//! The secretariat's recap downloads ("Unduh rekap" on `/dasbor`): core's `Workspace` built from
//! storage, its four sheets as CSV for Indonesian Excel (written here, on the page) or as one
//! XLSX workbook written by the on-demand office worker (`xlsx-worker/`, see [`crate::office`]), so rust_xlsxwriter is
//! never part of the app's first load.

use inovda_core::base::sheet::{Sheet, csv_file_name, sheets_to_json, write_csv};
use inovda_core::secretariat::dashboard::last_bundles;
use inovda_core::secretariat::recap_export::{WORKSPACE_SCHEMA_VERSION, Workspace, recap_sheets};
use inovda_core::secretariat::region_config::RegionConfig;
use inovda_core::{Catalog, Lang, Region, RegionKind};
use wasm_bindgen::JsValue;

use crate::error::{Examples, UserError, chain};
use crate::i18n::{secretariat, secretariat::Key, t};
use crate::platform::{self, BrowserError, js_error};
use crate::signing;
use crate::storage::{ProfileDto, Repo, StorageError};

/// CSV and XLSX MIME types.
const CSV_MIME: &str = "text/csv;charset=utf-8";
const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Why a recap file was not made.
#[derive(Debug, thiserror::Error)]
pub enum RecapError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("no catalog for the assessment year {0}")]
    NoCatalog(u16),
    #[error("the stored SPD answers are for {found}, not for {year}")]
    SpdYear { year: u16, found: u16 },
    /// Asked for a sheet the recap does not have (a stale button).
    #[error("there is no sheet number {0}")]
    NoSheet(usize),
    /// The workbook worker failed: its own text.
    #[error("the workbook worker failed: {0}")]
    Worker(String),
    #[error("the download could not start: {0}")]
    Download(#[from] BrowserError),
}

impl UserError for RecapError {
    fn message(&self, lang: Lang) -> String {
        match self {
            RecapError::Storage(error) => error.message(lang),
            RecapError::NoCatalog(year) => secretariat::recap_no_catalog(lang, year),
            RecapError::SpdYear { year, found } => secretariat::recap_spd_year(lang, found, year),
            RecapError::NoSheet(index) => lang.pick((
                format!("lembar nomor {index} tidak ada; muat ulang halaman."),
                format!("there is no sheet number {index}; reload the page."),
            )),
            RecapError::Worker(reason) => format!("{} {reason}", t(lang, Key::RecapWorkerFailed)),
            RecapError::Download(error) => error.message(lang),
        }
    }
}

impl Examples for RecapError {
    fn examples() -> Vec<Self> {
        chain(RecapError::Storage(StorageError::QuotaExceeded), |error| match error {
            RecapError::Storage(_) => Some(RecapError::NoCatalog(2030)),
            RecapError::NoCatalog(_) => Some(RecapError::SpdYear { year: 2026, found: 2025 }),
            RecapError::SpdYear { .. } => Some(RecapError::NoSheet(9)),
            RecapError::NoSheet(_) => Some(RecapError::Worker("x".into())),
            RecapError::Worker(_) => Some(RecapError::Download(BrowserError::NoPage)),
            RecapError::Download(_) => None,
        })
    }
}

/// The secretariat's workspace of its assessment year, read from storage: the registry (as
/// the region config), the year's innovations, every verdict, the SPD answers (empty when none
/// are stored) and the last bundle received per sender.
pub async fn load_workspace(
    repo: &Repo,
    profile: &ProfileDto,
) -> Result<(Catalog, Workspace), RecapError> {
    let year = profile.year.unwrap_or_default();
    let catalog = Catalog::builtin(year).map_err(|_| RecapError::NoCatalog(year))?;
    let registry = repo.get_registry().await?;
    let key = signing::device_key(repo).await?;
    // The recap never reads the region's kind; the demo region's (or an applied config's) is
    // kept when there is one.
    let kind = match repo.get_demo_config().await? {
        Some(config) => config.region.kind,
        None => {
            repo.get_region_config().await?.map_or(RegionKind::Regency, |config| config.region.kind)
        }
    };
    let region = Region { kind, name: profile.region.clone(), code: String::new() };
    let mut config =
        RegionConfig::new(region, year, &profile.agency, &key.public_key(), &registry, Vec::new());
    // A config bundle leaves demo units out; the recap, like the dashboard, covers every unit.
    config.agencies = registry.agencies.clone();
    let records: Vec<_> =
        repo.list_innovations().await?.into_iter().filter(|record| record.year == year).collect();
    let verdicts = repo.list_verdicts().await?;
    // The answers the Proyeksi IID page stores (`spd:<year>`; none yet: every row empty).
    let spd = repo.get_spd(year).await?;
    if spd.year != year {
        return Err(RecapError::SpdYear { year, found: spd.year });
    }
    let last_bundles = last_bundles(&repo.list_imports().await?);
    let workspace = Workspace {
        schema_version: WORKSPACE_SCHEMA_VERSION,
        config,
        records,
        verdicts,
        spd,
        last_bundles,
    };
    Ok((catalog, workspace))
}

/// The four recap sheets of the stored workspace, labelled in `lang`, times in the zone of the
/// device (the region has no zone setting of its own).
pub async fn sheets(
    repo: &Repo,
    profile: &ProfileDto,
    lang: Lang,
) -> Result<Vec<Sheet>, RecapError> {
    let (catalog, workspace) = load_workspace(repo, profile).await?;
    Ok(recap_sheets(&catalog, &workspace, lang, crate::platform::zone()))
}

/// Downloads sheet number `index` as CSV for Indonesian Excel; returns the file name.
pub async fn download_csv(
    repo: &Repo,
    profile: &ProfileDto,
    lang: Lang,
    index: usize,
) -> Result<String, RecapError> {
    let sheets = sheets(repo, profile, lang).await?;
    let sheet = sheets.get(index).ok_or(RecapError::NoSheet(index))?;
    let file_name = csv_file_name(sheet);
    platform::download(&write_csv(sheet), &file_name, CSV_MIME)?;
    Ok(file_name)
}

/// The workbook's file name: `rekap-2026.xlsx`.
pub fn xlsx_file_name(profile: &ProfileDto) -> String {
    format!("rekap-{}.xlsx", profile.year.unwrap_or_default())
}

/// Downloads the four sheets as one XLSX workbook, written by the worker; returns the file name.
pub async fn download_xlsx(
    repo: &Repo,
    profile: &ProfileDto,
    lang: Lang,
) -> Result<String, RecapError> {
    let sheets = sheets(repo, profile, lang).await?;
    let bytes = workbook_in_worker(&sheets_to_json(&sheets)).await?;
    let file_name = xlsx_file_name(profile);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(&bytes), &{
            let options = web_sys::BlobPropertyBag::new();
            options.set_type(XLSX_MIME);
            options
        })
        .map_err(js_error)?;
    platform::download_blob(&blob, &file_name, XLSX_MIME)?;
    Ok(file_name)
}

/// The workbook written by the office worker from the sheets' JSON.
async fn workbook_in_worker(json: &str) -> Result<js_sys::Uint8Array, RecapError> {
    crate::office::in_worker(&JsValue::from_str(json)).await.map_err(RecapError::Worker)
}

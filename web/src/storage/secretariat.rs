//! Storage of the secretariat workspace: the agency registry and the demo region.
//!
//! The registry is one versioned core DTO ([`Registry`]) under [`REGISTRY_KEY`] in `meta`: a
//! user action changes it in memory through core and stores the result in one write. Loading
//! and removing the demo data ("Muat / Hapus data contoh") are one transaction each over the
//! registry, the innovations, the verdicts and the trash; what is removed is chosen by core
//! ([`inovda_core::secretariat::demo::remove_demo`]) from the markers, nothing else. The SPD entry of a year
//! is core's [`SpdAnswers`] stored as its JSON text (`SpdAnswers::to_json`) under
//! [`spd_key`] (`spd:<year>`), read by the projection page and the recap export.

use std::collections::HashSet;

use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::secretariat::demo::{DemoDataset, name_clashes, remove_demo};
use inovda_core::secretariat::projection::SpdAnswers;
use inovda_core::secretariat::region_config::{Deadline, RegionConfig};
use inovda_core::secretariat::registry::{REGISTRY_SCHEMA_VERSION, Registry};
use inovda_core::{Innovation, InnovationRecord};

use super::dto::{ImportLogDto, TrashEntryDto};
use super::exchange::verdict_key;
use super::{
    Backend, IMPORTS_STORE, INNOVATIONS_STORE, META_STORE, StorageError, Store, TRASH_STORE, Tx,
    TxError, VERDICTS_STORE,
};

/// Key of the secretariat's agency registry in `meta`.
pub const REGISTRY_KEY: &str = "registry";
/// Key of the region config an agency applied (from the secretariat's config bundle) in `meta`.
pub const REGION_CONFIG_KEY: &str = "region_config";
/// Key of the demo region's config in `meta` while the demo data is loaded.
pub const DEMO_CONFIG_KEY: &str = "demo_config";

/// Key of the secretariat's deadlines (carried in its config bundles) in `meta`.
pub const DEADLINES_KEY: &str = "deadlines";
/// Schema version of [`DeadlinesDto`].
pub const DEADLINES_SCHEMA_VERSION: u32 = 1;

/// The secretariat's deadlines as stored: the config bundle's `deadlines`, kept between builds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeadlinesDto {
    pub schema_version: u32,
    pub deadlines: Vec<Deadline>,
}

/// Key of the "layak kirim" threshold of `year` in `meta`: `send-threshold:<year>`.
pub fn send_threshold_key(year: u16) -> String {
    format!("send-threshold:{year}")
}
/// Schema version of [`SendThresholdDto`].
pub const SEND_THRESHOLD_SCHEMA_VERSION: u32 = 1;

/// The secretariat's "layak kirim" threshold for one year.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SendThresholdDto {
    pub schema_version: u32,
    pub threshold: u32,
}

/// Key of the SPD answers of `year` in `meta`: `spd:<year>`.
pub fn spd_key(year: u16) -> String {
    format!("spd:{year}")
}

/// Why the demo data was not loaded, or what loading did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DemoLoad {
    /// Loaded: this many agencies and innovations.
    Loaded { agencies: usize, innovations: usize },
    /// Already loaded; nothing changed.
    AlreadyLoaded,
    /// Real units already carry these names of demo units; nothing changed.
    NameTaken(Vec<String>),
}

fn check_registry(registry: Option<Registry>) -> Result<Registry, StorageError> {
    match registry {
        Some(found) => {
            super::check_schema("registry", found.schema_version, REGISTRY_SCHEMA_VERSION)?;
            Ok(found)
        }
        None => Ok(Registry::default()),
    }
}

/// What a year's dashboard is built from, read together.
#[derive(Debug, Clone, Default)]
pub struct YearInputs {
    pub registry: Registry,
    /// Every stored innovation, newest change first.
    pub records: Vec<InnovationRecord>,
    pub verdicts: Vec<VerdictRecord>,
    pub imports: Vec<ImportLogDto>,
}

impl<B: Backend> Store<B> {
    /// The registry, innovations, verdicts and import log in one read-only transaction (one
    /// opening of the database instead of four), every read sent before any is awaited.
    pub async fn year_inputs(&self) -> Result<YearInputs, StorageError> {
        let stores = [META_STORE, INNOVATIONS_STORE, VERDICTS_STORE, IMPORTS_STORE];
        let (registry, mut records, verdicts, imports) = self
            .read(&stores, async |tx| {
                futures_util::try_join!(
                    tx.get::<Registry>(META_STORE, REGISTRY_KEY),
                    tx.values::<InnovationRecord>(INNOVATIONS_STORE),
                    tx.values::<VerdictRecord>(VERDICTS_STORE),
                    tx.values::<ImportLogDto>(IMPORTS_STORE),
                )
            })
            .await?;
        super::sort_by_saved(&mut records);
        Ok(YearInputs { registry: check_registry(registry)?, records, verdicts, imports })
    }

    /// The secretariat's registry (empty when none is stored yet).
    pub async fn get_registry(&self) -> Result<Registry, StorageError> {
        check_registry(self.get_meta::<Registry>(REGISTRY_KEY).await?)
    }

    /// Stores the registry (one write).
    pub async fn put_registry(&self, registry: &Registry) -> Result<(), StorageError> {
        self.put_meta(REGISTRY_KEY, registry).await
    }

    /// The SPD answers of `year` (an empty entry when none is stored yet). The value is the JSON
    /// text of [`SpdAnswers::to_json`]; a JSON object of the same shape is read too. A damaged or
    /// newer entry is refused ([`StorageError::Corrupt`]) rather than silently replaced.
    pub async fn get_spd(&self, year: u16) -> Result<SpdAnswers, StorageError> {
        let stored = self.get_meta::<serde_json::Value>(&spd_key(year)).await?;
        let bytes = match stored {
            None => return Ok(SpdAnswers::new(year)),
            Some(serde_json::Value::String(text)) => text.into_bytes(),
            Some(other) => serde_json::to_vec(&other)
                .map_err(|error| StorageError::Corrupt(error.to_string()))?,
        };
        SpdAnswers::from_json(&bytes).map_err(|error| StorageError::Corrupt(error.to_string()))
    }

    /// Stores the SPD answers under `spd:<year>` of their year (one write).
    pub async fn put_spd(&self, answers: &SpdAnswers) -> Result<(), StorageError> {
        let text = String::from_utf8(answers.to_json())
            .map_err(|error| StorageError::Corrupt(error.to_string()))?;
        self.put_meta(&spd_key(answers.year), &text).await
    }

    /// Every verdict of the secretariat (for the dashboard's verified view).
    pub async fn list_verdicts(&self) -> Result<Vec<VerdictRecord>, StorageError> {
        self.all(VERDICTS_STORE).await
    }

    /// An agency applies the secretariat's config: the config and the profile naming the unit
    /// it picked are stored together (one transaction).
    pub async fn apply_config(
        &self,
        config: &RegionConfig,
        profile: &super::ProfileDto,
        relay: Option<&inovda_core::exchange::relay::RelaySettings>,
    ) -> Result<(), StorageError> {
        self.write(&[META_STORE], async |tx| {
            tx.put(META_STORE, REGION_CONFIG_KEY, config).await?;
            if let Some(relay) = relay {
                // The same region again keeps what this device already did with it.
                let known: Option<inovda_core::exchange::relay::RelaySettings> =
                    tx.get(META_STORE, super::RELAY_KEY).await?;
                let mut next = relay.clone();
                if let Some(known) = known.filter(|k| k.link.region_id == relay.link.region_id) {
                    next.joined = known.joined;
                    next.inbox_after = known.inbox_after;
                }
                tx.put(META_STORE, super::RELAY_KEY, &next).await?;
            }
            tx.put(META_STORE, super::PROFILE_KEY, profile).await
        })
        .await
    }

    /// The secretariat's deadlines (none when never set).
    pub async fn get_deadlines(&self) -> Result<Vec<Deadline>, StorageError> {
        match self.get_meta::<DeadlinesDto>(DEADLINES_KEY).await? {
            Some(found) => {
                super::check_schema("deadlines", found.schema_version, DEADLINES_SCHEMA_VERSION)?;
                Ok(found.deadlines)
            }
            None => Ok(Vec::new()),
        }
    }

    /// The year's "layak kirim" threshold, when the secretariat set one.
    pub async fn get_send_threshold(&self, year: u16) -> Result<Option<u32>, StorageError> {
        match self.get_meta::<SendThresholdDto>(&send_threshold_key(year)).await? {
            Some(found) => {
                super::check_schema(
                    "send threshold",
                    found.schema_version,
                    SEND_THRESHOLD_SCHEMA_VERSION,
                )?;
                Ok(Some(found.threshold))
            }
            None => Ok(None),
        }
    }

    /// Stores the year's "layak kirim" threshold (one write).
    pub async fn put_send_threshold(&self, year: u16, threshold: u32) -> Result<(), StorageError> {
        let dto = SendThresholdDto { schema_version: SEND_THRESHOLD_SCHEMA_VERSION, threshold };
        self.put_meta(&send_threshold_key(year), &dto).await
    }

    /// Stores the secretariat's deadlines (one write).
    pub async fn put_deadlines(&self, deadlines: &[Deadline]) -> Result<(), StorageError> {
        let dto = DeadlinesDto {
            schema_version: DEADLINES_SCHEMA_VERSION,
            deadlines: deadlines.to_vec(),
        };
        self.put_meta(DEADLINES_KEY, &dto).await
    }

    /// Adds new innovation records (a CSV import) in one transaction: all or none. A record
    /// whose id is already stored aborts the whole write.
    pub async fn add_innovations(&self, records: &[InnovationRecord]) -> Result<(), StorageError> {
        self.write(&[INNOVATIONS_STORE], async |tx| {
            for record in records {
                tx.add(INNOVATIONS_STORE, &record.id, record).await?;
            }
            Ok(())
        })
        .await
    }

    /// The region config this agency device applied, if any.
    pub async fn get_region_config(&self) -> Result<Option<RegionConfig>, StorageError> {
        self.get_meta::<RegionConfig>(REGION_CONFIG_KEY).await
    }

    /// The demo region's config, while the demo data is loaded.
    pub async fn get_demo_config(&self) -> Result<Option<RegionConfig>, StorageError> {
        self.get_meta::<RegionConfig>(DEMO_CONFIG_KEY).await
    }

    /// Adds the demo region (its agencies to the registry, its innovations and verdicts) in one
    /// transaction. Refused, changing nothing, when it is loaded already or a real unit has
    /// the name of a demo unit.
    pub async fn load_demo(&self, demo: &DemoDataset) -> Result<DemoLoad, StorageError> {
        let records: Vec<InnovationRecord> =
            demo.innovations.iter().map(InnovationRecord::from).collect();
        self.write(&[META_STORE, INNOVATIONS_STORE, VERDICTS_STORE], async |tx| {
            let stored: Option<Registry> = tx.get(META_STORE, REGISTRY_KEY).await?;
            let mut registry = check_registry(stored).map_err(corrupt_tx)?;
            if registry.agencies.iter().any(|agency| agency.demo) {
                return Ok(DemoLoad::AlreadyLoaded);
            }
            let taken = name_clashes(&registry, &demo.registry);
            if !taken.is_empty() {
                return Ok(DemoLoad::NameTaken(taken));
            }
            registry.agencies.extend(demo.registry.agencies.iter().cloned());
            tx.put(META_STORE, REGISTRY_KEY, &registry).await?;
            tx.put(META_STORE, DEMO_CONFIG_KEY, &demo.config).await?;
            for record in &records {
                tx.put(INNOVATIONS_STORE, &record.id, record).await?;
            }
            for verdict in &demo.verdicts {
                let key = verdict_key(&verdict.innovation_id, verdict.revision);
                tx.put(VERDICTS_STORE, &key, verdict).await?;
            }
            Ok(DemoLoad::Loaded {
                agencies: demo.registry.agencies.len(),
                innovations: records.len(),
            })
        })
        .await
    }

    /// Removes exactly the demo data (by its markers, chosen by core) in one transaction;
    /// returns how many agencies and innovations went.
    pub async fn remove_demo(&self) -> Result<(usize, usize), StorageError> {
        let stores = [META_STORE, INNOVATIONS_STORE, VERDICTS_STORE, TRASH_STORE];
        self.write(&stores, async |tx| {
            let stored: Option<Registry> = tx.get(META_STORE, REGISTRY_KEY).await?;
            let mut registry = check_registry(stored).map_err(corrupt_tx)?;
            let records: Vec<InnovationRecord> = tx.values(INNOVATIONS_STORE).await?;
            let trashed: Vec<TrashEntryDto> = tx.values(TRASH_STORE).await?;
            let mut verdicts: Vec<VerdictRecord> = tx.values(VERDICTS_STORE).await?;
            // Records this build cannot read are not demo data it made: they stay.
            let mut innovations: Vec<Innovation> = records
                .iter()
                .chain(trashed.iter().map(|entry| &entry.record))
                .filter_map(|record| record.to_domain().ok())
                .collect();
            let verdicts_before: Vec<String> =
                verdicts.iter().map(|v| verdict_key(&v.innovation_id, v.revision)).collect();
            let removal = remove_demo(&mut registry, &mut innovations, &mut verdicts);
            let verdicts_kept: HashSet<String> =
                verdicts.iter().map(|v| verdict_key(&v.innovation_id, v.revision)).collect();
            let removed: HashSet<String> =
                removal.innovation_ids.iter().map(ToString::to_string).collect();
            for record in &records {
                if removed.contains(&record.id) {
                    tx.delete(INNOVATIONS_STORE, &record.id).await?;
                }
            }
            for entry in &trashed {
                if removed.contains(&entry.record.id) {
                    tx.delete(TRASH_STORE, &entry.record.id).await?;
                }
            }
            for key in verdicts_before.iter().filter(|key| !verdicts_kept.contains(*key)) {
                tx.delete(VERDICTS_STORE, key).await?;
            }
            tx.put(META_STORE, REGISTRY_KEY, &registry).await?;
            tx.delete(META_STORE, DEMO_CONFIG_KEY).await?;
            Ok((removal.agency_ids.len(), removed.len()))
        })
        .await
    }
}

/// A damaged record found inside a transaction (the transaction then aborts unused).
fn corrupt_tx(error: StorageError) -> TxError {
    TxError::Failed(error)
}

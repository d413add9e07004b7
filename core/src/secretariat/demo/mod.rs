//! Demo data ("Muat data contoh" / "Hapus data contoh"): a clearly marked demo region.
//!
//! [`demo_dataset`] builds, from `demo.json` (data, not code) and a seed, a fictional region of
//! 30 agencies of mixed kinds with 24 innovations named after published records (some agencies
//! have none), SPD answers and a few verdicts, so a newcomer sees a working dashboard at once.
//! Everything it makes is marked: agencies with `demo: true`, innovations with
//! [`Origin::Demo`], the config with `demo: true`. [`demo_removal`] selects exactly those.
//! [`synthetic_region`] scales the same templates to any size (benchmarks, load tests).

pub mod synthetic;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Deserialize;

use crate::base::hash::sha256_hex;
use crate::exchange::bundle::{PublicKey, VerdictRecord};
use crate::exchange::record::InnovationRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::{
    EvidenceFile, Innovation, InnovationForm, InnovationId, InnovationKind, Level, Origin, Stage,
    Status,
};
use crate::model::org::{AgencyId, AgencyKind, Region};
use crate::secretariat::projection::SpdAnswers;
use crate::secretariat::region_config::{CONFIG_SCHEMA_VERSION, Deadline, RegionConfig};
use crate::secretariat::registry::{Registry, RegistryAgency, name_key};
use crate::secretariat::verification::{build_verdict, review_template};

const DEMO_JSON: &str = include_str!("demo.json");

/// Appended to every demo unit's name: the demo sits next to a real registry that has units
/// of the same published names ("Dinas Kesehatan") without a clash, and reads as demo data
/// wherever a name is shown. Demo ids derive from their own seed, so they cannot clash either.
pub const DEMO_NAME_SUFFIX: &str = " (contoh)";

/// The name a demo unit carries.
pub fn demo_unit_name(name: &str) -> String {
    format!("{name}{DEMO_NAME_SUFFIX}")
}

#[derive(Deserialize)]
struct DemoAgency {
    name: String,
    kind: AgencyKind,
    #[serde(default)]
    parent: Option<String>,
}

#[derive(Deserialize)]
struct DemoInnovation {
    name: String,
    gist: String,
    agency: String,
    kind: String,
    form: String,
    affair: u8,
}

#[derive(Deserialize)]
struct DemoData {
    #[allow(dead_code)]
    notes: Vec<String>,
    region: Region,
    secretariat: String,
    agencies: Vec<DemoAgency>,
    innovations: Vec<DemoInnovation>,
}

fn data() -> DemoData {
    // The file is part of the build and checked by the tests; an empty set is the safe fallback.
    serde_json::from_str(DEMO_JSON).unwrap_or_else(|_| DemoData {
        notes: Vec::new(),
        region: Region {
            kind: crate::model::org::RegionKind::Regency,
            name: "Kabupaten Contoh (DATA CONTOH)".into(),
            code: String::new(),
        },
        secretariat: "Sekretariat (contoh)".into(),
        agencies: Vec::new(),
        innovations: Vec::new(),
    })
}

/// A small deterministic generator (SplitMix64): the same seed gives the same demo.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn bytes16(&mut self) -> [u8; 16] {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        bytes
    }
}

/// Everything "Muat data contoh" loads.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoDataset {
    /// The demo region's set-up (`demo: true`), its agencies and deadlines.
    pub config: RegionConfig,
    pub registry: Registry,
    pub innovations: Vec<Innovation>,
    pub verdicts: Vec<VerdictRecord>,
    pub spd: SpdAnswers,
}

fn demo_innovation(
    rng: &mut Rng,
    catalog: &Catalog,
    template: &DemoInnovation,
    agency: &RegistryAgency,
    region: &str,
    now: DateTime<Utc>,
) -> Innovation {
    let created = now - Duration::days(i64::try_from(rng.below(120)).unwrap_or(0) + 1);
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes(rng.bytes16()),
        &agency.name,
        region,
        catalog.year,
        created,
    );
    innovation.agency_id = Some(agency.id);
    innovation.origin = Origin::Demo;
    innovation.name = template.name.clone();
    innovation.goal = template.gist.clone();
    innovation.kind = InnovationKind::from_code(&template.kind);
    innovation.form = InnovationForm::from_code(&template.form);
    innovation.main_affair = Some(template.affair);
    innovation.stage = Some(match rng.below(20) {
        0..=2 => Stage::Initiative,
        3..=5 => Stage::Trial,
        _ => Stage::Implementation,
    });
    let window = catalog.age_window.map_or(
        (NaiveDate::from_ymd_opt(2024, 1, 1), NaiveDate::from_ymd_opt(2025, 12, 31)),
        |window| (Some(window.from), Some(window.to)),
    );
    if let (Some(from), Some(to)) = window {
        let span = (to - from).num_days().max(1);
        let days = i64::try_from(rng.below(u64::try_from(span).unwrap_or(1))).unwrap_or(0);
        let implementation = from + Duration::days(days);
        innovation.trial_date = Some(implementation - Duration::days(90));
        if innovation.stage == Some(Stage::Implementation) {
            innovation.implementation_date = Some(implementation);
        }
    }
    // Quality 1–3 sets how high the claims go; evidence follows most answers.
    let quality = 1 + rng.below(3);
    for row in &catalog.sid {
        let level = (rng.below(quality + 2)).min(3);
        let Some(level) = Level::new(u8::try_from(level).unwrap_or(0)) else { continue };
        let answer = innovation.indicator_mut(row.number);
        answer.claimed = Some(level);
        if level.value() > 0 && rng.below(4) > 0 {
            let name = format!(
                "bukti-{}-{}.pdf",
                row.number,
                template.name.to_lowercase().replace(' ', "-")
            );
            answer.evidence.push(EvidenceFile {
                sha256: sha256_hex(name.as_bytes()),
                file_name: name,
                media_type: "application/pdf".into(),
                size: 150_000,
            });
        }
    }
    if rng.below(10) > 0 {
        innovation.submit(created + Duration::days(1));
    }
    innovation
}

/// The demo region for the catalog's year, seeded. `secretariat_key` is the device's own key
/// (the demo config names it, as a real one would); `now` dates the records.
pub fn demo_dataset(
    catalog: &Catalog,
    seed: u64,
    secretariat_key: &PublicKey,
    now: DateTime<Utc>,
) -> DemoDataset {
    let data = data();
    let mut rng = Rng(seed ^ 0x1D0_DA7A);
    let id_seed = [b"inovda-demo".as_slice(), &seed.to_be_bytes()].concat();
    let mut registry = Registry::default();
    for (index, agency) in data.agencies.iter().enumerate() {
        registry.agencies.push(RegistryAgency {
            id: AgencyId::derive(&id_seed, u64::try_from(index).unwrap_or(u64::MAX)),
            name: demo_unit_name(&agency.name),
            kind: agency.kind,
            active: true,
            parent: None,
            demo: true,
        });
    }
    // demo.json names units as published; look them up by those names.
    let by_name: std::collections::HashMap<String, usize> =
        data.agencies.iter().enumerate().map(|(i, a)| (name_key(&a.name), i)).collect();
    for (index, agency) in data.agencies.iter().enumerate() {
        let parent = agency.parent.as_ref().and_then(|name| by_name.get(&name_key(name)));
        registry.agencies[index].parent = parent.map(|&i| registry.agencies[i].id);
    }
    let mut innovations = Vec::new();
    for template in &data.innovations {
        let Some(&index) = by_name.get(&name_key(&template.agency)) else { continue };
        let agency = registry.agencies[index].clone();
        innovations.push(demo_innovation(
            &mut rng,
            catalog,
            template,
            &agency,
            &data.region.name,
            now,
        ));
    }
    // The secretariat has reviewed every third submitted innovation.
    let mut verdicts = Vec::new();
    let decided_at = now.fixed_offset();
    for innovation in innovations.iter().filter(|i| i.status == Status::Submitted).step_by(3) {
        let mut review = review_template(catalog, innovation, None);
        for answer in &mut review.indicators {
            if answer.level > 0 && rng.below(3) == 0 {
                answer.level -= 1;
                answer.note = "Bukti dukung belum sesuai (contoh)".into();
            }
        }
        let (status, reason) = match rng.below(4) {
            0 => (Status::NeedsRevision, "Lengkapi bukti dukung (contoh)"),
            _ => (Status::Verified, ""),
        };
        review.status = Some(status);
        review.reason = reason.into();
        if let Ok(verdict) =
            build_verdict(catalog, &InnovationRecord::from(innovation), &review, decided_at)
        {
            verdicts.push(verdict);
        }
    }
    let mut spd = SpdAnswers::new(catalog.year);
    for row in &catalog.spd {
        let level = u8::try_from(1 + rng.below(3)).unwrap_or(1);
        spd.set(&row.id(), Some(level), "");
    }
    let deadline = |label: &str, month: u32, day: u32| {
        NaiveDate::from_ymd_opt(i32::from(catalog.year), month, day)
            .map(|date| Deadline { label: label.into(), date })
    };
    let config = RegionConfig {
        schema_version: CONFIG_SCHEMA_VERSION,
        region: data.region,
        year: catalog.year,
        secretariat: data.secretariat,
        secretariat_public_key: secretariat_key.to_hex(),
        agencies: registry.agencies.clone(),
        deadlines: [
            deadline("Batas pengisian profil inovasi (contoh)", 6, 30),
            deadline("Verifikasi sekretariat (contoh)", 7, 31),
        ]
        .into_iter()
        .flatten()
        .collect(),
        demo: true,
        labinov: None,
        relay: None,
        zone: None,
        send_threshold: None,
    };
    DemoDataset { config, registry, innovations, verdicts, spd }
}

/// A region of `agency_count` agencies and `innovation_count` innovations built from the demo
/// templates (names numbered), for benchmarks. Deterministic for a seed; marked as demo.
pub fn synthetic_region(
    catalog: &Catalog,
    seed: u64,
    agency_count: usize,
    innovation_count: usize,
    now: DateTime<Utc>,
) -> (Registry, Vec<Innovation>) {
    let data = data();
    let mut rng = Rng(seed);
    let mut registry = Registry::default();
    for index in 0..agency_count {
        let template = &data.agencies[index % data.agencies.len().max(1)];
        registry.agencies.push(RegistryAgency {
            id: AgencyId::derive(b"synthetic", u64::try_from(index).unwrap_or(u64::MAX)),
            name: format!("{} {}", template.name, index + 1),
            kind: template.kind,
            active: true,
            parent: None,
            demo: true,
        });
    }
    let mut innovations = Vec::with_capacity(innovation_count);
    for index in 0..innovation_count {
        // Leave about one agency in ten without innovations.
        let agency = &registry.agencies[(index * 7) % (agency_count.max(1) * 9 / 10).max(1)];
        let template = &data.innovations[index % data.innovations.len().max(1)];
        let mut innovation =
            demo_innovation(&mut rng, catalog, template, agency, &data.region.name, now);
        innovation.name = format!("{} {}", template.name, index + 1);
        innovations.push(innovation);
    }
    (registry, innovations)
}

/// The demo units whose names a unit of `registry` already carries (the demo is refused
/// then, as a registry holds each name once). Empty for any registry without demo-suffixed
/// names, so the demo loads next to a real registry of the same published names.
pub fn name_clashes(registry: &Registry, demo: &Registry) -> Vec<String> {
    let names = registry.name_index();
    demo.agencies
        .iter()
        .filter(|agency| names.contains_key(&name_key(&agency.name)))
        .map(|agency| agency.name.clone())
        .collect()
}

/// Exactly what "Hapus data contoh" removes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DemoRemoval {
    pub agency_ids: Vec<AgencyId>,
    pub innovation_ids: Vec<InnovationId>,
}

/// The demo agencies and innovations among these (by their marker, nothing else).
pub fn demo_removal(registry: &Registry, innovations: &[Innovation]) -> DemoRemoval {
    DemoRemoval {
        agency_ids: registry.agencies.iter().filter(|a| a.demo).map(|a| a.id).collect(),
        innovation_ids: innovations
            .iter()
            .filter(|innovation| innovation.origin == Origin::Demo)
            .map(|innovation| innovation.id)
            .collect(),
    }
}

/// Removes the demo agencies and innovations and the verdicts on those innovations.
pub fn remove_demo(
    registry: &mut Registry,
    innovations: &mut Vec<Innovation>,
    verdicts: &mut Vec<VerdictRecord>,
) -> DemoRemoval {
    let removal = demo_removal(registry, innovations);
    let ids: std::collections::HashSet<String> =
        removal.innovation_ids.iter().map(ToString::to_string).collect();
    registry.agencies.retain(|agency| !agency.demo);
    innovations.retain(|innovation| innovation.origin != Origin::Demo);
    verdicts.retain(|verdict| !ids.contains(&verdict.innovation_id));
    removal
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::exchange::bundle::SigningKey;
    use crate::secretariat::dashboard::{DashboardInput, dashboard};
    use crate::secretariat::registry::AgencyDraft;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn the_demo_is_deterministic_marked_and_makes_a_working_dashboard() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let key = SigningKey::from_seed(&[1; 32]).public_key();
        assert!(serde_json::from_str::<DemoData>(DEMO_JSON).is_ok());
        let demo = demo_dataset(&catalog, 7, &key, now());
        assert_eq!(demo, demo_dataset(&catalog, 7, &key, now()));
        assert_eq!(demo.registry.agencies.len(), 30);
        assert_eq!(demo.innovations.len(), 24);
        assert!(demo.config.validate().is_empty(), "{:?}", demo.config.validate());
        assert!(demo.config.demo && demo.registry.agencies.iter().all(|a| a.demo));
        assert!(demo.innovations.iter().all(|i| i.origin == Origin::Demo));
        assert!(!demo.verdicts.is_empty());
        let dash = dashboard(DashboardInput {
            catalog: &catalog,
            registry: &demo.registry,
            innovations: &demo.innovations,
            verdicts: &demo.verdicts,
            last_bundles: &BTreeMap::new(),
            min_per_agency: 1,
        });
        assert_eq!((dash.with_innovation, dash.active_agencies), (21, 30));
        assert!(!dash.without_by_kind.is_empty());
        assert_eq!(dash.yandas_missing, [4, 5, 6]);
    }

    #[test]
    fn removing_the_demo_removes_exactly_the_demo() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let key = SigningKey::from_seed(&[1; 32]).public_key();
        let demo = demo_dataset(&catalog, 7, &key, now());
        let mut registry = demo.registry.clone();
        let draft = AgencyDraft { name: "Dinas Nyata".into(), kind: "dinas".into(), parent: None };
        let real_id = registry.add(&draft, AgencyId::derive(b"real", 0)).expect("test data");
        let mut innovations = demo.innovations.clone();
        let mut real = Innovation::new(
            InnovationId::from_random_bytes([42; 16]),
            "Dinas Nyata",
            "Kab. X",
            2026,
            now(),
        );
        real.name = "Si Ijol".into(); // same name as a demo innovation: still kept
        innovations.push(real.clone());
        let mut verdicts = demo.verdicts.clone();
        let removal = remove_demo(&mut registry, &mut innovations, &mut verdicts);
        assert_eq!((removal.agency_ids.len(), removal.innovation_ids.len()), (30, 24));
        assert_eq!(registry.agencies.iter().map(|a| a.id).collect::<Vec<_>>(), [real_id]);
        assert_eq!(innovations, [real]);
        assert!(verdicts.is_empty());
    }

    #[test]
    fn the_demo_loads_next_to_a_real_registry_with_the_same_names_and_leaves_it_intact() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let key = SigningKey::from_seed(&[1; 32]).public_key();
        let demo = demo_dataset(&catalog, 1, &key, now());
        // A real registry holding every published name the demo uses.
        let mut real = Registry::default();
        for (index, agency) in data().agencies.iter().enumerate() {
            let draft = AgencyDraft {
                name: agency.name.clone(),
                kind: agency.kind.code().into(),
                parent: None,
            };
            real.add(&draft, AgencyId::derive(b"real", index as u64)).expect("test data");
        }
        assert!(demo.registry.agencies.iter().all(|a| a.name.ends_with(DEMO_NAME_SUFFIX)));
        assert!(name_clashes(&real, &demo.registry).is_empty());
        let real_ids: std::collections::HashSet<AgencyId> =
            real.agencies.iter().map(|a| a.id).collect();
        assert!(demo.registry.agencies.iter().all(|a| !real_ids.contains(&a.id)));

        // Loaded together: one registry with unique names; the real units get no demo innovation.
        let mut both = real.clone();
        both.agencies.extend(demo.registry.agencies.iter().cloned());
        assert_eq!(both.name_index().len(), both.agencies.len());
        let dash = dashboard(DashboardInput {
            catalog: &catalog,
            registry: &both,
            innovations: &demo.innovations,
            verdicts: &demo.verdicts,
            last_bundles: &BTreeMap::new(),
            min_per_agency: 1,
        });
        let real_with_innovations = dash
            .agencies
            .iter()
            .filter(|line| line.agency_id.is_some_and(|id| real_ids.contains(&id)))
            .filter(|line| line.total > 0)
            .count();
        assert_eq!(real_with_innovations, 0);
        assert!(dash.agencies.iter().all(|line| line.agency_id.is_some()), "no unlisted names");

        // Removed again: exactly the real registry is left.
        let (mut innovations, mut verdicts) = (demo.innovations.clone(), demo.verdicts.clone());
        remove_demo(&mut both, &mut innovations, &mut verdicts);
        assert_eq!(both, real);
        // A registry that already holds a demo name refuses a second copy.
        let mut clash = real.clone();
        clash.agencies.push(demo.registry.agencies[0].clone());
        assert_eq!(name_clashes(&clash, &demo.registry), [demo.registry.agencies[0].name.clone()]);
    }

    #[test]
    fn a_synthetic_region_has_the_requested_size() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let (registry, innovations) = synthetic_region(&catalog, 1, 300, 2_000, now());
        assert_eq!((registry.agencies.len(), innovations.len()), (300, 2_000));
    }
}

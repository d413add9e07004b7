//! The region set-up the secretariat sends to agencies: `config.json` of a `config` bundle.
//!
//! [`RegionConfig`] (versioned, `schema_version` 1) holds the region, the assessment year (which
//! is the catalog year), the secretariat's name and public key, the agency registry and the
//! deadlines, and the Labinov commitment documents when they differ from the default.
//! [`config_bundle`] turns it into the writer's input; [`read_config_bundle`] checks a
//! verified bundle (kind, signer = the key the config names, manifest = config) and validates it;
//! [`agency_choices`] and [`pick_agency`] let an agency device choose its unit from the list.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::base::zone::Zone;
use crate::exchange::bundle::{BundleContent, BundleKind, BundleMeta, PublicKey, VerifiedBundle};
use crate::exchange::relay::RelayLink;
use crate::model::catalog::BUILTIN_YEARS;
use crate::model::labinov::{LabIssueCode, LabinovConfig};
use crate::model::org::{AgencyId, AgencyKind, Region};
use crate::secretariat::SecretariatError;
use crate::secretariat::registry::{Registry, RegistryAgency, name_key};

/// The config schema version this build writes and the newest it reads.
pub const CONFIG_SCHEMA_VERSION: u32 = 1;

/// A date the secretariat sets, e.g. "Batas pengisian profil inovasi" on 2026-07-31.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub label: String,
    /// `YYYY-MM-DD`.
    pub date: NaiveDate,
}

/// `config.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionConfig {
    pub schema_version: u32,
    pub region: Region,
    /// Assessment year; also the catalog year.
    pub year: u16,
    /// The secretariat's name as it signs bundles (manifest `agency`), e.g. "Bappeda Litbang".
    pub secretariat: String,
    /// 64 lower-case hex characters: the Ed25519 key that signs config and feedback bundles.
    pub secretariat_public_key: String,
    pub agencies: Vec<RegistryAgency>,
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    /// Demo region ("Muat data contoh").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
    /// Which Labinov stage requires which commitment document, when the secretariat changed
    /// the default (pakta integritas at design); omitted otherwise, so configs keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labinov: Option<LabinovConfig>,
    /// The region's relay, when the secretariat enrolled one: agencies join it and send
    /// through it. Omitted otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay: Option<RelayLink>,
    /// The region's time zone (WIB/WITA/WIT): every device of the region shows times and names
    /// files in it. Omitted by configs made before the setting existed (the device's zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<Zone>,
    /// "Layak kirim": the verified kematangan the secretariat sends to the national app from
    /// (each unit sees it as its target). Omitted when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_threshold: Option<u32>,
}

/// Stable code of a config finding; its text lives in [`crate::messages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConfigIssueCode {
    /// A required text is empty (region name, secretariat, agency name, deadline label).
    Required,
    /// No shipped catalog for this year (`value`).
    UnsupportedYear,
    /// The public key is not a valid Ed25519 key in hex.
    BadPublicKey,
    /// Two agencies share an id.
    DuplicateId,
    /// Two agencies share a name.
    DuplicateName,
    /// An agency's parent is not on the list.
    UnknownParent,
    /// The list has no active agency.
    NoActiveAgency,
    /// The agency chosen on a device is not (or no longer actively) on the list.
    UnknownAgency,
    /// A deadline's date is empty or not a date (`value` = what was typed).
    BadDate,
    /// A text is longer than allowed (`value` = the limit).
    TooLong,
    /// Two deadlines share a label (`value` = the label).
    DuplicateDeadline,
}

impl ConfigIssueCode {
    pub const ALL: [ConfigIssueCode; 11] = [
        ConfigIssueCode::Required,
        ConfigIssueCode::UnsupportedYear,
        ConfigIssueCode::BadPublicKey,
        ConfigIssueCode::DuplicateId,
        ConfigIssueCode::DuplicateName,
        ConfigIssueCode::UnknownParent,
        ConfigIssueCode::NoActiveAgency,
        ConfigIssueCode::UnknownAgency,
        ConfigIssueCode::BadDate,
        ConfigIssueCode::TooLong,
        ConfigIssueCode::DuplicateDeadline,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ConfigIssueCode::Required => "required",
            ConfigIssueCode::UnsupportedYear => "unsupported_year",
            ConfigIssueCode::BadPublicKey => "bad_public_key",
            ConfigIssueCode::DuplicateId => "duplicate_id",
            ConfigIssueCode::DuplicateName => "duplicate_name",
            ConfigIssueCode::UnknownParent => "unknown_parent",
            ConfigIssueCode::NoActiveAgency => "no_active_agency",
            ConfigIssueCode::UnknownAgency => "unknown_agency",
            ConfigIssueCode::BadDate => "bad_date",
            ConfigIssueCode::TooLong => "too_long",
            ConfigIssueCode::DuplicateDeadline => "duplicate_deadline",
        }
    }
}

/// One config finding with the JSON path it concerns (`agencies[3].name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    pub code: ConfigIssueCode,
    pub path: String,
    pub value: String,
}

impl ConfigIssue {
    fn new(code: ConfigIssueCode, path: impl Into<String>, value: impl Into<String>) -> Self {
        Self { code, path: path.into(), value: value.into() }
    }
}

impl RegionConfig {
    /// A config for the region from the secretariat's registry. Demo units ("Muat data
    /// contoh") never go to agencies: they are left out, and a real unit placed under a demo
    /// unit goes without that parent.
    pub fn new(
        region: Region,
        year: u16,
        secretariat: &str,
        key: &PublicKey,
        registry: &Registry,
        deadlines: Vec<Deadline>,
    ) -> Self {
        Self {
            schema_version: CONFIG_SCHEMA_VERSION,
            region,
            year,
            secretariat: secretariat.trim().to_owned(),
            secretariat_public_key: key.to_hex(),
            agencies: real_agencies(registry),
            deadlines,
            demo: false,
            labinov: None,
            relay: None,
            zone: None,
            send_threshold: None,
        }
    }

    /// Names the year's "layak kirim" threshold.
    pub fn with_send_threshold(mut self, threshold: Option<u32>) -> Self {
        self.send_threshold = threshold;
        self
    }

    /// Names the region's time zone.
    pub fn with_zone(mut self, zone: Option<Zone>) -> Self {
        self.zone = zone;
        self
    }

    /// Names the region's relay, so agencies join it and send through it.
    pub fn with_relay(mut self, relay: Option<RelayLink>) -> Self {
        self.relay = relay;
        self
    }

    /// Sets the Labinov commitment documents; the default is not written (see [`Self::labinov`]).
    pub fn with_labinov(mut self, labinov: LabinovConfig) -> Self {
        self.labinov = (labinov != LabinovConfig::default()).then_some(labinov);
        self
    }

    /// The Labinov commitment documents agencies of this region follow.
    pub fn labinov_config(&self) -> LabinovConfig {
        self.labinov.clone().unwrap_or_default()
    }

    /// The agency list as a registry.
    pub fn registry(&self) -> Registry {
        Registry { agencies: self.agencies.clone(), ..Registry::default() }
    }

    /// Every problem of the config (empty = usable).
    pub fn validate(&self) -> Vec<ConfigIssue> {
        use ConfigIssueCode as C;
        let mut issues = Vec::new();
        if self.region.name.trim().is_empty() {
            issues.push(ConfigIssue::new(C::Required, "region.name", ""));
        }
        if !BUILTIN_YEARS.contains(&self.year) {
            issues.push(ConfigIssue::new(C::UnsupportedYear, "year", self.year.to_string()));
        }
        if self.secretariat.trim().is_empty() {
            issues.push(ConfigIssue::new(C::Required, "secretariat", ""));
        }
        if PublicKey::from_hex(&self.secretariat_public_key).is_err()
            || self.secretariat_public_key.len() != 64
            || !crate::base::hash::is_lower_hex(&self.secretariat_public_key)
        {
            issues.push(ConfigIssue::new(
                C::BadPublicKey,
                "secretariat_public_key",
                self.secretariat_public_key.clone(),
            ));
        }
        let mut ids = std::collections::HashSet::new();
        let mut names = std::collections::HashSet::new();
        for (index, agency) in self.agencies.iter().enumerate() {
            if !ids.insert(agency.id) {
                issues.push(ConfigIssue::new(
                    C::DuplicateId,
                    format!("agencies[{index}].id"),
                    agency.id.to_string(),
                ));
            }
            if agency.name.trim().is_empty() {
                issues.push(ConfigIssue::new(C::Required, format!("agencies[{index}].name"), ""));
            } else if !names.insert(name_key(&agency.name)) {
                issues.push(ConfigIssue::new(
                    C::DuplicateName,
                    format!("agencies[{index}].name"),
                    agency.name.clone(),
                ));
            }
        }
        for (index, agency) in self.agencies.iter().enumerate() {
            if let Some(parent) = agency.parent
                && !ids.contains(&parent)
            {
                issues.push(ConfigIssue::new(
                    C::UnknownParent,
                    format!("agencies[{index}].parent"),
                    parent.to_string(),
                ));
            }
        }
        if !self.agencies.iter().any(|agency| agency.active) {
            issues.push(ConfigIssue::new(C::NoActiveAgency, "agencies", ""));
        }
        issues.extend(deadline_issues(&self.deadlines));
        for issue in self.labinov.iter().flat_map(LabinovConfig::validate) {
            let code = match issue.code {
                LabIssueCode::DuplicateStage => C::DuplicateName,
                _ => C::Required,
            };
            let value = issue.stage.map(|stage| stage.code()).unwrap_or_default();
            issues.push(ConfigIssue::new(code, format!("labinov.{}", issue.path), value));
        }
        issues
    }

    /// Reads `config.json`: JSON shape and schema version only (see [`RegionConfig::validate`]).
    pub fn from_json(bytes: &[u8]) -> Result<Self, SecretariatError> {
        let value: serde_json::Value = serde_json::from_slice(bytes)
            .map_err(|e| SecretariatError::Json { what: "config.json", detail: e.to_string() })?;
        let version = value.get("schema_version").and_then(serde_json::Value::as_u64).unwrap_or(0);
        if version != u64::from(CONFIG_SCHEMA_VERSION) {
            return Err(SecretariatError::UnsupportedVersion {
                what: "config.json",
                found: u32::try_from(version).unwrap_or(u32::MAX),
                supported: CONFIG_SCHEMA_VERSION,
            });
        }
        serde_json::from_value(value)
            .map_err(|e| SecretariatError::Json { what: "config.json", detail: e.to_string() })
    }

    /// Pretty, stable JSON (field order is the struct's order).
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// Deadlines from `today` on, soonest first (for the agency's list banner).
    pub fn upcoming_deadlines(&self, today: NaiveDate) -> Vec<&Deadline> {
        let mut upcoming: Vec<&Deadline> =
            self.deadlines.iter().filter(|deadline| deadline.date >= today).collect();
        upcoming.sort_by_key(|deadline| deadline.date);
        upcoming
    }

    /// The upcoming deadlines with the days left from `today` ("Batas waktu: … (n hari lagi)").
    pub fn deadline_notices(&self, today: NaiveDate) -> Vec<DeadlineNotice> {
        self.upcoming_deadlines(today)
            .into_iter()
            .map(|deadline| DeadlineNotice {
                label: deadline.label.clone(),
                date: deadline.date,
                days_left: u32::try_from((deadline.date - today).num_days()).unwrap_or(0),
            })
            .collect()
    }
}

/// The registry's units without the demo units; parents that are demo units are dropped.
fn real_agencies(registry: &Registry) -> Vec<RegistryAgency> {
    let demo: std::collections::HashSet<AgencyId> =
        registry.agencies.iter().filter(|agency| agency.demo).map(|agency| agency.id).collect();
    registry
        .agencies
        .iter()
        .filter(|agency| !agency.demo)
        .map(|agency| RegistryAgency {
            parent: agency.parent.filter(|parent| !demo.contains(parent)),
            ..agency.clone()
        })
        .collect()
}

/// The longest deadline label, in characters.
pub const DEADLINE_LABEL_MAX: usize = 120;

/// One upcoming deadline as the agency's list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineNotice {
    pub label: String,
    pub date: NaiveDate,
    /// 0 = today.
    pub days_left: u32,
}

/// A deadline as typed in the secretariat's form: the date as an `<input type="date">` gives
/// it (`YYYY-MM-DD`; `dd/mm/yyyy` is read too).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeadlineDraft {
    pub label: String,
    pub date: String,
}

/// Problems of a deadline list: empty or too long labels, labels used twice.
pub fn deadline_issues(deadlines: &[Deadline]) -> Vec<ConfigIssue> {
    use ConfigIssueCode as C;
    let mut issues = Vec::new();
    let mut labels = std::collections::HashSet::new();
    for (index, deadline) in deadlines.iter().enumerate() {
        let path = format!("deadlines[{index}].label");
        let label = deadline.label.trim();
        if label.is_empty() {
            issues.push(ConfigIssue::new(C::Required, path, ""));
        } else if label.chars().count() > DEADLINE_LABEL_MAX {
            issues.push(ConfigIssue::new(C::TooLong, path, DEADLINE_LABEL_MAX.to_string()));
        } else if !labels.insert(name_key(label)) {
            issues.push(ConfigIssue::new(C::DuplicateDeadline, path, label));
        }
    }
    issues
}

/// Reads the secretariat's deadline form: every problem (label and date of each line, with
/// its path), or the deadlines sorted by date with the labels trimmed.
pub fn parse_deadlines(drafts: &[DeadlineDraft]) -> Result<Vec<Deadline>, Vec<ConfigIssue>> {
    let mut issues = Vec::new();
    let mut deadlines = Vec::new();
    for (index, draft) in drafts.iter().enumerate() {
        let label = draft.label.split_whitespace().collect::<Vec<_>>().join(" ");
        match crate::secretariat::innovation_csv::parse_date_loose(&draft.date) {
            Some(date) => deadlines.push(Deadline { label, date }),
            None => {
                issues.push(ConfigIssue::new(
                    ConfigIssueCode::BadDate,
                    format!("deadlines[{index}].date"),
                    draft.date.trim(),
                ));
                // Keeps the index of later lines for their label findings.
                deadlines.push(Deadline { label, date: NaiveDate::MIN });
            }
        }
    }
    issues.extend(deadline_issues(&deadlines));
    if !issues.is_empty() {
        // Line by line: the date and label findings of a line together, lines in order.
        let line = |issue: &ConfigIssue| {
            issue.path.split(['[', ']']).nth(1).and_then(|n| n.parse::<usize>().ok())
        };
        issues.sort_by_key(|issue| line(issue));
        return Err(issues);
    }
    deadlines.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label)));
    Ok(deadlines)
}

/// The writer's input for a config bundle (`created_at` RFC 3339, from the shell's clock).
/// Sign it with the key whose public half is `config.secretariat_public_key`.
pub fn config_bundle(config: &RegionConfig, created_at: &str) -> (BundleMeta, BundleContent) {
    let meta = BundleMeta {
        kind: BundleKind::Config,
        created_at: created_at.to_owned(),
        region: config.region.name.clone(),
        agency: config.secretariat.clone(),
        year: config.year,
    };
    let content = BundleContent { config: Some(config.to_json()), ..BundleContent::default() };
    (meta, content)
}

/// Checks a verified bundle as a config bundle: its kind, `config.json`, that it is signed by the
/// secretariat key it names, that the manifest's region, sender and year are the config's, and
/// that the config validates. (Whether to trust that key is the import's trust-on-first-use.)
pub fn read_config_bundle(bundle: &VerifiedBundle) -> Result<RegionConfig, SecretariatError> {
    if bundle.manifest.kind != BundleKind::Config {
        return Err(SecretariatError::WrongBundleKind {
            found: bundle.manifest.kind.code(),
            expected: BundleKind::Config.code(),
        });
    }
    let bytes = bundle.config.as_deref().ok_or(SecretariatError::MissingConfig)?;
    let config = RegionConfig::from_json(bytes)?;
    if config.secretariat_public_key != bundle.signer.to_hex() {
        return Err(SecretariatError::SignerMismatch);
    }
    let manifest = &bundle.manifest;
    if (manifest.region.as_str(), manifest.agency.as_str(), manifest.year)
        != (config.region.name.as_str(), config.secretariat.as_str(), config.year)
    {
        return Err(SecretariatError::ManifestMismatch {
            manifest: format!("{} / {} / {}", manifest.region, manifest.agency, manifest.year),
            config: format!("{} / {} / {}", config.region.name, config.secretariat, config.year),
        });
    }
    let issues = config.validate();
    if issues.is_empty() { Ok(config) } else { Err(SecretariatError::InvalidConfig(issues)) }
}

/// One line of the agency picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyChoice {
    pub id: AgencyId,
    pub name: String,
    pub kind: AgencyKind,
    /// The parent's name (a desa's kecamatan), to tell same-named units apart.
    pub parent: Option<String>,
}

/// The active agencies grouped by kind (kinds in [`AgencyKind::ALL`] order, names sorted):
/// what an agency device shows instead of a free-text name.
pub fn agency_choices(config: &RegionConfig) -> Vec<(AgencyKind, Vec<AgencyChoice>)> {
    let names: std::collections::HashMap<AgencyId, &str> =
        config.agencies.iter().map(|agency| (agency.id, agency.name.as_str())).collect();
    let mut groups: Vec<(AgencyKind, Vec<AgencyChoice>)> = Vec::new();
    for kind in AgencyKind::ALL {
        let mut choices: Vec<AgencyChoice> = config
            .agencies
            .iter()
            .filter(|agency| agency.active && agency.kind == kind)
            .map(|agency| AgencyChoice {
                id: agency.id,
                name: agency.name.clone(),
                kind,
                parent: agency.parent.and_then(|id| names.get(&id)).map(|name| (*name).to_owned()),
            })
            .collect();
        if !choices.is_empty() {
            choices.sort_by_key(|choice| name_key(&choice.name));
            groups.push((kind, choices));
        }
    }
    groups
}

/// What an agency device keeps after choosing its unit: new innovations carry `agency_id` and
/// `agency_name` (see `Innovation::agency_id`), and bundles are sent as `agency_name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickedAgency {
    pub region: String,
    pub year: u16,
    pub agency_id: AgencyId,
    pub agency_name: String,
    pub kind: AgencyKind,
    pub secretariat: String,
    pub secretariat_public_key: String,
}

/// The agency device's choice of its own unit.
pub fn pick_agency(config: &RegionConfig, id: AgencyId) -> Result<PickedAgency, ConfigIssue> {
    let agency =
        config.agencies.iter().find(|agency| agency.id == id && agency.active).ok_or_else(
            || ConfigIssue::new(ConfigIssueCode::UnknownAgency, "agency", id.to_string()),
        )?;
    Ok(PickedAgency {
        region: config.region.name.clone(),
        year: config.year,
        agency_id: agency.id,
        agency_name: agency.name.clone(),
        kind: agency.kind,
        secretariat: config.secretariat.clone(),
        secretariat_public_key: config.secretariat_public_key.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::bundle::{SigningKey, read_bundle, write_bundle};
    use crate::model::org::RegionKind;
    use crate::secretariat::registry::AgencyDraft;

    fn config(key: &SigningKey) -> RegionConfig {
        let mut registry = Registry::default();
        let draft = |name: &str, kind: &str| AgencyDraft {
            name: name.into(),
            kind: kind.into(),
            parent: None,
        };
        let kec = registry
            .add(&draft("Kecamatan Samboja", "kecamatan"), AgencyId::derive(b"t", 1))
            .expect("test data");
        registry
            .add(&draft("Dinas Kesehatan", "dinas"), AgencyId::derive(b"t", 2))
            .expect("test data");
        let desa = AgencyDraft { parent: Some(kec), ..draft("Desa Saliki", "desa") };
        let desa = registry.add(&desa, AgencyId::derive(b"t", 3)).expect("test data");
        registry.add(&draft("Desa Lama", "desa"), AgencyId::derive(b"t", 4)).expect("test data");
        registry.set_active(AgencyId::derive(b"t", 4), false).expect("test data");
        assert_eq!(registry.get(desa).map(|a| a.parent), Some(Some(kec)));
        RegionConfig::new(
            Region {
                kind: RegionKind::Regency,
                name: "Kab. Kutai Kartanegara".into(),
                code: "64.02".into(),
            },
            2026,
            "BRIDA",
            &key.public_key(),
            &registry,
            vec![Deadline {
                label: "Batas pengisian".into(),
                date: NaiveDate::from_ymd_opt(2026, 7, 31).expect("test data"),
            }],
        )
    }

    #[test]
    fn a_config_bundle_round_trips_and_the_agency_picks_its_unit() {
        let key = SigningKey::from_seed(&[7; 32]);
        let config = config(&key);
        assert!(config.validate().is_empty());
        let (meta, content) = config_bundle(&config, "2026-05-01T08:00:00+07:00");
        let bytes = write_bundle(&meta, &content, &[], &key).expect("test data");
        let bundle = read_bundle(&bytes).expect("test data");
        let read = read_config_bundle(&bundle).expect("test data");
        assert_eq!(read, config);
        let groups = agency_choices(&read);
        let kinds: Vec<AgencyKind> = groups.iter().map(|(kind, _)| *kind).collect();
        assert_eq!(kinds, [AgencyKind::Office, AgencyKind::District, AgencyKind::Village]);
        let desa = &groups[2].1;
        assert_eq!(desa.len(), 1, "inactive units are not offered");
        assert_eq!(desa[0].parent.as_deref(), Some("Kecamatan Samboja"));
        let picked = pick_agency(&read, desa[0].id).expect("test data");
        assert_eq!((picked.agency_name.as_str(), picked.year), ("Desa Saliki", 2026));
        assert!(pick_agency(&read, AgencyId::derive(b"t", 4)).is_err());
        let today = NaiveDate::from_ymd_opt(2026, 8, 1).expect("test data");
        assert!(read.upcoming_deadlines(today).is_empty());
    }

    #[test]
    fn demo_units_stay_out_of_the_config_bundle() {
        let key = SigningKey::from_seed(&[7; 32]);
        let mut registry = config(&key).registry();
        let demo_kec = RegistryAgency {
            id: AgencyId::derive(b"demo", 1),
            name: "Kecamatan Contoh (contoh)".into(),
            kind: AgencyKind::District,
            active: true,
            parent: None,
            demo: true,
        };
        registry.agencies.push(demo_kec.clone());
        registry.agencies.push(RegistryAgency {
            id: AgencyId::derive(b"demo", 2),
            name: "Desa Contoh (contoh)".into(),
            kind: AgencyKind::Village,
            parent: Some(demo_kec.id),
            ..demo_kec.clone()
        });
        // A real unit the secretariat placed under a demo unit keeps going, without that parent.
        registry.agencies[1].parent = Some(demo_kec.id);
        let built = RegionConfig::new(
            config(&key).region,
            2026,
            "BRIDA",
            &key.public_key(),
            &registry,
            Vec::new(),
        );
        assert_eq!(built.agencies.len(), 4);
        assert!(built.agencies.iter().all(|agency| !agency.demo));
        assert_eq!(built.agencies[1].parent, None);
        assert!(built.validate().is_empty(), "{:?}", built.validate());
    }

    #[test]
    fn deadlines_are_read_from_the_form_checked_and_counted_down() {
        let draft =
            |label: &str, date: &str| DeadlineDraft { label: label.into(), date: date.into() };
        let parsed = parse_deadlines(&[
            draft("  Verifikasi   sekretariat ", "2026-07-31"),
            draft("Batas pengisian profil", "30/06/2026"),
        ])
        .expect("test data");
        assert_eq!(
            parsed.iter().map(|d| (d.label.as_str(), d.date.to_string())).collect::<Vec<_>>(),
            [
                ("Batas pengisian profil", "2026-06-30".to_owned()),
                ("Verifikasi sekretariat", "2026-07-31".to_owned()),
            ]
        );
        let long = "x".repeat(DEADLINE_LABEL_MAX + 1);
        // (form lines, expected findings as (code, path))
        type Case<'a> = (&'a [DeadlineDraft], &'a [(&'a str, &'a str)]);
        let cases: [Case<'_>; 4] = [
            (&[draft("", "2026-06-30")], &[("required", "deadlines[0].label")]),
            (
                &[draft("A", ""), draft("B", "31-02-2026")],
                &[("bad_date", "deadlines[0].date"), ("bad_date", "deadlines[1].date")],
            ),
            (
                &[draft("A", "2026-01-01"), draft(" a ", "2026-02-01")],
                &[("duplicate_deadline", "deadlines[1].label")],
            ),
            (
                &[draft(&long, "besok")],
                &[("bad_date", "deadlines[0].date"), ("too_long", "deadlines[0].label")],
            ),
        ];
        for (drafts, expected) in cases {
            let found = parse_deadlines(drafts).expect_err("test data");
            let found: Vec<(&str, &str)> =
                found.iter().map(|issue| (issue.code.code(), issue.path.as_str())).collect();
            assert_eq!(found, expected, "{drafts:?}");
        }

        let key = SigningKey::from_seed(&[7; 32]);
        let mut config = config(&key);
        config.deadlines = parsed;
        let today = NaiveDate::from_ymd_opt(2026, 6, 30).expect("test data");
        let notices = config.deadline_notices(today);
        assert_eq!(
            notices.iter().map(|n| (n.label.as_str(), n.days_left)).collect::<Vec<_>>(),
            [("Batas pengisian profil", 0), ("Verifikasi sekretariat", 31)]
        );
        let later = NaiveDate::from_ymd_opt(2026, 7, 1).expect("test data");
        assert_eq!(config.deadline_notices(later).len(), 1);
        assert!(config.validate().is_empty());
    }

    #[test]
    fn labinov_commitments_travel_only_when_changed() {
        use crate::model::labinov::{LabStage, LabinovConfig};
        let key = SigningKey::from_seed(&[7; 32]);
        let plain = config(&key);
        let same = plain.clone().with_labinov(LabinovConfig::default());
        assert_eq!(same.to_json(), plain.to_json(), "the default is not written");
        assert_eq!(plain.labinov_config(), LabinovConfig::default());
        let changed = plain.clone().with_labinov(LabinovConfig::from_documents(&[
            (LabStage::DrumUp, "Deklarasi komitmen".into()),
            (LabStage::Design, "Pakta integritas".into()),
        ]));
        let (meta, content) = config_bundle(&changed, "2026-05-01T08:00:00+07:00");
        let bytes = write_bundle(&meta, &content, &[], &key).expect("test data");
        let read = read_config_bundle(&read_bundle(&bytes).expect("test data")).expect("test data");
        assert_eq!(read.labinov_config().required_at(LabStage::DrumUp), Some("Deklarasi komitmen"));
        let mut broken = changed;
        if let Some(labinov) = broken.labinov.as_mut() {
            labinov.commitments[1].stage = LabStage::DrumUp;
            labinov.commitments[0].document.clear();
        }
        let found: Vec<(&str, String)> =
            broken.validate().into_iter().map(|i| (i.code.code(), i.path)).collect();
        assert_eq!(
            found,
            [
                ("required", "labinov.commitments[0].document".to_owned()),
                ("duplicate_name", "labinov.commitments[1].stage".to_owned()),
            ]
        );
    }

    #[test]
    fn the_regions_zone_travels_with_the_config_and_older_configs_have_none() {
        use crate::base::zone::Zone;
        let key = SigningKey::from_seed(&[7; 32]);
        let plain = config(&key);
        assert!(!String::from_utf8_lossy(&plain.to_json()).contains("zone"));
        let wita = plain.with_zone(Some(Zone::Wita));
        assert!(String::from_utf8_lossy(&wita.to_json()).contains(r#""zone": "WITA""#));
        let (meta, content) = config_bundle(&wita, "2026-05-01T08:00:00+08:00");
        let bytes = write_bundle(&meta, &content, &[], &key).expect("test data");
        let read = read_config_bundle(&read_bundle(&bytes).expect("test data")).expect("test data");
        assert_eq!(read.zone, Some(Zone::Wita));
        let gated = read.with_send_threshold(Some(90));
        assert!(String::from_utf8_lossy(&gated.to_json()).contains(r#""send_threshold": 90"#));
    }

    #[test]
    fn a_config_signed_by_another_key_or_broken_is_refused() {
        let key = SigningKey::from_seed(&[7; 32]);
        let config = config(&key);
        let (meta, content) = config_bundle(&config, "2026-05-01T08:00:00+07:00");
        let other = SigningKey::from_seed(&[8; 32]);
        let bytes = write_bundle(&meta, &content, &[], &other).expect("test data");
        let bundle = read_bundle(&bytes).expect("test data");
        assert_eq!(read_config_bundle(&bundle), Err(SecretariatError::SignerMismatch));

        let mut broken = config.clone();
        broken.region.name = " ".into();
        broken.year = 2019;
        broken.agencies[1].name = "kecamatan  samboja".into();
        broken.agencies.iter_mut().for_each(|agency| agency.active = false);
        broken.deadlines[0].label.clear();
        let codes: Vec<(&str, String)> =
            broken.validate().into_iter().map(|issue| (issue.code.code(), issue.path)).collect();
        assert_eq!(
            codes,
            [
                ("required", "region.name".to_owned()),
                ("unsupported_year", "year".to_owned()),
                ("duplicate_name", "agencies[1].name".to_owned()),
                ("no_active_agency", "agencies".to_owned()),
                ("required", "deadlines[0].label".to_owned()),
            ]
        );
        let (meta, content) = config_bundle(&broken, "2026-05-01T08:00:00+07:00");
        let bytes = write_bundle(&meta, &content, &[], &key).expect("test data");
        let bundle = read_bundle(&bytes).expect("test data");
        assert!(
            matches!(read_config_bundle(&bundle), Err(SecretariatError::InvalidConfig(i)) if i.len() == 5)
        );
        let mut future: serde_json::Value =
            serde_json::from_slice(&config.to_json()).expect("test data");
        future["schema_version"] = 2.into();
        assert!(matches!(
            RegionConfig::from_json(future.to_string().as_bytes()),
            Err(SecretariatError::UnsupportedVersion { found: 2, .. })
        ));
    }
}

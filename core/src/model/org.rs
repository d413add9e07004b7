//! Who reports innovations: the region (pemda) and its agencies (perangkat daerah and units).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// Stable identity of an agency in the secretariat's registry (UUID v4 from caller bytes).
///
/// Names change ("Dinas Kominfo" → "Diskominfo"); the id does not, so submissions of an agency
/// that picked its unit from a config bundle are matched by id first, by name only as a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AgencyId(Uuid);

impl AgencyId {
    /// A random (version 4) id from 16 random bytes supplied by the shell.
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    /// The `index`-th id derived from a caller-supplied random `seed`: one seed per CSV import
    /// (or per demo data set) gives every new row its own id without asking the shell again.
    pub fn derive(seed: &[u8], index: u64) -> Self {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        hasher.update(b"inovda-agency-id");
        hasher.update(seed);
        hasher.update(index.to_be_bytes());
        let digest = hasher.finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        Self::from_random_bytes(bytes)
    }

    /// Parses the hyphenated text form (any case); the canonical form is lower case.
    pub fn parse(text: &str) -> Option<Self> {
        Uuid::parse_str(text.trim()).ok().map(Self)
    }
}

impl fmt::Display for AgencyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl Serialize for AgencyId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AgencyId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        AgencyId::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid agency id `{text}`")))
    }
}

/// Level of the regional government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegionKind {
    /// Provinsi.
    #[serde(rename = "provinsi")]
    Province,
    /// Kabupaten.
    #[serde(rename = "kabupaten")]
    Regency,
    /// Kota.
    #[serde(rename = "kota")]
    City,
}

impl RegionKind {
    pub const ALL: [RegionKind; 3] = [RegionKind::Province, RegionKind::Regency, RegionKind::City];

    pub fn code(self) -> &'static str {
        match self {
            RegionKind::Province => "provinsi",
            RegionKind::Regency => "kabupaten",
            RegionKind::City => "kota",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        RegionKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// The kind a region's name says ("Kota Padang" is a city, "Provinsi Jambi" a province);
    /// anything else is taken for a regency ("Kabupaten …", "Kab. …", a bare name).
    pub fn from_region_name(name: &str) -> Self {
        let name = name.trim();
        if name.starts_with("Kota ") {
            RegionKind::City
        } else if name.starts_with("Provinsi ") {
            RegionKind::Province
        } else {
            RegionKind::Regency
        }
    }
}

/// A regional government (pemda).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub kind: RegionKind,
    /// e.g. "Kota Probolinggo".
    pub name: String,
    /// Kemendagri region code, e.g. "35.74" (may be empty).
    #[serde(default)]
    pub code: String,
}

/// Kind of unit that owns innovations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgencyKind {
    /// Dinas.
    #[serde(rename = "dinas")]
    Office,
    /// Badan.
    #[serde(rename = "badan")]
    Board,
    /// Sekretariat (daerah / DPRD).
    #[serde(rename = "sekretariat")]
    Secretariat,
    /// Kecamatan.
    #[serde(rename = "kecamatan")]
    District,
    /// Kelurahan.
    #[serde(rename = "kelurahan")]
    UrbanVillage,
    /// Desa.
    #[serde(rename = "desa")]
    Village,
    /// Puskesmas.
    #[serde(rename = "puskesmas")]
    HealthCenter,
    /// RSUD.
    #[serde(rename = "rsud")]
    Hospital,
    /// Sekolah.
    #[serde(rename = "sekolah")]
    School,
    /// BUMD.
    #[serde(rename = "bumd")]
    RegionalEnterprise,
    /// UPT / UPTD.
    #[serde(rename = "upt")]
    TechnicalUnit,
    /// Masyarakat / lainnya.
    #[serde(rename = "masyarakat")]
    Community,
}

impl AgencyKind {
    pub const ALL: [AgencyKind; 12] = [
        AgencyKind::Office,
        AgencyKind::Board,
        AgencyKind::Secretariat,
        AgencyKind::District,
        AgencyKind::UrbanVillage,
        AgencyKind::Village,
        AgencyKind::HealthCenter,
        AgencyKind::Hospital,
        AgencyKind::School,
        AgencyKind::RegionalEnterprise,
        AgencyKind::TechnicalUnit,
        AgencyKind::Community,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AgencyKind::Office => "dinas",
            AgencyKind::Board => "badan",
            AgencyKind::Secretariat => "sekretariat",
            AgencyKind::District => "kecamatan",
            AgencyKind::UrbanVillage => "kelurahan",
            AgencyKind::Village => "desa",
            AgencyKind::HealthCenter => "puskesmas",
            AgencyKind::Hospital => "rsud",
            AgencyKind::School => "sekolah",
            AgencyKind::RegionalEnterprise => "bumd",
            AgencyKind::TechnicalUnit => "upt",
            AgencyKind::Community => "masyarakat",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        AgencyKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// Reads a kind as people type it in a spreadsheet: the code, the Indonesian label or a
    /// common alias (`RSUD`, `Rumah Sakit`, `SMPN`, `UPTD`, `PDAM`, `Perumda`, …) or the English
    /// word, ignoring case, spaces and punctuation. `None` when nothing matches.
    pub fn parse_loose(text: &str) -> Option<Self> {
        let key: String =
            text.trim().to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
        if let Some(kind) = AgencyKind::from_code(&key) {
            return Some(kind);
        }
        let kind = match key.as_str() {
            "office" | "dinasdaerah" | "perangkatdaerah" | "opd" => AgencyKind::Office,
            "board" | "agency" | "badandaerah" => AgencyKind::Board,
            "secretariat" | "setda" | "setwan" | "sekretariatdaerah" | "sekretariatdprd"
            | "inspektorat" => AgencyKind::Secretariat,
            "district" | "camat" => AgencyKind::District,
            "urbanvillage" | "lurah" => AgencyKind::UrbanVillage,
            "village" | "pemerintahdesa" | "pemdes" => AgencyKind::Village,
            "healthcenter" | "healthcentre" | "pkm" => AgencyKind::HealthCenter,
            "hospital" | "rumahsakit" | "rs" | "rumahsakitumumdaerah" => AgencyKind::Hospital,
            "school" | "sd" | "sdn" | "smp" | "smpn" | "sma" | "sman" | "smk" | "smkn" => {
                AgencyKind::School
            }
            "regionalenterprise" | "enterprise" | "pdam" | "perumda" | "perseroda"
            | "bankdaerah" | "bumdes" => AgencyKind::RegionalEnterprise,
            "technicalunit" | "uptd" | "upp" => AgencyKind::TechnicalUnit,
            "community" | "lainnya" | "other" | "kelompokmasyarakat" => AgencyKind::Community,
            _ => return None,
        };
        Some(kind)
    }
}

/// One unit of the region that reports innovations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    /// The name innovations carry in [`crate::Innovation::agency`].
    pub name: String,
    pub kind: AgencyKind,
    /// Name of the parent agency (a puskesmas under the Dinas Kesehatan), if any.
    pub parent: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regions_name_says_its_kind() {
        let cases = [
            ("Kota Padang", RegionKind::City),
            ("Provinsi Jambi", RegionKind::Province),
            ("Kabupaten Jember", RegionKind::Regency),
            (" Kota Probolinggo ", RegionKind::City),
            ("Kotabaru", RegionKind::Regency),
        ];
        for (name, kind) in cases {
            assert_eq!(RegionKind::from_region_name(name), kind, "{name}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for kind in RegionKind::ALL {
            assert_eq!(RegionKind::from_code(kind.code()), Some(kind));
        }
        for kind in AgencyKind::ALL {
            assert_eq!(AgencyKind::from_code(kind.code()), Some(kind));
            assert_eq!(AgencyKind::parse_loose(&kind.code().to_uppercase()), Some(kind));
            let json = serde_json::to_string(&kind).expect("test data");
            assert_eq!(json, format!("\"{}\"", kind.code()));
        }
        assert_eq!(AgencyKind::parse_loose(" RSUD "), Some(AgencyKind::Hospital));
        assert_eq!(AgencyKind::parse_loose("Rumah Sakit"), Some(AgencyKind::Hospital));
        assert_eq!(AgencyKind::parse_loose("SMPN"), Some(AgencyKind::School));
        assert_eq!(AgencyKind::parse_loose("UPTD"), Some(AgencyKind::TechnicalUnit));
        assert_eq!(AgencyKind::parse_loose("kementerian"), None);
    }

    #[test]
    fn agency_ids_are_stable_and_round_trip() {
        let id = AgencyId::derive(b"seed", 3);
        assert_eq!(id, AgencyId::derive(b"seed", 3));
        assert_ne!(id, AgencyId::derive(b"seed", 4));
        assert_eq!(AgencyId::parse(&id.to_string()), Some(id));
        let json = serde_json::to_string(&id).expect("test data");
        assert_eq!(serde_json::from_str::<AgencyId>(&json).expect("test data"), id);
        assert!(serde_json::from_str::<AgencyId>("\"nope\"").is_err());
    }
}

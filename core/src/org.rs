//! Who reports innovations: the region (pemda) and its agencies (perangkat daerah and units).

/// Level of the regional government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegionKind {
    /// Provinsi.
    Province,
    /// Kabupaten.
    Regency,
    /// Kota.
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
}

/// A regional government (pemda).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub kind: RegionKind,
    /// e.g. "Kota Probolinggo".
    pub name: String,
    /// Kemendagri region code, e.g. "35.74".
    pub code: String,
}

/// Kind of unit that owns innovations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgencyKind {
    /// Dinas.
    Office,
    /// Badan.
    Board,
    /// Sekretariat (daerah / DPRD).
    Secretariat,
    /// Kecamatan.
    District,
    /// Kelurahan.
    UrbanVillage,
    /// Desa.
    Village,
    /// Puskesmas.
    HealthCenter,
    /// RSUD.
    Hospital,
    /// Sekolah.
    School,
    /// BUMD.
    RegionalEnterprise,
    /// UPT / UPTD.
    TechnicalUnit,
    /// Masyarakat / lainnya.
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
    fn codes_round_trip() {
        for kind in RegionKind::ALL {
            assert_eq!(RegionKind::from_code(kind.code()), Some(kind));
        }
        for kind in AgencyKind::ALL {
            assert_eq!(AgencyKind::from_code(kind.code()), Some(kind));
        }
    }
}

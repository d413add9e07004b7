//! Year-versioned IID catalogs: every number and label of an assessment year is data.
//!
//! The shipped catalogs live in `data/<year>.json` and are embedded with `include_str!`;
//! a user catalog with the same shape is read by [`Catalog::from_json`].
//! Both paths go through [`Catalog::check`], so a catalog in use always satisfies its invariants.
//! Values the sources mark unknown are chosen and explained in each file's `notes`.

mod error;

pub use error::{CatalogError, catalog_error_message};

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::base::decimal::{Points, Ratio};
use crate::model::innovation::Level;
use crate::model::urusan::affair_by_number;

/// The assessment years shipped with this build.
pub const BUILTIN_YEARS: [u16; 4] = [2023, 2025, 2026, 2027];

fn builtin_text(year: u16) -> Option<&'static str> {
    match year {
        2023 => Some(include_str!("data/2023.json")),
        2025 => Some(include_str!("data/2025.json")),
        2026 => Some(include_str!("data/2026.json")),
        2027 => Some(include_str!("data/2027.json")),
        _ => None,
    }
}

/// The Jumlah Inovasi rule: `MIN(n, cap) × factor`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountRule {
    pub factor: Points,
    pub cap: u32,
}

/// The yandas gate: the Jumlah Inovasi score counts only when at least `min_covered`
/// of `affairs` (urusan numbers) are covered by reported innovations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YandasRule {
    pub min_covered: u32,
    pub affairs: Vec<u8>,
    /// Whether urusan beririsan count towards coverage (otherwise only urusan utama).
    pub count_related: bool,
}

/// Predicate bands (lower bounds, inclusive, on the IID rounded to 2 decimals).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    /// Sangat Inovatif from this IID.
    pub very_innovative_from: Points,
    /// Inovatif from this IID; below it (and above 0.00) Kurang Inovatif.
    pub innovative_from: Points,
}

/// Inclusive date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWindow {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl DateWindow {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

/// Upload limits for evidence files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceRules {
    pub max_bytes: u32,
    /// Accepted MIME types for documents and pictures.
    pub media_types: Vec<String>,
    pub video_max_bytes: u32,
    /// Accepted MIME types on rows marked `video`.
    pub video_media_types: Vec<String>,
}

/// A profile field a year's form adds (2026: Asta Cita, PKPN, lokasi/koordinat).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraField {
    pub key: String,
    pub label_id: String,
    pub label_en: String,
    pub required: bool,
    #[serde(default)]
    pub hint: String,
}

/// One scored row of the catalog (SPD 1–15 with a/b sub-rows, or SID 16–35).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDef {
    pub number: u8,
    /// Sub-row letter (`a`, `b`) or empty.
    #[serde(default)]
    pub sub: String,
    pub variable: String,
    pub name: String,
    pub weight: Points,
    /// Wajib: must be answered with evidence.
    pub mandatory: bool,
    /// Labels of levels 1, 2 and 3 (level 0 is "kosong / tidak sesuai").
    pub levels: [String; 3],
    /// What evidence (bukti dukung) is expected.
    #[serde(default)]
    pub evidence: String,
    /// Whether the evidence is a video (video limits apply, a link is accepted).
    #[serde(default)]
    pub video: bool,
}

impl IndicatorDef {
    /// The row id used in inputs: "1", "2a", "16".
    pub fn id(&self) -> String {
        format!("{}{}", self.number, self.sub)
    }

    /// Weight × 3.
    pub fn max_points(&self) -> Points {
        self.weight.times(i64::from(Level::MAX))
    }

    /// Weight × level.
    pub fn points(&self, level: Level) -> Points {
        self.weight.times(i64::from(level.value()))
    }
}

/// Everything that varies by assessment year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub year: u16,
    pub title: String,
    /// How values were chosen, in particular those the sources leave unknown.
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// k in `MAX(k, n)`.
    pub divisor_min: u32,
    pub count_rule: CountRule,
    pub yandas: YandasRule,
    pub bands: Bands,
    /// Penerapan must fall inside (unless a development date does).
    pub age_window: Option<DateWindow>,
    pub design_min_words: u32,
    pub evidence: EvidenceRules,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub extra_fields: Vec<ExtraField>,
    pub spd: Vec<IndicatorDef>,
    pub sid: Vec<IndicatorDef>,
}

impl Catalog {
    /// A shipped catalog.
    pub fn builtin(year: u16) -> Result<Catalog, CatalogError> {
        let text = builtin_text(year).ok_or_else(|| CatalogError::UnknownYear(year.to_string()))?;
        Catalog::from_json(text)
    }

    /// A shipped catalog named by its year as text ("2026").
    pub fn builtin_named(name: &str) -> Result<Catalog, CatalogError> {
        let year: u16 =
            name.trim().parse().map_err(|_| CatalogError::UnknownYear(name.to_owned()))?;
        Catalog::builtin(year)
    }

    /// Reads and checks a catalog (shipped or user-supplied).
    pub fn from_json(text: &str) -> Result<Catalog, CatalogError> {
        let catalog: Catalog =
            serde_json::from_str(text).map_err(|e| CatalogError::Json(e.to_string()))?;
        catalog.check()?;
        Ok(catalog)
    }

    /// Pretty JSON of the catalog, in the same shape [`Catalog::from_json`] reads.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks the invariants every catalog must satisfy.
    pub fn check(&self) -> Result<(), CatalogError> {
        let invalid = |message: String| Err(CatalogError::Invalid(message));
        if self.divisor_min == 0 {
            return invalid("divisor_min (k) must be at least 1".into());
        }
        if self.count_rule.factor < Points::ZERO {
            return invalid("count_rule.factor must not be negative".into());
        }
        let mut seen = BTreeSet::new();
        for &affair in &self.yandas.affairs {
            if affair_by_number(affair).is_none() {
                return invalid(format!("yandas.affairs: {affair} is not an urusan number (1–38)"));
            }
            if !seen.insert(affair) {
                return invalid(format!("yandas.affairs: {affair} is listed twice"));
            }
        }
        if self.yandas.min_covered as usize > self.yandas.affairs.len() {
            return invalid(
                "yandas.min_covered is larger than the number of yandas affairs".into(),
            );
        }
        let hundred = Points::whole(100);
        let bands = &self.bands;
        if !(Points::ZERO < bands.innovative_from
            && bands.innovative_from < bands.very_innovative_from
            && bands.very_innovative_from <= hundred)
        {
            return invalid(
                "bands must satisfy 0 < innovative_from < very_innovative_from ≤ 100".into(),
            );
        }
        if let Some(window) = self.age_window
            && window.from > window.to
        {
            return invalid("age_window.from is after age_window.to".into());
        }
        if self.evidence.max_bytes == 0 || self.evidence.media_types.is_empty() {
            return invalid("evidence needs max_bytes > 0 and at least one media type".into());
        }
        check_rows("spd", &self.spd)?;
        check_rows("sid", &self.sid)?;
        if self.sid.iter().any(|row| !row.sub.is_empty()) {
            return invalid("sid rows have no sub-rows".into());
        }
        let mut keys = BTreeSet::new();
        for field in &self.extra_fields {
            if field.key.trim().is_empty() || !keys.insert(field.key.as_str()) {
                return invalid(format!("extra_fields: key `{}` is empty or repeated", field.key));
            }
        }
        Ok(())
    }

    /// Maximum SPD: Σ weight × 3 (63 in every shipped catalog).
    pub fn spd_max(&self) -> Points {
        self.spd.iter().fold(Points::ZERO, |sum, row| sum.plus(row.max_points()))
    }

    /// Maximum kematangan of one innovation: Σ weight × 3 over SID rows (111).
    pub fn sid_max(&self) -> Points {
        self.sid.iter().fold(Points::ZERO, |sum, row| sum.plus(row.max_points()))
    }

    /// Maximum Jumlah Inovasi score: cap × factor (76).
    pub fn count_max(&self) -> Points {
        self.count_rule.factor.times(i64::from(self.count_rule.cap))
    }

    /// Maximum total: SPD + SID + Jumlah Inovasi (250); the IID is the total over this, × 100.
    pub fn total_max(&self) -> Points {
        self.spd_max().plus(self.sid_max()).plus(self.count_max())
    }

    /// The IID scale as an exact fraction.
    pub fn total_max_ratio(&self) -> Ratio {
        self.total_max().ratio()
    }

    /// The SPD row with this id ("2a", "1").
    pub fn spd_row(&self, id: &str) -> Option<&IndicatorDef> {
        self.spd.iter().find(|row| row.id() == id.trim())
    }

    /// The SID row with this number.
    pub fn sid_row(&self, number: u8) -> Option<&IndicatorDef> {
        self.sid.iter().find(|row| row.number == number)
    }

    /// The extra field with this key.
    pub fn extra_field(&self, key: &str) -> Option<&ExtraField> {
        self.extra_fields.iter().find(|field| field.key == key)
    }
}

fn check_rows(part: &str, rows: &[IndicatorDef]) -> Result<(), CatalogError> {
    if rows.is_empty() {
        return Err(CatalogError::Invalid(format!("{part} has no rows")));
    }
    let mut ids = BTreeSet::new();
    for row in rows {
        let id = row.id();
        if !ids.insert(id.clone()) {
            return Err(CatalogError::Invalid(format!("{part} row {id} is listed twice")));
        }
        if row.weight <= Points::ZERO {
            return Err(CatalogError::Invalid(format!("{part} row {id} needs a positive weight")));
        }
        if row.name.trim().is_empty() || row.levels.iter().any(|label| label.trim().is_empty()) {
            return Err(CatalogError::Invalid(format!(
                "{part} row {id} needs a name and three level labels"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(value: i64) -> Points {
        Points::whole(value)
    }

    #[test]
    fn every_shipped_catalog_scores_out_of_250() {
        for year in BUILTIN_YEARS {
            let catalog = Catalog::builtin(year).expect("test data");
            assert_eq!(catalog.year, year);
            assert_eq!(catalog.spd_max(), whole(63), "{year} SPD");
            assert_eq!(catalog.sid_max(), whole(111), "{year} SID");
            assert_eq!(catalog.count_max(), whole(76), "{year} jumlah");
            assert_eq!(catalog.total_max(), whole(250), "{year} total");
            let sid: Vec<u8> = catalog.sid.iter().map(|row| row.number).collect();
            assert_eq!(sid, (16..=35).collect::<Vec<u8>>(), "{year} SID rows 16–35");
            let sid_weights = catalog.sid.iter().fold(Points::ZERO, |s, r| s.plus(r.weight));
            assert_eq!(sid_weights, whole(37));
            let spd_numbers: BTreeSet<u8> = catalog.spd.iter().map(|row| row.number).collect();
            assert_eq!(spd_numbers, (1..=15).collect(), "{year} SPD indicators 1–15");
            assert_eq!(catalog.spd.len(), 20, "{year}: 15 SPD indicators in 20 rows");
            let mandatory: Vec<u8> =
                catalog.sid.iter().filter(|row| row.mandatory).map(|row| row.number).collect();
            assert_eq!(mandatory, [16, 17, 32, 33, 35]);
            assert_eq!(catalog.design_min_words, 300);
            assert!(!catalog.notes.is_empty());
            assert_eq!(Catalog::from_json(&catalog.to_json()).expect("test data"), catalog);
        }
    }

    #[test]
    fn shipped_parameters_match_the_reference() {
        let c2023 = Catalog::builtin(2023).expect("test data");
        assert_eq!(
            (c2023.divisor_min, c2023.bands.very_innovative_from),
            (10, whole(60).plus(Points(100)))
        );
        assert_eq!(c2023.bands.innovative_from, whole(35));
        let c2025 = Catalog::builtin(2025).expect("test data");
        assert_eq!((c2025.divisor_min, c2025.yandas.min_covered), (10, 0));
        assert_eq!(c2025.bands.very_innovative_from, "65.01".parse().expect("test data"));
        // The disputed lower bound: 35.01 chosen, 40.01 named in the notes as the other reading.
        assert_eq!(c2025.bands.innovative_from, "35.01".parse().expect("test data"));
        assert!(c2025.notes.iter().any(|note| note.contains("35.01") && note.contains("40.01")));
        let keys: Vec<&str> = c2025.extra_fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["location", "asta_cita", "development"]);
        let window = c2025.age_window.expect("test data");
        assert_eq!(
            (window.from.to_string(), window.to.to_string()),
            ("2023-01-01".into(), "2024-12-31".into())
        );
        let c2026 = Catalog::builtin(2026).expect("test data");
        assert_eq!((c2026.divisor_min, c2026.yandas.min_covered), (12, 5));
        assert_eq!(c2026.bands.innovative_from, "40.01".parse().expect("test data"));
        let window = c2026.age_window.expect("test data");
        assert_eq!(window.from.to_string(), "2024-01-01");
        assert_eq!(window.to.to_string(), "2025-12-31");
        let keys: Vec<&str> = c2026.extra_fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["asta_cita", "pkpn", "location"]);
        let c2027 = Catalog::builtin(2027).expect("test data");
        assert_eq!((c2027.divisor_min, c2027.yandas.min_covered), (14, 6));
        assert_eq!(c2027.bands, c2026.bands);
        assert_eq!(c2026.spd_row("2a").map(|r| r.weight), Some(whole(1)));
        assert_eq!(c2026.spd_row("5b").map(|r| r.weight), Some(Points(7_500)));
        assert_eq!(c2026.sid_row(35).map(|r| r.weight), Some(whole(4)));
    }

    #[test]
    fn unknown_years_and_broken_catalogs_are_refused_with_a_reason() {
        assert_eq!(Catalog::builtin(2019), Err(CatalogError::UnknownYear("2019".into())));
        assert_eq!(
            Catalog::builtin_named("latest"),
            Err(CatalogError::UnknownYear("latest".into()))
        );
        assert!(matches!(Catalog::from_json("{"), Err(CatalogError::Json(_))));
        let base = Catalog::builtin(2026).expect("test data");
        let broken = |edit: &dyn Fn(&mut Catalog)| {
            let mut catalog = base.clone();
            edit(&mut catalog);
            Catalog::from_json(&catalog.to_json())
        };
        type Edit<'a> = (&'a str, &'a dyn Fn(&mut Catalog));
        let cases: [Edit; 6] = [
            ("divisor", &|c| c.divisor_min = 0),
            ("bands", &|c| c.bands.innovative_from = whole(70)),
            ("yandas", &|c| c.yandas.min_covered = 7),
            ("urusan", &|c| c.yandas.affairs.push(39)),
            ("duplicate row", &|c| c.sid.push(c.sid[0].clone())),
            ("weight", &|c| c.spd[0].weight = Points::ZERO),
        ];
        for (name, edit) in cases {
            assert!(matches!(broken(edit), Err(CatalogError::Invalid(_))), "{name}");
        }
        let mut unknown_field = serde_json::to_value(&base).expect("test data");
        unknown_field["k"] = serde_json::json!(12);
        assert!(matches!(
            Catalog::from_json(&unknown_field.to_string()),
            Err(CatalogError::Json(message)) if message.contains("unknown field")
        ));
    }
}

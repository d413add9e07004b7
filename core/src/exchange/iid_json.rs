//! The IID JSON contract of `inovda iid` (docs/cli.md), shared by the CLI and the scoring case files.
//!
//! Input: `{"spd_score": 45, "innovations": [{"maturity": 80, "urusan_utama": "Kesehatan",
//! "status": "diverifikasi"}], "yandas_covered": 5}`; each innovation gives `maturity` or `levels`
//! (`{"16": 3, …}`), `spd_levels` (`{"1": 3, "2a": 2, …}`) may replace `spd_score`.
//! Numbers are read exactly (through their decimal text), never as floats.
//! Output: one JSON object on one line, decimals rounded half-up to 2 places.

use serde_json::{Map, Value};
use thiserror::Error;

use crate::base::decimal::Points;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Level, Status};
use crate::model::urusan::{affair_by_number, affair_lookup};
use crate::rules::scoring::{Entry, IidResult, RegionInput, maturity_from_levels, spd_from_levels};

fn fail<T>(message: String) -> Result<T, IidInputError> {
    Err(IidInputError(message))
}

fn check_keys(
    object: &Map<String, Value>,
    at: &str,
    allowed: &[&str],
) -> Result<(), IidInputError> {
    for key in object.keys() {
        if !allowed.contains(&key.as_str()) {
            return fail(format!(
                "{at}unknown field `{key}` (expected one of: {})",
                allowed.join(", ")
            ));
        }
    }
    Ok(())
}

fn decimal(value: &Value, at: &str) -> Result<Points, IidInputError> {
    let text = match value {
        Value::Number(number) => number.to_string(),
        Value::String(text) => text.clone(),
        _ => return fail(format!("{at} must be a number")),
    };
    text.parse().map_err(|_| IidInputError(format!("{at} must be a decimal number, got {text}")))
}

fn non_negative(points: Points, at: &str) -> Result<Points, IidInputError> {
    if points < Points::ZERO {
        return fail(format!("{at} must not be negative"));
    }
    Ok(points)
}

fn level(value: &Value, at: &str) -> Result<Level, IidInputError> {
    value
        .as_u64()
        .and_then(|level| u8::try_from(level).ok())
        .and_then(Level::new)
        .ok_or_else(|| IidInputError(format!("{at} must be a level 0, 1, 2 or 3")))
}

fn levels<'a>(value: &'a Value, at: &str) -> Result<Vec<(&'a str, Level)>, IidInputError> {
    let Some(object) = value.as_object() else {
        return fail(format!("{at} must be an object like {{\"16\": 3}}"));
    };
    object
        .iter()
        .map(|(key, value)| Ok((key.as_str(), level(value, &format!("{at}.{key}"))?)))
        .collect()
}

fn affair(value: &Value, at: &str) -> Result<u8, IidInputError> {
    let found = match value {
        Value::String(text) => affair_lookup(text),
        Value::Number(number) => {
            number.as_u64().and_then(|n| u8::try_from(n).ok()).and_then(affair_by_number)
        }
        _ => None,
    };
    found.map(|affair| affair.number).ok_or_else(|| {
        IidInputError(format!("{at}: {value} is not an urusan (a name or number 1–38)"))
    })
}

fn status(value: &Value, at: &str) -> Result<Status, IidInputError> {
    let code = value
        .as_str()
        .map(|text| text.trim().to_lowercase().replace([' ', '-'], "_"))
        .unwrap_or_default();
    Status::from_code(&code).ok_or_else(|| {
        IidInputError(format!(
            "{at}: {value} is not a status (draf, diajukan, perlu_revisi, diverifikasi, ditolak)"
        ))
    })
}

fn entry(catalog: &Catalog, value: &Value, index: usize) -> Result<Entry, IidInputError> {
    let at = format!("innovations[{index}]");
    let Some(object) = value.as_object() else {
        return fail(format!("{at} must be an object"));
    };
    check_keys(
        object,
        &format!("{at}: "),
        &["maturity", "levels", "urusan_utama", "urusan_beririsan", "status", "name"],
    )?;
    let maturity = match (object.get("maturity"), object.get("levels")) {
        (Some(_), Some(_)) => return fail(format!("{at}: give `maturity` or `levels`, not both")),
        (None, None) => return fail(format!("{at}: `maturity` or `levels` is required")),
        (Some(value), None) => {
            let maturity = non_negative(decimal(value, &format!("{at}.maturity"))?, &at)?;
            if maturity > catalog.sid_max() {
                return fail(format!(
                    "{at}.maturity: {maturity} is above the catalog maximum {}",
                    catalog.sid_max()
                ));
            }
            maturity
        }
        (None, Some(value)) => {
            let mut numbered = Vec::new();
            for (key, level) in levels(value, &format!("{at}.levels"))? {
                let number = key.parse::<u8>().ok().filter(|n| catalog.sid_row(*n).is_some());
                let Some(number) = number else {
                    return fail(format!(
                        "{at}.levels: `{key}` is not a SID indicator of the catalog"
                    ));
                };
                numbered.push((number, level));
            }
            maturity_from_levels(catalog, &numbered).map_err(|e| IidInputError(e.to_string()))?
        }
    };
    let main_affair = match object.get("urusan_utama") {
        None | Some(Value::Null) => None,
        Some(value) => Some(affair(value, &format!("{at}.urusan_utama"))?),
    };
    let related_affairs = match object.get("urusan_beririsan") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, item)| affair(item, &format!("{at}.urusan_beririsan[{i}]")))
            .collect::<Result<_, _>>()?,
        Some(_) => return fail(format!("{at}.urusan_beririsan must be a list")),
    };
    let status = match object.get("status") {
        None | Some(Value::Null) => Status::Submitted,
        Some(value) => status(value, &format!("{at}.status"))?,
    };
    Ok(Entry { status, maturity, main_affair, related_affairs })
}

/// Reads the input of `inovda iid` against a catalog.
pub fn parse_iid_input(catalog: &Catalog, text: &str) -> Result<RegionInput, IidInputError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| IidInputError(format!("input is not valid JSON: {e}")))?;
    let Some(object) = value.as_object() else {
        return fail("input must be a JSON object".into());
    };
    check_keys(object, "", &["spd_score", "spd_levels", "innovations", "yandas_covered"])?;
    let spd = match (object.get("spd_score"), object.get("spd_levels")) {
        (Some(_), Some(_)) => return fail("give `spd_score` or `spd_levels`, not both".into()),
        (None, None) => return fail("`spd_score` or `spd_levels` is required".into()),
        (Some(value), None) => {
            let spd = non_negative(decimal(value, "spd_score")?, "spd_score")?;
            if spd > catalog.spd_max() {
                return fail(format!(
                    "spd_score: {spd} is above the catalog maximum {}",
                    catalog.spd_max()
                ));
            }
            spd
        }
        (None, Some(value)) => spd_from_levels(catalog, &levels(value, "spd_levels")?)
            .map_err(|e| IidInputError(format!("spd_levels: {e}")))?,
    };
    let entries = match object.get("innovations") {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(index, item)| entry(catalog, item, index))
            .collect::<Result<_, _>>()?,
        Some(_) => return fail("`innovations` must be a list".into()),
        None => return fail("`innovations` is required (it may be empty: [])".into()),
    };
    let yandas_covered = match object.get("yandas_covered") {
        None | Some(Value::Null) => None,
        Some(value) => Some(
            value
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| IidInputError("yandas_covered must be a whole number ≥ 0".into()))?,
        ),
    };
    Ok(RegionInput { spd, entries, yandas_covered })
}

/// The output object of `inovda iid`, on one line, keys in contract order.
pub fn iid_output_json(catalog_name: &str, result: &IidResult) -> String {
    let missing: Vec<Value> = result
        .yandas_missing
        .iter()
        .map(|&number| {
            Value::String(
                affair_by_number(number).map_or_else(|| number.to_string(), |a| a.name.to_owned()),
            )
        })
        .collect();
    let text = |value: &str| Value::String(value.to_owned()).to_string();
    format!(
        concat!(
            "{{\"catalog\":{},\"n\":{},\"divisor\":{},\"empty_seats\":{},\"spd\":{},",
            "\"average_maturity\":{},\"count_score\":{},\"sid\":{},\"total\":{},\"iid\":{},",
            "\"predicate\":{},\"yandas_covered\":{},\"yandas_missing\":{}}}"
        ),
        text(catalog_name),
        result.n,
        result.divisor,
        result.empty_seats,
        result.spd.round2(),
        result.average_maturity.round2(),
        result.count_score.round2(),
        result.sid.round2(),
        result.total.round2(),
        result.iid.round2(),
        text(crate::rules::scoring::predicate_label(crate::base::lang::Lang::Id, result.predicate)),
        result.yandas_covered,
        Value::Array(missing),
    )
}

/// The input of the IID JSON contract is not usable; the message names the field.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{0}")]
pub struct IidInputError(pub String);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scoring::score_region;

    fn catalog() -> Catalog {
        Catalog::builtin(2026).expect("test data")
    }

    fn run(input: &str) -> Result<String, IidInputError> {
        let catalog = catalog();
        let input = parse_iid_input(&catalog, input)?;
        Ok(iid_output_json("2026", &score_region(&catalog, &input)))
    }

    #[test]
    fn the_issue_example_scores() {
        let output = run(r#"{"spd_score": 45, "innovations": [{"maturity": 80, "urusan_utama": "Kesehatan", "status": "diverifikasi"}], "yandas_covered": 5}"#).expect("test data");
        // SID = 80 / 12 + 0.38 = 7.0466…; total 52.0466…; IID 20.8186… → 20.82
        assert_eq!(
            output,
            r#"{"catalog":"2026","n":1,"divisor":12,"empty_seats":11,"spd":45.00,"average_maturity":6.67,"count_score":0.38,"sid":7.05,"total":52.05,"iid":20.82,"predicate":"Kurang Inovatif","yandas_covered":5,"yandas_missing":["Pendidikan","Pekerjaan Umum dan Penataan Ruang","Perumahan Rakyat dan Kawasan Permukiman","Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat","Sosial"]}"#
        );
        let parsed: Value = serde_json::from_str(&output).expect("test data");
        assert_eq!(parsed["iid"].as_f64(), Some(20.82));
    }

    #[test]
    fn levels_replace_scores() {
        let input = parse_iid_input(
            &catalog(),
            r#"{"spd_levels": {"1": 3, "2a": 2}, "innovations": [{"levels": {"16": 3, "35": 1}, "urusan_utama": 2}]}"#,
        )
        .expect("test data");
        assert_eq!(input.spd, Points::whole(5));
        assert_eq!(input.entries[0].maturity, Points::whole(13));
        assert_eq!(input.entries[0].status, Status::Submitted);
        assert_eq!(input.entries[0].main_affair, Some(2));
    }

    #[test]
    fn bad_input_names_the_problem() {
        for (input, needle) in [
            ("{", "not valid JSON"),
            ("[]", "must be a JSON object"),
            (r#"{"innovations": []}"#, "`spd_score` or `spd_levels` is required"),
            (r#"{"spd_score": 45}"#, "`innovations` is required"),
            (r#"{"spd_score": 64, "innovations": []}"#, "above the catalog maximum 63"),
            (r#"{"spd_score": -1, "innovations": []}"#, "must not be negative"),
            (r#"{"spd_score": 1, "innovations": [], "yandas": 5}"#, "unknown field `yandas`"),
            (r#"{"spd_score": 1, "innovations": [{}]}"#, "innovations[0]: `maturity` or `levels`"),
            (
                r#"{"spd_score": 1, "innovations": [{"maturity": 112}]}"#,
                "above the catalog maximum 111",
            ),
            (
                r#"{"spd_score": 1, "innovations": [{"levels": {"15": 3}}]}"#,
                "`15` is not a SID indicator",
            ),
            (r#"{"spd_score": 1, "innovations": [{"levels": {"16": 4}}]}"#, "level 0, 1, 2 or 3"),
            (
                r#"{"spd_score": 1, "innovations": [{"maturity": 1, "urusan_utama": "Pertahanan"}]}"#,
                "not an urusan",
            ),
            (
                r#"{"spd_score": 1, "innovations": [{"maturity": 1, "status": "selesai"}]}"#,
                "not a status",
            ),
            (r#"{"spd_levels": {"5": 3}, "innovations": []}"#, "spd row `5` is not in the catalog"),
            (r#"{"spd_score": "4,5", "innovations": []}"#, "must be a decimal number"),
        ] {
            let error = run(input).unwrap_err().to_string();
            assert!(error.contains(needle), "{input}: {error}");
            assert!(!error.contains('\n'), "one line: {error}");
        }
    }
}

//! Why a catalog could not be found, read or accepted.

use thiserror::Error;

use crate::base::lang::Lang;

/// A catalog could not be found, read or accepted.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum CatalogError {
    #[error("unknown catalog `{0}` (shipped: 2023, 2025, 2026, 2027)")]
    UnknownYear(String),
    #[error("catalog is not valid JSON: {0}")]
    Json(String),
    #[error("catalog breaks an invariant: {0}")]
    Invalid(String),
}

/// Why a catalog could not be used, as a sentence.
pub fn catalog_error_message(lang: Lang, error: &CatalogError) -> String {
    match error {
        CatalogError::UnknownYear(year) => lang.pick((
            format!("Katalog penilaian tahun {year} tidak tersedia di aplikasi ini."),
            format!("There is no assessment catalog for {year} in this app."),
        )),
        CatalogError::Json(detail) => lang.pick((
            format!("Berkas katalog rusak (bukan JSON yang sah): {detail}"),
            format!("The catalog file is damaged (not valid JSON): {detail}"),
        )),
        CatalogError::Invalid(detail) => lang.pick((
            format!("Katalog tidak memenuhi aturannya: {detail}"),
            format!("The catalog breaks one of its rules: {detail}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_error_reads_in_both_languages() {
        for error in [
            CatalogError::UnknownYear("2030".into()),
            CatalogError::Json("x".into()),
            CatalogError::Invalid("x".into()),
        ] {
            assert_ne!(
                catalog_error_message(Lang::Id, &error),
                catalog_error_message(Lang::En, &error)
            );
        }
    }
}

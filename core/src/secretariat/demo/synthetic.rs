//! Synthetic submission bundles for benchmarks: a seeded region whose agencies each sign one bundle.
//!
//! Built from the demo templates ([`crate::secretariat::demo::synthetic_region`]): realistic Indonesian
//! agency and innovation names, numbered. Evidence files get deterministic filler bytes of a
//! chosen size so every reference in a bundle has its bytes. Same inputs, same bytes.

use chrono::{DateTime, Utc};

use crate::base::hash::sha256_hex;
use crate::exchange::bundle::BundleError;
use crate::exchange::bundle::{BundleContent, BundleKind, BundleMeta, SigningKey, write_bundle};
use crate::exchange::record::InnovationRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::{EvidenceFile, Origin};
use crate::secretariat::demo::synthetic_region;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntheticSpec {
    pub seed: u64,
    /// One bundle per agency.
    pub bundles: usize,
    /// Spread over the agencies (about one in ten agencies gets none, as in real regions).
    pub innovations: usize,
    /// Bytes of each evidence file; 0 drops the evidence references instead.
    pub evidence_bytes: usize,
}

/// One generated bundle: a file name that is unique within the set, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntheticBundle {
    pub file_name: String,
    pub innovations: usize,
    pub bytes: Vec<u8>,
}

/// The signing key of synthetic agency `index` for `seed` (deterministic, never a real key).
pub fn synthetic_key(seed: u64, index: usize) -> SigningKey {
    use sha2::{Digest, Sha256};
    let key: [u8; 32] = Sha256::digest(format!("inovda-synthetic-key/{seed}/{index}")).into();
    SigningKey::from_seed(&key)
}

/// Deterministic filler for an evidence file: a PDF header, then bytes derived from its name.
fn evidence_bytes(name: &str, size: usize) -> Vec<u8> {
    let mut bytes = format!("%PDF-1.4\n% {name}\n").into_bytes();
    let mut state =
        name.bytes().fold(0x9e37_79b9_7f4a_7c15_u64, |acc, b| acc.rotate_left(5) ^ u64::from(b));
    while bytes.len() < size {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        bytes.push(b' ' + (state % 90) as u8);
    }
    bytes.truncate(size.max(1));
    bytes
}

/// Generates the bundles: agency `i` signs bundle `i` with [`synthetic_key`]`(seed, i)`.
/// Agencies without innovations are skipped, so fewer than `spec.bundles` may come back.
pub fn synthetic_bundles(
    catalog: &Catalog,
    spec: SyntheticSpec,
    now: DateTime<Utc>,
) -> Result<Vec<SyntheticBundle>, BundleError> {
    let (registry, mut innovations) =
        synthetic_region(catalog, spec.seed, spec.bundles, spec.innovations, now);
    let created_at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut out = Vec::new();
    for (index, agency) in registry.agencies.iter().enumerate() {
        let mut records = Vec::new();
        let mut files: Vec<Vec<u8>> = Vec::new();
        for innovation in innovations.iter_mut().filter(|inn| inn.agency_id == Some(agency.id)) {
            // Benchmarks measure real submissions, not removable demo data.
            innovation.origin = Origin::Agency;
            for answer in &mut innovation.indicators {
                if spec.evidence_bytes == 0 {
                    answer.evidence.clear();
                    continue;
                }
                for file in &mut answer.evidence {
                    let bytes = evidence_bytes(
                        &format!("{}-{}", innovation.id, file.file_name),
                        spec.evidence_bytes,
                    );
                    *file = EvidenceFile {
                        sha256: sha256_hex(&bytes),
                        file_name: file.file_name.clone(),
                        media_type: file.media_type.clone(),
                        size: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
                    };
                    files.push(bytes);
                }
            }
            records.push(InnovationRecord::from(&*innovation));
        }
        if records.is_empty() {
            continue;
        }
        let meta = BundleMeta {
            kind: BundleKind::Submission,
            created_at: created_at.clone(),
            region: records[0].region.clone(),
            agency: agency.name.clone(),
            year: catalog.year,
        };
        let count = records.len();
        let content = BundleContent { records, ..BundleContent::default() };
        let refs: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
        let bytes = write_bundle(&meta, &content, &refs, &synthetic_key(spec.seed, index))?;
        out.push(SyntheticBundle {
            file_name: format!("sintetis-{:04}.zip", index + 1),
            innovations: count,
            bytes,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::bundle::read_bundle;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn every_generated_bundle_verifies_and_the_set_is_reproducible() {
        let catalog = Catalog::builtin(2026).expect("shipped catalog");
        let spec = SyntheticSpec { seed: 7, bundles: 12, innovations: 40, evidence_bytes: 2_000 };
        let bundles = synthetic_bundles(&catalog, spec, now()).expect("bundles");
        assert!(bundles.len() >= 10, "about one agency in ten has none: {}", bundles.len());
        assert_eq!(bundles.iter().map(|b| b.innovations).sum::<usize>(), 40);
        for bundle in &bundles {
            let verified = read_bundle(&bundle.bytes).expect("a valid bundle");
            assert_eq!(verified.records.len(), bundle.innovations);
            assert!(verified.records.iter().all(|r| r.to_domain().is_ok()));
            for file in &verified.files {
                assert_eq!(file.size, 2_000);
            }
        }
        assert_eq!(synthetic_bundles(&catalog, spec, now()).expect("bundles"), bundles);
    }

    #[test]
    fn without_evidence_bytes_the_records_carry_no_evidence() {
        let catalog = Catalog::builtin(2026).expect("shipped catalog");
        let spec = SyntheticSpec { seed: 1, bundles: 3, innovations: 6, evidence_bytes: 0 };
        for bundle in synthetic_bundles(&catalog, spec, now()).expect("bundles") {
            let verified = read_bundle(&bundle.bytes).expect("a valid bundle");
            assert!(verified.files.is_empty());
            assert!(
                verified.records.iter().all(|r| r.indicators.iter().all(|a| a.evidence.is_empty()))
            );
        }
    }
}

//! Compliance recap per agency and year: the numbers a secretariat tracks.
//!
//! Innovations by stage and status per agency, agencies with none, the share of agencies
//! that meet the mandate (≥ `min_per_agency` reported innovations), digital/non-digital mix,
//! yandas coverage and evidence completeness of the answered SID indicators.
//! The secretariat's dashboard (registry ids, verdicts, charts) builds on these counts in
//! [`crate::secretariat::dashboard`].

use std::collections::{BTreeSet, HashMap};

use crate::base::decimal::Ratio;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, InnovationKind, Stage, Status};
use crate::model::org::Agency;

/// Innovations per stage (`none` = not chosen yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StageCounts {
    pub none: u32,
    pub initiative: u32,
    pub trial: u32,
    pub implementation: u32,
}

/// Innovations per workflow status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusCounts {
    pub draft: u32,
    pub submitted: u32,
    pub needs_revision: u32,
    pub verified: u32,
    pub rejected: u32,
}

/// One agency's line of the recap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyRecap {
    pub agency: String,
    /// Whether the agency is on the region's agency list (innovations may name others).
    pub listed: bool,
    pub total: u32,
    /// Not drafts.
    pub reported: u32,
    pub by_stage: StageCounts,
    pub by_status: StatusCounts,
    /// Meets the mandate: reported ≥ `min_per_agency`.
    pub compliant: bool,
}

/// The whole recap of one region and year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplianceRecap {
    pub year: u16,
    pub agencies: Vec<AgencyRecap>,
    /// Listed agencies without any innovation this year.
    pub agencies_without: Vec<String>,
    pub compliant_agencies: u32,
    pub listed_agencies: u32,
    /// compliant / listed (0 when no agency is listed).
    pub compliant_share: Ratio,
    pub by_stage: StageCounts,
    pub by_status: StatusCounts,
    pub digital: u32,
    pub non_digital: u32,
    pub kind_unknown: u32,
    /// Yandas urusan covered by reported, non-rejected innovations (per the catalog's rule).
    pub yandas_covered: Vec<u8>,
    pub yandas_missing: Vec<u8>,
    /// SID answers with level ≥ 1.
    pub answered_indicators: u32,
    /// Of those, answers with at least one file or link.
    pub answered_with_evidence: u32,
}

impl ComplianceRecap {
    /// Share of answered indicators that carry evidence (`None` when none is answered: nothing
    /// answered is not "complete").
    pub fn evidence_completeness(&self) -> Option<Ratio> {
        (self.answered_indicators > 0).then(|| {
            Ratio::new(
                i128::from(self.answered_with_evidence),
                i128::from(self.answered_indicators),
            )
        })
    }
}

impl StageCounts {
    /// Counts one innovation at `stage`.
    pub fn add(&mut self, stage: Option<Stage>) {
        match stage {
            None => self.none += 1,
            Some(Stage::Initiative) => self.initiative += 1,
            Some(Stage::Trial) => self.trial += 1,
            Some(Stage::Implementation) => self.implementation += 1,
        }
    }
}

impl StatusCounts {
    /// Counts one innovation with `status`.
    pub fn add(&mut self, status: Status) {
        match status {
            Status::Draft => self.draft += 1,
            Status::Submitted => self.submitted += 1,
            Status::NeedsRevision => self.needs_revision += 1,
            Status::Verified => self.verified += 1,
            Status::Rejected => self.rejected += 1,
        }
    }
}

fn count(stage: &mut StageCounts, status: &mut StatusCounts, innovation: &Innovation) {
    stage.add(innovation.stage);
    status.add(innovation.status);
}

/// Adds the urusan a reported, non-rejected innovation covers: its main affair, and its related
/// affairs when the catalog's yandas rule counts them.
pub(crate) fn cover_affairs(
    covered: &mut BTreeSet<u8>,
    catalog: &Catalog,
    innovation: &Innovation,
) {
    covered.extend(innovation.main_affair);
    if catalog.yandas.count_related {
        covered.extend(innovation.related_affairs.iter().copied());
    }
}

/// The catalog's yandas urusan split into (covered, missing), in the catalog's order.
pub(crate) fn split_yandas(catalog: &Catalog, covered: &BTreeSet<u8>) -> (Vec<u8>, Vec<u8>) {
    catalog.yandas.affairs.iter().copied().partition(|affair| covered.contains(affair))
}

fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// The recap of `innovations` of the catalog's year for the region's `agencies`.
pub fn compliance_recap(
    catalog: &Catalog,
    agencies: &[Agency],
    innovations: &[Innovation],
    min_per_agency: u32,
) -> ComplianceRecap {
    let of_year: Vec<&Innovation> =
        innovations.iter().filter(|innovation| innovation.year == catalog.year).collect();
    let mut names: Vec<(String, bool)> =
        agencies.iter().map(|agency| (agency.name.clone(), true)).collect();
    // Hash lookups keep this linear: 300 agencies × 2,000 innovations stay fast.
    let mut index: HashMap<String, usize> =
        names.iter().enumerate().map(|(i, (name, _))| (name.clone(), i)).collect();
    let mut own_by_name: Vec<Vec<&Innovation>> = vec![Vec::new(); names.len()];
    for innovation in &of_year {
        let slot = *index.entry(innovation.agency.clone()).or_insert_with(|| {
            names.push((innovation.agency.clone(), false));
            own_by_name.push(Vec::new());
            names.len() - 1
        });
        own_by_name[slot].push(innovation);
    }
    let mut recap = ComplianceRecap {
        year: catalog.year,
        agencies: Vec::new(),
        agencies_without: Vec::new(),
        compliant_agencies: 0,
        listed_agencies: to_u32(agencies.len()),
        compliant_share: Ratio::ZERO,
        by_stage: StageCounts::default(),
        by_status: StatusCounts::default(),
        digital: 0,
        non_digital: 0,
        kind_unknown: 0,
        yandas_covered: Vec::new(),
        yandas_missing: Vec::new(),
        answered_indicators: 0,
        answered_with_evidence: 0,
    };
    for ((name, listed), own) in names.into_iter().zip(own_by_name) {
        let mut line = AgencyRecap {
            agency: name.clone(),
            listed,
            total: to_u32(own.len()),
            reported: to_u32(own.iter().filter(|i| i.is_reported()).count()),
            by_stage: StageCounts::default(),
            by_status: StatusCounts::default(),
            compliant: false,
        };
        for innovation in &own {
            count(&mut line.by_stage, &mut line.by_status, innovation);
        }
        line.compliant = line.reported >= min_per_agency.max(1);
        if listed {
            if line.total == 0 {
                recap.agencies_without.push(name);
            }
            if line.compliant {
                recap.compliant_agencies += 1;
            }
        }
        recap.agencies.push(line);
    }
    if recap.listed_agencies > 0 {
        recap.compliant_share =
            Ratio::new(i128::from(recap.compliant_agencies), i128::from(recap.listed_agencies));
    }
    let mut covered = BTreeSet::new();
    for innovation in &of_year {
        count(&mut recap.by_stage, &mut recap.by_status, innovation);
        match innovation.kind {
            Some(InnovationKind::Digital) => recap.digital += 1,
            Some(InnovationKind::NonDigital) => recap.non_digital += 1,
            None => recap.kind_unknown += 1,
        }
        if innovation.is_reported() && innovation.status != Status::Rejected {
            cover_affairs(&mut covered, catalog, innovation);
        }
        for answer in &innovation.indicators {
            if answer.claimed.is_some_and(|level| level.value() > 0) {
                recap.answered_indicators += 1;
                if !answer.evidence.is_empty() || !answer.link.trim().is_empty() {
                    recap.answered_with_evidence += 1;
                }
            }
        }
    }
    (recap.yandas_covered, recap.yandas_missing) = split_yandas(catalog, &covered);
    recap
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::base::decimal::Hundredths;
    use crate::model::innovation::{EvidenceFile, InnovationId, Level};
    use crate::model::org::AgencyKind;

    fn agency(name: &str) -> Agency {
        Agency { name: name.into(), kind: AgencyKind::Office, parent: None }
    }

    fn innovation(seed: u8, agency: &str, status: Status, affair: u8) -> Innovation {
        let now = DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([seed; 16]),
            agency,
            "Kota X",
            2026,
            now,
        );
        innovation.status = status;
        innovation.main_affair = Some(affair);
        innovation.stage = Some(Stage::Implementation);
        innovation.kind = Some(if seed.is_multiple_of(2) {
            InnovationKind::Digital
        } else {
            InnovationKind::NonDigital
        });
        innovation
    }

    #[test]
    fn the_recap_counts_agencies_stages_yandas_and_evidence() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let agencies = [agency("Dinkes"), agency("Disdik"), agency("Dishub")];
        let mut with_evidence = innovation(1, "Dinkes", Status::Submitted, 2);
        with_evidence.indicator_mut(16).claimed = Level::new(2);
        with_evidence.indicator_mut(16).evidence.push(EvidenceFile {
            sha256: "ef".repeat(32),
            file_name: "sk.pdf".into(),
            media_type: "application/pdf".into(),
            size: 10,
        });
        with_evidence.indicator_mut(17).claimed = Level::new(1);
        let mut old = innovation(9, "Dinkes", Status::Verified, 3);
        old.year = 2025;
        let innovations = [
            with_evidence,
            innovation(2, "Disdik", Status::Draft, 1),
            innovation(3, "Puskesmas Ketapang", Status::Rejected, 4),
            old,
        ];
        let recap = compliance_recap(&catalog, &agencies, &innovations, 1);
        assert_eq!(recap.agencies_without, ["Dishub"]);
        assert_eq!((recap.compliant_agencies, recap.listed_agencies), (1, 3));
        assert_eq!(recap.compliant_share.round2(), Hundredths(33));
        let unlisted = recap.agencies.iter().find(|line| !line.listed).expect("test data");
        assert_eq!(unlisted.agency, "Puskesmas Ketapang");
        assert_eq!(recap.by_stage.implementation, 3);
        assert_eq!((recap.by_status.draft, recap.by_status.rejected), (1, 1));
        assert_eq!((recap.digital, recap.non_digital), (1, 2));
        assert_eq!(recap.yandas_covered, [2]);
        assert_eq!(recap.yandas_missing, [1, 3, 4, 5, 6]);
        assert_eq!((recap.answered_indicators, recap.answered_with_evidence), (2, 1));
        assert_eq!(recap.evidence_completeness().map(Ratio::round2), Some(Hundredths(50)));
        let none = compliance_recap(&catalog, &agencies, &[], 1);
        assert_eq!(none.evidence_completeness(), None, "nothing answered is not complete");
    }
}

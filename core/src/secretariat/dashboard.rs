//! The secretariat's compliance dashboard ("satu instansi satu inovasi") for one year.
//!
//! [`dashboard`] joins the registry, the year's innovations, the verdicts and the time each
//! agency's last bundle arrived into one value: per agency (innovations, stage and status mix,
//! average kematangan klaim/terverifikasi, last bundle), the headline "x dari y instansi sudah
//! punya inovasi", agencies without any grouped by kind, the compliant share, yandas coverage,
//! digital mix, stage mix, evidence completeness per indicator and per-kind counts for the charts.
//! Innovations are matched to agencies by registry id first, then by name; everything is one
//! pass over the innovations with hash lookups (300 agencies × 2,000 innovations is cheap).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::base::chart::{BarChart, horizontal_bars, stacked_bars};
use crate::base::decimal::{Points, Ratio};
use crate::base::lang::Lang;
use crate::exchange::bundle::{ImportLog, Route, VerdictRecord};
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, InnovationKind, Origin, Stage, Status};
use crate::model::labels::{agency_kind_label, stage_label};
use crate::model::org::{AgencyId, AgencyKind};
use crate::rules::scoring::{View, maturity};
use crate::secretariat::projection::latest_verdicts;
use crate::secretariat::recap::{StageCounts, StatusCounts, cover_affairs, split_yandas};
use crate::secretariat::registry::{Registry, name_key};
use crate::secretariat::verification::apply_verdict;

/// One agency's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyLine {
    /// `None` for a name innovations carry that is not in the registry.
    pub agency_id: Option<AgencyId>,
    pub name: String,
    pub kind: Option<AgencyKind>,
    pub active: bool,
    pub total: u32,
    /// Not drafts.
    pub reported: u32,
    pub by_stage: StageCounts,
    pub by_status: StatusCounts,
    /// Entered by the secretariat on the agency's behalf.
    pub entered_by_secretariat: u32,
    /// Average kematangan of reported innovations, klaim (`None` without any).
    pub average_claimed: Option<Ratio>,
    /// The same with verdicts applied (claims stand in where unreviewed).
    pub average_verified: Option<Ratio>,
    pub last_bundle: Option<LastBundle>,
    /// reported ≥ the mandate.
    pub compliant: bool,
}

/// Answered vs evidenced answers of one SID indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndicatorEvidence {
    pub number: u8,
    /// Answers with a claimed level ≥ 1.
    pub answered: u32,
    /// Of those, answers with a file or link.
    pub with_evidence: u32,
}

impl IndicatorEvidence {
    /// with_evidence / answered; `None` when nobody answered it (not "100 % complete").
    pub fn share(&self) -> Option<Ratio> {
        (self.answered > 0)
            .then(|| Ratio::new(i128::from(self.with_evidence), i128::from(self.answered)))
    }
}

/// Counts per agency kind (for the bars per kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindLine {
    pub kind: AgencyKind,
    /// Active registry agencies of this kind.
    pub agencies: u32,
    pub with_innovation: u32,
    pub innovations: u32,
}

/// The whole dashboard of one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub year: u16,
    /// Registry agencies (active first, in registry order), then unlisted names.
    pub agencies: Vec<AgencyLine>,
    /// x of "x dari y instansi sudah punya inovasi": active agencies with ≥ 1 innovation.
    pub with_innovation: u32,
    /// y: active registry agencies.
    pub active_agencies: u32,
    /// Active agencies without any innovation, grouped by kind (kinds in `AgencyKind::ALL`
    /// order, names sorted).
    pub without_by_kind: Vec<(AgencyKind, Vec<String>)>,
    pub compliant_agencies: u32,
    /// compliant / active (0 without agencies).
    pub compliant_share: Ratio,
    pub innovations: u32,
    pub by_stage: StageCounts,
    pub by_status: StatusCounts,
    pub digital: u32,
    pub non_digital: u32,
    pub kind_unknown: u32,
    pub entered_by_secretariat: u32,
    pub yandas_covered: Vec<u8>,
    pub yandas_missing: Vec<u8>,
    /// One per SID row of the catalog.
    pub evidence: Vec<IndicatorEvidence>,
    pub per_kind: Vec<KindLine>,
    /// Average kematangan of reported innovations, klaim / terverifikasi (`None` without any).
    pub average_claimed: Option<Ratio>,
    pub average_verified: Option<Ratio>,
}

/// When a sender's last bundle arrived, and by which route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastBundle {
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub route: Route,
}

/// The last bundle of each sender in the import log (the latest `received_at` wins).
pub fn last_bundles(logs: &[ImportLog]) -> BTreeMap<String, LastBundle> {
    let mut last: BTreeMap<String, LastBundle> = BTreeMap::new();
    for log in logs {
        let Ok(at) = DateTime::parse_from_rfc3339(&log.received_at) else { continue };
        let found = LastBundle { at: at.to_utc(), route: log.route };
        let entry = last.entry(log.agency.clone()).or_insert(found);
        if found.at > entry.at {
            *entry = found;
        }
    }
    last
}

/// What the dashboard is built from.
#[derive(Debug, Clone, Copy)]
pub struct DashboardInput<'a> {
    pub catalog: &'a Catalog,
    pub registry: &'a Registry,
    /// Any years; only the catalog's year is counted.
    pub innovations: &'a [Innovation],
    pub verdicts: &'a [VerdictRecord],
    /// When and how the last bundle of each sender arrived, keyed by the sender's name
    /// (manifest `agency`); see [`last_bundles`].
    pub last_bundles: &'a BTreeMap<String, LastBundle>,
    /// The mandate: reported innovations per agency (1 = "satu instansi satu inovasi").
    pub min_per_agency: u32,
}

#[derive(Default)]
struct Acc {
    total: u32,
    reported: u32,
    by_stage: StageCounts,
    by_status: StatusCounts,
    secretariat: u32,
    claimed_sum: i64,
    verified_sum: i64,
}

fn average(sum: i64, count: u32) -> Option<Ratio> {
    (count > 0).then(|| Points(sum).ratio().over(Ratio::integer(i64::from(count))))
}

/// Builds the dashboard (see the module documentation).
pub fn dashboard(input: DashboardInput<'_>) -> Dashboard {
    let DashboardInput { catalog, registry, innovations, verdicts, last_bundles, min_per_agency } =
        input;
    let by_id: HashMap<AgencyId, usize> =
        registry.agencies.iter().enumerate().map(|(index, a)| (a.id, index)).collect();
    let by_name = registry.name_index();
    let latest = latest_verdicts(verdicts);
    let mut accs: Vec<Acc> = registry.agencies.iter().map(|_| Acc::default()).collect();
    // Names not in the registry, in order of appearance.
    let mut unlisted: Vec<(String, Acc)> = Vec::new();
    let mut unlisted_index: HashMap<String, usize> = HashMap::new();
    let mut dash = Dashboard {
        year: catalog.year,
        agencies: Vec::new(),
        with_innovation: 0,
        active_agencies: 0,
        without_by_kind: Vec::new(),
        compliant_agencies: 0,
        compliant_share: Ratio::ZERO,
        innovations: 0,
        by_stage: StageCounts::default(),
        by_status: StatusCounts::default(),
        digital: 0,
        non_digital: 0,
        kind_unknown: 0,
        entered_by_secretariat: 0,
        yandas_covered: Vec::new(),
        yandas_missing: Vec::new(),
        evidence: catalog
            .sid
            .iter()
            .map(|row| IndicatorEvidence { number: row.number, answered: 0, with_evidence: 0 })
            .collect(),
        per_kind: Vec::new(),
        average_claimed: None,
        average_verified: None,
    };
    let evidence_slot: HashMap<u8, usize> =
        catalog.sid.iter().enumerate().map(|(index, row)| (row.number, index)).collect();
    let mut covered = BTreeSet::new();
    let (mut claimed_all, mut verified_all, mut reported_all) = (0i64, 0i64, 0u32);

    for innovation in innovations.iter().filter(|i| i.year == catalog.year) {
        let slot = innovation
            .agency_id
            .and_then(|id| by_id.get(&id).copied())
            .or_else(|| by_name.get(&name_key(&innovation.agency)).copied());
        let acc = match slot {
            Some(index) => &mut accs[index],
            None => {
                let key = name_key(&innovation.agency);
                let index = *unlisted_index.entry(key).or_insert_with(|| {
                    unlisted.push((innovation.agency.clone(), Acc::default()));
                    unlisted.len() - 1
                });
                &mut unlisted[index].1
            }
        };
        let verdict = latest
            .get(innovation.id.to_string().as_str())
            .copied()
            .filter(|v| v.revision == innovation.revision);
        let reviewed = apply_verdict(innovation, verdict);
        acc.total += 1;
        acc.by_stage.add(innovation.stage);
        acc.by_status.add(reviewed.status);
        if innovation.origin == Origin::Secretariat {
            acc.secretariat += 1;
            dash.entered_by_secretariat += 1;
        }
        if reviewed.is_reported() {
            let claimed = maturity(catalog, innovation, View::Claimed).0;
            let verified = if reviewed.status == Status::Rejected {
                0
            } else {
                maturity(catalog, &reviewed, View::Verified).0
            };
            acc.reported += 1;
            acc.claimed_sum += claimed;
            acc.verified_sum += verified;
            claimed_all += claimed;
            verified_all += verified;
            reported_all += 1;
            if reviewed.status != Status::Rejected {
                cover_affairs(&mut covered, catalog, innovation);
            }
        }
        dash.innovations += 1;
        dash.by_stage.add(innovation.stage);
        dash.by_status.add(reviewed.status);
        match innovation.kind {
            Some(InnovationKind::Digital) => dash.digital += 1,
            Some(InnovationKind::NonDigital) => dash.non_digital += 1,
            None => dash.kind_unknown += 1,
        }
        for answer in &innovation.indicators {
            let Some(&index) = evidence_slot.get(&answer.number) else { continue };
            if answer.claimed.is_some_and(|level| level.value() > 0) {
                dash.evidence[index].answered += 1;
                if !answer.evidence.is_empty() || !answer.link.trim().is_empty() {
                    dash.evidence[index].with_evidence += 1;
                }
            }
        }
    }

    let last: HashMap<String, LastBundle> =
        last_bundles.iter().map(|(name, last)| (name_key(name), *last)).collect();
    let mandate = min_per_agency.max(1);
    let line = |name: &str, acc: &Acc| AgencyLine {
        agency_id: None,
        name: name.to_owned(),
        kind: None,
        active: true,
        total: acc.total,
        reported: acc.reported,
        by_stage: acc.by_stage,
        by_status: acc.by_status,
        entered_by_secretariat: acc.secretariat,
        average_claimed: average(acc.claimed_sum, acc.reported),
        average_verified: average(acc.verified_sum, acc.reported),
        last_bundle: last.get(&name_key(name)).copied(),
        compliant: acc.reported >= mandate,
    };
    let mut kinds: BTreeMap<AgencyKind, KindLine> = BTreeMap::new();
    let mut without: BTreeMap<AgencyKind, Vec<String>> = BTreeMap::new();
    let mut inactive_lines = Vec::new();
    for (agency, acc) in registry.agencies.iter().zip(&accs) {
        let mut entry = line(&agency.name, acc);
        entry.agency_id = Some(agency.id);
        entry.kind = Some(agency.kind);
        entry.active = agency.active;
        if !agency.active {
            inactive_lines.push(entry);
            continue;
        }
        dash.active_agencies += 1;
        let kind = kinds.entry(agency.kind).or_insert(KindLine {
            kind: agency.kind,
            agencies: 0,
            with_innovation: 0,
            innovations: 0,
        });
        kind.agencies += 1;
        kind.innovations += acc.total;
        if acc.total > 0 {
            dash.with_innovation += 1;
            kind.with_innovation += 1;
        } else {
            without.entry(agency.kind).or_default().push(agency.name.clone());
        }
        if entry.compliant {
            dash.compliant_agencies += 1;
        }
        dash.agencies.push(entry);
    }
    dash.agencies.extend(inactive_lines);
    dash.agencies.extend(unlisted.iter().map(|(name, acc)| line(name, acc)));
    dash.without_by_kind = without
        .into_iter()
        .map(|(kind, mut names)| {
            names.sort_by_key(|name| name_key(name));
            (kind, names)
        })
        .collect();
    dash.per_kind = kinds.into_values().collect();
    if dash.active_agencies > 0 {
        dash.compliant_share =
            Ratio::new(i128::from(dash.compliant_agencies), i128::from(dash.active_agencies));
    }
    (dash.yandas_covered, dash.yandas_missing) = split_yandas(catalog, &covered);
    dash.average_claimed = average(claimed_all, reported_all);
    dash.average_verified = average(verified_all, reported_all);
    dash
}

impl Dashboard {
    /// Senders whose innovations are counted but who are not in the registry, in order of
    /// appearance (the table marks them "tidak ada di daftar").
    pub fn unlisted_senders(&self) -> Vec<&str> {
        self.agencies
            .iter()
            .filter(|line| line.agency_id.is_none())
            .map(|line| line.name.as_str())
            .collect()
    }

    /// Whether every active unit has an innovation. Never true of a registry without active
    /// units: there is nobody to say it of.
    pub fn all_have_innovation(&self) -> bool {
        self.active_agencies > 0 && self.without_by_kind.is_empty()
    }

    /// Bars per agency kind, stacked: series 0 = agencies with an innovation, 1 = without.
    pub fn kind_chart(&self, lang: Lang, width: f64) -> BarChart {
        let rows: Vec<(String, Vec<u32>)> = self
            .per_kind
            .iter()
            .map(|line| {
                (
                    agency_kind_label(lang, line.kind).to_owned(),
                    vec![line.with_innovation, line.agencies - line.with_innovation],
                )
            })
            .collect();
        stacked_bars(&rows, width)
    }

    /// Bars per stage (inisiatif, uji coba, penerapan; "belum dipilih" when any has none).
    pub fn stage_chart(&self, lang: Lang, width: f64) -> BarChart {
        let mut rows: Vec<(String, u32)> = vec![
            (stage_label(lang, Stage::Initiative).to_owned(), self.by_stage.initiative),
            (stage_label(lang, Stage::Trial).to_owned(), self.by_stage.trial),
            (stage_label(lang, Stage::Implementation).to_owned(), self.by_stage.implementation),
        ];
        if self.by_stage.none > 0 {
            rows.push((lang.pick(("Belum dipilih", "Not chosen")).to_owned(), self.by_stage.none));
        }
        horizontal_bars(&rows, width)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Hundredths;
    use crate::model::innovation::{EvidenceFile, InnovationId, Level};
    use crate::secretariat::registry::AgencyDraft;

    fn registry() -> Registry {
        let mut registry = Registry::default();
        let agencies = [
            ("Dinas Kesehatan", "dinas"),
            ("Dinas Pendidikan", "dinas"),
            ("Desa Pendem", "desa"),
            ("Desa Giripurno", "desa"),
            ("Kecamatan Lama", "kecamatan"),
        ];
        for (n, (name, kind)) in agencies.into_iter().enumerate() {
            let draft = AgencyDraft { name: name.into(), kind: kind.into(), parent: None };
            registry.add(&draft, AgencyId::derive(b"d", n as u64)).expect("test data");
        }
        registry.set_active(AgencyId::derive(b"d", 4), false).expect("test data");
        registry
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
        innovation.main_affair = Some(affair);
        innovation.stage = Some(Stage::Implementation);
        innovation.kind = Some(InnovationKind::Digital);
        innovation.indicator_mut(16).claimed = Level::new(3);
        if status != Status::Draft {
            innovation.submit(now);
        }
        innovation.status = status;
        innovation
    }

    /// (with an innovation, active units, unlisted senders, "all have an innovation").
    type Counts = (u32, u32, usize, bool);

    /// (units in the registry, senders of innovations) → counts.
    #[test]
    fn an_empty_registry_never_has_everyone_compliant_and_senders_are_counted() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let cases: [(&[&str], &[&str], Counts); 5] = [
            (&[], &[], (0, 0, 0, false)),
            (&[], &["Dinas A", "dinas a", "Desa B"], (0, 0, 2, false)),
            (&["Dinas A"], &["Dinas A", "Desa B"], (1, 1, 1, true)),
            (&["Dinas A", "Desa B"], &["Dinas A"], (1, 2, 0, false)),
            (&["Dinas A"], &["Dinas A"], (1, 1, 0, true)),
        ];
        for (units, senders, expected) in cases {
            let mut registry = Registry::default();
            for (n, name) in units.iter().enumerate() {
                let draft =
                    AgencyDraft { name: (*name).into(), kind: "dinas".into(), parent: None };
                registry.add(&draft, AgencyId::derive(b"e", n as u64)).expect("test data");
            }
            let innovations: Vec<Innovation> = senders
                .iter()
                .enumerate()
                .map(|(n, name)| innovation(n as u8 + 1, name, Status::Submitted, 1))
                .collect();
            let dash = dashboard(DashboardInput {
                catalog: &catalog,
                registry: &registry,
                innovations: &innovations,
                verdicts: &[],
                last_bundles: &BTreeMap::new(),
                min_per_agency: 1,
            });
            let found = (
                dash.with_innovation,
                dash.active_agencies,
                dash.unlisted_senders().len(),
                dash.all_have_innovation(),
            );
            assert_eq!(found, expected, "{units:?} / {senders:?}");
        }
    }

    #[test]
    fn the_dashboard_counts_agencies_kinds_and_matches_by_id_then_name() {
        let registry = registry();
        let catalog = Catalog::builtin(2026).expect("test data");
        let mut by_id = innovation(1, "Dinkes (nama lama)", Status::Submitted, 2);
        by_id.agency_id = Some(AgencyId::derive(b"d", 0));
        by_id.indicator_mut(16).evidence.push(EvidenceFile {
            sha256: "ab".repeat(32),
            file_name: "sk.pdf".into(),
            media_type: "application/pdf".into(),
            size: 1,
        });
        let mut by_secretariat = innovation(2, "desa pendem", Status::Submitted, 1);
        by_secretariat.origin = Origin::Secretariat;
        let mut old = innovation(3, "Dinas Pendidikan", Status::Submitted, 1);
        old.year = 2025;
        let innovations = [
            by_id,
            by_secretariat,
            old,
            innovation(4, "Dinas Pendidikan", Status::Draft, 1),
            innovation(5, "Puskesmas Baru", Status::Submitted, 3),
        ];
        // The import log: a file, then the same unit's later bundle through the relay.
        let log = |received_at: &str, route: Route| ImportLog {
            schema_version: crate::exchange::bundle::IMPORT_LOG_SCHEMA_VERSION,
            received_at: received_at.into(),
            file_name: "x.zip".into(),
            kind: "submission".into(),
            region: "Kota Probolinggo".into(),
            agency: "Dinas Kesehatan".into(),
            created_at: received_at.into(),
            new: 1,
            updated: 0,
            conflicts: 0,
            route,
        };
        let last = last_bundles(&[
            log("2026-09-20T02:00:00Z", Route::Relay),
            log("2026-09-01T02:00:00Z", Route::File),
            log("not a time", Route::File),
        ]);
        let at = DateTime::parse_from_rfc3339("2026-09-20T02:00:00Z").expect("test data").to_utc();
        let dash = dashboard(DashboardInput {
            catalog: &catalog,
            registry: &registry,
            innovations: &innovations,
            verdicts: &[],
            last_bundles: &last,
            min_per_agency: 1,
        });
        assert_eq!((dash.with_innovation, dash.active_agencies), (3, 4));
        assert_eq!(dash.compliant_agencies, 2, "a draft does not meet the mandate");
        assert_eq!(dash.compliant_share.round2(), Hundredths(50));
        assert_eq!(
            dash.without_by_kind,
            [(AgencyKind::Village, vec!["Desa Giripurno".to_owned()])]
        );
        assert_eq!(dash.agencies[0].total, 1, "matched by registry id despite the old name");
        assert_eq!(dash.agencies[0].last_bundle, Some(LastBundle { at, route: Route::Relay }));
        assert_eq!(dash.agencies[2].entered_by_secretariat, 1);
        assert_eq!(dash.agencies[4].name, "Kecamatan Lama");
        assert!(!dash.agencies[4].active);
        assert_eq!(
            (dash.agencies[5].name.as_str(), dash.agencies[5].kind),
            ("Puskesmas Baru", None)
        );
        assert_eq!(dash.innovations, 4);
        assert_eq!(dash.yandas_covered, [1, 2, 3]);
        assert_eq!(
            dash.evidence[0],
            IndicatorEvidence { number: 16, answered: 4, with_evidence: 1 }
        );
        assert_eq!(dash.evidence[0].share().map(Ratio::round2), Some(Hundredths(25)));
        assert_eq!(dash.evidence[1].share(), None, "nobody answered indicator 17");
        let kinds: Vec<(AgencyKind, u32, u32)> =
            dash.per_kind.iter().map(|k| (k.kind, k.agencies, k.with_innovation)).collect();
        assert_eq!(kinds, [(AgencyKind::Office, 2, 2), (AgencyKind::Village, 2, 1)]);
        assert_eq!(dash.average_claimed, Some(Points::whole(9).ratio()));
        let chart = dash.kind_chart(Lang::Id, 360.0);
        assert_eq!(chart.rows[1].text, "Desa");
        assert_eq!(chart.bars.len(), 3);
        assert_eq!(dash.stage_chart(Lang::En, 360.0).rows.len(), 3);
    }
}

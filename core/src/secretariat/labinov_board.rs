//! The secretariat's Labinov board: the year's innovations per lab stage, and the units that
//! have not signed a commitment document their stage requires.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::innovation::Innovation;
use crate::model::labinov::{Commitment, LabStage, LabinovConfig};
use crate::secretariat::registry::name_key;

/// One innovation on the board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardCard {
    pub id: String,
    pub name: String,
    pub agency: String,
    pub stage: LabStage,
    /// When the current stage started.
    pub since: Option<NaiveDate>,
    /// The commitments owed up to the current stage.
    pub commitments: Vec<Commitment>,
}

impl BoardCard {
    /// The commitments owed but not attached.
    pub fn unsigned(&self) -> impl Iterator<Item = &Commitment> {
        self.commitments.iter().filter(|c| !c.is_signed())
    }
}

/// An agency with at least one innovation whose owed commitment is not signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsignedAgency {
    pub agency: String,
    /// (innovation name, stage, document) of each missing commitment.
    pub missing: Vec<(String, LabStage, String)>,
}

/// The secretariat's Labinov board of one year.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Board {
    /// Every stage (in order) with its innovations, sorted by agency then name.
    pub columns: Vec<(LabStage, Vec<BoardCard>)>,
    /// Agencies that have not signed an owed commitment, sorted by name.
    pub unsigned: Vec<UnsignedAgency>,
    /// Innovations of the year not (yet) in the lab.
    pub outside_lab: usize,
}

/// The board over the innovations of `year` (trash excluded by the caller).
pub fn board(innovations: &[Innovation], year: u16, config: &LabinovConfig) -> Board {
    let mut columns: BTreeMap<LabStage, Vec<BoardCard>> =
        LabStage::ALL.into_iter().map(|stage| (stage, Vec::new())).collect();
    let mut unsigned: BTreeMap<String, UnsignedAgency> = BTreeMap::new();
    let mut outside_lab = 0;
    for innovation in innovations.iter().filter(|i| i.year == year) {
        let Some((track, stage)) =
            innovation.labinov.as_ref().and_then(|t| t.stage.map(|stage| (t, stage)))
        else {
            outside_lab += 1;
            continue;
        };
        let card = BoardCard {
            id: innovation.id.to_string(),
            name: innovation.name.clone(),
            agency: innovation.agency.clone(),
            stage,
            since: track.entry(stage).and_then(|entry| entry.started),
            commitments: track.commitments(config),
        };
        for missing in card.unsigned() {
            unsigned
                .entry(name_key(&card.agency))
                .or_insert_with(|| UnsignedAgency {
                    agency: card.agency.clone(),
                    missing: Vec::new(),
                })
                .missing
                .push((card.name.clone(), missing.stage, missing.document.clone()));
        }
        columns.entry(stage).or_default().push(card);
    }
    let columns = columns
        .into_iter()
        .map(|(stage, mut cards)| {
            cards.sort_by(|a, b| {
                (a.agency.to_lowercase(), a.name.to_lowercase())
                    .cmp(&(b.agency.to_lowercase(), b.name.to_lowercase()))
            });
            (stage, cards)
        })
        .collect();
    Board { columns, unsigned: unsigned.into_values().collect(), outside_lab }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::innovation::InnovationId;
    use crate::model::labinov::tests::{day, pdf};
    use crate::model::labinov::{ArtefactKind, LabinovTrack};
    use chrono::{DateTime, Utc};

    fn innovation(seed: u8, agency: &str, name: &str) -> Innovation {
        let now = DateTime::<Utc>::from_timestamp(1_780_000_000, 0).expect("test data");
        let mut i = Innovation::new(
            InnovationId::from_random_bytes([seed; 16]),
            agency,
            "Kota Probolinggo",
            2026,
            now,
        );
        i.name = name.into();
        i
    }

    #[test]
    fn the_board_groups_by_stage_and_lists_agencies_that_have_not_signed() {
        let config = LabinovConfig::default();
        let mut signed = innovation(1, "Dinas Kesehatan", "Si Sehat");
        let mut track = LabinovTrack::default();
        track.move_to(Some(LabStage::Design), day(3, 1));
        track.attach(LabStage::Design, ArtefactKind::Commitment, pdf(1, 10));
        signed.labinov = Some(track);
        let mut unsigned = innovation(2, "Dinas Pendidikan", "Si Ijol");
        let mut track = LabinovTrack::default();
        track.move_to(Some(LabStage::Deliver), day(4, 1));
        unsigned.labinov = Some(track);
        let mut early = innovation(3, "Dinas Pendidikan", "Ada Guru");
        let mut track = LabinovTrack::default();
        track.move_to(Some(LabStage::Diagnose), day(2, 1));
        early.labinov = Some(track);
        let outside = innovation(4, "Kecamatan Kademangan", "Kampung KB");
        let mut other_year = innovation(5, "Dinas Sosial", "Lama");
        other_year.year = 2025;
        other_year.labinov = signed.labinov.clone();

        let board = board(&[signed, unsigned, early, outside, other_year], 2026, &config);
        let names = |stage: LabStage| -> Vec<String> {
            board
                .columns
                .iter()
                .find(|(s, _)| *s == stage)
                .map(|(_, cards)| cards.iter().map(|c| c.name.clone()).collect())
                .unwrap_or_default()
        };
        assert_eq!(board.columns.len(), 6);
        assert_eq!(names(LabStage::Design), ["Si Sehat"]);
        assert_eq!(names(LabStage::Deliver), ["Si Ijol"]);
        assert_eq!(names(LabStage::Diagnose), ["Ada Guru"]);
        assert_eq!(board.outside_lab, 1);
        assert_eq!(
            board.unsigned,
            [UnsignedAgency {
                agency: "Dinas Pendidikan".into(),
                missing: vec![("Si Ijol".into(), LabStage::Design, "Pakta integritas".into())],
            }]
        );
        let design = &board.columns[2].1[0];
        assert_eq!(design.since, Some(day(3, 1)));
        assert!(design.commitments[0].is_signed());
    }
}

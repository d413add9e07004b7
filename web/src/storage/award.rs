//! Storage of the local award, in the `meta` store under keys prefixed `award:`.
//!
//! The secretariat keeps its rounds with the juror sheets received for each under
//! [`AWARD_ROUNDS_KEY`]; a juror device keeps the award packages it received with the scores
//! typed so far under [`AWARD_ASSIGNMENTS_KEY`]. Each is one versioned document written in one
//! put, so a change is stored whole or not at all.

use std::collections::BTreeMap;

use inovda_core::programmes::award::{
    AwardPackage, AwardRound, JurySheet, MergeOutcome, merge_sheet,
};
use serde::{Deserialize, Serialize};

use super::{BLOBS_STORE, Backend, META_STORE, StorageError, Store, Tx};

/// Key of the secretariat's award rounds in `meta`.
pub const AWARD_ROUNDS_KEY: &str = "award:rounds";
/// Key of a juror device's award packages and typed scores in `meta`.
pub const AWARD_ASSIGNMENTS_KEY: &str = "award:assignments";
/// Schema version of both documents.
pub const AWARD_STORE_VERSION: u32 = 1;

/// One round and the sheets received for it (one per juror, merged by core).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredRoundDto {
    pub round: AwardRound,
    #[serde(default)]
    pub sheets: Vec<JurySheet>,
}

/// The secretariat's rounds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardRoundsDto {
    pub schema_version: u32,
    pub rounds: Vec<StoredRoundDto>,
}

/// One award package received by a juror and the scores typed so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentDto {
    pub package: AwardPackage,
    /// Typed text per `<innovation id>/<criterion>` (core's `input_key`), kept as typed.
    #[serde(default)]
    pub inputs: BTreeMap<String, String>,
    /// RFC 3339 time the last jury bundle was made.
    #[serde(default)]
    pub sent_at: Option<String>,
    /// The key that signed the package (the secretariat's device): the sheet is sealed to it.
    /// Absent for packages kept before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretariat_public_key: Option<String>,
}

/// A juror device's packages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentsDto {
    pub schema_version: u32,
    pub assignments: Vec<AssignmentDto>,
}

fn check_version(found: u32, what: &str) -> Result<(), StorageError> {
    super::check_schema(what, found, AWARD_STORE_VERSION)
}

impl<B: Backend> Store<B> {
    /// The secretariat's award rounds (none stored yet: empty).
    pub async fn award_rounds(&self) -> Result<Vec<StoredRoundDto>, StorageError> {
        let Some(stored) = self.get_meta::<AwardRoundsDto>(AWARD_ROUNDS_KEY).await? else {
            return Ok(Vec::new());
        };
        check_version(stored.schema_version, "award rounds")?;
        Ok(stored.rounds)
    }

    /// One round with its sheets.
    pub async fn award_round(&self, id: &str) -> Result<Option<StoredRoundDto>, StorageError> {
        Ok(self.award_rounds().await?.into_iter().find(|stored| stored.round.id == id))
    }

    async fn put_rounds(&self, rounds: Vec<StoredRoundDto>) -> Result<(), StorageError> {
        let dto = AwardRoundsDto { schema_version: AWARD_STORE_VERSION, rounds };
        self.put_meta(AWARD_ROUNDS_KEY, &dto).await
    }

    /// Stores a round (new or changed), keeping the sheets received for it.
    pub async fn put_award_round(&self, round: &AwardRound) -> Result<(), StorageError> {
        let mut rounds = self.award_rounds().await?;
        match rounds.iter_mut().find(|stored| stored.round.id == round.id) {
            Some(stored) => stored.round = round.clone(),
            None => rounds.push(StoredRoundDto { round: round.clone(), sheets: Vec::new() }),
        }
        self.put_rounds(rounds).await
    }

    /// Merges a received juror sheet into its round (core's `merge_sheet`: the latest per
    /// juror; a sheet of an unknown round or juror is refused). `Ok(None)`: no such round here.
    pub async fn merge_jury_sheet(
        &self,
        sheet: JurySheet,
    ) -> Result<
        Option<Result<(AwardRound, MergeOutcome), inovda_core::programmes::award::AwardError>>,
        StorageError,
    > {
        let mut rounds = self.award_rounds().await?;
        let Some(stored) = rounds.iter_mut().find(|stored| stored.round.id == sheet.round_id)
        else {
            return Ok(None);
        };
        let (merged, outcome) = match merge_sheet(&stored.round, &stored.sheets, sheet) {
            Ok(done) => done,
            Err(error) => return Ok(Some(Err(error))),
        };
        stored.sheets = merged;
        let round = stored.round.clone();
        if outcome != MergeOutcome::Unchanged {
            self.put_rounds(rounds).await?;
        }
        Ok(Some(Ok((round, outcome))))
    }

    /// The award packages this device received as a juror.
    pub async fn award_assignments(&self) -> Result<Vec<AssignmentDto>, StorageError> {
        let Some(stored) = self.get_meta::<AssignmentsDto>(AWARD_ASSIGNMENTS_KEY).await? else {
            return Ok(Vec::new());
        };
        check_version(stored.schema_version, "award assignments")?;
        Ok(stored.assignments)
    }

    /// The package of one round (this device's juror), if received.
    pub async fn award_assignment(
        &self,
        round_id: &str,
    ) -> Result<Option<AssignmentDto>, StorageError> {
        Ok(self.award_assignments().await?.into_iter().find(|a| a.package.round_id == round_id))
    }

    /// Stores a received package and the key that signed it; scores already typed for the same
    /// round are kept.
    pub async fn receive_award_package(
        &self,
        package: &AwardPackage,
        signer: &str,
        evidence: &[(String, B::File)],
    ) -> Result<(), StorageError> {
        let mut assignments = self.award_assignments().await?;
        let signer = Some(signer.to_owned());
        match assignments.iter_mut().find(|a| a.package.round_id == package.round_id) {
            Some(known) => {
                known.package = package.clone();
                known.secretariat_public_key = signer;
            }
            None => assignments.push(AssignmentDto {
                package: package.clone(),
                inputs: BTreeMap::new(),
                sent_at: None,
                secretariat_public_key: signer,
            }),
        }
        let dto = AssignmentsDto { schema_version: AWARD_STORE_VERSION, assignments };
        // The package and its evidence are kept together or not at all.
        self.write(&[META_STORE, BLOBS_STORE], async |tx| {
            for (sha256, file) in evidence {
                tx.put_file(sha256, file).await?;
            }
            tx.put(META_STORE, AWARD_ASSIGNMENTS_KEY, &dto).await
        })
        .await
    }

    /// Stores the typed scores (and when the sheet was last sent) of one round.
    pub async fn put_award_inputs(
        &self,
        round_id: &str,
        inputs: &BTreeMap<String, String>,
        sent_at: Option<&str>,
    ) -> Result<(), StorageError> {
        let mut assignments = self.award_assignments().await?;
        let Some(known) = assignments.iter_mut().find(|a| a.package.round_id == round_id) else {
            return Err(StorageError::Corrupt(format!("award package {round_id} is not stored")));
        };
        known.inputs = inputs.clone();
        if let Some(at) = sent_at {
            known.sent_at = Some(at.to_owned());
        }
        self.put_assignments(assignments).await
    }

    async fn put_assignments(&self, assignments: Vec<AssignmentDto>) -> Result<(), StorageError> {
        let dto = AssignmentsDto { schema_version: AWARD_STORE_VERSION, assignments };
        self.put_meta(AWARD_ASSIGNMENTS_KEY, &dto).await
    }
}

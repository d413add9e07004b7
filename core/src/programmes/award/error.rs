//! Why an award round, package or score sheet could not be read, written or merged.

use thiserror::Error;

use super::AwardIssue;
use crate::secretariat::SecretariatError;

/// An award document is unusable. The round's own problems are collected in full
/// ([`AwardError::Invalid`]); the reading problems it shares with other secretariat documents
/// are [`AwardError::Document`].
#[derive(Debug, Error, PartialEq, Eq)]
pub enum AwardError {
    #[error(transparent)]
    Document(#[from] SecretariatError),
    #[error("the award round has {} problem(s)", .0.len())]
    Invalid(Vec<AwardIssue>),
    #[error("the bundle has no {0}")]
    MissingDocument(&'static str),
    #[error("this score sheet belongs to another award round")]
    WrongRound,
    #[error("the juror “{0}” is not on this award round")]
    UnknownJuror(String),
}

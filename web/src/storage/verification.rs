//! Storage of the verification round trip: the secretariat's verdicts, the revisions kept for
//! "what changed since the review", and the log of feedback bundles sent per agency.
//!
//! A verdict is one value in `verdicts` under [`verdict_key`]; a newer decision on the same
//! revision replaces the earlier one. The feedback log is one small versioned document in
//! `meta` under [`FEEDBACK_LOG_KEY`], read and rewritten in one transaction.

use inovda_core::InnovationRecord;
use inovda_core::exchange::bundle::VerdictRecord;
use serde::{Deserialize, Serialize};

use super::exchange::verdict_key;
use super::{Backend, META_STORE, StorageError, Store, Tx, TxError, VERDICTS_STORE};

/// Key of the feedback log in `meta`.
pub const FEEDBACK_LOG_KEY: &str = "verification_feedback_log";
/// The feedback log schema this build writes and the newest it reads.
pub const FEEDBACK_LOG_SCHEMA_VERSION: u32 = 1;

/// One feedback bundle the secretariat downloaded for an agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackSentDto {
    /// The agency's name as the registry (or its innovations) spell it.
    pub agency: String,
    pub file_name: String,
    /// RFC 3339 time the bundle was made.
    pub sent_at: String,
    /// How many verdicts it carried.
    pub verdicts: u32,
}

/// Every feedback bundle made on this device, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackLogDto {
    pub schema_version: u32,
    #[serde(default)]
    pub sent: Vec<FeedbackSentDto>,
}

impl Default for FeedbackLogDto {
    fn default() -> Self {
        FeedbackLogDto { schema_version: FEEDBACK_LOG_SCHEMA_VERSION, sent: Vec::new() }
    }
}

impl FeedbackLogDto {
    /// The last bundle sent to `agency`, if any.
    pub fn last_for(&self, agency: &str) -> Option<&FeedbackSentDto> {
        self.sent.iter().rev().find(|entry| entry.agency == agency)
    }
}

fn check_log(found: Option<FeedbackLogDto>) -> Result<FeedbackLogDto, String> {
    match found {
        Some(log) if log.schema_version > FEEDBACK_LOG_SCHEMA_VERSION => {
            Err(format!("feedback log schema {} is newer than this app", log.schema_version))
        }
        Some(log) => Ok(log),
        None => Ok(FeedbackLogDto::default()),
    }
}

impl<B: Backend> Store<B> {
    /// Stores the secretariat's verdict (replacing an earlier decision on the same revision).
    pub async fn put_verdict(&self, verdict: &VerdictRecord) -> Result<(), StorageError> {
        let key = verdict_key(&verdict.innovation_id, verdict.revision);
        self.put_keyed(VERDICTS_STORE, &key, verdict).await
    }

    /// The older revisions of one innovation kept beside its current record (history and
    /// conflict copies), for finding the revision a verdict reviewed.
    pub async fn kept_revisions_of(
        &self,
        innovation_id: &str,
    ) -> Result<Vec<InnovationRecord>, StorageError> {
        Ok(self
            .list_revisions()
            .await?
            .into_iter()
            .map(|kept| kept.record)
            .filter(|record| record.id == innovation_id)
            .collect())
    }

    /// The feedback bundles made on this device.
    pub async fn feedback_log(&self) -> Result<FeedbackLogDto, StorageError> {
        check_log(self.get_meta::<FeedbackLogDto>(FEEDBACK_LOG_KEY).await?)
            .map_err(StorageError::Corrupt)
    }

    /// Appends one sent feedback bundle to the log (read and rewritten in one transaction).
    pub async fn log_feedback(&self, entry: &FeedbackSentDto) -> Result<(), StorageError> {
        self.write(&[META_STORE], async |tx| {
            let found: Option<FeedbackLogDto> = tx.get(META_STORE, FEEDBACK_LOG_KEY).await?;
            let mut log = check_log(found).map_err(TxError::Corrupt)?;
            log.sent.push(entry.clone());
            tx.put(META_STORE, FEEDBACK_LOG_KEY, &log).await
        })
        .await
    }
}

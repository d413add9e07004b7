//! Storage of the Labinov commitment documents (which lab stage requires which signed document).
//!
//! The secretariat keeps its choice in `meta` under [`LABINOV_CONFIG_KEY`] as a versioned DTO
//! ([`LabinovConfigDto`]); an agency follows the choice carried by the config bundle it applied
//! (`RegionConfig::labinov`), and core's default (pakta integritas at design) otherwise.

use inovda_core::model::labinov::{CommitmentRule, LabinovConfig};
use serde::{Deserialize, Serialize};

use super::{Backend, ProfileDto, StorageError, Store};

/// Key of the secretariat's Labinov commitment documents in `meta`.
pub const LABINOV_CONFIG_KEY: &str = "labinov_config";
/// Schema version of [`LabinovConfigDto`].
pub const LABINOV_CONFIG_SCHEMA_VERSION: u32 = 1;

/// The secretariat's commitment documents as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabinovConfigDto {
    pub schema_version: u32,
    pub commitments: Vec<CommitmentRule>,
}

impl<B: Backend> Store<B> {
    /// The secretariat's commitment documents (core's default when none is stored).
    pub async fn get_labinov_config(&self) -> Result<LabinovConfig, StorageError> {
        match self.get_meta::<LabinovConfigDto>(LABINOV_CONFIG_KEY).await? {
            None => Ok(LabinovConfig::default()),
            Some(dto) if dto.schema_version > LABINOV_CONFIG_SCHEMA_VERSION => {
                Err(StorageError::Corrupt(format!(
                    "labinov config schema {} is newer than this app",
                    dto.schema_version
                )))
            }
            Some(dto) => Ok(LabinovConfig { commitments: dto.commitments }),
        }
    }

    /// Stores the secretariat's commitment documents (one write).
    pub async fn put_labinov_config(&self, config: &LabinovConfig) -> Result<(), StorageError> {
        let dto = LabinovConfigDto {
            schema_version: LABINOV_CONFIG_SCHEMA_VERSION,
            commitments: config.commitments.clone(),
        };
        self.put_meta(LABINOV_CONFIG_KEY, &dto).await
    }

    /// The commitment documents this device follows: the secretariat's own choice, or, on an
    /// agency device, the one in the applied config bundle (the default without one).
    pub async fn labinov_config_for(
        &self,
        profile: Option<&ProfileDto>,
    ) -> Result<LabinovConfig, StorageError> {
        if profile.is_some_and(ProfileDto::is_secretariat) {
            return self.get_labinov_config().await;
        }
        Ok(self
            .get_region_config()
            .await?
            .map(|config| config.labinov_config())
            .unwrap_or_default())
    }
}

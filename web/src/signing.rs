//! This device's Ed25519 signing key: created on first use, kept in IndexedDB (`meta`).

use inovda_core::exchange::bundle::SigningKey;
use serde::{Deserialize, Serialize};

use crate::storage::{Repo, StorageError};

/// Key of the signing key record in `meta`.
pub const SIGNING_KEY: &str = "signing_key";

/// Schema version of [`SigningKeyDto`].
pub const SIGNING_KEY_SCHEMA_VERSION: u32 = 1;

/// The persisted key: its 32-byte seed in hex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningKeyDto {
    pub schema_version: u32,
    pub seed_hex: String,
    /// RFC 3339 time the key was made.
    pub created_at: String,
}

fn decode(hex: &str) -> Option<[u8; 32]> {
    let bytes: Option<Vec<u8>> = (0..hex.len())
        .step_by(2)
        .map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
        .collect();
    bytes?.try_into().ok()
}

/// The device key, created and stored the first time it is needed.
pub async fn device_key(repo: &Repo) -> Result<SigningKey, StorageError> {
    if let Some(stored) = repo.get_meta::<SigningKeyDto>(SIGNING_KEY).await? {
        let seed = decode(&stored.seed_hex)
            .ok_or_else(|| StorageError::Corrupt("signing key".to_owned()))?;
        return Ok(SigningKey::from_seed(&seed));
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|error| StorageError::Request(error.to_string()))?;
    let dto = SigningKeyDto {
        schema_version: SIGNING_KEY_SCHEMA_VERSION,
        seed_hex: seed.iter().map(|b| format!("{b:02x}")).collect(),
        created_at: crate::platform::now().to_rfc3339(),
    };
    repo.put_meta(SIGNING_KEY, &dto).await?;
    Ok(SigningKey::from_seed(&seed))
}

/// The fingerprint an agency reads out to the secretariat ("7K3M-Q9XD-R2TB-H5WN").
pub async fn device_fingerprint(repo: &Repo) -> Result<String, StorageError> {
    Ok(device_key(repo).await?.public_key().fingerprint())
}

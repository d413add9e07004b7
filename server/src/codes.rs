//! One-time enrolment codes: how a secretariat creates its region on a relay.
//!
//! A code is 80 random bits written like a key fingerprint (`7K3M-Q9XD-R2TB-H5WN`, Crockford
//! base 32), typed back with the same forgiving rules (`normalize_fingerprint`). Only its
//! SHA-256 is stored, with an expiry of 7 days; creating a region consumes it.

use inovda_core::exchange::bundle::normalize_fingerprint;
use sha2::{Digest, Sha256};

use crate::db::{Db, DbError};

/// How long a new code is valid.
pub const CODE_LIFETIME_MS: i64 = 7 * 24 * 60 * 60 * 1000;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh random code, `XXXX-XXXX-XXXX-XXXX`.
pub fn generate() -> Result<String, DbError> {
    let mut random = [0u8; 10];
    getrandom::fill(&mut random).map_err(|_| DbError::BadSecret)?;
    let mut bits: u128 = 0;
    for byte in random {
        bits = (bits << 8) | u128::from(byte);
    }
    let mut out = String::with_capacity(19);
    for index in 0..16 {
        if index > 0 && index % 4 == 0 {
            out.push('-');
        }
        let digit = usize::try_from((bits >> (5 * (15 - index))) & 0x1f).unwrap_or_default();
        out.push(char::from(ALPHABET[digit]));
    }
    Ok(out)
}

/// The stored form of a code as typed: SHA-256 of its normalised text. `None` when it cannot
/// be a code at all.
pub fn hash(typed: &str) -> Option<String> {
    let normal = normalize_fingerprint(typed)?;
    Some(crate::db::hex(&Sha256::digest(normal.as_bytes())))
}

/// Makes and stores a new code; returns it (the only time it is readable).
pub async fn new_code(db: &Db, now: i64) -> Result<String, DbError> {
    let code = generate()?;
    let stored = hash(&code).ok_or(DbError::BadSecret)?;
    db.insert_code(&stored, now, now + CODE_LIFETIME_MS).await?;
    Ok(code)
}

/// What `inovda serve` found about enrolment when it started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Startup {
    /// The database had no region and no usable code: here is a new one.
    NewCode(String),
    /// No region yet, and a code made earlier is still usable (it cannot be shown again).
    Outstanding { expires_at: i64 },
    /// At least one region exists; codes are made on request (`inovda relay code`).
    HasRegion,
}

/// Creates a code when the database holds no region and no usable code.
pub async fn startup_code(db: &Db, now: i64) -> Result<Startup, DbError> {
    if db.region_count().await? > 0 {
        return Ok(Startup::HasRegion);
    }
    if let Some(expires_at) = db.outstanding_code(now).await? {
        return Ok(Startup::Outstanding { expires_at });
    }
    Ok(Startup::NewCode(new_code(db, now).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_look_like_fingerprints_and_are_typed_back_forgivingly() {
        let code = generate().expect("random");
        assert_eq!(code.len(), 19);
        assert_eq!(normalize_fingerprint(&code).as_deref(), Some(code.as_str()));
        assert_ne!(generate().expect("random"), code);
        let typed = code.replace('-', " ").to_lowercase();
        assert_eq!(hash(&typed), hash(&code));
        assert_eq!(hash("not a code"), None);
    }
}

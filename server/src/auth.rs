//! Authentication without passwords: a device proves it holds its Ed25519 key by signing a
//! challenge, and gets a session token for an hour.
//!
//! Both the challenge and the token are stateless: they carry their key and expiry and an
//! HMAC-SHA256 by the relay's secret (shared by every instance through the database).
//! Challenge: `c1.<public key hex>.<expiry ms>.<nonce hex>.<mac hex>`;
//! token: `s1.<public key hex>.<expiry ms>.<mac hex>`.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// What a device signs to open a session and what the secretariat signs for a join token: the
/// app makes both with the same core constants.
pub use inovda_core::exchange::relay::{AUTH_CONTEXT as SESSION_CONTEXT, JOIN_CONTEXT};
/// How long a challenge may be answered.
pub const CHALLENGE_LIFETIME_MS: i64 = 5 * 60 * 1000;
/// How long a session lasts.
pub const SESSION_LIFETIME_MS: i64 = 60 * 60 * 1000;

/// A challenge or token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("malformed or forged")]
    Invalid,
    #[error("expired")]
    Expired,
    #[error("the signature does not verify")]
    BadSignature,
}

fn mac(secret: &[u8; 32], parts: &[&str]) -> String {
    // HMAC accepts keys of any length; a 32-byte key cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else { return String::new() };
    for part in parts {
        mac.update(part.as_bytes());
        mac.update(b"\n");
    }
    crate::db::hex(&mac.finalize().into_bytes())
}

/// Constant-time comparison of two MACs in hex.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn challenge(secret: &[u8; 32], key: &str, now: i64) -> Result<(String, i64), AuthError> {
    let mut nonce = [0u8; 16];
    getrandom::fill(&mut nonce).map_err(|_| AuthError::Invalid)?;
    let nonce = crate::db::hex(&nonce);
    let expires = now + CHALLENGE_LIFETIME_MS;
    let expiry = expires.to_string();
    let tag = mac(secret, &["challenge", key, &expiry, &nonce]);
    Ok((format!("c1.{key}.{expiry}.{nonce}.{tag}"), expires))
}

/// Checks a signed challenge for `key` and returns a session token and its expiry.
pub fn session(
    secret: &[u8; 32],
    key: &str,
    challenge: &str,
    signature_hex: &str,
    now: i64,
) -> Result<(String, i64), AuthError> {
    let parts: Vec<&str> = challenge.split('.').collect();
    let ["c1", for_key, expiry, nonce, tag] = parts.as_slice() else {
        return Err(AuthError::Invalid);
    };
    if *for_key != key || !same(tag, &mac(secret, &["challenge", key, expiry, nonce])) {
        return Err(AuthError::Invalid);
    }
    if expiry.parse::<i64>().map_err(|_| AuthError::Invalid)? <= now {
        return Err(AuthError::Expired);
    }
    let message = format!("{SESSION_CONTEXT}{challenge}");
    if !verifies(key, message.as_bytes(), signature_hex) {
        return Err(AuthError::BadSignature);
    }
    let expires = now + SESSION_LIFETIME_MS;
    let expiry = expires.to_string();
    let tag = mac(secret, &["session", key, &expiry]);
    Ok((format!("s1.{key}.{expiry}.{tag}"), expires))
}

/// The key a session token was issued to, when the token is genuine and not expired.
pub fn check_token(secret: &[u8; 32], token: &str, now: i64) -> Result<String, AuthError> {
    let parts: Vec<&str> = token.split('.').collect();
    let ["s1", key, expiry, tag] = parts.as_slice() else { return Err(AuthError::Invalid) };
    if !same(tag, &mac(secret, &["session", key, expiry])) {
        return Err(AuthError::Invalid);
    }
    if expiry.parse::<i64>().map_err(|_| AuthError::Invalid)? <= now {
        return Err(AuthError::Expired);
    }
    Ok((*key).to_owned())
}

/// Strict Ed25519 verification of a hex signature by a hex public key.
pub fn verifies(key_hex: &str, message: &[u8], signature_hex: &str) -> bool {
    let key: Option<[u8; 32]> = crate::db::unhex(key_hex).and_then(|b| b.try_into().ok());
    let signature: Option<[u8; 64]> =
        crate::db::unhex(signature_hex).and_then(|b| b.try_into().ok());
    let (Some(key), Some(signature)) = (key, signature) else { return false };
    let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(&key) else { return false };
    !key.is_weak()
        && key.verify_strict(message, &ed25519_dalek::Signature::from_bytes(&signature)).is_ok()
}

#[cfg(test)]
mod tests {
    use ed25519_dalek::Signer;

    use super::*;

    #[test]
    fn a_signed_challenge_opens_a_session_for_that_key_only() {
        let secret = [9u8; 32];
        let device = ed25519_dalek::SigningKey::from_bytes(&[1; 32]);
        let key = crate::db::hex(device.verifying_key().as_bytes());
        let (challenge, expires) = challenge(&secret, &key, 1_000).expect("random");
        assert_eq!(expires, 1_000 + CHALLENGE_LIFETIME_MS);
        let sign = |text: &str| {
            let message = format!("{SESSION_CONTEXT}{text}");
            crate::db::hex(&device.sign(message.as_bytes()).to_bytes())
        };
        let (token, _) = session(&secret, &key, &challenge, &sign(&challenge), 2_000).expect("ok");
        assert_eq!(check_token(&secret, &token, 3_000), Ok(key.clone()));
        assert_eq!(
            check_token(&secret, &token, 2_000 + SESSION_LIFETIME_MS),
            Err(AuthError::Expired)
        );
        assert_eq!(check_token(&[8u8; 32], &token, 3_000), Err(AuthError::Invalid));
        let forged = token.replace(&key, &"ab".repeat(32));
        assert_eq!(check_token(&secret, &forged, 3_000), Err(AuthError::Invalid));
        // Too late, signed wrongly, or someone else's challenge.
        let late = 1_000 + CHALLENGE_LIFETIME_MS;
        assert_eq!(
            session(&secret, &key, &challenge, &sign(&challenge), late),
            Err(AuthError::Expired)
        );
        assert_eq!(
            session(&secret, &key, &challenge, &sign("other"), 2_000),
            Err(AuthError::BadSignature)
        );
        let other = crate::db::hex(
            ed25519_dalek::SigningKey::from_bytes(&[2; 32]).verifying_key().as_bytes(),
        );
        assert_eq!(
            session(&secret, &other, &challenge, &sign(&challenge), 2_000),
            Err(AuthError::Invalid)
        );
    }
}

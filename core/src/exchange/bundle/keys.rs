//! Signing keys, public keys and the short fingerprint people read out over the phone.
//!
//! The seed of a [`SigningKey`] comes from the caller (the web draws it with `getrandom`
//! and keeps it in IndexedDB), so core needs no randomness.

use ed25519_dalek::{Signature, Signer};

use crate::base::hash::{hex_decode, hex_encode};
use crate::exchange::bundle::KeyError;

/// The Ed25519 key a device signs its bundles with.
pub struct SigningKey(ed25519_dalek::SigningKey);

impl SigningKey {
    /// The key for 32 secret seed bytes (the same seed always gives the same key).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        Self(ed25519_dalek::SigningKey::from_bytes(seed))
    }

    /// The 32 seed bytes, for backups; keep them secret.
    pub fn seed(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the secret.
        write!(f, "SigningKey({})", self.public_key().fingerprint())
    }
}

/// A signer's Ed25519 public key: 64 lower-case hex characters in manifests and storage.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(ed25519_dalek::VerifyingKey);

impl PublicKey {
    /// Reads 64 hex characters (either case), refusing bytes that are not a curve point.
    pub fn from_hex(text: &str) -> Result<Self, KeyError> {
        let bytes: [u8; 32] =
            hex_decode(text).and_then(|bytes| bytes.try_into().ok()).ok_or(KeyError::Encoding)?;
        Self::from_bytes(&bytes)
    }

    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, KeyError> {
        let key =
            ed25519_dalek::VerifyingKey::from_bytes(bytes).map_err(|_| KeyError::InvalidKey)?;
        if key.is_weak() {
            return Err(KeyError::InvalidKey);
        }
        Ok(Self(key))
    }

    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    pub fn to_hex(&self) -> String {
        hex_encode(self.0.as_bytes())
    }

    /// Strict verification (no malleable signatures, no weak keys).
    pub(crate) fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0.verify_strict(message, &Signature::from_bytes(signature)).is_ok()
    }

    /// Four groups of four characters, e.g. `7K3M-Q9XD-R2TB-H5WN`: 80 bits of the key's SHA-256
    /// in Crockford base 32 (digits and capitals without I, L, O, U), easy to read aloud.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(self.0.as_bytes());
        let mut bits: u128 = 0;
        for byte in &digest[..10] {
            bits = (bits << 8) | u128::from(*byte);
        }
        let mut out = String::with_capacity(19);
        for index in 0..16 {
            if index > 0 && index % 4 == 0 {
                out.push('-');
            }
            let shift = 5 * (15 - index);
            let digit = usize::try_from((bits >> shift) & 0x1f).unwrap_or_default();
            out.push(char::from(FINGERPRINT_ALPHABET[digit]));
        }
        out
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.to_hex())
    }
}

const FINGERPRINT_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Normalises a fingerprint typed or heard by a person: case, spaces and dashes do not matter,
/// and O/I/L are read as 0/1/1. `None` when it cannot be a fingerprint.
pub fn normalize_fingerprint(text: &str) -> Option<String> {
    let mut chars = String::with_capacity(16);
    for c in text.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        if !FINGERPRINT_ALPHABET.contains(&u8::try_from(c).ok()?) {
            return None;
        }
        chars.push(c);
    }
    if chars.len() != 16 {
        return None;
    }
    let groups: Vec<&str> = (0..4).map(|i| &chars[i * 4..i * 4 + 4]).collect();
    Some(groups.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_key_and_fingerprint() {
        let key = SigningKey::from_seed(&[7; 32]);
        let again = SigningKey::from_seed(&[7; 32]);
        assert_eq!(key.public_key(), again.public_key());
        assert_eq!(key.seed(), [7; 32]);
        let fingerprint = key.public_key().fingerprint();
        assert_eq!(fingerprint.len(), 19);
        assert_eq!(fingerprint.matches('-').count(), 3);
        assert!(fingerprint.chars().all(|c| c == '-' || FINGERPRINT_ALPHABET.contains(&(c as u8))));
        assert!(!fingerprint.contains(['I', 'L', 'O', 'U']));
        assert_ne!(fingerprint, SigningKey::from_seed(&[8; 32]).public_key().fingerprint());
        // Pinned: the fingerprint of a key must never change between versions.
        assert_eq!(fingerprint, fingerprint_of_seed_7());
        assert!(!format!("{key:?}").contains("0707"));
    }

    fn fingerprint_of_seed_7() -> String {
        use sha2::{Digest, Sha256};
        let public = SigningKey::from_seed(&[7; 32]).public_key().to_bytes();
        let digest = Sha256::digest(public);
        // The same 80 bits written out by hand, 5 bits at a time.
        let mut bit_string = String::new();
        for byte in &digest[..10] {
            bit_string.push_str(&format!("{byte:08b}"));
        }
        let digits: Vec<char> = bit_string
            .as_bytes()
            .chunks(5)
            .map(|chunk| {
                let value =
                    usize::from_str_radix(std::str::from_utf8(chunk).expect("test data"), 2)
                        .expect("test data");
                char::from(FINGERPRINT_ALPHABET[value])
            })
            .collect();
        digits.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-")
    }

    #[test]
    fn public_keys_round_trip_through_hex_and_refuse_garbage() {
        let key = SigningKey::from_seed(&[1; 32]).public_key();
        assert_eq!(key.to_hex().len(), 64);
        assert_eq!(PublicKey::from_hex(&key.to_hex()), Ok(key));
        assert_eq!(PublicKey::from_hex(&key.to_hex().to_uppercase()), Ok(key));
        assert_eq!(PublicKey::from_hex("abc"), Err(KeyError::Encoding));
        assert_eq!(PublicKey::from_hex(&"zz".repeat(32)), Err(KeyError::Encoding));
        // The identity point is a weak (small-order) key.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert_eq!(PublicKey::from_bytes(&identity), Err(KeyError::InvalidKey));
    }

    #[test]
    fn signatures_verify_only_for_the_signed_bytes_and_key() {
        let key = SigningKey::from_seed(&[3; 32]);
        let signature = key.sign(b"manifest");
        assert!(key.public_key().verifies(b"manifest", &signature));
        assert!(!key.public_key().verifies(b"manifesT", &signature));
        assert!(!SigningKey::from_seed(&[4; 32]).public_key().verifies(b"manifest", &signature));
    }

    #[test]
    fn fingerprints_heard_over_the_phone_normalise() {
        let fingerprint = SigningKey::from_seed(&[5; 32]).public_key().fingerprint();
        let spoken = fingerprint.replace('-', " ").to_lowercase();
        assert_eq!(normalize_fingerprint(&spoken), Some(fingerprint.clone()));
        assert_eq!(
            normalize_fingerprint("0000-1111-0000-1111"),
            normalize_fingerprint("oooo iiii OOOO LLLL")
        );
        assert_eq!(normalize_fingerprint("1234"), None);
        assert_eq!(normalize_fingerprint("UUUU-UUUU-UUUU-UUUU"), None);
        assert_eq!(normalize_fingerprint("ÄÄÄÄ-0000-0000-0000"), None);
    }
}

//! Sealed bundles: one ordinary bundle encrypted end to end for its recipients, signed outside.
//!
//! The format is specified in docs/bundle-format.md ("Sealed bundles"). A sealed bundle is a ZIP
//! written by the same deterministic stored-only writer as bundles, holding exactly
//! `payload.age` (the whole inner bundle, encrypted with age to every recipient's X25519 key),
//! `manifest.json` (who sends it to whom, and the payload's SHA-256 and size) and `manifest.sig`
//! (Ed25519 by the sender over the manifest's exact bytes, 64 raw bytes).
//!
//! Anyone can check the outer layer without a key ([`verify_sealed`]; that is all the relay
//! does). Only a recipient can open it ([`open_sealed_to`], [`open_sealed`]); the receiving app
//! then verifies the inner bundle as usual and checks with [`check_inner`] that it was signed by
//! the sealed bundle's sender.
//!
//! Keys: no new key exists. A device's Ed25519 key is also its encryption key: the public key
//! converted to its Montgomery form (X25519) is an age recipient, and SHA-512(seed)[..32] is the
//! matching X25519 secret, exactly like age's `ssh-ed25519` recipients and libsodium's
//! `crypto_sign_ed25519_*_to_curve25519`. Sealing and opening need the `sealing` cargo feature
//! (the `age` crate); checking does not.

use std::io::{Read, Seek};

use serde::{Deserialize, Serialize};
use thiserror::Error;
use zip::{CompressionMethod, ZipArchive};

use crate::base::lang::Lang;
use crate::exchange::bundle::{
    BundleError, BundleKind, ManifestEntry, PublicKey, VerifiedBundle, hash_stored,
    is_safe_entry_name, read_small,
};

/// The `format` value of every sealed manifest.
pub const SEALED_FORMAT_NAME: &str = "inovda-sealed";
/// The sealed format version this build writes and the newest it reads.
pub const SEALED_FORMAT_VERSION: u32 = 1;
/// The encrypted inner bundle, always the first entry of the ZIP.
pub const PAYLOAD_PATH: &str = "payload.age";
pub const SEALED_MANIFEST_PATH: &str = "manifest.json";
pub const SEALED_SIGNATURE_PATH: &str = "manifest.sig";

/// `manifest.json` of a sealed bundle, format version 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedManifest {
    pub format: String,
    pub format_version: u32,
    /// The inner bundle's kind.
    pub kind: BundleKind,
    /// RFC 3339 time the sealed bundle was made (given by the caller).
    pub created_at: String,
    pub app_version: String,
    /// The region's name.
    pub region: String,
    /// The relay's id of the region; absent for files sent by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_region: Option<String>,
    /// The sending organisation's name (the inner bundle's `agency`).
    pub sender: String,
    /// Ed25519 public key of the sender (64 lower-case hex); signs `manifest.sig` and the inner
    /// bundle.
    pub sender_public_key: String,
    /// Ed25519 public keys of the recipients (64 lower-case hex), sorted and unique.
    pub recipients: Vec<String>,
    /// Exactly one entry: `payload.age`.
    pub entries: Vec<ManifestEntry>,
}

/// What the caller says about a sealed bundle it makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealMeta {
    pub kind: BundleKind,
    pub created_at: String,
    pub app_version: String,
    pub region: String,
    pub relay_region: Option<String>,
    pub sender: String,
}

/// The reader's limits; the defaults suit phones, laptops and the relay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealLimits {
    /// Largest `manifest.json`.
    pub max_manifest_size: u64,
    /// Largest `payload.age`.
    pub max_payload_size: u64,
    /// Most recipients one sealed bundle may name.
    pub max_recipients: usize,
}

impl Default for SealLimits {
    fn default() -> Self {
        Self { max_manifest_size: 1 << 20, max_payload_size: 1 << 30, max_recipients: 5_000 }
    }
}

/// A sealed bundle whose outer layer checked out (signature, names, payload hash).
#[derive(Debug, Clone)]
pub struct VerifiedSealed {
    pub manifest: SealedManifest,
    pub sender: PublicKey,
    /// In the manifest's order (sorted by hex).
    pub recipients: Vec<PublicKey>,
    /// The payload's bytes are `sealed[payload_offset .. payload_offset + payload_size]`.
    pub payload_offset: u64,
    pub payload_size: u64,
}

/// A sealed bundle could not be made, checked or opened.
///
/// Every variant has a stable code ([`SealError::code`], listed in [`SEAL_ERROR_CODES`]);
/// [`seal_error_message`] renders it in Indonesian or English.
#[derive(Debug, Error)]
pub enum SealError {
    #[error("the file is damaged or truncated: {0}")]
    Damaged(String),
    #[error("the sealed bundle has {count} entries; it must have exactly 3")]
    TooManyEntries { count: u64 },
    #[error("the sealed bundle holds {size} bytes in one entry; at most {max} are accepted")]
    TooLarge { size: u64, max: u64 },
    #[error("entry name `{name}` is not a safe relative path")]
    UnsafePath { name: String },
    #[error("the sealed bundle has two entries with the same name")]
    DuplicateEntry,
    #[error("entry `{name}` does not belong in a sealed bundle")]
    UnexpectedEntry { name: String },
    #[error("entry `{name}` is compressed, encrypted by ZIP or a directory")]
    UnsupportedEntry { name: String },
    #[error("the sealed bundle has no manifest.json")]
    MissingManifest,
    #[error("the sealed bundle has no manifest.sig")]
    MissingSignature,
    #[error("the sealed bundle has no payload.age")]
    MissingPayload,
    #[error("this is not a sealed Inovda bundle")]
    NotSealed,
    #[error(
        "sealed format version {found} is newer than this app supports ({supported}); update the app"
    )]
    FutureVersion { found: u64, supported: u32 },
    #[error("the sealed manifest is not valid: {0}")]
    InvalidManifest(String),
    #[error("the signature does not match the manifest and its sender key")]
    BadSignature,
    #[error("payload.age was changed after sealing (size or SHA-256 differs)")]
    Modified,
    #[error("a sealed bundle needs at least one recipient")]
    NoRecipients,
    #[error("recipient key is not valid: {0}")]
    InvalidRecipient(String),
    #[error("this device is not among the recipients of the sealed bundle")]
    NotARecipient,
    #[error("the encrypted payload cannot be decrypted: {0}")]
    PayloadDamaged(String),
    #[error("the inner bundle is signed by another key than the sealed bundle's sender")]
    InnerSignerMismatch,
    #[error("the inner bundle is of another kind than the sealed manifest says")]
    InnerKindMismatch,
    #[error("encryption failed: {0}")]
    Encrypt(String),
    #[error("writing failed: {0}")]
    Io(String),
}

/// Every code [`SealError::code`] can return, for documentation and exhaustive tests.
pub const SEAL_ERROR_CODES: [&str; 23] = [
    "damaged",
    "too_many_entries",
    "too_large",
    "unsafe_path",
    "duplicate_entry",
    "unexpected_entry",
    "unsupported_entry",
    "missing_manifest",
    "missing_signature",
    "missing_payload",
    "not_sealed",
    "future_version",
    "invalid_manifest",
    "bad_signature",
    "modified",
    "no_recipients",
    "invalid_recipient",
    "not_a_recipient",
    "payload_damaged",
    "inner_signer_mismatch",
    "inner_kind_mismatch",
    "encrypt",
    "io",
];

impl SealError {
    /// The stable machine-readable code (snake case), never translated.
    pub fn code(&self) -> &'static str {
        match self {
            SealError::Damaged(_) => "damaged",
            SealError::TooManyEntries { .. } => "too_many_entries",
            SealError::TooLarge { .. } => "too_large",
            SealError::UnsafePath { .. } => "unsafe_path",
            SealError::DuplicateEntry => "duplicate_entry",
            SealError::UnexpectedEntry { .. } => "unexpected_entry",
            SealError::UnsupportedEntry { .. } => "unsupported_entry",
            SealError::MissingManifest => "missing_manifest",
            SealError::MissingSignature => "missing_signature",
            SealError::MissingPayload => "missing_payload",
            SealError::NotSealed => "not_sealed",
            SealError::FutureVersion { .. } => "future_version",
            SealError::InvalidManifest(_) => "invalid_manifest",
            SealError::BadSignature => "bad_signature",
            SealError::Modified => "modified",
            SealError::NoRecipients => "no_recipients",
            SealError::InvalidRecipient(_) => "invalid_recipient",
            SealError::NotARecipient => "not_a_recipient",
            SealError::PayloadDamaged(_) => "payload_damaged",
            SealError::InnerSignerMismatch => "inner_signer_mismatch",
            SealError::InnerKindMismatch => "inner_kind_mismatch",
            SealError::Encrypt(_) => "encrypt",
            SealError::Io(_) => "io",
        }
    }
}

/// The sentence shown to a person for a [`SealError`], in Indonesian or English.
pub fn seal_error_message(lang: Lang, error: &SealError) -> String {
    let text = match error {
        SealError::Damaged(_) | SealError::TooManyEntries { .. } | SealError::DuplicateEntry => (
            "Berkas terkunci rusak atau terpotong. Minta pengirim mengirim ulang.",
            "The sealed file is damaged or cut off. Ask the sender to send it again.",
        ),
        SealError::TooLarge { .. } => {
            ("Berkas terkunci terlalu besar.", "The sealed file is too large.")
        }
        SealError::UnsafePath { .. }
        | SealError::UnexpectedEntry { .. }
        | SealError::UnsupportedEntry { .. }
        | SealError::MissingManifest
        | SealError::MissingSignature
        | SealError::MissingPayload
        | SealError::InvalidManifest(_) => (
            "Berkas terkunci tidak sesuai format Inovda.",
            "The sealed file does not follow the Inovda format.",
        ),
        SealError::NotSealed => {
            ("Ini bukan berkas Inovda terkunci.", "This is not a sealed Inovda file.")
        }
        SealError::FutureVersion { .. } => (
            "Berkas terkunci dibuat oleh versi lebih baru — perbarui aplikasi.",
            "The sealed file was made by a newer version — update the app.",
        ),
        SealError::BadSignature => (
            "Tanda tangan berkas terkunci tidak cocok: berkas mungkin dipalsukan.",
            "The sealed file's signature does not match: it may be forged.",
        ),
        SealError::Modified => (
            "Berkas terkunci diubah setelah dikunci.",
            "The sealed file was changed after it was sealed.",
        ),
        SealError::NoRecipients | SealError::InvalidRecipient(_) => {
            ("Penerima berkas terkunci tidak sah.", "The sealed file's recipients are not valid.")
        }
        SealError::NotARecipient => (
            "Berkas ini tidak ditujukan ke perangkat ini, jadi tidak bisa dibuka di sini.",
            "This file is not addressed to this device, so it cannot be opened here.",
        ),
        SealError::PayloadDamaged(_) => (
            "Isi berkas terkunci rusak dan tidak bisa dibuka.",
            "The content of the sealed file is damaged and cannot be opened.",
        ),
        SealError::InnerSignerMismatch | SealError::InnerKindMismatch => (
            "Isi berkas terkunci tidak berasal dari pengirimnya: berkas ditolak.",
            "The content of the sealed file is not from its sender: the file is refused.",
        ),
        SealError::Encrypt(_) | SealError::Io(_) => (
            "Berkas terkunci tidak bisa dibuat. Coba lagi.",
            "The sealed file could not be made. Try again.",
        ),
    };
    lang.pick(text).to_owned()
}

/// Whether a file starts like a sealed bundle (its first ZIP entry is `payload.age`), from its
/// first 41 bytes or more. A plain bundle starts with `manifest.json` instead. This only sorts
/// files for the import page; [`verify_sealed`] decides.
pub fn is_sealed(prefix: &[u8]) -> bool {
    let name_len = PAYLOAD_PATH.len();
    prefix.len() >= 30 + name_len
        && prefix.starts_with(b"PK\x03\x04")
        && prefix[26..28] == u16::try_from(name_len).unwrap_or_default().to_le_bytes()
        && &prefix[30..30 + name_len] == PAYLOAD_PATH.as_bytes()
}

fn damaged(error: impl std::fmt::Display) -> SealError {
    SealError::Damaged(error.to_string())
}

#[derive(Deserialize)]
struct VersionProbe {
    format: Option<String>,
    format_version: Option<u64>,
}

fn parse_manifest(bytes: &[u8]) -> Result<SealedManifest, SealError> {
    let probe: VersionProbe =
        serde_json::from_slice(bytes).map_err(|e| SealError::InvalidManifest(e.to_string()))?;
    if probe.format.as_deref() != Some(SEALED_FORMAT_NAME) {
        return Err(SealError::NotSealed);
    }
    let version = probe
        .format_version
        .ok_or_else(|| SealError::InvalidManifest("format_version is missing".into()))?;
    if version > u64::from(SEALED_FORMAT_VERSION) {
        return Err(SealError::FutureVersion { found: version, supported: SEALED_FORMAT_VERSION });
    }
    if version < u64::from(SEALED_FORMAT_VERSION) {
        return Err(SealError::InvalidManifest(format!("format_version {version} is unknown")));
    }
    serde_json::from_slice(bytes).map_err(|e| SealError::InvalidManifest(e.to_string()))
}

/// Parses and checks recipient keys: valid, sorted by hex, unique, at least one.
fn parse_recipients(hex: &[String], max: usize) -> Result<Vec<PublicKey>, SealError> {
    if hex.is_empty() {
        return Err(SealError::NoRecipients);
    }
    if hex.len() > max {
        return Err(SealError::InvalidRecipient(format!(
            "{} recipients; at most {max}",
            hex.len()
        )));
    }
    if hex.windows(2).any(|pair| pair[0] >= pair[1]) {
        return Err(SealError::InvalidRecipient("recipients are not sorted and unique".into()));
    }
    hex.iter()
        .map(|text| {
            let key = PublicKey::from_hex(text)
                .map_err(|e| SealError::InvalidRecipient(format!("{text}: {e}")))?;
            if key.to_hex() != *text {
                return Err(SealError::InvalidRecipient(format!("{text}: not lower-case hex")));
            }
            Ok(key)
        })
        .collect()
}

/// The outer checks of [`verify_sealed`], returning the archive for opening.
fn verify_archive<R: Read + Seek>(
    reader: R,
    limits: &SealLimits,
) -> Result<(VerifiedSealed, ZipArchive<R>, usize), SealError> {
    let mut archive = ZipArchive::new(reader).map_err(damaged)?;
    if archive.len() > 3 {
        return Err(SealError::TooManyEntries { count: archive.len() as u64 });
    }
    if archive.has_duplicate_names() {
        return Err(SealError::DuplicateEntry);
    }
    // Names first (a plain bundle is refused for its entries), then methods and sizes.
    let mut names = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        let file = archive.by_index_raw(index).map_err(damaged)?;
        let raw = file.name_raw();
        if !is_safe_entry_name(raw) {
            return Err(SealError::UnsafePath { name: String::from_utf8_lossy(raw).into() });
        }
        let name = String::from_utf8_lossy(raw).into_owned();
        if ![SEALED_MANIFEST_PATH, SEALED_SIGNATURE_PATH, PAYLOAD_PATH].contains(&name.as_str()) {
            return Err(SealError::UnexpectedEntry { name });
        }
        names.push(name);
    }
    let (mut manifest_at, mut signature_at, mut payload_at) = (None, None, None);
    for (index, name) in names.into_iter().enumerate() {
        let file = archive.by_index_raw(index).map_err(damaged)?;
        if file.compression() != CompressionMethod::Stored || file.encrypted() || file.is_dir() {
            return Err(SealError::UnsupportedEntry { name });
        }
        if file.size() != file.compressed_size() {
            return Err(damaged(format!("stored entry `{name}` has two sizes")));
        }
        let size = file.size();
        let slot = match name.as_str() {
            SEALED_MANIFEST_PATH if size > limits.max_manifest_size => {
                return Err(SealError::TooLarge { size, max: limits.max_manifest_size });
            }
            SEALED_MANIFEST_PATH => &mut manifest_at,
            SEALED_SIGNATURE_PATH if size != 64 => return Err(SealError::BadSignature),
            SEALED_SIGNATURE_PATH => &mut signature_at,
            _ if size > limits.max_payload_size => {
                return Err(SealError::TooLarge { size, max: limits.max_payload_size });
            }
            _ => &mut payload_at,
        };
        if slot.replace((index, size)).is_some() {
            return Err(SealError::DuplicateEntry);
        }
    }
    let (manifest_index, _) = manifest_at.ok_or(SealError::MissingManifest)?;
    let (signature_index, _) = signature_at.ok_or(SealError::MissingSignature)?;
    let (payload_index, payload_size) = payload_at.ok_or(SealError::MissingPayload)?;

    let manifest_bytes = read_entry(&mut archive, manifest_index, limits.max_manifest_size)?;
    let manifest = parse_manifest(&manifest_bytes)?;
    let signature: [u8; 64] = read_entry(&mut archive, signature_index, 64)?
        .try_into()
        .map_err(|_| SealError::BadSignature)?;
    let sender = PublicKey::from_hex(&manifest.sender_public_key)
        .map_err(|e| SealError::InvalidManifest(format!("sender_public_key: {e}")))?;
    if !sender.verifies(&manifest_bytes, &signature) {
        return Err(SealError::BadSignature);
    }
    if chrono::DateTime::parse_from_rfc3339(&manifest.created_at).is_err() {
        let text = format!("created_at `{}` is not an RFC 3339 time", manifest.created_at);
        return Err(SealError::InvalidManifest(text));
    }
    let recipients = parse_recipients(&manifest.recipients, limits.max_recipients)?;
    let [entry] = manifest.entries.as_slice() else {
        return Err(SealError::InvalidManifest("entries must list payload.age alone".into()));
    };
    if entry.path != PAYLOAD_PATH
        || entry.sha256.len() != 64
        || !crate::base::hash::is_lower_hex(&entry.sha256)
    {
        return Err(SealError::InvalidManifest("entries must list payload.age alone".into()));
    }
    if entry.size != payload_size {
        return Err(SealError::Modified);
    }

    let (sha256, size, payload_offset) =
        hash_stored(&mut archive, payload_index, payload_size).map_err(entry_error)?;
    if size != entry.size || sha256 != entry.sha256 {
        return Err(SealError::Modified);
    }
    let verified = VerifiedSealed { manifest, sender, recipients, payload_offset, payload_size };
    Ok((verified, archive, payload_index))
}

/// Reads one entry into memory with the plain-bundle reader, which ignores the ZIP's CRC-32:
/// the signed SHA-256 covers the payload and the signature covers the manifest, so a changed
/// payload is reported as modified.
fn read_entry<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    index: usize,
    limit: u64,
) -> Result<Vec<u8>, SealError> {
    read_small(archive, index, limit).map_err(entry_error)
}

/// The plain-bundle entry readers fail only as damaged or too large; the same here.
fn entry_error(error: BundleError) -> SealError {
    match error {
        BundleError::TooLarge { size, max } => SealError::TooLarge { size, max },
        BundleError::Damaged(detail) => SealError::Damaged(detail),
        other => damaged(other),
    }
}

/// Checks a sealed bundle's outer layer without any key: a ZIP of exactly `payload.age`,
/// `manifest.json` and `manifest.sig`, all stored, with safe names and within `limits`; a known
/// format version; a valid signature by `sender_public_key`; valid, sorted recipients; and the
/// payload's size and SHA-256 as signed. The payload is hashed in 64 KiB chunks, never held.
pub fn verify_sealed<R: Read + Seek>(
    reader: R,
    limits: &SealLimits,
) -> Result<VerifiedSealed, SealError> {
    verify_archive(reader, limits).map(|(verified, _, _)| verified)
}

/// Checks that a verified inner bundle belongs to its sealed bundle: signed by the sender's key
/// and of the kind the sealed manifest names.
pub fn check_inner(manifest: &SealedManifest, inner: &VerifiedBundle) -> Result<(), SealError> {
    if inner.signer.to_hex() != manifest.sender_public_key {
        return Err(SealError::InnerSignerMismatch);
    }
    if inner.manifest.kind != manifest.kind {
        return Err(SealError::InnerKindMismatch);
    }
    Ok(())
}

#[cfg(feature = "sealing")]
pub use sealing::{
    OpenedSealed, SealWriter, Sealed, open_sealed, open_sealed_to, seal_bytes, x25519_identity,
    x25519_recipient,
};

#[cfg(feature = "sealing")]
mod sealing {
    use std::io::{BufReader, Read, Seek, Write};

    use sha2::{Digest, Sha256};

    use super::{
        PAYLOAD_PATH, SEALED_FORMAT_NAME, SEALED_FORMAT_VERSION, SEALED_MANIFEST_PATH,
        SEALED_SIGNATURE_PATH, SealError, SealLimits, SealMeta, SealedManifest, verify_archive,
    };
    use crate::base::hash::hex_encode;
    use crate::base::zip::ZipStream;
    use crate::exchange::bundle::{ManifestEntry, PublicKey, SigningKey};

    /// age's X25519 recipient (`age1…`) for a device's Ed25519 public key: the key's
    /// Montgomery form (birational map from Edwards25519 to Curve25519).
    pub fn x25519_recipient(key: &PublicKey) -> String {
        let montgomery = ed25519_dalek::VerifyingKey::from_bytes(&key.to_bytes())
            .map(|key| key.to_montgomery().to_bytes())
            // A `PublicKey` always holds a valid point; this branch cannot be taken.
            .unwrap_or_default();
        bech32_text("age", &montgomery).to_lowercase()
    }

    /// age's X25519 identity (`AGE-SECRET-KEY-1…`) for a device's signing key: the first 32
    /// bytes of SHA-512(seed), which X25519 clamps when used. Secret: never show or store it.
    pub fn x25519_identity(key: &SigningKey) -> String {
        let signing = ed25519_dalek::SigningKey::from_bytes(&key.seed());
        bech32_text("age-secret-key-", &signing.to_scalar_bytes()).to_uppercase()
    }

    fn bech32_text(hrp: &str, data: &[u8; 32]) -> String {
        // Both prefixes are valid and 32 bytes stay far below Bech32's 90-character limit.
        bech32::Hrp::parse(hrp)
            .ok()
            .and_then(|hrp| bech32::encode::<bech32::Bech32>(hrp, data).ok())
            .unwrap_or_default()
    }

    fn recipient_of(key: &PublicKey) -> Result<age::x25519::Recipient, SealError> {
        x25519_recipient(key).parse().map_err(|e: &str| SealError::InvalidRecipient(e.to_owned()))
    }

    fn identity_of(key: &SigningKey) -> Result<age::x25519::Identity, SealError> {
        x25519_identity(key).parse().map_err(|e: &str| SealError::Encrypt(e.to_owned()))
    }

    /// Counts and hashes every byte of the sealed file on its way to the destination.
    struct Tally<W: Write> {
        out: W,
        hasher: Sha256,
        size: u64,
    }

    impl<W: Write> Write for Tally<W> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let written = self.out.write(buf)?;
            self.hasher.update(&buf[..written]);
            self.size += written as u64;
            Ok(written)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            self.out.flush()
        }
    }

    /// The `payload.age` entry being streamed: the ZIP plus the payload's own hash and size.
    struct Payload<W: Write> {
        zip: ZipStream<Tally<W>>,
        hasher: Sha256,
        size: u64,
    }

    impl<W: Write> Write for Payload<W> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.zip.write(buf)?;
            self.hasher.update(buf);
            self.size += buf.len() as u64;
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A finished sealed bundle: the destination, the manifest written, and the SHA-256 and
    /// size of the whole file (the relay addresses a bundle by that hash).
    #[derive(Debug)]
    pub struct Sealed<W> {
        pub out: W,
        pub manifest: SealedManifest,
        pub sha256: String,
        pub size: u64,
    }

    /// Streams a sealed bundle: write the inner bundle's bytes into it (any chunk size), then
    /// [`SealWriter::finish`]. Memory stays at one age chunk (64 KiB) whatever the size.
    /// A writer dropped without `finish` leaves an unreadable file (no manifest).
    pub struct SealWriter<W: Write> {
        stream: age::stream::StreamWriter<Payload<W>>,
        meta: SealMeta,
        sender: SigningKey,
        recipients: Vec<String>,
    }

    impl<W: Write> SealWriter<W> {
        /// Starts `payload.age` for `recipients` (duplicates are dropped; the sender is not
        /// added by itself). Fails on no recipient or an invalid `created_at`.
        pub fn start(
            out: W,
            meta: &SealMeta,
            sender: &SigningKey,
            recipients: &[PublicKey],
        ) -> Result<Self, SealError> {
            if chrono::DateTime::parse_from_rfc3339(&meta.created_at).is_err() {
                let text = format!("created_at `{}` is not an RFC 3339 time", meta.created_at);
                return Err(SealError::InvalidManifest(text));
            }
            let mut unique: Vec<PublicKey> = recipients.to_vec();
            unique.sort_by_key(PublicKey::to_hex);
            unique.dedup();
            if unique.is_empty() {
                return Err(SealError::NoRecipients);
            }
            let hex: Vec<String> = unique.iter().map(PublicKey::to_hex).collect();
            let age_recipients = unique.iter().map(recipient_of).collect::<Result<Vec<_>, _>>()?;
            let encryptor = age::Encryptor::with_recipients(
                age_recipients.iter().map(|recipient| recipient as &dyn age::Recipient),
            )
            .map_err(|e| SealError::Encrypt(e.to_string()))?;
            let tally = Tally { out, hasher: Sha256::new(), size: 0 };
            let mut zip = ZipStream::new(tally);
            zip.begin(PAYLOAD_PATH).map_err(|e| SealError::Io(e.to_string()))?;
            let payload = Payload { zip, hasher: Sha256::new(), size: 0 };
            let stream =
                encryptor.wrap_output(payload).map_err(|e| SealError::Io(e.to_string()))?;
            Ok(Self {
                stream,
                meta: meta.clone(),
                sender: SigningKey::from_seed(&sender.seed()),
                recipients: hex,
            })
        }

        /// Ends the payload, writes and signs the manifest, and closes the ZIP.
        pub fn finish(self) -> Result<Sealed<W>, SealError> {
            let io = |e: std::io::Error| SealError::Io(e.to_string());
            let Payload { mut zip, hasher, size } = self.stream.finish().map_err(io)?;
            zip.end().map_err(io)?;
            let meta = self.meta;
            let manifest = SealedManifest {
                format: SEALED_FORMAT_NAME.to_owned(),
                format_version: SEALED_FORMAT_VERSION,
                kind: meta.kind,
                created_at: meta.created_at,
                app_version: meta.app_version,
                region: meta.region,
                relay_region: meta.relay_region,
                sender: meta.sender,
                sender_public_key: self.sender.public_key().to_hex(),
                recipients: self.recipients,
                entries: vec![ManifestEntry {
                    path: PAYLOAD_PATH.to_owned(),
                    sha256: hex_encode(&hasher.finalize()),
                    size,
                }],
            };
            let json = serde_json::to_vec_pretty(&manifest)
                .map_err(|e| SealError::InvalidManifest(e.to_string()))?;
            zip.add(SEALED_MANIFEST_PATH, &json).map_err(io)?;
            zip.add(SEALED_SIGNATURE_PATH, &self.sender.sign(&json)).map_err(io)?;
            let tally = zip.finish().map_err(io)?;
            Ok(Sealed {
                out: tally.out,
                manifest,
                sha256: hex_encode(&tally.hasher.finalize()),
                size: tally.size,
            })
        }
    }

    impl<W: Write> Write for SealWriter<W> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.stream.write(buf)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            self.stream.flush()
        }
    }

    /// Seals an inner bundle held in memory; the same as [`SealWriter`] into a `Vec`.
    pub fn seal_bytes(
        inner: &[u8],
        meta: &SealMeta,
        sender: &SigningKey,
        recipients: &[PublicKey],
    ) -> Result<Sealed<Vec<u8>>, SealError> {
        let out = Vec::with_capacity(inner.len() + 1024);
        let mut writer = SealWriter::start(out, meta, sender, recipients)?;
        writer.write_all(inner).map_err(|e| SealError::Io(e.to_string()))?;
        writer.finish()
    }

    /// Checks a sealed bundle ([`super::verify_sealed`]) and decrypts its inner bundle into
    /// `out` with this device's key, streaming. Nothing is written to `out` unless the outer
    /// layer checked out and this device is a recipient; a payload damaged midway fails with
    /// [`SealError::PayloadDamaged`] after part of it was written (discard `out` then).
    /// The caller then verifies the inner bundle and calls [`super::check_inner`].
    pub fn open_sealed_to<R: Read + Seek, W: Write>(
        reader: R,
        key: &SigningKey,
        limits: &SealLimits,
        mut out: W,
    ) -> Result<(SealedManifest, W), SealError> {
        let (verified, mut archive, payload_index) = verify_archive(reader, limits)?;
        let me = key.public_key();
        if !verified.recipients.contains(&me) {
            return Err(SealError::NotARecipient);
        }
        let identity = identity_of(key)?;
        let payload = archive
            .by_index_with_options(payload_index, crate::exchange::bundle::read_options())
            .map_err(|e| SealError::PayloadDamaged(e.to_string()))?;
        let decryptor = age::Decryptor::new_buffered(BufReader::new(payload))
            .map_err(|e| SealError::PayloadDamaged(e.to_string()))?;
        if decryptor.is_scrypt() {
            return Err(SealError::PayloadDamaged("a passphrase-encrypted payload".into()));
        }
        let mut plain = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::NoMatchingKeys => SealError::NotARecipient,
                other => SealError::PayloadDamaged(other.to_string()),
            })?;
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let read =
                plain.read(&mut buffer).map_err(|e| SealError::PayloadDamaged(e.to_string()))?;
            if read == 0 {
                break;
            }
            out.write_all(&buffer[..read]).map_err(|e| SealError::Io(e.to_string()))?;
        }
        Ok((verified.manifest, out))
    }

    /// A sealed bundle opened in memory: its manifest and the inner bundle's bytes.
    #[derive(Debug, Clone)]
    pub struct OpenedSealed {
        pub manifest: SealedManifest,
        pub inner: Vec<u8>,
    }

    /// [`open_sealed_to`] for a sealed bundle held in memory, with the default limits.
    pub fn open_sealed(sealed: &[u8], key: &SigningKey) -> Result<OpenedSealed, SealError> {
        let out = Vec::with_capacity(sealed.len());
        let (manifest, inner) =
            open_sealed_to(std::io::Cursor::new(sealed), key, &SealLimits::default(), out)?;
        Ok(OpenedSealed { manifest, inner })
    }
}

#[cfg(all(test, feature = "sealing"))]
mod tests {
    use std::io::{Cursor, Read, Write};

    use super::*;
    use crate::base::hash::hex_encode;
    use crate::exchange::bundle::{
        BundleContent, BundleMeta, SigningKey, read_bundle, write_bundle,
    };

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_seed(&[seed; 32])
    }

    fn meta() -> SealMeta {
        SealMeta {
            kind: BundleKind::Config,
            created_at: "2026-11-22T10:00:00+07:00".into(),
            app_version: "0.1.0".into(),
            region: "Kota Probolinggo".into(),
            relay_region: Some("r1".into()),
            sender: "Bappeda".into(),
        }
    }

    /// A real inner bundle: a config bundle signed by `signer`.
    fn inner_bundle(signer: &SigningKey) -> Vec<u8> {
        let meta = BundleMeta {
            kind: BundleKind::Config,
            created_at: "2026-11-22T10:00:00+07:00".into(),
            region: "Kota Probolinggo".into(),
            agency: "Bappeda".into(),
            year: 2026,
        };
        let content = BundleContent {
            config: Some(br#"{"evidence":"RAHASIA-SURAT-KEPUTUSAN"}"#.to_vec()),
            ..BundleContent::default()
        };
        write_bundle(&meta, &content, &[], signer).expect("test data")
    }

    fn sealed_for(recipients: &[PublicKey]) -> (Vec<u8>, Vec<u8>) {
        let sender = key(1);
        let inner = inner_bundle(&sender);
        let sealed = seal_bytes(&inner, &meta(), &sender, recipients).expect("test data");
        (sealed.out, inner)
    }

    #[test]
    fn the_key_derivation_matches_the_test_vector_and_x25519_itself() {
        // Test vector (docs/bundle-format.md, "Keys"): the RFC 8032 test 1 secret key.
        let seed: [u8; 32] = crate::base::hash::hex_decode(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        )
        .and_then(|bytes| bytes.try_into().ok())
        .expect("test data");
        let device = SigningKey::from_seed(&seed);
        assert_eq!(
            device.public_key().to_hex(),
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
        );
        let recipient = x25519_recipient(&device.public_key());
        let identity = x25519_identity(&device);
        // The same numbers computed apart from this code: u = (1 + y) / (1 - y) mod 2^255 - 19
        // for the public key, and X25519 of the clamped SHA-512(seed)[..32] with the base point.
        let decoded = |text: &str| {
            let (_, bytes) = bech32::decode(text).expect("test data");
            hex_encode(&bytes)
        };
        assert_eq!(
            decoded(&recipient),
            "d85e07ec22b0ad881537c2f44d662d1a143cf830c57aca4305d85c7a90f6b62e"
        );
        assert_eq!(
            decoded(&identity),
            "357c83864f2833cb427a2ef1c00a013cfdff2768d980c0a3a520f006904de90f"
        );
        assert_eq!(recipient, X25519_RECIPIENT_OF_RFC8032_TEST_1);
        assert_eq!(identity, X25519_IDENTITY_OF_RFC8032_TEST_1);
        // The Montgomery form of the Ed25519 key equals X25519(secret, base point): age's own
        // derivation of the public key from the identity agrees with the conversion.
        let parsed: age::x25519::Identity = identity.parse().expect("test data");
        assert_eq!(parsed.to_public().to_string(), recipient);
    }

    const X25519_RECIPIENT_OF_RFC8032_TEST_1: &str =
        "age1mp0q0mpzkzkcs9fhct6y6e3drg2re7psc4av5sc9mpw84y8kkchq6r9kjp";
    const X25519_IDENTITY_OF_RFC8032_TEST_1: &str =
        "AGE-SECRET-KEY-1X47G8PJ09QEUKSN69MCUQZSP8N7L7FMGMXQVPGA9YRCQDYZDAY8SH3M5PD";

    #[test]
    fn every_recipient_opens_it_and_the_inner_bundle_is_the_senders() {
        let (first, second, stranger) = (key(2), key(3), key(4));
        let (sealed, inner) = sealed_for(&[second.public_key(), first.public_key()]);
        assert!(is_sealed(&sealed));
        assert!(!is_sealed(&inner));
        let verified =
            verify_sealed(Cursor::new(&sealed), &SealLimits::default()).expect("test data");
        let twice = seal_bytes(&inner, &meta(), &key(1), &[first.public_key(), first.public_key()])
            .expect("test data");
        assert_eq!(twice.manifest.recipients, vec![first.public_key().to_hex()]);
        assert_eq!(open_sealed(&twice.out, &first).expect("test data").inner, inner);
        let mut expected = vec![first.public_key().to_hex(), second.public_key().to_hex()];
        expected.sort();
        assert_eq!(verified.manifest.recipients, expected);
        assert_eq!(verified.manifest.sender_public_key, key(1).public_key().to_hex());
        assert_eq!(verified.manifest.relay_region.as_deref(), Some("r1"));
        for recipient in [&first, &second] {
            let opened = open_sealed(&sealed, recipient).expect("test data");
            assert_eq!(opened.inner, inner);
            let bundle = read_bundle(&opened.inner).expect("test data");
            check_inner(&opened.manifest, &bundle).expect("test data");
        }
        assert!(matches!(open_sealed(&sealed, &stranger), Err(SealError::NotARecipient)));
        // No plaintext of the inner bundle is visible outside.
        assert!(!sealed.windows(9).any(|w| w == b"RAHASIA-S"));
    }

    #[test]
    fn the_streaming_writer_reports_the_files_hash_and_size() {
        let sender = key(1);
        let mut writer =
            SealWriter::start(Vec::new(), &meta(), &sender, &[key(2).public_key()]).expect("ok");
        let big: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
        for chunk in big.chunks(10_000) {
            writer.write_all(chunk).expect("test data");
        }
        let sealed = writer.finish().expect("test data");
        assert_eq!(sealed.size, sealed.out.len() as u64);
        assert_eq!(sealed.sha256, crate::base::hash::sha256_hex(&sealed.out));
        let (_, plain) =
            open_sealed_to(Cursor::new(&sealed.out), &key(2), &SealLimits::default(), Vec::new())
                .expect("test data");
        assert_eq!(plain, big);
        assert!(matches!(
            SealWriter::start(Vec::new(), &meta(), &sender, &[]),
            Err(SealError::NoRecipients)
        ));
        let bad_time = SealMeta { created_at: "yesterday".into(), ..meta() };
        assert!(matches!(
            SealWriter::start(Vec::new(), &bad_time, &sender, &[key(2).public_key()]),
            Err(SealError::InvalidManifest(_))
        ));
    }

    #[test]
    fn an_inner_bundle_from_someone_else_is_refused() {
        let (sender, impostor, recipient) = (key(1), key(9), key(2));
        let inner = inner_bundle(&impostor);
        let sealed =
            seal_bytes(&inner, &meta(), &sender, &[recipient.public_key()]).expect("test data");
        let opened = open_sealed(&sealed.out, &recipient).expect("test data");
        let bundle = read_bundle(&opened.inner).expect("test data");
        assert!(matches!(
            check_inner(&opened.manifest, &bundle),
            Err(SealError::InnerSignerMismatch)
        ));
        let other_kind = SealedManifest { kind: BundleKind::Submission, ..opened.manifest.clone() };
        let own = read_bundle(&inner_bundle(&sender)).expect("test data");
        assert!(matches!(check_inner(&other_kind, &own), Err(SealError::InnerKindMismatch)));
    }

    /// Rewrites a sealed bundle's entries with the crate's own ZIP writer.
    fn rebuild(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = crate::base::zip::ZipStream::new(Vec::new());
        for (name, bytes) in entries {
            zip.add(name, bytes).expect("test data");
        }
        zip.finish().expect("test data")
    }

    fn parts(sealed: &[u8]) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
        let mut archive = ZipArchive::new(Cursor::new(sealed)).expect("test data");
        let mut read = |name: &str| {
            let mut bytes = Vec::new();
            archive.by_name(name).expect("test data").read_to_end(&mut bytes).expect("test data");
            bytes
        };
        (read(PAYLOAD_PATH), read(SEALED_MANIFEST_PATH), read(SEALED_SIGNATURE_PATH))
    }

    fn resign(manifest: &[u8], signer: &SigningKey) -> Vec<u8> {
        signer.sign(manifest).to_vec()
    }

    #[test]
    fn tampered_forged_or_foreign_files_are_refused_with_their_code() {
        let recipient = key(2);
        let (sealed, inner) = sealed_for(&[recipient.public_key()]);
        let (payload, manifest, signature) = parts(&sealed);
        let text = String::from_utf8(manifest.clone()).expect("test data");
        let edited = |from: &str, to: &str| text.replacen(from, to, 1).into_bytes();
        let mut flipped_payload = payload.clone();
        flipped_payload[200] ^= 1;
        let future = edited("\"format_version\": 1", "\"format_version\": 2");
        let unknown_field = edited("\"kind\"", "\"extra\": 1,\n  \"kind\"");
        let no_recipients = {
            let mut value: serde_json::Value = serde_json::from_slice(&manifest).expect("ok");
            value["recipients"] = serde_json::json!([]);
            serde_json::to_vec_pretty(&value).expect("test data")
        };
        let forged_sender = key(7);
        let claims_other_sender =
            edited(&key(1).public_key().to_hex(), &forged_sender.public_key().to_hex());
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("garbage", b"not a zip at all".to_vec(), "damaged"),
            ("plain bundle", inner.clone(), "unexpected_entry"),
            ("cut off", sealed[..sealed.len() / 2].to_vec(), "damaged"),
            (
                "payload changed",
                rebuild(&[
                    (PAYLOAD_PATH, &flipped_payload),
                    (SEALED_MANIFEST_PATH, &manifest),
                    (SEALED_SIGNATURE_PATH, &signature),
                ]),
                "modified",
            ),
            (
                "manifest changed",
                rebuild(&[
                    (PAYLOAD_PATH, &payload),
                    (SEALED_MANIFEST_PATH, &edited("Bappeda", "Bappedb")),
                    (SEALED_SIGNATURE_PATH, &signature),
                ]),
                "bad_signature",
            ),
            (
                "signed by another key than the one named",
                rebuild(&[
                    (PAYLOAD_PATH, &payload),
                    (SEALED_MANIFEST_PATH, &claims_other_sender),
                    (SEALED_SIGNATURE_PATH, &resign(&claims_other_sender, &key(8))),
                ]),
                "bad_signature",
            ),
            (
                "unsigned",
                rebuild(&[(PAYLOAD_PATH, &payload), (SEALED_MANIFEST_PATH, &manifest)]),
                "missing_signature",
            ),
            (
                "hex signature",
                rebuild(&[
                    (PAYLOAD_PATH, &payload),
                    (SEALED_MANIFEST_PATH, &manifest),
                    (SEALED_SIGNATURE_PATH, hex_encode(&signature).as_bytes()),
                ]),
                "bad_signature",
            ),
            (
                "future version",
                rebuild(&[
                    (PAYLOAD_PATH, &payload),
                    (SEALED_MANIFEST_PATH, &future),
                    (SEALED_SIGNATURE_PATH, &resign(&future, &key(1))),
                ]),
                "future_version",
            ),
            (
                "unknown field",
                rebuild(&[
                    (PAYLOAD_PATH, &payload),
                    (SEALED_MANIFEST_PATH, &unknown_field),
                    (SEALED_SIGNATURE_PATH, &resign(&unknown_field, &key(1))),
                ]),
                "invalid_manifest",
            ),
            (
                "no recipients",
                rebuild(&[
                    (PAYLOAD_PATH, &payload),
                    (SEALED_MANIFEST_PATH, &no_recipients),
                    (SEALED_SIGNATURE_PATH, &resign(&no_recipients, &key(1))),
                ]),
                "no_recipients",
            ),
            (
                "extra entry",
                rebuild(&[
                    (PAYLOAD_PATH, &payload),
                    (SEALED_MANIFEST_PATH, &manifest),
                    (SEALED_SIGNATURE_PATH, &signature),
                    ("readme.txt", b"hi"),
                ]),
                "too_many_entries",
            ),
            (
                "unsafe name",
                rebuild(&[
                    ("../payload.age", &payload),
                    (SEALED_MANIFEST_PATH, &manifest),
                    (SEALED_SIGNATURE_PATH, &signature),
                ]),
                "unsafe_path",
            ),
            (
                "no payload",
                rebuild(&[(SEALED_MANIFEST_PATH, &manifest), (SEALED_SIGNATURE_PATH, &signature)]),
                "missing_payload",
            ),
        ];
        for (name, bytes, code) in cases {
            let result = verify_sealed(Cursor::new(&bytes), &SealLimits::default());
            assert_eq!(result.map(|_| ()).map_err(|e| e.code()), Err(code), "{name}");
        }
        // Rebuilt with the entries in the writer's order, the original parts verify again.
        let same = rebuild(&[
            (PAYLOAD_PATH, &payload),
            (SEALED_MANIFEST_PATH, &manifest),
            (SEALED_SIGNATURE_PATH, &signature),
        ]);
        verify_sealed(Cursor::new(&same), &SealLimits::default()).expect("test data");
        let small = SealLimits { max_payload_size: 100, ..SealLimits::default() };
        let result = verify_sealed(Cursor::new(&same), &small);
        assert_eq!(result.map(|_| ()).map_err(|e| e.code()), Err("too_large"));
    }

    #[test]
    fn a_compressed_payload_is_refused() {
        let (sealed, _) = sealed_for(&[key(2).public_key()]);
        let (payload, manifest, signature) = parts(&sealed);
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated);
        writer.start_file(PAYLOAD_PATH, deflated).expect("test data");
        writer.write_all(&payload).expect("test data");
        let stored =
            zip::write::SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        writer.start_file(SEALED_MANIFEST_PATH, stored).expect("test data");
        writer.write_all(&manifest).expect("test data");
        writer.start_file(SEALED_SIGNATURE_PATH, stored).expect("test data");
        writer.write_all(&signature).expect("test data");
        let bytes = writer.finish().expect("test data").into_inner();
        let result = verify_sealed(Cursor::new(&bytes), &SealLimits::default());
        assert_eq!(result.map(|_| ()).map_err(|e| e.code()), Err("unsupported_entry"));
    }

    #[test]
    fn every_code_is_listed_unique_and_worded_in_both_languages() {
        let mut codes = SEAL_ERROR_CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SEAL_ERROR_CODES.len());
        let samples = [
            SealError::Damaged(String::new()),
            SealError::NotARecipient,
            SealError::FutureVersion { found: 2, supported: 1 },
            SealError::InnerSignerMismatch,
        ];
        for error in samples {
            assert!(SEAL_ERROR_CODES.contains(&error.code()));
            assert_ne!(seal_error_message(Lang::Id, &error), seal_error_message(Lang::En, &error));
        }
        assert!(
            seal_error_message(Lang::Id, &SealError::FutureVersion { found: 2, supported: 1 })
                .contains("perbarui aplikasi")
        );
    }

    #[test]
    fn the_file_starts_with_the_payload_and_is_told_apart_by_its_first_bytes() {
        let (sealed, inner) = sealed_for(&[key(2).public_key()]);
        assert!(is_sealed(&sealed[..41]));
        assert!(!is_sealed(&sealed[..40]));
        assert!(!is_sealed(&inner[..64]));
        assert!(!is_sealed(b""));
        // age's own header follows the local header: any age tool reads the extracted payload.
        assert_eq!(&sealed[41..63], b"age-encryption.org/v1\n");
    }
}

//! Opening a bundle defensively: limits, safe names, manifest, version, signature, every hash.
//!
//! The order of the checks is the one in docs/bundle-format.md ("Reading").
//! Evidence is hashed in chunks and never copied: a [`VerifiedFile`] gives the byte range of
//! its (stored) data inside the bundle, so the shell can slice it (`Blob.slice` in the browser).

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Seek};

use sha2::{Digest, Sha256};
use zip::{CompressionMethod, ZipArchive, ZipReadOptions};

use super::keys::PublicKey;
use super::manifest::{
    AWARD_PATH, BundleKind, CONFIG_PATH, EntryPath, FORMAT_NAME, FORMAT_VERSION, JURY_PATH,
    MANIFEST_PATH, Manifest, SIGNATURE_PATH,
};
use super::verdict::VerdictRecord;
use crate::base::hash::{hex_decode, hex_encode};
use crate::exchange::bundle::BundleError;
use crate::exchange::record::InnovationRecord;

/// The reader's limits; [`ReadLimits::default`] suits phones and laptops alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadLimits {
    /// ZIP entries, all kinds together.
    pub max_entries: u64,
    /// Sum of the uncompressed sizes of all entries.
    pub max_total_size: u64,
    /// Largest manifest, record, verdict or config entry.
    pub max_json_size: u64,
    /// Largest uncompressed/compressed ratio accepted for a deflated JSON entry.
    pub max_ratio: u64,
}

impl Default for ReadLimits {
    fn default() -> Self {
        Self {
            max_entries: 20_000,
            max_total_size: 1 << 30,
            max_json_size: 8 << 20,
            max_ratio: 100,
        }
    }
}

/// An evidence file that matched its manifest hash: its bytes are
/// `bundle[offset .. offset + size]` (stored, never compressed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedFile {
    pub sha256: String,
    pub size: u64,
    pub offset: u64,
}

/// A bundle whose signature, names, sizes and hashes all checked out.
#[derive(Debug, Clone)]
pub struct VerifiedBundle {
    pub manifest: Manifest,
    /// The manifest's `signer_public_key`, parsed; the signature verified against it.
    pub signer: PublicKey,
    /// Sorted by id; migrated to the current schema (see [`InnovationRecord::from_json`]).
    pub records: Vec<InnovationRecord>,
    /// Sorted by (innovation id, revision).
    pub verdicts: Vec<VerdictRecord>,
    pub config: Option<Vec<u8>>,
    /// `award.json` of an award bundle (a JSON object).
    pub award: Option<Vec<u8>>,
    /// `jury.json` of a jury bundle (a JSON object).
    pub jury: Option<Vec<u8>>,
    /// Sorted by SHA-256.
    pub files: Vec<VerifiedFile>,
    /// KIPP proposals of the bundle's records (innovation id, JSON object), sorted by id.
    pub proposals: Vec<(String, Vec<u8>)>,
}

impl VerifiedBundle {
    /// The bytes of a verified evidence file, sliced out of the bundle it was read from.
    pub fn file_bytes<'a>(&self, bundle: &'a [u8], sha256: &str) -> Option<&'a [u8]> {
        let file = self.files.iter().find(|file| file.sha256 == sha256)?;
        let start = usize::try_from(file.offset).ok()?;
        let end = start.checked_add(usize::try_from(file.size).ok()?)?;
        bundle.get(start..end)
    }
}

/// Verifies a bundle held in memory, with the default limits.
pub fn read_bundle(bytes: &[u8]) -> Result<VerifiedBundle, BundleError> {
    verify_bundle(std::io::Cursor::new(bytes), &ReadLimits::default())
}

fn damaged(error: impl std::fmt::Display) -> BundleError {
    BundleError::Damaged(error.to_string())
}

/// A name is safe when it is a relative path of plain ASCII segments:
/// no leading `/`, no `\`, no `..` or `.` or empty segment, no drive letter or control character.
pub fn is_safe_entry_name(name: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(name) else { return false };
    !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_graphic() && b != b'\\' && b != b':')
        && text.split('/').all(|segment| !segment.is_empty() && segment != "." && segment != "..")
}

struct EntryInfo {
    index: usize,
    size: u64,
    stored: bool,
}

/// CRC-32 is not checked: every byte read is checked against the signed manifest's SHA-256,
/// and a changed entry is then reported as modified rather than as damaged. The sealed-bundle
/// reader uses the same options (its signed SHA-256 covers the payload).
pub(crate) fn read_options() -> ZipReadOptions<'static> {
    ZipReadOptions::new().ignore_crc32(true)
}

/// Reads one entry into memory, at most `limit` bytes. Also used by the sealed-bundle reader,
/// which turns the only two errors it can return ([`BundleError::Damaged`] and
/// [`BundleError::TooLarge`]) into its own.
pub(crate) fn read_small<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    index: usize,
    limit: u64,
) -> Result<Vec<u8>, BundleError> {
    let file = archive.by_index_with_options(index, read_options()).map_err(damaged)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(damaged)?;
    if bytes.len() as u64 > limit {
        return Err(BundleError::TooLarge { size: bytes.len() as u64, max: limit });
    }
    Ok(bytes)
}

/// Hashes one stored entry in chunks, reading at most `limit` + 1 bytes; returns (sha256, size,
/// data offset). Fails only with [`BundleError::Damaged`]; also used by the sealed-bundle reader.
pub(crate) fn hash_stored<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    index: usize,
    limit: u64,
) -> Result<(String, u64, u64), BundleError> {
    let file = archive.by_index_with_options(index, read_options()).map_err(damaged)?;
    let offset = file.data_start().ok_or_else(|| damaged("entry without data offset"))?;
    let mut reader = file.take(limit.saturating_add(1));
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let read = reader.read(&mut buffer).map_err(damaged)?;
        if read == 0 {
            break;
        }
        size += read as u64;
        hasher.update(&buffer[..read]);
    }
    Ok((hex_encode(&hasher.finalize()), size, offset))
}

#[derive(serde::Deserialize)]
struct VersionProbe {
    format: Option<String>,
    format_version: Option<u64>,
}

fn parse_manifest(bytes: &[u8]) -> Result<Manifest, BundleError> {
    let probe: VersionProbe =
        serde_json::from_slice(bytes).map_err(|e| BundleError::InvalidManifest(e.to_string()))?;
    if probe.format.as_deref() != Some(FORMAT_NAME) {
        return Err(BundleError::NotABundle);
    }
    let version = probe
        .format_version
        .ok_or_else(|| BundleError::InvalidManifest("format_version is missing".into()))?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(BundleError::FutureVersion { found: version, supported: FORMAT_VERSION });
    }
    if version < u64::from(FORMAT_VERSION) {
        return Err(BundleError::UnsignedVersion { found: version });
    }
    serde_json::from_slice(bytes).map_err(|e| BundleError::InvalidManifest(e.to_string()))
}

fn check_manifest(manifest: &Manifest) -> Result<(), BundleError> {
    let invalid = |text: String| Err(BundleError::InvalidManifest(text));
    if chrono::DateTime::parse_from_rfc3339(&manifest.created_at).is_err() {
        return invalid(format!("created_at `{}` is not an RFC 3339 time", manifest.created_at));
    }
    let mut previous: Option<&str> = None;
    for entry in &manifest.entries {
        if previous.is_some_and(|before| before >= entry.path.as_str()) {
            return invalid(format!("entries are not sorted and unique at `{}`", entry.path));
        }
        previous = Some(&entry.path);
        if entry.sha256.len() != 64 || !crate::base::hash::is_lower_hex(&entry.sha256) {
            return invalid(format!("`{}` has a malformed sha256", entry.path));
        }
        let fits = match EntryPath::parse(&entry.path) {
            None => return invalid(format!("`{}` is not a bundle entry path", entry.path)),
            Some(EntryPath::File(hash)) => {
                if hash != entry.sha256 {
                    return invalid(format!("`{}` is named after another hash", entry.path));
                }
                matches!(manifest.kind, BundleKind::Submission | BundleKind::Award)
            }
            Some(EntryPath::Record(_) | EntryPath::Proposal(_)) => {
                manifest.kind == BundleKind::Submission
            }
            Some(EntryPath::Verdict(..)) => manifest.kind == BundleKind::Feedback,
            Some(EntryPath::Config) => manifest.kind == BundleKind::Config,
            Some(EntryPath::Award) => manifest.kind == BundleKind::Award,
            Some(EntryPath::Jury) => manifest.kind == BundleKind::Jury,
        };
        if !fits {
            return invalid(format!(
                "`{}` does not belong in a {} bundle",
                entry.path,
                manifest.kind.code()
            ));
        }
    }
    Ok(())
}

/// Verifies a bundle from any seekable reader: every check of docs/bundle-format.md.
/// JSON entries are read into memory (bounded by `max_json_size`); evidence is only hashed.
pub fn verify_bundle<R: Read + Seek>(
    reader: R,
    limits: &ReadLimits,
) -> Result<VerifiedBundle, BundleError> {
    let mut archive = ZipArchive::new(reader).map_err(damaged)?;
    if archive.len() as u64 > limits.max_entries {
        return Err(BundleError::TooManyEntries {
            count: archive.len() as u64,
            max: limits.max_entries,
        });
    }
    if archive.has_duplicate_names() {
        return Err(BundleError::DuplicateEntry);
    }

    // 1. Names, methods and declared sizes, from the central directory.
    let mut entries: BTreeMap<String, EntryInfo> = BTreeMap::new();
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let file = archive.by_index_raw(index).map_err(damaged)?;
        let raw = file.name_raw();
        if !is_safe_entry_name(raw) {
            return Err(BundleError::UnsafePath { name: String::from_utf8_lossy(raw).into() });
        }
        let name = String::from_utf8_lossy(raw).into_owned();
        let stored = match file.compression() {
            CompressionMethod::Stored => true,
            CompressionMethod::Deflated => false,
            _ => return Err(BundleError::UnsupportedEntry { name }),
        };
        if file.encrypted() || file.is_dir() {
            return Err(BundleError::UnsupportedEntry { name });
        }
        let (size, compressed) = (file.size(), file.compressed_size());
        if stored && size != compressed {
            return Err(damaged(format!("stored entry `{name}` has two sizes")));
        }
        if !stored && size > compressed.saturating_mul(limits.max_ratio) {
            return Err(BundleError::SuspiciousCompression { name });
        }
        total = total.saturating_add(size);
        if total > limits.max_total_size {
            return Err(BundleError::TooLarge { size: total, max: limits.max_total_size });
        }
        if entries.insert(name, EntryInfo { index, size, stored }).is_some() {
            return Err(BundleError::DuplicateEntry);
        }
    }

    // 2. Manifest, version, signature.
    let manifest_info = entries.get(MANIFEST_PATH).ok_or(BundleError::MissingManifest)?;
    let manifest_bytes = read_small(&mut archive, manifest_info.index, limits.max_json_size)?;
    let manifest = parse_manifest(&manifest_bytes)?;
    let signature_info = entries.get(SIGNATURE_PATH).ok_or(BundleError::MissingSignature)?;
    let signature_text = match read_small(&mut archive, signature_info.index, 128) {
        Err(BundleError::TooLarge { .. }) => return Err(BundleError::BadSignature),
        other => other?,
    };
    let signature: [u8; 64] = std::str::from_utf8(&signature_text)
        .ok()
        .filter(|text| crate::base::hash::is_lower_hex(text))
        .and_then(hex_decode)
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(BundleError::BadSignature)?;
    let signer = PublicKey::from_hex(&manifest.signer_public_key)
        .map_err(|e| BundleError::InvalidManifest(format!("signer_public_key: {e}")))?;
    if !signer.verifies(&manifest_bytes, &signature) {
        return Err(BundleError::BadSignature);
    }
    check_manifest(&manifest)?;

    // 3. The ZIP holds exactly the manifest's entries.
    let listed: BTreeSet<&str> = manifest.entries.iter().map(|e| e.path.as_str()).collect();
    for name in entries.keys() {
        if name != MANIFEST_PATH && name != SIGNATURE_PATH && !listed.contains(name.as_str()) {
            return Err(BundleError::UnexpectedEntry { name: name.clone() });
        }
    }

    // 4. Every entry's size and hash; JSON entries parsed.
    let mut records = Vec::new();
    let mut verdicts = Vec::new();
    let mut files = Vec::new();
    let mut config = None;
    let mut award = None;
    let mut jury = None;
    let mut proposals = Vec::new();
    for entry in &manifest.entries {
        let path = entry.path.clone();
        let info = entries
            .get(&entry.path)
            .ok_or_else(|| BundleError::MissingEntry { path: path.clone() })?;
        if info.size != entry.size {
            return Err(BundleError::Modified { path });
        }
        let kind = EntryPath::parse(&entry.path);
        if let Some(EntryPath::File(_)) = kind {
            if !info.stored {
                return Err(BundleError::UnsupportedEntry { name: path });
            }
            let (sha256, size, offset) = hash_stored(&mut archive, info.index, entry.size)?;
            if size != entry.size || sha256 != entry.sha256 {
                return Err(BundleError::Modified { path });
            }
            files.push(VerifiedFile { sha256, size, offset });
            continue;
        }
        if entry.size > limits.max_json_size {
            return Err(BundleError::TooLarge { size: entry.size, max: limits.max_json_size });
        }
        let bytes = match read_small(&mut archive, info.index, entry.size) {
            Err(BundleError::TooLarge { .. }) => return Err(BundleError::Modified { path }),
            other => other?,
        };
        if bytes.len() as u64 != entry.size || crate::base::hash::sha256_hex(&bytes) != entry.sha256
        {
            return Err(BundleError::Modified { path });
        }
        match kind {
            Some(EntryPath::Record(id)) => {
                let record = InnovationRecord::from_json(&bytes)
                    .map_err(|source| BundleError::InvalidRecord { path: path.clone(), source })?;
                if record.id != id {
                    return Err(BundleError::InvalidRecord {
                        path,
                        source: crate::exchange::record::RecordError::InvalidId(record.id),
                    });
                }
                records.push(record);
            }
            Some(EntryPath::Verdict(id, revision)) => {
                let verdict = VerdictRecord::from_json(&bytes)
                    .map_err(|detail| BundleError::InvalidVerdict { path: path.clone(), detail })?;
                if verdict.innovation_id != id || verdict.revision != revision {
                    let detail = "the verdict does not match its file name".to_owned();
                    return Err(BundleError::InvalidVerdict { path, detail });
                }
                verdicts.push(verdict);
            }
            Some(EntryPath::Proposal(id)) => {
                let value: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
                if !value.is_ok_and(|value| value.is_object()) {
                    return Err(BundleError::InvalidManifest(format!(
                        "{path} is not a JSON object"
                    )));
                }
                proposals.push((id, bytes));
            }
            Some(document @ (EntryPath::Config | EntryPath::Award | EntryPath::Jury)) => {
                let (name, slot) = match document {
                    EntryPath::Award => (AWARD_PATH, &mut award),
                    EntryPath::Jury => (JURY_PATH, &mut jury),
                    _ => (CONFIG_PATH, &mut config),
                };
                let value: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
                if !value.is_ok_and(|value| value.is_object()) {
                    let text = format!("{name} is not a JSON object");
                    return Err(BundleError::InvalidManifest(text));
                }
                *slot = Some(bytes);
            }
            Some(EntryPath::File(_)) | None => {
                return Err(BundleError::InvalidManifest(format!("unexpected path `{path}`")));
            }
        }
    }
    if let Some((id, _)) = proposals.iter().find(|(id, _)| !records.iter().any(|r| r.id == *id)) {
        return Err(BundleError::InvalidManifest(format!(
            "proposals/{id}.json has no record in the bundle"
        )));
    }
    Ok(VerifiedBundle {
        manifest,
        signer,
        records,
        verdicts,
        config,
        award,
        jury,
        files,
        proposals,
    })
}

//! The bundle manifest (`manifest.json`, format version 2): what a bundle is, who signed it,
//! and the SHA-256 and size of every other entry.

use serde::{Deserialize, Serialize};

use crate::base::hash::is_lower_hex;
use crate::model::innovation::InnovationId;

/// The `format` value of every Inovda manifest.
pub const FORMAT_NAME: &str = "inovda-bundle";
/// The manifest format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 2;

pub const MANIFEST_PATH: &str = "manifest.json";
pub const SIGNATURE_PATH: &str = "manifest.sig";
pub const CONFIG_PATH: &str = "config.json";
/// The award round package of an `award` bundle (secretariat → juror).
pub const AWARD_PATH: &str = "award.json";
/// The juror's score sheet of a `jury` bundle (juror → secretariat).
pub const JURY_PATH: &str = "jury.json";

/// What a bundle carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleKind {
    /// Innovations sent by an agency to the secretariat (`records/`, `files/`).
    Submission,
    /// Verdicts sent back by the secretariat (`verdicts/`).
    Feedback,
    /// Region set-up sent by the secretariat (`config.json`).
    Config,
    /// A local award round sent by the secretariat to one juror (`award.json`).
    Award,
    /// A juror's score sheet sent back to the secretariat (`jury.json`).
    Jury,
}

impl BundleKind {
    pub fn code(self) -> &'static str {
        match self {
            BundleKind::Submission => "submission",
            BundleKind::Feedback => "feedback",
            BundleKind::Config => "config",
            BundleKind::Award => "award",
            BundleKind::Jury => "jury",
        }
    }
}

/// One entry of the bundle and its checksum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// Path inside the ZIP, e.g. `records/<uuid>.json`.
    pub path: String,
    /// Lower-case hex SHA-256 of the entry's bytes.
    pub sha256: String,
    pub size: u64,
}

/// `manifest.json`, format version 2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub kind: BundleKind,
    /// RFC 3339 time the bundle was made (given by the caller, so bundles are reproducible).
    pub created_at: String,
    pub app_version: String,
    pub region: String,
    /// The sending organisation: the agency (OPD) for submissions, the secretariat otherwise.
    pub agency: String,
    /// Catalog (assessment) year.
    pub year: u16,
    /// Ed25519 public key of the signer, 64 lower-case hex characters.
    pub signer_public_key: String,
    /// Every entry except `manifest.json` and `manifest.sig`, sorted by path, unique.
    pub entries: Vec<ManifestEntry>,
}

/// What an entry path names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryPath {
    Config,
    /// `award.json`.
    Award,
    /// `jury.json`.
    Jury,
    /// `files/<sha256>`.
    File(String),
    /// `records/<uuid>.json`.
    Record(String),
    /// `verdicts/<uuid>-r<revision>.json`.
    Verdict(String, u32),
    /// `proposals/<uuid>.json`: the KIPP proposal of a record the bundle carries (a JSON object
    /// whose schema belongs to the app's KIPP module).
    Proposal(String),
}

impl EntryPath {
    /// Classifies a manifest path; `None` for anything a v2 bundle may not hold.
    /// Only canonical spellings pass (lower-case UUIDs and hex, no leading zeros).
    pub fn parse(path: &str) -> Option<Self> {
        match path {
            CONFIG_PATH => return Some(EntryPath::Config),
            AWARD_PATH => return Some(EntryPath::Award),
            JURY_PATH => return Some(EntryPath::Jury),
            _ => {}
        }
        if let Some(hash) = path.strip_prefix("files/") {
            return (hash.len() == 64 && is_lower_hex(hash)).then(|| EntryPath::File(hash.into()));
        }
        if let Some(id) = path.strip_prefix("records/").and_then(|p| p.strip_suffix(".json")) {
            return canonical_id(id).map(EntryPath::Record);
        }
        if let Some(id) = path.strip_prefix("proposals/").and_then(|p| p.strip_suffix(".json")) {
            return canonical_id(id).map(EntryPath::Proposal);
        }
        let rest = path.strip_prefix("verdicts/")?.strip_suffix(".json")?;
        let (id, revision) = rest.rsplit_once("-r")?;
        let number: u32 = revision.parse().ok()?;
        (number.to_string() == revision)
            .then(|| canonical_id(id).map(|id| EntryPath::Verdict(id, number)))
            .flatten()
    }

    pub fn record(id: &str) -> String {
        format!("records/{id}.json")
    }

    pub fn proposal(id: &str) -> String {
        format!("proposals/{id}.json")
    }

    pub fn verdict(id: &str, revision: u32) -> String {
        format!("verdicts/{id}-r{revision}.json")
    }

    pub fn file(sha256: &str) -> String {
        format!("files/{sha256}")
    }
}

fn canonical_id(text: &str) -> Option<String> {
    let id = InnovationId::parse(text)?;
    (id.to_string() == text).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_canonical_entry_paths_are_recognised() {
        let id = "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b";
        assert_eq!(EntryPath::parse(&EntryPath::record(id)), Some(EntryPath::Record(id.into())));
        assert_eq!(
            EntryPath::parse(&EntryPath::verdict(id, 3)),
            Some(EntryPath::Verdict(id.into(), 3))
        );
        let hash = "ab".repeat(32);
        assert_eq!(EntryPath::parse(&EntryPath::file(&hash)), Some(EntryPath::File(hash.clone())));
        assert_eq!(EntryPath::parse("config.json"), Some(EntryPath::Config));
        assert_eq!(EntryPath::parse("award.json"), Some(EntryPath::Award));
        assert_eq!(EntryPath::parse("jury.json"), Some(EntryPath::Jury));
        for bad in [
            "records/0B0B0B0B-0B0B-4B0B-8B0B-0B0B0B0B0B0B.json",
            "records/0b0b0b0b0b0b4b0b8b0b0b0b0b0b0b0b.json",
            "records/../manifest.json",
            "verdicts/0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b-r03.json",
            "verdicts/0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b-r.json",
            "files/AB",
            &format!("files/{}", "AB".repeat(32)),
            "files/",
            "manifest.json",
            "other.txt",
        ] {
            assert_eq!(EntryPath::parse(bad), None, "{bad}");
        }
    }
}

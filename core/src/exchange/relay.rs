//! The relay as a device sees it: where a region's relay is, how a device proves its key, and
//! the outbox and inbox entries a device keeps while bundles travel by themselves.
//!
//! The relay API itself is specified in docs/relay.md; the relay (crate `inovda-server`) checks
//! the same messages with the same contexts. Everything here is pure: the shell passes `now`,
//! does the HTTP and stores the entries.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::base::hash::{hex_decode, hex_encode};
use crate::base::lang::Lang;
use crate::exchange::bundle::{BundleKind, PublicKey, SigningKey};

/// Prefix of the message a device signs to turn a challenge into a session.
pub const AUTH_CONTEXT: &str = "inovda-relay-auth-v1\n";
/// Prefix of the message the secretariat signs to make a region's join token.
pub const JOIN_CONTEXT: &str = "inovda-relay-join-v1\n";

/// Schema version of [`RelaySettings`] as stored on a device.
pub const RELAY_SETTINGS_SCHEMA_VERSION: u32 = 1;
/// Schema version of [`OutboxEntry`].
pub const OUTBOX_SCHEMA_VERSION: u32 = 1;
/// Schema version of [`InboxEntry`].
pub const INBOX_SCHEMA_VERSION: u32 = 1;

/// The first wait after a failed attempt; each further failure doubles it up to [`MAX_RETRY`].
pub const FIRST_RETRY: Duration = Duration::seconds(15);
/// The longest wait between two attempts.
pub const MAX_RETRY: Duration = Duration::minutes(15);

/// What a config bundle tells agencies about the region's relay (`config.json` `relay`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayLink {
    /// The relay's address, normalised by [`normalize_relay_url`].
    pub url: String,
    /// The relay's id of the region.
    pub region_id: String,
    /// The join token: the secretariat's signature over the region id ([`join_token`]).
    pub join: String,
}

/// A device's relay: the link, and what this device has done with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelaySettings {
    pub schema_version: u32,
    pub link: RelayLink,
    /// The region's name as the relay knows it.
    pub region_name: String,
    /// The secretariat's key (64 lower-case hex): what agencies seal their bundles to.
    pub secretariat_public_key: String,
    /// Whether the relay has accepted this device as a member (the secretariat is one from
    /// the enrolment on).
    #[serde(default)]
    pub joined: bool,
    /// The last inbox sequence number this device has fetched.
    #[serde(default)]
    pub inbox_after: u64,
}

impl RelaySettings {
    pub fn new(link: RelayLink, region_name: String, secretariat_public_key: String) -> Self {
        Self {
            schema_version: RELAY_SETTINGS_SCHEMA_VERSION,
            link,
            region_name,
            secretariat_public_key,
            joined: false,
            inbox_after: 0,
        }
    }
}

/// Why a relay address, code or answer is not usable.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RelayError {
    #[error("the relay address is empty")]
    EmptyUrl,
    #[error("the relay address is not a web address: {0}")]
    BadUrl(String),
    #[error("the relay address must start with https:// ({0})")]
    NotHttps(String),
    #[error("the enrolment code is empty")]
    EmptyCode,
    #[error("the join token does not belong to this region's secretariat")]
    BadJoinToken,
    /// No network, or the relay did not answer.
    #[error("the relay cannot be reached: {0}")]
    Unreachable(String),
    /// The relay refused with one of its error codes (docs/relay.md, "Errors").
    #[error("the relay refused: {code}")]
    Refused { code: String, message: String },
    /// The relay answered something this app does not understand.
    #[error("unexpected answer from the relay: {0}")]
    Protocol(String),
}

impl RelayError {
    /// The stable code kept on an outbox entry and shown beside the text.
    pub fn code(&self) -> &str {
        match self {
            RelayError::EmptyUrl => "empty_url",
            RelayError::BadUrl(_) => "bad_url",
            RelayError::NotHttps(_) => "not_https",
            RelayError::EmptyCode => "empty_code",
            RelayError::BadJoinToken => "bad_join_token",
            RelayError::Unreachable(_) => "unreachable",
            RelayError::Refused { code, .. } => code,
            RelayError::Protocol(_) => "protocol",
        }
    }

    /// Whether trying the same request later may work (no network, a busy or broken relay, a
    /// session to renew); a bundle refused for what it is stays refused.
    pub fn is_transient(&self) -> bool {
        match self {
            RelayError::Unreachable(_) | RelayError::Protocol(_) => true,
            RelayError::Refused { code, .. } => matches!(
                code.as_str(),
                "rate_limited"
                    | "internal"
                    | "session_expired"
                    | "unauthenticated"
                    | "auth_failed"
                    | "challenge_expired"
                    | "quota_exceeded"
                    | "bad_request"
                    | "not_a_member"
            ),
            _ => false,
        }
    }
}

/// The text of a relay error in `lang`.
pub fn relay_error_message(lang: Lang, error: &RelayError) -> String {
    let (id, en): (&str, &str) = match error {
        RelayError::EmptyUrl => ("Alamat relay wajib diisi.", "The relay address is required."),
        RelayError::BadUrl(_) => (
            "Alamat relay bukan alamat web (contoh: https://inovda.contoh.go.id).",
            "The relay address is not a web address (e.g. https://inovda.example.go.id).",
        ),
        RelayError::NotHttps(_) => (
            "Alamat relay harus diawali https:// (http:// hanya untuk komputer ini sendiri).",
            "The relay address must start with https:// (http:// only for this computer itself).",
        ),
        RelayError::EmptyCode => {
            ("Kode pendaftaran wajib diisi.", "The enrolment code is required.")
        }
        RelayError::BadJoinToken => (
            "Data relay dalam berkas konfigurasi tidak ditandatangani sekretariat wilayah ini.",
            "The relay data in the config file is not signed by this region's secretariat.",
        ),
        RelayError::Unreachable(_) => (
            "Relay tidak dapat dihubungi (tidak ada jaringan atau alamat salah). Dicoba lagi otomatis.",
            "The relay cannot be reached (no network or a wrong address). It is retried automatically.",
        ),
        RelayError::Protocol(_) => (
            "Jawaban relay tidak dikenali. Periksa alamat relay.",
            "The relay's answer was not understood. Check the relay address.",
        ),
        RelayError::Refused { code, message } => return refusal_message(lang, code, message),
    };
    lang.pick((id, en)).to_owned()
}

fn refusal_message(lang: Lang, code: &str, message: &str) -> String {
    let (id, en) = match code {
        "bad_enrolment_code" => (
            "Kode pendaftaran salah, sudah dipakai atau kedaluwarsa. Minta kode baru kepada pengelola relay.",
            "The enrolment code is wrong, used or expired. Ask the relay's operator for a new code.",
        ),
        "bad_join_token" => (
            "Relay menolak data bergabung dari berkas konfigurasi. Minta berkas konfigurasi terbaru kepada sekretariat.",
            "The relay refused the join data of the config file. Ask the secretariat for its latest config file.",
        ),
        "not_a_member" => (
            "Perangkat ini belum terdaftar di relay wilayah. Impor berkas konfigurasi dari sekretariat.",
            "This device is not registered on the region's relay. Import the secretariat's config file.",
        ),
        "no_such_region" => (
            "Wilayah tidak ditemukan di relay ini. Periksa alamat relay.",
            "The region is not on this relay. Check the relay address.",
        ),
        "too_large" => (
            "Berkas terlalu besar untuk relay. Kirim lewat berkas (Ekspor).",
            "The file is too large for the relay. Send it as a file (Ekspor).",
        ),
        "quota_exceeded" => (
            "Terlalu banyak kiriman menunggu diterima sekretariat. Dicoba lagi nanti.",
            "Too many bundles are waiting for the secretariat. Tried again later.",
        ),
        "rate_limited" => (
            "Relay sedang membatasi permintaan. Dicoba lagi sebentar lagi.",
            "The relay is limiting requests. Tried again shortly.",
        ),
        "wrong_region" | "recipient_not_allowed" | "wrong_sender" => (
            "Relay menolak kiriman ini untuk wilayah ini. Kirim lewat berkas (Ekspor).",
            "The relay refused this bundle for this region. Send it as a file (Ekspor).",
        ),
        "future_version" => (
            "Relay meminta versi aplikasi yang lebih baru. Muat ulang aplikasi.",
            "The relay asks for a newer app version. Reload the app.",
        ),
        "internal" => (
            "Relay sedang bermasalah. Dicoba lagi otomatis.",
            "The relay has a problem. It is retried automatically.",
        ),
        _ => ("Relay menolak permintaan", "The relay refused the request"),
    };
    let text = lang.pick((id, en));
    if matches!(
        code,
        "bad_enrolment_code"
            | "bad_join_token"
            | "not_a_member"
            | "no_such_region"
            | "too_large"
            | "quota_exceeded"
            | "rate_limited"
            | "wrong_region"
            | "recipient_not_allowed"
            | "wrong_sender"
            | "future_version"
            | "internal"
    ) {
        text.to_owned()
    } else {
        format!("{text} ({code}: {message}).")
    }
}

/// The relay address as stored: trimmed, scheme and host checked, without a trailing `/`.
/// `https://` always; `http://` only for this computer (`localhost`, `127.0.0.1`, `[::1]`).
pub fn normalize_relay_url(input: &str) -> Result<String, RelayError> {
    let trimmed = input.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        return Err(RelayError::EmptyUrl);
    }
    let (scheme, rest) =
        trimmed.split_once("://").ok_or_else(|| RelayError::BadUrl(trimmed.to_owned()))?;
    let scheme = scheme.to_ascii_lowercase();
    let host_port = rest.split('/').next().unwrap_or_default();
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    let host_ok = !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !host_ok || rest.contains(['?', '#', ' ', '@']) {
        return Err(RelayError::BadUrl(trimmed.to_owned()));
    }
    let local = matches!(host.to_ascii_lowercase().as_str(), "localhost" | "127.0.0.1" | "::1");
    match scheme.as_str() {
        "https" => {}
        "http" if local => {}
        "http" => return Err(RelayError::NotHttps(trimmed.to_owned())),
        _ => return Err(RelayError::BadUrl(trimmed.to_owned())),
    }
    Ok(format!("{scheme}://{rest}"))
}

/// The enrolment code as typed, checked for presence (the relay decides whether it is valid).
pub fn normalize_enrolment_code(input: &str) -> Result<String, RelayError> {
    let code = input.trim().to_ascii_uppercase();
    if code.is_empty() { Err(RelayError::EmptyCode) } else { Ok(code) }
}

/// The hex signature that turns a relay challenge into a session.
pub fn sign_challenge(key: &SigningKey, challenge: &str) -> String {
    hex_encode(&key.sign(format!("{AUTH_CONTEXT}{challenge}").as_bytes()))
}

/// The region's join token: the secretariat key's hex signature over the region id.
pub fn join_token(secretariat: &SigningKey, region_id: &str) -> String {
    hex_encode(&secretariat.sign(format!("{JOIN_CONTEXT}{region_id}").as_bytes()))
}

/// Whether `join` is the secretariat's join token for `region_id`.
pub fn join_token_valid(secretariat: &PublicKey, region_id: &str, join: &str) -> bool {
    let Some(bytes) = hex_decode(join) else { return false };
    let Ok(signature) = <[u8; 64]>::try_from(bytes.as_slice()) else { return false };
    secretariat.verifies(format!("{JOIN_CONTEXT}{region_id}").as_bytes(), &signature)
}

/// Checks a config's relay link against the secretariat key that signed the config and makes the
/// settings an agency keeps.
pub fn settings_from_config(
    link: &RelayLink,
    region_name: &str,
    secretariat_public_key: &str,
) -> Result<RelaySettings, RelayError> {
    let url = normalize_relay_url(&link.url)?;
    let key = PublicKey::from_hex(secretariat_public_key).map_err(|_| RelayError::BadJoinToken)?;
    if !join_token_valid(&key, &link.region_id, &link.join) {
        return Err(RelayError::BadJoinToken);
    }
    Ok(RelaySettings::new(
        RelayLink { url, ..link.clone() },
        region_name.to_owned(),
        secretariat_public_key.to_owned(),
    ))
}

/// The wait after `failures` failed attempts in a row: 15 s, 30 s, 1 min, … up to 15 min.
pub fn retry_delay(failures: u32) -> Duration {
    let factor = 1i64 << failures.saturating_sub(1).min(10);
    (FIRST_RETRY * factor as i32).min(MAX_RETRY)
}

/// Where a bundle in the outbox is on its way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Delivery {
    /// Not on the relay yet: waiting for a network or for the next try.
    Waiting,
    /// On the relay since `at` (the relay's clock).
    Sent { at: String },
    /// Marked received by every recipient at `at`.
    Received { at: String },
    /// The relay refused it for what it is; it will not be retried (send it as a file).
    Refused { code: String },
}

/// One sealed bundle this device is sending through the relay. The sealed bytes are kept
/// beside it under [`OutboxEntry::file_key`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub schema_version: u32,
    /// SHA-256 of the sealed bytes (the relay's bundle id).
    pub sha256: String,
    pub kind: BundleKind,
    pub size: u64,
    /// The innovations it carries (a submission) or the unit it is for (feedback).
    #[serde(default)]
    pub innovation_ids: Vec<String>,
    /// Who it goes to, for the secretariat's lists (an agency's name).
    #[serde(default)]
    pub recipient: String,
    /// When it was put in the outbox (RFC 3339, this device's clock).
    pub created_at: String,
    pub delivery: Delivery,
    /// Failed attempts in a row.
    #[serde(default)]
    pub failures: u32,
    /// Not to be tried before this time (RFC 3339); `None`: at once.
    #[serde(default)]
    pub next_attempt_at: Option<String>,
    /// The code of the last failure, for the screen.
    #[serde(default)]
    pub last_error: Option<String>,
}

impl OutboxEntry {
    pub fn new(
        sha256: String,
        kind: BundleKind,
        size: u64,
        innovation_ids: Vec<String>,
        recipient: String,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            schema_version: OUTBOX_SCHEMA_VERSION,
            sha256,
            kind,
            size,
            innovation_ids,
            recipient,
            created_at: now.to_rfc3339(),
            delivery: Delivery::Waiting,
            failures: 0,
            next_attempt_at: None,
            last_error: None,
        }
    }

    /// Where the sealed bytes are stored.
    pub fn file_key(&self) -> String {
        outbox_file_key(&self.sha256)
    }

    /// Whether it should be uploaded now.
    pub fn due(&self, now: DateTime<Utc>) -> bool {
        self.delivery == Delivery::Waiting
            && self
                .next_attempt_at
                .as_deref()
                .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
                .is_none_or(|at| at.with_timezone(&Utc) <= now)
    }

    /// Whether the relay still has to say it was received.
    pub fn awaiting_receipt(&self) -> bool {
        matches!(self.delivery, Delivery::Sent { .. })
    }

    /// After a failed upload: retried later, or refused for good.
    pub fn failed(mut self, error: &RelayError, now: DateTime<Utc>) -> Self {
        self.last_error = Some(error.code().to_owned());
        if error.is_transient() {
            self.failures = self.failures.saturating_add(1);
            self.next_attempt_at = Some((now + retry_delay(self.failures)).to_rfc3339());
        } else {
            self.delivery = Delivery::Refused { code: error.code().to_owned() };
            self.next_attempt_at = None;
        }
        self
    }

    /// After the relay stored it (`at` from the relay).
    pub fn sent(mut self, at: String) -> Self {
        self.delivery = Delivery::Sent { at };
        self.failures = 0;
        self.next_attempt_at = None;
        self.last_error = None;
        self
    }

    /// After the relay reported the receipt.
    pub fn received(mut self, at: String) -> Self {
        self.delivery = Delivery::Received { at };
        self
    }
}

/// Where an outbox entry's sealed bytes are kept among the device's files.
pub fn outbox_file_key(sha256: &str) -> String {
    format!("outbox:{sha256}")
}

/// Where an inbox entry's opened inner bundle is kept among the device's files.
pub fn inbox_file_key(sha256: &str) -> String {
    format!("inbox:{sha256}")
}

/// One bundle fetched from the relay, opened, waiting for the user's Impor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxEntry {
    pub schema_version: u32,
    /// The relay's bundle id (SHA-256 of the sealed bytes); the receipt names it.
    pub sha256: String,
    pub kind: BundleKind,
    pub sender_name: String,
    pub sender_public_key: String,
    /// When the sender deposited it (the relay's clock).
    pub deposited_at: String,
    /// Size of the opened inner bundle.
    pub size: u64,
    /// When Impor committed it (RFC 3339); the receipt is posted, then the entry goes.
    #[serde(default)]
    pub imported_at: Option<String>,
}

impl InboxEntry {
    pub fn file_key(&self) -> String {
        inbox_file_key(&self.sha256)
    }

    /// The file name the Impor page shows for it.
    pub fn file_name(&self) -> String {
        format!("relay-{}.zip", &self.sha256[..self.sha256.len().min(12)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_seed(&[seed; 32])
    }

    #[test]
    fn relay_addresses_are_normalised_or_refused_by_name() {
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("https://inovda.example.go.id/", Ok("https://inovda.example.go.id")),
            ("  HTTPS://relay.example.id:8443 ", Ok("https://relay.example.id:8443")),
            ("http://127.0.0.1:8080", Ok("http://127.0.0.1:8080")),
            ("http://localhost:8080/", Ok("http://localhost:8080")),
            ("http://[::1]:8080", Ok("http://[::1]:8080")),
            ("", Err("empty_url")),
            ("   ", Err("empty_url")),
            ("inovda.example.go.id", Err("bad_url")),
            ("ftp://inovda.example.go.id", Err("bad_url")),
            ("https://", Err("bad_url")),
            ("https://user@evil.example", Err("bad_url")),
            ("https://a.example/?x=1", Err("bad_url")),
            ("javascript://alert(1)", Err("bad_url")),
            ("http://inovda.example.go.id", Err("not_https")),
        ];
        for (input, expected) in cases {
            let got = normalize_relay_url(input);
            match expected {
                Ok(url) => assert_eq!(got.as_deref(), Ok(*url), "{input}"),
                Err(code) => assert_eq!(
                    got.map_err(|e| e.code().to_owned()),
                    Err((*code).to_owned()),
                    "{input}"
                ),
            }
        }
    }

    #[test]
    fn a_join_token_verifies_only_for_its_region_and_secretariat() {
        let secretariat = key(1);
        let token = join_token(&secretariat, "r-1");
        assert!(join_token_valid(&secretariat.public_key(), "r-1", &token));
        assert!(!join_token_valid(&secretariat.public_key(), "r-2", &token));
        assert!(!join_token_valid(&key(2).public_key(), "r-1", &token));
        assert!(!join_token_valid(&secretariat.public_key(), "r-1", "zz"));
        let link =
            RelayLink { url: "https://r.example/".into(), region_id: "r-1".into(), join: token };
        let settings =
            settings_from_config(&link, "Kota Probolinggo", &secretariat.public_key().to_hex())
                .expect("valid link");
        assert_eq!(settings.link.url, "https://r.example");
        assert!(!settings.joined);
        let forged = RelayLink { region_id: "r-9".into(), ..link };
        assert_eq!(
            settings_from_config(&forged, "X", &secretariat.public_key().to_hex()),
            Err(RelayError::BadJoinToken)
        );
    }

    #[test]
    fn the_challenge_signature_is_over_the_context_and_the_challenge() {
        let device = key(3);
        let signature = sign_challenge(&device, "c1.abc");
        let bytes: [u8; 64] =
            hex_decode(&signature).and_then(|b| b.try_into().ok()).expect("64 signature bytes");
        assert!(device.public_key().verifies(b"inovda-relay-auth-v1\nc1.abc", &bytes));
    }

    #[test]
    fn retries_back_off_up_to_fifteen_minutes() {
        let waits: Vec<i64> = (1..=9).map(|n| retry_delay(n).num_seconds()).collect();
        assert_eq!(waits, vec![15, 30, 60, 120, 240, 480, 900, 900, 900]);
        assert_eq!(retry_delay(u32::MAX), MAX_RETRY);
    }

    #[test]
    fn an_outbox_entry_waits_retries_and_stops_on_a_permanent_refusal() {
        let now = DateTime::parse_from_rfc3339("2026-12-07T03:00:00Z")
            .expect("test data")
            .with_timezone(&Utc);
        let entry = OutboxEntry::new(
            "ab".repeat(32),
            BundleKind::Submission,
            10,
            vec![],
            String::new(),
            now,
        );
        assert!(entry.due(now));
        let offline = RelayError::Unreachable("offline".into());
        let entry = entry.failed(&offline, now);
        assert_eq!(entry.failures, 1);
        assert!(!entry.due(now));
        assert!(entry.due(now + Duration::seconds(15)));
        let entry = entry.failed(&offline, now);
        assert!(!entry.due(now + Duration::seconds(29)));
        let sent = entry.clone().sent("2026-12-07T03:01:00Z".into());
        assert!(sent.awaiting_receipt());
        assert!(!sent.due(now + Duration::hours(1)));
        assert_eq!(sent.failures, 0);
        let received = sent.received("2026-12-07T03:05:00Z".into());
        assert!(!received.awaiting_receipt());
        let too_large = RelayError::Refused { code: "too_large".into(), message: String::new() };
        let refused = entry.failed(&too_large, now);
        assert_eq!(refused.delivery, Delivery::Refused { code: "too_large".into() });
        assert!(!refused.due(now + Duration::days(1)));
    }

    #[test]
    fn every_error_has_a_text_in_both_languages() {
        let errors = [
            RelayError::EmptyUrl,
            RelayError::BadUrl("x".into()),
            RelayError::NotHttps("x".into()),
            RelayError::EmptyCode,
            RelayError::BadJoinToken,
            RelayError::Unreachable("x".into()),
            RelayError::Protocol("x".into()),
            RelayError::Refused { code: "bad_enrolment_code".into(), message: "m".into() },
            RelayError::Refused { code: "something_new".into(), message: "m".into() },
        ];
        for error in errors {
            let id = relay_error_message(Lang::Id, &error);
            let en = relay_error_message(Lang::En, &error);
            assert!(!id.is_empty() && !en.is_empty() && id != en, "{error:?}");
        }
        let unknown = RelayError::Refused { code: "something_new".into(), message: "m".into() };
        assert!(relay_error_message(Lang::Id, &unknown).contains("something_new"));
    }
}

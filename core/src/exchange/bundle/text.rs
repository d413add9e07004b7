//! Indonesian and English text of bundle errors and import previews.

use super::{BundleError, PublicKey, RecordAction, RejectReason, SignerStatus, VerdictAction};
use crate::base::format::megabytes;
use crate::base::lang::Lang;

/// Why a bundle file was refused (or could not be written), one sentence.
/// The shell puts the file name in front: "inovda-diskominfo.zip: …".
pub fn bundle_error_message(lang: Lang, error: &BundleError) -> String {
    match error {
        BundleError::Damaged(_) => lang
            .pick((
                "Berkas rusak atau terpotong (bukan ZIP yang utuh). Minta dikirim ulang.",
                "The file is damaged or truncated (not a complete ZIP). Ask for it again.",
            ))
            .to_owned(),
        BundleError::TooManyEntries { count, max } => match lang {
            Lang::Id => format!("Berkas terlalu besar: {count} isian, paling banyak {max}."),
            Lang::En => format!("The file is too large: {count} entries, at most {max}."),
        },
        BundleError::TooLarge { size, max } => match lang {
            Lang::Id => format!(
                "Berkas terlalu besar: {} melebihi batas {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
            Lang::En => format!(
                "The file is too large: {} exceeds the limit of {}.",
                megabytes(lang, *size),
                megabytes(lang, *max)
            ),
        },
        BundleError::SuspiciousCompression { name } => match lang {
            Lang::Id => {
                format!("Berkas terlalu besar setelah dibuka ({name} mencurigakan, zip bom).")
            }
            Lang::En => {
                format!("The file is too large once unpacked ({name} looks like a zip bomb).")
            }
        },
        BundleError::UnsafePath { name } => match lang {
            Lang::Id => format!("Berkas rusak: nama isian tidak aman ({name})."),
            Lang::En => format!("The file is damaged: an unsafe entry name ({name})."),
        },
        BundleError::DuplicateEntry => lang
            .pick((
                "Berkas rusak: ada isian dengan nama ganda.",
                "The file is damaged: two entries have the same name.",
            ))
            .to_owned(),
        BundleError::UnexpectedEntry { name } => match lang {
            Lang::Id => format!("Berkas diubah: isian {name} tidak tercantum di manifes."),
            Lang::En => format!("The file was altered: entry {name} is not in the manifest."),
        },
        BundleError::UnsupportedEntry { name } => match lang {
            Lang::Id => {
                format!("Berkas tidak didukung: {name} dikompres atau dienkripsi dengan cara lain.")
            }
            Lang::En => format!("Unsupported file: {name} uses another compression or encryption."),
        },
        BundleError::MissingManifest => lang
            .pick((
                "Bukan berkas kiriman Inovda: manifest.json tidak ada.",
                "Not an Inovda bundle: manifest.json is missing.",
            ))
            .to_owned(),
        BundleError::MissingSignature => lang
            .pick((
                "Tanda tangan tidak ada (manifest.sig hilang); berkas tidak dapat dipercaya.",
                "The signature is missing (no manifest.sig); the file cannot be trusted.",
            ))
            .to_owned(),
        BundleError::NotABundle => {
            lang.pick(("Bukan berkas kiriman Inovda.", "Not an Inovda bundle.")).to_owned()
        }
        BundleError::FutureVersion { found, supported } => match lang {
            Lang::Id => format!(
                "Versi lebih baru ({found}, aplikasi ini sampai {supported}): perbarui aplikasi."
            ),
            Lang::En => format!(
                "Newer version ({found}, this app reads up to {supported}): update the app."
            ),
        },
        BundleError::UnsignedVersion { found } => match lang {
            Lang::Id => format!(
                "Versi {found} tanpa tanda tangan dari aplikasi uji coba; minta dikirim ulang dengan aplikasi terbaru."
            ),
            Lang::En => format!(
                "Unsigned version {found} from a pre-release app; ask for it again from the current app."
            ),
        },
        BundleError::InvalidManifest(_) => lang
            .pick((
                "Berkas rusak: manifes tidak sah.",
                "The file is damaged: the manifest is not valid.",
            ))
            .to_owned(),
        BundleError::BadSignature => lang
            .pick((
                "Tanda tangan tidak cocok: berkas diubah setelah ditandatangani.",
                "The signature does not match: the file was altered after signing.",
            ))
            .to_owned(),
        BundleError::MissingEntry { path } => match lang {
            Lang::Id => format!("Berkas terpotong: {path} tercantum di manifes tetapi tidak ada."),
            Lang::En => format!("The file is truncated: {path} is in the manifest but missing."),
        },
        BundleError::Modified { path } => match lang {
            Lang::Id => format!("Berkas diubah: isi {path} tidak cocok dengan manifes."),
            Lang::En => format!("The file was altered: {path} does not match the manifest."),
        },
        BundleError::InvalidRecord { path, .. } => match lang {
            Lang::Id => format!("Data inovasi {path} tidak dapat dibaca."),
            Lang::En => format!("The innovation record {path} cannot be read."),
        },
        BundleError::InvalidVerdict { path, .. } => match lang {
            Lang::Id => format!("Hasil verifikasi {path} tidak dapat dibaca."),
            Lang::En => format!("The verdict {path} cannot be read."),
        },
        BundleError::FileMismatch { sha256 } => {
            let short = sha256.get(..12).unwrap_or(sha256);
            match lang {
                Lang::Id => {
                    format!("Bukti dukung {short}… berubah di perangkat ini; ekspor dibatalkan.")
                }
                Lang::En => {
                    format!("Evidence file {short}… changed on this device; export cancelled.")
                }
            }
        }
        BundleError::WriterState(_) => lang
            .pick((
                "Kesalahan aplikasi saat membuat berkas kiriman.",
                "An application error while building the bundle.",
            ))
            .to_owned(),
        BundleError::Io(_) => lang
            .pick((
                "Berkas kiriman tidak dapat ditulis (penyimpanan penuh?).",
                "The bundle could not be written (storage full?).",
            ))
            .to_owned(),
    }
}

/// Why one record or verdict of a valid bundle is not imported.
pub fn reject_reason_message(lang: Lang, reason: &RejectReason) -> &'static str {
    lang.pick(match reason {
        RejectReason::ForeignAgency => (
            "Inovasi milik instansi atau daerah lain dari pengirim.",
            "The innovation belongs to another agency or region than the sender.",
        ),
        RejectReason::OwnedByAnotherAgency => (
            "Kode inovasi sudah dipakai instansi lain di perangkat ini.",
            "This innovation id already belongs to another agency here.",
        ),
        RejectReason::Invalid(_) => (
            "Isian inovasi tidak dikenal aplikasi ini; perbarui aplikasi.",
            "A field has a value this app does not know; update the app.",
        ),
        RejectReason::UnknownInnovation => (
            "Hasil verifikasi untuk inovasi yang tidak ada di perangkat ini.",
            "A verdict for an innovation this device does not have.",
        ),
        RejectReason::RevisionMismatch => (
            "Hasil verifikasi untuk revisi yang berbeda dari yang tersimpan.",
            "A verdict for a revision other than the one stored here.",
        ),
    })
}

/// The preview column of a record: Baru, Diperbarui, Tidak berubah, …
pub fn record_action_label(lang: Lang, action: &RecordAction) -> &'static str {
    lang.pick(match action {
        RecordAction::New => ("Baru", "New"),
        RecordAction::Update => ("Diperbarui", "Updated"),
        RecordAction::Unchanged => ("Tidak berubah", "Unchanged"),
        RecordAction::Older => ("Revisi lama (diabaikan)", "Older revision (ignored)"),
        RecordAction::Conflict => {
            ("Konflik (kedua versi disimpan)", "Conflict (both versions kept)")
        }
        RecordAction::Rejected(_) => ("Ditolak", "Rejected"),
    })
}

/// The preview column of a verdict.
pub fn verdict_action_label(lang: Lang, action: &VerdictAction) -> &'static str {
    lang.pick(match action {
        VerdictAction::New => ("Baru", "New"),
        VerdictAction::Update => ("Diperbarui", "Updated"),
        VerdictAction::Unchanged => ("Tidak berubah", "Unchanged"),
        VerdictAction::Older => ("Keputusan lama (diabaikan)", "Older decision (ignored)"),
        VerdictAction::Rejected(_) => ("Ditolak", "Rejected"),
    })
}

/// What the preview says about the sender's key; fingerprints as `PublicKey::fingerprint`.
pub fn signer_status_message(lang: Lang, status: &SignerStatus, key: &PublicKey) -> String {
    let new = key.fingerprint();
    match (status, lang) {
        (SignerStatus::FirstUse, Lang::Id) => {
            format!("Pengirim baru. Kunci {new} akan diingat; cocokkan dengan pengirim bila ragu.")
        }
        (SignerStatus::FirstUse, Lang::En) => {
            format!("New sender. Key {new} will be remembered; check it with the sender if unsure.")
        }
        (SignerStatus::Known, Lang::Id) => format!("Tanda tangan pengirim dikenal ({new})."),
        (SignerStatus::Known, Lang::En) => format!("The sender's signature is known ({new})."),
        (SignerStatus::Changed { previous }, Lang::Id) => format!(
            "Kunci pengirim berubah: dulu {}, sekarang {new}. Telepon pengirim dan minta ia membacakan sidik kuncinya; tidak ada yang disimpan sebelum Anda konfirmasi.",
            previous.fingerprint()
        ),
        (SignerStatus::Changed { previous }, Lang::En) => format!(
            "The sender's key changed: was {}, now {new}. Call the sender and have them read out their fingerprint; nothing is saved until you confirm.",
            previous.fingerprint()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_bundle_error(code: crate::exchange::bundle::BundleErrorCode) -> BundleError {
        use crate::exchange::bundle::BundleErrorCode as C;
        let path = || "records/x.json".to_owned();
        match code {
            C::Damaged => BundleError::Damaged("eof".into()),
            C::TooManyEntries => BundleError::TooManyEntries { count: 30_000, max: 20_000 },
            C::TooLarge => BundleError::TooLarge { size: 3 << 30, max: 1 << 30 },
            C::SuspiciousCompression => BundleError::SuspiciousCompression { name: path() },
            C::UnsafePath => BundleError::UnsafePath { name: "../x".into() },
            C::DuplicateEntry => BundleError::DuplicateEntry,
            C::UnexpectedEntry => BundleError::UnexpectedEntry { name: path() },
            C::UnsupportedEntry => BundleError::UnsupportedEntry { name: path() },
            C::MissingManifest => BundleError::MissingManifest,
            C::MissingSignature => BundleError::MissingSignature,
            C::NotABundle => BundleError::NotABundle,
            C::FutureVersion => BundleError::FutureVersion { found: 3, supported: 2 },
            C::UnsignedVersion => BundleError::UnsignedVersion { found: 1 },
            C::InvalidManifest => BundleError::InvalidManifest("x".into()),
            C::BadSignature => BundleError::BadSignature,
            C::MissingEntry => BundleError::MissingEntry { path: path() },
            C::Modified => BundleError::Modified { path: path() },
            C::InvalidRecord => BundleError::InvalidRecord {
                path: path(),
                source: crate::exchange::record::RecordError::Json("x".into()),
            },
            C::InvalidVerdict => BundleError::InvalidVerdict { path: path(), detail: "x".into() },
            C::FileMismatch => BundleError::FileMismatch { sha256: "ab".repeat(32) },
            C::WriterState => BundleError::WriterState("x"),
            C::Io => BundleError::Io(std::io::Error::other("full")),
        }
    }

    #[test]
    fn every_bundle_rejection_reads_in_both_languages() {
        for code in crate::exchange::bundle::BundleErrorCode::ALL {
            let error = sample_bundle_error(code);
            assert_eq!(error.code(), code);
            let id = bundle_error_message(Lang::Id, &error);
            let en = bundle_error_message(Lang::En, &error);
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en, "{code:?} must differ between languages");
            assert!(!code.as_str().is_empty());
        }
        let future = bundle_error_message(
            Lang::Id,
            &sample_bundle_error(crate::exchange::bundle::BundleErrorCode::FutureVersion),
        );
        assert!(future.contains("perbarui aplikasi"), "{future}");
        let signature = bundle_error_message(Lang::Id, &BundleError::BadSignature);
        assert!(signature.contains("Tanda tangan tidak cocok"), "{signature}");
        let modified =
            bundle_error_message(Lang::Id, &BundleError::Modified { path: "files/a".into() });
        assert!(modified.contains("Berkas diubah"), "{modified}");
        let damaged = bundle_error_message(Lang::Id, &BundleError::Damaged(String::new()));
        assert!(damaged.contains("rusak atau terpotong"), "{damaged}");
        let large = bundle_error_message(
            Lang::Id,
            &sample_bundle_error(crate::exchange::bundle::BundleErrorCode::TooLarge),
        );
        assert!(large.contains("terlalu besar") && large.contains("3072,0 MB"), "{large}");
    }

    #[test]
    fn import_previews_and_backup_errors_read_in_both_languages() {
        let reasons = [
            RejectReason::ForeignAgency,
            RejectReason::OwnedByAnotherAgency,
            RejectReason::Invalid(crate::exchange::record::RecordError::Json(String::new())),
            RejectReason::UnknownInnovation,
            RejectReason::RevisionMismatch,
        ];
        for reason in &reasons {
            assert_ne!(
                reject_reason_message(Lang::Id, reason),
                reject_reason_message(Lang::En, reason)
            );
            let action = RecordAction::Rejected(reason.clone());
            assert_ne!(
                record_action_label(Lang::Id, &action),
                record_action_label(Lang::En, &action)
            );
        }
        for action in [
            RecordAction::New,
            RecordAction::Update,
            RecordAction::Unchanged,
            RecordAction::Older,
            RecordAction::Conflict,
        ] {
            assert_ne!(
                record_action_label(Lang::Id, &action),
                record_action_label(Lang::En, &action)
            );
        }
        for action in [
            VerdictAction::New,
            VerdictAction::Update,
            VerdictAction::Unchanged,
            VerdictAction::Older,
            VerdictAction::Rejected(RejectReason::UnknownInnovation),
        ] {
            assert_ne!(
                verdict_action_label(Lang::Id, &action),
                verdict_action_label(Lang::En, &action)
            );
        }
        let key = crate::exchange::bundle::SigningKey::from_seed(&[1; 32]).public_key();
        let previous = crate::exchange::bundle::SigningKey::from_seed(&[2; 32]).public_key();
        for status in
            [SignerStatus::FirstUse, SignerStatus::Known, SignerStatus::Changed { previous }]
        {
            let id = signer_status_message(Lang::Id, &status, &key);
            assert!(id.contains(&key.fingerprint()));
            assert_ne!(id, signer_status_message(Lang::En, &status, &key));
        }
    }
}

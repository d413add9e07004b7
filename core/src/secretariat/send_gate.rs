//! "Layak kirim": the secretariat's own gate before the national window. An innovation of the
//! year is ready to send when its latest verdict (on the current revision) is `diverifikasi`,
//! its verified kematangan reaches the region's threshold, and the national rules would not
//! reject it ([`preflight`]); every other innovation gets the first reason it is not ready.

use chrono::NaiveDate;

use crate::base::decimal::Points;
use crate::base::format::format_score;
use crate::base::lang::Lang;
use crate::exchange::bundle::VerdictRecord;
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, Status};
use crate::model::labels::status_label;
use crate::rules::handover::{Impact, preflight};
use crate::rules::scoring::{View, maturity};
use crate::secretariat::projection::latest_verdicts;
use crate::secretariat::verification::apply_verdict;

/// Why an innovation is not ready to send, first reason first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReady {
    /// No verdict on the current revision (a draft or a submission not yet reviewed).
    NotReviewed,
    /// Reviewed, but the status is not `diverifikasi`.
    NotVerified(Status),
    /// Verified below the region's threshold.
    BelowThreshold { maturity: Points, threshold: u32 },
    /// The national rules would reject it (`count` findings, e.g. a file over 2 MB).
    WouldBeRejected { count: usize },
}

/// One innovation of the year at the gate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateLine {
    pub innovation_id: String,
    pub name: String,
    /// The verified kematangan when a verdict applies.
    pub verified: Option<Points>,
    pub not_ready: Option<NotReady>,
}

/// The gate over the catalog's year: one line per innovation, in the given order.
pub fn send_gate(
    catalog: &Catalog,
    innovations: &[Innovation],
    verdicts: &[VerdictRecord],
    threshold: u32,
    today: NaiveDate,
) -> Vec<GateLine> {
    let latest = latest_verdicts(verdicts);
    let year: Vec<Innovation> =
        innovations.iter().filter(|i| i.year == catalog.year).cloned().collect();
    year.iter()
        .map(|innovation| {
            let id = innovation.id.to_string();
            let verdict =
                latest.get(id.as_str()).copied().filter(|v| v.revision == innovation.revision);
            let reviewed = verdict.map(|verdict| apply_verdict(innovation, Some(verdict)));
            let verified = reviewed.as_ref().map(|r| maturity(catalog, r, View::Verified));
            let others: Vec<Innovation> =
                year.iter().filter(|other| other.id != innovation.id).cloned().collect();
            let not_ready = match (&reviewed, verified) {
                (None, _) | (_, None) => Some(NotReady::NotReviewed),
                (Some(reviewed), _) if reviewed.status != Status::Verified => {
                    Some(NotReady::NotVerified(reviewed.status))
                }
                (Some(_), Some(points)) if points < Points::whole(i64::from(threshold)) => {
                    Some(NotReady::BelowThreshold { maturity: points, threshold })
                }
                (Some(reviewed), Some(_)) => {
                    let count =
                        preflight(reviewed, catalog, today, &others).count(Impact::Rejected);
                    (count > 0).then_some(NotReady::WouldBeRejected { count })
                }
            };
            GateLine {
                innovation_id: id,
                name: innovation.name.trim().to_owned(),
                verified,
                not_ready,
            }
        })
        .collect()
}

/// How many lines are ready to send.
pub fn ready_count(lines: &[GateLine]) -> usize {
    lines.iter().filter(|line| line.not_ready.is_none()).count()
}

/// The highest threshold a secretariat may set: the most kematangan an innovation can reach.
pub const MAX_THRESHOLD: u32 = 111;

/// Reads the threshold as typed: a whole number from 0 to [`MAX_THRESHOLD`]; `Err` keeps what
/// was typed for the message.
pub fn parse_threshold(typed: &str) -> Result<u32, String> {
    let trimmed = typed.trim();
    trimmed.parse::<u32>().ok().filter(|n| *n <= MAX_THRESHOLD).ok_or_else(|| trimmed.to_owned())
}

/// Why the typed threshold was refused, naming it.
pub fn threshold_error_message(lang: Lang, typed: &str) -> String {
    match lang {
        Lang::Id => {
            format!("Ambang «{typed}» tidak dapat dipakai: isi bilangan bulat 0–{MAX_THRESHOLD}.")
        }
        Lang::En => format!(
            "The threshold «{typed}» cannot be used: type a whole number from 0 to {MAX_THRESHOLD}."
        ),
    }
}

/// Why an innovation is not ready to send, in a sentence.
pub fn not_ready_message(lang: Lang, reason: &NotReady) -> String {
    match (reason, lang) {
        (NotReady::NotReviewed, Lang::Id) => {
            "Belum diverifikasi sekretariat pada revisi ini.".to_owned()
        }
        (NotReady::NotReviewed, Lang::En) => {
            "Not yet reviewed by the secretariat at this revision.".to_owned()
        }
        (NotReady::NotVerified(status), lang) => match lang {
            Lang::Id => {
                format!("Status verifikasi {}, bukan Diverifikasi.", status_label(lang, *status))
            }
            Lang::En => format!("Review status {}, not Verified.", status_label(lang, *status)),
        },
        (NotReady::BelowThreshold { maturity, threshold }, lang) => match lang {
            Lang::Id => format!(
                "Kematangan terverifikasi {} di bawah ambang {threshold}.",
                format_score(lang, *maturity)
            ),
            Lang::En => format!(
                "Verified maturity {} is below the threshold {threshold}.",
                format_score(lang, *maturity)
            ),
        },
        (NotReady::WouldBeRejected { count }, Lang::Id) => {
            format!("{count} hal akan ditolak aplikasi nasional.")
        }
        (NotReady::WouldBeRejected { count: 1 }, Lang::En) => {
            "1 item would be rejected by the national app.".to_owned()
        }
        (NotReady::WouldBeRejected { count }, Lang::En) => {
            format!("{count} items would be rejected by the national app.")
        }
    }
}

/// The gate's headline: "Layak kirim: 12 dari 40 inovasi (ambang 90)".
pub fn gate_headline(lang: Lang, ready: usize, total: usize, threshold: u32) -> String {
    match lang {
        Lang::Id => format!("Layak kirim: {ready} dari {total} inovasi (ambang {threshold})"),
        Lang::En => format!(
            "Ready to send: {ready} of {total} {} (threshold {threshold})",
            if total == 1 { "innovation" } else { "innovations" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::exchange::bundle::VerifiedLevel;
    use crate::exchange::record::{InnovationRecord, revision_hash};
    use crate::model::innovation::{InnovationId, Level};

    fn innovation(byte: u8, name: &str, level: u8) -> Innovation {
        let now =
            DateTime::parse_from_rfc3339("2026-06-01T08:00:00+07:00").expect("test data").to_utc();
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([byte; 16]),
            "Dinas",
            "Kab. Contoh",
            2026,
            now,
        );
        innovation.name = name.into();
        for number in 16..=35 {
            innovation.indicator_mut(number).claimed = Level::new(level);
        }
        innovation.submit(now);
        innovation
    }

    fn verdict(innovation: &Innovation, status: &str, level: u8) -> VerdictRecord {
        let record = InnovationRecord::from(innovation);
        VerdictRecord {
            schema_version: 1,
            innovation_id: record.id.clone(),
            revision: record.revision,
            revision_hash: revision_hash(&record),
            status: status.into(),
            verified: (16..=35)
                .map(|number| VerifiedLevel { number, level, note: String::new() })
                .collect(),
            notes: String::new(),
            decided_at: "2026-07-01T09:00:00+07:00".into(),
        }
    }

    #[test]
    fn each_innovation_gets_its_first_reason_or_is_ready() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let today = NaiveDate::from_ymd_opt(2026, 7, 15).expect("test data");
        // (name, verdict status and level, threshold, expected)
        type Case<'a> = (&'a str, Option<(&'a str, u8)>, u32, Option<&'a str>);
        let cases: [Case; 5] = [
            ("Belum direviu", None, 90, Some("not_reviewed")),
            ("Perlu revisi", Some(("perlu_revisi", 3)), 90, Some("not_verified")),
            ("Di bawah ambang", Some(("diverifikasi", 2)), 90, Some("below_threshold")),
            ("Tepat di ambang", Some(("diverifikasi", 2)), 74, None),
            ("Ambang nol", Some(("diverifikasi", 1)), 0, None),
        ];
        for (index, (name, given, threshold, expected)) in cases.into_iter().enumerate() {
            let byte = u8::try_from(index).expect("test data") + 1;
            let mut innovation = innovation(byte, name, 3);
            innovation.design = String::new();
            let verdicts: Vec<VerdictRecord> = given
                .map(|(status, level)| verdict(&innovation, status, level))
                .into_iter()
                .collect();
            let lines = send_gate(&catalog, &[innovation], &verdicts, threshold, today);
            let found = lines[0].not_ready.map(|reason| match reason {
                NotReady::NotReviewed => "not_reviewed",
                NotReady::NotVerified(_) => "not_verified",
                NotReady::BelowThreshold { .. } => "below_threshold",
                NotReady::WouldBeRejected { .. } => "would_be_rejected",
            });
            // A verified innovation with an empty profile passes the threshold but not the
            // national rules.
            let expected = match (expected, given) {
                (None, Some(_)) => Some("would_be_rejected"),
                (other, _) => other,
            };
            assert_eq!(found, expected, "{name}");
        }
        let lines = send_gate(&catalog, &[], &[], 90, today);
        assert_eq!(ready_count(&lines), 0);
    }

    /// Fills what the national form asks, so only the verdict and the threshold decide.
    fn complete(mut innovation: Innovation) -> Innovation {
        use crate::model::innovation::{
            EvidenceFile, Initiator, InnovationForm, InnovationKind, Stage,
        };
        innovation.stage = Some(Stage::Implementation);
        innovation.design = "kata ".repeat(300);
        innovation.initiator = Some(Initiator::Agency);
        innovation.initiator_name = "Dinas Pendidikan".into();
        innovation.kind = Some(InnovationKind::Digital);
        innovation.form = Some(InnovationForm::PublicService);
        innovation.theme = "Digitalisasi Layanan Pemerintahan".into();
        innovation.main_affair = Some(1);
        innovation.trial_date = NaiveDate::from_ymd_opt(2024, 1, 10);
        innovation.implementation_date = NaiveDate::from_ymd_opt(2024, 6, 1);
        innovation.goal = "Mempercepat legalisir ijazah.".into();
        innovation.benefit = "Warga tidak perlu datang.".into();
        innovation.outcome = "2.500 ijazah terlayani.".into();
        for number in 16..=35 {
            innovation.indicator_mut(number).evidence.push(EvidenceFile {
                sha256: "cd".repeat(32),
                file_name: "bukti.pdf".into(),
                media_type: "application/pdf".into(),
                size: 500_000,
            });
        }
        innovation
    }

    #[test]
    fn a_complete_verified_innovation_at_the_threshold_is_ready() {
        let catalog = Catalog::builtin(2026).expect("test data");
        let today = NaiveDate::from_ymd_opt(2026, 7, 15).expect("test data");
        let innovation = complete(innovation(9, "Si Ijol", 3));
        let verdicts = [verdict(&innovation, "diverifikasi", 2)];
        // (threshold, ready)
        for (threshold, ready) in [(0, true), (74, true), (75, false)] {
            let lines =
                send_gate(&catalog, std::slice::from_ref(&innovation), &verdicts, threshold, today);
            assert_eq!(ready_count(&lines), usize::from(ready), "threshold {threshold}: {lines:?}");
        }
    }

    #[test]
    fn thresholds_are_whole_numbers_up_to_the_highest_kematangan() {
        let cases = [
            ("90", Ok(90)),
            (" 0 ", Ok(0)),
            ("111", Ok(111)),
            ("112", Err("112")),
            ("-1", Err("-1")),
            ("sembilan", Err("sembilan")),
            ("", Err("")),
        ];
        for (typed, expected) in cases {
            assert_eq!(parse_threshold(typed), expected.map_err(str::to_owned), "{typed:?}");
        }
        assert_eq!(
            threshold_error_message(Lang::Id, "112"),
            "Ambang «112» tidak dapat dipakai: isi bilangan bulat 0–111."
        );
    }

    #[test]
    fn every_reason_reads_in_both_languages() {
        let reasons = [
            NotReady::NotReviewed,
            NotReady::NotVerified(Status::NeedsRevision),
            NotReady::BelowThreshold { maturity: Points::whole(74), threshold: 90 },
            NotReady::WouldBeRejected { count: 2 },
        ];
        let id: Vec<String> = reasons.iter().map(|r| not_ready_message(Lang::Id, r)).collect();
        assert_eq!(id[2], "Kematangan terverifikasi 74,00 di bawah ambang 90.");
        assert_eq!(id[3], "2 hal akan ditolak aplikasi nasional.");
        for reason in &reasons {
            assert_ne!(not_ready_message(Lang::Id, reason), not_ready_message(Lang::En, reason));
        }
        assert_eq!(
            gate_headline(Lang::Id, 12, 40, 90),
            "Layak kirim: 12 dari 40 inovasi (ambang 90)"
        );
        assert_eq!(
            gate_headline(Lang::En, 1, 1, 0),
            "Ready to send: 1 of 1 innovation (threshold 0)"
        );
    }
}

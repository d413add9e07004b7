//! The export reminder: when a device's innovations have gone too long without a copy elsewhere.
//!
//! The data lives only in one browser until it is exported as a bundle, so the app reminds the
//! user once changes have waited [`EXPORT_REMINDER_DAYS`] days without an export.
//! The rule, in words:
//! - no innovation on the device: no reminder (nothing to lose);
//! - exported before, and nothing changed since that export: no reminder (the copy is current);
//! - exported before, changed since, and the export is at least 14 days old: remind;
//! - never exported: remind once the oldest innovation is at least 14 days old.
//!
//! Days are whole 24-hour periods between the two instants, so the time zone does not matter.
//!
//! Only the device's own innovations count ([`ExportHistory::of_own_records`]): the ones its
//! export would carry ([`crate::exchange::bundle::sent_by`] its profile). Records received from other
//! agencies (a secretariat imports many), entered on an agency's behalf or loaded as demo data
//! are copies of someone else's work: exporting cannot be asked of this device for them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::exchange::bundle::same_sender;
use crate::exchange::record::InnovationRecord;

/// The fields of a stored record the reminder reads. A stored record deserializes into it,
/// skipping everything else, so a device with thousands of records does not decode them whole
/// to decide a banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordStamp {
    pub region: String,
    pub agency: String,
    pub created_at: String,
    pub updated_at: String,
}

impl RecordStamp {
    pub fn of(record: &InnovationRecord) -> Self {
        Self {
            region: record.region.clone(),
            agency: record.agency.clone(),
            created_at: record.created_at.clone(),
            updated_at: record.updated_at.clone(),
        }
    }
}

/// Days without an export after which the app reminds the user.
pub const EXPORT_REMINDER_DAYS: i64 = 14;

/// What the reminder banner should say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportReminder {
    /// No reminder.
    NotDue,
    /// Nothing was ever exported; the oldest innovation is `days` days old.
    NeverExported { days: u32 },
    /// The last export is `days` days old and changes were made after it.
    Overdue { days: u32 },
}

/// What the device knows about its innovations and its last export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportHistory {
    /// When the last export happened, if ever.
    pub last_export: Option<DateTime<Utc>>,
    /// Creation time of the oldest innovation on the device (`None`: there is none).
    pub oldest_created: Option<DateTime<Utc>>,
    /// Time of the newest change to any innovation on the device.
    pub newest_change: Option<DateTime<Utc>>,
}

impl ExportHistory {
    /// The history of the records this device would export as `agency` of `region` (the
    /// profile's names), with the time of its last export. Timestamps that do not parse are
    /// left out.
    pub fn of_own_records(
        records: &[InnovationRecord],
        region: &str,
        agency: &str,
        last_export: Option<DateTime<Utc>>,
    ) -> Self {
        let stamps: Vec<RecordStamp> = records.iter().map(RecordStamp::of).collect();
        Self::of_own_stamps(&stamps, region, agency, last_export)
    }

    /// [`ExportHistory::of_own_records`] over the records' stamps.
    pub fn of_own_stamps(
        stamps: &[RecordStamp],
        region: &str,
        agency: &str,
        last_export: Option<DateTime<Utc>>,
    ) -> Self {
        let parse =
            |text: &str| DateTime::parse_from_rfc3339(text).ok().map(|at| at.with_timezone(&Utc));
        let own: Vec<&RecordStamp> = stamps
            .iter()
            .filter(|stamp| same_sender((&stamp.region, &stamp.agency), region, agency))
            .collect();
        Self {
            last_export,
            oldest_created: own.iter().filter_map(|stamp| parse(&stamp.created_at)).min(),
            newest_change: own.iter().filter_map(|stamp| parse(&stamp.updated_at)).max(),
        }
    }
}

/// Decides the reminder at `now` (see the module documentation for the rule).
pub fn export_reminder(now: DateTime<Utc>, history: &ExportHistory) -> ExportReminder {
    let Some(oldest_created) = history.oldest_created else {
        return ExportReminder::NotDue;
    };
    let days_since = |at: DateTime<Utc>| (now - at).num_days();
    let clamp = |days: i64| u32::try_from(days).unwrap_or(u32::MAX);
    match history.last_export {
        Some(exported) => {
            let changed_since = history.newest_change.is_some_and(|changed| changed > exported);
            let days = days_since(exported);
            if changed_since && days >= EXPORT_REMINDER_DAYS {
                ExportReminder::Overdue { days: clamp(days) }
            } else {
                ExportReminder::NotDue
            }
        }
        None => {
            let days = days_since(oldest_created);
            if days >= EXPORT_REMINDER_DAYS {
                ExportReminder::NeverExported { days: clamp(days) }
            } else {
                ExportReminder::NotDue
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("test data").with_timezone(&Utc)
    }

    fn check(
        now: &str,
        last_export: Option<&str>,
        created: Option<&str>,
        changed: Option<&str>,
        expected: ExportReminder,
    ) {
        let history = ExportHistory {
            last_export: last_export.map(at),
            oldest_created: created.map(at),
            newest_change: changed.map(at),
        };
        assert_eq!(export_reminder(at(now), &history), expected, "{history:?} at {now}");
    }

    const NOW: &str = "2026-11-22T10:00:00Z";

    #[test]
    fn no_innovation_means_no_reminder() {
        check(NOW, None, None, None, ExportReminder::NotDue);
        check(NOW, Some("2025-01-01T00:00:00Z"), None, None, ExportReminder::NotDue);
    }

    #[test]
    fn never_exported_reminds_once_the_oldest_innovation_is_14_days_old() {
        let created_13_days = "2026-11-09T10:00:01Z";
        let created_14_days = "2026-11-08T10:00:00Z";
        check(NOW, None, Some(created_13_days), Some(NOW), ExportReminder::NotDue);
        check(
            NOW,
            None,
            Some(created_14_days),
            Some(NOW),
            ExportReminder::NeverExported { days: 14 },
        );
        check(
            NOW,
            None,
            Some("2026-10-23T10:00:00Z"),
            None,
            ExportReminder::NeverExported { days: 30 },
        );
    }

    #[test]
    fn an_old_export_reminds_only_when_something_changed_after_it() {
        let exported = "2026-11-01T09:00:00Z";
        let created = "2026-06-01T00:00:00Z";
        check(
            NOW,
            Some(exported),
            Some(created),
            Some("2026-11-02T08:00:00Z"),
            ExportReminder::Overdue { days: 21 },
        );
        check(
            NOW,
            Some(exported),
            Some(created),
            Some("2026-10-31T08:00:00Z"),
            ExportReminder::NotDue,
        );
        check(NOW, Some(exported), Some(created), Some(exported), ExportReminder::NotDue);
    }

    #[test]
    fn a_recent_export_means_no_reminder_even_with_changes() {
        check(
            NOW,
            Some("2026-11-09T10:00:01Z"),
            Some("2026-01-01T00:00:00Z"),
            Some(NOW),
            ExportReminder::NotDue,
        );
        check(
            NOW,
            Some("2026-11-08T10:00:00Z"),
            Some("2026-01-01T00:00:00Z"),
            Some(NOW),
            ExportReminder::Overdue { days: 14 },
        );
    }

    #[test]
    fn only_the_devices_own_records_count() {
        use crate::model::innovation::{Innovation, InnovationId, Origin};
        let record = |seed: u8, agency: &str, created: &str, origin: Origin| {
            let mut innovation = Innovation::new(
                InnovationId::from_random_bytes([seed; 16]),
                agency,
                "Kota Probolinggo",
                2026,
                at(created),
            );
            innovation.origin = origin;
            InnovationRecord::from(&innovation)
        };
        let old = "2026-09-01T00:00:00Z";
        // A secretariat device: imported records of two agencies, one entered on behalf of an
        // agency, all old; nothing of its own.
        let mut records = vec![
            record(1, "Dinas Kesehatan", old, Origin::Agency),
            record(2, "Dinas Pendidikan", old, Origin::Agency),
            record(3, "Kelurahan Sukabumi", old, Origin::Secretariat),
        ];
        let own = |records: &[InnovationRecord]| {
            ExportHistory::of_own_records(records, "Kota Probolinggo", "Bappeda", None)
        };
        assert_eq!(own(&records), ExportHistory::default());
        assert_eq!(export_reminder(at(NOW), &own(&records)), ExportReminder::NotDue);
        // Its own innovation, 20 days old, is the one that counts.
        records.push(record(4, "Bappeda", "2026-11-02T10:00:00Z", Origin::Agency));
        assert_eq!(
            export_reminder(at(NOW), &own(&records)),
            ExportReminder::NeverExported { days: 20 }
        );
        // The same records on the agency's device: its own are counted from the oldest.
        let agency =
            ExportHistory::of_own_records(&records, "Kota Probolinggo", "Dinas Kesehatan", None);
        assert_eq!(agency.oldest_created, Some(at(old)));
    }

    #[test]
    fn a_stored_record_reads_as_its_stamp() {
        use crate::model::innovation::{Innovation, InnovationId};
        let innovation = Innovation::new(
            InnovationId::from_random_bytes([9; 16]),
            "Dinas Kesehatan",
            "Kota Probolinggo",
            2026,
            at("2026-09-01T00:00:00Z"),
        );
        let record = InnovationRecord::from(&innovation);
        let text = serde_json::to_string(&record).expect("test data");
        let stamp: RecordStamp = serde_json::from_str(&text).expect("test data");
        assert_eq!(stamp, RecordStamp::of(&record));
        let records = [record];
        let stamps = [stamp];
        for (region, agency) in
            [("Kota Probolinggo", "Dinas Kesehatan"), ("Kota Probolinggo", "Bappeda")]
        {
            assert_eq!(
                ExportHistory::of_own_stamps(&stamps, region, agency, None),
                ExportHistory::of_own_records(&records, region, agency, None),
                "{agency}"
            );
        }
    }

    #[test]
    fn a_clock_set_back_never_reminds() {
        check("2020-01-01T00:00:00Z", None, Some(NOW), Some(NOW), ExportReminder::NotDue);
        check("2020-01-01T00:00:00Z", Some(NOW), Some(NOW), Some(NOW), ExportReminder::NotDue);
    }
}

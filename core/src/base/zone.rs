//! Indonesia's three time zones. Every time a person reads (screen, print, file names, sheets)
//! is in the region's zone and names it: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).

use chrono::{DateTime, FixedOffset, NaiveDateTime, Offset, Utc};
use serde::{Deserialize, Serialize};

/// A region's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Zone {
    /// Waktu Indonesia Barat, UTC+7 (Sumatra, Java, West and Central Kalimantan).
    #[default]
    #[serde(rename = "WIB")]
    Wib,
    /// Waktu Indonesia Tengah, UTC+8 (Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi).
    #[serde(rename = "WITA")]
    Wita,
    /// Waktu Indonesia Timur, UTC+9 (Maluku, Papua).
    #[serde(rename = "WIT")]
    Wit,
}

impl Zone {
    pub const ALL: [Zone; 3] = [Zone::Wib, Zone::Wita, Zone::Wit];

    /// The name people write after a time: "WIB".
    pub fn label(self) -> &'static str {
        match self {
            Zone::Wib => "WIB",
            Zone::Wita => "WITA",
            Zone::Wit => "WIT",
        }
    }

    /// Reads "WIB", "WITA" or "WIT" (any case).
    pub fn from_label(text: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|zone| zone.label().eq_ignore_ascii_case(text.trim()))
    }

    /// Minutes east of UTC.
    pub fn offset_minutes(self) -> i32 {
        match self {
            Zone::Wib => 420,
            Zone::Wita => 480,
            Zone::Wit => 540,
        }
    }

    /// The zone of a device clock's offset, when the region has not said: the nearest of the
    /// three (a device abroad or set to UTC is read as WIB, the most common zone).
    pub fn from_offset_minutes(minutes: i32) -> Zone {
        match minutes {
            450..=509 => Zone::Wita,
            510..=600 => Zone::Wit,
            _ => Zone::Wib,
        }
    }

    /// `at` in this zone's local time.
    pub fn local(self, at: DateTime<Utc>) -> NaiveDateTime {
        let offset = FixedOffset::east_opt(self.offset_minutes() * 60).unwrap_or(Utc.fix());
        at.with_timezone(&offset).naive_local()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_read_their_labels_and_device_offsets() {
        for zone in Zone::ALL {
            assert_eq!(Zone::from_label(&zone.label().to_lowercase()), Some(zone));
            assert_eq!(Zone::from_offset_minutes(zone.offset_minutes()), zone);
        }
        assert_eq!(Zone::from_label("CET"), None);
        assert_eq!(Zone::from_offset_minutes(0), Zone::Wib);
        let at = DateTime::parse_from_rfc3339("2026-12-01T23:30:00Z").expect("test data").to_utc();
        assert_eq!(Zone::Wib.local(at).to_string(), "2026-12-02 06:30:00");
        assert_eq!(Zone::Wit.local(at).to_string(), "2026-12-02 08:30:00");
        assert_eq!(serde_json::to_string(&Zone::Wita).expect("test data"), "\"WITA\"");
    }
}

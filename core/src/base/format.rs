//! Dates, times, numbers and sizes written the way each language writes them.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Offset, Timelike, Utc};

use crate::base::decimal::{Hundredths, Points};
use crate::base::lang::Lang;
use crate::base::zone::Zone;

/// A date in words: "1 Jan 2024" (months in the language's abbreviations).
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    let month_index = date.month0() as usize % 12;
    let month = match lang {
        Lang::Id => MONTHS_ID[month_index],
        Lang::En => MONTHS_EN[month_index],
    };
    format!("{} {month} {}", date.day(), date.year())
}

/// A date with the month in full: "30 Oktober 2025" / "30 October 2025".
pub fn format_date_long(lang: Lang, date: NaiveDate) -> String {
    let month_index = date.month0() as usize % 12;
    let month = lang.pick((MONTHS_LONG_ID, MONTHS_LONG_EN))[month_index];
    format!("{} {month} {}", date.day(), date.year())
}

/// The day of the week in full: "Senin" / "Monday".
pub fn weekday_name(lang: Lang, date: NaiveDate) -> &'static str {
    let index = date.weekday().num_days_from_monday() as usize % 7;
    lang.pick((
        ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ))[index]
}

/// A number with two decimals in the language's notation:
/// "1.234,56" and "65,01" in Indonesian, "1,234.56" and "65.01" in English.
pub fn format_number(lang: Lang, value: Hundredths) -> String {
    let (group, decimal) = lang.pick((('.', ','), (',', '.')));
    let sign = if value.0 < 0 { "-" } else { "" };
    let magnitude = value.0.unsigned_abs();
    let whole = (magnitude / 100).to_string();
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}{decimal}{:02}", magnitude % 100)
}

/// A storage size for people: "512 B", "12,3 KB", "1,5 MB", "2,0 GB" (binary units, one decimal,
/// rounded down so that a size is never overstated).
pub fn format_size(lang: Lang, bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut unit = 0;
    let mut scale: u64 = 1024;
    while unit + 1 < UNITS.len() && bytes / scale >= 1024 {
        unit += 1;
        scale *= 1024;
    }
    let tenths = u128::from(bytes) * 10 / u128::from(scale);
    let separator = lang.pick((',', '.'));
    format!("{}{separator}{} {}", tenths / 10, tenths % 10, UNITS[unit])
}

/// Bytes as "2,0 MB" / "2.0 MB" (MiB, one decimal, rounded down).
pub fn megabytes(lang: Lang, bytes: u64) -> String {
    let tenths = bytes * 10 / (1024 * 1024);
    let separator = lang.pick((',', '.'));
    format!("{}{separator}{} MB", tenths / 10, tenths % 10)
}

/// A score in the language's decimal notation: "0,75" in Indonesian, "0.75" in English.
pub fn format_points(lang: Lang, points: Points) -> String {
    let text = points.to_string();
    match lang {
        Lang::Id => text.replace('.', ","),
        Lang::En => text,
    }
}

const MONTHS_ID: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

const MONTHS_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const MONTHS_LONG_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const MONTHS_LONG_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A timestamp in the user's local time: "22 Nov 2026 14.05" in Indonesian
/// (dot between hours and minutes, as Indonesian usage writes it), "22 Nov 2026 14:05" in English.
/// `offset_minutes` is the local offset east of UTC (WIB = +420).
pub fn format_timestamp(lang: Lang, at: DateTime<Utc>, offset_minutes: i32) -> String {
    timestamp(lang, at, offset_minutes, lang.pick((MONTHS_ID, MONTHS_EN)))
}

/// [`format_timestamp`] with the month in full: "30 Oktober 2025 14.05".
pub fn format_timestamp_long(lang: Lang, at: DateTime<Utc>, offset_minutes: i32) -> String {
    timestamp(lang, at, offset_minutes, lang.pick((MONTHS_LONG_ID, MONTHS_LONG_EN)))
}

/// A time in the region's zone, named: "2 Des 2026 06.30 WIB" / "2 Dec 2026 06:30 WIB".
pub fn format_time_in(lang: Lang, at: DateTime<Utc>, zone: Zone) -> String {
    format!("{} {}", format_timestamp(lang, at, zone.offset_minutes()), zone.label())
}

/// [`format_time_in`] with the month in full: "2 Desember 2026 06.30 WIB".
pub fn format_time_long_in(lang: Lang, at: DateTime<Utc>, zone: Zone) -> String {
    format!("{} {}", format_timestamp_long(lang, at, zone.offset_minutes()), zone.label())
}

/// A kematangan (maturity) or any IID score, always with two decimals: "45,00", "65,01"
/// (screen, print, CSV and the workbook's number format all show it so).
pub fn format_score(lang: Lang, points: Points) -> String {
    format_number(lang, points.round2())
}

fn timestamp(lang: Lang, at: DateTime<Utc>, offset_minutes: i32, months: [&str; 12]) -> String {
    let offset = FixedOffset::east_opt(offset_minutes.clamp(-1439, 1439) * 60).unwrap_or(Utc.fix());
    let local = at.with_timezone(&offset);
    let month = months[local.month0() as usize % 12];
    let separator = lang.pick(('.', ':'));
    format!(
        "{} {} {} {:02}{}{:02}",
        local.day(),
        month,
        local.year(),
        local.hour(),
        separator,
        local.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_keep_two_decimals_and_times_name_their_zone() {
        assert_eq!(format_score(Lang::Id, Points::whole(45)), "45,00");
        assert_eq!(format_score(Lang::En, Points(650_100)), "65.01");
        let at = DateTime::parse_from_rfc3339("2026-12-01T23:30:00Z").expect("test data").to_utc();
        assert_eq!(format_time_in(Lang::Id, at, Zone::Wib), "2 Des 2026 06.30 WIB");
        assert_eq!(format_time_long_in(Lang::En, at, Zone::Wita), "2 December 2026 07:30 WITA");
    }

    #[test]
    fn weekdays_are_named_in_full() {
        let monday = NaiveDate::from_ymd_opt(2026, 12, 7).expect("test data");
        assert_eq!(weekday_name(Lang::Id, monday), "Senin");
        assert_eq!(weekday_name(Lang::En, monday.succ_opt().expect("test data")), "Tuesday");
    }

    #[test]
    fn timestamps_use_local_time_and_indonesian_month_names() {
        let at = DateTime::parse_from_rfc3339("2026-05-31T20:07:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(format_timestamp(Lang::Id, at, 420), "1 Jun 2026 03.07");
        assert_eq!(format_timestamp(Lang::En, at, 0), "31 May 2026 20:07");
        let august = DateTime::parse_from_rfc3339("2026-08-17T01:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(format_timestamp(Lang::Id, august, 480), "17 Agu 2026 09.00");
    }

    #[test]
    fn points_use_the_decimal_comma_in_indonesian() {
        assert_eq!(format_points(Lang::Id, crate::base::decimal::Points(7_500)), "0,75");
        assert_eq!(format_points(Lang::En, crate::base::decimal::Points(7_500)), "0.75");
        assert_eq!(format_points(Lang::Id, crate::base::decimal::Points(1_110_000)), "111");
    }

    #[test]
    fn long_dates_spell_the_month() {
        let date = NaiveDate::from_ymd_opt(2025, 10, 30).expect("test data");
        assert_eq!(format_date_long(Lang::Id, date), "30 Oktober 2025");
        assert_eq!(format_date_long(Lang::En, date), "30 October 2025");
        let at = DateTime::parse_from_rfc3339("2025-08-17T01:05:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(format_timestamp_long(Lang::Id, at, 420), "17 Agustus 2025 08.05");
        assert_eq!(format_timestamp_long(Lang::En, at, 0), "17 August 2025 01:05");
    }

    #[test]
    fn numbers_use_the_language_separators() {
        for (value, id, en) in [
            (6_501, "65,01", "65.01"),
            (0, "0,00", "0.00"),
            (7, "0,07", "0.07"),
            (11_100, "111,00", "111.00"),
            (123_456, "1.234,56", "1,234.56"),
            (123_456_789, "1.234.567,89", "1,234,567.89"),
            (-6_501, "-65,01", "-65.01"),
        ] {
            assert_eq!(format_number(Lang::Id, Hundredths(value)), id);
            assert_eq!(format_number(Lang::En, Hundredths(value)), en);
        }
    }

    #[test]
    fn sizes_are_human_and_never_overstated() {
        for (bytes, id, en) in [
            (0, "0 B", "0 B"),
            (1023, "1023 B", "1023 B"),
            (1024, "1,0 KB", "1.0 KB"),
            (12_595, "12,2 KB", "12.2 KB"),
            (1_572_864, "1,5 MB", "1.5 MB"),
            (2_147_483_647, "1,9 GB", "1.9 GB"),
            (u64::MAX, "16777215,9 TB", "16777215.9 TB"),
        ] {
            assert_eq!(format_size(Lang::Id, bytes), id, "{bytes}");
            assert_eq!(format_size(Lang::En, bytes), en, "{bytes}");
        }
    }
}

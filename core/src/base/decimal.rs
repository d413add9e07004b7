//! Exact decimal arithmetic for scores: scaled integers and exact fractions, never floats.
//!
//! Weights and points are [`Points`] (ten-thousandths of a point, so `0.75` and `0.38` are exact).
//! Averages divide by `MAX(k, n)` and are kept as an exact [`Ratio`] until output,
//! where [`Ratio::round2`] rounds half-up to two decimals and gives [`Hundredths`].

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Ten-thousandths per point.
pub const POINTS_SCALE: i64 = 10_000;

/// A score or weight in ten-thousandths of a point: `Points(7_500)` is 0.75.
///
/// Serialized as a decimal string ("0.75"); also read from JSON numbers.
/// Never stored in innovation records (scores are recomputed from levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Points(pub i64);

/// Why a decimal text could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a decimal number with at most 4 decimals")]
pub struct DecimalError(pub String);

impl Points {
    pub const ZERO: Points = Points(0);

    /// Whole points.
    pub fn whole(value: i64) -> Self {
        Points(value.saturating_mul(POINTS_SCALE))
    }

    /// Weight × level, exact.
    pub fn times(self, factor: i64) -> Self {
        Points(self.0.saturating_mul(factor))
    }

    pub fn plus(self, other: Points) -> Self {
        Points(self.0.saturating_add(other.0))
    }

    /// The exact value as a fraction.
    pub fn ratio(self) -> Ratio {
        Ratio::new(i128::from(self.0), i128::from(POINTS_SCALE))
    }

    /// Rounded half-up to hundredths (for output only).
    pub fn round2(self) -> Hundredths {
        self.ratio().round2()
    }
}

impl FromStr for Points {
    type Err = DecimalError;

    /// Reads "45", "0.75", "-1.5", "2.0000"; refuses more than 4 decimals, exponents and junk.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || DecimalError(text.to_owned());
        let trimmed = text.trim();
        let (negative, digits) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || fraction.len() > 4 {
            return Err(error());
        }
        if digits.contains('.') && fraction.is_empty() {
            return Err(error());
        }
        let whole: i64 = whole.parse().map_err(|_| error())?;
        let mut fraction_value: i64 =
            if fraction.is_empty() { 0 } else { fraction.parse().map_err(|_| error())? };
        for _ in fraction.len()..4 {
            fraction_value *= 10;
        }
        let magnitude = whole
            .checked_mul(POINTS_SCALE)
            .and_then(|w| w.checked_add(fraction_value))
            .ok_or_else(error)?;
        Ok(Points(if negative { -magnitude } else { magnitude }))
    }
}

impl fmt::Display for Points {
    /// The shortest exact decimal: "0.75", "45", "0.38".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let magnitude = self.0.unsigned_abs();
        let scale = POINTS_SCALE.unsigned_abs();
        let whole = magnitude / scale;
        let fraction = magnitude % scale;
        if fraction == 0 {
            write!(f, "{sign}{whole}")
        } else {
            let digits = format!("{fraction:04}");
            write!(f, "{sign}{whole}.{}", digits.trim_end_matches('0'))
        }
    }
}

impl Serialize for Points {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

struct PointsVisitor;

impl Visitor<'_> for PointsVisitor {
    type Value = Points;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number (string or JSON number) with at most 4 decimals")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Points, E> {
        value.parse().map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Points, E> {
        i64::try_from(value)
            .ok()
            .and_then(|v| v.checked_mul(POINTS_SCALE))
            .map(Points)
            .ok_or_else(|| E::custom(format!("{value} is too large")))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Points, E> {
        value
            .checked_mul(POINTS_SCALE)
            .map(Points)
            .ok_or_else(|| E::custom(format!("{value} is too large")))
    }

    /// JSON numbers with a fraction arrive as f64; their shortest text form is read exactly.
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Points, E> {
        format!("{value}").parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PointsVisitor)
    }
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// An exact fraction `num / den` with `den > 0`, kept in lowest terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i128,
    den: i128,
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den`; a zero denominator gives zero (callers never divide by zero: divisors are ≥ 1).
    pub fn new(num: i128, den: i128) -> Self {
        if den == 0 {
            return Ratio::ZERO;
        }
        let (num, den) = if den < 0 { (-num, -den) } else { (num, den) };
        let divisor = gcd(num, den).max(1);
        Ratio { num: num / divisor, den: den / divisor }
    }

    pub fn integer(value: i64) -> Self {
        Ratio::new(i128::from(value), 1)
    }

    pub fn numerator(self) -> i128 {
        self.num
    }

    pub fn denominator(self) -> i128 {
        self.den
    }

    pub fn plus(self, other: Ratio) -> Ratio {
        Ratio::new(self.num * other.den + other.num * self.den, self.den * other.den)
    }

    pub fn minus(self, other: Ratio) -> Ratio {
        Ratio::new(self.num * other.den - other.num * self.den, self.den * other.den)
    }

    pub fn times(self, other: Ratio) -> Ratio {
        Ratio::new(self.num * other.num, self.den * other.den)
    }

    /// Division; dividing by zero gives zero.
    pub fn over(self, other: Ratio) -> Ratio {
        Ratio::new(self.num * other.den, self.den * other.num)
    }

    /// Rounds half-up (half away from zero) to two decimals — the only rounding step.
    pub fn round2(self) -> Hundredths {
        let scaled = self.num * 100;
        let magnitude = (2 * scaled.abs() + self.den) / (2 * self.den);
        let signed = if scaled < 0 { -magnitude } else { magnitude };
        Hundredths(i64::try_from(signed).unwrap_or(if signed < 0 { i64::MIN } else { i64::MAX }))
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

/// A value rounded to two decimals, for output: `Hundredths(6_333)` shows as "63.33".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hundredths(pub i64);

impl fmt::Display for Hundredths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let magnitude = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", magnitude / 100, magnitude % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_read_and_print_exact_decimals() {
        for (text, value, shown) in [
            ("0.75", 7_500, "0.75"),
            ("0.38", 3_800, "0.38"),
            ("45", 450_000, "45"),
            ("2.0000", 20_000, "2"),
            ("-1.5", -15_000, "-1.5"),
            ("0.0001", 1, "0.0001"),
        ] {
            let points: Points = text.parse().expect("test data");
            assert_eq!(points, Points(value), "{text}");
            assert_eq!(points.to_string(), shown);
        }
        for bad in ["", ".5", "1.", "1.23456", "1e3", "abc", "--1", "1,5"] {
            assert!(bad.parse::<Points>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn points_deserialize_from_strings_and_numbers() {
        let values: Vec<Points> =
            serde_json::from_str(r#"["0.75", 3, 0.38, 45.5]"#).expect("test data");
        assert_eq!(values, vec![Points(7_500), Points(30_000), Points(3_800), Points(455_000)]);
        assert_eq!(serde_json::to_string(&Points(7_500)).expect("test data"), r#""0.75""#);
    }

    #[test]
    fn ratios_stay_exact_and_round_half_up_only_at_the_end() {
        let third = Ratio::new(1, 3);
        assert_eq!(third.plus(third).plus(third), Ratio::integer(1));
        assert_eq!(Ratio::new(1, 3).round2(), Hundredths(33));
        assert_eq!(Ratio::new(2, 3).round2(), Hundredths(67));
        assert_eq!(Ratio::new(1, 200).round2(), Hundredths(1));
        assert_eq!(Ratio::new(1, 201).round2(), Hundredths(0));
        assert_eq!(Ratio::new(-1, 200).round2(), Hundredths(-1));
        assert_eq!(Ratio::new(4, 8), Ratio::new(1, 2));
        assert!(Ratio::new(1, 3) < Ratio::new(34, 100));
        assert_eq!(Hundredths(6_333).to_string(), "63.33");
        assert_eq!(Hundredths(5).to_string(), "0.05");
        assert_eq!(Hundredths(0).to_string(), "0.00");
    }
}

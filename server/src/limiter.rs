//! Rate limiting per key: a token bucket of `rate` requests per minute, refilled continuously.
//!
//! The counters live in this process only: with several instances each one limits on its own,
//! which is fine for the purpose (keeping one misbehaving device from flooding the relay).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Bucket {
    tokens: f64,
    at: Instant,
}

pub struct Limiter {
    rate: f64,
    buckets: Mutex<HashMap<String, Bucket>>,
}

/// Above this many keys, full buckets are forgotten.
const SWEEP_AT: usize = 10_000;

impl Limiter {
    pub fn new(per_minute: u32) -> Self {
        Self { rate: f64::from(per_minute.max(1)), buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one token for `key`; `Err(wait)` when none is left.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        self.check_at(key, Instant::now())
    }

    fn check_at(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let per_second = self.rate / 60.0;
        let mut buckets = match self.buckets.lock() {
            Ok(guard) => guard,
            // A panic while holding the lock leaves plain numbers behind: still usable.
            Err(poisoned) => poisoned.into_inner(),
        };
        if buckets.len() > SWEEP_AT {
            let rate = self.rate;
            buckets.retain(|_, bucket| {
                bucket.tokens + now.duration_since(bucket.at).as_secs_f64() * per_second < rate
            });
        }
        let bucket = buckets.entry(key.to_owned()).or_insert(Bucket { tokens: self.rate, at: now });
        let refill = now.duration_since(bucket.at).as_secs_f64() * per_second;
        bucket.tokens = (bucket.tokens + refill).min(self.rate);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / per_second))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_cut_at_the_rate_and_refills_with_time() {
        let limiter = Limiter::new(60);
        let start = Instant::now();
        for _ in 0..60 {
            assert!(limiter.check_at("a", start).is_ok());
        }
        let wait = limiter.check_at("a", start).expect_err("the 61st is refused");
        assert!(wait <= Duration::from_secs(1) && wait > Duration::from_millis(900), "{wait:?}");
        assert!(limiter.check_at("b", start).is_ok(), "another key has its own bucket");
        assert!(limiter.check_at("a", start + Duration::from_secs(1)).is_ok());
        assert!(limiter.check_at("a", start + Duration::from_secs(1)).is_err());
    }
}

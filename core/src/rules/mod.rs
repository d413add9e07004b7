//! The rules applied to an innovation: validation against the year's catalog, kematangan and
//! IID scoring, the yearly roll-over, and the hand-over to the national app.
//!
//! **Layer rule:** imports only from `base` and `model`.

pub mod handover;
pub mod rollover;
pub mod scoring;
pub mod validation;

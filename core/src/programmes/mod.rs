//! Programmes the secretariat runs on top of the assessment: the local award ([`award`]) and the
//! KIPP proposal ([`kipp`]).
//!
//! **Layer rule:** may import from every other layer; nothing imports from here.

pub mod award;
pub mod kipp;

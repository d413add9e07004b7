//! What an innovation is: the national profile form ([`innovation`]), the year's IID catalog
//! ([`catalog`], data per year), units and regions ([`org`]), the 38 government affairs
//! ([`urusan`]), the Laboratorium Inovasi track ([`labinov`]) and the labels of their codes.
//!
//! **Layer rule:** imports only from `base`.

pub mod catalog;
pub mod innovation;
pub mod labels;
pub mod labinov;
pub mod org;
pub mod urusan;

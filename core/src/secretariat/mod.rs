//! The regional secretariat's workspace: the unit registry, the region config sent to agencies,
//! CSV imports, verification, the IID projection, the dashboard and recaps, the Labinov board,
//! and the demo region.
//!
//! **Layer rule:** imports only from `base`, `model`, `rules` and `exchange`; nothing outside
//! [`demo`] imports [`demo`].

pub mod columns;
pub mod dashboard;
pub mod demo;
pub mod documents;
mod error;
pub mod innovation_csv;
pub mod labinov_board;
pub mod projection;
pub mod recap;
pub mod recap_export;
pub mod region_config;
pub mod registry;
pub mod send_gate;
pub mod text;
pub mod verification;

pub use error::SecretariatError;

//! The ground every other layer stands on: the UI language, exact decimals, words, dates and
//! numbers as text, time zones, hashing, the streaming ZIP writer, sheets and CSV, chart geometry,
//! official documents (print and Word), QR codes, and the app's route table.
//!
//! **Layer rule:** nothing here imports from the rest of core.

pub mod chart;
pub mod csv_table;
pub mod decimal;
pub mod document;
pub mod format;
pub mod hash;
pub mod lang;
pub mod qr;
pub mod routes;
pub mod sheet;
pub mod words;
pub mod zip;
pub mod zone;

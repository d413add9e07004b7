//! One module per route.

pub mod award;
pub mod editor;
pub mod export;
pub mod handover;
pub mod home;
pub mod import;
pub mod kipp;
pub mod list;
pub mod not_found;
pub mod print;
pub mod secretariat;
pub mod settings;
pub mod start;
pub mod trash;

//! Reusable view pieces.

pub mod lang_switch;
pub mod update_banner;

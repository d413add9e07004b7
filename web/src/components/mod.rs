//! Reusable view pieces.

pub mod header_nav;
pub mod lang_switch;
pub mod loaded;
pub mod more_rows;
pub mod official_document;
pub mod print_actions;
pub mod row_button;
pub mod scroll_table;
pub mod status_banners;
pub mod undo_toast;
pub mod update_banner;
pub mod workspace_line;

//! What travels and what is kept: the versioned innovation record, signed bundles, passphrase
//! backups, the IID JSON contract of the command line, and the export reminder.
//!
//! **Layer rule:** imports only from `base`, `model` and `rules`.

pub mod backup;
pub mod bundle;
pub mod iid_json;
pub mod record;
pub mod reminder;
pub mod sealed;

//! What travels and what is kept: the versioned innovation record, signed bundles, passphrase
//! backups, the IID JSON contract of the command line, the export reminder, and the relay's
//! outbox and inbox as a device keeps them.
//!
//! **Layer rule:** imports only from `base`, `model` and `rules`.

pub mod backup;
pub mod bundle;
pub mod iid_json;
pub mod record;
pub mod relay;
pub mod reminder;
pub mod sealed;

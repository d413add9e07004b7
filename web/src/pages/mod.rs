//! One module per route, and `relay`: the relay's pieces of Pengaturan, the list and Impor.

pub mod award;
pub mod documents;
pub mod editor;
pub mod export;
pub mod handover;
pub mod home;
pub mod import;
pub mod kipp;
pub mod list;
pub mod not_found;
pub mod print;
pub mod relay;
pub mod secretariat;
pub mod settings;
pub mod start;
pub mod trash;

use inovda_core::Innovation;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::error::LoadError;
use crate::storage::Repo;

/// The innovation stored under `id`, or `None` when it is not on this device.
pub(crate) async fn innovation_of(repo: &Repo, id: &str) -> Result<Option<Innovation>, LoadError> {
    match repo.get_innovation(id).await? {
        Some(record) => Ok(Some(record.to_domain()?)),
        None => Ok(None),
    }
}

/// The `:id` of the current route (empty when the route has none).
pub(crate) fn route_id() -> String {
    use_params_map().with_untracked(|p| p.get("id").unwrap_or_default())
}

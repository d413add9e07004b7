//! Long lists drawn page by page: a list shows its first [`PAGE`] rows, says how many of how
//! many it shows, and "Tampilkan n lagi" draws the next ones. The page resets its `limit` to
//! [`PAGE`] when its search or filters change.

use leptos::prelude::*;

use crate::state::use_app_state;

/// Rows drawn at a time.
pub const PAGE: usize = 50;

/// "Menampilkan 50 dari 2000 inovasi." and "Tampilkan 50 lagi" under a list of `total` rows of
/// which `drawn` are drawn; nothing once every row is. `what` names the rows in (id, en).
#[component]
pub fn MoreRows(
    drawn: usize,
    total: usize,
    limit: RwSignal<usize>,
    what: (&'static str, &'static str),
) -> impl IntoView {
    let state = use_app_state();
    let next = PAGE.min(total.saturating_sub(drawn));
    (next > 0).then(|| {
        view! {
            <div class="list-more">
                <p data-testid="list-count">
                    {move || {
                        let lang = state.lang.get();
                        lang.pick((
                            format!("Menampilkan {drawn} dari {total} {}.", what.0),
                            format!("Showing {drawn} of {total} {}.", what.1),
                        ))
                    }}
                </p>
                <button type="button" on:click=move |_| limit.update(|n| *n += PAGE)>
                    {move || state.lang.get().pick((format!("Tampilkan {next} lagi"), format!("Show {next} more")))}
                </button>
            </div>
        }
    })
}

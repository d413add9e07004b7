//! The one way a page shows data it loads: a [`LocalResource`] read inside a `Transition`
//! (the previous content stays while it reloads), "Memuat…" until the first answer, and a
//! failure in the UI's language.

use leptos::prelude::*;

use crate::error::UserError;
use crate::i18n::{common, t};
use crate::state::use_app_state;

/// Shows `body` with the loaded value, or the failure.
///
/// ```ignore
/// let rows = LocalResource::new(move || load_rows(state.repo()));
/// view! { <Loaded resource=rows body=move |rows| view! { <RowList rows /> } /> }
/// ```
#[component]
pub fn Loaded<T, E, V, F>(resource: LocalResource<Result<T, E>>, body: F) -> impl IntoView
where
    T: Clone + 'static,
    E: UserError + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
{
    let state = use_app_state();
    let body = StoredValue::new(body);
    view! {
        <Transition fallback=move || view! {
            <p class="loading" role="status">{move || t(state.lang.get(), common::Key::Loading)}</p>
        }>
            {move || resource.get().map(|loaded| match loaded {
                Ok(value) => body.with_value(|body| body(value)).into_any(),
                Err(error) => view! {
                    <p class="error" role="alert">{move || error.message(state.lang.get())}</p>
                }
                .into_any(),
            })}
        </Transition>
    }
}

/// A [`Loaded`] body for a subject that may not be on this device (a deleted innovation, a
/// stale link): "not found" when the loaded value is `None`, `body` with it otherwise.
pub fn or_not_found<T, V>(
    body: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl Fn(Option<T>) -> AnyView + Send + Sync + 'static
where
    V: IntoView + 'static,
{
    let state = use_app_state();
    move |found| match found {
        Some(value) => body(value).into_any(),
        None => view! { <p class="error">{move || t(state.lang.get(), common::Key::NotFound)}</p> }
            .into_any(),
    }
}

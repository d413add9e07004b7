//! The line under a page's header naming whose workspace this is: agency · region (· year).

use leptos::prelude::*;

/// "Dinas Sosial · Kabupaten Contoh", with the assessment year after them when given.
#[component]
pub fn WorkspaceLine(
    agency: String,
    region: String,
    #[prop(optional)] year: Option<u16>,
) -> impl IntoView {
    view! {
        <p class="workspace">
            <span class="agency">{agency}</span>
            " · "
            <span class="region">{region}</span>
            {year.map(|year| view! { " · " <span class="year">{year}</span> })}
        </p>
    }
}

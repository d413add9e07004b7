//! A button in a list row whose visible text is short ("Ubah", "Hapus") and whose accessible
//! name also says which row it acts on.

use leptos::prelude::*;

/// `label`, then the row's `name` for screen readers only; `danger` marks a removal.
#[component]
pub fn RowButton(
    label: &'static str,
    name: String,
    #[prop(into)] danger: Signal<bool>,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class:danger=danger on:click=move |_| on_click.run(())>
            {label}
            <span class="visually-hidden">" " {name}</span>
        </button>
    }
}

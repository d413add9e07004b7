//! A wide table in its own scrolling region: focusable, named by a heading, with one header row.

use inovda_core::Lang;
use leptos::prelude::*;

use crate::i18n::{Texts, t};

/// `columns` as the header row and `children` as the body rows, inside a region named by the
/// element `labelled_by` (and described by `described_by`, when given).
#[component]
pub fn ScrollTable(
    labelled_by: String,
    class: &'static str,
    columns: Vec<String>,
    #[prop(optional)] described_by: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by
            aria-describedby=described_by>
            <table class=class data-testid=testid>
                <thead>
                    <tr>
                        {columns.into_iter().map(|column| view! { <th scope="col">{column}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// The texts of `keys` in `lang`, as column headings.
pub fn columns<K: Texts>(lang: Lang, keys: &[K]) -> Vec<String> {
    keys.iter().map(|&key| t(lang, key).to_owned()).collect()
}

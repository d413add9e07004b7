//! Core's [`Document`] drawn as an A4 page: the kop or the annex heading, the title and number,
//! the body, the place and date, the signature blocks side by side and the QR stamp. On a
//! phone's screen its tables become one card per row; printed, it is the letter.

use inovda_core::base::document::{Block, Document, Heading};
use inovda_core::base::qr::qr_svg;
use leptos::prelude::*;

/// The page of `document`; `qr_label` names the QR code for screen readers.
#[component]
pub fn OfficialDocument(document: Document, qr_label: String) -> impl IntoView {
    let heading = match document.heading {
        Heading::Letterhead { lines, address } => view! {
            <header class="doc-kop">
                {lines.into_iter().map(|line| view! { <p class="doc-kop-line">{line}</p> }).collect_view()}
                {(!address.is_empty()).then(|| view! { <p class="doc-kop-address">{address}</p> })}
            </header>
        }
        .into_any(),
        Heading::Annex { lines } => view! {
            <header class="doc-annex-note">
                {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </header>
        }
        .into_any(),
    };
    let blocks = document
        .blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(text) => view! { <p class="doc-paragraph">{text}</p> }.into_any(),
            Block::Heading(text) => view! { <h3 class="doc-heading">{text}</h3> }.into_any(),
            Block::Facts(facts) => view! {
                <dl class="doc-facts">
                    {facts.into_iter().map(|fact| view! {
                        <div><dt>{fact.label}</dt><dd>{fact.value}</dd></div>
                    }).collect_view()}
                </dl>
            }
            .into_any(),
            Block::Table(table) => {
                let titles: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
                let centred: Vec<bool> = table.columns.iter().map(|c| c.centred).collect();
                view! {
                    <table class="doc-table cards-on-phone">
                        <thead><tr>
                            {table.columns.iter().map(|column| view! {
                                <th scope="col" style=format!("width: {}%", column.weight)>{column.title.clone()}</th>
                            }).collect_view()}
                        </tr></thead>
                        <tbody>
                            {table.rows.into_iter().map(|row| view! {
                                <tr>
                                    {row.into_iter().enumerate().map(|(index, value)| {
                                        let label = titles.get(index).cloned().unwrap_or_default();
                                        let class = if centred.get(index).copied().unwrap_or(false) { "centred" } else { "" };
                                        view! { <td data-label=label class=class>{value}</td> }
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }
        })
        .collect_view();
    let single = document.signatures.len() == 1;
    let signatures = document
        .signatures
        .into_iter()
        .map(|signature| {
            view! {
                <div class="doc-signature">
                    <p>{signature.intro}</p>
                    <p>{signature.office}</p>
                    <p class="doc-sign-space" aria-hidden="true"></p>
                    <p class="doc-sign-name">{signature.name}</p>
                    <p>{signature.id_line}</p>
                </div>
            }
        })
        .collect_view();
    let stamp = document.stamp.map(|stamp| {
        // The SVG is drawn by the QR crate from the hash alone: no user text goes into it.
        let svg = qr_svg(&stamp.payload, 112).unwrap_or_default();
        view! {
            <figure class="doc-stamp">
                <div class="doc-qr" role="img" aria-label=qr_label data-testid="doc-qr" inner_html=svg></div>
                <figcaption>{stamp.caption}</figcaption>
            </figure>
        }
    });
    let class = if document.landscape { "official-doc landscape" } else { "official-doc" };
    view! {
        <article class=class data-testid="official-doc">
            {heading}
            <div class="doc-title">
                {document.title.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                {document.number.map(|number| view! { <p class="doc-number" data-testid="doc-number">{number}</p> })}
            </div>
            {blocks}
            {(!document.place_date.is_empty()).then(|| view! { <p class="doc-place-date">{document.place_date.clone()}</p> })}
            <div class=if single { "doc-signatures single" } else { "doc-signatures" }>{signatures}</div>
            {stamp}
        </article>
    }
}

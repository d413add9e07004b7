//! "Layak kirim" on Serahkan ke nasional (the secretariat's device): the year's threshold, how
//! many innovations are ready to send, and why each other one is not. The rule is core's
//! [`send_gate`]; the threshold travels to the units with the next config bundle.

use inovda_core::secretariat::send_gate::{
    gate_headline, not_ready_message, parse_threshold, send_gate, threshold_error_message,
};
use inovda_core::{Catalog, Innovation};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::loaded::Loaded;
use crate::error::{LoadError, UserError};
use crate::i18n::{common, secretariat::Key, t};
use crate::platform;
use crate::state::use_app_state;
use crate::storage::Repo;

/// One innovation at the gate, as the panel lists it.
#[derive(Clone)]
struct Line {
    name: String,
    agency: String,
    /// `None`: ready to send.
    reason: Option<inovda_core::secretariat::send_gate::NotReady>,
}

/// The gate of `year`: its threshold (`None` while not set) and one line per innovation.
async fn load(repo: Repo, year: u16) -> Result<(Option<u32>, Vec<Line>), LoadError> {
    let catalog = Catalog::builtin(year)?;
    let threshold = repo.get_send_threshold(year).await?;
    let innovations: Vec<Innovation> =
        repo.list_innovations().await?.iter().filter_map(|r| r.to_domain().ok()).collect();
    let verdicts = repo.list_verdicts().await?;
    let gate =
        send_gate(&catalog, &innovations, &verdicts, threshold.unwrap_or(0), platform::today());
    let mut lines: Vec<Line> = gate
        .into_iter()
        .map(|line| Line {
            agency: innovations
                .iter()
                .find(|i| i.id.to_string() == line.innovation_id)
                .map(|i| i.agency.clone())
                .unwrap_or_default(),
            name: line.name,
            reason: line.not_ready,
        })
        .collect();
    lines.sort_by(|a, b| a.agency.cmp(&b.agency).then_with(|| a.name.cmp(&b.name)));
    Ok((threshold, lines))
}

/// The panel: threshold form, headline, the innovations not ready with their reason, the ready.
#[component]
pub fn SendGatePanel(year: RwSignal<u16>) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let loaded = LocalResource::new(move || load(state.repo(), year.get()));
    let typed = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<(bool, String)>);
    // The stored threshold fills the field once read (and after a year change).
    Effect::new(move |_| {
        if let Some(Ok((threshold, _))) = loaded.get() {
            typed.set(threshold.map(|t| t.to_string()).unwrap_or_default());
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = state.lang.get_untracked();
        let threshold = match parse_threshold(&typed.get_untracked()) {
            Ok(threshold) => threshold,
            Err(bad) => {
                outcome.set(Some((false, threshold_error_message(lang, &bad))));
                return;
            }
        };
        let repo = state.repo();
        let year = year.get_untracked();
        spawn_local(async move {
            outcome.try_set(Some(match repo.put_send_threshold(year, threshold).await {
                Ok(()) => (true, t(lang, Key::GateSaved).to_owned()),
                Err(error) => {
                    (false, format!("{} {}", t(lang, common::Key::SaveFailed), error.message(lang)))
                }
            }));
            loaded.refetch();
        });
    };
    let body = move |(threshold, lines): (Option<u32>, Vec<Line>)| {
        let lang = state.lang.get();
        let (waiting, done): (Vec<Line>, Vec<Line>) =
            lines.into_iter().partition(|line| line.reason.is_some());
        let untitled = t(lang, common::Key::Untitled);
        let name_of = move |line: &Line| {
            if line.name.is_empty() { untitled.to_owned() } else { line.name.clone() }
        };
        view! {
            <p class="headline" data-testid="send-gate">
                {gate_headline(lang, done.len(), done.len() + waiting.len(), threshold.unwrap_or(0))}
            </p>
            {threshold.is_none().then(|| view! { <p class="hint">{t(lang, Key::GateNotSet)}</p> })}
            {(!waiting.is_empty()).then(|| view! {
                <h4>{t(lang, Key::GateNotReadyHeading)}</h4>
                <ul class="gate-lines" data-testid="gate-not-ready">
                    {waiting.iter().map(|line| view! {
                        <li>
                            <strong>{name_of(line)}</strong> " · " {line.agency.clone()} ": "
                            {line.reason.map(|reason| not_ready_message(lang, &reason))}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!done.is_empty()).then(|| view! {
                <h4>{t(lang, Key::GateReady)}</h4>
                <ul class="gate-lines" data-testid="gate-ready">
                    {done.iter().map(|line| view! {
                        <li><strong>{name_of(line)}</strong> " · " {line.agency.clone()}</li>
                    }).collect_view()}
                </ul>
            })}
        }
    };
    view! {
        <section class="send-gate" aria-labelledby="send-gate-heading">
            <h3 id="send-gate-heading">{move || text(Key::GateHeading)}</h3>
            <p class="hint">{move || text(Key::GateHint)}</p>
            <form class="field inline" on:submit=save novalidate>
                <label for="send-threshold">{move || text(Key::GateThresholdLabel)}</label>
                <input id="send-threshold" type="text" inputmode="numeric" autocomplete="off"
                    prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
                <button type="submit">{move || text(Key::GateSave)}</button>
            </form>
            {move || outcome.get().map(|(ok, msg)| view! {
                <p class=if ok { "notice" } else { "error" } role="status">{msg}</p>
            })}
            <Loaded resource=loaded body />
            <p>
                <a class="button-link" href=crate::pages::documents::ANNEX_PATH>
                    {move || t(state.lang.get(), crate::i18n::documents::Key::AnnexLink)}
                </a>
            </p>
        </section>
    }
}

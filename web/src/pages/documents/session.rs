//! `/dokumen/berita-acara-sesi?tanggal=YYYY-MM-DD`: the berita acara of one day's verifications
//! (core's [`session_report`]); the day is chosen among the days with verdicts, newest first.

use std::collections::HashSet;

use chrono::NaiveDate;
use inovda_core::base::format::format_date_long;
use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::secretariat::documents::{SessionReportInput, session_dates, session_report};
use inovda_core::{Catalog, Innovation};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::{DocumentDesk, MakeDocument, SESSION_PATH};
use crate::components::loaded::Loaded;
use crate::components::print_actions::PrintActions;
use crate::error::LoadError;
use crate::i18n::{documents, documents::Key, t};
use crate::pages::secretariat::secretariat_only;
use crate::pages::secretariat::verification::VERIFICATION_PATH;
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo};

/// Every verdict and every innovation a verdict may need: the current records and, for
/// verdicts on an earlier revision, the kept revisions.
#[derive(Clone)]
struct Sessions {
    catalog: Catalog,
    verdicts: Vec<VerdictRecord>,
    innovations: Vec<Innovation>,
}

async fn load(repo: Repo, year: u16) -> Result<Sessions, LoadError> {
    let catalog = Catalog::builtin(year)?;
    let records = repo.list_innovations().await?;
    let year_ids: HashSet<String> =
        records.iter().filter(|r| r.year == year).map(|r| r.id.clone()).collect();
    let verdicts: Vec<VerdictRecord> = repo
        .list_verdicts()
        .await?
        .into_iter()
        .filter(|v| year_ids.contains(&v.innovation_id))
        .collect();
    let mut innovations: Vec<Innovation> = Vec::new();
    for record in records.iter().filter(|r| year_ids.contains(&r.id)) {
        innovations.push(record.to_domain()?);
        let older =
            verdicts.iter().any(|v| v.innovation_id == record.id && v.revision != record.revision);
        if older {
            for kept in repo.kept_revisions_of(&record.id).await? {
                if let Ok(innovation) = kept.to_domain() {
                    innovations.push(innovation);
                }
            }
        }
    }
    Ok(Sessions { catalog, verdicts, innovations })
}

#[component]
pub fn SessionReportPage() -> impl IntoView {
    secretariat_only(|profile| view! { <SessionPage profile /> })
}

#[component]
fn SessionPage(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let year = profile.year.unwrap_or_default();
    let loaded = LocalResource::new(move || load(state.repo(), year));
    let query = use_query_map();
    let asked = move || {
        query
            .with(|q| q.get("tanggal").and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()))
    };
    let secretariat = profile.agency.clone();
    let body = move |sessions: Sessions| {
        let zone = platform::zone();
        let days = session_dates(&sessions.verdicts, zone);
        let Some(newest) = days.first().copied() else {
            return view! {
                <p class="notice" role="status">{text(Key::NoSessions)}</p>
                <p><a class="button-link" href=VERIFICATION_PATH>{text(Key::BackToVerification)}</a></p>
            }
            .into_any();
        };
        let day = Memo::new({
            let days = days.clone();
            move |_| asked().filter(|d| days.contains(d)).unwrap_or(newest)
        });
        let counts: Vec<(NaiveDate, usize)> = days
            .iter()
            .map(|d| {
                let ids: HashSet<&str> = sessions
                    .verdicts
                    .iter()
                    .filter(|v| session_dates(std::slice::from_ref(*v), zone).first() == Some(d))
                    .map(|v| v.innovation_id.as_str())
                    .collect();
                (*d, ids.len())
            })
            .collect();
        let navigate = use_navigate();
        let choose = move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            navigate(&format!("{SESSION_PATH}?tanggal={value}"), Default::default());
        };
        let Sessions { catalog, verdicts, innovations } = sessions;
        let secretariat = secretariat.clone();
        let make: MakeDocument =
            Callback::new(move |(lang, settings, number, date): (_, _, String, _)| {
                session_report(&SessionReportInput {
                    lang,
                    settings: &settings,
                    catalog: &catalog,
                    secretariat: &secretariat,
                    day: day.get(),
                    verdicts: &verdicts,
                    innovations: &innovations,
                    number: &number,
                    date,
                    zone,
                })
            });
        let key = Signal::derive(move || format!("session:{}", day.get().format("%Y-%m-%d")));
        view! {
            <DocumentDesk key default_date=Signal::derive(move || day.get()) make>
                <div class="field">
                    <label for="session-day">{move || text(Key::SessionLabel)}</label>
                    <select id="session-day" on:change=choose>
                        {counts.into_iter().map(|(d, count)| {
                            let value = d.format("%Y-%m-%d").to_string();
                            view! {
                                <option value=value prop:selected=move || day.get() == d>
                                    {move || documents::session_option(state.lang.get(), &format_date_long(state.lang.get(), d), count)}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
            </DocumentDesk>
        }
        .into_any()
    };
    view! {
        <PrintActions back=VERIFICATION_PATH.to_owned() back_label=Key::BackToVerification />
        <main class="page document-page">
            <h1 class="screen-only">{move || text(Key::SessionTitle)}</h1>
            <Loaded resource=loaded body />
        </main>
    }
}

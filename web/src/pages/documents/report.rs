//! `/dokumen/berita-acara/:id`: the berita acara of one innovation's latest verification (core's
//! [`verification_report`]), of the revision that was reviewed (kept on this device when the
//! unit has sent a later one), with the year's "layak kirim" threshold in its recommendation.

use chrono::{DateTime, NaiveDate};
use inovda_core::exchange::bundle::VerdictRecord;
use inovda_core::secretariat::documents::{VerificationReportInput, verification_report};
use inovda_core::secretariat::verification::{latest_verdict, reviewed_record};
use inovda_core::{Catalog, Innovation};
use leptos::prelude::*;

use super::{DocumentDesk, MakeDocument};
use crate::components::loaded::Loaded;
use crate::components::print_actions::PrintActions;
use crate::error::LoadError;
use crate::i18n::{documents::Key, t};
use crate::pages::route_id;
use crate::pages::secretariat::secretariat_only;
use crate::pages::secretariat::verification::review_href;
use crate::platform;
use crate::state::use_app_state;
use crate::storage::{ProfileDto, Repo};

/// What the berita acara reports on.
#[derive(Clone)]
struct Subject {
    catalog: Catalog,
    /// The innovation as reviewed; `None` with the verdict when no verdict exists yet.
    reviewed: Option<(Innovation, VerdictRecord)>,
    threshold: Option<u32>,
}

async fn load(repo: Repo, id: String) -> Result<Subject, LoadError> {
    let record = repo.get_innovation(&id).await?.ok_or(LoadError::NotFound)?;
    let catalog = Catalog::builtin(record.year)?;
    let threshold = repo.get_send_threshold(record.year).await?;
    let verdicts = repo.list_verdicts().await?;
    let Some(verdict) = latest_verdict(&id, &verdicts).cloned() else {
        return Ok(Subject { catalog, reviewed: None, threshold });
    };
    let kept = repo.kept_revisions_of(&id).await?;
    // The reviewed revision when it is kept; otherwise the current one (its levels may differ).
    let source = reviewed_record(&verdict, &record, &kept).unwrap_or(&record);
    let mut innovation = source.to_domain()?;
    innovation.revision = verdict.revision;
    Ok(Subject { catalog, reviewed: Some((innovation, verdict)), threshold })
}

/// The day the verdict was decided, in the region's zone.
fn decided_day(verdict: &VerdictRecord) -> NaiveDate {
    DateTime::parse_from_rfc3339(&verdict.decided_at)
        .map(|at| platform::zone().local(at.to_utc()).date())
        .unwrap_or_else(|_| platform::today())
}

#[component]
pub fn VerificationReportPage() -> impl IntoView {
    secretariat_only(|profile| view! { <ReportPage profile /> })
}

#[component]
fn ReportPage(profile: ProfileDto) -> impl IntoView {
    let state = use_app_state();
    let text = move |key| t(state.lang.get(), key);
    let id = route_id();
    let back = review_href(&id);
    let loaded = LocalResource::new({
        let id = id.clone();
        move || load(state.repo(), id.clone())
    });
    let secretariat = profile.agency.clone();
    let body = move |subject: Subject| {
        let Some((innovation, verdict)) = subject.reviewed else {
            return view! {
                <p class="notice" role="status">{text(Key::NoVerdict)}</p>
                <p><a class="button-link" href=review_href(&id)>{text(Key::OpenReview)}</a></p>
            }
            .into_any();
        };
        let day = decided_day(&verdict);
        let key = Signal::stored(format!("report:{}:r{}", id, verdict.revision));
        let catalog = subject.catalog;
        let threshold = subject.threshold;
        let secretariat = secretariat.clone();
        let make: MakeDocument =
            Callback::new(move |(lang, settings, number, date): (_, _, String, _)| {
                verification_report(&VerificationReportInput {
                    lang,
                    settings: &settings,
                    catalog: &catalog,
                    secretariat: &secretariat,
                    innovation: &innovation,
                    verdict: &verdict,
                    number: &number,
                    date,
                    zone: platform::zone(),
                    threshold,
                })
            });
        view! { <DocumentDesk key default_date=Signal::stored(day) make /> }.into_any()
    };
    view! {
        <PrintActions back back_label=Key::BackToReview />
        <main class="page document-page">
            <h1 class="screen-only">{move || text(Key::ReportTitle)}</h1>
            <Loaded resource=loaded body />
        </main>
    }
}

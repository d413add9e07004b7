//! Benchmark: dashboard + klaim/terverifikasi projection for 300 agencies and 2,000 innovations.
//!
//! `cargo run --release -p inovda-core --example dashboard_bench` prints the milliseconds
//! (best and median of 7 runs after one warm-up). Not a timed test: the figure is for people.

use std::collections::BTreeMap;
use std::time::Instant;

use inovda_core::Catalog;
use inovda_core::base::decimal::Points;
use inovda_core::base::lang::Lang;
use inovda_core::secretariat::dashboard::{DashboardInput, dashboard};
use inovda_core::secretariat::demo::synthetic_region;
use inovda_core::secretariat::projection::project;

fn main() {
    let catalog = Catalog::builtin(2026).expect("the 2026 catalog ships with the build");
    let now = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default();
    let (registry, innovations) = synthetic_region(&catalog, 42, 300, 2_000, now);
    let last_bundles = BTreeMap::new();
    let what_if = [Points::whole(60), Points::whole(90), Points::whole(111)];
    let mut runs = Vec::new();
    for run in 0..8 {
        let start = Instant::now();
        let dash = dashboard(DashboardInput {
            catalog: &catalog,
            registry: &registry,
            innovations: &innovations,
            verdicts: &[],
            last_bundles: &last_bundles,
            min_per_agency: 1,
        });
        let projection = project(&catalog, Points::whole(45), &innovations, &[], &what_if);
        let charts = (dash.kind_chart(Lang::Id, 360.0), dash.stage_chart(Lang::Id, 360.0));
        let elapsed = start.elapsed();
        std::hint::black_box((&dash, &projection, &charts));
        if run == 0 {
            println!(
                "{} agencies, {} innovations: {} dari {} instansi, IID klaim {}",
                registry.agencies.len(),
                innovations.len(),
                dash.with_innovation,
                dash.active_agencies,
                projection.claimed.result.iid.round2()
            );
        } else {
            runs.push(elapsed.as_secs_f64() * 1000.0);
        }
    }
    runs.sort_by(f64::total_cmp);
    println!(
        "dashboard + projection + charts: best {:.2} ms, median {:.2} ms (7 runs)",
        runs[0],
        runs[runs.len() / 2]
    );
}

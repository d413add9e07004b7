//! Award tests: round validation, entry selection, sheets, merging, ranking (cases as data),
//! winners CSV and the award/jury bundles.

use std::collections::BTreeMap;

use chrono::DateTime;

use super::exchange::{input_key, parse_score};
use super::*;
use crate::base::decimal::Ratio;
use crate::base::lang::Lang;
use crate::exchange::bundle::{SigningKey, VerifiedLevel, read_bundle, write_bundle};
use crate::exchange::record::{InnovationRecord, revision_hash};
use crate::model::innovation::{Innovation, InnovationId, Level};
use crate::model::org::AgencyId;
use crate::secretariat::SecretariatError;
use crate::secretariat::registry::AgencyDraft;

const ROUND: &str = "5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a";

/// Nothing held for the entries: packages with names and units only.
fn no_dossiers() -> Dossiers<'static> {
    static NONE: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    Dossiers { records: &[], proposals: &[], stored: NONE.get_or_init(Default::default) }
}

fn round() -> AwardRound {
    let mut round = AwardRound::new(ROUND, "Anugerah Inovasi 2026", 2026, "Kab. Contoh", "BRIDA");
    round.add_juror("Dr. Sari");
    round.add_juror("Ir. Budi");
    round
}

fn entry(id: &str, name: &str, category: &str, maturity: i64) -> AwardEntry {
    AwardEntry {
        innovation_id: id.into(),
        revision: 1,
        name: name.into(),
        agency: "Dinas".into(),
        agency_kind: None,
        category: category.into(),
        category_overridden: false,
        maturity: Points::whole(maturity),
        field_note: String::new(),
    }
}

fn sheet(juror: &str, at: &str, scores: &[(&str, [u8; 5])]) -> JurySheet {
    let codes = [
        "kebaruan",
        "kemanfaatan",
        "kewenangan_kolaborasi",
        "replikasi_aplikatif",
        "penguasaan_materi",
    ];
    JurySheet {
        schema_version: AWARD_SCHEMA_VERSION,
        round_id: ROUND.into(),
        juror_id: juror.into(),
        juror_name: juror.into(),
        submitted_at: at.into(),
        scores: scores
            .iter()
            .map(|(id, values)| {
                let per: BTreeMap<String, u8> =
                    codes.iter().zip(values).map(|(c, v)| ((*c).to_owned(), *v)).collect();
                ((*id).to_owned(), per)
            })
            .collect(),
    }
}

#[test]
fn a_new_round_has_the_documented_defaults_and_validates_once_it_has_jurors() {
    let fresh = AwardRound::new(ROUND, "Anugerah", 2026, "Kab. Contoh", "BRIDA");
    let weights: Vec<(String, u32)> =
        fresh.criteria.iter().map(|c| (c.code.clone(), c.weight)).collect();
    assert_eq!(
        weights,
        [
            ("kebaruan".to_owned(), 30),
            ("kemanfaatan".to_owned(), 25),
            ("kewenangan_kolaborasi".to_owned(), 15),
            ("replikasi_aplikatif".to_owned(), 20),
            ("penguasaan_materi".to_owned(), 10),
        ]
    );
    assert_eq!(fresh.weight_sum(), 100);
    assert_eq!(fresh.categories.len(), 6);
    assert_eq!(fresh.stages.len(), 5);
    let codes: Vec<(&str, String)> =
        fresh.validate().into_iter().map(|i| (i.code.code(), i.path)).collect();
    assert_eq!(codes, [("empty", "jurors".to_owned())]);
    assert!(round().validate().is_empty());
    assert_eq!(round().jurors[1].id, "juri-2");
}

#[test]
fn every_round_problem_is_collected_with_its_path() {
    // (change, expected (code, path) list)
    type Change = fn(&mut AwardRound);
    let cases: [(Change, &[(&str, &str)]); 8] = [
        (|r| r.name = "  ".into(), &[("required", "name")]),
        (|r| r.criteria[0].weight = 35, &[("weights_sum", "criteria")]),
        (|r| r.criteria.clear(), &[("empty", "criteria")]),
        (|r| r.categories[2].winners = 0, &[("winners_too_few", "categories[2].winners")]),
        (|r| r.jurors[1].name = "dr.  sari".into(), &[("duplicate", "jurors[1].name")]),
        (|r| r.categories.clear(), &[("empty", "categories")]),
        (|r| r.current_stage = "lain".into(), &[("unknown_stage", "current_stage")]),
        (
            |r| {
                r.entries.push(entry("a", "A", "rsud", 80));
                r.criteria[4].name.clear();
            },
            &[("required", "criteria[4].name"), ("unknown_category", "entries[0].category")],
        ),
    ];
    for (index, (change, expected)) in cases.into_iter().enumerate() {
        let mut changed = round();
        change(&mut changed);
        let found: Vec<(&str, String)> =
            changed.validate().into_iter().map(|i| (i.code.code(), i.path)).collect();
        let expected: Vec<(&str, String)> =
            expected.iter().map(|(c, p)| (*c, (*p).to_owned())).collect();
        assert_eq!(found, expected, "case {index}");
        for issue in changed.validate() {
            assert!(!award_issue_message(Lang::Id, &issue).is_empty());
        }
    }
    let mut bad = round();
    bad.criteria[0].weight = 35;
    let message = award_issue_message(Lang::Id, &bad.validate()[0]);
    assert_eq!(message, "Jumlah bobot kriteria harus 100, sekarang 105.");
}

#[test]
fn agency_kinds_map_to_the_documented_categories() {
    for (kind, category) in [
        (Some(AgencyKind::Office), "perangkat_daerah"),
        (Some(AgencyKind::Hospital), "perangkat_daerah"),
        (Some(AgencyKind::District), "kecamatan_kelurahan"),
        (Some(AgencyKind::Village), "kecamatan_kelurahan"),
        (Some(AgencyKind::HealthCenter), "puskesmas"),
        (Some(AgencyKind::School), "sekolah"),
        (Some(AgencyKind::RegionalEnterprise), "bumd"),
        (Some(AgencyKind::Community), "masyarakat"),
        (None, "perangkat_daerah"),
    ] {
        assert_eq!(default_category(kind), category, "{kind:?}");
        assert!(default_categories().iter().any(|c| c.code == category));
    }
}

fn innovation(byte: u8, name: &str, agency: &str, level: u8) -> Innovation {
    let now =
        DateTime::parse_from_rfc3339("2026-06-01T08:00:00+07:00").expect("test data").to_utc();
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([byte; 16]),
        agency,
        "Kab. Contoh",
        2026,
        now,
    );
    innovation.name = name.into();
    for number in 16..=35 {
        innovation.indicator_mut(number).claimed = Level::new(level);
    }
    innovation.submit(now);
    innovation
}

fn verdict(innovation: &Innovation, status: &str, level: u8) -> VerdictRecord {
    let record = InnovationRecord::from(innovation);
    VerdictRecord {
        schema_version: crate::exchange::bundle::VERDICT_SCHEMA_VERSION,
        innovation_id: record.id.clone(),
        revision: record.revision,
        revision_hash: revision_hash(&record),
        status: status.into(),
        verified: (16..=35)
            .map(|number| VerifiedLevel { number, level, note: String::new() })
            .collect(),
        notes: String::new(),
        decided_at: "2026-07-01T09:00:00+07:00".into(),
    }
}

#[test]
fn entries_are_the_verified_innovations_above_the_minimum_with_their_category() {
    let catalog = Catalog::builtin(2026).expect("test data");
    let mut registry = Registry::default();
    let draft =
        |name: &str, kind: &str| AgencyDraft { name: name.into(), kind: kind.into(), parent: None };
    registry
        .add(&draft("Puskesmas Loa Kulu", "puskesmas"), AgencyId::derive(b"a", 1))
        .expect("test data");
    registry.add(&draft("Dinas Kesehatan", "dinas"), AgencyId::derive(b"a", 2)).expect("test data");
    let high = innovation(1, "Sehat Keliling", "Puskesmas Loa Kulu", 3);
    let low = innovation(2, "Rendah", "Dinas Kesehatan", 1);
    let revise = innovation(3, "Perlu Revisi", "Dinas Kesehatan", 3);
    let unreviewed = innovation(4, "Belum Diverifikasi", "Dinas Kesehatan", 3);
    let unknown = innovation(5, "Antre Online", "Kantor Baru", 3);
    let verdicts = vec![
        verdict(&high, "diverifikasi", 3),
        verdict(&low, "diverifikasi", 1),
        verdict(&revise, "perlu_revisi", 3),
        verdict(&unknown, "diverifikasi", 2),
    ];
    let all = [high.clone(), low, revise, unreviewed, unknown];
    let picked = eligible_entries(&catalog, &all, &verdicts, &registry, 60);
    let found: Vec<(&str, &str)> =
        picked.iter().map(|e| (e.name.as_str(), e.category.as_str())).collect();
    assert_eq!(found, [("Antre Online", "perangkat_daerah"), ("Sehat Keliling", "puskesmas")]);
    assert_eq!(picked[1].maturity, maturity(&catalog, &high, View::Claimed));
    let everything = eligible_entries(&catalog, &all, &verdicts, &registry, 0);
    assert_eq!(everything.len(), 3, "the minimum filters, the status always does");

    // Every other innovation of the year is left out with its reason, sorted by name.
    let mut draft_one = innovation(6, "Masih Draf", "Dinas Kesehatan", 3);
    draft_one.status = Status::Draft;
    let mut with_draft = all.to_vec();
    with_draft.push(draft_one);
    let selection = select_entries(&catalog, &with_draft, &verdicts, &registry, 60);
    assert_eq!(selection.entries, picked);
    let reasons: Vec<(&str, LeftOutReason)> =
        selection.left_out.iter().map(|l| (l.name.as_str(), l.reason)).collect();
    let cases = [
        ("Belum Diverifikasi", LeftOutReason::NotReviewed),
        ("Masih Draf", LeftOutReason::Draft),
        ("Perlu Revisi", LeftOutReason::NotVerified(Status::NeedsRevision)),
        ("Rendah", LeftOutReason::BelowMinimum { maturity: Points::whole(37), minimum: 60 }),
    ];
    assert_eq!(reasons, cases);
    assert_eq!(selection.left_out_counts(), (1, 1, 1, 1));
    assert_eq!(
        text::left_out_summary(Lang::Id, &selection, 60),
        "4 inovasi tahun ini tidak diambil: 1 di bawah kematangan minimal 60, 1 berstatus perlu revisi atau ditolak, 1 belum diverifikasi, 1 masih draf."
    );
    assert_eq!(
        text::left_out_message(Lang::Id, &selection.left_out[3]),
        "«Rendah»: kematangan terverifikasi 37,00 di bawah minimal 60."
    );
    for left in &selection.left_out {
        assert_ne!(text::left_out_message(Lang::Id, left), text::left_out_message(Lang::En, left));
    }
    assert_eq!(
        text::left_out_summary(Lang::Id, &select_entries(&catalog, &[], &[], &registry, 60), 60),
        ""
    );

    // Refreshing keeps notes and hand-chosen categories.
    let mut round = round();
    round.refresh_entries(picked.clone());
    round.entries[0].field_note = "Loket ramai, antrean tertib.".into();
    round.override_category(&picked[1].innovation_id, "masyarakat");
    round.refresh_entries(everything);
    let kept: Vec<(&str, &str, &str)> = round
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.category.as_str(), e.field_note.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            ("Antre Online", "perangkat_daerah", "Loket ramai, antrean tertib."),
            ("Rendah", "perangkat_daerah", ""),
            ("Sehat Keliling", "masyarakat", ""),
        ]
    );
}

#[test]
fn typed_scores_are_whole_numbers_from_0_to_100() {
    for (text, expected) in [
        ("0", Ok(0)),
        (" 85 ", Ok(85)),
        ("100", Ok(100)),
        ("101", Err(AwardIssueCode::ScoreTooHigh)),
        ("99999999999", Err(AwardIssueCode::ScoreTooHigh)),
        ("", Err(AwardIssueCode::ScoreMissing)),
        ("-5", Err(AwardIssueCode::ScoreNotNumber)),
        ("8,5", Err(AwardIssueCode::ScoreNotNumber)),
        ("abc", Err(AwardIssueCode::ScoreNotNumber)),
    ] {
        assert_eq!(parse_score(text), expected, "{text:?}");
    }
}

fn ranked_round() -> AwardRound {
    let mut round = round();
    round.entries = vec![
        entry("a", "Alpha", "perangkat_daerah", 80),
        entry("b", "Beta", "perangkat_daerah", 90),
        entry("c", "Gamma", "perangkat_daerah", 70),
        entry("d", "Delta", "perangkat_daerah", 70),
        entry("p", "Posyandu", "puskesmas", 50),
    ];
    round.categories[0].winners = 2;
    round
}

/// One expected line: (name, rank, score in hundredths, winner, tie-break).
type Found<'a> = (&'a str, u32, Option<i64>, bool, Option<TieBreak>);
type Line = Found<'static>;

/// One ranking case: sheets in, expected lines out.
struct Case {
    name: &'static str,
    sheets: Vec<JurySheet>,
    expected: &'static [Line],
    missing: &'static [&'static str],
}

#[test]
fn ranking_cases() {
    let at = "2026-10-01T10:00:00+07:00";
    let cases = vec![
        Case {
            name: "weighted mean of two jurors",
            // Alpha: j1 30*80+25*70+15*60+20*90+10*100 = 7850/100 = 78.5; j2 all 70 = 70 → 74.25.
            // Beta: j1 all 90 = 90; j2 all 60 = 60 → 75. Gamma: all 50 → 50. Delta unscored.
            sheets: vec![
                sheet(
                    "juri-1",
                    at,
                    &[("a", [80, 70, 60, 90, 100]), ("b", [90; 5]), ("c", [50; 5])],
                ),
                sheet("juri-2", at, &[("a", [70; 5]), ("b", [60; 5]), ("c", [50; 5])]),
            ],
            expected: &[
                ("Beta", 1, Some(7500), true, None),
                ("Alpha", 2, Some(7425), true, None),
                ("Gamma", 3, Some(5000), false, None),
                ("Delta", 0, None, false, None),
            ],
            missing: &[],
        },
        Case {
            name: "a tie goes to the higher kebaruan, then the higher maturity, then the name",
            // Alpha 30*100+25*60+15*80+20*80+10*80 = 3000+1500+1200+1600+800 = 8100 → 81.
            // Beta all 81 → 81 (kebaruan 81 < 100). Gamma and Delta all 60, equal maturity.
            sheets: vec![sheet(
                "juri-1",
                at,
                &[("a", [100, 60, 80, 80, 80]), ("b", [81; 5]), ("c", [60; 5]), ("d", [60; 5])],
            )],
            expected: &[
                ("Alpha", 1, Some(8100), true, None),
                ("Beta", 2, Some(8100), true, Some(TieBreak::TopCriterion)),
                ("Delta", 3, Some(6000), false, None),
                ("Gamma", 4, Some(6000), false, Some(TieBreak::Name)),
            ],
            missing: &["juri-2"],
        },
        Case {
            name: "maturity breaks a tie on score and kebaruan",
            sheets: vec![
                sheet("juri-1", at, &[("a", [70; 5]), ("b", [70; 5])]),
                sheet("juri-2", at, &[("a", [80; 5]), ("b", [80; 5])]),
            ],
            expected: &[
                ("Beta", 1, Some(7500), true, None),
                ("Alpha", 2, Some(7500), true, Some(TieBreak::Maturity)),
                ("Delta", 0, None, false, None),
                ("Gamma", 0, None, false, None),
            ],
            missing: &[],
        },
        Case {
            name: "the latest sheet of a juror counts, sheets of other rounds or jurors do not",
            sheets: vec![
                sheet("juri-1", "2026-10-02T10:00:00+07:00", &[("a", [90; 5])]),
                sheet("juri-1", at, &[("a", [10; 5])]),
                JurySheet { round_id: "other".into(), ..sheet("juri-2", at, &[("a", [0; 5])]) },
                sheet("juri-9", at, &[("a", [0; 5])]),
            ],
            expected: &[
                ("Alpha", 1, Some(9000), true, None),
                ("Beta", 0, None, false, None),
                ("Delta", 0, None, false, None),
                ("Gamma", 0, None, false, None),
            ],
            missing: &["juri-2"],
        },
    ];
    for case in cases {
        let ranking = rank(&ranked_round(), &case.sheets);
        let category = &ranking.categories[0];
        let found: Vec<Found> = category
            .lines
            .iter()
            .map(|l| {
                (
                    l.entry.name.as_str(),
                    l.rank,
                    l.score.map(|s| s.round2().0),
                    l.winner,
                    l.tie_break,
                )
            })
            .collect();
        // Unscored entries come last in maturity-then-name order.
        assert_eq!(found, case.expected, "{}", case.name);
        let missing: Vec<&str> = ranking.missing.iter().map(|j| j.id.as_str()).collect();
        assert_eq!(missing, case.missing, "{}", case.name);
        assert_eq!(ranking.top_criterion.as_deref(), Some("kebaruan"));
    }
}

#[test]
fn the_mean_stays_exact_until_it_is_shown() {
    let mut round = round();
    round.add_juror("Drs. Candra");
    round.entries = vec![entry("a", "Alpha", "sekolah", 80)];
    let at = "2026-10-01T10:00:00+07:00";
    let sheets = [
        sheet("juri-1", at, &[("a", [71; 5])]),
        sheet("juri-2", at, &[("a", [70; 5])]),
        sheet("juri-3", at, &[("a", [70; 5])]),
    ];
    let ranking = rank(&round, &sheets);
    let line = &ranking.categories[3].lines[0];
    assert_eq!(line.score, Some(Ratio::new(211, 3)));
    assert_eq!(line.score.map(|s| s.round2()), Some(crate::base::decimal::Hundredths(7033)));
    assert_eq!(line.criterion_means[0], Ratio::new(211, 3));
}

#[test]
fn sheets_merge_per_juror_and_refuse_other_rounds_and_bad_scores() {
    let round = ranked_round();
    let first = sheet("juri-1", "2026-10-01T10:00:00+07:00", &[("a", [70; 5])]);
    let (sheets, outcome) = merge_sheet(&round, &[], first.clone()).expect("test data");
    assert_eq!((sheets.len(), outcome), (1, MergeOutcome::Added));
    assert_eq!(missing_jurors(&round, &sheets).len(), 1);
    let (same, outcome) = merge_sheet(&round, &sheets, first.clone()).expect("test data");
    assert_eq!((same, outcome), (sheets.clone(), MergeOutcome::Unchanged));
    let newer = sheet("juri-1", "2026-10-01T11:00:00+07:00", &[("a", [80; 5])]);
    let (sheets, outcome) = merge_sheet(&round, &sheets, newer.clone()).expect("test data");
    assert_eq!((sheets, outcome), (vec![newer], MergeOutcome::Replaced));

    let other = JurySheet { round_id: "lain".into(), ..first.clone() };
    assert_eq!(merge_sheet(&round, &[], other), Err(AwardError::WrongRound));
    let stranger = JurySheet { juror_id: "juri-7".into(), ..first.clone() };
    assert!(matches!(merge_sheet(&round, &[], stranger), Err(AwardError::UnknownJuror(_))));
    let mut bad = first;
    bad.scores.insert("zz".into(), BTreeMap::new());
    if let Some(scores) = bad.scores.get_mut("a") {
        scores.insert("kebaruan".into(), 101);
        scores.insert("gaya".into(), 50);
    }
    let Err(AwardError::Invalid(issues)) = merge_sheet(&round, &[], bad) else {
        panic!("a sheet with bad scores must be refused");
    };
    let codes: Vec<(&str, String)> = issues.into_iter().map(|i| (i.code.code(), i.path)).collect();
    assert_eq!(
        codes,
        [
            ("unknown_criterion", "scores.a.gaya".to_owned()),
            ("score_too_high", "scores.a.kebaruan".to_owned()),
            ("unknown_entry", "scores.zz".to_owned()),
        ]
    );
}

#[test]
fn the_winners_csv_lists_the_top_n_for_indonesian_excel() {
    let mut round = ranked_round();
    round.entries[1].field_note = "Layanan berjalan; warga puas".into();
    let at = "2026-10-01T10:00:00+07:00";
    let sheets = [
        sheet("juri-1", at, &[("a", [80; 5]), ("b", [91; 5]), ("c", [50; 5]), ("p", [66; 5])]),
        sheet("juri-2", at, &[("a", [81; 5]), ("b", [90; 5]), ("c", [50; 5]), ("p", [67; 5])]),
    ];
    let ranking = rank(&round, &sheets);
    let csv = String::from_utf8(crate::base::sheet::write_csv(&winners_sheet(&ranking, Lang::Id)))
        .expect("test data");
    assert_eq!(
        csv,
        "\u{feff}Kategori;Peringkat;Nama Inovasi;Instansi;Nilai akhir;Kematangan terverifikasi;\
         Juri yang menilai;Catatan tinjau lapangan\r\n\
         Perangkat Daerah;1;Beta;Dinas;90,50;90,00;2;\"Layanan berjalan; warga puas\"\r\n\
         Perangkat Daerah;2;Alpha;Dinas;80,50;80,00;2;\r\n\
         Puskesmas;1;Posyandu;Dinas;66,50;50,00;2;\r\n"
    );
}

#[test]
fn award_and_jury_bundles_round_trip_and_are_checked() {
    let secretariat = SigningKey::from_seed(&[3; 32]);
    let juror_key = SigningKey::from_seed(&[4; 32]);
    let round = ranked_round();
    let at = "2026-09-01T08:00:00+07:00";
    let (meta, content, files) =
        award_bundle(&round, "juri-2", at, &no_dossiers()).expect("test data");
    assert!(files.is_empty());
    let bytes = write_bundle(&meta, &content, &[], &secretariat).expect("test data");
    let package = read_award_bundle(&read_bundle(&bytes).expect("test data")).expect("test data");
    assert_eq!(package.juror.name, "Ir. Budi");
    assert_eq!(package.entries.len(), 5);
    assert_eq!(package.entries_in("puskesmas").count(), 1);

    // The juror types every score; one bad or missing value blocks the sheet.
    let mut inputs: BTreeMap<String, String> = BTreeMap::new();
    for entry in &package.entries {
        for criterion in &package.criteria {
            inputs.insert(input_key(&entry.innovation_id, &criterion.code), "75".into());
        }
    }
    inputs.insert(input_key("a", "kebaruan"), "150".into());
    inputs.remove(&input_key("b", "kemanfaatan"));
    let Err(issues) = sheet_from_inputs(&package, &inputs, at) else {
        panic!("incomplete sheets are refused");
    };
    let codes: Vec<&str> = issues.iter().map(|i| i.code.code()).collect();
    assert_eq!(codes, ["score_too_high", "score_missing"]);
    inputs.insert(input_key("a", "kebaruan"), "90".into());
    inputs.insert(input_key("b", "kemanfaatan"), "80".into());
    let sheet =
        sheet_from_inputs(&package, &inputs, "2026-10-01T10:00:00+07:00").expect("test data");
    assert_eq!(sheet.scores["a"]["kebaruan"], 90);

    let (meta, content) = jury_bundle(&package, &sheet, "2026-10-01T10:00:00+07:00");
    let bytes = write_bundle(&meta, &content, &[], &juror_key).expect("test data");
    let received = read_jury_bundle(&read_bundle(&bytes).expect("test data")).expect("test data");
    assert_eq!(received, sheet);
    let (sheets, _) = merge_sheet(&round, &[], received).expect("test data");
    let ranking = rank(&round, &sheets);
    assert_eq!(ranking.missing.iter().map(|j| j.name.as_str()).collect::<Vec<_>>(), ["Dr. Sari"]);

    // A jury bundle read as an award bundle, a round with problems, an unknown juror.
    let verified = read_bundle(&bytes).expect("test data");
    assert!(matches!(
        read_award_bundle(&verified),
        Err(AwardError::Document(SecretariatError::WrongBundleKind {
            found: "jury",
            expected: "award"
        }))
    ));
    let mut broken = round.clone();
    broken.criteria[0].weight = 0;
    assert!(matches!(
        award_bundle(&broken, "juri-1", at, &no_dossiers()),
        Err(AwardError::Invalid(_))
    ));
    assert!(matches!(
        award_bundle(&round, "juri-5", at, &no_dossiers()),
        Err(AwardError::UnknownJuror(_))
    ));
    let mut future: serde_json::Value =
        serde_json::from_slice(&sheet.to_json()).expect("test data");
    future["schema_version"] = 2.into();
    assert!(matches!(
        JurySheet::from_json(future.to_string().as_bytes()),
        Err(AwardError::Document(SecretariatError::UnsupportedVersion { found: 2, .. }))
    ));
    assert_eq!(AwardRound::from_json(&round.to_json()).expect("test data"), round);
}

#[test]
fn categories_criteria_and_stages_can_be_added_with_unique_codes_and_are_then_validated() {
    let mut round =
        AwardRound::new("r1", "Pekan Inovasi", 2026, "Kabupaten Kutai Kartanegara", "Bappeda");
    // Kukar's own stages and a category of its own, next to the defaults.
    round.add_juror("Dr. Hendra");
    assert_eq!(round.add_stage("Pendaftaran"), "pendaftaran");
    assert_eq!(round.add_stage("Nominasi"), "nominasi");
    assert_eq!(round.add_category("Inovasi Masyarakat Desa"), "inovasi_masyarakat_desa");
    assert_eq!(round.add_category("Inovasi Masyarakat Desa"), "inovasi_masyarakat_desa_2");
    assert_eq!(round.add_category("  "), "item");
    let found: Vec<(&str, String)> =
        round.validate().into_iter().map(|i| (i.code.code(), i.path)).collect();
    assert!(
        found.contains(&("duplicate", format!("categories[{}].name", round.categories.len() - 2))),
        "{found:?}"
    );
    assert!(
        found.contains(&("required", format!("categories[{}].name", round.categories.len() - 1))),
        "{found:?}"
    );
    round.categories.truncate(round.categories.len() - 2);
    // A new criterion starts at weight 0: the sum still holds until the weights are rebalanced.
    assert_eq!(round.add_criterion("Dampak bagi warga"), "dampak_bagi_warga");
    assert!(round.validate().is_empty(), "{:?}", round.validate());
    round.criteria.last_mut().expect("just added").weight = 10;
    assert_eq!(round.weight_sum(), 110);
    let codes: Vec<_> = round.validate().into_iter().map(|i| i.code.code()).collect();
    assert_eq!(codes, ["weights_sum"]);
}

#[test]
fn a_jurors_relay_device_is_kept_in_the_round_but_never_sent_in_the_package() {
    let mut round = ranked_round();
    let device = JurorDevice { public_key: "ab".repeat(32), name: "Puskesmas Sukamaju".into() };
    round.set_juror_device("juri-2", Some(device.clone()));
    round.set_juror_device("juri-9", Some(device.clone()));
    assert_eq!(round.juror("juri-2").and_then(|j| j.device.clone()), Some(device));
    assert_eq!(round.jurors.iter().filter(|j| j.device.is_some()).count(), 1);
    assert_eq!(AwardRound::from_json(&round.to_json()).expect("test data"), round);

    let (meta, content, _) =
        award_bundle(&round, "juri-2", "2026-09-01T08:00:00+07:00", &no_dossiers())
            .expect("test data");
    let secretariat = SigningKey::from_seed(&[3; 32]);
    let bytes = write_bundle(&meta, &content, &[], &secretariat).expect("test data");
    let package = read_award_bundle(&read_bundle(&bytes).expect("test data")).expect("test data");
    assert_eq!(package.juror.device, None);
    assert!(!String::from_utf8_lossy(&package.to_json()).contains("device"));

    // A round stored before jurors had devices still reads; clearing the pick drops the field.
    round.set_juror_device("juri-2", None);
    assert!(!String::from_utf8_lossy(&round.to_json()).contains("device"));
}

#[test]
fn packages_carry_each_entrys_profile_kipp_proposal_and_the_stored_evidence() {
    use crate::exchange::record::EvidenceRecord;
    use crate::programmes::kipp::KippProposal;

    let now =
        DateTime::parse_from_rfc3339("2026-06-01T08:00:00+07:00").expect("test data").to_utc();
    let record = |id: &str, name: &str, files: &[&str]| {
        let mut innovation = Innovation::new(
            InnovationId::from_random_bytes([1; 16]),
            "Dinas",
            "Kab. Contoh",
            2026,
            now,
        );
        innovation.indicator_mut(16).claimed = Level::new(2);
        let mut record = InnovationRecord::from(&innovation);
        record.id = id.into();
        record.name = name.into();
        record.design = "Rancang bangun untuk juri.".into();
        let answer = record.indicators.iter_mut().find(|a| a.number == 16).expect("test data");
        answer.evidence = files
            .iter()
            .map(|sha| EvidenceRecord {
                sha256: sha.repeat(32),
                file_name: format!("{sha}.pdf"),
                media_type: "application/pdf".into(),
                size: 1_000,
            })
            .collect();
        record
    };
    // "a" and "b" are entries; "z" is not; "c" is an entry the secretariat holds no record of.
    let records = [
        record("a", "Alpha", &["aa", "bb"]),
        record("b", "Beta", &["cc"]),
        record("z", "Zeta", &["dd"]),
    ];
    let proposal = KippProposal { innovation_id: "b".into(), ..KippProposal::default() };
    // "bb" is not stored on the secretariat's device: it cannot travel.
    let stored: std::collections::HashSet<String> =
        ["aa", "cc", "dd"].iter().map(|s| s.repeat(32)).collect();
    let dossiers =
        Dossiers { records: &records, proposals: std::slice::from_ref(&proposal), stored: &stored };
    let at = "2026-09-01T08:00:00+07:00";

    // (evidence in packages, files that travel)
    let cases: [(bool, Vec<String>); 2] =
        [(true, vec!["aa".repeat(32), "cc".repeat(32)]), (false, vec![])];
    for (evidence, expected) in cases {
        let mut round = ranked_round();
        round.evidence_in_packages = evidence;
        let (meta, content, files) =
            award_bundle(&round, "juri-2", at, &dossiers).expect("test data");
        let hashes: Vec<String> = files.iter().map(|f| f.sha256.clone()).collect();
        assert_eq!(hashes, expected, "evidence {evidence}");
        let bytes = write_bundle(&meta, &content, &[], &SigningKey::from_seed(&[3; 32]))
            .expect("test data");
        let package =
            read_award_bundle(&read_bundle(&bytes).expect("test data")).expect("test data");
        let held: Vec<&str> = package.dossiers.iter().map(|d| d.record.name.as_str()).collect();
        assert_eq!(held, ["Alpha", "Beta"]);
        assert_eq!(package.evidence_included, evidence);
        assert_eq!(package.dossier("b").and_then(|d| d.proposal.as_ref()), Some(&proposal));
        assert!(package.dossier("a").is_some_and(|d| d.proposal.is_none()));
        assert_eq!(
            package.dossier("a").map(|d| d.record.design.as_str()),
            Some("Rancang bangun untuk juri.")
        );
        assert!(package.dossier("c").is_none());
    }
    // A round stored before the choice existed carries evidence.
    let mut old: serde_json::Value =
        serde_json::from_slice(&ranked_round().to_json()).expect("test data");
    old.as_object_mut().expect("an object").remove("evidence_in_packages");
    assert!(
        AwardRound::from_json(old.to_string().as_bytes()).expect("test data").evidence_in_packages
    );
}

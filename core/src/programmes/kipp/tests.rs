//! Tests of the KIPP template, counting, validation, prefill and hand-over (cases as data).

use chrono::{TimeZone, Utc};

use super::*;
use crate::model::innovation::{InnovationId, Level};
use crate::rules::handover::copied_count;

fn template() -> KippTemplate {
    KippTemplate::builtin(2023).expect("shipped template")
}

fn innovation() -> Innovation {
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).single().expect("test date");
    let mut i = Innovation::new(
        InnovationId::from_random_bytes([7; 16]),
        "Dinas Pendidikan dan Kebudayaan",
        "Kota Probolinggo",
        2026,
        now,
    );
    i.name = "Si Ijol".into();
    i.goal = "  Mempercepat legalisasi ijazah.  ".into();
    i.design = "Layanan daring legalisasi ijazah.".into();
    i.benefit = "Alumni tidak perlu antre.".into();
    i.outcome = "2.418 permohonan dilayani.".into();
    i.indicator_mut(31).note = "Direplikasi Kota Pasuruan.".into();
    i.indicator_mut(17).note = "Tim 5 operator.".into();
    i.indicator_mut(19).note = "Server dan pemindai.".into();
    let sk = EvidenceFile {
        sha256: "ab".repeat(32),
        file_name: "SK Tim Si Ijol.pdf".into(),
        media_type: "application/pdf".into(),
        size: 1000,
    };
    i.indicator_mut(17).evidence.push(sk);
    i.indicator_mut(17).claimed = Level::new(2);
    i.indicator_mut(35).link = " https://youtu.be/si-ijol ".into();
    i
}

fn words(n: usize) -> String {
    vec!["kata"; n].join(" ")
}

#[test]
fn the_shipped_template_has_the_kelompok_umum_sections_and_limits() {
    let template = template();
    let limits: Vec<(&str, u32)> =
        template.fields().iter().map(|f| (f.part.key.as_str(), f.part.max_words)).collect();
    assert_eq!(
        limits,
        [
            ("ringkasan", 200),
            ("latar_belakang", 300),
            ("kebaruan", 200),
            ("implementasi", 200),
            ("signifikansi", 600),
            ("adaptabilitas_replikasi", 100),
            ("adaptabilitas_potensi", 200),
            ("sumber_daya", 200),
            ("keberlanjutan", 500),
        ]
    );
    assert_eq!(template.sections.len(), 8, "Adaptabilitas is one section with two parts");
    let adaptability = template.sections.iter().find(|s| s.id == "adaptabilitas").expect("section");
    assert_eq!(adaptability.parts.iter().map(|p| p.max_words).sum::<u32>(), 300);
    assert_eq!(template.attachments.len(), 6);
    assert!(template.attachments.iter().all(|a| a.required));
    assert_eq!(template.attachment_max_bytes, 1024 * 1024);
    assert!(!template.notes.is_empty() && !template.sources.is_empty());
    assert!(
        template.sections.iter().all(|s| !s.guidance_id.is_empty() && !s.guidance_en.is_empty())
    );
}

#[test]
fn the_template_in_force_is_the_newest_not_later_than_the_year() {
    let cases: [(u16, Option<u16>); 4] =
        [(2022, None), (2023, Some(2023)), (2026, Some(2023)), (2030, Some(2023))];
    for (year, expected) in cases {
        assert_eq!(KippTemplate::for_year(year).ok().map(|t| t.year), expected, "{year}");
    }
    assert_eq!(KippTemplate::builtin(2026), Err(CatalogError::UnknownYear("2026".into())));
}

#[test]
fn broken_templates_are_refused_with_a_reason() {
    let base = template();
    type Edit<'a> = (&'a str, &'a dyn Fn(&mut KippTemplate));
    let cases: [Edit; 6] = [
        ("no sections", &|t| t.sections.clear()),
        ("no parts", &|t| t.sections[0].parts.clear()),
        ("repeated key", &|t| t.sections[1].parts[0].key = "ringkasan".into()),
        ("zero limit", &|t| t.sections[0].parts[0].max_words = 0),
        ("SID out of range", &|t| {
            t.sections[0].parts[0].prefill = vec![PrefillSource::IndicatorNote(3)]
        }),
        ("repeated attachment", &|t| t.attachments.push(t.attachments[0].clone())),
    ];
    for (name, edit) in cases {
        let mut broken = base.clone();
        edit(&mut broken);
        let json = serde_json::to_string(&broken).expect("test data");
        assert!(matches!(KippTemplate::from_json(&json), Err(CatalogError::Invalid(_))), "{name}");
    }
    let json = serde_json::to_string(&base).expect("test data");
    assert_eq!(KippTemplate::from_json(&json), Ok(base));
    assert!(matches!(KippTemplate::from_json("{\"year\": 1}"), Err(CatalogError::Json(_))));
}

#[test]
fn counts_words_against_the_limit() {
    // (text, limit, words, over, label in Indonesian)
    let cases: [(&str, u32, usize, bool, &str); 5] = [
        ("", 200, 0, false, "0 / 200 kata"),
        ("Layanan jemput bola — anak-anak, 2.500 siswa (10%).", 200, 7, false, "7 / 200 kata"),
        ("satu dua tiga", 3, 3, false, "3 / 3 kata"),
        ("satu dua tiga empat", 3, 4, true, "4 / 3 kata"),
        ("• satu\n\n• dua", 100, 2, false, "2 / 100 kata"),
    ];
    for (text, limit, expected, over, label) in cases {
        let count = WordCount::of(text, limit);
        assert_eq!(
            (count.words, count.over(), count.label(Lang::Id).as_str()),
            (expected, over, label),
            "{text:?}"
        );
    }
    assert_eq!(WordCount::of("a b", 5).label(Lang::En), "2 / 5 words");
}

#[test]
fn validation_names_every_empty_and_over_limit_answer_and_missing_attachment() {
    let template = template();
    let mut proposal = KippProposal::new("id-1", &template);
    let all_empty = validate_proposal(&template, &proposal);
    assert_eq!(all_empty.len(), 9 + 6, "nine answers and six attachments");

    for field in template.fields() {
        proposal.set_text(field.key(), words(field.part.max_words as usize));
    }
    for attachment in &template.attachments {
        proposal.set_attachment(&attachment.id, true);
    }
    assert_eq!(validate_proposal(&template, &proposal), [], "exactly at every limit is fine");

    // (answer key or attachment, change, expected code, path, words, limit)
    type Case<'a> = (&'a dyn Fn(&mut KippProposal), KippIssueCode, &'a str, usize, u32);
    let cases: [Case; 4] = [
        (
            &|p| p.set_text("signifikansi", words(601)),
            KippIssueCode::OverLimit,
            "kipp.signifikansi",
            601,
            600,
        ),
        (
            &|p| p.set_text("adaptabilitas_replikasi", words(101)),
            KippIssueCode::OverLimit,
            "kipp.adaptabilitas_replikasi",
            101,
            100,
        ),
        (
            &|p| p.set_text("ringkasan", " — \n ".into()),
            KippIssueCode::Empty,
            "kipp.ringkasan",
            0,
            200,
        ),
        (
            &|p| p.set_attachment("video", false),
            KippIssueCode::AttachmentMissing,
            "kipp.attachments.video",
            0,
            0,
        ),
    ];
    for (change, code, path, words, limit) in cases {
        let mut changed = proposal.clone();
        change(&mut changed);
        assert_eq!(
            validate_proposal(&template, &changed),
            [KippIssue { code, path: path.into(), words, limit }],
            "{path}"
        );
    }
}

#[test]
fn messages_name_the_section_and_the_limit() {
    let template = template();
    let over = KippIssue {
        code: KippIssueCode::OverLimit,
        path: "kipp.signifikansi".into(),
        words: 612,
        limit: 600,
    };
    let part =
        KippIssue { path: "kipp.adaptabilitas_replikasi".into(), limit: 100, ..over.clone() };
    let empty = KippIssue {
        code: KippIssueCode::Empty,
        path: "kipp.ringkasan".into(),
        words: 0,
        limit: 200,
    };
    let attachment = KippIssue {
        code: KippIssueCode::AttachmentMissing,
        path: "kipp.attachments.video".into(),
        words: 0,
        limit: 0,
    };
    let cases: [(&KippIssue, Lang, &str); 5] = [
        (
            &over,
            Lang::Id,
            "Signifikansi melebihi batas 600 kata (612 kata). Ringkas teksnya; tidak ada yang dipotong.",
        ),
        (
            &over,
            Lang::En,
            "Significance (Signifikansi) is over the limit of 600 words (612 words). Shorten the text; nothing is cut.",
        ),
        (
            &part,
            Lang::Id,
            "Adaptabilitas (a) melebihi batas 100 kata (612 kata). Ringkas teksnya; tidak ada yang dipotong.",
        ),
        (&empty, Lang::Id, "Ringkasan belum diisi."),
        (&attachment, Lang::En, "Attachment not ready yet: YouTube video link (≤ 3 minutes)."),
    ];
    for (issue, lang, expected) in cases {
        assert_eq!(kipp_issue_message(lang, issue, &template), expected);
    }
}

#[test]
fn prefill_fills_empty_answers_from_the_overlapping_profile_content() {
    let template = template();
    let innovation = innovation();
    let mut proposal = KippProposal::new("id-1", &template);
    proposal.set_text("kebaruan", "Sudah ditulis sendiri.".into());
    let plan = prefill_plan(&template, &proposal, &innovation);
    let filled: Vec<(&str, &str)> =
        plan.fill.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        filled,
        [
            ("latar_belakang", "Mempercepat legalisasi ijazah."),
            ("signifikansi", "Alumni tidak perlu antre.\n\n2.418 permohonan dilayani."),
            ("adaptabilitas_replikasi", "Direplikasi Kota Pasuruan."),
            ("sumber_daya", "Tim 5 operator.\n\nServer dan pemindai."),
        ]
    );
    assert_eq!(
        plan.occupied,
        [("kebaruan".to_owned(), "Layanan daring legalisasi ijazah.".to_owned())]
    );

    let mut kept = proposal.clone();
    plan.apply(&mut kept, false);
    assert_eq!(kept.text("kebaruan"), "Sudah ditulis sendiri.", "written text is kept");
    assert_eq!(kept.text("latar_belakang"), "Mempercepat legalisasi ijazah.");
    assert_eq!(kept.text("ringkasan"), "", "no profile counterpart");
    let mut replaced = proposal;
    plan.apply(&mut replaced, true);
    assert_eq!(replaced.text("kebaruan"), "Layanan daring legalisasi ijazah.");
    assert_eq!(
        prefill_plan(&template, &replaced, &innovation),
        PrefillPlan::default(),
        "nothing left"
    );
}

#[test]
fn proposals_round_trip_and_newer_schemas_are_refused() {
    let template = template();
    let mut proposal = KippProposal::new("6f1c", &template);
    proposal.set_text("ringkasan", "  Teks apa adanya.\n".into());
    proposal.set_attachment("video", true);
    assert_eq!(KippProposal::from_json(&proposal.to_json()), Ok(proposal.clone()));
    assert_eq!(proposal.text("ringkasan"), "  Teks apa adanya.\n", "kept exactly as typed");
    proposal.set_text("ringkasan", String::new());
    assert!(proposal.texts.is_empty());
    let newer = KippProposal { schema_version: KIPP_SCHEMA_VERSION + 1, ..proposal };
    assert_eq!(
        KippProposal::from_json(&newer.to_json()),
        Err(RecordError::FutureSchema { found: 2, supported: 1 })
    );
    assert!(matches!(KippProposal::from_json("[]"), Err(RecordError::Json(_))));
}

#[test]
fn hand_over_fields_copy_the_trimmed_text_and_ticks_lapse_on_change() {
    let template = template();
    let mut proposal = KippProposal::new("id-1", &template);
    proposal.set_text("signifikansi", "\nWaktu layanan turun.\nBaris kedua.  ".into());
    let fields = kipp_handover_fields(&template, &proposal, Lang::Id);
    assert_eq!(fields.len(), 9);
    let significance = fields.iter().find(|f| f.key == "signifikansi").expect("field");
    assert_eq!(significance.value, "Waktu layanan turun.\nBaris kedua.");
    assert_eq!(significance.label, "Signifikansi");
    let part = fields.iter().find(|f| f.key == "adaptabilitas_potensi").expect("field");
    assert!(part.label.starts_with("Adaptabilitas — b. "), "{}", part.label);
    let copied = BTreeMap::from([(significance.key.clone(), significance.value_hash())]);
    assert_eq!(copied_count(&fields, &copied), 1);
    proposal.set_text("signifikansi", "Diubah.".into());
    assert_eq!(copied_count(&kipp_handover_fields(&template, &proposal, Lang::Id), &copied), 0);
    assert_eq!(handover_key("abc"), "kipp:abc");
}

#[test]
fn attachments_point_to_matching_evidence_in_the_profile() {
    let template = template();
    let innovation = innovation();
    let sk = template.attachment("sk_inovator").expect("attachment");
    let found: Vec<(u8, &str)> = attachment_evidence(sk, &innovation)
        .iter()
        .map(|(n, f)| (*n, f.file_name.as_str()))
        .collect();
    assert_eq!(found, [(17, "SK Tim Si Ijol.pdf")]);
    let video = template.attachment("video").expect("attachment");
    assert_eq!(attachment_links(video, &innovation), ["https://youtu.be/si-ijol"]);
    assert!(attachment_evidence(video, &innovation).is_empty());
}

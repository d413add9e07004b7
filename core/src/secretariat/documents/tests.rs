//! Cases for the three documents: what each carries, and the recommendation per outcome.

use chrono::{DateTime, NaiveDate};

use super::*;
use crate::base::document::{Block, Document, Heading};
use crate::base::zone::Zone;
use crate::exchange::bundle::{VerdictRecord, VerifiedLevel};
use crate::exchange::record::{InnovationRecord, revision_hash};
use crate::model::catalog::Catalog;
use crate::model::innovation::{Innovation, InnovationId, Level, Stage};
use crate::model::org::{Region, RegionKind};

fn settings() -> DocumentSettings {
    let region =
        Region { kind: RegionKind::Regency, name: "Kabupaten Contoh".into(), code: String::new() };
    let mut settings = DocumentSettings::suggested(Lang::Id, &region, "Bappeda Kabupaten Contoh");
    settings.verifier.name = "Sari Dewi".into();
    settings.verifier.nip = "19800101 200501 2 001".into();
    settings
}

fn innovation(byte: u8, agency: &str, name: &str, level: u8) -> Innovation {
    let now =
        DateTime::parse_from_rfc3339("2026-06-01T08:00:00+07:00").expect("test data").to_utc();
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([byte; 16]),
        agency,
        "Kabupaten Contoh",
        2026,
        now,
    );
    innovation.name = name.into();
    innovation.stage = Some(Stage::Implementation);
    innovation.main_affair = Some(2);
    innovation.implementation_date = NaiveDate::from_ymd_opt(2025, 3, 1);
    for number in 16..=35 {
        innovation.indicator_mut(number).claimed = Level::new(level);
    }
    innovation.submit(now);
    innovation
}

fn verdict(innovation: &Innovation, status: &str, level: u8, decided_at: &str) -> VerdictRecord {
    let record = InnovationRecord::from(innovation);
    VerdictRecord {
        schema_version: 1,
        innovation_id: record.id.clone(),
        revision: record.revision,
        revision_hash: revision_hash(&record),
        status: status.into(),
        verified: (16..=35)
            .map(|number| VerifiedLevel {
                number,
                level,
                note: if number == 17 { "SK tidak ditandatangani".into() } else { String::new() },
            })
            .collect(),
        notes: if status == "diverifikasi" { String::new() } else { "Bukti kurang".into() },
        decided_at: decided_at.into(),
    }
}

/// Every text of the document, in order, as one string.
fn all_text(document: &Document) -> String {
    let mut out = document.title.join(" ");
    for block in &document.blocks {
        match block {
            Block::Paragraph(text) | Block::Heading(text) => out.push_str(text),
            Block::Facts(facts) => {
                for fact in facts {
                    out.push_str(&format!(" {}: {}", fact.label, fact.value));
                }
            }
            Block::Table(table) => {
                for row in &table.rows {
                    out.push_str(&row.join(" | "));
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).expect("test data")
}

#[test]
fn a_berita_acara_carries_levels_notes_status_and_the_revision_hash() {
    let catalog = Catalog::builtin(2026).expect("test data");
    let settings = settings();
    // (status, verified level, threshold, words the recommendation holds)
    let cases: [(&str, u8, Option<u32>, &str); 5] = [
        ("diverifikasi", 3, Some(90), "Layak dikirim"),
        ("diverifikasi", 1, Some(90), "di bawah ambang"),
        ("diverifikasi", 2, None, "Dapat diajukan"),
        ("perlu_revisi", 2, Some(90), "Dikembalikan kepada Dinas Kesehatan"),
        ("ditolak", 0, Some(90), "Tidak diajukan"),
    ];
    for (status, level, threshold, recommendation) in cases {
        let subject = innovation(1, "Dinas Kesehatan", "Posyandu Digital", 3);
        let verdict = verdict(&subject, status, level, "2026-12-07T10:00:00+07:00");
        let document = verification_report(&VerificationReportInput {
            lang: Lang::Id,
            settings: &settings,
            catalog: &catalog,
            secretariat: "Bappeda Kabupaten Contoh",
            innovation: &subject,
            verdict: &verdict,
            number: "",
            date: day(7),
            zone: Zone::Wib,
            threshold,
        });
        let text = all_text(&document);
        assert!(text.contains("Pada hari ini Senin tanggal 7 Desember 2026"), "{text}");
        assert!(text.contains(recommendation), "{status} {level}: {text}");
        assert!(text.contains("Posyandu Digital") && text.contains("SK tidak ditandatangani"));
        assert_eq!(document.number.as_deref(), Some(format!("Nomor: {BLANK}").as_str()));
        assert_eq!(
            document.stamp.as_ref().map(|s| s.payload.as_str()),
            Some(verdict.revision_hash.as_str())
        );
        assert_eq!(document.signatures[1].name, "Sari Dewi");
        assert_eq!(document.signatures[1].id_line, "NIP. 198001012005012001");
        assert_eq!(
            document.signatures[0].name,
            format!("({BLANK})"),
            "an unnamed head signs by hand"
        );
        assert!(
            matches!(&document.heading, Heading::Letterhead { lines, .. } if lines[0] == "PEMERINTAH KABUPATEN CONTOH")
        );
        assert_eq!(document.file_stem, "berita-acara-verifikasi-posyandu-digital-r1");
    }
}

#[test]
fn the_indicator_table_has_every_sid_row_with_claim_and_check() {
    let catalog = Catalog::builtin(2026).expect("test data");
    let subject = innovation(1, "Dinas", "Satu", 3);
    let verdict = verdict(&subject, "diverifikasi", 2, "2026-12-07T10:00:00+07:00");
    let document = verification_report(&VerificationReportInput {
        lang: Lang::En,
        settings: &settings(),
        catalog: &catalog,
        secretariat: "Bappeda",
        innovation: &subject,
        verdict: &verdict,
        number: "050/12/BA/2026",
        date: day(7),
        zone: Zone::Wib,
        threshold: None,
    });
    let table = document
        .blocks
        .iter()
        .find_map(|block| if let Block::Table(table) = block { Some(table) } else { None })
        .expect("an indicator table");
    assert_eq!(table.rows.len(), catalog.sid.len());
    let row17 = table.rows.iter().find(|row| row[0] == "17").expect("indicator 17");
    assert_eq!(
        (row17[2].as_str(), row17[3].as_str(), row17[4].as_str()),
        ("3", "2", "SK tidak ditandatangani")
    );
    assert_eq!(document.number.as_deref(), Some("Number: 050/12/BA/2026"));
    assert_eq!(document.title[0], "OFFICIAL REPORT");
}

#[test]
fn a_session_lists_the_days_verdicts_newest_per_innovation() {
    let catalog = Catalog::builtin(2026).expect("test data");
    let a = innovation(1, "Dinas Kesehatan", "Posyandu Digital", 3);
    let b = innovation(2, "Bapenda", "Pajak Keliling", 2);
    let c = innovation(3, "Dinas Sosial", "Data Terpadu", 2);
    let verdicts = vec![
        verdict(&a, "perlu_revisi", 2, "2026-12-07T09:00:00+07:00"),
        verdict(&a, "diverifikasi", 3, "2026-12-07T15:00:00+07:00"),
        verdict(&b, "ditolak", 0, "2026-12-07T23:30:00+07:00"),
        // 8 Dec 00:30 WIB: the next session.
        verdict(&c, "diverifikasi", 2, "2026-12-07T17:30:00Z"),
    ];
    assert_eq!(session_dates(&verdicts, Zone::Wib), vec![day(8), day(7)]);
    // In WITA the last verdict of b falls on 8 December too.
    assert_eq!(session_dates(&verdicts, Zone::Wita), vec![day(8), day(7)]);
    let innovations = vec![a, b, c];
    let document = session_report(&SessionReportInput {
        lang: Lang::Id,
        settings: &settings(),
        catalog: &catalog,
        secretariat: "Bappeda",
        day: day(7),
        verdicts: &verdicts,
        innovations: &innovations,
        number: "",
        date: day(7),
        zone: Zone::Wib,
    });
    let table = document
        .blocks
        .iter()
        .find_map(|block| if let Block::Table(table) = block { Some(table) } else { None })
        .expect("a table");
    let names: Vec<(&str, &str)> =
        table.rows.iter().map(|r| (r[2].as_str(), r[6].as_str())).collect();
    assert_eq!(names, vec![("Pajak Keliling", "Ditolak"), ("Posyandu Digital", "Diverifikasi")]);
    let text = all_text(&document);
    assert!(text.contains("atas 2 inovasi daerah"), "{text}");
    assert!(text.contains("diverifikasi 1, perlu revisi 0, ditolak 1"), "{text}");
    assert!(document.landscape);
    assert_eq!(document.file_stem, "berita-acara-sesi-verifikasi-2026-12-07");
    // In English one innovation is one, not "1 innovations".
    let english = session_report(&SessionReportInput {
        lang: Lang::En,
        settings: &settings(),
        catalog: &catalog,
        secretariat: "Bappeda",
        day: day(8),
        verdicts: &verdicts,
        innovations: &innovations,
        number: "",
        date: day(8),
        zone: Zone::Wib,
    });
    let text = all_text(&english);
    assert!(
        text.contains("verified 1 regional innovation with")
            && text.contains("Total: 1 innovation —"),
        "{text}"
    );
}

#[test]
fn the_annex_lists_the_chosen_scope_under_the_decree() {
    let a = innovation(1, "Dinas Kesehatan", "Posyandu Digital", 3);
    let b = innovation(2, "Bapenda", "Pajak Keliling", 2);
    let c = innovation(3, "Dinas Sosial", "Data Terpadu", 2);
    let mut draft = innovation(4, "Dinas Sosial", "Masih Draf", 2);
    draft.reopen(
        String::new(),
        DateTime::parse_from_rfc3339("2026-06-02T08:00:00+07:00").expect("test data").to_utc(),
    );
    let verdicts = vec![
        verdict(&a, "diverifikasi", 3, "2026-12-07T09:00:00+07:00"),
        verdict(&b, "ditolak", 0, "2026-12-07T09:00:00+07:00"),
    ];
    let all = vec![a, b, c, draft];
    let names = |scope| {
        annex_innovations(&all, &verdicts, 2026, scope)
            .into_iter()
            .map(|i| i.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(AnnexScope::Verified), vec!["Posyandu Digital"]);
    assert_eq!(names(AnnexScope::Submitted), vec!["Posyandu Digital", "Data Terpadu"]);
    let listed = annex_innovations(&all, &verdicts, 2026, AnnexScope::Submitted);
    let document = decree_annex(&DecreeAnnexInput {
        lang: Lang::Id,
        settings: &settings(),
        year: 2026,
        innovations: &listed,
        number: "188.45/12/2026",
        date: day(7),
    });
    let Heading::Annex { lines } = &document.heading else { panic!("an annex heading") };
    assert_eq!(lines[1], "KEPUTUSAN BUPATI CONTOH");
    assert_eq!(lines[2], "NOMOR 188.45/12/2026");
    let text = all_text(&document);
    assert!(text.contains("1 | Posyandu Digital | Dinas Kesehatan | Penerapan |"), "{text}");
    assert!(text.contains("| 1 Maret 2025"), "{text}");
    assert_eq!(document.signatures[0].office, "BUPATI CONTOH,");
    assert_eq!(document.signatures[0].id_line, "", "an elected head has no NIP line");
    for scope in AnnexScope::ALL {
        assert_eq!(AnnexScope::from_code(scope.code()), Some(scope));
    }
}

#[cfg(feature = "docx")]
#[test]
fn each_document_writes_as_a_word_file() {
    let catalog = Catalog::builtin(2026).expect("test data");
    let subject = innovation(1, "Dinas Kesehatan", "Posyandu Digital", 3);
    let verdicts = vec![verdict(&subject, "diverifikasi", 2, "2026-12-07T10:00:00+07:00")];
    let settings = settings();
    let innovations = vec![subject.clone()];
    let documents = [
        verification_report(&VerificationReportInput {
            lang: Lang::Id,
            settings: &settings,
            catalog: &catalog,
            secretariat: "Bappeda",
            innovation: &subject,
            verdict: &verdicts[0],
            number: "",
            date: day(7),
            zone: Zone::Wib,
            threshold: Some(60),
        }),
        session_report(&SessionReportInput {
            lang: Lang::Id,
            settings: &settings,
            catalog: &catalog,
            secretariat: "Bappeda",
            day: day(7),
            verdicts: &verdicts,
            innovations: &innovations,
            number: "",
            date: day(7),
            zone: Zone::Wib,
        }),
        decree_annex(&DecreeAnnexInput {
            lang: Lang::Id,
            settings: &settings,
            year: 2026,
            innovations: &innovations,
            number: "",
            date: day(7),
        }),
    ];
    for document in documents {
        let bytes = crate::base::document::write_docx(&document).expect("a Word file");
        assert!(bytes.starts_with(b"PK"), "{}", document.file_stem);
    }
}

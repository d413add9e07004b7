//! Indonesian and English text of every validation finding and field label.

use crate::base::format::{format_date, megabytes};
use crate::base::lang::Lang;
use crate::model::catalog::Catalog;
use crate::model::urusan::affair_by_number;
use crate::rules::validation::{FieldPath, Issue, IssueCode, date_from_param};

/// The national form's label of a field (indicator and extra paths get a generic label;
/// see [`field_name`] for the numbered form and [`issue_message_in`] for catalog labels).
pub fn field_label(lang: Lang, path: FieldPath) -> &'static str {
    lang.pick(match path {
        FieldPath::Name => ("Nama Inovasi", "Innovation name (Nama Inovasi)"),
        FieldPath::Stage => ("Tahapan Inovasi", "Stage (Tahapan Inovasi)"),
        FieldPath::Initiator => ("Inisiator Inovasi Daerah", "Initiator (Inisiator)"),
        FieldPath::InitiatorName => ("Nama Inisiator", "Initiator name (Nama Inisiator)"),
        FieldPath::Kind => ("Jenis Inovasi", "Type (Jenis Inovasi)"),
        FieldPath::Form => ("Bentuk Inovasi Daerah", "Form (Bentuk Inovasi)"),
        FieldPath::Theme => ("Tematik", "Theme (Tematik)"),
        FieldPath::ThemeDetail => ("Detail Tematik", "Theme detail (Detail Tematik)"),
        FieldPath::MainAffair => {
            ("Urusan Pemerintahan Utama", "Main government affair (Urusan utama)")
        }
        FieldPath::RelatedAffairs => {
            ("Urusan Pemerintahan Beririsan", "Overlapping government affairs (Urusan beririsan)")
        }
        FieldPath::TrialDate => ("Waktu Uji Coba", "Trial date (Waktu Uji Coba)"),
        FieldPath::ImplementationDate => {
            ("Waktu Penerapan", "Implementation date (Waktu Penerapan)")
        }
        FieldPath::DevelopmentDate => {
            ("Waktu Pengembangan", "Development date (Waktu Pengembangan)")
        }
        FieldPath::Design => (
            "Rancang Bangun dan Pokok Perubahan yang Dilakukan",
            "Design and main changes (Rancang Bangun)",
        ),
        FieldPath::Goal => ("Tujuan Inovasi", "Goal (Tujuan Inovasi)"),
        FieldPath::Benefit => ("Manfaat yang Diperoleh", "Benefits (Manfaat)"),
        FieldPath::Outcome => ("Hasil Inovasi", "Results (Hasil Inovasi)"),
        FieldPath::BudgetFile => ("Anggaran", "Budget file (Anggaran)"),
        FieldPath::BusinessProfileFile => ("Profil Bisnis", "Business profile (Profil Bisnis)"),
        FieldPath::IprFile => ("Dokumen HAKI", "IPR document (HAKI)"),
        FieldPath::AwardFile => ("Penghargaan", "Award (Penghargaan)"),
        FieldPath::Indicator(_) => ("Indikator SID", "SID indicator"),
        FieldPath::IndicatorEvidence(_) => ("Bukti dukung indikator", "Indicator evidence"),
        FieldPath::Extra(_) => ("Isian tambahan", "Additional field"),
    })
}

/// The label of a field with its indicator number: "Indikator 16", "Bukti dukung indikator 16".
pub fn field_name(lang: Lang, path: FieldPath) -> String {
    match path {
        FieldPath::Indicator(number) | FieldPath::IndicatorEvidence(number) => {
            format!("{} {number}", field_label(lang, path))
        }
        _ => field_label(lang, path).to_owned(),
    }
}

fn date_text(lang: Lang, issue: &Issue, key: &str) -> String {
    issue
        .param(key)
        .and_then(date_from_param)
        .map_or_else(|| "?".to_owned(), |date| format_date(lang, date))
}

/// The sentence shown next to a field for one finding.
pub fn issue_message(lang: Lang, issue: &Issue) -> String {
    message_for(lang, issue, &field_name(lang, issue.path))
}

/// [`issue_message`], naming extra fields by their label in `catalog`.
pub fn issue_message_in(lang: Lang, issue: &Issue, catalog: &Catalog) -> String {
    let field = match issue.path {
        FieldPath::Extra(index) => catalog
            .extra_fields
            .get(usize::from(index))
            .map(|field| lang.pick((field.label_id.clone(), field.label_en.clone())))
            .unwrap_or_else(|| field_name(lang, issue.path)),
        path => field_name(lang, path),
    };
    message_for(lang, issue, &field)
}

fn message_for(lang: Lang, issue: &Issue, field: &str) -> String {
    let number = |key: &str| issue.param(key).unwrap_or(0);
    match issue.code {
        IssueCode::Required => match lang {
            Lang::Id => format!("{field} wajib diisi."),
            Lang::En => format!("{field} is required."),
        },
        IssueCode::TooFewWords => {
            let (count, min) = (number("count"), number("min"));
            match lang {
                Lang::Id => {
                    format!("{field} baru {count} kata; minimal {min} kata sebelum bisa diajukan.")
                }
                Lang::En => format!(
                    "{field} has {count} words; at least {min} are needed before submission."
                ),
            }
        }
        IssueCode::DateInFuture => {
            let today = date_text(lang, issue, "today");
            match lang {
                Lang::Id => format!("{field} tidak boleh setelah hari ini ({today})."),
                Lang::En => format!("{field} cannot be later than today ({today})."),
            }
        }
        IssueCode::TrialAfterImplementation => {
            let (trial, applied) =
                (date_text(lang, issue, "trial"), date_text(lang, issue, "implementation"));
            match lang {
                Lang::Id => format!(
                    "Waktu uji coba ({trial}) harus sebelum atau sama dengan waktu penerapan ({applied})."
                ),
                Lang::En => format!(
                    "The trial date ({trial}) must be on or before the implementation date ({applied})."
                ),
            }
        }
        IssueCode::DevelopmentBeforeImplementation => {
            let (developed, applied) =
                (date_text(lang, issue, "development"), date_text(lang, issue, "implementation"));
            match lang {
                Lang::Id => format!(
                    "Waktu pengembangan ({developed}) tidak boleh sebelum waktu penerapan ({applied})."
                ),
                Lang::En => format!(
                    "The development date ({developed}) cannot be before the implementation date ({applied})."
                ),
            }
        }
        IssueCode::OutsideAgeWindow => {
            let (from, to) = (date_text(lang, issue, "from"), date_text(lang, issue, "to"));
            match lang {
                Lang::Id => format!(
                    "Waktu penerapan harus antara {from} dan {to}, kecuali ada pengembangan dalam rentang itu; inovasi yang lebih lama ditolak otomatis."
                ),
                Lang::En => format!(
                    "The implementation date must be between {from} and {to}, unless a development falls in that range; older innovations are rejected automatically."
                ),
            }
        }
        IssueCode::UnknownAffair => {
            let value = number("value");
            match lang {
                Lang::Id => format!("{field}: {value} bukan urusan pada daftar 38 urusan."),
                Lang::En => {
                    format!("{field}: {value} is not on the list of 38 government affairs.")
                }
            }
        }
        IssueCode::RepeatedAffair => {
            let value = urusan_name(number("value"));
            match lang {
                Lang::Id => format!("{field}: urusan {value} sudah dipilih."),
                Lang::En => format!("{field}: the affair {value} is already chosen."),
            }
        }
        IssueCode::MandatoryIndicatorMissing => {
            let n = number("number");
            match lang {
                Lang::Id => format!("Indikator {n} wajib diisi dengan level 1–3."),
                Lang::En => format!("Indicator {n} is mandatory: choose level 1–3."),
            }
        }
        IssueCode::MissingEvidence => {
            let n = number("number");
            match lang {
                Lang::Id => format!(
                    "Indikator {n} belum memiliki bukti dukung; tanpa bukti, level akan dinilai 0."
                ),
                Lang::En => {
                    format!("Indicator {n} has no evidence; without it the level will count as 0.")
                }
            }
        }
        IssueCode::UnknownIndicator => {
            let n = number("number");
            match lang {
                Lang::Id => {
                    format!("Indikator {n} tidak ada pada katalog tahun ini dan tidak dinilai.")
                }
                Lang::En => {
                    format!("Indicator {n} is not in this year's catalog and is not scored.")
                }
            }
        }
        IssueCode::FileTooLarge => {
            let (size, max) = (megabytes(lang, number("size")), megabytes(lang, number("max")));
            let name = if issue.subject.is_empty() {
                String::new()
            } else {
                format!("«{}» ", issue.subject)
            };
            match lang {
                Lang::Id => format!(
                    "{field}: berkas {name}{size} melebihi batas {max} aplikasi nasional dan akan ditolak: perkecil berkasnya (kompres PDF, pindai dengan resolusi lebih rendah, atau potong halaman yang tidak perlu) atau ganti dengan berkas lain, lalu ajukan."
                ),
                Lang::En => format!(
                    "{field}: the file {name}is {size}, over the national app's {max} limit, and would be refused: shrink it (compress the PDF, scan at a lower resolution, or drop pages that are not needed) or replace it with another file, then submit."
                ),
            }
        }
        IssueCode::FileTypeNotAllowed => match lang {
            Lang::Id => format!("{field}: jenis berkas tidak diterima; gunakan PDF, JPG atau PNG."),
            Lang::En => format!("{field}: file type not accepted; use PDF, JPG or PNG."),
        },
        IssueCode::DuplicateName => {
            let count = number("count");
            match lang {
                Lang::Id => format!(
                    "{field} sama dengan {count} inovasi lain di daerah ini pada tahun yang sama."
                ),
                Lang::En => format!(
                    "{field} is the same as {count} other innovation(s) of this region and year."
                ),
            }
        }
    }
}

fn urusan_name(number: u64) -> String {
    u8::try_from(number)
        .ok()
        .and_then(affair_by_number)
        .map_or_else(|| number.to_string(), |affair| affair.name.to_owned())
}

/// "x / 300 kata" under a long text.
pub fn word_count_label(lang: Lang, count: usize, min: usize) -> String {
    match lang {
        Lang::Id => format!("{count} / {min} kata"),
        Lang::En => format!("{count} / {min} words"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::validation::Severity;

    #[test]
    fn predicates_and_numbered_fields_read_in_both_languages() {
        for predicate in crate::rules::scoring::Predicate::ALL {
            let id = crate::rules::scoring::predicate_label(Lang::Id, predicate);
            assert_ne!(id, crate::rules::scoring::predicate_label(Lang::En, predicate));
        }
        assert_eq!(field_name(Lang::Id, FieldPath::Indicator(16)), "Indikator SID 16");
    }

    #[test]
    fn every_issue_code_reads_in_both_languages() {
        let paths = [
            FieldPath::Name,
            FieldPath::Design,
            FieldPath::TrialDate,
            FieldPath::MainAffair,
            FieldPath::Indicator(16),
            FieldPath::IndicatorEvidence(35),
            FieldPath::Extra(0),
        ];
        let params = vec![
            ("count", 12),
            ("min", 300),
            ("today", 20_260_615),
            ("trial", 20_240_701),
            ("implementation", 20_240_601),
            ("development", 20_240_501),
            ("from", 20_240_101),
            ("to", 20_251_231),
            ("value", 2),
            ("number", 16),
            ("size", 3_145_728),
            ("max", 2_097_152),
        ];
        let catalog = Catalog::builtin(2026).expect("test data");
        for code in IssueCode::ALL {
            for path in paths {
                let issue = Issue {
                    code,
                    path,
                    severity: Severity::Error,
                    params: params.clone(),
                    subject: String::new(),
                };
                let id = issue_message(Lang::Id, &issue);
                let en = issue_message(Lang::En, &issue);
                assert!(!id.is_empty() && !en.is_empty());
                assert_ne!(id, en, "{code:?} must differ between languages");
                assert!(!id.contains('?') && !en.contains('?'), "{id} / {en}");
                assert!(!issue_message_in(Lang::Id, &issue, &catalog).is_empty());
            }
        }
        let short = Issue {
            code: IssueCode::TooFewWords,
            path: FieldPath::Design,
            severity: Severity::Error,
            params: vec![("count", 12), ("min", 300)],
            subject: String::new(),
        };
        assert!(issue_message(Lang::Id, &short).contains("12 kata"));
        assert!(issue_message(Lang::En, &short).contains("300"));
        let window = Issue {
            code: IssueCode::OutsideAgeWindow,
            path: FieldPath::ImplementationDate,
            severity: Severity::Error,
            params: params.clone(),
            subject: String::new(),
        };
        assert!(issue_message(Lang::Id, &window).contains("1 Jan 2024 dan 31 Des 2025"));
        let large = Issue {
            code: IssueCode::FileTooLarge,
            path: FieldPath::AwardFile,
            severity: Severity::Error,
            params,
            subject: "Piagam.pdf".into(),
        };
        let said = issue_message(Lang::Id, &large);
        assert!(said.contains("«Piagam.pdf» 3,0 MB melebihi batas 2,0 MB"), "{said}");
        assert!(said.contains("perkecil") && said.contains("ganti"), "{said}");
        assert!(issue_message(Lang::En, &large).contains("replace"));
        let extra = Issue {
            code: IssueCode::Required,
            path: FieldPath::Extra(0),
            severity: Severity::Error,
            params: vec![],
            subject: String::new(),
        };
        assert_eq!(issue_message_in(Lang::Id, &extra, &catalog), "Asta Cita wajib diisi.");
    }
}

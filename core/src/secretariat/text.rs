//! Indonesian and English text of the secretariat's findings: registry, region config, CSV imports, reviews, SPD entry, dashboard.

use crate::base::decimal::Hundredths;
use crate::base::format::format_date_long;
use crate::base::format::format_number;
use crate::base::lang::Lang;
use crate::model::labels::status_label;
use crate::secretariat::SecretariatError;
use crate::secretariat::dashboard::Dashboard;
use crate::secretariat::innovation_csv::{ImportIssue, ImportIssueCode};
use crate::secretariat::projection::{SpdIssue, SpdIssueCode};
use crate::secretariat::region_config::{ConfigIssue, ConfigIssueCode, DeadlineNotice};
use crate::secretariat::registry::{RegistryIssue, RegistryIssueCode};
use crate::secretariat::verification::{ReviewIssue, ReviewIssueCode, ReviewState};

/// "Baris 7: " / "Row 7: " in front of a row's message (nothing without a row).
fn row_prefix(lang: Lang, row: Option<u32>) -> String {
    row.map_or_else(String::new, |row| {
        lang.pick((format!("Baris {row}: "), format!("Row {row}: ")))
    })
}

/// One registry finding (add/edit form or agency CSV row), one sentence.
pub fn registry_issue_message(lang: Lang, issue: &RegistryIssue) -> String {
    let value = &issue.value;
    let text = match issue.code {
        RegistryIssueCode::EmptyName => {
            lang.pick(("Nama instansi wajib diisi.".to_owned(), "The unit name is required.".to_owned()))
        }
        RegistryIssueCode::DuplicateName => lang.pick((
            format!("Nama “{value}” sudah dipakai instansi lain di daerah ini."),
            format!("The name “{value}” is already used by another unit of this region."),
        )),
        RegistryIssueCode::UnknownKind => lang.pick((
            format!("Jenis “{value}” tidak dikenal (contoh: dinas, badan, kecamatan, kelurahan, desa, puskesmas, rsud, sekolah, bumd)."),
            format!("Unknown kind “{value}” (e.g. dinas, badan, kecamatan, kelurahan, desa, puskesmas, rsud, sekolah, bumd)."),
        )),
        RegistryIssueCode::UnknownParent => lang.pick((
            format!("Instansi induk “{value}” tidak ada di daftar."),
            format!("The parent unit “{value}” is not on the list."),
        )),
        RegistryIssueCode::ParentCycle => lang.pick((
            "Instansi tidak bisa berada di bawah dirinya sendiri.".to_owned(),
            "A unit cannot be placed under itself.".to_owned(),
        )),
        RegistryIssueCode::UnknownAgency => lang.pick((
            format!("Tidak ada instansi dengan id {value}."),
            format!("No unit has the id {value}."),
        )),
        RegistryIssueCode::MissingColumn => lang.pick((
            format!("Kolom “{value}” tidak ditemukan di baris judul."),
            format!("The column “{value}” is missing from the header row."),
        )),
        RegistryIssueCode::BadActiveValue => lang.pick((
            format!("Kolom aktif berisi “{value}”; isi ya atau tidak."),
            format!("The active column holds “{value}”; use ya (yes) or tidak (no)."),
        )),
        RegistryIssueCode::UnreadableFile => lang.pick((
            "Berkas CSV kosong atau rusak.".to_owned(),
            "The CSV file is empty or damaged.".to_owned(),
        )),
    };
    format!("{}{text}", row_prefix(lang, issue.row))
}

/// One config finding (`config.json` of a config bundle, or the agency's pick).
pub fn config_issue_message(lang: Lang, issue: &ConfigIssue) -> String {
    let (path, value) = (&issue.path, &issue.value);
    match issue.code {
        ConfigIssueCode::Required if path.starts_with("deadlines[") => lang.pick((
            format!("{}: keterangan wajib diisi.", deadline_line(lang, path)),
            format!("{}: the label is required.", deadline_line(lang, path)),
        )),
        ConfigIssueCode::Required => {
            lang.pick((format!("{path} wajib diisi."), format!("{path} is required.")))
        }
        ConfigIssueCode::UnsupportedYear => lang.pick((
            format!("Tidak ada katalog untuk tahun {value}."),
            format!("There is no catalog for the year {value}."),
        )),
        ConfigIssueCode::BadPublicKey => lang.pick((
            "Kunci publik sekretariat tidak sah (64 karakter heksadesimal).".to_owned(),
            "The secretariat's public key is not valid (64 hexadecimal characters).".to_owned(),
        )),
        ConfigIssueCode::DuplicateId => lang.pick((
            format!("{path}: id {value} dipakai dua kali."),
            format!("{path}: the id {value} is used twice."),
        )),
        ConfigIssueCode::DuplicateName => lang.pick((
            format!("{path}: nama “{value}” dipakai dua kali."),
            format!("{path}: the name “{value}” is used twice."),
        )),
        ConfigIssueCode::UnknownParent => lang.pick((
            format!("{path}: instansi induk tidak ada di daftar."),
            format!("{path}: the parent unit is not on the list."),
        )),
        ConfigIssueCode::NoActiveAgency => lang.pick((
            "Daftar instansi tidak memuat instansi aktif.".to_owned(),
            "The agency list has no active unit.".to_owned(),
        )),
        ConfigIssueCode::UnknownAgency => lang.pick((
            "Instansi yang dipilih tidak (lagi) ada di daftar sekretariat.".to_owned(),
            "The chosen unit is not (or no longer) on the secretariat's list.".to_owned(),
        )),
        ConfigIssueCode::BadDate if value.is_empty() => lang.pick((
            format!("{}: tanggal wajib diisi.", deadline_line(lang, path)),
            format!("{}: the date is required.", deadline_line(lang, path)),
        )),
        ConfigIssueCode::BadDate => lang.pick((
            format!("{}: “{value}” bukan tanggal (dd/mm/yyyy).", deadline_line(lang, path)),
            format!("{}: “{value}” is not a date (dd/mm/yyyy).", deadline_line(lang, path)),
        )),
        ConfigIssueCode::TooLong => lang.pick((
            format!("{}: paling banyak {value} karakter.", deadline_line(lang, path)),
            format!("{}: at most {value} characters.", deadline_line(lang, path)),
        )),
        ConfigIssueCode::DuplicateDeadline => lang.pick((
            format!("{}: “{value}” sudah dipakai batas waktu lain.", deadline_line(lang, path)),
            format!("{}: another deadline already uses “{value}”.", deadline_line(lang, path)),
        )),
    }
}

/// "Batas waktu 2" for `deadlines[1].…`; other paths as they are.
fn deadline_line(lang: Lang, path: &str) -> String {
    let index = path
        .strip_prefix("deadlines[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    match index {
        Some(index) => {
            format!("{} {}", lang.pick(("Batas waktu", "Deadline")), index.saturating_add(1))
        }
        None => path.to_owned(),
    }
}

/// "Batas waktu: Batas pengisian profil, 30 Juni 2026 (3 hari lagi)" on the agency's list.
pub fn deadline_notice_message(lang: Lang, notice: &DeadlineNotice) -> String {
    let date = format_date_long(lang, notice.date);
    let left = match (lang, notice.days_left) {
        (Lang::Id, 0) => "hari ini".to_owned(),
        (Lang::Id, n) => format!("{n} hari lagi"),
        (Lang::En, 0) => "today".to_owned(),
        (Lang::En, 1) => "1 day left".to_owned(),
        (Lang::En, n) => format!("{n} days left"),
    };
    lang.pick((
        format!("Batas waktu: {}, {date} ({left})", notice.label),
        format!("Deadline: {}, {date} ({left})", notice.label),
    ))
}

/// The CSV column an innovation-import finding concerns, as the template names it.
fn import_column_label(lang: Lang, path: &str) -> String {
    if let Some(number) = path.strip_prefix("indicators.") {
        return format!("{} {number}", lang.pick(("Indikator", "Indicator")));
    }
    let label = match path {
        "name" => "Nama Inovasi",
        "agency" => "Instansi",
        "stage" => "Tahapan",
        "initiator" => "Inisiator",
        "kind" => "Jenis",
        "form" => "Bentuk",
        "main_affair" => "Urusan",
        "related_affairs" => "Urusan Beririsan",
        "trial_date" => "Tanggal Uji Coba",
        "implementation_date" => "Tanggal Penerapan",
        "development_date" => "Tanggal Pengembangan",
        other => other,
    };
    label.to_owned()
}

/// One innovation-CSV finding, with its row.
pub fn import_issue_message(lang: Lang, issue: &ImportIssue) -> String {
    let (path, value) = (&import_column_label(lang, &issue.path), &issue.value);
    let text = match issue.code {
        ImportIssueCode::Required => {
            lang.pick((format!("{path} wajib diisi."), format!("{path} is required.")))
        }
        ImportIssueCode::UnknownAgency => lang.pick((
            format!("Instansi “{value}” tidak ada di daftar instansi aktif."),
            format!("The unit “{value}” is not on the list of active units."),
        )),
        ImportIssueCode::UnknownValue => lang.pick((
            format!("{path}: nilai “{value}” tidak dikenal."),
            format!("{path}: unknown value “{value}”."),
        )),
        ImportIssueCode::BadDate => lang.pick((
            format!("{path}: “{value}” bukan tanggal (dd/mm/yyyy)."),
            format!("{path}: “{value}” is not a date (dd/mm/yyyy)."),
        )),
        ImportIssueCode::DuplicateName => lang.pick((
            format!("Inovasi “{value}” sudah ada untuk daerah dan tahun ini."),
            format!("The innovation “{value}” already exists for this region and year."),
        )),
        ImportIssueCode::MissingColumn => lang.pick((
            format!("Kolom “{value}” tidak ditemukan di baris judul."),
            format!("The column “{value}” is missing from the header row."),
        )),
        ImportIssueCode::UnreadableFile => lang.pick((
            "Berkas CSV kosong atau rusak.".to_owned(),
            "The CSV file is empty or damaged.".to_owned(),
        )),
    };
    format!("{}{text}", row_prefix(lang, issue.row))
}

/// One verification-form finding.
pub fn review_issue_message(lang: Lang, issue: &ReviewIssue) -> String {
    let path = &issue.path;
    match issue.code {
        ReviewIssueCode::StatusRequired => lang.pick((
            "Pilih status: diverifikasi, perlu revisi atau ditolak.".to_owned(),
            "Choose a status: verified, needs revision or rejected.".to_owned(),
        )),
        ReviewIssueCode::StatusNotAllowed => lang.pick((
            "Sekretariat hanya dapat memberi status diverifikasi, perlu revisi atau ditolak."
                .to_owned(),
            "The secretariat can only set verified, needs revision or rejected.".to_owned(),
        )),
        ReviewIssueCode::ReasonRequired => lang.pick((
            "Tuliskan alasan untuk perlu revisi atau ditolak.".to_owned(),
            "Write the reason for needs revision or rejected.".to_owned(),
        )),
        ReviewIssueCode::LevelOutOfRange => lang
            .pick((format!("{path}: level harus 0–3."), format!("{path}: the level must be 0–3."))),
        ReviewIssueCode::UnknownIndicator => lang.pick((
            format!("{path}: indikator tidak ada di katalog."),
            format!("{path}: the indicator is not in the catalog."),
        )),
        ReviewIssueCode::NotSubmitted => lang.pick((
            "Inovasi ini masih draf; belum ada yang diajukan untuk diverifikasi.".to_owned(),
            "This innovation is still a draft; nothing was submitted for review.".to_owned(),
        )),
    }
}

/// The review state on the secretariat's verification list.
pub fn review_state_label(lang: Lang, state: ReviewState) -> String {
    match state {
        ReviewState::Unreviewed => lang.pick(("Belum diperiksa", "Not reviewed yet")).to_owned(),
        ReviewState::Decided(status) => status_label(lang, status).to_owned(),
        ReviewState::ChangedSinceReview { reviewed, decided } => lang.pick((
            format!(
                "Revisi baru sejak diperiksa (revisi {reviewed}: {})",
                status_label(lang, decided).to_lowercase()
            ),
            format!(
                "New revision since the review (revision {reviewed}: {})",
                status_label(lang, decided).to_lowercase()
            ),
        )),
    }
}

/// One SPD-entry finding.
pub fn spd_issue_message(lang: Lang, issue: &SpdIssue) -> String {
    let path = &issue.path;
    match issue.code {
        SpdIssueCode::UnknownRow => lang.pick((
            format!("{path}: baris SPD tidak ada di katalog."),
            format!("{path}: the SPD row is not in the catalog."),
        )),
        SpdIssueCode::LevelOutOfRange => lang
            .pick((format!("{path}: level harus 0–3."), format!("{path}: the level must be 0–3."))),
        SpdIssueCode::DuplicateRow => lang.pick((
            format!("{path}: baris SPD diisi dua kali."),
            format!("{path}: the SPD row is answered twice."),
        )),
        SpdIssueCode::WrongYear => lang.pick((
            "Isian SPD untuk tahun lain daripada katalog.".to_owned(),
            "The SPD answers are for another year than the catalog.".to_owned(),
        )),
        SpdIssueCode::Unanswered => {
            let row = path.strip_prefix("spd.").unwrap_or(path);
            lang.pick((
                format!("SPD {row}: belum diisi (dihitung 0)."),
                format!("SPD {row}: not answered yet (counted as 0)."),
            ))
        }
    }
}

/// The dashboard headline: "12 dari 30 instansi sudah punya inovasi".
pub fn compliance_headline(lang: Lang, with_innovation: u32, agencies: u32) -> String {
    lang.pick((
        format!("{with_innovation} dari {agencies} instansi sudah punya inovasi"),
        format!("{with_innovation} of {agencies} units have an innovation"),
    ))
}

/// The dashboard headline for `dash`: "x dari y instansi sudah punya inovasi", or, while the
/// registry has no active unit, what is known instead (never "0 dari 0").
pub fn dashboard_headline(lang: Lang, dash: &Dashboard) -> String {
    if dash.active_agencies > 0 {
        return compliance_headline(lang, dash.with_innovation, dash.active_agencies);
    }
    match dash.unlisted_senders().len() {
        0 => lang
            .pick((
                "Daftar instansi masih kosong dan belum ada inovasi tahun ini.",
                "The unit registry is empty and there is no innovation this year yet.",
            ))
            .to_owned(),
        senders => lang.pick((
            format!(
                "Daftar instansi masih kosong: {senders} instansi pengirim sudah punya inovasi tetapi belum ada di daftar."
            ),
            format!(
                "The unit registry is empty: {senders} sending units have an innovation but are not on it yet."
            ),
        )),
    }
}

/// How many senders are not in the registry yet (their innovations are in the table).
pub fn unlisted_senders_message(lang: Lang, senders: usize) -> String {
    lang.pick((
        format!(
            "{senders} instansi pengirim belum ada di Daftar instansi; inovasinya ada di tabel tetapi belum dihitung dalam “x dari y”."
        ),
        format!(
            "{senders} sending units are not on the unit registry; their innovations are in the table but not counted in “x of y” yet."
        ),
    ))
}

/// "+3,33 IID untuk satu inovasi lagi dengan kematangan 100".
pub fn what_if_message(lang: Lang, maturity: Hundredths, gain: Hundredths) -> String {
    let sign = if gain.0 >= 0 { "+" } else { "" };
    lang.pick((
        format!(
            "{sign}{} IID untuk satu inovasi lagi dengan kematangan {}",
            format_number(lang, gain),
            format_number(lang, maturity)
        ),
        format!(
            "{sign}{} IID for one more innovation of maturity {}",
            format_number(lang, gain),
            format_number(lang, maturity)
        ),
    ))
}

/// What a secretariat document is, for people: "registry" → "daftar instansi".
fn document_label(lang: Lang, what: &str) -> String {
    let (id, en) = match what {
        "registry" => ("daftar instansi", "unit registry"),
        "SPD answers" => ("isian SPD", "SPD answers"),
        "config.json" => ("pengaturan daerah (config.json)", "region config (config.json)"),
        "workspace" => ("berkas ruang kerja", "workspace file"),
        "award.json" => ("paket penghargaan (award.json)", "award package (award.json)"),
        "jury.json" => ("lembar nilai juri (jury.json)", "jury score sheet (jury.json)"),
        "award round" => ("data penghargaan", "award round"),
        other => (other, other),
    };
    lang.pick((id, en)).to_owned()
}

/// Why a secretariat document could not be read or trusted, one or more sentences.
pub fn secretariat_error_message(lang: Lang, error: &SecretariatError) -> String {
    match error {
        SecretariatError::Json { what, .. } => {
            let what = document_label(lang, what);
            lang.pick((
                format!("Isi {what} rusak (bukan JSON yang sah)."),
                format!("The {what} is damaged (not valid JSON)."),
            ))
        }
        SecretariatError::UnsupportedVersion { what, found, supported } => {
            let what = document_label(lang, what);
            if found > supported {
                lang.pick((
                    format!("{what} dibuat oleh versi aplikasi yang lebih baru (versi {found}); perbarui aplikasi."),
                    format!("The {what} was made by a newer version of the app (version {found}); update the app."),
                ))
            } else {
                lang.pick((
                    format!("Versi {what} ({found}) tidak didukung; aplikasi ini membaca versi {supported}."),
                    format!("The {what} version {found} is not supported; this app reads version {supported}."),
                ))
            }
        }
        SecretariatError::InvalidConfig(issues) => {
            issues.iter().map(|issue| config_issue_message(lang, issue)).collect::<Vec<_>>().join(" ")
        }
        SecretariatError::WrongBundleKind { found, expected } => lang.pick((
            format!("Ini berkas kiriman jenis “{found}”, bukan “{expected}”."),
            format!("This is a “{found}” bundle, not a “{expected}” bundle."),
        )),
        SecretariatError::MissingConfig => lang.pick((
            "Berkas kiriman tidak memuat pengaturan daerah (config.json).".to_owned(),
            "The bundle holds no region config (config.json).".to_owned(),
        )),
        SecretariatError::SignerMismatch => lang.pick((
            "Berkas pengaturan ditandatangani kunci lain dari kunci sekretariat yang disebutnya; jangan dipakai.".to_owned(),
            "The config bundle is signed by another key than the secretariat key it names; do not use it.".to_owned(),
        )),
        SecretariatError::ManifestMismatch { manifest, config } => lang.pick((
            format!("Isi berkas tidak cocok dengan manifesnya ({manifest} / {config}); jangan dipakai."),
            format!("The bundle's content does not match its manifest ({manifest} / {config}); do not use it."),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::innovation::Status;
    use crate::model::labels::agency_kind_label;
    use crate::model::org::AgencyKind;
    use chrono::NaiveDate;

    #[test]
    fn registry_codes_and_kinds_read_in_both_languages() {
        for kind in AgencyKind::ALL {
            assert_ne!(agency_kind_label(Lang::Id, kind), agency_kind_label(Lang::En, kind));
        }
        for code in RegistryIssueCode::ALL {
            let issue = RegistryIssue { code, path: "name", row: Some(7), value: "x".into() };
            let id = registry_issue_message(Lang::Id, &issue);
            let en = registry_issue_message(Lang::En, &issue);
            assert!(id.starts_with("Baris 7: ") && en.starts_with("Row 7: "), "{id} / {en}");
            assert_ne!(id, en);
        }
    }

    #[test]
    fn secretariat_codes_read_in_both_languages() {
        for code in ConfigIssueCode::ALL {
            let issue = ConfigIssue { code, path: "agencies[0].name".into(), value: "x".into() };
            assert_ne!(
                config_issue_message(Lang::Id, &issue),
                config_issue_message(Lang::En, &issue)
            );
        }
        let notice = |days_left| DeadlineNotice {
            label: "Batas pengisian profil".into(),
            date: NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default(),
            days_left,
        };
        assert_eq!(
            deadline_notice_message(Lang::Id, &notice(3)),
            "Batas waktu: Batas pengisian profil, 30 Juni 2026 (3 hari lagi)"
        );
        assert_eq!(
            deadline_notice_message(Lang::En, &notice(1)),
            "Deadline: Batas pengisian profil, 30 June 2026 (1 day left)"
        );
        assert!(deadline_notice_message(Lang::Id, &notice(0)).ends_with("(hari ini)"));
        let label = ConfigIssue {
            code: ConfigIssueCode::Required,
            path: "deadlines[1].label".into(),
            value: String::new(),
        };
        assert_eq!(
            config_issue_message(Lang::Id, &label),
            "Batas waktu 2: keterangan wajib diisi."
        );
        for code in ImportIssueCode::ALL {
            let issue = ImportIssue { code, row: Some(4), path: "stage".into(), value: "x".into() };
            let id = import_issue_message(Lang::Id, &issue);
            assert!(id.starts_with("Baris 4: "));
            assert_ne!(id, import_issue_message(Lang::En, &issue));
        }
        for state in [
            ReviewState::Unreviewed,
            ReviewState::Decided(Status::NeedsRevision),
            ReviewState::ChangedSinceReview { reviewed: 2, decided: Status::Verified },
        ] {
            assert_ne!(review_state_label(Lang::Id, state), review_state_label(Lang::En, state));
        }
        assert_eq!(
            review_state_label(
                Lang::Id,
                ReviewState::ChangedSinceReview { reviewed: 2, decided: Status::Verified }
            ),
            "Revisi baru sejak diperiksa (revisi 2: diverifikasi)"
        );
        for code in ReviewIssueCode::ALL {
            let issue = ReviewIssue { code, path: "indicators.16".into() };
            assert_ne!(
                review_issue_message(Lang::Id, &issue),
                review_issue_message(Lang::En, &issue)
            );
        }
        for code in SpdIssueCode::ALL {
            let issue = SpdIssue { code, path: "rows[0].level".into() };
            assert_ne!(spd_issue_message(Lang::Id, &issue), spd_issue_message(Lang::En, &issue));
        }
        assert_eq!(
            compliance_headline(Lang::Id, 12, 30),
            "12 dari 30 instansi sudah punya inovasi"
        );
        assert_eq!(
            what_if_message(Lang::Id, Hundredths(10_000), Hundredths(333)),
            "+3,33 IID untuk satu inovasi lagi dengan kematangan 100,00"
        );
    }

    /// One value of every variant, so that a new variant must be added here (and gets a text).
    pub(crate) fn every_secretariat_error() -> Vec<SecretariatError> {
        let sample = |error: SecretariatError| match error {
            SecretariatError::Json { .. }
            | SecretariatError::UnsupportedVersion { .. }
            | SecretariatError::InvalidConfig(_)
            | SecretariatError::WrongBundleKind { .. }
            | SecretariatError::MissingConfig
            | SecretariatError::SignerMismatch
            | SecretariatError::ManifestMismatch { .. } => error,
        };
        vec![
            sample(SecretariatError::Json { what: "registry", detail: "x".into() }),
            sample(SecretariatError::UnsupportedVersion {
                what: "SPD answers",
                found: 9,
                supported: 1,
            }),
            sample(SecretariatError::UnsupportedVersion {
                what: "workspace",
                found: 0,
                supported: 1,
            }),
            sample(SecretariatError::InvalidConfig(vec![ConfigIssue {
                code: ConfigIssueCode::Required,
                path: "region.name".into(),
                value: String::new(),
            }])),
            sample(SecretariatError::WrongBundleKind { found: "jury", expected: "config" }),
            sample(SecretariatError::MissingConfig),
            sample(SecretariatError::SignerMismatch),
            sample(SecretariatError::ManifestMismatch { manifest: "a".into(), config: "b".into() }),
        ]
    }

    #[test]
    fn every_secretariat_error_reads_in_both_languages() {
        for error in every_secretariat_error() {
            let id = secretariat_error_message(Lang::Id, &error);
            let en = secretariat_error_message(Lang::En, &error);
            assert!(!id.is_empty() && !en.is_empty(), "{error:?}");
            assert_ne!(id, en, "{error:?}");
            assert!(!id.contains("bundle") || id.contains("config.json"), "{id}");
        }
    }
}

//! Indonesian and English text of the award findings and tie-breaks.

use super::{
    AwardError, AwardIssue, AwardIssueCode, EntrySelection, LeftOut, LeftOutReason, TieBreak,
};
use crate::base::format::format_score;
use crate::base::lang::Lang;
use crate::model::labels::status_label;
use crate::secretariat::text::secretariat_error_message;

/// The label of a field path of a round or sheet (`criteria[2].weight` → "Bobot kriteria 3").
fn path_label(lang: Lang, path: &str) -> String {
    let numbered = |list: &str| {
        let rest = path.strip_prefix(list)?.strip_prefix('[')?;
        let (index, field) = rest.split_once(']')?;
        Some((index.parse::<usize>().ok()? + 1, field.trim_start_matches('.')))
    };
    for (list, id, en) in [
        ("categories", "kategori", "category"),
        ("criteria", "kriteria", "criterion"),
        ("jurors", "juri", "juror"),
        ("stages", "tahapan", "stage"),
        ("entries", "entri", "entry"),
    ] {
        if let Some((number, field)) = numbered(list) {
            let (field_id, field_en) = match field {
                "name" => ("Nama", "Name"),
                "weight" => ("Bobot", "Weight"),
                "winners" => ("Jumlah pemenang", "Number of winners"),
                "category" => ("Kategori", "Category"),
                "code" => ("Kode", "Code"),
                _ => ("Isian", "Field"),
            };
            return lang.pick((
                format!("{field_id} {id} {number}"),
                format!("{field_en} of {en} {number}"),
            ));
        }
    }
    let (id, en) = match path {
        "name" => ("Nama penghargaan", "Award name"),
        "region" => ("Nama Pemda", "Region"),
        "secretariat" => ("Nama Sekretariat", "Secretariat"),
        "categories" => ("Kategori", "Categories"),
        "criteria" => ("Kriteria", "Criteria"),
        "jurors" => ("Dewan juri", "Jurors"),
        "stages" => ("Tahapan", "Stages"),
        "current_stage" => ("Tahap saat ini", "Current stage"),
        "round_id" | "round_name" => ("Penghargaan", "Award round"),
        "juror.id" | "juror.name" => ("Nama juri", "Juror name"),
        _ => return path.to_owned(),
    };
    lang.pick((id, en)).to_owned()
}

/// One award finding as a sentence naming what is wrong.
pub fn award_issue_message(lang: Lang, issue: &AwardIssue) -> String {
    let label = path_label(lang, &issue.path);
    let value = &issue.value;
    match issue.code {
        AwardIssueCode::Required => {
            lang.pick((format!("{label} wajib diisi."), format!("{label} is required.")))
        }
        AwardIssueCode::Empty => lang.pick((
            format!("{label}: isi paling sedikit satu."),
            format!("{label}: add at least one."),
        )),
        AwardIssueCode::WeightsSum => lang.pick((
            format!("Jumlah bobot kriteria harus 100, sekarang {value}."),
            format!("The criterion weights must sum to 100; they sum to {value}."),
        )),
        AwardIssueCode::WinnersTooFew => lang
            .pick((format!("{label} paling sedikit 1."), format!("{label} must be at least 1."))),
        AwardIssueCode::Duplicate => lang.pick((
            format!("{label}: “{value}” dipakai dua kali."),
            format!("{label}: “{value}” is used twice."),
        )),
        AwardIssueCode::UnknownCategory => lang.pick((
            format!("{label}: kategori “{value}” tidak ada di penghargaan ini."),
            format!("{label}: the category “{value}” is not in this award."),
        )),
        AwardIssueCode::UnknownStage => lang.pick((
            "Tahap saat ini tidak ada di daftar tahapan.".to_owned(),
            "The current stage is not one of the stages.".to_owned(),
        )),
        AwardIssueCode::ScoreMissing => {
            lang.pick(("Nilai belum diisi.".to_owned(), "The score is missing.".to_owned()))
        }
        AwardIssueCode::ScoreNotNumber => lang.pick((
            format!("“{value}” bukan bilangan bulat 0–100."),
            format!("“{value}” is not a whole number 0–100."),
        )),
        AwardIssueCode::ScoreTooHigh => lang.pick((
            format!("Nilai {value} di atas 100 (nilai 0–100)."),
            format!("The score {value} is above 100 (scores are 0–100)."),
        )),
        AwardIssueCode::UnknownEntry => lang.pick((
            "Lembar nilai memuat inovasi yang tidak ada di penghargaan ini.".to_owned(),
            "The sheet scores an innovation that is not in this award.".to_owned(),
        )),
        AwardIssueCode::UnknownCriterion => lang.pick((
            format!("Lembar nilai memuat kriteria “{value}” yang tidak ada di penghargaan ini."),
            format!("The sheet scores a criterion “{value}” that is not in this award."),
        )),
    }
}

/// How a tie on the final score was decided; `criterion` is the heaviest criterion's name.
pub fn tie_break_label(lang: Lang, tie: TieBreak, criterion: &str) -> String {
    match tie {
        TieBreak::TopCriterion => lang.pick((
            format!("Nilai sama; ditentukan oleh nilai {criterion} yang lebih tinggi"),
            format!("Tied; decided by the higher {criterion} score"),
        )),
        TieBreak::Maturity => lang.pick((
            "Nilai sama; ditentukan oleh kematangan terverifikasi yang lebih tinggi".to_owned(),
            "Tied; decided by the higher verified maturity".to_owned(),
        )),
        TieBreak::Name => lang.pick((
            "Nilai sama di semua ukuran; diurutkan menurut nama".to_owned(),
            "Tied on everything scored; ordered by name".to_owned(),
        )),
    }
}

/// Why an award document could not be used: the round's problems, or the reading error.
/// How many innovations of the year "Ambil entri" left out and why, in one sentence; empty when
/// none was left out.
pub fn left_out_summary(lang: Lang, selection: &EntrySelection, min_maturity: u32) -> String {
    if selection.left_out.is_empty() {
        return String::new();
    }
    let (draft, unreviewed, unverified, below) = selection.left_out_counts();
    let parts: Vec<String> = [
        (
            below,
            format!("di bawah kematangan minimal {min_maturity}"),
            format!("below the minimum kematangan of {min_maturity}"),
        ),
        (
            unverified,
            "berstatus perlu revisi atau ditolak".to_owned(),
            "marked needs revision or rejected".to_owned(),
        ),
        (unreviewed, "belum diverifikasi".to_owned(), "not reviewed yet".to_owned()),
        (draft, "masih draf".to_owned(), "still drafts".to_owned()),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, id, en)| format!("{n} {}", lang.pick((id, en))))
    .collect();
    let n = selection.left_out.len();
    match lang {
        Lang::Id => format!("{n} inovasi tahun ini tidak diambil: {}.", parts.join(", ")),
        Lang::En => format!(
            "{n} {} of the year not taken: {}.",
            if n == 1 { "innovation" } else { "innovations" },
            parts.join(", ")
        ),
    }
}

/// One left-out innovation and its reason.
pub fn left_out_message(lang: Lang, left: &LeftOut) -> String {
    let name = if left.name.is_empty() {
        lang.pick(("(tanpa nama)", "(untitled)")).to_owned()
    } else {
        left.name.clone()
    };
    match left.reason {
        LeftOutReason::Draft => lang.pick((
            format!("«{name}»: masih draf, belum diajukan."),
            format!("«{name}»: still a draft, not submitted."),
        )),
        LeftOutReason::NotReviewed => lang.pick((
            format!("«{name}»: belum diverifikasi sekretariat."),
            format!("«{name}»: not reviewed by the secretariat yet."),
        )),
        LeftOutReason::NotVerified(status) => {
            let status = status_label(lang, status);
            lang.pick((
                format!("«{name}»: status {status}, bukan diverifikasi."),
                format!("«{name}»: status {status}, not verified."),
            ))
        }
        LeftOutReason::BelowMinimum { maturity, minimum } => {
            let maturity = format_score(lang, maturity);
            lang.pick((
                format!(
                    "«{name}»: kematangan terverifikasi {maturity} di bawah minimal {minimum}."
                ),
                format!(
                    "«{name}»: verified kematangan {maturity} is below the minimum of {minimum}."
                ),
            ))
        }
    }
}

pub fn award_error_message(lang: Lang, error: &AwardError) -> String {
    match error {
        AwardError::Document(error) => secretariat_error_message(lang, error),
        AwardError::Invalid(issues) => issues
            .iter()
            .map(|issue| award_issue_message(lang, issue))
            .collect::<Vec<_>>()
            .join(" "),
        AwardError::MissingDocument(name) => lang.pick((
            format!("Berkas kiriman tidak memuat {name}."),
            format!("The bundle holds no {name}."),
        )),
        AwardError::WrongRound => lang.pick((
            "Lembar nilai ini milik penghargaan lain.".to_owned(),
            "This score sheet belongs to another award round.".to_owned(),
        )),
        AwardError::UnknownJuror(name) => lang.pick((
            format!("Juri “{name}” tidak ada di penghargaan ini."),
            format!("The juror “{name}” is not on this award round."),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secretariat::SecretariatError;

    #[test]
    fn every_award_error_reads_in_both_languages() {
        let errors = [
            AwardError::Document(SecretariatError::MissingConfig),
            AwardError::Invalid(vec![AwardIssue::new(
                AwardIssueCode::WeightsSum,
                "criteria",
                "90",
            )]),
            AwardError::MissingDocument("jury.json"),
            AwardError::WrongRound,
            AwardError::UnknownJuror("Bu Sari".into()),
        ];
        for error in &errors {
            // A new variant must be listed above: this match stops compiling otherwise.
            match error {
                AwardError::Document(_)
                | AwardError::Invalid(_)
                | AwardError::MissingDocument(_)
                | AwardError::WrongRound
                | AwardError::UnknownJuror(_) => {}
            }
            let id = award_error_message(Lang::Id, error);
            let en = award_error_message(Lang::En, error);
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en, "{error:?}");
        }
    }
}

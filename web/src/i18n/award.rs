//! Texts of the local award: rounds, jurors, scoring, results.

use std::fmt::Display;

use inovda_core::Lang;

use super::{Count, Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    AwardTitle,
    AwardIntro,
    AwardNameLabel,
    AwardNameRequired,
    AwardCreate,
    AwardRounds,
    AwardNone,
    AwardEntriesCount,
    AwardSheetsCount,
    AwardBack,
    AwardNotFound,
    AwardSettings,
    AwardYearLabel,
    AwardStageLabel,
    AwardCategoriesLegend,
    AwardCriteriaLegend,
    AwardMinMaturity,
    AwardJurorsLegend,
    AwardNoJurors,
    AwardJurorName,
    AwardJurorNameRequired,
    AwardAddJuror,
    AwardRemoveJuror,
    AwardEntriesHeading,
    AwardEntriesHint,
    AwardRefreshEntries,
    AwardNoEntries,
    AwardCategoryLabel,
    AwardNoteLabel,
    AwardSave,
    AwardFixFirst,
    AwardJurorBundles,
    AwardJurorBundlesHint,
    AwardSaveFirst,
    AwardDownloadJuror,
    AwardBundleDownloaded,
    AwardSheetsHeading,
    AwardEvidenceInPackages,
    DossierOpen,
    DossierProfile,
    DossierIndicators,
    DossierKipp,
    DossierFileMissing,
    DossierNone,
    DossierLevel,
    DossierDownload,
    AwardNoSheets,
    AwardSheetsReceived,
    AwardSheetsMissing,
    AwardImportSheets,
    AwardRankingHeading,
    AwardCategoryEmpty,
    AwardNotScored,
    AwardWinner,
    AwardColRank,
    AwardColInnovation,
    AwardColAgency,
    AwardColScore,
    AwardColJurors,
    AwardColNote,
    AwardPrintLink,
    AwardWinnersCsv,
    AwardBackToRound,
    AwardResultsHeading,
    AwardBundleUnusable,
    AwardKeepForScoring,
    AwardKept,
    AwardOpenScoring,
    AwardRoundMissing,
    AwardOpenRound,
    AwardNewCategory,
    AwardAddCategory,
    AwardNewCriterion,
    AwardAddCriterion,
    AwardStagesLegend,
    AwardNewStage,
    AwardAddStage,
    JuryBundleUnusable,
    JuryKeepSheet,
    JuryTitle,
    JuryNone,
    JuryBack,
    JuryNotFound,
    JuryScoringTitle,
    JuryWeights,
    JurySend,
    JuryIncomplete,
    JurySent,
    AwardDeviceNone,
    AwardDevicesHint,
    AwardSendPackages,
    AwardSendPackagesHint,
    JurySendRelay,
    JuryDownloadFile,
    JuryQueued,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::AwardTitle,
        Key::AwardIntro,
        Key::AwardNameLabel,
        Key::AwardNameRequired,
        Key::AwardCreate,
        Key::AwardRounds,
        Key::AwardNone,
        Key::AwardEntriesCount,
        Key::AwardSheetsCount,
        Key::AwardBack,
        Key::AwardNotFound,
        Key::AwardSettings,
        Key::AwardYearLabel,
        Key::AwardStageLabel,
        Key::AwardCategoriesLegend,
        Key::AwardCriteriaLegend,
        Key::AwardMinMaturity,
        Key::AwardJurorsLegend,
        Key::AwardNoJurors,
        Key::AwardJurorName,
        Key::AwardJurorNameRequired,
        Key::AwardAddJuror,
        Key::AwardRemoveJuror,
        Key::AwardEntriesHeading,
        Key::AwardEntriesHint,
        Key::AwardRefreshEntries,
        Key::AwardNoEntries,
        Key::AwardCategoryLabel,
        Key::AwardNoteLabel,
        Key::AwardSave,
        Key::AwardFixFirst,
        Key::AwardJurorBundles,
        Key::AwardJurorBundlesHint,
        Key::AwardSaveFirst,
        Key::AwardDownloadJuror,
        Key::AwardBundleDownloaded,
        Key::AwardSheetsHeading,
        Key::AwardEvidenceInPackages,
        Key::DossierOpen,
        Key::DossierProfile,
        Key::DossierIndicators,
        Key::DossierKipp,
        Key::DossierFileMissing,
        Key::DossierNone,
        Key::DossierLevel,
        Key::DossierDownload,
        Key::AwardNoSheets,
        Key::AwardSheetsReceived,
        Key::AwardSheetsMissing,
        Key::AwardImportSheets,
        Key::AwardRankingHeading,
        Key::AwardCategoryEmpty,
        Key::AwardNotScored,
        Key::AwardWinner,
        Key::AwardColRank,
        Key::AwardColInnovation,
        Key::AwardColAgency,
        Key::AwardColScore,
        Key::AwardColJurors,
        Key::AwardColNote,
        Key::AwardPrintLink,
        Key::AwardWinnersCsv,
        Key::AwardBackToRound,
        Key::AwardResultsHeading,
        Key::AwardBundleUnusable,
        Key::AwardKeepForScoring,
        Key::AwardKept,
        Key::AwardOpenScoring,
        Key::AwardRoundMissing,
        Key::AwardOpenRound,
        Key::AwardNewCategory,
        Key::AwardAddCategory,
        Key::AwardNewCriterion,
        Key::AwardAddCriterion,
        Key::AwardStagesLegend,
        Key::AwardNewStage,
        Key::AwardAddStage,
        Key::JuryBundleUnusable,
        Key::JuryKeepSheet,
        Key::JuryTitle,
        Key::JuryNone,
        Key::JuryBack,
        Key::JuryNotFound,
        Key::JuryScoringTitle,
        Key::JuryWeights,
        Key::JurySend,
        Key::JuryIncomplete,
        Key::JurySent,
        Key::AwardDeviceNone,
        Key::AwardDevicesHint,
        Key::AwardSendPackages,
        Key::AwardSendPackagesHint,
        Key::JurySendRelay,
        Key::JuryDownloadFile,
        Key::JuryQueued,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::AwardTitle => ("Penghargaan inovasi daerah", "Local innovation award"),
            Key::AwardIntro => (
                "Buat penghargaan: kategori, tahapan, kriteria dan bobot, dewan juri dan jumlah pemenang. Entri diambil dari inovasi yang sudah diverifikasi. Setiap juri menerima bundel penilaian, menilai di perangkatnya sendiri dan mengirim kembali lembar nilai.",
                "Create an award round: categories, stages, weighted criteria, jurors and the number of winners. Entries come from verified innovations. Each juror receives an award bundle, scores on their own device and sends the score sheet back.",
            ),
            Key::AwardNameLabel => ("Nama penghargaan", "Award name"),
            Key::AwardNameRequired => {
                ("Nama penghargaan wajib diisi.", "The award name is required.")
            }
            Key::AwardCreate => ("Buat penghargaan", "Create the award"),
            Key::AwardRounds => ("Daftar penghargaan", "Award rounds"),
            Key::AwardNone => ("Belum ada penghargaan.", "No award round yet."),
            Key::AwardEntriesCount => ("entri", "entries"),
            Key::AwardSheetsCount => ("lembar nilai", "score sheets"),
            Key::AwardBack => ("← Daftar penghargaan", "← Award rounds"),
            Key::AwardNotFound => (
                "Penghargaan ini tidak ada di perangkat ini.",
                "This award round is not on this device.",
            ),
            Key::AwardSettings => ("Pengaturan penghargaan", "Award settings"),
            Key::AwardYearLabel => ("Tahun", "Year"),
            Key::AwardStageLabel => ("Tahap saat ini", "Current stage"),
            Key::AwardCategoriesLegend => {
                ("Kategori dan jumlah pemenang", "Categories and number of winners")
            }
            Key::AwardCriteriaLegend => {
                ("Kriteria penilaian dan bobot (%)", "Criteria and weights (%)")
            }
            Key::AwardMinMaturity => {
                ("Kematangan terverifikasi minimal", "Minimum verified maturity")
            }
            Key::AwardJurorsLegend => ("Dewan juri", "Jurors"),
            Key::AwardNoJurors => ("Belum ada juri.", "No juror yet."),
            Key::AwardJurorName => ("Nama juri", "Juror name"),
            Key::AwardJurorNameRequired => ("Tulis nama juri.", "Type the juror's name."),
            Key::AwardAddJuror => ("Tambah juri", "Add juror"),
            Key::AwardRemoveJuror => ("Hapus", "Remove"),
            Key::AwardEntriesHeading => ("Entri", "Entries"),
            Key::AwardEntriesHint => (
                "Entri = inovasi tahun ini berstatus diverifikasi dengan kematangan terverifikasi paling sedikit batas di atas. Kategori mengikuti jenis instansi dan bisa diubah per entri.",
                "Entries = this year's innovations with the status verified and a verified maturity of at least the minimum above. The category follows the agency type and can be changed per entry.",
            ),
            Key::AwardRefreshEntries => {
                ("Ambil entri dari inovasi terverifikasi", "Take entries from verified innovations")
            }
            Key::AwardNoEntries => ("Belum ada entri.", "No entries yet."),
            Key::AwardCategoryLabel => ("Kategori", "Category"),
            Key::AwardNoteLabel => ("Catatan tinjau lapangan", "Field-review notes"),
            Key::AwardSave => ("Simpan penghargaan", "Save the award"),
            Key::AwardFixFirst => (
                "Belum disimpan: perbaiki dulu hal berikut.",
                "Not saved: fix the following first.",
            ),
            Key::AwardJurorBundles => ("Bundel untuk juri", "Bundles for the jurors"),
            Key::AwardJurorBundlesHint => (
                "Kirim ke setiap juri bundelnya sendiri (WhatsApp, surel, USB). Juri membukanya di halaman Impor, menilai, lalu mengirim kembali lembar nilai.",
                "Send each juror their own bundle (WhatsApp, e-mail, USB). The juror opens it on the Import page, scores, and sends the score sheet back.",
            ),
            Key::AwardSaveFirst => (
                "Simpan penghargaan tanpa masalah dulu untuk membuat bundel juri.",
                "Save the award without problems first to build the jurors' bundles.",
            ),
            Key::AwardDownloadJuror => ("Unduh bundel juri", "Download juror bundle"),
            Key::AwardBundleDownloaded => ("Bundel juri diunduh:", "Juror bundle downloaded:"),
            Key::AwardSheetsHeading => ("Lembar nilai", "Score sheets"),
            Key::AwardEvidenceInPackages => (
                "Sertakan bukti dukung di paket juri (profil dan proposal KIPP selalu ikut)",
                "Include the evidence files in the jurors' packages (profiles and KIPP proposals always travel)",
            ),
            Key::DossierOpen => (
                "Baca profil, proposal KIPP dan bukti",
                "Read the profile, KIPP proposal and evidence",
            ),
            Key::DossierProfile => ("Profil inovasi", "Innovation profile"),
            Key::DossierIndicators => ("Indikator dan bukti dukung", "Indicators and evidence"),
            Key::DossierKipp => ("Proposal KIPP", "KIPP proposal"),
            Key::DossierFileMissing => {
                ("tidak disertakan dalam paket", "not included in the package")
            }
            Key::DossierNone => (
                "Paket ini hanya memuat nama dan instansi. Minta paket baru dari sekretariat untuk membaca profilnya.",
                "This package holds names and units only. Ask the secretariat for a new package to read the profiles.",
            ),
            Key::DossierLevel => ("Level klaim", "Claimed level"),
            Key::DossierDownload => ("Unduh", "Download"),
            Key::AwardNoSheets => {
                ("Belum ada lembar nilai yang diterima.", "No score sheet received yet.")
            }
            Key::AwardSheetsReceived => {
                ("Lembar nilai diterima dari:", "Score sheets received from:")
            }
            Key::AwardSheetsMissing => {
                ("Belum mengirim lembar nilai:", "Score sheet not yet received from:")
            }
            Key::AwardImportSheets => (
                "Impor lembar nilai juri (halaman Impor)",
                "Import juror score sheets (Import page)",
            ),
            Key::AwardRankingHeading => ("Peringkat", "Ranking"),
            Key::AwardCategoryEmpty => {
                ("Belum ada entri di kategori ini.", "No entries in this category.")
            }
            Key::AwardNotScored => ("belum dinilai", "not scored"),
            Key::AwardWinner => ("Pemenang", "Winner"),
            Key::AwardColRank => ("Peringkat", "Rank"),
            Key::AwardColInnovation => ("Nama Inovasi", "Innovation"),
            Key::AwardColAgency => ("Instansi", "Agency"),
            Key::AwardColScore => ("Nilai akhir", "Final score"),
            Key::AwardColJurors => ("Juri", "Jurors"),
            Key::AwardColNote => ("Catatan tinjau lapangan", "Field-review notes"),
            Key::AwardPrintLink => ("Cetak hasil", "Print the results"),
            Key::AwardWinnersCsv => {
                ("Unduh daftar pemenang (CSV)", "Download the winners list (CSV)")
            }
            Key::AwardBackToRound => ("← Kembali ke penghargaan", "← Back to the award"),
            Key::AwardResultsHeading => ("Hasil penilaian", "Results"),
            Key::AwardBundleUnusable => {
                ("Bundel penilaian tidak bisa dipakai:", "The award bundle cannot be used:")
            }
            Key::AwardKeepForScoring => ("Simpan untuk penilaian", "Keep for scoring"),
            Key::AwardKept => ("Bundel penilaian disimpan.", "Award bundle kept."),
            Key::AwardOpenScoring => ("Buka penilaian juri", "Open jury scoring"),
            Key::AwardRoundMissing => (
                "Penghargaan lembar nilai ini tidak ada di perangkat ini.",
                "This score sheet's award round is not on this device.",
            ),
            Key::AwardOpenRound => ("Buka penghargaan", "Open the award"),
            Key::AwardNewCategory => ("Kategori baru", "New category"),
            Key::AwardAddCategory => ("Tambah kategori", "Add category"),
            Key::AwardNewCriterion => {
                ("Kriteria baru (bobot mulai 0)", "New criterion (weight starts at 0)")
            }
            Key::AwardAddCriterion => ("Tambah kriteria", "Add criterion"),
            Key::AwardStagesLegend => {
                ("Tahapan penghargaan dan tanggalnya", "Award stages and their dates")
            }
            Key::AwardNewStage => ("Tahap baru", "New stage"),
            Key::AwardAddStage => ("Tambah tahap", "Add stage"),
            Key::JuryBundleUnusable => {
                ("Lembar nilai tidak bisa dipakai:", "The score sheet cannot be used:")
            }
            Key::JuryKeepSheet => ("Simpan lembar nilai", "Keep the score sheet"),
            Key::JuryTitle => ("Penilaian juri", "Jury scoring"),
            Key::JuryNone => (
                "Belum ada bundel penilaian. Buka bundel dari sekretariat di halaman Impor.",
                "No award bundle yet. Open the secretariat's bundle on the Import page.",
            ),
            Key::JuryBack => ("← Penilaian juri", "← Jury scoring"),
            Key::JuryNotFound => (
                "Bundel penilaian ini tidak ada di perangkat ini.",
                "This award bundle is not on this device.",
            ),
            Key::JuryScoringTitle => ("Penilaian juri", "Jury scoring"),
            Key::JuryWeights => ("Bobot:", "Weights:"),
            Key::JurySend => ("Kirim lembar nilai", "Send the score sheet"),
            Key::JuryIncomplete => {
                ("Lembar nilai belum bisa dikirim:", "The score sheet cannot be sent yet:")
            }
            Key::JurySent => (
                "Lembar nilai diunduh; kirim berkas ini ke sekretariat:",
                "Score sheet downloaded; send this file to the secretariat:",
            ),
            Key::AwardDeviceNone => {
                ("— tanpa relay (kirim berkas) —", "— no relay (send the file) —")
            }
            Key::AwardDevicesHint => (
                "Pilih perangkat tiap juri di antara perangkat yang tersambung ke relay wilayah: paketnya terkirim otomatis dan lembar nilainya kembali lewat relay. Berkas yang diunduh untuk juri itu hanya bisa dibuka perangkatnya.",
                "Pick each juror's device among those connected to the region's relay: the package travels by itself and the score sheet comes back through the relay. A file downloaded for that juror opens only on that device.",
            ),
            Key::AwardSendPackages => (
                "Kirim paket ke semua juri lewat relay",
                "Send every juror's package through the relay",
            ),
            Key::AwardSendPackagesHint => (
                "Juri tanpa perangkat relay tetap menerima berkas: unduh bundelnya dan kirim sendiri.",
                "Jurors without a relay device still get a file: download their bundle and send it yourself.",
            ),
            Key::JurySendRelay => {
                ("Kirim lembar nilai lewat relay", "Send the score sheet through the relay")
            }
            Key::JuryDownloadFile => {
                ("Unduh lembar nilai sebagai berkas", "Download the score sheet as a file")
            }
            Key::JuryQueued => (
                "Lembar nilai masuk antrean relay dan terkirim sendiri ke sekretariat begitu ada jaringan.",
                "The score sheet is queued on the relay and goes to the secretariat by itself once there is a network.",
            ),
        }
    }
}

/// "Winners in {category}"
pub fn award_winners_label(lang: Lang, category: impl Display) -> String {
    match lang {
        Lang::Id => format!("Jumlah pemenang {category}"),
        Lang::En => format!("Winners in {category}"),
    }
}

/// "Weight of {criterion}"
pub fn award_weight_label(lang: Lang, criterion: impl Display) -> String {
    match lang {
        Lang::Id => format!("Bobot {criterion}"),
        Lang::En => format!("Weight of {criterion}"),
    }
}

/// "Sum of weights: {n} of 100"
pub fn award_weight_sum(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Jumlah bobot: {n} dari 100"),
        Lang::En => format!("Sum of weights: {n} of 100"),
    }
}

/// "{n} entries taken. Press Save to keep them."
pub fn award_entries_refreshed(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} entri diambil. Tekan Simpan untuk menyimpan."),
        Lang::En => format!(
            "{n} {w0} taken. Press Save to keep them.",
            w0 = plural(n.count(), "entry", "entries"),
        ),
    }
}

/// "Final score = the mean weighted score of {n} score sheets. Ties: the higher {criterion} score, then the higher verified maturity, then the name."
pub fn award_ranking_intro(lang: Lang, n: impl Count, criterion: impl Display) -> String {
    match lang {
        Lang::Id => format!(
            "Nilai akhir = rata-rata nilai berbobot dari {n} lembar nilai. Jika nilai sama: nilai {criterion} lebih tinggi, lalu kematangan terverifikasi lebih tinggi, lalu nama."
        ),
        Lang::En => format!(
            "Final score = the mean weighted score of {n} {w0}. Ties: the higher {criterion} score, then the higher verified maturity, then the name.",
            w0 = plural(n.count(), "score sheet", "score sheets"),
        ),
    }
}

/// "{n} winners"
pub fn award_winners_count(lang: Lang, n: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} pemenang"),
        Lang::En => format!("{n} {w0}", w0 = plural(n.count(), "winner", "winners"),),
    }
}

/// "Paket tiap juri: 4,2 MB — profil 5 inovasi, 12 berkas bukti."
pub fn award_package_size(
    lang: Lang,
    size: &str,
    dossiers: impl Count,
    files: impl Count,
) -> String {
    match lang {
        Lang::Id => {
            format!("Paket tiap juri: {size} — profil {dossiers} inovasi, {files} berkas bukti.")
        }
        Lang::En => format!(
            "Each juror's package: {size} — profiles of {dossiers} {w0}, {files} evidence {w1}.",
            w0 = plural(dossiers.count(), "innovation", "innovations"),
            w1 = plural(files.count(), "file", "files"),
        ),
    }
}

/// "Isi paket: profil 5 inovasi, 1 proposal KIPP, 12 berkas bukti · 4,2 MB."
pub fn award_package_contents(
    lang: Lang,
    dossiers: impl Count,
    proposals: impl Count,
    files: impl Count,
    size: &str,
) -> String {
    match lang {
        Lang::Id => format!(
            "Isi paket: profil {dossiers} inovasi, {proposals} proposal KIPP, {files} berkas bukti · {size}."
        ),
        Lang::En => format!(
            "The package holds profiles of {dossiers} {w0}, {proposals} KIPP {w1}, {files} evidence {w2} · {size}.",
            w0 = plural(dossiers.count(), "innovation", "innovations"),
            w1 = plural(proposals.count(), "proposal", "proposals"),
            w2 = plural(files.count(), "file", "files"),
        ),
    }
}

/// "Scoring of «{round}» from {secretariat} for the juror {juror}: {n} innovations."
pub fn award_bundle_from(
    lang: Lang,
    round: impl Display,
    secretariat: impl Display,
    juror: impl Display,
    n: impl Count,
) -> String {
    match lang {
        Lang::Id => {
            format!("Penilaian «{round}» dari {secretariat} untuk juri {juror}: {n} inovasi.")
        }
        Lang::En => format!(
            "Scoring of «{round}» from {secretariat} for the juror {juror}: {n} {w0}.",
            w0 = plural(n.count(), "innovation", "innovations"),
        ),
    }
}

/// "Category {n} name"
pub fn award_category_name_label(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Nama kategori {n}"),
        Lang::En => format!("Category {n} name"),
    }
}

/// "Criterion {n} name"
pub fn award_criterion_name_label(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Nama kriteria {n}"),
        Lang::En => format!("Criterion {n} name"),
    }
}

/// "Stage {n} name"
pub fn award_stage_name_label(lang: Lang, n: impl Display) -> String {
    match lang {
        Lang::Id => format!("Nama tahap {n}"),
        Lang::En => format!("Stage {n} name"),
    }
}

/// "Date of {stage}"
pub fn award_stage_date_label(lang: Lang, stage: impl Display) -> String {
    match lang {
        Lang::Id => format!("Tanggal {stage}"),
        Lang::En => format!("Date of {stage}"),
    }
}

/// "Score sheet from the juror {juror}."
pub fn jury_bundle_from(lang: Lang, juror: impl Display) -> String {
    match lang {
        Lang::Id => format!("Lembar nilai dari juri {juror}."),
        Lang::En => format!("Score sheet from the juror {juror}."),
    }
}

/// "Score sheet kept for «{round}»."
pub fn jury_sheet_added(lang: Lang, round: impl Display) -> String {
    match lang {
        Lang::Id => format!("Lembar nilai disimpan untuk «{round}»."),
        Lang::En => format!("Score sheet kept for «{round}»."),
    }
}

/// "A newer score sheet replaced the earlier one for «{round}»."
pub fn jury_sheet_replaced(lang: Lang, round: impl Display) -> String {
    match lang {
        Lang::Id => format!("Lembar nilai yang lebih baru menggantikan yang lama untuk «{round}»."),
        Lang::En => format!("A newer score sheet replaced the earlier one for «{round}»."),
    }
}

/// "This score sheet (or a newer one) is already kept for «{round}»."
pub fn jury_sheet_unchanged(lang: Lang, round: impl Display) -> String {
    match lang {
        Lang::Id => {
            format!("Lembar nilai ini (atau yang lebih baru) sudah tersimpan untuk «{round}».")
        }
        Lang::En => format!("This score sheet (or a newer one) is already kept for «{round}»."),
    }
}

/// "«{round}» from {secretariat}. Juror: {juror}. Type a score 0–100 for every criterion; scores are kept on this device as you type."
pub fn jury_intro(
    lang: Lang,
    round: impl Display,
    secretariat: impl Display,
    juror: impl Display,
) -> String {
    match lang {
        Lang::Id => format!(
            "«{round}» dari {secretariat}. Juri: {juror}. Isi nilai 0–100 untuk setiap kriteria; nilai tersimpan di perangkat ini saat diketik."
        ),
        Lang::En => format!(
            "«{round}» from {secretariat}. Juror: {juror}. Type a score 0–100 for every criterion; scores are kept on this device as you type."
        ),
    }
}

/// "{n} of {total} scores filled in"
pub fn jury_progress(lang: Lang, n: impl Display, total: impl Count) -> String {
    match lang {
        Lang::Id => format!("{n} dari {total} nilai terisi"),
        Lang::En => {
            format!("{n} of {total} {w0} filled in", w0 = plural(total.count(), "score", "scores"),)
        }
    }
}

/// "Device for {juror} on the relay"
pub fn award_device_label(lang: Lang, juror: impl Display) -> String {
    match lang {
        Lang::Id => format!("Perangkat relay untuk {juror}"),
        Lang::En => format!("Relay device for {juror}"),
    }
}

/// "The relay's device list could not be loaded ({reason}); the picks already saved still count."
pub fn award_devices_unavailable(lang: Lang, reason: impl Display) -> String {
    match lang {
        Lang::Id => format!(
            "Daftar perangkat relay tidak dapat dimuat ({reason}); pilihan yang sudah tersimpan tetap dipakai."
        ),
        Lang::En => format!(
            "The relay's device list could not be loaded ({reason}); the picks already saved still count."
        ),
    }
}

/// What "Kirim paket ke semua juri lewat relay" did.
pub fn award_packages_sent(lang: Lang, queued: usize, without_device: &[String]) -> String {
    let first = match lang {
        Lang::Id => format!("Paket untuk {queued} juri masuk antrean relay."),
        Lang::En => format!(
            "The packages of {queued} {} are queued on the relay.",
            plural(queued as u64, "juror", "jurors")
        ),
    };
    if without_device.is_empty() {
        return first;
    }
    let names = without_device.join(", ");
    match lang {
        Lang::Id => format!("{first} Tanpa perangkat relay (unduh dan kirim bundelnya): {names}."),
        Lang::En => format!("{first} No relay device (download and send their bundle): {names}."),
    }
}

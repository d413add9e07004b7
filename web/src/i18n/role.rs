//! Texts of the role choice (start screen, Pengaturan) and of the links to the secretariat's
//! workspace on its list: kept apart from the workspace's own texts, which the small home module
//! then does not carry (each area's texts are one `match`).

use super::Texts;

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    RoleLegend,
    RoleAgency,
    RoleSecretariat,
    AssessmentYearLabel,
    AssessmentYearHint,
    SecretariatNav,
    RegistryLink,
    DashboardLink,
    InnovationCsvLink,
    ProjectionLink,
    VerifyLink,
    LabinovBoardLink,
    AwardLink,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::RoleLegend,
        Key::RoleAgency,
        Key::RoleSecretariat,
        Key::AssessmentYearLabel,
        Key::AssessmentYearHint,
        Key::SecretariatNav,
        Key::RegistryLink,
        Key::DashboardLink,
        Key::InnovationCsvLink,
        Key::ProjectionLink,
        Key::VerifyLink,
        Key::LabinovBoardLink,
        Key::AwardLink,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::RoleLegend => ("Peran perangkat ini", "This device's role"),
            Key::RoleAgency => ("Instansi", "Agency (Instansi)"),
            Key::RoleSecretariat => (
                "Sekretariat (Bappeda/BRIDA/Bagian Organisasi)",
                "Secretariat (Bappeda/BRIDA/Organisation Bureau)",
            ),
            Key::AssessmentYearLabel => ("Tahun penilaian", "Assessment year"),
            Key::AssessmentYearHint => (
                "Tahun katalog (pedoman) yang dipakai untuk menilai.",
                "The year of the catalog (guideline) used for the assessment.",
            ),
            Key::SecretariatNav => ("Ruang kerja sekretariat", "Secretariat workspace"),
            Key::RegistryLink => ("Daftar instansi", "Agency list"),
            Key::DashboardLink => ("Dasbor", "Dashboard"),
            Key::InnovationCsvLink => ("Impor inovasi dari CSV", "Import innovations from CSV"),
            Key::ProjectionLink => ("Proyeksi IID", "IID projection"),
            Key::VerifyLink => ("Verifikasi", "Verification"),
            Key::LabinovBoardLink => ("Papan Labinov", "Labinov board"),
            Key::AwardLink => ("Penghargaan inovasi", "Innovation award"),
        }
    }
}

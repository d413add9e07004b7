//! Texts of the start screen (role, agency and region).

use super::Texts;

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    StartTitle,
    StartIntro,
    AgencyHint,
    RegionHint,
    StartButton,
    StartRestoreHint,
    SecretariatNameHint,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::StartTitle,
        Key::StartIntro,
        Key::AgencyHint,
        Key::RegionHint,
        Key::StartButton,
        Key::StartRestoreHint,
        Key::SecretariatNameHint,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::StartTitle => ("Selamat datang di Inovda", "Welcome to Inovda"),
            Key::StartIntro => (
                "Isi nama instansi dan pemerintah daerah Anda. Semua data disimpan di perangkat ini dan tetap bisa dipakai tanpa internet.",
                "Enter your agency and region. Everything is kept on this device and keeps working without internet.",
            ),
            Key::AgencyHint => (
                "Contoh: Dinas Pendidikan, Kecamatan Mayangan, Puskesmas Kanigaran",
                "For example: Dinas Pendidikan, Kecamatan Mayangan, Puskesmas Kanigaran",
            ),
            Key::RegionHint => ("Contoh: Kota Probolinggo", "For example: Kota Probolinggo"),
            Key::StartButton => ("Mulai", "Start"),
            Key::StartRestoreHint => (
                "Pindah dari perangkat lain? Pulihkan cadangan di Pengaturan.",
                "Moving from another device? Restore a backup in Settings.",
            ),
            Key::SecretariatNameHint => (
                "Misalnya Bappeda atau BRIDA; nama ini menandatangani bundel yang dikirim ke instansi.",
                "For example Bappeda or BRIDA; this name signs the bundles sent to agencies.",
            ),
        }
    }
}

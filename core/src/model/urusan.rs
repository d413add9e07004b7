//! Government affairs (urusan pemerintahan): the 38-item list the IID form offers.
//!
//! Numbers follow the IID option list (UU 23/2014 ps. 12 + fungsi penunjang PP 18/2016).
//! Items 1–6 are the urusan wajib pelayanan dasar (yandas) that drive the yandas rule;
//! which of them a year's rule counts is catalog data, not this list.

use AffairGroup as G;

/// How an affair is classified by UU 23/2014.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AffairGroup {
    /// Wajib pelayanan dasar (yandas).
    BasicService,
    /// Wajib non-pelayanan dasar.
    Mandatory,
    /// Pilihan.
    Optional,
    /// Fungsi penunjang.
    Support,
}

/// One urusan pemerintahan with its number on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Affair {
    pub number: u8,
    /// The official Indonesian name, verbatim.
    pub name: &'static str,
    pub group: AffairGroup,
}

const fn affair(number: u8, name: &'static str, group: AffairGroup) -> Affair {
    Affair { number, name, group }
}

/// Every urusan, in form order (number = index + 1).
pub const AFFAIRS: [Affair; 38] = [
    affair(1, "Pendidikan", G::BasicService),
    affair(2, "Kesehatan", G::BasicService),
    affair(3, "Pekerjaan Umum dan Penataan Ruang", G::BasicService),
    affair(4, "Perumahan Rakyat dan Kawasan Permukiman", G::BasicService),
    affair(5, "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", G::BasicService),
    affair(6, "Sosial", G::BasicService),
    affair(7, "Tenaga Kerja", G::Mandatory),
    affair(8, "Pemberdayaan Perempuan dan Pelindungan Anak", G::Mandatory),
    affair(9, "Pangan", G::Mandatory),
    affair(10, "Pertanahan", G::Mandatory),
    affair(11, "Lingkungan Hidup", G::Mandatory),
    affair(12, "Administrasi Kependudukan dan Pencatatan Sipil", G::Mandatory),
    affair(13, "Pemberdayaan Masyarakat dan Desa", G::Mandatory),
    affair(14, "Pengendalian Penduduk dan Keluarga Berencana", G::Mandatory),
    affair(15, "Perhubungan", G::Mandatory),
    affair(16, "Komunikasi dan Informatika", G::Mandatory),
    affair(17, "Koperasi, Usaha Kecil, dan Menengah", G::Mandatory),
    affair(18, "Penanaman Modal", G::Mandatory),
    affair(19, "Kepemudaan dan Olahraga", G::Mandatory),
    affair(20, "Statistik", G::Mandatory),
    affair(21, "Persandian", G::Mandatory),
    affair(22, "Kebudayaan", G::Mandatory),
    affair(23, "Perpustakaan", G::Mandatory),
    affair(24, "Kearsipan", G::Mandatory),
    affair(25, "Kelautan dan Perikanan", G::Optional),
    affair(26, "Pariwisata", G::Optional),
    affair(27, "Pertanian", G::Optional),
    affair(28, "Kehutanan", G::Optional),
    affair(29, "Energi dan Sumber Daya Mineral", G::Optional),
    affair(30, "Perdagangan", G::Optional),
    affair(31, "Perindustrian", G::Optional),
    affair(32, "Transmigrasi", G::Optional),
    affair(33, "Perencanaan", G::Support),
    affair(34, "Keuangan", G::Support),
    affair(35, "Kepegawaian", G::Support),
    affair(36, "Pendidikan dan Pelatihan", G::Support),
    affair(37, "Penelitian dan Pengembangan", G::Support),
    affair(38, "Fungsi lain sesuai ketentuan peraturan perundang-undangan", G::Support),
];

/// The affair with this form number, if it is on the list.
pub fn affair_by_number(number: u8) -> Option<&'static Affair> {
    AFFAIRS.iter().find(|affair| affair.number == number)
}

/// Finds an affair by its number ("2") or name, ignoring case and surrounding space
/// ("kesehatan", "Pekerjaan Umum dan Penataan Ruang").
pub fn affair_lookup(text: &str) -> Option<&'static Affair> {
    let text = text.trim();
    if let Ok(number) = text.parse::<u8>() {
        return affair_by_number(number);
    }
    AFFAIRS.iter().find(|affair| affair.name.eq_ignore_ascii_case(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_38_numbered_affairs_and_six_basic_services() {
        for (index, affair) in AFFAIRS.iter().enumerate() {
            assert_eq!(usize::from(affair.number), index + 1);
        }
        let basic = AFFAIRS.iter().filter(|a| a.group == AffairGroup::BasicService).count();
        assert_eq!(basic, 6);
        assert_eq!(affair_by_number(39), None);
        assert_eq!(affair_by_number(0), None);
    }

    #[test]
    fn lookup_accepts_numbers_and_names() {
        assert_eq!(affair_lookup("kesehatan").map(|a| a.number), Some(2));
        assert_eq!(affair_lookup(" 10 ").map(|a| a.name), Some("Pertanahan"));
        assert_eq!(affair_lookup("Pertahanan"), None);
    }
}

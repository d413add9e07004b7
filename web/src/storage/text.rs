//! Indonesian and English text of storage failures, for every page that reports one.

use inovda_core::Lang;

use super::StorageError;

/// Why a storage operation failed, as a sentence in the UI's language.
pub fn storage_error_message(lang: Lang, error: &StorageError) -> String {
    match error {
        StorageError::Open(detail) => lang.pick((
            format!("Penyimpanan browser tidak dapat dibuka ({detail}). Muat ulang halaman; bila masih gagal, periksa apakah mode privat atau pemblokir penyimpanan aktif."),
            format!("The browser's storage cannot be opened ({detail}). Reload the page; if it still fails, check whether private mode or a storage blocker is on."),
        )),
        StorageError::Request(detail) => lang.pick((
            format!("Penyimpanan browser menolak permintaan ({detail}). Tidak ada yang diubah; coba lagi."),
            format!("The browser's storage refused the request ({detail}). Nothing was changed; try again."),
        )),
        StorageError::QuotaExceeded => lang.pick((
            "Ruang penyimpanan perangkat penuh. Kosongkan ruang (hapus berkas lain atau data situs lain), lalu coba lagi; data yang sudah tersimpan tetap utuh.".to_owned(),
            "The device storage is full. Free some space (delete other files or other sites' data), then try again; what is already saved is intact.".to_owned(),
        )),
        StorageError::Unavailable => lang.pick((
            "Browser menutup penyimpanannya (penyimpanan dibersihkan atau dibatasi). Tidak ada yang ditulis; muat ulang halaman.".to_owned(),
            "The browser closed its storage (cleared or restricted). Nothing was written; reload the page.".to_owned(),
        )),
        StorageError::Corrupt(detail) => lang.pick((
            format!("Data tersimpan rusak dan tidak dapat dibaca ({detail})."),
            format!("Stored data is damaged and cannot be read ({detail})."),
        )),
        StorageError::Newer { record, version } => lang.pick((
            format!("Data tersimpan ({record}, skema {version}) dibuat oleh versi Inovda yang lebih baru. Data itu tidak diubah; perbarui aplikasi dengan memuat ulang halaman saat tersambung ke internet."),
            format!("Stored data ({record}, schema {version}) was written by a newer version of Inovda. It was left unchanged; update the app by reloading the page while online."),
        )),
        StorageError::Conflict { revision, edit_count } => lang.pick((
            format!("Inovasi ini sudah diubah di tab atau jendela lain (revisi {revision}, perubahan ke-{edit_count}). Muat ulang halaman untuk melihat versi terbaru."),
            format!("This innovation was changed in another tab or window (revision {revision}, edit {edit_count}). Reload the page to see the newest version."),
        )),
    }
}

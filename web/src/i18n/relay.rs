//! Texts of Kiriman otomatis (the relay): Pengaturan, the outbox state of an innovation, the
//! inbox on Impor and the secretariat's "send to every unit".

use chrono::{DateTime, Utc};
use inovda_core::Lang;
use inovda_core::base::format::format_time_long_in;
use inovda_core::base::zone::Zone;
use inovda_core::exchange::bundle::BundleKind;
use inovda_core::exchange::relay::{Delivery, OutboxEntry};

use super::{Texts, plural};

/// A text of this area without placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Heading,
    Intro,
    NoneAgency,
    Url,
    UrlHint,
    Code,
    CodeHint,
    Enrol,
    Enrolling,
    Enrolled,
    Address,
    Region,
    Connected,
    NotConnected,
    SyncNow,
    LastSync,
    Never,
    Queued,
    QueueFailed,
    InboxHeading,
    InboxReview,
    CheckNow,
    SendAll,
    SendAllHint,
    SendAllNoRelay,
    SendConfig,
    LockForSecretariat,
    LockHint,
    AlsoQueued,
    Route,
    RouteRelay,
    RouteFile,
}

impl Key {
    /// Every text of this area, for tests that walk them all.
    pub const ALL: &[Key] = &[
        Key::Heading,
        Key::Intro,
        Key::NoneAgency,
        Key::Url,
        Key::UrlHint,
        Key::Code,
        Key::CodeHint,
        Key::Enrol,
        Key::Enrolling,
        Key::Enrolled,
        Key::Address,
        Key::Region,
        Key::Connected,
        Key::NotConnected,
        Key::SyncNow,
        Key::LastSync,
        Key::Never,
        Key::Queued,
        Key::QueueFailed,
        Key::InboxHeading,
        Key::InboxReview,
        Key::CheckNow,
        Key::SendAll,
        Key::SendAllHint,
        Key::SendAllNoRelay,
        Key::SendConfig,
        Key::LockForSecretariat,
        Key::LockHint,
        Key::AlsoQueued,
        Key::Route,
        Key::RouteRelay,
        Key::RouteFile,
    ];
}

impl Texts for Key {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::Heading => ("Kiriman otomatis (relay)", "Automatic sending (relay)"),
            Key::Intro => (
                "Dengan relay, bundel terkirim sendiri setiap kali ada jaringan, terenkripsi untuk penerimanya. Ekspor dan Impor berkas tetap bisa dipakai.",
                "With a relay, bundles travel by themselves whenever there is a network, encrypted for their recipient. Exporting and importing files keeps working.",
            ),
            Key::NoneAgency => (
                "Perangkat ini belum mengenal relay. Relay diatur oleh sekretariat dan datang bersama berkas konfigurasinya (Impor).",
                "This device knows no relay yet. The secretariat sets it up; it comes with the secretariat's config file (Impor).",
            ),
            Key::Url => ("Alamat relay", "Relay address"),
            Key::UrlHint => (
                "Contoh: https://inovda.probolinggokota.go.id",
                "For example: https://inovda.probolinggokota.go.id",
            ),
            Key::Code => ("Kode pendaftaran", "Enrolment code"),
            Key::CodeHint => (
                "Kode sekali pakai dari pengelola relay, misalnya ABCD-EFGH-JKLM-NPQR.",
                "The one-time code from the relay's operator, e.g. ABCD-EFGH-JKLM-NPQR.",
            ),
            Key::Enrol => ("Daftarkan wilayah", "Enrol the region"),
            Key::Enrolling => ("Mendaftarkan…", "Enrolling…"),
            Key::Enrolled => (
                "Wilayah terdaftar di relay. Buat bundel konfigurasi lagi (Daftar instansi) dan bagikan ke instansi agar mereka ikut mengirim lewat relay.",
                "The region is enrolled on the relay. Make the config bundle again (Daftar instansi) and share it with the agencies so they send through the relay too.",
            ),
            Key::Address => ("Alamat", "Address"),
            Key::Region => ("Wilayah", "Region"),
            Key::Connected => ("Terhubung", "Connected"),
            Key::NotConnected => (
                "Belum terhubung: tersambung otomatis saat ada jaringan.",
                "Not connected yet: connects by itself when there is a network.",
            ),
            Key::SyncNow => ("Sinkronkan sekarang", "Sync now"),
            Key::LastSync => ("Sinkron terakhir", "Last sync"),
            Key::Never => ("belum pernah", "never"),
            Key::Queued => (
                "Dikirim otomatis ke sekretariat lewat relay saat ada jaringan.",
                "It is sent to the secretariat through the relay by itself when there is a network.",
            ),
            Key::QueueFailed => (
                "Belum masuk antrean kiriman relay; kirim lewat Ekspor.",
                "Not queued for the relay; send it with Ekspor.",
            ),
            Key::InboxHeading => ("Kiriman masuk lewat relay", "Arrived through the relay"),
            Key::InboxReview => ("Tinjau kiriman masuk", "Review what arrived"),
            Key::CheckNow => ("Periksa kiriman baru", "Check for new bundles"),
            Key::SendAll => {
                ("Kirim ke semua instansi lewat relay", "Send to every unit through the relay")
            }
            Key::SendAllHint => (
                "Setiap instansi yang sudah terhubung ke relay menerima bundelnya sendiri; unduhan berkas tetap tersedia.",
                "Every unit connected to the relay gets its own bundle; the file downloads stay available.",
            ),
            Key::SendAllNoRelay => (
                "Belum ada relay: daftarkan wilayah di Pengaturan untuk mengirim otomatis.",
                "No relay yet: enrol the region in Pengaturan to send automatically.",
            ),
            Key::SendConfig => {
                ("Kirim konfigurasi lewat relay", "Send the config through the relay")
            }
            Key::LockForSecretariat => {
                ("Kunci berkas untuk sekretariat", "Lock the file for the secretariat")
            }
            Key::LockHint => (
                "Hanya perangkat sekretariat yang bisa membuka berkas terkunci. Hapus centang untuk memindahkan inovasi ke perangkat lain instansi Anda.",
                "Only the secretariat's device can open a locked file. Untick it to move innovations to another device of your agency.",
            ),
            Key::AlsoQueued => (
                "Juga dikirim otomatis lewat relay saat ada jaringan.",
                "Also sent through the relay by itself when there is a network.",
            ),
            Key::Route => ("Jalur", "Route"),
            Key::RouteRelay => ("relay", "relay"),
            Key::RouteFile => ("berkas", "file"),
        }
    }
}

/// Where an innovation's submission is on its way: "Terkirim 7 Des 2026 11.05 WIB".
pub fn delivery_text(lang: Lang, entry: &OutboxEntry, zone: Zone) -> String {
    let at = |text: &str| {
        DateTime::parse_from_rfc3339(text)
            .map(|at| format_time_long_in(lang, at.with_timezone(&Utc), zone))
            .unwrap_or_else(|_| text.to_owned())
    };
    match &entry.delivery {
        Delivery::Waiting if entry.failures == 0 => lang
            .pick(("Menunggu jaringan untuk dikirim", "Waiting for a network to send"))
            .to_owned(),
        Delivery::Waiting => lang
            .pick((
                "Menunggu jaringan untuk dikirim (dicoba lagi otomatis)",
                "Waiting for a network to send (retried automatically)",
            ))
            .to_owned(),
        Delivery::Sent { at: sent } => {
            format!("{} {}", lang.pick(("Terkirim", "Sent")), at(sent))
        }
        // What goes to the secretariat is received by it; the rest by the unit or juror named.
        Delivery::Received { at: received }
            if matches!(entry.kind, BundleKind::Submission | BundleKind::Jury)
                || entry.recipient.is_empty() =>
        {
            format!(
                "{} {}",
                lang.pick(("Diterima sekretariat", "Received by the secretariat")),
                at(received)
            )
        }
        Delivery::Received { at: received } => {
            let by = &entry.recipient;
            match lang {
                Lang::Id => format!("Diterima {by} {}", at(received)),
                Lang::En => format!("Received by {by} {}", at(received)),
            }
        }
        Delivery::Refused { code } if entry.kind == BundleKind::Submission => format!(
            "{} ({code})",
            lang.pick((
                "Ditolak relay — kirim lewat Ekspor",
                "Refused by the relay — send it with Ekspor"
            ))
        ),
        Delivery::Refused { code } => format!(
            "{} ({code})",
            lang.pick((
                "Ditolak relay — kirim sebagai berkas",
                "Refused by the relay — send it as a file"
            ))
        ),
    }
}

/// The outbox in one line: "2 menunggu, 1 terkirim, 5 diterima".
pub fn outbox_counts(lang: Lang, waiting: usize, sent: usize, received: usize) -> String {
    match lang {
        Lang::Id => format!("Kiriman: {waiting} menunggu, {sent} terkirim, {received} diterima"),
        Lang::En => format!(
            "Outbox: {waiting} waiting, {sent} sent, {received} {}",
            plural(received as u64, "received", "received")
        ),
    }
}

/// "3 kiriman masuk menunggu ditinjau di Impor." / "Belum ada kiriman baru."
pub fn inbox_count(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Id, 0) => "Belum ada kiriman baru.".to_owned(),
        (Lang::En, 0) => "Nothing new has arrived.".to_owned(),
        (Lang::Id, _) => format!("{count} kiriman masuk menunggu ditinjau di Impor."),
        (Lang::En, _) => format!(
            "{count} {} waiting to be reviewed in Impor.",
            plural(count as u64, "bundle", "bundles")
        ),
    }
}

/// What "send to every unit" did: "Masuk antrean untuk 12 instansi; 3 belum terhubung ke relay."
pub fn sent_to_all(lang: Lang, queued: usize, missing: &[String]) -> String {
    let first = match lang {
        Lang::Id => format!("Masuk antrean relay untuk {queued} instansi."),
        Lang::En => {
            format!("Queued on the relay for {queued} {}.", plural(queued as u64, "unit", "units"))
        }
    };
    if missing.is_empty() {
        return first;
    }
    let names = missing.join(", ");
    match lang {
        Lang::Id => format!("{first} Belum terhubung ke relay (kirim berkasnya): {names}."),
        Lang::En => format!("{first} Not connected to the relay (send their file): {names}."),
    }
}

/// What "Kirim konfigurasi lewat relay" did.
pub fn config_sent(lang: Lang, units: usize) -> String {
    match (lang, units) {
        (Lang::Id, 0) => "Belum ada instansi yang terhubung ke relay. Bagikan berkas konfigurasinya; instansi terhubung setelah mengimpornya.".to_owned(),
        (Lang::En, 0) => "No unit is connected to the relay yet. Share the config file; units connect once they import it.".to_owned(),
        (Lang::Id, n) => format!("Konfigurasi masuk antrean relay untuk {n} instansi yang terhubung."),
        (Lang::En, n) => format!(
            "The config is queued on the relay for {n} connected {}.",
            plural(n as u64, "unit", "units")
        ),
    }
}

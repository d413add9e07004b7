//! UI texts in Indonesian and English, split by area, and the remembered language choice.
//!
//! Each area has a `Key` enum for its fixed texts, matched exhaustively to an `(id, en)` pair
//! (a text cannot be missing), and one typed function per text with placeholders, whose
//! parameters are the placeholders (a placeholder cannot be forgotten or misspelt). Counts go
//! through [`plural`] where English needs a plural form. Texts of domain codes (validation
//! findings, bundle errors, stages) come from `inovda_core`, beside the codes.

pub mod award;
pub mod common;
pub mod documents;
pub mod editor;
pub mod exchange;
pub mod handover;
pub mod kipp;
pub mod labinov;
pub mod list;
pub mod relay;
pub mod role;
pub mod secretariat;
pub mod settings;
pub mod start;

use gloo_storage::{LocalStorage, Storage};
use inovda_core::Lang;

/// localStorage key of the language preference.
pub const LANG_STORAGE_KEY: &str = "inovda.lang";

/// Reads the remembered language; Indonesian when none or unreadable.
pub fn stored_lang() -> Lang {
    LocalStorage::get::<String>(LANG_STORAGE_KEY)
        .map(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Remembers the language; a failure (storage disabled) only loses the preference.
pub fn store_lang(lang: Lang) {
    let _ignored = LocalStorage::set(LANG_STORAGE_KEY, lang.code());
}

/// A fixed UI text: its Indonesian and English wording.
pub trait Texts: Copy {
    fn pair(self) -> (&'static str, &'static str);
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: impl Texts) -> &'static str {
    lang.pick(key.pair())
}

/// English wording for a count: `one` when `n` is 1, `other` otherwise (Indonesian nouns do not
/// change with the count, so Indonesian texts need no such choice).
pub fn plural<'a>(n: u64, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 { one } else { other }
}

/// A count shown in a text: any unsigned integer.
pub trait Count: Copy + std::fmt::Display {
    fn count(self) -> u64;
}

macro_rules! impl_count {
    ($($ty:ty),*) => {$(
        impl Count for $ty {
            fn count(self) -> u64 {
                u64::try_from(self).unwrap_or(u64::MAX)
            }
        }
    )*};
}
impl_count!(u8, u16, u32, u64, usize);

//! Text measures shared by every rule that counts words.

/// Counts words the way the national form's "minimum 300 kata" is read:
/// a word is a maximal run of characters that contains at least one letter or digit,
/// separated by whitespace. Punctuation alone ("-", "—", "•") is not a word;
/// hyphenated Indonesian reduplication ("anak-anak") and numbers ("2.500", "10%") are one word each.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|token| token.chars().any(char::is_alphanumeric)).count()
}

/// A file-name part safe on every system: the lower-case ASCII letters and digits of `text`
/// joined by `-`, at most `max` characters, or `fallback` when none is left.
pub fn slug(text: &str, fallback: &str, max: usize) -> String {
    let lowered: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let joined = lowered.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-");
    let cut: String = joined.chars().take(max).collect();
    let cut = cut.trim_end_matches('-');
    if cut.is_empty() { fallback.to_owned() } else { cut.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::word_count;

    fn check(text: &str, expected: usize) {
        assert_eq!(word_count(text), expected, "word_count({text:?})");
    }

    #[test]
    fn counts_words_in_indonesian_text() {
        check("", 0);
        check("   \n\t ", 0);
        check("Sistem Informasi Ijazah Online", 4);
        check("Layanan jemput bola — anak-anak sekolah, 2.500 siswa (10%) terlayani.", 9);
        check("Tahap 1: uji coba; tahap 2: penerapan.", 7);
        check("• poin pertama\n• poin kedua", 4);
        check("kata\u{00a0}kata", 2);
    }
}

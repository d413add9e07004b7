//! The UI language: Indonesian by default, English selectable.

/// The UI language. Indonesian is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Parses "id" or "en"; anything else falls back to Indonesian.
    pub fn from_code(code: &str) -> Self {
        match code {
            "en" => Lang::En,
            _ => Lang::Id,
        }
    }

    /// Picks the text of this language from an `(id, en)` pair.
    pub fn pick<T>(self, pair: (T, T)) -> T {
        match self {
            Lang::Id => pair.0,
            Lang::En => pair.1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_codes_round_trip_and_unknown_falls_back_to_indonesian() {
        assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
        assert_eq!(Lang::from_code("id"), Lang::Id);
        assert_eq!(Lang::from_code("fr"), Lang::Id);
    }
}

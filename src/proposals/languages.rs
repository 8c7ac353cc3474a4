//! The languages a proposal or comment can be written in, each named in itself. Wider than
//! the languages of Tavolo's pages: people write in their own.

/// `(code, name in the language itself, right-to-left)`.
pub const CONTENT_LANGUAGES: &[(&str, &str, bool)] = &[
    ("it", "Italiano", false),
    ("en", "English", false),
    ("fr", "Français", false),
    ("es", "Español", false),
    ("pt", "Português", false),
    ("ro", "Română", false),
    ("sq", "Shqip", false),
    ("uk", "Українська", false),
    ("ru", "Русский", false),
    ("ar", "العربية", true),
    ("fa", "فارسی", true),
    ("ur", "اردو", true),
    ("bn", "বাংলা", false),
    ("hi", "हिन्दी", false),
    ("pa", "ਪੰਜਾਬੀ", false),
    ("zh", "中文", false),
    ("tl", "Tagalog", false),
    ("wo", "Wolof", false),
    ("ti", "ትግርኛ", false),
    ("so", "Soomaali", false),
];

pub fn is_known(code: &str) -> bool {
    CONTENT_LANGUAGES.iter().any(|(c, _, _)| *c == code)
}

/// The language's name in itself, or the code when unknown.
pub fn name_of(code: &str) -> &str {
    CONTENT_LANGUAGES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or(code, |(_, name, _)| name)
}

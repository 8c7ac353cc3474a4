//! Languages. Every user-visible string comes from the Fluent files under
//! `src/i18n/locales/<code>/`; adding a language means adding a folder of files.
//! Each locale names itself (`language-name`) and gives its direction (`language-dir`).

use std::{borrow::Cow, collections::HashMap, sync::LazyLock};

use fluent_templates::{LanguageIdentifier, Loader, fluent_bundle::FluentValue, static_loader};

mod isolate;
mod numbers;

pub use isolate::{escaped, isolated};
use numbers::NumberFormat;

static_loader! {
    static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "it",
        customise: |bundle| {
            // Placeables land in URLs and email subjects; direction is isolated in markup
            // instead.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::fluent_number));
        },
    };
}

/// One available language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    /// The language's name in itself ("Italiano", "English", "العربية").
    pub name: String,
    pub rtl: bool,
    id: LanguageIdentifier,
}

static LANGUAGES: LazyLock<Vec<Language>> = LazyLock::new(|| {
    let mut languages: Vec<Language> = LOCALES
        .locales()
        .map(|id| Language {
            code: id.to_string(),
            name: LOCALES.lookup(id, "language-name"),
            rtl: LOCALES.lookup(id, "language-dir") == "rtl",
            id: id.clone(),
        })
        .collect();
    languages.sort_by(|a, b| a.code.cmp(&b.code));
    languages
});

/// Every language Tavolo speaks, ordered by code.
pub fn languages() -> &'static [Language] {
    &LANGUAGES
}

/// A language chosen for one request or one email. Cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static Language);

impl Locale {
    /// The locale with this code, if Tavolo has it (`en`, `it`, `en-GB` → `en`).
    pub fn find(code: &str) -> Option<Locale> {
        let code = code.trim();
        if code.is_empty() {
            return None;
        }
        let exact = languages()
            .iter()
            .find(|l| l.code.eq_ignore_ascii_case(code));
        let primary = code.split(['-', '_']).next().unwrap_or(code);
        exact
            .or_else(|| {
                languages()
                    .iter()
                    .find(|l| l.code.eq_ignore_ascii_case(primary))
            })
            .map(Locale)
    }

    /// Like `find`, falling back to the configured default and then to Italian.
    pub fn or_default(code: Option<&str>, default: &str) -> Locale {
        code.and_then(Locale::find)
            .or_else(|| Locale::find(default))
            .or_else(|| Locale::find("it"))
            .unwrap_or_else(|| Locale(&languages()[0]))
    }

    /// The best locale for an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut ranges: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, tag))
            })
            .collect();
        // Stable sort keeps the header's order among equal weights.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges.into_iter().find_map(|(_, tag)| Locale::find(tag))
    }

    pub fn code(&self) -> &'static str {
        &self.0.code
    }

    /// A day written with numbers in this language's order (its `format-date` message).
    pub fn date(&self, day: chrono::NaiveDate) -> String {
        day.format(&self.t("format-date")).to_string()
    }

    pub fn dir(&self) -> &'static str {
        if self.0.rtl { "rtl" } else { "ltr" }
    }

    pub fn language(&self) -> &'static Language {
        self.0
    }

    /// The translation of `key`; a missing key shows up as the key itself.
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&self.0.id, key)
    }

    /// The translation of `key` with named arguments, given as text: numbers go through
    /// [`Locale::t_numbers`] or [`Locale::number`], so they are written the language's way.
    pub fn t_with(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                (
                    Cow::Owned((*name).to_owned()),
                    FluentValue::from(value.to_string()),
                )
            })
            .collect();
        LOCALES.lookup_with_args(&self.0.id, key, &args)
    }

    /// The translation of `key` with one named argument.
    pub fn t_arg(&self, key: &str, name: &str, value: &str) -> String {
        self.t_with(key, &[(name, value)])
    }

    /// The translation of `key` with two named arguments.
    pub fn t_arg2(
        &self,
        key: &str,
        name1: &str,
        value1: &str,
        name2: &str,
        value2: &str,
    ) -> String {
        self.t_with(key, &[(name1, value1), (name2, value2)])
    }

    /// What separates a label from its value: ": ", "：" in Chinese.
    pub fn colon(&self) -> String {
        self.t("punctuation-colon")
    }

    /// What separates the items of a list: ", ", "、" in Chinese, "، " in Arabic.
    pub fn comma(&self) -> String {
        self.t("punctuation-comma")
    }

    /// What ends a sentence another may follow: ". ", "。" in Chinese.
    pub fn stop(&self) -> String {
        self.t("punctuation-stop")
    }

    /// The translation of the key made of `prefix` and `code` (`group-` + `beneficiary`):
    /// names of enum values.
    pub fn t_of(&self, prefix: &str, code: &str) -> String {
        self.t(&format!("{prefix}{code}"))
    }

    /// The translation of `key` with a number, for plural forms.
    pub fn t_count(&self, key: &str, count: i64) -> String {
        self.t_numbers(key, &[("count", count)])
    }

    /// The translation of `key` with named numbers: each is written as this language writes
    /// numbers, and plural forms can be chosen on it.
    pub fn t_numbers(&self, key: &str, args: &[(&str, i64)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), FluentValue::from(*value)))
            .collect();
        LOCALES.lookup_with_args(&self.0.id, key, &args)
    }

    /// A whole number as this language writes it: "1.234.567", "1,234,567", "1 234 567".
    pub fn number(&self, n: i64) -> String {
        NumberFormat::of(self.code()).integer(n)
    }

    /// An amount kept in hundredths, with two decimals, as this language writes it:
    /// "12.345,50", "12,345.50".
    pub fn hundredths(&self, cents: i64) -> String {
        NumberFormat::of(self.code()).hundredths(cents)
    }

    /// A share from 0 to 1 as a whole percentage in this language: "62%", "62 %".
    pub fn percent(&self, share: f64) -> String {
        NumberFormat::of(self.code()).percent(share)
    }
}

#[cfg(test)]
mod tests {
    use std::{collections::BTreeSet, fs, path::Path};

    use super::*;

    #[test]
    fn negotiation_follows_weights_and_primary_tags() {
        assert_eq!(
            Locale::negotiate("en-GB,en;q=0.9").map(|l| l.code()),
            Some("en")
        );
        assert_eq!(
            Locale::negotiate("de;q=1, it;q=0.5, en;q=0.8").map(|l| l.code()),
            Some("en")
        );
        assert_eq!(Locale::negotiate("de, xx;q=0.1"), None);
        assert_eq!(Locale::negotiate("*"), None);
        assert_eq!(Locale::or_default(Some("zz"), "en").code(), "en");
    }

    #[test]
    fn eight_languages_each_named_in_itself_and_arabic_right_to_left() {
        let codes: Vec<&str> = languages().iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["ar", "en", "es", "fr", "it", "sq", "uk", "zh"]);
        for language in languages() {
            assert_eq!(language.rtl, language.code == "ar", "{}", language.code);
            assert!(
                !language.name.is_empty() && language.name != language.code,
                "{} names itself",
                language.code
            );
        }
        let names: Vec<&str> = languages().iter().map(|l| l.name.as_str()).collect();
        assert!(names.contains(&"العربية") && names.contains(&"Français"));
        assert_eq!(
            Locale::negotiate("zh-CN,zh;q=0.9").map(|l| l.code()),
            Some("zh")
        );
        assert_eq!(Locale::negotiate("uk-UA").map(|l| l.code()), Some("uk"));
    }

    #[test]
    fn numbers_in_messages_are_grouped_per_language_and_still_choose_plurals() {
        let locale = |code| Locale::find(code).expect(code);
        assert_eq!(
            locale("en").t_count("proposals-count", 12345),
            "12,345 proposals"
        );
        assert_eq!(locale("en").t_count("proposals-count", 1), "One proposal");
        assert_eq!(
            locale("it").t_count("proposals-count", 12345),
            "12.345 proposte"
        );
        assert_eq!(
            locale("it").t_count("proposals-count", 1234),
            "1234 proposte"
        );
        assert_eq!(
            locale("fr").t_count("proposals-count", 1000),
            "1\u{202f}000 propositions"
        );
        assert_eq!(locale("fr").t_count("proposals-count", 1), "1 proposition");
        assert_eq!(
            locale("en").t_numbers("console-answered", &[("answered", 1200), ("total", 3000)]),
            "1,200 of 3,000 proposals have a final answer"
        );
        assert_eq!(locale("uk").number(1234), "1\u{a0}234");
        assert_eq!(locale("fr").percent(0.62), "62\u{a0}%");
        assert_eq!(locale("it").percent(0.62), "62%");
    }

    #[test]
    fn every_message_of_every_language_parses_and_resolves() {
        let italian = variables("it");
        let mut broken = Vec::new();
        for language in languages() {
            let locale = Locale(language);
            for (key, names) in &italian {
                let args: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "2")).collect();
                let text = locale.t_with(key, &args);
                if text.trim().is_empty() || text == *key || text.contains("Unknown localization") {
                    broken.push(format!("{}: {key}", language.code));
                }
            }
        }
        assert!(
            broken.is_empty(),
            "messages that do not resolve: {broken:#?}"
        );
        // A message that fails to parse falls back to Italian: none may read exactly as the
        // Italian one does, but for names and formats that every language writes alike.
        let italian_locale = Locale::find("it").expect("Italian");
        let mut untranslated = Vec::new();
        for language in languages().iter().filter(|l| l.code != "it") {
            let locale = Locale(language);
            for (key, names) in &italian {
                let args: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "2")).collect();
                let text = locale.t_with(key, &args);
                let shared = SAME_EVERYWHERE.contains(&key.as_str())
                    || SAME_AS_ITALIAN.contains(&(language.code.as_str(), key.as_str()));
                if text == italian_locale.t_with(key, &args) && !shared {
                    untranslated.push(format!("{}: {key} = {text:?}", language.code));
                }
            }
        }
        assert!(
            untranslated.is_empty(),
            "messages still in Italian: {untranslated:#?}"
        );
    }

    /// Messages that may read the same in every language.
    const SAME_EVERYWHERE: &[&str] = &[
        "document-size-kb",
        "document-size-mb",
        "language-dir",
        "outcomes-format-json",
        "punctuation-colon",
        "punctuation-comma",
        "punctuation-stop",
        "results-bar-figure",
    ];

    /// Words a language happens to share with Italian.
    const SAME_AS_ITALIAN: &[(&str, &str)] = &[
        ("ar", "format-date"),
        ("en", "field-document-file"),
        ("en", "field-password"),
        ("en", "format-date"),
        ("en", "mail-kind"),
        ("en", "manage-open-console"),
        ("es", "field-opens-at"),
        ("es", "field-theme"),
        ("es", "filter-round"),
        ("es", "format-date"),
        ("es", "format-datetime"),
        ("es", "report-opens"),
        ("es", "report-round"),
        ("es", "sign-in-signature"),
        ("es", "results-visibility-live"),
        ("fr", "format-date"),
        ("fr", "manage-open-console"),
        ("sq", "field-theme"),
        ("sq", "mail-kind"),
    ];

    /// The variables (`$name`) each message of a locale uses.
    fn variables(code: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/i18n/locales")
            .join(code);
        let mut messages = std::collections::BTreeMap::new();
        for entry in fs::read_dir(&folder).expect("locale folder is readable") {
            let text = fs::read_to_string(entry.expect("entry").path()).expect("ftl file is UTF-8");
            let mut current: Option<String> = None;
            for line in text.lines() {
                if line.starts_with(|c: char| c.is_ascii_lowercase())
                    && let Some((id, _)) = line.split_once('=')
                {
                    current = Some(id.trim().to_owned());
                } else if line.starts_with('#') {
                    current = None;
                }
                let Some(id) = &current else { continue };
                let names: &mut BTreeSet<String> = messages.entry(id.clone()).or_default();
                for piece in line.split('$').skip(1) {
                    let name: String = piece
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    if !name.is_empty() {
                        names.insert(name);
                    }
                }
            }
        }
        messages
    }

    /// The message ids a locale's files define.
    fn keys(code: &str) -> BTreeSet<String> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/i18n/locales")
            .join(code);
        let mut keys = BTreeSet::new();
        for entry in fs::read_dir(&folder).expect("locale folder is readable") {
            let text = fs::read_to_string(entry.expect("entry").path()).expect("ftl file is UTF-8");
            for line in text.lines() {
                let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
                if let (true, Some((id, _))) = (starts_message, line.split_once('=')) {
                    keys.insert(id.trim().to_owned());
                }
            }
        }
        keys
    }

    #[test]
    fn every_locale_has_exactly_the_keys_italian_has() {
        let italian = keys("it");
        assert!(italian.contains("language-name") && italian.contains("language-dir"));
        for language in languages() {
            let theirs = keys(&language.code);
            let missing: Vec<_> = italian.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&italian).collect();
            assert!(
                missing.is_empty(),
                "{} lacks keys Italian has: {missing:?}",
                language.code
            );
            assert!(
                extra.is_empty(),
                "{} has keys Italian lacks: {extra:?}",
                language.code
            );
        }
    }
}

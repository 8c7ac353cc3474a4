//! Whole numbers and percentages as each language writes them.
//!
//! Digits, group separators, the fewest digits before grouping starts and the minus sign come
//! from ICU4X (`icu_decimal` with its compiled CLDR data), so they follow CLDR without a hand
//! table. Two facts that surprise: Italian (since CLDR 46), Spanish and Albanian leave
//! four-digit numbers whole (`1234`, `12.345`), and French groups with a narrow no-break
//! space (U+202F). `icu_decimal` has no percent formatting, so the one thing kept by hand is
//! each language's standard percent pattern (CLDR `percentFormats`): French and Spanish put a
//! full no-break space (U+00A0) before `%`.
//!
//! Arabic follows **ar-MA** rather than plain `ar`: most of our Arabic-speaking participants
//! come from Morocco, where numbers are written with Latin digits (CLDR's default numbering
//! system for ar-MA is `latn`), a full stop between thousands and a comma for decimals
//! (`1.234`; plain `ar` would write `1,234`). Like every Arabic locale in CLDR, the percent
//! and minus signs carry LEFT-TO-RIGHT MARKs (U+200E), which keep `62%` and `-3` in their
//! order inside right-to-left text.
//!
//! Measured before choosing ICU4X over the former hand table, on a release build (stripped)
//! formatting these languages: 86 KB more binary (554 064 → 640 760 bytes, with the ICU
//! crates `url` already brings counted in both), about 4 s more to compile optimised and up
//! to 20 s unoptimised, and byte-identical output for every case tested below.

use std::{convert::Infallible, sync::LazyLock};

use fluent_templates::{
    LanguageIdentifier,
    fluent_bundle::{FluentValue, types::FluentNumberStyle},
};
use icu_decimal::{DecimalFormatter, input::Decimal};
use icu_locale_core::{Locale, locale};
use intl_memoizer::{Memoizable, concurrent::IntlLangMemoizer};

/// Every language we write numbers for: the CLDR locale whose conventions it follows and its
/// percent pattern, where `#` stands for the number. The first row is the fallback.
const LANGUAGES: [(&str, Locale, &str); 8] = [
    ("it", locale!("it"), "#%"),
    ("ar", locale!("ar-MA"), "#\u{200e}%\u{200e}"),
    ("en", locale!("en"), "#%"),
    ("es", locale!("es"), "#\u{a0}%"),
    ("fr", locale!("fr"), "#\u{a0}%"),
    ("sq", locale!("sq"), "#%"),
    ("uk", locale!("uk"), "#%"),
    ("zh", locale!("zh"), "#%"),
];

/// How one language writes whole numbers and percentages.
#[derive(Debug, Clone)]
pub struct NumberFormat {
    language: &'static str,
    decimal: DecimalFormatter,
    percent: &'static str,
}

/// Two formats are the same when they are the same language's.
impl PartialEq for NumberFormat {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl Eq for NumberFormat {}

/// Built once: the compiled data is in the binary, so this cannot fail for our languages.
static FORMATS: LazyLock<Vec<NumberFormat>> = LazyLock::new(|| {
    LANGUAGES
        .into_iter()
        .map(|(language, locale, percent)| NumberFormat {
            language,
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("ICU4X's compiled data covers every language we write"),
            percent,
        })
        .collect()
});

impl NumberFormat {
    /// The conventions of a language (`fr`, `fr-CA`), Italian ones for a language we do not
    /// know.
    pub fn of(language: &str) -> &'static NumberFormat {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        FORMATS
            .iter()
            .find(|format| format.language.eq_ignore_ascii_case(primary))
            .unwrap_or(&FORMATS[0])
    }

    /// `1234567` → "1.234.567" (Italian), "1,234,567" (English).
    pub fn integer(&self, n: i64) -> String {
        self.decimal.format(&Decimal::from(n)).to_string()
    }

    /// An amount in hundredths (cents) with its two decimals: `1234550` → "12.345,50"
    /// (Italian), "12,345.50" (English). Exact: the digits are moved, never divided.
    pub fn hundredths(&self, cents: i64) -> String {
        let mut amount = Decimal::from(cents);
        amount.multiply_pow10(-2);
        amount.pad_end(-2);
        self.decimal.format(&amount).to_string()
    }

    /// A share from 0 to 1 as a whole percentage: `0.62` → "62%" (Italian), "62 %" (French).
    /// Halves round to even, as Rust's `{:.0}` does.
    pub fn percent(&self, share: f64) -> String {
        let whole = (share * 100.0).round_ties_even();
        // A share is finite and small; anything else is shown as 0 rather than saturated.
        let whole = if whole.is_finite() { whole as i64 } else { 0 };
        self.percent.replacen('#', &self.integer(whole), 1)
    }
}

/// Lets a Fluent bundle's memoizer build the conventions of the bundle's own language, which
/// is how [`fluent_number`], a plain function, knows which language it writes.
impl Memoizable for NumberFormat {
    type Args = ();
    type Error = Infallible;

    fn construct(language: LanguageIdentifier, _: ()) -> Result<Self, Infallible> {
        Ok(NumberFormat::of(language.language.as_str()).clone())
    }
}

/// The largest integer an `f64` holds exactly.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// Fluent's formatter hook: numbers given to messages (`{ $count }`) are grouped as the
/// bundle's language groups them. Numbers with fractions or explicit `NUMBER()` options keep
/// Fluent's own formatting. Plural selection is untouched: it reads the number, not this text.
pub fn fluent_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let options = &number.options;
    let plain = options.style == FluentNumberStyle::Decimal
        && options.use_grouping
        && options.minimum_integer_digits.is_none()
        && options.minimum_fraction_digits.is_none()
        && options.minimum_significant_digits.is_none()
        && options.maximum_significant_digits.is_none();
    let whole = number.value.fract() == 0.0 && number.value.abs() <= EXACT;
    if !(plain && whole) {
        return None;
    }
    memoizer
        .with_try_get::<NumberFormat, _, _>((), |format| format.integer(number.value as i64))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NNBSP: char = '\u{202f}';

    fn grouped(language: &str) -> [String; 5] {
        let format = NumberFormat::of(language);
        [999, 1000, 12345, 1234567, -1234567].map(|n| format.integer(n))
    }

    fn percents(language: &str) -> [String; 4] {
        let format = NumberFormat::of(language);
        [0.0, 0.62, 1.0, 0.625].map(|s| format.percent(s))
    }

    #[test]
    fn italian_groups_with_full_stops_from_five_digits() {
        assert_eq!(
            grouped("it"),
            ["999", "1000", "12.345", "1.234.567", "-1.234.567"]
        );
        assert_eq!(percents("it"), ["0%", "62%", "100%", "62%"]);
    }

    #[test]
    fn english_and_chinese_group_with_commas() {
        for language in ["en", "zh"] {
            assert_eq!(
                grouped(language),
                ["999", "1,000", "12,345", "1,234,567", "-1,234,567"]
            );
            assert_eq!(percents(language), ["0%", "62%", "100%", "62%"]);
        }
    }

    #[test]
    fn french_groups_with_narrow_spaces_and_spaces_the_percent_sign() {
        let n = NNBSP;
        assert_eq!(
            grouped("fr"),
            [
                "999".to_owned(),
                format!("1{n}000"),
                format!("12{n}345"),
                format!("1{n}234{n}567"),
                format!("-1{n}234{n}567"),
            ]
        );
        assert_eq!(
            percents("fr"),
            ["0\u{a0}%", "62\u{a0}%", "100\u{a0}%", "62\u{a0}%"]
        );
    }

    #[test]
    fn spanish_groups_from_five_digits_and_spaces_the_percent_sign() {
        assert_eq!(
            grouped("es"),
            ["999", "1000", "12.345", "1.234.567", "-1.234.567"]
        );
        assert_eq!(
            percents("es"),
            ["0\u{a0}%", "62\u{a0}%", "100\u{a0}%", "62\u{a0}%"]
        );
    }

    #[test]
    fn albanian_groups_with_no_break_spaces_from_five_digits() {
        assert_eq!(
            grouped("sq"),
            [
                "999",
                "1000",
                "12\u{a0}345",
                "1\u{a0}234\u{a0}567",
                "-1\u{a0}234\u{a0}567"
            ]
        );
        assert_eq!(percents("sq"), ["0%", "62%", "100%", "62%"]);
    }

    #[test]
    fn ukrainian_groups_with_no_break_spaces() {
        assert_eq!(
            grouped("uk"),
            [
                "999",
                "1\u{a0}000",
                "12\u{a0}345",
                "1\u{a0}234\u{a0}567",
                "-1\u{a0}234\u{a0}567"
            ]
        );
        assert_eq!(percents("uk"), ["0%", "62%", "100%", "62%"]);
    }

    #[test]
    fn arabic_writes_latin_digits_as_in_morocco_with_marks_for_direction() {
        assert_eq!(
            grouped("ar"),
            ["999", "1.000", "12.345", "1.234.567", "\u{200e}-1.234.567"]
        );
        assert_eq!(
            percents("ar"),
            [
                "0\u{200e}%\u{200e}",
                "62\u{200e}%\u{200e}",
                "100\u{200e}%\u{200e}",
                "62\u{200e}%\u{200e}"
            ]
        );
    }

    #[test]
    fn regions_share_their_language_and_unknown_languages_write_as_italians() {
        assert_eq!(NumberFormat::of("fr-CA"), NumberFormat::of("fr"));
        assert_eq!(NumberFormat::of("zh_Hans"), NumberFormat::of("zh"));
        assert_eq!(NumberFormat::of("de"), NumberFormat::of("it"));
        assert_eq!(NumberFormat::of(""), NumberFormat::of("it"));
    }

    #[test]
    fn extremes_neither_panic_nor_lose_digits() {
        let english = NumberFormat::of("en");
        assert_eq!(english.integer(0), "0");
        assert_eq!(english.integer(i64::MIN), "-9,223,372,036,854,775,808");
        assert_eq!(english.percent(f64::NAN), "0%");
    }

    #[test]
    fn percentages_round_as_they_always_have() {
        let english = NumberFormat::of("en");
        for thousandths in 0..=1000 {
            let share = f64::from(thousandths) / 1000.0;
            assert_eq!(english.percent(share), format!("{:.0}%", share * 100.0));
        }
        for share in [2.0 / 3.0, 1.0 / 3.0, 0.125, 0.155, 0.995] {
            assert_eq!(english.percent(share), format!("{:.0}%", share * 100.0));
        }
    }

    #[test]
    fn amounts_in_hundredths_keep_both_decimals_exactly() {
        let of = |language: &str| NumberFormat::of(language);
        assert_eq!(of("it").hundredths(1_234_550), "12.345,50");
        assert_eq!(of("en").hundredths(1_234_550), "12,345.50");
        assert_eq!(of("en").hundredths(7), "0.07");
        assert_eq!(of("it").hundredths(100), "1,00");
    }
}

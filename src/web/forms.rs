//! Problems found in a submitted form, each tied to its field, and the small pieces every
//! form and list shares.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use sea_orm::sea_query::LikeExpr;
use serde::Deserialize;

/// What a query value keeps as it is: letters, digits, `-_.~` and `/` (so a path passed as
/// `next=` stays readable). Everything else, spaces and non-ASCII included, is
/// percent-encoded in UTF-8.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'/');

/// Percent-encodes a value for a query string.
pub fn urlencode(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}

/// A one-line field as people mean it: trimmed, runs of spaces and line breaks made one
/// space.
pub fn one_line(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What `LIKE` takes to find `word` anywhere in a text, matching `%`, `_` and every other
/// character literally (escaped with `!`, a character neither database treats specially in
/// a string, unlike `\\`).
pub fn contains_pattern(word: &str) -> LikeExpr {
    let mut pattern = String::with_capacity(word.len() + 2);
    pattern.push('%');
    for c in word.chars() {
        if matches!(c, '%' | '_' | '!') {
            pattern.push('!');
        }
        pattern.push(c);
    }
    pattern.push('%');
    LikeExpr::new(pattern).escape('!')
}

/// The kind of text a field holds, for [`refuse_control_characters`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// A title, a name: spaces only ([`one_line`] turns tabs and line breaks into spaces).
    Line,
    /// A description, a proposal, a comment: line breaks (`\n`, or `\r\n` as browsers send
    /// them) and tabs too.
    Long,
}

/// Fluent key of the field error for a control character.
pub const CONTROL_CHARACTER_ERROR: &str = "error-control-characters";

/// Whether `input` holds a control character its field does not take: any but the
/// whitespace [`TextKind`] allows. NUL among them: PostgreSQL cannot store it, and nobody
/// types the others; they come from pasting or from scripts.
pub fn has_control_characters(input: &str, kind: TextKind) -> bool {
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\n' | '\t' => true,
            // One-line fields make it a space; long text keeps it only before `\n`.
            '\r' => kind == TextKind::Line || chars.peek() == Some(&'\n'),
            c => !c.is_control(),
        };
        if !allowed {
            return true;
        }
    }
    false
}

/// The highest page number any list accepts: far past the end of any real list, and low
/// enough that `(page - 1) × page size` fits the signed 64-bit offset SQL takes.
pub const MAX_PAGE: u64 = 1_000_000_000;

/// A page number from a query string, from 1 to [`MAX_PAGE`]. Anything else (0, a negative
/// or larger number, a word) fails the query's extraction: a 400, as a page or, under
/// `/api/`, as the API's JSON error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PageNumber(u64);

impl PageNumber {
    pub const FIRST: PageNumber = PageNumber(1);

    pub fn new(page: u64) -> Option<Self> {
        (1..=MAX_PAGE).contains(&page).then_some(Self(page))
    }

    pub fn get(self) -> u64 {
        self.0
    }
}

impl Default for PageNumber {
    fn default() -> Self {
        Self::FIRST
    }
}

impl<'de> Deserialize<'de> for PageNumber {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let page = u64::deserialize(deserializer)?;
        Self::new(page).ok_or_else(|| {
            serde::de::Error::custom(format!("page must be from 1 to {MAX_PAGE}, not {page}"))
        })
    }
}

/// `?page=N` of a paged list.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: PageNumber,
}

/// Field name → Fluent key of the problem, in the order the fields appear.
#[derive(Debug, Default, Clone)]
pub struct FormErrors(Vec<(&'static str, &'static str)>);

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, message_key: &'static str) {
        if self.get(field).is_none() {
            self.0.push((field, message_key));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The Fluent key of the first problem with `field`.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| *m)
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, &'static str)> {
        self.0.iter()
    }

    /// Adds [`CONTROL_CHARACTER_ERROR`] to `field` when `input` holds a control character
    /// its kind of text does not take (before any other problem with the field, which is
    /// only ever shown one at a time). Every form parser calls this for each text field.
    pub fn refuse_control_characters(&mut self, field: &'static str, input: &str, kind: TextKind) {
        if has_control_characters(input, kind) {
            self.add(field, CONTROL_CHARACTER_ERROR);
        }
    }

    /// Ok when nothing was found, so handlers can write `errors.into_result()?`.
    pub fn into_result(self) -> Result<(), FormErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_but_the_whitespace_of_each_kind_of_text() {
        for kind in [TextKind::Line, TextKind::Long] {
            assert!(!has_control_characters("Più corsi, 50% — ارتفاع 水", kind));
            assert!(!has_control_characters("a\tb\r\nc\n", kind));
            for bad in ["a\0b", "\u{7}", "a\u{1b}[31m", "\u{7f}", "\u{85}"] {
                assert!(has_control_characters(bad, kind), "{bad:?}");
            }
        }
        assert!(has_control_characters("a\rb", TextKind::Long));
        assert!(!has_control_characters("a\rb", TextKind::Line));
    }

    #[test]
    fn search_patterns_match_wildcards_as_typed() {
        use sea_orm::sea_query::{Expr, ExprTrait, Query, SqliteQueryBuilder};
        let pattern = |word: &str| {
            Query::select()
                .and_where(Expr::col("t").like(contains_pattern(word)))
                .to_string(SqliteQueryBuilder)
        };
        assert!(pattern("50%_!a\\b").ends_with("LIKE '%50!%!_!!a\\b%' ESCAPE '!'"));
    }

    /// What the hand-written encoder this replaced produced, byte for byte.
    #[test]
    fn urlencode_keeps_the_old_output() {
        let tricky = "/consultations/piazza-vittorio/proposals?page=2&q=caffè latte+più_~*'()!\"#%<>[]{}|^`@:;=,$\\\n\t\u{0}\u{7f}ارتفاع 水 😀";
        assert_eq!(
            urlencode(tricky),
            "/consultations/piazza-vittorio/proposals%3Fpage%3D2%26q%3Dcaff%C3%A8%20latte%2Bpi%C3%B9_~%2A%27%28%29%21%22%23%25%3C%3E%5B%5D%7B%7D%7C%5E%60%40%3A%3B%3D%2C%24%5C%0A%09%00%7F%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9%20%E6%B0%B4%20%F0%9F%98%80"
        );
        for byte in 0u8..128 {
            let kept = byte.is_ascii_alphanumeric() || b"-_.~/".contains(&byte);
            let expected = if kept {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            };
            assert_eq!(urlencode(&char::from(byte).to_string()), expected);
        }
        assert_eq!(urlencode("a b"), "a%20b");
        assert_eq!(urlencode("é"), "%C3%A9");
    }
}

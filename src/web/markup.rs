//! HTML made in Rust for templates: escaping, and sentences with a value in markup of its own.

use crate::i18n::Locale;

/// Text made safe to place in HTML, in element content or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A character no message contains, standing for the value while the sentence is escaped.
const MARKER: &str = "\u{E000}";

/// A translated sentence, escaped, with its variable `name` replaced by `markup`: HTML the
/// caller has made safe (say a `<bdi>` or a link around an escaped value). Messages are
/// rendered without Fluent's isolation marks, so values of another direction are isolated
/// by the markup instead.
pub fn sentence_with(locale: &Locale, key: &str, name: &str, markup: &str) -> String {
    escape(&locale.t_arg(key, name, MARKER)).replace(MARKER, markup)
}

/// `<bdi>` around an escaped value: a name or an address kept in its own direction.
pub fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_isolated_and_the_sentence_is_escaped_too() {
        let locale = Locale::find("en").expect("English");
        let html = sentence_with(
            &locale,
            "accessibility-scope",
            "site",
            &bdi("https://x.example/?a=1&b=<2>"),
        );
        assert_eq!(
            html,
            "This statement applies to the site <bdi>https://x.example/?a=1&amp;b=&lt;2&gt;</bdi>."
        );
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}

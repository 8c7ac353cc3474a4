//! Messages that carry text written by people ("A new comment on «{ $title }»") rendered as
//! HTML, each such value isolated in `<bdi>`: an Italian title keeps its punctuation at its
//! end inside an Arabic sentence, and an Arabic name does not pull the sentence around it.
//!
//! Bundles render with Fluent's own isolation marks turned off (the same messages feed email
//! subjects and URLs), so pages isolate in markup instead. The message is resolved with a
//! private-use character standing for each value; the result is HTML-escaped as a whole and
//! each stand-in then becomes `<bdi>`, the value escaped, `</bdi>`. Neither the translation
//! nor the values can add markup.

use askama::filters::{Escaper, Html, Safe};

use super::Locale;

/// The first of the private-use characters that stand for values while the message resolves.
const STAND_IN: u32 = 0xE000;

impl Locale {
    /// The translation of `key` as HTML: each value in `people` (text written by people) is
    /// escaped and isolated in `<bdi>`, each value in `interface` (text Tavolo wrote, such as
    /// a role's name) only escaped. For pages only: plain text (emails' text part, subjects)
    /// takes [`Locale::t_with`].
    pub fn t_isolated(
        &self,
        key: &str,
        people: &[(&str, &str)],
        interface: &[(&str, &str)],
    ) -> Safe<String> {
        let stand_ins: Vec<String> = (0..people.len())
            .map(|i| stand_in(i).map(String::from).unwrap_or_default())
            .collect();
        let args: Vec<(&str, &str)> = people
            .iter()
            .zip(&stand_ins)
            .map(|((name, _), stand_in)| (*name, stand_in.as_str()))
            .chain(interface.iter().copied())
            .collect();
        let message = self.t_with(key, &args);
        let mut html = String::with_capacity(message.len() + 16 * people.len());
        for c in message.chars() {
            match (c as u32).checked_sub(STAND_IN).map(|i| i as usize) {
                Some(i) if i < people.len() => html.push_str(&isolated(people[i].1).0),
                // Writing to a String cannot fail.
                _ => {
                    let _ = Html.write_escaped_char(&mut html, c);
                }
            }
        }
        Safe(html)
    }

    /// [`Locale::t_isolated`] with one value written by people, for templates.
    pub fn t_arg_isolated(&self, key: &str, name: &str, value: &str) -> Safe<String> {
        self.t_isolated(key, &[(name, value)], &[])
    }

    /// [`Locale::t_isolated`] with two values written by people, for templates.
    pub fn t_arg2_isolated(
        &self,
        key: &str,
        name1: &str,
        value1: &str,
        name2: &str,
        value2: &str,
    ) -> Safe<String> {
        self.t_isolated(key, &[(name1, value1), (name2, value2)], &[])
    }
}

impl Locale {
    /// The translation of `key` as HTML with the value `name` given as `markup`, HTML the
    /// caller has made safe (a link or a `<time>` around an escaped value); the rest of the
    /// sentence is escaped.
    pub fn t_markup(&self, key: &str, name: &str, markup: &Safe<String>) -> Safe<String> {
        let marker = stand_in(0).map(String::from).unwrap_or_default();
        let message = self.t_arg(key, name, &marker);
        Safe(escaped(&message).0.replace(&marker, &markup.0))
    }
}

/// Text written by people as HTML on its own: escaped and isolated in `<bdi>`.
pub fn isolated(text: &str) -> Safe<String> {
    let mut html = String::with_capacity(text.len() + 11);
    html.push_str("<bdi>");
    let _ = Html.write_escaped_str(&mut html, text);
    html.push_str("</bdi>");
    Safe(html)
}

/// Interface text as HTML: escaped only.
pub fn escaped(text: &str) -> Safe<String> {
    let mut html = String::with_capacity(text.len());
    let _ = Html.write_escaped_str(&mut html, text);
    Safe(html)
}

fn stand_in(i: usize) -> Option<char> {
    u32::try_from(i)
        .ok()
        .and_then(|i| char::from_u32(STAND_IN + i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str) -> Locale {
        Locale::find(code).expect("a language Tavolo speaks")
    }

    #[test]
    fn values_are_isolated_and_escaped_and_the_sentence_stays_text() {
        let html = locale("en")
            .t_arg_isolated(
                "manage-delete-round-explain",
                "title",
                "<b>Tavolo</b> & co.",
            )
            .0;
        assert!(
            html.contains("<bdi>&#60;b&#62;Tavolo&#60;/b&#62; &#38; co.</bdi>"),
            "{html}"
        );
        assert!(!html.contains("<b>"), "{html}");
        assert_eq!(html.matches("<bdi>").count(), 1);
    }

    #[test]
    fn an_italian_value_sits_isolated_in_an_arabic_sentence() {
        let html = locale("ar")
            .t_arg2_isolated(
                "tally-delete-explain",
                "place",
                "Sala Rossa, Prato",
                "day",
                "2026-03-01",
            )
            .0;
        assert!(html.contains("<bdi>Sala Rossa, Prato</bdi>"), "{html}");
        assert!(html.contains("<bdi>2026-03-01</bdi>"), "{html}");
    }

    #[test]
    fn values_that_look_like_stand_ins_are_only_text() {
        let html = locale("it")
            .t_arg2_isolated("tally-delete-explain", "place", "\u{E001}", "day", "<i>")
            .0;
        assert_eq!(html.matches("<bdi>").count(), 2, "{html}");
        assert!(html.contains("<bdi>\u{E001}</bdi>"), "{html}");
        assert!(html.contains("<bdi>&#60;i&#62;</bdi>"), "{html}");
    }

    #[test]
    fn a_value_given_as_markup_is_placed_as_is_and_the_sentence_escaped() {
        let link = Safe(r#"<a href="mailto:a@b.example">a@b.example</a>"#.to_owned());
        let html = locale("en")
            .t_markup("accessibility-feedback", "email", &link)
            .0;
        assert!(html.contains(&link.0), "{html}");
        let site = isolated("https://x.example/?a=1&b=<2>");
        let html = locale("en")
            .t_markup("accessibility-scope", "site", &site)
            .0;
        assert_eq!(
            html,
            "This statement applies to the site <bdi>https://x.example/?a=1&#38;b=&#60;2&#62;</bdi>."
        );
    }

    #[test]
    fn interface_values_are_escaped_but_not_isolated() {
        let html = locale("en")
            .t_isolated(
                "manage-remove-explain",
                &[("name", "Ana")],
                &[("role", "facilitator & <friend>")],
            )
            .0;
        assert!(html.contains("<bdi>Ana</bdi>"), "{html}");
        assert!(
            html.contains("facilitator &#38; &#60;friend&#62;"),
            "{html}"
        );
        assert_eq!(html.matches("<bdi>").count(), 1, "{html}");
    }
}

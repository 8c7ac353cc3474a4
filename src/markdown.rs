//! Markdown written by people, rendered to HTML that is safe to show to everyone.
//!
//! Text is rendered once, when it is saved: every table with a Markdown `body` keeps the
//! sanitised HTML beside it in `body_html` ([`stored`] writes both), and pages show that.
//! Rendering a long or hostile text takes seconds, which a page view must not pay. Rows
//! saved before `body_html` existed are filled at start-up ([`backfill`]).

pub mod backfill;

use std::sync::LazyLock;

use ammonia::Builder;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use sea_orm::ActiveValue::{self, Set};

static SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut builder = Builder::default();
    // Links people write must not pass reputation on, nor reach back into this page.
    builder
        .link_rel(Some("nofollow ugc noopener"))
        .url_schemes(["http", "https", "mailto"].into())
        .rm_tags(["img"]);
    builder
});

/// Renders Markdown to sanitised HTML: no script, no raw HTML tricks, no images (they would
/// be requests to other hosts), links marked as user content.
pub fn render(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    // People's headings sit under the page's own `h1` and section `h2`s: the highest one they
    // use becomes `h3`, and the others keep their distance below it, so no level is skipped.
    let events: Vec<Event> = Parser::new_ext(markdown, options).collect();
    let top = events
        .iter()
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let shift = |level: HeadingLevel| demote(level, top);
    let events = events.into_iter().map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: shift(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
        other => other,
    });
    html::push_html(&mut unsafe_html, events);
    SANITIZER.clean(&unsafe_html).to_string()
}

/// A Markdown text as it is saved: its source for `body` and its rendered HTML for
/// `body_html`. Every write of a `body` goes through here, so the two cannot disagree:
/// `let (body, body_html) = markdown::stored(text);` then both fields of the active model.
pub fn stored(source: String) -> (ActiveValue<String>, ActiveValue<String>) {
    let html = render(&source);
    (Set(source), Set(html))
}

/// Moves `level` so that `top` (the document's highest heading, 1 to 6) becomes `h3`.
fn demote(level: HeadingLevel, top: usize) -> HeadingLevel {
    match (level as usize + 3).saturating_sub(top) {
        0..=3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn formatting_survives_and_scripts_do_not() {
        let html = render(
            "# Casa\n\n**Affitti** e _contratti_\n\n<script>alert(1)</script>\n\n[link](javascript:alert(1))",
        );
        assert!(
            html.contains("<h3>Casa</h3>"),
            "headings start below the page's own"
        );
        assert!(html.contains("<strong>Affitti</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
    }

    #[test]
    fn headings_start_at_h3_without_skipping_levels() {
        let html = render("## Perché\n\ntesto\n\n### Come\n\naltro");
        assert!(
            html.contains("<h3>Perché</h3>") && html.contains("<h4>Come</h4>"),
            "{html}"
        );
    }

    #[test]
    fn links_are_marked_as_user_content_and_images_dropped() {
        let html =
            render("[Comune](https://www.comune.prato.it) ![x](https://tracker.example/x.png)");
        assert!(html.contains("rel=\"nofollow ugc noopener\""));
        assert!(!html.contains("<img"));
    }
}

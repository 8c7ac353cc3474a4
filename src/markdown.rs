//! Markdown written by people, rendered to HTML that is safe to show to everyone.
//!
//! Text is rendered once, when it is saved: every table with a Markdown `body` keeps the
//! sanitised HTML beside it in `body_html` ([`stored`] writes both), and pages show that.
//! Rendering a long or hostile text takes seconds, which a page view must not pay. Rows
//! saved before `body_html` existed are filled at start-up ([`backfill`]).
//!
//! Hostile text: the sanitiser's cost grows with the square of how deeply elements nest
//! (20 KB of `>` nest 20,000 quotes, seconds to clean), while parsing stays linear. So forms
//! refuse text nested deeper than [`MAX_NESTING`] ([`refusal`], a field error), [`render`]
//! shows any such text that reached the database earlier as plain paragraphs, and saving
//! renders on a blocking thread with a time bound ([`RENDER_TIME_LIMIT`]).

pub mod backfill;

use std::{sync::LazyLock, time::Duration};

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

/// Elements (quotes, lists and their items, emphasis, links…) nested deeper than this are
/// refused: ordinary writing, a list three levels deep in a quote, stays under ten.
pub const MAX_NESTING: usize = 16;
/// The longest a text may take to render when it is saved; past it, it is kept as plain
/// paragraphs.
pub const RENDER_TIME_LIMIT: Duration = Duration::from_secs(2);
/// The field error for text nested deeper than [`MAX_NESTING`].
pub const NESTING_ERROR: &str = "error-markdown-nesting";

fn options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    options
}

/// How deeply the elements of a text nest (parsing only, linear in its length).
pub fn nesting(markdown: &str) -> usize {
    let (mut depth, mut deepest) = (0_usize, 0_usize);
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(_) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Why a text cannot be saved as Markdown (a message key for its field), if it cannot.
pub fn refusal(markdown: &str) -> Option<&'static str> {
    (nesting(markdown) > MAX_NESTING).then_some(NESTING_ERROR)
}

/// A text as plain paragraphs, escaped: what is shown of one too deeply nested to render.
pub fn plain(text: &str) -> String {
    let escape = |part: &str| {
        part.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    };
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| format!("<p>{}</p>", escape(paragraph).replace('\n', "<br>")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Renders Markdown to sanitised HTML: no script, no raw HTML tricks, no images (they would
/// be requests to other hosts), links marked as user content. Text nested deeper than
/// [`MAX_NESTING`] comes back as [`plain`] paragraphs.
pub fn render(markdown: &str) -> String {
    if nesting(markdown) > MAX_NESTING {
        return plain(markdown);
    }
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    // People's headings sit under the page's own `h1` and section `h2`s: the highest one they
    // use becomes `h3`, and the others keep their distance below it, so no level is skipped.
    let events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
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
/// `let (body, body_html) = markdown::stored(text).await;` then both fields of the active
/// model. It renders on a blocking thread, never on the threads that answer requests, and
/// a text that takes longer than [`RENDER_TIME_LIMIT`] is kept as [`plain`] paragraphs.
pub async fn stored(source: String) -> (ActiveValue<String>, ActiveValue<String>) {
    let text = source.clone();
    let rendering = tokio::task::spawn_blocking(move || render(&text));
    let html = match tokio::time::timeout(RENDER_TIME_LIMIT, rendering).await {
        Ok(Ok(html)) => html,
        outcome => {
            tracing::warn!(
                bytes = source.len(),
                timed_out = outcome.is_err(),
                "a text could not be rendered in time; it is kept as plain paragraphs"
            );
            plain(&source)
        }
    };
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
    use super::{MAX_NESTING, NESTING_ERROR, nesting, refusal, render};

    #[test]
    fn text_nested_too_deeply_is_refused_and_shown_as_plain_paragraphs() {
        let bomb = ">".repeat(20_000);
        assert_eq!(refusal(&bomb), Some(NESTING_ERROR));
        // The sanitiser would take seconds over it: what is shown is escaped text instead,
        // no larger than what was written, give or take the paragraph's tags.
        let html = render(&format!("{bomb} <b>x</b>"));
        assert!(html.starts_with("<p>&gt;&gt;&gt;"), "{}", &html[..40]);
        assert!(html.ends_with("&lt;b&gt;x&lt;/b&gt;</p>"));
        assert!(html.len() < 4 * 20_000 + 100);

        let lists = (0..MAX_NESTING).map(|level| format!("{}- voce\n", "  ".repeat(level)));
        let nested_list: String = lists.collect();
        assert!(
            nesting(&nested_list) > MAX_NESTING,
            "each list and item counts"
        );
        let ordinary =
            "> Citazione\n>\n> - uno\n>   - due\n>     - **tre** e [link](https://a.it)\n";
        assert!(nesting(ordinary) < 10, "{}", nesting(ordinary));
        assert_eq!(refusal(ordinary), None);
        assert!(render(ordinary).contains("<strong>tre</strong>"));
    }

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

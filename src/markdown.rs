//! Markdown written by people, rendered to HTML that is safe to show to everyone.

use std::sync::LazyLock;

use ammonia::Builder;
use pulldown_cmark::{Options, Parser, html};

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
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, options));
    SANITIZER.clean(&unsafe_html).to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn formatting_survives_and_scripts_do_not() {
        let html = render(
            "# Casa\n\n**Affitti** e _contratti_\n\n<script>alert(1)</script>\n\n[link](javascript:alert(1))",
        );
        assert!(html.contains("<h1>Casa</h1>"));
        assert!(html.contains("<strong>Affitti</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
    }

    #[test]
    fn links_are_marked_as_user_content_and_images_dropped() {
        let html =
            render("[Comune](https://www.comune.prato.it) ![x](https://tracker.example/x.png)");
        assert!(html.contains("rel=\"nofollow ugc noopener\""));
        assert!(!html.contains("<img"));
    }
}

//! Markdown that would tie up the server: 20 KB of `>` nest 20,000 quotes, which took the
//! sanitiser seconds on every save (and, before text was stored rendered, on every view).
//! It is refused at the field at once, the text kept, and nothing is stored.

use std::time::{Duration, Instant};

use super::{assert_refused, submit_comment, submit_proposal};
use crate::{helpers::TestApp, proposals::setup};

const NESTING_ERROR: &str = "Questo testo annida troppi livelli";
/// Far above what refusing takes (milliseconds), far below what rendering took (seconds).
const PROMPTLY: Duration = Duration::from_secs(1);

fn bomb() -> String {
    format!("Una proposta.\n\n{}", ">".repeat(19_000))
}

#[tokio::test]
async fn a_proposal_nested_too_deeply_is_refused_promptly_with_the_text_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let started = Instant::now();
    let response = submit_proposal(&app, &s.amina, "Orti sui tetti", &bomb()).await;
    assert!(started.elapsed() < PROMPTLY, "{:?}", started.elapsed());
    let kept = (NESTING_ERROR, "Una proposta.");
    let html = assert_refused(&app, response, kept, "proposal").await;
    assert!(html.contains("id=\"body-error\""));

    // A list in a quote, as people write them, is fine.
    app.by(&s.amina)
        .propose(
            "casa",
            "Orti sui tetti",
            "> Dal quartiere:\n>\n> - orti\n>   - sui tetti\n>     - **condivisi**\n",
            "it",
        )
        .await;
}

#[tokio::test]
async fn a_comment_nested_too_deeply_is_refused_promptly_with_the_text_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Orti sui tetti", "Orti condivisi sui tetti.", "it")
        .await;
    let body = format!(
        "Sono d'accordo.\n\n{}",
        "- ".repeat(30).trim_end().to_owned() + " x\n"
    ) + &"> ".repeat(2_000);
    let started = Instant::now();
    let response = submit_comment(&app, &s.luca, p, &body).await;
    assert!(started.elapsed() < PROMPTLY, "{:?}", started.elapsed());
    assert_refused(&app, response, (NESTING_ERROR, "Sono d"), "comment").await;
}

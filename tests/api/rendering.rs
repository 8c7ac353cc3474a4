//! Text rendered once: Markdown is rendered and sanitised when it is saved, the HTML is
//! stored beside it, and pages show the stored HTML instead of rendering again. Text saved
//! before the HTML was stored is rendered when Tavolo starts.

use std::fs;

use entity::{CommentState, Stance, comment};
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::{
    helpers::TestApp,
    layout::{rust_files, src_dir},
    proposals::{Setup, setup},
};

/// Every table whose Markdown a page shows.
const TABLES: [&str; 4] = ["consultation", "proposal", "proposal_revision", "comment"];

/// A proposal edited once (so it has a revision) and commented on; its id and the comment's.
async fn written(app: &TestApp, s: &Setup) -> (i64, i64) {
    let id = app
        .by(&s.amina)
        .propose("casa", "Biblioteche", "Il **primo** testo.", "it")
        .await;
    app.by(&s.amina)
        .post_form(
            &format!("/proposals/{id}/edit"),
            &[
                ("title", "Biblioteche aperte"),
                ("body", "Il **secondo** testo."),
                ("language", "it"),
            ],
        )
        .await;
    let comment = app
        .by(&s.luca)
        .comment(id, "Sono *molto* favorevole.", "for", None)
        .await;
    (id, comment)
}

async fn set_every_body_html(app: &TestApp, html: impl Fn(&str) -> String) {
    for table in TABLES {
        app.db()
            .execute_unprepared(&format!("UPDATE {table} SET body_html = '{}'", html(table)))
            .await
            .expect("the HTML can be replaced");
    }
    // Changed behind the server's back: forget the pages it keeps, as a change it made would.
    app.state.pages.changed();
}

#[tokio::test]
async fn pages_show_the_html_stored_when_the_text_was_saved() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let (id, comment) = written(&app, &s).await;
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("<strong>secondo</strong>"), "{page}");
    assert!(page.contains("<em>molto</em>"), "{page}");

    // HTML unlike what the Markdown renders to: a page that renders again would not show it.
    set_every_body_html(&app, |table| format!("<p>stored {table}</p>")).await;
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("<p>stored proposal</p>"), "{page}");
    assert!(page.contains("<p>stored comment</p>"), "{page}");
    assert!(!page.contains("<strong>secondo</strong>") && !page.contains("<em>molto</em>"));
    let history = app.get_html(&format!("/proposals/{id}/history")).await;
    assert!(
        history.contains("<p>stored proposal_revision</p>"),
        "{history}"
    );
    assert!(!history.contains("<strong>primo</strong>"), "{history}");
    let consultation = app.get_html("/consultations/casa").await;
    assert!(consultation.contains("<p>stored consultation</p>"));
    assert!(!consultation.contains("<strong>together</strong>"));
    let reply = app
        .by(&s.amina)
        .get_html(&format!("/comments/{comment}/reply"))
        .await;
    assert!(reply.contains("<p>stored comment</p>"), "{reply}");
    let report = app
        .by(&s.chiara)
        .get("/manage/consultations/casa/outcomes/download/html")
        .await
        .text()
        .await
        .expect("the report");
    assert!(report.contains("<p>stored proposal</p>"), "{report}");
}

#[tokio::test]
async fn text_saved_before_its_html_was_stored_is_rendered_when_tavolo_starts() {
    let mut app = TestApp::spawn().await;
    let s = setup(&app).await;
    let (id, _) = written(&app, &s).await;
    // More comments than one batch of the start-up rendering holds.
    let now = app.state.now();
    comment::Entity::insert_many((0..450).map(|n| comment::ActiveModel {
        proposal_id: Set(id),
        body: Set(format!("Commento **{n}**")),
        stance: Set(Stance::Neutral),
        state: Set(CommentState::Published),
        depth: Set(0),
        flags_count: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }))
    .exec_without_returning(app.db())
    .await
    .expect("comments saved without their HTML");
    // As the migration that added the column left every row.
    set_every_body_html(&app, |_| String::new()).await;

    app.restart().await;
    for table in TABLES {
        let missing = app
            .count(&format!(
                "SELECT COUNT(*) FROM {table} WHERE body_html = '' AND body <> ''"
            ))
            .await;
        assert_eq!(missing, 0, "{table} is rendered");
    }
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("<strong>secondo</strong>"), "{page}");
    assert!(page.contains("<em>molto</em>"));
    // The thread is shown a page at a time: the last comment is on its last page.
    let last = app.get_html(&format!("/proposals/{id}?comments=99")).await;
    assert!(last.contains("<strong>449</strong>"), "{last}");
    let history = app.get_html(&format!("/proposals/{id}/history")).await;
    assert!(history.contains("<strong>primo</strong>"), "{history}");
    let consultation = app.get_html("/consultations/casa").await;
    assert!(consultation.contains("<strong>together</strong>"));

    // Starting again renders nothing and leaves the stored HTML as it is.
    set_every_body_html(&app, |table| format!("<p>stored {table}</p>")).await;
    app.restart().await;
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("<p>stored proposal</p>"), "{page}");
    assert_eq!(
        tavolo::markdown::backfill::fill_missing(app.db())
            .await
            .expect("the rendering runs"),
        0
    );
}

/// A `body` is written through `markdown::stored`, which gives `body` and `body_html`
/// together (leaving one out is an unused variable); where the code sets `body` by hand,
/// as when a revision copies its proposal, it sets `body_html` on the next line.
#[test]
fn every_body_written_is_written_with_its_html() {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    let mut offenders = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("a source file is readable");
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for (n, line) in lines.iter().enumerate() {
            let with_html = lines
                .get(n + 1)
                .is_some_and(|next| next.starts_with("body_html: Set("));
            if line.starts_with("body: Set(") && !with_html {
                offenders.push(format!("{}:{}", file.display(), n + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "a body is saved without its HTML: {offenders:?}"
    );
}

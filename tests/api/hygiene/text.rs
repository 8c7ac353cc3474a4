//! Text as people type it: control characters (NUL above all, which PostgreSQL cannot
//! store) refused at the field with the text kept, on both databases; `%` and `_` in a
//! search matched as typed; a NUL in the address a 400.

use reqwest::StatusCode;

use super::{assert_refused, submit_comment, submit_proposal};
use crate::{helpers::TestApp, proposals::setup};

const CONTROL_ERROR: &str = "Questo campo contiene caratteri di controllo invisibili";

#[tokio::test]
async fn control_characters_in_a_proposal_are_refused_at_the_field_with_the_text_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let response = submit_proposal(
        &app,
        &s.amina,
        "Orti\u{0} sui tetti",
        "Orti condivisi\u{7} sui tetti delle case.",
    )
    .await;
    let kept = (CONTROL_ERROR, "sui tetti delle case.");
    let html = assert_refused(&app, response, kept, "proposal").await;
    for field in ["title", "body"] {
        assert!(html.contains(&format!("id=\"{field}-error\"")), "{field}");
    }

    // Line breaks as browsers send them, and tabs, are text.
    app.by(&s.amina)
        .propose(
            "casa",
            "Orti sui tetti",
            "Orti condivisi:\r\n\tsui tetti delle case.\n",
            "it",
        )
        .await;
}

#[tokio::test]
async fn a_nul_in_a_comment_is_refused_at_the_field_with_the_text_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Orti sui tetti", "Orti condivisi sui tetti.", "it")
        .await;
    let response = submit_comment(&app, &s.luca, p, "Sono d'accordo\u{0}, ma dove?").await;
    assert_refused(&app, response, (CONTROL_ERROR, "ma dove?"), "comment").await;
}

#[tokio::test]
async fn a_nul_in_a_name_is_refused_at_the_field() {
    let app = TestApp::spawn().await;
    let response = app.register("Ana\u{0}", "ana@example.org").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("id=\"display_name-error\""));
    assert!(html.contains(CONTROL_ERROR));
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 0);
}

#[tokio::test]
async fn a_nul_in_the_address_is_a_bad_request() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    for path in [
        "/consultations/ca%00sa",
        "/consultations/casa/proposals?q=orti%00",
        "/api/v1/consultations/ca%00sa",
    ] {
        let response = app.by(&s.amina).get(path).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
    }
}

/// The titles of the proposals a search finds.
async fn found(app: &TestApp, browser: &reqwest::Client, q: &str) -> Vec<&'static str> {
    let html = app
        .by(browser)
        .get_html(&format!(
            "/consultations/casa/proposals?q={}",
            tavolo::web::urlencode(q)
        ))
        .await;
    TITLES
        .iter()
        .copied()
        .filter(|title| html.contains(title))
        .collect()
}

const TITLES: [&str; 4] = [
    "Sconto del 50% sui biglietti",
    "Biglietti gratuiti per tutti",
    "Nomi come orti_urbani nel regolamento",
    "Percorsi a\\b per le scuole",
];

#[tokio::test]
async fn percent_underscore_and_backslash_are_searched_as_typed() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    for title in TITLES {
        app.by(&s.amina)
            .propose("casa", title, "Una proposta per il quartiere.", "it")
            .await;
    }
    assert_eq!(found(&app, &s.luca, "%").await, [TITLES[0]]);
    assert_eq!(found(&app, &s.luca, "50%").await, [TITLES[0]]);
    assert_eq!(found(&app, &s.luca, "_").await, [TITLES[2]]);
    assert_eq!(found(&app, &s.luca, "orti_urbani").await, [TITLES[2]]);
    assert_eq!(found(&app, &s.luca, "a\\b").await, [TITLES[3]]);
    assert_eq!(found(&app, &s.luca, "!").await, Vec::<&str>::new());
    assert_eq!(found(&app, &s.luca, "biglietti").await, TITLES[..2]);
}

#[tokio::test]
async fn a_nul_in_a_report_is_refused_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Orti sui tetti", "Orti condivisi sui tetti.", "it")
        .await;
    let response = app
        .by(&s.luca)
        .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Spam\u{0}")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.by(&s.luca).get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains(CONTROL_ERROR), "told why");
    assert_eq!(app.count("SELECT COUNT(*) FROM flag").await, 0);
}

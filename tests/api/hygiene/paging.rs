//! Page numbers: from 1 to `MAX_PAGE` everywhere. Past that, `(page - 1) × page size` no
//! longer fits SQL's offset; such a page, 0, a negative number or a word is a 400 (the
//! API's JSON error under `/api/`), never a panic or a 500.

use reqwest::StatusCode;
use serde_json::Value;
use tavolo::web::MAX_PAGE;

use crate::{helpers::TestApp, proposals::setup};

/// Page numbers no list has.
fn out_of_range() -> Vec<String> {
    [
        "0",
        "-1",
        "abc",
        "1.5",
        "",
        "9223372036854775807",
        "9223372036854775808",
        "18446744073709551615",
        "18446744073709551616",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([(MAX_PAGE + 1).to_string()])
    .collect()
}

#[tokio::test]
async fn the_api_refuses_pages_out_of_range_with_its_json_error() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    app.by(&s.amina)
        .propose(
            "casa",
            "Orti sui tetti",
            "Orti condivisi sui tetti delle case.",
            "it",
        )
        .await;
    let lists = [
        "/api/v1/consultations",
        "/api/v1/consultations/casa/proposals",
        "/api/v1/consultations/casa/results",
        "/api/v1/consultations/casa/meetings",
        "/api/v1/consultations/casa/commitments",
    ];
    for list in lists {
        for page in out_of_range() {
            let path = format!("{list}?page={page}");
            let response = app.get(&path).await;
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
            let body: Value = response.json().await.expect("a JSON error");
            assert!(
                body["error"].as_str().is_some_and(|e| !e.is_empty()),
                "{path}: {body}"
            );
            assert!(body["request_id"].is_string(), "{path}: {body}");
        }
        // The last page there can be is an empty one.
        let path = format!("{list}?page={MAX_PAGE}");
        let response = app.get(&path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["page"], MAX_PAGE, "{path}");
    }
    let body: Value = app
        .get("/api/v1/consultations/casa/proposals?page=1")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["items"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn pages_out_of_range_are_a_400_page_and_far_pages_the_last() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = app
        .by(&s.amina)
        .propose(
            "casa",
            "Orti sui tetti",
            "Orti condivisi sui tetti delle case.",
            "it",
        )
        .await;
    let lists = [
        ("/consultations", &s.amina),
        ("/consultations/casa/proposals", &s.amina),
        ("/consultations/casa/results", &s.amina),
        ("/notifications", &s.amina),
        ("/manage/accounts", &s.chiara),
        ("/manage/audit", &s.chiara),
        ("/manage/consultations/casa/audit", &s.chiara),
        ("/manage/mail", &s.chiara),
    ];
    for (list, browser) in lists {
        for page in out_of_range() {
            let path = format!("{list}?page={page}");
            let response = app.by(browser).get(&path).await;
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
            let html = response.text().await.unwrap();
            assert!(html.contains("Richiesta non valida"), "{path}");
        }
        let path = format!("{list}?page={MAX_PAGE}");
        assert_eq!(
            app.by(browser).get(&path).await.status(),
            StatusCode::OK,
            "{path}"
        );
    }
    // The proposal list shows its last page, with the proposal on it.
    let html = app
        .by(&s.amina)
        .get_html(&format!("/consultations/casa/proposals?page={MAX_PAGE}"))
        .await;
    assert!(html.contains("Orti sui tetti"));
    // A thread's page is a link parameter: anything but a page number is its first page,
    // any page past the end its last.
    for comments in [
        "0",
        "-1",
        "abc",
        "9223372036854775808",
        "99999999999999999999999",
    ] {
        let path = format!("/proposals/{id}?comments={comments}");
        assert_eq!(
            app.by(&s.amina).get(&path).await.status(),
            StatusCode::OK,
            "{path}"
        );
    }
}

//! Reading is free: a visitor who is not logged in reads every public page without a
//! session row or a cookie; only the random order and pages with forms set one, of their own.

use reqwest::StatusCode;

use super::{cookie_names, cookies_set};
use crate::helpers::{TestApp, form_value, new_client};

/// Every kind of page a visitor who is not logged in can read, over the demo's data.
async fn public_pages(app: &TestApp) -> Vec<String> {
    let proposal = app.count("SELECT MIN(id) FROM proposal").await;
    let commented = app
        .count("SELECT MIN(proposal_id) FROM comment WHERE parent_id IS NULL")
        .await;
    let mut pages: Vec<String> = [
        "/",
        "/consultations",
        "/consultations/demo",
        "/consultations/demo/proposals",
        "/consultations/demo/proposals?sort=newest",
        "/consultations/demo/proposals?sort=commented",
        "/consultations/demo/proposals?sort=supported",
        "/consultations/demo/proposals?page=2&language=it",
        "/consultations/demo/results",
        "/how-it-works",
        "/privacy",
        "/accessibility",
        "/healthz",
        "/api/v1/openapi.json",
        "/api/v1/consultations",
        "/api/v1/consultations/demo",
        "/api/v1/consultations/demo/proposals",
        "/api/v1/consultations/demo/proposals?page=2",
        "/api/v1/consultations/demo/results",
        tavolo::web::assets::stylesheet_path(),
        tavolo::web::assets::favicon_path(),
    ]
    .map(str::to_owned)
    .to_vec();
    pages.push(format!("/proposals/{proposal}"));
    pages.push(format!("/proposals/{commented}"));
    pages.push(format!("/proposals/{proposal}/history"));
    pages
}

#[tokio::test]
async fn reading_every_public_page_makes_no_session_and_sets_no_cookie() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let visitor = new_client();
    for path in public_pages(&app).await {
        let response = app.by(&visitor).get(&path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        assert_eq!(cookies_set(&response), Vec::<String>::new(), "GET {path}");
    }
    // A missing page is read too.
    let missing = app.by(&visitor).get("/consultations/nowhere").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(cookies_set(&missing).is_empty());
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 0);
}

#[tokio::test]
async fn the_random_order_sets_its_own_cookie_once_and_keeps_the_order() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let visitor = new_client();
    let path = "/consultations/demo/proposals?sort=random";

    let first = app.by(&visitor).get(path).await;
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(cookie_names(&first), ["tavolo_order"]);
    let cookie = &cookies_set(&first)[0];
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let order = proposal_links(&first.text().await.unwrap());
    assert!(order.len() > 1, "{order:?}");

    let again = app.by(&visitor).get(path).await;
    assert!(
        cookies_set(&again).is_empty(),
        "the seed is kept, not set again"
    );
    assert_eq!(
        proposal_links(&again.text().await.unwrap()),
        order,
        "the same order"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 0);
}

#[tokio::test]
async fn form_pages_set_only_the_form_cookie_and_only_once() {
    let app = TestApp::spawn().await;
    let visitor = new_client();
    for path in ["/login", "/register", "/password/forgot"] {
        let response = app.by(&visitor).get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        let set = cookies_set(&response);
        if path == "/login" {
            assert_eq!(cookie_names(&response), ["tavolo_csrf"], "GET {path}");
            let cookie = &set[0];
            assert!(cookie.contains("HttpOnly"), "{cookie}");
            assert!(cookie.contains("SameSite=Strict"), "{cookie}");
            assert!(cookie.contains("Path=/"), "{cookie}");
            assert!(
                !cookie.contains("Max-Age"),
                "ends with the browser: {cookie}"
            );
        } else {
            assert!(
                set.is_empty(),
                "GET {path}: the cookie is kept, not set again"
            );
        }
        let html = response.text().await.unwrap();
        assert!(
            !form_value(&html, "_csrf").unwrap().is_empty(),
            "GET {path}"
        );
    }
    // Another visitor gets a cookie of their own on a form page, and none on a read page.
    let other = new_client();
    assert!(cookies_set(&app.by(&other).get("/").await).is_empty());
    assert_eq!(
        cookie_names(&app.by(&other).get("/register").await),
        ["tavolo_csrf"]
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 0);
}

#[tokio::test]
async fn a_visitor_switches_language_without_a_session() {
    let app = TestApp::spawn().await;
    let visitor = new_client();
    let home = app.by(&visitor).get_html("/").await;
    assert!(home.contains("action=\"/language\""));
    assert_eq!(
        form_value(&home, "_csrf"),
        None,
        "the switch needs no token"
    );

    let switched = visitor
        .post(app.url("/language"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    assert_eq!(cookie_names(&switched), ["tavolo_lang"]);
    assert!(app.by(&visitor).get_html("/").await.contains("lang=\"en\""));

    // From another site it is refused all the same.
    for (name, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://elsewhere.example"),
    ] {
        let forged = visitor
            .post(app.url("/language"))
            .header(name, value)
            .form(&[("lang", "ar"), ("next", "/")])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), StatusCode::FORBIDDEN, "{name}: {value}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 0);
}

/// The proposals a list links to, in order.
fn proposal_links(html: &str) -> Vec<String> {
    html.split("href=\"/proposals/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

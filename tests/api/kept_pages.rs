//! Pages as visitors who are not logged in see them are built once and answered from memory
//! (`TAVOLO_PAGE_CACHE_MAX_AGE`) until anything changes: a change made through the site is
//! seen on the next view; logged-in pages, pages that set a cookie and each language are
//! never mixed up.

use reqwest::StatusCode;

use crate::{
    helpers::{MaxAges, TestApp, new_client},
    sessions::cookie_value,
};

const LIST: &str = "/consultations/demo/proposals";

async fn demo_app(max_ages: MaxAges) -> TestApp {
    let app = TestApp::spawn_with(max_ages).await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    app
}

/// The body of a page as a new visitor (no cookie) sees it, and the statements it ran.
async fn visit(app: &TestApp, path: &str) -> (String, usize) {
    let before = app.statements.load(std::sync::atomic::Ordering::SeqCst);
    let html = app.by(&new_client()).get_html(path).await;
    let after = app.statements.load(std::sync::atomic::Ordering::SeqCst);
    (html, after - before)
}

#[tokio::test]
async fn an_anonymous_page_is_built_once_then_answered_from_memory() {
    let app = demo_app(MaxAges::default()).await;
    for path in [
        "/",
        LIST,
        "/consultations/demo",
        "/consultations/demo/results",
        "/api/v1/consultations/demo/proposals",
    ] {
        let (first, built) = visit(&app, path).await;
        assert!(built > 0, "{path} is built from the database");
        let (second, again) = visit(&app, path).await;
        assert_eq!(again, 0, "{path} is answered from memory");
        assert_eq!(first, second, "{path} is the same page");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 0);
}

#[tokio::test]
async fn a_change_made_through_the_site_is_seen_on_the_next_view() {
    let app = demo_app(MaxAges::default()).await;
    let (before, _) = visit(&app, LIST).await;
    assert_eq!(visit(&app, LIST).await.1, 0, "kept");
    let amina = app.client_for_demo("beneficiary@demo.test").await;
    let title = "Sportello serale per i permessi";
    assert!(!before.contains(title));
    app.by(&amina)
        .propose("demo", title, "Aperto il martedì sera.", "it")
        .await;

    let (after, built) = visit(&app, LIST).await;
    assert!(built > 0, "built again after the change");
    assert!(after.contains(title), "the new proposal is listed at once");
}

#[tokio::test]
async fn logged_in_pages_and_pages_that_set_a_cookie_are_never_kept() {
    let app = demo_app(MaxAges::default()).await;
    let amina = app.client_for_demo("beneficiary@demo.test").await;
    for _ in 0..2 {
        let statements = app.statements_for(&amina, LIST).await;
        assert!(statements > 0, "a logged-in view is built every time");
    }
    let page = app.by(&amina).get_html(LIST).await;
    assert!(
        !visit(&app, LIST).await.0.contains("/logout"),
        "a visitor never gets a logged-in page"
    );
    assert!(page.contains("/logout"), "while the account sees its own");

    // The login form draws a nonce for each new visitor: never shared.
    let first = new_client().get(app.url("/login")).send().await.unwrap();
    let second = new_client().get(app.url("/login")).send().await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let (first, second) = (
        cookie_value(&first, "tavolo_csrf").expect("a nonce"),
        cookie_value(&second, "tavolo_csrf").expect("a nonce"),
    );
    assert_ne!(first, second);
}

#[tokio::test]
async fn each_language_is_kept_apart() {
    let app = demo_app(MaxAges::default()).await;
    for _ in 0..2 {
        assert!(app.get_html_in("ar", "/").await.contains("dir=\"rtl\""));
        assert!(
            app.get_html_in("en", "/")
                .await
                .contains("<html lang=\"en\"")
        );
        assert!(
            app.get_html_in("it", "/")
                .await
                .contains("<html lang=\"it\"")
        );
    }
}

#[tokio::test]
async fn a_round_moved_on_schedule_is_seen_on_the_next_view() {
    let app = demo_app(MaxAges::default()).await;
    let (before, _) = visit(&app, "/consultations/demo").await;
    assert_eq!(visit(&app, "/consultations/demo").await.1, 0, "kept");
    // Far enough ahead that the demo's upcoming round opens and the open one closes.
    app.advance_clock(chrono::TimeDelta::days(400));
    let moved = app.run_scheduler().await;
    assert_ne!(moved, (0, 0), "the demo has rounds to move");
    let (after, built) = visit(&app, "/consultations/demo").await;
    assert!(built > 0);
    assert_ne!(before, after, "the rounds' states changed on the page");
}

#[tokio::test]
async fn with_no_maximum_age_every_view_is_built() {
    let app = demo_app(MaxAges {
        pages: 0,
        ..MaxAges::default()
    })
    .await;
    visit(&app, LIST).await;
    assert!(visit(&app, LIST).await.1 > 0);
}

#[tokio::test]
async fn a_crowd_arriving_at_once_has_the_page_built_once() {
    let app = demo_app(MaxAges::default()).await;
    // What one build costs, on an address of the same page the crowd does not ask for.
    let (_, one_build) = visit(&app, &format!("{LIST}?from=newsletter")).await;
    let before = app.statements.load(std::sync::atomic::Ordering::SeqCst);
    let mut crowd = tokio::task::JoinSet::new();
    for _ in 0..32 {
        let (client, url) = (new_client(), app.url(LIST));
        crowd.spawn(async move {
            let response = client.get(url).send().await.expect("answered");
            assert_eq!(response.status(), StatusCode::OK);
            response.text().await.expect("a body")
        });
    }
    let pages = crowd.join_all().await;
    let after = app.statements.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        pages.iter().all(|page| page == &pages[0]),
        "one page for all"
    );
    assert_eq!(after - before, one_build, "built once for 32 visitors");
}

#[tokio::test]
async fn the_health_check_is_never_answered_from_memory() {
    let app = demo_app(MaxAges::default()).await;
    for _ in 0..2 {
        let health = app.by(&new_client()).get_html("/healthz").await;
        assert!(health.contains("\"ok\""), "{health}");
    }
    assert_eq!(app.state.pages.len(), 0, "nothing kept");
    visit(&app, LIST).await;
    assert_eq!(app.state.pages.len(), 1, "while a page is");
}

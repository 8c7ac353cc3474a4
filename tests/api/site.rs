//! Home, privacy notice, accessibility statement, how participation works, health check,
//! security contact and static files.

use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn the_home_page_explains_tavolo_and_invites_to_register() {
    let app = TestApp::spawn().await;
    let html = app.get_html("/").await;
    assert!(html.contains("<html lang=\"it\" dir=\"ltr\">"));
    assert!(html.contains("Progettiamo insieme"));
    assert!(html.contains("href=\"/register\""));
    assert!(html.contains("class=\"skip-link\" href=\"#main\""));
    assert!(
        html.contains("action=\"/language\""),
        "the language switch is on every page"
    );
    assert!(html.contains(">English</button>") && html.contains(">Italiano</button>"));
    assert!(html.contains("href=\"/privacy\""));
}

#[tokio::test]
async fn the_privacy_notice_is_public() {
    let app = TestApp::spawn().await;
    assert!(
        app.get_html("/privacy")
            .await
            .contains("Informativa sulla privacy")
    );
}

#[tokio::test]
async fn the_accessibility_statement_names_the_operator_the_contact_and_agid() {
    let app = TestApp::spawn().await;
    let home = app.get_html("/").await;
    assert!(
        home.contains("href=\"/accessibility\"") && home.contains("href=\"/how-it-works\""),
        "every page's footer links to the statement and to how participation works"
    );

    let html = app.get_html("/accessibility").await;
    assert!(html.contains("<h1>Dichiarazione di accessibilità</h1>"));
    // The AgID model's parts: commitment by the operator, scope, status, what is not
    // accessible, how the statement was made, feedback, enforcement.
    assert!(
        html.contains("<bdi>Comune di Prova</bdi> si impegna a rendere accessibile questo sito")
    );
    assert!(html.contains(&format!("vale per il sito <bdi>{}</bdi>.", app.address)));
    assert!(html.contains("parzialmente conforme"));
    assert!(html.contains("UNI CEI EN 301549"));
    assert!(html.contains("<time datetime=\"2026-11-26\">26/11/2026</time>"));
    assert!(
        html.contains(
            "<a href=\"mailto:tavolo@tavolo.test\"><bdi>tavolo@tavolo.test</bdi></a>. Ti rispondiamo entro 30 giorni."
        ),
        "the feedback address defaults to MAIL_FROM's"
    );
    assert!(html.contains("href=\"https://form.agid.gov.it/\""));
    assert!(html.contains(env!("CARGO_PKG_VERSION")));

    // The same statement in Arabic, right to left, the operator's name isolated.
    let arabic = app.get_html_in("ar", "/accessibility").await;
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(arabic.contains("<bdi>Comune di Prova</bdi>"));
    assert!(!arabic.contains("Dichiarazione di accessibilità</h1>"));
}

#[tokio::test]
async fn how_participation_works_is_explained_in_each_language() {
    let app = TestApp::spawn().await;
    let html = app.get_html("/how-it-works").await;
    assert!(html.contains("<h1>Come funziona la partecipazione</h1>"));
    for heading in [
        "Proporre",
        "Discutere",
        "Votare",
        "I risultati",
        "La risposta",
    ] {
        assert!(html.contains(&format!("<h3>{heading}</h3>")), "{heading}");
    }
    assert!(html.contains("href=\"/consultations\""));
    for (language, title) in [("en", "How participation works"), ("zh", "怎么参与")] {
        let page = app.get_html_in(language, "/how-it-works").await;
        assert!(
            page.contains(&format!("<html lang=\"{language}\"")),
            "{language}"
        );
        assert!(
            !page.contains("Come funziona la partecipazione"),
            "{language}"
        );
        assert!(page.contains(title), "{language}");
    }
}

#[tokio::test]
async fn health_reports_the_database_taking_a_write() {
    let app = TestApp::spawn().await;
    for _ in 0..2 {
        let response = app.get("/healthz").await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        assert_eq!(body["database"], "ok");
        assert_eq!(body["writes"], "ok");
    }
    // Each check writes a row and deletes the one before.
    assert_eq!(app.count("SELECT COUNT(*) FROM health_check").await, 1);
}

#[tokio::test]
async fn health_says_503_when_the_database_is_gone() {
    let app = TestApp::spawn().await;
    app.db().clone().close().await.ok();
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "unavailable");
    // Pages that read the database answer with a plain 503 page rather than hanging or
    // crashing (the login form needs none, so it is no test of this).
    let page = app.get("/consultations").await;
    let status = page.status();
    let body = page.text().await.unwrap();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
}

#[tokio::test]
async fn static_files_are_fingerprinted_and_cached_for_a_year() {
    let app = TestApp::spawn().await;
    let html = app.get_html("/").await;
    let start = html
        .find("href=\"/static/tavolo.")
        .expect("the stylesheet is linked")
        + 6;
    let path = &html[start..start + html[start..].find('"').unwrap()];
    let css = app.get(path).await;
    assert_eq!(css.status(), StatusCode::OK);
    assert!(
        css.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(
        app.get("/static/tavolo.0000000000.css").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn responses_are_compressed_for_clients_that_ask() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("gzip")
    );
}

#[tokio::test]
async fn security_txt_names_where_to_report_a_vulnerability() {
    let app = TestApp::spawn().await;
    let response = app.get("/.well-known/security.txt").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
    let text = response.text().await.unwrap();
    assert!(
        text.contains("Contact: mailto:tavolo@tavolo.test\n"),
        "{text}"
    );
    let canonical = format!("Canonical: {}/.well-known/security.txt\n", app.address);
    assert!(text.contains(&canonical), "{text}");
    let expires = text
        .lines()
        .find_map(|line| line.strip_prefix("Expires: "))
        .expect("an expiry");
    let expires = chrono::DateTime::parse_from_rfc3339(expires).expect("RFC 3339");
    let ahead = expires.with_timezone(&chrono::Utc) - app.state.now();
    assert!(
        ahead > chrono::TimeDelta::days(30) && ahead < chrono::TimeDelta::days(365),
        "valid for less than a year (RFC 9116): {ahead}"
    );
}

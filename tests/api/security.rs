//! CSRF, response headers, error pages, request limits.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp};

#[tokio::test]
async fn a_form_without_its_token_or_with_a_wrong_one_is_refused() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;

    let missing = app
        .client
        .post(app.url("/login"))
        .form(&[("email", "ana@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::FORBIDDEN);
    let page = missing.text().await.unwrap();
    assert!(page.contains("Il modulo è scaduto o non viene da questo sito."));

    let wrong = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("email", "ana@example.org"),
            ("password", PASSWORD),
            ("_csrf", "forged"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/account").await.status(),
        StatusCode::SEE_OTHER,
        "not logged in"
    );

    // A token from another visitor's session does not work either.
    let other = crate::helpers::new_client();
    let their_token = app.csrf_token(&other).await;
    app.csrf_token(&app.client).await;
    let stolen = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("email", "ana@example.org"),
            ("password", PASSWORD),
            ("_csrf", their_token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(stolen.status(), StatusCode::FORBIDDEN);

    // Logging out is a state change too.
    let logout = app.client.post(app.url("/logout")).send().await.unwrap();
    assert_eq!(logout.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/", "/login", "/no-such-page", "/healthz"] {
        let response = app.get(path).await;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let csp = header("content-security-policy");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
        assert!(!header("x-request-id").is_empty(), "{path}");
    }
}

#[tokio::test]
async fn unknown_pages_get_a_localized_404_page() {
    let app = TestApp::spawn().await;
    let response = app.get("/no-such-page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let html = response.text().await.unwrap();
    assert!(html.contains("<h1>Pagina non trovata</h1>"));
    assert!(
        html.contains("<main id=\"main\""),
        "inside the site's layout"
    );

    let english = app
        .client
        .get(app.url("/nope"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert!(
        english
            .text()
            .await
            .unwrap()
            .contains("<h1>Page not found</h1>")
    );
}

#[tokio::test]
async fn an_oversized_body_gets_413_and_a_page() {
    let app = TestApp::spawn().await;
    let token = app.csrf_token(&app.client).await;
    let huge = "x".repeat(300 * 1024);
    let response = app
        .client
        .post(app.url("/register"))
        .form(&[("_csrf", token.as_str()), ("display_name", huge.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Contenuto troppo grande")
    );
}

#[tokio::test]
async fn a_wrong_method_gets_405_with_a_page() {
    let app = TestApp::spawn().await;
    // Without a token as with one: the method is wrong before the form is.
    let response = app.client.delete(app.url("/login")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    let token = app.csrf_token(&app.client).await;
    let response = app
        .client
        .delete(app.url("/login"))
        .header("x-csrf-token", token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(response.headers().get("allow").is_some());
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Questa operazione non è possibile")
    );
}

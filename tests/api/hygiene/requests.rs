//! A method a page does not take is a 405 with `Allow` (not the CSRF check's 403); a request
//! id from the client is kept only when short and plain, else replaced.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{TestApp, new_client};

#[tokio::test]
async fn a_method_a_page_does_not_take_is_a_405_with_allow() {
    let app = TestApp::spawn().await;
    let browser = new_client();
    for (method, path, allowed) in [
        (Method::DELETE, "/", "GET"),
        (Method::PUT, "/consultations", "GET"),
        (Method::PATCH, "/login", "POST"),
        (Method::DELETE, "/logout", "POST"),
        (Method::POST, "/how-it-works", "GET"),
        (Method::GET, "/logout", "POST"),
    ] {
        let response = browser
            .request(method.clone(), app.url(path))
            .send()
            .await
            .expect("answered");
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        let allow = response
            .headers()
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(allow.contains(allowed), "{method} {path}: Allow {allow:?}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Questa operazione non è possibile"),
            "{method} {path}: a page in the visitor's language"
        );
    }

    // Under `/api/`, the API's JSON error.
    let response = browser
        .delete(app.url("/api/v1/consultations"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(response.headers().get("allow").is_some());
    let body: Value = response.json().await.expect("a JSON error");
    assert!(body["error"].is_string() && body["request_id"].is_string());

    // A page that takes the method still checks the form's token first.
    let response = browser.post(app.url("/logout")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

/// The request id a response carries for a request sent with `sent`.
async fn request_id_for(app: &TestApp, sent: &str) -> String {
    let response = new_client()
        .get(app.url("/no-such-page"))
        .header("x-request-id", sent)
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("a request id")
        .to_owned()
}

#[tokio::test]
async fn request_ids_from_clients_are_kept_only_when_short_and_plain() {
    let app = TestApp::spawn().await;
    let plain = "lb-7f3a.9_c2";
    assert_eq!(request_id_for(&app, plain).await, plain);
    let longest = "a".repeat(64);
    assert_eq!(request_id_for(&app, &longest).await, longest);

    for hostile in [
        "a".repeat(65),
        "two words".to_owned(),
        "\"quoted\"".to_owned(),
        "<script>alert(1)</script>".to_owned(),
        "id;drop table".to_owned(),
        "x\tid".to_owned(),
    ] {
        let id = request_id_for(&app, &hostile).await;
        assert_ne!(id, hostile);
        assert!(
            !id.is_empty()
                && id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)),
            "{hostile:?} became {id:?}"
        );
    }
}

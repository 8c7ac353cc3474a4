//! Input hygiene: what a client sends that no form would, refused or made harmless at one
//! place, never a 500.
//!
//! - `redirects.rs`: `next` and `back` stay on this site, whatever they hold;
//! - `paging.rs`: page numbers out of range are a 400 (JSON under `/api/`), never a panic;
//! - `text.rs`: control characters refused at the field, `%` and `_` searched as typed;
//! - `requests.rs`: 405 with `Allow` for a wrong method, request ids from clients checked;
//! - `markdown.rs`: text nested too deeply refused at the field, at once, the text kept;
//! - `parsers.rs`: every parser of user input, given anything, answers a value or a field
//!   error (property tests).

mod markdown;
mod paging;
mod parsers;
mod redirects;
mod requests;
mod text;

use crate::helpers::TestApp;

/// Posts the form for a new proposal in `casa`, to be published, with this title and body.
async fn submit_proposal(
    app: &TestApp,
    who: &reqwest::Client,
    title: &str,
    body: &str,
) -> reqwest::Response {
    app.by(who)
        .post_form(
            "/consultations/casa/proposals/new",
            &[
                ("title", title),
                ("body", body),
                ("theme", ""),
                ("language", "it"),
                ("action", "publish"),
            ],
        )
        .await
}

/// Posts a comment in favour of proposal `p`.
async fn submit_comment(
    app: &TestApp,
    who: &reqwest::Client,
    p: i64,
    body: &str,
) -> reqwest::Response {
    app.by(who)
        .post_form(
            &format!("/proposals/{p}/comments"),
            &[("body", body), ("stance", "for")],
        )
        .await
}

/// Checks that a form came back refused at the field (422) with `message`, still holding
/// `kept` of what was typed, and that no row was added to `table`; returns the page.
async fn assert_refused(
    app: &TestApp,
    response: reqwest::Response,
    (message, kept): (&str, &str),
    table: &str,
) -> String {
    assert_eq!(response.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains(message), "the error is shown");
    assert!(html.contains(kept), "the text is kept");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM {table}")).await, 0);
    html
}

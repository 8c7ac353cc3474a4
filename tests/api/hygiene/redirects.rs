//! Redirect targets: login's `next`, the language switch's `next` and the vote form's `back`
//! are followed only to a path on this site. Browsers drop tabs and line breaks and read `\`
//! as `/`, so each of these would otherwise leave the site (or, with a line break, fail).

use proptest::prelude::*;
use reqwest::StatusCode;
use tavolo::web::render::{MAX_LOCAL_PATH_BYTES, local_path};

use crate::{
    helpers::{PASSWORD, TestApp, location, new_client},
    proposals::setup,
};

/// Targets that lead off the site, or break the header, if taken as they are.
fn hostile_targets() -> Vec<String> {
    [
        "//evil.example/",
        "/\\evil.example/",
        "/\\/evil.example/",
        "/\t/evil.example/",
        "/%09/evil.example/",
        "/%5Cevil.example/",
        "/%5C%5Cevil.example/",
        "/%2F/evil.example/",
        "/%2f%2fevil.example/",
        "/\r\nSet-Cookie: stolen=1",
        "/%0d%0aSet-Cookie:%20stolen=1",
        "https://evil.example/",
        "javascript:alert(1)",
        " /evil.example/",
        "",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([format!("/{}", "a".repeat(MAX_LOCAL_PATH_BYTES))])
    .collect()
}

/// The login page, asked to go on to `target` afterwards.
fn login_with_next(target: &str) -> String {
    format!("/login?next={}", tavolo::web::urlencode(target))
}

/// A 303 to exactly `expected`, the page's own default.
fn assert_stays(response: &reqwest::Response, expected: &str, target: &str) {
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{target:?}");
    assert_eq!(location(response), expected, "{target:?}");
}

#[tokio::test]
async fn login_goes_only_to_a_page_of_this_site() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;
    for target in hostile_targets() {
        let browser = new_client();
        let response = app
            .by(&browser)
            .post_form(
                "/login",
                &[
                    ("email", "ana@example.org"),
                    ("password", PASSWORD),
                    ("next", &target),
                ],
            )
            .await;
        assert_stays(&response, "/", &target);

        // Already logged in, the login page sends on at once.
        let response = app.by(&browser).get(&login_with_next(&target)).await;
        assert_stays(&response, "/", &target);
    }

    // A page of this site is still where one goes back to.
    let browser = new_client();
    let response = app
        .by(&browser)
        .post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "/consultations?page=2&theme=Casa%20nuova"),
            ],
        )
        .await;
    assert_stays(
        &response,
        "/consultations?page=2&theme=Casa%20nuova",
        "a page",
    );
}

#[tokio::test]
async fn the_login_form_does_not_carry_a_hostile_next() {
    let app = TestApp::spawn().await;
    for target in hostile_targets() {
        let response = app.by(&new_client()).get(&login_with_next(&target)).await;
        assert_eq!(response.status(), StatusCode::OK, "{target:?}");
        let html = response.text().await.unwrap();
        let form = &html[html.find("action=\"/login\"").expect("the login form")..];
        let next = crate::helpers::form_value(form, "next").unwrap_or_default();
        assert_eq!(next, "/", "{target:?}");
    }
}

#[tokio::test]
async fn the_language_switch_goes_only_to_a_page_of_this_site() {
    let app = TestApp::spawn().await;
    for target in hostile_targets() {
        let response = app
            .by(&new_client())
            .post_form("/language", &[("lang", "en"), ("next", &target)])
            .await;
        assert_stays(&response, "/", &target);
    }
    let response = app
        .by(&new_client())
        .post_form("/language", &[("lang", "en"), ("next", "/consultations")])
        .await;
    assert_stays(&response, "/consultations", "a page");
}

#[tokio::test]
async fn the_vote_form_goes_back_only_to_a_page_of_this_site() {
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
    let fallback = format!("/proposals/{id}#vote-{id}");
    for target in hostile_targets() {
        let response = app
            .by(&s.luca)
            .post_form(
                &format!("/proposals/{id}/vote"),
                &[("choice", "support"), ("back", &target)],
            )
            .await;
        assert_stays(&response, &fallback, &target);
    }
    let response = app
        .by(&s.luca)
        .post_form(
            &format!("/proposals/{id}/vote"),
            &[
                ("choice", "support"),
                ("back", "/consultations/casa/proposals?page=1"),
            ],
        )
        .await;
    assert_stays(
        &response,
        &format!("/consultations/casa/proposals?page=1#vote-{id}"),
        "a page",
    );
}

proptest! {
    /// Whatever it is given, `local_path` answers, and what it accepts is a path of this
    /// site, as a browser reads it: one leading `/`, no `\`, no control character, also
    /// once percent-decoded.
    #[test]
    fn local_path_accepts_only_paths_of_this_site(
        input in prop_oneof![
            any::<String>(),
            "(/|\\\\|%2[fF]|%5[cC]|%0[9aAdD]|%00|[a-z:. \t\r\n?#=&])*",
        ]
    ) {
        if let Some(path) = local_path(Some(&input)) {
            prop_assert_eq!(path, input.as_str());
            let decoded: Vec<u8> = percent_encoding::percent_decode_str(path).collect();
            for form in [path.as_bytes(), decoded.as_slice()] {
                prop_assert!(form.starts_with(b"/"));
                prop_assert!(!form.starts_with(b"//"));
                prop_assert!(!form.contains(&b'\\'));
                prop_assert!(!form.iter().any(u8::is_ascii_control));
            }
            prop_assert!(path.len() <= MAX_LOCAL_PATH_BYTES);
        }
    }
}

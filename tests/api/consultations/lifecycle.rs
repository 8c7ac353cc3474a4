//! A consultation's life: drafts seen by insiders, the form's problems, addresses from any script, archiving.

use reqwest::StatusCode;

use crate::helpers::{TestApp, location};

use super::{coordinator, create_consultation, publish};

#[tokio::test]
async fn a_coordinator_creates_a_draft_that_only_insiders_see_until_it_is_published() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa e lavoro", "casa-e-lavoro", "public").await;

    let console = app
        .by(&chiara)
        .get(&format!("/manage/consultations/{slug}"))
        .await;
    assert_eq!(console.status(), StatusCode::OK);
    let console = console.text().await.unwrap();
    assert!(console.contains("Consultazione creata come bozza"));
    assert!(console.contains("Bozza"));

    // A draft is hidden: no page, no listing.
    assert_eq!(
        app.get(&format!("/consultations/{slug}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(!app.get_html("/").await.contains("Casa e lavoro"));

    publish(&app, &chiara, &slug).await;
    let page = app.get_html(&format!("/consultations/{slug}")).await;
    assert!(page.contains("<h1><bdi>Casa e lavoro</bdi></h1>"));
    assert!(
        page.contains("<strong>together</strong>"),
        "Markdown is rendered"
    );
    assert!(!page.contains("<script>alert"), "and sanitised");
    assert!(app.get_html("/").await.contains("Casa e lavoro"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'consultation.published'")
            .await,
        1
    );
}

#[tokio::test]
async fn consultation_forms_name_their_problems() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let empty = app
        .by(&chiara)
        .post_form(
            "/manage/consultations/new",
            &[("title", ""), ("summary", ""), ("visibility", "public")],
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = empty.text().await.unwrap();
    assert!(html.contains("Scrivi un titolo."));
    assert!(html.contains("Scrivi una sintesi."));

    create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    let taken = app
        .by(&chiara)
        .post_form(
            "/manage/consultations/new",
            &[
                ("title", "Casa bis"),
                ("slug", "casa"),
                ("summary", "S"),
                ("visibility", "public"),
                ("themes", ""),
            ],
        )
        .await;
    assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = taken.text().await.unwrap();
    assert!(html.contains("Questo indirizzo è già usato"));
    assert!(html.contains("value=\"Casa bis\""), "the input is kept");

    let bad_slug = app
        .by(&chiara)
        .post_form(
            "/manage/consultations/new",
            &[
                ("title", "X"),
                ("slug", "Not A Slug!"),
                ("summary", "S"),
                ("visibility", "public"),
            ],
        )
        .await;
    assert_eq!(bad_slug.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_slug
            .text()
            .await
            .unwrap()
            .contains("può contenere solo lettere minuscole")
    );
}

#[tokio::test]
async fn a_title_in_arabic_or_chinese_gets_an_address_without_typing_one() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let mut addresses = Vec::new();
    for title in ["خدمات الاستقبال", "接待服务"] {
        let response = app
            .by(&chiara)
            .post_form(
                "/manage/consultations/new",
                &[
                    ("title", title),
                    ("slug", ""),
                    ("summary", "S"),
                    ("visibility", "public"),
                    ("themes", "السكن، العمل，住房"),
                ],
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "{title} is created"
        );
        let console = location(&response);
        let slug = console
            .strip_prefix("/manage/consultations/c-")
            .unwrap_or_else(|| panic!("an address made for {title}: {console}"));
        assert_eq!(slug.len(), 8, "{console}");
        let page = app.by(&chiara).get_html(&console).await;
        assert!(page.contains(title), "{console} is {title}'s console");
        addresses.push(console);
    }
    assert_ne!(addresses[0], addresses[1]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM theme").await,
        6,
        "three themes each: the Arabic and Chinese commas separate them"
    );
}

#[tokio::test]
async fn archiving_asks_first_and_keeps_the_page_readable() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Documenti", "documenti", "public").await;
    publish(&app, &chiara, &slug).await;

    let confirm = app
        .by(&chiara)
        .get(&format!(
            "/manage/consultations/{slug}/status?status=archived"
        ))
        .await;
    assert_eq!(confirm.status(), StatusCode::OK);
    assert!(
        confirm
            .text()
            .await
            .unwrap()
            .contains("Archiviare la consultazione?")
    );
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/status"),
            &[("status", "archived")],
        )
        .await;

    let page = app.get_html(&format!("/consultations/{slug}")).await;
    assert!(page.contains("Archiviata"));
    let list = app.get_html("/consultations").await;
    let closed = list.find("Concluse").expect("a finished section");
    assert!(
        list[closed..].contains("Documenti"),
        "archived consultations are listed as finished"
    );
}

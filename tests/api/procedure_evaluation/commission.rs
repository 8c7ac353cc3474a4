//! The commission named by address, removed before any score; the projects of the admitted
//! organisations; opening the evaluation.

use reqwest::StatusCode;

use super::{SLUG, Setup};
use crate::helpers::TestApp;

#[tokio::test]
async fn managers_name_the_commission_by_address_and_remove_a_member_before_any_score() {
    let app = TestApp::spawn().await;
    let setup = Setup::new(&app).await;
    let page = format!("/manage/procedures/{SLUG}/commission");
    for (email, message) in [
        (
            "nessuno@example.org",
            "Nessun account ha questo indirizzo email",
        ),
        ("", "Scrivi l&#39;indirizzo email di un account"),
    ] {
        let response = app
            .by(&setup.chiara)
            .post_form(&page, &[("email", email)])
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = response.text().await.unwrap();
        assert!(html.contains("error-summary"), "{html}");
        assert!(html.contains(message), "{html}");
        assert!(html.contains(&format!("value=\"{email}\"")));
    }
    setup.name_member("anna@example.org").await;
    setup.name_member("bruno@example.org").await;
    let again = app
        .by(&setup.chiara)
        .post_form(&page, &[("email", "ANNA@example.org")])
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("fa già parte della commissione")
    );
    let html = app.by(&setup.chiara).get_html(&page).await;
    assert!(html.contains("Anna Commissaria") && html.contains("bruno@example.org"));

    let bruno: i64 = app
        .count("SELECT id FROM \"user\" WHERE email = 'bruno@example.org'")
        .await;
    let remove = format!("/manage/procedures/{SLUG}/commission/{bruno}/remove");
    let confirm = app.by(&setup.chiara).get_html(&remove).await;
    assert!(confirm.contains("Bruno Commissario") && confirm.contains("non farà più parte"));
    let response = app.by(&setup.chiara).post_form(&remove, &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        !app.by(&setup.chiara)
            .get_html(&page)
            .await
            .contains("Bruno Commissario")
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'procedure.commission_member_%'"
        )
        .await,
        3
    );

    // Once a member has scored, the commission stays as it is.
    setup.name_member("bruno@example.org").await;
    let open = format!("/manage/procedures/{SLUG}/evaluation/open");
    assert_eq!(
        app.by(&setup.chiara).post_form(&open, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    let anna = app.client_for("anna@example.org").await;
    let scored = setup.score(&anna, setup.aurora, ["5", "5", "5"]).await;
    assert_eq!(scored.status(), StatusCode::SEE_OTHER);
    let refused = app.by(&setup.chiara).post_form(&remove, &[]).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("ci sono già dei voti")
    );
    let late = app
        .by(&setup.chiara)
        .post_form(&page, &[("email", "oscar@example.org")])
        .await;
    assert_eq!(late.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_representative_of_an_admitted_organisation_writes_the_project_until_the_evaluation_opens()
 {
    let app = TestApp::spawn().await;
    let setup = Setup::new(&app).await;
    let path = format!("/procedures/{SLUG}/project");
    let rita = app.client_for("rita@example.org").await;
    let html = app.by(&rita).get_html(&path).await;
    assert!(html.contains("Cooperativa Aurora") && html.contains("value=\"Case aperte\""));

    let empty = app
        .by(&rita)
        .post_form(&path, &[("title", " "), ("text", "Solo testo")])
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = empty.text().await.unwrap();
    assert!(html.contains("Scrivi il titolo del progetto") && html.contains("Solo testo"));

    let saved = app
        .by(&rita)
        .post_form(
            &path,
            &[
                ("title", "Case aperte, seconda versione"),
                ("text", "Tre fasi.\n\nQuattro partner."),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert!(
        app.by(&rita)
            .get_html(&path)
            .await
            .contains("Case aperte, seconda versione")
    );

    // A member who does not represent it, the excluded organisation's representative.
    for email in ["marco@example.org", "elsa@example.org", "oscar@example.org"] {
        let client = app.client_for(email).await;
        let response = app.by(&client).get(&path).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{email}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Solo chi rappresenta un ente ammesso")
        );
    }

    // Without a commission the evaluation cannot open; with one it does, and closes projects.
    let open = format!("/manage/procedures/{SLUG}/evaluation/open");
    let html = app.by(&setup.chiara).get_html(&open).await;
    assert!(
        html.contains("nomina almeno un componente") && !html.contains("Sì, apri la valutazione")
    );
    let refused = app.by(&setup.chiara).post_form(&open, &[]).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    setup.name_member("anna@example.org").await;
    assert!(
        app.by(&setup.chiara)
            .get_html(&open)
            .await
            .contains("Sì, apri la valutazione")
    );
    assert_eq!(
        app.by(&setup.chiara).post_form(&open, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    let late = app
        .by(&rita)
        .post_form(&path, &[("title", "Troppo tardi"), ("text", "Testo")])
        .await;
    assert_eq!(late.status(), StatusCode::FORBIDDEN);
    assert!(
        late.text()
            .await
            .unwrap()
            .contains("Le proposte progettuali sono chiuse")
    );
    assert!(
        app.by(&rita)
            .get_html(&path)
            .await
            .contains("Case aperte, seconda versione")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.evaluation_opened'")
            .await,
        1
    );
}

//! Who may export and who may publish; open data going away while a round is open again.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::location;

use super::{COORDINATOR, FACILITATOR, PARTICIPANT, demo_app, export_path, identities, read_zip};

#[tokio::test]
async fn facilitators_export_and_only_coordinators_publish_closed_outcomes() {
    let app = demo_app().await;
    // Nobody but the consultation's people may export.
    let response = app.get("/manage/consultations/demo/outcomes").await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let participant = app.client_for_demo(PARTICIPANT).await;
    for path in [
        "/manage/consultations/demo/outcomes".to_owned(),
        export_path("demo", "csv"),
    ] {
        let response = app.by(&participant).get(&path).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let facilitator = app.client_for_demo(FACILITATOR).await;
    let page = app
        .by(&facilitator)
        .get_html("/manage/consultations/demo/outcomes")
        .await;
    assert!(page.contains("/outcomes/download/xlsx"));
    assert!(
        !page.contains("/outcomes/privacy"),
        "no privacy form for facilitators"
    );
    let response = app.by(&facilitator).get(&export_path("demo", "pdf")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND, "unknown format");
    let response = app.by(&facilitator).get(&export_path("demo", "xlsx")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"demo-outcomes.xlsx\""
    );
    let console = app
        .by(&facilitator)
        .get_html("/manage/consultations/demo")
        .await;
    assert!(
        console.contains("/manage/consultations/demo/outcomes"),
        "linked from the console"
    );

    // A facilitator cannot publish; a coordinator cannot publish a running consultation.
    let response = app
        .by(&facilitator)
        .post_form("/manage/consultations/demo/outcomes/publish", &[])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let response = app
        .by(&coordinator)
        .get("/manage/consultations/demo/outcomes/publish")
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(response.text().await.unwrap().contains("fasi sono chiuse"));
    assert_eq!(
        app.get("/consultations/demo/outcomes.json").await.status(),
        StatusCode::NOT_FOUND
    );

    // The closed demo consultation's outcomes are open data: anyone downloads them.
    let page = app.get_html("/consultations/sportelli").await;
    assert!(page.contains("/consultations/sportelli/outcomes.json"));
    assert!(page.contains("/consultations/sportelli/outcomes.zip"));
    let response = app.get("/consultations/sportelli/outcomes.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    let open: Value = response.json().await.unwrap();
    assert_eq!(open["consultation"]["pseudonymised"], true);
    assert!(!open["proposals"].as_array().unwrap().is_empty());
    assert!(
        open["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["public"] == true)
    );
    let text = serde_json::to_string(&open).unwrap();
    for identity in identities(&app).await {
        assert!(
            !text.contains(identity.as_str()),
            "open data shows {identity}"
        );
    }
    let zip = app.get("/consultations/sportelli/outcomes.zip").await;
    assert_eq!(zip.status(), StatusCode::OK);
    let tables = read_zip(&zip.bytes().await.unwrap());
    assert_eq!(tables.len(), 11);
    assert!(tables["meetings"].1.is_empty() && tables["commitments"].1.is_empty());
    assert!(tables["documents"].1.is_empty());
    // Asking for names in open data changes nothing.
    let response = app
        .get("/consultations/sportelli/outcomes.json?names=1")
        .await;
    let again: Value = response.json().await.unwrap();
    assert_eq!(again["consultation"]["pseudonymised"], true);

    // Withdrawn, then published again after confirming.
    let page = app
        .by(&coordinator)
        .get_html("/manage/consultations/sportelli/outcomes")
        .await;
    assert!(page.contains("/outcomes/withdraw"));
    let response = app
        .by(&coordinator)
        .post_form("/manage/consultations/sportelli/outcomes/withdraw", &[])
        .await;
    assert_eq!(
        location(&response),
        "/manage/consultations/sportelli/outcomes"
    );
    assert_eq!(
        app.get("/consultations/sportelli/outcomes.json")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(
        !app.get_html("/consultations/sportelli")
            .await
            .contains("outcomes.json")
    );
    let confirm = app
        .by(&coordinator)
        .get_html("/manage/consultations/sportelli/outcomes/publish")
        .await;
    assert!(confirm.contains("Pubblicare gli esiti come dati aperti?"));
    let response = app
        .by(&coordinator)
        .post_form("/manage/consultations/sportelli/outcomes/publish", &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/consultations/sportelli/outcomes.json")
            .await
            .status(),
        StatusCode::OK
    );
    // Once published, the confirmation page sends back to the outcomes page.
    let response = app
        .by(&coordinator)
        .get("/manage/consultations/sportelli/outcomes/publish")
        .await;
    assert_eq!(
        location(&response),
        "/manage/consultations/sportelli/outcomes"
    );
    // Checking a link (HEAD) runs no export.
    let exports_before = app
        .count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.exported'",
        )
        .await;
    let head = app
        .client
        .head(app.url("/consultations/sportelli/outcomes.zip"))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(head.headers()["content-type"], "application/zip");
    let head = coordinator
        .head(app.url(&export_path("sportelli", "json")))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.exported'"
        )
        .await,
        exports_before,
        "a HEAD request is not an export"
    );
    for action in ["outcomes.withdrawn", "outcomes.published"] {
        assert_eq!(
            app.count(&format!(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = '{action}'"
            ))
            .await,
            1,
            "{action}"
        );
    }
}

#[tokio::test]
async fn open_data_goes_away_while_a_round_is_open_again() {
    let app = demo_app().await;
    let sessions = app
        .count("SELECT CAST(COUNT(*) AS BIGINT) FROM session")
        .await;
    for path in [
        "/consultations/sportelli/outcomes.json",
        "/consultations/sportelli/outcomes.zip",
    ] {
        assert_eq!(app.get(path).await.status(), StatusCode::OK, "{path}");
    }
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM session")
            .await,
        sessions,
        "downloading open data opens no session"
    );
    use sea_orm::ConnectionTrait;
    app.db()
        .execute_unprepared(
            "UPDATE round SET state = 'open' WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'sportelli')",
        )
        .await
        .unwrap();
    for path in [
        "/consultations/sportelli/outcomes.json",
        "/consultations/sportelli/outcomes.zip",
    ] {
        assert_eq!(
            app.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert!(
        !app.get_html("/consultations/sportelli")
            .await
            .contains("outcomes.json"),
        "no links to files that are not there"
    );
}

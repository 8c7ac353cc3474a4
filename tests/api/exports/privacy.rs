//! Pseudonymisation: nobody named unless the consultation allows it; hidden proposals.

use reqwest::StatusCode;
use serde_json::Value;

use super::{COORDINATOR, FACILITATOR, demo_app, download, export_path, identities, text_of};

#[tokio::test]
async fn exports_name_nobody_unless_the_consultation_allows_it() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let people = identities(&app).await;
    for format in ["csv", "json", "xlsx", "html"] {
        // Asking for names changes nothing while the consultation does not allow them.
        for path in [
            export_path("demo", format),
            format!("{}?names=1", export_path("demo", format)),
        ] {
            let text = text_of(format, &download(&app, &coordinator, &path).await);
            for identity in &people {
                assert!(!text.contains(identity.as_str()), "{path} shows {identity}");
            }
        }
    }
    let json: Value =
        serde_json::from_slice(&download(&app, &coordinator, &export_path("demo", "json")).await)
            .unwrap();
    let proposals = json["proposals"].as_array().unwrap();
    // Stable pseudonyms: one author, one pseudonym, in every export.
    let again: Value =
        serde_json::from_slice(&download(&app, &coordinator, &export_path("demo", "json")).await)
            .unwrap();
    assert_eq!(json["proposals"], again["proposals"]);
    assert!(
        proposals
            .iter()
            .filter_map(|p| p["author"].as_str())
            .all(|a| a.starts_with("P-") && a.len() == 12)
    );

    // A coordinator allows names; facilitators can then ask for them.
    let page = app
        .by(&coordinator)
        .get_html("/manage/consultations/demo/outcomes")
        .await;
    assert!(page.contains("export_names"), "the privacy setting");
    let response = app
        .by(&coordinator)
        .post_form(
            "/manage/consultations/demo/outcomes/privacy",
            &[("export_names", "on")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let facilitator = app.client_for_demo(FACILITATOR).await;
    let named: Value = serde_json::from_slice(
        &download(
            &app,
            &facilitator,
            &format!("{}?names=1", export_path("demo", "json")),
        )
        .await,
    )
    .unwrap();
    assert_eq!(named["consultation"]["pseudonymised"], false);
    let first = named["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["recorded_in_person"] == false && p["author"].is_string())
        .unwrap();
    let author_name = first["author_name"].as_str().expect("a name");
    assert!(people.iter().any(|p| p == author_name));
    let named_text = serde_json::to_string(&named).unwrap();
    for email in people.iter().filter(|p| p.contains('@')) {
        assert!(!named_text.contains(email.as_str()), "never an email");
    }
    // Without asking, still pseudonymised.
    let plain: Value =
        serde_json::from_slice(&download(&app, &facilitator, &export_path("demo", "json")).await)
            .unwrap();
    assert_eq!(plain["consultation"]["pseudonymised"], true);
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'consultation.privacy_changed'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn a_hidden_proposal_keeps_its_place_but_not_its_text_or_its_comments_text() {
    let app = demo_app().await;
    let facilitator = app.client_for_demo(FACILITATOR).await;
    // The demo proposal with the most comments.
    let proposal = app
        .count(
            "SELECT id FROM proposal WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'demo') ORDER BY comments_count DESC, id LIMIT 1",
        )
        .await;
    let before: Value =
        serde_json::from_slice(&download(&app, &facilitator, &export_path("demo", "json")).await)
            .unwrap();
    let comment_texts: Vec<String> = before["comments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["proposal_id"] == proposal)
        .filter_map(|c| c["body"].as_str().map(str::to_owned))
        .collect();
    assert!(!comment_texts.is_empty(), "the proposal has comments");
    let response = app
        .by(&facilitator)
        .post_form(
            "/manage/consultations/demo/moderation",
            &[
                ("kind", "proposal"),
                ("id", &proposal.to_string()),
                ("decision", "hide"),
                ("reason", "Dati personali di terzi"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for format in ["json", "csv", "xlsx", "html"] {
        let text = text_of(
            format,
            &download(&app, &facilitator, &export_path("demo", format)).await,
        );
        for comment in &comment_texts {
            assert!(!text.contains(comment.as_str()), "{format} shows {comment}");
        }
    }
    let after: Value =
        serde_json::from_slice(&download(&app, &facilitator, &export_path("demo", "json")).await)
            .unwrap();
    let row = after["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["proposal_id"] == proposal)
        .expect("still listed");
    assert_eq!(row["state"], "hidden");
    assert_eq!(row["title"], Value::Null);
    assert_eq!(row["body"], Value::Null);
    assert_eq!(row["state_reason"], "Dati personali di terzi");
    assert_eq!(
        after["comments"].as_array().unwrap().len(),
        before["comments"].as_array().unwrap().len(),
        "its comments keep their rows"
    );
}

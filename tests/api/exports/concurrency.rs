//! Exports and publications while other people act at the same time.

use reqwest::StatusCode;
use serde_json::Value;

use super::{COORDINATOR, PARTICIPANT, demo_app, download, export_path};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_export_taken_while_people_comment_adds_up() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let proposal = app
        .count(
            "SELECT MIN(id) FROM proposal WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'demo') AND state = 'published'",
        )
        .await;
    let commenter = app.client_for_demo(PARTICIPANT).await;
    assert!(
        app.by(&commenter)
            .get_html(&format!("/proposals/{proposal}"))
            .await
            .contains("name=\"body\""),
        "the comment form"
    );
    let comments = async {
        for n in 0..25 {
            let response = app
                .by(&commenter)
                .post_form(
                    &format!("/proposals/{proposal}/comments"),
                    &[
                        ("body", &format!("Commento numero {n}")),
                        ("stance", "for"),
                        ("parent_id", ""),
                    ],
                )
                .await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
        }
    };
    let exports = async {
        let mut taken = Vec::new();
        for _ in 0..5 {
            let bytes = download(&app, &coordinator, &export_path("demo", "json")).await;
            taken.push(serde_json::from_slice::<Value>(&bytes).unwrap());
        }
        taken
    };
    let ((), taken) = tokio::join!(comments, exports);
    for json in taken {
        // Each proposal's count of published comments equals its published comment rows.
        for p in json["proposals"].as_array().unwrap() {
            let rows = json["comments"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["proposal_id"] == p["proposal_id"] && c["state"] == "published")
                .count();
            assert_eq!(
                p["comments_count"], rows as i64,
                "proposal {}",
                p["proposal_id"]
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_coordinators_publishing_at_once_publish_once() {
    let app = demo_app().await;
    let coordinator = app.client_for_demo(COORDINATOR).await;
    let response = app
        .by(&coordinator)
        .post_form("/manage/consultations/sportelli/outcomes/withdraw", &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let clients = [
        app.client_for_demo(COORDINATOR).await,
        app.client_for_demo(COORDINATOR).await,
        app.client_for_demo(COORDINATOR).await,
        app.client_for_demo(COORDINATOR).await,
    ];
    let answers = futures::future::join_all(clients.iter().map(|client| {
        app.by(client)
            .post_form("/manage/consultations/sportelli/outcomes/publish", &[])
    }))
    .await;
    for response in answers {
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'outcomes.published'"
        )
        .await,
        1,
        "published once, logged once"
    );
    assert_eq!(
        app.get("/consultations/sportelli/outcomes.json")
            .await
            .status(),
        StatusCode::OK
    );
}

//! A member sending the same sheet eight times at once gets one set of scores.

use futures::future::join_all;
use reqwest::StatusCode;

use super::Setup;
use crate::helpers::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_sheets_of_one_member_at_once_make_one_set_of_scores() {
    let app = TestApp::spawn().await;
    let setup = Setup::in_evaluation(&app).await;
    let anna = app.client_for("anna@example.org").await;
    let attempts = (0..8).map(|_| setup.score(&anna, setup.aurora, ["7", "8", "9"]));
    let responses = join_all(attempts).await;
    let statuses: Vec<StatusCode> = responses.iter().map(reqwest::Response::status).collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::FORBIDDEN)
            .count(),
        7,
        "{statuses:?}"
    );
    for response in responses {
        if response.status() == StatusCode::FORBIDDEN {
            assert!(
                response
                    .text()
                    .await
                    .unwrap()
                    .contains("Hai già valutato questa proposta")
            );
        }
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM procedure_score WHERE application_id = {}",
            setup.aurora
        ))
        .await,
        3
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.scored'")
            .await,
        1
    );
}

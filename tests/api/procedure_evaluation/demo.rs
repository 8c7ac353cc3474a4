//! The demo's procedure: in its evaluation phase, with an excluded application, a session's
//! minutes and one member of two having scored; seeding again adds nothing.

use reqwest::StatusCode;

use crate::helpers::{TestApp, new_client};

#[tokio::test]
async fn the_demo_procedure_is_in_its_evaluation_with_partial_scores() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM procedure").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM procedure_score").await, 3);
    let record = app
        .by(&new_client())
        .get_html("/procedures/accoglienza-diffusa/record")
        .await;
    assert!(record.contains("Cooperativa sociale Aurora") && record.contains("Ente escluso"));
    assert!(
        record.contains("Associazione Ponti di Parole")
            && record.contains("non risultava ancora verificata")
    );
    assert!(record.contains("Verbale</a>") && record.contains("Valutazione aperta"));
    assert!(!record.contains("Esito della valutazione"));

    let scored = app.client_for_demo("institution@demo.test").await;
    let overview = app
        .by(&scored)
        .get_html("/procedures/accoglienza-diffusa/evaluation")
        .await;
    assert!(overview.contains("Valutata da te"));
    let waiting = app.client_for_demo("voter-i1@demo.test").await;
    let overview = app
        .by(&waiting)
        .get_html("/procedures/accoglienza-diffusa/evaluation")
        .await;
    assert!(overview.contains("Da valutare"));
    let facilitator = app.client_for_demo("facilitator@demo.test").await;
    let publish = app
        .by(&facilitator)
        .get("/manage/procedures/accoglienza-diffusa/evaluation/publish")
        .await;
    assert_eq!(publish.status(), StatusCode::OK);
    assert!(
        publish
            .text()
            .await
            .unwrap()
            .contains("Non tutti i componenti")
    );
}

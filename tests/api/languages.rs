//! Languages in pages: numbers written as each language writes them.

use crate::helpers::{TestApp, new_client};

async fn page_in(app: &TestApp, language: &str, path: &str) -> String {
    new_client()
        .get(app.url(path))
        .header("accept-language", language)
        .send()
        .await
        .expect("the page answers")
        .text()
        .await
        .expect("a body")
}

#[tokio::test]
async fn results_write_percentages_as_each_language_does() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    // "Corsi di italiano la sera" has a cross-group support of 75%.
    let italian = page_in(&app, "it", "/consultations/demo/results").await;
    assert!(italian.contains(">75%<"), "Italian: no space");
    assert!(!italian.contains("75\u{a0}%"));
    let french = page_in(&app, "fr", "/consultations/demo/results").await;
    assert!(
        french.contains(">75\u{a0}%<"),
        "French: a no-break space before the sign"
    );
    assert!(!french.contains(">75%<"));
    let arabic = page_in(&app, "ar", "/consultations/demo/results").await;
    assert!(
        arabic.contains(">75\u{200e}%\u{200e}<"),
        "Arabic: marks that keep the sign beside its number"
    );
}

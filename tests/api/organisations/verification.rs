//! Coordinators verify organisations from the console and may withdraw it; nobody else may.

use reqwest::StatusCode;

use super::{register, someone};
use crate::{
    consultations::coordinator,
    helpers::{TestApp, location, new_client},
};

#[tokio::test]
async fn only_coordinators_verify_from_the_console() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let org = register(&app, &maria, "Cooperativa Aurora").await;
    let verify = "/manage/organisations/cooperativa-aurora/verify";

    let anonymous = new_client();
    let response = app.by(&anonymous).get("/manage/organisations").await;
    assert!(location(&response).starts_with("/login"));
    for (path, status) in [
        (
            "/manage/organisations",
            app.by(&maria).get("/manage/organisations").await.status(),
        ),
        (verify, app.by(&maria).post_form(verify, &[]).await.status()),
    ] {
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
    assert!(app.get_html(&org).await.contains("Non verificata"));

    let chiara = coordinator(&app).await;
    let console = app.by(&chiara).get_html("/manage/organisations").await;
    assert!(console.contains("Da verificare") && console.contains(&format!("action=\"{verify}\"")));
    let verified = app.by(&chiara).post_form(verify, &[]).await;
    assert_eq!(location(&verified), "/manage/organisations");
    let page = app.get_html(&org).await;
    assert!(page.contains("Verificata") && !page.contains("Non verificata"));
    let list = app.get_html("/organisations").await;
    assert!(list.contains("badge--verified"));

    let unverify = "/manage/organisations/cooperativa-aurora/unverify";
    assert_eq!(
        app.by(&maria).post_form(unverify, &[]).await.status(),
        StatusCode::FORBIDDEN
    );
    app.by(&chiara).post_form(unverify, &[]).await;
    assert!(app.get_html(&org).await.contains("Non verificata"));
    for action in ["organisation.verified", "organisation.unverified"] {
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
            ))
            .await,
            1,
            "{action}"
        );
    }
}

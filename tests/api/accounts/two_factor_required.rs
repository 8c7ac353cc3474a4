//! Two-factor login required of coordinators and facilitators (a coordinator's setting):
//! they are sent to set it up at login, before anything else; participants are not asked.

use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use super::two_factor::{code_now, secret_on};
use crate::helpers::{PASSWORD, TestApp, form_value, location, new_client};

/// A form posted with the token of the page the browser is kept on.
async fn post_from(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let html = app.by(client).get_html(page).await;
    let token = form_value(&html, "_csrf").expect("a form token");
    let mut fields = fields.to_vec();
    fields.push(("_csrf", &token));
    client
        .post(app.url(path))
        .form(&fields)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_coordinator_can_require_it_of_coordinators_and_facilitators() {
    let app = TestApp::spawn().await;
    app.create_account(
        "coord@example.org",
        "Carla",
        StakeholderGroup::Institution,
        PlatformRole::Coordinator,
        true,
    )
    .await;
    app.create_account(
        "ana@example.org",
        "Ana",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    let carla = app.client_for("coord@example.org").await;
    let page = app.by(&carla).get_html("/manage/accounts").await;
    assert!(page.contains("Coordinatori e facilitatori devono usare"));
    let participant = app.client_for("ana@example.org").await;
    let forbidden = app
        .by(&participant)
        .post_form("/manage/two-factor", &[("required", "staff")])
        .await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    let saved = app
        .by(&carla)
        .post_form("/manage/two-factor", &[("required", "staff")])
        .await;
    assert_eq!(location(&saved), "/manage/accounts");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'settings.two_factor_requirement'"
        )
        .await,
        1
    );

    // Participants are not asked.
    let ana = new_client();
    assert_eq!(
        location(&app.by(&ana).login("ana@example.org", PASSWORD).await),
        "/"
    );
    assert_eq!(app.by(&ana).get("/account").await.status(), StatusCode::OK);

    // A coordinator logging in is sent to set it up, and cannot do anything else first.
    let laptop = new_client();
    let login = app.by(&laptop).login("coord@example.org", PASSWORD).await;
    assert_eq!(location(&login), "/account/two-factor");
    for path in ["/manage", "/account", "/"] {
        let detour = app.by(&laptop).get(path).await;
        assert_eq!(location(&detour), "/account/two-factor", "{path}");
    }
    let html = app.by(&laptop).get_html("/account/two-factor").await;
    assert!(html.contains("Attivalo ora"));
    post_from(
        &app,
        &laptop,
        "/account/two-factor",
        "/account/two-factor/start",
        &[],
    )
    .await;
    let html = app.by(&laptop).get_html("/account/two-factor").await;
    let secret = secret_on(&html);
    let code = code_now(&app, &secret);
    let confirmed = post_from(
        &app,
        &laptop,
        "/account/two-factor",
        "/account/two-factor/confirm",
        &[("code", &code)],
    )
    .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert_eq!(
        app.by(&laptop).get("/manage").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn facilitators_are_asked_too_and_the_demo_password_still_works() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    tavolo::accounts::two_factor::store::set_required_for_staff(app.db(), true)
        .await
        .unwrap();
    let marco = new_client();
    let login = app
        .by(&marco)
        .login("facilitator@demo.test", "demo-demo-demo")
        .await;
    assert_eq!(location(&login), "/account/two-factor");
    assert_eq!(
        location(&app.by(&marco).get("/manage/consultations/demo").await),
        "/account/two-factor"
    );
    let amina = new_client();
    let login = app
        .by(&amina)
        .login("beneficiary@demo.test", "demo-demo-demo")
        .await;
    assert_eq!(location(&login), "/");
}

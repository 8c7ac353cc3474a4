//! The coordinator area: accounts and the audit log.

use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{coordinator, create_consultation},
    helpers::TestApp,
};

#[tokio::test]
async fn coordinators_change_a_persons_group_and_role_and_it_is_logged() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let ana = app
        .create_account(
            "ana@example.org",
            "Ana",
            StakeholderGroup::Other,
            PlatformRole::Participant,
            true,
        )
        .await;

    let list = app.by(&chiara).get_html("/manage/accounts").await;
    assert!(list.contains("ana@example.org"));
    assert!(list.contains("2 account"));
    let search = app.by(&chiara).get_html("/manage/accounts?q=ana").await;
    assert!(search.contains("ana@example.org") && !search.contains("chiara@example.org"));

    let saved = app
        .by(&chiara)
        .post_form(
            &format!("/manage/accounts/{ana}"),
            &[
                ("stakeholder_group", "beneficiary"),
                ("role", "coordinator"),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\" WHERE stakeholder_group = 'beneficiary' AND role = 'coordinator'").await, 1);

    let audit = app.by(&chiara).get_html("/manage/audit").await;
    assert!(audit.contains("Gruppo dell&#39;account cambiato") || audit.contains("Gruppo dell"));
    assert!(audit.contains("Ruolo dell"));
    assert!(
        audit.contains("&#34;before&#34;:&#34;other&#34;")
            || audit.contains("&quot;before&quot;:&quot;other&quot;"),
        "before and after are shown"
    );

    // No coordinator can demote themself by mistake.
    let chiara_id = app
        .count("SELECT id FROM \"user\" WHERE email = 'chiara@example.org'")
        .await;
    app.by(&chiara)
        .post_form(
            &format!("/manage/accounts/{chiara_id}"),
            &[
                ("stakeholder_group", "institution"),
                ("role", "participant"),
            ],
        )
        .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM \"user\" WHERE id = {chiara_id} AND role = 'coordinator'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn the_audit_log_is_paged_and_each_consultation_has_its_own() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    for n in 0..55 {
        create_consultation(
            &app,
            &chiara,
            &format!("Consultazione {n}"),
            &format!("c-{n}"),
            "public",
        )
        .await;
    }
    let first = app.by(&chiara).get_html("/manage/audit").await;
    assert!(first.contains("Pagina 1 di 2"));
    assert_eq!(first.matches("<td>Consultazione creata</td>").count(), 50);
    let second = app.by(&chiara).get_html("/manage/audit?page=2").await;
    assert_eq!(second.matches("<td>Consultazione creata</td>").count(), 5);

    let own = app
        .by(&chiara)
        .get_html("/manage/consultations/c-3/audit")
        .await;
    assert_eq!(own.matches("<td>Consultazione creata</td>").count(), 1);
}

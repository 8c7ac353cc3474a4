//! Who may answer, and when: logged out, unverified, another group, before opening and
//! after closing, drafts and invite-only consultations.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use super::{post, section};
use crate::{helpers::TestApp, surveys::Fixture};

#[tokio::test]
async fn who_may_answer_and_when() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "chi-risponde", false).await;
    let show = format!("/surveys/{}", f.survey_id);
    let page = app.get_html(&show).await;
    assert!(
        page.contains("Per farlo devi accedere."),
        "logged out: the reason"
    );
    assert!(!page.contains("Inizia a rispondere"));
    assert_eq!(
        app.get(&section(&f, 1)).await.status(),
        StatusCode::SEE_OTHER
    );

    app.create_account(
        "nuovo@example.org",
        "Nuovo",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        false,
    )
    .await;
    let unverified = app.client_for("nuovo@example.org").await;
    assert_eq!(
        app.by(&unverified).get(&section(&f, 1)).await.status(),
        StatusCode::FORBIDDEN
    );

    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let db = app.db();
    let set = |sql: String| async move {
        db.execute_unprepared(&sql)
            .await
            .expect("the statement runs");
    };
    set(format!(
        "UPDATE survey SET groups = 'institution' WHERE id = {}",
        f.survey_id
    ))
    .await;
    let refused = app.by(&ana).get(&section(&f, 1)).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("rivolto ad altri gruppi")
    );
    set(format!(
        "UPDATE survey SET groups = 'beneficiary' WHERE id = {}",
        f.survey_id
    ))
    .await;
    assert_eq!(
        app.by(&ana).get(&section(&f, 1)).await.status(),
        StatusCode::OK
    );

    app.advance_clock(TimeDelta::hours(-2));
    assert!(
        app.by(&ana)
            .get_html(&show)
            .await
            .contains("non è ancora aperto")
    );
    assert_eq!(
        app.by(&ana).get(&section(&f, 1)).await.status(),
        StatusCode::FORBIDDEN
    );
    app.advance_clock(TimeDelta::days(9));
    assert!(
        app.by(&ana)
            .get_html(&show)
            .await
            .contains("Questo questionario è chiuso.")
    );
    let yes = f.option(&app, "helped", "Sì").await.to_string();
    let (status, _) = post(
        &app,
        &ana,
        &section(&f, 1),
        &[(&format!("q{}", f.q["helped"]), &yes)],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "closed: nothing is saved");
    app.advance_clock(TimeDelta::days(-9) + TimeDelta::hours(2));

    set(format!(
        "UPDATE survey SET status = 'draft' WHERE id = {}",
        f.survey_id
    ))
    .await;
    assert_eq!(
        app.by(&ana).get(&show).await.status(),
        StatusCode::NOT_FOUND
    );
    let list = app
        .by(&ana)
        .get_html(&format!("/consultations/{}/surveys", f.slug))
        .await;
    assert!(
        list.contains("non ha ancora questionari"),
        "drafts are not listed"
    );
    assert_eq!(app.by(&f.chiara).get(&show).await.status(), StatusCode::OK);
    let list = app
        .by(&f.chiara)
        .get_html(&format!("/consultations/{}/surveys", f.slug))
        .await;
    assert!(
        list.contains("Bozza"),
        "drafts are marked for those who manage them"
    );
    set(format!(
        "UPDATE survey SET status = 'published' WHERE id = {}",
        f.survey_id
    ))
    .await;

    set(format!(
        "UPDATE consultation SET visibility = 'invite_only' WHERE id = {}",
        f.consultation_id
    ))
    .await;
    assert_eq!(
        app.by(&ana).get(&show).await.status(),
        StatusCode::NOT_FOUND
    );
    let list = app
        .by(&ana)
        .get(&format!("/consultations/{}/surveys", f.slug))
        .await;
    assert_eq!(list.status(), StatusCode::NOT_FOUND);
}

//! Registering, the waiting list, withdrawing, and what facilitators see of people's needs.

use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use super::{Setup, register};
use crate::helpers::TestApp;

#[tokio::test]
async fn a_full_meeting_has_a_waiting_list_that_moves_up_with_an_email() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "iscrizioni", "public").await;
    let id = s.meeting("Tavolo salute", "2", 6).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let bo = app
        .person("bo@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let cem = app
        .person("cem@example.org", StakeholderGroup::Beneficiary, "en")
        .await;
    let dan = app
        .person("dan@example.org", StakeholderGroup::Beneficiary, "it")
        .await;

    let needs = app
        .by(&ana)
        .post_form(
            &format!("/meetings/{id}/register"),
            &[
                ("interpreter_language", "Arabo"),
                ("childcare", "on"),
                ("accessibility_note", "Sedia a rotelle"),
            ],
        )
        .await;
    assert_eq!(needs.status(), StatusCode::SEE_OTHER);
    let page = app.by(&ana).get_html(&format!("/meetings/{id}")).await;
    assert!(page.contains("Sei iscritto o iscritta."));
    assert!(page.contains("Resta un posto."));
    assert!(
        !page.contains("Sedia a rotelle"),
        "needs are not on the public page"
    );
    assert_eq!(register(&app, &ana, id).await, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_registration")
            .await,
        1,
        "registering twice changes nothing"
    );
    assert_eq!(register(&app, &bo, id).await, StatusCode::SEE_OTHER);
    let full = app.by(&cem).get_html(&format!("/meetings/{id}")).await;
    assert!(full.contains("No places left."), "{full}");
    assert!(full.contains("Join the waiting list"));
    assert_eq!(register(&app, &cem, id).await, StatusCode::SEE_OTHER);
    assert_eq!(register(&app, &dan, id).await, StatusCode::SEE_OTHER);
    let waiting = app.by(&dan).get_html(&format!("/meetings/{id}")).await;
    assert!(
        waiting.contains("Sei in lista d&#39;attesa, al numero 2.")
            || waiting.contains("Sei in lista d'attesa, al numero 2."),
        "{waiting}"
    );

    let list = app
        .by(&s.chiara)
        .get_html(&format!("/manage/meetings/{id}/registrations"))
        .await;
    assert!(list.contains("2 persone iscritte"));
    assert!(list.contains("2 persone in attesa"));
    assert!(list.contains("Spazio bambini per una persona"));
    assert!(list.contains("Sedia a rotelle"));
    assert!(
        list.contains("Interpretariato in <bdi>Arabo</bdi>"),
        "{list}"
    );
    assert_eq!(
        app.by(&bo)
            .get(&format!("/manage/meetings/{id}/registrations"))
            .await
            .status(),
        StatusCode::FORBIDDEN,
        "needs are for facilitators only"
    );

    let withdrawn = app
        .by(&ana)
        .post_form(&format!("/meetings/{id}/withdraw"), &[])
        .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    let promoted = app.by(&cem).get_html(&format!("/meetings/{id}")).await;
    assert!(promoted.contains("You are registered."), "{promoted}");
    let next = app.by(&dan).get_html(&format!("/meetings/{id}")).await;
    assert!(next.contains("sei la prossima persona"));
    let email = app.last_email_to("cem@example.org").await;
    assert!(
        email.subject().contains("a place freed up"),
        "{}",
        email.subject()
    );
    assert!(email.text().contains(&format!("/meetings/{id}")));
    assert!(app.emails_to("dan@example.org").is_empty());
    assert!(app.emails_to("bo@example.org").is_empty());
}

#[tokio::test]
async fn people_who_cannot_register_are_told_why() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "regole", "public").await;
    let id = s.meeting("Tavolo", "5", 2).await;
    app.create_account(
        "eva@example.org",
        "Eva",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        false,
    )
    .await;
    let eva = app.client_for("eva@example.org").await;
    let page = app.by(&eva).get_html(&format!("/meetings/{id}")).await;
    assert!(
        !page.contains(&format!("/meetings/{id}/register")),
        "no form for unverified accounts"
    );
    assert_eq!(register(&app, &eva, id).await, StatusCode::FORBIDDEN);

    let mut fields = s.fields("Libero", "", 2);
    fields.retain(|(k, _)| k != "registration_required" && k != "capacity");
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let response = app
        .by(&s.chiara)
        .post_form("/manage/consultations/regole/meetings/new", &fields)
        .await;
    let free = crate::helpers::location(&response);
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let page = app.by(&ana).get_html(&free).await;
    assert!(page.contains("Non serve iscriversi"));
    assert_eq!(
        app.by(&ana)
            .post_form(&format!("{free}/register"), &[])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn needs_are_erased_thirty_days_after_the_meeting_and_the_registration_stays() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "bisogni", "public").await;
    let id = s.meeting("Tavolo", "5", 2).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let response = app
        .by(&ana)
        .post_form(
            &format!("/meetings/{id}/register"),
            &[("childcare", "on"), ("accessibility_note", "Rampa")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let list = format!("/manage/meetings/{id}/registrations");

    // The meeting ends two days and two hours from now.
    app.advance_clock(chrono::TimeDelta::days(31));
    assert_eq!(app.run_retention().await.meeting_needs, 0);
    assert!(app.by(&s.chiara).get_html(&list).await.contains("Rampa"));
    app.advance_clock(chrono::TimeDelta::days(2));
    assert_eq!(app.run_retention().await.meeting_needs, 1);
    let page = app.by(&s.chiara).get_html(&list).await;
    assert!(!page.contains("Rampa"));
    assert!(page.contains("Una persona iscritta"));
    assert_eq!(app.run_retention().await.meeting_needs, 0, "once");
}

/// Deleting an account withdraws its registrations, needs included, and a place it held in a
/// meeting to come passes to the first person waiting, who is told.
#[tokio::test]
async fn a_deleted_account_gives_its_place_to_the_first_person_waiting() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "cancellazioni", "public").await;
    let id = s.meeting("Tavolo casa", "1", 6).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let cem = app
        .person("cem@example.org", StakeholderGroup::Beneficiary, "en")
        .await;
    let registered = app
        .by(&ana)
        .post_form(
            &format!("/meetings/{id}/register"),
            &[("accessibility_note", "Sedia a rotelle")],
        )
        .await;
    assert_eq!(registered.status(), StatusCode::SEE_OTHER);
    assert_eq!(register(&app, &cem, id).await, StatusCode::SEE_OTHER);

    let deleted = app
        .by(&ana)
        .post_form(
            "/account/delete",
            &[
                ("password", crate::helpers::PASSWORD),
                ("contributions", "keep"),
            ],
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_registration WHERE accessibility_note <> ''")
            .await,
        0,
        "the needs are gone with the registration"
    );
    let promoted = app.by(&cem).get_html(&format!("/meetings/{id}")).await;
    assert!(promoted.contains("You are registered."), "{promoted}");
    let email = app.last_email_to("cem@example.org").await;
    assert!(
        email.subject().contains("a place freed up"),
        "{}",
        email.subject()
    );
}

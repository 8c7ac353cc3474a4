//! Facilitators and members: appointed or invited by email, accepting through the link,
//! removed after confirmation.

use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::{PASSWORD, TestApp, location, new_client, path_of},
};

#[tokio::test]
async fn a_newcomer_invited_as_member_registers_through_the_link_and_gets_in() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Mediazione", "mediazione", "invite_only").await;
    publish(&app, &chiara, &slug).await;
    assert_eq!(
        app.get(&format!("/consultations/{slug}")).await.status(),
        StatusCode::NOT_FOUND
    );

    let sent = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "New@Example.org"), ("role", "member")],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let console = app
        .by(&chiara)
        .get_html(&format!("/manage/consultations/{slug}"))
        .await;
    assert!(console.contains("Invito mandato."));
    assert!(console.contains("new@example.org"), "listed as pending");

    let email = app.last_email_to("new@example.org").await;
    assert_eq!(email.subject(), "Invito a partecipare: Mediazione");
    assert!(email.text().contains("Chiara ti invita"));
    let link = path_of(&app, &email.links()[0]);

    // The newcomer follows the link: asked to register, and brought back.
    let page = app.get_html(&link).await;
    assert!(page.contains(&format!("/register?next={link}")));
    let registered = app
        .post_form(
            "/register",
            &[
                ("display_name", "Nuova"),
                ("email", "new@example.org"),
                ("password", PASSWORD),
                ("stakeholder_group", "beneficiary"),
                ("locale", "it"),
                ("privacy_consent", "yes"),
                ("next", &link),
            ],
        )
        .await;
    // Registering logs nobody in; the emailed link confirms the address, logs in, and
    // brings the newcomer back to the invitation.
    assert_eq!(location(&registered), "/register/sent");
    let confirm = app.last_email_to("new@example.org").await;
    let confirmed = app.get(&path_of(&app, &confirm.links()[0])).await;
    assert_eq!(location(&confirmed), link);
    let accepted = app.post_form(&link, &[]).await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&accepted), format!("/consultations/{slug}"));
    let page = app.get_html(&format!("/consultations/{slug}")).await;
    assert!(page.contains("Ora fai parte di questa consultazione."));
    assert!(page.contains("Su invito"));

    // Used once; and the list of home shows it to its member only.
    assert_eq!(app.get(&link).await.status(), StatusCode::GONE);
    assert!(app.get_html("/").await.contains("Mediazione"));
    assert!(
        !app.by(&new_client())
            .get("/")
            .await
            .text()
            .await
            .unwrap()
            .contains("Mediazione")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'invitation.accepted'")
            .await,
        1
    );
}

#[tokio::test]
async fn an_existing_account_accepts_a_member_invitation_after_logging_in() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Mediazione", "mediazione", "invite_only").await;
    publish(&app, &chiara, &slug).await;
    app.create_account(
        "amina@example.org",
        "Amina",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "amina@example.org"), ("role", "member")],
        )
        .await;
    let link = path_of(
        &app,
        &app.last_email_to("amina@example.org").await.links()[0],
    );

    let page = app.get_html(&link).await;
    assert!(page.contains(&format!("/login?next={link}")));
    let login = app
        .post_form(
            "/login",
            &[
                ("email", "amina@example.org"),
                ("password", PASSWORD),
                ("next", &link),
            ],
        )
        .await;
    assert_eq!(location(&login), link);
    assert!(
        app.get_html(&link).await.contains("action=\"/invitations/"),
        "offers to accept"
    );
    app.post_form(&link, &[]).await;
    assert_eq!(
        app.get(&format!("/consultations/{slug}")).await.status(),
        StatusCode::OK
    );

    // Removing a member asks first, then takes the consultation away.
    let amina_id = app
        .count("SELECT id FROM \"user\" WHERE email = 'amina@example.org'")
        .await;
    let confirm = app
        .by(&chiara)
        .get(&format!(
            "/manage/consultations/{slug}/people/{amina_id}/remove"
        ))
        .await;
    assert_eq!(confirm.status(), StatusCode::OK);
    assert!(
        confirm
            .text()
            .await
            .unwrap()
            .contains("Rimuovere questa persona?")
    );
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people/{amina_id}/remove"),
            &[],
        )
        .await;
    assert_eq!(
        app.get(&format!("/consultations/{slug}")).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_coordinator_appoints_a_facilitator_with_an_account_at_once() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    app.create_account(
        "marco@example.org",
        "Marco",
        StakeholderGroup::ThirdSector,
        PlatformRole::Participant,
        true,
    )
    .await;
    let marco = app.client_for("marco@example.org").await;
    assert_eq!(
        app.by(&marco)
            .get(&format!("/manage/consultations/{slug}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "marco@example.org"), ("role", "facilitator")],
        )
        .await;
    assert!(
        app.by(&chiara)
            .get_html(&format!("/manage/consultations/{slug}"))
            .await
            .contains("Facilitatore nominato.")
    );
    let email = app.last_email_to("marco@example.org").await;
    assert_eq!(email.subject(), "Sei facilitatore di: Casa");
    assert!(email.links()[0].ends_with(&format!("/manage/consultations/{slug}")));
    assert_eq!(
        app.by(&marco)
            .get(&format!("/manage/consultations/{slug}"))
            .await
            .status(),
        StatusCode::OK
    );

    // Appointing again changes nothing.
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "marco@example.org"), ("role", "facilitator")],
        )
        .await;
    assert!(
        app.by(&chiara)
            .get_html(&format!("/manage/consultations/{slug}"))
            .await
            .contains("ha già questo ruolo")
    );
}

#[tokio::test]
async fn a_facilitator_without_an_account_is_invited_and_can_run_the_console() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "olena@example.org"), ("role", "facilitator")],
        )
        .await;
    let email = app.last_email_to("olena@example.org").await;
    assert!(email.text().contains("Sarai facilitatore"));
    let link = path_of(&app, &email.links()[0]);

    let olena = new_client();
    app.by(&olena).register("Olena", "olena@example.org").await;
    app.by(&olena).post_form(&link, &[]).await;
    assert_eq!(
        app.by(&olena)
            .get(&format!("/manage/consultations/{slug}"))
            .await
            .status(),
        StatusCode::OK
    );
    // A facilitator invites members, but does not appoint facilitators.
    let appoint = app
        .by(&olena)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "x@example.org"), ("role", "facilitator")],
        )
        .await;
    assert_eq!(appoint.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_withdrawn_invitation_no_longer_works() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    let slug = create_consultation(&app, &chiara, "Casa", "casa", "invite_only").await;
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "late@example.org"), ("role", "member")],
        )
        .await;
    let link = path_of(
        &app,
        &app.last_email_to("late@example.org").await.links()[0],
    );
    let id = app.count("SELECT id FROM invitation").await;
    app.by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/invitations/{id}/revoke"),
            &[],
        )
        .await;
    let page = app.get(&link).await;
    assert_eq!(page.status(), StatusCode::GONE);
    assert!(page.text().await.unwrap().contains("è stato ritirato"));

    let bad = app
        .by(&chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/people"),
            &[("email", "nope"), ("role", "member")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::SEE_OTHER);
    assert!(
        app.by(&chiara)
            .get_html(&format!("/manage/consultations/{slug}"))
            .await
            .contains("Scrivi un indirizzo email valido")
    );
}

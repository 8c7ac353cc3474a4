//! Applications: only representatives of verified organisations of an admitted kind; received
//! until the deadline to the second; withdrawn or replaced only before it; numbered 1, 2, 3…
//! even when sent at once; acknowledged by email with the number.

use chrono::TimeDelta;
use futures::future::join_all;
use reqwest::StatusCode;

use super::{Setup, apply, organisation_of, representative, send, set_clock};
use crate::helpers::TestApp;

#[tokio::test]
async fn who_may_apply_and_why_the_others_may_not() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, _) = s.published("Accoglienza").await;
    let unverified = representative(
        &app,
        &s.chiara,
        "u@example.org",
        "Coop Nuova",
        "third_sector",
        false,
    )
    .await;
    let other_kind = representative(
        &app,
        &s.chiara,
        "o@example.org",
        "Comune di Prato",
        "public_body",
        true,
    )
    .await;
    let nobody = app
        .person(
            "ana@example.org",
            entity::StakeholderGroup::Beneficiary,
            "it",
        )
        .await;
    for (client, reason) in [
        (&unverified, "non è ancora verificato"),
        (&other_kind, "non ammette il tipo del tuo ente"),
        (&nobody, "Solo chi rappresenta un ente"),
    ] {
        let response = app
            .by(client)
            .get(&format!("/procedures/{slug}/apply"))
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{reason}");
        assert!(response.text().await.unwrap().contains(reason));
        let posted = app
            .by(client)
            .post_form(
                &format!("/procedures/{slug}/apply"),
                &[
                    ("organisation", "1"),
                    ("role", "partner"),
                    ("statement", "x"),
                ],
            )
            .await;
        assert_eq!(posted.status(), StatusCode::FORBIDDEN, "{reason}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM procedure_application")
            .await,
        0
    );
}

#[tokio::test]
async fn received_until_the_second_before_the_deadline_and_acknowledged_with_its_number() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, deadline) = s.published("Accoglienza").await;
    let maria = representative(
        &app,
        &s.chiara,
        "maria@example.org",
        "Cooperativa Aurora",
        "third_sector",
        true,
    )
    .await;
    let luca = representative(
        &app,
        &s.chiara,
        "luca@example.org",
        "Associazione Ponte",
        "third_sector",
        true,
    )
    .await;
    let sara = representative(
        &app,
        &s.chiara,
        "sara@example.org",
        "Cooperativa Sole",
        "third_sector",
        true,
    )
    .await;

    let aurora = organisation_of(&app, &maria, &slug).await;
    let ponte = organisation_of(&app, &luca, &slug).await;
    let sole = organisation_of(&app, &sara, &slug).await;
    set_clock(&app, deadline - TimeDelta::seconds(1));
    let accepted = send(&app, &maria, &slug, &aurora).await;
    assert_eq!(
        accepted.status(),
        StatusCode::SEE_OTHER,
        "one second before the deadline"
    );
    let receipt = app.last_email_to("maria@example.org").await;
    let text = receipt.text();
    assert!(text.contains("Numero di protocollo: 1"), "{text}");
    assert!(text.contains("Cooperativa Aurora") && text.contains("Accoglienza"));
    assert!(text.contains("Ricevuta il"));

    set_clock(&app, deadline);
    let late = send(&app, &luca, &slug, &ponte).await;
    assert_eq!(late.status(), StatusCode::FORBIDDEN, "at the deadline");
    assert!(late.text().await.unwrap().contains("La scadenza è passata"));
    set_clock(&app, deadline + TimeDelta::seconds(1));
    assert_eq!(
        send(&app, &sara, &slug, &sole).await.status(),
        StatusCode::FORBIDDEN,
        "a second after"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM procedure_application")
            .await,
        1
    );

    let page = app.get_html(&format!("/procedures/{slug}")).await;
    assert!(page.contains("Una candidatura ricevuta") && page.contains("Cooperativa Aurora"));
}

#[tokio::test]
async fn withdrawing_and_replacing_only_before_the_deadline() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, deadline) = s.published("Accoglienza").await;
    let maria = representative(
        &app,
        &s.chiara,
        "maria@example.org",
        "Cooperativa Aurora",
        "third_sector",
        true,
    )
    .await;
    assert_eq!(
        apply(&app, &maria, &slug).await.status(),
        StatusCode::SEE_OTHER
    );
    let page = app.get_html(&format!("/procedures/{slug}")).await;
    assert!(page.contains("Una candidatura ricevuta"));
    assert!(
        !page.contains("Cooperativa Aurora"),
        "no names before the deadline"
    );

    let again = apply(&app, &maria, &slug).await;
    assert_eq!(
        again.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "one standing application"
    );
    assert!(again.text().await.unwrap().contains("puoi sostituirla"));

    let first = app
        .count("SELECT id FROM procedure_application WHERE number = 1")
        .await;
    let replace = format!("/procedures/{slug}/applications/{first}/replace");
    assert!(
        app.by(&maria)
            .get_html(&replace)
            .await
            .contains("Sostituisci la candidatura")
    );
    let replaced = app
        .by(&maria)
        .post_form(
            &replace,
            &[("role", "partner"), ("statement", "Versione aggiornata.")],
        )
        .await;
    assert_eq!(replaced.status(), StatusCode::SEE_OTHER);
    assert!(
        app.last_email_to("maria@example.org")
            .await
            .text()
            .contains("Numero di protocollo: 2")
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM procedure_application WHERE status = 'replaced' AND number = 1"
        )
        .await,
        1
    );
    let second = app
        .count("SELECT id FROM procedure_application WHERE number = 2")
        .await;
    assert_eq!(
        app.count(&format!(
            "SELECT replaces FROM procedure_application WHERE id = {second}"
        ))
        .await,
        first
    );
    let mine = app
        .by(&maria)
        .get_html(&format!("/procedures/{slug}/applications"))
        .await;
    assert!(mine.contains("Sostituita") && mine.contains("Ricevuta, in attesa dell"));

    let withdraw = format!("/procedures/{slug}/applications/{second}/withdraw");
    assert!(
        app.by(&maria)
            .get_html(&withdraw)
            .await
            .contains("Ritira la candidatura")
    );
    set_clock(&app, deadline);
    let late = app.by(&maria).post_form(&withdraw, &[]).await;
    assert_eq!(late.status(), StatusCode::FORBIDDEN, "late withdrawal");
    let late = app
        .by(&maria)
        .post_form(
            &format!("/procedures/{slug}/applications/{second}/replace"),
            &[("role", "partner"), ("statement", "Tardi")],
        )
        .await;
    assert_eq!(late.status(), StatusCode::FORBIDDEN, "late replacement");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM procedure_application WHERE status = 'submitted'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_withdrawn_application_leaves_the_count_before_the_deadline() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, _) = s.published("Accoglienza").await;
    let maria = representative(
        &app,
        &s.chiara,
        "maria@example.org",
        "Cooperativa Aurora",
        "third_sector",
        true,
    )
    .await;
    assert_eq!(
        apply(&app, &maria, &slug).await.status(),
        StatusCode::SEE_OTHER
    );
    let id = app.count("SELECT id FROM procedure_application").await;
    let done = app
        .by(&maria)
        .post_form(
            &format!("/procedures/{slug}/applications/{id}/withdraw"),
            &[],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert!(
        app.get_html(&format!("/procedures/{slug}"))
            .await
            .contains("Nessuna candidatura ricevuta")
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.application_withdrawn'"
        )
        .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn six_organisations_applying_at_once_get_numbers_one_to_six() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, _) = s.published("Accoglienza").await;
    let mut people = Vec::new();
    for i in 1..=6 {
        let email = format!("rep{i}@example.org");
        people.push((
            email.clone(),
            representative(
                &app,
                &s.chiara,
                &email,
                &format!("Ente numero {i}"),
                "third_sector",
                true,
            )
            .await,
        ));
    }
    let statuses = join_all(people.iter().map(|(_, client)| apply(&app, client, &slug))).await;
    assert!(statuses.iter().all(|r| r.status() == StatusCode::SEE_OTHER));
    assert_eq!(
        app.count("SELECT COUNT(DISTINCT number) FROM procedure_application")
            .await,
        6
    );
    assert_eq!(
        app.count("SELECT CAST(MIN(number) AS BIGINT) FROM procedure_application")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT CAST(MAX(number) AS BIGINT) FROM procedure_application")
            .await,
        6
    );
    app.deliver_mail().await;
    for (email, _) in &people {
        assert_eq!(app.emails_to(email).len(), 1, "{email} has its receipt");
    }
}

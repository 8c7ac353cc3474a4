//! Updates: they move a commitment's status and progress, a dropped commitment needs its
//! public reason, and the signers and followers of every linked proposal hear of each, once,
//! in their own language.

use entity::StakeholderGroup;
use reqwest::StatusCode;

use super::{commit, setup};
use crate::helpers::TestApp;

async fn post_update(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.by(client)
        .post_form(&format!("/manage/commitments/{id}/updates/new"), fields)
        .await
}

#[tokio::test]
async fn a_dropped_commitment_needs_its_reason_and_nothing_typed_is_lost() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = commit(&app, &s, "Sportello casa", &[s.accepted]).await;
    let refused = post_update(
        &app,
        &s.chiara,
        id,
        &[
            ("body", "Il bando è andato deserto."),
            ("status", "dropped"),
            ("reason", "  "),
            ("progress", ""),
        ],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Un impegno abbandonato ha bisogno di un motivo pubblico."));
    assert!(
        page.contains("Il bando è andato deserto."),
        "the text is kept"
    );
    assert!(
        page.contains("<option value=\"dropped\" selected>"),
        "the status is kept"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM commitment_update").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM commitment WHERE status = 'planned'")
            .await,
        1
    );

    // The same from the commitment's own form.
    let mut fields = super::commitment_fields("Sportello casa", &[s.accepted]);
    for (key, value) in fields.iter_mut() {
        if key == "status" {
            *value = "dropped".to_owned();
        }
    }
    let edit = super::create_commitment(&app, &s.chiara, "casa", &fields).await;
    assert_eq!(edit.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM commitment").await, 1);

    let dropped = post_update(
        &app,
        &s.chiara,
        id,
        &[
            ("body", "Il bando è andato deserto."),
            ("status", "dropped"),
            ("reason", "Nessun ente ha risposto al bando."),
            ("progress", ""),
        ],
    )
    .await;
    assert_eq!(dropped.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&format!("/commitments/{id}")).await;
    assert!(page.contains("Abbandonato") && page.contains("Nessun ente ha risposto al bando."));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'commitment.update_posted'")
            .await,
        1
    );
}

#[tokio::test]
async fn updates_are_listed_newest_first_and_done_means_complete() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = commit(&app, &s, "Corsi serali", &[s.partly]).await;
    for (body, status, progress) in [
        ("Primo passo: trovate le aule.", "in_progress", "30"),
        ("Secondo passo: i corsi sono partiti.", "", "60"),
        ("Fatto: i corsi sono finiti.", "done", ""),
    ] {
        let response = post_update(
            &app,
            &s.chiara,
            id,
            &[
                ("body", body),
                ("status", status),
                ("reason", ""),
                ("progress", progress),
            ],
        )
        .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{body}");
        app.advance_clock(chrono::TimeDelta::minutes(1));
    }
    let page = app.get_html(&format!("/commitments/{id}")).await;
    let first = page.find("Fatto: i corsi sono finiti.").unwrap();
    let second = page.find("Secondo passo").unwrap();
    let third = page.find("Primo passo").unwrap();
    assert!(first < second && second < third, "newest first");
    assert!(page.contains("Concluso") && page.contains("Avanzamento: 100%"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM commitment WHERE status = 'done' AND progress = 100")
            .await,
        1
    );
}

#[tokio::test]
async fn an_update_reaches_each_signer_and_follower_of_the_linked_proposals_once_in_their_language()
{
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    // Sara (Spanish) follows the accepted proposal and wants such news at once; Omar follows
    // only the rejected one, which the commitment does not come from.
    let sara = app
        .person("sara@example.org", StakeholderGroup::ThirdSector, "es")
        .await;
    let omar = app
        .person("omar@example.org", StakeholderGroup::Beneficiary, "ar")
        .await;
    for (client, proposal) in [(&sara, s.accepted), (&omar, s.rejected)] {
        let followed = app
            .by(client)
            .post_form(&format!("/proposals/{proposal}/follow"), &[])
            .await;
        assert_eq!(followed.status(), StatusCode::SEE_OTHER);
        let chosen = app
            .by(client)
            .post_form(
                "/account/notifications",
                &[("email_own", "immediate"), ("email_others", "immediate")],
            )
            .await;
        assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    }
    // Amina signed both linked proposals, Luca co-signed the second.
    let id = commit(&app, &s, "Sportelli e corsi", &[s.accepted, s.partly]).await;
    app.deliver_mail().await;
    let before = app.smtp.messages().len();

    let response = post_update(
        &app,
        &s.chiara,
        id,
        &[
            ("body", "Aperto il primo sportello."),
            ("status", "in_progress"),
            ("reason", ""),
            ("progress", "25"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.deliver_mail().await;
    let mail: Vec<_> = app.smtp.messages().into_iter().skip(before).collect();
    let to = |address: &str| {
        mail.iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
            .collect::<Vec<_>>()
    };
    let amina = to("amina@example.org");
    assert_eq!(amina.len(), 1, "once, though she signed both proposals");
    assert!(
        amina[0]
            .subject()
            .contains("novità sull'impegno «Sportelli e corsi»"),
        "{}",
        amina[0].subject()
    );
    let luca = to("luca@example.org");
    assert_eq!(luca.len(), 1);
    assert!(
        luca[0]
            .subject()
            .contains("news on the commitment \"Sportelli e corsi\""),
        "{}",
        luca[0].subject()
    );
    assert!(luca[0].text().contains(&format!("/commitments/{id}")));
    let sara_mail = to("sara@example.org");
    assert_eq!(sara_mail.len(), 1);
    assert!(
        sara_mail[0]
            .subject()
            .contains("novedades sobre el compromiso"),
        "{}",
        sara_mail[0].subject()
    );
    assert!(
        to("omar@example.org").is_empty(),
        "the rejected proposal is not linked"
    );
    assert!(
        to("chiara@example.org").is_empty(),
        "not told of her own update"
    );
    assert_eq!(mail.len(), 3, "nobody else");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notification WHERE kind = 'commitment_updated'")
            .await,
        3
    );
    let inbox = app.by(&s.luca).get_html("/notifications").await;
    assert!(inbox.contains("news on the commitment"), "in the app too");
}

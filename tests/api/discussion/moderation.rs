//! Reports and moderation: three flags hide, facilitators hide or restore, simultaneous reports.

use reqwest::StatusCode;

use crate::{helpers::TestApp, proposals::setup};

#[tokio::test]
async fn three_flags_hide_content_until_a_facilitator_decides() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Proposta discussa",
            "Un testo che qualcuno segnala.",
            "it",
        )
        .await;
    let reporters = three_reporters(&app, "r").await;
    // Flagging twice counts once, without an error page.
    for _ in 0..2 {
        let again = app
            .by(&reporters[0])
            .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Offensiva")])
            .await;
        assert_eq!(again.status(), StatusCode::SEE_OTHER);
    }
    assert!(
        app.by(&reporters[0])
            .get_html(&format!("/proposals/{p}"))
            .await
            .contains("Avevi già segnalato")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM flag").await, 1);
    for reporter in &reporters[1..] {
        app.by(reporter)
            .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Fuori tema")])
            .await;
    }
    let hidden = app.get_html(&format!("/proposals/{p}")).await;
    assert!(hidden.contains("Nascosta in attesa di verifica"));
    assert!(
        !hidden.contains("Un testo che qualcuno segnala."),
        "its text is hidden"
    );
    assert!(
        !app.get_html("/consultations/casa/proposals")
            .await
            .contains("Proposta discussa")
    );

    let console = app
        .by(&s.chiara)
        .get_html("/manage/consultations/casa")
        .await;
    assert!(console.contains("Proposta discussa") && console.contains("Fuori tema"));
    let facilitator_view = app.by(&s.chiara).get_html(&format!("/proposals/{p}")).await;
    assert!(
        facilitator_view.contains("Un testo che qualcuno segnala."),
        "moderators read hidden content"
    );

    let no_reason = moderate(&app, &s.chiara, "proposal", p, "hide", "").await;
    assert_eq!(no_reason.status(), StatusCode::SEE_OTHER);
    assert!(
        app.by(&s.chiara)
            .get_html("/manage/consultations/casa")
            .await
            .contains("serve un motivo")
    );
    moderate(
        &app,
        &s.chiara,
        "proposal",
        p,
        "hide",
        "Linguaggio offensivo",
    )
    .await;
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Nascosta dalla moderazione:") && page.contains("Linguaggio offensivo"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'content_hidden'")
            .await,
        1,
        "the author is told"
    );
    let queue = |html: String| {
        let start = html.find("id=\"moderation\"").unwrap();
        let end = html.find("id=\"answers\"").unwrap();
        html[start..end].to_owned()
    };
    let listed = queue(
        app.by(&s.chiara)
            .get_html("/manage/consultations/casa")
            .await,
    );
    assert!(
        listed.contains("Proposta discussa"),
        "hidden content stays listed, to be restored"
    );
    assert!(!listed.contains("Fuori tema"), "its reports are resolved");

    // Restored from the console's queue.
    moderate(&app, &s.chiara, "proposal", p, "restore", "").await;
    assert!(
        app.get_html(&format!("/proposals/{p}"))
            .await
            .contains("Un testo che qualcuno segnala.")
    );
    assert!(
        queue(
            app.by(&s.chiara)
                .get_html("/manage/consultations/casa")
                .await
        )
        .contains("Niente da moderare.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('content.hidden', 'content.restored', 'content.flagged')").await, 5);

    // Participants cannot moderate.
    let refused = moderate(&app, &s.luca, "proposal", p, "hide", "No").await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}

/// A facilitator's (or anyone's) decision on reported content in `casa`: hide or restore.
pub(super) async fn moderate(
    app: &TestApp,
    client: &reqwest::Client,
    kind: &str,
    id: i64,
    decision: &str,
    reason: &str,
) -> reqwest::Response {
    app.by(client)
        .post_form(
            "/manage/consultations/casa/moderation",
            &[
                ("kind", kind),
                ("id", &id.to_string()),
                ("decision", decision),
                ("reason", reason),
            ],
        )
        .await
}

/// Three verified participants, logged in, ready to report content.
pub(super) async fn three_reporters(app: &TestApp, prefix: &str) -> Vec<reqwest::Client> {
    let mut clients = Vec::new();
    for n in 0..3 {
        let email = format!("{prefix}{n}@example.org");
        app.create_account(
            &email,
            &email,
            entity::StakeholderGroup::Other,
            entity::PlatformRole::Participant,
            true,
        )
        .await;
        clients.push(app.client_for(&email).await);
    }
    clients
}

#[tokio::test]
async fn a_flagged_comment_is_hidden_in_place_and_restored_by_a_facilitator() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let c = app
        .by(&s.luca)
        .comment(p, "Commento discutibile", "against", None)
        .await;
    let reply = app
        .by(&s.amina)
        .comment(p, "Risposta che resta", "for", Some(c))
        .await;
    for client in three_reporters(&app, "f").await {
        app.by(&client)
            .post_form(
                &format!("/comments/{c}/flag"),
                &[("reason", "Tono aggressivo")],
            )
            .await;
    }
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Commento nascosto in attesa di verifica."));
    assert!(!page.contains("Commento discutibile"));
    assert!(
        page.contains(&format!("id=\"comment-{reply}\"")) && page.contains("Risposta che resta"),
        "replies stay"
    );
    moderate(&app, &s.chiara, "comment", c, "restore", "").await;
    assert!(
        app.get_html(&format!("/proposals/{p}"))
            .await
            .contains("Commento discutibile")
    );
}

#[tokio::test]
async fn simultaneous_reports_count_each_once_and_hide_at_three() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Proposta",
            "Un testo che tre persone segnalano insieme.",
            "it",
        )
        .await;
    let reporters = three_reporters(&app, "c").await;
    let app = &app;
    // Each reporter sends twice at once, all six together.
    let reports = reporters
        .iter()
        .flat_map(|client| [client, client])
        .map(|client| async move {
            app.by(client)
                .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Spam")])
                .await
                .status()
        });
    let statuses = futures::future::join_all(reports).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{statuses:?}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM flag").await, 3);
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(flags_count AS BIGINT) FROM proposal WHERE id = {p}"
        ))
        .await,
        3
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM proposal WHERE id = {p} AND state = 'hidden'"
        ))
        .await,
        1
    );
}

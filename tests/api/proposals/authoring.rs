//! Writing proposals: preview and publish, refusals at the field, who may propose, the editing window,
//! co-authors, and proposals recorded from an in-person table.

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::helpers::{TestApp, location, path_of};

use super::setup;

#[tokio::test]
async fn a_participant_previews_then_publishes_a_proposal() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let form = app
        .by(&s.amina)
        .get("/consultations/casa/proposals/new")
        .await;
    assert_eq!(form.status(), StatusCode::OK);

    let preview = app
        .by(&s.amina)
        .post_form(
            "/consultations/casa/proposals/new",
            &[
                ("title", "Corsi di italiano la sera"),
                ("body", "Corsi **serali** nei quartieri."),
                ("language", "it"),
                ("action", "preview"),
            ],
        )
        .await;
    assert_eq!(preview.status(), StatusCode::OK);
    let html = preview.text().await.unwrap();
    assert!(html.contains("Anteprima") && html.contains("<strong>serali</strong>"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal").await,
        0,
        "a preview publishes nothing"
    );

    let id = app
        .by(&s.amina)
        .propose(
            "casa",
            "Corsi di italiano la sera",
            "Corsi **serali** nei quartieri.",
            "it",
        )
        .await;
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("Corsi di italiano la sera"));
    assert!(page.contains("lang=\"it\""));
    assert!(page.contains("Amina"));
    assert!(page.contains("In attesa di risposta"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'proposal_published'")
            .await,
        1
    );
}

#[tokio::test]
async fn bad_proposals_are_refused_at_the_field_with_the_input_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let long_title = "t".repeat(201);
    let response = app
        .by(&s.amina)
        .post_form(
            "/consultations/casa/proposals/new",
            &[
                ("title", &long_title),
                ("body", "   "),
                ("language", "klingon"),
                ("theme", "99999"),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    for field in ["title", "body", "language", "theme"] {
        assert!(
            html.contains(&format!("id=\"{field}-error\"")),
            "{field} is named"
        );
    }
    assert!(html.contains(&long_title), "the input is kept");
    assert_eq!(app.count("SELECT COUNT(*) FROM proposal").await, 0);
}

#[tokio::test]
async fn only_verified_participants_of_admitted_groups_may_propose_while_a_round_takes_proposals() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    // Not logged in: asked to log in.
    let anonymous = app.get("/consultations/casa/proposals/new").await;
    assert!(location(&anonymous).starts_with("/login"));
    // Unverified: refused with the reason.
    app.register("Nuovo", "nuovo@example.org").await;
    let unverified = app.get("/consultations/casa/proposals/new").await;
    assert_eq!(unverified.status(), StatusCode::FORBIDDEN);
    assert!(
        unverified
            .text()
            .await
            .unwrap()
            .contains("Prima conferma il tuo indirizzo email.")
    );
    // Once the round closes, nobody proposes.
    app.advance_clock(TimeDelta::days(11));
    app.run_scheduler().await;
    let closed = app
        .by(&s.amina)
        .get("/consultations/casa/proposals/new")
        .await;
    assert_eq!(closed.status(), StatusCode::FORBIDDEN);
    assert!(
        closed
            .text()
            .await
            .unwrap()
            .contains("Nessuna fase è aperta")
    );
}

#[tokio::test]
async fn authors_edit_within_the_window_and_the_history_is_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = app
        .by(&s.amina)
        .propose(
            "casa",
            "Prima versione",
            "Il testo della prima versione.",
            "it",
        )
        .await;
    let edited = app
        .by(&s.amina)
        .post_form(
            &format!("/proposals/{id}/edit"),
            &[
                ("title", "Seconda versione"),
                ("body", "Il testo corretto della proposta."),
                ("language", "it"),
            ],
        )
        .await;
    assert_eq!(edited.status(), StatusCode::SEE_OTHER);
    let history = app.get_html(&format!("/proposals/{id}/history")).await;
    assert!(
        history.contains("Prima versione") && history.contains("Il testo della prima versione.")
    );
    assert!(
        app.get_html(&format!("/proposals/{id}"))
            .await
            .contains("Seconda versione")
    );

    // Someone else may not.
    let theirs = app.by(&s.luca).get(&format!("/proposals/{id}/edit")).await;
    assert_eq!(theirs.status(), StatusCode::FORBIDDEN);
    let theirs = app
        .by(&s.luca)
        .post_form(
            &format!("/proposals/{id}/edit"),
            &[
                ("title", "Mio"),
                ("body", "Lo cambio io adesso."),
                ("language", "it"),
            ],
        )
        .await;
    assert_eq!(theirs.status(), StatusCode::FORBIDDEN);

    // After 30 minutes only withdrawal is left, with a reason.
    app.advance_clock(TimeDelta::minutes(31));
    assert_eq!(
        app.by(&s.amina)
            .get(&format!("/proposals/{id}/edit"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let no_reason = app
        .by(&s.amina)
        .post_form(&format!("/proposals/{id}/withdraw"), &[("reason", " ")])
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    app.by(&s.amina)
        .post_form(
            &format!("/proposals/{id}/withdraw"),
            &[("reason", "Unita con un'altra idea")],
        )
        .await;
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("Ritirata") && page.contains("Unita con un"));
}

#[tokio::test]
async fn the_first_comment_ends_editing() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = app
        .by(&s.amina)
        .propose("casa", "Proposta", "Un testo abbastanza lungo.", "it")
        .await;
    app.by(&s.luca)
        .post_form(
            &format!("/proposals/{id}/comments"),
            &[("body", "D'accordo"), ("stance", "for")],
        )
        .await;
    assert_eq!(
        app.by(&s.amina)
            .get(&format!("/proposals/{id}/edit"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_co_author_accepts_by_email_and_can_then_edit() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = app
        .by(&s.amina)
        .propose("casa", "Insieme", "Una proposta scritta in due.", "it")
        .await;
    let invited = app
        .by(&s.amina)
        .post_form(
            &format!("/proposals/{id}/coauthors"),
            &[("email", "luca@example.org")],
        )
        .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let email = app.last_email_to("luca@example.org").await;
    assert!(email.subject().contains("Insieme"));
    let link = path_of(&app, &email.links()[0]);
    assert_eq!(
        app.by(&s.luca).post_form(&link, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("Luca") && page.contains("coautore"));
    let edit = app
        .by(&s.luca)
        .post_form(
            &format!("/proposals/{id}/edit"),
            &[
                ("title", "Insieme, meglio"),
                ("body", "Una proposta scritta in due."),
                ("language", "it"),
            ],
        )
        .await;
    assert_eq!(edit.status(), StatusCode::SEE_OTHER);
    // Only the author invites.
    let by_coauthor = app
        .by(&s.luca)
        .post_form(
            &format!("/proposals/{id}/coauthors"),
            &[("email", "x@example.org")],
        )
        .await;
    assert_eq!(by_coauthor.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get(&link).await.status(), StatusCode::GONE, "used once");
}

#[tokio::test]
async fn a_facilitator_records_a_proposal_from_an_in_person_table() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let refused = app
        .by(&s.amina)
        .get("/consultations/casa/proposals/record")
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let bad = app
        .by(&s.chiara)
        .post_form(
            "/consultations/casa/proposals/record",
            &[
                ("title", "Sportello"),
                ("body", "Uno sportello aperto il sabato."),
                ("language", "ar"),
                ("place", ""),
                ("on", "ieri"),
                ("people", "0"),
                ("group", ""),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    for field in ["place", "on", "people", "group"] {
        assert!(html.contains(&format!("id=\"{field}-error\"")), "{field}");
    }
    let recorded = app
        .by(&s.chiara)
        .post_form(
            "/consultations/casa/proposals/record",
            &[
                ("title", "Sportello il sabato"),
                ("body", "Uno sportello aperto il sabato."),
                ("language", "ar"),
                ("place", "Biblioteca San Paolo"),
                ("on", "2026-11-20"),
                ("people", "14"),
                ("group", "beneficiary"),
            ],
        )
        .await;
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&location(&recorded)).await;
    assert!(page.contains("Raccolta a un incontro di persona"));
    assert!(page.contains("Biblioteca San Paolo") && page.contains("14 persone"));
    assert!(
        page.contains("<bdi>20/11/2026</bdi>"),
        "the day written as Italians write it"
    );
    let list = app
        .get_html("/consultations/casa/proposals?in_person=yes")
        .await;
    assert!(list.contains("Sportello il sabato") && list.contains("badge--in-person"));
    let by_group = app
        .get_html("/consultations/casa/proposals?group=beneficiary")
        .await;
    assert!(
        by_group.contains("Sportello il sabato"),
        "counted for the group met"
    );
}

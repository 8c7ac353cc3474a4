//! Proposals: submitted with a preview, listed, filtered and searched, edited within their
//! window, withdrawn, co-authored, recorded in person, answered and merged.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{add_round, coordinator, create_consultation, publish},
    helpers::{TestApp, location, path_of},
};

/// A published consultation `casa` with an open round taking proposals and comments (no
/// voting), a facilitator (the coordinator's browser) and verified participants.
pub struct Setup {
    pub chiara: reqwest::Client,
    pub amina: reqwest::Client,
    pub luca: reqwest::Client,
}

pub async fn setup(app: &TestApp) -> Setup {
    let chiara = coordinator(app).await;
    create_consultation(app, &chiara, "Casa", "casa", "public").await;
    add_round(
        app,
        &chiara,
        "casa",
        "Proposte",
        TimeDelta::minutes(1),
        TimeDelta::days(10),
    )
    .await;
    publish(app, &chiara, "casa").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    app.create_account(
        "amina@example.org",
        "Amina",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    app.create_account(
        "luca@example.org",
        "Luca",
        StakeholderGroup::Institution,
        PlatformRole::Participant,
        true,
    )
    .await;
    Setup {
        amina: app.client_for("amina@example.org").await,
        luca: app.client_for("luca@example.org").await,
        chiara,
    }
}

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

#[tokio::test]
async fn facilitators_answer_with_a_justification_for_final_answers() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = app
        .by(&s.amina)
        .propose("casa", "Proposta", "Un testo abbastanza lungo.", "it")
        .await;
    let participant = app
        .by(&s.luca)
        .post_form(
            &format!("/proposals/{id}/answer"),
            &[("answer", "accepted"), ("justification", "Sì")],
        )
        .await;
    assert_eq!(participant.status(), StatusCode::FORBIDDEN);

    app.by(&s.chiara)
        .post_form(
            &format!("/proposals/{id}/answer"),
            &[("answer", "rejected"), ("justification", "  ")],
        )
        .await;
    assert!(
        app.by(&s.chiara)
            .get_html(&format!("/proposals/{id}"))
            .await
            .contains("ha bisogno di una motivazione pubblica")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal WHERE answer = 'pending'")
            .await,
        1
    );

    app.by(&s.chiara)
        .post_form(
            &format!("/proposals/{id}/answer"),
            &[("answer", "evaluating"), ("justification", "")],
        )
        .await;
    app.by(&s.chiara)
        .post_form(
            &format!("/proposals/{id}/answer"),
            &[
                ("answer", "partially_accepted"),
                ("justification", "Faremo i corsi in due quartieri."),
            ],
        )
        .await;
    let page = app.get_html(&format!("/proposals/{id}")).await;
    assert!(page.contains("Accolta in parte") && page.contains("Faremo i corsi in due quartieri."));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal_answer").await,
        2,
        "kept in history"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.answered'")
            .await,
        2
    );
    assert!(
        app.get_html("/consultations/casa")
            .await
            .contains("1 di 1 proposte con una risposta definitiva")
    );
    assert!(
        app.by(&s.chiara)
            .get_html("/manage/consultations/casa")
            .await
            .contains("1 di 1 proposte")
    );
    let list = app
        .get_html("/consultations/casa/proposals?answer=partially_accepted")
        .await;
    assert!(list.contains(&format!("href=\"/proposals/{id}\"")));
    let none = app
        .get_html("/consultations/casa/proposals?answer=rejected")
        .await;
    assert!(!none.contains(&format!("href=\"/proposals/{id}\"")));
}

#[tokio::test]
async fn proposals_merge_into_a_new_summary_and_originals_point_to_it() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let a = app
        .by(&s.amina)
        .propose(
            "casa",
            "Corsi serali",
            "Corsi di sera per chi lavora.",
            "it",
        )
        .await;
    let b = app
        .by(&s.luca)
        .propose(
            "casa",
            "Corsi nel weekend",
            "Corsi il sabato mattina.",
            "it",
        )
        .await;
    let merged = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/casa/merge",
            &[
                ("source", &a.to_string()),
                ("source", &b.to_string()),
                ("target", "new"),
                ("title", "Corsi fuori orario di lavoro"),
                ("body", "Sintesi: corsi serali e nel weekend."),
            ],
        )
        .await;
    assert_eq!(merged.status(), StatusCode::SEE_OTHER);
    let target = location(&merged);
    let page = app.get_html(&target).await;
    assert!(
        page.contains("Corsi fuori orario di lavoro")
            && page.contains("Amina")
            && page.contains("Luca"),
        "the signers sign the result"
    );
    let original = app.get_html(&format!("/proposals/{a}")).await;
    assert!(
        original.contains("Questa proposta è stata unita a:")
            && original.contains(&format!("href=\"{target}\""))
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'proposal_merged'")
            .await,
        2
    );
    assert!(
        !app.get_html("/consultations/casa/proposals")
            .await
            .contains("Corsi serali"),
        "merged ones leave the list"
    );
}

#[tokio::test]
async fn merging_is_refused_while_a_voting_round_is_open() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    create_consultation(&app, &chiara, "Voto", "casa", "public").await;
    let (opens, closes) = (
        app.local_time(TimeDelta::minutes(1)),
        app.local_time(TimeDelta::days(3)),
    );
    app.by(&chiara)
        .post_form(
            "/manage/consultations/casa/rounds/new",
            &[
                ("title", "Voto"),
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("allows_proposals", "on"),
                ("allows_voting", "on"),
                ("group_beneficiary", "on"),
                ("group_institution", "on"),
                ("vote_rule", "support"),
                ("results_visibility", "live"),
            ],
        )
        .await;
    publish(&app, &chiara, "casa").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    app.create_account(
        "amina@example.org",
        "Amina",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    let amina = app.client_for("amina@example.org").await;
    let a = app
        .by(&amina)
        .propose("casa", "Uno", "Primo testo di prova.", "it")
        .await;
    let b = app
        .by(&amina)
        .propose("casa", "Due", "Secondo testo di prova.", "it")
        .await;
    let refused = app
        .by(&chiara)
        .post_form(
            "/manage/consultations/casa/merge",
            &[("source", &a.to_string()), ("target", &b.to_string())],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("mentre è aperta una fase di voto")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal WHERE state = 'merged'")
            .await,
        0
    );
}

#[tokio::test]
async fn the_demo_discussion_has_every_language_stance_and_answer_it_promises() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM proposal WHERE consultation_id = \
             (SELECT id FROM consultation WHERE slug = 'demo')"
        )
        .await,
        8,
        "seeding twice adds nothing"
    );
    for language in ["it", "en", "ar", "fr", "zh"] {
        assert!(
            app.count(&format!(
                "SELECT COUNT(*) FROM proposal WHERE language = '{language}'"
            ))
            .await
                >= 1,
            "{language}"
        );
    }
    assert!(
        app.count("SELECT COUNT(*) FROM proposal WHERE recorded_by IS NOT NULL")
            .await
            >= 2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal WHERE state = 'merged'")
            .await,
        1
    );
    for answer in ["accepted", "rejected"] {
        assert!(
            app.count(&format!("SELECT COUNT(*) FROM proposal WHERE answer = '{answer}' AND answer_justification IS NOT NULL")).await
                >= 1
        );
    }
    for stance in ["for", "against", "neutral"] {
        assert!(
            app.count(&format!(
                "SELECT COUNT(*) FROM comment WHERE stance = '{stance}'"
            ))
            .await
                >= 1,
            "{stance}"
        );
    }
    assert!(
        app.count("SELECT COUNT(*) FROM comment WHERE parent_id IS NOT NULL")
            .await
            >= 2,
        "replies"
    );
    let groups = app
        .count(
            "SELECT COUNT(DISTINCT u.stakeholder_group) FROM proposal_author pa JOIN \"user\" u ON u.id = pa.user_id WHERE pa.role = 'author'",
        )
        .await;
    assert_eq!(groups, 3, "proposals from every stakeholder group");
    let list = app.get_html("/consultations/demo/proposals").await;
    assert!(list.contains("lang=\"ar\"") && list.contains("lang=\"zh\""));
    let page = app
        .get_html(&format!(
            "/proposals/{}",
            app.count("SELECT MIN(id) FROM proposal").await
        ))
        .await;
    assert!(page.contains("Accolta") && page.contains("comment--level-2"));
}

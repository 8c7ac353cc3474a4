//! What facilitators make of proposals: answers with justifications, merges; the demo's discussion.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

use super::setup;

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

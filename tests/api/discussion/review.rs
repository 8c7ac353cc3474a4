//! What facilitators review: reported content kept in the vote while a vote is open, and
//! "restore" that gives back only what moderation hid (withdrawn and merged content stays so).

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use super::{
    moderation::{moderate, three_reporters},
    reports::{queue, state_of},
};
use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::TestApp,
    proposals::setup,
};

/// Adds to `casa` a round with supports, open from `opens` to `closes` from now.
async fn add_voting_round(
    app: &TestApp,
    chiara: &reqwest::Client,
    opens: TimeDelta,
    closes: TimeDelta,
) {
    let (opens_at, closes_at) = (app.local_time(opens), app.local_time(closes));
    let response = app
        .by(chiara)
        .post_form(
            "/manage/consultations/casa/rounds/new",
            &[
                ("title", "Voto"),
                ("description", "Si vota."),
                ("opens_at", &opens_at),
                ("closes_at", &closes_at),
                ("allows_proposals", "on"),
                ("allows_comments", "on"),
                ("allows_voting", "on"),
                ("group_beneficiary", "on"),
                ("group_institution", "on"),
                ("group_third_sector", "on"),
                ("group_other", "on"),
                ("vote_rule", "support"),
                ("vote_limit", "3"),
                ("results_visibility", "live"),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the round is added"
    );
}

#[tokio::test]
async fn during_an_open_vote_reports_go_to_the_facilitators_instead_of_hiding() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    create_consultation(&app, &chiara, "Casa", "casa", "public").await;
    add_voting_round(&app, &chiara, TimeDelta::minutes(1), TimeDelta::days(10)).await;
    publish(&app, &chiara, "casa").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    let amina = app
        .voters("amina", StakeholderGroup::Beneficiary, 1)
        .await
        .remove(0);
    let p = app
        .by(&amina)
        .propose("casa", "Proposta in voto", "Un testo che si vota.", "it")
        .await;
    let c = app
        .by(&amina)
        .comment(p, "Un commento in voto", "for", None)
        .await;
    for client in three_reporters(&app, "r").await {
        for path in [
            format!("/proposals/{p}/flag"),
            format!("/comments/{c}/flag"),
        ] {
            let response = app
                .by(&client)
                .post_form(&path, &[("reason", "Fuori tema")])
                .await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
        }
    }
    assert_eq!(state_of(&app, "proposal", p).await, "published");
    assert_eq!(state_of(&app, "comment", c).await, "published");
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Un testo che si vota.") && page.contains("Un commento in voto"));
    assert!(!page.contains("Nascosta in attesa di verifica"));

    let voter = app
        .voters("votante", StakeholderGroup::Institution, 1)
        .await
        .remove(0);
    app.by(&voter).vote(p, "support").await;
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM vote WHERE proposal_id = {p}"
        ))
        .await,
        1,
        "the vote counts"
    );

    let listed = queue(&app, &chiara).await;
    assert!(listed.contains("Proposta in voto") && listed.contains("Un commento in voto"));
    assert_eq!(
        listed
            .matches("In attesa di verifica: segnalato da abbastanza persone")
            .count(),
        2,
        "both wait for a review"
    );

    // The facilitators' review settles it: kept, its reports closed.
    moderate(&app, &chiara, "proposal", p, "restore", "").await;
    assert_eq!(state_of(&app, "proposal", p).await, "published");
    assert!(!queue(&app, &chiara).await.contains("Proposta in voto"));
}

#[tokio::test]
async fn moderation_leaves_withdrawn_and_merged_content_as_it_is() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let merged = app
        .by(&s.amina)
        .propose(
            "casa",
            "Da unire",
            "Un doppione di un'altra proposta.",
            "it",
        )
        .await;
    let kept = app
        .by(&s.amina)
        .propose("casa", "Che resta", "La proposta che resta.", "it")
        .await;
    let withdrawn = app
        .by(&s.amina)
        .propose("casa", "Ritirata", "Una proposta ritirata.", "it")
        .await;
    let response = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/casa/merge",
            &[
                ("source", &merged.to_string()),
                ("target", &kept.to_string()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .by(&s.amina)
        .post_form(
            &format!("/proposals/{withdrawn}/withdraw"),
            &[("reason", "Ci ho ripensato")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let c = app
        .by(&s.luca)
        .comment(kept, "Un commento poi ritirato", "against", None)
        .await;
    app.by(&s.luca)
        .post_form(&format!("/comments/{c}/withdraw"), &[])
        .await;

    for (kind, id) in [
        ("proposal", merged),
        ("proposal", withdrawn),
        ("comment", c),
    ] {
        for decision in ["hide", "restore"] {
            let response = moderate(&app, &s.chiara, kind, id, decision, "Prova").await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
            assert!(
                app.by(&s.chiara)
                    .get_html("/manage/consultations/casa")
                    .await
                    .contains("I contenuti ritirati o uniti restano come sono"),
                "{kind} {id}: {decision} is refused with a reason"
            );
        }
    }
    assert_eq!(state_of(&app, "proposal", merged).await, "merged");
    assert_eq!(state_of(&app, "proposal", withdrawn).await, "withdrawn");
    assert_eq!(state_of(&app, "comment", c).await, "withdrawn");
    let page = app.get_html(&format!("/proposals/{kept}")).await;
    assert!(!page.contains("Un commento poi ritirato"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('content.hidden', 'content.restored')"
        )
        .await,
        0
    );

    // A proposal hidden after its withdrawal, before hiding such content was refused, goes
    // back to withdrawn when restored.
    app.db()
        .execute_unprepared(&format!(
            "UPDATE proposal SET state = 'hidden', hidden_reason = 'Prova' WHERE id = {withdrawn}"
        ))
        .await
        .unwrap();
    moderate(&app, &s.chiara, "proposal", withdrawn, "restore", "").await;
    assert_eq!(state_of(&app, "proposal", withdrawn).await, "withdrawn");

    // In the next round, a vote: neither takes votes.
    add_voting_round(&app, &s.chiara, TimeDelta::days(11), TimeDelta::days(20)).await;
    app.advance_clock(TimeDelta::days(12));
    app.run_scheduler().await;
    let voter = app
        .voters("votante", StakeholderGroup::Institution, 1)
        .await
        .remove(0);
    for id in [merged, withdrawn] {
        let page = app.by(&voter).vote(id, "support").await;
        assert!(page.contains("non si può votare"), "{id}");
    }
    let page = app.by(&voter).vote(kept, "support").await;
    assert!(!page.contains("non si può votare"));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM vote").await,
        1
    );
}

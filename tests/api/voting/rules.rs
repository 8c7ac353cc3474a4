//! Each rule's arithmetic through HTTP, refusals with their reasons, the script's JSON.

use entity::{PlatformRole, StakeholderGroup};
use futures::future::join_all;
use reqwest::StatusCode;
use serde_json::Value;

use super::{Setup, results, vote_json, votes};
use crate::helpers::{TestApp, location};

#[tokio::test]
async fn support_counts_down_what_is_left_and_withdrawing_gives_it_back() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "voto",
        "support",
        "2",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let ids: Vec<i64> = join_all(["Uno", "Due", "Tre"].into_iter().map(|t| s.propose(t))).await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;

    let list = app
        .by(&amina)
        .get_html("/consultations/voto/proposals")
        .await;
    assert!(
        list.contains("Ti restano 2 sostegni su 2"),
        "what is left shows"
    );
    assert!(list.contains("data-vote-box"), "each card can be voted");

    let page = app.by(&amina).vote(ids[0], "support").await;
    assert!(page.contains("Il tuo sostegno è registrato."));
    assert!(page.contains("Ti restano 1 sostegni su 2"));
    assert!(page.contains("Sostieni questa proposta."));
    // Supporting again changes nothing and costs nothing.
    let page = app.by(&amina).vote(ids[0], "support").await;
    assert!(page.contains("Ti restano 1 sostegni su 2"));
    app.by(&amina).vote(ids[1], "support").await;
    let page = app.by(&amina).vote(ids[2], "support").await;
    assert!(
        page.contains("Non ti restano sostegni"),
        "the limit is explained"
    );
    assert_eq!(votes(&app, ids[2]).await, 0);

    let page = app.by(&amina).vote(ids[0], "withdraw").await;
    assert!(page.contains("Il tuo voto è ritirato."));
    let page = app.by(&amina).vote(ids[2], "support").await;
    assert!(page.contains("Ti restano 0 sostegni su 2"));
    assert_eq!(
        (
            votes(&app, ids[0]).await,
            votes(&app, ids[1]).await,
            votes(&app, ids[2]).await
        ),
        (0, 1, 1)
    );
    // The wrong rule's choice is refused with its reason.
    let page = app.by(&amina).vote(ids[0], "add_dot").await;
    assert!(page.contains("Questa scelta non esiste in questa fase."));
}

#[tokio::test]
async fn approval_keeps_one_opinion_per_proposal_and_counts_each_kind() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "parere",
        "approval",
        "",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let p = s.propose("Sabato").await;
    let people = app.voters("b", StakeholderGroup::Beneficiary, 4).await;
    let officials = app.voters("i", StakeholderGroup::Institution, 3).await;

    let page = app.by(&people[0]).vote(p, "against").await;
    assert!(page.contains("Il tuo voto è salvato."));
    assert!(page.contains(r#"value="against" class="button button--choice" aria-pressed="true""#));
    let page = app.by(&people[0]).vote(p, "for").await;
    assert!(page.contains(r#"value="for" class="button button--choice" aria-pressed="true""#));
    assert!(page.contains("Hai votato una proposta."));
    for (client, choice) in [
        (&people[1], "for"),
        (&people[2], "against"),
        (&people[3], "abstain"),
        (&officials[0], "for"),
        (&officials[1], "for"),
        (&officials[2], "against"),
    ] {
        app.by(client).vote(p, choice).await;
    }
    assert_eq!(votes(&app, p).await, 7, "one row per voter");

    let json = results(&app, "parere").await;
    let round_json = &json["rounds"][0];
    assert_eq!(round_json["round_id"], s.round);
    assert_eq!(round_json["vote_rule"], "approval");
    assert_eq!(round_json["voters_total"], 7);
    let figures = &round_json["proposals"][0];
    assert_eq!(figures["total"], 4, "in favour");
    assert_eq!(figures["against"], 2);
    assert_eq!(figures["abstain"], 1);
    assert_eq!(figures["by_group"]["beneficiary"], 2);
    assert_eq!(figures["by_group"]["institution"], 2);
    // min(2/4, 2/3) = 0.5
    assert_eq!(figures["cross_group_support"], 0.5);

    let page = app.by(&people[3]).vote(p, "withdraw").await;
    assert!(page.contains("Non hai ancora votato nessuna proposta."));
    assert_eq!(votes(&app, p).await, 6);
}

#[tokio::test]
async fn dots_spread_and_pile_up_within_the_budget() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "punti", "dots", "3", "live", &["beneficiary"]).await;
    let a = s.propose("A").await;
    let b = s.propose("B").await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;

    app.by(&amina).vote(a, "add_dot").await;
    let page = app.by(&amina).vote(a, "add_dot").await;
    assert!(page.contains("Hai messo 2 punti qui."));
    assert!(page.contains("Ti restano 1 punti su 3"));
    app.by(&amina).vote(b, "add_dot").await;
    let page = app.by(&amina).vote(a, "add_dot").await;
    assert!(page.contains("Non ti restano punti"), "the budget holds");
    let page = app.by(&amina).vote(a, "remove_dot").await;
    assert!(page.contains("Hai messo un punto qui."));
    let page = app.by(&amina).vote(a, "remove_dot").await;
    assert!(page.contains("Non hai messo punti qui."));
    assert_eq!(votes(&app, a).await, 0, "no dots, no row");
    app.by(&amina).vote(b, "add_dot").await;
    app.by(&amina).vote(b, "add_dot").await;
    let json = results(&app, "punti").await;
    let b_figures = json["rounds"][0]["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["proposal_id"] == b)
        .unwrap()
        .clone();
    // One voter in all: totals stay hidden.
    assert_eq!(b_figures["total"], Value::Null);
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(SUM(value) AS BIGINT) FROM vote WHERE proposal_id = {b}"
        ))
        .await,
        3
    );
}

#[tokio::test]
async fn votes_are_refused_with_a_reason_when_they_cannot_count() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "", "live", &["beneficiary"]).await;
    let p = s.propose("Aperta").await;
    let withdrawn = s.propose("Ritirata").await;
    let response = app
        .by(&s.author)
        .post_form(
            &format!("/proposals/{withdrawn}/withdraw"),
            &[("reason", "Doppione")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let official = s.voter("luca", StakeholderGroup::Institution).await;
    let page = app.by(&official).vote(p, "support").await;
    assert!(page.contains("Il tuo gruppo non vota in questa fase."));

    app.create_account(
        "unverified@example.org",
        "Nuovo",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        false,
    )
    .await;
    let unverified = app.client_for("unverified@example.org").await;
    let page = app.by(&unverified).vote(p, "support").await;
    assert!(page.contains("Prima di votare conferma il tuo indirizzo email."));

    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let page = app.by(&amina).vote(withdrawn, "support").await;
    assert!(page.contains("non si può votare"));

    // Anonymous visitors are asked to log in.
    let response = app
        .post_form(&format!("/proposals/{p}/vote"), &[("choice", "support")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/login"));

    // Once the round closes, nothing more is counted.
    s.close().await;
    let page = app.by(&amina).vote(p, "support").await;
    assert!(page.contains("Il voto è chiuso"));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM vote").await,
        0
    );
    let response = app.get(&format!("/proposals/{p}/vote")).await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn a_page_from_before_the_round_changed_does_not_vote_in_the_next() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "", "live", &["beneficiary"]).await;
    let p = s.propose("Aperta").await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let response = app
        .by(&amina)
        .post_form(
            &format!("/proposals/{p}/vote"),
            &[("choice", "support"), ("round", &(s.round + 1).to_string())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.by(&amina).get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Il voto è chiuso"));
    assert_eq!(votes(&app, p).await, 0);
}

#[tokio::test]
async fn the_script_gets_the_new_box_and_what_is_left_as_json() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "1", "live", &["beneficiary"]).await;
    let p = s.propose("Uno").await;
    let q = s.propose("Due").await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let token = app.csrf_token(&amina).await;

    let (status, answer) = vote_json(&app, &amina, &token, p, "support").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["ok"], true);
    assert_eq!(answer["message"], "Il tuo sostegno è registrato.");
    assert_eq!(answer["left"], "Ti restano 0 sostegni su 1");
    let widget = answer["widget"].as_str().unwrap();
    assert!(widget.contains(&format!("id=\"vote-{p}\"")));
    assert!(widget.contains("Ritira il mio sostegno"));

    let (status, answer) = vote_json(&app, &amina, &token, q, "support").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(answer["ok"], false);
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .contains("Non ti restano sostegni")
    );
    assert!(
        answer["widget"]
            .as_str()
            .unwrap()
            .contains("value=\"support\"")
    );

    // The page links the script only where there is something to vote.
    let page = app
        .by(&amina)
        .get_html("/consultations/voto/proposals")
        .await;
    assert!(page.contains("/static/vote."));
    let page = app.get_html("/consultations/voto").await;
    assert!(!page.contains("/static/vote."));
}

#[tokio::test]
async fn once_someone_votes_for_it_the_author_can_no_longer_edit_the_text() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "", "live", &["beneficiary"]).await;
    let p = s.propose("Testo sostenuto").await;
    let edit = format!("/proposals/{p}/edit");
    assert_eq!(app.by(&s.author).get(&edit).await.status(), StatusCode::OK);
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    app.by(&amina).vote(p, "support").await;
    assert_eq!(
        app.by(&s.author).get(&edit).await.status(),
        StatusCode::FORBIDDEN,
        "supporters backed this text"
    );
    let page = app.by(&s.author).get_html(&format!("/proposals/{p}")).await;
    assert!(!page.contains(&format!("href=\"{edit}\"")));
}

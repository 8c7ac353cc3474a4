//! Voting: each rule's arithmetic through HTTP, limits that hold under real concurrency,
//! refusals with their reasons, secret ballots, offline tallies, and results by group.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use futures::future::join_all;
use reqwest::{StatusCode, header};
use serde_json::Value;

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::{TestApp, form_value, location},
};

/// A published public consultation with one voting round, open now, run by a coordinator,
/// with an author from the first group the round admits.
struct Setup<'a> {
    app: &'a TestApp,
    slug: &'static str,
    round: i64,
    chiara: reqwest::Client,
    author: reqwest::Client,
}

impl<'a> Setup<'a> {
    async fn open(
        app: &'a TestApp,
        slug: &'static str,
        rule: &str,
        limit: &str,
        visibility: &str,
        groups: &[&str],
    ) -> Setup<'a> {
        let chiara = coordinator(app).await;
        create_consultation(app, &chiara, slug, slug, "public").await;
        let (opens_at, closes_at) = (
            app.local_time(TimeDelta::minutes(1)),
            app.local_time(TimeDelta::days(10)),
        );
        let mut fields = vec![
            ("title", "Voto"),
            ("description", "Si vota."),
            ("opens_at", opens_at.as_str()),
            ("closes_at", closes_at.as_str()),
            ("allows_proposals", "on"),
            ("allows_comments", "on"),
            ("allows_voting", "on"),
            ("vote_rule", rule),
            ("vote_limit", limit),
            ("results_visibility", visibility),
        ];
        let ticks: Vec<String> = groups.iter().map(|g| format!("group_{g}")).collect();
        for tick in &ticks {
            fields.push((tick.as_str(), "on"));
        }
        let response = app
            .by(&chiara)
            .post_form(&format!("/manage/consultations/{slug}/rounds/new"), &fields)
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "the round is added"
        );
        publish(app, &chiara, slug).await;
        app.advance_clock(TimeDelta::minutes(2));
        app.run_scheduler().await;
        let round = app
            .count(&format!(
                "SELECT r.id FROM round r JOIN consultation c ON c.id = r.consultation_id \
                 WHERE c.slug = '{slug}' AND r.state = 'open'"
            ))
            .await;
        let group = match groups[0] {
            "beneficiary" => StakeholderGroup::Beneficiary,
            "institution" => StakeholderGroup::Institution,
            "third_sector" => StakeholderGroup::ThirdSector,
            _ => StakeholderGroup::Other,
        };
        let author = app
            .voters(&format!("author-{slug}-"), group, 1)
            .await
            .remove(0);
        Setup {
            app,
            slug,
            round,
            chiara,
            author,
        }
    }

    async fn propose(&self, title: &str) -> i64 {
        self.app
            .by(&self.author)
            .propose(self.slug, title, "Una proposta da votare insieme.", "it")
            .await
    }

    /// One more verified participant, logged in.
    async fn voter(&self, name: &str, group: StakeholderGroup) -> reqwest::Client {
        self.app.voters(name, group, 1).await.remove(0)
    }

    async fn close(&self) {
        let response = self
            .app
            .by(&self.chiara)
            .post_form(
                &format!(
                    "/manage/consultations/{}/rounds/{}/close",
                    self.slug, self.round
                ),
                &[],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "the round closes");
    }
}

/// Votes as the script does: JSON back, with the status and the new box.
async fn vote_json(
    app: &TestApp,
    client: &reqwest::Client,
    token: &str,
    proposal: i64,
    choice: &str,
) -> (StatusCode, Value) {
    let response = client
        .post(app.url(&format!("/proposals/{proposal}/vote")))
        .header(header::ACCEPT, "application/json")
        .form(&[("choice", choice), ("_csrf", token)])
        .send()
        .await
        .expect("POST is answered");
    let status = response.status();
    (status, response.json().await.expect("a JSON answer"))
}

async fn results(app: &TestApp, slug: &str) -> Value {
    let response = app
        .get(&format!("/api/v1/consultations/{slug}/results"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn votes(app: &TestApp, proposal: i64) -> i64 {
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM vote WHERE proposal_id = {proposal}"
    ))
    .await
}

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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_voters_at_once_make_two_hundred_votes() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "folla", "support", "3", "live", &["beneficiary"]).await;
    let p = s.propose("Per tutti").await;
    let crowd = app.voters("v", StakeholderGroup::Beneficiary, 200).await;
    let tokens = join_all(crowd.iter().map(|c| app.csrf_token(c))).await;

    let answers = join_all(
        crowd
            .iter()
            .zip(&tokens)
            .map(|(client, token)| vote_json(&app, client, token, p, "support")),
    )
    .await;
    assert!(answers.iter().all(|(status, _)| *status == StatusCode::OK));
    assert_eq!(votes(&app, p).await, 200);
    let json = results(&app, "folla").await;
    assert_eq!(json["rounds"][0]["proposals"][0]["total"], 200);
    assert_eq!(json["rounds"][0]["voters_by_group"]["beneficiary"], 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_vote_sent_fifty_times_at_once_counts_once() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "3", "live", &["beneficiary"]).await;
    let p = s.propose("Una").await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let token = app.csrf_token(&amina).await;

    let answers = join_all((0..50).map(|_| vote_json(&app, &amina, &token, p, "support"))).await;
    assert!(answers.iter().all(|(status, _)| *status == StatusCode::OK));
    assert_eq!(votes(&app, p).await, 1);
    let list = app
        .by(&amina)
        .get_html("/consultations/voto/proposals")
        .await;
    assert!(list.contains("Ti restano 2 sostegni su 3"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_different_supports_at_once_stop_at_the_limit_of_three() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "3", "live", &["beneficiary"]).await;
    let mut ids = Vec::new();
    for n in 0..20 {
        ids.push(s.propose(&format!("Proposta {n}")).await);
    }
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let token = app.csrf_token(&amina).await;

    let answers = join_all(
        ids.iter()
            .map(|p| vote_json(&app, &amina, &token, *p, "support")),
    )
    .await;
    let accepted = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    let refused = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::CONFLICT)
        .count();
    assert_eq!((accepted, refused), (3, 17));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM vote").await,
        3
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_dot_budget_holds_against_simultaneous_additions() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "punti", "dots", "5", "live", &["beneficiary"]).await;
    let a = s.propose("A").await;
    let b = s.propose("B").await;
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    let token = app.csrf_token(&amina).await;
    let answers = join_all((0..12).map(|n| {
        vote_json(
            &app,
            &amina,
            &token,
            if n % 2 == 0 { a } else { b },
            "add_dot",
        )
    }))
    .await;
    let accepted = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    assert_eq!(accepted, 5);
    assert_eq!(
        app.count("SELECT CAST(SUM(value) AS BIGINT) FROM vote")
            .await,
        5
    );
}

#[tokio::test]
async fn results_after_close_stay_hidden_until_the_round_closes_except_to_facilitators() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "voto",
        "support",
        "",
        "after_close",
        &["beneficiary", "institution"],
    )
    .await;
    let p = s.propose("Segreta fino alla fine").await;
    for client in app.voters("b", StakeholderGroup::Beneficiary, 3).await {
        app.by(&client).vote(p, "support").await;
    }

    let json = results(&app, "voto").await;
    assert_eq!(json["rounds"][0]["visible"], false);
    assert_eq!(json["rounds"][0]["proposals"], Value::Array(vec![]));
    assert_eq!(json["rounds"][0]["voters_total"], Value::Null);
    let page = app.get_html("/consultations/voto/results").await;
    assert!(page.contains("I risultati di questa fase saranno pubblicati alla chiusura."));
    assert!(!page.contains("3 sostegni"));
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(!page.contains("3 sostegni"), "nor on the proposal page");
    let list = app.get_html("/consultations/voto/proposals").await;
    assert!(
        !list.contains("Più sostenute"),
        "no sorting that gives the order away"
    );

    // The facilitators see them, marked as not yet public.
    let page = app
        .by(&s.chiara)
        .get_html("/consultations/voto/results")
        .await;
    assert!(page.contains("Per ora questi dati li vedono solo i facilitatori"));
    assert!(page.contains("3 sostegni"));

    s.close().await;
    let json = results(&app, "voto").await;
    assert_eq!(json["rounds"][0]["visible"], true);
    assert_eq!(json["rounds"][0]["proposals"][0]["total"], 3);
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("3 sostegni"));
}

#[tokio::test]
async fn small_groups_show_fewer_than_three_and_cannot_be_worked_out() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "voto",
        "support",
        "",
        "live",
        &["beneficiary", "institution", "third_sector", "other"],
    )
    .await;
    let p = s.propose("Per gruppi").await;
    let q = s.propose("Altra").await;
    for client in app.voters("b", StakeholderGroup::Beneficiary, 5).await {
        app.by(&client).vote(p, "support").await;
    }
    let officials = app.voters("i", StakeholderGroup::Institution, 3).await;
    app.by(&officials[0]).vote(p, "support").await;
    app.by(&officials[1]).vote(q, "support").await;
    app.by(&officials[2]).vote(q, "support").await;
    let sector = app.voters("t", StakeholderGroup::ThirdSector, 4).await;
    for client in &sector {
        app.by(client).vote(p, "support").await;
    }
    let other = s.voter("o", StakeholderGroup::Other).await;
    app.by(&other).vote(p, "support").await;

    let json = results(&app, "voto").await;
    let round = &json["rounds"][0];
    assert_eq!(round["voters_total"], 13);
    assert_eq!(round["voters_by_group"]["other"], Value::Null);
    assert_eq!(round["voters_by_group"]["institution"], 3);
    let figures = round["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["proposal_id"] == p)
        .unwrap();
    assert_eq!(figures["total"], 11);
    assert_eq!(figures["by_group"]["beneficiary"], 5);
    assert_eq!(figures["by_group"]["third_sector"], 4);
    // "other" has one voter; institution, the smallest group shown, is hidden with it, so
    // 11 − 5 − 4 = 2 covers four people, not the one.
    assert_eq!(figures["by_group"]["other"], Value::Null);
    assert_eq!(figures["by_group"]["institution"], Value::Null);
    // The score uses every group of three or more: min(5/5, 1/3, 4/4).
    let score = figures["cross_group_support"].as_f64().unwrap();
    assert!((score - 1.0 / 3.0).abs() < 1e-9);

    let page = app.get_html("/consultations/voto/results").await;
    assert!(page.contains("meno di 3"));
    assert!(page.contains("33%"));
    assert!(page.contains("role=\"img\""));
}

#[tokio::test]
async fn nobody_else_can_tell_how_a_person_voted() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "approval", "", "live", &["beneficiary"]).await;
    let p = s.propose("Segreto").await;
    let mut people = app
        .voters("segreto", StakeholderGroup::Beneficiary, 4)
        .await;
    let secret = people.remove(0);
    app.by(&secret).vote(p, "against").await;
    for client in &people {
        app.by(client).vote(p, "for").await;
    }
    let own = app.by(&secret).get_html(&format!("/proposals/{p}")).await;
    assert!(own.contains(r#"value="against" class="button button--choice" aria-pressed="true""#));

    // Everything others can read: pages as another voter, the facilitator and anonymous,
    // and the API. None names the voter or shows their choice as pressed.
    let paths = [
        format!("/proposals/{p}"),
        "/consultations/voto/proposals".to_owned(),
        "/consultations/voto/results".to_owned(),
        "/api/v1/consultations/voto/results".to_owned(),
        "/manage/consultations/voto".to_owned(),
        "/manage/audit".to_owned(),
    ];
    for client in [&people[0], &s.chiara, &app.client] {
        for path in &paths {
            let response = app.by(client).get(path).await;
            let body = response.text().await.unwrap();
            assert!(!body.contains("segreto0"), "{path} names the voter");
            assert!(
                !body.contains("Votante segreto 0"),
                "{path} names the voter"
            );
            assert!(
                !body.contains(
                    r#"value="against" class="button button--choice" aria-pressed="true""#
                ),
                "{path} shows the voter's choice"
            );
        }
    }
}

#[tokio::test]
async fn facilitators_record_in_person_counts_shown_apart_from_online_votes() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "voto",
        "support",
        "",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let p = s.propose("In piazza").await;
    let q = s.propose("Altrove").await;
    for client in app.voters("b", StakeholderGroup::Beneficiary, 3).await {
        app.by(&client).vote(p, "support").await;
    }
    // Institutions vote online, but not for it: its cross-group support is 0.
    for client in app.voters("i", StakeholderGroup::Institution, 3).await {
        app.by(&client).vote(q, "support").await;
    }
    let form = format!("/proposals/{p}/tallies/new?round={}", s.round);
    let amina = s.voter("amina", StakeholderGroup::Beneficiary).await;
    assert_eq!(
        app.by(&amina).get(&form).await.status(),
        StatusCode::FORBIDDEN
    );
    let page = app.by(&s.chiara).get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains(&form.replace('&', "&amp;")) || page.contains(&form));

    let response = app
        .by(&s.chiara)
        .post_form(
            &form,
            &[
                ("place", "Piazza del Comune"),
                ("on", "2099-01-01"),
                ("method", ""),
                ("for_beneficiary", "-1"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Il giorno non può essere nel futuro."));
    assert!(page.contains("Indica come sono stati contati i voti"));
    assert!(page.contains("Inserisci un numero intero da 0 a 100000."));
    assert!(page.contains("Piazza del Comune"), "what was typed is kept");

    let today = app.local_time(TimeDelta::zero())[..10].to_owned();
    let response = app
        .by(&s.chiara)
        .post_form(
            &form,
            &[
                ("place", "Piazza del Comune"),
                ("on", &today),
                ("method", "Alzata di mano"),
                ("for_beneficiary", "12"),
                ("for_institution", "2"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("/proposals/{p}#figures"));

    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("3 sostegni"), "online votes unchanged");
    assert!(page.contains("Contati in presenza"));
    assert!(page.contains("Piazza del Comune"));
    assert!(page.contains("14 sostegni"));
    let [year, month, day]: [&str; 3] = today
        .split('-')
        .collect::<Vec<_>>()
        .try_into()
        .expect("YYYY-MM-DD");
    let italian_day = format!("{day}/{month}/{year}");
    assert!(
        page.contains(&format!("<time datetime=\"{today}\">{italian_day}</time>")),
        "the day as Italians write it ({italian_day}), and for machines"
    );
    let json = results(&app, "voto").await;
    let figures = json["rounds"][0]["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["proposal_id"] == p)
        .unwrap();
    assert_eq!(figures["total"], 3, "never mixed into online figures");
    assert_eq!(
        figures["cross_group_support"], 0.0,
        "institutions in favour in person do not change the online score"
    );
    assert_eq!(figures["offline"][0]["place"], "Piazza del Comune");
    assert_eq!(figures["offline"][0]["method"], "Alzata di mano");
    assert_eq!(figures["offline"][0]["in_favour"], 14);
    assert_eq!(
        figures["offline"][0]["in_favour_by_group"]["institution"],
        2
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'tally.recorded'")
            .await,
        1
    );

    let tally = app.count("SELECT id FROM offline_tally").await;
    let confirm = app
        .by(&s.chiara)
        .get_html(&format!("/tallies/{tally}/delete"))
        .await;
    assert!(confirm.contains("Eliminare questo conteggio in presenza?"));
    let token = form_value(&confirm, "_csrf").unwrap();
    let response = s
        .chiara
        .post(app.url(&format!("/tallies/{tally}/delete")))
        .form(&[("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let json = results(&app, "voto").await;
    assert!(
        json["rounds"][0]["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["offline"] == Value::Array(vec![]))
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'tally.deleted'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_list_sorts_by_support_once_public_votes_exist() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "", "live", &["beneficiary"]).await;
    let first = s.propose("Poco sostenuta").await;
    let second = s.propose("Molto sostenuta").await;
    let list = app.get_html("/consultations/voto/proposals").await;
    assert!(!list.contains("Più sostenute"), "nothing to sort by yet");

    let people = app.voters("b", StakeholderGroup::Beneficiary, 3).await;
    for client in &people {
        app.by(client).vote(second, "support").await;
    }
    app.by(&people[0]).vote(first, "support").await;
    let list = app.get_html("/consultations/voto/proposals").await;
    assert!(list.contains(r#"<option value="supported" selected>Più sostenute</option>"#));
    assert!(
        list.find("Molto sostenuta") < list.find("Poco sostenuta"),
        "the most supported first"
    );
    assert!(list.contains("<strong>3 sostegni</strong>"));
    let newest = app
        .get_html("/consultations/voto/proposals?sort=newest")
        .await;
    assert!(newest.find("Molto sostenuta") < newest.find("Poco sostenuta"));
    let _ = first;
}

#[tokio::test]
async fn the_demo_results_show_groups_and_cross_group_support() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM vote").await,
        62 + 45,
        "seeding twice adds no votes"
    );
    let json = results(&app, "demo").await;
    let rounds = json["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 3);
    assert_eq!(
        rounds
            .iter()
            .map(|r| r["vote_rule"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["dots", "support", "approval"]
    );
    let open = &rounds[1];
    assert_eq!(open["visible"], true);
    assert_eq!(open["voters_by_group"]["beneficiary"], 7);
    assert_eq!(open["voters_by_group"]["institution"], 4);
    assert_eq!(open["voters_by_group"]["third_sector"], 4);
    assert_eq!(open["voters_by_group"]["other"], Value::Null);
    let by_title = |round: &Value, title: &str| {
        round["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["title"].as_str().unwrap().starts_with(title))
            .unwrap()
            .clone()
    };
    let across = by_title(open, "Corsi di italiano la sera");
    assert_eq!(across["total"], 13);
    assert_eq!(across["by_group"]["beneficiary"], 6);
    assert_eq!(across["by_group"]["institution"], 3);
    assert_eq!(across["by_group"]["third_sector"], 4);
    assert_eq!(across["cross_group_support"], 0.75);
    let single = by_title(open, "Riconoscere i titoli");
    assert_eq!(single["by_group"]["beneficiary"], 5);
    assert_eq!(single["by_group"]["institution"], 0);
    assert_eq!(single["cross_group_support"], 0.0);
    let mediators = by_title(open, "مرشدون");
    assert_eq!(mediators["offline"][0]["in_favour"], 22);
    assert_eq!(
        rounds[2]["visible"], false,
        "the approval round has not opened"
    );
    let dots = &rounds[0];
    assert_eq!(dots["visible"], true);
    let total_dots: i64 = dots["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["total"].as_i64().unwrap())
        .sum();
    assert_eq!(total_dots, 15 * 5, "every voter spent five dots");

    let closed = results(&app, "sportelli").await;
    let approval = &closed["rounds"][0];
    assert_eq!(approval["vote_rule"], "approval");
    let monday = by_title(approval, "Chiudere gli sportelli");
    assert_eq!(monday["by_group"]["institution"], 4);
    assert_eq!(monday["cross_group_support"], 0.0);
    let booking = by_title(approval, "Prenotare");
    assert_eq!(booking["total"], 13);
    assert_eq!(booking["abstain"], 2);

    let page = app.get_html("/consultations/demo/results").await;
    assert!(page.contains("Discussione e sostegno"));
    assert!(page.contains("75%"));
    assert!(page.contains("Contati in presenza"));
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

//! Results by group and when they show, secret ballots, offline tallies, the demo.

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::StatusCode;
use serde_json::Value;

use super::{Setup, results};
use crate::helpers::{TestApp, form_value, location};

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

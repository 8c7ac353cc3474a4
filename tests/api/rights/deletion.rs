use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::Value;

use super::{FATOU, move_to_other_group, places_holding, results_text};
use crate::helpers::{TestApp, location, new_client};

const DEMO_PASSWORD: &str = "demo-demo-demo";

/// The closed rounds' part of a consultation's results, as text.
fn closed_rounds(results: &str, closed: &[i64]) -> Vec<String> {
    let json: Value = serde_json::from_str(results).unwrap();
    json["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| closed.contains(&r["round_id"].as_i64().unwrap()))
        .map(Value::to_string)
        .collect()
}

/// Each proposal's total in a round of the results.
fn totals(results: &str, round: i64) -> Vec<(i64, i64)> {
    let json: Value = serde_json::from_str(results).unwrap();
    let round = json["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["round_id"] == round)
        .expect("the round is in the results")
        .clone();
    let mut totals: Vec<(i64, i64)> = round["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["proposal_id"].as_i64().unwrap(),
                p["total"].as_i64().unwrap(),
            )
        })
        .collect();
    totals.sort_unstable();
    totals
}

#[tokio::test]
async fn deleting_an_account_erases_the_person_and_keeps_closed_results() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let fatou_id = app
        .count(&format!("SELECT id FROM \"user\" WHERE email = '{FATOU}'"))
        .await;
    // Her address in the audit log (a coordinator changes her group) and in the mail queue.
    let coordinator = app.client_for_demo("coordinator@demo.test").await;
    move_to_other_group(&app, &coordinator, fatou_id).await;
    app.post_form("/password/forgot", &[("email", FATOU)]).await;
    app.last_email_to(FATOU).await;
    assert!(!places_holding(&app, FATOU).await.is_empty());

    let fatou = app.client_for_demo(FATOU).await;
    let other_device = app.client_for_demo(FATOU).await;
    let closed_ids = closed_round_ids(&app, fatou_id).await;
    assert!(!closed_ids.is_empty(), "Fatou voted in a closed round");
    let open_round = app
        .count(
            "SELECT r.id FROM round r JOIN consultation c ON c.id = r.consultation_id \
             WHERE c.slug = 'demo' AND r.state = 'open'",
        )
        .await;
    let supported: Vec<i64> = proposal_ids(&app, open_round, fatou_id).await;
    assert!(
        !supported.is_empty(),
        "Fatou supports proposals in the open round"
    );
    let demo_before = results_text(&app, "demo").await;
    let sportelli_before = results_text(&app, "sportelli").await;

    // The way there starts from the account page.
    let account = app.by(&fatou).get_html("/account").await;
    assert!(account.contains("href=\"/account/delete\""));
    let page = app.by(&fatou).get_html("/account/delete").await;
    assert!(page.contains("name=\"password\"") && page.contains("value=\"withdraw\""));

    // A wrong password: the error at the field, nothing deleted.
    let wrong = app
        .by(&fatou)
        .post_form(
            "/account/delete",
            &[
                ("password", "not my password"),
                ("contributions", "withdraw"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = wrong.text().await.unwrap();
    assert!(html.contains("field--error") && html.contains("password-error"));
    assert!(
        html.contains("value=\"withdraw\" checked"),
        "the choice is kept"
    );
    assert_eq!(
        app.by(&other_device).get("/account").await.status(),
        StatusCode::OK
    );

    let deleted = app
        .by(&fatou)
        .post_form(
            "/account/delete",
            &[("password", DEMO_PASSWORD), ("contributions", "keep")],
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&deleted), "/");
    let home = app.by(&fatou).get_html("/").await;
    assert!(home.contains("Il tuo account è stato cancellato"));

    // Logged out everywhere, and nobody can log in as her again.
    for client in [&fatou, &other_device] {
        let response = app.by(client).get("/account").await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert!(location(&response).starts_with("/login"));
    }
    let again = app.by(&new_client()).login(FATOU, DEMO_PASSWORD).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM \"user\" WHERE id = {fatou_id} AND deleted_at IS NOT NULL \
             AND email = 'deleted-{fatou_id}@invalid' AND display_name = '' \
             AND organisation IS NULL"
        ))
        .await,
        1
    );
    for table in ["session", "account_token", "notification", "follow"] {
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM {table} WHERE user_id = {fatou_id}"
            ))
            .await,
            0,
            "{table}"
        );
    }

    // Published results of closed rounds do not move; the open round loses her supports.
    assert_eq!(results_text(&app, "sportelli").await, sportelli_before);
    let demo_after = results_text(&app, "demo").await;
    assert_eq!(
        closed_rounds(&demo_after, &closed_ids),
        closed_rounds(&demo_before, &closed_ids)
    );
    let (before, after) = (
        totals(&demo_before, open_round),
        totals(&demo_after, open_round),
    );
    for ((id, total_before), (same_id, total_after)) in before.iter().zip(&after) {
        assert_eq!(id, same_id);
        let drop = i64::from(supported.contains(id));
        assert_eq!(*total_after, total_before - drop, "proposal {id}");
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM vote WHERE user_id = {fatou_id} AND round_id = {open_round}"
        ))
        .await,
        0
    );

    // The counters agree with a recount of the ballots left.
    let differences = tavolo::voting::recount::check(app.db()).await.unwrap();
    assert!(differences.is_empty(), "{differences:?}");

    // Her address is nowhere in the database.
    assert_eq!(places_holding(&app, FATOU).await, Vec::<String>::new());
    assert_eq!(
        places_holding(&app, "Fatou Ndiaye").await,
        Vec::<String>::new(),
        "nor her name"
    );
}

async fn closed_round_ids(app: &TestApp, user: i64) -> Vec<i64> {
    let rows = app
        .db()
        .query_all_raw(sea_orm::Statement::from_string(
            app.db().get_database_backend(),
            format!(
                "SELECT DISTINCT r.id FROM round r JOIN vote v ON v.round_id = r.id \
                 WHERE r.state = 'closed' AND v.user_id = {user}"
            ),
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|r| r.try_get_by_index(0).unwrap())
        .collect()
}

async fn proposal_ids(app: &TestApp, round: i64, user: i64) -> Vec<i64> {
    let rows = app
        .db()
        .query_all_raw(sea_orm::Statement::from_string(
            app.db().get_database_backend(),
            format!("SELECT proposal_id FROM vote WHERE round_id = {round} AND user_id = {user}"),
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|r| r.try_get_by_index(0).unwrap())
        .collect()
}

#[tokio::test]
async fn contributions_stay_under_former_participant_unless_withdrawn() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let author_of = |email: &'static str| {
        format!(
            "SELECT MIN(p.id) FROM proposal p JOIN \"user\" u ON u.id = p.author_id \
             WHERE u.email = '{email}' AND p.state = 'published'"
        )
    };
    let kept = app.count(&author_of("beneficiary@demo.test")).await;
    let withdrawn = app.count(&author_of("partner@demo.test")).await;
    let partner = app
        .count("SELECT id FROM \"user\" WHERE email = 'partner@demo.test'")
        .await;
    let page = app.get_html(&format!("/proposals/{kept}")).await;
    assert!(!page.contains("ex partecipante"));

    for (email, choice) in [
        ("beneficiary@demo.test", "keep"),
        ("partner@demo.test", "withdraw"),
    ] {
        let client = app.client_for_demo(email).await;
        let response = app
            .by(&client)
            .post_form(
                "/account/delete",
                &[("password", DEMO_PASSWORD), ("contributions", choice)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{email}");
    }

    let page = app.get_html(&format!("/proposals/{kept}")).await;
    assert!(
        page.contains("ex partecipante"),
        "the author is a former participant"
    );
    let english = app.get_html_in("en", &format!("/proposals/{kept}")).await;
    assert!(english.contains("former participant"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM proposal WHERE id = {kept} AND state = 'published'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM proposal WHERE id = {withdrawn} AND state = 'withdrawn'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM comment WHERE author_id = {partner} AND state = 'published'"
        ))
        .await,
        0,
        "the withdrawing person's comments are withdrawn too"
    );
}

#[tokio::test]
async fn the_last_coordinator_cannot_delete_their_account() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let coordinator = app.client_for_demo("coordinator@demo.test").await;
    let page = app.by(&coordinator).get_html("/account/delete").await;
    assert!(page.contains("unica persona che coordina"));
    assert!(!page.contains("name=\"password\""), "no form to submit");
    let refused = app
        .by(&coordinator)
        .post_form(
            "/account/delete",
            &[("password", DEMO_PASSWORD), ("contributions", "keep")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM \"user\" WHERE email = 'coordinator@demo.test' \
             AND deleted_at IS NULL"
        )
        .await,
        1
    );

    // A facilitator is told that coordinators will run their consultations, and may go.
    let facilitator = app.client_for_demo("facilitator@demo.test").await;
    let page = app.by(&facilitator).get_html("/account/delete").await;
    assert!(page.contains("Facilitate queste consultazioni"));
    let gone = app
        .by(&facilitator)
        .post_form(
            "/account/delete",
            &[("password", DEMO_PASSWORD), ("contributions", "keep")],
        )
        .await;
    assert_eq!(gone.status(), StatusCode::SEE_OTHER);
    let audit = app.by(&coordinator).get_html("/manage/audit").await;
    assert!(audit.contains("Account cancellato dalla persona titolare"));
    assert!(audit.contains("<bdi>ex partecipante</bdi>"), "who did it");
    let accounts = app.by(&coordinator).get_html("/manage/accounts").await;
    assert!(!accounts.contains("facilitator@demo.test"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM consultation_role r JOIN \"user\" u ON u.id = r.user_id \
             WHERE u.deleted_at IS NOT NULL"
        )
        .await,
        0
    );
}

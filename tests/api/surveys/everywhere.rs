//! Surveys everywhere else: the API and the demo.

use chrono::TimeDelta;
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::Value as Json;
use tavolo::surveys::{
    answers::{Answers, Value},
    responses::{self, Outcome, Paper, Respondent},
};

use super::Fixture;
use crate::{helpers::TestApp, openapi::problems};

/// GETs `path` as an anonymous visitor, expects `status` and checks the body against the
/// published OpenAPI document's schema for `template`.
async fn api(app: &TestApp, template: &str, path: &str, status: StatusCode) -> Json {
    // The surveys here change through functions, not requests: forget kept pages.
    app.state.pages.changed();
    let document: Json = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let response = app.get(path).await;
    assert_eq!(response.status(), status, "GET {path}");
    let body: Json = response.json().await.unwrap();
    let mut schema = document["paths"][template]["get"]["responses"][status.as_str()]["content"]
        ["application/json"]["schema"]
        .clone();
    assert!(!schema.is_null(), "{status} of {template} is documented");
    schema["components"] = document["components"].clone();
    let problems = problems(&body, &schema);
    assert!(problems.is_empty(), "GET {path}:\n{}", problems.join("\n"));
    body
}

/// `n` people of `group` answer "Sì" online, with a story.
async fn online(app: &TestApp, f: &Fixture, group: StakeholderGroup, n: usize) {
    let structure = f.structure(app).await;
    let yes = f.option(app, "helped", "Sì").await;
    let known = app
        .count("SELECT CAST(COUNT(*) AS BIGINT) FROM \"user\"")
        .await;
    for i in 0..n {
        let email = format!("{}-{known}-{i}@example.org", group_code(group));
        let user_id = app
            .create_account(&email, &email, group, PlatformRole::Participant, true)
            .await;
        let who = Respondent { user_id, group };
        let now = app.state.now();
        let first = Answers::from([(f.q["helped"], Value::Options(vec![yes]))]);
        responses::save_section(app.db(), &structure, who, 0, first, now)
            .await
            .unwrap();
        let second = Answers::from([
            (f.q["satisfaction"], Value::Number(4.0)),
            (
                f.q["story"],
                Value::Text(format!("Storia riservata {email}")),
            ),
        ]);
        responses::save_section(app.db(), &structure, who, 1, second, now)
            .await
            .unwrap();
        let outcome = responses::submit(app.db(), &structure, who, now)
            .await
            .unwrap();
        assert_eq!(outcome, Outcome::Submitted);
    }
}

fn group_code(group: StakeholderGroup) -> &'static str {
    match group {
        StakeholderGroup::Beneficiary => "beneficiary",
        StakeholderGroup::Institution => "institution",
        StakeholderGroup::ThirdSector => "third_sector",
        StakeholderGroup::Other => "other",
    }
}

/// `n` paper questionnaires of `group` answering "No", typed in by the coordinator.
async fn paper(app: &TestApp, f: &Fixture, group: StakeholderGroup, n: usize) {
    let structure = f.structure(app).await;
    let no = f.option(app, "helped", "No").await;
    let recorded_by = app
        .count("SELECT MIN(id) FROM \"user\" WHERE role = 'coordinator'")
        .await;
    for _ in 0..n {
        let answers = Answers::from([
            (f.q["helped"], Value::Options(vec![no])),
            (f.q["wrong"], Value::Text("Coda lunghissima".into())),
            (f.q["satisfaction"], Value::Number(2.0)),
        ]);
        let paper = Paper {
            group,
            place: "Centro Anziani, Prato".into(),
            held_on: app.state.now().date_naive(),
            recorded_by,
            answers,
        };
        responses::record_paper(app.db(), &structure, paper, app.state.now())
            .await
            .unwrap();
    }
}

fn question(results: &Json, id: i64) -> &Json {
    results["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
        .expect("the question is in the results")
}

#[tokio::test]
async fn the_api_lists_published_surveys_and_gives_results_by_group_with_small_groups_suppressed() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "sondaggi-api", false).await;
    let list_at = "/api/v1/consultations/{slug}/surveys";
    let results_at = "/api/v1/surveys/{id}/results";
    let results = format!("/api/v1/surveys/{}/results", f.survey_id);

    let list = api(
        &app,
        list_at,
        "/api/v1/consultations/sondaggi-api/surveys",
        StatusCode::OK,
    )
    .await;
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    let survey = &items[0];
    assert_eq!(survey["title"], "Servizi anagrafici");
    assert_eq!(survey["state"], "open");
    assert_eq!(survey["language"], "it");
    assert_eq!(survey["anonymous"], false);
    assert_eq!(survey["results_visibility"], "live");
    assert_eq!(survey["groups"].as_array().unwrap().len(), 4);
    assert_eq!(survey["sections"].as_array().unwrap().len(), 2);
    let first = &survey["sections"][0]["questions"][0];
    assert_eq!(first["kind"], "single_choice");
    assert_eq!(first["required"], true);
    assert_eq!(first["options"][0]["label"], "Sì");

    // Fewer than 3 people in all: no figure at all.
    online(&app, &f, StakeholderGroup::Beneficiary, 2).await;
    let early = api(&app, results_at, &results, StatusCode::OK).await;
    assert_eq!(early["respondents"]["total"], 2);
    assert!(early["questions"].as_array().unwrap().is_empty());

    // 3 beneficiaries online, 4 third-sector and 2 institution questionnaires on paper.
    online(&app, &f, StakeholderGroup::Beneficiary, 1).await;
    paper(&app, &f, StakeholderGroup::ThirdSector, 4).await;
    paper(&app, &f, StakeholderGroup::Institution, 2).await;
    let body = api(&app, results_at, &results, StatusCode::OK).await;
    let respondents = &body["respondents"];
    assert_eq!(
        (
            respondents["online"].as_i64(),
            respondents["paper"].as_i64()
        ),
        (Some(3), Some(6))
    );
    assert_eq!(respondents["total"], 9);
    let by_group = &respondents["by_group"];
    assert_eq!(
        by_group["institution"],
        Json::Null,
        "2 answers are suppressed"
    );
    assert_eq!(by_group["other"], Json::Null);
    assert_eq!(
        by_group["beneficiary"],
        Json::Null,
        "the smallest group shown goes too, or 9 - 4 - 3 would give the 2 away"
    );
    assert_eq!(by_group["third_sector"], 4);

    let helped = question(&body, f.q["helped"]);
    assert_eq!(helped["answered"], 9);
    let counts = helped["counts"].as_array().unwrap();
    assert_eq!(
        (counts[0]["label"].as_str(), counts[0]["count"].as_i64()),
        (Some("Sì"), Some(3))
    );
    assert_eq!(counts[1]["count"], 6);
    assert_eq!(counts[1]["by_group"]["third_sector"], 4);
    assert_eq!(counts[1]["by_group"]["institution"], Json::Null);
    let satisfaction = question(&body, f.q["satisfaction"]);
    assert_eq!(satisfaction["average"], (3.0 * 4.0 + 6.0 * 2.0) / 9.0);
    assert_eq!(satisfaction["counts"][0]["label"], "2");
    // Text answers never leave through the API.
    let text = body.to_string();
    assert!(!text.contains("Storia riservata") && !text.contains("Coda lunghissima"));
    assert!(
        question(&body, f.q["story"])["counts"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(!text.contains("@example.org"));

    // A draft survey is nowhere.
    app.db()
        .execute_unprepared(&format!(
            "UPDATE survey SET status = 'draft' WHERE id = {}",
            f.survey_id
        ))
        .await
        .unwrap();
    let list = api(
        &app,
        list_at,
        "/api/v1/consultations/sondaggi-api/surveys",
        StatusCode::OK,
    )
    .await;
    assert!(list["items"].as_array().unwrap().is_empty());
    api(&app, results_at, &results, StatusCode::NOT_FOUND).await;
    api(
        &app,
        list_at,
        "/api/v1/consultations/nessuna/surveys",
        StatusCode::NOT_FOUND,
    )
    .await;
}

async fn set(app: &TestApp, survey: i64, visibility: &str) {
    let sql = format!("UPDATE survey SET results_visibility = '{visibility}' WHERE id = {survey}");
    app.db().execute_unprepared(&sql).await.unwrap();
}

#[tokio::test]
async fn survey_results_are_in_the_api_only_when_their_visibility_allows() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "visibili", true).await;
    online(&app, &f, StakeholderGroup::Other, 3).await;
    let results_at = "/api/v1/surveys/{id}/results";
    let results = format!("/api/v1/surveys/{}/results", f.survey_id);
    let body = api(&app, results_at, &results, StatusCode::OK).await;
    assert_eq!(body["respondents"]["by_group"]["other"], 3);
    // Anonymous: nothing in the figures points at anyone.
    assert!(!body.to_string().contains("@example.org"));

    set(&app, f.survey_id, "after_close").await;
    api(&app, results_at, &results, StatusCode::NOT_FOUND).await;
    set(&app, f.survey_id, "facilitators").await;
    api(&app, results_at, &results, StatusCode::NOT_FOUND).await;

    app.advance_clock(TimeDelta::days(8));
    api(&app, results_at, &results, StatusCode::NOT_FOUND).await;
    set(&app, f.survey_id, "after_close").await;
    let closed = api(&app, results_at, &results, StatusCode::OK).await;
    assert_eq!(closed["state"], "closed");
    // Unknown ids, and ids no survey can have (out of range, not a number), are 404.
    for unknown in ["999999", "9223372036854775808", "abc"] {
        api(
            &app,
            results_at,
            &format!("/api/v1/surveys/{unknown}/results"),
            StatusCode::NOT_FOUND,
        )
        .await;
    }
}

#[tokio::test]
async fn the_demo_has_a_survey_with_every_kind_answered_online_and_on_paper_by_every_group() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey")
            .await,
        1,
        "made once"
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(DISTINCT kind) AS BIGINT) FROM survey_question")
            .await,
        8,
        "every kind of question"
    );
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_question WHERE show_if_option IS NOT NULL"
        )
        .await,
        1,
        "a condition"
    );
    let respondents = |source: &str| {
        format!(
            "SELECT CAST(SUM(count) AS BIGINT) FROM survey_tally \
             WHERE question_id = 0 AND bucket = 'respondents' AND source = '{source}'"
        )
    };
    assert_eq!(app.count(&respondents("online")).await, 15);
    assert_eq!(app.count(&respondents("paper")).await, 4);
    assert_eq!(
        app.count("SELECT CAST(COUNT(DISTINCT stakeholder_group) AS BIGINT) FROM survey_response")
            .await,
        4,
        "answers from every group"
    );
    // The condition held: only those who found the office hard to reach say why.
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_answer a \
             JOIN survey_question q ON q.id = a.question_id \
             WHERE q.show_if_option IS NOT NULL"
        )
        .await,
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_answer a \
             JOIN survey_question q ON q.id = a.question_id \
             WHERE a.option_id = (SELECT show_if_option FROM survey_question \
                                  WHERE show_if_option IS NOT NULL)"
        )
        .await
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(DISTINCT locale) AS BIGINT) FROM survey_translation")
            .await,
        2,
        "English and Arabic"
    );

    // The API shows it, with at least two groups past the threshold.
    let list = api(
        &app,
        "/api/v1/consultations/{slug}/surveys",
        "/api/v1/consultations/demo/surveys",
        StatusCode::OK,
    )
    .await;
    let survey = &list["items"][0];
    assert!(
        survey["title"]
            .as_str()
            .unwrap()
            .starts_with("Servizi anagrafici")
    );
    let id = survey["id"].as_i64().unwrap();
    let results = api(
        &app,
        "/api/v1/surveys/{id}/results",
        &format!("/api/v1/surveys/{id}/results"),
        StatusCode::OK,
    )
    .await;
    assert_eq!(results["respondents"]["total"], 19);
    let by_group = results["respondents"]["by_group"].as_object().unwrap();
    assert!(
        by_group.values().filter(|n| !n.is_null()).count() >= 2,
        "{by_group:?}"
    );
}

#[tokio::test]
async fn my_data_holds_my_named_survey_answers_and_deleting_me_leaves_them_counted_without_me() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "dati-miei", false).await;
    // A second fixture makes its own coordinator.
    app.db()
        .execute_unprepared(
            "UPDATE \"user\" SET email = 'chiara-1@example.org' WHERE email = 'chiara@example.org'",
        )
        .await
        .unwrap();
    let anonymous = Fixture::new(&app, "dati-anonimi", true).await;
    let email = "dora@example.org";
    let dora = app.person(email, StakeholderGroup::Beneficiary, "it").await;
    let user_id = app
        .count(&format!("SELECT id FROM \"user\" WHERE email = '{email}'"))
        .await;
    let now = app.state.now();
    for (survey, story) in [(&f, "Storia con nome"), (&anonymous, "Storia senza nome")] {
        let structure = survey.structure(&app).await;
        let yes = survey.option(&app, "helped", "Sì").await;
        let who = Respondent {
            user_id,
            group: StakeholderGroup::Beneficiary,
        };
        let first = Answers::from([(survey.q["helped"], Value::Options(vec![yes]))]);
        let second = Answers::from([(survey.q["story"], Value::Text(story.into()))]);
        for (section, answers) in [(0, first), (1, second)] {
            responses::save_section(app.db(), &structure, who, section, answers, now)
                .await
                .unwrap();
        }
        responses::submit(app.db(), &structure, who, now)
            .await
            .unwrap();
    }

    let response = app.by(&dora).post_form("/account/data", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let file: Json = response.json().await.unwrap();
    let mine = file["survey_responses"].as_array().unwrap();
    assert_eq!(mine.len(), 1, "only the named survey: {mine:?}");
    assert_eq!(mine[0]["survey_title"], "Servizi anagrafici");
    let answers = file["survey_answers"].as_array().unwrap();
    assert!(answers.iter().any(|a| a["option"] == "Sì"));
    assert!(answers.iter().any(|a| a["text"] == "Storia con nome"));
    assert!(!file.to_string().contains("Storia senza nome"));

    let deleted = app
        .by(&dora)
        .post_form(
            "/account/delete",
            &[
                ("password", crate::helpers::PASSWORD),
                ("contributions", "keep"),
            ],
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    let of_dora =
        format!("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response WHERE user_id = {user_id}");
    assert_eq!(app.count(&of_dora).await, 0);
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_respondent")
            .await,
        0
    );
    assert_eq!(
        app.count(
            "SELECT CAST(SUM(count) AS BIGINT) FROM survey_tally \
             WHERE question_id = 0 AND bucket = 'respondents'"
        )
        .await,
        2,
        "both answers still count"
    );
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_answer WHERE text = 'Storia con nome'"
        )
        .await,
        1
    );
}

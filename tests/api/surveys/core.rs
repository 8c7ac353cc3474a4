//! The rules under the survey pages, through the functions the pages call: conditions,
//! saving and submitting, anonymity, paper questionnaires and the counters.

use entity::{PlatformRole, StakeholderGroup};
use tavolo::surveys::{
    answers::{Answers, Value},
    responses::{self, Outcome, Paper, Respondent},
};

use super::Fixture;
use crate::helpers::TestApp;

async fn respondent(app: &TestApp, email: &str, group: StakeholderGroup) -> Respondent {
    let user_id = app
        .create_account(email, email, group, PlatformRole::Participant, true)
        .await;
    Respondent { user_id, group }
}

async fn tally(app: &TestApp, survey: i64, question: i64, bucket: &str, source: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM survey_tally \
         WHERE survey_id = {survey} AND question_id = {question} AND bucket = '{bucket}' \
         AND source = '{source}'"
    ))
    .await
}

#[tokio::test]
async fn a_changed_answer_that_hides_a_later_question_removes_the_later_answer() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "condizioni", false).await;
    let structure = f.structure(&app).await;
    let ana = respondent(&app, "ana@example.org", StakeholderGroup::Beneficiary).await;
    let (yes, no) = (
        f.option(&app, "helped", "Sì").await,
        f.option(&app, "helped", "No").await,
    );
    let now = app.state.now();
    let db = app.db();

    let first = Answers::from([(f.q["helped"], Value::Options(vec![no]))]);
    responses::save_section(db, &structure, ana, 0, first, now)
        .await
        .unwrap();
    // "What went wrong?" is shown and required now.
    let outcome = responses::submit(db, &structure, ana, now).await.unwrap();
    let Outcome::Incomplete(missing) = outcome else {
        panic!("a required question shown without an answer: {outcome:?}")
    };
    assert_eq!(missing.get(f.q["wrong"]), Some("survey-answer-required"));

    let second = Answers::from([(f.q["wrong"], Value::Text("Code lunghe".into()))]);
    responses::save_section(db, &structure, ana, 1, second, now)
        .await
        .unwrap();
    let stored = "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_answer WHERE text = 'Code lunghe'";
    assert_eq!(app.count(stored).await, 1);

    let changed = Answers::from([(f.q["helped"], Value::Options(vec![yes]))]);
    responses::save_section(db, &structure, ana, 0, changed, now)
        .await
        .unwrap();
    assert_eq!(
        app.count(stored).await,
        0,
        "the hidden question's answer is gone"
    );
    assert_eq!(
        responses::submit(db, &structure, ana, now).await.unwrap(),
        Outcome::Submitted,
        "the hidden question is not required"
    );
    assert_eq!(
        responses::submit(db, &structure, ana, now).await.unwrap(),
        Outcome::AlreadySubmitted
    );
    assert_eq!(
        tally(&app, f.survey_id, 0, "respondents", "online").await,
        1
    );
    assert_eq!(
        tally(
            &app,
            f.survey_id,
            f.q["helped"],
            &format!("option:{yes}"),
            "online"
        )
        .await,
        1
    );

    // Changing a submitted answer moves the counters at once.
    let again = Answers::from([(f.q["helped"], Value::Options(vec![no]))]);
    responses::save_section(db, &structure, ana, 0, again, now)
        .await
        .unwrap();
    assert_eq!(
        tally(
            &app,
            f.survey_id,
            f.q["helped"],
            &format!("option:{yes}"),
            "online"
        )
        .await,
        0
    );
    assert_eq!(
        tally(
            &app,
            f.survey_id,
            f.q["helped"],
            &format!("option:{no}"),
            "online"
        )
        .await,
        1
    );
    assert_eq!(
        tally(&app, f.survey_id, 0, "respondents", "online").await,
        1
    );
}

#[tokio::test]
async fn an_anonymous_answer_keeps_no_account_and_paper_counts_apart() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "anonimo", true).await;
    let structure = f.structure(&app).await;
    let ana = respondent(&app, "ana@example.org", StakeholderGroup::ThirdSector).await;
    let yes = f.option(&app, "helped", "Sì").await;
    let now = app.state.now();
    let db = app.db();
    let answers = Answers::from([(f.q["helped"], Value::Options(vec![yes]))]);
    responses::save_section(db, &structure, ana, 0, answers.clone(), now)
        .await
        .unwrap();
    assert_eq!(
        responses::submit(db, &structure, ana, now).await.unwrap(),
        Outcome::Submitted
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response WHERE user_id IS NOT NULL")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_respondent")
            .await,
        1
    );
    assert_eq!(
        responses::save_section(db, &structure, ana, 0, answers.clone(), now)
            .await
            .unwrap(),
        Outcome::AnsweredAnonymously
    );

    responses::record_paper(
        db,
        &structure,
        Paper {
            group: StakeholderGroup::Beneficiary,
            place: "Centro Anziani, Prato".into(),
            held_on: now.date_naive(),
            recorded_by: ana.user_id,
            answers,
        },
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        tally(&app, f.survey_id, 0, "respondents", "online").await,
        1
    );
    assert_eq!(tally(&app, f.survey_id, 0, "respondents", "paper").await, 1);
}

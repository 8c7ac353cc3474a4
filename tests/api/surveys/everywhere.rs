//! Surveys everywhere else: the demo.

use crate::helpers::TestApp;

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
}

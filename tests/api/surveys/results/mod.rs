//! Surveys: paper questionnaires typed in through the form, the printable questionnaire,
//! results by group with small groups suppressed (online and paper apart and together),
//! when results show, and text answers hidden or quoted.

mod figures;
mod paper;
mod quotes;

pub(super) use chrono::{NaiveDate, TimeDelta};
pub(super) use entity::{PlatformRole, StakeholderGroup};
pub(super) use reqwest::StatusCode;
pub(super) use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, TransactionTrait};
pub(super) use tavolo::surveys::{
    answers::{Answers, Value},
    model::Structure,
    responses::{self, Outcome, Paper, Respondent},
    store,
};

pub(super) use super::Fixture;
pub(super) use crate::helpers::{TestApp, location};

pub(super) async fn respondent(app: &TestApp, email: &str, group: StakeholderGroup) -> Respondent {
    let user_id = app
        .create_account(email, email, group, PlatformRole::Participant, true)
        .await;
    Respondent { user_id, group }
}

pub(super) async fn tally(
    app: &TestApp,
    survey: i64,
    question: i64,
    bucket: &str,
    source: &str,
) -> i64 {
    app.count(&format!(
        "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM survey_tally \
         WHERE survey_id = {survey} AND question_id = {question} AND bucket = '{bucket}' \
         AND source = '{source}'"
    ))
    .await
}

/// A participant of `group` who answers the whole survey online with `answers` and submits.
pub(super) async fn answer_online(
    app: &TestApp,
    structure: &Structure,
    email: &str,
    group: StakeholderGroup,
    answers: Answers,
) {
    let who = respondent(app, email, group).await;
    let now = app.state.now();
    let tx = app.db().begin().await.unwrap();
    store::lock(&tx, structure.survey.id).await.unwrap();
    responses::save_section(&tx, structure, who, 0, answers, now)
        .await
        .unwrap();
    assert_eq!(
        responses::submit(&tx, structure, who, now).await.unwrap(),
        Outcome::Submitted
    );
    tx.commit().await.unwrap();
}

/// An answer to every question: "No" (so "what went wrong?" is asked), the `n`th variant.
pub(super) async fn full_answers(app: &TestApp, f: &Fixture, n: usize) -> Answers {
    let no = f.option(app, "helped", "No").await;
    let school = f.option(app, "services", "Scuola").await;
    let ranking = [
        f.option(app, "priorities", "Orari").await,
        f.option(app, "priorities", "Lingue").await,
        f.option(app, "priorities", "Attese").await,
    ];
    let mut ranked = ranking.to_vec();
    ranked.rotate_left(n % 3);
    Answers::from([
        (f.q["helped"], Value::Options(vec![no])),
        (f.q["wrong"], Value::Text(format!("Attesa {n}"))),
        (f.q["services"], Value::Options(vec![school])),
        (f.q["satisfaction"], Value::Number((n % 5 + 1) as f64)),
        (f.q["visits"], Value::Number(n as f64)),
        (
            f.q["visited_on"],
            Value::Date(NaiveDate::from_ymd_opt(2026, 1 + (n % 3) as u32, 10).unwrap()),
        ),
        (f.q["district"], Value::Text(format!("Quartiere {n}"))),
        (f.q["story"], Value::Text(format!("Storia {n}"))),
        (f.q["priorities"], Value::Ranking(ranked)),
    ])
}

/// Each question's table on the results page: rows of (label, cells).
pub(super) fn tables(html: &str) -> Vec<(String, Vec<Vec<String>>)> {
    html.split("<section class=\"survey-result\"")
        .skip(1)
        .map(|section| {
            let heading = section
                .split("<h2")
                .nth(1)
                .and_then(|h| h.split("</h2>").next())
                .unwrap_or("")
                .to_owned();
            let rows = section
                .split("<tr><th scope=\"row\"")
                .skip(1)
                .map(|row| {
                    let row = row.split("</tr>").next().unwrap_or("");
                    row.split("<td>")
                        .skip(1)
                        .map(|c| c.split("</td>").next().unwrap_or("").to_owned())
                        .collect()
                })
                .collect();
            (heading, rows)
        })
        .collect()
}

pub(super) const FEWER: &str = "meno di 3";

//! The survey counters (`survey_tally`), kept exact in the same transaction as every
//! submitted response: results read them and never count the answers for a page.
//!
//! One row per survey, question, bucket, source and stakeholder group:
//! - question 0, `respondents`: responses submitted;
//! - `answered`: respondents who answered the question, with the sum of scale and number
//!   answers in `total` (averages);
//! - `option:{id}`: respondents who chose or ranked the option, with the sum of the places
//!   given to it in `total` (rankings: the average place);
//! - `value:{n}`: scale answers of `n`;
//! - `month:YYYY-MM`: date answers in that month.
//!
//! A writer hands [`record`] a response's answers before and after a change; each change is
//! one upsert adding deltas (`count = count + delta`), so concurrent respondents never lose
//! each other's increments.

use std::collections::BTreeMap;

use chrono::Datelike;
use entity::{Code, QuestionKind, ResponseSource, StakeholderGroup, survey_tally};
use sea_orm::{
    ConnectionTrait, DbErr,
    sea_query::{Alias, Expr, ExprTrait, OnConflict, Query},
};

use super::{
    answers::{Answers, Value},
    model::Structure,
};

/// The survey's own figures sit under this question id.
pub const SURVEY_WIDE: i64 = 0;
pub const RESPONDENTS: &str = "respondents";
pub const ANSWERED: &str = "answered";

pub fn option_bucket(option: i64) -> String {
    format!("option:{option}")
}

pub fn value_bucket(value: i64) -> String {
    format!("value:{value}")
}

pub fn month_bucket(year: i32, month: u32) -> String {
    format!("month:{year:04}-{month:02}")
}

/// What one submitted response adds: (question, bucket) → (count, total).
pub type Figures = BTreeMap<(i64, String), (i64, f64)>;

/// The figures of one submitted response with `answers` (already pruned by conditions).
pub fn figures(structure: &Structure, answers: &Answers) -> Figures {
    let mut figures = Figures::new();
    figures.insert((SURVEY_WIDE, RESPONDENTS.to_owned()), (1, 0.0));
    for (question_id, value) in answers {
        let Some(question) = structure.question(*question_id) else {
            continue;
        };
        let number = match value {
            Value::Number(n) => *n,
            _ => 0.0,
        };
        figures.insert((*question_id, ANSWERED.to_owned()), (1, number));
        match (question.kind(), value) {
            (_, Value::Options(ids)) => {
                for id in ids {
                    figures.insert((*question_id, option_bucket(*id)), (1, 0.0));
                }
            }
            (_, Value::Ranking(ids)) => {
                for (id, place) in ids.iter().zip(1..) {
                    figures.insert((*question_id, option_bucket(*id)), (1, f64::from(place)));
                }
            }
            (QuestionKind::Scale, Value::Number(n)) => {
                figures.insert((*question_id, value_bucket(*n as i64)), (1, 0.0));
            }
            (_, Value::Date(d)) => {
                figures.insert((*question_id, month_bucket(d.year(), d.month())), (1, 0.0));
            }
            _ => {}
        }
    }
    figures
}

/// Brings the counters of `survey_id` from one response's figures `before` (empty: it was
/// not submitted) to `after` (empty: it no longer counts), for its `source` and `group`.
/// When the group changes, call it twice: removing under the old, adding under the new.
pub async fn record(
    db: &impl ConnectionTrait,
    survey_id: i64,
    (source, group): (ResponseSource, StakeholderGroup),
    before: &Figures,
    after: &Figures,
) -> Result<(), DbErr> {
    let mut deltas: BTreeMap<&(i64, String), (i64, f64)> = BTreeMap::new();
    for (figures, sign) in [(before, -1_i64), (after, 1)] {
        for (key, (count, total)) in figures {
            let delta = deltas.entry(key).or_default();
            delta.0 += sign * count;
            delta.1 += sign as f64 * total;
        }
    }
    deltas.retain(|_, (count, total)| *count != 0 || *total != 0.0);
    if deltas.is_empty() {
        return Ok(());
    }
    let mut insert = Query::insert();
    insert.into_table(survey_tally::Entity).columns([
        survey_tally::Column::SurveyId,
        survey_tally::Column::QuestionId,
        survey_tally::Column::Bucket,
        survey_tally::Column::Source,
        survey_tally::Column::StakeholderGroup,
        survey_tally::Column::Count,
        survey_tally::Column::Total,
    ]);
    for ((question_id, bucket), (count, total)) in deltas {
        insert
            .values([
                Expr::val(survey_id),
                Expr::val(*question_id),
                Expr::val(bucket.as_str()),
                Expr::val(source.code()),
                Expr::val(group.code()),
                Expr::val(count),
                Expr::val(total),
            ])
            .map_err(|e| DbErr::Custom(e.to_string()))?;
    }
    let plus = |column: survey_tally::Column| {
        Expr::col((survey_tally::Entity, column)).add(Expr::col((Alias::new("excluded"), column)))
    };
    insert.on_conflict(
        OnConflict::columns([
            survey_tally::Column::SurveyId,
            survey_tally::Column::QuestionId,
            survey_tally::Column::Bucket,
            survey_tally::Column::Source,
            survey_tally::Column::StakeholderGroup,
        ])
        .values([
            (
                survey_tally::Column::Count,
                plus(survey_tally::Column::Count),
            ),
            (
                survey_tally::Column::Total,
                plus(survey_tally::Column::Total),
            ),
        ])
        .to_owned(),
    );
    db.execute(&insert).await?;
    Ok(())
}

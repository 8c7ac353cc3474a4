//! Responses as stored: a person's answers saved section by section (a draft until they
//! submit, changeable until the survey closes), submitting, and paper questionnaires typed in
//! by facilitators. Every write that changes what counts moves the counters in the same
//! transaction; callers hold the survey ([`super::store::lock`]) for the transaction.

use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    ResponseSource, ResponseStatus, StakeholderGroup, survey_answer, survey_respondent,
    survey_response,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, Set,
    sea_query::{Expr, OnConflict},
};

use super::{
    answers::{self, AnswerErrors, Answers},
    model::Structure,
    tally,
};

/// Who answers online.
#[derive(Debug, Clone, Copy)]
pub struct Respondent {
    pub user_id: i64,
    pub group: StakeholderGroup,
}

/// The person's response to the survey, draft or submitted (none once an anonymous answer
/// is submitted).
pub async fn of_person(
    db: &impl ConnectionTrait,
    survey_id: i64,
    user_id: i64,
) -> Result<Option<survey_response::Model>, DbErr> {
    survey_response::Entity::find()
        .filter(survey_response::Column::SurveyId.eq(survey_id))
        .filter(survey_response::Column::UserId.eq(user_id))
        .one(db)
        .await
}

/// Whether the person submitted an answer to an anonymous survey.
pub async fn answered_anonymously(
    db: &impl ConnectionTrait,
    survey_id: i64,
    user_id: i64,
) -> Result<bool, DbErr> {
    Ok(survey_respondent::Entity::find()
        .filter(survey_respondent::Column::SurveyId.eq(survey_id))
        .filter(survey_respondent::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .is_some())
}

/// A response's answers, pruned by the survey's conditions.
pub async fn answers_of(
    db: &impl ConnectionTrait,
    structure: &Structure,
    response_id: i64,
) -> Result<Answers, DbErr> {
    let rows = survey_answer::Entity::find()
        .filter(survey_answer::Column::ResponseId.eq(response_id))
        .order_by_asc(survey_answer::Column::Id)
        .all(db)
        .await?;
    Ok(answers::prune(
        structure,
        answers::from_rows(structure, &rows),
    ))
}

/// What became of a save or a submission.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Saved,
    /// Submitted now.
    Submitted,
    /// Already submitted (by another request at the same moment, or before): nothing changed.
    AlreadySubmitted,
    /// The person answered this anonymous survey already; nothing links them to it any more.
    AnsweredAnonymously,
    /// Required questions without an answer, by question.
    Incomplete(AnswerErrors),
}

/// Saves the answers of section `section` (its questions' answers, already read and checked)
/// into the person's response, making a draft when they have none. Answers to questions the
/// new answers hide are removed. A submitted response changes at once, counters included.
pub async fn save_section(
    db: &impl ConnectionTrait,
    structure: &Structure,
    respondent: Respondent,
    section: usize,
    section_answers: Answers,
    now: DateTime<Utc>,
) -> Result<Outcome, DbErr> {
    let survey = &structure.survey;
    if survey.anonymous && answered_anonymously(db, survey.id, respondent.user_id).await? {
        return Ok(Outcome::AnsweredAnonymously);
    }
    let response = match of_person(db, survey.id, respondent.user_id).await? {
        Some(response) => response,
        None => start(db, survey.id, respondent, now).await?,
    };
    let before = answers_of(db, structure, response.id).await?;
    let mut merged = before.clone();
    if let Some(section) = structure.sections.get(section) {
        for question in &section.questions {
            merged.remove(&question.id());
        }
    }
    merged.extend(section_answers);
    let after = answers::prune(structure, merged);
    rewrite(db, structure, response.id, &before, &after).await?;
    if response.status == ResponseStatus::Submitted {
        tally::record(
            db,
            survey.id,
            (response.source, response.stakeholder_group),
            &tally::figures(structure, &before),
            &tally::figures(structure, &after),
        )
        .await?;
    }
    let mut model = response.into_active_model();
    model.updated_at = Set(now);
    model.update(db).await?;
    Ok(Outcome::Saved)
}

/// A new draft for the person; two at once make one (the second finds the first).
async fn start(
    db: &impl ConnectionTrait,
    survey_id: i64,
    respondent: Respondent,
    now: DateTime<Utc>,
) -> Result<survey_response::Model, DbErr> {
    let draft = survey_response::ActiveModel {
        survey_id: Set(survey_id),
        user_id: Set(Some(respondent.user_id)),
        source: Set(ResponseSource::Online),
        status: Set(ResponseStatus::Draft),
        stakeholder_group: Set(respondent.group),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    survey_response::Entity::insert(draft)
        .on_conflict(
            OnConflict::columns([
                survey_response::Column::SurveyId,
                survey_response::Column::UserId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    of_person(db, survey_id, respondent.user_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the draft just made".to_owned()))
}

/// Replaces the stored rows of the questions whose answer differs between `before` and
/// `after`.
async fn rewrite(
    db: &impl ConnectionTrait,
    structure: &Structure,
    response_id: i64,
    before: &Answers,
    after: &Answers,
) -> Result<(), DbErr> {
    let changed: Vec<i64> = before
        .keys()
        .chain(after.keys())
        .copied()
        .filter(|q| before.get(q) != after.get(q))
        .collect();
    if changed.is_empty() {
        return Ok(());
    }
    survey_answer::Entity::delete_many()
        .filter(survey_answer::Column::ResponseId.eq(response_id))
        .filter(survey_answer::Column::QuestionId.is_in(changed.iter().copied()))
        .exec(db)
        .await?;
    insert_answers(db, structure, response_id, after, Some(&changed)).await
}

/// Stores `answers` of `response_id` (only the questions in `only`, when given).
async fn insert_answers(
    db: &impl ConnectionTrait,
    structure: &Structure,
    response_id: i64,
    answers: &Answers,
    only: Option<&[i64]>,
) -> Result<(), DbErr> {
    let rows: Vec<survey_answer::ActiveModel> = answers
        .iter()
        .filter(|(q, _)| only.is_none_or(|only| only.contains(q)))
        .filter_map(|(q, value)| structure.question(*q).map(|q| answers::rows(q, value)))
        .flatten()
        .map(|row| survey_answer::ActiveModel {
            response_id: Set(response_id),
            question_id: Set(row.question_id),
            option_id: Set(row.option_id),
            number: Set(row.number),
            text: Set(row.text),
            rank: Set(row.rank),
            hidden: Set(false),
            quoted: Set(false),
            ..Default::default()
        })
        .collect();
    if !rows.is_empty() {
        survey_answer::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// Submits the person's draft: every required question shown must have its answer. An
/// anonymous survey's response then loses its account and its instants (the day is kept),
/// and the person is marked as having answered.
pub async fn submit(
    db: &impl ConnectionTrait,
    structure: &Structure,
    respondent: Respondent,
    now: DateTime<Utc>,
) -> Result<Outcome, DbErr> {
    let survey = &structure.survey;
    if survey.anonymous && answered_anonymously(db, survey.id, respondent.user_id).await? {
        return Ok(Outcome::AnsweredAnonymously);
    }
    let response = match of_person(db, survey.id, respondent.user_id).await? {
        Some(r) if r.status == ResponseStatus::Draft => r,
        Some(_) => return Ok(Outcome::AlreadySubmitted),
        None => start(db, survey.id, respondent, now).await?,
    };
    let answers = answers_of(db, structure, response.id).await?;
    let missing = answers::missing(structure, &answers);
    if !missing.is_empty() {
        return Ok(Outcome::Incomplete(missing));
    }
    let stamp = if survey.anonymous {
        day_start(now)
    } else {
        now
    };
    let user = if survey.anonymous {
        None
    } else {
        Some(respondent.user_id)
    };
    let updated = survey_response::Entity::update_many()
        .col_expr(
            survey_response::Column::Status,
            Expr::value(ResponseStatus::Submitted),
        )
        .col_expr(survey_response::Column::SubmittedAt, Expr::value(stamp))
        .col_expr(survey_response::Column::UpdatedAt, Expr::value(stamp))
        .col_expr(
            survey_response::Column::StakeholderGroup,
            Expr::value(respondent.group),
        )
        .col_expr(survey_response::Column::UserId, Expr::value(user))
        .filter(survey_response::Column::Id.eq(response.id))
        .filter(survey_response::Column::Status.eq(ResponseStatus::Draft))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Ok(Outcome::AlreadySubmitted);
    }
    if survey.anonymous {
        // The draft's creation time would tell when the person started.
        survey_response::Entity::update_many()
            .col_expr(survey_response::Column::CreatedAt, Expr::value(stamp))
            .filter(survey_response::Column::Id.eq(response.id))
            .exec(db)
            .await?;
        survey_respondent::Entity::insert(survey_respondent::ActiveModel {
            survey_id: Set(survey.id),
            user_id: Set(respondent.user_id),
            answered_on: Set(now.date_naive()),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                survey_respondent::Column::SurveyId,
                survey_respondent::Column::UserId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    tally::record(
        db,
        survey.id,
        (ResponseSource::Online, respondent.group),
        &tally::Figures::new(),
        &tally::figures(structure, &answers),
    )
    .await?;
    super::store::mark_answered(db, survey.id, now).await?;
    Ok(Outcome::Submitted)
}

fn day_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now.date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(now, |midnight| midnight.and_utc())
}

/// A paper questionnaire as a facilitator typed it in.
pub struct Paper {
    pub group: StakeholderGroup,
    pub place: String,
    pub held_on: NaiveDate,
    pub recorded_by: i64,
    pub answers: Answers,
}

/// Stores a paper questionnaire as a submitted response and counts it. Its id.
pub async fn record_paper(
    db: &impl ConnectionTrait,
    structure: &Structure,
    paper: Paper,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let survey_id = structure.survey.id;
    let answers = answers::prune(structure, paper.answers);
    let response = survey_response::ActiveModel {
        survey_id: Set(survey_id),
        user_id: Set(None),
        source: Set(ResponseSource::Paper),
        status: Set(ResponseStatus::Submitted),
        stakeholder_group: Set(paper.group),
        place: Set(Some(paper.place)),
        held_on: Set(Some(paper.held_on)),
        recorded_by: Set(Some(paper.recorded_by)),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(Some(now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    insert_answers(db, structure, response.id, &answers, None).await?;
    tally::record(
        db,
        survey_id,
        (ResponseSource::Paper, paper.group),
        &tally::Figures::new(),
        &tally::figures(structure, &answers),
    )
    .await?;
    super::store::mark_answered(db, survey_id, now).await?;
    Ok(response.id)
}

/// Removes a paper questionnaire (typed in by mistake) and its part of the counters.
pub async fn remove_paper(
    db: &impl ConnectionTrait,
    structure: &Structure,
    response: survey_response::Model,
) -> Result<(), DbErr> {
    let answers = answers_of(db, structure, response.id).await?;
    tally::record(
        db,
        structure.survey.id,
        (ResponseSource::Paper, response.stakeholder_group),
        &tally::figures(structure, &answers),
        &tally::Figures::new(),
    )
    .await?;
    survey_response::Entity::delete_by_id(response.id)
        .exec(db)
        .await?;
    Ok(())
}

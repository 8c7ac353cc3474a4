//! "A survey is open for you" and "a survey closes tomorrow": once per survey each, to the
//! consultation's followers and members of the groups that answer it (the reminder only to
//! those who have not sent their answers). Run by the scheduler on every instance: each
//! survey is claimed by a conditional update of `announced_at` or `reminded_at` in the
//! transaction that raises the notice, so exactly one instance sends it.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{
    Code, ResponseStatus, SurveyStatus, survey, survey_respondent, survey_response, user,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait},
};

use super::{
    model, store,
    window::{self, Phase},
};
use crate::{
    consultations::audience,
    db,
    notifications::{self, Concern, Event, Notice},
};

/// How long before a survey closes the reminder goes out.
pub const REMIND_BEFORE: TimeDelta = TimeDelta::hours(24);

/// Sends the announcements and reminders that are due; returns how many of each.
pub async fn announce_and_remind(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<(usize, usize), DbErr> {
    let pending = survey::Entity::find()
        .filter(survey::Column::Status.eq(SurveyStatus::Published))
        .filter(
            survey::Column::AnnouncedAt
                .is_null()
                .or(survey::Column::RemindedAt.is_null()),
        )
        .all(db)
        .await?;
    let (mut announced, mut reminded) = (0, 0);
    for survey in pending {
        let round = store::round_of(db, &survey).await?;
        if window::phase(&survey, round.as_ref(), now) != Phase::Open {
            continue;
        }
        if survey.announced_at.is_none() && send(db, &survey, false, now).await? {
            announced += 1;
        }
        let closing = window::closes_at(&survey, round.as_ref())
            .is_some_and(|closes| closes <= now + REMIND_BEFORE);
        if survey.reminded_at.is_none() && closing && send(db, &survey, true, now).await? {
            reminded += 1;
        }
    }
    Ok((announced, reminded))
}

/// Claims the survey's announcement (or reminder) and raises it; false when another
/// instance already did.
async fn send(
    db: &DatabaseConnection,
    survey: &survey::Model,
    reminder: bool,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let column = if reminder {
        survey::Column::RemindedAt
    } else {
        survey::Column::AnnouncedAt
    };
    let tx = db::begin_write(db).await?;
    let claimed = survey::Entity::update_many()
        .col_expr(column, Expr::value(Some(now)))
        .filter(survey::Column::Id.eq(survey.id))
        .filter(column.is_null())
        .exec(&tx)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Ok(false);
    }
    let mut people = audience(&tx, survey).await?;
    if reminder {
        let answered = answered(&tx, survey.id).await?;
        people.retain(|p| !answered.contains(p));
    }
    let (event, concern) = if reminder {
        (
            Event::SurveyClosingSoon {
                survey_id: survey.id,
            },
            Concern::Own,
        )
    } else {
        (
            Event::SurveyOpened {
                survey_id: survey.id,
            },
            Concern::Followed,
        )
    };
    let place = audience::place_by_id(&tx, survey.consultation_id).await?;
    let mut notice = Notice::new(
        event,
        place,
        survey.title.clone(),
        format!("/surveys/{}", survey.id),
    );
    notice.tell(people, concern);
    notifications::raise(&tx, notice, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The consultation's followers and members whose group answers the survey.
async fn audience(db: &impl ConnectionTrait, survey: &survey::Model) -> Result<Vec<i64>, DbErr> {
    let people = audience::followers(db, survey.consultation_id).await?;
    let groups: Vec<&str> = model::groups(survey)
        .into_iter()
        .map(|g| g.code())
        .collect();
    user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Id.is_in(people))
        .filter(user::Column::StakeholderGroup.is_in(groups))
        .into_tuple()
        .all(db)
        .await
}

/// Who has sent answers: named responses, and the marks of anonymous ones.
async fn answered(db: &impl ConnectionTrait, survey_id: i64) -> Result<Vec<i64>, DbErr> {
    let mut people: Vec<i64> = survey_response::Entity::find()
        .select_only()
        .column(survey_response::Column::UserId)
        .filter(survey_response::Column::SurveyId.eq(survey_id))
        .filter(survey_response::Column::Status.eq(ResponseStatus::Submitted))
        .filter(survey_response::Column::UserId.is_not_null())
        .into_tuple::<Option<i64>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .collect();
    people.extend(
        survey_respondent::Entity::find()
            .select_only()
            .column(survey_respondent::Column::UserId)
            .filter(survey_respondent::Column::SurveyId.eq(survey_id))
            .into_tuple::<i64>()
            .all(db)
            .await?,
    );
    Ok(people)
}

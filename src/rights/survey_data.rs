//! The survey part of "download my data": the person's responses to named surveys and their
//! answers. Anonymous surveys keep no account with their responses, so none are listed.

use entity::{survey, survey_answer, survey_option, survey_question, survey_response};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect, QueryTrait,
};
use serde_json::Value;

use super::rows::{page, with_title};

/// The person's survey responses (those of anonymous surveys are kept without the account,
/// so they are not theirs to download) with the survey's title, or their answers with the
/// question and the option chosen.
pub(super) async fn survey_page(
    db: &DatabaseConnection,
    name: &str,
    id: i64,
    after: i64,
) -> Result<Vec<Value>, DbErr> {
    if name == "survey_responses" {
        let select = with_title(
            survey_response::Entity::find().filter(survey_response::Column::UserId.eq(id)),
            (survey::Entity, survey::Column::Title, "survey_title"),
            (survey_response::Entity, survey_response::Column::SurveyId),
        );
        return page(db, select, survey_response::Column::Id, after).await;
    }
    let mine = survey_response::Entity::find()
        .select_only()
        .column(survey_response::Column::Id)
        .filter(survey_response::Column::UserId.eq(id))
        .into_query();
    let select = with_title(
        survey_answer::Entity::find().filter(survey_answer::Column::ResponseId.in_subquery(mine)),
        (
            survey_question::Entity,
            survey_question::Column::Prompt,
            "question",
        ),
        (survey_answer::Entity, survey_answer::Column::QuestionId),
    );
    let select = with_title(
        select,
        (
            survey_option::Entity,
            survey_option::Column::Label,
            "option",
        ),
        (survey_answer::Entity, survey_answer::Column::OptionId),
    );
    page(db, select, survey_answer::Column::Id, after).await
}

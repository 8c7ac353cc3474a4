//! Creating a survey's structure: the survey, its sections and its questions with their
//! options and conditions. Every function checks what the database cannot (a choice question
//! has options; a condition names an option of a choice question in an earlier section) and
//! answers with the Fluent key of the problem.

use chrono::{DateTime, Utc};
use entity::{
    Code, QuestionKind, StakeholderGroup, SurveyResultsVisibility, SurveyStatus, survey,
    survey_option, survey_question, survey_section,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

use super::model::{Structure, takes_options};
use crate::markdown;

/// A survey's settings, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub title: String,
    pub intro: String,
    pub language: String,
    pub round_id: Option<i64>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub groups: Vec<StakeholderGroup>,
    pub anonymous: bool,
    pub results_visibility: SurveyResultsVisibility,
}

/// At most this many options on a question.
pub const MAX_OPTIONS: usize = 30;

/// A survey's settings as the facilitator gave them, already checked.
pub struct NewSurvey {
    pub consultation_id: i64,
    pub title: String,
    pub intro: String,
    pub language: String,
    pub round_id: Option<i64>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub groups: Vec<StakeholderGroup>,
    pub anonymous: bool,
    pub results_visibility: SurveyResultsVisibility,
    pub created_by: Option<i64>,
}

/// Creates a draft survey; its id.
pub async fn create_survey(
    db: &impl ConnectionTrait,
    new: NewSurvey,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let (intro, intro_html) = markdown::stored(new.intro).await;
    let survey = survey::ActiveModel {
        consultation_id: Set(new.consultation_id),
        title: Set(new.title),
        intro,
        intro_html,
        language: Set(new.language),
        status: Set(SurveyStatus::Draft),
        round_id: Set(new.round_id),
        opens_at: Set(new.opens_at),
        closes_at: Set(new.closes_at),
        groups: Set(groups_code(&new.groups)),
        anonymous: Set(new.anonymous),
        results_visibility: Set(new.results_visibility),
        created_by: Set(new.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(survey.id)
}

/// `beneficiary,institution`, in the groups' own order.
pub fn groups_code(groups: &[StakeholderGroup]) -> String {
    StakeholderGroup::CODES
        .iter()
        .filter(|(g, _)| groups.contains(g))
        .map(|(_, code)| *code)
        .collect::<Vec<_>>()
        .join(",")
}

/// Publishes a draft survey: it must have at least one question.
pub async fn publish(
    db: &impl ConnectionTrait,
    structure: &Structure,
    now: DateTime<Utc>,
) -> Result<Result<(), &'static str>, DbErr> {
    if structure.questions().next().is_none() {
        return Ok(Err("survey-publish-no-questions"));
    }
    let mut survey: survey::ActiveModel = structure.survey.clone().into();
    survey.status = Set(SurveyStatus::Published);
    survey.updated_at = Set(now);
    survey.update(db).await?;
    Ok(Ok(()))
}

/// Adds a section at the end of the survey; its id.
pub async fn add_section(
    db: &impl ConnectionTrait,
    survey_id: i64,
    title: String,
    description: String,
) -> Result<i64, DbErr> {
    let position = survey_section::Entity::find()
        .filter(survey_section::Column::SurveyId.eq(survey_id))
        .count(db)
        .await?;
    let section = survey_section::ActiveModel {
        survey_id: Set(survey_id),
        position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        title: Set(title),
        description: Set(description),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(section.id)
}

/// A question as the facilitator gave it.
#[derive(Debug, Clone)]
pub struct NewQuestion {
    pub section_id: i64,
    pub kind: QuestionKind,
    pub prompt: String,
    pub help: String,
    pub required: bool,
    pub max_choices: Option<i32>,
    pub min_label: Option<String>,
    pub max_label: Option<String>,
    pub options: Vec<String>,
    /// Shown only when the answer to this question includes this option: the option is
    /// named by its position among the question's options (from 0).
    pub show_if: Option<(i64, usize)>,
}

/// What is wrong with `question` in `structure`, as a field and the Fluent key of the problem.
pub fn problem(
    structure: &Structure,
    question: &NewQuestion,
) -> Option<(&'static str, &'static str)> {
    let Some(section) = structure
        .sections
        .iter()
        .position(|s| s.model.id == question.section_id)
    else {
        return Some(("section", "survey-build-no-section"));
    };
    if question.prompt.trim().is_empty() {
        return Some(("prompt", "survey-build-prompt-required"));
    }
    let labels: Vec<&String> = question
        .options
        .iter()
        .filter(|o| !o.trim().is_empty())
        .collect();
    if takes_options(question.kind) {
        if labels.len() < 2 {
            return Some(("options", "survey-build-options-required"));
        }
        if labels.len() > MAX_OPTIONS {
            return Some(("options", "survey-build-too-many-options"));
        }
    }
    if let Some(max) = question.max_choices
        && (question.kind != QuestionKind::MultipleChoice
            || max < 1
            || usize::try_from(max).unwrap_or(0) > labels.len())
    {
        return Some(("max_choices", "survey-build-max-choices"));
    }
    if let Some((on, option)) = question.show_if {
        let valid = structure.question(on).is_some_and(|q| {
            matches!(
                q.kind(),
                QuestionKind::SingleChoice | QuestionKind::MultipleChoice
            ) && structure.section_of(on).is_some_and(|s| s < section)
                && option < q.options.len()
        });
        if !valid {
            return Some(("show_if", "survey-build-condition"));
        }
    }
    None
}

/// Adds a question at the end of its section; its id, or the field and the Fluent key of
/// the problem. The caller holds the survey and has checked it takes new questions.
pub async fn add_question(
    db: &impl ConnectionTrait,
    structure: &Structure,
    question: NewQuestion,
) -> Result<Result<i64, (&'static str, &'static str)>, DbErr> {
    if let Some(problem) = problem(structure, &question) {
        return Ok(Err(problem));
    }
    let position = survey_question::Entity::find()
        .filter(survey_question::Column::SectionId.eq(question.section_id))
        .count(db)
        .await?;
    let show_if = question.show_if.and_then(|(on, option)| {
        structure
            .question(on)
            .and_then(|q| q.options.get(option))
            .map(|o| (on, o.id))
    });
    let saved = survey_question::ActiveModel {
        survey_id: Set(structure.survey.id),
        section_id: Set(question.section_id),
        position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        kind: Set(question.kind),
        prompt: Set(question.prompt.trim().to_owned()),
        help: Set(question.help.trim().to_owned()),
        required: Set(question.required),
        max_choices: Set(question.max_choices),
        min_label: Set(question.min_label),
        max_label: Set(question.max_label),
        show_if_question: Set(show_if.map(|(q, _)| q)),
        show_if_option: Set(show_if.map(|(_, o)| o)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if takes_options(question.kind) {
        let options: Vec<survey_option::ActiveModel> = question
            .options
            .iter()
            .map(|label| label.trim())
            .filter(|label| !label.is_empty())
            .zip(0..)
            .map(|(label, position)| survey_option::ActiveModel {
                question_id: Set(saved.id),
                position: Set(position),
                label: Set(label.to_owned()),
                ..Default::default()
            })
            .collect();
        survey_option::Entity::insert_many(options).exec(db).await?;
    }
    Ok(Ok(saved.id))
}

//! A survey as pages and rules see it: its sections in order, each with its questions in
//! order, each with its options; read in three statements whatever the survey's size.

use std::collections::HashMap;

use entity::{
    Code, QuestionKind, StakeholderGroup, survey, survey_option, survey_question, survey_section,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait,
};

pub struct Question {
    pub model: survey_question::Model,
    pub options: Vec<survey_option::Model>,
}

impl Question {
    pub fn id(&self) -> i64 {
        self.model.id
    }

    pub fn kind(&self) -> QuestionKind {
        self.model.kind
    }

    /// Whether the question's answers are options (chosen or ranked).
    pub fn has_options(&self) -> bool {
        takes_options(self.model.kind)
    }

    pub fn option(&self, id: i64) -> Option<&survey_option::Model> {
        self.options.iter().find(|o| o.id == id)
    }
}

/// Whether questions of `kind` are answered with options.
pub fn takes_options(kind: QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice | QuestionKind::Ranking
    )
}

/// Whether an answer of `kind` is free text that only facilitators read.
pub fn is_text(kind: QuestionKind) -> bool {
    matches!(kind, QuestionKind::ShortText | QuestionKind::LongText)
}

pub struct Section {
    pub model: survey_section::Model,
    pub questions: Vec<Question>,
}

pub struct Structure {
    pub survey: survey::Model,
    pub sections: Vec<Section>,
}

impl Structure {
    /// The survey's sections, questions and options.
    pub async fn load(db: &impl ConnectionTrait, survey: survey::Model) -> Result<Self, DbErr> {
        let sections = survey_section::Entity::find()
            .filter(survey_section::Column::SurveyId.eq(survey.id))
            .order_by_asc(survey_section::Column::Position)
            .order_by_asc(survey_section::Column::Id)
            .all(db)
            .await?;
        let questions = survey_question::Entity::find()
            .filter(survey_question::Column::SurveyId.eq(survey.id))
            .order_by_asc(survey_question::Column::Position)
            .order_by_asc(survey_question::Column::Id)
            .all(db)
            .await?;
        let options = survey_option::Entity::find()
            .filter(
                survey_option::Column::QuestionId.in_subquery(
                    survey_question::Entity::find()
                        .select_only()
                        .column(survey_question::Column::Id)
                        .filter(survey_question::Column::SurveyId.eq(survey.id))
                        .into_query(),
                ),
            )
            .order_by_asc(survey_option::Column::Position)
            .order_by_asc(survey_option::Column::Id)
            .all(db)
            .await?;
        let mut options_of: HashMap<i64, Vec<survey_option::Model>> = HashMap::new();
        for option in options {
            options_of
                .entry(option.question_id)
                .or_default()
                .push(option);
        }
        let mut questions_of: HashMap<i64, Vec<Question>> = HashMap::new();
        for model in questions {
            let options = options_of.remove(&model.id).unwrap_or_default();
            questions_of
                .entry(model.section_id)
                .or_default()
                .push(Question { model, options });
        }
        let sections = sections
            .into_iter()
            .map(|model| Section {
                questions: questions_of.remove(&model.id).unwrap_or_default(),
                model,
            })
            .collect();
        Ok(Self { survey, sections })
    }

    /// Every question, section by section.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, id: i64) -> Option<&Question> {
        self.questions().find(|q| q.id() == id)
    }

    /// The index of the section holding question `id`.
    pub fn section_of(&self, id: i64) -> Option<usize> {
        self.sections
            .iter()
            .position(|s| s.questions.iter().any(|q| q.id() == id))
    }

    /// The stakeholder groups that answer.
    pub fn groups(&self) -> Vec<StakeholderGroup> {
        groups(&self.survey)
    }
}

/// The stakeholder groups that answer `survey`.
pub fn groups(survey: &survey::Model) -> Vec<StakeholderGroup> {
    survey
        .groups
        .split(',')
        .filter_map(StakeholderGroup::from_code)
        .collect()
}

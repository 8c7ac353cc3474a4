//! A consultation's surveys as exports show them: one sheet per published survey with one
//! row per submitted response and one column per question, and the survey's structure for
//! the JSON document. Never an account: a row tells its source, the respondent's stakeholder
//! group and, on paper, the place and day. A text answer hidden by moderation is left empty.
//! One survey is read at a time.

use std::collections::BTreeMap;

use entity::{
    Code, QuestionKind, ResponseStatus, SurveyStatus, survey, survey_answer, survey_response,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait,
};
use serde_json::{Value, json};

use crate::{
    exports::tables::Cell,
    surveys::{
        answers::{self, Value as Answer},
        model::{Question, Structure},
        texts,
    },
};

/// The columns every survey sheet starts with.
pub const FIXED_COLUMNS: [&str; 7] = [
    "survey_id",
    "survey",
    "response",
    "source",
    "stakeholder_group",
    "paper_place",
    "paper_day",
];

/// One survey's sheet.
pub struct SurveySheet {
    /// `survey_{id}`: the CSV file's name, the sheet's name.
    pub name: String,
    pub title: String,
    pub anonymous: bool,
    /// [`FIXED_COLUMNS`], then one per question (`q3 <prompt>`).
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// The survey's sections, questions and options, and its languages (JSON).
    pub structure: Value,
    /// Respondents by source, for the report.
    pub online: usize,
    pub paper: usize,
    /// Per question, what the report shows.
    pub summaries: Vec<QuestionSummary>,
}

/// One question's figures over every submitted response, online and paper together.
pub struct QuestionSummary {
    pub prompt: String,
    pub kind: QuestionKind,
    pub answered: i64,
    /// Choices and rankings: each option with how many chose it (rankings: placed it first).
    pub options: Vec<(String, i64)>,
    /// Scale, number: the average answer.
    pub average: Option<f64>,
}

impl QuestionSummary {
    fn new(question: &Question) -> Self {
        Self {
            prompt: question.model.prompt.clone(),
            kind: question.kind(),
            answered: 0,
            options: question
                .options
                .iter()
                .map(|o| (o.label.clone(), 0))
                .collect(),
            average: None,
        }
    }

    fn add(&mut self, question: &Question, answer: &Answer) {
        self.answered += 1;
        let mut count = |id: i64| {
            if let Some(index) = question.options.iter().position(|o| o.id == id) {
                self.options[index].1 += 1;
            }
        };
        match answer {
            Answer::Options(ids) => ids.iter().for_each(|id| count(*id)),
            Answer::Ranking(ids) => ids.first().into_iter().for_each(|id| count(*id)),
            Answer::Number(n) => {
                let sum = self.average.unwrap_or(0.0) * (self.answered - 1) as f64 + n;
                self.average = Some(sum / self.answered as f64);
            }
            Answer::Date(_) | Answer::Text(_) => {}
        }
    }
}

/// The consultation's published surveys, oldest first.
pub async fn published(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<survey::Model>, DbErr> {
    survey::Entity::find()
        .filter(survey::Column::ConsultationId.eq(consultation_id))
        .filter(survey::Column::Status.eq(SurveyStatus::Published))
        .order_by_asc(survey::Column::Id)
        .all(db)
        .await
}

/// The sheet of `survey`.
pub async fn sheet(db: &impl ConnectionTrait, survey: survey::Model) -> Result<SurveySheet, DbErr> {
    let languages = texts::languages(db, &survey).await?;
    let structure = Structure::load(db, survey).await?;
    let survey = &structure.survey;
    let responses = survey_response::Entity::find()
        .filter(survey_response::Column::SurveyId.eq(survey.id))
        .filter(survey_response::Column::Status.eq(ResponseStatus::Submitted))
        .order_by_asc(survey_response::Column::Source)
        .order_by_asc(survey_response::Column::StakeholderGroup)
        .order_by_asc(survey_response::Column::Id)
        .all(db)
        .await?;
    let rows = survey_answer::Entity::find()
        .filter(
            survey_answer::Column::ResponseId.in_subquery(
                survey_response::Entity::find()
                    .select_only()
                    .column(survey_response::Column::Id)
                    .filter(survey_response::Column::SurveyId.eq(survey.id))
                    .filter(survey_response::Column::Status.eq(ResponseStatus::Submitted))
                    .into_query(),
            ),
        )
        .order_by_asc(survey_answer::Column::Id)
        .all(db)
        .await?;
    let mut by_response: BTreeMap<i64, Vec<survey_answer::Model>> = BTreeMap::new();
    let mut hidden = std::collections::HashSet::new();
    for row in rows {
        if row.hidden {
            hidden.insert((row.response_id, row.question_id));
        }
        by_response.entry(row.response_id).or_default().push(row);
    }
    let questions: Vec<&Question> = structure.questions().collect();
    let mut columns: Vec<String> = FIXED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    columns.extend(
        questions
            .iter()
            .zip(1..)
            .map(|(q, n)| format!("q{n} {}", short(&q.model.prompt))),
    );
    let mut summaries: Vec<QuestionSummary> =
        questions.iter().map(|q| QuestionSummary::new(q)).collect();
    let mut sheet_rows = Vec::with_capacity(responses.len());
    let (mut online, mut paper) = (0, 0);
    for (response, number) in responses.iter().zip(1_i64..) {
        match response.source {
            entity::ResponseSource::Online => online += 1,
            entity::ResponseSource::Paper => paper += 1,
        }
        let stored = by_response.remove(&response.id).unwrap_or_default();
        let given = answers::prune(&structure, answers::from_rows(&structure, &stored));
        let mut cells = vec![
            Cell::Integer(survey.id),
            Cell::text(survey.title.clone()),
            Cell::Integer(number),
            Cell::text(response.source.code()),
            Cell::text(response.stakeholder_group.code()),
            Cell::maybe_text(response.place.clone()),
            Cell::maybe_date(response.held_on),
        ];
        for (question, summary) in questions.iter().zip(&mut summaries) {
            if let Some(answer) = given.get(&question.id()) {
                summary.add(question, answer);
            }
            let cell = match given.get(&question.id()) {
                _ if hidden.contains(&(response.id, question.id())) => Cell::Empty,
                Some(answer) => cell(question, answer),
                None => Cell::Empty,
            };
            cells.push(cell);
        }
        sheet_rows.push(cells);
    }
    Ok(SurveySheet {
        name: format!("survey_{}", survey.id),
        title: survey.title.clone(),
        anonymous: survey.anonymous,
        columns,
        rows: sheet_rows,
        structure: structure_json(&structure, &languages),
        online,
        paper,
        summaries,
    })
}

/// A prompt cut to 60 characters, for a column's name.
fn short(prompt: &str) -> String {
    let line = prompt.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 60 {
        format!("{}…", line.chars().take(59).collect::<String>())
    } else {
        line
    }
}

fn label(question: &Question, id: i64) -> String {
    question
        .option(id)
        .map(|o| o.label.clone())
        .unwrap_or_default()
}

/// One answer as a cell: options by their labels (`; ` between them), rankings as
/// `1. A; 2. B`, numbers, dates, texts.
fn cell(question: &Question, answer: &Answer) -> Cell {
    match answer {
        Answer::Options(ids) => Cell::text(
            ids.iter()
                .map(|id| label(question, *id))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Answer::Ranking(ids) => Cell::text(
            ids.iter()
                .zip(1..)
                .map(|(id, place)| format!("{place}. {}", label(question, *id)))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Answer::Number(n) if n.fract() == 0.0 => Cell::Integer(*n as i64),
        Answer::Number(n) => Cell::text(n.to_string()),
        Answer::Date(day) => Cell::Date(*day),
        Answer::Text(text) => Cell::text(text.clone()),
    }
}

fn structure_json(structure: &Structure, languages: &[String]) -> Value {
    let survey = &structure.survey;
    let sections: Vec<Value> = structure
        .sections
        .iter()
        .map(|section| {
            let questions: Vec<Value> = section
                .questions
                .iter()
                .map(|q| {
                    json!({
                        "id": q.id(),
                        "kind": q.kind().code(),
                        "prompt": q.model.prompt,
                        "help": q.model.help,
                        "required": q.model.required,
                        "max_choices": q.model.max_choices,
                        "scale": (q.kind() == QuestionKind::Scale).then(|| json!({
                            "min": 1, "max": 5,
                            "min_label": q.model.min_label,
                            "max_label": q.model.max_label,
                        })),
                        "options": q.options.iter().map(|o| json!({"id": o.id, "label": o.label})).collect::<Vec<_>>(),
                        "shown_if": q.model.show_if_question.zip(q.model.show_if_option).map(|(question, option)| json!({"question": question, "option": option})),
                    })
                })
                .collect();
            json!({"title": section.model.title, "questions": questions})
        })
        .collect();
    json!({
        "id": survey.id,
        "title": survey.title,
        "introduction": survey.intro,
        "language": survey.language,
        "languages": languages,
        "anonymous": survey.anonymous,
        "groups": survey.groups.split(',').collect::<Vec<_>>(),
        "opens_at": survey.opens_at,
        "closes_at": survey.closes_at,
        "round_id": survey.round_id,
        "results_visibility": survey.results_visibility.code(),
        "sections": sections,
    })
}

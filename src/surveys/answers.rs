//! Answers as the rules see them: what each question kind takes, read from a form section by
//! section, checked, and pruned by the survey's conditions.
//!
//! Form fields are named after the question: `q{id}` (repeated for multiple choice) and, for
//! rankings, `q{id}_{option}` holding the place given to that option.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use entity::{QuestionKind, survey_answer};

use super::model::{Question, Section, Structure};

/// At most this many characters in a short text answer.
pub const SHORT_TEXT_CHARS: usize = 200;
/// At most this many characters in a long text answer.
pub const LONG_TEXT_CHARS: usize = 5000;
/// Number answers stay within plus or minus this.
pub const NUMBER_LIMIT: f64 = 1e12;

/// One question's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Chosen options (single choice: one), in the order of the question.
    Options(Vec<i64>),
    /// Options in the order given: the first is ranked first.
    Ranking(Vec<i64>),
    Number(f64),
    Date(NaiveDate),
    Text(String),
}

/// A response's answers, by question.
pub type Answers = BTreeMap<i64, Value>;

/// What went wrong with the answers of a section, by question: the Fluent key of the problem.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AnswerErrors(pub BTreeMap<i64, &'static str>);

impl AnswerErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, question: i64) -> Option<&'static str> {
        self.0.get(&question).copied()
    }
}

/// The questions shown given `answers`: a question with a condition is shown when its
/// condition's question is shown and answered with the option it names.
pub fn shown(structure: &Structure, answers: &Answers) -> BTreeSet<i64> {
    let mut shown = BTreeSet::new();
    for question in structure.questions() {
        let visible = match (
            question.model.show_if_question,
            question.model.show_if_option,
        ) {
            (Some(on), Some(option)) => {
                shown.contains(&on)
                    && matches!(answers.get(&on), Some(Value::Options(chosen)) if chosen.contains(&option))
            }
            _ => true,
        };
        if visible {
            shown.insert(question.id());
        }
    }
    shown
}

/// `answers` without those to questions that are hidden or no longer exist: an answer that
/// hides a later question removes the later answer.
pub fn prune(structure: &Structure, mut answers: Answers) -> Answers {
    let shown = shown(structure, &answers);
    answers.retain(|question, _| shown.contains(question));
    answers
}

/// The required questions shown given `answers` that have no answer, as errors.
pub fn missing(structure: &Structure, answers: &Answers) -> AnswerErrors {
    let shown = shown(structure, answers);
    AnswerErrors(
        structure
            .questions()
            .filter(|q| {
                q.model.required && shown.contains(&q.id()) && !answers.contains_key(&q.id())
            })
            .map(|q| (q.id(), "survey-answer-required"))
            .collect(),
    )
}

/// Reads the answers to `section` from a form's `fields`, given the answers to earlier
/// sections (`earlier`, for conditions). Questions left blank are absent; hidden questions
/// are neither read nor required. Every problem is named by question.
pub fn read_section(
    structure: &Structure,
    section: &Section,
    fields: &[(String, String)],
    earlier: &Answers,
) -> (Answers, AnswerErrors) {
    let shown = shown(structure, earlier);
    let mut answers = Answers::new();
    let mut errors = AnswerErrors::default();
    for question in section.questions.iter().filter(|q| shown.contains(&q.id())) {
        match read(question, fields) {
            Ok(Some(value)) => {
                answers.insert(question.id(), value);
            }
            Ok(None) if question.model.required => {
                errors.0.insert(question.id(), "survey-answer-required");
            }
            Ok(None) => {}
            Err(key) => {
                errors.0.insert(question.id(), key);
            }
        }
    }
    (answers, errors)
}

fn values<'a>(fields: &'a [(String, String)], name: &'a str) -> impl Iterator<Item = &'a str> {
    fields
        .iter()
        .filter(move |(n, _)| n == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// One question's answer from the form: None when left blank.
pub fn read(
    question: &Question,
    fields: &[(String, String)],
) -> Result<Option<Value>, &'static str> {
    let name = format!("q{}", question.id());
    let mut given = values(fields, &name);
    let option = |raw: &str| {
        raw.parse::<i64>()
            .ok()
            .filter(|id| question.option(*id).is_some())
            .ok_or("survey-answer-invalid-option")
    };
    match question.kind() {
        QuestionKind::SingleChoice => {
            let chosen: Vec<&str> = given.collect();
            match chosen.as_slice() {
                [] => Ok(None),
                [one] => Ok(Some(Value::Options(vec![option(one)?]))),
                _ => Err("survey-answer-one-only"),
            }
        }
        QuestionKind::MultipleChoice => {
            let mut chosen = BTreeSet::new();
            for raw in given {
                chosen.insert(option(raw)?);
            }
            if chosen.is_empty() {
                return Ok(None);
            }
            if let Some(max) = question.model.max_choices
                && chosen.len() > usize::try_from(max).unwrap_or(0)
            {
                return Err("survey-answer-too-many");
            }
            // In the question's order, not the form's.
            let ordered = question
                .options
                .iter()
                .map(|o| o.id)
                .filter(|id| chosen.contains(id))
                .collect();
            Ok(Some(Value::Options(ordered)))
        }
        QuestionKind::Scale => match given.next() {
            None => Ok(None),
            Some(raw) => match raw.parse::<i32>() {
                Ok(n) if (1..=5).contains(&n) => Ok(Some(Value::Number(f64::from(n)))),
                _ => Err("survey-answer-scale"),
            },
        },
        QuestionKind::Number => match given.next() {
            None => Ok(None),
            Some(raw) => match raw.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() && n.abs() < NUMBER_LIMIT => Ok(Some(Value::Number(n))),
                _ => Err("survey-answer-number"),
            },
        },
        QuestionKind::Date => match given.next() {
            None => Ok(None),
            Some(raw) => NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                .map(|d| Some(Value::Date(d)))
                .map_err(|_| "survey-answer-date"),
        },
        QuestionKind::ShortText | QuestionKind::LongText => match given.next() {
            None => Ok(None),
            Some(raw) => {
                let limit = if question.kind() == QuestionKind::ShortText {
                    SHORT_TEXT_CHARS
                } else {
                    LONG_TEXT_CHARS
                };
                if raw.chars().count() > limit {
                    Err("survey-answer-too-long")
                } else if raw
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
                {
                    Err("survey-answer-control")
                } else {
                    Ok(Some(Value::Text(raw.replace("\r\n", "\n"))))
                }
            }
        },
        QuestionKind::Ranking => read_ranking(question, fields),
    }
}

/// A ranking: every option given a different place from 1 to the number of options, or
/// none at all.
fn read_ranking(
    question: &Question,
    fields: &[(String, String)],
) -> Result<Option<Value>, &'static str> {
    let mut places = Vec::new();
    for option in &question.options {
        let name = format!("q{}_{}", question.id(), option.id);
        if let Some(raw) = values(fields, &name).next() {
            let place = raw.parse::<usize>().map_err(|_| "survey-answer-ranking")?;
            places.push((place, option.id));
        }
    }
    if places.is_empty() {
        return Ok(None);
    }
    places.sort_unstable();
    let complete = places.len() == question.options.len()
        && places
            .iter()
            .enumerate()
            .all(|(i, (place, _))| *place == i + 1);
    if !complete {
        return Err("survey-answer-ranking");
    }
    Ok(Some(Value::Ranking(
        places.into_iter().map(|(_, id)| id).collect(),
    )))
}

/// The stored rows of one question's answer (their ids and response left to the caller).
pub fn rows(question: &Question, value: &Value) -> Vec<survey_answer::Model> {
    let row = |option_id, number, text, rank| survey_answer::Model {
        id: 0,
        response_id: 0,
        question_id: question.id(),
        option_id,
        number,
        text,
        rank,
        hidden: false,
        quoted: false,
    };
    match value {
        Value::Options(ids) => ids
            .iter()
            .map(|id| row(Some(*id), None, None, None))
            .collect(),
        Value::Ranking(ids) => ids
            .iter()
            .zip(1..)
            .map(|(id, rank)| row(Some(*id), None, None, Some(rank)))
            .collect(),
        Value::Number(n) => vec![row(None, Some(*n), None, None)],
        Value::Date(d) => vec![row(
            None,
            None,
            Some(d.format("%Y-%m-%d").to_string()),
            None,
        )],
        Value::Text(t) => vec![row(None, None, Some(t.clone()), None)],
    }
}

/// Answers back from stored rows; rows of questions no longer in `structure` are left out.
pub fn from_rows(structure: &Structure, rows: &[survey_answer::Model]) -> Answers {
    let mut answers = Answers::new();
    let mut ranked: BTreeMap<i64, Vec<(i32, i64)>> = BTreeMap::new();
    for row in rows {
        let Some(question) = structure.question(row.question_id) else {
            continue;
        };
        match question.kind() {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                if let Some(option) = row.option_id {
                    let entry = answers
                        .entry(row.question_id)
                        .or_insert_with(|| Value::Options(Vec::new()));
                    if let Value::Options(ids) = entry {
                        ids.push(option);
                    }
                }
            }
            QuestionKind::Ranking => {
                if let (Some(option), Some(rank)) = (row.option_id, row.rank) {
                    ranked
                        .entry(row.question_id)
                        .or_default()
                        .push((rank, option));
                }
            }
            QuestionKind::Scale | QuestionKind::Number => {
                if let Some(n) = row.number {
                    answers.insert(row.question_id, Value::Number(n));
                }
            }
            QuestionKind::Date => {
                if let Some(d) = row
                    .text
                    .as_deref()
                    .and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
                {
                    answers.insert(row.question_id, Value::Date(d));
                }
            }
            QuestionKind::ShortText | QuestionKind::LongText => {
                if let Some(t) = &row.text {
                    answers.insert(row.question_id, Value::Text(t.clone()));
                }
            }
        }
    }
    for (question, mut places) in ranked {
        places.sort_unstable();
        answers.insert(
            question,
            Value::Ranking(places.into_iter().map(|(_, id)| id).collect()),
        );
    }
    // Choices in the question's order.
    for question in structure.questions() {
        if let Some(Value::Options(ids)) = answers.get_mut(&question.id()) {
            ids.sort_by_key(|id| question.options.iter().position(|o| o.id == *id));
        }
    }
    answers
}

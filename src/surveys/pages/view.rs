//! Questions and answers as the pages show them: every piece of text in the reader's
//! language with its `lang`, and what the person typed or saved, as form values.

use entity::QuestionKind;

use crate::{
    i18n::Locale,
    surveys::{
        answers::{AnswerErrors, Answers, LONG_TEXT_CHARS, SHORT_TEXT_CHARS, Value},
        model::Question,
        texts::{self, Texts},
    },
};

/// A piece of survey text and its language.
pub struct Text {
    pub text: String,
    pub lang: String,
}

impl Text {
    pub fn new(texts: &Texts, item: &str, original: &str) -> Self {
        Self {
            text: texts.get(item, original).to_owned(),
            lang: texts.lang(item).to_owned(),
        }
    }
}

pub struct OptionView {
    pub id: i64,
    pub label: Text,
    /// Chosen (choices), or the place given ("" for none; rankings).
    pub checked: bool,
    pub place: String,
}

pub struct QuestionView {
    pub id: i64,
    /// `single`, `multiple`, `scale`, `number`, `date`, `short`, `long`, `ranking`.
    pub kind: &'static str,
    pub prompt: Text,
    pub help: Option<Text>,
    pub required: bool,
    pub max_choices: Option<i32>,
    pub min_label: Option<Text>,
    pub max_label: Option<Text>,
    pub options: Vec<OptionView>,
    /// The value of a one-field question.
    pub value: String,
    pub error: Option<&'static str>,
    pub max_chars: usize,
}

impl QuestionView {
    /// The ids the control's `aria-describedby` names.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.help.is_some() {
            ids.push(format!("q{}-help", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("q{}-error", self.id));
        }
        ids.join(" ")
    }

    pub fn places(&self) -> Vec<usize> {
        (1..=self.options.len()).collect()
    }

    pub fn scale(&self) -> Vec<String> {
        (1..=5).map(|n| n.to_string()).collect()
    }
}

fn kind(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice => "single",
        QuestionKind::MultipleChoice => "multiple",
        QuestionKind::Scale => "scale",
        QuestionKind::Number => "number",
        QuestionKind::Date => "date",
        QuestionKind::ShortText => "short",
        QuestionKind::LongText => "long",
        QuestionKind::Ranking => "ranking",
    }
}

/// The form fields a saved answer fills in.
pub fn fields_of(answers: &Answers) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for (question, value) in answers {
        let name = format!("q{question}");
        match value {
            Value::Options(ids) => {
                fields.extend(ids.iter().map(|id| (name.clone(), id.to_string())))
            }
            Value::Ranking(ids) => fields.extend(
                ids.iter()
                    .zip(1..)
                    .map(|(id, place)| (format!("q{question}_{id}"), place.to_string())),
            ),
            Value::Number(n) => fields.push((name, number(*n))),
            Value::Date(d) => fields.push((name, d.format("%Y-%m-%d").to_string())),
            Value::Text(t) => fields.push((name, t.clone())),
        }
    }
    fields
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// A question as its section's page shows it, filled with `fields`.
pub fn question(
    texts: &Texts,
    question: &Question,
    fields: &[(String, String)],
    errors: &AnswerErrors,
) -> QuestionView {
    let id = question.id();
    let name = format!("q{id}");
    let model = &question.model;
    let label = |item: String, original: &Option<String>| {
        original
            .as_deref()
            .filter(|o| !o.trim().is_empty())
            .map(|o| Text::new(texts, &item, o))
    };
    let options = question
        .options
        .iter()
        .map(|o| OptionView {
            id: o.id,
            label: Text::new(texts, &texts::option(o.id), &o.label),
            checked: fields
                .iter()
                .any(|(n, v)| *n == name && v.trim() == o.id.to_string()),
            place: field(fields, &format!("q{id}_{}", o.id))
                .unwrap_or_default()
                .trim()
                .to_owned(),
        })
        .collect();
    QuestionView {
        id,
        kind: kind(question.kind()),
        prompt: Text::new(texts, &texts::prompt(id), &model.prompt),
        help: label(texts::help(id), &Some(model.help.clone())),
        required: model.required,
        max_choices: model.max_choices,
        min_label: label(texts::min_label(id), &model.min_label),
        max_label: label(texts::max_label(id), &model.max_label),
        options,
        value: field(fields, &name).unwrap_or_default().to_owned(),
        error: errors.get(id),
        max_chars: if question.kind() == QuestionKind::ShortText {
            SHORT_TEXT_CHARS
        } else {
            LONG_TEXT_CHARS
        },
    }
}

/// An answer as the review shows it; None when there is none.
pub fn answer(texts: &Texts, question: &Question, value: &Value, locale: Locale) -> String {
    let option = |id: &i64| {
        question
            .option(*id)
            .map(|o| texts.get(&texts::option(o.id), &o.label).to_owned())
            .unwrap_or_default()
    };
    match value {
        Value::Options(ids) => ids.iter().map(option).collect::<Vec<_>>().join(", "),
        Value::Ranking(ids) => ids
            .iter()
            .zip(1..)
            .map(|(id, place)| format!("{place}. {}", option(id)))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Number(n) => number(*n),
        Value::Date(d) => locale.date(*d),
        Value::Text(t) => t.clone(),
    }
}

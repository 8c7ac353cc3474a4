//! Paper questionnaires: the printable questionnaire in any of the survey's languages, and
//! facilitators typing in the questionnaires filled in by hand.
//!
//! - `print`: `/manage/surveys/{id}/print?lang=xx`;
//! - `entry`: `/manage/surveys/{id}/paper/new`, one questionnaire on one page;
//! - `list`: `/manage/surveys/{id}/paper`, those typed in, and removing one.

mod entry;
mod list;
mod print;

use axum::{Router, routing::get};
use entity::QuestionKind;

use crate::{
    i18n::Locale,
    surveys::{
        model::{Question, Structure},
        texts::{self, Texts},
    },
    web::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/manage/surveys/{id}/print", get(print::show))
        .route(
            "/manage/surveys/{id}/paper/new",
            get(entry::new).post(entry::create),
        )
        .route("/manage/surveys/{id}/paper", get(list::list))
        .route(
            "/manage/surveys/{id}/paper/{response}/remove",
            get(list::confirm).post(list::remove),
        )
}

/// A piece of the survey's text with its language.
pub struct Piece {
    pub text: String,
    pub lang: String,
}

fn piece(texts: &Texts, item: &str, original: &str) -> Piece {
    Piece {
        text: texts.get(item, original).to_owned(),
        lang: texts.lang(item).to_owned(),
    }
}

pub struct OptionView {
    pub id: i64,
    pub label: Piece,
}

/// A question as the printed questionnaire and the entry form show it.
pub struct QuestionView {
    pub id: i64,
    pub number: usize,
    /// The kind's code: `single_choice`, `scale`, …
    pub kind: &'static str,
    pub prompt: Piece,
    pub help: Piece,
    pub required: bool,
    pub options: Vec<OptionView>,
    pub min_label: Piece,
    pub max_label: Piece,
    /// How to answer, for choices and rankings: "tick one", "write 1 to 3".
    pub hint: String,
    /// When it is asked, in words: "answer only if you answered “No” to question 2".
    pub condition: Option<String>,
}

pub struct SectionView {
    pub title: Piece,
    pub questions: Vec<QuestionView>,
}

fn kind_code(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice => "single_choice",
        QuestionKind::MultipleChoice => "multiple_choice",
        QuestionKind::Scale => "scale",
        QuestionKind::Number => "number",
        QuestionKind::Date => "date",
        QuestionKind::ShortText => "short_text",
        QuestionKind::LongText => "long_text",
        QuestionKind::Ranking => "ranking",
    }
}

/// The survey's sections and questions in `texts`' language, numbered from 1 across the
/// survey; conditions written with `locale`.
pub fn sections(structure: &Structure, texts: &Texts, locale: &Locale) -> Vec<SectionView> {
    let numbers: Vec<i64> = structure.questions().map(|q| q.id()).collect();
    let number_of = |id: i64| numbers.iter().position(|q| *q == id).map_or(0, |n| n + 1);
    structure
        .sections
        .iter()
        .map(|section| SectionView {
            title: piece(
                texts,
                &texts::section(section.model.id),
                &section.model.title,
            ),
            questions: section
                .questions
                .iter()
                .map(|q| question_view(structure, texts, locale, q, number_of(q.id()), &number_of))
                .collect(),
        })
        .collect()
}

fn hint(question: &Question, locale: &Locale) -> String {
    match question.kind() {
        QuestionKind::SingleChoice => locale.t("survey-print-tick-one"),
        QuestionKind::MultipleChoice => match question.model.max_choices {
            Some(max) => locale.t_count("survey-print-tick-up-to", i64::from(max)),
            None => locale.t("survey-print-tick-any"),
        },
        QuestionKind::Ranking => locale.t_count("survey-print-rank", question.options.len() as i64),
        _ => String::new(),
    }
}

fn question_view(
    structure: &Structure,
    texts: &Texts,
    locale: &Locale,
    q: &Question,
    number: usize,
    number_of: &dyn Fn(i64) -> usize,
) -> QuestionView {
    let condition = match (q.model.show_if_question, q.model.show_if_option) {
        (Some(on), Some(option)) => structure.question(on).map(|on| {
            let original = on.option(option).map_or("", |o| o.label.as_str());
            let label = texts.get(&texts::option(option), original);
            locale.t_with(
                "survey-paper-condition",
                &[
                    ("option", label),
                    ("number", &number_of(on.id()).to_string()),
                ],
            )
        }),
        _ => None,
    };
    let label = |item: String, original: Option<&str>| piece(texts, &item, original.unwrap_or(""));
    QuestionView {
        id: q.id(),
        number,
        kind: kind_code(q.kind()),
        prompt: piece(texts, &texts::prompt(q.id()), &q.model.prompt),
        help: piece(texts, &texts::help(q.id()), &q.model.help),
        required: q.model.required,
        options: q
            .options
            .iter()
            .map(|o| OptionView {
                id: o.id,
                label: piece(texts, &texts::option(o.id), &o.label),
            })
            .collect(),
        min_label: label(texts::min_label(q.id()), q.model.min_label.as_deref()),
        max_label: label(texts::max_label(q.id()), q.model.max_label.as_deref()),
        hint: hint(q, locale),
        condition,
    }
}

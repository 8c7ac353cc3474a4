//! The printable report's chapter on surveys: per survey, who answered online and on paper,
//! and per question how many answered and what (online and paper together). A question
//! answered by fewer than 3 people shows no figures, as results by group do not.

use askama::Template;
use entity::QuestionKind;

use super::source::SurveySheet;
use crate::{i18n::Locale, results::compute::MIN_VOTERS};

pub struct QuestionLine {
    pub prompt: String,
    pub answered: i64,
    /// "Anagrafe: 5", or the average; empty when hidden or a text or date question.
    pub figures: Vec<String>,
    pub hidden: bool,
}

pub struct SurveyEntry {
    pub title: String,
    pub online: usize,
    pub paper: usize,
    pub anonymous: bool,
    pub questions: Vec<QuestionLine>,
}

#[derive(Template)]
#[template(path = "exports/report_surveys.html")]
pub struct Surveys<'a> {
    pub t: Locale,
    pub surveys: &'a [SurveyEntry],
}

/// What the chapter shows of one survey.
pub fn entry(t: Locale, sheet: &SurveySheet) -> SurveyEntry {
    let questions = sheet
        .summaries
        .iter()
        .map(|q| {
            let hidden = q.answered < MIN_VOTERS;
            let figures = if hidden {
                Vec::new()
            } else {
                match q.kind {
                    QuestionKind::Scale | QuestionKind::Number => q
                        .average
                        .map(|a| t.t_arg("report-survey-average", "average", &format!("{a:.1}")))
                        .into_iter()
                        .collect(),
                    _ => q
                        .options
                        .iter()
                        .map(|(label, n)| format!("{label}{}{}", t.colon(), t.number(*n)))
                        .collect(),
                }
            };
            QuestionLine {
                prompt: q.prompt.clone(),
                answered: q.answered,
                figures,
                hidden,
            }
        })
        .collect();
    SurveyEntry {
        title: sheet.title.clone(),
        online: sheet.online,
        paper: sheet.paper,
        anonymous: sheet.anonymous,
        questions,
    }
}

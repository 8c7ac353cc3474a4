//! Surveys: facilitators ask everyone the same questions, in sections, with conditions, in
//! several languages; verified participants of the admitted groups answer online (saving and
//! coming back, changing their answers until the survey closes, anonymously where the survey
//! says so); facilitators type in paper questionnaires; results show by stakeholder group
//! with small groups suppressed, online and paper apart and together.
//!
//! - `model`: a survey's sections, questions and options; `window`: when it takes answers;
//! - `build`: creating a survey's structure; `edit`: changing it, and what may change once
//!   answered;
//! - `answers`: what each question kind takes, read from forms, pruned by conditions;
//! - `responses`: drafts, submissions and paper questionnaires as stored;
//! - `tally`: the counters results are read from;
//! - `store`: surveys as stored; `announce`: "open for you" and "closes tomorrow";
//! - `console`: the facilitator's builder (settings, sections, questions, translations);
//! - `pages`: the public pages and answering, section by section; `texts`: a survey's text
//!   in the reader's language;
//! - `paper`: the printable questionnaire and paper answers typed in; `results`: results by
//!   group, with text answers for facilitators.

pub mod announce;
pub mod answers;
pub mod build;
mod console;
pub mod edit;
pub mod model;
mod pages;
mod paper;
pub mod responses;
pub mod results;
pub mod store;
pub mod tally;
pub mod texts;
pub mod window;

use axum::Router;

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(console::router())
        .merge(pages::router())
        .merge(paper::router())
        .merge(results::router())
}

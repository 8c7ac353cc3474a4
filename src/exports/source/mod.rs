//! Reading a consultation for an export: what is small is read at once (the consultation,
//! its rounds, the results, the summary counts), the rest in batches by id, so an export's
//! memory does not grow with the number of proposals and comments.
//!
//! - `head`: what is read at once (`Head`, the summary `Counts`) and the options;
//! - `batches`: the proposals, comments and answers, a batch at a time;
//! - `records`: a proposal and an in-person contribution as exports show them;
//! - `people`: the pseudonyms (and, when allowed, names) of the people met;
//! - `follow_up`: the meetings, the commitments and their updates, the documents attached
//!   to them, a batch at a time;
//! - `documents`: which documents an export lists;
//! - `surveys`: a survey's responses, one row each, and its structure.

mod batches;
mod documents;
mod follow_up;
mod head;
mod people;
mod records;
mod surveys;

pub use batches::{BATCH, answers_after, comments_after, proposals_after};
pub use follow_up::{
    CommitmentRecord, LATEST_UPDATES, MeetingRecord, commitments_after, documents_after,
    meetings_after, updates_after,
};
pub use head::{Counts, Head, Options};
pub use people::{People, Person};
pub use records::{InPersonRecord, ProposalRecord};
pub use surveys::{
    FIXED_COLUMNS, QuestionSummary, SurveySheet, published as published_surveys,
    sheet as survey_sheet,
};

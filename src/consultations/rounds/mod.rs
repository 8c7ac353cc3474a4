//! Rounds: the phases of a consultation. Their rules, their schedule, and the moves that
//! change their state (by hand or on time), each recorded as an event and in the audit log.
//!
//! - `rules`: what a round is as plain data (its checked rules, groups, codes, the current one);
//! - `form`: the round form and its checking;
//! - `store`: the queries and a facilitator's edits (create, update, delete, reorder);
//! - `lifecycle`: opening, closing and extending, by hand or by the scheduler (`advance`).

mod form;
mod lifecycle;
mod rules;
mod store;

pub use form::{MAX_TITLE_CHARS, RoundForm, parse};
pub use lifecycle::{Cause, advance, close, extend, open};
pub use rules::{RoundRules, concluded, current, groups_of};
pub use store::{create, delete, for_consultation, reorder, update};

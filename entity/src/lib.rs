//! Database entities of Tavolo: table shapes only. Behaviour lives in the `tavolo` crate.

pub mod account_token;
pub mod audit_log;
pub mod coauthor_invitation;
pub mod code;
pub mod comment;
pub mod consultation;
pub mod consultation_role;
pub mod event;
pub mod flag;
pub mod follow;
pub mod invitation;
pub mod login_failure;
pub mod notification;
pub mod offline_tally;
pub mod offline_tally_count;
pub mod outbox;
pub mod proposal;
pub mod proposal_answer;
pub mod proposal_author;
pub mod proposal_follow;
pub mod proposal_revision;
pub mod recovery_code;
pub mod round;
pub mod round_voters;
pub mod sea_orm_active_enums;
pub mod session;
pub mod setting;
pub mod theme;
pub mod two_factor;
pub mod user;
pub mod vote;
pub mod vote_count;

pub use code::Code;
pub use sea_orm_active_enums::*;

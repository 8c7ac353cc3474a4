//! Database entities of Tavolo: table shapes only. Behaviour lives in the `tavolo` crate.

pub mod account_token;
pub mod audit_log;
pub mod consultation;
pub mod consultation_role;
pub mod event;
pub mod follow;
pub mod invitation;
pub mod outbox;
pub mod round;
pub mod sea_orm_active_enums;
pub mod session;
pub mod theme;
pub mod user;

pub use sea_orm_active_enums::*;

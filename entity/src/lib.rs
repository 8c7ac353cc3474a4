//! Database entities of Tavolo: table shapes only. Behaviour lives in the `tavolo` crate.

pub mod account_token;
pub mod outbox;
pub mod sea_orm_active_enums;
pub mod session;
pub mod user;

pub use sea_orm_active_enums::*;

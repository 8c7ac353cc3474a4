//! Notifications and email. An event ([`Event`], one variant per kind) is raised by the
//! capability that causes it with a [`Notice`]: who it concerns, its title and its link.
//! `fanout` records it and tells those who may still see it, in the app and by email as each
//! chose. Email: what can be sent (`emails`), the outbox it waits in, the transport that
//! carries it (`mailer`) and the worker that drains the outbox.
//!
//! Delivery guarantee: an email is queued in the same transaction as the action that
//! causes it, so it exists exactly when the action does. A worker claims rows for a few
//! minutes; one that dies before sending loses nothing (the claim lapses and another takes
//! the row); one that dies after the SMTP server accepted but before marking the row sent
//! causes at most one resend, with the same `Message-ID`, which mail clients drop.

pub mod details;
pub mod digest;
pub mod emails;
pub mod events;
pub mod fanout;
pub mod mailer;
pub mod notice;
pub mod outbox;
pub mod procedure_email;
pub mod rendered;
pub mod unsubscribe;
pub mod worker;

pub use emails::Email;
pub use events::{Event, Kind};
pub use fanout::raise;
pub use mailer::Mailer;
pub use notice::{Concern, Notice, Place};
pub use outbox::{enqueue, under_daily_cap};
pub use worker::{DeliveryReport, deliver_due, run_worker};

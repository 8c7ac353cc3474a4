//! Comments, replies, stances, flags and moderation; hostile input rendered inert; list
//! pages that run a bounded number of statements.
//!
//! - `comments.rs`: threads and stances, editing and withdrawing, refusals;
//! - `moderation.rs`: reports, hiding at three flags, facilitators' decisions;
//! - `reports.rs`: reporting needs a verified email; only verified reporters count;
//! - `review.rs`: reports during an open vote go to the facilitators; restore leaves
//!   withdrawn and merged content as it is;
//! - `thread.rs`: a long thread a page at a time, links to one comment;
//! - `pages.rs`: the list's filters, sorting and statement count; hostile text rendered inert.

mod comments;
mod moderation;
mod pages;
mod reports;
mod review;
mod thread;

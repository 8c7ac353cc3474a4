//! The policy as a matrix, through HTTP: every kind of person against every action on a
//! consultation, with the answer each must get.
//!
//! - `consultation.rs`: every action on a consultation;
//! - `discussion.rs`: every action on a consultation's discussion.

mod consultation;
mod discussion;

use reqwest::StatusCode;

use crate::helpers::location;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Allowed,
    NotFound,
    Forbidden,
    LogIn,
}
use Outcome::*;

const ACTIONS: [&str; 8] = [
    "view draft",
    "view invite-only",
    "edit",
    "publish",
    "manage rounds",
    "invite",
    "open console",
    "read audit log",
];

fn outcome(response: &reqwest::Response) -> Outcome {
    match response.status() {
        StatusCode::OK => Allowed,
        StatusCode::NOT_FOUND => NotFound,
        StatusCode::FORBIDDEN => Forbidden,
        StatusCode::SEE_OTHER if location(response).starts_with("/login") => LogIn,
        StatusCode::SEE_OTHER => Allowed,
        other => panic!("unexpected status {other}"),
    }
}

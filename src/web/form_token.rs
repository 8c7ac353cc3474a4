//! The token a page's forms carry (see `csrf` for how it is checked). For a visitor who is
//! not logged in it is `HMAC(site key, nonce)`, bound to the nonce of their `tavolo_csrf`
//! cookie; the nonce is drawn only when a page prints a token and the visitor has none, so
//! pages that are only read set no cookie.

use std::{
    fmt,
    sync::{Arc, OnceLock},
};

use crate::crypto::{constant_time_eq, random_token, sign};

/// The cookie whose nonce the form tokens of visitors who are not logged in are bound to.
pub const COOKIE: &str = "tavolo_csrf";

/// The token a page's forms carry. Printing it (`{{ ctx.csrf }}`) is what asks for it: for a
/// visitor who is not logged in and has no `tavolo_csrf` cookie yet, the first print draws
/// the nonce that `csrf::verify_csrf` then sets as the cookie on the response.
#[derive(Clone)]
pub enum FormToken {
    /// Pages rendered without a session (error pages): no form there posts anything.
    None,
    Session(String),
    Visitor(Arc<VisitorToken>),
}

impl fmt::Display for FormToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormToken::None => Ok(()),
            FormToken::Session(token) => f.write_str(token),
            FormToken::Visitor(visitor) => f.write_str(&visitor.token()),
        }
    }
}

/// The form token of one request by a visitor who is not logged in.
pub struct VisitorToken {
    key: Arc<str>,
    /// The nonce of the `tavolo_csrf` cookie the request came with.
    sent: Option<String>,
    /// A nonce drawn while answering, because a form needed one and none was sent.
    drawn: OnceLock<String>,
}

impl VisitorToken {
    /// `sent`: the value of the `tavolo_csrf` cookie the request came with.
    pub fn new(key: Arc<str>, sent: Option<String>) -> Self {
        Self {
            key,
            sent: sent.filter(|nonce| !nonce.is_empty()),
            drawn: OnceLock::new(),
        }
    }

    /// The nonce drawn while answering, which the response must set as the cookie.
    pub fn drawn_nonce(&self) -> Option<&str> {
        self.drawn.get().map(String::as_str)
    }

    fn token(&self) -> String {
        let nonce = match &self.sent {
            Some(nonce) => nonce,
            None => self.drawn.get_or_init(random_token),
        };
        bound_token(&self.key, nonce)
    }

    /// Whether `provided` is the token bound to the cookie this request came with.
    pub fn accepts(&self, provided: &str) -> bool {
        self.sent
            .as_deref()
            .is_some_and(|nonce| constant_time_eq(provided, &bound_token(&self.key, nonce)))
    }
}

fn bound_token(key: &str, nonce: &str) -> String {
    sign(key, &format!("csrf:{nonce}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visitor_token_is_bound_to_the_cookie_it_was_made_for() {
        let key: Arc<str> = "site key".into();
        let mine = VisitorToken::new(key.clone(), Some("n1".to_owned()));
        let token = mine.token();
        assert!(mine.drawn.get().is_none(), "the cookie's nonce is used");
        assert!(mine.accepts(&token));
        assert!(!mine.accepts("forged"));

        let newcomer = VisitorToken::new(key, None);
        let theirs = newcomer.token();
        assert!(
            newcomer.drawn.get().is_some(),
            "a nonce is drawn for the cookie"
        );
        assert!(!mine.accepts(&theirs));
        assert!(
            !newcomer.accepts(&theirs),
            "not before the cookie comes back"
        );
    }
}

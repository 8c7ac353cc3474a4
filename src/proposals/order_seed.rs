//! The fair random order of a proposal list: a number fixed for each visitor, so the order
//! stays the same while they browse, kept in a cookie of its own (`tavolo_order`) rather than
//! in a session. The cookie is set only when a visitor picks the random order.

use axum::http::{HeaderMap, HeaderValue, header};
use tower_sessions::cookie::{Cookie, SameSite, time::Duration};

use crate::web::context::cookie;

pub const COOKIE: &str = "tavolo_order";
/// Seeds are drawn from `1..SEEDS`.
const SEEDS: i64 = 100_000;

/// This visitor's seed, and whether it was drawn just now (and must be set as the cookie).
pub struct OrderSeed {
    pub seed: i64,
    drawn: bool,
}

impl OrderSeed {
    /// The seed the visitor's cookie holds, or a new one.
    pub fn of_visitor(headers: &HeaderMap) -> Self {
        let kept = cookie(headers, COOKIE)
            .and_then(|value| value.parse::<i64>().ok())
            .filter(|seed| (1..SEEDS).contains(seed));
        match kept {
            Some(seed) => Self { seed, drawn: false },
            None => {
                use rand::RngExt;
                Self {
                    seed: rand::rng().random_range(1..SEEDS),
                    drawn: true,
                }
            }
        }
    }

    /// The `Set-Cookie` header that keeps a newly drawn seed; none for a kept one.
    pub fn set_cookie(&self, secure: bool) -> Option<(header::HeaderName, HeaderValue)> {
        if !self.drawn {
            return None;
        }
        let cookie = Cookie::build((COOKIE, self.seed.to_string()))
            .path("/")
            .max_age(Duration::days(30))
            .same_site(SameSite::Lax)
            .http_only(true)
            .secure(secure)
            .build();
        let value = HeaderValue::from_str(&cookie.to_string()).ok()?;
        Some((header::SET_COOKIE, value))
    }
}

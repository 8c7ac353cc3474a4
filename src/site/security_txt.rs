//! `GET /.well-known/security.txt` (RFC 9116): where to report a vulnerability, for anyone
//! who finds one, in the form security researchers' tools look for.

use axum::{
    extract::State,
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, TimeDelta, Utc};

use super::address_of;
use crate::{i18n::languages, web::AppState};

/// How far ahead the file says it stays valid: RFC 9116 asks for less than a year, so that
/// stale files are noticed; it is written afresh on every request.
const VALID_FOR_DAYS: i64 = 180;

pub async fn security_txt(State(state): State<AppState>) -> Response {
    let config = &state.config;
    let contact = config
        .security_contact
        .clone()
        .unwrap_or_else(|| address_of(&config.mail_from));
    let text = security_txt_for(&contact, &config.base_url, state.now());
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

/// The file's text: `contact` is an email address or an `https://` address.
pub fn security_txt_for(contact: &str, base_url: &str, now: DateTime<Utc>) -> String {
    let contact = contact.trim();
    let contact = if contact.starts_with("https://") || contact.starts_with("mailto:") {
        contact.to_owned()
    } else {
        format!("mailto:{contact}")
    };
    let expires = (now + TimeDelta::days(VALID_FOR_DAYS))
        .format("%Y-%m-%dT00:00:00Z")
        .to_string();
    let languages: Vec<&str> = languages().iter().map(|l| l.code.as_str()).collect();
    let base_url = base_url.trim_end_matches('/');
    format!(
        "Contact: {contact}\nExpires: {expires}\nPreferred-Languages: {}\n\
         Canonical: {base_url}/.well-known/security.txt\n",
        languages.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn an_address_becomes_a_mailto_and_a_web_page_stays_as_it_is() {
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 10, 30, 0).unwrap();
        let text = security_txt_for("sicurezza@comune.test", "https://tavolo.test/", now);
        assert_eq!(
            text,
            "Contact: mailto:sicurezza@comune.test\nExpires: 2027-06-05T00:00:00Z\n\
             Preferred-Languages: ar, en, es, fr, it, sq, uk, zh\n\
             Canonical: https://tavolo.test/.well-known/security.txt\n"
        );
        let page = security_txt_for("https://comune.test/sicurezza", "https://tavolo.test", now);
        assert!(page.starts_with("Contact: https://comune.test/sicurezza\n"));
    }
}

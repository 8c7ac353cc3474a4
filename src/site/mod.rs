//! The pages that belong to no single capability: privacy notice, accessibility
//! statement, how participation works, health check, security contact.

mod security_txt;

use askama::Template;
use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
};

use askama::filters::Safe;
use chrono::NaiveDate;

use crate::{
    db::{self, Health},
    i18n::{escaped, isolated},
    web::{AppState, Page, PageCtx, page_cache::NeverKept},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/privacy", get(privacy))
        .route("/accessibility", get(accessibility))
        .route("/how-it-works", get(how_it_works))
        .route("/healthz", get(health))
        .route("/.well-known/security.txt", get(security_txt::security_txt))
}

/// The privacy notice: who is responsible (`TAVOLO_OPERATOR`) and how to reach them
/// (`TAVOLO_PRIVACY_CONTACT`), what is handled, why and on which legal basis, how long it
/// is kept, and the person's rights with the pages that exercise them.
#[derive(Template)]
#[template(path = "site/privacy.html")]
pub struct PrivacyPage {
    ctx: PageCtx,
    /// The sentences that carry a setting, as safe HTML (the value isolated or a link).
    controller: String,
    contact: String,
    /// What is kept how long: (what, for how long) message keys, in the table's order.
    retention: &'static [(&'static str, &'static str)],
}

/// The retention table of the privacy notice (see `rights::retention` for the rules run
/// on schedule, and `rights::erase` for what deleting an account removes).
const RETENTION: [(&str, &str); 9] = [
    ("privacy-keep-account", "privacy-keep-account-for"),
    ("privacy-keep-unverified", "privacy-keep-unverified-for"),
    (
        "privacy-keep-contributions",
        "privacy-keep-contributions-for",
    ),
    ("privacy-keep-votes", "privacy-keep-votes-for"),
    ("privacy-keep-email-bodies", "privacy-keep-email-bodies-for"),
    (
        "privacy-keep-email-records",
        "privacy-keep-email-records-for",
    ),
    ("privacy-keep-sessions", "privacy-keep-sessions-for"),
    (
        "privacy-keep-meeting-needs",
        "privacy-keep-meeting-needs-for",
    ),
    ("privacy-keep-audit", "privacy-keep-audit-for"),
];

async fn privacy(State(state): State<AppState>, ctx: PageCtx) -> Page<PrivacyPage> {
    let config = &state.config;
    let locale = &ctx.locale;
    let controller = match named_operator(config.operator.as_deref()) {
        Some(name) => locale.t_arg_isolated("privacy-controller-named", "operator", name),
        None => escaped(&locale.t("privacy-controller-unnamed")),
    };
    let contact = config
        .privacy_contact
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map_or_else(|| address_of(&config.mail_from), str::to_owned);
    Page::ok(PrivacyPage {
        controller: controller.0,
        contact: locale
            .t_markup("privacy-contact", "contact", &contact_link(&contact))
            .0,
        retention: &RETENTION,
        ctx,
    })
}

fn named_operator(operator: Option<&str>) -> Option<&str> {
    operator.map(str::trim).filter(|name| !name.is_empty())
}

/// A link to an email address (`mailto:`) or to a web page given as `https://…`.
fn contact_link(contact: &str) -> Safe<String> {
    let href = if contact.starts_with("https://") {
        contact.to_owned()
    } else {
        format!("mailto:{contact}")
    };
    Safe(format!(
        r#"<a href="{}">{}</a>"#,
        escaped(&href).0,
        isolated(contact).0
    ))
}

/// The day this version's accessibility was last assessed (the statement's date unless the
/// operator sets `TAVOLO_ACCESSIBILITY_REVIEWED` after a review of their own).
const ASSESSED_ON: (i32, u32, u32) = (2026, 11, 26);

/// The accessibility statement, after AgID's model: who commits, to what, the compliance
/// status and what is not accessible yet, how it was assessed, where to report problems,
/// and where to turn when no answer comes.
#[derive(Template)]
#[template(path = "site/accessibility.html")]
pub struct AccessibilityPage {
    ctx: PageCtx,
    /// The sentences that carry a value, as safe HTML: the value isolated in `<bdi>` (or a
    /// link), the rest escaped.
    intro: String,
    scope: String,
    preparation: String,
    feedback: String,
    about: String,
}

async fn accessibility(State(state): State<AppState>, ctx: PageCtx) -> Page<AccessibilityPage> {
    let config = &state.config;
    let locale = &ctx.locale;
    let reviewed = config.accessibility_reviewed.unwrap_or_else(|| {
        let (year, month, day) = ASSESSED_ON;
        NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
    });
    let email = config
        .accessibility_email
        .clone()
        .unwrap_or_else(|| address_of(&config.mail_from));
    let intro = match named_operator(config.operator.as_deref()) {
        Some(name) => locale.t_arg_isolated("accessibility-intro-named", "operator", name),
        None => escaped(&locale.t("accessibility-intro-unnamed")),
    };
    let site = config.base_url.trim_end_matches('/');
    let date = Safe(format!(
        r#"<time datetime="{}">{}</time>"#,
        reviewed.format("%Y-%m-%d"),
        escaped(&reviewed.format(&locale.t("format-date")).to_string()).0
    ));
    let mailto = contact_link(&email);
    Page::ok(AccessibilityPage {
        intro: intro.0,
        scope: locale.t_arg_isolated("accessibility-scope", "site", site).0,
        preparation: locale
            .t_markup("accessibility-preparation", "date", &date)
            .0,
        feedback: locale
            .t_markup("accessibility-feedback", "email", &mailto)
            .0,
        about: locale
            .t_arg_isolated("accessibility-about", "version", env!("CARGO_PKG_VERSION"))
            .0,
        ctx,
    })
}

/// The address part of a mailbox such as `Tavolo <tavolo@example.org>`.
/// `MAIL_FROM` is checked when the mailer starts, so the fallback to the text as given is
/// only for a setting the mailer would refuse.
fn address_of(mailbox: &str) -> String {
    mailbox.parse::<lettre::message::Mailbox>().map_or_else(
        |_| mailbox.trim().to_owned(),
        |parsed| parsed.email.to_string(),
    )
}

/// Plain-language steps of taking part: consultations, rounds, groups, proposing,
/// discussing, voting, results, answers, secrecy, notifications, help.
#[derive(Template)]
#[template(path = "site/how_it_works.html")]
pub struct HowItWorksPage {
    ctx: PageCtx,
}

async fn how_it_works(ctx: PageCtx) -> Page<HowItWorksPage> {
    Page::ok(HowItWorksPage { ctx })
}

/// `GET /healthz`: 200 when the database takes a write, 503 (`degraded`) when it does not,
/// and 503 (`stopping`) while the server drains before a stop, so that a load balancer
/// takes the instance out. `database` says whether it answers at
/// all, `writes` whether a write went through.
async fn health(State(state): State<AppState>) -> Response {
    if state.stopping.load(std::sync::atomic::Ordering::Relaxed) {
        // Draining before a stop: still serving, but out of the balancer's rotation.
        let body = serde_json::json!({
            "status": "stopping",
            "version": env!("CARGO_PKG_VERSION"),
            "commit": crate::COMMIT,
        });
        let mut response = (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response();
        response.extensions_mut().insert(NeverKept);
        return response;
    }
    let health = db::check_health(&state.db, state.now()).await;
    let status = if health == Health::Ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = serde_json::json!({
        "status": if health == Health::Ok { "ok" } else { "degraded" },
        "database": if health == Health::Unavailable { "unavailable" } else { "ok" },
        "writes": if health == Health::Ok { "ok" } else { "failing" },
        "version": env!("CARGO_PKG_VERSION"),
        "commit": crate::COMMIT,
    });
    // It reports on this moment: never answered from memory.
    let mut response = (status, Json(body)).into_response();
    response.extensions_mut().insert(NeverKept);
    response
}

#[cfg(test)]
mod tests {
    use super::address_of;

    #[test]
    fn the_feedback_address_is_the_mailbox_address() {
        assert_eq!(
            address_of("Tavolo <tavolo@example.org>"),
            "tavolo@example.org"
        );
        assert_eq!(address_of("tavolo@example.org"), "tavolo@example.org");
        assert_eq!(
            address_of(" Comune <a11y@comune.example> "),
            "a11y@comune.example"
        );
    }
}

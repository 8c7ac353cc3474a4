//! Every email Tavolo sends, with the data it needs. Each has a subject in the Fluent files
//! and a text and an HTML template under `templates/emails/`.

use askama::Template;
use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "template", content = "data", rename_all = "snake_case")]
pub enum Email {
    /// Confirms that an address belongs to the person who registered it.
    VerifyEmail { name: String, link: String },
    /// A single-use link to choose a new password.
    PasswordReset { name: String, link: String },
}

/// An email ready for the transport.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "emails/verify_email.txt")]
struct VerifyEmailText<'a> {
    t: Locale,
    name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/verify_email.html")]
struct VerifyEmailHtml<'a> {
    t: Locale,
    name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/password_reset.txt")]
struct PasswordResetText<'a> {
    t: Locale,
    name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/password_reset.html")]
struct PasswordResetHtml<'a> {
    t: Locale,
    name: &'a str,
    link: &'a str,
}

impl Email {
    /// The name stored in the outbox's `template` column.
    pub fn template_name(&self) -> &'static str {
        match self {
            Email::VerifyEmail { .. } => "verify_email",
            Email::PasswordReset { .. } => "password_reset",
        }
    }

    pub fn render(&self, t: Locale) -> Result<Rendered, askama::Error> {
        Ok(match self {
            Email::VerifyEmail { name, link } => Rendered {
                subject: t.t("email-verify-subject"),
                text: VerifyEmailText { t, name, link }.render()?,
                html: VerifyEmailHtml { t, name, link }.render()?,
            },
            Email::PasswordReset { name, link } => Rendered {
                subject: t.t("email-reset-subject"),
                text: PasswordResetText { t, name, link }.render()?,
                html: PasswordResetHtml { t, name, link }.render()?,
            },
        })
    }
}

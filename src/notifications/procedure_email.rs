//! The emails of a co-design procedure to an applicant organisation's representative: the
//! acknowledgement of an application (its registration number and the time it was received)
//! and the outcome of admission (with the reason). They are about the application itself,
//! so they are always sent, in the recipient's language.

use askama::Template;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::rendered::Rendered;
use crate::i18n::Locale;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ProcedureEmail {
    ApplicationReceived {
        organisation: String,
        procedure: String,
        number: i32,
        /// When it was received, in the site's time zone (`%Y-%m-%dT%H:%M:%S`).
        received_at: String,
        zone: String,
        path: String,
    },
    AdmissionOutcome {
        organisation: String,
        procedure: String,
        number: i32,
        admitted: bool,
        reason: String,
        path: String,
    },
}

#[derive(Template)]
#[template(path = "emails/procedure.txt")]
struct ProcedureText<'a> {
    t: Locale,
    lines: &'a [String],
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/procedure.html")]
struct ProcedureHtml<'a> {
    t: Locale,
    subject: &'a str,
    lines: &'a [String],
    link: &'a str,
}

/// A local time as the acknowledgement shows it, to the second.
fn received(t: &Locale, local: &str, zone: &str) -> String {
    let shown = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S")
        .map(|at| at.format(&t.t("procedure-format-received")).to_string())
        .unwrap_or_else(|_| local.to_owned());
    format!("{shown} ({zone})")
}

impl ProcedureEmail {
    fn subject_and_lines(&self, t: &Locale) -> (String, Vec<String>, &str) {
        match self {
            ProcedureEmail::ApplicationReceived {
                organisation,
                procedure,
                number,
                received_at,
                zone,
                path,
            } => {
                let number = number.to_string();
                let at = received(t, received_at, zone);
                let args = [
                    ("organisation", organisation.as_str()),
                    ("procedure", procedure.as_str()),
                    ("number", number.as_str()),
                    ("received", at.as_str()),
                ];
                (
                    t.t_with("email-procedure-received-subject", &args),
                    vec![
                        t.t_with("email-procedure-received-body", &args),
                        t.t_with("email-procedure-received-number", &args),
                        t.t_with("email-procedure-received-time", &args),
                        t.t("email-procedure-received-change"),
                    ],
                    path,
                )
            }
            ProcedureEmail::AdmissionOutcome {
                organisation,
                procedure,
                number,
                admitted,
                reason,
                path,
            } => {
                let number = number.to_string();
                let args = [
                    ("organisation", organisation.as_str()),
                    ("procedure", procedure.as_str()),
                    ("number", number.as_str()),
                    ("reason", reason.as_str()),
                ];
                let (subject, body) = if *admitted {
                    (
                        "email-procedure-admitted-subject",
                        "email-procedure-admitted-body",
                    )
                } else {
                    (
                        "email-procedure-excluded-subject",
                        "email-procedure-excluded-body",
                    )
                };
                let mut lines = vec![t.t_with(body, &args)];
                if !reason.is_empty() {
                    lines.push(t.t_with("email-procedure-reason", &args));
                }
                (t.t_with(subject, &args), lines, path)
            }
        }
    }

    /// The email in `t`'s language; the path becomes a link under `base_url`.
    pub fn render(&self, t: Locale, base_url: &str) -> Result<Rendered, askama::Error> {
        let (subject, lines, path) = self.subject_and_lines(&t);
        let link = format!("{base_url}{path}");
        let text = ProcedureText {
            t,
            lines: &lines,
            link: &link,
        }
        .render()?;
        let html = ProcedureHtml {
            t,
            subject: &subject,
            lines: &lines,
            link: &link,
        }
        .render()?;
        Ok(Rendered {
            subject,
            text,
            html,
            unsubscribe: None,
        })
    }
}

//! Every email Tavolo sends, with the data it needs. Each has a subject in the Fluent files
//! and a text and an HTML template under `templates/emails/`.

use askama::{Template, filters::Safe};
use serde::{Deserialize, Serialize};

use super::events::Kind;
pub use super::rendered::Rendered;
use crate::i18n::Locale;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "template", content = "data", rename_all = "snake_case")]
pub enum Email {
    /// Confirms that an address belongs to the person who registered it.
    VerifyEmail { name: String, link: String },
    /// A single-use link to choose a new password.
    PasswordReset { name: String, link: String },
    /// Someone failed to log in so often that the account was locked for a while; `link`
    /// leads to the forgotten-password form.
    LoginLocked { name: String, link: String },
    /// Someone registered with an address that already has an account (perhaps its owner,
    /// who forgot); `link` leads to the forgotten-password form.
    AlreadyRegistered { name: String, link: String },
    /// A link to join a consultation as `role` (`facilitator` or `member`).
    Invitation {
        consultation: String,
        role: String,
        inviter: String,
        link: String,
    },
    /// A link to co-sign a proposal.
    CoauthorInvitation {
        proposal: String,
        inviter: String,
        link: String,
    },
    /// An existing account was made facilitator of a consultation.
    FacilitatorAppointed {
        name: String,
        consultation: String,
        link: String,
    },
    /// One event, sent at once. Paths are turned into links with `TAVOLO_BASE_URL` when
    /// the email is sent; `details` are Fluent messages saying more (absent in older rows).
    Notification {
        kind: Kind,
        consultation: String,
        title: String,
        path: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        details: Vec<String>,
        unsubscribe: String,
    },
    /// About an organisation's application to a co-design procedure.
    Procedure(super::procedure_email::ProcedureEmail),
    /// A day's events, grouped by consultation.
    Digest {
        /// Serialised as `YYYY-MM-DD`, as it was stored when it was a string.
        day: chrono::NaiveDate,
        groups: Vec<DigestGroup>,
        unsubscribe: String,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DigestGroup {
    pub consultation: String,
    pub items: Vec<DigestItem>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DigestItem {
    pub kind: Kind,
    pub title: String,
    pub path: String,
}

/// What a notification says, in one line: "New proposal in «…»: «…»".
pub fn notification_line(t: &Locale, kind: Kind, consultation: &str, title: &str) -> String {
    t.t_arg2(
        &kind.message_id(),
        "consultation",
        consultation,
        "title",
        title,
    )
}

/// [`notification_line`] as HTML, the consultation's and the proposal's titles isolated in
/// `<bdi>` so their direction does not disturb the sentence.
pub fn notification_line_html(
    t: &Locale,
    kind: Kind,
    consultation: &str,
    title: &str,
) -> Safe<String> {
    t.t_arg2_isolated(
        &kind.message_id(),
        "consultation",
        consultation,
        "title",
        title,
    )
}

/// Declares the text and HTML templates of one email, sharing one set of fields.
macro_rules! email_templates {
    ($text:ident = $text_path:literal, $html:ident = $html_path:literal, { $($field:ident),* }) => {
        #[derive(Template)]
        #[template(path = $text_path)]
        struct $text<'a> {
            t: Locale,
            $($field: &'a str,)*
        }

        #[derive(Template)]
        #[template(path = $html_path)]
        struct $html<'a> {
            t: Locale,
            $($field: &'a str,)*
        }
    };
}

email_templates!(
    VerifyEmailText = "emails/verify_email.txt",
    VerifyEmailHtml = "emails/verify_email.html", { name, link });
email_templates!(
    PasswordResetText = "emails/password_reset.txt",
    PasswordResetHtml = "emails/password_reset.html", { name, link });
email_templates!(
    LoginLockedText = "emails/login_locked.txt",
    LoginLockedHtml = "emails/login_locked.html", { name, link });
email_templates!(
    AlreadyRegisteredText = "emails/already_registered.txt",
    AlreadyRegisteredHtml = "emails/already_registered.html", { name, link });
email_templates!(
    InvitationText = "emails/invitation.txt",
    InvitationHtml = "emails/invitation.html", { consultation, role, inviter, link });
email_templates!(
    AppointedText = "emails/facilitator_appointed.txt",
    AppointedHtml = "emails/facilitator_appointed.html", { name, consultation, link });

email_templates!(
    CoauthorText = "emails/coauthor_invitation.txt",
    CoauthorHtml = "emails/coauthor_invitation.html",
    { proposal, inviter, link }
);

/// One event's email.
#[derive(Template)]
#[template(path = "emails/notification.txt")]
struct NotificationText<'a> {
    t: Locale,
    line: &'a str,
    details: &'a [String],
    link: &'a str,
    preferences: &'a str,
    unsubscribe: &'a str,
}

#[derive(Template)]
#[template(path = "emails/notification.html")]
struct NotificationHtml<'a> {
    t: Locale,
    /// For the title, which holds text only.
    line: &'a str,
    line_html: Safe<String>,
    details: &'a [String],
    link: &'a str,
    preferences: &'a str,
    unsubscribe: &'a str,
}

/// A digest's lines, worded and linked, per consultation.
struct DigestView {
    consultation: String,
    items: Vec<DigestLine>,
}

struct DigestLine {
    text: String,
    html: Safe<String>,
    link: String,
}

#[derive(Template)]
#[template(path = "emails/digest.txt")]
struct DigestText<'a> {
    t: Locale,
    subject: &'a str,
    groups: &'a [DigestView],
    preferences: &'a str,
    unsubscribe: &'a str,
}

#[derive(Template)]
#[template(path = "emails/digest.html")]
struct DigestHtml<'a> {
    t: Locale,
    subject: &'a str,
    groups: &'a [DigestView],
    preferences: &'a str,
    unsubscribe: &'a str,
}

impl Email {
    /// Whether this email is about the account itself (always sent) rather than about what
    /// happens on the platform (subject to preferences, with an unsubscribe link).
    pub fn is_account_email(&self) -> bool {
        !matches!(self, Email::Notification { .. } | Email::Digest { .. })
    }

    /// The name stored in the outbox's `template` column.
    pub fn template_name(&self) -> &'static str {
        match self {
            Email::VerifyEmail { .. } => "verify_email",
            Email::PasswordReset { .. } => "password_reset",
            Email::LoginLocked { .. } => "login_locked",
            Email::AlreadyRegistered { .. } => "already_registered",
            Email::Invitation { .. } => "invitation",
            Email::FacilitatorAppointed { .. } => "facilitator_appointed",
            Email::CoauthorInvitation { .. } => "coauthor_invitation",
            Email::Notification { .. } => "notification",
            Email::Digest { .. } => "digest",
            Email::Procedure(_) => "procedure",
        }
    }

    /// The email in `t`'s language; paths become links under `base_url`.
    pub fn render(&self, t: Locale, base_url: &str) -> Result<Rendered, askama::Error> {
        let preferences = format!("{base_url}/account/notifications");
        Ok(match self {
            Email::Procedure(email) => email.render(t, base_url)?,
            Email::Notification {
                kind,
                consultation,
                title,
                path,
                details,
                unsubscribe,
            } => {
                let line = notification_line(&t, *kind, consultation, title);
                let link = format!("{base_url}{path}");
                let unsubscribe = format!("{base_url}{unsubscribe}");
                Rendered {
                    subject: line.clone(),
                    text: NotificationText {
                        t,
                        line: &line,
                        details,
                        link: &link,
                        preferences: &preferences,
                        unsubscribe: &unsubscribe,
                    }
                    .render()?,
                    html: NotificationHtml {
                        t,
                        line: &line,
                        line_html: notification_line_html(&t, *kind, consultation, title),
                        details,
                        link: &link,
                        preferences: &preferences,
                        unsubscribe: &unsubscribe,
                    }
                    .render()?,
                    unsubscribe: Some(unsubscribe),
                }
            }
            Email::Digest {
                day,
                groups,
                unsubscribe,
            } => {
                let views: Vec<DigestView> = groups
                    .iter()
                    .map(|g| DigestView {
                        consultation: g.consultation.clone(),
                        items: g
                            .items
                            .iter()
                            .map(|i| DigestLine {
                                text: notification_line(&t, i.kind, &g.consultation, &i.title),
                                html: notification_line_html(&t, i.kind, &g.consultation, &i.title),
                                link: format!("{base_url}{}", i.path),
                            })
                            .collect(),
                    })
                    .collect();
                let subject = t.t_arg("email-digest-subject", "day", &t.date(*day));
                let unsubscribe = format!("{base_url}{unsubscribe}");
                Rendered {
                    text: DigestText {
                        t,
                        subject: &subject,
                        groups: &views,
                        preferences: &preferences,
                        unsubscribe: &unsubscribe,
                    }
                    .render()?,
                    html: DigestHtml {
                        t,
                        subject: &subject,
                        groups: &views,
                        preferences: &preferences,
                        unsubscribe: &unsubscribe,
                    }
                    .render()?,
                    subject,
                    unsubscribe: Some(unsubscribe),
                }
            }
            Email::VerifyEmail { name, link } => Rendered {
                subject: t.t("email-verify-subject"),
                text: VerifyEmailText { t, name, link }.render()?,
                html: VerifyEmailHtml { t, name, link }.render()?,
                unsubscribe: None,
            },
            Email::PasswordReset { name, link } => Rendered {
                subject: t.t("email-reset-subject"),
                text: PasswordResetText { t, name, link }.render()?,
                html: PasswordResetHtml { t, name, link }.render()?,
                unsubscribe: None,
            },
            Email::LoginLocked { name, link } => Rendered {
                subject: t.t("email-locked-subject"),
                text: LoginLockedText { t, name, link }.render()?,
                html: LoginLockedHtml { t, name, link }.render()?,
                unsubscribe: None,
            },
            Email::AlreadyRegistered { name, link } => Rendered {
                subject: t.t("email-again-subject"),
                text: AlreadyRegisteredText { t, name, link }.render()?,
                html: AlreadyRegisteredHtml { t, name, link }.render()?,
                unsubscribe: None,
            },
            Email::Invitation {
                consultation,
                role,
                inviter,
                link,
            } => Rendered {
                subject: t.t_arg("email-invitation-subject", "consultation", consultation),
                text: InvitationText {
                    t,
                    consultation,
                    role,
                    inviter,
                    link,
                }
                .render()?,
                html: InvitationHtml {
                    t,
                    consultation,
                    role,
                    inviter,
                    link,
                }
                .render()?,
                unsubscribe: None,
            },
            Email::CoauthorInvitation {
                proposal,
                inviter,
                link,
            } => Rendered {
                subject: t.t_arg("email-coauthor-subject", "proposal", proposal),
                text: CoauthorText {
                    t,
                    proposal,
                    inviter,
                    link,
                }
                .render()?,
                html: CoauthorHtml {
                    t,
                    proposal,
                    inviter,
                    link,
                }
                .render()?,
                unsubscribe: None,
            },
            Email::FacilitatorAppointed {
                name,
                consultation,
                link,
            } => Rendered {
                subject: t.t_arg("email-appointed-subject", "consultation", consultation),
                text: AppointedText {
                    t,
                    name,
                    consultation,
                    link,
                }
                .render()?,
                html: AppointedHtml {
                    t,
                    name,
                    consultation,
                    link,
                }
                .render()?,
                unsubscribe: None,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Email, Kind};

    #[test]
    fn a_notification_queued_with_its_kind_as_text_still_reads() {
        let stored = r#"{"template":"notification","data":{"kind":"reply_to_my_comment","consultation":"Parks","title":"More trees","path":"/proposals/7#comment-9","unsubscribe":"/u"}}"#;
        let email: Email = serde_json::from_str(stored).expect("the stored shape reads");
        let Email::Notification { kind, .. } = &email else {
            panic!("a notification: {email:?}");
        };
        assert_eq!(*kind, Kind::ReplyToMyComment);
        assert_eq!(serde_json::to_string(&email).unwrap(), stored);
        let digest = r#"{"template":"digest","data":{"day":"2026-11-26","groups":[{"consultation":"Parks","items":[{"kind":"proposal_published","title":"More trees","path":"/proposals/7"}]}],"unsubscribe":"/u"}}"#;
        let email: Email = serde_json::from_str(digest).expect("the stored shape reads");
        assert_eq!(serde_json::to_string(&email).unwrap(), digest);
    }

    #[test]
    fn a_digest_queued_with_its_day_as_text_still_reads() {
        let stored =
            r#"{"template":"digest","data":{"day":"2026-11-26","groups":[],"unsubscribe":"/u"}}"#;
        let email: Email = serde_json::from_str(stored).expect("the stored shape reads");
        let Email::Digest { day, .. } = &email else {
            panic!("a digest: {email:?}");
        };
        assert_eq!(day.to_string(), "2026-11-26");
        assert_eq!(serde_json::to_string(&email).unwrap(), stored);
    }
}

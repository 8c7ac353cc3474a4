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
}

/// An email ready for the transport.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
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
    VerifyEmailHtml = "emails/verify_email.html",
    { name, link });
email_templates!(
    PasswordResetText = "emails/password_reset.txt",
    PasswordResetHtml = "emails/password_reset.html",
    { name, link });
email_templates!(
    InvitationText = "emails/invitation.txt",
    InvitationHtml = "emails/invitation.html",
    { consultation, role, inviter, link });
email_templates!(
    AppointedText = "emails/facilitator_appointed.txt",
    AppointedHtml = "emails/facilitator_appointed.html",
    { name, consultation, link });

email_templates!(
    CoauthorText = "emails/coauthor_invitation.txt",
    CoauthorHtml = "emails/coauthor_invitation.html",
    { proposal, inviter, link }
);

impl Email {
    /// The name stored in the outbox's `template` column.
    pub fn template_name(&self) -> &'static str {
        match self {
            Email::VerifyEmail { .. } => "verify_email",
            Email::PasswordReset { .. } => "password_reset",
            Email::Invitation { .. } => "invitation",
            Email::FacilitatorAppointed { .. } => "facilitator_appointed",
            Email::CoauthorInvitation { .. } => "coauthor_invitation",
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
            },
        })
    }
}

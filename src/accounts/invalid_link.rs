//! The page shown for an emailed link that is unknown, used or expired.

use askama::Template;

use crate::web::PageCtx;

#[derive(Template)]
#[template(path = "accounts/invalid_link.html")]
pub struct InvalidLinkPage {
    ctx: PageCtx,
    /// Fluent key of the explanation.
    message: &'static str,
    /// Where a new link can be asked for, and the Fluent key of that link's text.
    retry: (&'static str, &'static str),
}

impl InvalidLinkPage {
    pub fn verification(ctx: PageCtx) -> Self {
        Self {
            ctx,
            message: "invalid-link-verify",
            retry: ("/account", "invalid-link-verify-retry"),
        }
    }

    pub fn reset(ctx: PageCtx) -> Self {
        Self {
            ctx,
            message: "invalid-link-reset",
            retry: ("/password/forgot", "invalid-link-reset-retry"),
        }
    }
}

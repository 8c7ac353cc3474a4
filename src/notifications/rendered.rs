//! An email as the transport takes it: what every kind of email renders to.

/// An email ready for the transport.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The one-click unsubscribe URL, for emails that are not about the account itself.
    pub unsubscribe: Option<String>,
}

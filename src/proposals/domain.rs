//! What a valid proposal looks like, and the rules of its life: who may edit it and until
//! when.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{ProposalState, theme};
use serde::Deserialize;

use super::languages;
use crate::{
    markdown,
    web::{FormErrors, TextKind, one_line},
};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MIN_BODY_CHARS: usize = 10;
pub const MAX_BODY_CHARS: usize = 20_000;
/// Authors may edit for this long, unless someone has already reacted.
pub const EDIT_WINDOW: TimeDelta = TimeDelta::minutes(30);

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub body: String,
    /// A theme id of the consultation, or empty.
    pub theme: String,
    pub language: String,
    /// `preview` shows the proposal as it will look; anything else publishes.
    pub action: String,
    /// The id of an organisation the author is an active member of, to sign for it; empty
    /// to sign as oneself.
    pub on_behalf_of: String,
}

/// A proposal's text, checked.
#[derive(Debug, Clone)]
pub struct ProposalText {
    pub title: String,
    pub body: String,
    pub theme_id: Option<i64>,
    pub language: String,
}

pub fn parse(form: &ProposalForm, themes: &[theme::Model]) -> Result<ProposalText, FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("title", &form.title, TextKind::Line);
    errors.refuse_control_characters("body", &form.body, TextKind::Long);
    let title = one_line(&form.title);
    match title.chars().count() {
        0 => errors.add("title", "error-proposal-title-required"),
        n if n > MAX_TITLE_CHARS => errors.add("title", "error-proposal-title-long"),
        _ => {}
    }
    let body = form.body.trim().to_owned();
    match body.chars().count() {
        0 => errors.add("body", "error-proposal-body-required"),
        n if n < MIN_BODY_CHARS => errors.add("body", "error-proposal-body-short"),
        n if n > MAX_BODY_CHARS => errors.add("body", "error-proposal-body-long"),
        _ => {
            if let Some(refusal) = markdown::refusal(&body) {
                errors.add("body", refusal);
            }
        }
    }
    let theme_id = match form.theme.trim() {
        "" => None,
        id => match id
            .parse::<i64>()
            .ok()
            .filter(|id| themes.iter().any(|t| t.id == *id))
        {
            Some(id) => Some(id),
            None => {
                errors.add("theme", "error-proposal-theme-unknown");
                None
            }
        },
    };
    if !languages::is_known(&form.language) {
        errors.add("language", "error-proposal-language-required");
    }
    errors.into_result()?;
    Ok(ProposalText {
        title,
        body,
        theme_id,
        language: form.language.clone(),
    })
}

/// Whether an author may still edit: published, nobody has commented on it or voted for it
/// (`reactions`), and within the window.
pub fn editable(
    state: ProposalState,
    created_at: DateTime<Utc>,
    reactions: u64,
    now: DateTime<Utc>,
) -> bool {
    state == ProposalState::Published && reactions == 0 && now - created_at < EDIT_WINDOW
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(title: &str, body: &str, language: &str) -> ProposalForm {
        ProposalForm {
            title: title.into(),
            body: body.into(),
            theme: String::new(),
            language: language.into(),
            action: String::new(),
            on_behalf_of: String::new(),
        }
    }

    #[test]
    fn blank_long_and_unknown_inputs_are_named() {
        let errors = parse(&form("   ", " ", "xx"), &[]).unwrap_err();
        assert_eq!(errors.get("title"), Some("error-proposal-title-required"));
        assert_eq!(errors.get("body"), Some("error-proposal-body-required"));
        assert_eq!(
            errors.get("language"),
            Some("error-proposal-language-required")
        );
        let long = "x".repeat(MAX_TITLE_CHARS + 1);
        assert_eq!(
            parse(&form(&long, "a body long enough", "it"), &[])
                .unwrap_err()
                .get("title"),
            Some("error-proposal-title-long")
        );
        let text = parse(
            &form(
                "  Più   corsi di italiano ",
                "Corsi serali nei quartieri.",
                "it",
            ),
            &[],
        )
        .unwrap();
        assert_eq!(text.title, "Più corsi di italiano");
    }

    #[test]
    fn editing_stops_at_the_first_comment_or_vote_or_after_half_an_hour() {
        let now = Utc::now();
        assert!(editable(
            ProposalState::Published,
            now - TimeDelta::minutes(5),
            0,
            now
        ));
        assert!(!editable(
            ProposalState::Published,
            now - TimeDelta::minutes(5),
            1,
            now
        ));
        assert!(!editable(
            ProposalState::Published,
            now - TimeDelta::minutes(31),
            0,
            now
        ));
        assert!(!editable(ProposalState::Withdrawn, now, 0, now));
    }
}

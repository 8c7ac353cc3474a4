//! What a person types about an organisation, parsed into what is saved: each problem named
//! at its field, nothing saved until every field is right.

use entity::{Code, OrganisationKind};
use serde::Deserialize;

use crate::web::{FormErrors, TextKind, one_line};

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TOWN_CHARS: usize = 100;
pub const MAX_WEBSITE_CHARS: usize = 300;
pub const MAX_DESCRIPTION_CHARS: usize = 1_000;
pub const MAX_RUNTS_CHARS: usize = 40;
/// Every kind, in the order forms offer them.
pub const KINDS: [&str; 3] = ["public_body", "third_sector", "other"];

/// The organisation form as sent: every field as typed, so it can be shown again.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub name: String,
    pub kind: String,
    pub runts_number: String,
    pub tax_code: String,
    pub town: String,
    pub website: String,
    pub description: String,
}

/// An organisation ready to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationDraft {
    pub name: String,
    pub kind: OrganisationKind,
    pub runts_number: Option<String>,
    pub tax_code: String,
    pub town: String,
    pub website: Option<String>,
    pub description: String,
}

/// An Italian tax code (codice fiscale) by its shape: eleven digits for a body, or sixteen
/// letters and digits for a person (six letters first, a letter last). Spaces are dropped
/// and letters put in capitals.
/// The organisation chosen to sign a proposal or a comment for, among `signable` (`(id,
/// name)`, those the author is an active member of): none when the field is empty, an
/// error when it names one the author may not sign for.
pub fn signing_for(typed: &str, signable: &[(i64, String)]) -> Result<Option<i64>, &'static str> {
    match typed.trim() {
        "" => Ok(None),
        typed => typed
            .parse::<i64>()
            .ok()
            .filter(|id| signable.iter().any(|(o, _)| o == id))
            .map(Some)
            .ok_or("error-on-behalf-not-member"),
    }
}

pub fn parse_tax_code(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let body = code.len() == 11 && code.chars().all(|c| c.is_ascii_digit());
    let person = code.len() == 16
        && code.chars().all(|c| c.is_ascii_alphanumeric())
        && code.chars().take(6).all(|c| c.is_ascii_alphabetic())
        && code.chars().last().is_some_and(|c| c.is_ascii_alphabetic());
    (body || person).then_some(code)
}

/// A website address: `http` or `https` with a host; `www.example.org` gets `https://`.
pub fn parse_website(input: &str) -> Option<String> {
    let input = input.trim();
    let with_scheme = if input.contains("://") {
        input.to_owned()
    } else {
        format!("https://{input}")
    };
    let url = url::Url::parse(&with_scheme).ok()?;
    let host = url.host_str()?;
    (matches!(url.scheme(), "http" | "https") && host.contains('.')).then(|| url.to_string())
}

/// A RUNTS registration number: letters, digits and `/`, `-`, `.`.
fn parse_runts(input: &str) -> Option<String> {
    let number = input.trim();
    (!number.is_empty()
        && number.chars().count() <= MAX_RUNTS_CHARS
        && number
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.')))
    .then(|| number.to_owned())
}

fn required_line(
    errors: &mut FormErrors,
    (field, input, max): (&'static str, &str, usize),
    (missing, long): (&'static str, &'static str),
) -> String {
    errors.refuse_control_characters(field, input, TextKind::Line);
    let text = one_line(input);
    if text.is_empty() {
        errors.add(field, missing);
    } else if text.chars().count() > max {
        errors.add(field, long);
    }
    text
}

/// The form as an organisation, or the problems with it.
pub fn parse(form: &OrganisationForm) -> Result<OrganisationDraft, FormErrors> {
    let mut errors = FormErrors::new();
    let name = required_line(
        &mut errors,
        ("name", &form.name, MAX_NAME_CHARS),
        (
            "error-organisation-name-required",
            "error-organisation-too-long",
        ),
    );
    let kind = OrganisationKind::from_code(form.kind.trim());
    if kind.is_none() {
        errors.add("kind", "error-organisation-kind");
    }
    let runts_number = match (kind, form.runts_number.trim()) {
        (Some(OrganisationKind::ThirdSector), "") => {
            errors.add("runts_number", "error-organisation-runts-required");
            None
        }
        (_, "") => None,
        (_, typed) => {
            let number = parse_runts(typed);
            if number.is_none() {
                errors.add("runts_number", "error-organisation-runts");
            }
            number
        }
    };
    let tax_code = parse_tax_code(&form.tax_code);
    if form.tax_code.trim().is_empty() {
        errors.add("tax_code", "error-organisation-tax-code-required");
    } else if tax_code.is_none() {
        errors.add("tax_code", "error-organisation-tax-code");
    }
    let town = required_line(
        &mut errors,
        ("town", &form.town, MAX_TOWN_CHARS),
        (
            "error-organisation-town-required",
            "error-organisation-too-long",
        ),
    );
    let website = match form.website.trim() {
        "" => None,
        typed => {
            let website = parse_website(typed).filter(|w| w.len() <= MAX_WEBSITE_CHARS);
            if website.is_none() {
                errors.add("website", "error-organisation-website");
            }
            website
        }
    };
    errors.refuse_control_characters("description", &form.description, TextKind::Long);
    let description = form.description.trim().to_owned();
    if description.chars().count() > MAX_DESCRIPTION_CHARS {
        errors.add("description", "error-organisation-description-long");
    }
    match (kind, tax_code, errors.is_empty()) {
        (Some(kind), Some(tax_code), true) => Ok(OrganisationDraft {
            name,
            kind,
            runts_number,
            tax_code,
            town,
            website,
            description,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tax_codes_are_read_by_their_shape() {
        assert_eq!(parse_tax_code("0123 4567 890"), Some("01234567890".into()));
        assert_eq!(
            parse_tax_code("rssmra80a01h501u"),
            Some("RSSMRA80A01H501U".into())
        );
        for bad in [
            "",
            "123",
            "0123456789A",
            "12SMRA80A01H501U",
            "RSSMRA80A01H5011",
        ] {
            assert_eq!(parse_tax_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn websites_need_a_web_scheme_and_a_host() {
        assert_eq!(
            parse_website("www.aurora.example"),
            Some("https://www.aurora.example/".into())
        );
        for bad in [
            "javascript:alert(1)",
            "ftp://x.example",
            "not a site",
            "https://localhost",
        ] {
            assert_eq!(parse_website(bad), None, "{bad}");
        }
    }

    #[test]
    fn third_sector_entities_need_their_runts_number() {
        let form = OrganisationForm {
            name: "Cooperativa Aurora".into(),
            kind: "third_sector".into(),
            tax_code: "01234567890".into(),
            town: "Prato".into(),
            ..Default::default()
        };
        let errors = parse(&form).unwrap_err();
        assert_eq!(
            errors.get("runts_number"),
            Some("error-organisation-runts-required")
        );
        let public = OrganisationForm {
            kind: "public_body".into(),
            ..form
        };
        assert_eq!(parse(&public).unwrap().runts_number, None);
    }
}

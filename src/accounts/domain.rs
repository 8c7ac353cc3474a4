//! What a valid account looks like. Forms are parsed into these types; nothing reaches the
//! database unparsed.

use std::str::FromStr;

use entity::{Code, StakeholderGroup};

use crate::{
    i18n::Locale,
    web::{CONTROL_CHARACTER_ERROR, FormErrors, TextKind, has_control_characters, one_line},
};

pub const MIN_PASSWORD_CHARS: usize = 10;
/// Long enough for any passphrase, short enough that hashing it is no denial of service.
pub const MAX_PASSWORD_CHARS: usize = 200;
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_ORGANISATION_CHARS: usize = 200;

/// A syntactically valid address, lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Option<Self> {
        let email = input.trim().to_lowercase();
        let valid = email.len() <= 254
            && !email.chars().any(char::is_control)
            && lettre::Address::from_str(&email).is_ok()
            && email
                .rsplit_once('@')
                .is_some_and(|(_, domain)| domain.contains('.'));
        valid.then_some(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password within the length rules (counted in characters, not bytes).
pub struct Password(String);

impl Password {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let chars = input.chars().count();
        if chars < MIN_PASSWORD_CHARS {
            Err("error-password-short")
        } else if chars > MAX_PASSWORD_CHARS {
            Err("error-password-long")
        } else {
            Ok(Self(input.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A display name: trimmed, not empty, not too long.
pub fn parse_name(input: &str) -> Result<String, &'static str> {
    if has_control_characters(input, TextKind::Line) {
        return Err(CONTROL_CHARACTER_ERROR);
    }
    let name = one_line(input);
    match name.chars().count() {
        0 => Err("error-name-required"),
        n if n > MAX_NAME_CHARS => Err("error-name-long"),
        _ => Ok(name),
    }
}

pub fn parse_organisation(input: &str) -> Result<Option<String>, &'static str> {
    if has_control_characters(input, TextKind::Line) {
        return Err(CONTROL_CHARACTER_ERROR);
    }
    let organisation = one_line(input);
    if organisation.chars().count() > MAX_ORGANISATION_CHARS {
        Err("error-organisation-long")
    } else {
        Ok((!organisation.is_empty()).then_some(organisation))
    }
}

/// Every group, in the order forms list them.
pub const GROUPS: [&str; 4] = ["beneficiary", "institution", "third_sector", "other"];

/// The profile fields an account can edit about itself.
pub struct Profile {
    pub display_name: String,
    pub group: StakeholderGroup,
    pub organisation: Option<String>,
    pub locale: Locale,
}

impl Profile {
    pub fn parse(
        display_name: &str,
        group: &str,
        organisation: &str,
        locale: &str,
        errors: &mut FormErrors,
    ) -> Option<Self> {
        let display_name = parse_name(display_name)
            .map_err(|e| errors.add("display_name", e))
            .ok();
        let group = StakeholderGroup::from_code(group).or_else(|| {
            errors.add("stakeholder_group", "error-group-required");
            None
        });
        let organisation = parse_organisation(organisation)
            .map_err(|e| errors.add("organisation", e))
            .ok();
        let locale = Locale::find(locale).or_else(|| {
            errors.add("locale", "error-locale-required");
            None
        });
        Some(Self {
            display_name: display_name?,
            group: group?,
            organisation: organisation?,
            locale: locale?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lowercased_and_checked() {
        assert_eq!(
            EmailAddress::parse("  Ana@Example.ORG ").unwrap().as_str(),
            "ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@localhost",
            "a na@example.org",
        ] {
            assert!(EmailAddress::parse(bad).is_none(), "{bad:?} accepted");
        }
    }

    #[test]
    fn passwords_are_counted_in_characters() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse("àèìòùàèìòù").is_ok());
        assert_eq!(
            Password::parse(&"x".repeat(201)).err(),
            Some("error-password-long")
        );
    }

    #[test]
    fn names_collapse_whitespace() {
        assert_eq!(parse_name("  Amina   Diallo ").unwrap(), "Amina Diallo");
        assert_eq!(parse_name("   ").err(), Some("error-name-required"));
    }
}

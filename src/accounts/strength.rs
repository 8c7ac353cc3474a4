//! How hard a new password is to guess, estimated with zxcvbn at registration, password
//! change and reset. A weak one is refused with a hint in the person's language, chosen by
//! what zxcvbn found (a common password, a keyboard pattern, a date, one word, their own
//! name or address) rather than its English text.

use zxcvbn::{Score, feedback::Warning, zxcvbn};

/// zxcvbn's 3: about 10^10 guesses, "safely unguessable" against an online attack and
/// a slow hash such as Argon2 offline.
const MIN_SCORE: Score = Score::Three;
/// zxcvbn's cost grows with the length; beyond this many characters it looks no further.
const CHARS_ESTIMATED: usize = 100;

/// Refuses a password that is easy to guess, given what is known of the person (their
/// name and address count as easy to guess), with the Fluent key of a hint.
pub fn check(password: &str, email: &str, name: &str) -> Result<(), &'static str> {
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    let mut known: Vec<&str> = vec![email, local, domain, name];
    known.extend(name.split_whitespace());
    known.extend(local.split(['.', '-', '_', '+']));
    known.retain(|word| word.chars().count() >= 3);
    let estimated: String = password.chars().take(CHARS_ESTIMATED).collect();
    let entropy = zxcvbn(&estimated, &known);
    if entropy.score() >= MIN_SCORE {
        return Ok(());
    }
    let lower = password.to_lowercase();
    if known
        .iter()
        .any(|word| word.chars().count() >= 4 && lower.contains(&word.to_lowercase()))
    {
        return Err("error-password-personal");
    }
    Err(match entropy.feedback().and_then(|f| f.warning()) {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword,
        ) => "error-password-common",
        Some(
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess
            | Warning::RepeatsLikeAaaAreEasyToGuess
            | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
            | Warning::SequencesLikeAbcAreEasyToGuess,
        ) => "error-password-pattern",
        Some(Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess) => {
            "error-password-dates"
        }
        Some(
            Warning::AWordByItselfIsEasyToGuess
            | Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
            | Warning::CommonNamesAndSurnamesAreEasyToGuess,
        ) => "error-password-word",
        None => "error-password-weak",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANA: (&str, &str) = ("ana.rossi@example.org", "Ana Rossi");

    #[test]
    fn passphrases_pass() {
        for password in [
            "correct horse battery",
            "a brand new passphrase",
            "yet another passphrase",
            "demo-demo-demo-but-longer", // not the demo's: demo accounts skip the form
        ] {
            assert_eq!(check(password, ANA.0, ANA.1), Ok(()), "{password}");
        }
    }

    #[test]
    fn weak_passwords_get_a_hint_of_their_kind() {
        assert_eq!(
            check("password123", ANA.0, ANA.1),
            Err("error-password-common")
        );
        assert_eq!(
            check("aaaaaaaaaaaa", ANA.0, ANA.1),
            Err("error-password-pattern")
        );
        assert_eq!(
            check("ana.rossi1990", ANA.0, ANA.1),
            Err("error-password-personal")
        );
        assert!(check("qwertyuiop", ANA.0, ANA.1).is_err());
        assert!(check("01/02/1990", ANA.0, ANA.1).is_err());
    }
}

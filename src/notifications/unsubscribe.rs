//! One-click unsubscribe links: `/unsubscribe/{account id}.{signature}`, signed with the
//! site's key so that nobody can stop another person's email by guessing a number.

use crate::crypto;

fn message(user_id: i64) -> String {
    format!("unsubscribe:{user_id}")
}

pub fn token(key: &str, user_id: i64) -> String {
    format!("{user_id}.{}", crypto::sign(key, &message(user_id)))
}

pub fn path(key: &str, user_id: i64) -> String {
    format!("/unsubscribe/{}", token(key, user_id))
}

/// The account a token speaks for, if its signature is right.
pub fn verify(key: &str, token: &str) -> Option<i64> {
    let (id, signature) = token.split_once('.')?;
    let user_id: i64 = id.parse().ok()?;
    crypto::constant_time_eq(signature, &crypto::sign(key, &message(user_id))).then_some(user_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_names_its_account_and_cannot_be_moved_to_another() {
        let key = "site key";
        let mine = token(key, 7);
        assert_eq!(verify(key, &mine), Some(7));
        let signature = mine.split_once('.').unwrap().1;
        assert_eq!(verify(key, &format!("8.{signature}")), None);
        assert_eq!(verify("another key", &mine), None);
        assert_eq!(verify(key, "7"), None);
        assert_eq!(verify(key, "x.y"), None);
    }
}

//! Two-factor login's rules over the database: set-up, codes accepted once, recovery
//! codes, turning it off, and the site's requirement for the people who run consultations.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{
    ConsultationRoleKind, PlatformRole, consultation_role, recovery_code, setting, two_factor, user,
};
use rand::Rng;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, Set,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use super::secret;
use crate::crypto::sha256_hex;

pub const RECOVERY_CODES: usize = 10;
/// Crockford's base32 alphabet, lower-case: no i, l, o or u to mistake for others.
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
const REQUIREMENT: &str = "require_two_factor";
/// Wrong codes in a row before code entry is locked, and for how long: with 3 codes of a
/// million valid at any moment, 10 tries per 15 minutes make guessing take years.
const WRONG_CODES_BEFORE_LOCK: i32 = 10;
const LOCK_MINUTES: i64 = 15;
const REQUIRED_FOR_STAFF: &str = "staff";

pub async fn find(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Option<two_factor::Model>, DbErr> {
    two_factor::Entity::find_by_id(user_id).one(db).await
}

pub async fn is_enabled(db: &impl ConnectionTrait, user_id: i64) -> Result<bool, DbErr> {
    Ok(find(db, user_id)
        .await?
        .is_some_and(|row| row.enabled_at.is_some()))
}

/// Starts a set-up with a new secret (replacing an unfinished one). Not for an account
/// that already uses two-factor login: it would change its codes without a code.
pub async fn begin_setup(
    db: &impl ConnectionTrait,
    key: &str,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = two_factor::ActiveModel {
        user_id: Set(user_id),
        secret_sealed: Set(secret::seal(key, &secret::new_secret())),
        enabled_at: Set(None),
        last_used_step: Set(None),
        failed_codes: Set(0),
        locked_until: Set(None),
        created_at: Set(now),
    };
    two_factor::Entity::insert(row)
        .on_conflict(
            OnConflict::column(two_factor::Column::UserId)
                .update_columns([
                    two_factor::Column::SecretSealed,
                    two_factor::Column::LastUsedStep,
                    two_factor::Column::CreatedAt,
                ])
                .action_and_where(
                    Expr::col((two_factor::Entity, two_factor::Column::EnabledAt)).is_null(),
                )
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// What became of a code typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Refused,
    /// Too many wrong codes in a row: none is looked at until the lock ends.
    Locked,
}

fn is_locked(row: &two_factor::Model, now: DateTime<Utc>) -> bool {
    row.locked_until.is_some_and(|until| until > now)
}

/// Whether `code` is the authenticator's code for now (or the step before or after, for
/// clocks that drift), and was not accepted before. Accepting it retires its step and
/// every earlier one, in one conditional update, so two requests cannot both use it.
async fn use_app_code(
    db: &impl ConnectionTrait,
    key: &str,
    row: &two_factor::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(false);
    }
    let Some(totp) = secret::unseal(key, &row.secret_sealed).and_then(|s| secret::totp(&s, ""))
    else {
        return Ok(false);
    };
    let Some(step) = u64::try_from(now.timestamp())
        .ok()
        .and_then(|at| totp.check(&code, at))
        .and_then(|step| i64::try_from(step).ok())
    else {
        return Ok(false);
    };
    let used = two_factor::Entity::update_many()
        .col_expr(two_factor::Column::LastUsedStep, Expr::value(step))
        .col_expr(two_factor::Column::FailedCodes, Expr::value(0))
        .filter(two_factor::Column::UserId.eq(row.user_id))
        .filter(
            two_factor::Column::LastUsedStep
                .is_null()
                .or(two_factor::Column::LastUsedStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(used.rows_affected == 1)
}

/// Counts a wrong code; the tenth in a row locks code entry for a while.
async fn note_wrong_code(
    db: &impl ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    two_factor::Entity::update_many()
        .col_expr(
            two_factor::Column::FailedCodes,
            Expr::col(two_factor::Column::FailedCodes).add(1),
        )
        .filter(two_factor::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    two_factor::Entity::update_many()
        .col_expr(two_factor::Column::FailedCodes, Expr::value(0))
        .col_expr(
            two_factor::Column::LockedUntil,
            Expr::value(now + TimeDelta::minutes(LOCK_MINUTES)),
        )
        .filter(two_factor::Column::UserId.eq(user_id))
        .filter(two_factor::Column::FailedCodes.gte(WRONG_CODES_BEFORE_LOCK))
        .exec(db)
        .await?;
    Ok(())
}

/// An authenticator code, checked as [`use_app_code`] does, wrong ones counted.
pub async fn accept_code(
    db: &impl ConnectionTrait,
    key: &str,
    row: &two_factor::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Verdict, DbErr> {
    if is_locked(row, now) {
        return Ok(Verdict::Locked);
    }
    if use_app_code(db, key, row, code, now).await? {
        return Ok(Verdict::Accepted);
    }
    note_wrong_code(db, row.user_id, now).await?;
    Ok(Verdict::Refused)
}

/// An authenticator code, or else one unused recovery code, which is then used up.
pub async fn accept_second_factor(
    db: &impl ConnectionTrait,
    key: &str,
    user_id: i64,
    input: &str,
    now: DateTime<Utc>,
) -> Result<Verdict, DbErr> {
    let Some(row) = find(db, user_id).await?.filter(|r| r.enabled_at.is_some()) else {
        return Ok(Verdict::Refused);
    };
    if is_locked(&row, now) {
        return Ok(Verdict::Locked);
    }
    if use_app_code(db, key, &row, input, now).await?
        || use_recovery_code(db, user_id, input, now).await?
    {
        return Ok(Verdict::Accepted);
    }
    note_wrong_code(db, user_id, now).await?;
    Ok(Verdict::Refused)
}

pub async fn enable(
    db: &impl ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    two_factor::Entity::update_many()
        .col_expr(two_factor::Column::EnabledAt, Expr::value(now))
        .filter(two_factor::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn disable(db: &impl ConnectionTrait, user_id: i64) -> Result<(), DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    two_factor::Entity::delete_by_id(user_id).exec(db).await?;
    Ok(())
}

/// A code as typed: lower-case, without spaces or dashes, with look-alikes read as digits.
fn normalise_recovery_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_lowercase() {
            'o' => '0',
            'i' | 'l' => '1',
            other => other,
        })
        .collect()
}

fn new_recovery_code() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    // 32 divides 256: every character is equally likely. 16 characters: 80 bits.
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| char::from(RECOVERY_ALPHABET[usize::from(b % 32)]))
        .collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Replaces the account's recovery codes with new ones; returns them, the only time they
/// are seen: only their hashes are kept.
pub async fn issue_recovery_codes(
    db: &impl ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<String>, DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    recovery_code::Entity::insert_many(codes.iter().map(|code| recovery_code::ActiveModel {
        user_id: Set(user_id),
        code_hash: Set(sha256_hex(&normalise_recovery_code(code))),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }))
    .exec_without_returning(db)
    .await?;
    Ok(codes)
}

async fn use_recovery_code(
    db: &impl ConnectionTrait,
    user_id: i64,
    input: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let code = normalise_recovery_code(input);
    if code.len() != 16 {
        return Ok(false);
    }
    let used = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::CodeHash.eq(sha256_hex(&code)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(used.rows_affected == 1)
}

pub async fn recovery_codes_left(db: &impl ConnectionTrait, user_id: i64) -> Result<u64, DbErr> {
    recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// Whether coordinators and facilitators must use two-factor login (a console setting).
pub async fn required_for_staff(db: &impl ConnectionTrait) -> Result<bool, DbErr> {
    Ok(setting::Entity::find_by_id(REQUIREMENT.to_owned())
        .one(db)
        .await?
        .is_some_and(|s| s.value == REQUIRED_FOR_STAFF))
}

pub async fn set_required_for_staff(
    db: &impl ConnectionTrait,
    required: bool,
) -> Result<(), DbErr> {
    if !required {
        setting::Entity::delete_by_id(REQUIREMENT.to_owned())
            .exec(db)
            .await?;
        return Ok(());
    }
    setting::Entity::insert(setting::ActiveModel {
        name: Set(REQUIREMENT.to_owned()),
        value: Set(REQUIRED_FOR_STAFF.to_owned()),
    })
    .on_conflict(
        OnConflict::column(setting::Column::Name)
            .update_column(setting::Column::Value)
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Whether this account must set up two-factor login before doing anything else: the
/// site requires it of coordinators and facilitators, the account is one and has not.
pub async fn must_set_up(db: &impl ConnectionTrait, account: &user::Model) -> Result<bool, DbErr> {
    if !required_for_staff(db).await? || is_enabled(db, account.id).await? {
        return Ok(false);
    }
    if account.role == PlatformRole::Coordinator {
        return Ok(true);
    }
    let facilitates = consultation_role::Entity::find()
        .filter(consultation_role::Column::UserId.eq(account.id))
        .filter(consultation_role::Column::Role.eq(ConsultationRoleKind::Facilitator))
        .count(db)
        .await?;
    Ok(facilitates > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_are_read_as_people_type_them() {
        let code = new_recovery_code();
        assert_eq!(code.len(), 19);
        assert_eq!(normalise_recovery_code(&code).len(), 16);
        assert_eq!(
            normalise_recovery_code(&code.to_uppercase().replace('-', " ")),
            normalise_recovery_code(&code)
        );
        assert_eq!(normalise_recovery_code("oIl-0 11"), "011011");
    }
}

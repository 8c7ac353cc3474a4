//! Single-use links sent by email. The secret travels in the link; only its hash is kept.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{TokenPurpose, account_token};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set, sea_query::Expr,
};

use crate::crypto::{random_token, sha256_hex};

pub const VERIFY_EMAIL_VALID_FOR: TimeDelta = TimeDelta::days(3);
pub const PASSWORD_RESET_VALID_FOR: TimeDelta = TimeDelta::hours(1);

/// A freshly issued token: the secret for the link, and the row id for idempotency keys.
pub struct Issued {
    pub id: i64,
    pub secret: String,
}

pub async fn issue(
    db: &impl ConnectionTrait,
    user_id: i64,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<Issued, DbErr> {
    let secret = random_token();
    let valid_for = match purpose {
        TokenPurpose::VerifyEmail => VERIFY_EMAIL_VALID_FOR,
        TokenPurpose::PasswordReset => PASSWORD_RESET_VALID_FOR,
    };
    let row = account_token::Entity::insert(account_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose),
        token_hash: Set(sha256_hex(&secret)),
        expires_at: Set(now + valid_for),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(Issued {
        id: row.last_insert_id,
        secret,
    })
}

/// The account a live (unused, unexpired) token belongs to, without using it up.
pub async fn peek(
    db: &impl ConnectionTrait,
    secret: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<Option<i64>, DbErr> {
    Ok(live(secret, purpose, now).one(db).await?.map(|t| t.user_id))
}

/// Uses a token up and returns its account. A single conditional update, so two requests
/// racing with the same link cannot both succeed.
pub async fn redeem(
    db: &impl ConnectionTrait,
    secret: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<Option<i64>, DbErr> {
    let Some(token) = live(secret, purpose, now).one(db).await? else {
        return Ok(None);
    };
    let updated = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(Some(now)))
        .filter(account_token::Column::Id.eq(token.id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((updated.rows_affected == 1).then_some(token.user_id))
}

/// Retires every live token of one kind for an account (the other reset links, once one
/// has been used).
pub async fn retire_all(
    db: &impl ConnectionTrait,
    user_id: i64,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(Some(now)))
        .filter(account_token::Column::UserId.eq(user_id))
        .filter(account_token::Column::Purpose.eq(purpose))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// When the account was last sent a token of this kind.
pub async fn last_issued_at(
    db: &impl ConnectionTrait,
    user_id: i64,
    purpose: TokenPurpose,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(account_token::Entity::find()
        .filter(account_token::Column::UserId.eq(user_id))
        .filter(account_token::Column::Purpose.eq(purpose))
        .order_by_desc(account_token::Column::CreatedAt)
        .one(db)
        .await?
        .map(|t| t.created_at))
}

/// Removes tokens that can no longer be used.
pub async fn sweep_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(account_token::Entity::delete_many()
        .filter(account_token::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected)
}

fn live(
    secret: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> sea_orm::Select<account_token::Entity> {
    account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(sha256_hex(secret)))
        .filter(account_token::Column::Purpose.eq(purpose))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(now))
}

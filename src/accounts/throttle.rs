//! Failed log-ins, counted in the database so that every instance behind a load balancer and
//! every restart sees the same ones (`TAVOLO_LOGIN_*`).
//!
//! Over a sliding window, failures are counted per account (by the address typed, so that
//! an address without an account is treated exactly like one with: nothing tells them
//! apart) and per client address. From `delay_after` failures on, each attempt must wait
//! after the previous failure, twice as long each time (2 s, 4 s, 8 s … up to a minute, or
//! the lock's length if shorter); at `lock_after` failures on an account it is locked for `login_lock` and its
//! owner is told by email. Refused attempts are not tried, so they count for nothing, and a
//! right password during a wait or a lock is refused like any other. A successful log-in
//! clears the account's failures.

use std::net::IpAddr;

use chrono::{DateTime, TimeDelta, Utc};
use entity::{login_failure, user};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::{
    config::Limits,
    crypto::sha256_hex,
    notifications::{Email, enqueue},
    web::rates::counted_as,
};

/// The doubling delays stop growing long before this many failures.
const MAX_DOUBLINGS: u32 = 32;
/// The longest wait between two attempts before the lock: short enough that the lock's
/// count is reached well within the window (20 failures take about ten minutes).
const MAX_DELAY: TimeDelta = TimeDelta::minutes(1);

/// What failures are counted under: a digest of the address typed (or of the client's
/// address), so that the table holds neither, while anyone may type any address.
fn account_subject(email: &str) -> String {
    format!(
        "account:{}",
        sha256_hex(&format!("account:{}", email.to_lowercase()))
    )
}

fn address_subject(client: IpAddr) -> String {
    format!(
        "address:{}",
        sha256_hex(&format!("address:{}", counted_as(client)))
    )
}

/// How long the attempt to log in as `email` from `client` must still wait; `None`: it may
/// be tried now.
pub async fn wait(
    db: &impl ConnectionTrait,
    limits: &Limits,
    email: Option<&str>,
    client: IpAddr,
    now: DateTime<Utc>,
) -> Result<Option<TimeDelta>, DbErr> {
    let lock = to_delta(limits.login_lock);
    let mut until = None;
    if let Some(email) = email {
        let cap = limits
            .login_lock_after
            .max(limits.login_delay_after + MAX_DOUBLINGS);
        let (count, latest) = recent(db, limits, &account_subject(email), cap, now).await?;
        if let Some(latest) = latest {
            if count >= limits.login_lock_after {
                until = Some(latest + lock);
            } else if let Some(delay) = delay(count, limits.login_delay_after, lock) {
                until = Some(latest + delay);
            }
        }
    }
    let cap = limits.login_address_delay_after + MAX_DOUBLINGS;
    let (count, latest) = recent(db, limits, &address_subject(client), cap, now).await?;
    if let (Some(latest), Some(delay)) =
        (latest, delay(count, limits.login_address_delay_after, lock))
    {
        until = until.max(Some(latest + delay));
    }
    Ok(until
        .map(|until| until - now)
        .filter(|left| *left > TimeDelta::zero()))
}

/// The wait after `count` failures when waits start at `after`: 2 s, doubling, up to a
/// minute (or `lock`, if shorter).
fn delay(count: u32, after: u32, lock: TimeDelta) -> Option<TimeDelta> {
    let doublings = count.checked_sub(after)?.min(MAX_DOUBLINGS);
    Some(
        TimeDelta::seconds(2_i64 << doublings)
            .min(MAX_DELAY)
            .min(lock),
    )
}

/// How many failures `subject` had in the window (counted up to `cap`), and the latest.
async fn recent(
    db: &impl ConnectionTrait,
    limits: &Limits,
    subject: &str,
    cap: u32,
    now: DateTime<Utc>,
) -> Result<(u32, Option<DateTime<Utc>>), DbErr> {
    let times: Vec<DateTime<Utc>> = login_failure::Entity::find()
        .select_only()
        .column(login_failure::Column::FailedAt)
        .filter(login_failure::Column::Subject.eq(subject))
        .filter(login_failure::Column::FailedAt.gt(now - to_delta(limits.login_window)))
        .order_by_desc(login_failure::Column::FailedAt)
        .limit(u64::from(cap))
        .into_tuple()
        .all(db)
        .await?;
    let count = u32::try_from(times.len()).unwrap_or(u32::MAX);
    Ok((count, times.first().copied()))
}

/// Records a failed attempt; when it locks `account`, queues the email telling its owner.
/// Returns whether the account is now locked.
pub async fn record_failure(
    db: &impl ConnectionTrait,
    (limits, forgot_link): (&Limits, String),
    (email, account): (Option<&str>, Option<&user::Model>),
    client: IpAddr,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut rows = vec![address_subject(client)];
    if let Some(email) = email {
        rows.push(account_subject(email));
    }
    login_failure::Entity::insert_many(rows.into_iter().map(|subject| {
        login_failure::ActiveModel {
            subject: Set(subject),
            failed_at: Set(now),
            ..Default::default()
        }
    }))
    .exec_without_returning(db)
    .await?;
    let Some(email) = email else {
        return Ok(false);
    };
    let (count, _) = recent(
        db,
        limits,
        &account_subject(email),
        limits.login_lock_after,
        now,
    )
    .await?;
    if count < limits.login_lock_after {
        return Ok(false);
    }
    if let Some(account) = account {
        // One email per window however many locks and instances: the key names the window.
        let window = limits.login_window.as_secs().max(1);
        let period = u64::try_from(now.timestamp()).unwrap_or_default() / window;
        let message = Email::LoginLocked {
            name: account.display_name.clone(),
            link: forgot_link,
        };
        let key = format!("login_locked:{}:{period}", account.id);
        enqueue(db, &account.email, &account.locale, &message, &key, now).await?;
    }
    Ok(true)
}

/// A successful log-in: the account's failures are forgotten (the address's are not).
pub async fn clear(db: &impl ConnectionTrait, email: &str) -> Result<(), DbErr> {
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::Subject.eq(account_subject(email)))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets failures older than the window (the sweeper calls this).
pub async fn sweep(
    db: &impl ConnectionTrait,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let swept = login_failure::Entity::delete_many()
        .filter(login_failure::Column::FailedAt.lte(now - to_delta(limits.login_window)))
        .exec(db)
        .await?;
    Ok(swept.rows_affected)
}

/// A setting's duration as chrono's, at most ten years so that date arithmetic never
/// overflows.
fn to_delta(duration: std::time::Duration) -> TimeDelta {
    TimeDelta::from_std(duration)
        .unwrap_or(TimeDelta::MAX)
        .min(TimeDelta::days(3650))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_from_two_seconds_up_to_a_minute() {
        let lock = TimeDelta::minutes(15);
        assert_eq!(delay(4, 5, lock), None);
        let waits: Vec<i64> = (5..12)
            .map(|n| delay(n, 5, lock).unwrap().num_seconds())
            .collect();
        assert_eq!(waits, [2, 4, 8, 16, 32, 60, 60]);
        assert_eq!(delay(u32::MAX, 5, lock), Some(MAX_DELAY));
        let short = TimeDelta::seconds(10);
        assert_eq!(delay(19, 5, short), Some(short));
    }
}

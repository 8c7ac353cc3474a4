//! How much one account may contribute per hour (`TAVOLO_*_PER_HOUR`), counted from the
//! rows it made: the database is the counter, so the limits hold across instances and
//! restarts and cost one indexed read. Coordinators and a consultation's facilitators get
//! `TAVOLO_STAFF_LIMIT_FACTOR` times as much: they record what groups said in person and
//! invite whole groups.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{coauthor_invitation, comment, flag, invitation, proposal};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::AppError;
use crate::config::Limits;

/// The window every per-account limit counts over.
const WINDOW: TimeDelta = TimeDelta::hours(1);

/// What is counted per account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PerAccount {
    /// Proposals written or recorded in person.
    Proposal,
    Comment,
    Flag,
    /// Co-author and member invitations sent.
    Invitation,
}

/// Whether the account runs the place where it acts (more is allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowance {
    Participant,
    Staff,
}

impl From<&crate::policy::Standing> for Allowance {
    fn from(standing: &crate::policy::Standing) -> Self {
        if standing.is_coordinator() || standing.is_facilitator() {
            Allowance::Staff
        } else {
            Allowance::Participant
        }
    }
}

/// Refuses the account's next `what` with how long to wait, when it already made as many as
/// its limit allows within the last hour.
pub async fn check(
    db: &impl ConnectionTrait,
    limits: &Limits,
    (what, allowance): (PerAccount, Allowance),
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let per_hour = match what {
        PerAccount::Proposal => limits.proposals_per_hour,
        PerAccount::Comment => limits.comments_per_hour,
        PerAccount::Flag => limits.flags_per_hour,
        PerAccount::Invitation => limits.invitations_per_hour,
    };
    if per_hour == 0 {
        return Ok(());
    }
    let allowed = match allowance {
        Allowance::Participant => per_hour,
        Allowance::Staff => per_hour.saturating_mul(limits.staff_limit_factor),
    };
    let since = now - WINDOW;
    let cap = u64::from(allowed);
    let mut times = match what {
        PerAccount::Proposal => {
            let mine = Condition::any()
                .add(proposal::Column::AuthorId.eq(user_id))
                .add(proposal::Column::RecordedBy.eq(user_id));
            let recorded = newest(
                proposal::Entity::find().filter(mine),
                proposal::Column::CreatedAt,
                since,
                cap,
            );
            recorded.all(db).await?
        }
        PerAccount::Comment => {
            let query = comment::Entity::find().filter(comment::Column::AuthorId.eq(user_id));
            newest(query, comment::Column::CreatedAt, since, cap)
                .all(db)
                .await?
        }
        PerAccount::Flag => {
            let query = flag::Entity::find().filter(flag::Column::UserId.eq(user_id));
            newest(query, flag::Column::CreatedAt, since, cap)
                .all(db)
                .await?
        }
        PerAccount::Invitation => invitation_times(db, user_id, since, cap).await?,
    };
    times.sort_unstable_by(|a, b| b.cmp(a));
    match times.get(cap.saturating_sub(1) as usize) {
        // The oldest of the last `allowed` leaves the window then.
        Some(oldest) if times.len() as u64 >= cap => {
            let left = (*oldest + WINDOW - now).num_seconds().max(1);
            Err(AppError::TooManyRequests(u64::try_from(left).unwrap_or(1)))
        }
        _ => Ok(()),
    }
}

/// Creation times of the newest rows of `query` after `since`, at most `cap`.
fn newest<E: EntityTrait>(
    query: sea_orm::Select<E>,
    created_at: E::Column,
    since: DateTime<Utc>,
    cap: u64,
) -> sea_orm::Selector<sea_orm::SelectGetableTuple<DateTime<Utc>>> {
    query
        .select_only()
        .column(created_at)
        .filter(created_at.gt(since))
        .order_by_desc(created_at)
        .limit(cap)
        .into_tuple()
}

async fn invitation_times(
    db: &impl ConnectionTrait,
    user_id: i64,
    since: DateTime<Utc>,
    cap: u64,
) -> Result<Vec<DateTime<Utc>>, DbErr> {
    let coauthors = coauthor_invitation::Entity::find()
        .filter(coauthor_invitation::Column::InvitedBy.eq(user_id));
    let mut times = newest(
        coauthors,
        coauthor_invitation::Column::CreatedAt,
        since,
        cap,
    )
    .all(db)
    .await?;
    let members = invitation::Entity::find().filter(invitation::Column::InvitedBy.eq(user_id));
    times.extend(
        newest(members, invitation::Column::CreatedAt, since, cap)
            .all(db)
            .await?,
    );
    Ok(times)
}

//! What Tavolo keeps only for a while, removed on schedule (the server's sweeper runs
//! [`apply`] every few minutes; every instance may, as each step is a conditional change).
//!
//! | what | kept |
//! |---|---|
//! | accounts whose email was never confirmed | 30 days from registration, then deleted with their links |
//! | bodies of sent emails (the outbox payload) | 30 days from sending; the row (recipient, template, times) stays |
//! | what people said they need to attend a meeting | 30 days from the meeting's end; the registration stays |

use chrono::{DateTime, TimeDelta, Utc};
use entity::{OutboxStatus, PlatformRole, meeting, meeting_registration, outbox, user};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use super::erase::{forget_address, placeholder_email};
use crate::db;

/// How long an account may wait for its email to be confirmed.
pub const UNVERIFIED_ACCOUNTS_KEPT: TimeDelta = TimeDelta::days(30);
/// How long the body of a sent email is kept.
pub const SENT_EMAIL_BODIES_KEPT: TimeDelta = TimeDelta::days(30);
/// How long after a meeting ends the needs people gave when registering are kept.
pub const MEETING_NEEDS_KEPT: TimeDelta = TimeDelta::days(30);
/// Accounts removed per statement batch, so one sweep never holds the writer for long.
const BATCH: u64 = 200;
/// What a purged payload becomes: still valid JSON for whoever reads the row.
const PURGED: &str = "{}";

/// What one pass removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Swept {
    pub unverified_accounts: u64,
    pub email_bodies: u64,
    pub meeting_needs: u64,
}

pub async fn apply(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Swept, DbErr> {
    Ok(Swept {
        unverified_accounts: remove_unverified_accounts(db, now).await?,
        email_bodies: purge_sent_email_bodies(db, now).await?,
        meeting_needs: erase_meeting_needs(db, now).await?,
    })
}

/// Deletes accounts never confirmed within [`UNVERIFIED_ACCOUNTS_KEPT`], with their links
/// and sessions (cascaded) and every email queued to them. Such accounts cannot have taken
/// part (contributing needs a confirmed address); coordinators are never removed this way.
async fn remove_unverified_accounts(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let mut removed = 0;
    loop {
        let tx = db::begin_write(db).await?;
        let due: Vec<(i64, String)> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::Email)
            .filter(user::Column::EmailVerifiedAt.is_null())
            .filter(user::Column::DeletedAt.is_null())
            .filter(user::Column::Role.eq(PlatformRole::Participant))
            .filter(user::Column::CreatedAt.lt(now - UNVERIFIED_ACCOUNTS_KEPT))
            .limit(BATCH)
            .into_tuple()
            .all(&tx)
            .await?;
        for (id, email) in &due {
            forget_address(&tx, email, &placeholder_email(*id)).await?;
        }
        let ids: Vec<i64> = due.iter().map(|(id, _)| *id).collect();
        let deleted = user::Entity::delete_many()
            .filter(user::Column::Id.is_in(ids))
            // Confirmed meanwhile: kept.
            .filter(user::Column::EmailVerifiedAt.is_null())
            .exec(&tx)
            .await?;
        tx.commit().await?;
        removed += deleted.rows_affected;
        if (due.len() as u64) < BATCH {
            return Ok(removed);
        }
    }
}

/// Empties the payload of emails sent more than [`SENT_EMAIL_BODIES_KEPT`] ago.
async fn purge_sent_email_bodies(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let purged = outbox::Entity::update_many()
        .col_expr(outbox::Column::Payload, Expr::value(PURGED))
        .filter(outbox::Column::Status.eq(OutboxStatus::Sent))
        .filter(outbox::Column::SentAt.lt(now - SENT_EMAIL_BODIES_KEPT))
        .filter(Expr::col(outbox::Column::Payload).ne(PURGED))
        .exec(db)
        .await?;
    Ok(purged.rows_affected)
}

/// Erases the needs (interpreter, childcare, accessibility) of registrations for meetings
/// that ended more than [`MEETING_NEEDS_KEPT`] ago. They were asked for one meeting only.
async fn erase_meeting_needs(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let ended = Query::select()
        .column(meeting::Column::Id)
        .from(meeting::Entity)
        .and_where(meeting::Column::EndsAt.lt(now - MEETING_NEEDS_KEPT))
        .to_owned();
    let erased = meeting_registration::Entity::update_many()
        .col_expr(
            meeting_registration::Column::InterpreterLanguage,
            Expr::value(""),
        )
        .col_expr(meeting_registration::Column::Childcare, Expr::value(false))
        .col_expr(
            meeting_registration::Column::AccessibilityNote,
            Expr::value(""),
        )
        .filter(meeting_registration::Column::MeetingId.in_subquery(ended))
        .filter(
            Condition::any()
                .add(meeting_registration::Column::InterpreterLanguage.ne(""))
                .add(meeting_registration::Column::Childcare.eq(true))
                .add(meeting_registration::Column::AccessibilityNote.ne("")),
        )
        .exec(db)
        .await?;
    Ok(erased.rows_affected)
}

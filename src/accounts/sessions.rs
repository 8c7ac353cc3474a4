//! One's active sessions on `/account` (when each was logged in, the day it was last used,
//! which browser), and `POST /account/sessions/others`, which logs out all but this one.

use chrono::{DateTime, Utc};
use entity::session;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::web::{AppResult, AppSession, AppState, CurrentUser, see_other, session::SessionFacts};

/// A session as the account page lists it.
pub struct SessionRow {
    pub signed_in_at: Option<DateTime<Utc>>,
    /// The day it was last used (sessions note it at most once a day).
    pub last_seen_on: Option<DateTime<Utc>>,
    /// "Firefox, Linux", or empty when the browser did not say.
    pub device: String,
    pub current: bool,
}

/// The account's sessions that have not expired, this one first, then the newest.
pub async fn list(
    db: &impl ConnectionTrait,
    user_id: i64,
    current_id: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Vec<SessionRow>, DbErr> {
    let rows = session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::ExpiresAt.gt(now))
        .order_by_desc(session::Column::ExpiresAt)
        .all(db)
        .await?;
    let mut sessions: Vec<SessionRow> = rows
        .into_iter()
        .map(|row| {
            let facts: SessionFacts = serde_json::from_str(&row.data).unwrap_or_default();
            SessionRow {
                signed_in_at: facts
                    .signed_in_at
                    .and_then(|at| DateTime::from_timestamp(at, 0)),
                last_seen_on: facts
                    .renewed_on
                    .and_then(|day| DateTime::from_timestamp(day.saturating_mul(86_400), 0)),
                device: facts.device.unwrap_or_default(),
                current: current_id == Some(row.id.as_str()),
            }
        })
        .collect();
    sessions.sort_by_key(|s| (!s.current, std::cmp::Reverse(s.signed_in_at)));
    Ok(sessions)
}

/// Ends every session of the account but `keep`.
pub async fn end_others(
    db: &impl ConnectionTrait,
    user_id: i64,
    keep: Option<&str>,
) -> Result<u64, DbErr> {
    let mut delete = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        delete = delete.filter(session::Column::Id.ne(keep));
    }
    Ok(delete.exec(db).await?.rows_affected)
}

pub async fn log_out_others(
    axum::extract::State(state): axum::extract::State<AppState>,
    session: AppSession,
    user: CurrentUser,
) -> AppResult<axum::response::Response> {
    let tx = crate::db::begin_write(&state.db).await?;
    let ended = end_others(&tx, user.id, session.id().as_deref()).await?;
    crate::audit::own_account(&tx, user.id, "account.sessions_ended", state.now()).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, ended, "logged out of the other sessions");
    session.flash("flash-sessions-ended").await?;
    Ok(see_other("/account#sessions"))
}

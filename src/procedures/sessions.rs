//! Co-design sessions: meetings of the procedure's consultation that its managers mark as
//! the procedure's sessions, from the co-design phase on. Only members of the admitted
//! organisations may register for them (the rule lives with meeting registration).

use axum::{
    Form,
    extract::{Path, State},
    response::Response,
};
use entity::{meeting, procedure_session};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    sea_query::OnConflict,
};
use serde::Deserialize;
use serde_json::json;

use super::{
    notice::{audit_entry, console_link},
    phase::Phase,
    store,
};
use crate::{
    audit, db,
    policy::Action,
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, see_other},
};

/// The procedure's sessions, soonest first.
pub async fn of(
    db: &impl ConnectionTrait,
    procedure_id: i64,
) -> Result<Vec<meeting::Model>, DbErr> {
    let ids: Vec<i64> = procedure_session::Entity::find()
        .select_only()
        .column(procedure_session::Column::MeetingId)
        .filter(procedure_session::Column::ProcedureId.eq(procedure_id))
        .into_tuple()
        .all(db)
        .await?;
    meeting::Entity::find()
        .filter(meeting::Column::Id.is_in(ids))
        .order_by_asc(meeting::Column::StartsAt)
        .all(db)
        .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SessionForm {
    pub meeting: i64,
    /// `add` or `remove`.
    pub change: String,
}

pub async fn change(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<SessionForm>,
) -> AppResult<Response> {
    let (_, procedure) =
        store::load(&state.db, &slug, Some(&user), Action::ManageProcedures).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let locked = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if Phase::of(&locked, now) < Phase::CoDesign {
        return Err(AppError::Forbidden("procedure-sessions-not-yet"));
    }
    let meeting = meeting::Entity::find_by_id(form.meeting)
        .filter(meeting::Column::ConsultationId.eq(locked.consultation_id))
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let action = match form.change.as_str() {
        "add" => {
            procedure_session::Entity::insert(procedure_session::ActiveModel {
                meeting_id: Set(meeting.id),
                procedure_id: Set(locked.id),
            })
            .on_conflict(
                OnConflict::column(procedure_session::Column::MeetingId)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
            "procedure.session_added"
        }
        "remove" => {
            procedure_session::Entity::delete_many()
                .filter(procedure_session::Column::MeetingId.eq(meeting.id))
                .filter(procedure_session::Column::ProcedureId.eq(locked.id))
                .exec(&tx)
                .await?;
            "procedure.session_removed"
        }
        _ => return Err(AppError::BadRequest("error-procedure-session-change")),
    };
    let details = json!({ "meeting": meeting.id, "title": meeting.title });
    audit::record(&tx, audit_entry(user.id, action, &locked, details), now).await?;
    tx.commit().await?;
    session.flash("flash-procedure-sessions-saved").await?;
    Ok(see_other(&format!("{}#sessions", console_link(&locked))))
}

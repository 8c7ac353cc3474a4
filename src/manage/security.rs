//! `POST /manage/two-factor`: whether coordinators and facilitators must use two-factor
//! login. Set here rather than in the server's settings so that the people who run the
//! platform decide it, and every instance sharing the database follows at once.

use axum::{Form, extract::State, response::Response};
use serde::Deserialize;
use serde_json::json;

use crate::{
    accounts::two_factor::store,
    audit, db,
    web::{AppResult, AppSession, AppState, CurrentUser, see_other},
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequirementForm {
    /// Present (a ticked checkbox) when it is required.
    required: Option<String>,
}

pub async fn set_requirement(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Form(form): Form<RequirementForm>,
) -> AppResult<Response> {
    super::accounts::require_coordinator(Some(&user))?;
    let required = form.required.is_some();
    let tx = db::begin_write(&state.db).await?;
    store::set_required_for_staff(&tx, required).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "settings.two_factor_requirement",
            object_type: "setting",
            object_id: None,
            consultation_id: None,
            details: json!({ "required_for_staff": required }),
        },
        state.now(),
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-two-factor-requirement-saved").await?;
    Ok(see_other("/manage/accounts"))
}

//! `POST /language`: the language switch in every page's header.

use axum::{
    Form,
    extract::State,
    http::header,
    response::{IntoResponse, Response},
};
use entity::user;
use sea_orm::{ActiveModelTrait, Set};
use serde::Deserialize;
use tower_sessions::cookie::{Cookie, SameSite, time::Duration};

use crate::{
    i18n::Locale,
    web::{
        AppError, AppResult, AppState, RequestContext, context::LANGUAGE_COOKIE,
        render::local_path, see_other,
    },
};

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn switch(
    State(state): State<AppState>,
    context: RequestContext,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let locale = Locale::find(&form.lang).ok_or(AppError::BadRequest("error-locale-required"))?;
    // For an account the choice is remembered with the account, on every device.
    if let Some(user) = &context.user {
        user::ActiveModel {
            id: Set(user.id),
            locale: Set(locale.code().to_owned()),
            updated_at: Set(state.now()),
            ..Default::default()
        }
        .update(&state.db)
        .await?;
    }
    let cookie = Cookie::build((LANGUAGE_COOKIE, locale.code()))
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.config.secure_cookies())
        .build();
    let mut response = see_other(local_path(Some(&form.next)).unwrap_or("/"));
    response.headers_mut().append(
        header::SET_COOKIE,
        cookie
            .to_string()
            .parse()
            .map_err(|_| AppError::BadRequest("error-locale-required"))?,
    );
    Ok(response.into_response())
}

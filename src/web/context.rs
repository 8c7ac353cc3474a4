//! Who is asking, in which language: resolved once per request by the `request_context`
//! layer, then handed to handlers (`CurrentUser`, `PageCtx`) and to the error pages.

use std::sync::Arc;

use axum::{
    extract::{FromRequestParts, Request},
    http::{HeaderMap, header, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use entity::{PlatformRole, StakeholderGroup, notification, user};
use sea_orm::{
    ConnectionTrait, EntityTrait, FromQueryResult, QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait, Query},
};
use tower_sessions::Session;

use super::{
    AppError, AppSession, AppState, assets,
    form_token::{self, FormToken, VisitorToken},
    forms::urlencode,
    session::Flash,
};
use crate::{i18n::Locale, policy::Person};

/// The cookie the language switch sets for visitors without an account.
pub const LANGUAGE_COOKIE: &str = "tavolo_lang";

/// The logged-in account, as pages need it.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: PlatformRole,
    pub group: StakeholderGroup,
    pub organisation: Option<String>,
    pub locale: String,
    pub verified: bool,
    /// Notifications not yet read, for the bell in the header.
    pub unread: i64,
}

impl From<user::Model> for CurrentUser {
    fn from(user: user::Model) -> Self {
        Self {
            id: user.id,
            email: user.email,
            display_name: user.display_name,
            role: user.role,
            group: user.stakeholder_group,
            organisation: user.organisation,
            locale: user.locale,
            verified: user.email_verified_at.is_some(),
            unread: 0,
        }
    }
}

impl CurrentUser {
    /// The account as the rules see it, without the page-only facts (email, name,
    /// language, unread notifications).
    pub fn person(&self) -> Person {
        Person {
            id: self.id,
            role: self.role,
            group: self.group,
            verified: self.verified,
        }
    }
}

impl From<&CurrentUser> for Person {
    fn from(user: &CurrentUser) -> Self {
        user.person()
    }
}

/// Everything resolved about the request before the handler runs.
#[derive(Clone)]
pub struct RequestContext {
    pub session: AppSession,
    pub user: Option<CurrentUser>,
    pub locale: Locale,
    /// Path and query of this request, to come back to after logging in or switching language.
    pub here: String,
    pub request_id: String,
    /// The form token this visitor gets if not logged in (see `csrf`).
    pub visitor_token: Arc<VisitorToken>,
}

/// Loads the account behind the session and picks the language; puts the context in the
/// request's extensions for the extractors, and returns it with the outage that kept the
/// account from loading, if any.
pub(super) async fn resolve(
    state: &AppState,
    request: &mut Request,
) -> (RequestContext, Option<AppError>) {
    let session = request
        .extensions()
        .get::<Session>()
        .cloned()
        .map(AppSession)
        .expect("the session layer runs before the request context");
    let request_id = request_id(request.headers()).to_owned();
    let here = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned());

    let (user, outage) = match load_user(state, &session).await {
        Ok(user) => (user, None),
        Err(error) => (None, Some(error)),
    };
    let outage = match (&user, outage) {
        (Some(_), None) => session.renew_daily(state.now()).await.err(),
        (_, outage) => outage,
    };
    let visitor_token = Arc::new(VisitorToken::new(
        state.signing_key.clone(),
        cookie(request.headers(), form_token::COOKIE),
    ));
    let locale = choose_locale(
        user.as_ref(),
        request.headers(),
        &state.config.default_locale,
    );
    let context = RequestContext {
        session,
        user,
        locale,
        here,
        request_id,
        visitor_token,
    };
    request.extensions_mut().insert(context.clone());
    (context, outage)
}

async fn load_user(
    state: &AppState,
    session: &AppSession,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(user_id) = session.user_id().await? else {
        return Ok(None);
    };
    // The bell's count comes with the account's row: one statement per page, not two.
    let unread = Query::select()
        .expr(Expr::col(notification::Column::Id).count())
        .from(notification::Entity)
        .and_where(
            Expr::col((notification::Entity, notification::Column::UserId))
                .equals((user::Entity, user::Column::Id)),
        )
        .and_where(Expr::col((notification::Entity, notification::Column::ReadAt)).is_null())
        .to_owned();
    let query = user::Entity::find_by_id(user_id)
        .column_as(Expr::SubQuery(None, Box::new(unread.into())), "unread")
        .into_query();
    let Some(row) = state.db.query_one(&query).await? else {
        return Ok(None);
    };
    let unread: i64 = row.try_get("", "unread")?;
    Ok(Some(CurrentUser {
        unread,
        ..CurrentUser::from(user::Model::from_query_result(&row, "")?)
    }))
}

/// The id `SetRequestIdLayer` gave this request, for logs and error pages.
pub fn request_id(headers: &HeaderMap) -> &str {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
}

/// The account's language, else the language switch's cookie, else the browser's.
pub(super) fn choose_locale(
    user: Option<&CurrentUser>,
    headers: &HeaderMap,
    default: &str,
) -> Locale {
    user.and_then(|u| Locale::find(&u.locale))
        .or_else(|| cookie(headers, LANGUAGE_COOKIE).and_then(|c| Locale::find(&c)))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_else(|| Locale::or_default(None, default))
}

/// The value of one cookie sent with the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// What every page template needs: language, account, form token, one-time message.
pub struct PageCtx {
    pub locale: Locale,
    pub user: Option<CurrentUser>,
    pub csrf: FormToken,
    pub here: String,
    pub flash: Option<Flash>,
    pub stylesheet: &'static str,
    pub favicon: &'static str,
}

impl PageCtx {
    pub async fn build(context: &RequestContext) -> Result<Self, AppError> {
        Ok(Self {
            locale: context.locale,
            user: context.user.clone(),
            csrf: match context.user {
                Some(_) => FormToken::Session(context.session.csrf_token().await?),
                None => FormToken::Visitor(context.visitor_token.clone()),
            },
            here: context.here.clone(),
            flash: context.session.take_flash().await?,
            stylesheet: assets::stylesheet_path(),
            favicon: assets::favicon_path(),
        })
    }

    pub(super) fn without_session(locale: Locale, here: &str) -> Self {
        Self {
            locale,
            user: None,
            csrf: FormToken::None,
            here: here.to_owned(),
            flash: None,
            stylesheet: assets::stylesheet_path(),
            favicon: assets::favicon_path(),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let context = RequestContext::from_request_parts(parts, state).await?;
        PageCtx::build(&context).await
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .ok_or_else(|| {
                AppError::Internal(anyhow::anyhow!("the request context layer is missing"))
            })
    }
}

/// A page only for logged-in accounts: anyone else is sent to log in and brought back.
impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let context = RequestContext::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        context.user.ok_or_else(|| {
            let next = urlencode(&context.here);
            Redirect::to(&format!("/login?next={next}")).into_response()
        })
    }
}

//! Who is asking, in which language: resolved once per request by `request_context`, then
//! handed to handlers (`CurrentUser`, `PageCtx`) and to the error pages.

use askama::filters::Safe;
use axum::{
    extract::{FromRequestParts, Request, State},
    http::{HeaderMap, StatusCode, header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use entity::{PlatformRole, StakeholderGroup, notification, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use tower_sessions::Session;

use super::{
    AppError, AppSession, AppState, assets,
    error::{ErrorInfo, message_key_for},
    render::Page,
    session::Flash,
};
use crate::i18n::{Language, Locale, languages};

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

/// Everything resolved about the request before the handler runs.
#[derive(Clone)]
pub struct RequestContext {
    pub session: AppSession,
    pub user: Option<CurrentUser>,
    pub locale: Locale,
    /// Path and query of this request, to come back to after logging in or switching language.
    pub here: String,
    pub request_id: String,
}

/// Middleware: loads the account behind the session, picks the language, and turns error
/// responses into pages (logging their cause with the request id).
pub async fn request_context(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
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
    let wants_json = here.starts_with("/api/") || here.starts_with("/healthz");

    let (user, outage) = match load_user(&state, &session).await {
        Ok(user) => (user, None),
        Err(error) => (None, Some(error)),
    };
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
    };
    request.extensions_mut().insert(context.clone());

    let response = match outage {
        Some(error) => error.into_response(),
        None => next.run(request).await,
    };
    if !response.status().is_client_error() && !response.status().is_server_error() {
        return response;
    }
    let info = response.extensions().get::<ErrorInfo>().cloned();
    if let Some(cause) = info.as_ref().and_then(|i| i.cause.as_deref()) {
        tracing::error!(request_id = %context.request_id, status = %response.status(), "{cause}");
    }
    let already_a_page = info.is_none()
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
    if already_a_page {
        return response;
    }
    let status = response.status();
    let message_key = info.map_or_else(|| message_key_for(status), |i| i.message_key);
    if wants_json {
        return error_json(status, message_key, &context);
    }
    error_page(status, message_key, context, response.headers()).await
}

async fn load_user(
    state: &AppState,
    session: &AppSession,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(user_id) = session.user_id().await? else {
        return Ok(None);
    };
    let Some(user) = user::Entity::find_by_id(user_id).one(&state.db).await? else {
        return Ok(None);
    };
    let unread = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(&state.db)
        .await?;
    Ok(Some(CurrentUser {
        unread: i64::try_from(unread).unwrap_or(i64::MAX),
        ..CurrentUser::from(user)
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
fn choose_locale(user: Option<&CurrentUser>, headers: &HeaderMap, default: &str) -> Locale {
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

fn error_json(status: StatusCode, message_key: &str, context: &RequestContext) -> Response {
    let rest =
        serde_json::Map::from_iter([("request_id".into(), context.request_id.clone().into())]);
    super::render::json_message(status, &context.locale, "error", message_key, rest)
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: PageCtx,
    status: u16,
    title: String,
    message: String,
    request_id: String,
}

async fn error_page(
    status: StatusCode,
    message_key: &str,
    context: RequestContext,
    headers: &HeaderMap,
) -> Response {
    let request_id = context.request_id.clone();
    let ctx = match PageCtx::build(&context).await {
        Ok(ctx) => ctx,
        // The session store itself is down: render without a form token.
        Err(_) => PageCtx::without_session(context.locale, &context.here),
    };
    let page = ErrorPage {
        title: ctx.t(&format!("error-title-{}", title_of(status))),
        message: ctx.t(message_key),
        status: status.as_u16(),
        request_id,
        ctx,
    };
    let mut response = Page::with_status(status, page).into_response();
    // Keep what tells a client how to recover (e.g. `Allow` on 405).
    if let Some(allow) = headers.get(header::ALLOW) {
        response.headers_mut().insert(header::ALLOW, allow.clone());
    }
    response
}

/// Middleware outside the session layer: when the session cannot be saved (the database is
/// away), the session layer answers an empty 500; this turns it into a 503 page, in the
/// language the browser asks for.
pub async fn last_resort_error_page(request: Request, next: Next) -> Response {
    let locale = choose_locale(None, request.headers(), "it");
    let here = request.uri().path().to_owned();
    let request_id = request_id(request.headers()).to_owned();
    let response = next.run(request).await;
    let unrendered = response.status().is_server_error()
        && !response.headers().contains_key(header::CONTENT_TYPE);
    if !unrendered {
        return response;
    }
    tracing::error!(request_id = %request_id, "the session could not be saved");
    let status = StatusCode::SERVICE_UNAVAILABLE;
    let ctx = PageCtx::without_session(locale, &here);
    let page = ErrorPage {
        title: ctx.t("error-title-503"),
        message: ctx.t("error-unavailable"),
        status: status.as_u16(),
        request_id,
        ctx,
    };
    Page::with_status(status, page).into_response()
}

fn title_of(status: StatusCode) -> &'static str {
    match status.as_u16() {
        403 => "403",
        404 => "404",
        413 => "413",
        503 => "503",
        500..=599 => "500",
        _ => "400",
    }
}

/// What every page template needs: language, account, form token, one-time message.
pub struct PageCtx {
    pub locale: Locale,
    pub user: Option<CurrentUser>,
    pub csrf: String,
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
            csrf: context.session.csrf_token().await?,
            here: context.here.clone(),
            flash: context.session.take_flash().await?,
            stylesheet: assets::stylesheet_path(),
            favicon: assets::favicon_path(),
        })
    }

    fn without_session(locale: Locale, here: &str) -> Self {
        Self {
            locale,
            user: None,
            csrf: String::new(),
            here: here.to_owned(),
            flash: None,
            stylesheet: assets::stylesheet_path(),
            favicon: assets::favicon_path(),
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.locale.t(key)
    }

    /// The fingerprinted URL of the voting script, for pages with vote boxes.
    pub fn vote_script(&self) -> &'static str {
        assets::path_of("vote.js")
    }

    pub fn t_arg(&self, key: &str, name: &str, value: &str) -> String {
        self.locale.t_with(key, &[(name, value)])
    }

    pub fn t_arg2(
        &self,
        key: &str,
        name1: &str,
        value1: &str,
        name2: &str,
        value2: &str,
    ) -> String {
        self.locale.t_arg2(key, name1, value1, name2, value2)
    }

    /// The name of an enum value: `t_of("round-state-", "open")`.
    pub fn t_of(&self, prefix: &str, code: &str) -> String {
        self.locale.t_of(prefix, code)
    }

    /// A message with a count, for plural forms.
    pub fn t_count(&self, key: &str, count: &i64) -> String {
        self.locale.t_count(key, *count)
    }

    /// A message with two numbers, each written as the visitor's language writes numbers.
    pub fn t_numbers2(
        &self,
        key: &str,
        name1: &str,
        value1: &i64,
        name2: &str,
        value2: &i64,
    ) -> String {
        self.locale
            .t_numbers(key, &[(name1, *value1), (name2, *value2)])
    }

    /// A message as HTML with a value written by people isolated in `<bdi>` (a title, a
    /// name, a place), so its direction does not disturb the sentence around it.
    pub fn t_isolated(&self, key: &str, name: &str, value: &str) -> Safe<String> {
        self.locale.t_arg_isolated(key, name, value)
    }

    /// [`PageCtx::t_isolated`] with a second value that is interface text (a role's name):
    /// escaped, not isolated.
    pub fn t_isolated_with(
        &self,
        key: &str,
        name: &str,
        value: &str,
        interface_name: &str,
        interface_value: &str,
    ) -> Safe<String> {
        self.locale
            .t_isolated(key, &[(name, value)], &[(interface_name, interface_value)])
    }

    /// [`PageCtx::t_isolated`] with two values.
    pub fn t_isolated2(
        &self,
        key: &str,
        name1: &str,
        value1: &str,
        name2: &str,
        value2: &str,
    ) -> Safe<String> {
        self.locale
            .t_arg2_isolated(key, name1, value1, name2, value2)
    }

    /// A whole number as the visitor's language writes it.
    pub fn number(&self, n: &i64) -> String {
        self.locale.number(*n)
    }

    /// ": " (or the language's own): between a label and its value.
    pub fn colon(&self) -> String {
        self.locale.colon()
    }

    /// ", " (or the language's own): between the items of a list.
    pub fn comma(&self) -> String {
        self.locale.comma()
    }

    /// ". " (or the language's own): after a sentence.
    pub fn stop(&self) -> String {
        self.locale.stop()
    }

    /// The name of a stakeholder group (`beneficiary`, …) in this language.
    pub fn group_label(&self, group: &str) -> String {
        self.locale.t(&format!("group-{group}"))
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    pub fn languages(&self) -> &'static [Language] {
        languages()
    }

    pub fn is_coordinator(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role == PlatformRole::Coordinator)
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

/// Percent-encodes a value for a query string.
pub fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

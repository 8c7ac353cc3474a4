//! The kit every capability shares: state, sessions, the request context and page
//! rendering, CSRF, errors and their pages, and response headers. Nothing here knows any capability.

pub mod assets;
pub mod client;
pub mod context;
pub mod csrf;
pub mod device;
pub mod error;
pub mod error_page;
pub mod form_token;
pub mod forms;
pub mod kept;
pub mod layers;
pub mod overload;
pub mod page;
pub mod page_cache;
pub mod per_account;
pub mod rates;
pub mod render;
pub mod session;
pub mod session_store;
pub mod state;

pub use context::{CurrentUser, PageCtx, RequestContext};
pub use error::{AppError, AppResult};
pub use forms::{
    CONTROL_CHARACTER_ERROR, FormErrors, MAX_PAGE, PageNumber, PageQuery, TextKind,
    contains_pattern, has_control_characters, one_line, urlencode,
};
pub use render::{Page, see_other};
pub use session::AppSession;
pub use state::AppState;

//! A proposal's discussion, a page at a time: `PER_PAGE` top-level comments in creation
//! order, each followed by all its replies. Pages are cut at top-level comments, so a reply
//! is always on the page of the comment it answers, and since new comments go last, a
//! comment's page never changes as the thread grows.
//!
//! A page costs two statements whatever the thread's size: one aggregate for the figures of
//! the whole thread, one recursive walk down from the page's top-level comments.

use std::collections::HashMap;

use axum::{
    extract::{Path, State},
    response::Response,
};
use chrono::{DateTime, TimeDelta, Utc};
use entity::{Code, CommentState, Stance, comment};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult, Statement, Value};
use serde::Deserialize;

use crate::{
    proposals::access as proposal_access,
    web::{AppError, AppResult, AppState, RequestContext, see_other},
};

/// Top-level comments on one page of a thread.
pub const PER_PAGE: u64 = 20;

/// Authors may correct a comment for this long; it is then marked as edited.
pub const COMMENT_EDIT_WINDOW: TimeDelta = TimeDelta::minutes(15);
/// Replies deeper than this are shown at this depth.
pub const MAX_DEPTH: i32 = 2;

/// A comment as the thread shows it.
pub struct CommentView {
    pub id: i64,
    pub author: String,
    pub author_id: Option<i64>,
    /// The organisation it is signed for, `(slug, name)`.
    pub on_behalf: Option<(String, String)>,
    pub stance: &'static str,
    pub state: CommentState,
    pub body_html: String,
    pub hidden_reason: Option<String>,
    /// Indentation: 0 to `MAX_DEPTH`.
    pub level: i32,
    pub edited: bool,
    pub when: DateTime<Utc>,
    /// The name of the person replied to, for replies.
    pub replying_to: Option<String>,
    pub editable: bool,
    pub mine: bool,
}

/// `?comments=N` on a proposal's page: the page of its thread, from 1.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ThreadQuery {
    pub comments: String,
}

impl ThreadQuery {
    /// The page asked for; anything but a positive number asks for the first.
    pub fn page(&self) -> u64 {
        self.comments.trim().parse().unwrap_or(1).max(1)
    }
}

/// One page of a thread, with the figures of the whole thread.
pub struct ThreadPage {
    /// In reading order: each comment followed by its replies.
    pub comments: Vec<CommentView>,
    /// Published comments for, against and neutral, in the whole thread.
    pub stances: [i64; 3],
    pub page: u64,
    pub pages: u64,
}

/// The address of a comment in its place: the page of its thread that holds it.
pub fn link(proposal_id: i64, page: u64, comment_id: i64) -> String {
    format!("/proposals/{proposal_id}?comments={page}#comment-{comment_id}")
}

/// A statement written with PostgreSQL's numbered placeholders (`$1`), given to SQLite in
/// its own spelling of them (`?1`).
fn statement(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Statement {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Sqlite => sql.replace('$', "?"),
        _ => sql.to_owned(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// The thread's figures: comments per stance, state and whether they are top-level.
const COUNTS: &str = "SELECT stance, state, \
    CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END AS top_level, COUNT(*) AS n \
    FROM comment WHERE proposal_id = $1 \
    GROUP BY stance, state, CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END";

#[derive(FromQueryResult)]
struct CountRow {
    stance: Stance,
    state: CommentState,
    top_level: i32,
    n: i64,
}

/// The page's top-level comments (`$2` from the `$3`th), then their replies, level by
/// level, with their authors' names. The comments shown are read by their key, one by one:
/// `CROSS JOIN` keeps SQLite from planning the opposite way (reading every comment of the
/// site through an index and looking each up among those shown), which made a proposal's
/// page cost time in proportion to the whole site's comments. PostgreSQL reads it as the
/// inner join it is. Public for the test that holds SQLite's plan to this.
pub const PAGE: &str = r#"WITH RECURSIVE top_level AS (
    SELECT id FROM comment
    WHERE proposal_id = $1 AND parent_id IS NULL
    ORDER BY created_at, id
    LIMIT $2 OFFSET $3
), shown(id) AS (
    SELECT id FROM top_level
    UNION ALL
    SELECT comment.id FROM comment JOIN shown ON comment.parent_id = shown.id
)
SELECT comment.*, "user".display_name AS author_name,
    organisation.slug AS organisation_slug, organisation.name AS organisation_name
FROM shown
CROSS JOIN comment
LEFT JOIN "user" ON "user".id = comment.author_id
LEFT JOIN organisation ON organisation.id = comment.on_behalf_of
WHERE comment.id = shown.id
ORDER BY comment.created_at, comment.id"#;

/// Page `wanted` of the thread (the last one when past it).
pub async fn page(
    db: &impl ConnectionTrait,
    proposal_id: i64,
    wanted: u64,
    viewer: Option<i64>,
    moderator: bool,
    now: DateTime<Utc>,
) -> Result<ThreadPage, DbErr> {
    let mut stances = [0_i64; 3];
    let mut top_level = 0_u64;
    let counts = CountRow::find_by_statement(statement(db, COUNTS, vec![proposal_id.into()]))
        .all(db)
        .await?;
    for row in counts {
        if row.top_level == 1 {
            // Every top-level comment keeps its place, whatever its state.
            top_level += row.n.unsigned_abs();
        }
        if row.state == CommentState::Published {
            stances[match row.stance {
                Stance::For => 0,
                Stance::Against => 1,
                Stance::Neutral => 2,
            }] += row.n;
        }
    }
    let pages = top_level.div_ceil(PER_PAGE).max(1);
    let page = wanted.clamp(1, pages);
    let mut rows = Vec::new();
    if top_level > 0 {
        let values = vec![
            proposal_id.into(),
            PER_PAGE.cast_signed().into(),
            ((page - 1) * PER_PAGE).cast_signed().into(),
        ];
        for row in db.query_all_raw(statement(db, PAGE, values)).await? {
            let comment = comment::Model::from_query_result(&row, "")?;
            let author = row.try_get::<Option<String>>("", "author_name")?;
            let slug: Option<String> = row.try_get("", "organisation_slug")?;
            let name: Option<String> = row.try_get("", "organisation_name")?;
            rows.push((comment, author.unwrap_or_default(), slug.zip(name)));
        }
    }
    Ok(ThreadPage {
        comments: reading_order(&rows, viewer, moderator, now),
        stances,
        page,
        pages,
    })
}

/// A comment with its author's name and the organisation it is signed for.
type Signed = (comment::Model, String, Option<(String, String)>);

/// The page's comments (in creation order) depth-first: each followed by its replies,
/// siblings in creation order.
fn reading_order(
    rows: &[Signed],
    viewer: Option<i64>,
    moderator: bool,
    now: DateTime<Utc>,
) -> Vec<CommentView> {
    let mut at: HashMap<i64, usize> = HashMap::with_capacity(rows.len());
    let mut replies: HashMap<Option<i64>, Vec<usize>> = HashMap::new();
    for (i, (c, _, _)) in rows.iter().enumerate() {
        at.insert(c.id, i);
        replies.entry(c.parent_id).or_default().push(i);
    }
    let mut ordered = Vec::with_capacity(rows.len());
    let mut stack: Vec<usize> = replies
        .get(&None)
        .map(|top| top.iter().rev().copied().collect())
        .unwrap_or_default();
    while let Some(i) = stack.pop() {
        let (c, author, on_behalf) = &rows[i];
        let shown =
            c.state == CommentState::Published || (moderator && c.state == CommentState::Hidden);
        let mine = viewer.is_some() && viewer == c.author_id;
        ordered.push(CommentView {
            id: c.id,
            author: author.clone(),
            author_id: c.author_id,
            on_behalf: on_behalf.clone(),
            stance: c.stance.code(),
            state: c.state,
            body_html: if shown {
                c.body_html.clone()
            } else {
                String::new()
            },
            hidden_reason: c.hidden_reason.clone(),
            level: std::cmp::min(c.depth, MAX_DEPTH),
            edited: c.edited_at.is_some(),
            when: c.created_at,
            replying_to: c
                .parent_id
                .and_then(|p| at.get(&p))
                .map(|&p| rows[p].1.clone()),
            editable: mine
                && c.state == CommentState::Published
                && now - c.created_at < COMMENT_EDIT_WINDOW,
            mine,
        });
        if let Some(children) = replies.get(&Some(c.id)) {
            stack.extend(children.iter().rev());
        }
    }
    ordered
}

/// A comment's proposal, and how many top-level comments come before its top-level
/// ancestor (found by walking up its parents).
const PLACE: &str = "WITH RECURSIVE ancestry(id, parent_id) AS (
    SELECT id, parent_id FROM comment WHERE id = $1
    UNION ALL
    SELECT comment.id, comment.parent_id FROM comment JOIN ancestry ON comment.id = ancestry.parent_id
)
SELECT root.proposal_id AS proposal_id,
    (SELECT COUNT(*) FROM comment earlier
     WHERE earlier.proposal_id = root.proposal_id AND earlier.parent_id IS NULL
       AND (earlier.created_at < root.created_at
            OR (earlier.created_at = root.created_at AND earlier.id < root.id))) AS earlier
FROM ancestry JOIN comment root ON root.id = ancestry.id
WHERE ancestry.parent_id IS NULL";

#[derive(FromQueryResult)]
struct PlaceRow {
    proposal_id: i64,
    earlier: i64,
}

/// Where a comment is shown: its proposal and the page of the thread that holds it.
pub async fn place(
    db: &impl ConnectionTrait,
    comment_id: i64,
) -> Result<Option<(i64, u64)>, DbErr> {
    let found = PlaceRow::find_by_statement(statement(db, PLACE, vec![comment_id.into()]))
        .one(db)
        .await?;
    Ok(found.map(|row| (row.proposal_id, row.earlier.unsigned_abs() / PER_PAGE + 1)))
}

/// The address of a comment in its place, or a 404 for an unknown one.
pub async fn address(db: &impl ConnectionTrait, comment_id: i64) -> AppResult<String> {
    let (proposal_id, page) = place(db, comment_id).await?.ok_or(AppError::NotFound)?;
    Ok(link(proposal_id, page, comment_id))
}

/// `GET /comments/{id}`: the comment in its place on its proposal's page, for whoever may
/// see that proposal (a 404 for anyone else).
pub async fn show(
    State(state): State<AppState>,
    context: RequestContext,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (proposal_id, page) = place(&state.db, id).await?.ok_or(AppError::NotFound)?;
    proposal_access::load(&state.db, proposal_id, context.user.as_ref()).await?;
    Ok(see_other(&link(proposal_id, page, id)))
}

//! Writing comments: a new comment (or reply) is counted on its proposal and told to those
//! it concerns, in the caller's transaction.

use chrono::{DateTime, Utc};
use entity::{CommentState, Stance, comment, consultation, proposal};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    sea_query::{Expr, ExprTrait},
};

use crate::{
    consultations::audience::place,
    markdown,
    notifications::{self, Concern, Event, Notice, events::CommentPosted},
    proposals::audience,
};

/// A comment about to be posted.
pub struct NewComment<'a> {
    pub proposal: &'a proposal::Model,
    pub consultation: &'a consultation::Model,
    /// The round open when it is posted.
    pub round_id: Option<i64>,
    /// The comment it answers, for a reply.
    pub parent: Option<&'a comment::Model>,
    pub author_id: i64,
    pub body: String,
    pub stance: Stance,
    /// The organisation it is signed for: one the author is an active member of, checked
    /// in the same transaction.
    pub on_behalf_of: Option<i64>,
}

/// Posts the comment. The proposal's signers and followers hear of it; the author of the
/// comment replied to hears of "a reply to your comment".
pub async fn post(
    db: &impl ConnectionTrait,
    new: NewComment<'_>,
    now: DateTime<Utc>,
) -> Result<comment::Model, DbErr> {
    let proposal_id = new.proposal.id;
    let (body, body_html) = markdown::stored(new.body).await;
    let created = comment::ActiveModel {
        proposal_id: Set(proposal_id),
        parent_id: Set(new.parent.map(|p| p.id)),
        author_id: Set(Some(new.author_id)),
        body,
        body_html,
        stance: Set(new.stance),
        state: Set(CommentState::Published),
        hidden_reason: Set(None),
        depth: Set(new.parent.map_or(0, |p| p.depth + 1)),
        flags_count: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        edited_at: Set(None),
        on_behalf_of: Set(new.on_behalf_of),
        ..Default::default()
    }
    .insert(db)
    .await?;
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::CommentsCount,
            Expr::col(proposal::Column::CommentsCount).add(1),
        )
        .filter(proposal::Column::Id.eq(proposal_id))
        .exec(db)
        .await?;
    let posted = CommentPosted {
        proposal_id,
        comment_id: created.id,
        parent_id: new.parent.map(|p| p.id),
    };
    let event = match new.parent {
        Some(_) => Event::ReplyToMyComment(posted),
        None => Event::CommentOnMyProposal(posted),
    };
    // The comment's own address, which finds the page of the thread that holds it.
    let link = format!("/comments/{}", created.id);
    let mut notice = Notice::new(
        event,
        place(db, new.consultation).await?,
        new.proposal.title.clone(),
        link,
    )
    .by(Some(new.author_id))
    .in_round(new.round_id);
    notice.tell(new.parent.and_then(|p| p.author_id), Concern::RepliedTo);
    audience::tell_signers_and_followers(db, &mut notice, proposal_id).await?;
    notifications::raise(db, notice, now).await?;
    Ok(created)
}

//! `GET /account/data` explains the file; `POST /account/data` gives it: everything Tavolo
//! holds about the logged-in person, as one JSON document.
//!
//! The file is streamed a page of rows at a time (`PAGE` rows per query, keyset by id), so
//! a person with thousands of contributions costs a few hundred rows of memory, never the
//! whole file.

use super::rows::{PAGE, page, with_title};
use askama::Template;
use axum::{
    body::{Body, Bytes},
    extract::State,
    http::header,
    response::{IntoResponse, Response},
};
use entity::{
    Code, audit_log, coauthor_invitation, comment, commitment, commitment_update,
    consultation_role, flag, follow, invitation, meeting, meeting_registration, notification,
    organisation, organisation_member, outbox, proposal, proposal_author, proposal_follow, round,
    two_factor, user, vote,
};
use futures::{StreamExt, stream};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
    QueryTrait, Select,
    sea_query::{Expr, ExprTrait},
};
use serde_json::{Value, json};

use crate::web::{AppError, AppResult, AppState, CurrentUser, Page, PageCtx};

#[derive(Template)]
#[template(path = "rights/data.html")]
pub struct DataPage {
    ctx: PageCtx,
}

pub async fn show(_user: CurrentUser, ctx: PageCtx) -> Page<DataPage> {
    Page::ok(DataPage { ctx })
}

/// The parts of the file after `account`, in order.
const SECTIONS: [&str; 18] = [
    "proposals",
    "coauthorships",
    "comments",
    "votes",
    "consultation_follows",
    "proposal_follows",
    "notifications",
    "flags",
    "consultation_roles",
    "invitations",
    "coauthor_invitations",
    "meeting_registrations",
    "commitment_updates",
    "survey_responses",
    "survey_answers",
    "organisation_memberships",
    "emails",
    "audit_entries",
];

pub async fn download(State(state): State<AppState>, user: CurrentUser) -> AppResult<Response> {
    let account = user::Entity::find_by_id(user.id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = state.now();
    let two_factor = two_factor::Entity::find_by_id(account.id)
        .one(&state.db)
        .await?;
    let head = format!(
        "{{\"format\":\"tavolo-personal-data/1\",\"generated_at\":{},\"account\":{}",
        json!(now),
        account_json(&account, two_factor.as_ref())
    );
    let reader = Reader {
        db: state.db.clone(),
        user_id: account.id,
        email: account.email.clone(),
        section: 0,
        after: 0,
        rows_in_section: 0,
    };
    let body = stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(head)) }).chain(
        stream::unfold(reader, |mut reader| async move {
            match reader.next_chunk().await {
                Ok(Some(chunk)) => Some((Ok(Bytes::from(chunk)), reader)),
                Ok(None) => None,
                Err(error) => {
                    tracing::error!(user_id = reader.user_id, "data download failed: {error}");
                    Some((Err(std::io::Error::other(error)), reader.finished()))
                }
            }
        }),
    );
    let filename = format!("tavolo-data-{}-{}.json", account.id, now.format("%Y%m%d"));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        Body::from_stream(body.boxed()),
    )
        .into_response())
}

/// The account row as the person should see it: everything but the password hash (and of
/// two-factor login, whether and since when it is on, never its secret).
fn account_json(account: &user::Model, two_factor: Option<&two_factor::Model>) -> Value {
    json!({
        "id": account.id,
        "email": account.email,
        "display_name": account.display_name,
        "organisation": account.organisation,
        "stakeholder_group": account.stakeholder_group.code(),
        "role": account.role.code(),
        "locale": account.locale,
        "created_at": account.created_at,
        "updated_at": account.updated_at,
        "email_verified_at": account.email_verified_at,
        "notification_preferences": {
            "own_contributions": account.email_own,
            "everything_else": account.email_others,
        },
        "consents": [
            { "what": "privacy_notice", "accepted_at": account.privacy_accepted_at },
        ],
        "two_factor_enabled_at": two_factor.and_then(|t| t.enabled_at),
    })
}

/// Where the download has got to.
struct Reader {
    db: DatabaseConnection,
    user_id: i64,
    email: String,
    section: usize,
    /// The last id written in this section.
    after: i64,
    rows_in_section: u64,
}

impl Reader {
    /// Nothing more to write (after a failure: the file stays unfinished, so it is not
    /// mistaken for a whole one).
    fn finished(mut self) -> Self {
        self.section = SECTIONS.len() + 1;
        self
    }

    /// The next piece of the file, or None at its end.
    async fn next_chunk(&mut self) -> Result<Option<String>, DbErr> {
        let Some(name) = SECTIONS.get(self.section).copied() else {
            // Past the last section: the closing brace once, then the end.
            let closing = (self.section == SECTIONS.len()).then(|| "}\n".to_owned());
            self.section += 1;
            return Ok(closing);
        };
        let rows = self.page(name).await?;
        let mut chunk = String::new();
        if self.rows_in_section == 0 {
            chunk.push_str(&format!(",{}:[", json!(name)));
        }
        for row in &rows {
            if self.rows_in_section > 0 {
                chunk.push(',');
            }
            chunk.push_str(&row.to_string());
            self.rows_in_section += 1;
            if let Some(id) = row.get("id").and_then(Value::as_i64) {
                self.after = id;
            }
        }
        if (rows.len() as u64) < PAGE {
            chunk.push(']');
            self.section += 1;
            self.after = 0;
            self.rows_in_section = 0;
        }
        Ok(Some(chunk))
    }

    async fn page(&self, name: &str) -> Result<Vec<Value>, DbErr> {
        let (id, email, after) = (self.user_id, self.email.clone(), self.after);
        let db = &self.db;
        match name {
            "proposals" => {
                let select = proposal::Entity::find().filter(
                    Condition::any()
                        .add(proposal::Column::AuthorId.eq(id))
                        .add(proposal::Column::RecordedBy.eq(id)),
                );
                page(db, select, proposal::Column::Id, after).await
            }
            "coauthorships" => {
                let select = with_proposal_title(
                    proposal_author::Entity::find().filter(proposal_author::Column::UserId.eq(id)),
                    (proposal_author::Entity, proposal_author::Column::ProposalId),
                );
                page(db, select, proposal_author::Column::Id, after).await
            }
            "comments" => {
                let select = with_proposal_title(
                    comment::Entity::find().filter(comment::Column::AuthorId.eq(id)),
                    (comment::Entity, comment::Column::ProposalId),
                );
                page(db, select, comment::Column::Id, after).await
            }
            "votes" => {
                let mut select = with_proposal_title(
                    vote::Entity::find().filter(vote::Column::UserId.eq(id)),
                    (vote::Entity, vote::Column::ProposalId),
                )
                .column_as(
                    Expr::col((round::Entity, round::Column::Title)),
                    "round_title",
                )
                .column_as(
                    Expr::col((round::Entity, round::Column::State)),
                    "round_state",
                );
                QueryTrait::query(&mut select).left_join(
                    round::Entity,
                    Expr::col((round::Entity, round::Column::Id))
                        .equals((vote::Entity, vote::Column::RoundId)),
                );
                page(db, select, vote::Column::Id, after).await
            }
            "consultation_follows" => {
                let select = follow::Entity::find().filter(follow::Column::UserId.eq(id));
                page(db, select, follow::Column::Id, after).await
            }
            "proposal_follows" => {
                let select =
                    proposal_follow::Entity::find().filter(proposal_follow::Column::UserId.eq(id));
                page(db, select, proposal_follow::Column::Id, after).await
            }
            "notifications" => {
                let select =
                    notification::Entity::find().filter(notification::Column::UserId.eq(id));
                page(db, select, notification::Column::Id, after).await
            }
            "flags" => {
                let select = flag::Entity::find().filter(flag::Column::UserId.eq(id));
                page(db, select, flag::Column::Id, after).await
            }
            "consultation_roles" => {
                let select = consultation_role::Entity::find()
                    .filter(consultation_role::Column::UserId.eq(id));
                page(db, select, consultation_role::Column::Id, after).await
            }
            "invitations" => {
                let select = invitation::Entity::find()
                    .filter(invitation::Column::Email.eq(email))
                    .select_only()
                    .columns([
                        invitation::Column::Id,
                        invitation::Column::ConsultationId,
                        invitation::Column::Email,
                        invitation::Column::Role,
                        invitation::Column::CreatedAt,
                        invitation::Column::ExpiresAt,
                        invitation::Column::AcceptedAt,
                        invitation::Column::RevokedAt,
                    ]);
                page(db, select, invitation::Column::Id, after).await
            }
            "coauthor_invitations" => {
                let select = coauthor_invitation::Entity::find()
                    .filter(coauthor_invitation::Column::Email.eq(email))
                    .select_only()
                    .columns([
                        coauthor_invitation::Column::Id,
                        coauthor_invitation::Column::ProposalId,
                        coauthor_invitation::Column::Email,
                        coauthor_invitation::Column::CreatedAt,
                        coauthor_invitation::Column::ExpiresAt,
                        coauthor_invitation::Column::AcceptedAt,
                        coauthor_invitation::Column::RevokedAt,
                    ]);
                page(db, select, coauthor_invitation::Column::Id, after).await
            }
            "meeting_registrations" => {
                let select = with_title(
                    meeting_registration::Entity::find()
                        .filter(meeting_registration::Column::UserId.eq(id)),
                    (meeting::Entity, meeting::Column::Title, "meeting_title"),
                    (
                        meeting_registration::Entity,
                        meeting_registration::Column::MeetingId,
                    ),
                )
                .column_as(
                    Expr::col((meeting::Entity, meeting::Column::StartsAt)),
                    "meeting_starts_at",
                );
                page(db, select, meeting_registration::Column::Id, after).await
            }
            "commitment_updates" => {
                let select = with_title(
                    commitment_update::Entity::find()
                        .filter(commitment_update::Column::AuthorId.eq(id)),
                    (
                        commitment::Entity,
                        commitment::Column::Title,
                        "commitment_title",
                    ),
                    (
                        commitment_update::Entity,
                        commitment_update::Column::CommitmentId,
                    ),
                );
                page(db, select, commitment_update::Column::Id, after).await
            }
            "survey_responses" | "survey_answers" => {
                super::survey_data::survey_page(db, name, id, after).await
            }
            "organisation_memberships" => {
                let select = with_title(
                    organisation_member::Entity::find()
                        .filter(organisation_member::Column::UserId.eq(id)),
                    (
                        organisation::Entity,
                        organisation::Column::Name,
                        "organisation_name",
                    ),
                    (
                        organisation_member::Entity,
                        organisation_member::Column::OrganisationId,
                    ),
                );
                page(db, select, organisation_member::Column::Id, after).await
            }
            "emails" => {
                let select = outbox::Entity::find()
                    .filter(outbox::Column::Recipient.eq(email))
                    .select_only()
                    .columns([
                        outbox::Column::Id,
                        outbox::Column::Recipient,
                        outbox::Column::Locale,
                        outbox::Column::Template,
                        outbox::Column::Payload,
                        outbox::Column::Status,
                        outbox::Column::CreatedAt,
                        outbox::Column::SentAt,
                    ]);
                page(db, select, outbox::Column::Id, after).await
            }
            "audit_entries" => {
                let select = audit_log::Entity::find().filter(
                    Condition::any().add(audit_log::Column::ActorId.eq(id)).add(
                        Condition::all()
                            .add(audit_log::Column::ObjectType.eq("user"))
                            .add(audit_log::Column::ObjectId.eq(id)),
                    ),
                );
                page(db, select, audit_log::Column::Id, after).await
            }
            _ => Ok(Vec::new()),
        }
    }
}

/// Adds the title of the proposal that `proposal_id` names, as `proposal_title`.
fn with_proposal_title<E: EntityTrait>(
    select: Select<E>,
    proposal_id: (E, E::Column),
) -> Select<E> {
    let mut select = select.column_as(
        Expr::col((proposal::Entity, proposal::Column::Title)),
        "proposal_title",
    );
    QueryTrait::query(&mut select).left_join(
        proposal::Entity,
        Expr::col((proposal::Entity, proposal::Column::Id)).equals(proposal_id),
    );
    select
}

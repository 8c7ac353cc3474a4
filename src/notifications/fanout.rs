//! From an event to the people it concerns: an in-app notification each, and an email at once,
//! in the daily digest, or not at all, as each person chose. Runs inside the transaction that
//! records the event, so notifications exist exactly when the change does.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{
    ConsultationRoleKind, comment, consultation, consultation_role, event, follow, notification,
    proposal, proposal_author, proposal_follow, user,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, Set};
use serde_json::Value;

use super::{Email, enqueue, unsubscribe};
use crate::policy::{self, Person, Standing};

/// Which of a person's two email settings applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Concern {
    /// The author of the comment a reply answers: "a reply to your comment" (`email_own`).
    RepliedTo,
    /// About their own contributions or their role: `email_own` (immediate by default).
    Own,
    /// About what they follow: `email_others` (daily digest by default).
    Followed,
}

/// How often someone wants email of one concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Immediate,
    Daily,
    Off,
}

impl Frequency {
    pub const CODES: [&'static str; 3] = ["immediate", "daily", "off"];

    pub fn parse(code: &str) -> Option<Self> {
        Some(match code {
            "immediate" => Self::Immediate,
            "daily" => Self::Daily,
            "off" => Self::Off,
            _ => return None,
        })
    }
}

/// Kinds whose email already went out as an account email (an invitation): in-app only.
const IN_APP_ONLY: [&str; 3] = ["coauthor_invited", "member_invited", "facilitator_invited"];

fn id_in(payload: &Value, key: &str) -> Option<i64> {
    payload.get(key).and_then(Value::as_i64)
}

async fn role_holders(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    role: ConsultationRoleKind,
) -> Result<Vec<i64>, DbErr> {
    consultation_role::Entity::find()
        .select_only()
        .column(consultation_role::Column::UserId)
        .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
        .filter(consultation_role::Column::Role.eq(role))
        .into_tuple()
        .all(db)
        .await
}

async fn consultation_followers(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<i64>, DbErr> {
    let mut people: Vec<i64> = follow::Entity::find()
        .select_only()
        .column(follow::Column::UserId)
        .filter(follow::Column::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(db)
        .await?;
    // Members of an invite-only consultation hear of it as followers do.
    people.extend(role_holders(db, consultation_id, ConsultationRoleKind::Member).await?);
    Ok(people)
}

async fn signers(db: &impl ConnectionTrait, proposal_id: i64) -> Result<Vec<i64>, DbErr> {
    proposal_author::Entity::find()
        .select_only()
        .column(proposal_author::Column::UserId)
        .filter(proposal_author::Column::ProposalId.eq(proposal_id))
        .into_tuple()
        .all(db)
        .await
}

async fn proposal_followers(
    db: &impl ConnectionTrait,
    proposal_id: i64,
) -> Result<Vec<i64>, DbErr> {
    proposal_follow::Entity::find()
        .select_only()
        .column(proposal_follow::Column::UserId)
        .filter(proposal_follow::Column::ProposalId.eq(proposal_id))
        .into_tuple()
        .all(db)
        .await
}

/// Who hears of `event`, and why. Where someone is concerned twice, the closer concern wins.
async fn recipients(
    db: &impl ConnectionTrait,
    event: &event::Model,
    payload: &Value,
) -> Result<BTreeMap<i64, Concern>, DbErr> {
    let mut found: Vec<(i64, Concern)> = Vec::new();
    let consultation = event.consultation_id;
    let proposal = id_in(payload, "proposal_id");
    let mut add = |people: Vec<i64>, concern: Concern| {
        found.extend(people.into_iter().map(|p| (p, concern)));
    };
    match event.kind.as_str() {
        "round_opened" | "round_closed" => {
            if let Some(c) = consultation {
                add(consultation_followers(db, c).await?, Concern::Followed);
            }
        }
        "round_closing_soon" => {
            let people = payload
                .get("recipients")
                .and_then(Value::as_array)
                .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
                .unwrap_or_default();
            add(people, Concern::Own);
        }
        "proposal_published" => {
            if let Some(c) = consultation {
                add(consultation_followers(db, c).await?, Concern::Followed);
                // Facilitators: a new proposal waits for an answer.
                add(
                    role_holders(db, c, ConsultationRoleKind::Facilitator).await?,
                    Concern::Followed,
                );
            }
        }
        "proposal_answered" | "comment_on_my_proposal" => {
            if let Some(p) = proposal {
                add(signers(db, p).await?, Concern::Own);
                add(proposal_followers(db, p).await?, Concern::Followed);
            }
        }
        "reply_to_my_comment" => {
            if let Some(parent) = id_in(payload, "parent_id") {
                let author = comment::Entity::find_by_id(parent)
                    .one(db)
                    .await?
                    .and_then(|c| c.author_id);
                add(author.into_iter().collect(), Concern::RepliedTo);
            }
            if let Some(p) = proposal {
                add(signers(db, p).await?, Concern::Own);
                add(proposal_followers(db, p).await?, Concern::Followed);
            }
        }
        "proposal_merged" => {
            let authors = payload
                .get("authors")
                .and_then(Value::as_array)
                .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
                .unwrap_or_default();
            add(authors, Concern::Own);
            if let Some(p) = proposal {
                add(proposal_followers(db, p).await?, Concern::Followed);
            }
        }
        "content_flagged" => {
            if let Some(c) = consultation {
                add(
                    role_holders(db, c, ConsultationRoleKind::Facilitator).await?,
                    Concern::Own,
                );
            }
        }
        "content_hidden" => {
            add(
                id_in(payload, "author_id").into_iter().collect(),
                Concern::Own,
            );
        }
        "coauthor_invited" => {
            add(
                id_in(payload, "user_id").into_iter().collect(),
                Concern::Own,
            );
        }
        "member_invited" | "facilitator_invited" => {
            if let Some(email) = payload.get("email").and_then(Value::as_str) {
                let invited: Vec<i64> = user::Entity::find()
                    .select_only()
                    .column(user::Column::Id)
                    .filter(user::Column::Email.eq(email.to_lowercase()))
                    .into_tuple()
                    .all(db)
                    .await?;
                add(invited, Concern::Own);
            }
        }
        _ => {}
    }
    let mut by_person: BTreeMap<i64, Concern> = BTreeMap::new();
    for (person, concern) in found {
        by_person
            .entry(person)
            .and_modify(|c| *c = std::cmp::min(*c, concern))
            .or_insert(concern);
    }
    // Nobody is told of their own action.
    if let Some(actor) = event.actor_id {
        by_person.remove(&actor);
    }
    Ok(by_person)
}

/// What a notification shows: the object's title and where it leads.
async fn subject_of(
    db: &impl ConnectionTrait,
    event: &event::Model,
    payload: &Value,
    slug: &str,
) -> Result<(String, String), DbErr> {
    if let Some(p) = id_in(payload, "proposal_id") {
        let title = proposal::Entity::find_by_id(p)
            .one(db)
            .await?
            .map(|p| p.title)
            .unwrap_or_default();
        let link = match (event.kind.as_str(), id_in(payload, "comment_id")) {
            ("comment_on_my_proposal" | "reply_to_my_comment", Some(c)) => {
                format!("/proposals/{p}#comment-{c}")
            }
            _ => format!("/proposals/{p}"),
        };
        return Ok((title, link));
    }
    let title = payload
        .get("round_title")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let link = match event.kind.as_str() {
        "round_closing_soon" => format!("/consultations/{slug}/proposals"),
        "content_flagged" => format!("/manage/consultations/{slug}#moderation"),
        _ => format!("/consultations/{slug}"),
    };
    Ok((title, link))
}

/// Makes the notifications and emails of one event.
pub async fn fan_out(
    db: &impl ConnectionTrait,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let payload: Value = serde_json::from_str(&event.payload).unwrap_or(Value::Null);
    let people = recipients(db, event, &payload).await?;
    if people.is_empty() {
        return Ok(0);
    }
    // A reply is "a reply to your comment" only for the comment's author; for the proposal's
    // authors and followers it is a new comment.
    let kind_for = |concern: Concern| -> String {
        if event.kind == "reply_to_my_comment" && concern != Concern::RepliedTo {
            "comment_on_my_proposal".to_owned()
        } else {
            event.kind.clone()
        }
    };
    let consultation = match event.consultation_id {
        Some(id) => consultation::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let mut accounts = user::Entity::find()
        .filter(user::Column::Id.is_in(people.keys().copied()))
        .all(db)
        .await?;
    // Only people who may see the consultation now: a follow outlives a membership, and a
    // consultation can go back to draft.
    if let Some(consultation) = &consultation {
        let roles: BTreeMap<i64, ConsultationRoleKind> = consultation_role::Entity::find()
            .filter(consultation_role::Column::ConsultationId.eq(consultation.id))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.user_id, r.role))
            .collect();
        accounts.retain(|account| {
            let standing = Standing {
                user: Some(Person::from(account)),
                role: roles.get(&account.id).copied(),
            };
            policy::can_see(&standing, consultation)
        });
    }
    let (consultation_title, slug) = consultation.map(|c| (c.title, c.slug)).unwrap_or_default();
    let (object_title, link) = subject_of(db, event, &payload, &slug).await?;
    let in_app_only = IN_APP_ONLY.contains(&event.kind.as_str());
    let mut rows = Vec::with_capacity(accounts.len());
    let mut key = None;
    for account in &accounts {
        let concern = people[&account.id];
        let setting = match concern {
            Concern::RepliedTo | Concern::Own => &account.email_own,
            Concern::Followed => &account.email_others,
        };
        let frequency = if in_app_only || account.email_verified_at.is_none() {
            Frequency::Off
        } else {
            Frequency::parse(setting).unwrap_or(Frequency::Daily)
        };
        let kind = kind_for(concern);
        rows.push(notification::ActiveModel {
            user_id: Set(account.id),
            event_id: Set(event.id),
            kind: Set(kind.clone()),
            consultation_id: Set(event.consultation_id),
            consultation_title: Set(consultation_title.chars().take(200).collect()),
            object_title: Set(object_title.chars().take(200).collect()),
            link: Set(link.clone()),
            email_state: Set(match frequency {
                Frequency::Immediate => "queued",
                Frequency::Daily => "digest",
                Frequency::Off => "none",
            }
            .to_owned()),
            created_at: Set(now),
            read_at: Set(None),
            ..Default::default()
        });
        if frequency == Frequency::Immediate {
            let key = match &key {
                Some(key) => key,
                None => key.insert(crate::db::signing_key(db).await?),
            };
            let email = Email::Notification {
                kind,
                consultation: consultation_title.clone(),
                title: object_title.clone(),
                path: link.clone(),
                unsubscribe: unsubscribe::path(key, account.id),
            };
            enqueue(
                db,
                &account.email,
                &account.locale,
                &email,
                &format!("event:{}:{}", event.id, account.id),
                now,
            )
            .await?;
        }
    }
    if !rows.is_empty() {
        notification::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    Ok(accounts.len())
}

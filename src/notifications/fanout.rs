//! From a raised event to the people it concerns: the event is recorded, then each person who
//! may still see it gets an in-app notification, and an email at once, in the daily digest,
//! or not at all, as they chose. Runs inside the transaction of the change that caused it, so
//! notifications exist exactly when the change does.

use chrono::{DateTime, Utc};
use entity::{ConsultationRoleKind, event, notification, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::{
    emails::Email,
    events::{Event, Kind},
    notice::{Concern, Notice},
    outbox::enqueue,
    unsubscribe,
};
use crate::policy::{self, Person, Standing};

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

/// Records the event of `notice` and, in the same transaction, the notifications and emails
/// it makes.
pub async fn raise(
    db: &impl ConnectionTrait,
    notice: Notice,
    now: DateTime<Utc>,
) -> Result<event::Model, DbErr> {
    let (kind, payload) = notice.event.to_stored();
    let recorded = event::ActiveModel {
        kind: Set(kind.to_owned()),
        consultation_id: Set(Some(notice.place.consultation.id)),
        round_id: Set(notice.round_id),
        actor_id: Set(notice.actor_id),
        payload: Set(payload),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    fan_out(db, &recorded, &notice, now).await?;
    Ok(recorded)
}

/// What the notification of `event` is called for someone concerned as `concern`: a reply is
/// "a reply to your comment" only for the comment's author; for the proposal's authors and
/// followers it is a new comment.
fn kind_for(event: &Event, concern: Concern) -> Kind {
    match event {
        Event::ReplyToMyComment(_) if concern != Concern::RepliedTo => Kind::CommentOnMyProposal,
        _ => event.kind(),
    }
}

/// Where a recipient stands toward the consultation, for the visibility rule.
fn standing(account: &user::Model, role: Option<ConsultationRoleKind>) -> Standing {
    Standing {
        user: Some(Person::from(account)),
        role,
    }
}

/// Makes the notifications and emails of one recorded event.
async fn fan_out(
    db: &impl ConnectionTrait,
    event: &event::Model,
    notice: &Notice,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let people = notice.audience();
    if people.is_empty() {
        return Ok(());
    }
    let consultation = &notice.place.consultation;
    let mut accounts = user::Entity::find()
        .filter(user::Column::Id.is_in(people.keys().copied()))
        .all(db)
        .await?;
    // Only people who may see the consultation now: a follow outlives a membership, and a
    // consultation can go back to draft.
    accounts.retain(|account| {
        let role = notice.place.roles.get(&account.id).copied();
        policy::can_see(&standing(account, role), consultation)
    });
    let consultation_title = &consultation.title;
    let object_title = &notice.title;
    let link = &notice.link;
    let in_app_only = notice.event.in_app_only();
    let details: Vec<String> = match &notice.event {
        Event::MeetingChanged { changes, .. } => changes
            .iter()
            .map(|change| change.message_id().to_owned())
            .collect(),
        Event::ProcedureNews(news) => vec![news.step.message_id().to_owned()],
        _ => Vec::new(),
    };
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
        let kind = kind_for(&notice.event, concern);
        rows.push(notification::ActiveModel {
            user_id: Set(account.id),
            event_id: Set(event.id),
            kind: Set(kind.code().to_owned()),
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
                details: details.clone(),
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
    Ok(())
}

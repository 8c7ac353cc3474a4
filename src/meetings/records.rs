//! What happened at a meeting, as stored: who came (registered people checked in, walk-ins
//! counted by stakeholder group) and the minutes. Every writer runs in the caller's write
//! transaction after [`super::store::lock`] took the meeting, so two facilitators saving at
//! once save one after the other, the second record replacing the first.

use chrono::{DateTime, Utc};
use entity::{Code, StakeholderGroup, meeting, meeting_registration, meeting_walk_in, user};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, JoinType, QueryFilter, QuerySelect,
    RelationTrait, Set, sea_query::Expr,
};
use serde_json::json;

use crate::{
    audit::{self, Entry},
    markdown,
};

/// The groups in the order pages list them.
pub const GROUPS: [StakeholderGroup; 4] = [
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Institution,
    StakeholderGroup::ThirdSector,
    StakeholderGroup::Other,
];

/// One group's part of the attendance.
pub struct GroupAttendance {
    pub group: &'static str,
    /// Registered (or waiting) people checked in.
    pub registered: i64,
    pub walk_ins: i64,
}

impl GroupAttendance {
    pub fn total(&self) -> i64 {
        self.registered + self.walk_ins
    }
}

/// Who came, by group, without names.
pub struct Attendance {
    pub groups: Vec<GroupAttendance>,
}

impl Attendance {
    pub fn registered(&self) -> i64 {
        self.groups.iter().map(|g| g.registered).sum()
    }

    pub fn walk_ins(&self) -> i64 {
        self.groups.iter().map(|g| g.walk_ins).sum()
    }

    pub fn total(&self) -> i64 {
        self.registered() + self.walk_ins()
    }
}

/// The meeting's walk-ins per group, in [`GROUPS`] order (0 where none were counted).
pub async fn walk_ins(db: &impl ConnectionTrait, meeting_id: i64) -> Result<[i64; 4], DbErr> {
    let rows = meeting_walk_in::Entity::find()
        .filter(meeting_walk_in::Column::MeetingId.eq(meeting_id))
        .all(db)
        .await?;
    Ok(GROUPS.map(|group| {
        rows.iter()
            .filter(|r| r.stakeholder_group == group)
            .map(|r| i64::from(r.people))
            .sum()
    }))
}

/// Who came to the meeting, by stakeholder group (the registered by their account's group).
pub async fn attendance(db: &impl ConnectionTrait, meeting_id: i64) -> Result<Attendance, DbErr> {
    let came: Vec<(StakeholderGroup, i64)> = meeting_registration::Entity::find()
        .select_only()
        .column(user::Column::StakeholderGroup)
        .column_as(meeting_registration::Column::Id.count(), "came")
        .join(
            JoinType::InnerJoin,
            meeting_registration::Relation::User.def(),
        )
        .filter(meeting_registration::Column::MeetingId.eq(meeting_id))
        .filter(meeting_registration::Column::Attended.eq(true))
        .group_by(user::Column::StakeholderGroup)
        .into_tuple()
        .all(db)
        .await?;
    let walk_ins = walk_ins(db, meeting_id).await?;
    let groups = GROUPS
        .iter()
        .zip(walk_ins)
        .map(|(group, walk_ins)| GroupAttendance {
            group: group.code(),
            registered: came
                .iter()
                .filter(|(g, _)| g == group)
                .map(|(_, n)| *n)
                .sum(),
            walk_ins,
        })
        .collect();
    Ok(Attendance { groups })
}

fn entry<'a>(actor_id: i64, action: &'a str, meeting: &meeting::Model) -> Entry<'a> {
    let details = json!({ "title": meeting.title });
    super::store::audit_entry(actor_id, action, meeting, details)
}

/// Replaces the meeting's attendance: exactly the registrations `attended` (ids of this
/// meeting's; others are ignored) are checked in, and the walk-ins per group (in [`GROUPS`]
/// order) are these. Audited with the counts only.
pub async fn save_attendance(
    db: &impl ConnectionTrait,
    meeting: &meeting::Model,
    attended: &[i64],
    walk_ins: [i32; 4],
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    meeting_registration::Entity::update_many()
        .col_expr(meeting_registration::Column::Attended, Expr::value(false))
        .filter(meeting_registration::Column::MeetingId.eq(meeting.id))
        .exec(db)
        .await?;
    let mut checked_in = 0;
    // In slices, so that a long list stays within every database's parameter limit.
    for ids in attended.chunks(500) {
        checked_in += meeting_registration::Entity::update_many()
            .col_expr(meeting_registration::Column::Attended, Expr::value(true))
            .filter(meeting_registration::Column::MeetingId.eq(meeting.id))
            .filter(meeting_registration::Column::Id.is_in(ids.iter().copied()))
            .exec(db)
            .await?
            .rows_affected;
    }
    meeting_walk_in::Entity::delete_many()
        .filter(meeting_walk_in::Column::MeetingId.eq(meeting.id))
        .exec(db)
        .await?;
    let rows: Vec<meeting_walk_in::ActiveModel> = GROUPS
        .iter()
        .zip(walk_ins)
        .filter(|(_, people)| *people > 0)
        .map(|(group, people)| meeting_walk_in::ActiveModel {
            meeting_id: Set(meeting.id),
            stakeholder_group: Set(*group),
            people: Set(people),
            ..Default::default()
        })
        .collect();
    if !rows.is_empty() {
        meeting_walk_in::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    meeting::Entity::update_many()
        .col_expr(meeting::Column::AttendanceRecordedAt, Expr::value(now))
        .filter(meeting::Column::Id.eq(meeting.id))
        .exec(db)
        .await?;
    let by_group: serde_json::Map<String, serde_json::Value> = GROUPS
        .iter()
        .zip(walk_ins)
        .map(|(group, people)| (group.code().to_owned(), json!(people)))
        .collect();
    let walked_in: i64 = walk_ins.iter().map(|n| i64::from(*n)).sum();
    let mut audit_entry = entry(actor_id, "meeting.attendance_recorded", meeting);
    audit_entry.details = json!({
        "registered_attended": checked_in,
        "walk_ins": by_group,
        "total": u64::try_from(walked_in).unwrap_or(0) + checked_in,
    });
    audit::record(db, audit_entry, now).await
}

/// What saving the minutes did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesSaved {
    Draft,
    Published,
    /// Published minutes were changed.
    Edited,
}

/// Saves the minutes. A draft becomes public when `publish`; published minutes stay
/// public and each change to them is audited.
pub async fn save_minutes(
    db: &impl ConnectionTrait,
    meeting: &meeting::Model,
    text: String,
    publish: bool,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<MinutesSaved, DbErr> {
    let (minutes, minutes_html) = markdown::stored(text).await;
    let saved = match (meeting.minutes_published_at, publish) {
        (Some(_), _) => MinutesSaved::Edited,
        (None, true) => MinutesSaved::Published,
        (None, false) => MinutesSaved::Draft,
    };
    let published_at = match saved {
        MinutesSaved::Draft => None,
        MinutesSaved::Published => Some(now),
        MinutesSaved::Edited => meeting.minutes_published_at,
    };
    meeting::Entity::update(meeting::ActiveModel {
        id: Set(meeting.id),
        minutes,
        minutes_html,
        minutes_published_at: Set(published_at),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    let action = match saved {
        MinutesSaved::Draft => return Ok(saved),
        MinutesSaved::Published => "meeting.minutes_published",
        MinutesSaved::Edited => "meeting.minutes_edited",
    };
    audit::record(db, entry(actor_id, action, meeting), now).await?;
    Ok(saved)
}

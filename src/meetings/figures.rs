//! What a meeting's public record counts, for many meetings at once (exports and the API
//! read them a batch at a time): places taken and waited for, who came by stakeholder group
//! (registered people checked in plus walk-ins), and the proposals recorded there. Never who
//! registered, nor what they need.

use std::collections::HashMap;

use entity::{
    RegistrationStatus, StakeholderGroup, meeting, meeting_proposal, meeting_registration,
    meeting_walk_in, user,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait, sea_query::Expr,
};

use crate::results::compute::GROUPS;

/// The counts of one meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingFigures {
    pub registered: i64,
    pub waiting: i64,
    /// People who came, per group in `GROUPS` order: registered people checked in plus
    /// walk-ins. None until attendance is recorded.
    pub attended: Option<[i64; 4]>,
    /// The proposals recorded at the meeting, in id order.
    pub proposal_ids: Vec<i64>,
}

impl MeetingFigures {
    /// Everyone who came, None until attendance is recorded.
    pub fn attended_total(&self) -> Option<i64> {
        self.attended.map(|groups| groups.iter().sum())
    }
}

fn group_index(group: StakeholderGroup) -> usize {
    GROUPS.iter().position(|g| *g == group).unwrap_or(3)
}

const COUNT: &str = "CAST(COUNT(*) AS BIGINT)";

/// The figures of `meetings`, by meeting id.
pub async fn of_meetings(
    db: &impl ConnectionTrait,
    meetings: &[meeting::Model],
) -> Result<HashMap<i64, MeetingFigures>, DbErr> {
    let ids: Vec<i64> = meetings.iter().map(|m| m.id).collect();
    let mut figures: HashMap<i64, MeetingFigures> = meetings
        .iter()
        .map(|m| {
            let attended = m.attendance_recorded_at.map(|_| [0; 4]);
            (
                m.id,
                MeetingFigures {
                    attended,
                    ..MeetingFigures::default()
                },
            )
        })
        .collect();
    if ids.is_empty() {
        return Ok(figures);
    }
    count_places(db, &ids, &mut figures).await?;
    count_attendance(db, &ids, &mut figures).await?;
    let links = meeting_proposal::Entity::find()
        .filter(meeting_proposal::Column::MeetingId.is_in(ids))
        .order_by_asc(meeting_proposal::Column::ProposalId)
        .all(db)
        .await?;
    for link in links {
        if let Some(f) = figures.get_mut(&link.meeting_id) {
            f.proposal_ids.push(link.proposal_id);
        }
    }
    Ok(figures)
}

/// Places held and waited for.
async fn count_places(
    db: &impl ConnectionTrait,
    ids: &[i64],
    figures: &mut HashMap<i64, MeetingFigures>,
) -> Result<(), DbErr> {
    let places: Vec<(i64, RegistrationStatus, i64)> = meeting_registration::Entity::find()
        .select_only()
        .column(meeting_registration::Column::MeetingId)
        .column(meeting_registration::Column::Status)
        .column_as(Expr::cust(COUNT), "count")
        .filter(meeting_registration::Column::MeetingId.is_in(ids.iter().copied()))
        .group_by(meeting_registration::Column::MeetingId)
        .group_by(meeting_registration::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    for (id, status, count) in places {
        if let Some(f) = figures.get_mut(&id) {
            match status {
                RegistrationStatus::Registered => f.registered = count,
                RegistrationStatus::Waiting => f.waiting = count,
            }
        }
    }
    Ok(())
}

/// Who came, by group: registered people checked in, plus walk-ins. Only meetings whose
/// attendance is recorded count them.
async fn count_attendance(
    db: &impl ConnectionTrait,
    ids: &[i64],
    figures: &mut HashMap<i64, MeetingFigures>,
) -> Result<(), DbErr> {
    let group = Expr::col((user::Entity, user::Column::StakeholderGroup));
    let came: Vec<(i64, StakeholderGroup, i64)> = meeting_registration::Entity::find()
        .select_only()
        .column(meeting_registration::Column::MeetingId)
        .column_as(group.clone(), "stakeholder_group")
        .column_as(Expr::cust(COUNT), "count")
        .join(
            JoinType::InnerJoin,
            meeting_registration::Relation::User.def(),
        )
        .filter(meeting_registration::Column::MeetingId.is_in(ids.iter().copied()))
        .filter(meeting_registration::Column::Attended.eq(true))
        .group_by(meeting_registration::Column::MeetingId)
        .group_by(group)
        .into_tuple()
        .all(db)
        .await?;
    let walk_ins = meeting_walk_in::Entity::find()
        .filter(meeting_walk_in::Column::MeetingId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|w| (w.meeting_id, w.stakeholder_group, i64::from(w.people)));
    for (id, group, count) in came.into_iter().chain(walk_ins) {
        if let Some(groups) = figures.get_mut(&id).and_then(|f| f.attended.as_mut()) {
            groups[group_index(group)] += count;
        }
    }
    Ok(())
}

/// The minutes as the public may read them: only once published.
pub fn published_minutes(meeting: &meeting::Model) -> Option<&str> {
    meeting
        .minutes_published_at
        .map(|_| meeting.minutes.as_str())
}

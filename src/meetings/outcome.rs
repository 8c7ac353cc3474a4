//! What a meeting's page shows once it has started: who came by group, the minutes, and
//! the proposals and in-person tallies recorded there, only those the visitor may see.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{
    ProposalState, VoteRule, meeting, meeting_proposal, meeting_tally, offline_tally,
    offline_tally_count, proposal, round,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::records::{self, Attendance};
use crate::i18n::Locale;

/// A proposal recorded at the meeting.
pub struct LinkedProposal {
    pub id: i64,
    pub title: String,
    pub language: String,
}

/// An in-person tally counted at the meeting, its counts summed over the groups.
pub struct LinkedTally {
    pub proposal: LinkedProposal,
    pub round: String,
    pub rule: VoteRule,
    pub place: String,
    pub day: String,
    pub in_favour: i64,
    pub against: i64,
    pub abstain: i64,
}

impl LinkedTally {
    /// What the first count means under the round's rule (a Fluent key).
    pub fn in_favour_label(&self) -> &'static str {
        match self.rule {
            VoteRule::Support => "field-tally-supports",
            VoteRule::Approval => "field-tally-for",
            VoteRule::Dots => "field-tally-dots",
        }
    }

    pub fn approval(&self) -> bool {
        self.rule == VoteRule::Approval
    }
}

/// The meeting's record as its page shows it.
pub struct AfterMeeting {
    /// None until attendance is recorded.
    pub attendance: Option<Attendance>,
    /// Empty when there are no minutes the visitor may read.
    pub minutes_html: String,
    /// The minutes shown are a draft (to facilitators only).
    pub minutes_draft: bool,
    pub proposals: Vec<LinkedProposal>,
    pub tallies: Vec<LinkedTally>,
}

impl AfterMeeting {
    pub fn is_empty(&self) -> bool {
        self.attendance.is_none()
            && self.minutes_html.is_empty()
            && self.proposals.is_empty()
            && self.tallies.is_empty()
    }
}

/// The record of a meeting that has started; None before it starts (and for a cancelled one
/// with nothing recorded). `manages`: the visitor runs the consultation (drafts and hidden
/// proposals are theirs to see).
pub async fn after(
    db: &impl ConnectionTrait,
    meeting: &meeting::Model,
    manages: bool,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Option<AfterMeeting>, DbErr> {
    if meeting.starts_at > now {
        return Ok(None);
    }
    let attendance = match meeting.attendance_recorded_at {
        Some(_) => Some(records::attendance(db, meeting.id).await?),
        None => None,
    };
    let published = meeting.minutes_published_at.is_some();
    let minutes_html = if published || manages {
        meeting.minutes_html.clone()
    } else {
        String::new()
    };
    let after = AfterMeeting {
        attendance,
        minutes_draft: !published && !minutes_html.is_empty(),
        minutes_html,
        proposals: proposals(db, meeting.id, manages).await?,
        tallies: tallies(db, meeting.id, manages, locale).await?,
    };
    // A cancelled meeting has nothing to tell afterwards, unless something was recorded
    // before it was called off.
    Ok(Some(after).filter(|a| meeting.cancelled_at.is_none() || !a.is_empty()))
}

/// The proposals among `ids` the visitor may see: published or merged ones; hidden and
/// withdrawn ones too for those who run the consultation.
async fn visible(
    db: &impl ConnectionTrait,
    ids: Vec<i64>,
    manages: bool,
) -> Result<Vec<LinkedProposal>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut states = vec![ProposalState::Published, ProposalState::Merged];
    if manages {
        states.extend([ProposalState::Hidden, ProposalState::Withdrawn]);
    }
    let rows: Vec<(i64, String, String)> = proposal::Entity::find()
        .select_only()
        .columns([
            proposal::Column::Id,
            proposal::Column::Title,
            proposal::Column::Language,
        ])
        .filter(proposal::Column::Id.is_in(ids))
        .filter(proposal::Column::State.is_in(states))
        .order_by_asc(proposal::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, title, language)| LinkedProposal {
            id,
            title,
            language,
        })
        .collect())
}

async fn proposals(
    db: &impl ConnectionTrait,
    meeting_id: i64,
    manages: bool,
) -> Result<Vec<LinkedProposal>, DbErr> {
    let ids: Vec<i64> = meeting_proposal::Entity::find()
        .select_only()
        .column(meeting_proposal::Column::ProposalId)
        .filter(meeting_proposal::Column::MeetingId.eq(meeting_id))
        .into_tuple()
        .all(db)
        .await?;
    visible(db, ids, manages).await
}

async fn tallies(
    db: &impl ConnectionTrait,
    meeting_id: i64,
    manages: bool,
    locale: Locale,
) -> Result<Vec<LinkedTally>, DbErr> {
    let ids: Vec<i64> = meeting_tally::Entity::find()
        .select_only()
        .column(meeting_tally::Column::TallyId)
        .filter(meeting_tally::Column::MeetingId.eq(meeting_id))
        .into_tuple()
        .all(db)
        .await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let tallies = offline_tally::Entity::find()
        .filter(offline_tally::Column::Id.is_in(ids.clone()))
        .order_by_asc(offline_tally::Column::Id)
        .all(db)
        .await?;
    let proposal_ids = tallies.iter().map(|t| t.proposal_id).collect();
    let shown: HashMap<i64, LinkedProposal> = visible(db, proposal_ids, manages)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let rounds: HashMap<i64, round::Model> = round::Entity::find()
        .filter(round::Column::Id.is_in(tallies.iter().map(|t| t.round_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let counts = offline_tally_count::Entity::find()
        .filter(offline_tally_count::Column::TallyId.is_in(ids))
        .all(db)
        .await?;
    let mut out = Vec::new();
    for tally in tallies {
        let (Some(proposal), Some(round)) = (
            shown.get(&tally.proposal_id).map(|p| LinkedProposal {
                id: p.id,
                title: p.title.clone(),
                language: p.language.clone(),
            }),
            rounds.get(&tally.round_id),
        ) else {
            continue;
        };
        let mine = counts.iter().filter(|c| c.tally_id == tally.id);
        let sum =
            |f: fn(&offline_tally_count::Model) -> i32| mine.clone().map(|c| i64::from(f(c))).sum();
        out.push(LinkedTally {
            proposal,
            round: round.title.clone(),
            rule: round.vote_rule,
            place: tally.place,
            day: locale.date(tally.held_on),
            in_favour: sum(|c| c.in_favour),
            against: sum(|c| c.against),
            abstain: sum(|c| c.abstain),
        });
    }
    Ok(out)
}

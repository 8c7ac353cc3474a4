//! "The round closes in 24 hours": once per round, to the people taking part in the
//! consultation who may vote in it and have not voted yet.

use std::collections::BTreeSet;

use crate::{
    consultations::audience,
    db,
    notifications::{self, Concern, Event, Notice},
    timezone,
};
use chrono::{DateTime, TimeDelta, Utc};
use entity::{
    Code, RoundState, Visibility, comment, consultation, consultation_role, follow, proposal,
    proposal_author, round, user, vote,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait},
};

/// How long before a voting round closes the reminder goes out.
pub const REMIND_BEFORE: TimeDelta = TimeDelta::hours(24);

/// Sends the reminders that are due; returns for how many rounds.
pub async fn remind_closing(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let due = round::Entity::find()
        .filter(round::Column::State.eq(RoundState::Open))
        .filter(round::Column::AllowsVoting.eq(true))
        .filter(round::Column::RemindedAt.is_null())
        .filter(round::Column::ClosesAt.lte(now + REMIND_BEFORE))
        .all(db)
        .await?;
    let mut reminded = 0;
    for round in due {
        let tx = db::begin_write(db).await?;
        // Claim the round: with several instances, one of them sends.
        let claimed = round::Entity::update_many()
            .col_expr(round::Column::RemindedAt, Expr::value(Some(now)))
            .filter(round::Column::Id.eq(round.id))
            .filter(round::Column::RemindedAt.is_null())
            .exec(&tx)
            .await?
            .rows_affected;
        if claimed == 0 {
            continue;
        }
        let people = non_voters(&tx, &round).await?;
        let event = Event::RoundClosingSoon {
            round_title: round.title.clone(),
            closes_at: timezone::machine(round.closes_at),
            recipients: people.clone(),
        };
        let place = audience::place_by_id(&tx, round.consultation_id).await?;
        let link = format!("/consultations/{}/proposals", place.consultation.slug);
        let mut notice =
            Notice::new(event, place, round.title.clone(), link).in_round(Some(round.id));
        notice.tell(people, Concern::Own);
        notifications::raise(&tx, notice, now).await?;
        tx.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}

/// People involved in the consultation — following it, holding a role in it, or having
/// proposed or commented there — who may vote in `round` and have not.
async fn non_voters(db: &impl ConnectionTrait, round: &round::Model) -> Result<Vec<i64>, DbErr> {
    let Some(consultation) = consultation::Entity::find_by_id(round.consultation_id)
        .one(db)
        .await?
    else {
        return Ok(Vec::new());
    };
    let id = consultation.id;
    let holders: Vec<i64> = consultation_role::Entity::find()
        .select_only()
        .column(consultation_role::Column::UserId)
        .filter(consultation_role::Column::ConsultationId.eq(id))
        .into_tuple()
        .all(db)
        .await?;
    let mut involved: BTreeSet<i64> = holders.iter().copied().collect();
    if consultation.visibility == Visibility::Public {
        let followers: Vec<i64> = follow::Entity::find()
            .select_only()
            .column(follow::Column::UserId)
            .filter(follow::Column::ConsultationId.eq(id))
            .into_tuple()
            .all(db)
            .await?;
        involved.extend(followers);
        let proposals_here = || {
            sea_orm::sea_query::Query::select()
                .column(proposal::Column::Id)
                .from(proposal::Entity)
                .and_where(Expr::col(proposal::Column::ConsultationId).eq(id))
                .to_owned()
        };
        let signers: Vec<i64> = proposal_author::Entity::find()
            .select_only()
            .column(proposal_author::Column::UserId)
            .filter(proposal_author::Column::ProposalId.in_subquery(proposals_here()))
            .into_tuple()
            .all(db)
            .await?;
        involved.extend(signers);
        let commenters: Vec<Option<i64>> = comment::Entity::find()
            .select_only()
            .column(comment::Column::AuthorId)
            .filter(comment::Column::ProposalId.in_subquery(proposals_here()))
            .into_tuple()
            .all(db)
            .await?;
        involved.extend(commenters.into_iter().flatten());
    }
    let voted: BTreeSet<i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::UserId)
        .distinct()
        .filter(vote::Column::RoundId.eq(round.id))
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let admitted: Vec<&str> = round.groups.split(',').collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(involved.difference(&voted).copied()))
        .filter(user::Column::EmailVerifiedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter(|u| admitted.contains(&u.stakeholder_group.code()))
        .map(|u| u.id)
        .collect())
}

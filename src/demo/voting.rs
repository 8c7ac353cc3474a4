//! Demo votes: fifteen more accounts from three stakeholder groups voting under each rule —
//! dots in the demo's closed round, supports in its open round, approval in a closed
//! consultation about opening hours — and a count from an in-person session.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{
    Answer, ConsultationRoleKind, ConsultationStatus, PlatformRole, ProposalState,
    ResultsVisibility, RoundState, StakeholderGroup, VoteRule, consultation, offline_tally,
    offline_tally_count, proposal, round, user, vote,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{DemoRound, account, add_round, grant};
use crate::{
    accounts::demo::{self as demo_accounts, DemoAccount},
    consultations::{
        content::{self, Content},
        rounds,
    },
    db,
    proposals::{domain::ProposalText, store},
    voting::counts,
};

use StakeholderGroup::{Beneficiary as B, Institution as I, ThirdSector as T};

/// The voters: beneficiaries b1–b7, institutions i1–i4, social sector t1–t4. Nobody from
/// "other" votes, so that group shows "fewer than 3".
const VOTERS: [DemoAccount; 15] = [
    voter("voter-b1@demo.test", "Fatou Ndiaye", B),
    voter("voter-b2@demo.test", "Ardit Hoxha", B),
    voter("voter-b3@demo.test", "Youssef El Amrani", B),
    voter("voter-b4@demo.test", "Li Wei", B),
    voter("voter-b5@demo.test", "Oksana Kovalenko", B),
    voter("voter-b6@demo.test", "Maria Santos", B),
    voter("voter-b7@demo.test", "Rahim Uddin", B),
    voter("voter-i1@demo.test", "Giulia Bianchi", I),
    voter("voter-i2@demo.test", "Paolo Neri", I),
    voter("voter-i3@demo.test", "Sara Conti", I),
    voter("voter-i4@demo.test", "Andrea Ricci", I),
    voter("voter-t1@demo.test", "Elena Marchi", T),
    voter("voter-t2@demo.test", "Davide Greco", T),
    voter("voter-t3@demo.test", "Nadia Benali", T),
    voter("voter-t4@demo.test", "Tommaso Villa", T),
];

const fn voter(email: &'static str, name: &'static str, group: StakeholderGroup) -> DemoAccount {
    DemoAccount {
        email,
        name,
        role: PlatformRole::Participant,
        group,
        organisation: None,
    }
}

/// Dots in the closed collection round, per voter: (proposal index, dots), 5 each.
const DOTS: [&[(usize, i32)]; 15] = [
    &[(0, 3), (2, 2)],
    &[(0, 5)],
    &[(2, 4), (0, 1)],
    &[(0, 2), (2, 2), (1, 1)],
    &[(2, 5)],
    &[(0, 3), (3, 2)],
    &[(2, 3), (3, 2)],
    &[(1, 3), (3, 2)],
    &[(1, 5)],
    &[(0, 2), (1, 3)],
    &[(3, 5)],
    &[(1, 2), (0, 2), (2, 1)],
    &[(2, 3), (1, 2)],
    &[(0, 5)],
    &[(1, 4), (3, 1)],
];

/// Supports in the open round, per voter, at most 3 each. Proposal 0 is supported across
/// every group; proposal 5 by beneficiaries only.
const SUPPORTS: [&[usize]; 15] = [
    &[0, 5, 7],
    &[0, 5, 1],
    &[0, 5, 7],
    &[0, 5],
    &[0, 5],
    &[0, 2],
    &[2],
    &[0, 1, 3],
    &[0, 1],
    &[0, 1, 7],
    &[3],
    &[0, 1, 7],
    &[0, 1],
    &[0, 1, 7],
    &[0, 4],
];

pub async fn seed_voters(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    demo_accounts::create_missing(db, &VOTERS, now).await
}

async fn voters(db: &DatabaseConnection) -> anyhow::Result<Vec<user::Model>> {
    let mut found = Vec::new();
    for voter in &VOTERS {
        found.push(account(db, voter.email).await?);
    }
    Ok(found)
}

/// Stores one voter's `(proposal, value)` ballots in `round`, and counts them.
async fn put_votes(
    tx: &impl sea_orm::ConnectionTrait,
    round: &round::Model,
    voter: &user::Model,
    ballots: impl IntoIterator<Item = (i64, i32)>,
    at: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let mut counted = Vec::new();
    for (proposal_id, value) in ballots {
        vote::ActiveModel {
            round_id: Set(round.id),
            proposal_id: Set(proposal_id),
            user_id: Set(voter.id),
            voter_group: Set(voter.stakeholder_group),
            value: Set(value),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(tx)
        .await?;
        counted.push(counts::Ballot {
            proposal_id,
            group: voter.stakeholder_group,
            value,
        });
    }
    counts::record(tx, round.id, round.vote_rule, &[], &counted).await?;
    Ok(counted.len())
}

/// Votes in the demo consultation's closed and open rounds, once.
pub async fn seed_votes(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let Some(demo) = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq("demo"))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let rounds_here = rounds::for_consultation(db, demo.id).await?;
    let (Some(collection), Some(discussion)) = (rounds_here.first(), rounds_here.get(1)) else {
        return Ok(0);
    };
    let already = vote::Entity::find()
        .filter(vote::Column::RoundId.is_in([collection.id, discussion.id]))
        .one(db)
        .await?;
    if already.is_some() || !collection.allows_voting {
        return Ok(0);
    }
    let proposals: Vec<i64> = proposal::Entity::find()
        .filter(proposal::Column::ConsultationId.eq(demo.id))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    if proposals.len() < 8 {
        return Ok(0);
    }
    let voters = voters(db).await?;
    let facilitator = account(db, "facilitator@demo.test").await?;
    let tx = db::begin_write(db).await?;
    let mut cast = 0;
    for (n, voter) in voters.iter().enumerate() {
        let at = now - TimeDelta::days(12) + TimeDelta::minutes(i64::try_from(n).unwrap_or(0));
        let dots = DOTS[n]
            .iter()
            .map(|(index, dots)| (proposals[*index], *dots));
        cast += put_votes(&tx, collection, voter, dots, at).await?;
        let at = now - TimeDelta::days(3) + TimeDelta::minutes(i64::try_from(n).unwrap_or(0));
        let supports = SUPPORTS[n].iter().map(|index| (proposals[*index], 1));
        cast += put_votes(&tx, discussion, voter, supports, at).await?;
    }
    // The health mediators proposal came from a table at the intercultural centre, where it
    // was also voted by show of hands.
    let tally = offline_tally::ActiveModel {
        round_id: Set(discussion.id),
        proposal_id: Set(proposals[2]),
        place: Set("Centro interculturale, Prato".to_owned()),
        held_on: Set((now - TimeDelta::days(4)).date_naive()),
        method: Set("Alzata di mano".to_owned()),
        recorded_by: Set(Some(facilitator.id)),
        created_at: Set(now - TimeDelta::days(4)),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    for (group, in_favour) in [(B, 18), (T, 4)] {
        offline_tally_count::ActiveModel {
            tally_id: Set(tally.id),
            stakeholder_group: Set(group),
            in_favour: Set(in_favour),
            against: Set(0),
            abstain: Set(0),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
    }
    tx.commit().await?;
    Ok(cast)
}

/// Approval votes on each proposal, per voter: 1 for, -1 against, 0 abstain. Opening on
/// Saturdays is wanted above all by beneficiaries, booking online in several languages by
/// everyone, closing on Mondays only by institutions.
const APPROVAL: [[i32; 3]; 15] = [
    [1, 1, -1],
    [1, 1, -1],
    [1, 1, -1],
    [1, 1, -1],
    [1, 0, -1],
    [1, 1, 0],
    [1, 0, 0],
    [1, 1, 1],
    [1, 1, 1],
    [-1, 1, 1],
    [0, 1, 1],
    [1, 1, -1],
    [1, 1, -1],
    [1, 1, 0],
    [0, 1, 0],
];

const CLOSED_PROPOSALS: [(&str, &str, &str); 3] = [
    (
        "Sportelli aperti il sabato mattina",
        "Chi lavora non può andare agli sportelli in settimana. Basterebbe aprirne uno per zona il sabato mattina.",
        "beneficiary@demo.test",
    ),
    (
        "Prenotare gli appuntamenti online in più lingue",
        "Un'agenda online, tradotta nelle lingue più parlate, per evitare le code e le attese al telefono.",
        "partner@demo.test",
    ),
    (
        "Chiudere gli sportelli il lunedì per la formazione",
        "Un giorno alla settimana senza pubblico per formare il personale e smaltire le pratiche arretrate.",
        "institution@demo.test",
    ),
];

/// A closed public consultation whose round used the approval rule.
pub async fn seed_closed_consultation(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let exists = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq("sportelli"))
        .one(db)
        .await?;
    if exists.is_some() {
        return Ok(0);
    }
    let coordinator = account(db, "coordinator@demo.test").await?;
    let facilitator = account(db, "facilitator@demo.test").await?;
    let voters = voters(db).await?;
    let mut authors = Vec::new();
    for (_, _, email) in CLOSED_PROPOSALS {
        authors.push(account(db, email).await?.id);
    }
    let day = TimeDelta::days(1);
    let tx = db::begin_write(db).await?;
    let closed = content::create(
        &tx,
        Content {
            title: "Orari e accesso agli sportelli comunali".to_owned(),
            slug: "sportelli".to_owned(),
            summary: "Quando e come aprire gli sportelli perché chi lavora e chi non parla bene \
                      l'italiano possa usarli. Consultazione conclusa."
                .to_owned(),
            body: "Ogni partecipante ha detto se era **a favore**, **contro** o se si asteneva su \
                   ciascuna proposta. I risultati mostrano il parere di ogni gruppo."
                .to_owned(),
            themes: vec!["Documenti".to_owned()],
            visibility: entity::Visibility::Public,
        },
        coordinator.id,
        now - day * 60,
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo consultation: {e}"))?;
    content::set_status(
        &tx,
        &closed,
        ConsultationStatus::Published,
        coordinator.id,
        now - day * 60,
    )
    .await?;
    grant(
        &tx,
        closed.id,
        facilitator.id,
        ConsultationRoleKind::Facilitator,
        now,
    )
    .await?;
    add_round(
        &tx,
        &closed,
        DemoRound {
            title: "Proposte e parere",
            description: "Proposte sugli orari e parere di tutti: a favore, contro o astensione.",
            opens: -day * 50,
            closes: -day * 20,
            state: RoundState::Closed,
            proposals: true,
            comments: true,
            voting: true,
            vote_rule: VoteRule::Approval,
            vote_limit: None,
            results: ResultsVisibility::AfterClose,
        },
        facilitator.id,
        now,
    )
    .await?;
    let round = rounds::for_consultation(&tx, closed.id)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("the demo round is missing"))?;
    let mut ids = Vec::new();
    for (n, (title, body, _)) in CLOSED_PROPOSALS.iter().enumerate() {
        let created = store::create(
            &tx,
            closed.id,
            Some(round.id),
            ProposalText {
                title: (*title).to_owned(),
                body: (*body).to_owned(),
                theme_id: None,
                language: "it".to_owned(),
            },
            Some(authors[n]),
            None,
            now - day * 45 + TimeDelta::hours(i64::try_from(n).unwrap_or(0)),
        )
        .await?;
        ids.push(created.id);
    }
    for (n, voter) in voters.iter().enumerate() {
        let at = now - day * 25 + TimeDelta::minutes(i64::try_from(n).unwrap_or(0));
        let opinions = APPROVAL[n].iter().enumerate().map(|(i, v)| (ids[i], *v));
        put_votes(&tx, &round, voter, opinions, at).await?;
    }
    let justification = "L'agenda online in sei lingue sarà attiva dalla prossima primavera.";
    entity::proposal_answer::ActiveModel {
        proposal_id: Set(ids[1]),
        answer: Set(Answer::Accepted),
        justification: Set(Some(justification.to_owned())),
        answered_by: Set(Some(facilitator.id)),
        created_at: Set(now - day * 10),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    proposal::ActiveModel {
        id: Set(ids[1]),
        answer: Set(Answer::Accepted),
        answer_justification: Set(Some(justification.to_owned())),
        answered_at: Set(Some(now - day * 10)),
        state: Set(ProposalState::Published),
        ..Default::default()
    }
    .update(&tx)
    .await?;
    // Its outcomes are open data, downloadable from its page.
    consultation::ActiveModel {
        id: Set(closed.id),
        outcomes_published_at: Set(Some(now - day * 9)),
        ..Default::default()
    }
    .update(&tx)
    .await?;
    tx.commit().await?;
    Ok(1)
}

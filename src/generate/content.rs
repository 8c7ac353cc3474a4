//! The consultation `scale` with its themes and two rounds, its proposals and their comments.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{
    Code, ResultsVisibility, RoundState, StakeholderGroup, Stance, VoteRule, round, theme,
};
use rand::{RngExt, SeedableRng, rngs::StdRng, seq::SliceRandom};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set, Value};

use super::{
    SLUG, Scale, bulk, moment_between,
    people::Accounts,
    progress::Progress,
    skew::{allocate, zipf_weights},
    text::{self, body_column_names, body_columns},
};

/// The consultation written, with what proposals and votes refer to.
pub struct Consultation {
    pub id: i64,
    pub theme_ids: Vec<i64>,
    /// The closed first round (approval votes).
    pub approval: round::Model,
    /// The open round (supports, no limit, live results).
    pub support: round::Model,
}

/// One generated proposal, as votes and comments need it.
pub struct ProposalStub {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    /// Submitted in the closed first round (and so voted on there).
    pub first_round: bool,
    /// How many comments it gets.
    pub comments: u64,
}

pub struct Proposals {
    pub items: Vec<ProposalStub>,
    /// Proposal indices from the most popular down: the order votes and comments follow.
    pub by_popularity: Vec<usize>,
}

pub async fn write_consultation(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    progress: &Progress,
) -> Result<Consultation, DbErr> {
    let day = TimeDelta::days(1);
    let id = bulk::highest_id(db, "consultation").await? + 1;
    let mut columns = vec![
        "id",
        "slug",
        "title",
        "summary",
        "status",
        "visibility",
        "created_at",
        "updated_at",
        "published_at",
        "export_names",
    ];
    columns.extend(body_column_names());
    let created = now - day * 70;
    let mut row: Vec<Value> = vec![
        id.into(),
        SLUG.into(),
        "Servizi per tutte e tutti: la consultazione su larga scala".into(),
        "Una consultazione sintetica con molti partecipanti, per misurare Tavolo.".into(),
        "published".into(),
        "public".into(),
        created.into(),
        created.into(),
        Some(created + day * 5).into(),
        false.into(),
    ];
    row.extend(
        body_columns(text::consultation_body())
            .into_iter()
            .map(|(_, v)| v),
    );
    let mut rows = bulk::BulkInsert::new(db, "consultation", columns, progress);
    rows.push(row).await?;
    rows.finish().await?;

    let mut theme_ids = Vec::new();
    for (position, name) in text::THEMES.iter().enumerate() {
        let created = theme::ActiveModel {
            consultation_id: Set(id),
            name: Set((*name).to_owned()),
            position: Set(position as i32 + 1),
            ..Default::default()
        }
        .insert(db)
        .await?;
        theme_ids.push(created.id);
    }
    let approval = RoundSpec {
        position: 1,
        title: "Prima fase: proposte e valutazione",
        description: "Le proposte raccolte nella prima fase, valutate con favorevole, \
                      contrario o astenuto.",
        opens_at: now - day * 60,
        closes_at: now - day * 30,
        state: RoundState::Closed,
        vote_rule: VoteRule::Approval,
        results: ResultsVisibility::AfterClose,
    }
    .insert(db, id, now)
    .await?;
    let support = RoundSpec {
        position: 2,
        title: "Seconda fase: proposte, discussione e sostegni",
        description: "Proponi, commenta e sostieni tutte le proposte che vuoi; i risultati si \
                      vedono in tempo reale.",
        opens_at: now - day * 30,
        closes_at: now + day * 30,
        state: RoundState::Open,
        vote_rule: VoteRule::Support,
        results: ResultsVisibility::Live,
    }
    .insert(db, id, now)
    .await?;
    Ok(Consultation {
        id,
        theme_ids,
        approval,
        support,
    })
}

struct RoundSpec {
    position: i32,
    title: &'static str,
    description: &'static str,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    state: RoundState,
    vote_rule: VoteRule,
    results: ResultsVisibility,
}

impl RoundSpec {
    async fn insert(
        self,
        db: &impl ConnectionTrait,
        consultation_id: i64,
        now: DateTime<Utc>,
    ) -> Result<round::Model, DbErr> {
        let groups: Vec<&str> = [
            StakeholderGroup::Beneficiary,
            StakeholderGroup::Institution,
            StakeholderGroup::ThirdSector,
            StakeholderGroup::Other,
        ]
        .map(|g| g.code())
        .to_vec();
        round::ActiveModel {
            consultation_id: Set(consultation_id),
            position: Set(self.position),
            title: Set(self.title.to_owned()),
            description: Set(self.description.to_owned()),
            opens_at: Set(self.opens_at),
            closes_at: Set(self.closes_at),
            state: Set(self.state),
            allows_proposals: Set(true),
            allows_comments: Set(true),
            allows_voting: Set(true),
            groups: Set(groups.join(",")),
            vote_rule: Set(self.vote_rule),
            vote_limit: Set(None),
            results_visibility: Set(self.results),
            opened_at: Set(Some(self.opens_at)),
            closed_at: Set((self.state == RoundState::Closed).then_some(self.closes_at)),
            created_at: Set(now - TimeDelta::days(65)),
            updated_at: Set(now - TimeDelta::days(65)),
            reminded_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await
    }
}

/// `n` moments in `[from, to)`, oldest first.
fn sorted_moments(
    rng: &mut StdRng,
    n: usize,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<DateTime<Utc>> {
    let mut moments: Vec<DateTime<Utc>> = (0..n).map(|_| moment_between(rng, from, to)).collect();
    moments.sort();
    moments
}

pub async fn write_proposals(
    db: &impl ConnectionTrait,
    scale: &Scale,
    accounts: &Accounts,
    consultation: &Consultation,
    seed: u64,
    now: DateTime<Utc>,
    progress: &Progress,
) -> Result<Proposals, DbErr> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x9e0);
    let first_id = bulk::highest_id(db, "proposal").await? + 1;
    let count = scale.proposals as usize;
    let first_round = scale.first_round_proposals as usize;
    let (approval, support) = (&consultation.approval, &consultation.support);
    let mut created = sorted_moments(
        &mut rng,
        first_round,
        approval.opens_at,
        approval.closes_at - TimeDelta::days(1),
    );
    let latest = now - TimeDelta::hours(1);
    created.extend(sorted_moments(
        &mut rng,
        count - first_round,
        support.opens_at,
        latest,
    ));
    let mut by_popularity: Vec<usize> = (0..count).collect();
    by_popularity.shuffle(&mut rng);
    // The most supported proposals are also the most discussed.
    let comment_shares = allocate(scale.comments, &zipf_weights(count, 0.9), u64::MAX);
    let mut comments = vec![0; count];
    for (rank, index) in by_popularity.iter().enumerate() {
        comments[*index] = comment_shares[rank];
    }

    progress.start("proposals", scale.proposals);
    let mut columns = vec![
        "id",
        "consultation_id",
        "round_id",
        "title",
        "theme_id",
        "language",
        "author_id",
        "state",
        "answer",
        "comments_count",
        "flags_count",
        "created_at",
        "updated_at",
    ];
    columns.extend(body_column_names());
    let mut rows = bulk::BulkInsert::new(db, "proposal", columns, progress);
    let mut items = Vec::with_capacity(count);
    let mut authors = Vec::with_capacity(count);
    for (index, created_at) in created.into_iter().enumerate() {
        let id = first_id + index as i64;
        let in_first_round = index < first_round;
        let language = text::language(&mut rng);
        let theme = (!rng.random_bool(0.1))
            .then(|| consultation.theme_ids[rng.random_range(0..consultation.theme_ids.len())]);
        let author = accounts.id(rng.random_range(0..accounts.len()));
        let mut row: Vec<Value> = vec![
            id.into(),
            consultation.id.into(),
            if in_first_round {
                approval.id
            } else {
                support.id
            }
            .into(),
            text::proposal_title(&mut rng, language).into(),
            theme.into(),
            language.into(),
            Some(author).into(),
            "published".into(),
            "pending".into(),
            (comments[index] as i32).into(),
            0i32.into(),
            created_at.into(),
            created_at.into(),
        ];
        let body = text::proposal_body(&mut rng, language);
        row.extend(body_columns(body).into_iter().map(|(_, v)| v));
        rows.push(row).await?;
        authors.push((id, author, created_at));
        items.push(ProposalStub {
            id,
            created_at,
            first_round: in_first_round,
            comments: comments[index],
        });
    }
    rows.finish().await?;

    progress.start("authors", scale.proposals);
    let columns = vec!["proposal_id", "user_id", "role", "created_at"];
    let mut rows = bulk::BulkInsert::new(db, "proposal_author", columns, progress);
    for (proposal, author, created_at) in authors {
        let row: [Value; 4] = [
            proposal.into(),
            author.into(),
            "author".into(),
            created_at.into(),
        ];
        rows.push(row).await?;
    }
    rows.finish().await?;
    Ok(Proposals {
        items,
        by_popularity,
    })
}

/// Comments and replies (up to three levels deep), each after its proposal and its parent.
pub async fn write_comments(
    db: &impl ConnectionTrait,
    scale: &Scale,
    accounts: &Accounts,
    proposals: &Proposals,
    seed: u64,
    now: DateTime<Utc>,
    progress: &Progress,
) -> Result<(), DbErr> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0xc0e);
    let mut next_id = bulk::highest_id(db, "comment").await? + 1;
    progress.start("comments", scale.comments);
    let mut columns = vec![
        "id",
        "proposal_id",
        "parent_id",
        "author_id",
        "stance",
        "state",
        "depth",
        "flags_count",
        "created_at",
        "updated_at",
    ];
    columns.extend(body_column_names());
    let mut rows = bulk::BulkInsert::new(db, "comment", columns, progress);
    for proposal in &proposals.items {
        let moments = sorted_moments(
            &mut rng,
            proposal.comments as usize,
            proposal.created_at,
            now,
        );
        // (id, depth) of the comments on this proposal so far, for replies.
        let mut thread: Vec<(i64, i32)> = Vec::with_capacity(moments.len());
        for created_at in moments {
            let parent = (!thread.is_empty() && rng.random_bool(0.35))
                .then(|| thread[rng.random_range(0..thread.len())])
                .filter(|(_, depth)| *depth < 3);
            let depth = parent.map_or(0, |(_, depth)| depth + 1);
            let stance = match rng.random_range(0..10) {
                0..=4 => Stance::For,
                5..=6 => Stance::Against,
                _ => Stance::Neutral,
            };
            let language = text::language(&mut rng);
            let mut row: Vec<Value> = vec![
                next_id.into(),
                proposal.id.into(),
                parent.map(|(id, _)| id).into(),
                Some(accounts.id(rng.random_range(0..accounts.len()))).into(),
                stance.code().into(),
                "published".into(),
                depth.into(),
                0i32.into(),
                created_at.into(),
                created_at.into(),
            ];
            row.extend(
                body_columns(text::comment_body(&mut rng, language))
                    .into_iter()
                    .map(|(_, v)| v),
            );
            rows.push(row).await?;
            thread.push((next_id, depth));
            next_id += 1;
        }
    }
    rows.finish().await
}

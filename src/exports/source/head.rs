//! What an export reads at once, before it writes a row: the consultation, its rounds and
//! themes, the results, the hidden proposals and the summary counts.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{Code, ProposalState, VoteRule, consultation, proposal, round, theme};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    QuerySelect, Statement,
};

use super::records::InPersonRecord;
use crate::{
    exports::tables::Cell,
    results::{
        compute::GROUPS,
        load::{self, OfflineTally, ProposalInfo, RoundResults},
    },
};

/// How the export treats people and figures.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Name authors (only honoured where the consultation allows it).
    pub names: bool,
    /// Include results not yet public, as the consultation's facilitators see them.
    pub preview: bool,
}

/// Counts for the summary, read before the rows.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub proposals: i64,
    pub comments: i64,
    pub answers: i64,
    /// Proposals per state code, per answer code, per author group code.
    pub by_state: Vec<(String, i64)>,
    pub by_answer: Vec<(String, i64)>,
    pub by_group: Vec<(String, i64)>,
    pub recorded_in_person: i64,
    pub vote_counts_in_person: i64,
    pub meetings: i64,
    pub commitments: i64,
    /// Documents attached to the consultation, its meetings and its commitments.
    pub documents: i64,
}

/// What an export knows before it writes a row.
pub struct Head {
    pub consultation: consultation::Model,
    pub rounds: Vec<round::Model>,
    pub themes: HashMap<i64, String>,
    /// Every voting round's results (figures only where the options allow them).
    pub results: Vec<RoundResults>,
    /// Accounts that could vote in each of `results`' rounds, per group.
    pub eligible: Vec<[i64; 4]>,
    /// Titles and states of the proposals results may list.
    pub proposals: HashMap<i64, ProposalInfo>,
    /// Proposals hidden by the moderators: their text and their comments' text stay out.
    pub hidden: HashSet<i64>,
    pub counts: Counts,
    pub exported_at: DateTime<Utc>,
    /// False only when authors are named.
    pub pseudonymised: bool,
}

#[derive(FromQueryResult)]
struct CodeCount {
    code: Option<String>,
    count: i64,
}

async fn count_by(
    db: &impl ConnectionTrait,
    sql: &str,
    id: i64,
) -> Result<Vec<(String, i64)>, DbErr> {
    let rows = CodeCount::find_by_statement(Statement::from_sql_and_values(
        db.get_database_backend(),
        sql,
        [id.into()],
    ))
    .all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.code.unwrap_or_else(|| "unknown".into()), r.count))
        .collect())
}

fn placeholder(db: &impl ConnectionTrait) -> &'static str {
    if crate::db::is_sqlite(db) { "?" } else { "$1" }
}

async fn counts(db: &impl ConnectionTrait, consultation_id: i64) -> Result<Counts, DbErr> {
    let p = placeholder(db);
    let single = |rows: Vec<(String, i64)>| rows.first().map_or(0, |r| r.1);
    let proposals_of = format!("SELECT id FROM proposal WHERE consultation_id = {p}");
    let comments = single(
        count_by(
            db,
            &format!("SELECT NULL AS code, CAST(COUNT(*) AS BIGINT) AS count FROM comment WHERE proposal_id IN ({proposals_of})"),
            consultation_id,
        )
        .await?,
    );
    let answers = single(
        count_by(
            db,
            &format!("SELECT NULL AS code, CAST(COUNT(*) AS BIGINT) AS count FROM proposal_answer WHERE proposal_id IN ({proposals_of})"),
            consultation_id,
        )
        .await?,
    );
    let by_state = count_by(
        db,
        &format!("SELECT state AS code, CAST(COUNT(*) AS BIGINT) AS count FROM proposal WHERE consultation_id = {p} GROUP BY state ORDER BY state"),
        consultation_id,
    )
    .await?;
    let by_answer = count_by(
        db,
        &format!("SELECT answer AS code, CAST(COUNT(*) AS BIGINT) AS count FROM proposal WHERE consultation_id = {p} GROUP BY answer ORDER BY answer"),
        consultation_id,
    )
    .await?;
    let by_group = count_by(
        db,
        &format!(
            "SELECT COALESCE(p.in_person_group, u.stakeholder_group) AS code, CAST(COUNT(*) AS BIGINT) AS count \
             FROM proposal p \
             LEFT JOIN proposal_author a ON a.proposal_id = p.id AND a.role = 'author' \
             LEFT JOIN \"user\" u ON u.id = a.user_id \
             WHERE p.consultation_id = {p} GROUP BY COALESCE(p.in_person_group, u.stakeholder_group) ORDER BY 1"
        ),
        consultation_id,
    )
    .await?;
    let recorded_in_person = single(
        count_by(
            db,
            &format!("SELECT NULL AS code, CAST(COUNT(*) AS BIGINT) AS count FROM proposal WHERE consultation_id = {p} AND recorded_by IS NOT NULL"),
            consultation_id,
        )
        .await?,
    );
    let vote_counts_in_person = single(
        count_by(
            db,
            &format!("SELECT NULL AS code, CAST(COUNT(*) AS BIGINT) AS count FROM offline_tally WHERE proposal_id IN ({proposals_of})"),
            consultation_id,
        )
        .await?,
    );
    let of_consultation = |table: &str| {
        format!(
            "SELECT NULL AS code, CAST(COUNT(*) AS BIGINT) AS count FROM {table} WHERE consultation_id = {p}"
        )
    };
    let meetings = single(count_by(db, &of_consultation("meeting"), consultation_id).await?);
    let commitments = single(count_by(db, &of_consultation("commitment"), consultation_id).await?);
    let documents = super::documents::count(db, consultation_id).await?;
    Ok(Counts {
        documents,
        meetings,
        commitments,
        proposals: by_state.iter().map(|r| r.1).sum(),
        comments,
        answers,
        by_state,
        by_answer,
        by_group,
        recorded_in_person,
        vote_counts_in_person,
    })
}

impl Head {
    pub async fn load(
        db: &impl ConnectionTrait,
        consultation: consultation::Model,
        options: Options,
        now: DateTime<Utc>,
    ) -> Result<Self, DbErr> {
        let rounds = crate::consultations::rounds::for_consultation(db, consultation.id).await?;
        let themes = theme::Entity::find()
            .filter(theme::Column::ConsultationId.eq(consultation.id))
            .all(db)
            .await?
            .into_iter()
            .map(|t| (t.id, t.name))
            .collect();
        let (results, proposals) =
            load::for_consultation(db, consultation.id, options.preview).await?;
        let mut eligible = Vec::with_capacity(results.len());
        for round_results in &results {
            eligible.push(load::eligible_by_group(db, &consultation, &round_results.round).await?);
        }
        let counts = counts(db, consultation.id).await?;
        let hidden = proposal::Entity::find()
            .select_only()
            .column(proposal::Column::Id)
            .filter(proposal::Column::ConsultationId.eq(consultation.id))
            .filter(proposal::Column::State.eq(ProposalState::Hidden))
            .into_tuple::<i64>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        Ok(Self {
            pseudonymised: !(options.names && consultation.export_names),
            consultation,
            rounds,
            themes,
            results,
            eligible,
            proposals,
            hidden,
            counts,
            exported_at: now,
        })
    }

    pub fn consultation_cells(&self) -> Vec<Cell> {
        let c = &self.consultation;
        vec![
            Cell::text(&c.slug),
            Cell::text(&c.title),
            Cell::text(&c.summary),
            Cell::text(c.status.to_value()),
            Cell::text(c.visibility.to_value()),
            Cell::maybe_time(c.published_at),
            Cell::maybe_time(c.outcomes_published_at),
            Cell::Time(self.exported_at),
            Cell::Integer(crate::exports::tables::VERSION),
            Cell::Boolean(self.pseudonymised),
        ]
    }

    pub fn round_cells(round: &round::Model) -> Vec<Cell> {
        vec![
            Cell::Integer(round.id),
            Cell::Integer(i64::from(round.position) + 1),
            Cell::text(&round.title),
            Cell::text(round.state.to_value()),
            Cell::Time(round.opens_at),
            Cell::Time(round.closes_at),
            Cell::Boolean(round.allows_proposals),
            Cell::Boolean(round.allows_comments),
            Cell::Boolean(round.allows_voting),
            Cell::text(&round.groups),
            if round.allows_voting {
                Cell::text(round.vote_rule.to_value())
            } else {
                Cell::Empty
            },
            if round.allows_voting {
                Cell::maybe_integer(round.vote_limit)
            } else {
                Cell::Empty
            },
        ]
    }

    /// The results table: per voting round shown, per proposal, a row for all voters and
    /// one per group.
    pub fn result_rows(&self) -> impl Iterator<Item = Vec<Cell>> + '_ {
        self.results.iter().flat_map(move |results| {
            let round = &results.round;
            let rule = round.vote_rule.to_value();
            results.figures.iter().flat_map(move |figures| {
                let rule = rule.clone();
                figures.proposals.iter().flat_map(move |f| {
                    let title = self
                        .proposals
                        .get(&f.proposal_id)
                        .map(|p| p.title.clone())
                        .unwrap_or_default();
                    let start = |group: &str| {
                        vec![
                            Cell::Integer(round.id),
                            Cell::text(rule.clone()),
                            Cell::Boolean(results.public),
                            Cell::Integer(f.proposal_id),
                            Cell::text(title.clone()),
                            Cell::text(group),
                        ]
                    };
                    let mut all = start("all");
                    let voters = figures.voters_total;
                    all.extend([
                        Cell::maybe_integer(f.total.map(|_| voters)),
                        Cell::maybe_integer(f.total),
                        Cell::maybe_integer(f.against),
                        Cell::maybe_integer(f.abstain),
                        // Under support and approval the total counts voters in favour;
                        // under dots it counts dots, which are no share of anyone.
                        Cell::maybe_share(
                            f.total
                                .filter(|_| voters > 0 && round.vote_rule != VoteRule::Dots)
                                .map(|t| t as f64 / voters as f64),
                        ),
                        Cell::maybe_share(f.cross_group_support),
                    ]);
                    let groups = GROUPS.iter().enumerate().map(move |(g, group)| {
                        let mut row = start(group.code());
                        row.extend([
                            Cell::maybe_integer(figures.voters_by_group[g]),
                            Cell::maybe_integer(f.by_group[g]),
                            Cell::Empty,
                            Cell::Empty,
                            Cell::maybe_share(f.share_by_group[g]),
                            Cell::Empty,
                        ]);
                        row
                    });
                    std::iter::once(all).chain(groups).collect::<Vec<_>>()
                })
            })
        })
    }

    /// Vote counts from in-person meetings: a row per tally and group that has counts.
    pub fn tally_rows(&self) -> Vec<InPersonRecord> {
        let mut rows = Vec::new();
        for results in &self.results {
            for tally in &results.offline {
                rows.extend(tally_records(&results.round, tally));
            }
        }
        rows
    }
}

fn tally_records(round: &round::Model, tally: &OfflineTally) -> Vec<InPersonRecord> {
    GROUPS
        .iter()
        .zip(tally.by_group)
        .filter(|(_, counts)| *counts != (0, 0, 0))
        .map(|(group, (in_favour, against, abstain))| InPersonRecord {
            kind: "vote_count",
            proposal_id: tally.proposal_id,
            round_id: Some(round.id),
            place: Some(tally.place.clone()),
            held_on: Some(tally.held_on),
            method: Some(tally.method.clone()),
            group: Some(*group),
            people: None,
            counts: Some((in_favour, against, abstain)),
            recorded_by: None,
        })
        .collect()
}

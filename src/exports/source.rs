//! Reading a consultation for an export: what is small is read at once (the consultation,
//! its rounds, the results, the summary counts), the rest in batches by id, so an export's
//! memory does not grow with the number of proposals and comments.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    AuthorRole, CommentState, ProposalState, StakeholderGroup, VoteRule, comment, consultation,
    proposal, proposal_answer, proposal_author, round, theme, user,
};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect, Statement,
    sea_query::{Expr, ExprTrait, Query},
};

use super::tables::Cell;
use crate::{
    accounts::domain::group_code,
    crypto,
    results::{
        compute::GROUPS,
        load::{self, OfflineTally, ProposalInfo, RoundResults},
    },
};

/// Rows read per query.
pub const BATCH: u64 = 500;

/// How the export treats people and figures.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Name authors (only honoured where the consultation allows it).
    pub names: bool,
    /// Include results not yet public, as the consultation's facilitators see them.
    pub preview: bool,
}

/// Someone as an export shows them.
#[derive(Debug, Clone)]
pub struct Person {
    /// Stable within one consultation, different in every other: exports of two
    /// consultations cannot be joined on it.
    pub pseudonym: String,
    pub group: StakeholderGroup,
    /// Only when names are allowed and asked for.
    pub name: Option<String>,
}

/// Pseudonyms of the people met so far in an export.
pub struct People {
    key: Vec<u8>,
    consultation_id: i64,
    names: bool,
    known: HashMap<i64, Person>,
}

impl People {
    pub fn new(key: &str, consultation_id: i64, names: bool) -> Self {
        Self {
            key: key.as_bytes().to_vec(),
            consultation_id,
            names,
            known: HashMap::new(),
        }
    }

    pub fn pseudonym(&self, user_id: i64) -> String {
        let mac = crypto::hmac_sha256(
            &self.key,
            format!("export-pseudonym:{}:{user_id}", self.consultation_id).as_bytes(),
        );
        let hex: String = mac[..5].iter().map(|b| format!("{b:02x}")).collect();
        format!("P-{hex}")
    }

    /// Reads the accounts among `ids` not met yet: their group and, only when names are
    /// allowed, their display name. Emails are never read.
    async fn meet(
        &mut self,
        db: &impl ConnectionTrait,
        ids: impl IntoIterator<Item = i64>,
    ) -> Result<(), DbErr> {
        let mut missing: Vec<i64> = ids
            .into_iter()
            .filter(|id| !self.known.contains_key(id))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        if missing.is_empty() {
            return Ok(());
        }
        let mut query = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::StakeholderGroup);
        query = if self.names {
            query.column(user::Column::DisplayName)
        } else {
            query.column_as(Expr::value(""), "display_name")
        };
        let rows: Vec<(i64, StakeholderGroup, String)> = query
            .filter(user::Column::Id.is_in(missing))
            .into_tuple()
            .all(db)
            .await?;
        for (id, group, name) in rows {
            let person = Person {
                pseudonym: self.pseudonym(id),
                group,
                name: self.names.then_some(name),
            };
            self.known.insert(id, person);
        }
        Ok(())
    }

    fn get(&self, id: Option<i64>) -> Option<&Person> {
        id.and_then(|id| self.known.get(&id))
    }
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
    Ok(Counts {
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
            Cell::Integer(super::tables::VERSION),
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
                        let mut row = start(group_code(*group));
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

/// One proposal as exports show it.
#[derive(Debug, Clone)]
pub struct ProposalRecord {
    pub id: i64,
    pub round_id: Option<i64>,
    /// None for hidden proposals.
    pub title: Option<String>,
    pub body: Option<String>,
    pub theme: Option<String>,
    pub language: String,
    pub state: ProposalState,
    pub merged_into: Option<i64>,
    pub state_reason: Option<String>,
    pub author: Option<Person>,
    pub group: Option<StakeholderGroup>,
    pub coauthors: Vec<Person>,
    pub in_person: Option<InPersonRecord>,
    pub comments_count: i64,
    pub answer: entity::Answer,
    pub justification: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
}

impl ProposalRecord {
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::Integer(self.id),
            Cell::maybe_integer(self.round_id),
            Cell::maybe_text(self.title.clone()),
            Cell::maybe_text(self.body.clone()),
            Cell::maybe_text(self.theme.clone()),
            Cell::text(&self.language),
            Cell::text(self.state.to_value()),
            Cell::maybe_integer(self.merged_into),
            Cell::maybe_text(self.state_reason.clone()),
            Cell::maybe_text(self.author.as_ref().map(|a| a.pseudonym.clone())),
            Cell::maybe_text(self.group.map(group_code)),
            Cell::maybe_text(self.author.as_ref().and_then(|a| a.name.clone())),
            Cell::text(
                self.coauthors
                    .iter()
                    .map(|c| c.pseudonym.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Cell::Boolean(self.in_person.is_some()),
            Cell::Integer(self.comments_count),
            Cell::text(self.answer.to_value()),
            Cell::maybe_text(self.justification.clone()),
            Cell::maybe_time(self.answered_at),
            Cell::Time(self.created_at),
            Cell::maybe_time(self.edited_at),
        ]
    }
}

/// A contribution from an in-person meeting.
#[derive(Debug, Clone)]
pub struct InPersonRecord {
    /// `proposal` or `vote_count`.
    pub kind: &'static str,
    pub proposal_id: i64,
    pub round_id: Option<i64>,
    pub place: Option<String>,
    pub held_on: Option<NaiveDate>,
    pub method: Option<String>,
    pub group: Option<StakeholderGroup>,
    pub people: Option<i64>,
    /// In favour, against, abstain.
    pub counts: Option<(i64, i64, i64)>,
    pub recorded_by: Option<String>,
}

impl InPersonRecord {
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(self.kind),
            Cell::Integer(self.proposal_id),
            Cell::maybe_integer(self.round_id),
            Cell::maybe_text(self.place.clone()),
            Cell::maybe_date(self.held_on),
            Cell::maybe_text(self.method.clone()),
            Cell::maybe_text(self.group.map(group_code)),
            Cell::maybe_integer(self.people),
            Cell::maybe_integer(self.counts.map(|c| c.0)),
            Cell::maybe_integer(self.counts.map(|c| c.1)),
            Cell::maybe_integer(self.counts.map(|c| c.2)),
            Cell::maybe_text(self.recorded_by.clone()),
        ]
    }
}

/// The next batch of the consultation's proposals after id `after`, oldest first (only
/// those recorded at in-person meetings with `only_in_person`).
pub async fn proposals_after(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    after: i64,
    only_in_person: bool,
) -> Result<Vec<ProposalRecord>, DbErr> {
    let mut query = proposal::Entity::find();
    if only_in_person {
        query = query.filter(proposal::Column::RecordedBy.is_not_null());
    }
    let rows = query
        .filter(proposal::Column::ConsultationId.eq(head.consultation.id))
        .filter(proposal::Column::Id.gt(after))
        .order_by_asc(proposal::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let authors = proposal_author::Entity::find()
        .filter(proposal_author::Column::ProposalId.is_in(rows.iter().map(|p| p.id)))
        .order_by_asc(proposal_author::Column::Id)
        .all(db)
        .await?;
    people
        .meet(
            db,
            authors
                .iter()
                .map(|a| a.user_id)
                .chain(rows.iter().filter_map(|p| p.recorded_by)),
        )
        .await?;
    Ok(rows
        .into_iter()
        .map(|p| {
            let mine = || authors.iter().filter(move |a| a.proposal_id == p.id);
            let author = mine()
                .find(|a| a.role == AuthorRole::Author)
                .and_then(|a| people.get(Some(a.user_id)))
                .cloned();
            let coauthors = mine()
                .filter(|a| a.role == AuthorRole::Coauthor)
                .filter_map(|a| people.get(Some(a.user_id)).cloned())
                .collect();
            let hidden = p.state == ProposalState::Hidden;
            let in_person = p.recorded_by.map(|by| InPersonRecord {
                kind: "proposal",
                proposal_id: p.id,
                round_id: None,
                place: p.in_person_place.clone(),
                held_on: p.in_person_on,
                method: None,
                group: p.in_person_group,
                people: p.in_person_count.map(i64::from),
                counts: None,
                recorded_by: people.get(Some(by)).map(|r| r.pseudonym.clone()),
            });
            ProposalRecord {
                id: p.id,
                round_id: p.round_id,
                title: (!hidden).then_some(p.title),
                body: (!hidden).then_some(p.body),
                theme: p.theme_id.and_then(|id| head.themes.get(&id).cloned()),
                language: p.language,
                state: p.state,
                merged_into: p.merged_into,
                state_reason: p.withdrawn_reason.or(p.hidden_reason),
                group: p.in_person_group.or(author.as_ref().map(|a| a.group)),
                author,
                coauthors,
                in_person,
                comments_count: i64::from(p.comments_count),
                answer: p.answer,
                justification: p.answer_justification,
                answered_at: p.answered_at,
                created_at: p.created_at,
                edited_at: p.edited_at,
            }
        })
        .collect())
}

fn of_consultation(consultation_id: i64) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(proposal::Column::Id)
        .from(proposal::Entity)
        .and_where(Expr::col(proposal::Column::ConsultationId).eq(consultation_id))
        .to_owned()
}

/// The next batch of comments after id `after`, as rows of the comments table.
pub async fn comments_after(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    after: i64,
) -> Result<(Vec<Vec<Cell>>, Option<i64>), DbErr> {
    let rows = comment::Entity::find()
        .filter(comment::Column::ProposalId.in_subquery(of_consultation(head.consultation.id)))
        .filter(comment::Column::Id.gt(after))
        .order_by_asc(comment::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    people
        .meet(db, rows.iter().filter_map(|c| c.author_id))
        .await?;
    let last = rows.last().map(|c| c.id);
    let cells = rows
        .into_iter()
        .map(|c| {
            let author = people.get(c.author_id);
            let shown = c.state == CommentState::Published && !head.hidden.contains(&c.proposal_id);
            vec![
                Cell::Integer(c.id),
                Cell::Integer(c.proposal_id),
                Cell::maybe_integer(c.parent_id),
                Cell::Integer(i64::from(c.depth)),
                Cell::maybe_text(author.map(|a| a.pseudonym.clone())),
                Cell::maybe_text(author.map(|a| group_code(a.group))),
                Cell::maybe_text(author.and_then(|a| a.name.clone())),
                Cell::text(c.stance.to_value()),
                Cell::text(c.state.to_value()),
                Cell::maybe_text(shown.then_some(c.body)),
                Cell::maybe_text(c.hidden_reason),
                Cell::Time(c.created_at),
                Cell::maybe_time(c.edited_at),
            ]
        })
        .collect();
    Ok((cells, last))
}

/// The next batch of answers after id `after`, as rows of the answers table.
pub async fn answers_after(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    after: i64,
) -> Result<(Vec<Vec<Cell>>, Option<i64>), DbErr> {
    let rows = proposal_answer::Entity::find()
        .filter(
            proposal_answer::Column::ProposalId.in_subquery(of_consultation(head.consultation.id)),
        )
        .filter(proposal_answer::Column::Id.gt(after))
        .order_by_asc(proposal_answer::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    people
        .meet(db, rows.iter().filter_map(|a| a.answered_by))
        .await?;
    let last = rows.last().map(|a| a.id);
    let cells = rows
        .into_iter()
        .map(|a| {
            vec![
                Cell::Integer(a.id),
                Cell::Integer(a.proposal_id),
                Cell::text(a.answer.to_value()),
                Cell::maybe_text(a.justification),
                Cell::maybe_text(people.get(a.answered_by).map(|p| p.pseudonym.clone())),
                Cell::Time(a.created_at),
            ]
        })
        .collect();
    Ok((cells, last))
}

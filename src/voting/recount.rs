//! Recounting the vote counters from the ballots: [`check`] lists every figure of
//! `vote_count` and `round_voters` that differs from a recount of the `vote` table, and
//! [`rebuild`] rewrites both tables from the ballots (`tavolo tally --check | --rebuild`).
//!
//! The recount is done by the database, one round at a time (`GROUP BY` proposal), so its
//! memory grows with a round's proposals, never with its ballots. It counts as
//! [`super::counts::Figures::of`] does.

use std::collections::BTreeMap;

use entity::{Code, StakeholderGroup, VoteRule, round, round_voters, vote_count};
use sea_orm::{
    AccessMode, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, IdenStatic,
    IsolationLevel, QueryFilter, QueryOrder, Statement, TransactionTrait,
};

use super::counts::{COLUMNS, VOTER_COLUMNS};
use crate::db;

/// One stored figure that the ballots do not bear out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub round_id: i64,
    /// None for the round's voters (`round_voters`).
    pub proposal_id: Option<i64>,
    pub column: &'static str,
    pub stored: i64,
    pub recounted: i64,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.proposal_id {
            Some(proposal) => write!(f, "round {} proposal {proposal}", self.round_id)?,
            None => write!(f, "round {} voters", self.round_id)?,
        }
        write!(
            f,
            ": {} stored {}, recounted {}",
            self.column, self.stored, self.recounted
        )
    }
}

/// What one ballot adds to a proposal's main figure under `rule`, in SQL.
fn points(rule: VoteRule) -> &'static str {
    match rule {
        VoteRule::Dots => "CASE WHEN value > 0 THEN value ELSE 0 END",
        _ => "CASE WHEN value > 0 THEN 1 ELSE 0 END",
    }
}

/// `round_id, proposal_id` and the figures of [`COLUMNS`], recounted from a round's
/// ballots, one row per proposal with at least one ballot.
fn recount_counts(round: &round::Model) -> String {
    let points = points(round.vote_rule);
    let approval = |value: i32| {
        if round.vote_rule == VoteRule::Approval {
            format!("SUM(CASE WHEN value = {value} THEN 1 ELSE 0 END)")
        } else {
            "CAST(0 AS BIGINT)".to_owned()
        }
    };
    let mut figures = vec![format!("SUM({points})"), approval(-1), approval(0)];
    for (_, group) in StakeholderGroup::CODES {
        figures.push(format!(
            "SUM(CASE WHEN voter_group = '{group}' THEN {points} ELSE 0 END)"
        ));
    }
    for (_, group) in StakeholderGroup::CODES {
        figures.push(format!(
            "SUM(CASE WHEN voter_group = '{group}' AND value > 0 THEN 1 ELSE 0 END)"
        ));
    }
    format!(
        "SELECT round_id, proposal_id, {} FROM vote WHERE round_id = {} \
         GROUP BY round_id, proposal_id",
        figures.join(", "),
        round.id
    )
}

/// `round_id` and its distinct voters per group, recounted: no row when nobody voted.
fn recount_voters(round_id: i64) -> String {
    let figures: Vec<String> = StakeholderGroup::CODES
        .iter()
        .map(|(_, group)| {
            format!("COUNT(DISTINCT CASE WHEN voter_group = '{group}' THEN user_id END)")
        })
        .collect();
    format!(
        "SELECT round_id, {} FROM vote WHERE round_id = {round_id} GROUP BY round_id",
        figures.join(", ")
    )
}

fn column_list(columns: &[impl IdenStatic]) -> String {
    names(columns).join(", ")
}

fn names(columns: &[impl IdenStatic]) -> Vec<&'static str> {
    columns.iter().map(IdenStatic::as_str).collect()
}

/// Rows of numbers from `sql`, keyed by their first `key` numbers.
async fn numbers(
    db: &impl ConnectionTrait,
    sql: String,
    key: usize,
    width: usize,
) -> Result<BTreeMap<Vec<i64>, Vec<i64>>, DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    let mut found = BTreeMap::new();
    for row in rows {
        let mut values = Vec::with_capacity(key + width);
        for index in 0..key + width {
            values.push(row.try_get_by_index::<i64>(index)?);
        }
        let figures = values.split_off(key);
        found.insert(values, figures);
    }
    Ok(found)
}

/// Every difference between the stored `rows` and the `recounted` ones (absent = zeros).
fn compare(
    round_id: i64,
    names: &[&'static str],
    stored: &BTreeMap<Vec<i64>, Vec<i64>>,
    recounted: &BTreeMap<Vec<i64>, Vec<i64>>,
    differences: &mut Vec<Difference>,
) {
    let zeros = vec![0; names.len()];
    let keys: std::collections::BTreeSet<&Vec<i64>> =
        stored.keys().chain(recounted.keys()).collect();
    for key in keys {
        let kept = stored.get(key).unwrap_or(&zeros);
        let counted = recounted.get(key).unwrap_or(&zeros);
        for ((name, kept), counted) in names.iter().zip(kept).zip(counted) {
            if kept != counted {
                differences.push(Difference {
                    round_id,
                    proposal_id: key.get(1).copied(),
                    column: name,
                    stored: *kept,
                    recounted: *counted,
                });
            }
        }
    }
}

/// Every figure of the counters that differs from a recount of the ballots, round by round,
/// read from one snapshot of the database (so that votes cast meanwhile are not reported).
pub async fn check(db: &DatabaseConnection) -> Result<Vec<Difference>, DbErr> {
    let tx = if db::is_sqlite(db) {
        db.begin().await?
    } else {
        db.begin_with_config(
            Some(IsolationLevel::RepeatableRead),
            Some(AccessMode::ReadOnly),
        )
        .await?
    };
    let (count_names, voter_names) = (names(&COLUMNS), names(&VOTER_COLUMNS));
    let mut differences = Vec::new();
    for round in round::Entity::find()
        .order_by_asc(round::Column::Id)
        .all(&tx)
        .await?
    {
        let stored = format!(
            "SELECT round_id, proposal_id, {} FROM vote_count WHERE round_id = {}",
            column_list(&COLUMNS),
            round.id
        );
        let stored = numbers(&tx, stored, 2, COLUMNS.len()).await?;
        let recounted = numbers(&tx, recount_counts(&round), 2, COLUMNS.len()).await?;
        compare(
            round.id,
            &count_names,
            &stored,
            &recounted,
            &mut differences,
        );

        let stored = format!(
            "SELECT round_id, {} FROM round_voters WHERE round_id = {}",
            column_list(&VOTER_COLUMNS),
            round.id
        );
        let stored = numbers(&tx, stored, 1, VOTER_COLUMNS.len()).await?;
        let recounted = numbers(&tx, recount_voters(round.id), 1, VOTER_COLUMNS.len()).await?;
        compare(
            round.id,
            &voter_names,
            &stored,
            &recounted,
            &mut differences,
        );
    }
    tx.commit().await?;
    Ok(differences)
}

/// Rewrites `vote_count` and `round_voters` from the ballots, in one transaction that keeps
/// votes waiting meanwhile. Returns how many rounds were counted.
pub async fn rebuild(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let tx = db::begin_write(db).await?;
    if !db::is_sqlite(db) {
        // Votes wait until the counters are rewritten (SQLite's write lock does the same).
        tx.execute_unprepared("LOCK TABLE vote IN SHARE MODE")
            .await?;
    }
    let rounds = round::Entity::find()
        .order_by_asc(round::Column::Id)
        .all(&tx)
        .await?;
    for round in &rounds {
        vote_count::Entity::delete_many()
            .filter(vote_count::Column::RoundId.eq(round.id))
            .exec(&tx)
            .await?;
        round_voters::Entity::delete_many()
            .filter(round_voters::Column::RoundId.eq(round.id))
            .exec(&tx)
            .await?;
        tx.execute_unprepared(&format!(
            "INSERT INTO vote_count (round_id, proposal_id, {}) {}",
            column_list(&COLUMNS),
            recount_counts(round)
        ))
        .await?;
        tx.execute_unprepared(&format!(
            "INSERT INTO round_voters (round_id, {}) {}",
            column_list(&VOTER_COLUMNS),
            recount_voters(round.id)
        ))
        .await?;
    }
    tx.commit().await?;
    Ok(rounds.len())
}

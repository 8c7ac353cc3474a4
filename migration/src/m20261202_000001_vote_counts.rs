//! Counters kept beside the ballots, in the same transaction as each vote, so that lists,
//! proposal pages and results read a handful of rows instead of a round's ballots:
//! `vote_count`, one row per round and proposal, and `round_voters`, one row per round.
//! Existing ballots are counted into them once, here.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const GROUPS: [&str; 4] = ["beneficiary", "institution", "third_sector", "other"];

/// What one ballot adds to its proposal's main figure: a support, a "for", or its dots.
const POINTS: &str = "CASE WHEN r.vote_rule = 'dots' THEN (CASE WHEN v.value > 0 THEN v.value \
                      ELSE 0 END) ELSE (CASE WHEN v.value > 0 THEN 1 ELSE 0 END) END";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut counts = Table::create();
        counts
            .table(VoteCount::Table)
            .col(big_integer(VoteCount::RoundId))
            .col(big_integer(VoteCount::ProposalId))
            .col(big_integer(VoteCount::Total).default(0))
            .col(big_integer(VoteCount::Against).default(0))
            .col(big_integer(VoteCount::Abstain).default(0));
        for column in VoteCount::PER_GROUP {
            counts.col(big_integer(column).default(0));
        }
        counts
            .primary_key(
                Index::create()
                    .col(VoteCount::RoundId)
                    .col(VoteCount::ProposalId),
            )
            .foreign_key(
                ForeignKey::create()
                    .from(VoteCount::Table, VoteCount::RoundId)
                    .to(Round::Table, Round::Id)
                    .on_delete(ForeignKeyAction::Cascade),
            )
            .foreign_key(
                ForeignKey::create()
                    .from(VoteCount::Table, VoteCount::ProposalId)
                    .to(Proposal::Table, Proposal::Id)
                    .on_delete(ForeignKeyAction::Cascade),
            );
        manager.create_table(counts.to_owned()).await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_vote_count_ranking")
                    .table(VoteCount::Table)
                    .col(VoteCount::RoundId)
                    .col(VoteCount::Total)
                    .col(VoteCount::ProposalId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_vote_count_proposal")
                    .table(VoteCount::Table)
                    .col(VoteCount::ProposalId)
                    .to_owned(),
            )
            .await?;

        let mut voters = Table::create();
        voters
            .table(RoundVoters::Table)
            .col(big_integer(RoundVoters::RoundId).primary_key());
        for column in RoundVoters::PER_GROUP {
            voters.col(big_integer(column).default(0));
        }
        voters.foreign_key(
            ForeignKey::create()
                .from(RoundVoters::Table, RoundVoters::RoundId)
                .to(Round::Table, Round::Id)
                .on_delete(ForeignKeyAction::Cascade),
        );
        manager.create_table(voters.to_owned()).await?;

        let db = manager.get_connection();
        db.execute_unprepared(&backfill_counts()).await?;
        db.execute_unprepared(&backfill_voters()).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RoundVoters::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(VoteCount::Table).to_owned())
            .await?;
        Ok(())
    }
}

/// Counts every existing ballot into `vote_count`.
fn backfill_counts() -> String {
    let mut columns = vec!["total".to_owned(), "against".into(), "abstain".into()];
    let mut figures = vec![
        format!("SUM({POINTS})"),
        "SUM(CASE WHEN v.value = -1 THEN 1 ELSE 0 END)".to_owned(),
        "SUM(CASE WHEN v.value = 0 THEN 1 ELSE 0 END)".to_owned(),
    ];
    for group in GROUPS {
        columns.push(format!("points_{group}"));
        figures.push(format!(
            "SUM(CASE WHEN v.voter_group = '{group}' THEN {POINTS} ELSE 0 END)"
        ));
    }
    for group in GROUPS {
        columns.push(format!("supporters_{group}"));
        figures.push(format!(
            "SUM(CASE WHEN v.voter_group = '{group}' AND v.value > 0 THEN 1 ELSE 0 END)"
        ));
    }
    format!(
        "INSERT INTO vote_count (round_id, proposal_id, {}) \
         SELECT v.round_id, v.proposal_id, {} \
         FROM vote v JOIN round r ON r.id = v.round_id \
         GROUP BY v.round_id, v.proposal_id",
        columns.join(", "),
        figures.join(", ")
    )
}

/// Counts every round's voters, per group, into `round_voters`.
fn backfill_voters() -> String {
    let figures: Vec<String> = GROUPS
        .iter()
        .map(|group| {
            format!("COUNT(DISTINCT CASE WHEN v.voter_group = '{group}' THEN v.user_id END)")
        })
        .collect();
    format!(
        "INSERT INTO round_voters (round_id, {}) \
         SELECT v.round_id, {} FROM vote v GROUP BY v.round_id",
        GROUPS.join(", "),
        figures.join(", ")
    )
}

#[derive(DeriveIden, Clone, Copy)]
enum VoteCount {
    Table,
    RoundId,
    ProposalId,
    Total,
    Against,
    Abstain,
    PointsBeneficiary,
    PointsInstitution,
    PointsThirdSector,
    PointsOther,
    SupportersBeneficiary,
    SupportersInstitution,
    SupportersThirdSector,
    SupportersOther,
}

impl VoteCount {
    const PER_GROUP: [Self; 8] = [
        Self::PointsBeneficiary,
        Self::PointsInstitution,
        Self::PointsThirdSector,
        Self::PointsOther,
        Self::SupportersBeneficiary,
        Self::SupportersInstitution,
        Self::SupportersThirdSector,
        Self::SupportersOther,
    ];
}

#[derive(DeriveIden, Clone, Copy)]
enum RoundVoters {
    Table,
    RoundId,
    Beneficiary,
    Institution,
    ThirdSector,
    Other,
}

impl RoundVoters {
    const PER_GROUP: [Self; 4] = [
        Self::Beneficiary,
        Self::Institution,
        Self::ThirdSector,
        Self::Other,
    ];
}

#[derive(DeriveIden)]
enum Round {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Proposal {
    Table,
    Id,
}

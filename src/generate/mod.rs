//! `tavolo generate`: a synthetic consultation `scale` for benchmarks and capacity planning —
//! accounts `scale-000001@example.test` … in every stakeholder group, all with one password,
//! proposals and comments in several languages, and votes skewed the way real ones are (a few
//! proposals draw most supports) — written with multi-row inserts in one transaction.
//!
//! The consultation has a closed `approval` round and an open `support` round with live
//! results that allows proposals, comments and voting. The counters kept beside the ballots
//! (`proposal.comments_count`, `vote_count`, `round_voters`) are counted while generating and
//! written exact, as the application would have left them.
//!
//! - `people.rs`: the accounts;
//! - `content.rs`: the consultation, its rounds, proposals and comments;
//! - `ballots.rs`: the votes and their counters;
//! - `text.rs`: the words; `skew.rs`: the shapes; `bulk.rs`: the inserts;
//!   `progress.rs`: what the person waiting sees.

mod ballots;
mod bulk;
mod content;
mod people;
mod progress;
mod skew;
mod text;

use std::time::Instant;

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use clap::Args;
use sea_orm::{ConnectionTrait, DbBackend};

use crate::{
    accounts::{domain::Password, users},
    config::Config,
    db,
};

pub use text::body_columns;

/// The slug of the generated consultation.
pub const SLUG: &str = "scale";

#[derive(Args)]
pub struct GenerateArgs {
    /// How many accounts (`scale-000001@example.test` …).
    #[arg(long, env = "TAVOLO_GENERATE_ACCOUNTS", default_value_t = 1_000)]
    pub accounts: u64,
    /// How many proposals, written by those accounts.
    #[arg(long, env = "TAVOLO_GENERATE_PROPOSALS", default_value_t = 100)]
    pub proposals: u64,
    /// How many comments (replies included), spread over the proposals.
    #[arg(long, env = "TAVOLO_GENERATE_COMMENTS", default_value_t = 1_000)]
    pub comments: u64,
    /// How many votes, in both rounds together (a small share in the closed round).
    #[arg(long, env = "TAVOLO_GENERATE_VOTES", default_value_t = 10_000)]
    pub votes: u64,
    /// The password of every generated account.
    #[arg(
        long,
        env = "TAVOLO_GENERATE_PASSWORD",
        default_value = "scale-password",
        hide_env_values = true
    )]
    pub password: String,
    /// The same seed gives the same content.
    #[arg(long, env = "TAVOLO_GENERATE_SEED", default_value_t = 46_2013)]
    pub seed: u64,
    /// Add the consultation even though the database holds other consultations.
    #[arg(long, env = "TAVOLO_GENERATE_FORCE")]
    pub force: bool,
    /// No progress on standard error, only the summary.
    #[arg(long, short, env = "TAVOLO_GENERATE_QUIET")]
    pub quiet: bool,
}

/// What is to be generated, checked to be possible.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub accounts: u64,
    pub proposals: u64,
    pub comments: u64,
    /// Votes in the closed approval round.
    pub approval_votes: u64,
    /// Votes in the open support round.
    pub support_votes: u64,
    /// Proposals made during the first round (the rest in the open one).
    pub first_round_proposals: u64,
}

/// The share of votes cast in the closed approval round.
const APPROVAL_SHARE: f64 = 0.05;

impl Scale {
    pub fn plan(args: &GenerateArgs) -> anyhow::Result<Scale> {
        if args.proposals > 0 && args.accounts == 0 {
            bail!("proposals need authors: ask for at least one account");
        }
        if (args.comments > 0 || args.votes > 0) && args.proposals == 0 {
            bail!("comments and votes need proposals: ask for at least one proposal");
        }
        let first_round_proposals = args.proposals / 5;
        // Nobody votes twice on a proposal in a round.
        let approval_room = args.accounts * first_round_proposals;
        let support_room = args.accounts * args.proposals;
        let mut approval_votes = ((args.votes as f64 * APPROVAL_SHARE) as u64).min(approval_room);
        let mut support_votes = args.votes - approval_votes;
        if support_votes > support_room {
            approval_votes += support_votes - support_room;
            support_votes = support_room;
        }
        if approval_votes > approval_room {
            bail!(
                "{} votes do not fit: with {} accounts and {} proposals there is room for {} \
                 (one vote per account per proposal in each round)",
                args.votes,
                args.accounts,
                args.proposals,
                approval_room + support_room
            );
        }
        Ok(Scale {
            accounts: args.accounts,
            proposals: args.proposals,
            comments: args.comments,
            approval_votes,
            support_votes,
            first_round_proposals,
        })
    }
}

pub async fn run(config: &Config, args: GenerateArgs) -> anyhow::Result<()> {
    let scale = Scale::plan(&args)?;
    let password = Password::parse(&args.password).map_err(|_| {
        anyhow::anyhow!(
            "the password must be {} to {} characters",
            crate::accounts::domain::MIN_PASSWORD_CHARS,
            crate::accounts::domain::MAX_PASSWORD_CHARS
        )
    })?;
    let database = db::connect_and_migrate(config).await?;
    refuse_unless_fresh(&database, args.force).await?;
    // Hashed once: every account shares the hash, as it shares the password.
    let password_hash = users::hash_password(&password).await?;

    let started = Instant::now();
    let progress = progress::Progress::new(args.quiet);
    let now = Utc::now();
    let tx = db::begin_write(&database).await?;
    let accounts = people::write_accounts(&tx, &scale, &password_hash, args.seed, now, &progress)
        .await
        .context("writing the accounts")?;
    let consultation = content::write_consultation(&tx, now, &progress)
        .await
        .context("writing the consultation")?;
    let proposals = content::write_proposals(
        &tx,
        &scale,
        &accounts,
        &consultation,
        args.seed,
        now,
        &progress,
    )
    .await
    .context("writing the proposals")?;
    content::write_comments(
        &tx, &scale, &accounts, &proposals, args.seed, now, &progress,
    )
    .await
    .context("writing the comments")?;
    ballots::write_votes(
        &tx,
        &scale,
        &accounts,
        &consultation,
        &proposals,
        args.seed,
        now,
        &progress,
    )
    .await
    .context("writing the votes")?;
    for table in ["user", "consultation", "proposal", "comment"] {
        bulk::resume_id_sequence(&tx, table).await?;
    }
    progress.say("committing");
    tx.commit().await?;
    if database.get_database_backend() == DbBackend::Postgres {
        // Fresh statistics, as autovacuum would gather soon, so that plans fit the new size.
        database.execute_unprepared("ANALYZE").await?;
    }
    progress.finish();
    eprintln!(
        "tavolo generate: consultation {SLUG:?} with {} accounts, {} proposals, {} comments and \
         {} votes ({} in the closed approval round) in {:.1} s; every account's password is the \
         one given (default scale-password)",
        scale.accounts,
        scale.proposals,
        scale.comments,
        scale.approval_votes + scale.support_votes,
        scale.approval_votes,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Generated content goes into an empty platform unless `--force`; never twice.
async fn refuse_unless_fresh(db: &impl ConnectionTrait, force: bool) -> anyhow::Result<()> {
    let consultations = count(db, "SELECT COUNT(*) FROM consultation").await?;
    let scale = count(
        db,
        &format!("SELECT COUNT(*) FROM consultation WHERE slug = '{SLUG}'"),
    )
    .await?;
    let accounts = count(
        db,
        "SELECT COUNT(*) FROM \"user\" WHERE email LIKE 'scale-%@example.test'",
    )
    .await?;
    if scale > 0 || accounts > 0 {
        bail!(
            "this database already holds generated content (the {SLUG:?} consultation or \
             scale-… accounts); generate into a fresh database"
        );
    }
    if consultations > 0 && !force {
        bail!(
            "this database already holds {consultations} consultation(s); tavolo generate is \
             meant for an empty one (pass --force to add {SLUG:?} beside them)"
        );
    }
    Ok(())
}

async fn count(db: &impl ConnectionTrait, sql: &str) -> anyhow::Result<i64> {
    Ok(bulk::number(db, sql).await?)
}

/// A moment between `from` and `to`, at random (`from` when the span is empty).
fn moment_between(
    rng: &mut impl rand::Rng,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> DateTime<Utc> {
    use rand::RngExt;
    let span = (to - from).num_seconds();
    if span <= 0 {
        return from;
    }
    from + chrono::TimeDelta::seconds(rng.random_range(0..span))
}

//! `tavolo tally --check | --rebuild`: recounts every figure of the vote counters from the
//! ballots and lists the differences, or rewrites the counters from the ballots.

use anyhow::bail;
use clap::Args;

use super::recount;
use crate::{config::Config, db};

#[derive(Args)]
#[group(required = true, multiple = false)]
pub struct TallyArgs {
    /// Recount every figure from the ballots and list each one the counters get wrong;
    /// exits with an error when there is any.
    #[arg(long, env = "TAVOLO_TALLY_CHECK")]
    pub check: bool,
    /// Rewrite the counters from the ballots (votes wait meanwhile), listing what it fixes.
    #[arg(long, env = "TAVOLO_TALLY_REBUILD")]
    pub rebuild: bool,
}

pub async fn run(config: &Config, args: TallyArgs) -> anyhow::Result<()> {
    let database = db::connect_and_migrate(config).await?;
    let differences = recount::check(&database).await?;
    for difference in &differences {
        println!("{difference}");
    }
    if args.rebuild {
        let rounds = recount::rebuild(&database).await?;
        println!(
            "rebuilt the counters of {rounds} rounds from the ballots; {} differences fixed",
            differences.len()
        );
        let left = recount::check(&database).await?;
        for difference in &left {
            println!("{difference}");
        }
        println!("{} differences", left.len());
        if !left.is_empty() {
            bail!("the counters still differ from the ballots after rebuilding");
        }
        return Ok(());
    }
    println!("{} differences", differences.len());
    if !differences.is_empty() {
        bail!(
            "{} figures differ from the ballots; `tavolo tally --rebuild` rewrites them",
            differences.len()
        );
    }
    Ok(())
}

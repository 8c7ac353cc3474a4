//! The `tavolo` command: parses the command line and hands over to the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tavolo::{
    accounts::cli::UserCommand,
    config::{Config, ServeConfig},
    exports::cli::ExportArgs,
    generate::GenerateArgs,
    voting::cli::TallyArgs,
};

#[derive(Parser)]
#[command(
    name = "tavolo",
    version,
    about = "Tavolo: co-design and participation platform"
)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrates the database first).
    Serve(ServeConfig),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Export a consultation's outcomes (CSV, JSON, XLSX or the printable report).
    Export(ExportArgs),
    /// Recount every vote figure from the ballots (`--check`) or rewrite the counters
    /// from them (`--rebuild`).
    Tally(TallyArgs),
    /// Fill the database with a synthetic consultation `scale` (accounts, proposals,
    /// comments, votes) for benchmarks.
    Generate(GenerateArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tavolo::telemetry::init();
    let runtime = tokio::runtime::Runtime::new().expect("the async runtime starts");
    let outcome = runtime.block_on(async move {
        match cli.command {
            Command::Serve(serve) => tavolo::serve(cli.config, serve).await,
            Command::Migrate => tavolo::db::connect_and_migrate(&cli.config).await.map(drop),
            Command::User(command) => tavolo::accounts::cli::run(&cli.config, command).await,
            Command::Export(args) => tavolo::exports::cli::run(&cli.config, args).await,
            Command::Tally(args) => tavolo::voting::cli::run(&cli.config, args).await,
            Command::Generate(args) => tavolo::generate::run(&cli.config, args).await,
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tavolo: {error:#}");
            ExitCode::FAILURE
        }
    }
}

//! The `tavolo` command: parses the command line and hands over to the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tavolo::{
    accounts::cli::UserCommand,
    backup::{BackupArgs, RestoreArgs},
    check::CheckArgs,
    config::{Config, ServeConfig},
    exports::cli::ExportArgs,
    generate::GenerateArgs,
    voting::cli::TallyArgs,
};

#[derive(Parser)]
#[command(
    name = "tavolo",
    version = tavolo::VERSION,
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
    /// Copy the SQLite database while the server runs (checked, never overwriting).
    Backup(BackupArgs),
    /// Put a backup back in place of the SQLite database (server stopped; asks first).
    Restore(RestoreArgs),
    /// Say, line by line, whether this configuration is ready to serve (exit 1 if not).
    Check(CheckArgs),
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    tavolo::telemetry::init(cli.config.log_format, cli.config.metrics_addr.is_some());
    let runtime = tokio::runtime::Runtime::new().expect("the async runtime starts");
    let outcome = runtime.block_on(async move {
        match cli.command {
            Command::Serve(serve) => tavolo::serve(cli.config, serve).await,
            Command::Migrate => tavolo::db::connect_and_migrate(&cli.config).await.map(drop),
            Command::User(command) => tavolo::accounts::cli::run(&cli.config, command).await,
            Command::Export(args) => tavolo::exports::cli::run(&cli.config, args).await,
            Command::Tally(args) => tavolo::voting::cli::run(&cli.config, args).await,
            Command::Generate(args) => tavolo::generate::run(&cli.config, args).await,
            Command::Backup(args) => tavolo::backup::backup(&cli.config, args).await,
            Command::Restore(args) => tavolo::backup::restore(&cli.config, args).await,
            Command::Check(args) => tavolo::check::run(&cli.config, args).await,
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

/// Keeps the process's memory near what it uses. By default glibc's allocator keeps up to
/// eight arenas per core and, after each large block is freed, raises the size from which it
/// maps blocks of their own: the 19 MiB of every password hash and the buffers of large
/// answers then stay in the process long after the request (200 MB after 24 logins, measured;
/// 35 MB with these settings). Called before any thread starts, as `mallopt` requires.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    const BLOCK_OF_ITS_OWN: libc::c_int = 128 * 1024;
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let arenas = libc::c_int::try_from(cores.max(2)).unwrap_or(2);
    // SAFETY: mallopt only sets allocator parameters; no other thread exists yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, arenas);
        libc::mallopt(libc::M_MMAP_THRESHOLD, BLOCK_OF_ITS_OWN);
        libc::mallopt(libc::M_TRIM_THRESHOLD, BLOCK_OF_ITS_OWN);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}

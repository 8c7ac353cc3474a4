//! `tavolo user create`: accounts made by whoever runs the server (the first coordinator).

use entity::{Code, StakeholderGroup};
use std::io::{BufRead, IsTerminal, Write};

use anyhow::{Context, bail};
use clap::{Subcommand, ValueEnum};
use entity::PlatformRole;

use super::{
    domain::{EmailAddress, Password, parse_name},
    users::{self, CreateError, NewAccount},
};
use crate::{config::Config, db, i18n::Locale};

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a verified account. The password is read from standard input (or asked for).
    Create {
        #[arg(long, env = "TAVOLO_USER_EMAIL")]
        email: String,
        #[arg(long, env = "TAVOLO_USER_NAME")]
        name: String,
        #[arg(
            long,
            env = "TAVOLO_USER_ROLE",
            value_enum,
            default_value = "participant"
        )]
        role: RoleArg,
        /// Stakeholder group: beneficiary, institution, third_sector or other.
        #[arg(long, env = "TAVOLO_USER_GROUP", default_value = "other")]
        group: String,
        /// Language of the account's pages and emails (defaults to the platform's).
        #[arg(long, env = "TAVOLO_USER_LOCALE")]
        locale: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Participant,
    Coordinator,
}

pub async fn run(config: &Config, command: UserCommand) -> anyhow::Result<()> {
    let UserCommand::Create {
        email,
        name,
        role,
        group,
        locale,
    } = command;
    let email = EmailAddress::parse(&email)
        .with_context(|| format!("not a valid email address: {email}"))?;
    let display_name =
        parse_name(&name).map_err(|_| anyhow::anyhow!("the name must be 1 to 100 characters"))?;
    let group = StakeholderGroup::from_code(&group).with_context(|| {
        format!("unknown group {group}: use beneficiary, institution, third_sector or other")
    })?;
    let locale = Locale::or_default(locale.as_deref(), &config.default_locale);
    let password = Password::parse(&read_password()?).map_err(|_| {
        anyhow::anyhow!(
            "the password must be {} to {} characters",
            super::domain::MIN_PASSWORD_CHARS,
            super::domain::MAX_PASSWORD_CHARS
        )
    })?;

    let db = db::connect_and_migrate(config).await?;
    let account = NewAccount {
        email,
        display_name,
        group,
        organisation: None,
        locale: locale.code().to_owned(),
        role: match role {
            RoleArg::Participant => PlatformRole::Participant,
            RoleArg::Coordinator => PlatformRole::Coordinator,
        },
        verified: true,
    };
    let hash = users::hash_password(&password).await?;
    match users::create(&db, account, hash, chrono::Utc::now()).await {
        Ok(user) => {
            println!("created account {} <{}>", user.id, user.email);
            Ok(())
        }
        Err(CreateError::EmailTaken) => bail!("an account with this email already exists"),
        Err(CreateError::Database(error)) => Err(error.into()),
    }
}

/// One line from standard input; on a terminal, asked for without echo-free tricks, so
/// prefer piping it: `echo "$PASSWORD" | tavolo user create …`.
fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!(
            "Password (at least {} characters): ",
            super::domain::MIN_PASSWORD_CHARS
        );
        std::io::stderr().flush().ok();
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .context("cannot read the password")?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        bail!("no password given on standard input");
    }
    Ok(password)
}

//! Creating accounts and checking passwords.

use anyhow::Context;
use argon2::{
    Argon2,
    password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash},
};
use chrono::{DateTime, Utc};
use entity::{PlatformRole, StakeholderGroup, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, SqlErr,
};

use super::domain::{EmailAddress, Password};

/// An account about to be created.
pub struct NewAccount {
    pub email: EmailAddress,
    pub display_name: String,
    pub group: StakeholderGroup,
    pub organisation: Option<String>,
    pub locale: String,
    pub role: PlatformRole,
    /// Set for accounts whose address is already known to be theirs (made from the command
    /// line, or the demo's).
    pub verified: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Hashes with Argon2id off the async threads: it is meant to be slow.
pub async fn hash_password(password: &Password) -> anyhow::Result<String> {
    let password = password.expose().to_owned();
    let _turn = hashing_turn().await;
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))
    })
    .await
    .context("password hashing was interrupted")?
}

/// A turn to hash a password: at most one per core at a time. Each hash takes tens of
/// milliseconds of CPU and 19 MiB of memory; two hundred logins at once would otherwise run
/// two hundred of them side by side, starving every other request of CPU (and of the
/// database connections those requests hold) until they time out. Waiting here holds no
/// connection.
async fn hashing_turn() -> Option<tokio::sync::SemaphorePermit<'static>> {
    static TURNS: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, usize::from))
    });
    TURNS.acquire().await.ok()
}

/// Checks a password against a stored hash, off the async threads.
pub async fn password_matches(password: &str, stored_hash: &str) -> bool {
    let (password, stored_hash) = (password.to_owned(), stored_hash.to_owned());
    let _turn = hashing_turn().await;
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored_hash).is_ok_and(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
}

/// A hash of a random password, compared against when an address has no account, so that
/// a failed login takes as long whether or not the account exists.
pub async fn dummy_hash() -> &'static str {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_init(|| async {
            let password = Password::parse(&crate::crypto::random_token())
                .expect("a random token is a valid password");
            hash_password(&password).await.unwrap_or_default()
        })
        .await
}

pub async fn create(
    db: &impl ConnectionTrait,
    account: NewAccount,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<user::Model, CreateError> {
    let row = user::ActiveModel {
        email: Set(account.email.as_str().to_owned()),
        display_name: Set(account.display_name),
        password_hash: Set(password_hash),
        role: Set(account.role),
        stakeholder_group: Set(account.group),
        organisation: Set(account.organisation),
        locale: Set(account.locale),
        email_verified_at: Set(account.verified.then_some(now)),
        privacy_accepted_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        // Email at once about one's own contributions, in a daily digest about the rest.
        email_own: Set("immediate".to_owned()),
        email_others: Set("daily".to_owned()),
        ..Default::default()
    };
    row.insert(db).await.map_err(|error| match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => CreateError::EmailTaken,
        _ => CreateError::Database(error),
    })
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &EmailAddress,
) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await
}

pub async fn set_password(
    db: &impl ConnectionTrait,
    user_id: i64,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    user::ActiveModel {
        id: Set(user_id),
        password_hash: Set(password_hash),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

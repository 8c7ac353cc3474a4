//! PostgreSQL databases for tests, made as copies of one migrated template.
//!
//! Running every migration on each test's new database cost more than most tests themselves,
//! and so did waiting for `DROP DATABASE` (PostgreSQL takes a checkpoint for each). So each
//! test process, the first time a test asks for a database:
//!
//! - takes a *tag* of its own (random) and holds a session-level advisory lock named after
//!   it, on a connection kept open until the process ends: the lock says "this tag is alive",
//!   and PostgreSQL lets it go when the process ends however it ends;
//! - drops every database of another tag whose lock it can take (its process is gone: a run
//!   that was interrupted, or whose last drops had not finished), so nothing piles up and no
//!   template is ever reused: each process migrates its own, from the code it was built from,
//!   even when a migration was edited under the same name;
//! - creates `tavolo_t_<tag>_template`, migrates it with `tavolo::db::migrate` exactly as
//!   the server does, takes out the signing key (each site makes its own at start-up, and so
//!   each test's server does), closes every connection and makes the template refuse new
//!   ones (`ALLOW_CONNECTIONS false`: PostgreSQL copies a database only while nobody, not
//!   even autovacuum, is connected to it).
//!
//! Each test's database is then `CREATE DATABASE tavolo_t_<tag>_<n> TEMPLATE …`, a copy of
//! the files with no migration to run; the server's own start-up migration finds everything
//! applied. Tests that need a database nothing has touched ([`super::TestDb::empty`]) get a
//! plain `CREATE DATABASE`. Every test database has `synchronous_commit = off`: a commit
//! does not wait for the disk (as on SQLite, whose WAL mode with `synchronous = NORMAL` does
//! not either); what every session sees is the same, only what a crash of PostgreSQL would
//! keep differs, and no test crashes it.
//!
//! A finished test's database is dropped by a background task, one at a time, without the
//! test waiting; when the last test database of the process is dropped, the drop waits for
//! all of them. A run that ends normally leaves only its template behind (no hook runs when a
//! test process exits), and the next run drops it.
//!
//! All of it happens on one runtime of its own, on a thread that lives as long as the process:
//! every `#[tokio::test]` has a runtime of its own, and a connection pool made on one runtime
//! may hang when used from another once its runtime is gone.

use std::{
    sync::{
        OnceLock,
        atomic::{AtomicU64, AtomicUsize, Ordering},
        mpsc as std_mpsc,
    },
    time::Duration,
};

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, Statement,
    sqlx::{Connection, PgConnection},
};
use tavolo::db;
use tokio::{runtime::Runtime, sync::mpsc};

/// Every database this module makes starts with it; other test databases are never touched.
const PREFIX: &str = "tavolo_t_";
/// The first key of the advisory locks that mark a tag as alive ("tvlt").
const LOCK_CLASS: i32 = 0x7476_6c74;
/// How many times a copy is tried while PostgreSQL still counts a closing connection to the
/// template, and how long between tries.
const COPY_TRIES: u32 = 100;
const COPY_RETRY_AFTER: Duration = Duration::from_millis(50);

/// A new PostgreSQL database for one test: `(url, name)`.
pub async fn create(admin_url: &str, migrated: bool) -> (String, String) {
    let admin = admin(admin_url);
    let name = format!(
        "{PREFIX}{}_{}",
        admin.tag,
        admin.counter.fetch_add(1, Ordering::Relaxed)
    );
    admin.live.fetch_add(1, Ordering::SeqCst);
    let template = migrated.then(|| admin.template.clone());
    let pool = admin.pool.clone();
    let made = name.clone();
    admin
        .runtime
        .spawn(async move { create_database(&pool, &made, template.as_deref()).await })
        .await
        .expect("the admin runtime runs");
    (format!("{}/{name}", admin.base_url), name)
}

/// Drops a test's database in the background; waits for every drop when it was the last one
/// alive.
pub fn drop_database(name: String) {
    let admin = ADMIN.get().expect("made by create");
    admin
        .drops
        .send(Job::Database(name))
        .expect("the dropper runs");
    if admin.live.fetch_sub(1, Ordering::SeqCst) == 1 {
        let (done, finished) = std_mpsc::channel();
        if admin.drops.send(Job::Flush(done)).is_ok() {
            finished.recv().ok();
        }
    }
}

enum Job {
    Database(String),
    /// Answered once every drop queued before it is done.
    Flush(std_mpsc::Sender<()>),
}

struct Admin {
    runtime: Runtime,
    /// Used only on `runtime`.
    pool: DatabaseConnection,
    tag: String,
    template: String,
    /// `TEST_DATABASE_URL` without its database name.
    base_url: String,
    counter: AtomicU64,
    /// Test databases created and not yet dropped.
    live: AtomicUsize,
    drops: mpsc::UnboundedSender<Job>,
}

static ADMIN: OnceLock<Admin> = OnceLock::new();

fn admin(admin_url: &str) -> &'static Admin {
    ADMIN.get_or_init(|| {
        let admin_url = admin_url.to_owned();
        // Built outside the calling test's runtime, on which nothing may block.
        std::thread::spawn(move || start(&admin_url))
            .join()
            .expect("the test template is made")
    })
}

fn start(admin_url: &str) -> Admin {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("test-databases")
        .enable_all()
        .build()
        .expect("a runtime");
    let tag = tavolo::crypto::random_token()
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(10)
        .collect::<String>();
    let base_url = admin_url
        .rsplit_once('/')
        .map_or(admin_url, |(base, _)| base)
        .to_owned();
    let template = format!("{PREFIX}{tag}_template");
    let (pool, drops) = runtime.block_on(async {
        let pool = db::connect_url(admin_url)
            .await
            .expect("TEST_DATABASE_URL answers");
        let mut alive = PgConnection::connect(admin_url)
            .await
            .expect("TEST_DATABASE_URL answers");
        sea_orm::sqlx::query("SELECT pg_advisory_lock($1, hashtext($2))")
            .bind(LOCK_CLASS)
            .bind(&tag)
            .execute(&mut alive)
            .await
            .expect("this process's lock is taken");
        // Held, unused, until the process ends.
        tokio::spawn(async move {
            let _alive = alive;
            std::future::pending::<()>().await;
        });
        drop_leftovers(&pool, &tag).await;
        make_template(&pool, &format!("{base_url}/{template}"), &template).await;
        let (drops, queue) = mpsc::unbounded_channel();
        tokio::spawn(dropper(pool.clone(), queue));
        (pool, drops)
    });
    Admin {
        runtime,
        pool,
        tag,
        template,
        base_url,
        counter: AtomicU64::new(0),
        live: AtomicUsize::new(0),
        drops,
    }
}

/// Drops the databases of every tag but `own` whose process has ended (its lock is free).
async fn drop_leftovers(pool: &DatabaseConnection, own: &str) {
    let rows = pool
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
            [PREFIX.into()],
        ))
        .await
        .expect("the databases can be listed");
    for row in rows {
        let name: String = row.try_get_by_index(0).expect("a name");
        let Some((tag, _)) = name[PREFIX.len()..].split_once('_') else {
            continue;
        };
        if tag == own {
            continue;
        }
        // A transaction-level lock in a statement of its own: free again at once.
        let gone = pool
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_try_advisory_xact_lock($1, hashtext($2))",
                [LOCK_CLASS.into(), tag.into()],
            ))
            .await
            .expect("a lock can be tried")
            .and_then(|row| row.try_get_by_index::<bool>(0).ok())
            .unwrap_or(false);
        if gone {
            pool.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .ok();
        }
    }
}

async fn make_template(pool: &DatabaseConnection, url: &str, name: &str) {
    pool.execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("the template can be created");
    let template = db::connect_url(url).await.expect("the template opens");
    super::db::migrate_template(&template).await;
    template.close().await.expect("the template's pool closes");
    pool.execute_unprepared(&format!(
        "ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false"
    ))
    .await
    .expect("the template refuses connections");
}

/// Creates `name`, a copy of `template` if given; retries while PostgreSQL still counts a
/// connection to the template that is closing.
async fn create_database(pool: &DatabaseConnection, name: &str, template: Option<&str>) {
    let sql = match template {
        Some(template) => format!("CREATE DATABASE {name} TEMPLATE {template}"),
        None => format!("CREATE DATABASE {name}"),
    };
    for _ in 1..COPY_TRIES {
        match pool.execute_unprepared(&sql).await {
            Ok(_) => return asynchronous_commits(pool, name).await,
            Err(error) if error.to_string().contains("being accessed by other users") => {
                tokio::time::sleep(COPY_RETRY_AFTER).await;
            }
            Err(error) => panic!("{sql}: {error}"),
        }
    }
    pool.execute_unprepared(&sql)
        .await
        .unwrap_or_else(|error| panic!("{sql}: {error}"));
    asynchronous_commits(pool, name).await;
}

/// Commits on `name` no longer wait for their log to reach the disk (see the module's doc).
async fn asynchronous_commits(pool: &DatabaseConnection, name: &str) {
    pool.execute_unprepared(&format!(
        "ALTER DATABASE {name} SET synchronous_commit = off"
    ))
    .await
    .expect("the test database is set up");
}

async fn dropper(pool: DatabaseConnection, mut queue: mpsc::UnboundedReceiver<Job>) {
    while let Some(job) = queue.recv().await {
        match job {
            Job::Database(name) => {
                pool.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
                    .ok();
            }
            Job::Flush(done) => {
                done.send(()).ok();
            }
        }
    }
}

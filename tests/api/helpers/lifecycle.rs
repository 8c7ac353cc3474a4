//! A test server's life: stopped, restarted, its migrations taken down and up as an upgrade
//! would, and a second instance on the same database.

use std::sync::{Arc, atomic::AtomicUsize};

use tavolo::server::Server;

use super::{TestApp, start};

/// Another Tavolo serving the same database, as a second instance behind a load balancer.
pub struct Instance {
    pub address: String,
    _server: Server,
}

impl Instance {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }
}

impl TestApp {
    /// Starts another instance on this test's database, with the same settings and clock.
    /// Its clock moves with [`TestApp::advance_clock`] only if the test moves it too.
    pub async fn another_instance(&self) -> Instance {
        let clock = self.state.now() - chrono::Utc::now();
        let (_state, _mailer, address, server) = start(
            &self.test_db,
            &self.smtp.url(),
            Arc::new(AtomicUsize::new(0)),
            (
                clock,
                self.max_ages,
                &self.connections,
                &self.limits,
                self.sqlite_max_pages,
                false,
            ),
        )
        .await;
        Instance {
            address,
            _server: server,
        }
    }

    /// Takes the migrations from `name` (included) down and up again, as an upgrade does:
    /// with the server stopped and its connections closed, on a pool of its own (a pooled
    /// connection of the running server may still read an older snapshot, schema included),
    /// then starts the server again. The pool holds one connection, so that every statement
    /// of the way down and up runs one after the other on the same connection: on SQLite
    /// the migrator runs them outside any transaction.
    pub async fn migrate_again_from(&mut self, name: &str) {
        use migration::MigratorTrait;
        self.stop().await;
        let mut options = sea_orm::ConnectOptions::new(self.test_db.url.clone());
        options.max_connections(1).sqlx_logging(false);
        let db = sea_orm::Database::connect(options)
            .await
            .expect("the database opens");
        let names: Vec<String> = migration::Migrator::migrations()
            .iter()
            .map(|m| m.name().to_owned())
            .collect();
        let at = names
            .iter()
            .position(|known| known == name)
            .unwrap_or_else(|| panic!("no migration {name}"));
        let steps = u32::try_from(names.len() - at).expect("a few steps");
        migration::Migrator::down(&db, Some(steps))
            .await
            .expect("down");
        migration::Migrator::up(&db, None).await.expect("up");
        db.close().await.expect("the pool closes");
        self.restart().await;
    }

    /// Stops the server (letting requests finish) and closes its connections, as an
    /// operator stopping it would; [`TestApp::restart`] starts it again.
    pub async fn stop(&mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await.expect("the server stops cleanly");
        }
        self.state
            .db
            .clone()
            .close()
            .await
            .expect("the pool closes");
    }

    /// Stops the server (letting requests finish) and starts a new one on the same
    /// database, as a deployment would. The client and its cookies are kept.
    pub async fn restart(&mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await.expect("the server stops cleanly");
        }
        let clock = self.state.now() - chrono::Utc::now();
        let (state, mailer, address, server) = start(
            &self.test_db,
            &self.smtp.url(),
            self.statements.clone(),
            (
                clock,
                self.max_ages,
                &self.connections,
                &self.limits,
                self.sqlite_max_pages,
                self.metrics,
            ),
        )
        .await;
        self.state = state;
        self.mailer = mailer;
        self.address = address;
        self.server = Some(server);
    }
}

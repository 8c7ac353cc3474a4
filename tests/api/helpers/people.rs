//! People made for a test: accounts created directly (as `tavolo user create` would), or
//! registered and confirmed through the emailed link, and browsers logged in as them.

use entity::{PlatformRole, StakeholderGroup};
use futures::future::join_all;
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use tavolo::accounts::{
    domain::{EmailAddress, Password},
    users::{self, NewAccount},
};

use super::{PASSWORD, TestApp, new_client};

impl TestApp {
    /// Registers and confirms an account through its emailed link; stays logged in.
    pub async fn register_verified(&self, name: &str, email: &str) {
        assert_eq!(
            self.register(name, email).await.status(),
            StatusCode::SEE_OTHER
        );
        let link = self.last_email_to(email).await.links()[0].clone();
        let path = link
            .strip_prefix(&self.address)
            .expect("links point at this server")
            .to_owned();
        assert_eq!(self.get(&path).await.status(), StatusCode::SEE_OTHER);
    }

    /// Makes an account directly (as `tavolo user create` would) and returns its id.
    pub async fn create_account(
        &self,
        email: &str,
        name: &str,
        group: StakeholderGroup,
        role: PlatformRole,
        verified: bool,
    ) -> i64 {
        let account = NewAccount {
            email: EmailAddress::parse(email).expect("a valid test address"),
            display_name: name.to_owned(),
            group,
            organisation: None,
            locale: "it".to_owned(),
            role,
            verified,
        };
        let password = Password::parse(PASSWORD).expect("the test password is valid");
        let hash = users::hash_password(&password)
            .await
            .expect("hashing works");
        users::create(self.db(), account, hash, self.state.now())
            .await
            .expect("the account is created")
            .id
    }

    /// A verified participant with `locale`, logged in.
    pub async fn person(
        &self,
        email: &str,
        group: StakeholderGroup,
        locale: &str,
    ) -> reqwest::Client {
        self.create_account(email, email, group, PlatformRole::Participant, true)
            .await;
        self.db()
            .execute_unprepared(&format!(
                "UPDATE \"user\" SET locale = '{locale}' WHERE email = '{email}'"
            ))
            .await
            .expect("the statement runs");
        self.client_for(email).await
    }

    /// `n` verified participants of `group` (`{prefix}{i}@example.org`), each logged in in
    /// its own browser. The password is hashed once for all of them.
    pub async fn voters(
        &self,
        prefix: &str,
        group: StakeholderGroup,
        n: usize,
    ) -> Vec<reqwest::Client> {
        let hash = users::hash_password(&Password::parse(PASSWORD).unwrap())
            .await
            .unwrap();
        for i in 0..n {
            let account = NewAccount {
                email: EmailAddress::parse(&format!("{prefix}{i}@example.org")).unwrap(),
                display_name: format!("Votante {prefix} {i}"),
                group,
                organisation: None,
                locale: "it".to_owned(),
                role: PlatformRole::Participant,
                verified: true,
            };
            users::create(self.db(), account, hash.clone(), self.state.now())
                .await
                .unwrap();
        }
        join_all(
            (0..n)
                .map(|i| async move { self.client_for(&format!("{prefix}{i}@example.org")).await }),
        )
        .await
    }

    /// A new browser, logged in as `email`.
    pub async fn client_for(&self, email: &str) -> reqwest::Client {
        self.client_logged_in(email, PASSWORD).await
    }

    /// A new browser, logged in as one of the demo accounts.
    pub async fn client_for_demo(&self, email: &str) -> reqwest::Client {
        self.client_logged_in(email, "demo-demo-demo").await
    }

    async fn client_logged_in(&self, email: &str, password: &str) -> reqwest::Client {
        let client = new_client();
        let response = self.by(&client).login(email, password).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{email} logs in");
        client
    }
}

//! What a person does with a browser: `app.by(&browser)` acts in that browser (its
//! cookies, its session), and `app.get(…)`, `app.post_form(…)`, … act in the app's own.

use reqwest::{Response, StatusCode};

use super::{PASSWORD, TestApp, location};

/// One browser on the test server.
#[derive(Clone, Copy)]
pub struct Visitor<'a> {
    pub app: &'a TestApp,
    pub client: &'a reqwest::Client,
}

impl TestApp {
    /// Acts as the person using `client`.
    pub fn by<'a>(&'a self, client: &'a reqwest::Client) -> Visitor<'a> {
        Visitor { app: self, client }
    }

    fn own(&self) -> Visitor<'_> {
        self.by(&self.client)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.own().get(path).await
    }

    pub async fn get_html(&self, path: &str) -> String {
        self.own().get_html(path).await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.own().post_form(path, fields).await
    }

    pub async fn register(&self, name: &str, email: &str) -> Response {
        self.own().register(name, email).await
    }

    pub async fn register_form(&self, name: &str, email: &str) -> Response {
        self.own().register_form(name, email).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Response {
        self.own().login(email, password).await
    }

    pub async fn logout(&self) -> Response {
        self.post_form("/logout", &[]).await
    }
}

impl Visitor<'_> {
    pub async fn get(self, path: &str) -> Response {
        self.client
            .get(self.app.url(path))
            .send()
            .await
            .expect("GET is answered")
    }

    /// A page that must be there (200).
    pub async fn get_html(self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.text().await.expect("a body")
    }

    /// Submits a form as a browser would: with the session's CSRF token.
    pub async fn post_form(self, path: &str, fields: &[(&str, &str)]) -> Response {
        let token = self.app.csrf_token(self.client).await;
        let mut fields = fields.to_vec();
        fields.push(("_csrf", &token));
        self.client
            .post(self.app.url(path))
            .form(&fields)
            .send()
            .await
            .expect("POST is answered")
    }

    /// Sends the registration form. Accepted, it answers the same whether or not the address
    /// already has an account (on to `/register/sent`) and logs nobody in.
    pub async fn register_form(self, name: &str, email: &str) -> Response {
        self.post_form("/register", &registration(name, email))
            .await
    }

    /// Registers through the form, then logs in with the password, as a person may before
    /// confirming the address; a refused form is returned as it came.
    pub async fn register(self, name: &str, email: &str) -> Response {
        let response = self.register_form(name, email).await;
        if response.status() != StatusCode::SEE_OTHER {
            return response;
        }
        assert_eq!(location(&response), "/register/sent");
        self.login(email, PASSWORD).await
    }

    pub async fn login(self, email: &str, password: &str) -> Response {
        self.post_form("/login", &[("email", email), ("password", password)])
            .await
    }

    /// Publishes a proposal in consultation `slug`; returns its id.
    pub async fn propose(self, slug: &str, title: &str, body: &str, language: &str) -> i64 {
        let response = self
            .post_form(
                &format!("/consultations/{slug}/proposals/new"),
                &[
                    ("title", title),
                    ("body", body),
                    ("theme", ""),
                    ("language", language),
                    ("action", "publish"),
                ],
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "{title} is published"
        );
        location(&response)
            .trim_start_matches("/proposals/")
            .parse()
            .expect("redirects to the proposal")
    }

    /// Publishes a comment (a reply when `parent` is given); returns its id.
    pub async fn comment(
        self,
        proposal: i64,
        body: &str,
        stance: &str,
        parent: Option<i64>,
    ) -> i64 {
        let parent = parent.map(|p| p.to_string()).unwrap_or_default();
        let response = self
            .post_form(
                &format!("/proposals/{proposal}/comments"),
                &[("body", body), ("stance", stance), ("parent_id", &parent)],
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "the comment is published"
        );
        location(&response)
            .rsplit("#comment-")
            .next()
            .unwrap()
            .parse()
            .unwrap()
    }

    /// Follows consultation `slug`.
    pub async fn follow(self, slug: &str) {
        let response = self
            .post_form(&format!("/consultations/{slug}/follow"), &[])
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }

    /// Votes as a browser without JavaScript: the form, then the page it returns to.
    pub async fn vote(self, proposal: i64, choice: &str) -> String {
        let response = self
            .post_form(
                &format!("/proposals/{proposal}/vote"),
                &[
                    ("choice", choice),
                    ("back", &format!("/proposals/{proposal}")),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            location(&response),
            format!("/proposals/{proposal}#vote-{proposal}")
        );
        self.get_html(&format!("/proposals/{proposal}")).await
    }
}

/// The registration form as a participant fills it in.
pub fn registration<'a>(name: &'a str, email: &'a str) -> [(&'a str, &'a str); 7] {
    [
        ("display_name", name),
        ("email", email),
        ("password", PASSWORD),
        ("stakeholder_group", "beneficiary"),
        ("organisation", ""),
        ("locale", "it"),
        ("privacy_consent", "yes"),
    ]
}

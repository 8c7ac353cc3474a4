//! Membership steps taken at the same moment happen one after the other: an organisation
//! never ends up with two representatives, nor with none.

use futures::future::join_all;
use reqwest::StatusCode;

use super::{account_id, register, someone};
use crate::helpers::TestApp;

/// How many active representatives the organisation at `address` has.
async fn representatives(app: &TestApp, address: &str) -> i64 {
    let slug = address.trim_start_matches("/organisations/");
    app.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM organisation_member m \
         JOIN organisation o ON o.id = m.organisation_id \
         WHERE o.slug = '{slug}' AND m.role = 'representative' AND m.status = 'active'"
    ))
    .await
}

/// Posts `path` as `client` (with its form token), `times` times at once; the statuses.
async fn at_once(app: &TestApp, requests: &[(&reqwest::Client, String)]) -> Vec<StatusCode> {
    let tokens = join_all(requests.iter().map(|(c, _)| app.csrf_token(c))).await;
    join_all(
        requests
            .iter()
            .zip(&tokens)
            .map(|((client, path), token)| async move {
                client
                    .post(app.url(path))
                    .form(&[("_csrf", token.as_str())])
                    .send()
                    .await
                    .unwrap()
                    .status()
            }),
    )
    .await
}

async fn member(
    app: &TestApp,
    org: &str,
    rep: &reqwest::Client,
    email: &str,
    name: &str,
) -> (reqwest::Client, i64) {
    let client = someone(app, email, name).await;
    let joined = app.by(&client).post_form(&format!("{org}/join"), &[]).await;
    assert_eq!(joined.status(), StatusCode::SEE_OTHER);
    let id = account_id(app, email).await;
    let accepted = app
        .by(rep)
        .post_form(&format!("{org}/requests/{id}"), &[("decision", "accept")])
        .await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    (client, id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn handing_over_to_two_members_at_once_makes_one_representative() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let org = register(&app, &maria, "Cooperativa Aurora").await;
    let (_, luca) = member(&app, &org, &maria, "luca@example.org", "Luca Bianchi").await;
    let (_, piero) = member(&app, &org, &maria, "piero@example.org", "Piero Verdi").await;

    let requests: Vec<_> = (0..8)
        .map(|i| {
            let to = if i % 2 == 0 { luca } else { piero };
            (&maria, format!("{org}/members/{to}/hand-over"))
        })
        .collect();
    let statuses = at_once(&app, &requests).await;
    let handed = statuses
        .iter()
        .filter(|s| **s == StatusCode::SEE_OTHER)
        .count();
    assert_eq!(handed, 1, "{statuses:?}");
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::SEE_OTHER || *s == StatusCode::FORBIDDEN),
        "the others are refused: Maria no longer represents it ({statuses:?})"
    );
    assert_eq!(representatives(&app, &org).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_member_leaving_while_the_role_is_handed_to_her_never_leaves_it_without_one() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let org = register(&app, &maria, "Cooperativa Aurora").await;
    // Several rounds, each with a new member, so the two steps meet in both orders.
    for round in 0..6 {
        let email = format!("socia{round}@example.org");
        let (socia, id) = member(&app, &org, &maria, &email, &format!("Socia {round}")).await;
        let requests = vec![
            (&socia, format!("{org}/leave")),
            (&maria, format!("{org}/members/{id}/hand-over")),
            (&socia, format!("{org}/leave")),
            (&maria, format!("{org}/members/{id}/hand-over")),
        ];
        let statuses = at_once(&app, &requests).await;
        assert_eq!(
            representatives(&app, &org).await,
            1,
            "round {round}: {statuses:?}"
        );
        let handed = statuses[1] == StatusCode::SEE_OTHER || statuses[3] == StatusCode::SEE_OTHER;
        if handed {
            // She represents it now and stays; hand it back for the next round.
            let client = &socia;
            let back = app
                .by(client)
                .post_form(
                    &format!(
                        "{org}/members/{}/hand-over",
                        account_id(&app, "maria@example.org").await
                    ),
                    &[],
                )
                .await;
            assert_eq!(back.status(), StatusCode::SEE_OTHER);
        }
        assert_eq!(representatives(&app, &org).await, 1, "round {round}");
    }
}

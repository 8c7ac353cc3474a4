//! The waiting list under real concurrency.

use entity::StakeholderGroup;
use futures::future::join_all;
use reqwest::StatusCode;

use super::Setup;
use crate::helpers::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_at_once_for_ten_places_make_ten_registered_and_twenty_waiting_in_order() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "folla", "public").await;
    let id = s.meeting("Assemblea", "10", 7).await;
    let crowd = app.voters("p", StakeholderGroup::Beneficiary, 30).await;
    let tokens = join_all(crowd.iter().map(|c| app.csrf_token(c))).await;

    let answers = join_all(crowd.iter().zip(&tokens).map(|(client, token)| {
        client
            .post(app.url(&format!("/meetings/{id}/register")))
            .form(&[("_csrf", token.as_str())])
            .send()
    }))
    .await;
    assert!(
        answers
            .iter()
            .all(|r| r.as_ref().unwrap().status() == StatusCode::SEE_OTHER)
    );
    let count = |status: &str| {
        format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_registration WHERE status = '{status}'"
        )
    };
    assert_eq!(app.count(&count("registered")).await, 10);
    assert_eq!(app.count(&count("waiting")).await, 20);
    assert_eq!(
        app.count("SELECT CAST(COUNT(DISTINCT position) AS BIGINT) FROM meeting_registration")
            .await,
        30,
        "each has a place in the order"
    );
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_registration w \
             JOIN meeting_registration r ON r.meeting_id = w.meeting_id \
             WHERE w.status = 'waiting' AND r.status = 'registered' AND r.position > w.position"
        )
        .await,
        0,
        "everyone waiting came after everyone registered"
    );
    let first_waiting = app
        .count(
            "SELECT user_id FROM meeting_registration WHERE status = 'waiting' \
             ORDER BY position LIMIT 1",
        )
        .await;
    let leaver = app
        .count("SELECT user_id FROM meeting_registration WHERE status = 'registered' ORDER BY position LIMIT 1")
        .await;
    let leaver_index = crowd_index(&app, leaver).await;
    let first_index = crowd_index(&app, first_waiting).await;

    // The one leaving sends the same withdrawal five times at once.
    let leaver_client = &crowd[leaver_index];
    let token = &tokens[leaver_index];
    let withdrawals = join_all((0..5).map(|_| {
        leaver_client
            .post(app.url(&format!("/meetings/{id}/withdraw")))
            .form(&[("_csrf", token.as_str())])
            .send()
    }))
    .await;
    assert!(
        withdrawals
            .iter()
            .all(|r| r.as_ref().unwrap().status() == StatusCode::SEE_OTHER)
    );
    assert_eq!(app.count(&count("registered")).await, 10);
    assert_eq!(app.count(&count("waiting")).await, 19);
    let promoted = app
        .count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_registration \
             WHERE user_id = {first_waiting} AND status = 'registered'"
        ))
        .await;
    assert_eq!(promoted, 1, "the first person waiting got the place");
    app.deliver_mail().await;
    let to_first = app.emails_to(&format!("p{first_index}@example.org"));
    assert_eq!(to_first.len(), 1, "one email");
    let others: usize = (0..30)
        .filter(|i| *i != first_index)
        .map(|i| app.emails_to(&format!("p{i}@example.org")).len())
        .sum();
    assert_eq!(others, 0);
}

/// Which of the crowd (`p{i}@example.org`) an account is.
async fn crowd_index(app: &TestApp, user_id: i64) -> usize {
    for i in 0..30 {
        let id = app
            .count(&format!(
                "SELECT id FROM \"user\" WHERE email = 'p{i}@example.org'"
            ))
            .await;
        if id == user_id {
            return i;
        }
    }
    panic!("user {user_id} is not one of the crowd");
}

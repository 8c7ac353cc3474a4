//! Answering under real concurrency: one person sending twice at once, and a crowd.

use entity::StakeholderGroup;
use futures::future::join_all;
use reqwest::StatusCode;

use super::{post, section, tally};
use crate::{helpers::TestApp, surveys::Fixture};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_person_submitting_twice_at_once_makes_one_response() {
    for anonymous in [false, true] {
        let app = TestApp::spawn().await;
        let slug = if anonymous {
            "doppio-anonimo"
        } else {
            "doppio"
        };
        let f = Fixture::new(&app, slug, anonymous).await;
        let email = format!("{slug}@example.org");
        let ana = app
            .person(&email, StakeholderGroup::Beneficiary, "it")
            .await;
        let yes = f.option(&app, "helped", "Sì").await.to_string();
        post(
            &app,
            &ana,
            &section(&f, 1),
            &[(&format!("q{}", f.q["helped"]), &yes)],
        )
        .await;
        let token = app.csrf_token(&ana).await;
        let answers = join_all((0..2).map(|_| {
            ana.post(app.url(&format!("/surveys/{}/submit", f.survey_id)))
                .form(&[("_csrf", token.as_str())])
                .send()
        }))
        .await;
        for answer in answers {
            assert_eq!(answer.unwrap().status(), StatusCode::OK);
        }
        let responses = format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response WHERE survey_id = {}",
            f.survey_id
        );
        assert_eq!(app.count(&responses).await, 1, "anonymous: {anonymous}");
        assert_eq!(
            tally(&app, &f, 0, "respondents").await,
            1,
            "anonymous: {anonymous}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_people_answering_at_once_are_two_hundred_respondents() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "folla", false).await;
    let crowd = app.voters("s", StakeholderGroup::ThirdSector, 200).await;
    let tokens = join_all(crowd.iter().map(|c| app.csrf_token(c))).await;
    let helped = format!("q{}", f.q["helped"]);
    let yes = f.option(&app, "helped", "Sì").await.to_string();
    let (first, submit) = (
        app.url(&section(&f, 1)),
        app.url(&format!("/surveys/{}/submit", f.survey_id)),
    );
    let outcomes = join_all(crowd.iter().zip(&tokens).map(|(client, token)| {
        let (helped, yes, first, submit) = (&helped, &yes, &first, &submit);
        async move {
            let saved = client
                .post(first)
                .form(&[("_csrf", token.as_str()), (helped, yes), ("action", "next")])
                .send()
                .await
                .unwrap()
                .status();
            let sent = client
                .post(submit)
                .form(&[("_csrf", token.as_str())])
                .send()
                .await
                .unwrap()
                .status();
            (saved, sent)
        }
    }))
    .await;
    assert!(
        outcomes
            .iter()
            .all(|o| *o == (StatusCode::SEE_OTHER, StatusCode::OK)),
        "{outcomes:?}"
    );
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response WHERE status = 'submitted'"
        )
        .await,
        200
    );
    assert_eq!(tally(&app, &f, 0, "respondents").await, 200);
}

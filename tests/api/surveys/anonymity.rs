//! An anonymous survey as a coordinator sees it everywhere: the exports, the API, the text
//! answers and the audit log never link an answer to the person who gave it (the pages, as
//! the respondent and another participant see them, are checked in `answering`).

use entity::StakeholderGroup;
use reqwest::StatusCode;
use tavolo::surveys::{
    answers::{Answers, Value},
    responses::{self, Outcome, Respondent},
};

use super::Fixture;
use crate::helpers::TestApp;

#[tokio::test]
async fn no_export_api_answer_list_or_audit_entry_links_an_anonymous_answer_to_its_person() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "anonima", true).await;
    let structure = f.structure(&app).await;
    let yes = f.option(&app, "helped", "Sì").await;
    let now = app.state.now();
    let mut people = Vec::new();
    for (email, group) in [
        ("ana@example.org", StakeholderGroup::Beneficiary),
        ("bo@example.org", StakeholderGroup::Beneficiary),
        ("cleo@example.org", StakeholderGroup::Beneficiary),
    ] {
        let client = app.person(email, group, "it").await;
        let user_id = app
            .count(&format!("SELECT id FROM \"user\" WHERE email = '{email}'"))
            .await;
        let respondent = Respondent { user_id, group };
        let answers = Answers::from([
            (f.q["helped"], Value::Options(vec![yes])),
            (
                f.q["story"],
                Value::Text(format!("Racconto di chi scrive {user_id}")),
            ),
        ]);
        let first = Answers::from([(f.q["helped"], answers[&f.q["helped"]].clone())]);
        let second = Answers::from([(f.q["story"], answers[&f.q["story"]].clone())]);
        responses::save_section(app.db(), &structure, respondent, 0, first, now)
            .await
            .unwrap();
        responses::save_section(app.db(), &structure, respondent, 1, second, now)
            .await
            .unwrap();
        assert_eq!(
            responses::submit(app.db(), &structure, respondent, now)
                .await
                .unwrap(),
            Outcome::Submitted
        );
        people.push((email, user_id, client));
    }

    let by = app.by(&f.chiara);
    let json = by
        .get(&format!(
            "/manage/consultations/{}/outcomes/download/json",
            f.slug
        ))
        .await;
    assert_eq!(json.status(), StatusCode::OK);
    let json: serde_json::Value = json.json().await.unwrap();
    let responses = json["surveys"][0]["responses"].as_array().unwrap();
    assert_eq!(responses.len(), 3);
    for response in responses {
        let keys: Vec<&String> = response.as_object().unwrap().keys().collect();
        assert!(
            keys.iter()
                .all(|k| !k.contains("user") && !k.contains("email") && !k.contains("submitted")),
            "{keys:?}"
        );
    }
    let api = by
        .get_html(&format!("/api/v1/surveys/{}/results", f.survey_id))
        .await;
    let answers = by
        .get_html(&format!(
            "/manage/surveys/{}/answers/{}",
            f.survey_id, f.q["story"]
        ))
        .await;
    let audit = by.get_html("/manage/audit").await;
    let export = json.to_string();
    for (email, user_id, _) in &people {
        for (what, text) in [("export", &export), ("API", &api), ("answers", &answers)] {
            assert!(!text.contains(email), "{what} names {email}");
        }
        assert!(!audit.contains(email), "the audit log names {email}");
        assert_eq!(
            app.count(&format!(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log \
                 WHERE actor_id = {user_id} OR (object_type = 'user' AND object_id = {user_id})"
            ))
            .await,
            0,
            "answering leaves no audit entry"
        );
    }
    // The stored rows themselves: no account, and only the day.
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response WHERE user_id IS NOT NULL")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(DISTINCT submitted_at) AS BIGINT) FROM survey_response")
            .await,
        1,
        "every anonymous answer of the day carries the same instant"
    );
}

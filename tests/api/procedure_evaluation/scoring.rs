//! Scores stay hidden until every member has scored a project, from every viewpoint; the
//! totals on hand-checked cases; publishing waits for every score.

use reqwest::StatusCode;

use super::{SLUG, Setup};
use crate::helpers::{TestApp, new_client};

/// The part of a sheet that shows everyone's scores.
const ALL_SCORES: &str = "<th scope=\"row\">Media</th>";

#[tokio::test]
async fn nobody_sees_the_others_scores_until_every_member_has_scored() {
    let app = TestApp::spawn().await;
    let setup = Setup::in_evaluation(&app).await;
    let sheet = format!("/procedures/{SLUG}/evaluation/{}", setup.aurora);
    let anna = app.client_for("anna@example.org").await;
    let bruno = app.client_for("bruno@example.org").await;

    // Anna before scoring: a form, nobody's scores.
    let html = app.by(&anna).get_html(&sheet).await;
    assert!(html.contains("name=\"score-1\"") && html.contains("Qualità"));
    assert!(html.contains("Hanno valutato 0 componenti su 2") && !html.contains(ALL_SCORES));
    assert_eq!(
        setup
            .score(&anna, setup.aurora, ["8", "5", "9"])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    // Anna after scoring: her own only.
    let html = app.by(&anna).get_html(&sheet).await;
    assert!(html.contains("I tuoi voti") && !html.contains("name=\"score-1\""));
    assert!(html.contains("<dd>8</dd>") && html.contains("<dd>5</dd>"));
    assert!(!html.contains(ALL_SCORES) && html.contains("Hanno valutato 1 componenti su 2"));

    // Bruno, who has not scored: a form and nobody's scores.
    let html = app.by(&bruno).get_html(&sheet).await;
    assert!(html.contains("name=\"score-1\"") && !html.contains(ALL_SCORES));
    assert!(!html.contains("<dd>8</dd>") && !html.contains("Anna Commissaria"));

    // Managers: who has scored, not the scores.
    for manager in [&setup.chiara, &app.client_for("fabio@example.org").await] {
        let html = app.by(manager).get_html(&sheet).await;
        assert!(html.contains("Hanno già valutato") && html.contains("Anna Commissaria"));
        assert!(!html.contains(ALL_SCORES) && !html.contains("<dd>8</dd>"));
        assert!(!html.contains("name=\"score-1\""));
        let progress = app
            .by(manager)
            .get_html(&format!("/procedures/{SLUG}/evaluation"))
            .await;
        assert!(
            progress.contains("Avanzamento della commissione") && progress.contains("Non ancora")
        );
        assert!(!progress.contains("Graduatoria"));
    }

    // The public: no page, and nothing on the record yet.
    let visitor = new_client();
    let response = app.by(&visitor).get(&sheet).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let oscar = app.client_for("oscar@example.org").await;
    assert_eq!(
        app.by(&oscar).get(&sheet).await.status(),
        StatusCode::FORBIDDEN
    );
    let record = app
        .by(&visitor)
        .get_html(&format!("/procedures/{SLUG}/record"))
        .await;
    assert!(!record.contains("Esito della valutazione") && !record.contains("Anna Commissaria"));
    let json = app
        .by(&visitor)
        .get(&format!("/procedures/{SLUG}/record.json"))
        .await;
    let json: serde_json::Value = json.json().await.unwrap();
    assert!(json["evaluation"].is_null());

    // Bruno scores: now everyone on these pages sees everything for this project.
    assert_eq!(
        setup
            .score(&bruno, setup.aurora, ["7", "7", "9"])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    for client in [&anna, &bruno, &setup.chiara] {
        let html = app.by(client).get_html(&sheet).await;
        assert!(html.contains(ALL_SCORES), "{html}");
        assert!(html.contains("Anna Commissaria") && html.contains("Bruno Commissario"));
        // Means 7.5, 6, 9: 40 × 7.5 / 10 + 35 × 6 / 10 + 25 × 9 / 10 = 73.50.
        assert!(html.contains("<td>7,50</td>") && html.contains("<td>6,00</td>"));
        assert!(html.contains("73,50"));
    }
    // The other project is still hidden.
    let other = format!("/procedures/{SLUG}/evaluation/{}", setup.ponti);
    assert!(
        !app.by(&setup.chiara)
            .get_html(&other)
            .await
            .contains(ALL_SCORES)
    );
}

#[tokio::test]
async fn the_ranking_follows_the_hand_checked_totals_and_waits_for_every_score() {
    let app = TestApp::spawn().await;
    let setup = Setup::in_evaluation(&app).await;
    let anna = app.client_for("anna@example.org").await;
    let bruno = app.client_for("bruno@example.org").await;

    // Bad sheets are refused at their fields, with what was typed.
    let bad = setup.score(&anna, setup.aurora, ["11", "", "x"]).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Il voto è un numero intero da 0 a 10"));
    assert!(html.contains("Dai un voto a questo criterio") && html.contains("value=\"11\""));
    assert!(html.contains("href=\"#score-1\""));

    for (client, application, scores) in [
        (&anna, setup.aurora, ["8", "5", "9"]),
        (&bruno, setup.aurora, ["7", "7", "9"]),
        (&anna, setup.ponti, ["10", "10", "10"]),
    ] {
        let response = setup.score(client, application, scores).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    // Bruno has not scored Ponti: publishing is refused.
    let page = app
        .by(&setup.chiara)
        .get_html(&format!("/manage/procedures/{SLUG}/evaluation/publish"))
        .await;
    assert!(
        page.contains("Non tutti i componenti hanno valutato") && !page.contains("Sì, pubblica")
    );
    let refused = setup.publish().await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Non tutti i componenti hanno valutato")
    );

    // Ponti: means 8, 8, 8 → 80.00, ahead of Aurora's 73.50.
    let response = setup.score(&bruno, setup.ponti, ["6", "6", "6"]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let progress = app
        .by(&setup.chiara)
        .get_html(&format!("/procedures/{SLUG}/evaluation"))
        .await;
    let ponti = progress.find("80,00").expect("Ponti's total");
    let aurora = progress.find("73,50").expect("Aurora's total");
    assert!(ponti < aurora);
    let published = setup.publish().await;
    assert_eq!(published.status(), StatusCode::SEE_OTHER);
    assert_eq!(setup.publish().await.status(), StatusCode::FORBIDDEN);
    // Nobody scores after publication.
    let late = setup.score(&anna, setup.ponti, ["1", "1", "1"]).await;
    assert_eq!(late.status(), StatusCode::FORBIDDEN);

    let record = app
        .by(&new_client())
        .get_html(&format!("/procedures/{SLUG}/record"))
        .await;
    assert!(record.contains("Esito della valutazione") && record.contains("Graduatoria"));
    let ponti = record.find("80,00").unwrap();
    let aurora = record.find("73,50").unwrap();
    assert!(ponti < aurora);
    assert!(record.contains("Bruno Commissario") && record.contains("<td>7,50</td>"));
    assert!(!record.contains("@example.org"));

    let json: serde_json::Value = app
        .by(&new_client())
        .get(&format!("/procedures/{SLUG}/record.json"))
        .await
        .json()
        .await
        .unwrap();
    let ranking = json["evaluation"]["ranking"].as_array().unwrap();
    assert_eq!(ranking[0]["organisation"], "Associazione Ponti");
    assert_eq!(ranking[0]["total"], 8000);
    assert_eq!(ranking[0]["rank"], 1);
    assert_eq!(ranking[1]["total"], 7350);
    assert_eq!(ranking[1]["means"], serde_json::json!([750, 600, 900]));
    assert_eq!(
        ranking[1]["sheets"][0]["scores"],
        serde_json::json!([8, 5, 9])
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.evaluation_published'")
            .await,
        1
    );
}

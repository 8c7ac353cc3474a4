//! Results by group: small groups suppressed for every question kind, online and paper
//! apart and together, and when results show.

use super::*;

#[tokio::test]
async fn results_hide_small_groups_for_every_question_kind() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "piccoli", false).await;
    let structure = f.structure(&app).await;
    let groups = [
        (StakeholderGroup::Beneficiary, 5),
        (StakeholderGroup::Institution, 4),
        (StakeholderGroup::ThirdSector, 1),
    ];
    let mut n = 0;
    for (group, count) in groups {
        for _ in 0..count {
            n += 1;
            let answers = full_answers(&app, &f, n).await;
            answer_online(
                &app,
                &structure,
                &format!("p{n}@example.org"),
                group,
                answers,
            )
            .await;
        }
    }
    for i in 0..2 {
        let answers = full_answers(&app, &f, i).await;
        let tx = app.db().begin().await.unwrap();
        store::lock(&tx, f.survey_id).await.unwrap();
        responses::record_paper(
            &tx,
            &structure,
            Paper {
                group: StakeholderGroup::Other,
                place: "Mercato".into(),
                held_on: app.state.now().date_naive(),
                recorded_by: 1,
                answers,
            },
            app.state.now(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
    let path = format!("/surveys/{}/results", f.survey_id);
    let visitor = crate::helpers::new_client();

    // Online: 5, 4, 1 — the 1 is hidden, and so is the 4 (the total would give the 1 away).
    let html = app
        .by(&visitor)
        .get_html(&format!("{path}?source=online"))
        .await;
    let online = tables(&html);
    assert_eq!(online.len(), 9);
    for (heading, rows) in &online {
        if heading.contains("Domanda story")
            || heading.contains("Domanda district")
            || heading.contains("Domanda wrong")
        {
            assert!(rows.is_empty(), "no table for text: {heading}");
            continue;
        }
        assert!(rows.len() >= 2, "{heading}");
        for cells in rows {
            assert_eq!(cells.len(), 5, "{heading}: {cells:?}");
            assert_ne!(cells[0], FEWER, "{heading}");
            assert_ne!(cells[1], FEWER, "{heading}: the group of 5 shows");
            for hidden in &cells[2..] {
                assert_eq!(hidden, FEWER, "{heading}: {cells:?}");
            }
        }
        assert_eq!(rows[0][0], "10", "{heading}");
        assert_eq!(rows[0][1], "5", "{heading}");
    }
    assert!(html.contains("10 risposte"), "text answers counted");

    // All: 5, 4, 1 and 2 on paper — 3 hidden between them, so the 4 shows.
    let html = app.by(&visitor).get_html(&path).await;
    for (heading, rows) in tables(&html) {
        if rows.is_empty() {
            continue;
        }
        assert_eq!(rows[0], ["12", "5", "4", FEWER, FEWER], "{heading}");
        for cells in &rows {
            assert_eq!(&cells[3..], [FEWER, FEWER], "{heading}: {cells:?}");
        }
    }
    assert!(html.contains("Hanno risposto"));

    // Paper alone: 2 answered, not even a total.
    let html = app
        .by(&visitor)
        .get_html(&format!("{path}?source=paper"))
        .await;
    for (heading, rows) in tables(&html) {
        for cells in &rows {
            assert!(cells.iter().all(|c| c == FEWER), "{heading}: {cells:?}");
        }
    }
    assert!(!html.contains("class=\"chart\""), "no chart of two answers");
    assert_eq!(
        app.by(&visitor)
            .get(&format!("{path}?source=fax"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn results_show_when_the_survey_says() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "quando", false).await;
    let structure = f.structure(&app).await;
    for n in 0..3 {
        let answers = full_answers(&app, &f, n).await;
        answer_online(
            &app,
            &structure,
            &format!("v{n}@example.org"),
            StakeholderGroup::Beneficiary,
            answers,
        )
        .await;
    }
    let path = format!("/surveys/{}/results", f.survey_id);
    let visitor = crate::helpers::new_client();
    let live = app.by(&visitor).get_html(&path).await;
    assert!(live.contains("3 risposte"), "live results while it runs");

    let set = |visibility: &str| {
        format!(
            "UPDATE survey SET results_visibility = '{visibility}' WHERE id = {}",
            f.survey_id
        )
    };
    // Changed behind the pages' back: forget the pages kept for anonymous visitors.
    app.db()
        .execute_unprepared(&set("after_close"))
        .await
        .unwrap();
    app.state.pages.changed();
    let waiting = app.by(&visitor).get_html(&path).await;
    assert!(waiting.contains("visibili quando il questionario si chiude"));
    assert!(!waiting.contains("3 risposte"));
    let facilitator = app.by(&f.chiara).get_html(&path).await;
    assert!(
        facilitator.contains("3 risposte"),
        "facilitators always see them"
    );
    app.advance_clock(TimeDelta::days(8));
    app.state.pages.changed();
    let closed = app.by(&visitor).get_html(&path).await;
    assert!(closed.contains("3 risposte"), "after the close");

    app.db()
        .execute_unprepared(&set("facilitators"))
        .await
        .unwrap();
    app.state.pages.changed();
    let hidden = app.by(&visitor).get_html(&path).await;
    assert!(hidden.contains("solo a chi facilita"));
    assert!(!hidden.contains("3 risposte"));
    assert!(
        app.by(&f.chiara)
            .get_html(&path)
            .await
            .contains("3 risposte")
    );

    app.db()
        .execute_unprepared(&format!(
            "UPDATE survey SET status = 'draft' WHERE id = {}",
            f.survey_id
        ))
        .await
        .unwrap();
    app.state.pages.changed();
    assert_eq!(
        app.by(&visitor).get(&path).await.status(),
        StatusCode::NOT_FOUND
    );
}

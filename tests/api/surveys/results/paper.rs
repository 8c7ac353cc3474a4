//! Paper questionnaires typed in through the form, their list and removal, and the
//! printable questionnaire in the original and in a translation.

use super::*;

#[tokio::test]
async fn a_facilitator_types_in_paper_questionnaires_and_removes_one() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "carta", false).await;
    let (yes, no) = (
        f.option(&app, "helped", "Sì").await,
        f.option(&app, "helped", "No").await,
    );
    let new = format!("/manage/surveys/{}/paper/new", f.survey_id);
    let page = app.by(&f.chiara).get_html(&new).await;
    assert!(
        page.contains("Domanda priorities"),
        "every question on one page"
    );

    let helped = format!("q{}", f.q["helped"]);
    let story = format!("q{}", f.q["story"]);
    let wrong = format!("q{}", f.q["wrong"]);
    let tomorrow = (app.state.now() + TimeDelta::days(2))
        .date_naive()
        .to_string();
    let response = app
        .by(&f.chiara)
        .post_form(
            &new,
            &[
                ("place", ""),
                ("day", &tomorrow),
                (&helped, "999999"),
                (&story, "Scritto a mano"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Scrivi il luogo."));
    assert!(page.contains("Il giorno non può essere nel futuro."));
    assert!(page.contains("Scegli il gruppo di chi ha risposto."));
    assert!(
        page.contains(&format!("id=\"{helped}-error\"")),
        "the forged option is named at its question"
    );
    assert!(page.contains("Scritto a mano"), "what was typed is kept");
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response")
            .await,
        0
    );

    let today = app.state.now().date_naive().to_string();
    let yes = yes.to_string();
    let response = app
        .by(&f.chiara)
        .post_form(
            &new,
            &[
                ("place", "Sportello di via Roma"),
                ("day", &today),
                ("stakeholder_group", "beneficiary"),
                (&helped, &yes),
                // Asked only after "No": not on this questionnaire.
                (&wrong, "Non dovrebbe esserci"),
                (&story, "Scritto a mano"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let next = location(&response);
    let page = app.by(&f.chiara).get_html(&next).await;
    assert!(
        page.contains("value=\"Sportello di via Roma\""),
        "place kept: {next}"
    );
    assert!(page.contains(&format!("value=\"{today}\"")));
    assert!(page.contains("<option value=\"beneficiary\" selected>"));
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_answer WHERE text = 'Non dovrebbe esserci'"
        )
        .await,
        0,
        "a hidden question's answer is not stored"
    );

    // A required question left blank on paper: recorded all the same.
    let response = app
        .by(&f.chiara)
        .post_form(
            &new,
            &[
                ("place", "Sportello di via Roma"),
                ("day", &today),
                ("stakeholder_group", "institution"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response WHERE source = 'paper'")
            .await,
        2
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'survey.paper_recorded' AND details NOT LIKE '%Scritto%'")
            .await,
        2,
        "audited without the answers"
    );
    assert_eq!(tally(&app, f.survey_id, 0, "respondents", "paper").await, 2);

    let list = format!("/manage/surveys/{}/paper", f.survey_id);
    let page = app.by(&f.chiara).get_html(&list).await;
    assert!(page.contains("Sportello di via Roma") && page.contains("Chiara"));
    let first: i64 = app
        .count("SELECT MIN(id) FROM survey_response WHERE source = 'paper'")
        .await;
    let remove = format!("/manage/surveys/{}/paper/{first}/remove", f.survey_id);
    let page = app.by(&f.chiara).get_html(&remove).await;
    assert!(page.contains("Eliminare questo questionario cartaceo?"));
    let response = app.by(&f.chiara).post_form(&remove, &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(tally(&app, f.survey_id, 0, "respondents", "paper").await, 1);
    assert_eq!(
        tally(
            &app,
            f.survey_id,
            f.q["helped"],
            &format!("option:{yes}"),
            "paper"
        )
        .await,
        0
    );
    let _ = no;
    assert_eq!(
        app.by(&f.chiara).get(&remove).await.status(),
        StatusCode::NOT_FOUND
    );

    // Participants reach none of it.
    app.create_account(
        "pia@example.org",
        "Pia",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    let pia = app.client_for("pia@example.org").await;
    for path in [
        &new,
        &list,
        &format!("/manage/surveys/{}/print", f.survey_id),
    ] {
        let status = app.by(&pia).get(path).await.status();
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
    let status = app
        .by(&pia)
        .post_form(&new, &[("place", "x")])
        .await
        .status();
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_questionnaire_prints_in_italian_and_in_a_translation() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "stampa", false).await;
    let no = f.option(&app, "helped", "No").await;
    let print = format!("/manage/surveys/{}/print", f.survey_id);
    let page = app.by(&f.chiara).get_html(&print).await;
    assert!(page.contains("Servizi anagrafici"));
    assert!(page.contains("(obbligatoria)"));
    assert!(page.contains("Rispondi solo se alla domanda 1 hai risposto «No»."));
    assert!(page.contains("survey-print__section"));
    for (item, text) in [
        ("title".to_owned(), "Registry services"),
        (
            format!("prompt:{}", f.q["helped"]),
            "Did the office help you?",
        ),
        (format!("option:{no}"), "Not at all"),
    ] {
        entity::survey_translation::ActiveModel {
            survey_id: Set(f.survey_id),
            locale: Set("en".to_owned()),
            item: Set(item),
            text: Set(text.to_owned()),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap();
    }
    let page = app
        .by(&f.chiara)
        .get_html(&format!("{print}?lang=en"))
        .await;
    assert!(page.contains("Registry services") && page.contains("Did the office help you?"));
    assert!(page.contains("Answer only if you answered “Not at all” to question 1."));
    assert!(page.contains("(required)"));
    assert!(
        page.contains("Domanda story"),
        "untranslated pieces in the original"
    );
    assert_eq!(
        app.by(&f.chiara)
            .get(&format!("{print}?lang=fr"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

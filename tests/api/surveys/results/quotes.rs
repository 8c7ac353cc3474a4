//! Text answers: hidden ones never show, published quotes do.

use super::*;

#[tokio::test]
async fn a_hidden_text_answer_never_shows_and_a_quoted_one_does() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "citazioni", false).await;
    let structure = f.structure(&app).await;
    for n in 0..3 {
        let answers = full_answers(&app, &f, n).await;
        answer_online(
            &app,
            &structure,
            &format!("t{n}@example.org"),
            StakeholderGroup::Beneficiary,
            answers,
        )
        .await;
    }
    let list = format!("/manage/surveys/{}/answers/{}", f.survey_id, f.q["story"]);
    let page = app.by(&f.chiara).get_html(&list).await;
    assert!(page.contains("Storia 0") && page.contains("Storia 2"));
    assert!(!page.contains("t0@example.org"), "never the account");
    let id_of = |text: &str| format!("SELECT id FROM survey_answer WHERE text = '{text}'");
    let quoted = app.count(&id_of("Storia 1")).await;
    let hidden = app.count(&id_of("Storia 2")).await;

    let response = app
        .by(&f.chiara)
        .post_form(&format!("{list}/{quoted}/quote"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .by(&f.chiara)
        .post_form(&format!("{list}/{hidden}/quote"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let hide = format!("{list}/{hidden}/hide");
    assert!(app.by(&f.chiara).get_html(&hide).await.contains("Storia 2"));
    let response = app.by(&f.chiara).post_form(&hide, &[("reason", " ")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Scrivi perché la nascondi.")
    );
    let response = app
        .by(&f.chiara)
        .post_form(&hide, &[("reason", "Nomina una persona")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .by(&f.chiara)
        .post_form(&format!("{list}/{hidden}/quote"), &[])
        .await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "a hidden answer is never quoted"
    );

    let results = crate::helpers::new_client();
    let page = app
        .by(&results)
        .get_html(&format!("/surveys/{}/results", f.survey_id))
        .await;
    assert!(page.contains("Storia 1"), "the published quote");
    assert!(
        !page.contains("Storia 2"),
        "the hidden answer, quoted before, is gone"
    );
    assert!(!page.contains("Storia 0"), "text answers are not public");
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action IN ('survey.answer_quoted', 'survey.answer_hidden') AND details LIKE '%Nomina%'")
            .await,
        1
    );
    let status = app.by(&results).get(&list).await.status();
    assert_ne!(status, StatusCode::OK);
    let pia = app.client_for("t0@example.org").await;
    assert_eq!(
        app.by(&pia).get(&list).await.status(),
        StatusCode::FORBIDDEN
    );
}

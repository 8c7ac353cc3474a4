//! The facilitator's builder: a survey made through the console's forms, problems named at
//! their field, who may build, the lock after the first answer, translations, deleting.

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::StatusCode;
use tavolo::surveys::{
    answers::{Answers, Value},
    responses::{self, Paper},
};

use super::Fixture;
use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::{TestApp, location},
};

/// Creates a survey through the form; its id.
async fn new_survey(app: &TestApp, chiara: &reqwest::Client, slug: &str) -> i64 {
    let (opens, closes) = (
        app.local_time(TimeDelta::hours(-1)),
        app.local_time(TimeDelta::days(7)),
    );
    let response = app
        .by(chiara)
        .post_form(
            &format!("/manage/consultations/{slug}/surveys/new"),
            &[
                ("title", "Orari dei corsi"),
                ("intro", "Quando puoi venire?"),
                ("language", "it"),
                ("round", ""),
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("group_beneficiary", "on"),
                ("group_third_sector", "on"),
                ("results_visibility", "live"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    location(&response)
        .trim_start_matches("/manage/surveys/")
        .parse()
        .expect("the builder's address")
}

async fn first_section(app: &TestApp, survey: i64) -> i64 {
    app.count(&format!(
        "SELECT MIN(id) FROM survey_section WHERE survey_id = {survey}"
    ))
    .await
}

#[tokio::test]
async fn a_facilitator_builds_a_survey_with_every_kind_and_a_condition_and_publishes_it() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    create_consultation(&app, &chiara, "Corsi", "corsi", "public").await;
    publish(&app, &chiara, "corsi").await;
    let survey = new_survey(&app, &chiara, "corsi").await;
    let builder = format!("/manage/surveys/{survey}");
    let first = first_section(&app, survey).await;
    let by = app.by(&chiara);

    let add = format!("/manage/surveys/{survey}/questions/new");
    let section = first.to_string();
    let response = by
        .post_form(
            &add,
            &[
                ("section", &section),
                ("kind", "single_choice"),
                ("prompt", "Lavori?"),
                ("required", "on"),
                ("options", "Sì\nNo"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = by
        .post_form(&format!("{builder}/sections"), &[("title", "Orari")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let second = app
        .count(&format!(
            "SELECT MAX(id) FROM survey_section WHERE survey_id = {survey}"
        ))
        .await
        .to_string();
    let works = app.count("SELECT MIN(id) FROM survey_question").await;
    let condition = format!("{works}:0");
    for (kind, options, show_if) in [
        (
            "multiple_choice",
            "Mattina\nPomeriggio\nSera",
            condition.as_str(),
        ),
        ("scale", "", ""),
        ("number", "", ""),
        ("date", "", ""),
        ("short_text", "", ""),
        ("long_text", "", ""),
        ("ranking", "Vicino a casa\nBambini\nGratis", ""),
    ] {
        let response = by
            .post_form(
                &add,
                &[
                    ("section", &second),
                    ("kind", kind),
                    ("prompt", &format!("Domanda {kind}")),
                    ("options", options),
                    ("min_label", "Poco"),
                    ("max_label", "Molto"),
                    ("show_if", show_if),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{kind}");
    }
    let page = by.get_html(&builder).await;
    assert!(
        page.contains("Domanda ranking") && page.contains("Scelta multipla"),
        "{page}"
    );
    assert!(page.contains("1 — Sì"), "the condition is shown in words");
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_question WHERE show_if_option IS NOT NULL"
        )
        .await,
        1
    );

    let confirm = by.get_html(&format!("{builder}/publish")).await;
    assert!(confirm.contains("8 domande"), "{confirm}");
    let response = by.post_form(&format!("{builder}/publish"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey WHERE id = {survey} AND status = 'published'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action LIKE 'survey.%'")
            .await,
        10,
        "created, eight questions, published"
    );
    let list = by.get_html("/manage/consultations/corsi/surveys").await;
    assert!(list.contains("Orari dei corsi"));
}

#[tokio::test]
async fn problems_are_named_at_their_field_and_what_was_typed_is_kept() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    create_consultation(&app, &chiara, "Corsi", "corsi", "public").await;
    let survey = new_survey(&app, &chiara, "corsi").await;
    let section = first_section(&app, survey).await.to_string();
    let add = format!("/manage/surveys/{survey}/questions/new");
    let by = app.by(&chiara);
    for (fields, expected) in [
        (
            vec![
                ("kind", "single_choice"),
                ("prompt", ""),
                ("options", "Uno\nDue"),
            ],
            "Scrivi la domanda.",
        ),
        (
            vec![
                ("kind", "single_choice"),
                ("prompt", "Quale?"),
                ("options", "Solo una"),
            ],
            "almeno due opzioni",
        ),
        (
            vec![
                ("kind", "multiple_choice"),
                ("prompt", "Quali?"),
                ("options", "A\nB"),
                ("max_choices", "5"),
            ],
            "Il massimo deve essere",
        ),
        (
            vec![
                ("kind", "short_text"),
                ("prompt", "Dove?"),
                ("show_if", "999:0"),
            ],
            "sezione precedente",
        ),
    ] {
        let mut form = fields.clone();
        form.push(("section", &section));
        let response = by.post_form(&add, &form).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{fields:?}"
        );
        let page = response.text().await.unwrap();
        assert!(page.contains(expected), "{expected}: {page}");
        for (_, value) in fields.iter().filter(|(n, _)| *n == "prompt") {
            assert!(page.contains(value), "the prompt is kept");
        }
    }
    let response = by
        .post_form(
            "/manage/consultations/corsi/surveys/new",
            &[("title", ""), ("intro", "Resta qui"), ("language", "it")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Scrivi il titolo") && page.contains("Resta qui"));
    assert!(page.contains("Scegli almeno un gruppo"));
}

#[tokio::test]
async fn only_facilitators_build_and_outsiders_of_an_invite_only_consultation_see_nothing() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "aperta", false).await;
    create_consultation(&app, &f.chiara, "Chiusa", "chiusa", "invite_only").await;
    publish(&app, &f.chiara, "chiusa").await;
    let survey = new_survey(&app, &f.chiara, "chiusa").await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    assert_eq!(
        app.by(&ana)
            .get(&format!("/manage/surveys/{survey}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.by(&ana)
            .get(&format!("/manage/surveys/{}", f.survey_id))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.by(&ana)
            .post_form(&format!("/manage/surveys/{}/publish", f.survey_id), &[])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn after_the_first_answer_only_wording_changes_and_the_history_keeps_it() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "chiusura", false).await;
    let structure = f.structure(&app).await;
    let yes = f.option(&app, "helped", "Sì").await;
    let recorder = app.count("SELECT MIN(id) FROM \"user\"").await;
    let tx = app.db();
    responses::record_paper(
        tx,
        &structure,
        Paper {
            group: StakeholderGroup::Beneficiary,
            place: "Biblioteca".into(),
            held_on: app.state.now().date_naive(),
            recorded_by: recorder,
            answers: Answers::from([(f.q["helped"], Value::Options(vec![yes]))]),
        },
        app.state.now(),
    )
    .await
    .unwrap();
    tavolo::surveys::store::mark_answered(tx, f.survey_id, app.state.now())
        .await
        .unwrap();

    let edit = format!(
        "/manage/surveys/{}/questions/{}/edit",
        f.survey_id, f.q["helped"]
    );
    let by = app.by(&f.chiara);
    let response = by
        .post_form(
            &edit,
            &[
                ("kind", "multiple_choice"),
                ("prompt", "Domanda helped, corretta"),
                ("required", "on"),
                ("options", "Sì\nNo"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("cambierebbe il significato") && page.contains("Domanda helped, corretta")
    );
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_question WHERE kind = 'multiple_choice'"
        )
        .await,
        1,
        "nothing changed"
    );
    let response = by
        .post_form(
            &edit,
            &[
                ("kind", "single_choice"),
                ("prompt", "L'ufficio ti ha aiutato?"),
                ("required", "on"),
                ("options", "Sì, molto\nNo"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let builder = by
        .get_html(&format!("/manage/surveys/{}", f.survey_id))
        .await;
    assert!(
        builder.contains("Domanda helped") && builder.contains("L&#39;ufficio ti ha aiutato?")
            || builder.contains("L'ufficio ti ha aiutato?")
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_revision")
            .await,
        2,
        "the prompt and the option's label"
    );
    let delete = format!(
        "/manage/surveys/{}/questions/{}/delete",
        f.survey_id, f.q["story"]
    );
    assert_eq!(
        by.post_form(&delete, &[]).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let response = by
        .post_form(
            &format!("/manage/surveys/{}/sections", f.survey_id),
            &[("title", "Altro")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn translations_are_saved_and_a_question_is_deleted_after_a_confirmation() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "lingue", false).await;
    let by = app.by(&f.chiara);
    let translate = format!("/manage/surveys/{}/translations/ar", f.survey_id);
    let form = by.get_html(&translate).await;
    assert!(
        form.contains("Domanda helped"),
        "the original beside each field"
    );
    let prompt = format!("prompt:{}", f.q["helped"]);
    let response = by
        .post_form(
            &translate,
            &[("title", "خدمات السجل"), (&prompt, "هل ساعدك المكتب؟")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(by.get_html(&translate).await.contains("هل ساعدك المكتب؟"));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_translation WHERE locale = 'ar'")
            .await,
        2
    );
    assert_eq!(
        by.get(&format!("/manage/surveys/{}/translations/it", f.survey_id))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "the original's language is not a translation"
    );

    let delete = format!(
        "/manage/surveys/{}/questions/{}/delete",
        f.survey_id, f.q["story"]
    );
    assert!(by.get_html(&delete).await.contains("Non si può annullare"));
    assert_eq!(
        by.post_form(&delete, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_question WHERE id = {}",
            f.q["story"]
        ))
        .await,
        0
    );
    // "helped" decides whether "wrong" is shown: it cannot go while that holds.
    let delete = format!(
        "/manage/surveys/{}/questions/{}/delete",
        f.survey_id, f.q["helped"]
    );
    assert_eq!(
        by.post_form(&delete, &[]).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

//! Answering online through the pages: section by section, saving and coming back, errors at
//! their question, conditions, submitting and changing, anonymity as every viewer sees it,
//! who may answer, and many people (or one person twice) at the same moment.

use entity::StakeholderGroup;
use reqwest::StatusCode;

mod concurrency;
mod eligibility;

use super::Fixture;
use crate::helpers::TestApp;

pub(super) fn section(f: &Fixture, n: usize) -> String {
    format!("/surveys/{}/sections/{n}", f.survey_id)
}

pub(super) async fn tally(app: &TestApp, f: &Fixture, question: i64, bucket: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM survey_tally \
         WHERE survey_id = {} AND question_id = {question} AND bucket = '{bucket}'",
        f.survey_id
    ))
    .await
}

/// Posts `fields` to section `n` with the button `action`; the answer's status and where
/// it leads (or its page).
pub(super) async fn post(
    app: &TestApp,
    who: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, String) {
    let response = app.by(who).post_form(path, fields).await;
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .map(str::to_owned);
    let body = response.text().await.unwrap_or_default();
    (status, location.unwrap_or(body))
}

#[tokio::test]
async fn answering_section_by_section_coming_back_reviewing_submitting_and_changing() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "passo-passo", false).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let yes = f.option(&app, "helped", "Sì").await;
    let page = app
        .by(&ana)
        .get_html(&format!("/surveys/{}", f.survey_id))
        .await;
    assert!(page.contains("Inizia a rispondere"), "{page}");
    assert!(page.contains("conservate con il tuo account"));

    let (q_helped, q_sat, q_story) = (
        format!("q{}", f.q["helped"]),
        format!("q{}", f.q["satisfaction"]),
        format!("q{}", f.q["story"]),
    );
    let yes_s = yes.to_string();
    let (status, to) = post(
        &app,
        &ana,
        &section(&f, 1),
        &[(&q_helped, &yes_s), ("action", "later")],
    )
    .await;
    assert_eq!(
        (status, to.as_str()),
        (StatusCode::SEE_OTHER, &*format!("/surveys/{}", f.survey_id))
    );

    // Another browser, another day: the answer is there.
    let again = app.client_for("ana@example.org").await;
    let page = app.by(&again).get_html(&section(&f, 1)).await;
    assert!(
        page.contains(&format!(
            "value=\"{yes}\" id=\"q{}-{yes}\" data-first checked",
            f.q["helped"]
        )),
        "{page}"
    );
    let page = app
        .by(&again)
        .get_html(&format!("/surveys/{}", f.survey_id))
        .await;
    assert!(page.contains("Continua a rispondere"));

    let (status, to) = post(
        &app,
        &again,
        &section(&f, 1),
        &[(&q_helped, &yes_s), ("action", "next")],
    )
    .await;
    assert_eq!((status, to), (StatusCode::SEE_OTHER, section(&f, 2)));
    let (status, to) = post(
        &app,
        &again,
        &section(&f, 2),
        &[
            (&q_sat, "4"),
            (&q_story, "Allo sportello mi hanno aiutata"),
            ("action", "next"),
        ],
    )
    .await;
    assert_eq!(
        (status, to),
        (
            StatusCode::SEE_OTHER,
            format!("/surveys/{}/review", f.survey_id)
        )
    );

    let review = app
        .by(&again)
        .get_html(&format!("/surveys/{}/review", f.survey_id))
        .await;
    assert!(review.contains("Allo sportello mi hanno aiutata"));
    assert!(
        review.contains("Nessuna risposta"),
        "unanswered questions say so"
    );
    assert!(review.contains(&format!("href=\"{}\"", section(&f, 2))));
    assert!(
        !review.contains("Domanda wrong"),
        "the hidden question is not reviewed"
    );

    let (status, done) = post(
        &app,
        &again,
        &format!("/surveys/{}/submit", f.survey_id),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(done.contains("Grazie per aver risposto"));
    assert!(done.contains("Puoi cambiare le risposte fino al"));
    assert_eq!(tally(&app, &f, 0, "respondents").await, 1);
    assert_eq!(tally(&app, &f, f.q["satisfaction"], "value:4").await, 1);

    // Changed after submitting: the counters move at once.
    let (status, _) = post(
        &app,
        &again,
        &section(&f, 2),
        &[(&q_sat, "2"), ("action", "next")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(tally(&app, &f, f.q["satisfaction"], "value:4").await, 0);
    assert_eq!(tally(&app, &f, f.q["satisfaction"], "value:2").await, 1);
    assert_eq!(tally(&app, &f, 0, "respondents").await, 1);
    let page = app
        .by(&again)
        .get_html(&format!("/surveys/{}", f.survey_id))
        .await;
    assert!(page.contains("Cambia le tue risposte"));
}

#[tokio::test]
async fn every_problem_is_named_at_its_question_and_what_was_typed_is_kept() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "errori", false).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let (status, page) = post(&app, &ana, &section(&f, 1), &[("action", "next")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Rispondi a questa domanda."));
    assert!(
        page.contains(&format!("href=\"#q{}\"", f.q["helped"])),
        "the summary links to it"
    );

    let yes = f.option(&app, "helped", "Sì").await.to_string();
    post(
        &app,
        &ana,
        &section(&f, 1),
        &[(&format!("q{}", f.q["helped"]), &yes)],
    )
    .await;
    let orari = f.option(&app, "priorities", "Orari").await;
    let lingue = f.option(&app, "priorities", "Lingue").await;
    let attese = f.option(&app, "priorities", "Attese").await;
    let long = "a".repeat(6000);
    let names = (
        format!("q{}", f.q["satisfaction"]),
        format!("q{}", f.q["services"]),
        format!("q{}", f.q["story"]),
        format!("q{}", f.q["district"]),
        format!("q{}_{orari}", f.q["priorities"]),
        format!("q{}_{lingue}", f.q["priorities"]),
        format!("q{}_{attese}", f.q["priorities"]),
    );
    let (status, page) = post(
        &app,
        &ana,
        &section(&f, 2),
        &[
            (&names.0, "9"),
            (&names.1, "999999"),
            (&names.2, &long),
            (&names.3, "Centro storico"),
            (&names.4, "1"),
            (&names.5, "1"),
            (&names.6, "2"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Scegli un valore da 1 a 5.",
        "Scegli una delle opzioni proposte.",
        "La risposta è troppo lunga.",
        "Dai a ogni opzione un posto diverso",
    ] {
        assert!(page.contains(message), "{message}");
    }
    assert!(
        page.contains("value=\"Centro storico\""),
        "what was typed is kept"
    );
    assert!(page.contains(&long), "the long text is kept");
    assert!(page.contains(&format!(
        "aria-describedby=\"q{}-error\"",
        f.q["satisfaction"]
    )));
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM survey_answer WHERE text = 'Centro storico'"
        )
        .await,
        0,
        "nothing of a section with problems is saved"
    );
}

#[tokio::test]
async fn a_hidden_question_is_not_shown_not_required_and_not_stored_even_when_forged() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "condizioni-pagine", false).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let helped = format!("q{}", f.q["helped"]);
    let wrong = format!("q{}", f.q["wrong"]);
    let yes = f.option(&app, "helped", "Sì").await.to_string();
    let no = f.option(&app, "helped", "No").await.to_string();
    post(&app, &ana, &section(&f, 1), &[(&helped, &yes)]).await;
    let page = app.by(&ana).get_html(&section(&f, 2)).await;
    assert!(
        !page.contains(&format!("name=\"{wrong}\"")),
        "hidden after yes"
    );
    let (status, _) = post(&app, &ana, &section(&f, 2), &[(&wrong, "forgiato")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "not required when hidden");
    let stored =
        |t: &str| format!("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_answer WHERE text = '{t}'");
    assert_eq!(app.count(&stored("forgiato")).await, 0);

    post(&app, &ana, &section(&f, 1), &[(&helped, &no)]).await;
    let page = app.by(&ana).get_html(&section(&f, 2)).await;
    assert!(
        page.contains(&format!("name=\"{wrong}\"")),
        "shown after no"
    );
    let submit = format!("/surveys/{}/submit", f.survey_id);
    let (status, page) = post(&app, &ana, &submit, &[]).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "sending names what is missing"
    );
    assert!(page.contains("Rispondi a questa domanda."));
    assert!(page.contains(&format!("action=\"{}\"", section(&f, 2))));
    let (status, _) = post(&app, &ana, &section(&f, 2), &[]).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "required when shown"
    );
    post(&app, &ana, &section(&f, 2), &[(&wrong, "Code lunghe")]).await;
    assert_eq!(app.count(&stored("Code lunghe")).await, 1);
    post(&app, &ana, &section(&f, 1), &[(&helped, &yes)]).await;
    assert_eq!(
        app.count(&stored("Code lunghe")).await,
        0,
        "the later answer goes"
    );
}

#[tokio::test]
async fn after_an_anonymous_answer_no_page_links_it_to_the_person() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "anonimo", true).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let bruno = app
        .person("bruno@example.org", StakeholderGroup::Institution, "it")
        .await;
    let page = app
        .by(&ana)
        .get_html(&format!("/surveys/{}", f.survey_id))
        .await;
    assert!(page.contains("conservate senza il tuo nome"));
    let no = f.option(&app, "helped", "No").await.to_string();
    post(
        &app,
        &ana,
        &section(&f, 1),
        &[(&format!("q{}", f.q["helped"]), &no)],
    )
    .await;
    post(
        &app,
        &ana,
        &section(&f, 2),
        &[(&format!("q{}", f.q["wrong"]), "Segreto di Ana")],
    )
    .await;
    let (status, done) = post(&app, &ana, &format!("/surveys/{}/submit", f.survey_id), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !done.contains("Puoi cambiare"),
        "anonymous answers do not change"
    );

    let pages = [
        format!("/surveys/{}", f.survey_id),
        format!("/consultations/{}/surveys", f.slug),
        format!("/surveys/{}/review", f.survey_id),
        section(&f, 2),
    ];
    for viewer in [&ana, &bruno, &f.chiara] {
        for path in &pages {
            let html = app.by(viewer).get(path).await.text().await.unwrap();
            assert!(!html.contains("Segreto di Ana"), "{path}");
        }
    }
    let page = app
        .by(&ana)
        .get_html(&format!("/surveys/{}", f.survey_id))
        .await;
    assert!(page.contains("Hai risposto a questo questionario anonimo"));
    assert!(!page.contains("Cambia le tue risposte"));
    for path in [format!("/surveys/{}/review", f.survey_id), section(&f, 1)] {
        assert_eq!(
            app.by(&ana).get(&path).await.status(),
            StatusCode::FORBIDDEN
        );
    }
    let (status, _) = post(
        &app,
        &ana,
        &section(&f, 1),
        &[(&format!("q{}", f.q["helped"]), &no)],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "nor changed");
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response WHERE user_id IS NOT NULL")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM survey_response")
            .await,
        1
    );
}

#[tokio::test]
async fn a_translated_survey_is_answered_in_the_readers_language_with_the_original_a_click_away() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "tradotto", false).await;
    let yes = f.option(&app, "helped", "Sì").await;
    let rows = [
        ("title".to_owned(), "Registry services"),
        (
            format!("prompt:{}", f.q["helped"]),
            "Did the office help you?",
        ),
        (format!("option:{yes}"), "Yes, it did"),
    ];
    for (item, text) in rows {
        app.count(&format!(
            "INSERT INTO survey_translation (survey_id, locale, item, text) \
             VALUES ({}, 'en', '{item}', '{text}') RETURNING id",
            f.survey_id
        ))
        .await;
    }
    let jane = app
        .person("jane@example.org", StakeholderGroup::Beneficiary, "en")
        .await;
    let page = app
        .by(&jane)
        .get_html(&format!("/surveys/{}", f.survey_id))
        .await;
    assert!(
        page.contains("<h1 lang=\"en\" dir=\"auto\">Registry services</h1>"),
        "{page}"
    );
    assert!(page.contains("Read the original"));
    let page = app
        .by(&jane)
        .get_html(&format!("/surveys/{}?original=1", f.survey_id))
        .await;
    assert!(page.contains("<h1 lang=\"it\" dir=\"auto\">Servizi anagrafici</h1>"));
    let page = app.by(&jane).get_html(&section(&f, 1)).await;
    assert!(page.contains("<span lang=\"en\" dir=\"auto\">Did the office help you?</span>"));
    assert!(page.contains("lang=\"en\" dir=\"auto\">Yes, it did</label>"));
    assert!(
        page.contains("lang=\"it\" dir=\"auto\">No</label>"),
        "untranslated: the original"
    );
    assert!(page.contains("(required)"));
}

//! Surveys: paper questionnaires typed in through the form, the printable questionnaire,
//! results by group with small groups suppressed (online and paper apart and together),
//! when results show, and text answers hidden or quoted.

use chrono::{NaiveDate, TimeDelta};
use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, TransactionTrait};
use tavolo::surveys::{
    answers::{Answers, Value},
    model::Structure,
    responses::{self, Outcome, Paper, Respondent},
    store,
};

use super::Fixture;
use crate::helpers::{TestApp, location};

async fn respondent(app: &TestApp, email: &str, group: StakeholderGroup) -> Respondent {
    let user_id = app
        .create_account(email, email, group, PlatformRole::Participant, true)
        .await;
    Respondent { user_id, group }
}

async fn tally(app: &TestApp, survey: i64, question: i64, bucket: &str, source: &str) -> i64 {
    app.count(&format!(
        "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM survey_tally \
         WHERE survey_id = {survey} AND question_id = {question} AND bucket = '{bucket}' \
         AND source = '{source}'"
    ))
    .await
}

/// A participant of `group` who answers the whole survey online with `answers` and submits.
async fn answer_online(
    app: &TestApp,
    structure: &Structure,
    email: &str,
    group: StakeholderGroup,
    answers: Answers,
) {
    let who = respondent(app, email, group).await;
    let now = app.state.now();
    let tx = app.db().begin().await.unwrap();
    store::lock(&tx, structure.survey.id).await.unwrap();
    responses::save_section(&tx, structure, who, 0, answers, now)
        .await
        .unwrap();
    assert_eq!(
        responses::submit(&tx, structure, who, now).await.unwrap(),
        Outcome::Submitted
    );
    tx.commit().await.unwrap();
}

/// An answer to every question: "No" (so "what went wrong?" is asked), the `n`th variant.
async fn full_answers(app: &TestApp, f: &Fixture, n: usize) -> Answers {
    let no = f.option(app, "helped", "No").await;
    let school = f.option(app, "services", "Scuola").await;
    let ranking = [
        f.option(app, "priorities", "Orari").await,
        f.option(app, "priorities", "Lingue").await,
        f.option(app, "priorities", "Attese").await,
    ];
    let mut ranked = ranking.to_vec();
    ranked.rotate_left(n % 3);
    Answers::from([
        (f.q["helped"], Value::Options(vec![no])),
        (f.q["wrong"], Value::Text(format!("Attesa {n}"))),
        (f.q["services"], Value::Options(vec![school])),
        (f.q["satisfaction"], Value::Number((n % 5 + 1) as f64)),
        (f.q["visits"], Value::Number(n as f64)),
        (
            f.q["visited_on"],
            Value::Date(NaiveDate::from_ymd_opt(2026, 1 + (n % 3) as u32, 10).unwrap()),
        ),
        (f.q["district"], Value::Text(format!("Quartiere {n}"))),
        (f.q["story"], Value::Text(format!("Storia {n}"))),
        (f.q["priorities"], Value::Ranking(ranked)),
    ])
}

/// Each question's table on the results page: rows of (label, cells).
fn tables(html: &str) -> Vec<(String, Vec<Vec<String>>)> {
    html.split("<section class=\"survey-result\"")
        .skip(1)
        .map(|section| {
            let heading = section
                .split("<h2")
                .nth(1)
                .and_then(|h| h.split("</h2>").next())
                .unwrap_or("")
                .to_owned();
            let rows = section
                .split("<tr><th scope=\"row\"")
                .skip(1)
                .map(|row| {
                    let row = row.split("</tr>").next().unwrap_or("");
                    row.split("<td>")
                        .skip(1)
                        .map(|c| c.split("</td>").next().unwrap_or("").to_owned())
                        .collect()
                })
                .collect();
            (heading, rows)
        })
        .collect()
}

const FEWER: &str = "meno di 3";

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

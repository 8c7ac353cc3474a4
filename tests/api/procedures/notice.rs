//! The notice: its form, the 20-day rule at the deadline field, errata once published,
//! criteria that no longer change, and a draft no outsider sees.

use chrono::TimeDelta;
use reqwest::StatusCode;

use super::{Setup, notice, post, to_the_second};
use crate::helpers::{TestApp, new_client};

#[tokio::test]
async fn publishing_needs_twenty_days_of_twenty_four_hours_said_at_the_deadline_field() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let short = app.state.now() + TimeDelta::days(20) - TimeDelta::hours(1);
    let slug = s
        .draft("Accoglienza abitativa", &to_the_second(&app, short))
        .await;
    let console = app
        .by(&s.chiara)
        .get_html(&format!("/manage/procedures/{slug}"))
        .await;
    assert!(console.contains("Bozza"));
    let confirm = app
        .by(&s.chiara)
        .get_html(&format!("/manage/procedures/{slug}/publish"))
        .await;
    assert!(confirm.contains("Pubblica ora"));

    let refused = s.publish(&slug).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(page.contains("applications_close_at-error"), "at the field");
    assert!(page.contains("almeno 20 giorni (20 × 24 ore)"));
    assert!(
        page.contains("la scadenza più vicina ammessa è"),
        "with the date to reach"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM procedure WHERE published_at IS NOT NULL")
            .await,
        0
    );

    let enough = app.state.now() + TimeDelta::days(20) + TimeDelta::seconds(5);
    let mut fields = notice("Accoglienza abitativa", &to_the_second(&app, enough));
    fields.push(("erratum_note".into(), String::new()));
    let saved = post(
        &app,
        &s.chiara,
        &format!("/manage/procedures/{slug}/edit"),
        &fields,
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(s.publish(&slug).await.status(), StatusCode::SEE_OTHER);
    let public = app.get_html(&format!("/procedures/{slug}")).await;
    assert!(
        public.contains("Candidature aperte") && public.contains("<strong>accoglienza</strong>")
    );
    assert!(public.contains("Qualità del progetto") && public.contains("Esperienza"));
    let list = app.get_html("/procedures").await;
    assert!(list.contains(&format!("/procedures/{slug}")));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('procedure.created', 'procedure.updated', 'procedure.published')").await,
        3
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'procedure_news'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_form_names_each_problem_at_its_field_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let mut fields = notice("Accoglienza", &app.local_time(TimeDelta::days(30)));
    fields.retain(|(k, _)| k != "economic_frame" && k != "kind");
    for (k, v) in fields.iter_mut() {
        if k == "criterion-2-weight" {
            *v = "30".into();
        }
    }
    let path = format!("/manage/consultations/{}/procedures/new", s.slug);
    let response = post(&app, &s.chiara, &path, &fields).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("economic_frame-error") && page.contains("richiesta dalla legge"));
    assert!(page.contains("devono sommare a 100"));
    assert!(page.contains("Scegli almeno un tipo di ente"));
    assert!(page.contains("Qualità del progetto"), "typed input kept");
    assert!(page.contains("error-summary"));
}

#[tokio::test]
async fn corrections_after_publication_are_errata_and_the_deadline_only_moves_later() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, deadline) = s.published("Accoglienza").await;
    let edit = format!("/manage/procedures/{slug}/edit");
    let form = app.by(&s.chiara).get_html(&edit).await;
    assert!(form.contains("I criteri non possono cambiare dopo la pubblicazione"));

    let mut fields = notice("Accoglienza", &to_the_second(&app, deadline));
    fields.retain(|(k, _)| k != "economic_frame");
    fields.push(("economic_frame".into(), "150.000 euro".into()));
    let refused = post(&app, &s.chiara, &edit, &fields).await;
    assert_eq!(
        refused.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a note is required"
    );
    assert!(refused.text().await.unwrap().contains("erratum_note-error"));

    let mut earlier = fields.clone();
    earlier.retain(|(k, _)| k != "applications_close_at");
    earlier.push((
        "applications_close_at".into(),
        to_the_second(&app, deadline - TimeDelta::days(1)),
    ));
    earlier.push(("erratum_note".into(), "Anticipo".into()));
    let refused = post(&app, &s.chiara, &edit, &earlier).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("può solo essere spostata più avanti")
    );

    let mut later = fields.clone();
    later.retain(|(k, _)| k != "applications_close_at" && !k.starts_with("criterion-1"));
    later.push((
        "applications_close_at".into(),
        to_the_second(&app, deadline + TimeDelta::days(7)),
    ));
    later.push(("criterion-1-name".into(), "Cambiato".into()));
    later.push(("criterion-1-weight".into(), "60".into()));
    later.push(("erratum_note".into(), "Budget regionale aumentato".into()));
    let saved = post(&app, &s.chiara, &edit, &later).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM procedure_erratum").await, 2);
    let page = app.get_html(&format!("/procedures/{slug}")).await;
    assert!(page.contains("Errata corrige") && page.contains("Budget regionale aumentato"));
    assert!(page.contains("150.000 euro") && page.contains("120.000 euro"));
    assert!(
        page.contains("Qualità del progetto") && !page.contains("Cambiato"),
        "criteria stay"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.erratum'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_draft_is_hidden_from_all_but_its_managers() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let slug = s
        .draft("Bozza segreta", &app.local_time(TimeDelta::days(30)))
        .await;
    let path = format!("/procedures/{slug}");
    assert_eq!(
        app.by(&new_client()).get(&path).await.status(),
        StatusCode::NOT_FOUND
    );
    let ana = app
        .person(
            "ana@example.org",
            entity::StakeholderGroup::Beneficiary,
            "it",
        )
        .await;
    assert_eq!(
        app.by(&ana).get(&path).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.by(&ana)
            .get(&format!("/procedures/{slug}/apply"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(!app.get_html("/procedures").await.contains("Bozza segreta"));
    assert!(
        app.get_html("/procedures")
            .await
            .contains("Non ci sono ancora procedure")
    );
    assert_eq!(app.by(&s.chiara).get(&path).await.status(), StatusCode::OK);
    let console = app
        .by(&s.chiara)
        .get_html("/manage/consultations/casa")
        .await;
    assert!(console.contains("/manage/consultations/casa/procedures/new"));
}

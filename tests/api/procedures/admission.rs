//! Admission after the deadline: decisions with reasons, publication only once all are
//! decided, the emails to the applicants, the public lists; then co-design sessions open to
//! the admitted organisations' members only.

use chrono::TimeDelta;
use reqwest::StatusCode;

use super::{Setup, apply, representative, set_clock};
use crate::{helpers::TestApp, meetings::register};

/// A procedure past its deadline with two applications: Aurora (Maria) and Ponte (Luca).
async fn two_applications(
    app: &TestApp,
    s: &Setup<'_>,
) -> (String, reqwest::Client, reqwest::Client) {
    let (slug, deadline) = s.published("Accoglienza").await;
    let maria = representative(
        app,
        &s.chiara,
        "maria@example.org",
        "Cooperativa Aurora",
        "third_sector",
        true,
    )
    .await;
    let luca = representative(
        app,
        &s.chiara,
        "luca@example.org",
        "Associazione Ponte",
        "third_sector",
        true,
    )
    .await;
    assert_eq!(
        apply(app, &maria, &slug).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        apply(app, &luca, &slug).await.status(),
        StatusCode::SEE_OTHER
    );
    set_clock(app, deadline + TimeDelta::minutes(1));
    (slug, maria, luca)
}

fn id_of(number: i64) -> String {
    format!("SELECT id FROM procedure_application WHERE number = {number}")
}

#[tokio::test]
async fn admission_tells_each_applicant_and_makes_the_lists_public_with_reasons() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, _, _) = two_applications(&app, &s).await;
    let page = app.get_html(&format!("/procedures/{slug}")).await;
    assert!(
        page.contains("Cooperativa Aurora") && page.contains("Associazione Ponte"),
        "names after the deadline"
    );
    assert!(!page.contains("Enti esclusi"));

    let admission = format!("/manage/procedures/{slug}/admission");
    assert!(
        app.by(&s.chiara)
            .get_html(&admission)
            .await
            .contains("Gestiamo da dieci anni")
    );
    let aurora = app.count(&id_of(1)).await;
    let ponte = app.count(&id_of(2)).await;
    let no_reason = app
        .by(&s.chiara)
        .post_form(
            &format!("{admission}/{ponte}"),
            &[("decision", "exclude"), ("reason", "")],
        )
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason
            .text()
            .await
            .unwrap()
            .contains("Scrivi il motivo dell")
    );
    let admitted = app
        .by(&s.chiara)
        .post_form(&format!("{admission}/{aurora}"), &[("decision", "admit")])
        .await;
    assert_eq!(admitted.status(), StatusCode::SEE_OTHER);

    let early = app
        .by(&s.chiara)
        .post_form(&format!("{admission}/publish"), &[])
        .await;
    assert_eq!(early.status(), StatusCode::FORBIDDEN, "Ponte is undecided");
    let reason = "Manca l'iscrizione al RUNTS da almeno un anno.";
    let excluded = app
        .by(&s.chiara)
        .post_form(
            &format!("{admission}/{ponte}"),
            &[("decision", "exclude"), ("reason", reason)],
        )
        .await;
    assert_eq!(excluded.status(), StatusCode::SEE_OTHER);
    assert!(
        app.by(&s.chiara)
            .get_html(&format!("{admission}/publish"))
            .await
            .contains("Pubblica e avvisa gli enti")
    );
    let published = app
        .by(&s.chiara)
        .post_form(&format!("{admission}/publish"), &[])
        .await;
    assert_eq!(published.status(), StatusCode::SEE_OTHER);

    let to_maria = app.last_email_to("maria@example.org").await;
    assert!(to_maria.text().contains("è stata ammessa"));
    let to_luca = app.last_email_to("luca@example.org").await;
    assert!(
        to_luca.text().contains("è stata esclusa")
            && to_luca.text().contains("RUNTS da almeno un anno")
    );
    let page = app.get_html(&format!("/procedures/{slug}")).await;
    assert!(page.contains("Enti ammessi") && page.contains("Enti esclusi"));
    assert!(
        page.contains("Manca l&#39;iscrizione al RUNTS")
            || page.contains("Manca l'iscrizione al RUNTS")
    );
    let changed = app
        .by(&s.chiara)
        .post_form(&format!("{admission}/{ponte}"), &[("decision", "admit")])
        .await;
    assert_eq!(
        changed.status(),
        StatusCode::FORBIDDEN,
        "no change after publication"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'procedure.admission_published'")
            .await,
        1
    );
}

#[tokio::test]
async fn sessions_take_only_members_of_admitted_organisations() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, maria, luca) = two_applications(&app, &s).await;
    let meetings = crate::meetings::Setup::for_client(&app, "casa", s.chiara.clone());
    let meeting = meetings.meeting("Tavolo di co-progettazione", "", 5).await;
    let sessions = format!("/manage/procedures/{slug}/sessions");
    let meeting_id = meeting.to_string();
    let early = app
        .by(&s.chiara)
        .post_form(
            &sessions,
            &[("meeting", meeting_id.as_str()), ("change", "add")],
        )
        .await;
    assert_eq!(
        early.status(),
        StatusCode::FORBIDDEN,
        "only from the co-design phase"
    );

    let admission = format!("/manage/procedures/{slug}/admission");
    let aurora = app.count(&id_of(1)).await;
    let ponte = app.count(&id_of(2)).await;
    app.by(&s.chiara)
        .post_form(&format!("{admission}/{aurora}"), &[("decision", "admit")])
        .await;
    app.by(&s.chiara)
        .post_form(
            &format!("{admission}/{ponte}"),
            &[("decision", "exclude"), ("reason", "Fuori tema")],
        )
        .await;
    app.by(&s.chiara)
        .post_form(&format!("{admission}/publish"), &[])
        .await;
    let marked = app
        .by(&s.chiara)
        .post_form(
            &sessions,
            &[("meeting", meeting_id.as_str()), ("change", "add")],
        )
        .await;
    assert_eq!(marked.status(), StatusCode::SEE_OTHER);

    let ana = app
        .person(
            "ana@example.org",
            entity::StakeholderGroup::Beneficiary,
            "it",
        )
        .await;
    assert_eq!(register(&app, &ana, meeting).await, StatusCode::FORBIDDEN);
    assert_eq!(
        register(&app, &luca, meeting).await,
        StatusCode::FORBIDDEN,
        "excluded organisation"
    );
    let page = app
        .by(&luca)
        .get_html(&format!("/meetings/{meeting}"))
        .await;
    assert!(page.contains("solo i membri degli enti ammessi"));
    assert_eq!(register(&app, &maria, meeting).await, StatusCode::SEE_OTHER);
    let public = app.get_html(&format!("/procedures/{slug}")).await;
    assert!(
        public.contains("Sessioni di co-progettazione")
            && public.contains(&format!("/meetings/{meeting}"))
    );
    assert!(public.contains("verbale non ancora pubblicato"));
}

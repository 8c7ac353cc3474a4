//! What those coming hear of: a new time, address or online link (a new description tells
//! nobody), and the reminder the day before, sent once even by two schedulers at once.

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::StatusCode;

use super::{Setup, one_in_one_waiting, register};
use crate::helpers::{TestApp, form_value};

/// Saves the meeting's form with `changed` fields over those `Setup::fields` gives, its
/// times as the edit form shows them.
async fn edit(s: &Setup<'_>, id: i64, capacity: &str, changed: &[(&str, &str)]) {
    let form = s
        .app
        .by(&s.chiara)
        .get_html(&format!("/manage/meetings/{id}/edit"))
        .await;
    let mut fields = s.fields("Tavolo casa", capacity, 4);
    for (key, value) in fields.iter_mut() {
        if key == "starts_at" || key == "ends_at" {
            *value = form_value(&form, key).expect("the time is shown");
        }
    }
    for (key, value) in changed {
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = (*value).to_owned(),
            None => fields.push(((*key).to_owned(), (*value).to_owned())),
        }
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let response = s
        .app
        .by(&s.chiara)
        .post_form(&format!("/manage/meetings/{id}/edit"), &fields)
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the meeting is saved"
    );
}

#[tokio::test]
async fn a_new_time_or_place_is_told_once_to_everyone_registered_or_waiting() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "cambi", "public").await;
    let id = s.meeting("Tavolo casa", "1", 4).await;
    let (ana, _bo) = one_in_one_waiting(&app, id, "en").await;
    let dan = app
        .person("dan@example.org", StakeholderGroup::Other, "it")
        .await;
    app.by(&dan).follow("cambi").await;

    edit(&s, id, "1", &[("description", "Portate idee.")]).await;
    app.deliver_mail().await;
    assert!(
        app.emails_to("ana@example.org").is_empty(),
        "a description tells nobody"
    );
    assert!(app.emails_to("bo@example.org").is_empty());

    let later = app.local_time(TimeDelta::days(5));
    let ends = app.local_time(TimeDelta::days(5) + TimeDelta::hours(2));
    edit(
        &s,
        id,
        "1",
        &[
            ("starts_at", &later),
            ("ends_at", &ends),
            ("address", "Piazza Santo Spirito 1, Firenze"),
        ],
    )
    .await;
    app.deliver_mail().await;
    let to_ana = app.emails_to("ana@example.org");
    assert_eq!(to_ana.len(), 1, "told once");
    assert!(
        to_ana[0].subject().contains("è cambiato"),
        "{}",
        to_ana[0].subject()
    );
    assert!(to_ana[0].subject().contains("Tavolo casa"));
    let text = to_ana[0].text();
    assert!(text.contains("La data o l'orario sono cambiati."), "{text}");
    assert!(text.contains("L'indirizzo è cambiato."), "{text}");
    assert!(!text.contains("Il link online"), "{text}");
    assert!(text.contains(&format!("/meetings/{id}")));
    let to_bo = app.emails_to("bo@example.org");
    assert_eq!(to_bo.len(), 1, "the waiting list is told too");
    assert!(
        to_bo[0].subject().contains("has changed"),
        "{}",
        to_bo[0].subject()
    );
    assert!(to_bo[0].html().contains("The address has changed."));
    assert!(
        app.emails_to("dan@example.org").is_empty(),
        "a follower is not"
    );
    assert!(
        app.emails_to("chiara@example.org").is_empty(),
        "nor the actor"
    );

    edit(
        &s,
        id,
        "1",
        &[
            ("starts_at", &later),
            ("ends_at", &ends),
            ("address", "Piazza Santo Spirito 1, Firenze"),
            ("online_url", "https://meet.example.org/casa"),
        ],
    )
    .await;
    let again = app.last_email_to("ana@example.org").await;
    assert!(again.text().contains("Il link online è cambiato."));
    assert!(!again.text().contains("La data"), "only what changed");
    assert_eq!(app.emails_to("ana@example.org").len(), 2);
    let page = app.by(&ana).get_html("/notifications").await;
    assert!(page.contains("è cambiato"), "under the bell too");
}

#[tokio::test]
async fn the_reminder_goes_once_the_day_before_to_those_holding_a_place() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "promemoria", "public").await;
    let id = s.meeting("Tavolo lavoro", "1", 2).await;
    let off = s.meeting("Tavolo annullato", "", 2).await;
    one_in_one_waiting(&app, id, "en").await;
    let carla = app
        .person("carla@example.org", StakeholderGroup::Institution, "en")
        .await;
    assert_eq!(register(&app, &carla, off).await, StatusCode::SEE_OTHER);
    let cancelled = app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/meetings/{off}/cancel"),
            &[("reason", "Sala chiusa")],
        )
        .await;
    assert_eq!(cancelled.status(), StatusCode::SEE_OTHER);
    app.deliver_mail().await;
    assert_eq!(
        app.emails_to("carla@example.org").len(),
        1,
        "the cancellation"
    );

    let remind = || tavolo::meetings::reminders::remind_meetings(app.db(), app.state.now());
    assert_eq!(remind().await.unwrap(), 0, "not yet: two days left");
    app.advance_clock(TimeDelta::hours(25));
    // Two instances' schedulers at the same moment: one of them sends.
    let (first, second) = tokio::join!(remind(), remind());
    assert_eq!(
        first.unwrap() + second.unwrap(),
        1,
        "one meeting, reminded once"
    );
    assert_eq!(remind().await.unwrap(), 0, "once per meeting");
    assert!(tavolo::server::run_schedule(&app.state).await);

    app.deliver_mail().await;
    let to_ana = app.emails_to("ana@example.org");
    assert_eq!(to_ana.len(), 1, "reminded once");
    assert!(
        to_ana[0].subject().contains("inizia entro un giorno"),
        "{}",
        to_ana[0].subject()
    );
    assert!(to_ana[0].text().contains(&format!("/meetings/{id}")));
    assert!(
        app.emails_to("bo@example.org").is_empty(),
        "not those waiting"
    );
    assert_eq!(
        app.emails_to("carla@example.org").len(),
        1,
        "no reminder of a cancelled meeting"
    );
}

#[tokio::test]
async fn the_scheduler_sends_the_reminder_and_a_new_start_makes_it_due_again() {
    let mut app = TestApp::spawn().await;
    // The reminders' migration goes down and up again, as an upgrade does.
    app.migrate_again_from("m20261217_000002_meeting_reminders")
        .await;
    let s = Setup::new(&app, "rinvio", "public").await;
    let id = s.meeting("Tavolo casa", "", 2).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "en")
        .await;
    assert_eq!(register(&app, &ana, id).await, StatusCode::SEE_OTHER);
    app.advance_clock(TimeDelta::hours(25));
    assert!(tavolo::server::run_schedule(&app.state).await);
    let reminder = app.last_email_to("ana@example.org").await;
    assert!(
        reminder.subject().contains("starts within a day"),
        "{}",
        reminder.subject()
    );

    // Put off by three days: told of it, then reminded again the day before.
    let later = app.local_time(TimeDelta::days(3));
    let ends = app.local_time(TimeDelta::days(3) + TimeDelta::hours(2));
    edit(&s, id, "", &[("starts_at", &later), ("ends_at", &ends)]).await;
    let moved = app.last_email_to("ana@example.org").await;
    assert!(moved.text().contains("The date or time has changed."));
    assert!(tavolo::server::run_schedule(&app.state).await);
    app.deliver_mail().await;
    assert_eq!(app.emails_to("ana@example.org").len(), 2, "not yet");
    app.advance_clock(TimeDelta::days(2) + TimeDelta::hours(1));
    assert!(tavolo::server::run_schedule(&app.state).await);
    app.deliver_mail().await;
    assert_eq!(
        app.emails_to("ana@example.org").len(),
        3,
        "reminded of the new day"
    );
}

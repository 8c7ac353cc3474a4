//! "A survey is open for you" and "it closes tomorrow": once each, to the followers of the
//! groups that answer, in their language; the reminder not to those who answered.

use chrono::TimeDelta;
use entity::StakeholderGroup;
use sea_orm::ConnectionTrait;
use tavolo::surveys::{
    answers::{Answers, Value},
    responses::{self, Respondent},
};

use super::Fixture;
use crate::helpers::TestApp;

async fn follower(
    app: &TestApp,
    f: &Fixture,
    email: &str,
    group: StakeholderGroup,
    locale: &str,
) -> i64 {
    let client = app.person(email, group, locale).await;
    app.by(&client).follow(f.slug).await;
    app.db()
        .execute_unprepared(&format!(
            "UPDATE \"user\" SET email_others = 'immediate', email_own = 'immediate' \
             WHERE email = '{email}'"
        ))
        .await
        .unwrap();
    app.count(&format!("SELECT id FROM \"user\" WHERE email = '{email}'"))
        .await
}

/// One run of the scheduler's survey step, as each instance runs it.
async fn announce(app: &TestApp) {
    tavolo::surveys::announce::announce_and_remind(app.db(), app.state.now())
        .await
        .expect("the survey step runs");
}

#[tokio::test]
async fn the_groups_that_answer_hear_a_survey_opens_and_those_yet_to_answer_that_it_closes() {
    let app = TestApp::spawn().await;
    let f = Fixture::new(&app, "ascolto", false).await;
    app.db()
        .execute_unprepared(&format!(
            "UPDATE survey SET groups = 'beneficiary,third_sector' WHERE id = {}",
            f.survey_id
        ))
        .await
        .unwrap();
    let ana = follower(
        &app,
        &f,
        "ana@example.org",
        StakeholderGroup::Beneficiary,
        "ar",
    )
    .await;
    follower(
        &app,
        &f,
        "bea@example.org",
        StakeholderGroup::Institution,
        "it",
    )
    .await;
    follower(
        &app,
        &f,
        "carla@example.org",
        StakeholderGroup::ThirdSector,
        "it",
    )
    .await;

    announce(&app).await;
    announce(&app).await;
    app.deliver_mail().await;
    let opened = |address: &str| {
        app.emails_to(address)
            .iter()
            .filter(|m| m.text().contains("Servizi anagrafici"))
            .count()
    };
    assert_eq!(
        opened("ana@example.org"),
        1,
        "once, however often the scheduler runs"
    );
    assert!(
        app.emails_to("ana@example.org")[0]
            .text()
            .contains("مفتوح لك"),
        "in Arabic"
    );
    assert!(
        app.emails_to("carla@example.org")[0]
            .text()
            .contains("è aperto")
    );
    assert_eq!(
        opened("bea@example.org"),
        0,
        "institutions do not answer this survey"
    );

    // Ana answers; a day before it closes, only Carla is reminded.
    let structure = f.structure(&app).await;
    let yes = f.option(&app, "helped", "Sì").await;
    let respondent = Respondent {
        user_id: ana,
        group: StakeholderGroup::Beneficiary,
    };
    let now = app.state.now();
    let answers = Answers::from([(f.q["helped"], Value::Options(vec![yes]))]);
    responses::save_section(app.db(), &structure, respondent, 0, answers, now)
        .await
        .unwrap();
    responses::submit(app.db(), &structure, respondent, now)
        .await
        .unwrap();
    app.advance_clock(TimeDelta::days(6) + TimeDelta::hours(1));
    announce(&app).await;
    announce(&app).await;
    app.deliver_mail().await;
    let closing = |address: &str| {
        app.emails_to(address)
            .iter()
            .filter(|m| m.text().contains("chiude entro un giorno") || m.text().contains("خلال يوم"))
            .count()
    };
    assert_eq!(closing("carla@example.org"), 1);
    assert_eq!(closing("ana@example.org"), 0, "she answered");
    assert_eq!(closing("bea@example.org"), 0);
}

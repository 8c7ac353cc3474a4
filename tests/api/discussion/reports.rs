//! Reports that throwaway accounts cannot turn into hiding: reporting needs a verified email,
//! and only verified reporters count toward hiding, also for reports stored before that rule.

use chrono::Utc;
use entity::{FlagTarget, PlatformRole, StakeholderGroup, flag};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, Statement};

use super::moderation::three_reporters;
use crate::{helpers::TestApp, proposals::setup};

/// The stored state of a proposal or comment.
pub(super) async fn state_of(app: &TestApp, table: &str, id: i64) -> String {
    let backend = app.db().get_database_backend();
    app.db()
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT state FROM {table} WHERE id = {id}"),
        ))
        .await
        .unwrap()
        .expect("the row exists")
        .try_get_by_index::<String>(0)
        .unwrap()
}

/// The moderation queue of `casa`'s console.
pub(super) async fn queue(app: &TestApp, facilitator: &reqwest::Client) -> String {
    let console = app
        .by(facilitator)
        .get_html("/manage/consultations/casa")
        .await;
    let start = console.find("id=\"moderation\"").unwrap();
    let end = console.find("id=\"answers\"").unwrap();
    console[start..end].to_owned()
}

#[tokio::test]
async fn reporting_needs_a_verified_email() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Proposta",
            "Un testo che qualcuno vuole zittire.",
            "it",
        )
        .await;
    let c = app
        .by(&s.luca)
        .comment(p, "Un commento qualsiasi", "neutral", None)
        .await;
    app.create_account(
        "usa-e-getta@example.org",
        "Usa e getta",
        StakeholderGroup::Other,
        PlatformRole::Participant,
        false,
    )
    .await;
    let throwaway = app.client_for("usa-e-getta@example.org").await;
    for path in [
        format!("/proposals/{p}/flag"),
        format!("/comments/{c}/flag"),
    ] {
        let refused = app
            .by(&throwaway)
            .post_form(&path, &[("reason", "Non mi piace")])
            .await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{path}");
        let page = refused.text().await.unwrap();
        assert!(
            page.contains("Per segnalare un contenuto, prima conferma il tuo indirizzo email"),
            "the refusal says why: {path}"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM flag").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'content_flagged'")
            .await,
        0,
        "nobody is told"
    );
}

#[tokio::test]
async fn reports_stored_from_unverified_accounts_do_not_count_toward_hiding() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Proposta",
            "Un testo che qualcuno vuole zittire.",
            "it",
        )
        .await;
    // Two reports from unconfirmed accounts, stored when reporting needed only a login, and
    // counted then.
    stored_unverified_reports(&app, p, "vecchio", 2).await;
    app.db()
        .execute_unprepared(&format!(
            "UPDATE proposal SET flags_count = 2 WHERE id = {p}"
        ))
        .await
        .unwrap();

    let reporters = three_reporters(&app, "v").await;
    app.by(&reporters[0])
        .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Fuori tema")])
        .await;
    assert_eq!(state_of(&app, "proposal", p).await, "published");
    assert!(
        app.get_html(&format!("/proposals/{p}"))
            .await
            .contains("Un testo che qualcuno vuole zittire.")
    );
    for reporter in &reporters[1..] {
        app.by(reporter)
            .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Fuori tema")])
            .await;
    }
    assert_eq!(
        state_of(&app, "proposal", p).await,
        "hidden",
        "three verified people hide it"
    );
}

/// `n` reports on proposal `p` of `casa` from unconfirmed accounts, stored as they were when
/// reporting needed only a login.
async fn stored_unverified_reports(app: &TestApp, p: i64, prefix: &str, n: usize) {
    let consultation = app
        .count("SELECT id FROM consultation WHERE slug = 'casa'")
        .await;
    for i in 0..n {
        let email = format!("{prefix}{i}@example.org");
        let user_id = app
            .create_account(
                &email,
                &email,
                StakeholderGroup::Other,
                PlatformRole::Participant,
                false,
            )
            .await;
        flag::ActiveModel {
            target_kind: Set(FlagTarget::Proposal),
            target_id: Set(p),
            consultation_id: Set(consultation),
            user_id: Set(user_id),
            reason: Set("Spam".to_owned()),
            created_at: Set(Utc::now()),
            resolved_at: Set(None),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn content_hidden_by_unverified_reports_is_published_again_by_the_migration() {
    let mut app = TestApp::spawn().await;
    let s = setup(&app).await;
    let silenced = app
        .by(&s.amina)
        .propose(
            "casa",
            "Zittita",
            "Nascosta da tre account usa e getta.",
            "it",
        )
        .await;
    let moderated = app
        .by(&s.amina)
        .propose("casa", "Moderata", "Nascosta da chi facilita.", "it")
        .await;
    // As three throwaway accounts left them; the second was then hidden by a facilitator.
    stored_unverified_reports(&app, silenced, "a", 3).await;
    stored_unverified_reports(&app, moderated, "b", 3).await;
    app.db()
        .execute_unprepared(&format!(
            "UPDATE proposal SET state = 'hidden', flags_count = 3 WHERE id IN ({silenced}, {moderated})"
        ))
        .await
        .unwrap();
    app.db()
        .execute_unprepared(&format!(
            "UPDATE proposal SET hidden_reason = 'Offensiva' WHERE id = {moderated}"
        ))
        .await
        .unwrap();
    app.migrate_again_from("m20261207_116016_verified_reports")
        .await;
    assert_eq!(state_of(&app, "proposal", silenced).await, "published");
    assert_eq!(state_of(&app, "proposal", moderated).await, "hidden");
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(flags_count AS BIGINT) FROM proposal WHERE id = {silenced}"
        ))
        .await,
        0
    );
    assert!(
        app.get_html(&format!("/proposals/{silenced}"))
            .await
            .contains("Nascosta da tre account usa e getta.")
    );
    assert!(
        queue(&app, &s.chiara).await.contains("Zittita"),
        "its reports still wait for a review"
    );
}

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn unconfirmed_accounts_and_old_email_bodies_go_after_thirty_days() {
    let app = TestApp::spawn().await;
    // One person never confirms; another does.
    let never = crate::helpers::new_client();
    assert_eq!(
        app.by(&never)
            .register("Mai", "mai@example.org")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    app.register_verified("Sì", "si@example.org").await;
    app.deliver_mail().await;
    let sent_to_si = "SELECT COUNT(*) FROM outbox WHERE recipient = 'si@example.org' \
                      AND status = 'sent'";
    assert_eq!(app.count(sent_to_si).await, 1);
    let never_id = app
        .count("SELECT id FROM \"user\" WHERE email = 'mai@example.org'")
        .await;

    app.advance_clock(TimeDelta::days(29));
    assert_eq!(app.run_retention().await, Default::default());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM \"user\" WHERE email = 'mai@example.org'")
            .await,
        1
    );

    app.advance_clock(TimeDelta::days(2));
    let swept = app.run_retention().await;
    assert_eq!(swept.unverified_accounts, 1);
    // Mai's confirmation email went with her account; Sì's keeps its row.
    assert_eq!(swept.email_bodies, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM \"user\" WHERE id = {never_id}"
        ))
        .await,
        0
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM account_token WHERE user_id = {never_id}"
        ))
        .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE recipient = 'mai@example.org'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM \"user\" WHERE email = 'si@example.org'")
            .await,
        1,
        "a confirmed account stays"
    );
    // The record of the email stays; its body does not.
    assert_eq!(app.count(sent_to_si).await, 1);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE recipient = 'si@example.org' AND payload = '{}'"
        )
        .await,
        1
    );
    // The registration form can take the address again.
    assert_eq!(
        app.by(&crate::helpers::new_client())
            .register("Mai", "mai@example.org")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.run_retention().await,
        Default::default(),
        "nothing twice"
    );
}

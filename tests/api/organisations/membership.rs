//! Membership: a person asks to join; the representative accepts or refuses, removes members
//! and hands the role over (after a confirmation page); a member leaves; the last
//! representative cannot leave without handing over; outsiders may do none of it.

use reqwest::StatusCode;

use super::{account_id, register, someone};
use crate::helpers::{TestApp, location, new_client};

#[tokio::test]
async fn join_accept_hand_over_and_leave() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let luca = someone(&app, "luca@example.org", "Luca Bianchi").await;
    let piero = someone(&app, "piero@example.org", "Piero Verdi").await;
    let org = register(&app, &maria, "Cooperativa Aurora").await;
    let luca_id = account_id(&app, "luca@example.org").await;
    let maria_id = account_id(&app, "maria@example.org").await;

    let page = app.by(&luca).get_html(&org).await;
    assert!(page.contains(&format!("action=\"{org}/join\"")));
    let joined = app.by(&luca).post_form(&format!("{org}/join"), &[]).await;
    assert_eq!(location(&joined), org);
    let page = app.by(&luca).get_html(&org).await;
    assert!(page.contains("Hai chiesto di aderire"));
    assert!(
        !app.get_html(&org).await.contains("Luca Bianchi"),
        "requests are not public"
    );

    // Only the representative decides.
    let decide = format!("{org}/requests/{luca_id}");
    for outsider in [&piero, &luca] {
        let response = app
            .by(outsider)
            .post_form(&decide, &[("decision", "accept")])
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let page = app.by(&maria).get_html(&org).await;
    assert!(page.contains("Richieste di adesione") && page.contains("Luca Bianchi"));
    let accepted = app
        .by(&maria)
        .post_form(&decide, &[("decision", "accept")])
        .await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    assert!(app.by(&maria).get_html(&org).await.contains("Luca Bianchi"));
    // Who belongs is for members and coordinators: others see the representative and a count.
    let public = app.get_html(&org).await;
    assert!(!public.contains("Luca Bianchi"), "{public}");
    assert!(public.contains("2 membri. Solo i suoi membri e i coordinatori vedono chi sono."));
    assert!(app.by(&piero).get_html(&org).await.contains("2 membri."));

    // The representative cannot leave before handing over.
    let leave = format!("{org}/leave");
    assert_eq!(
        app.by(&maria).get(&leave).await.status(),
        StatusCode::FORBIDDEN
    );
    let refused = app.by(&maria).post_form(&leave, &[]).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("passa il ruolo a un altro membro")
    );

    let hand_over = format!("{org}/members/{luca_id}/hand-over");
    assert_eq!(
        app.by(&piero).get(&hand_over).await.status(),
        StatusCode::FORBIDDEN
    );
    let confirm = app.by(&maria).get_html(&hand_over).await;
    assert!(confirm.contains("Passare il ruolo di referente?") && confirm.contains("Luca Bianchi"));
    let handed = app.by(&maria).post_form(&hand_over, &[]).await;
    assert_eq!(handed.status(), StatusCode::SEE_OTHER);
    assert!(
        app.by(&luca)
            .get_html(&org)
            .await
            .contains(&format!("{org}/edit"))
    );
    assert_eq!(
        app.by(&maria).get(&format!("{org}/edit")).await.status(),
        StatusCode::FORBIDDEN
    );

    // Now Maria, a member, leaves after confirming.
    let confirm = app.by(&maria).get_html(&leave).await;
    assert!(confirm.contains("Lasciare l"));
    let left = app.by(&maria).post_form(&leave, &[]).await;
    assert_eq!(left.status(), StatusCode::SEE_OTHER);
    let members_now = app.by(&luca).get_html(&org).await;
    assert!(members_now.contains("Luca Bianchi") && !members_now.contains("Maria Rossi"));
    let public = app.get_html(&org).await;
    assert!(
        public.contains("Luca Bianchi") && public.contains("Un membro."),
        "{public}"
    );
    assert_eq!(
        app.by(&maria).post_form(&leave, &[]).await.status(),
        StatusCode::FORBIDDEN,
        "no longer a member"
    );
    for action in [
        "organisation.join_requested",
        "organisation.member_accepted",
        "organisation.representative_handed_over",
        "organisation.member_left",
    ] {
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
            ))
            .await,
            1,
            "{action}"
        );
    }
    let _ = maria_id;
}

#[tokio::test]
async fn the_representative_refuses_and_removes_and_outsiders_may_not() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let luca = someone(&app, "luca@example.org", "Luca Bianchi").await;
    let anna = someone(&app, "anna@example.org", "Anna Neri").await;
    let org = register(&app, &maria, "Cooperativa Aurora").await;
    let luca_id = account_id(&app, "luca@example.org").await;
    let anna_id = account_id(&app, "anna@example.org").await;
    for person in [&luca, &anna] {
        app.by(person).post_form(&format!("{org}/join"), &[]).await;
    }
    let refuse = app
        .by(&maria)
        .post_form(
            &format!("{org}/requests/{luca_id}"),
            &[("decision", "refuse")],
        )
        .await;
    assert_eq!(refuse.status(), StatusCode::SEE_OTHER);
    app.by(&maria)
        .post_form(
            &format!("{org}/requests/{anna_id}"),
            &[("decision", "accept")],
        )
        .await;
    assert!(
        app.by(&luca)
            .get_html(&org)
            .await
            .contains("Chiedi di aderire")
    );

    let remove = format!("{org}/members/{anna_id}/remove");
    let anonymous = new_client();
    let response = app.by(&anonymous).get(&remove).await;
    assert!(location(&response).starts_with("/login?next="));
    assert_eq!(
        app.by(&luca).get(&remove).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.by(&luca).post_form(&remove, &[]).await.status(),
        StatusCode::FORBIDDEN
    );
    assert!(
        app.by(&maria)
            .get_html(&remove)
            .await
            .contains("Rimuovere il membro?")
    );
    app.by(&maria).post_form(&remove, &[]).await;
    assert!(!app.get_html(&org).await.contains("Anna Neri"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_member").await,
        1,
        "only the representative is left"
    );
    // Nobody removes the representative, nor hands over to someone not a member.
    let maria_id = account_id(&app, "maria@example.org").await;
    for path in [
        format!("{org}/members/{maria_id}/remove"),
        format!("{org}/members/{luca_id}/hand-over"),
    ] {
        assert_eq!(
            app.by(&maria).get(&path).await.status(),
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn when_the_only_representative_deletes_their_account_the_longest_standing_member_takes_over()
{
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let luca = someone(&app, "luca@example.org", "Luca Bianchi").await;
    let piero = someone(&app, "piero@example.org", "Piero Verdi").await;
    let org = register(&app, &maria, "Cooperativa Aurora").await;
    for (client, email) in [(&luca, "luca@example.org"), (&piero, "piero@example.org")] {
        app.by(client).post_form(&format!("{org}/join"), &[]).await;
        let id = account_id(&app, email).await;
        app.by(&maria)
            .post_form(&format!("{org}/requests/{id}"), &[("decision", "accept")])
            .await;
    }
    let deleted = app
        .by(&maria)
        .post_form(
            "/account/delete",
            &[
                ("password", crate::helpers::PASSWORD),
                ("contributions", "keep"),
            ],
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);

    // Luca joined first: he now represents it and may edit it; Maria is on no list.
    let page = app.by(&luca).get_html(&org).await;
    assert!(page.contains(&format!("{org}/edit")), "{page}");
    assert!(!page.contains("Maria Rossi"));
    assert!(app.get_html(&org).await.contains("2 membri."));
    assert_eq!(
        app.by(&piero).get(&format!("{org}/edit")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'organisation.representative_succeeded'"
        )
        .await,
        1
    );
    let maria_rows = app
        .count(
            "SELECT COUNT(*) FROM organisation_member m JOIN \"user\" u ON u.id = m.user_id \
             WHERE u.deleted_at IS NOT NULL",
        )
        .await;
    assert_eq!(maria_rows, 0);
}

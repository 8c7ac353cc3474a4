//! A small generated dataset: the rows asked for, counters equal to a recount from the
//! ballots in SQL, and an account that logs in with the shared password and finds `scale`.

use reqwest::StatusCode;

use super::{generate, stderr};
use crate::helpers::{TestApp, new_client};

/// What a ballot adds to its proposal's main figure: a support, a "for", or its dots.
const POINTS: &str = "CASE WHEN r.vote_rule = 'dots' THEN (CASE WHEN v.value > 0 THEN v.value \
                      ELSE 0 END) ELSE (CASE WHEN v.value > 0 THEN 1 ELSE 0 END) END";
const GROUPS: [&str; 4] = ["beneficiary", "institution", "third_sector", "other"];

/// `vote_count` rows that differ from a recount of the ballots (or are missing).
fn vote_count_mismatches() -> String {
    let mut figures = vec![
        format!("SUM({POINTS}) AS total"),
        "SUM(CASE WHEN v.value = -1 THEN 1 ELSE 0 END) AS against".to_owned(),
        "SUM(CASE WHEN v.value = 0 THEN 1 ELSE 0 END) AS abstain".to_owned(),
    ];
    let mut differs = vec![
        "c.round_id IS NULL".to_owned(),
        "c.total <> n.total".to_owned(),
        "c.against <> n.against".to_owned(),
        "c.abstain <> n.abstain".to_owned(),
    ];
    for group in GROUPS {
        figures.push(format!(
            "SUM(CASE WHEN v.voter_group = '{group}' THEN {POINTS} ELSE 0 END) AS points_{group}"
        ));
        figures.push(format!(
            "SUM(CASE WHEN v.voter_group = '{group}' AND v.value > 0 THEN 1 ELSE 0 END) \
             AS supporters_{group}"
        ));
        differs.push(format!("c.points_{group} <> n.points_{group}"));
        differs.push(format!("c.supporters_{group} <> n.supporters_{group}"));
    }
    format!(
        "SELECT COUNT(*) FROM (SELECT v.round_id, v.proposal_id, {} FROM vote v \
         JOIN round r ON r.id = v.round_id GROUP BY v.round_id, v.proposal_id) n \
         LEFT JOIN vote_count c ON c.round_id = n.round_id AND c.proposal_id = n.proposal_id \
         WHERE {}",
        figures.join(", "),
        differs.join(" OR ")
    )
}

/// `round_voters` rows that differ from the distinct voters per group (or are missing).
fn round_voters_mismatches() -> String {
    let figures: Vec<String> = GROUPS
        .iter()
        .map(|g| {
            format!("COUNT(DISTINCT CASE WHEN v.voter_group = '{g}' THEN v.user_id END) AS {g}")
        })
        .collect();
    let differs: Vec<String> = GROUPS.iter().map(|g| format!("c.{g} <> n.{g}")).collect();
    format!(
        "SELECT COUNT(*) FROM (SELECT v.round_id, {} FROM vote v GROUP BY v.round_id) n \
         LEFT JOIN round_voters c ON c.round_id = n.round_id WHERE c.round_id IS NULL OR {}",
        figures.join(", "),
        differs.join(" OR ")
    )
}

#[tokio::test]
async fn generates_what_was_asked_with_exact_counters_and_accounts_that_log_in() {
    let app = TestApp::spawn().await;
    let output = generate(
        &app.test_db.url,
        &[
            "--accounts",
            "200",
            "--proposals",
            "20",
            "--comments",
            "150",
            "--votes",
            "600",
            "--quiet",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("600 votes"), "{}", stderr(&output));

    let count = |sql: &'static str| app.count(sql);
    assert_eq!(
        count("SELECT COUNT(*) FROM \"user\" WHERE email LIKE 'scale-%@example.test'").await,
        200
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM \"user\" WHERE email = 'scale-000200@example.test'").await,
        1
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM \"user\" WHERE email_verified_at IS NULL OR role <> 'participant'"
        )
        .await,
        0
    );
    assert_eq!(
        count("SELECT COUNT(DISTINCT stakeholder_group) FROM \"user\"").await,
        4
    );
    assert_eq!(
        count("SELECT COUNT(DISTINCT password_hash) FROM \"user\"").await,
        1
    );
    assert_eq!(count("SELECT COUNT(*) FROM proposal").await, 20);
    assert_eq!(
        count("SELECT COUNT(*) FROM proposal_author WHERE role = 'author'").await,
        20
    );
    assert!(count("SELECT COUNT(DISTINCT language) FROM proposal").await >= 2);
    assert_eq!(count("SELECT COUNT(*) FROM comment").await, 150);
    assert!(
        count("SELECT COUNT(*) FROM comment WHERE parent_id IS NOT NULL").await > 0,
        "replies"
    );
    assert_eq!(count("SELECT COUNT(*) FROM vote").await, 600);

    // Two rounds: a closed approval round with a small share of the votes, an open support
    // round without a limit and with live results.
    let approval = count(
        "SELECT COUNT(*) FROM vote v JOIN round r ON r.id = v.round_id \
         WHERE r.vote_rule = 'approval' AND r.state = 'closed'",
    )
    .await;
    assert!(approval > 0 && approval < 100, "{approval} approval votes");
    assert!(
        count("SELECT COUNT(*) FROM vote WHERE value = -1").await > 0,
        "some against"
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM round WHERE vote_rule = 'support' AND state = 'open' \
             AND vote_limit IS NULL AND results_visibility = 'live' AND allows_proposals \
             AND allows_comments AND allows_voting"
        )
        .await,
        1
    );

    // The ballots as the application would have left them.
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM vote v JOIN \"user\" u ON u.id = v.user_id \
             WHERE v.voter_group <> u.stakeholder_group"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM (SELECT round_id, proposal_id, user_id FROM vote \
             GROUP BY round_id, proposal_id, user_id HAVING COUNT(*) > 1) twice"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM proposal p WHERE p.comments_count <> \
             (SELECT COUNT(*) FROM comment c WHERE c.proposal_id = p.id)"
        )
        .await,
        0
    );
    assert_eq!(app.count(&vote_count_mismatches()).await, 0);
    assert_eq!(
        count("SELECT COUNT(*) FROM vote_count").await,
        count("SELECT COUNT(*) FROM (SELECT DISTINCT round_id, proposal_id FROM vote) x").await
    );
    assert_eq!(app.count(&round_voters_mismatches()).await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM round_voters").await, 2);

    // A few proposals get most of the supports.
    let top = count(
        "SELECT MAX(c.total) FROM vote_count c JOIN round r ON r.id = c.round_id \
         WHERE r.vote_rule = 'support'",
    )
    .await;
    let supports = 600 - approval;
    assert!(
        top * 20 >= 3 * supports,
        "the favourite has {top} of {supports}"
    );

    // Any generated account logs in with the shared password and finds the consultation.
    let browser = new_client();
    let response = app
        .by(&browser)
        .login("scale-000137@example.test", "scale-password")
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let home = app.by(&browser).get_html("/").await;
    assert!(
        home.contains("/consultations/scale"),
        "listed on the home page"
    );
    let page = app.by(&browser).get_html("/consultations/scale").await;
    assert!(page.contains("Servizi per tutte e tutti"), "{page}");
    let favourite = count(
        "SELECT c.proposal_id FROM vote_count c JOIN round r ON r.id = c.round_id \
         WHERE r.vote_rule = 'support' ORDER BY c.total DESC, c.proposal_id LIMIT 1",
    )
    .await;
    app.by(&browser)
        .get_html(&format!("/proposals/{favourite}"))
        .await;
    app.by(&browser)
        .get_html("/consultations/scale/results")
        .await;
}

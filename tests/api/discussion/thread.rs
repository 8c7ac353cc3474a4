//! A long thread, a page at a time: twenty top-level comments a page, each followed by its
//! replies; the figures cover the whole thread; a link to one comment lands on its page.

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use crate::{
    helpers::{TestApp, location, new_client},
    proposals::setup,
};

/// Posts a comment (a reply when `parent` is given) and returns its id with the address
/// the browser was sent to.
async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    proposal: i64,
    body: &str,
    stance: &str,
    parent: Option<i64>,
) -> (i64, String) {
    let parent = parent.map(|p| p.to_string()).unwrap_or_default();
    let response = app
        .by(client)
        .post_form(
            &format!("/proposals/{proposal}/comments"),
            &[("body", body), ("stance", stance), ("parent_id", &parent)],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{body} is published"
    );
    let to = location(&response);
    let id = to.rsplit("#comment-").next().unwrap().parse().unwrap();
    (id, to)
}

/// Where `/comments/{id}` sends `client`.
async fn comment_link(app: &TestApp, client: &reqwest::Client, id: i64) -> (StatusCode, String) {
    let response = app.by(client).get(&format!("/comments/{id}")).await;
    (response.status(), location(&response))
}

/// Whether `texts` appear in `page` in this order.
fn in_order(page: &str, texts: &[&str]) -> bool {
    let at: Vec<Option<usize>> = texts.iter().map(|t| page.find(t)).collect();
    at.iter().all(Option::is_some) && at.windows(2).all(|w| w[0] < w[1])
}

#[tokio::test]
async fn a_long_thread_shows_twenty_top_level_comments_a_page_each_with_its_replies() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let stances = ["for", "against", "neutral"];
    let mut top = Vec::new();
    for n in 0..45 {
        let (id, to) = post(
            &app,
            &s.luca,
            p,
            &format!("Commento {n:02}"),
            stances[n % 3],
            None,
        )
        .await;
        let page = n / 20 + 1;
        assert_eq!(
            to,
            format!("/proposals/{p}?comments={page}#comment-{id}"),
            "back to its page"
        );
        top.push(id);
    }
    // Replies come after every top-level comment, yet each is shown under what it answers.
    let (first_reply, _) = post(&app, &s.amina, p, "Risposta al primo", "for", Some(top[0])).await;
    post(
        &app,
        &s.luca,
        p,
        "Risposta alla risposta",
        "against",
        Some(first_reply),
    )
    .await;
    let (a, to) = post(&app, &s.amina, p, "Replica A", "for", Some(top[25])).await;
    assert_eq!(
        to,
        format!("/proposals/{p}?comments=2#comment-{a}"),
        "a reply lands on its page"
    );
    let (b, _) = post(&app, &s.luca, p, "Replica B", "for", Some(a)).await;
    let (deep, _) = post(&app, &s.amina, p, "Replica profonda", "neutral", Some(b)).await;
    post(&app, &s.luca, p, "Replica D", "for", Some(top[25])).await;
    let (last_reply, _) = post(
        &app,
        &s.amina,
        p,
        "Risposta finale",
        "against",
        Some(top[44]),
    )
    .await;
    // Withdrawn, the 41st keeps its place in the thread but leaves the figures.
    app.by(&s.luca)
        .post_form(&format!("/comments/{}/withdraw", top[40]), &[])
        .await;

    let first = app.get_html(&format!("/proposals/{p}")).await;
    let second = app.get_html(&format!("/proposals/{p}?comments=2")).await;
    let third = app.get_html(&format!("/proposals/{p}?comments=3")).await;
    for (page, shown) in [(&first, 0..20), (&second, 20..40), (&third, 40..45)] {
        for (n, id) in top.iter().enumerate() {
            let text = format!("Commento {n:02}<");
            assert_eq!(
                page.contains(&format!("id=\"comment-{id}\"")),
                shown.contains(&n),
                "comment {n} on its page only"
            );
            if n != 40 {
                assert_eq!(page.contains(&text), shown.contains(&n), "{text}");
            }
        }
        // The figures are the whole thread's on every page.
        assert!(page.contains("52 commenti"), "the total count");
        assert!(
            page.contains("19 a favore")
                && page.contains("16 contro")
                && page.contains("16 neutrali")
        );
        assert!(page.contains("id=\"comments\""));
    }
    assert!(in_order(
        &first,
        &[
            "Commento 00<",
            "Risposta al primo",
            "Risposta alla risposta",
            "Commento 01<"
        ]
    ));
    assert!(
        in_order(
            &second,
            &[
                "Commento 25<",
                "Replica A",
                "Replica B",
                "Replica profonda",
                "Replica D",
                "Commento 26<"
            ]
        ),
        "replies follow what they answer, depth first, oldest first"
    );
    assert!(
        second.contains("comment--level-2") && second.contains("in risposta a <bdi>Luca</bdi>")
    );
    assert!(
        !first.contains("Replica A") && !third.contains("Replica A"),
        "a reply is on its parent's page only"
    );
    assert!(in_order(&third, &["Commento 44<", "Risposta finale"]));
    assert!(third.contains("Commento ritirato"));

    // The pager, below the thread.
    let link = |n: u64| format!("href=\"/proposals/{p}?comments={n}#comments\"");
    assert!(
        first.contains("Pagina 1 di 3")
            && first.contains(&link(2))
            && !first.contains("rel=\"prev\"")
    );
    assert!(
        second.contains("Pagina 2 di 3") && second.contains(&link(1)) && second.contains(&link(3))
    );
    assert!(
        third.contains("Pagina 3 di 3")
            && third.contains(&link(2))
            && !third.contains("rel=\"next\"")
    );
    assert!(
        in_order(&second, &["Commento 39<", "Pagina 2 di 3"]),
        "below the thread"
    );
    let beyond = app.get_html(&format!("/proposals/{p}?comments=99")).await;
    assert!(
        beyond.contains("Pagina 3 di 3") && beyond.contains("Commento 44<"),
        "past the end: the last page"
    );
    let nonsense = app.get_html(&format!("/proposals/{p}?comments=due")).await;
    assert!(nonsense.contains("Pagina 1 di 3") && nonsense.contains("Commento 00<"));

    // A link to one comment lands on the page that holds it, at the comment.
    let anonymous = new_client();
    for (id, page) in [
        (top[0], 1),
        (first_reply, 1),
        (top[20], 2),
        (top[25], 2),
        (deep, 2),
        (top[40], 3),
        (last_reply, 3),
    ] {
        assert_eq!(
            comment_link(&app, &anonymous, id).await,
            (
                StatusCode::SEE_OTHER,
                format!("/proposals/{p}?comments={page}#comment-{id}")
            )
        );
    }
    assert_eq!(
        comment_link(&app, &anonymous, deep + 1000).await.0,
        StatusCode::NOT_FOUND
    );
    // The comment's own link (its time) points at its page too.
    assert!(second.contains(&format!(
        "href=\"/proposals/{p}?comments=2#comment-{deep}\""
    )));
}

#[tokio::test]
async fn a_comment_in_an_invite_only_consultation_is_not_found_by_outsiders() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let (c, _) = post(&app, &s.luca, p, "Ottima idea", "for", None).await;
    app.db()
        .execute_unprepared(
            "UPDATE consultation SET visibility = 'invite_only' WHERE slug = 'casa'",
        )
        .await
        .expect("the consultation becomes invite-only");
    let outsider = new_client();
    assert_eq!(
        comment_link(&app, &outsider, c).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/proposals/{p}")).await.status(),
        StatusCode::NOT_FOUND,
        "as its proposal"
    );
    assert_eq!(
        comment_link(&app, &s.chiara, c).await,
        (
            StatusCode::SEE_OTHER,
            format!("/proposals/{p}?comments=1#comment-{c}")
        ),
        "the coordinator still finds it"
    );
}

#[tokio::test]
async fn notifications_stored_before_permalinks_are_pointed_at_them_by_the_migration() {
    let mut app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Orti", "Orti condivisi nei cortili.", "it")
        .await;
    let (c, _) = post(&app, &s.luca, p, "Ci sto", "for", None).await;
    // As the link was stored before `/comments/{id}` existed.
    app.db()
        .execute_unprepared(&format!(
            "UPDATE notification SET link = '/proposals/{p}#comment-{c}'"
        ))
        .await
        .expect("the old form of the link");
    app.migrate_again_from("m20261207_000001_comment_thread")
        .await;
    let links: Vec<String> = app
        .db()
        .query_all_raw(sea_orm::Statement::from_string(
            app.db().get_database_backend(),
            "SELECT link FROM notification",
        ))
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get("", "link").unwrap())
        .collect();
    assert!(
        !links.is_empty(),
        "the comment was told to its proposal's author"
    );
    assert!(
        links.iter().all(|link| *link == format!("/comments/{c}")),
        "{links:?}"
    );
    assert_eq!(
        comment_link(&app, &s.amina, c).await,
        (
            StatusCode::SEE_OTHER,
            format!("/proposals/{p}?comments=1#comment-{c}")
        )
    );
}

/// A page of the thread reads the comments it shows and no others. SQLite once planned the
/// page's statement the other way round: every comment of the site read through an index,
/// each looked up among those shown, so a proposal with one comment cost as much as the
/// whole site's discussion (10 ms with 100,000 comments). The plan is SQLite's own
/// (`EXPLAIN QUERY PLAN`), read on the test's database; PostgreSQL plans by its statistics
/// and has no such report to hold to.
#[tokio::test]
async fn a_page_of_the_thread_reads_only_the_comments_it_shows() {
    let app = TestApp::spawn().await;
    let db = app.db();
    if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return;
    }
    let sql = format!(
        "EXPLAIN QUERY PLAN {}",
        tavolo::discussion::thread::PAGE.replace('$', "?")
    );
    let rows = db
        .query_all_raw(sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Sqlite,
            sql,
            [1_i64.into(), 20_i64.into(), 0_i64.into()],
        ))
        .await
        .expect("SQLite explains the statement");
    let plan: Vec<String> = rows
        .iter()
        .map(|row| row.try_get::<String>("", "detail").expect("a step"))
        .collect();
    assert!(
        plan.iter().all(|step| !step.starts_with("SCAN comment")),
        "no step reads the comment table through: {plan:#?}"
    );
    assert!(
        plan.iter()
            .any(|step| step == "SEARCH comment USING INTEGER PRIMARY KEY (rowid=?)"),
        "the comments shown are read by their key: {plan:#?}"
    );
}

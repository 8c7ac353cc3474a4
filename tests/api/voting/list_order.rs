//! The proposal list's orders across its pages: most supported (the supported ones by figure,
//! then the others, newest first, with the page that straddles the two exact), newest and
//! most commented, the count shown, and a page past the end showing the last one.

use entity::StakeholderGroup;

use super::Setup;
use crate::helpers::TestApp;

/// The proposals a list page shows, in order (each card once).
fn ids_on(html: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = Vec::new();
    for piece in html.split("href=\"/proposals/").skip(1) {
        let digits: String = piece.chars().take_while(char::is_ascii_digit).collect();
        if piece[digits.len()..].starts_with('"')
            && let Ok(id) = digits.parse()
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

/// Both pages of the list at `query`, checking the count and the page numbers shown.
async fn both_pages(app: &TestApp, query: &str) -> Vec<i64> {
    let path = format!("/consultations/voto/proposals?{query}");
    let first = app.get_html(&format!("{path}&page=1")).await;
    let second = app.get_html(&format!("{path}&page=2")).await;
    assert!(first.contains("25 proposte"), "{query}: the count shown");
    assert!(first.contains("Pagina 1 di 2") && second.contains("Pagina 2 di 2"));
    let beyond = app.get_html(&format!("{path}&page=7")).await;
    assert!(beyond.contains("Pagina 2 di 2"), "{query}: past the end");
    assert_eq!(ids_on(&beyond), ids_on(&second), "{query}: the last page");
    let (first, second) = (ids_on(&first), ids_on(&second));
    assert_eq!((first.len(), second.len()), (20, 5), "{query}: 20 a page");
    first.into_iter().chain(second).collect()
}

/// `ids` ordered by `key` descending, then by id descending, as the list orders them.
fn expected(ids: &[i64], key: impl Fn(usize) -> usize) -> Vec<i64> {
    let mut order: Vec<(usize, i64)> = ids
        .iter()
        .enumerate()
        .map(|(n, id)| (key(n), *id))
        .collect();
    order.sort_by(|a, b| b.cmp(a));
    order.into_iter().map(|(_, id)| id).collect()
}

#[tokio::test]
async fn every_order_is_exact_across_pages() {
    let app = TestApp::spawn().await;
    let s = Setup::open(
        &app,
        "voto",
        "support",
        "",
        "live",
        &["beneficiary", "institution"],
    )
    .await;
    let mut ids = Vec::new();
    for n in 0..25 {
        ids.push(s.propose(&format!("Proposta {n}")).await);
    }
    // Seven proposals with supports, some tied; the 18 others have none.
    let supports = |n: usize| match n {
        3 | 10 => 3,
        5 | 20 | 24 => 2,
        0 | 15 => 1,
        _ => 0,
    };
    let voters = app.voters("v", StakeholderGroup::Beneficiary, 3).await;
    for (n, id) in ids.iter().enumerate() {
        for voter in voters.iter().take(supports(n)) {
            app.by(voter).vote(*id, "support").await;
        }
    }
    // Comments on some, ties included.
    let comments = |n: usize| match n {
        4 | 12 => 2,
        1 | 21 | 22 => 1,
        _ => 0,
    };
    for (n, id) in ids.iter().enumerate() {
        for c in 0..comments(n) {
            app.by(&s.author)
                .comment(*id, &format!("Commento {c}"), "for", None)
                .await;
        }
    }

    let supported = expected(&ids, supports);
    assert_eq!(both_pages(&app, "sort=").await, supported, "most supported");
    assert_eq!(
        both_pages(&app, "sort=supported").await,
        supported,
        "most supported, asked for"
    );
    assert_eq!(
        both_pages(&app, "sort=newest").await,
        expected(&ids, |_| 0),
        "newest first"
    );
    assert_eq!(
        both_pages(&app, "sort=commented").await,
        expected(&ids, comments),
        "most commented"
    );
    let shuffled = both_pages(&app, "sort=random").await;
    let mut all = shuffled.clone();
    all.sort_unstable();
    assert_eq!(all, ids, "a shuffle shows each proposal once");
}

#[tokio::test]
async fn pages_wholly_past_the_supported_ones_continue_newest_first() {
    let app = TestApp::spawn().await;
    let s = Setup::open(&app, "voto", "support", "", "live", &["beneficiary"]).await;
    let mut ids = Vec::new();
    for n in 0..45 {
        ids.push(s.propose(&format!("Proposta {n}")).await);
    }
    // Three supported ones: page 1 holds them and 17 others, pages 2 and 3 only others.
    let voters = app.voters("v", StakeholderGroup::Beneficiary, 3).await;
    for (n, voter) in voters.iter().enumerate() {
        for id in &ids[..=n] {
            app.by(voter).vote(*id, "support").await;
        }
    }
    let mut shown = Vec::new();
    for page in 1..=3 {
        let html = app
            .get_html(&format!("/consultations/voto/proposals?page={page}"))
            .await;
        assert!(html.contains("45 proposte") && html.contains(&format!("Pagina {page} di 3")));
        shown.extend(ids_on(&html));
    }
    let supports = |n: usize| 3usize.saturating_sub(n);
    assert_eq!(shown, expected(&ids, supports));
    let beyond = app.get_html("/consultations/voto/proposals?page=4").await;
    assert_eq!(ids_on(&beyond), expected(&ids, supports)[40..]);
}

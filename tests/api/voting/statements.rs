//! What a page view costs the database: the proposal list (any of its pages), a proposal page
//! with its thread (its first page and the next) and the consultation's page run a fixed
//! number of SQL statements, whether the consultation is small or large, for visitors who are
//! not logged in, voters and authors
//! alike. The session and the account behind it are counted too.

use entity::StakeholderGroup;

use super::Setup;
use crate::helpers::{TestApp, new_client};

/// At most this many statements for one page of the proposal list.
const LIST_BOUND: usize = 6;
/// ...and this many for a visitor who is not logged in (no session, no ballots).
const ANONYMOUS_LIST_BOUND: usize = 3;
/// A page past the end (an old link) counts the list, then reads its last page.
const PAST_THE_END_BOUND: usize = LIST_BOUND + 2;
/// At most this many for a proposal page with its discussion.
const PROPOSAL_BOUND: usize = 8;
/// At most this many for the consultation's page with its figures, next meetings and
/// attached documents (one statement for these, however many).
const CONSULTATION_BOUND: usize = 8;

/// What a consultation holds so far, grown in steps by [`Growth::grow_to`].
struct Growth<'a> {
    s: Setup<'a>,
    proposals: Vec<i64>,
    comments: usize,
    voters: Vec<reqwest::Client>,
}

impl Growth<'_> {
    /// Adds proposals, comments on the first proposal (every third one a reply) and voters
    /// (each supporting the first proposal and one other, and following the consultation)
    /// until there are as many as asked.
    async fn grow_to(&mut self, proposals: usize, comments: usize, voters: usize) {
        let app = self.s.app;
        while self.proposals.len() < proposals {
            let n = self.proposals.len();
            self.proposals
                .push(self.s.propose(&format!("Proposta {n}")).await);
        }
        let thread = self.proposals[0];
        let mut last = None;
        while self.comments < comments {
            let parent = if self.comments % 3 == 2 { last } else { None };
            let id = app
                .by(&self.s.author)
                .comment(
                    thread,
                    &format!("Commento {}", self.comments),
                    "for",
                    parent,
                )
                .await;
            last = Some(id);
            self.comments += 1;
        }
        let start = self.voters.len();
        if start < voters {
            let prefix = format!("v{start}-");
            let group = if start.is_multiple_of(2) {
                StakeholderGroup::Beneficiary
            } else {
                StakeholderGroup::Institution
            };
            for (i, voter) in app
                .voters(&prefix, group, voters - start)
                .await
                .into_iter()
                .enumerate()
            {
                app.by(&voter).vote(thread, "support").await;
                let other = self.proposals[1 + (start + i) % (self.proposals.len() - 1)];
                app.by(&voter).vote(other, "support").await;
                app.by(&voter)
                    .post_form("/consultations/voto/follow", &[])
                    .await;
                self.voters.push(voter);
            }
        }
    }

    /// The statements each page costs each kind of visitor, named for the failure message.
    async fn costs(&self) -> Vec<(String, usize, usize)> {
        let app = self.s.app;
        let thread = self.proposals[0];
        let anonymous = new_client();
        let visitors = [
            ("anonymous", &anonymous),
            ("voter", &self.voters[0]),
            ("author", &self.s.author),
        ];
        let list = |query: &str| format!("/consultations/voto/proposals{query}");
        let pages = [
            (list("?"), LIST_BOUND),
            (list("?page=2"), LIST_BOUND),
            (list("?sort=newest"), LIST_BOUND),
            (list("?sort=newest&page=2"), LIST_BOUND),
            (list("?sort=commented&page=2"), LIST_BOUND),
            (list("?page=9"), PAST_THE_END_BOUND),
            (list("?sort=newest&page=9"), PAST_THE_END_BOUND),
            (format!("/proposals/{thread}"), PROPOSAL_BOUND),
            (format!("/proposals/{thread}?comments=2"), PROPOSAL_BOUND),
            ("/consultations/voto".to_owned(), CONSULTATION_BOUND),
        ];
        let mut costs = Vec::new();
        for (who, client) in visitors {
            let anonymous = who == "anonymous";
            // A message left by the visitor's last form is shown, and cleared, once.
            app.by(client).get_html("/consultations/voto").await;
            for (path, bound) in &pages {
                let cost = app.statements_for(client, path).await;
                let bound = if anonymous && path.contains("/proposals?") && *bound == LIST_BOUND {
                    ANONYMOUS_LIST_BOUND
                } else {
                    *bound
                };
                costs.push((format!("{path} as {who}"), cost, bound));
            }
        }
        costs
    }
}

#[tokio::test]
async fn the_list_and_a_proposal_page_cost_the_same_few_statements_small_or_large() {
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
    let mut growth = Growth {
        s,
        proposals: Vec::new(),
        comments: 0,
        voters: Vec::new(),
    };
    // More than a page of proposals from the start: page 2 and past the end are measured too.
    growth.grow_to(25, 2, 3).await;
    let small = growth.costs().await;
    // 45 comments, 30 of them top-level: two pages of the thread.
    growth.grow_to(40, 45, 15).await;
    let large = growth.costs().await;

    for ((page, few, bound), (_, many, _)) in small.iter().zip(&large) {
        assert!(
            few <= bound && many <= bound,
            "{page}: {few} statements when small, {many} when large, at most {bound} expected"
        );
    }
    // The larger thread is paged: the second page shows its last top-level comments.
    let second = app
        .get_html(&format!("/proposals/{}?comments=2", growth.proposals[0]))
        .await;
    assert!(second.contains("Pagina 2 di 2") && second.contains("Commento 44<"));
    assert!(!second.contains("Commento 0<") && second.contains("45 commenti"));
    // The larger list is ordered by support and paged.
    let list = app.get_html("/consultations/voto/proposals").await;
    assert!(list.contains("40 proposte") && list.contains("Pagina 1 di 2"));
    let first = list.find(&format!("/proposals/{}\"", growth.proposals[0]));
    assert!(
        first.is_some() && first < list.find(&format!("/proposals/{}\"", growth.proposals[1])),
        "the most supported comes first"
    );
    assert!(list.contains("15 sostegni"));
    let newest = app
        .get_html("/consultations/voto/proposals?sort=newest&page=2")
        .await;
    assert!(newest.contains("Pagina 2 di 2") && newest.contains("Proposta 0<"));
    let beyond = app
        .get_html("/consultations/voto/proposals?sort=newest&page=9")
        .await;
    assert!(
        beyond.contains("Pagina 2 di 2"),
        "a page past the end shows the last one"
    );
    // The consultation's figures, counted by the database.
    let page = app.get_html("/consultations/voto").await;
    for figure in [
        "40 proposte",
        "45 commenti",
        "0 di 40 proposte con una risposta definitiva",
        "15 persone coinvolte",
        "15 persone seguono questa consultazione",
    ] {
        assert!(
            page.contains(figure),
            "the consultation page shows {figure}"
        );
    }
}

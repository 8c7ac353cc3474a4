//! `/proposals/{id}`: a proposal with its authors, answer, history and discussion, and the
//! actions open to the visitor.
//!
//! The one page where capabilities meet: besides the proposal's own facts it shows
//! discussion's thread, voting's box, the results' figures and the commitments it led to, so
//! it imports those four (the only imports from `proposals/` upward).

use askama::Template;
use axum::extract::{Path, Query, State};
use chrono::{DateTime, Utc};
use entity::{Code, ProposalState, StakeholderGroup, proposal};

use super::{access, domain::editable, facts, languages, list::ANSWERS, store::Signer};
use crate::{
    commitments::{
        public::{CommitmentCard, card},
        store as commitments,
    },
    discussion::thread::{self, CommentView, ThreadQuery},
    organisations,
    policy::{self, Action, Contribution},
    results::{
        load as results, proposal as proposal_figures,
        view::{self as results_view, ProposalResultView},
    },
    timezone,
    voting::{VoteBox, Voting},
    web::{AppResult, AppState, CurrentUser, FormErrors, Page, PageCtx},
};

pub struct InPersonView {
    pub place: String,
    pub on: String,
    pub people: i32,
    pub group: &'static str,
    pub recorded_by: String,
}

#[derive(Template)]
#[template(path = "proposals/proposal.html")]
pub struct ProposalPage {
    ctx: PageCtx,
    /// The organisations the visitor may sign a comment for, `(id, name)`.
    sign_as: Vec<(i64, String)>,
    /// The comment form's (none: its mistakes are shown on a page of their own).
    no_errors: FormErrors,
    id: i64,
    slug: String,
    consultation: String,
    title: String,
    body_html: String,
    language: String,
    language_name: String,
    rtl: bool,
    theme: Option<String>,
    round: Option<String>,
    state: ProposalState,
    hidden_reason: Option<String>,
    withdrawn_reason: Option<String>,
    merged_into: Option<(i64, String)>,
    published: String,
    published_machine: String,
    edited: bool,
    signers: Vec<Signer>,
    in_person: Option<InPersonView>,
    /// The meeting it was recorded at: its id and title.
    meeting: Option<(i64, String)>,
    answer: &'static str,
    justification: Option<String>,
    /// One page of the thread, and the figures of the whole of it.
    comments: Vec<CommentView>,
    stances: [i64; 3],
    comments_count: i64,
    comments_page: u64,
    comments_pages: u64,
    /// Why the visitor cannot comment, if they cannot.
    comment_block: Option<&'static str>,
    can_edit: bool,
    can_withdraw: bool,
    can_flag: bool,
    can_answer: bool,
    can_moderate: bool,
    can_invite_coauthors: bool,
    answers: [&'static str; 5],
    zone: chrono_tz::Tz,
    /// While a voting round is open: what the visitor has left, or why they cannot vote.
    voting_status: Option<String>,
    vote: Option<VoteBox>,
    /// Per round whose figures the visitor may see: its title, the figures, and whether they
    /// are still a facilitators' preview.
    figures: Vec<(String, ProposalResultView, bool)>,
    /// Voting rounds a facilitator may record in-person counts for.
    tally_rounds: Vec<(i64, String)>,
    can_record: bool,
    /// For logged-in visitors: whether they follow it.
    follows: Option<bool>,
    /// The commitments made from it.
    commitments: Vec<CommitmentCard>,
}

impl ProposalPage {
    pub fn group_of(&self, group: &StakeholderGroup) -> &'static str {
        group.code()
    }

    pub fn when(&self, at: &DateTime<Utc>) -> String {
        timezone::display(*at, self.zone, self.ctx.locale)
    }

    pub fn machine(&self, at: &DateTime<Utc>) -> String {
        timezone::machine(*at)
    }

    /// Another page of the thread, from its top.
    pub fn comments_link(&self, page: u64) -> String {
        format!("/proposals/{}?comments={page}#comments", self.id)
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(query): Query<ThreadQuery>,
) -> AppResult<Page<ProposalPage>> {
    let db = &state.db;
    let facts = facts::load(db, id, ctx.user.as_ref().map(CurrentUser::person)).await?;
    let found = &facts.found;
    let proposal: proposal::Model = found.proposal.clone();
    let moderates = found.moderates();
    let viewer = ctx.user.as_ref().map(|u| u.id);
    let now = state.now();
    let signers = facts.signers.clone();
    let is_signer = viewer.is_some_and(|v| signers.iter().any(|s| s.user_id == v));
    // The consultation's rounds, read once with the proposal for every part of the page.
    let rounds_here = &facts.rounds;
    let round_here = rounds_here
        .iter()
        .find(|r| r.state == entity::RoundState::Open);
    let comment_block = if access::is_live(&proposal) {
        policy::can_contribute(
            &found.access.standing,
            &found.access.consultation,
            round_here,
            Contribution::Comment,
        )
        .err()
    } else {
        Some("policy-proposal-not-open")
    };
    let round_title = proposal
        .round_id
        .and_then(|id| rounds_here.iter().find(|r| r.id == id))
        .map(|r| r.title.clone());
    let in_person = match (
        proposal.recorded_by,
        &proposal.in_person_place,
        proposal.in_person_on,
    ) {
        (Some(_), Some(place), Some(on)) => Some(InPersonView {
            place: place.clone(),
            on: ctx.locale.date(on),
            people: proposal.in_person_count.unwrap_or(0),
            group: proposal.in_person_group.map_or("other", Code::code),
            recorded_by: facts.recorded_by.clone().unwrap_or_default(),
        }),
        _ => None,
    };
    let thread = thread::page(db, id, query.page(), viewer, moderates, now).await?;
    let voting = Voting::load(db, &found.access, round_here, [id]).await?;
    let here = format!("/proposals/{id}");
    let (voting_status, vote) = match &voting {
        None => (None, None),
        Some(voting) => (
            Some(match &voting.standing {
                Ok(allowance) => allowance.describe(&ctx.locale),
                Err(reason) => ctx.t(reason),
            }),
            voting
                .vote_box(id, &proposal.title, &here)
                .filter(|_| access::is_live(&proposal)),
        ),
    };
    let can_record = found.access.allows(Action::RecordInPerson);
    let votes_here = u64::from(facts.has_votes);
    let preview = found.access.allows(Action::ManageRounds);
    let mut tally_rounds = Vec::new();
    if can_record && proposal.state != ProposalState::Hidden {
        for round in rounds_here {
            if round.allows_voting && round.state != entity::RoundState::Upcoming {
                tally_rounds.push((round.id, round.title.clone()));
            }
        }
    }
    let info = results::ProposalInfo {
        id,
        title: proposal.title.clone(),
        language: proposal.language.clone(),
        state: proposal.state,
        created_at: proposal.created_at,
    };
    let figures = if proposal.state == ProposalState::Hidden {
        Vec::new()
    } else {
        proposal_figures::for_proposal(db, rounds_here, &info, preview)
            .await?
            .into_iter()
            .map(|(round, public, mine, offline)| {
                (
                    round.title.clone(),
                    results_view::proposal_view(
                        &ctx.locale,
                        round.vote_rule,
                        &mine,
                        &info,
                        &offline,
                    ),
                    !public,
                )
            })
            .collect()
    };
    let visible_body = proposal.state != ProposalState::Hidden || moderates || is_signer;
    let live = access::is_live(&proposal);
    let commitments = if facts.has_commitments {
        commitments::of_proposal(db, id)
            .await?
            .iter()
            .map(|c| card(c, ctx.locale))
            .collect()
    } else {
        Vec::new()
    };
    // Only members of an organisation pay for reading which: one statement more.
    let sign_as = match viewer {
        Some(viewer) if facts.viewer_in_organisations && comment_block.is_none() => {
            organisations::store::signable_for(db, viewer).await?
        }
        _ => Vec::new(),
    };
    Ok(Page::ok(ProposalPage {
        sign_as,
        no_errors: FormErrors::new(),
        commitments,
        follows: facts.follows,
        id,
        slug: found.access.consultation.slug.clone(),
        consultation: found.access.consultation.title.clone(),
        body_html: if visible_body {
            proposal.body_html.clone()
        } else {
            String::new()
        },
        language_name: languages::name_of(&proposal.language).to_owned(),
        rtl: languages::CONTENT_LANGUAGES
            .iter()
            .any(|(c, _, rtl)| *c == proposal.language && *rtl),
        language: proposal.language.clone(),
        theme: facts.theme.clone(),
        round: round_title,
        state: proposal.state,
        hidden_reason: proposal.hidden_reason.clone(),
        withdrawn_reason: proposal.withdrawn_reason.clone(),
        merged_into: facts.merged_into.clone(),
        published: timezone::display(proposal.created_at, state.config.timezone, ctx.locale),
        published_machine: timezone::machine(proposal.created_at),
        edited: proposal.edited_at.is_some(),
        signers,
        in_person,
        meeting: facts.meeting.clone(),
        answer: proposal.answer.code(),
        justification: proposal.answer_justification.clone(),
        comments: thread.comments,
        stances: thread.stances,
        comments_count: i64::from(proposal.comments_count),
        comments_page: thread.page,
        comments_pages: thread.pages,
        comment_block,
        can_edit: is_signer
            && editable(
                proposal.state,
                proposal.created_at,
                u64::from(proposal.comments_count.unsigned_abs()) + votes_here,
                now,
            ),
        can_withdraw: is_signer && live,
        can_flag: viewer.is_some() && live,
        can_answer: found.access.allows(Action::Answer)
            && matches!(
                proposal.state,
                ProposalState::Published | ProposalState::Hidden
            ),
        can_moderate: moderates,
        can_invite_coauthors: is_signer && live && proposal.author_id == viewer,
        answers: ANSWERS,
        zone: state.config.timezone,
        voting_status,
        vote,
        figures,
        tally_rounds,
        can_record,
        title: proposal.title,
        ctx,
    }))
}

//! `/consultations/{slug}`: what the consultation is about, its rounds, and what the
//! visitor can do now. Also following and unfollowing.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use entity::{Code, ConsultationStatus, DocumentParent, RoundState, Visibility, follow, round};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::OnConflict};

use super::{
    access, content,
    figures::Figures,
    listing::RoundLine,
    rounds,
    upcoming::{self, Upcoming},
};
use crate::{
    documents::listing::{self as documents, DocumentList, Presentation},
    policy::{self, Action, Contribution, Standing},
    web::{AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, RequestContext, see_other},
};

/// What the visitor can do in the current round, as a call to action.
pub enum Cta {
    /// No round is open or coming.
    Ended,
    /// The next round has not opened yet.
    Upcoming {
        opens: String,
        opens_machine: String,
    },
    LogIn,
    Verify,
    /// The open round is for other stakeholder groups.
    OtherGroups {
        groups: Vec<&'static str>,
    },
    /// Invite-only: only members take part.
    MembersOnly,
    /// The open round takes no contributions (or the consultation is archived): read and follow.
    ReadOnly,
    Act {
        proposals: bool,
        comments: bool,
        voting: bool,
    },
}

pub struct TimelineRound {
    pub line: RoundLine,
    pub description: String,
    pub current: bool,
    pub allows_proposals: bool,
    pub allows_comments: bool,
    pub allows_voting: bool,
    pub groups: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "consultations/show.html")]
pub struct ConsultationPage {
    ctx: PageCtx,
    slug: String,
    /// It has voting rounds, so a results page.
    has_results: bool,
    title: String,
    summary: String,
    body_html: String,
    draft: bool,
    archived: bool,
    invite_only: bool,
    themes: Vec<String>,
    timeline: Vec<TimelineRound>,
    cta: Cta,
    followers: i64,
    involved: i64,
    proposals: i64,
    comments: i64,
    answered: i64,
    members: i64,
    round_count: i64,
    following: bool,
    can_manage: bool,
    /// A coordinator published the outcomes as open data.
    open_data: bool,
    /// Commitments still on and their mean progress, for the follow-up link.
    commitments: i64,
    commitment_progress: i64,
    /// The next meetings.
    meetings: Vec<Upcoming>,
    documents: DocumentList,
}

fn call_to_action(
    standing: &Standing,
    consultation: &entity::consultation::Model,
    rounds_here: &[round::Model],
    page: &PageCtx,
    zone: chrono_tz::Tz,
) -> Cta {
    let Some(current) = rounds::current(rounds_here) else {
        return Cta::Ended;
    };
    if current.state == RoundState::Upcoming {
        let line = super::listing::round_line(current, page, zone);
        return Cta::Upcoming {
            opens: line.opens,
            opens_machine: line.opens_machine,
        };
    }
    // The policy decides; the page only words its answer.
    let may = |kind| policy::can_contribute(standing, consultation, Some(current), kind);
    let (proposals, comments, voting) = (
        may(Contribution::Propose),
        may(Contribution::Comment),
        may(Contribution::Vote),
    );
    if proposals.is_ok() || comments.is_ok() || voting.is_ok() {
        return Cta::Act {
            proposals: proposals.is_ok(),
            comments: comments.is_ok(),
            voting: voting.is_ok(),
        };
    }
    // Why this person cannot act, among the things the round does take.
    let reason = [proposals, comments, voting]
        .into_iter()
        .filter_map(Result::err)
        .find(|reason| !reason.starts_with("policy-round-no-"));
    match reason {
        Some("policy-log-in") => Cta::LogIn,
        Some("policy-verify-email") => Cta::Verify,
        Some("policy-members-only") => Cta::MembersOnly,
        Some("policy-group-not-admitted") => Cta::OtherGroups {
            groups: rounds::groups_of(current)
                .into_iter()
                .map(Code::code)
                .collect(),
        },
        _ => Cta::ReadOnly,
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ConsultationPage>> {
    let db = &state.db;
    let access = access::load(db, &slug, ctx.user.as_ref(), Action::View).await?;
    let consultation = &access.consultation;
    let rounds_here = rounds::for_consultation(db, consultation.id).await?;
    let themes = content::themes(db, consultation.id).await?;
    let figures = Figures::count(db, consultation.id, access.user_id()).await?;
    let zone = state.config.timezone;
    let meetings = upcoming::next_meetings(
        db,
        vec![consultation.id],
        &[],
        upcoming::ON_CONSULTATION,
        (state.now(), zone, ctx.locale),
    )
    .await?;

    let documents = documents::for_parent(
        db,
        (DocumentParent::Consultation, consultation.id),
        access.allows(Action::Edit),
        Presentation::new(&state, ctx.locale),
    )
    .await?;

    let invite_only = consultation.visibility == Visibility::InviteOnly;
    let cta = call_to_action(&access.standing, consultation, &rounds_here, &ctx, zone);
    let current_id = rounds::current(&rounds_here).map(|r| r.id);
    let timeline = rounds_here
        .iter()
        .map(|round| TimelineRound {
            line: super::listing::round_line(round, &ctx, zone),
            description: round.description.clone(),
            current: Some(round.id) == current_id,
            allows_proposals: round.allows_proposals,
            allows_comments: round.allows_comments,
            allows_voting: round.allows_voting,
            groups: rounds::groups_of(round)
                .into_iter()
                .map(Code::code)
                .collect(),
        })
        .collect();

    Ok(Page::ok(ConsultationPage {
        open_data: consultation.outcomes_published_at.is_some()
            && rounds::concluded(consultation, &rounds_here),
        has_results: rounds_here.iter().any(|r| r.allows_voting),
        slug: consultation.slug.clone(),
        title: consultation.title.clone(),
        summary: consultation.summary.clone(),
        body_html: consultation.body_html.clone(),
        draft: consultation.status == ConsultationStatus::Draft,
        archived: consultation.status == ConsultationStatus::Archived,
        invite_only,
        themes: themes.into_iter().map(|t| t.name).collect(),
        timeline,
        cta,
        followers: figures.followers,
        involved: figures.involved,
        answered: figures.answered,
        comments: figures.comments,
        proposals: figures.proposals,
        members: figures.members,
        round_count: i64::try_from(rounds_here.len()).unwrap_or(i64::MAX),
        following: figures.following,
        commitments: figures.commitments,
        commitment_progress: figures.commitment_progress,
        meetings,
        documents,
        can_manage: access.allows(Action::OpenConsole),
        ctx,
    }))
}

pub async fn follow(
    State(state): State<AppState>,
    context: RequestContext,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, context.user.as_ref(), Action::Follow).await?;
    follow::Entity::insert(follow::ActiveModel {
        user_id: Set(user.id),
        consultation_id: Set(access.consultation.id),
        created_at: Set(state.now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([follow::Column::UserId, follow::Column::ConsultationId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    session.flash("flash-following").await?;
    Ok(see_other(&format!("/consultations/{slug}")))
}

pub async fn unfollow(
    State(state): State<AppState>,
    context: RequestContext,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, context.user.as_ref(), Action::Follow).await?;
    follow::Entity::delete_many()
        .filter(follow::Column::ConsultationId.eq(access.consultation.id))
        .filter(follow::Column::UserId.eq(user.id))
        .exec(&state.db)
        .await?;
    session.flash("flash-unfollowed").await?;
    Ok(see_other(&format!("/consultations/{slug}")))
}

//! The facilitator console's follow-up: `/manage/consultations/{slug}/commitments` lists a
//! consultation's commitments; facilitators create them from accepted or partly accepted
//! proposals and edit them (`/manage/commitments/{id}/edit`).

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use chrono::NaiveDate;
use entity::{Code, commitment};

use super::{
    domain::{self, CommitmentForm, STATUSES},
    public::{CommitmentCard, card},
    store::{self, ProposalLink},
};
use crate::{
    consultations::access,
    db,
    policy::Action,
    web::{AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx, see_other},
};

#[derive(Template)]
#[template(path = "manage/commitments.html")]
pub struct CommitmentsConsole {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    commitments: Vec<CommitmentCard>,
    eligible: usize,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<CommitmentsConsole>> {
    let db = &state.db;
    let access = access::load(db, &slug, ctx.user.as_ref(), Action::ManageCommitments).await?;
    let id = access.consultation.id;
    let commitments = store::list(db, id, None, None)
        .await?
        .iter()
        .map(|c| card(c, ctx.locale))
        .collect();
    let eligible = store::eligible(db, id).await?.len();
    Ok(Page::ok(CommitmentsConsole {
        slug,
        consultation: access.consultation.title,
        commitments,
        eligible,
        ctx,
    }))
}

#[derive(Template)]
#[template(path = "manage/commitment_form.html")]
pub struct CommitmentFormPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    /// Where the form is sent.
    action: String,
    editing: bool,
    form: CommitmentForm,
    errors: FormErrors,
    eligible: Vec<ProposalLink>,
    statuses: [&'static str; 4],
}

impl CommitmentFormPage {
    /// The form of consultation `(slug, title)`, sent to `action` (`editing` an existing
    /// commitment or not), holding `form` with its `errors`.
    fn build(
        ctx: PageCtx,
        (slug, consultation): (String, String),
        (action, editing): (String, bool),
        (form, errors): (CommitmentForm, FormErrors),
        eligible: Vec<ProposalLink>,
    ) -> Self {
        Self {
            ctx,
            slug,
            consultation,
            action,
            editing,
            form,
            errors,
            eligible,
            statuses: STATUSES,
        }
    }
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<CommitmentFormPage>> {
    let db = &state.db;
    let access = access::load(db, &slug, ctx.user.as_ref(), Action::ManageCommitments).await?;
    let eligible = store::eligible(db, access.consultation.id).await?;
    let form = CommitmentForm {
        status: "planned".to_owned(),
        progress: "0".to_owned(),
        currency: "EUR".to_owned(),
        ..Default::default()
    };
    let action = format!("/manage/consultations/{slug}/commitments/new");
    Ok(Page::ok(CommitmentFormPage::build(
        ctx,
        (slug, access.consultation.title),
        (action, false),
        (form, FormErrors::new()),
        eligible,
    )))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let db = &state.db;
    let access = access::load(db, &slug, Some(&user), Action::ManageCommitments).await?;
    let form = CommitmentForm::read(&body);
    let tx = db::begin_write(db).await?;
    let eligible = store::eligible(&tx, access.consultation.id).await?;
    let ids: Vec<i64> = eligible.iter().map(|p| p.id).collect();
    let draft = match domain::parse(&form, &ids) {
        Ok(draft) => draft,
        Err(errors) => {
            drop(tx);
            let action = format!("/manage/consultations/{slug}/commitments/new");
            let page = CommitmentFormPage::build(
                ctx,
                (slug, access.consultation.title),
                (action, false),
                (form, errors),
                eligible,
            );
            return Ok(Page::invalid(page).into_response());
        }
    };
    let target = (access.consultation.id, None);
    let id = store::save(&tx, target, draft, user.id, state.now()).await?;
    tx.commit().await?;
    session.flash("flash-commitment-saved").await?;
    Ok(see_other(&format!("/commitments/{id}")))
}

/// The form filled with what a commitment holds now.
fn filled(commitment: &commitment::Model, linked: &[ProposalLink]) -> CommitmentForm {
    let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let budget = commitment
        .budget_cents
        .map(|c| format!("{}.{:02}", c / 100, c % 100));
    CommitmentForm {
        title: commitment.title.clone(),
        description: commitment.description.clone(),
        responsible: commitment.responsible.clone(),
        status: commitment.status.code().to_owned(),
        reason: commitment.dropped_reason.clone().unwrap_or_default(),
        progress: commitment.progress.to_string(),
        starts_on: day(commitment.starts_on).unwrap_or_default(),
        ends_on: day(commitment.ends_on).unwrap_or_default(),
        budget: budget.unwrap_or_default(),
        currency: commitment.budget_currency.clone().unwrap_or_default(),
        proposals: linked.iter().map(|p| p.id.to_string()).collect(),
    }
}

/// The proposals an existing commitment may name: those eligible now, and those it already
/// names (an answer changed since does not force a facilitator to unlink them).
async fn choices(
    db: &impl sea_orm::ConnectionTrait,
    commitment: &commitment::Model,
) -> AppResult<(Vec<ProposalLink>, Vec<ProposalLink>)> {
    let mut eligible = store::eligible(db, commitment.consultation_id).await?;
    let linked = store::linked_proposals(db, commitment.id).await?;
    for link in &linked {
        if !eligible.iter().any(|p| p.id == link.id) {
            eligible.push(ProposalLink {
                id: link.id,
                title: link.title.clone(),
                language: link.language.clone(),
                answer: link.answer,
                state: link.state,
            });
        }
    }
    Ok((eligible, linked))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<CommitmentFormPage>> {
    let db = &state.db;
    let (commitment, access) =
        store::load(db, id, ctx.user.as_ref(), Action::ManageCommitments).await?;
    let (eligible, linked) = choices(db, &commitment).await?;
    Ok(Page::ok(CommitmentFormPage::build(
        ctx,
        (access.consultation.slug, access.consultation.title),
        (format!("/manage/commitments/{id}/edit"), true),
        (filled(&commitment, &linked), FormErrors::new()),
        eligible,
    )))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let db = &state.db;
    let (commitment, access) = store::load(db, id, Some(&user), Action::ManageCommitments).await?;
    let form = CommitmentForm::read(&body);
    let tx = db::begin_write(db).await?;
    let (eligible, _) = choices(&tx, &commitment).await?;
    let ids: Vec<i64> = eligible.iter().map(|p| p.id).collect();
    let draft = match domain::parse(&form, &ids) {
        Ok(draft) => draft,
        Err(errors) => {
            drop(tx);
            let page = CommitmentFormPage::build(
                ctx,
                (access.consultation.slug, access.consultation.title),
                (format!("/manage/commitments/{id}/edit"), true),
                (form, errors),
                eligible,
            );
            return Ok(Page::invalid(page).into_response());
        }
    };
    let target = (commitment.consultation_id, Some(&commitment));
    store::save(&tx, target, draft, user.id, state.now()).await?;
    tx.commit().await?;
    session.flash("flash-commitment-saved").await?;
    Ok(see_other(&format!("/commitments/{id}")))
}

//! Finding a consultation and deciding, through the policy, what the visitor may do with it.

use entity::{ConsultationRoleKind, consultation, consultation_role, round};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QueryResult, QuerySelect, QueryTrait, sea_query::Expr,
};

use crate::policy::{self, Action, Denial, Person, Standing};

/// Why a consultation could not be opened for an action: the policy refused, or the
/// database failed.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("refused: {0:?}")]
    Denied(Denial),
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl From<Denial> for AccessError {
    fn from(denial: Denial) -> Self {
        Self::Denied(denial)
    }
}

/// A consultation together with the visitor's standing toward it.
pub struct Access {
    pub consultation: consultation::Model,
    pub standing: Standing,
}

impl Access {
    pub fn allows(&self, action: Action) -> bool {
        policy::check(&self.standing, action, &self.consultation).is_ok()
    }

    /// Ok when allowed; otherwise the policy's denial (a 404 or a 403 with its reason).
    pub fn require(&self, action: Action) -> Result<(), Denial> {
        policy::check(&self.standing, action, &self.consultation)
    }

    pub fn user_id(&self) -> Option<i64> {
        self.standing.user.as_ref().map(|u| u.id)
    }
}

/// Where `user` stands toward the consultation: `user` is anyone the rules know as a
/// [`Person`] (the page's logged-in account, an account row).
pub async fn standing(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    user: Option<impl Into<Person>>,
) -> Result<Standing, DbErr> {
    let user = user.map(Into::into);
    let role = match user {
        Some(user) => consultation_role::Entity::find()
            .filter(consultation_role::Column::ConsultationId.eq(consultation_id))
            .filter(consultation_role::Column::UserId.eq(user.id))
            .one(db)
            .await?
            .map(|r| r.role),
        None => None,
    };
    Ok(Standing { user, role })
}

/// Loads a consultation by slug and checks `action`. Unknown slugs and consultations the
/// visitor may not see are the same 404. One statement: the visitor's role comes with the row.
pub async fn load(
    db: &impl ConnectionTrait,
    slug: &str,
    user: Option<impl Into<Person>>,
    action: Action,
) -> Result<Access, AccessError> {
    let user = user.map(Into::into);
    let query = with_viewer_role(
        consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)),
        user.as_ref(),
    );
    let row = db
        .query_one(&query.into_query())
        .await?
        .ok_or(Denial::NotFound)?;
    let role = viewer_role(&row, user.as_ref())?;
    let access = Access {
        consultation: consultation::Model::from_query_result(&row, "")?,
        standing: Standing { user, role },
    };
    access.require(action)?;
    Ok(access)
}

/// A consultation, the visitor's standing and its rounds in order, each with how many
/// people voted in it so far (from the `round_voters` counter): what pages that show the
/// rounds' state need, read in one statement. `key` picks the consultation (by slug, or
/// by id when it is already known).
pub async fn load_with_rounds(
    db: &impl ConnectionTrait,
    key: ConsultationKey<'_>,
    user: Option<impl Into<Person>>,
    action: Action,
) -> Result<(Access, Vec<(round::Model, i64)>), AccessError> {
    let user = user.map(Into::into);
    let select = match key {
        ConsultationKey::Slug(slug) => {
            consultation::Entity::find().filter(consultation::Column::Slug.eq(slug))
        }
        ConsultationKey::Id(id) => consultation::Entity::find_by_id(id),
    };
    let select = select
        .find_with_related(round::Entity)
        .order_by_asc(round::Column::Position)
        .order_by_asc(round::Column::Id)
        .column_as(
            Expr::cust(
                "(SELECT round_voters.beneficiary + round_voters.institution \
                 + round_voters.third_sector + round_voters.other \
                 FROM round_voters WHERE round_voters.round_id = round.id)",
            ),
            ROUND_VOTERS,
        );
    let rows = db
        .query_all(&with_viewer_role(select, user.as_ref()).into_query())
        .await?;
    let first = rows.first().ok_or(Denial::NotFound)?;
    let role = viewer_role(first, user.as_ref())?;
    let access = Access {
        consultation: consultation::Model::from_query_result(first, "A_")?,
        standing: Standing { user, role },
    };
    access.require(action)?;
    let mut rounds = Vec::new();
    for row in &rows {
        if let Some(round) = round::Model::from_query_result_optional(row, "B_")? {
            let voters: Option<i64> = row.try_get("", ROUND_VOTERS)?;
            rounds.push((round, voters.unwrap_or(0)));
        }
    }
    Ok((access, rounds))
}

/// How [`load_with_rounds`] finds its consultation.
#[derive(Debug, Clone, Copy)]
pub enum ConsultationKey<'a> {
    Slug(&'a str),
    Id(i64),
}

const VIEWER_ROLE: &str = "viewer_role";
const ROUND_VOTERS: &str = "round_voters_count";

/// Adds the visitor's role in the consultation as a column of its row, so that the role
/// costs no statement of its own.
pub fn with_viewer_role<Q: QuerySelect>(select: Q, user: Option<&Person>) -> Q {
    let Some(person) = user else {
        return select;
    };
    select.column_as(
        Expr::cust(format!(
            "(SELECT consultation_role.role FROM consultation_role \
             WHERE consultation_role.consultation_id = consultation.id \
             AND consultation_role.user_id = {})",
            person.id
        )),
        VIEWER_ROLE,
    )
}

/// The role [`with_viewer_role`] put in a row for `user` (none for visitors who are not
/// logged in: their rows have no such column).
pub fn viewer_role(
    row: &QueryResult,
    user: Option<&Person>,
) -> Result<Option<ConsultationRoleKind>, DbErr> {
    match user {
        Some(_) => row.try_get("", VIEWER_ROLE),
        None => Ok(None),
    }
}

//! The evaluation as stored: the notice's criteria, the admitted organisations' projects,
//! the commission and its scores, read together once for a page, an export or a check.

use std::collections::{BTreeMap, BTreeSet};

use entity::{
    ApplicationStatus, organisation, procedure_application, procedure_commission_member,
    procedure_criterion, procedure_score, user,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::totals::{self, Mark, Total, Weighted};

pub struct Criterion {
    pub id: i64,
    pub name: String,
    pub weight: i32,
}

/// An admitted organisation's project proposal.
pub struct Project {
    pub application_id: i64,
    pub number: i32,
    pub organisation_id: i64,
    pub organisation: String,
    pub title: String,
    pub text: String,
}

/// A commission member, by account.
pub struct Member {
    pub user_id: i64,
    pub name: String,
}

pub struct Board {
    pub criteria: Vec<Criterion>,
    pub projects: Vec<Project>,
    pub members: Vec<Member>,
    /// (application, member) → the member's score per criterion, in the criteria's order.
    scores: BTreeMap<(i64, i64), Vec<Option<i32>>>,
    /// Scores whose author's account is gone, kept for the totals.
    orphans: Vec<procedure_score::Model>,
}

pub async fn criteria(
    db: &impl ConnectionTrait,
    procedure_id: i64,
) -> Result<Vec<procedure_criterion::Model>, DbErr> {
    procedure_criterion::Entity::find()
        .filter(procedure_criterion::Column::ProcedureId.eq(procedure_id))
        .order_by_asc(procedure_criterion::Column::Position)
        .all(db)
        .await
}

/// The commission, in the order its members were named.
pub async fn members(db: &impl ConnectionTrait, procedure_id: i64) -> Result<Vec<Member>, DbErr> {
    let rows = procedure_commission_member::Entity::find()
        .filter(procedure_commission_member::Column::ProcedureId.eq(procedure_id))
        .order_by_asc(procedure_commission_member::Column::Id)
        .find_also_related(user::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(member, account)| Member {
            user_id: member.user_id,
            name: account.map(|a| a.display_name).unwrap_or_default(),
        })
        .collect())
}

/// The admitted applications of the procedure with their organisations, by number.
pub async fn admitted(
    db: &impl ConnectionTrait,
    procedure_id: i64,
) -> Result<Vec<(procedure_application::Model, organisation::Model)>, DbErr> {
    let rows = procedure_application::Entity::find()
        .filter(procedure_application::Column::ProcedureId.eq(procedure_id))
        .filter(procedure_application::Column::Status.eq(ApplicationStatus::Admitted))
        .order_by_asc(procedure_application::Column::Number)
        .find_also_related(organisation::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(application, organisation)| Some((application, organisation?)))
        .collect())
}

impl Board {
    pub async fn load(db: &impl ConnectionTrait, procedure_id: i64) -> Result<Board, DbErr> {
        let criteria: Vec<Criterion> = criteria(db, procedure_id)
            .await?
            .into_iter()
            .map(|c| Criterion {
                id: c.id,
                name: c.name,
                weight: c.weight,
            })
            .collect();
        let projects: Vec<Project> = admitted(db, procedure_id)
            .await?
            .into_iter()
            .filter(|(a, _)| a.project_submitted_at.is_some())
            .map(|(a, o)| Project {
                application_id: a.id,
                number: a.number,
                organisation_id: o.id,
                organisation: o.name,
                title: a.project_title.unwrap_or_default(),
                text: a.project_text.unwrap_or_default(),
            })
            .collect();
        let members = members(db, procedure_id).await?;
        let rows = procedure_score::Entity::find()
            .filter(
                procedure_score::Column::ApplicationId
                    .is_in(projects.iter().map(|p| p.application_id)),
            )
            .all(db)
            .await?;
        let position: BTreeMap<i64, usize> = criteria
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        let mut scores: BTreeMap<(i64, i64), Vec<Option<i32>>> = BTreeMap::new();
        let mut orphans = Vec::new();
        for row in rows {
            let (Some(member), Some(&at)) = (row.member_id, position.get(&row.criterion_id)) else {
                orphans.push(row);
                continue;
            };
            scores
                .entry((row.application_id, member))
                .or_insert_with(|| vec![None; criteria.len()])[at] = Some(row.score);
        }
        Ok(Board {
            criteria,
            projects,
            members,
            scores,
            orphans,
        })
    }

    pub fn is_member(&self, user_id: i64) -> bool {
        self.members.iter().any(|m| m.user_id == user_id)
    }

    pub fn project(&self, application_id: i64) -> Option<&Project> {
        self.projects
            .iter()
            .find(|p| p.application_id == application_id)
    }

    /// The member's scores for the application, if they have scored it.
    pub fn scores_of(&self, application_id: i64, user_id: i64) -> Option<&Vec<Option<i32>>> {
        self.scores.get(&(application_id, user_id))
    }

    pub fn has_scored(&self, application_id: i64, user_id: i64) -> bool {
        self.scores.contains_key(&(application_id, user_id))
    }

    /// Every member of the commission has scored the application (and there is one).
    pub fn complete(&self, application_id: i64) -> bool {
        !self.members.is_empty()
            && self
                .members
                .iter()
                .all(|m| self.has_scored(application_id, m.user_id))
    }

    /// Every project scored by every member: the evaluation may be published.
    pub fn all_complete(&self) -> bool {
        !self.projects.is_empty()
            && self
                .projects
                .iter()
                .all(|p| self.complete(p.application_id))
    }

    /// How many projects the member has scored.
    pub fn scored_by(&self, user_id: i64) -> usize {
        self.projects
            .iter()
            .filter(|p| self.has_scored(p.application_id, user_id))
            .count()
    }

    pub fn any_score(&self) -> bool {
        !self.scores.is_empty() || !self.orphans.is_empty()
    }

    /// The members who scored the application, with their scores.
    pub fn sheets(&self, application_id: i64) -> Vec<(&str, &Vec<Option<i32>>)> {
        self.members
            .iter()
            .filter_map(|m| {
                self.scores_of(application_id, m.user_id)
                    .map(|s| (m.name.as_str(), s))
            })
            .collect()
    }

    /// The ranked totals of every project.
    pub fn totals(&self) -> Vec<Total> {
        let weighted: Vec<Weighted> = self
            .criteria
            .iter()
            .map(|c| Weighted {
                criterion_id: c.id,
                weight: c.weight,
            })
            .collect();
        let mut marks: Vec<Mark> = Vec::new();
        for ((application_id, _), row) in &self.scores {
            for (criterion, score) in self.criteria.iter().zip(row) {
                if let Some(score) = score {
                    marks.push(Mark {
                        application_id: *application_id,
                        criterion_id: criterion.id,
                        score: *score,
                    });
                }
            }
        }
        marks.extend(self.orphans.iter().map(|s| Mark {
            application_id: s.application_id,
            criterion_id: s.criterion_id,
            score: s.score,
        }));
        let ids: Vec<i64> = self.projects.iter().map(|p| p.application_id).collect();
        totals::totals(&ids, &weighted, &marks)
    }

    /// Members who have not scored everything yet.
    pub fn missing(&self) -> BTreeSet<i64> {
        self.members
            .iter()
            .filter(|m| self.scored_by(m.user_id) < self.projects.len())
            .map(|m| m.user_id)
            .collect()
    }
}

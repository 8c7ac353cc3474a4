//! Who may do what: one place, a function of who is asking, the action, the consultation
//! and its state. Handlers ask here; they never decide by themselves.

use entity::{
    ConsultationRoleKind, ConsultationStatus, PlatformRole, ResultsVisibility, RoundState,
    StakeholderGroup, Visibility, consultation, round, user,
};

use sea_orm::ActiveEnum;

/// Someone the rules are about: who they are, what they are on the platform, the group they
/// speak for, and whether their email is verified. Pages know more of them (name, email,
/// unread notifications); the rules need no more than this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub role: PlatformRole,
    pub group: StakeholderGroup,
    pub verified: bool,
}

impl From<&user::Model> for Person {
    fn from(account: &user::Model) -> Self {
        Self {
            id: account.id,
            role: account.role,
            group: account.stakeholder_group,
            verified: account.email_verified_at.is_some(),
        }
    }
}

/// Something done to or within one consultation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See its pages (drafts and invite-only ones are hidden from most).
    View,
    Follow,
    Edit,
    Publish,
    Archive,
    ManageRounds,
    InviteMembers,
    AppointFacilitators,
    OpenConsole,
    ReadAuditLog,
    /// Hide or restore proposals and comments, read hidden ones.
    Moderate,
    /// Give the public body's answer to proposals.
    Answer,
    /// Record proposals on behalf of people met in person.
    RecordInPerson,
    /// Merge proposals.
    Merge,
    /// Download the consultation's outcomes (CSV, JSON, XLSX, the printable report).
    Export,
    /// Publish the outcomes as open data and decide whether exports may name authors.
    PublishOutcomes,
    /// Turn accepted proposals into commitments and post how they are going.
    ManageCommitments,
    /// Create, edit and cancel meetings; see who registered and what they need.
    ManageMeetings,
    /// Draft, publish and correct a co-design procedure's notice, decide on applications,
    /// appoint its commission, record the agreement.
    ManageProcedures,
    /// Build and publish surveys, type in paper questionnaires, read and moderate answers.
    ManageSurveys,
}

/// Why an action is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// The visitor may not even know the consultation exists.
    NotFound,
    /// Known to exist, but not theirs to do: the Fluent key of the reason.
    Forbidden(&'static str),
}

/// Where someone stands toward one consultation.
#[derive(Debug, Clone, Default)]
pub struct Standing {
    pub user: Option<Person>,
    pub role: Option<ConsultationRoleKind>,
}

impl Standing {
    pub fn is_coordinator(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role == PlatformRole::Coordinator)
    }

    pub fn is_facilitator(&self) -> bool {
        self.role == Some(ConsultationRoleKind::Facilitator)
    }

    /// Facilitators and members of this consultation.
    pub fn is_insider(&self) -> bool {
        self.role.is_some()
    }
}

/// Whether this standing sees the consultation at all.
pub fn can_see(standing: &Standing, consultation: &consultation::Model) -> bool {
    if standing.is_coordinator() || standing.is_facilitator() || open_to_everyone(consultation) {
        return true;
    }
    consultation.status != ConsultationStatus::Draft && standing.is_insider()
}

/// Whether everyone may see the consultation, whoever they are and whatever role they hold.
pub fn open_to_everyone(consultation: &consultation::Model) -> bool {
    consultation.status != ConsultationStatus::Draft
        && consultation.visibility == Visibility::Public
}

pub fn check(
    standing: &Standing,
    action: Action,
    consultation: &consultation::Model,
) -> Result<(), Denial> {
    if !can_see(standing, consultation) {
        return Err(Denial::NotFound);
    }
    if standing.is_coordinator() {
        return Ok(());
    }
    match action {
        Action::View => Ok(()),
        Action::Follow if standing.user.is_some() => Ok(()),
        Action::Follow => Err(Denial::Forbidden("policy-log-in")),
        Action::Edit
        | Action::Publish
        | Action::ManageRounds
        | Action::InviteMembers
        | Action::OpenConsole
        | Action::ReadAuditLog
        | Action::Moderate
        | Action::Answer
        | Action::RecordInPerson
        | Action::Merge
        | Action::Export
        | Action::ManageCommitments
        | Action::ManageMeetings
        | Action::ManageProcedures
        | Action::ManageSurveys
            if standing.is_facilitator() =>
        {
            Ok(())
        }
        Action::Archive | Action::AppointFacilitators | Action::PublishOutcomes => {
            Err(Denial::Forbidden("policy-coordinators-only"))
        }
        _ => Err(Denial::Forbidden("policy-facilitators-only")),
    }
}

/// Taking part in a round: what a contribution needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contribution {
    Propose,
    Comment,
    Vote,
}

/// Whether this person may contribute to the consultation in `round` now. The error is the
/// Fluent key of the reason, shown to the person.
pub fn can_contribute(
    standing: &Standing,
    consultation: &consultation::Model,
    round: Option<&round::Model>,
    kind: Contribution,
) -> Result<(), &'static str> {
    let user = can_take_part(standing, consultation)?;
    let Some(round) = round.filter(|r| r.state == RoundState::Open) else {
        return Err("policy-no-open-round");
    };
    let allowed = match kind {
        Contribution::Propose => round.allows_proposals,
        Contribution::Comment => round.allows_comments,
        Contribution::Vote => round.allows_voting,
    };
    if !allowed {
        return Err(match kind {
            Contribution::Propose => "policy-round-no-proposals",
            Contribution::Comment => "policy-round-no-comments",
            Contribution::Vote => "policy-round-no-voting",
        });
    }
    let group = user.group.to_value();
    if !round.groups.split(',').any(|g| g == group) {
        return Err("policy-group-not-admitted");
    }
    Ok(())
}

/// Whether this person may take part in the consultation at all: register for its meetings
/// and, where a round allows it, contribute. The person, when they may.
pub fn can_take_part<'a>(
    standing: &'a Standing,
    consultation: &consultation::Model,
) -> Result<&'a Person, &'static str> {
    let Some(user) = &standing.user else {
        return Err("policy-log-in");
    };
    if !user.verified {
        return Err("policy-verify-email");
    }
    if consultation.status != ConsultationStatus::Published {
        return Err("policy-consultation-not-running");
    }
    if consultation.visibility == Visibility::InviteOnly
        && !standing.is_insider()
        && !standing.is_coordinator()
    {
        return Err("policy-members-only");
    }
    Ok(user)
}

/// Whether this person may report content. Reports can hide content, so they need a verified
/// email: accounts made in a moment, by the dozen, must not be able to silence anyone.
pub fn can_report(user: &Person) -> Result<(), &'static str> {
    if user.verified {
        Ok(())
    } else {
        Err("policy-report-verify-email")
    }
}

/// Whether anyone may see a round's results now: voting rounds, while open if results are
/// live, and once closed.
pub fn results_public(round: &round::Model) -> bool {
    round.allows_voting
        && match round.state {
            RoundState::Closed => true,
            RoundState::Open => round.results_visibility == ResultsVisibility::Live,
            RoundState::Upcoming => false,
        }
}

/// Whether this person may register an organisation (and so speak for it): a verified
/// email, like every other act that others will read as coming from a real person.
pub fn can_register_organisation(user: &Person) -> Result<(), &'static str> {
    if user.verified {
        Ok(())
    } else {
        Err("policy-verify-email")
    }
}

/// Platform-wide administration (`/manage`): coordinators only.
pub fn can_administer<P: Into<Person>>(user: Option<P>) -> bool {
    user.is_some_and(|u| u.into().role == PlatformRole::Coordinator)
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;

    fn consultation(status: ConsultationStatus, visibility: Visibility) -> consultation::Model {
        let now = Utc::now();
        consultation::Model {
            id: 1,
            slug: "c".into(),
            title: "C".into(),
            summary: String::new(),
            body: String::new(),
            body_html: String::new(),
            status,
            visibility,
            created_by: None,
            created_at: now,
            updated_at: now,
            published_at: None,
            export_names: false,
            outcomes_published_at: None,
        }
    }

    fn user(role: PlatformRole) -> Person {
        Person {
            id: 1,
            role,
            group: StakeholderGroup::Beneficiary,
            verified: true,
        }
    }

    #[test]
    fn drafts_are_invisible_to_participants_but_not_to_their_facilitators() {
        let draft = consultation(ConsultationStatus::Draft, Visibility::Public);
        let participant = Standing {
            user: Some(user(PlatformRole::Participant)),
            role: None,
        };
        assert_eq!(
            check(&participant, Action::View, &draft),
            Err(Denial::NotFound)
        );
        let facilitator = Standing {
            role: Some(ConsultationRoleKind::Facilitator),
            ..participant
        };
        assert_eq!(check(&facilitator, Action::View, &draft), Ok(()));
        assert_eq!(check(&facilitator, Action::Publish, &draft), Ok(()));
        assert_eq!(
            check(&facilitator, Action::AppointFacilitators, &draft),
            Err(Denial::Forbidden("policy-coordinators-only"))
        );
    }

    #[test]
    fn members_see_invite_only_consultations_and_nobody_else_does() {
        let private = consultation(ConsultationStatus::Published, Visibility::InviteOnly);
        assert_eq!(
            check(&Standing::default(), Action::View, &private),
            Err(Denial::NotFound)
        );
        let member = Standing {
            user: Some(user(PlatformRole::Participant)),
            role: Some(ConsultationRoleKind::Member),
        };
        assert_eq!(check(&member, Action::View, &private), Ok(()));
        assert_eq!(
            check(&member, Action::OpenConsole, &private),
            Err(Denial::Forbidden("policy-facilitators-only"))
        );
        let coordinator = Standing {
            user: Some(user(PlatformRole::Coordinator)),
            role: None,
        };
        assert_eq!(check(&coordinator, Action::Archive, &private), Ok(()));
    }

    #[test]
    fn facilitators_export_and_only_coordinators_publish_outcomes() {
        let public = consultation(ConsultationStatus::Archived, Visibility::Public);
        let participant = Standing {
            user: Some(user(PlatformRole::Participant)),
            role: None,
        };
        assert_eq!(
            check(&participant, Action::Export, &public),
            Err(Denial::Forbidden("policy-facilitators-only"))
        );
        let facilitator = Standing {
            role: Some(ConsultationRoleKind::Facilitator),
            ..participant.clone()
        };
        assert_eq!(check(&facilitator, Action::Export, &public), Ok(()));
        assert_eq!(
            check(&facilitator, Action::PublishOutcomes, &public),
            Err(Denial::Forbidden("policy-coordinators-only"))
        );
        let coordinator = Standing {
            user: Some(user(PlatformRole::Coordinator)),
            role: None,
        };
        assert_eq!(
            check(&coordinator, Action::PublishOutcomes, &public),
            Ok(())
        );
    }

    #[test]
    fn only_facilitators_and_coordinators_manage_commitments() {
        let public = consultation(ConsultationStatus::Published, Visibility::Public);
        let member = Standing {
            user: Some(user(PlatformRole::Participant)),
            role: Some(ConsultationRoleKind::Member),
        };
        assert_eq!(
            check(&member, Action::ManageCommitments, &public),
            Err(Denial::Forbidden("policy-facilitators-only"))
        );
        let facilitator = Standing {
            role: Some(ConsultationRoleKind::Facilitator),
            ..member.clone()
        };
        assert_eq!(
            check(&facilitator, Action::ManageCommitments, &public),
            Ok(())
        );
        let coordinator = Standing {
            user: Some(user(PlatformRole::Coordinator)),
            role: None,
        };
        assert_eq!(
            check(&coordinator, Action::ManageCommitments, &public),
            Ok(())
        );
        let private = consultation(ConsultationStatus::Published, Visibility::InviteOnly);
        assert_eq!(
            check(&Standing::default(), Action::ManageCommitments, &private),
            Err(Denial::NotFound)
        );
    }

    #[test]
    fn facilitators_manage_meetings_and_members_of_invite_only_ones_take_part() {
        let private = consultation(ConsultationStatus::Published, Visibility::InviteOnly);
        let outsider = Standing {
            user: Some(user(PlatformRole::Participant)),
            role: None,
        };
        assert_eq!(
            check(&outsider, Action::ManageMeetings, &private),
            Err(Denial::NotFound)
        );
        assert_eq!(
            can_take_part(&outsider, &private).err(),
            Some("policy-members-only")
        );
        let member = Standing {
            role: Some(ConsultationRoleKind::Member),
            ..outsider.clone()
        };
        assert_eq!(
            check(&member, Action::ManageMeetings, &private),
            Err(Denial::Forbidden("policy-facilitators-only"))
        );
        assert!(can_take_part(&member, &private).is_ok());
        let facilitator = Standing {
            role: Some(ConsultationRoleKind::Facilitator),
            ..outsider.clone()
        };
        assert_eq!(
            check(&facilitator, Action::ManageMeetings, &private),
            Ok(())
        );
        let unverified = Standing {
            user: Some(Person {
                verified: false,
                ..user(PlatformRole::Participant)
            }),
            role: Some(ConsultationRoleKind::Member),
        };
        assert_eq!(
            can_take_part(&unverified, &private).err(),
            Some("policy-verify-email")
        );
        assert_eq!(
            can_take_part(&Standing::default(), &private).err(),
            Some("policy-log-in")
        );
    }
}

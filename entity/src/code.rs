//! One vocabulary for the codes of the enums: the text stored in the database is also the
//! code used in URLs, forms, CSS classes, message keys and exports. `code()` gives it as a
//! `&'static str` (pages and exports use it per row without allocating); `from_code` reads
//! it back. A test holds every code to sea-orm's own value, so the two cannot drift.

use crate::sea_orm_active_enums::*;

/// The stored code of an enum value, as a static string, and back.
pub trait Code: Sized + Copy + PartialEq + 'static {
    /// Every value, in declaration order, with its code.
    const CODES: &'static [(Self, &'static str)];

    fn code(self) -> &'static str {
        Self::CODES
            .iter()
            .find(|(value, _)| *value == self)
            .map(|(_, code)| *code)
            .expect("every value has a code")
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::CODES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(value, _)| *value)
    }
}

macro_rules! codes {
    ($($enum:ident { $($variant:ident = $code:literal),+ $(,)? })+) => {
        $(
            impl Code for $enum {
                const CODES: &'static [(Self, &'static str)] = &[$(($enum::$variant, $code)),+];
            }
        )+

        #[cfg(test)]
        mod every_code_is_the_stored_value {
            use sea_orm::{ActiveEnum, Iterable};

            use super::*;

            fn check<E>()
            where
                E: Code + std::fmt::Debug + ActiveEnum<Value = String> + Iterable,
            {
                assert_eq!(E::iter().count(), E::CODES.len(), "a value without a code");
                for value in E::iter() {
                    assert_eq!(value.code(), value.to_value());
                    assert_eq!(E::from_code(value.code()), Some(value));
                }
                assert_eq!(E::from_code("no-such-code"), None);
            }

            #[test]
            fn for_each_enum() {
                $(check::<$enum>();)+
            }
        }
    };
}

codes! {
    PlatformRole { Participant = "participant", Coordinator = "coordinator" }
    StakeholderGroup {
        Beneficiary = "beneficiary",
        Institution = "institution",
        ThirdSector = "third_sector",
        Other = "other",
    }
    TokenPurpose { VerifyEmail = "verify_email", PasswordReset = "password_reset" }
    OutboxStatus { Pending = "pending", Sending = "sending", Sent = "sent", Dead = "dead" }
    ConsultationStatus { Draft = "draft", Published = "published", Archived = "archived" }
    Visibility { Public = "public", InviteOnly = "invite_only" }
    ConsultationRoleKind { Facilitator = "facilitator", Member = "member" }
    RoundState { Upcoming = "upcoming", Open = "open", Closed = "closed" }
    VoteRule { Support = "support", Approval = "approval", Dots = "dots" }
    ResultsVisibility { Live = "live", AfterClose = "after_close" }
    ProposalState {
        Published = "published",
        Withdrawn = "withdrawn",
        Hidden = "hidden",
        Merged = "merged",
    }
    CommitmentStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Dropped = "dropped",
    }
    Answer {
        Pending = "pending",
        Evaluating = "evaluating",
        Accepted = "accepted",
        PartiallyAccepted = "partially_accepted",
        Rejected = "rejected",
    }
    AuthorRole { Author = "author", Coauthor = "coauthor" }
    Stance { For = "for", Against = "against", Neutral = "neutral" }
    CommentState { Published = "published", Withdrawn = "withdrawn", Hidden = "hidden" }
    FlagTarget { Proposal = "proposal", Comment = "comment" }
    RegistrationStatus { Registered = "registered", Waiting = "waiting" }
    OrganisationKind { PublicBody = "public_body", ThirdSector = "third_sector", Other = "other" }
    MembershipRole { Representative = "representative", Member = "member" }
    MembershipStatus { Requested = "requested", Active = "active" }
    DocumentParent {
        Consultation = "consultation",
        Meeting = "meeting",
        Commitment = "commitment",
        Organisation = "organisation",
        Procedure = "procedure",
        ProcedureApplication = "procedure_application",
    }
    SurveyStatus { Draft = "draft", Published = "published" }
    SurveyResultsVisibility { Live = "live", AfterClose = "after_close", Facilitators = "facilitators" }
    QuestionKind {
        SingleChoice = "single_choice",
        MultipleChoice = "multiple_choice",
        Scale = "scale",
        Number = "number",
        Date = "date",
        ShortText = "short_text",
        LongText = "long_text",
        Ranking = "ranking",
    }
    ResponseSource { Online = "online", Paper = "paper" }
    ResponseStatus { Draft = "draft", Submitted = "submitted" }
}

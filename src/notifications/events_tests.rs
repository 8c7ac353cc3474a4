//! How every kind of event is stored and read back.

use entity::{Answer, FlagTarget};
use serde_json::json;

use super::{
    super::details::{ProcedureNews, ProcedureStep::Corrected},
    *,
};

/// Each kind beside the payload as it has always been written, with `json!`.
fn every_kind() -> Vec<(Event, &'static str, Value)> {
    let round = RoundChange {
        round_title: "Ideas".to_owned(),
        closes_at: "2026-05-01T10:00:00Z".to_owned(),
    };
    let invited = InvitationSent {
        invitation_id: 4,
        email: "ana@example.org".to_owned(),
    };
    vec![
        (
            Event::RoundOpened(round.clone()),
            "round_opened",
            json!({ "round_title": "Ideas", "closes_at": "2026-05-01T10:00:00Z" }),
        ),
        (
            Event::RoundClosed(round),
            "round_closed",
            json!({ "round_title": "Ideas", "closes_at": "2026-05-01T10:00:00Z" }),
        ),
        (
            Event::RoundClosingSoon {
                round_title: "Vote".to_owned(),
                closes_at: "2026-05-01T10:00:00Z".to_owned(),
                recipients: vec![3, 5],
            },
            "round_closing_soon",
            json!({ "round_title": "Vote", "closes_at": "2026-05-01T10:00:00Z", "recipients": [3, 5] }),
        ),
        (
            Event::ProposalPublished {
                proposal_id: 7,
                title: "More trees".to_owned(),
            },
            "proposal_published",
            json!({ "proposal_id": 7, "title": "More trees" }),
        ),
        (
            Event::ProposalAnswered {
                proposal_id: 7,
                answer: Answer::PartiallyAccepted,
            },
            "proposal_answered",
            json!({ "proposal_id": 7, "answer": Answer::PartiallyAccepted }),
        ),
        (
            Event::CommentOnMyProposal(CommentPosted {
                proposal_id: 7,
                comment_id: 9,
                parent_id: None,
            }),
            "comment_on_my_proposal",
            json!({ "proposal_id": 7, "comment_id": 9, "parent_id": None::<i64> }),
        ),
        (
            Event::ReplyToMyComment(CommentPosted {
                proposal_id: 7,
                comment_id: 10,
                parent_id: Some(9),
            }),
            "reply_to_my_comment",
            json!({ "proposal_id": 7, "comment_id": 10, "parent_id": Some(9) }),
        ),
        (
            Event::ProposalMerged {
                proposal_id: 7,
                merged_into: 8,
                authors: vec![2],
            },
            "proposal_merged",
            json!({ "proposal_id": 7, "merged_into": 8, "authors": [2] }),
        ),
        (
            Event::ContentFlagged {
                target: FlagTarget::Comment,
                id: 9,
            },
            "content_flagged",
            json!({ "target": "comment", "id": 9 }),
        ),
        (
            Event::ContentHidden {
                target: FlagTarget::Proposal,
                id: 7,
                proposal_id: 7,
                author_id: None,
                reason: "Off topic".to_owned(),
            },
            "content_hidden",
            json!({ "target": "proposal", "id": 7, "proposal_id": 7, "author_id": None::<i64>, "reason": "Off topic" }),
        ),
        (
            Event::CoauthorInvited {
                proposal_id: 7,
                invitation_id: 3,
                user_id: Some(5),
            },
            "coauthor_invited",
            json!({ "proposal_id": 7, "invitation_id": 3, "user_id": Some(5) }),
        ),
        (
            Event::MemberInvited(invited.clone()),
            "member_invited",
            json!({ "invitation_id": 4, "email": "ana@example.org" }),
        ),
        (
            Event::FacilitatorInvited(invited),
            "facilitator_invited",
            json!({ "invitation_id": 4, "email": "ana@example.org" }),
        ),
        (
            Event::CommitmentUpdated {
                commitment_id: 2,
                update_id: 6,
            },
            "commitment_updated",
            json!({ "commitment_id": 2, "update_id": 6 }),
        ),
        (
            Event::MeetingCancelled {
                meeting_id: 2,
                reason: "Flooded hall".to_owned(),
            },
            "meeting_cancelled",
            json!({ "meeting_id": 2, "reason": "Flooded hall" }),
        ),
        (
            Event::MeetingPlaceConfirmed {
                meeting_id: 2,
                user_id: 5,
            },
            "meeting_place_confirmed",
            json!({ "meeting_id": 2, "user_id": 5 }),
        ),
        (
            Event::MeetingChanged {
                meeting_id: 2,
                changes: vec![MeetingChange::Time, MeetingChange::OnlineLink],
            },
            "meeting_changed",
            json!({ "meeting_id": 2, "changes": ["time", "online_link"] }),
        ),
        (
            Event::SurveyOpened { survey_id: 4 },
            "survey_opened",
            json!({ "survey_id": 4 }),
        ),
        (
            Event::SurveyClosingSoon { survey_id: 4 },
            "survey_closing_soon",
            json!({ "survey_id": 4 }),
        ),
        (
            Event::MeetingReminder { meeting_id: 2 },
            "meeting_reminder",
            json!({ "meeting_id": 2 }),
        ),
        (
            Event::ProcedureEvaluationPublished { procedure_id: 3 },
            "procedure_evaluation_published",
            json!({ "procedure_id": 3 }),
        ),
        (
            Event::ProcedureClosed { procedure_id: 3 },
            "procedure_closed",
            json!({ "procedure_id": 3 }),
        ),
        (
            Event::ProcedureNews(ProcedureNews::new(3, Corrected)),
            "procedure_news",
            json!({ "procedure_id": 3, "step": "corrected" }),
        ),
    ]
}

#[test]
fn every_kind_is_stored_as_it_always_was_and_reads_back() {
    let all = every_kind();
    assert_eq!(all.len(), Kind::ALL.len());
    for (event, kind, payload) in all {
        let (stored_kind, stored_payload) = event.to_stored();
        assert_eq!(stored_kind, kind);
        assert_eq!(stored_payload, payload.to_string(), "{kind}");
        assert_eq!(Event::from_stored(kind, &stored_payload).unwrap(), event);
        assert_eq!(Kind::parse(kind), Some(event.kind()));
        assert_eq!(json!(event.kind()), json!(kind));
    }
}

#[test]
fn an_event_row_written_before_the_enum_reads() {
    let event = Event::from_stored(
        "reply_to_my_comment",
        r#"{"comment_id":12,"parent_id":11,"proposal_id":4}"#,
    )
    .unwrap();
    assert_eq!(
        event,
        Event::ReplyToMyComment(CommentPosted {
            proposal_id: 4,
            comment_id: 12,
            parent_id: Some(11),
        })
    );
    let answered = Event::from_stored(
        "proposal_answered",
        r#"{"answer":"accepted","proposal_id":2}"#,
    )
    .unwrap();
    assert_eq!(answered.kind(), Kind::ProposalAnswered);
    assert!(Event::from_stored("no_such_kind", "{}").is_err());
}

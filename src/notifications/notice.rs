//! What the capability that causes an event says about it: the event, where it happened,
//! who it concerns and why, and what a notification shows (a title and a link). Notifications
//! then decide only who may still see it and how each person wants to hear of it.

use std::collections::BTreeMap;

use entity::{ConsultationRoleKind, consultation};

use super::events::Event;

/// Why someone hears of an event: which of their two email settings applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Concern {
    /// The author of the comment a reply answers: "a reply to your comment" (`email_own`).
    RepliedTo,
    /// About their own contributions or their role: `email_own` (immediate by default).
    Own,
    /// About what they follow: `email_others` (daily digest by default).
    Followed,
}

/// The consultation an event happened in, as it stands, with the roles people hold in it:
/// only those who may still see it are told.
#[derive(Debug, Clone)]
pub struct Place {
    pub consultation: consultation::Model,
    /// Who holds which role; left empty for a consultation open to everyone, where roles
    /// change nothing about who may see it.
    pub roles: BTreeMap<i64, ConsultationRoleKind>,
}

/// An event as raised by the capability that causes it.
#[derive(Debug, Clone)]
pub struct Notice {
    pub event: Event,
    pub place: Place,
    pub round_id: Option<i64>,
    /// Who did it; never told of their own action.
    pub actor_id: Option<i64>,
    /// Who it concerns. Someone listed twice hears of it for the closer concern.
    pub recipients: Vec<(i64, Concern)>,
    /// What the notification is about: a proposal's or a round's title (may be empty).
    pub title: String,
    /// Where the notification leads, a path such as `/proposals/7`.
    pub link: String,
}

impl Notice {
    pub fn new(event: Event, place: Place, title: impl Into<String>, link: String) -> Notice {
        Notice {
            event,
            place,
            round_id: None,
            actor_id: None,
            recipients: Vec::new(),
            title: title.into(),
            link,
        }
    }

    pub fn by(mut self, actor_id: Option<i64>) -> Notice {
        self.actor_id = actor_id;
        self
    }

    pub fn in_round(mut self, round_id: Option<i64>) -> Notice {
        self.round_id = round_id;
        self
    }

    /// Adds `people`, concerned as `concern`.
    pub fn tell(&mut self, people: impl IntoIterator<Item = i64>, concern: Concern) {
        self.recipients
            .extend(people.into_iter().map(|person| (person, concern)));
    }

    /// Each person once, with their closest concern, without the actor.
    pub fn audience(&self) -> BTreeMap<i64, Concern> {
        let mut by_person: BTreeMap<i64, Concern> = BTreeMap::new();
        for &(person, concern) in &self.recipients {
            by_person
                .entry(person)
                .and_modify(|c| *c = std::cmp::min(*c, concern))
                .or_insert(concern);
        }
        if let Some(actor) = self.actor_id {
            by_person.remove(&actor);
        }
        by_person
    }
}

//! The logged-in account as the rules see it: a [`Person`], without the page-only facts
//! (email, name, language, unread notifications) that `CurrentUser` carries for pages.

use super::CurrentUser;
use crate::policy::Person;

impl CurrentUser {
    pub fn person(&self) -> Person {
        Person {
            id: self.id,
            role: self.role,
            group: self.group,
            verified: self.verified,
        }
    }
}

impl From<&CurrentUser> for Person {
    fn from(user: &CurrentUser) -> Self {
        user.person()
    }
}

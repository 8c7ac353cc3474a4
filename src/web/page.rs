//! What page templates call on `PageCtx`: translations, numbers, punctuation, the
//! language's code and direction.

use askama::filters::Safe;
use entity::PlatformRole;

use super::{assets, context::PageCtx};
use crate::i18n::{Language, languages};

impl PageCtx {
    pub fn t(&self, key: &str) -> String {
        self.locale.t(key)
    }

    /// A person's name as shown beside what they wrote: "former participant" once they
    /// deleted their account (its name is erased then).
    pub fn person(&self, name: &str) -> String {
        if name.is_empty() {
            self.locale.t("former-participant")
        } else {
            name.to_owned()
        }
    }

    /// The fingerprinted URL of the voting script, for pages with vote boxes.
    pub fn vote_script(&self) -> &'static str {
        assets::path_of("vote.js")
    }

    pub fn t_arg(&self, key: &str, name: &str, value: &str) -> String {
        self.locale.t_with(key, &[(name, value)])
    }

    /// The name of an enum value: `t_of("round-state-", "open")`.
    pub fn t_of(&self, prefix: &str, code: &str) -> String {
        self.locale.t_of(prefix, code)
    }

    /// A message with a count, for plural forms.
    pub fn t_count(&self, key: &str, count: &i64) -> String {
        self.locale.t_count(key, *count)
    }

    /// A message as HTML with a value written by people isolated in `<bdi>` (a title, a
    /// name, a place), so its direction does not disturb the sentence around it.
    pub fn t_isolated(&self, key: &str, name: &str, value: &str) -> Safe<String> {
        self.locale.t_arg_isolated(key, name, value)
    }

    /// [`PageCtx::t_isolated`] with a second value that is interface text (a role's name):
    /// escaped, not isolated.
    pub fn t_isolated_with(
        &self,
        key: &str,
        name: &str,
        value: &str,
        interface_name: &str,
        interface_value: &str,
    ) -> Safe<String> {
        self.locale
            .t_isolated(key, &[(name, value)], &[(interface_name, interface_value)])
    }

    /// A whole number as the visitor's language writes it.
    pub fn number(&self, n: &i64) -> String {
        self.locale.number(*n)
    }

    /// ": " (or the language's own): between a label and its value.
    pub fn colon(&self) -> String {
        self.locale.colon()
    }

    /// ", " (or the language's own): between the items of a list.
    pub fn comma(&self) -> String {
        self.locale.comma()
    }

    /// ". " (or the language's own): after a sentence.
    pub fn stop(&self) -> String {
        self.locale.stop()
    }

    /// The name of a stakeholder group (`beneficiary`, …) in this language.
    pub fn group_label(&self, group: &str) -> String {
        self.locale.t(&format!("group-{group}"))
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    pub fn languages(&self) -> &'static [Language] {
        languages()
    }

    pub fn is_coordinator(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role == PlatformRole::Coordinator)
    }
}

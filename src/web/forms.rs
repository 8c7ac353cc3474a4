//! Problems found in a submitted form, each tied to its field, and the small pieces every
//! form and list shares.

use serde::Deserialize;

/// A one-line field as people mean it: trimmed, runs of spaces and line breaks made one
/// space.
pub fn one_line(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `?page=N` of a paged list.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: Option<u64>,
}

/// Field name → Fluent key of the problem, in the order the fields appear.
#[derive(Debug, Default, Clone)]
pub struct FormErrors(Vec<(&'static str, &'static str)>);

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, message_key: &'static str) {
        if self.get(field).is_none() {
            self.0.push((field, message_key));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The Fluent key of the first problem with `field`.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| *m)
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, &'static str)> {
        self.0.iter()
    }

    /// Ok when nothing was found, so handlers can write `errors.into_result()?`.
    pub fn into_result(self) -> Result<(), FormErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

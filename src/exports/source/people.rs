//! The people an export meets: a pseudonym each, stable within one consultation, their
//! group and, only when names are allowed, their display name. Emails are never read.

use std::collections::HashMap;

use entity::{StakeholderGroup, user};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr,
};

use crate::crypto;

/// Someone as an export shows them.
#[derive(Debug, Clone)]
pub struct Person {
    /// Stable within one consultation, different in every other: exports of two
    /// consultations cannot be joined on it.
    pub pseudonym: String,
    pub group: StakeholderGroup,
    /// Only when names are allowed and asked for.
    pub name: Option<String>,
}

/// Pseudonyms of the people met so far in an export.
pub struct People {
    key: Vec<u8>,
    consultation_id: i64,
    names: bool,
    known: HashMap<i64, Person>,
}

impl People {
    pub fn new(key: &str, consultation_id: i64, names: bool) -> Self {
        Self {
            key: key.as_bytes().to_vec(),
            consultation_id,
            names,
            known: HashMap::new(),
        }
    }

    pub fn pseudonym(&self, user_id: i64) -> String {
        let mac = crypto::hmac_sha256(
            &self.key,
            format!("export-pseudonym:{}:{user_id}", self.consultation_id).as_bytes(),
        );
        let hex: String = mac[..5].iter().map(|b| format!("{b:02x}")).collect();
        format!("P-{hex}")
    }

    /// Reads the accounts among `ids` not met yet: their group and, only when names are
    /// allowed, their display name. Emails are never read.
    pub(super) async fn meet(
        &mut self,
        db: &impl ConnectionTrait,
        ids: impl IntoIterator<Item = i64>,
    ) -> Result<(), DbErr> {
        let mut missing: Vec<i64> = ids
            .into_iter()
            .filter(|id| !self.known.contains_key(id))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        if missing.is_empty() {
            return Ok(());
        }
        let mut query = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::StakeholderGroup);
        query = if self.names {
            query.column(user::Column::DisplayName)
        } else {
            query.column_as(Expr::value(""), "display_name")
        };
        let rows: Vec<(i64, StakeholderGroup, String)> = query
            .filter(user::Column::Id.is_in(missing))
            .into_tuple()
            .all(db)
            .await?;
        for (id, group, name) in rows {
            let person = Person {
                pseudonym: self.pseudonym(id),
                group,
                name: self.names.then_some(name),
            };
            self.known.insert(id, person);
        }
        Ok(())
    }

    pub(super) fn get(&self, id: Option<i64>) -> Option<&Person> {
        id.and_then(|id| self.known.get(&id))
    }
}

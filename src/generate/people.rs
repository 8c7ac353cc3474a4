//! The generated accounts: verified participants spread over the four stakeholder groups,
//! as a platform in Tuscany might see them (mostly the people the services are for).

use chrono::{DateTime, TimeDelta, Utc};
use entity::{Code, StakeholderGroup};
use rand::{RngExt, SeedableRng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{ConnectionTrait, DbErr, Value};

use super::{Scale, bulk, moment_between, progress::Progress, text};

/// Groups with how often they occur.
const GROUPS: [(StakeholderGroup, u32); 4] = [
    (StakeholderGroup::Beneficiary, 50),
    (StakeholderGroup::ThirdSector, 22),
    (StakeholderGroup::Institution, 10),
    (StakeholderGroup::Other, 18),
];

/// Page languages accounts choose, with how often.
const LOCALES: [(&str, u32); 6] = [
    ("it", 70),
    ("en", 10),
    ("fr", 5),
    ("ar", 6),
    ("uk", 5),
    ("zh", 4),
];

/// The accounts written: account `i` (from 0) has id `first_id + i`.
pub struct Accounts {
    pub first_id: i64,
    pub groups: Vec<StakeholderGroup>,
}

impl Accounts {
    pub fn id(&self, index: usize) -> i64 {
        self.first_id + index as i64
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }
}

fn weighted<T: Copy>(rng: &mut StdRng, choices: &[(T, u32)]) -> T {
    let total: u32 = choices.iter().map(|(_, w)| w).sum();
    let mut at = rng.random_range(0..total);
    for (choice, weight) in choices {
        if at < *weight {
            return *choice;
        }
        at -= weight;
    }
    choices[0].0
}

/// `scale-000001@example.test`, … for account index 0, 1, ….
pub fn email(index: usize) -> String {
    format!("scale-{:06}@example.test", index + 1)
}

pub async fn write_accounts(
    db: &impl ConnectionTrait,
    scale: &Scale,
    password_hash: &str,
    seed: u64,
    now: DateTime<Utc>,
    progress: &Progress,
) -> Result<Accounts, DbErr> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0xacc0);
    let first_id = bulk::highest_id(db, "user").await? + 1;
    progress.start("accounts", scale.accounts);
    let columns = vec![
        "id",
        "email",
        "display_name",
        "password_hash",
        "role",
        "stakeholder_group",
        "organisation",
        "locale",
        "email_verified_at",
        "privacy_accepted_at",
        "created_at",
        "updated_at",
        "email_own",
        "email_others",
    ];
    let mut rows = bulk::BulkInsert::new(db, "user", columns, progress);
    let mut groups = Vec::with_capacity(scale.accounts as usize);
    let joined_from = now - TimeDelta::days(90);
    let joined_to = now - TimeDelta::days(70);
    for index in 0..scale.accounts as usize {
        let group = weighted(&mut rng, &GROUPS);
        let organisation = match group {
            StakeholderGroup::Institution => text::INSTITUTIONS.choose(&mut rng).copied(),
            StakeholderGroup::ThirdSector => text::THIRD_SECTOR.choose(&mut rng).copied(),
            _ => None,
        };
        let joined = moment_between(&mut rng, joined_from, joined_to);
        let row: [Value; 14] = [
            (first_id + index as i64).into(),
            email(index).into(),
            text::display_name(&mut rng).into(),
            password_hash.into(),
            "participant".into(),
            group.code().into(),
            organisation.map(str::to_owned).into(),
            weighted(&mut rng, &LOCALES).into(),
            Some(joined).into(),
            joined.into(),
            joined.into(),
            joined.into(),
            "immediate".into(),
            "daily".into(),
        ];
        rows.push(row).await?;
        groups.push(group);
    }
    rows.finish().await?;
    Ok(Accounts { first_id, groups })
}

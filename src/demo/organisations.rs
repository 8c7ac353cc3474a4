//! The demo's register of organisations: a social cooperative, verified, whose representative
//! is the demo partner (with a member and a pending request to join), and an association not
//! yet verified. Made once, in one transaction, with fixed addresses.

use chrono::{DateTime, Utc};
use entity::{MembershipRole, MembershipStatus, OrganisationKind, organisation};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

use super::account;
use crate::{db, organisations::store};

/// An organisation of the demo and who is in it: its representative, its members, those
/// asking to join.
struct DemoOrganisation {
    slug: &'static str,
    name: &'static str,
    kind: OrganisationKind,
    runts_number: Option<&'static str>,
    tax_code: &'static str,
    town: &'static str,
    website: Option<&'static str>,
    description: &'static str,
    verified: bool,
    representative: &'static str,
    members: &'static [&'static str],
    requests: &'static [&'static str],
}

const ORGANISATIONS: [DemoOrganisation; 2] = [
    DemoOrganisation {
        slug: "cooperativa-sociale-aurora",
        name: "Cooperativa sociale Aurora",
        kind: OrganisationKind::ThirdSector,
        runts_number: Some("102938"),
        tax_code: "05123450487",
        town: "Prato",
        website: Some("https://aurora.example.org/"),
        description: "Accoglienza, mediazione linguistica e orientamento ai servizi per persone \
            di origine straniera nella piana pratese.",
        verified: true,
        representative: "partner@demo.test",
        members: &["voter-t1@demo.test"],
        requests: &["voter-t2@demo.test"],
    },
    DemoOrganisation {
        slug: "associazione-ponti-di-parole",
        name: "Associazione Ponti di Parole",
        kind: OrganisationKind::ThirdSector,
        runts_number: Some("118204"),
        tax_code: "94087650484",
        town: "Firenze",
        website: None,
        description: "Corsi di italiano gratuiti e doposcuola per bambini e famiglie.",
        verified: false,
        representative: "voter-t3@demo.test",
        members: &[],
        requests: &[],
    },
];

/// Creates the demo's organisations if the register has none of them; returns how many.
pub async fn seed(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let slugs: Vec<&str> = ORGANISATIONS.iter().map(|o| o.slug).collect();
    let existing = organisation::Entity::find()
        .filter(organisation::Column::Slug.is_in(slugs))
        .count(db)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    // Accounts are looked up before the transaction starts: it holds SQLite's write lock.
    let mut people = Vec::new();
    for spec in &ORGANISATIONS {
        let representative = account(db, spec.representative).await?.id;
        let mut rows = vec![(
            representative,
            MembershipRole::Representative,
            MembershipStatus::Active,
        )];
        for (emails, status) in [
            (spec.members, MembershipStatus::Active),
            (spec.requests, MembershipStatus::Requested),
        ] {
            for id in account_ids(db, emails).await? {
                rows.push((id, MembershipRole::Member, status));
            }
        }
        people.push((representative, rows));
    }
    let tx = db::begin_write(db).await?;
    for (spec, (representative, rows)) in ORGANISATIONS.iter().zip(people) {
        let saved = organisation::ActiveModel {
            slug: Set(spec.slug.to_owned()),
            name: Set(spec.name.to_owned()),
            kind: Set(spec.kind),
            runts_number: Set(spec.runts_number.map(str::to_owned)),
            tax_code: Set(spec.tax_code.to_owned()),
            town: Set(spec.town.to_owned()),
            website: Set(spec.website.map(str::to_owned)),
            description: Set(spec.description.to_owned()),
            verified_at: Set(spec.verified.then_some(now)),
            created_by: Set(Some(representative)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        for (user_id, role, status) in rows {
            store::add_member(&tx, (saved.id, user_id), (role, status), now).await?;
        }
    }
    tx.commit().await?;
    Ok(ORGANISATIONS.len())
}

/// The ids of the demo accounts with these addresses.
async fn account_ids(db: &DatabaseConnection, emails: &[&str]) -> anyhow::Result<Vec<i64>> {
    let mut ids = Vec::new();
    for email in emails {
        ids.push(account(db, email).await?.id);
    }
    Ok(ids)
}

//! The demo accounts. Creating them again changes nothing.

use entity::{PlatformRole, StakeholderGroup};
use sea_orm::DatabaseConnection;

use super::{
    domain::{EmailAddress, Password},
    users::{self, CreateError, NewAccount},
};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "demo-demo-demo";

pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub role: PlatformRole,
    pub group: StakeholderGroup,
    pub organisation: Option<&'static str>,
}

const ACCOUNTS: [DemoAccount; 5] = [
    DemoAccount {
        email: "coordinator@demo.test",
        name: "Chiara Coordinatrice",
        role: PlatformRole::Coordinator,
        group: StakeholderGroup::Institution,
        organisation: Some("Regione Toscana"),
    },
    DemoAccount {
        email: "facilitator@demo.test",
        name: "Marco Facilitatore",
        role: PlatformRole::Participant,
        group: StakeholderGroup::ThirdSector,
        organisation: Some("Cooperativa Il Ponte"),
    },
    DemoAccount {
        email: "beneficiary@demo.test",
        name: "Amina Diallo",
        role: PlatformRole::Participant,
        group: StakeholderGroup::Beneficiary,
        organisation: None,
    },
    DemoAccount {
        email: "institution@demo.test",
        name: "Luca Comune",
        role: PlatformRole::Participant,
        group: StakeholderGroup::Institution,
        organisation: Some("Comune di Prato"),
    },
    DemoAccount {
        email: "partner@demo.test",
        name: "Olena Partner",
        role: PlatformRole::Participant,
        group: StakeholderGroup::ThirdSector,
        organisation: Some("Associazione Insieme"),
    },
];

/// Creates the demo accounts that do not exist yet; returns how many were created.
pub async fn seed_accounts(
    db: &DatabaseConnection,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<usize> {
    create_missing(db, &ACCOUNTS, now).await
}

/// Creates those of `accounts` that do not exist yet, verified, with the demo password.
pub async fn create_missing(
    db: &DatabaseConnection,
    accounts: &[DemoAccount],
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<usize> {
    let password = Password::parse(DEMO_PASSWORD).expect("the demo password is valid");
    let hash = users::hash_password(&password).await?;
    let mut created = 0;
    for demo in accounts {
        let email = EmailAddress::parse(demo.email).expect("demo addresses are valid");
        let account = NewAccount {
            email,
            display_name: demo.name.to_owned(),
            group: demo.group,
            organisation: demo.organisation.map(str::to_owned),
            locale: "it".to_owned(),
            role: demo.role,
            verified: true,
        };
        match users::create(db, account, hash.clone(), now).await {
            Ok(_) => created += 1,
            Err(CreateError::EmailTaken) => {}
            Err(CreateError::Database(error)) => return Err(error.into()),
        }
    }
    Ok(created)
}

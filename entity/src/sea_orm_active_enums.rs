use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What an account may do across the whole platform.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum PlatformRole {
    #[sea_orm(string_value = "participant")]
    Participant,
    #[sea_orm(string_value = "coordinator")]
    Coordinator,
}

/// The stakeholder group an account speaks for; results are broken down by it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum StakeholderGroup {
    #[sea_orm(string_value = "beneficiary")]
    Beneficiary,
    #[sea_orm(string_value = "institution")]
    Institution,
    #[sea_orm(string_value = "third_sector")]
    ThirdSector,
    #[sea_orm(string_value = "other")]
    Other,
}

/// What a single-use link sent by email is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum TokenPurpose {
    #[sea_orm(string_value = "verify_email")]
    VerifyEmail,
    #[sea_orm(string_value = "password_reset")]
    PasswordReset,
}

/// Where an email stands in the outbox.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum OutboxStatus {
    /// Waiting for its next attempt.
    #[sea_orm(string_value = "pending")]
    Pending,
    /// Claimed by a worker until `locked_until`.
    #[sea_orm(string_value = "sending")]
    Sending,
    #[sea_orm(string_value = "sent")]
    Sent,
    /// Gave up after retrying for the whole retry window.
    #[sea_orm(string_value = "dead")]
    Dead,
}

//! Schema migrations. One file per change; a landed migration is never edited.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_foundation;
mod m20261126_000002_consultations;
mod m20261126_000003_proposals;
mod m20261126_000004_voting;
mod m20261126_000005_notifications;
mod m20261126_000006_outcomes;
mod m20261202_000001_vote_counts;
mod m20261202_000002_rendered_text;
mod m20261207_000001_comment_thread;
mod m20261207_000002_list_indexes;
mod m20261207_116016_verified_reports;
mod m20261208_000001_limits;
mod m20261208_000002_account_deletion;
mod m20261208_000003_two_factor;
mod m20261208_000004_health_check;
mod m20261215_000001_meetings;
mod m20261216_000001_commitments;
mod m20261217_000001_meeting_records;
mod m20261217_000002_meeting_reminders;
mod m20261218_000001_organisations;
mod m20261219_000001_documents;
mod m20261219_000002_procedures;
mod m20261219_000005_comment_on_behalf;
mod m20261220_000001_surveys;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_foundation::Migration),
            Box::new(m20261126_000002_consultations::Migration),
            Box::new(m20261126_000003_proposals::Migration),
            Box::new(m20261126_000004_voting::Migration),
            Box::new(m20261126_000005_notifications::Migration),
            Box::new(m20261126_000006_outcomes::Migration),
            Box::new(m20261202_000001_vote_counts::Migration),
            Box::new(m20261202_000002_rendered_text::Migration),
            Box::new(m20261207_000001_comment_thread::Migration),
            Box::new(m20261207_000002_list_indexes::Migration),
            Box::new(m20261207_116016_verified_reports::Migration),
            Box::new(m20261208_000001_limits::Migration),
            Box::new(m20261208_000002_account_deletion::Migration),
            Box::new(m20261208_000003_two_factor::Migration),
            Box::new(m20261208_000004_health_check::Migration),
            Box::new(m20261215_000001_meetings::Migration),
            Box::new(m20261216_000001_commitments::Migration),
            Box::new(m20261217_000001_meeting_records::Migration),
            Box::new(m20261217_000002_meeting_reminders::Migration),
            Box::new(m20261218_000001_organisations::Migration),
            Box::new(m20261219_000001_documents::Migration),
            Box::new(m20261219_000002_procedures::Migration),
            Box::new(m20261219_000005_comment_on_behalf::Migration),
            Box::new(m20261220_000001_surveys::Migration),
        ]
    }
}

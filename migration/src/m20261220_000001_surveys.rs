//! Surveys: a consultation's questionnaires, in sections, with their questions, options and
//! translations; the history of wording fixes; responses online and on paper with their
//! answers; the counters results are read from; and, for anonymous surveys, who answered.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn set_null(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

/// An index named `name` on one column of `table`.
fn index(name: &str, table: impl IntoIden, col: &'static str) -> IndexCreateStatement {
    Index::create()
        .name(name)
        .table(table)
        .col(Alias::new(col))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Survey::Table)
                    .col(big_pk_auto(Survey::Id))
                    .col(big_integer(Survey::ConsultationId))
                    .col(string_len(Survey::Title, 200))
                    .col(text(Survey::Intro))
                    .col(text(Survey::IntroHtml))
                    // The language the facilitator wrote the survey in: the original.
                    .col(string_len(Survey::Language, 10))
                    .col(string_len(Survey::Status, 20))
                    // Open while this round is open; or, without a round, between these times.
                    .col(big_integer_null(Survey::RoundId))
                    .col(timestamp_with_time_zone_null(Survey::OpensAt))
                    .col(timestamp_with_time_zone_null(Survey::ClosesAt))
                    // The stakeholder groups that answer, comma-separated.
                    .col(string_len(Survey::Groups, 100))
                    .col(boolean(Survey::Anonymous).default(false))
                    .col(string_len(Survey::ResultsVisibility, 20))
                    // When the first answer was submitted: from then on, wording fixes only.
                    .col(timestamp_with_time_zone_null(Survey::LockedAt))
                    .col(timestamp_with_time_zone_null(Survey::AnnouncedAt))
                    .col(timestamp_with_time_zone_null(Survey::RemindedAt))
                    .col(big_integer_null(Survey::CreatedBy))
                    .col(timestamp_with_time_zone(Survey::CreatedAt))
                    .col(timestamp_with_time_zone(Survey::UpdatedAt))
                    .foreign_key(&mut cascade(
                        Survey::Table,
                        Survey::ConsultationId,
                        Consultation::Table,
                        Consultation::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Survey::Table,
                        Survey::RoundId,
                        Round::Table,
                        Round::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Survey::Table,
                        Survey::CreatedBy,
                        User::Table,
                        User::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_survey_consultation",
                Survey::Table,
                "consultation_id",
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveySection::Table)
                    .col(big_pk_auto(SurveySection::Id))
                    .col(big_integer(SurveySection::SurveyId))
                    .col(integer(SurveySection::Position))
                    .col(string_len(SurveySection::Title, 200))
                    .col(text(SurveySection::Description))
                    .foreign_key(&mut cascade(
                        SurveySection::Table,
                        SurveySection::SurveyId,
                        Survey::Table,
                        Survey::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_survey_section_survey",
                SurveySection::Table,
                "survey_id",
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyQuestion::Table)
                    .col(big_pk_auto(SurveyQuestion::Id))
                    .col(big_integer(SurveyQuestion::SurveyId))
                    .col(big_integer(SurveyQuestion::SectionId))
                    .col(integer(SurveyQuestion::Position))
                    .col(string_len(SurveyQuestion::Kind, 20))
                    .col(text(SurveyQuestion::Prompt))
                    .col(text(SurveyQuestion::Help))
                    .col(boolean(SurveyQuestion::Required).default(false))
                    // Multiple choice: at most this many options (none: any number).
                    .col(integer_null(SurveyQuestion::MaxChoices))
                    // Scale: the words at its two ends.
                    .col(string_len_null(SurveyQuestion::MinLabel, 100))
                    .col(string_len_null(SurveyQuestion::MaxLabel, 100))
                    // Shown only when the answer to that question includes that option.
                    .col(big_integer_null(SurveyQuestion::ShowIfQuestion))
                    .col(big_integer_null(SurveyQuestion::ShowIfOption))
                    .foreign_key(&mut cascade(
                        SurveyQuestion::Table,
                        SurveyQuestion::SurveyId,
                        Survey::Table,
                        Survey::Id,
                    ))
                    .foreign_key(&mut cascade(
                        SurveyQuestion::Table,
                        SurveyQuestion::SectionId,
                        SurveySection::Table,
                        SurveySection::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_survey_question_survey",
                SurveyQuestion::Table,
                "survey_id",
            ))
            .await?;
        manager
            .create_index(index(
                "idx_survey_question_section",
                SurveyQuestion::Table,
                "section_id",
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyOption::Table)
                    .col(big_pk_auto(SurveyOption::Id))
                    .col(big_integer(SurveyOption::QuestionId))
                    .col(integer(SurveyOption::Position))
                    .col(string_len(SurveyOption::Label, 200))
                    .foreign_key(&mut cascade(
                        SurveyOption::Table,
                        SurveyOption::QuestionId,
                        SurveyQuestion::Table,
                        SurveyQuestion::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_survey_option_question",
                SurveyOption::Table,
                "question_id",
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyTranslation::Table)
                    .col(big_pk_auto(SurveyTranslation::Id))
                    .col(big_integer(SurveyTranslation::SurveyId))
                    .col(string_len(SurveyTranslation::Locale, 10))
                    // What is translated: `title`, `intro`, `section:{id}`, `prompt:{id}`,
                    // `help:{id}`, `min:{id}`, `max:{id}`, `option:{id}`.
                    .col(string_len(SurveyTranslation::Item, 40))
                    .col(text(SurveyTranslation::Text))
                    .foreign_key(&mut cascade(
                        SurveyTranslation::Table,
                        SurveyTranslation::SurveyId,
                        Survey::Table,
                        Survey::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_survey_translation")
                            .col(SurveyTranslation::SurveyId)
                            .col(SurveyTranslation::Locale)
                            .col(SurveyTranslation::Item)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyRevision::Table)
                    .col(big_pk_auto(SurveyRevision::Id))
                    .col(big_integer(SurveyRevision::SurveyId))
                    .col(string_len(SurveyRevision::Item, 40))
                    .col(text(SurveyRevision::Before))
                    .col(text(SurveyRevision::After))
                    .col(big_integer_null(SurveyRevision::EditedBy))
                    .col(timestamp_with_time_zone(SurveyRevision::EditedAt))
                    .foreign_key(&mut cascade(
                        SurveyRevision::Table,
                        SurveyRevision::SurveyId,
                        Survey::Table,
                        Survey::Id,
                    ))
                    .foreign_key(&mut set_null(
                        SurveyRevision::Table,
                        SurveyRevision::EditedBy,
                        User::Table,
                        User::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_survey_revision_survey",
                SurveyRevision::Table,
                "survey_id",
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyResponse::Table)
                    .col(big_pk_auto(SurveyResponse::Id))
                    .col(big_integer(SurveyResponse::SurveyId))
                    // The person answering online; none on paper and once an anonymous
                    // survey's answer is submitted.
                    .col(big_integer_null(SurveyResponse::UserId))
                    .col(string_len(SurveyResponse::Source, 20))
                    .col(string_len(SurveyResponse::Status, 20))
                    .col(string_len(SurveyResponse::StakeholderGroup, 20))
                    // Paper: where and on which day it was filled in, and who typed it in.
                    .col(string_len_null(SurveyResponse::Place, 200))
                    .col(date_null(SurveyResponse::HeldOn))
                    .col(big_integer_null(SurveyResponse::RecordedBy))
                    .col(timestamp_with_time_zone(SurveyResponse::CreatedAt))
                    .col(timestamp_with_time_zone(SurveyResponse::UpdatedAt))
                    .col(timestamp_with_time_zone_null(SurveyResponse::SubmittedAt))
                    .foreign_key(&mut cascade(
                        SurveyResponse::Table,
                        SurveyResponse::SurveyId,
                        Survey::Table,
                        Survey::Id,
                    ))
                    .foreign_key(&mut set_null(
                        SurveyResponse::Table,
                        SurveyResponse::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .foreign_key(&mut set_null(
                        SurveyResponse::Table,
                        SurveyResponse::RecordedBy,
                        User::Table,
                        User::Id,
                    ))
                    // One response per person and survey: two submissions at once store one.
                    .index(
                        Index::create()
                            .name("uq_survey_response_person")
                            .col(SurveyResponse::SurveyId)
                            .col(SurveyResponse::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_survey_response_survey",
                SurveyResponse::Table,
                "survey_id",
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyAnswer::Table)
                    .col(big_pk_auto(SurveyAnswer::Id))
                    .col(big_integer(SurveyAnswer::ResponseId))
                    .col(big_integer(SurveyAnswer::QuestionId))
                    // Choices and rankings: one row per chosen or ranked option.
                    .col(big_integer_null(SurveyAnswer::OptionId))
                    // Scale and number answers.
                    .col(double_null(SurveyAnswer::Number))
                    // Text answers, and dates as `YYYY-MM-DD`.
                    .col(text_null(SurveyAnswer::Text))
                    // Rankings: 1 for the first place.
                    .col(integer_null(SurveyAnswer::Rank))
                    // Text answers a moderator hid, and those a facilitator chose to publish.
                    .col(boolean(SurveyAnswer::Hidden).default(false))
                    .col(boolean(SurveyAnswer::Quoted).default(false))
                    .foreign_key(&mut cascade(
                        SurveyAnswer::Table,
                        SurveyAnswer::ResponseId,
                        SurveyResponse::Table,
                        SurveyResponse::Id,
                    ))
                    .foreign_key(&mut cascade(
                        SurveyAnswer::Table,
                        SurveyAnswer::QuestionId,
                        SurveyQuestion::Table,
                        SurveyQuestion::Id,
                    ))
                    .foreign_key(&mut cascade(
                        SurveyAnswer::Table,
                        SurveyAnswer::OptionId,
                        SurveyOption::Table,
                        SurveyOption::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_survey_answer_response",
                SurveyAnswer::Table,
                "response_id",
            ))
            .await?;
        manager
            .create_index(index(
                "idx_survey_answer_question",
                SurveyAnswer::Table,
                "question_id",
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyTally::Table)
                    .col(big_pk_auto(SurveyTally::Id))
                    .col(big_integer(SurveyTally::SurveyId))
                    // 0 for the survey's own figures (its respondents).
                    .col(big_integer(SurveyTally::QuestionId))
                    // `respondents`, `answered`, `option:{id}`, `value:{n}`, `month:YYYY-MM`.
                    .col(string_len(SurveyTally::Bucket, 40))
                    .col(string_len(SurveyTally::Source, 20))
                    .col(string_len(SurveyTally::StakeholderGroup, 20))
                    .col(big_integer(SurveyTally::Count).default(0))
                    // The sum of scale and number answers, or of ranks, for averages.
                    .col(double(SurveyTally::Total).default(0.0))
                    .foreign_key(&mut cascade(
                        SurveyTally::Table,
                        SurveyTally::SurveyId,
                        Survey::Table,
                        Survey::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_survey_tally")
                            .col(SurveyTally::SurveyId)
                            .col(SurveyTally::QuestionId)
                            .col(SurveyTally::Bucket)
                            .col(SurveyTally::Source)
                            .col(SurveyTally::StakeholderGroup)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyRespondent::Table)
                    .col(big_pk_auto(SurveyRespondent::Id))
                    .col(big_integer(SurveyRespondent::SurveyId))
                    .col(big_integer(SurveyRespondent::UserId))
                    // Only the day: an instant could be matched with the answer's.
                    .col(date(SurveyRespondent::AnsweredOn))
                    .foreign_key(&mut cascade(
                        SurveyRespondent::Table,
                        SurveyRespondent::SurveyId,
                        Survey::Table,
                        Survey::Id,
                    ))
                    .foreign_key(&mut cascade(
                        SurveyRespondent::Table,
                        SurveyRespondent::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .index(
                        Index::create()
                            .name("uq_survey_respondent")
                            .col(SurveyRespondent::SurveyId)
                            .col(SurveyRespondent::UserId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SurveyRespondent::Table.into_iden(),
            SurveyTally::Table.into_iden(),
            SurveyAnswer::Table.into_iden(),
            SurveyResponse::Table.into_iden(),
            SurveyRevision::Table.into_iden(),
            SurveyTranslation::Table.into_iden(),
            SurveyOption::Table.into_iden(),
            SurveyQuestion::Table.into_iden(),
            SurveySection::Table.into_iden(),
            Survey::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Survey {
    Table,
    Id,
    ConsultationId,
    Title,
    Intro,
    IntroHtml,
    Language,
    Status,
    RoundId,
    OpensAt,
    ClosesAt,
    Groups,
    Anonymous,
    ResultsVisibility,
    LockedAt,
    AnnouncedAt,
    RemindedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SurveySection {
    Table,
    Id,
    SurveyId,
    Position,
    Title,
    Description,
}

#[derive(DeriveIden)]
enum SurveyQuestion {
    Table,
    Id,
    SurveyId,
    SectionId,
    Position,
    Kind,
    Prompt,
    Help,
    Required,
    MaxChoices,
    MinLabel,
    MaxLabel,
    ShowIfQuestion,
    ShowIfOption,
}

#[derive(DeriveIden)]
enum SurveyOption {
    Table,
    Id,
    QuestionId,
    Position,
    Label,
}

#[derive(DeriveIden)]
enum SurveyTranslation {
    Table,
    Id,
    SurveyId,
    Locale,
    Item,
    Text,
}

#[derive(DeriveIden)]
enum SurveyRevision {
    Table,
    Id,
    SurveyId,
    Item,
    Before,
    After,
    EditedBy,
    EditedAt,
}

#[derive(DeriveIden)]
enum SurveyResponse {
    Table,
    Id,
    SurveyId,
    UserId,
    Source,
    Status,
    StakeholderGroup,
    Place,
    HeldOn,
    RecordedBy,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum SurveyAnswer {
    Table,
    Id,
    ResponseId,
    QuestionId,
    OptionId,
    Number,
    Text,
    Rank,
    Hidden,
    Quoted,
}

#[derive(DeriveIden)]
enum SurveyTally {
    Table,
    Id,
    SurveyId,
    QuestionId,
    Bucket,
    Source,
    StakeholderGroup,
    Count,
    Total,
}

#[derive(DeriveIden)]
enum SurveyRespondent {
    Table,
    Id,
    SurveyId,
    UserId,
    AnsweredOn,
}

#[derive(DeriveIden)]
enum Consultation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Round {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}

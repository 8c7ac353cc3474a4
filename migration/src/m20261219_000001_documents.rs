//! Documents attached to consultations, meetings, commitments, organisations and the acts of
//! co-design procedures: what each file is called and what it is (sniffed from its content);
//! the bytes themselves live under the data folder, named by their SHA-256.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Document::Table)
                    .col(big_pk_auto(Document::Id))
                    // No foreign key on the parent: it is one of several tables.
                    .col(string_len(Document::ParentKind, 30))
                    .col(big_integer(Document::ParentId))
                    .col(string_len(Document::Name, 200))
                    .col(string_len(Document::ContentType, 100))
                    .col(big_integer(Document::SizeBytes))
                    .col(string_len(Document::Sha256, 64))
                    .col(string_len_null(Document::Title, 200))
                    .col(big_integer_null(Document::UploadedBy))
                    .col(timestamp_with_time_zone(Document::CreatedAt))
                    .col(timestamp_with_time_zone_null(Document::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Document::Table, Document::UploadedBy)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_parent")
                    .table(Document::Table)
                    .col(Document::ParentKind)
                    .col(Document::ParentId)
                    .to_owned(),
            )
            .await?;
        // Whether a file is still used by another row, when one is removed.
        manager
            .create_index(
                Index::create()
                    .name("idx_document_sha256")
                    .table(Document::Table)
                    .col(Document::Sha256)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Document::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Document {
    Table,
    Id,
    ParentKind,
    ParentId,
    Name,
    ContentType,
    SizeBytes,
    Sha256,
    Title,
    UploadedBy,
    CreatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}

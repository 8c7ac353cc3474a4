use sea_orm::entity::prelude::*;

/// A meeting of a consultation, in person and/or online. Optional texts are empty when unset.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i64,
    pub round_id: Option<i64>,
    pub title: String,
    /// Markdown, and its sanitised HTML.
    pub description: String,
    pub description_html: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub address: String,
    /// How to get there.
    pub directions: String,
    pub venue_accessibility: String,
    pub online_url: String,
    /// The languages spoken, as the facilitator wrote them.
    pub languages: String,
    /// The interpretation offered, as the facilitator wrote it.
    pub interpretation: String,
    pub childcare: bool,
    /// None: no limit.
    pub capacity: Option<i32>,
    pub registration_required: bool,
    pub registration_deadline: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    pub cancel_reason: Option<String>,
    /// The minutes (Markdown, and its sanitised HTML); empty until written.
    pub minutes: String,
    pub minutes_html: String,
    /// When the minutes were made public; none while they are a draft.
    pub minutes_published_at: Option<DateTimeUtc>,
    /// When attendance was last recorded; none before.
    pub attendance_recorded_at: Option<DateTimeUtc>,
    /// When the day-before reminder went out; none before.
    pub reminded_at: Option<DateTimeUtc>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::consultation::Entity",
        from = "Column::ConsultationId",
        to = "super::consultation::Column::Id",
        on_delete = "Cascade"
    )]
    Consultation,
    #[sea_orm(has_many = "super::meeting_registration::Entity")]
    Registration,
}

impl Related<super::consultation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Consultation.def()
    }
}

impl Related<super::meeting_registration::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Registration.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

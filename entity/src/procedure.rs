use sea_orm::entity::prelude::*;

/// A formal co-design procedure (art. 55 D.Lgs. 117/2017), run within a consultation whose
/// facilitators manage it. The notice's sections are Markdown fields; where the procedure
/// stands is told by its dates. `slug` is its address (`/procedures/{slug}`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "procedure")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub consultation_id: i64,
    pub title: String,
    /// Purposes and object of the co-design.
    pub purposes: String,
    /// The economic frame: budget and where it comes from.
    pub economic_frame: String,
    /// How long the partnership lasts.
    pub duration: String,
    /// How to apply (the deadline is `applications_close_at`).
    pub how_to_apply: String,
    /// No application is accepted from this instant on; at least 20 days after publication.
    pub applications_close_at: DateTimeUtc,
    /// Whether other parties may join as supporters or funders, and on what terms.
    pub supporters_allowed: bool,
    pub supporters_note: String,
    /// Participation requirements.
    pub requirements: String,
    /// Whether the selected entities will also run the service.
    pub runs_service: bool,
    /// The organisation kinds that may apply, comma-separated (`third_sector,other`).
    pub admitted_kinds: String,
    pub published_at: Option<DateTimeUtc>,
    /// When the admitted and excluded applications were decided and made public.
    pub admission_published_at: Option<DateTimeUtc>,
    /// When project proposals stopped being received and the commission began scoring.
    pub evaluation_opened_at: Option<DateTimeUtc>,
    /// When the scores, totals and ranking were made public.
    pub evaluation_published_at: Option<DateTimeUtc>,
    pub agreement_signed_at: Option<DateTimeUtc>,
    pub agreement_note: String,
    pub closed_at: Option<DateTimeUtc>,
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
}

impl Related<super::consultation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Consultation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

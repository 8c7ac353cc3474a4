//! A consultation's own content: title, address (slug), summary, body, themes, visibility,
//! and its life from draft to published to archived.

use chrono::{DateTime, Utc};
use entity::{ConsultationStatus, Visibility, consultation, theme};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, SqlErr,
};
use serde::Deserialize;
use serde_json::json;

use crate::{
    audit,
    crypto::sha256_hex,
    markdown,
    web::{FormErrors, TextKind, one_line},
};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_SUMMARY_CHARS: usize = 500;
pub const MAX_BODY_CHARS: usize = 50_000;
pub const MAX_THEMES: usize = 12;
pub const MAX_THEME_CHARS: usize = 60;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ConsultationForm {
    pub title: String,
    /// Empty: made from the title.
    pub slug: String,
    pub summary: String,
    pub body: String,
    /// Separated by commas (`THEME_SEPARATORS`).
    pub themes: String,
    pub visibility: String,
}

impl ConsultationForm {
    pub fn blank() -> Self {
        Self {
            visibility: "public".to_owned(),
            ..Default::default()
        }
    }

    pub fn from_model(consultation: &consultation::Model, themes: &[theme::Model]) -> Self {
        Self {
            title: consultation.title.clone(),
            slug: consultation.slug.clone(),
            summary: consultation.summary.clone(),
            body: consultation.body.clone(),
            themes: themes
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            visibility: match consultation.visibility {
                Visibility::Public => "public",
                Visibility::InviteOnly => "invite_only",
            }
            .to_owned(),
        }
    }
}

/// A consultation's content, checked.
pub struct Content {
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub body: String,
    pub themes: Vec<String>,
    pub visibility: Visibility,
}

/// Lower-case letters, digits and hyphens, as in `/consultations/casa-e-lavoro`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.to_lowercase().chars() {
        let mapped = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if mapped != '-' || !slug.ends_with('-') {
            slug.push(mapped);
        }
    }
    slug.trim_matches('-')
        .chars()
        .take(80)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

/// The address made from a title: its Latin letters and digits, or, for a title written in
/// another script (Arabic, Chinese, Cyrillic…), `c-` and eight hex digits of its hash, the
/// same for the same title.
fn slug_for(title: &str) -> String {
    let slug = slugify(title);
    if valid_slug(&slug) || title.is_empty() {
        slug
    } else {
        format!("c-{}", &sha256_hex(title)[..8])
    }
}

fn valid_slug(slug: &str) -> bool {
    (3..=80).contains(&slug.len())
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        // `new` is the address of the creation form.
        && slug != "new"
}

pub fn parse(form: &ConsultationForm) -> Result<Content, FormErrors> {
    let mut errors = FormErrors::new();
    for (field, input, kind) in [
        ("title", &form.title, TextKind::Line),
        ("slug", &form.slug, TextKind::Line),
        ("summary", &form.summary, TextKind::Long),
        ("body", &form.body, TextKind::Long),
        ("themes", &form.themes, TextKind::Long),
    ] {
        errors.refuse_control_characters(field, input, kind);
    }
    let title = one_line(&form.title);
    if title.is_empty() {
        errors.add("title", "error-title-required");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("title", "error-title-long");
    }
    let slug = if form.slug.trim().is_empty() {
        slug_for(&title)
    } else {
        form.slug.trim().to_lowercase()
    };
    if !errors.has("title") && !valid_slug(&slug) {
        errors.add("slug", "error-slug-invalid");
    }
    let summary = form.summary.trim().to_owned();
    if summary.is_empty() {
        errors.add("summary", "error-summary-required");
    } else if summary.chars().count() > MAX_SUMMARY_CHARS {
        errors.add("summary", "error-summary-long");
    }
    let body = form.body.trim().to_owned();
    if body.chars().count() > MAX_BODY_CHARS {
        errors.add("body", "error-body-long");
    } else if let Some(refusal) = markdown::refusal(&body) {
        errors.add("body", refusal);
    }
    let mut themes: Vec<String> = Vec::new();
    for name in form.themes.split(THEME_SEPARATORS).map(one_line) {
        if !name.is_empty() && !themes.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
            themes.push(name);
        }
    }
    if themes.len() > MAX_THEMES || themes.iter().any(|t| t.chars().count() > MAX_THEME_CHARS) {
        errors.add("themes", "error-themes-too-many");
    }
    let visibility = match form.visibility.as_str() {
        "public" => Some(Visibility::Public),
        "invite_only" => Some(Visibility::InviteOnly),
        _ => {
            errors.add("visibility", "error-visibility-required");
            None
        }
    };
    errors.into_result()?;
    Ok(Content {
        title,
        slug,
        summary,
        body,
        themes,
        visibility: visibility.unwrap_or(Visibility::Public),
    })
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the address is taken")]
    SlugTaken,
    #[error(transparent)]
    Database(#[from] DbErr),
}

fn slug_taken(error: DbErr) -> SaveError {
    match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => SaveError::SlugTaken,
        _ => SaveError::Database(error),
    }
}

pub async fn themes(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<theme::Model>, DbErr> {
    theme::Entity::find()
        .filter(theme::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(theme::Column::Position)
        .all(db)
        .await
}

async fn replace_themes(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    names: &[String],
) -> Result<(), DbErr> {
    theme::Entity::delete_many()
        .filter(theme::Column::ConsultationId.eq(consultation_id))
        .exec(db)
        .await?;
    for (position, name) in names.iter().enumerate() {
        theme::ActiveModel {
            consultation_id: Set(consultation_id),
            name: Set(name.clone()),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// What separates themes in the form: the Latin comma, and the commas Arabic (`،`) and
/// Chinese (`，`, `、`) keyboards type.
const THEME_SEPARATORS: [char; 4] = [',', '\u{060C}', '\u{FF0C}', '\u{3001}'];

fn snapshot(c: &consultation::Model, themes: &[String]) -> serde_json::Value {
    json!({
        "title": c.title, "slug": c.slug, "summary": c.summary, "visibility": c.visibility,
        "status": c.status, "themes": themes,
    })
}

pub async fn create(
    db: &impl ConnectionTrait,
    content: Content,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<consultation::Model, SaveError> {
    let (body, body_html) = markdown::stored(content.body).await;
    let created = consultation::ActiveModel {
        slug: Set(content.slug),
        title: Set(content.title),
        summary: Set(content.summary),
        body,
        body_html,
        status: Set(ConsultationStatus::Draft),
        visibility: Set(content.visibility),
        created_by: Set(Some(actor_id)),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(None),
        export_names: Set(false),
        outcomes_published_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(slug_taken)?;
    replace_themes(db, created.id, &content.themes).await?;
    let details = json!({ "after": snapshot(&created, &content.themes) });
    record(db, actor_id, "consultation.created", &created, details, now).await?;
    Ok(created)
}

pub async fn update(
    db: &impl ConnectionTrait,
    before: &consultation::Model,
    content: Content,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<consultation::Model, SaveError> {
    let old_themes: Vec<String> = themes(db, before.id)
        .await?
        .into_iter()
        .map(|t| t.name)
        .collect();
    let (body, body_html) = markdown::stored(content.body).await;
    let updated = consultation::ActiveModel {
        id: Set(before.id),
        slug: Set(content.slug),
        title: Set(content.title),
        summary: Set(content.summary),
        body,
        body_html,
        visibility: Set(content.visibility),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await
    .map_err(slug_taken)?;
    replace_themes(db, before.id, &content.themes).await?;
    let details = json!({ "before": snapshot(before, &old_themes), "after": snapshot(&updated, &content.themes) });
    record(db, actor_id, "consultation.updated", &updated, details, now).await?;
    Ok(updated)
}

/// Moves a consultation to `status` (publish, archive, back to draft).
pub async fn set_status(
    db: &impl ConnectionTrait,
    consultation: &consultation::Model,
    status: ConsultationStatus,
    actor_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut change = consultation::ActiveModel {
        id: Set(consultation.id),
        status: Set(status),
        updated_at: Set(now),
        ..Default::default()
    };
    if status == ConsultationStatus::Published && consultation.published_at.is_none() {
        change.published_at = Set(Some(now));
    }
    change.update(db).await?;
    let action = match status {
        ConsultationStatus::Draft => "consultation.unpublished",
        ConsultationStatus::Published => "consultation.published",
        ConsultationStatus::Archived => "consultation.archived",
    };
    let details = json!({ "before": consultation.status, "after": status });
    record(db, actor_id, action, consultation, details, now).await
}

async fn record(
    db: &impl ConnectionTrait,
    actor_id: i64,
    action: &str,
    consultation: &consultation::Model,
    details: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit::record(
        db,
        audit::Entry {
            actor_id: Some(actor_id),
            action,
            object_type: "consultation",
            object_id: Some(consultation.id),
            consultation_id: Some(consultation.id),
            details,
        },
        now,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_made_from_titles() {
        assert_eq!(
            slugify("Casa e lavoro: proposte per Prato!"),
            "casa-e-lavoro-proposte-per-prato"
        );
        assert_eq!(slugify("Città più accessibili"), "citta-piu-accessibili");
        assert!(valid_slug(&slugify("Città più accessibili")));
        assert!(!valid_slug("new"));
        assert!(!valid_slug("a"));
        assert!(!valid_slug("Upper-Case"));
    }

    #[test]
    fn a_title_in_another_script_gets_an_address_of_its_own() {
        let arabic = slug_for("خدمات الاستقبال");
        assert!(arabic.starts_with("c-") && arabic.len() == 10, "{arabic}");
        assert!(valid_slug(&arabic));
        assert_eq!(
            arabic,
            slug_for("خدمات الاستقبال"),
            "the same title, the same address"
        );
        assert_ne!(arabic, slug_for("接待服务"));
        assert!(valid_slug(&slug_for("接待服务")) && valid_slug(&slug_for("Житло")));
        // Latin titles keep their readable address; a title too short for one gets a hash.
        assert_eq!(slug_for("Casa e lavoro"), "casa-e-lavoro");
        assert!(slug_for("Sì").starts_with("c-"));
    }

    #[test]
    fn themes_are_separated_by_the_comma_of_any_script() {
        let form = ConsultationForm {
            title: "Servizi".to_owned(),
            summary: "Per tutti".to_owned(),
            visibility: "public".to_owned(),
            themes: "Casa, lavoro،السكن، العمل，住房、工作 ,casa".to_owned(),
            ..Default::default()
        };
        let content = parse(&form).expect("a valid form");
        assert_eq!(
            content.themes,
            ["Casa", "lavoro", "السكن", "العمل", "住房", "工作"]
        );
    }
}

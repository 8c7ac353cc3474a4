//! The documents of a parent as its page lists them (`templates/documents/list.html`): name,
//! kind, size, date, and for those who manage the parent the upload form and a remove link.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{Code, DocumentParent, document};
use sea_orm::{ConnectionTrait, DbErr};

use super::{sniff, store};
use crate::{
    i18n::Locale,
    web::{AppState, FormErrors, urlencode},
};

/// One document in a list.
pub struct DocumentItem {
    pub id: i64,
    pub name: String,
    pub title: Option<String>,
    /// The kind as people know it: `PDF`, `ODT`, `PNG`.
    pub kind: String,
    pub size: String,
    pub date: String,
    pub date_machine: String,
    /// Where it is downloaded.
    pub href: String,
}

/// What the partial shows.
pub struct DocumentList {
    pub items: Vec<DocumentItem>,
    /// Shows the upload form and the remove links.
    pub can_manage: bool,
    pub parent_kind: &'static str,
    pub parent_id: i64,
    /// `TAVOLO_MAX_UPLOAD_MB`, for the form's hint.
    pub max_mb: i64,
    /// The kinds taken, for the form's hint.
    pub kinds: String,
    /// The form in a list has no errors (they are shown on the upload page).
    pub no_errors: FormErrors,
}

impl DocumentList {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// How a page shows documents.
#[derive(Clone, Copy)]
pub struct Presentation {
    pub locale: Locale,
    pub zone: Tz,
    pub max_mb: u32,
}

impl Presentation {
    pub fn new(state: &AppState, locale: Locale) -> Self {
        Self {
            locale,
            zone: state.config.timezone,
            max_mb: state.config.max_upload_mb,
        }
    }
}

/// The list of the documents of `kind`/`parent_id`, for a visitor who may see the parent.
pub async fn for_parent(
    db: &impl ConnectionTrait,
    (kind, parent_id): (DocumentParent, i64),
    can_manage: bool,
    shown: Presentation,
) -> Result<DocumentList, DbErr> {
    let documents = store::of_parent(db, kind, parent_id).await?;
    Ok(list((kind, parent_id), can_manage, &documents, shown))
}

/// The lists of several parents of one kind (`(id, can_manage)`), in their order, read in
/// one statement: for pages that show a list per row (the applications of a procedure).
pub async fn for_parents(
    db: &impl ConnectionTrait,
    kind: DocumentParent,
    parents: &[(i64, bool)],
    shown: Presentation,
) -> Result<Vec<DocumentList>, DbErr> {
    let documents = store::of_parents(db, kind, parents.iter().map(|(id, _)| *id)).await?;
    Ok(parents
        .iter()
        .map(|&(parent_id, can_manage)| {
            let mine: Vec<document::Model> = documents
                .iter()
                .filter(|d| d.parent_id == parent_id)
                .cloned()
                .collect();
            list((kind, parent_id), can_manage, &mine, shown)
        })
        .collect())
}

fn list(
    (kind, parent_id): (DocumentParent, i64),
    can_manage: bool,
    documents: &[document::Model],
    shown: Presentation,
) -> DocumentList {
    DocumentList {
        items: documents.iter().map(|d| item(d, shown)).collect(),
        can_manage,
        parent_kind: kind.code(),
        parent_id,
        max_mb: i64::from(shown.max_mb),
        kinds: sniff::labels(),
        no_errors: FormErrors::new(),
    }
}

/// Where a document is downloaded: the id decides, the name is for people and browsers.
pub fn href(id: i64, name: &str) -> String {
    format!("/documents/{id}/{}", urlencode(name))
}

fn item(document: &document::Model, shown: Presentation) -> DocumentItem {
    DocumentItem {
        id: document.id,
        href: href(document.id, &document.name),
        name: document.name.clone(),
        title: document.title.clone(),
        kind: sniff::by_content_type(&document.content_type)
            .map_or_else(|| "?".to_owned(), |k| k.extension.to_uppercase()),
        size: size(document.size_bytes, shown.locale),
        date: day(document.created_at, shown),
        date_machine: document.created_at.format("%Y-%m-%d").to_string(),
    }
}

fn day(at: DateTime<Utc>, shown: Presentation) -> String {
    shown
        .locale
        .date(at.with_timezone(&shown.zone).date_naive())
}

/// `12 kB`, `2,35 MB` in the page's language.
pub fn size(bytes: i64, locale: Locale) -> String {
    const MB: i64 = 1024 * 1024;
    if bytes < MB {
        let kb = (bytes + 1023) / 1024;
        locale.t_arg("document-size-kb", "size", &locale.number(kb.max(1)))
    } else {
        let hundredths = (bytes * 100 + MB / 2) / MB;
        locale.t_arg("document-size-mb", "size", &locale.hundredths(hundredths))
    }
}

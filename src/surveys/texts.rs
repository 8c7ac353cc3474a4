//! A survey's text in the reader's language, with the original available: facilitators may
//! translate every piece of a survey (`survey_translation`); a reader whose language has a
//! translation sees it, and may ask for the original. Pieces are named by item:
//! `title`, `intro`, `section:{id}`, `prompt:{id}`, `help:{id}`, `min:{id}`, `max:{id}`,
//! `option:{id}`.

use std::collections::HashMap;

use entity::{survey, survey_translation};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

pub const TITLE: &str = "title";
pub const INTRO: &str = "intro";

pub fn section(id: i64) -> String {
    format!("section:{id}")
}

pub fn prompt(id: i64) -> String {
    format!("prompt:{id}")
}

pub fn help(id: i64) -> String {
    format!("help:{id}")
}

pub fn min_label(id: i64) -> String {
    format!("min:{id}")
}

pub fn max_label(id: i64) -> String {
    format!("max:{id}")
}

pub fn option(id: i64) -> String {
    format!("option:{id}")
}

/// The pieces of one survey in one language.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    translated: HashMap<String, String>,
    /// The language shown where a piece is translated.
    pub locale: String,
    /// The language the survey was written in.
    pub original_language: String,
    /// Whether a translation exists in `locale` that the reader is not reading (they asked
    /// for the original).
    pub original_requested: bool,
    /// Whether `locale` has any translation at all.
    pub has_translation: bool,
}

impl Texts {
    /// The survey's text for a reader of `locale`; the original only when `original` is set
    /// or the survey was written in that language.
    pub async fn load(
        db: &impl ConnectionTrait,
        survey: &survey::Model,
        locale: &str,
        original: bool,
    ) -> Result<Self, DbErr> {
        let mut texts = Self {
            locale: locale.to_owned(),
            original_language: survey.language.clone(),
            ..Self::default()
        };
        if locale == survey.language {
            return Ok(texts);
        }
        let rows = survey_translation::Entity::find()
            .filter(survey_translation::Column::SurveyId.eq(survey.id))
            .filter(survey_translation::Column::Locale.eq(locale))
            .all(db)
            .await?;
        texts.has_translation = !rows.is_empty();
        if original {
            texts.original_requested = texts.has_translation;
            return Ok(texts);
        }
        texts.translated = rows.into_iter().map(|r| (r.item, r.text)).collect();
        Ok(texts)
    }

    /// The original text, whatever the reader's language.
    pub fn original(survey: &survey::Model) -> Self {
        Self {
            locale: survey.language.clone(),
            original_language: survey.language.clone(),
            ..Self::default()
        }
    }

    /// The piece `item` as the reader sees it; `original` when it has no translation.
    pub fn get<'a>(&'a self, item: &str, original: &'a str) -> &'a str {
        self.translated
            .get(item)
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(original)
    }

    /// The language of the piece `item` as shown, for its `lang` attribute.
    pub fn lang(&self, item: &str) -> &str {
        if self.translated.contains_key(item) {
            &self.locale
        } else {
            &self.original_language
        }
    }

    /// Whether what the reader sees is (at least partly) a translation.
    pub fn is_translation(&self) -> bool {
        !self.translated.is_empty()
    }
}

/// The languages the survey can be read in: its original first, then every language with a
/// translation.
pub async fn languages(
    db: &impl ConnectionTrait,
    survey: &survey::Model,
) -> Result<Vec<String>, DbErr> {
    let mut languages = vec![survey.language.clone()];
    let translated: Vec<String> = survey_translation::Entity::find()
        .select_only()
        .column(survey_translation::Column::Locale)
        .distinct()
        .filter(survey_translation::Column::SurveyId.eq(survey.id))
        .order_by_asc(survey_translation::Column::Locale)
        .into_tuple()
        .all(db)
        .await?;
    languages.extend(translated.into_iter().filter(|l| *l != survey.language));
    Ok(languages)
}

//! `/manage/surveys/{id}/print?lang=xx`: the questionnaire to print, in the survey's
//! language or one of its translations: a page per section, boxes to tick, lines to write
//! on, what is required and when a question is asked written in words.

use askama::Template;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::{Piece, SectionView, piece, sections};
use crate::{
    i18n::Locale,
    policy::Action,
    surveys::{
        results::load,
        texts::{self, Texts},
    },
    web::{AppError, AppResult, AppState, Page, PageCtx},
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PrintQuery {
    lang: String,
}

#[derive(Template)]
#[template(path = "surveys/print.html")]
pub struct PrintPage {
    ctx: PageCtx,
    survey_id: i64,
    /// The printed language, and the interface language its labels are written in.
    lang: String,
    words: Locale,
    languages: Vec<String>,
    title: Piece,
    intro: Piece,
    sections: Vec<SectionView>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(query): Query<PrintQuery>,
) -> AppResult<Page<PrintPage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let survey = &loaded.structure.survey;
    let languages = texts::languages(&state.db, survey).await?;
    let lang = if query.lang.is_empty() {
        survey.language.clone()
    } else {
        query.lang.clone()
    };
    if !languages.contains(&lang) {
        return Err(AppError::NotFound);
    }
    let texts = if lang == survey.language {
        Texts::original(survey)
    } else {
        Texts::load(&state.db, survey, &lang, false).await?
    };
    let words = Locale::find(&lang).unwrap_or(ctx.locale);
    Ok(Page::ok(PrintPage {
        survey_id: id,
        title: piece(&texts, texts::TITLE, &survey.title),
        intro: piece(&texts, texts::INTRO, &survey.intro),
        sections: sections(&loaded.structure, &texts, &words),
        lang,
        words,
        languages,
        ctx,
    }))
}

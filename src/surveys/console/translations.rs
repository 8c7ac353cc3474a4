//! `/manage/surveys/{id}/translations/{locale}`: a survey's text in another language, one
//! field per piece beside the original. An empty field removes that piece's translation;
//! readers then see the original there.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{QuestionKind, survey_translation};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::{
    audit::{self, Entry},
    db,
    i18n::Locale,
    policy::Action,
    surveys::{model::Structure, results::load, store, texts},
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

const MAX_CHARS: usize = 20_000;

/// One translatable piece: its item, the original and the translation so far.
pub struct Piece {
    pub item: String,
    pub original: String,
    pub text: String,
    pub long: bool,
    pub too_long: bool,
}

#[derive(Template)]
#[template(path = "surveys/console_translate.html")]
pub struct TranslatePage {
    ctx: PageCtx,
    survey_id: i64,
    title: String,
    locale: &'static str,
    language: String,
    original_language: String,
    pieces: Vec<Piece>,
    invalid: bool,
}

/// Every piece of the survey's text that can be translated, in reading order.
fn pieces(structure: &Structure) -> Vec<(String, String, bool)> {
    let survey = &structure.survey;
    let mut pieces = vec![
        (texts::TITLE.to_owned(), survey.title.clone(), false),
        (texts::INTRO.to_owned(), survey.intro.clone(), true),
    ];
    for section in &structure.sections {
        if !section.model.title.is_empty() {
            pieces.push((
                texts::section(section.model.id),
                section.model.title.clone(),
                false,
            ));
        }
        for q in &section.questions {
            let id = q.id();
            pieces.push((texts::prompt(id), q.model.prompt.clone(), true));
            if !q.model.help.is_empty() {
                pieces.push((texts::help(id), q.model.help.clone(), true));
            }
            if q.kind() == QuestionKind::Scale {
                for (item, label) in [
                    (texts::min_label(id), &q.model.min_label),
                    (texts::max_label(id), &q.model.max_label),
                ] {
                    if let Some(label) = label {
                        pieces.push((item, label.clone(), false));
                    }
                }
            }
            for option in &q.options {
                pieces.push((texts::option(option.id), option.label.clone(), false));
            }
        }
    }
    pieces.retain(|(_, original, _)| !original.trim().is_empty());
    pieces
}

fn language(structure: &Structure, code: &str) -> AppResult<Locale> {
    Locale::find(code)
        .filter(|l| l.code() != structure.survey.language)
        .ok_or(AppError::NotFound)
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((id, code)): Path<(i64, String)>,
) -> AppResult<Page<TranslatePage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let locale = language(&loaded.structure, &code)?;
    let saved = survey_translation::Entity::find()
        .filter(survey_translation::Column::SurveyId.eq(id))
        .filter(survey_translation::Column::Locale.eq(locale.code()))
        .all(&state.db)
        .await?;
    let pieces = pieces(&loaded.structure)
        .into_iter()
        .map(|(item, original, long)| Piece {
            text: saved
                .iter()
                .find(|t| t.item == item)
                .map(|t| t.text.clone())
                .unwrap_or_default(),
            item,
            original,
            long,
            too_long: false,
        })
        .collect();
    Ok(Page::ok(TranslatePage {
        survey_id: id,
        title: loaded.structure.survey.title.clone(),
        locale: locale.code(),
        language: locale.language().name.clone(),
        original_language: loaded.structure.survey.language.clone(),
        pieces,
        invalid: false,
        ctx,
    }))
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((id, code)): Path<(i64, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = load(&state, id, Some(&user), Action::ManageSurveys).await?;
    let locale = language(&loaded.structure, &code)?;
    let given = |item: &str| {
        fields
            .iter()
            .find(|(name, _)| name == item)
            .map(|(_, v)| v.trim().replace("\r\n", "\n"))
            .unwrap_or_default()
    };
    let pieces: Vec<Piece> = pieces(&loaded.structure)
        .into_iter()
        .map(|(item, original, long)| {
            let text = given(&item);
            let too_long = text.chars().count() > MAX_CHARS
                || text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t');
            Piece {
                item,
                original,
                text,
                long,
                too_long,
            }
        })
        .collect();
    if pieces.iter().any(|p| p.too_long) {
        let page = TranslatePage {
            survey_id: id,
            title: loaded.structure.survey.title.clone(),
            locale: locale.code(),
            language: locale.language().name.clone(),
            original_language: loaded.structure.survey.language.clone(),
            pieces,
            invalid: true,
            ctx,
        };
        return Ok(Page::invalid(page).into_response());
    }
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    survey_translation::Entity::delete_many()
        .filter(survey_translation::Column::SurveyId.eq(id))
        .filter(survey_translation::Column::Locale.eq(locale.code()))
        .exec(&tx)
        .await?;
    let rows: Vec<survey_translation::ActiveModel> = pieces
        .iter()
        .filter(|p| !p.text.is_empty())
        .map(|p| survey_translation::ActiveModel {
            survey_id: sea_orm::Set(id),
            locale: sea_orm::Set(locale.code().to_owned()),
            item: sea_orm::Set(p.item.clone()),
            text: sea_orm::Set(p.text.clone()),
            ..Default::default()
        })
        .collect();
    let translated = rows.len();
    if !rows.is_empty() {
        survey_translation::Entity::insert_many(rows)
            .exec(&tx)
            .await?;
    }
    audit::record(
        &tx,
        Entry {
            actor_id: Some(user.id),
            action: "survey.translated",
            object_type: "survey",
            object_id: Some(id),
            consultation_id: Some(loaded.access.consultation.id),
            details: json!({ "locale": locale.code(), "pieces": translated }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("survey-console-flash-saved").await?;
    Ok(see_other(&format!("/manage/surveys/{id}")))
}

//! Changing a survey after it was made: its settings, its questions, deleting a question.
//! Once the first answer has arrived (`locked_at`), only wording may change: a fix to a
//! title, an introduction, a prompt, a help text, a scale's end or an option's label, each
//! kept in the history (`survey_revision`); anything that would change what an answer
//! means is refused at its field. Callers hold the survey (`store::lock`) for the
//! transaction, so an answer cannot slip in between the check and the change.

use chrono::{DateTime, Utc};
use entity::{survey, survey_option, survey_question, survey_revision};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, Set,
};

use super::{
    build::{self, NewQuestion, Settings, groups_code},
    model::{Structure, takes_options},
    texts,
};
use crate::{markdown, web::FormErrors};

/// The Fluent key for a change refused because the survey has answers.
pub const LOCKED: &str = "survey-locked-field";

/// A field and the Fluent key of its problem.
pub type Problem = (&'static str, &'static str);

/// Records a wording fix.
pub async fn revise(
    db: &impl ConnectionTrait,
    survey_id: i64,
    (item, before, after): (String, &str, &str),
    editor: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if before == after {
        return Ok(());
    }
    survey_revision::ActiveModel {
        survey_id: Set(survey_id),
        item: Set(item),
        before: Set(before.to_owned()),
        after: Set(after.to_owned()),
        edited_by: Set(Some(editor)),
        edited_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Saves new settings. After the first answer, the groups, anonymity, the round, the
/// language and the opening time stay as they are, and the closing time may only move
/// later (and not into the past).
pub async fn save_settings(
    db: &impl ConnectionTrait,
    survey: survey::Model,
    settings: Settings,
    editor: i64,
    now: DateTime<Utc>,
) -> Result<Result<(), FormErrors>, DbErr> {
    if survey.locked_at.is_some() {
        let mut errors = FormErrors::new();
        if groups_code(&settings.groups) != survey.groups {
            errors.add("group_beneficiary", LOCKED);
        }
        if settings.anonymous != survey.anonymous {
            errors.add("anonymous", LOCKED);
        }
        if settings.round_id != survey.round_id {
            errors.add("round", LOCKED);
        }
        if settings.language != survey.language {
            errors.add("language", LOCKED);
        }
        if survey.round_id.is_none() && settings.opens_at != survey.opens_at {
            errors.add("opens_at", LOCKED);
        }
        if let (Some(before), Some(after)) = (survey.closes_at, settings.closes_at)
            && after < before
            && after < now
        {
            errors.add("closes_at", "survey-locked-closes");
        }
        if let Err(errors) = errors.into_result() {
            return Ok(Err(errors));
        }
        revise(
            db,
            survey.id,
            (texts::TITLE.to_owned(), &survey.title, &settings.title),
            editor,
            now,
        )
        .await?;
        revise(
            db,
            survey.id,
            (texts::INTRO.to_owned(), &survey.intro, &settings.intro),
            editor,
            now,
        )
        .await?;
    }
    let (intro, intro_html) = markdown::stored(settings.intro).await;
    let mut model = survey.into_active_model();
    model.title = Set(settings.title);
    model.intro = intro;
    model.intro_html = intro_html;
    model.language = Set(settings.language);
    model.round_id = Set(settings.round_id);
    model.opens_at = Set(settings.opens_at);
    model.closes_at = Set(settings.closes_at);
    model.groups = Set(groups_code(&settings.groups));
    model.anonymous = Set(settings.anonymous);
    model.results_visibility = Set(settings.results_visibility);
    model.updated_at = Set(now);
    model.update(db).await?;
    Ok(Ok(()))
}

/// Whether a question other than `id` shows only after an answer to `id`.
fn depended_on(structure: &Structure, id: i64) -> bool {
    structure
        .questions()
        .any(|q| q.model.show_if_question == Some(id))
}

/// Changes question `id` of `structure` as `changed` says.
pub async fn update_question(
    db: &impl ConnectionTrait,
    structure: &Structure,
    id: i64,
    mut changed: NewQuestion,
    editor: i64,
    now: DateTime<Utc>,
) -> Result<Result<(), Problem>, DbErr> {
    let Some(question) = structure.question(id) else {
        return Ok(Err(("prompt", "survey-build-no-question")));
    };
    // A question stays in its section: moving it could break conditions.
    changed.section_id = question.model.section_id;
    let labels: Vec<String> = changed
        .options
        .iter()
        .map(|o| o.trim().to_owned())
        .filter(|o| !o.is_empty())
        .collect();
    let condition = changed.show_if.and_then(|(on, position)| {
        structure
            .question(on)
            .and_then(|q| q.options.get(position))
            .map(|o| (on, o.id))
    });
    let same_condition = condition
        == question
            .model
            .show_if_question
            .zip(question.model.show_if_option);
    if structure.survey.locked_at.is_some() {
        let refused = if changed.kind != question.kind() {
            Some("kind")
        } else if changed.required != question.model.required {
            Some("required")
        } else if labels.len() != question.options.len() {
            Some("options")
        } else if changed.max_choices != question.model.max_choices {
            Some("max_choices")
        } else if !same_condition {
            Some("show_if")
        } else {
            None
        };
        if let Some(field) = refused {
            return Ok(Err((field, LOCKED)));
        }
    } else if let Some(problem) = build::problem(structure, &changed) {
        return Ok(Err(problem));
    }
    let options_change = !takes_options(changed.kind) && !question.options.is_empty()
        || takes_options(changed.kind) && labels.len() != question.options.len();
    if options_change && depended_on(structure, id) {
        return Ok(Err(("options", "survey-build-depended-on")));
    }
    if structure.survey.locked_at.is_some() {
        let pieces = [
            (
                texts::prompt(id),
                &question.model.prompt,
                changed.prompt.trim(),
            ),
            (texts::help(id), &question.model.help, changed.help.trim()),
        ];
        for (item, before, after) in pieces {
            revise(db, structure.survey.id, (item, before, after), editor, now).await?;
        }
        for (item, before, after) in [
            (
                texts::min_label(id),
                &question.model.min_label,
                &changed.min_label,
            ),
            (
                texts::max_label(id),
                &question.model.max_label,
                &changed.max_label,
            ),
        ] {
            let (before, after) = (
                before.as_deref().unwrap_or(""),
                after.as_deref().unwrap_or(""),
            );
            revise(db, structure.survey.id, (item, before, after), editor, now).await?;
        }
    }
    let mut model = question.model.clone().into_active_model();
    model.kind = Set(changed.kind);
    model.prompt = Set(changed.prompt.trim().to_owned());
    model.help = Set(changed.help.trim().to_owned());
    model.required = Set(changed.required);
    model.max_choices = Set(changed.max_choices);
    model.min_label = Set(changed.min_label);
    model.max_label = Set(changed.max_label);
    model.show_if_question = Set(condition.map(|(q, _)| q));
    model.show_if_option = Set(condition.map(|(_, o)| o));
    model.update(db).await?;
    save_options(db, structure, id, labels, (editor, now)).await?;
    Ok(Ok(()))
}

/// The question's options as `labels` say: renamed in place where their number is the same
/// (a wording fix, recorded once the survey is answered), made anew otherwise.
async fn save_options(
    db: &impl ConnectionTrait,
    structure: &Structure,
    id: i64,
    labels: Vec<String>,
    (editor, now): (i64, DateTime<Utc>),
) -> Result<(), DbErr> {
    let Some(question) = structure.question(id) else {
        return Ok(());
    };
    let kind_takes = takes_options(
        survey_question::Entity::find_by_id(id)
            .one(db)
            .await?
            .map_or(question.kind(), |q| q.kind),
    );
    if kind_takes && labels.len() == question.options.len() {
        for (option, label) in question.options.iter().zip(labels) {
            if option.label != label {
                if structure.survey.locked_at.is_some() {
                    revise(
                        db,
                        structure.survey.id,
                        (texts::option(option.id), &option.label, &label),
                        editor,
                        now,
                    )
                    .await?;
                }
                let mut model = option.clone().into_active_model();
                model.label = Set(label);
                model.update(db).await?;
            }
        }
        return Ok(());
    }
    survey_option::Entity::delete_many()
        .filter(survey_option::Column::QuestionId.eq(id))
        .exec(db)
        .await?;
    if kind_takes && !labels.is_empty() {
        let rows: Vec<survey_option::ActiveModel> = labels
            .into_iter()
            .zip(0..)
            .map(|(label, position)| survey_option::ActiveModel {
                question_id: Set(id),
                position: Set(position),
                label: Set(label),
                ..Default::default()
            })
            .collect();
        survey_option::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// Deletes question `id`: never once the survey is answered, nor while another question
/// shows only after an answer to it.
pub async fn delete_question(
    db: &impl ConnectionTrait,
    structure: &Structure,
    id: i64,
) -> Result<Result<(), &'static str>, DbErr> {
    if structure.survey.locked_at.is_some() {
        return Ok(Err("survey-locked-structure"));
    }
    if depended_on(structure, id) {
        return Ok(Err("survey-build-depended-on"));
    }
    survey_question::Entity::delete_by_id(id).exec(db).await?;
    Ok(Ok(()))
}

//! `/manage/surveys/{id}/paper/new`: a facilitator types in one paper questionnaire: where
//! and when it was filled in, the respondent's stakeholder group, then every question on one
//! page with the same controls as online.
//!
//! Answers are read as online (conditions apply: an answer to a question the questionnaire
//! did not ask is dropped) and checked (a forged option, a text too long, a ranking with a
//! place twice are errors at their question). Required questions left blank are NOT
//! errors: the paper is what it is, and its other answers count.

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use chrono::NaiveDate;
use entity::{Code, StakeholderGroup};
use serde::Deserialize;
use serde_json::json;

use super::{SectionView, sections};
use crate::{
    audit, db,
    policy::Action,
    surveys::{
        answers::{self, Answers},
        model::Structure,
        responses::{self, Paper},
        results::{Loaded, load},
        store,
        texts::{self, Texts},
        window::Phase,
    },
    web::{
        AppError, AppResult, AppState, CurrentUser, FormErrors, Page, PageCtx, TextKind, see_other,
        urlencode,
    },
};

pub const MAX_PLACE_CHARS: usize = 200;

/// What a saved questionnaire leaves for the next one: its place, day and group.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Kept {
    place: String,
    day: String,
    group: String,
    saved: Option<String>,
}

#[derive(Template)]
#[template(path = "surveys/paper_new.html")]
pub struct EntryPage {
    ctx: PageCtx,
    survey_id: i64,
    title: String,
    groups: Vec<&'static str>,
    sections: Vec<SectionView>,
    place: String,
    day: String,
    group: String,
    errors: FormErrors,
    /// Problems with answers: (question, Fluent key).
    answer_errors: Vec<(i64, &'static str)>,
    fields: Vec<(String, String)>,
    saved: bool,
}

impl EntryPage {
    fn new(ctx: PageCtx, loaded: &Loaded, fields: Vec<(String, String)>) -> Self {
        let texts = Texts::original(&loaded.structure.survey);
        let survey = &loaded.structure.survey;
        Self {
            survey_id: survey.id,
            title: texts.get(texts::TITLE, &survey.title).to_owned(),
            groups: loaded.structure.groups().iter().map(|g| g.code()).collect(),
            sections: sections(&loaded.structure, &texts, &ctx.locale),
            place: String::new(),
            day: String::new(),
            group: String::new(),
            errors: FormErrors::new(),
            answer_errors: Vec::new(),
            fields,
            saved: false,
            ctx,
        }
    }

    /// The first value typed in field `name`.
    fn value(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn answer(&self, question: &i64) -> &str {
        self.value(&format!("q{question}"))
    }

    fn ranked(&self, question: &i64, option: &i64) -> &str {
        self.value(&format!("q{question}_{option}"))
    }

    fn checked(&self, question: &i64, value: &str) -> bool {
        let name = format!("q{question}");
        self.fields.iter().any(|(n, v)| *n == name && v == value)
    }

    fn answer_error(&self, question: &i64) -> Option<&'static str> {
        self.answer_errors
            .iter()
            .find(|(q, _)| q == question)
            .map(|(_, key)| *key)
    }
}

async fn load_for_entry(
    state: &AppState,
    id: i64,
    user: Option<&CurrentUser>,
) -> AppResult<Loaded> {
    let loaded = load(state, id, user, Action::ManageSurveys).await?;
    if loaded.phase == Phase::Draft {
        return Err(AppError::Forbidden("survey-paper-draft"));
    }
    Ok(loaded)
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(kept): Query<Kept>,
) -> AppResult<Page<EntryPage>> {
    let loaded = load_for_entry(&state, id, ctx.user.as_ref()).await?;
    let mut page = EntryPage::new(ctx, &loaded, Vec::new());
    page.place = kept.place;
    page.day = kept.day;
    page.group = kept.group;
    page.saved = kept.saved.is_some();
    Ok(Page::ok(page))
}

/// The questionnaire's particulars, checked.
struct Particulars {
    place: String,
    day: NaiveDate,
    group: StakeholderGroup,
}

fn particulars(
    fields: &[(String, String)],
    structure: &Structure,
    today: NaiveDate,
    errors: &mut FormErrors,
) -> Option<Particulars> {
    let value = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.trim())
    };
    let place = value("place").to_owned();
    if place.is_empty() {
        errors.add("place", "survey-paper-place-required");
    } else if place.chars().count() > MAX_PLACE_CHARS {
        errors.add("place", "survey-paper-place-too-long");
    }
    errors.refuse_control_characters("place", &place, TextKind::Line);
    let day = match NaiveDate::parse_from_str(value("day"), "%Y-%m-%d") {
        Ok(day) if day > today => {
            errors.add("day", "survey-paper-day-future");
            None
        }
        Ok(day) => Some(day),
        Err(_) if value("day").is_empty() => {
            errors.add("day", "survey-paper-day-required");
            None
        }
        Err(_) => {
            errors.add("day", "survey-paper-day-invalid");
            None
        }
    };
    let group = StakeholderGroup::from_code(value("stakeholder_group"))
        .filter(|g| structure.groups().contains(g));
    if group.is_none() {
        errors.add("stakeholder_group", "survey-paper-group-required");
    }
    Some(Particulars {
        place,
        day: day?,
        group: group?,
    })
}

/// Every section's answers, read in order so that conditions apply; blank required
/// questions are not errors on paper.
fn read_answers(
    structure: &Structure,
    fields: &[(String, String)],
) -> (Answers, Vec<(i64, &'static str)>) {
    let mut all = Answers::new();
    let mut problems = Vec::new();
    for section in &structure.sections {
        let (answers, errors) = answers::read_section(structure, section, fields, &all);
        all.extend(answers);
        problems.extend(
            errors
                .0
                .into_iter()
                .filter(|(_, key)| *key != "survey-answer-required"),
        );
    }
    (answers::prune(structure, all), problems)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = load_for_entry(&state, id, Some(&user)).await?;
    let today = state
        .now()
        .with_timezone(&state.config.timezone)
        .date_naive();
    let mut errors = FormErrors::new();
    let particulars = particulars(&fields, &loaded.structure, today, &mut errors);
    let (answers, problems) = read_answers(&loaded.structure, &fields);
    let Some(particulars) = particulars.filter(|_| errors.is_empty() && problems.is_empty()) else {
        let mut page = EntryPage::new(ctx, &loaded, Vec::new());
        page.place = page_value(&fields, "place");
        page.day = page_value(&fields, "day");
        page.group = page_value(&fields, "stakeholder_group");
        page.errors = errors;
        page.answer_errors = problems;
        page.fields = fields;
        return Ok(Page::invalid(page).into_response());
    };
    let (place, day, group) = (
        particulars.place.clone(),
        particulars.day,
        particulars.group,
    );
    save(&state, &loaded, user.id, particulars, answers).await?;
    Ok(see_other(&format!(
        "/manage/surveys/{id}/paper/new?saved=1&place={}&day={day}&group={}",
        urlencode(&place),
        group.code()
    )))
}

/// Records the questionnaire, the survey held, and audits it (without its answers).
async fn save(
    state: &AppState,
    loaded: &Loaded,
    user_id: i64,
    particulars: Particulars,
    answers: Answers,
) -> AppResult<i64> {
    let id = loaded.structure.survey.id;
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    let structure = Structure::load(&tx, survey).await?;
    let now = state.now();
    let (place, day, group) = (
        particulars.place.clone(),
        particulars.day,
        particulars.group,
    );
    let response = responses::record_paper(
        &tx,
        &structure,
        Paper {
            group,
            place: particulars.place,
            held_on: day,
            recorded_by: user_id,
            answers,
        },
        now,
    )
    .await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user_id),
            action: "survey.paper_recorded",
            object_type: "survey_response",
            object_id: Some(response),
            consultation_id: Some(loaded.access.consultation.id),
            details: json!({
                "survey_id": id,
                "place": place,
                "held_on": day.to_string(),
                "group": group.code(),
            }),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(response)
}

fn page_value(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

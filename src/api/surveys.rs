//! A consultation's published surveys and their aggregated results, as the API gives them.
//! Never an answer of one person, never a text answer: results are read from the counters
//! (`survey_tally`) alone, with groups under 3 respondents suppressed as votes are.

use std::collections::BTreeMap;

use axum::{
    Json,
    extract::{Path, State},
};
use entity::{
    Code, QuestionKind, StakeholderGroup, SurveyResultsVisibility, SurveyStatus, consultation,
    survey, survey_tally,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    consultations::access,
    policy::{Action, Person},
    results::compute::{GROUPS, MIN_VOTERS, group_index, suppression},
    surveys::{
        model::{self, Structure},
        store, tally,
        window::{self, Phase},
    },
    timezone,
    web::{
        AppError, AppResult, AppState,
        error_page::{API_UNAVAILABLE as UNAVAILABLE, ApiError},
    },
};

#[derive(Serialize, ToSchema)]
pub struct OptionItem {
    pub id: i64,
    pub label: String,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionItem {
    pub id: i64,
    /// `single_choice`, `multiple_choice`, `scale`, `number`, `date`, `short_text`,
    /// `long_text` or `ranking`.
    pub kind: String,
    pub prompt: String,
    pub required: bool,
    /// The choices, for choice and ranking questions; empty otherwise.
    pub options: Vec<OptionItem>,
}

#[derive(Serialize, ToSchema)]
pub struct SectionItem {
    pub title: String,
    pub questions: Vec<QuestionItem>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyItem {
    pub id: i64,
    /// In the language it was written in.
    pub title: String,
    /// The language of the original text, such as `it`.
    pub language: String,
    /// `upcoming`, `open` or `closed`.
    pub state: String,
    /// RFC 3339, UTC; null for a survey that runs with its round.
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
    /// The round it runs with.
    pub round_id: Option<i64>,
    /// Its answers are kept without the account.
    pub anonymous: bool,
    /// The stakeholder groups that answer it.
    pub groups: Vec<String>,
    /// `live`, `after_close` or `facilitators`.
    pub results_visibility: String,
    pub sections: Vec<SectionItem>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyList {
    pub items: Vec<SurveyItem>,
}

/// A figure by stakeholder group; null where the group is suppressed.
#[derive(Serialize, ToSchema, Default)]
pub struct ByGroup {
    pub beneficiary: Option<i64>,
    pub institution: Option<i64>,
    pub third_sector: Option<i64>,
    pub other: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct Respondents {
    pub online: i64,
    pub paper: i64,
    pub total: i64,
    pub by_group: ByGroup,
}

/// How many respondents gave one answer: an option, a scale value or a month.
#[derive(Serialize, ToSchema)]
pub struct CountItem {
    /// The option, for choice and ranking questions.
    pub option_id: Option<i64>,
    /// The option's label, the scale value (`1` to `5`) or the month (`YYYY-MM`).
    pub label: String,
    pub count: i64,
    pub by_group: ByGroup,
    /// Rankings: the average place given to the option (1 is first).
    pub average_place: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionResults {
    pub id: i64,
    pub kind: String,
    pub prompt: String,
    /// Respondents who answered it.
    pub answered: i64,
    pub answered_by_group: ByGroup,
    /// Scale and number questions: the average answer.
    pub average: Option<f64>,
    /// Empty for text questions: the API gives no text answer.
    pub counts: Vec<CountItem>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyResults {
    pub survey_id: i64,
    pub title: String,
    pub state: String,
    pub respondents: Respondents,
    /// Empty while fewer than 3 people have answered.
    pub questions: Vec<QuestionResults>,
}

fn state_code(phase: Phase) -> &'static str {
    match phase {
        Phase::Draft => "draft",
        Phase::Upcoming => "upcoming",
        Phase::Open => "open",
        Phase::Closed => "closed",
    }
}

fn survey_item(structure: Structure, phase: Phase) -> SurveyItem {
    let groups = structure
        .groups()
        .into_iter()
        .map(|g| g.code().to_owned())
        .collect();
    let sections = structure
        .sections
        .into_iter()
        .map(|s| SectionItem {
            title: s.model.title,
            questions: s
                .questions
                .into_iter()
                .map(|q| QuestionItem {
                    id: q.model.id,
                    kind: q.model.kind.code().to_owned(),
                    prompt: q.model.prompt,
                    required: q.model.required,
                    options: q
                        .options
                        .into_iter()
                        .map(|o| OptionItem {
                            id: o.id,
                            label: o.label,
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let s = structure.survey;
    SurveyItem {
        id: s.id,
        title: s.title,
        language: s.language,
        state: state_code(phase).to_owned(),
        opens_at: s.opens_at.map(timezone::machine),
        closes_at: s.closes_at.map(timezone::machine),
        round_id: s.round_id,
        anonymous: s.anonymous,
        groups,
        results_visibility: s.results_visibility.code().to_owned(),
        sections,
    }
}

/// A public consultation's published surveys, the newest first, with their questions.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}/surveys",
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug")),
    responses(
        (status = 200, description = "The published surveys", body = SurveyList),
        (status = 404, description = "No public consultation has this slug", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> AppResult<Json<SurveyList>> {
    let db = &state.db;
    let access = access::load(db, &slug, None::<Person>, Action::View).await?;
    let now = state.now();
    let mut items = Vec::new();
    for survey in store::for_consultation(db, access.consultation.id).await? {
        if survey.status == SurveyStatus::Draft {
            continue;
        }
        let round = store::round_of(db, &survey).await?;
        let phase = window::phase(&survey, round.as_ref(), now);
        items.push(survey_item(Structure::load(db, survey).await?, phase));
    }
    Ok(Json(SurveyList { items }))
}

/// Whether anyone may read `survey`'s results in `phase`.
fn results_public(survey: &survey::Model, phase: Phase) -> bool {
    match survey.results_visibility {
        SurveyResultsVisibility::Live => matches!(phase, Phase::Open | Phase::Closed),
        SurveyResultsVisibility::AfterClose => phase == Phase::Closed,
        SurveyResultsVisibility::Facilitators => false,
    }
}

/// A published survey's results, aggregated by stakeholder group.
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{id}/results",
    tag = "consultations",
    params(("id" = i64, Path, description = "The survey's id")),
    responses(
        (status = 200, description = "The survey's results", body = SurveyResults),
        (status = 404, description = "No published survey of a public consultation has this id, or its results are not public (yet)", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn results(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Json<SurveyResults>> {
    let db = &state.db;
    // An id no survey can have (not a number, or out of range) names no survey: a 404.
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let survey = store::find(db, id).await?.ok_or(AppError::NotFound)?;
    let consultation = consultation::Entity::find_by_id(survey.consultation_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    access::load(db, &consultation.slug, None::<Person>, Action::View).await?;
    let round = store::round_of(db, &survey).await?;
    let phase = window::phase(&survey, round.as_ref(), state.now());
    if survey.status == SurveyStatus::Draft || !results_public(&survey, phase) {
        return Err(AppError::NotFound);
    }
    let structure = Structure::load(db, survey).await?;
    let figures = Figures::read(db, structure.survey.id).await?;
    Ok(Json(figures.results(&structure, phase)))
}

/// A survey's counters, summed over sources: (question, bucket) → counts by group and the
/// sum of values; and respondents by source.
pub struct Figures {
    cells: BTreeMap<(i64, String), ([i64; 4], f64)>,
    online: i64,
    paper: i64,
}

impl Figures {
    pub async fn read(db: &impl ConnectionTrait, survey_id: i64) -> Result<Self, DbErr> {
        let rows = survey_tally::Entity::find()
            .filter(survey_tally::Column::SurveyId.eq(survey_id))
            .all(db)
            .await?;
        let mut figures = Figures {
            cells: BTreeMap::new(),
            online: 0,
            paper: 0,
        };
        for row in rows {
            if row.question_id == tally::SURVEY_WIDE && row.bucket == tally::RESPONDENTS {
                match row.source {
                    entity::ResponseSource::Online => figures.online += row.count,
                    entity::ResponseSource::Paper => figures.paper += row.count,
                }
            }
            let cell = figures
                .cells
                .entry((row.question_id, row.bucket))
                .or_default();
            cell.0[group_index(row.stakeholder_group)] += row.count;
            cell.1 += row.total;
        }
        Ok(figures)
    }

    fn cell(&self, question: i64, bucket: &str) -> ([i64; 4], f64) {
        self.cells
            .get(&(question, bucket.to_owned()))
            .copied()
            .unwrap_or_default()
    }

    /// The results, with the groups under the threshold (and the complementary one)
    /// suppressed; no question figures while fewer than 3 people answered in all.
    pub fn results(&self, structure: &Structure, phase: Phase) -> SurveyResults {
        let (voters, _) = self.cell(tally::SURVEY_WIDE, tally::RESPONDENTS);
        let hidden = suppression(voters);
        let by_group = |counts: [i64; 4]| {
            let shown = |g: StakeholderGroup| {
                let i = group_index(g);
                (!hidden[i]).then_some(counts[i])
            };
            ByGroup {
                beneficiary: shown(GROUPS[0]),
                institution: shown(GROUPS[1]),
                third_sector: shown(GROUPS[2]),
                other: shown(GROUPS[3]),
            }
        };
        let total = voters.iter().sum::<i64>();
        let questions = if total >= MIN_VOTERS {
            structure
                .questions()
                .map(|q| self.question(q, &by_group))
                .collect()
        } else {
            Vec::new()
        };
        SurveyResults {
            survey_id: structure.survey.id,
            title: structure.survey.title.clone(),
            state: state_code(phase).to_owned(),
            respondents: Respondents {
                online: self.online,
                paper: self.paper,
                total,
                by_group: by_group(voters),
            },
            questions,
        }
    }

    fn question(
        &self,
        q: &model::Question,
        by_group: &impl Fn([i64; 4]) -> ByGroup,
    ) -> QuestionResults {
        let (answered, sum) = self.cell(q.id(), tally::ANSWERED);
        let n: i64 = answered.iter().sum();
        let average = |sum: f64, n: i64| (n > 0).then(|| sum / n as f64);
        let kind = q.kind();
        let counts = if model::takes_options(kind) {
            q.options
                .iter()
                .map(|o| {
                    let (counts, places) = self.cell(q.id(), &tally::option_bucket(o.id));
                    let count = counts.iter().sum();
                    CountItem {
                        option_id: Some(o.id),
                        label: o.label.clone(),
                        count,
                        by_group: by_group(counts),
                        average_place: (kind == QuestionKind::Ranking)
                            .then(|| average(places, count))
                            .flatten(),
                    }
                })
                .collect()
        } else {
            self.buckets(q.id(), kind, by_group)
        };
        QuestionResults {
            id: q.id(),
            kind: kind.code().to_owned(),
            prompt: q.model.prompt.clone(),
            answered: n,
            answered_by_group: by_group(answered),
            average: matches!(kind, QuestionKind::Scale | QuestionKind::Number)
                .then(|| average(sum, n))
                .flatten(),
            counts,
        }
    }

    /// Scale values and date months, in order; nothing for numbers and texts.
    fn buckets(
        &self,
        question: i64,
        kind: QuestionKind,
        by_group: &impl Fn([i64; 4]) -> ByGroup,
    ) -> Vec<CountItem> {
        let prefix = match kind {
            QuestionKind::Scale => "value:",
            QuestionKind::Date => "month:",
            _ => return Vec::new(),
        };
        self.cells
            .iter()
            .filter(|((q, bucket), _)| *q == question && bucket.starts_with(prefix))
            .map(|((_, bucket), (counts, _))| CountItem {
                option_id: None,
                label: bucket[prefix.len()..].to_owned(),
                count: counts.iter().sum(),
                by_group: by_group(*counts),
                average_place: None,
            })
            .filter(|item| item.count > 0)
            .collect()
    }
}

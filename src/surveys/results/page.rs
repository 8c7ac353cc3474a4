//! `/surveys/{id}/results`: respondents by source and group, then every question's figures
//! in total and by group (a chart with its figures written beside, and a table), with the
//! quotes facilitators published under text questions. Read from the counters: the work
//! does not grow with the number of responses.

use askama::Template;
use axum::extract::{Path, Query, State};
use entity::{Code, ResponseStatus, SurveyResultsVisibility, survey_answer, survey_response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};
use serde::Deserialize;

use super::{
    Loaded,
    figures::{self, Column, Counters, QuestionFigures, RowKey, Source},
    load,
};
use crate::{
    i18n::Locale,
    policy::Action,
    results::{charts, compute::GROUPS},
    surveys::{
        model::{Question, is_text},
        texts::{self, Texts},
        window::Phase,
    },
    web::{AppError, AppResult, AppState, Page, PageCtx},
};

/// Published quotes shown per text question.
const QUOTES_SHOWN: u64 = 20;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResultsQuery {
    source: String,
}

pub struct SourceTab {
    pub code: &'static str,
    pub current: bool,
}

/// One line of the respondents table: a group (or everyone) per source.
pub struct RespondentsRow {
    pub label: String,
    pub cells: Vec<String>,
}

pub struct QuestionView {
    pub id: i64,
    pub number: usize,
    pub prompt: String,
    pub lang: String,
    pub text: bool,
    /// "N answers", or "fewer than 3".
    pub answered: String,
    pub average: Option<String>,
    pub chart: String,
    /// The table's column headings after the row label: everyone, then each group.
    pub headings: Vec<String>,
    pub rows: Vec<TableRow>,
    pub quotes: Vec<String>,
}

#[derive(Template)]
#[template(path = "surveys/results.html")]
pub struct ResultsPage {
    ctx: PageCtx,
    survey_id: i64,
    slug: String,
    title: String,
    title_lang: String,
    /// Why figures are not shown yet (a sentence), when they are not.
    waiting: Option<String>,
    facilitator: bool,
    sources: Vec<SourceTab>,
    respondent_headings: Vec<String>,
    respondents: Vec<RespondentsRow>,
    questions: Vec<QuestionView>,
}

/// Why results are not shown to this visitor yet; None when they are.
fn waiting(loaded: &Loaded, locale: &Locale) -> Option<String> {
    if loaded.facilitator {
        return None;
    }
    match (loaded.structure.survey.results_visibility, loaded.phase) {
        (SurveyResultsVisibility::Live, Phase::Open | Phase::Closed)
        | (SurveyResultsVisibility::AfterClose, Phase::Closed) => None,
        (SurveyResultsVisibility::Live, _) => Some(locale.t("survey-results-when-open")),
        (SurveyResultsVisibility::AfterClose, _) => Some(locale.t("survey-results-when-closed")),
        (SurveyResultsVisibility::Facilitators, _) => {
            Some(locale.t("survey-results-facilitators-only"))
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(query): Query<ResultsQuery>,
) -> AppResult<Page<ResultsPage>> {
    let source = Source::parse(&query.source).ok_or(AppError::NotFound)?;
    let loaded = load(&state, id, ctx.user.as_ref(), Action::View).await?;
    let survey = &loaded.structure.survey;
    let texts = Texts::load(&state.db, survey, ctx.lang(), false).await?;
    let mut page = ResultsPage {
        survey_id: id,
        slug: loaded.access.consultation.slug.clone(),
        title: texts.get(texts::TITLE, &survey.title).to_owned(),
        title_lang: texts.lang(texts::TITLE).to_owned(),
        waiting: waiting(&loaded, &ctx.locale),
        facilitator: loaded.facilitator,
        sources: Source::EVERY
            .iter()
            .map(|s| SourceTab {
                code: s.code(),
                current: *s == source,
            })
            .collect(),
        respondent_headings: Vec::new(),
        respondents: Vec::new(),
        questions: Vec::new(),
        ctx,
    };
    if page.waiting.is_some() {
        return Ok(Page::ok(page));
    }
    let rows = entity::survey_tally::Entity::find()
        .filter(entity::survey_tally::Column::SurveyId.eq(id))
        .all(&state.db)
        .await?;
    let groups = loaded.structure.groups();
    let shown_groups: Vec<usize> = (0..4).filter(|g| groups.contains(&GROUPS[*g])).collect();
    respondents_table(&mut page, &rows, &shown_groups);
    let counters = Counters::new(&rows, source);
    let quotes = quotes(&state, &loaded, source).await?;
    let locale = page.ctx.locale;
    for (number, question) in loaded.structure.questions().enumerate() {
        let figures = figures::question(question, &counters);
        let mut view = question_view(&locale, &texts, question, &figures, &shown_groups);
        view.number = number + 1;
        view.quotes = quotes
            .iter()
            .filter(|(q, _)| *q == question.id())
            .map(|(_, text)| text.clone())
            .collect();
        page.questions.push(view);
    }
    Ok(Page::ok(page))
}

fn respondents_table(
    page: &mut ResultsPage,
    rows: &[entity::survey_tally::Model],
    groups: &[usize],
) {
    let locale = page.ctx.locale;
    let fewer = locale.t("survey-results-fewer");
    let views: Vec<figures::Respondents> = Source::EVERY
        .iter()
        .map(|s| figures::respondents(&Counters::new(rows, *s)))
        .collect();
    page.respondent_headings = Source::EVERY
        .iter()
        .map(|s| locale.t(&format!("survey-results-source-{}", s.code())))
        .collect();
    let figure = |n: Option<i64>| n.map_or_else(|| fewer.clone(), |n| locale.number(n));
    page.respondents.push(RespondentsRow {
        label: locale.t("survey-results-everyone"),
        cells: views.iter().map(|v| figure(v.total)).collect(),
    });
    for g in groups {
        page.respondents.push(RespondentsRow {
            label: locale.t(&format!("group-{}", GROUPS[*g].code())),
            cells: views.iter().map(|v| figure(v.groups[*g])).collect(),
        });
    }
}

/// The quotes facilitators published, by question: never hidden ones, only submitted
/// responses of the view's sources, at most [`QUOTES_SHOWN`] per question.
async fn quotes(
    state: &AppState,
    loaded: &Loaded,
    source: Source,
) -> AppResult<Vec<(i64, String)>> {
    let mut quotes = Vec::new();
    for question in loaded.structure.questions().filter(|q| is_text(q.kind())) {
        let responses = survey_response::Entity::find()
            .select_only()
            .column(survey_response::Column::Id)
            .filter(survey_response::Column::SurveyId.eq(loaded.structure.survey.id))
            .filter(survey_response::Column::Status.eq(ResponseStatus::Submitted))
            .apply_if(source_filter(source), |q, s| {
                q.filter(survey_response::Column::Source.eq(s))
            })
            .into_query();
        let rows: Vec<(i64, Option<String>)> = survey_answer::Entity::find()
            .select_only()
            .column(survey_answer::Column::QuestionId)
            .column(survey_answer::Column::Text)
            .filter(survey_answer::Column::QuestionId.eq(question.id()))
            .filter(survey_answer::Column::Quoted.eq(true))
            .filter(survey_answer::Column::Hidden.eq(false))
            .filter(survey_answer::Column::ResponseId.in_subquery(responses))
            .order_by_asc(survey_answer::Column::Id)
            .limit(QUOTES_SHOWN)
            .into_tuple()
            .all(&state.db)
            .await?;
        quotes.extend(rows.into_iter().filter_map(|(q, t)| t.map(|t| (q, t))));
    }
    Ok(quotes)
}

fn source_filter(source: Source) -> Option<entity::ResponseSource> {
    match source {
        Source::All => None,
        Source::Online => Some(entity::ResponseSource::Online),
        Source::Paper => Some(entity::ResponseSource::Paper),
    }
}

/// An average with two decimals, as the reader's language writes it.
fn decimal(locale: &Locale, n: f64) -> String {
    locale.hundredths((n * 100.0).round() as i64)
}

fn row_label(texts: &Texts, question: &Question, row: &RowKey) -> (String, String) {
    match row {
        RowKey::Option(id) => {
            let original = question.option(*id).map_or("", |o| o.label.as_str());
            let item = texts::option(*id);
            (
                texts.get(&item, original).to_owned(),
                texts.lang(&item).to_owned(),
            )
        }
        RowKey::Value(n) => (n.to_string(), String::new()),
        RowKey::Month(m) => (m.clone(), String::new()),
    }
}

/// A cell of the table: count and share, or the average place for rankings.
fn cell_text(locale: &Locale, column: &Column, index: usize) -> String {
    let Some(cell) = column.cells.get(index) else {
        return String::new();
    };
    let base = format!(
        "{} ({})",
        locale.number(cell.count),
        locale.percent(cell.share)
    );
    match cell.average_place {
        Some(place) => locale.t_with(
            "survey-results-place",
            &[("place", &decimal(locale, place)), ("figures", &base)],
        ),
        None => base,
    }
}

fn question_view(
    locale: &Locale,
    texts: &Texts,
    question: &Question,
    figures: &QuestionFigures,
    groups: &[usize],
) -> QuestionView {
    let fewer = locale.t("survey-results-fewer");
    let prompt_item = texts::prompt(question.id());
    let prompt = texts.get(&prompt_item, &question.model.prompt).to_owned();
    let columns: Vec<Option<&Column>> = std::iter::once(figures.total.as_ref())
        .chain(groups.iter().map(|g| figures.groups[*g].as_ref()))
        .collect();
    let mut headings = vec![locale.t("survey-results-everyone")];
    headings.extend(
        groups
            .iter()
            .map(|g| locale.t(&format!("group-{}", GROUPS[*g].code()))),
    );
    let labels: Vec<(String, String)> = figures
        .rows
        .iter()
        .map(|row| row_label(texts, question, row))
        .collect();
    let rows = table_rows(locale, &labels, &columns);
    let average = figures
        .total
        .as_ref()
        .and_then(|t| t.average)
        .map(|a| decimal(locale, a));
    let chart = match &figures.total {
        Some(total) if !labels.is_empty() => chart(locale, &prompt, &labels, total, question),
        _ => String::new(),
    };
    QuestionView {
        id: question.id(),
        number: 0,
        lang: texts.lang(&prompt_item).to_owned(),
        text: is_text(question.kind()),
        answered: figures.total.as_ref().map_or_else(
            || fewer.clone(),
            |t| locale.t_count("survey-results-answers", t.answered),
        ),
        average,
        chart,
        headings,
        rows,
        quotes: Vec::new(),
        prompt,
    }
}

/// Bars of everyone's figures: shares, or for rankings how near the top the average place
/// is.
fn chart(
    locale: &Locale,
    title: &str,
    labels: &[(String, String)],
    total: &Column,
    question: &Question,
) -> String {
    let options = question.options.len().max(1) as f64;
    let bars: Vec<charts::Bar> = labels
        .iter()
        .zip(&total.cells)
        .map(|((label, _), cell)| charts::Bar {
            label: label.clone(),
            length: match cell.average_place {
                Some(place) => (options - place + 1.0) / options,
                None => cell.share,
            },
            figure: Some(match cell.average_place {
                Some(place) => locale.t_arg(
                    "survey-results-place-short",
                    "place",
                    &decimal(locale, place),
                ),
                None => format!(
                    "{} ({})",
                    locale.number(cell.count),
                    locale.percent(cell.share)
                ),
            }),
        })
        .collect();
    charts::bars(title, &bars, &locale.t("survey-results-fewer"))
}

type TableRow = (String, String, Vec<String>);

/// The data table: how many answered, a row per option, value or month, and the average
/// where there is one; suppressed columns say "fewer than 3" in every row.
fn table_rows(
    locale: &Locale,
    labels: &[(String, String)],
    columns: &[Option<&Column>],
) -> Vec<TableRow> {
    let fewer = locale.t("survey-results-fewer");
    let show = |f: &dyn Fn(&Column) -> String| -> Vec<String> {
        columns
            .iter()
            .map(|c| c.map_or_else(|| fewer.clone(), f))
            .collect()
    };
    let mut rows = vec![(
        locale.t("survey-results-answered"),
        String::new(),
        show(&|c| locale.number(c.answered)),
    )];
    for (index, (label, lang)) in labels.iter().enumerate() {
        rows.push((
            label.clone(),
            lang.clone(),
            show(&|c| cell_text(locale, c, index)),
        ));
    }
    if columns
        .first()
        .is_some_and(|c| c.is_some_and(|t| t.average.is_some()))
    {
        rows.push((
            locale.t("survey-results-average"),
            String::new(),
            show(&|c| c.average.map(|a| decimal(locale, a)).unwrap_or_default()),
        ));
    }
    rows
}

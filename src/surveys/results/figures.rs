//! A survey's figures, read from its counters (`survey_tally`) alone: per question, in
//! total and by stakeholder group, online and paper apart or together, with the same
//! suppression as votes. A group's figures for a question show only when at least 3 of its
//! respondents answered that question; when the groups hidden so hold only 1 or 2 answers
//! between them, the smallest group shown is hidden as well. A question's totals show only
//! when at least 3 answered it. Averages and ranking places follow the same rule: an
//! average of two answers would give them away.
//!
//! Nothing here reads a request or the database, so pages, exports and the API share it.

use std::collections::{BTreeMap, BTreeSet};

use entity::{QuestionKind, ResponseSource, survey_tally};

use crate::results::compute::{MIN_VOTERS, group_index, suppression};
use crate::surveys::{model::Question, tally};

/// Which answers the figures count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Source {
    #[default]
    All,
    Online,
    Paper,
}

impl Source {
    pub const EVERY: [Source; 3] = [Source::All, Source::Online, Source::Paper];

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "" | "all" => Some(Source::All),
            "online" => Some(Source::Online),
            "paper" => Some(Source::Paper),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Source::All => "all",
            Source::Online => "online",
            Source::Paper => "paper",
        }
    }

    fn includes(self, source: ResponseSource) -> bool {
        match self {
            Source::All => true,
            Source::Online => source == ResponseSource::Online,
            Source::Paper => source == ResponseSource::Paper,
        }
    }
}

/// Count and total of one bucket, per group in `GROUPS` order.
pub type PerGroup = [(i64, f64); 4];

/// A survey's counters for one view: (question, bucket) → per group.
#[derive(Debug, Default, Clone)]
pub struct Counters(BTreeMap<(i64, String), PerGroup>);

impl Counters {
    /// The counters of the answers from `source`.
    pub fn new(rows: &[survey_tally::Model], source: Source) -> Self {
        let mut map: BTreeMap<(i64, String), PerGroup> = BTreeMap::new();
        for row in rows.iter().filter(|r| source.includes(r.source)) {
            let cell = &mut map
                .entry((row.question_id, row.bucket.clone()))
                .or_default()[group_index(row.stakeholder_group)];
            cell.0 += row.count;
            cell.1 += row.total;
        }
        Self(map)
    }

    pub fn get(&self, question: i64, bucket: &str) -> PerGroup {
        self.0
            .get(&(question, bucket.to_owned()))
            .copied()
            .unwrap_or_default()
    }

    /// The months some date answer to `question` falls in, in order (`YYYY-MM`).
    fn months(&self, question: i64) -> Vec<String> {
        let months: BTreeSet<String> = self
            .0
            .iter()
            .filter(|((q, _), cells)| *q == question && cells.iter().any(|c| c.0 != 0))
            .filter_map(|((_, bucket), _)| bucket.strip_prefix("month:").map(str::to_owned))
            .collect();
        months.into_iter().collect()
    }
}

/// What one row of a question's figures stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowKey {
    Option(i64),
    /// A scale value, 1 to 5.
    Value(i64),
    /// `YYYY-MM`.
    Month(String),
}

impl RowKey {
    fn bucket(&self) -> String {
        match self {
            RowKey::Option(id) => tally::option_bucket(*id),
            RowKey::Value(n) => tally::value_bucket(*n),
            RowKey::Month(m) => format!("month:{m}"),
        }
    }
}

/// One row's figures in one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub count: i64,
    /// Of those who answered the question, from 0 to 1.
    pub share: f64,
    /// Rankings: the average place given to the option (1 is first).
    pub average_place: Option<f64>,
}

/// A question's figures for everyone or for one group.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub answered: i64,
    /// One per row of [`QuestionFigures::rows`].
    pub cells: Vec<Cell>,
    /// Scales and numbers: the average answer.
    pub average: Option<f64>,
}

/// One question's figures in one view.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionFigures {
    pub question_id: i64,
    pub kind: QuestionKind,
    pub rows: Vec<RowKey>,
    /// None: fewer than 3 answered the question.
    pub total: Option<Column>,
    /// Per group in `GROUPS` order; None: suppressed.
    pub groups: [Option<Column>; 4],
}

/// Respondents per group, suppressed as a question's answers are.
#[derive(Debug, Clone, PartialEq)]
pub struct Respondents {
    pub total: Option<i64>,
    pub groups: [Option<i64>; 4],
}

/// `counts` per group with the small groups (and their complement) hidden, and the total
/// when at least 3.
fn shown(counts: [i64; 4]) -> ([bool; 4], bool) {
    let hidden = suppression(counts);
    (hidden.map(|h| !h), counts.iter().sum::<i64>() >= MIN_VOTERS)
}

/// Respondents who submitted, by group, in one view.
pub fn respondents(counters: &Counters) -> Respondents {
    let counts = counters
        .get(tally::SURVEY_WIDE, tally::RESPONDENTS)
        .map(|c| c.0);
    let (groups, total) = shown(counts);
    Respondents {
        total: total.then(|| counts.iter().sum()),
        groups: std::array::from_fn(|g| groups[g].then_some(counts[g])),
    }
}

/// The rows a question's figures have.
fn rows(question: &Question, counters: &Counters) -> Vec<RowKey> {
    match question.kind() {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice | QuestionKind::Ranking => {
            question
                .options
                .iter()
                .map(|o| RowKey::Option(o.id))
                .collect()
        }
        QuestionKind::Scale => (1..=5).map(RowKey::Value).collect(),
        QuestionKind::Date => counters
            .months(question.id())
            .into_iter()
            .map(RowKey::Month)
            .collect(),
        QuestionKind::Number | QuestionKind::ShortText | QuestionKind::LongText => Vec::new(),
    }
}

fn ratio(part: f64, whole: i64) -> f64 {
    if whole == 0 { 0.0 } else { part / whole as f64 }
}

/// The column of the groups `pick`ed.
fn column(
    question: &Question,
    rows: &[RowKey],
    counters: &Counters,
    pick: &dyn Fn(PerGroup) -> (i64, f64),
) -> Column {
    let (answered, sum) = pick(counters.get(question.id(), tally::ANSWERED));
    let ranking = question.kind() == QuestionKind::Ranking;
    let cells = rows
        .iter()
        .map(|row| {
            let (count, places) = pick(counters.get(question.id(), &row.bucket()));
            Cell {
                count,
                share: ratio(count as f64, answered),
                average_place: (ranking && count > 0).then(|| ratio(places, count)),
            }
        })
        .collect();
    let average = matches!(question.kind(), QuestionKind::Scale | QuestionKind::Number)
        .then(|| ratio(sum, answered))
        .filter(|_| answered > 0);
    Column {
        answered,
        cells,
        average,
    }
}

/// One question's figures in the view `counters`.
pub fn question(question: &Question, counters: &Counters) -> QuestionFigures {
    let rows = rows(question, counters);
    let answered = counters.get(question.id(), tally::ANSWERED).map(|c| c.0);
    let (groups, total) = shown(answered);
    let all = |cells: PerGroup| {
        cells
            .iter()
            .fold((0, 0.0), |(c, t), cell| (c + cell.0, t + cell.1))
    };
    QuestionFigures {
        question_id: question.id(),
        kind: question.kind(),
        total: total.then(|| column(question, &rows, counters, &all)),
        groups: std::array::from_fn(|g| {
            groups[g].then(|| column(question, &rows, counters, &move |cells: PerGroup| cells[g]))
        }),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use entity::{StakeholderGroup, survey_option, survey_question};

    use super::*;
    use crate::results::compute::GROUPS;

    fn question_of(kind: QuestionKind, options: &[i64]) -> Question {
        Question {
            model: survey_question::Model {
                id: 7,
                survey_id: 1,
                section_id: 1,
                position: 0,
                kind,
                prompt: String::new(),
                help: String::new(),
                required: false,
                max_choices: None,
                min_label: None,
                max_label: None,
                show_if_question: None,
                show_if_option: None,
            },
            options: options
                .iter()
                .map(|id| survey_option::Model {
                    id: *id,
                    question_id: 7,
                    position: 0,
                    label: String::new(),
                })
                .collect(),
        }
    }

    fn row(group: usize, bucket: &str, count: i64, total: f64) -> survey_tally::Model {
        survey_tally::Model {
            id: 0,
            survey_id: 1,
            question_id: 7,
            bucket: bucket.to_owned(),
            source: if group == 3 {
                ResponseSource::Paper
            } else {
                ResponseSource::Online
            },
            stakeholder_group: GROUPS[group],
            count,
            total,
        }
    }

    #[test]
    fn a_group_of_one_hides_the_smallest_group_shown_too() {
        let q = question_of(QuestionKind::Scale, &[]);
        let rows = vec![
            row(0, "answered", 5, 20.0),
            row(0, "value:4", 5, 0.0),
            row(1, "answered", 4, 8.0),
            row(1, "value:2", 4, 0.0),
            row(2, "answered", 1, 5.0),
            row(2, "value:5", 1, 0.0),
        ];
        let figures = question(&q, &Counters::new(&rows, Source::All));
        assert!(figures.groups[0].is_some());
        assert_eq!(figures.groups[1], None, "the complement would give it away");
        assert_eq!(figures.groups[2], None);
        let total = figures.total.expect("10 answered");
        assert_eq!(total.answered, 10);
        assert_eq!(total.average, Some(3.3));
        assert_eq!(
            figures.groups[0].as_ref().and_then(|c| c.average),
            Some(4.0)
        );
    }

    #[test]
    fn two_answers_show_no_total_and_no_average() {
        let q = question_of(QuestionKind::Number, &[]);
        let rows = vec![row(0, "answered", 2, 30.0)];
        let figures = question(&q, &Counters::new(&rows, Source::All));
        assert_eq!(figures.total, None);
        assert_eq!(figures.groups, [None, None, None, None]);
    }

    #[test]
    fn rankings_give_the_average_place_and_sources_stay_apart() {
        let q = question_of(QuestionKind::Ranking, &[11, 12]);
        let rows = vec![
            row(0, "answered", 3, 0.0),
            row(0, "option:11", 3, 4.0),
            row(0, "option:12", 3, 5.0),
            row(3, "answered", 1, 0.0),
            row(3, "option:11", 1, 2.0),
            row(3, "option:12", 1, 1.0),
        ];
        let online = question(&q, &Counters::new(&rows, Source::Online));
        let column = online.groups[0].as_ref().expect("3 answered online");
        assert_eq!(column.cells[0].average_place, Some(4.0 / 3.0));
        assert_eq!(column.cells[1].share, 1.0);
        let paper = question(&q, &Counters::new(&rows, Source::Paper));
        assert_eq!(paper.total, None);
        let all = question(&q, &Counters::new(&rows, Source::All));
        // 3 and 1: the group of one is hidden, and so is the only other group shown.
        assert_eq!(all.groups[0], None);
        assert_eq!(all.total.map(|t| t.answered), Some(4));
    }

    #[test]
    fn respondents_follow_the_same_rule() {
        let rows = vec![
            survey_tally::Model {
                question_id: 0,
                ..row(0, "respondents", 4, 0.0)
            },
            survey_tally::Model {
                question_id: 0,
                stakeholder_group: StakeholderGroup::Institution,
                ..row(1, "respondents", 2, 0.0)
            },
        ];
        let r = respondents(&Counters::new(&rows, Source::All));
        assert_eq!(r.total, Some(6));
        assert_eq!(r.groups, [None, None, None, None], "4 and 2: both hidden");
    }
}

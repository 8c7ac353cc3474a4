//! The evaluation's result as pages, the record and its export show it: each project with
//! its rank, weighted total, mean per criterion and every member's scores.

use serde::Serialize;

use super::board::Board;
use crate::i18n::Locale;

/// One project's line in the ranking, figures in hundredths.
#[derive(Debug, Clone, Serialize)]
pub struct Ranked {
    pub rank: usize,
    pub application_id: i64,
    pub number: i32,
    pub organisation: String,
    pub title: String,
    /// The weighted total in hundredths of a point (out of 10 000).
    pub total: i64,
    /// The mean of each criterion in hundredths, in the criteria's order.
    pub means: Vec<Option<i64>>,
    /// Each member's scores, in the criteria's order.
    pub sheets: Vec<Sheet>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sheet {
    pub member: String,
    pub scores: Vec<Option<i32>>,
}

/// The ranked projects.
pub fn ranking(board: &Board) -> Vec<Ranked> {
    board
        .totals()
        .into_iter()
        .filter_map(|total| {
            let project = board.project(total.application_id)?;
            Some(Ranked {
                rank: total.rank,
                application_id: project.application_id,
                number: project.number,
                organisation: project.organisation.clone(),
                title: project.title.clone(),
                total: total.total,
                means: total.means,
                sheets: board
                    .sheets(project.application_id)
                    .into_iter()
                    .map(|(member, scores)| Sheet {
                        member: member.to_owned(),
                        scores: scores.clone(),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// A figure in hundredths as the reader's language writes it (`72,50`); a dash for none.
pub fn hundredths(locale: &Locale, value: Option<i64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| locale.hundredths(v))
}

/// A score as written (`7`); a dash for none.
pub fn score(value: Option<i32>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| v.to_string())
}

/// A project's line of the ranking with its figures written for the reader.
pub struct Written {
    pub rank: usize,
    pub number: i32,
    pub organisation: String,
    pub title: String,
    pub total: String,
    pub means: Vec<String>,
    /// Each member's name and scores.
    pub sheets: Vec<(String, Vec<String>)>,
}

pub fn written(ranking: Vec<Ranked>, locale: &Locale) -> Vec<Written> {
    ranking
        .into_iter()
        .map(|r| Written {
            rank: r.rank,
            number: r.number,
            organisation: r.organisation,
            title: r.title,
            total: locale.hundredths(r.total),
            means: r.means.iter().map(|m| hundredths(locale, *m)).collect(),
            sheets: r
                .sheets
                .into_iter()
                .map(|s| (s.member, s.scores.iter().map(|v| score(*v)).collect()))
                .collect(),
        })
        .collect()
}

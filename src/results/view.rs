//! Results as pages show them: figures worded in the visitor's language, charts drawn.

use entity::{Code, ProposalState, VoteRule};

use super::{
    charts::{self, Bar},
    compute::{GROUPS, ProposalFigures, RoundFigures},
    load::{OfflineTally, ProposalInfo},
};
use crate::{i18n::Locale, voting::figure_text};

pub struct OfflineView {
    pub id: i64,
    pub place: String,
    /// The day in the visitor's format, and as `YYYY-MM-DD` for `<time datetime>`.
    pub held_on: String,
    pub held_on_iso: String,
    pub method: String,
    /// "14 in favour, 3 against, 1 abstaining".
    pub summary: String,
    /// Per group with any count: "Person the services are for: 10".
    pub groups: Vec<String>,
}

pub fn offline_view(locale: &Locale, rule: VoteRule, tally: &OfflineTally) -> OfflineView {
    let figures = |(in_favour, against, abstain): (i64, i64, i64)| match rule {
        VoteRule::Approval => locale.t_numbers(
            "results-approval-figures",
            &[
                ("for", in_favour),
                ("against", against),
                ("abstain", abstain),
            ],
        ),
        _ => figure_text(locale, rule, in_favour),
    };
    OfflineView {
        id: tally.id,
        place: tally.place.clone(),
        held_on: locale.date(tally.held_on),
        held_on_iso: tally.held_on.format("%Y-%m-%d").to_string(),
        method: tally.method.clone(),
        summary: figures((tally.in_favour(), tally.against(), tally.abstain())),
        groups: GROUPS
            .iter()
            .zip(tally.by_group)
            .filter(|(_, c)| c.0 + c.1 + c.2 > 0)
            .map(|(g, c)| {
                format!(
                    "{}{}{}",
                    locale.t_of("group-", g.code()),
                    locale.colon(),
                    figures(c)
                )
            })
            .collect(),
    }
}

/// One proposal's results in one round.
pub struct ProposalResultView {
    pub id: i64,
    pub title: String,
    pub language: String,
    /// `withdrawn` or `merged` when no longer live.
    pub state: Option<&'static str>,
    /// "12 supports", or "fewer than 3 voters".
    pub total: String,
    /// Under approval: "3 against, 1 abstaining".
    pub other_votes: Option<String>,
    /// The cross-group support score, or None where undefined.
    pub cross_group: Option<String>,
    pub chart: String,
    pub offline: Vec<OfflineView>,
}

pub fn proposal_view(
    locale: &Locale,
    rule: VoteRule,
    figures: &ProposalFigures,
    info: &ProposalInfo,
    offline: &[OfflineTally],
) -> ProposalResultView {
    let hidden = locale.t("results-fewer-than-3");
    let bars: Vec<Bar> = GROUPS
        .iter()
        .enumerate()
        .map(|(g, group)| Bar {
            label: locale.t_of("group-", group.code()),
            length: figures.share_by_group[g].unwrap_or(0.0),
            figure: figures.share_by_group[g]
                .zip(figures.by_group[g])
                .map(|(share, n)| {
                    locale.t_arg2(
                        "results-bar-figure",
                        "share",
                        &locale.percent(share),
                        "figure",
                        &locale.number(n),
                    )
                }),
        })
        .collect();
    ProposalResultView {
        id: info.id,
        title: info.title.clone(),
        language: info.language.clone(),
        state: match info.state {
            ProposalState::Withdrawn => Some("withdrawn"),
            ProposalState::Merged => Some("merged"),
            _ => None,
        },
        total: figures
            .total
            .map_or_else(|| hidden.clone(), |t| figure_text(locale, rule, t)),
        other_votes: figures
            .against
            .zip(figures.abstain)
            .map(|(against, abstain)| {
                locale.t_numbers(
                    "results-against-abstain",
                    &[("against", against), ("abstain", abstain)],
                )
            }),
        cross_group: figures.cross_group_support.map(|s| locale.percent(s)),
        chart: charts::bars(
            &locale.t_arg(
                "results-chart-title",
                "title",
                &info.title.chars().take(80).collect::<String>(),
            ),
            &bars,
            &hidden,
        ),
        offline: offline
            .iter()
            .filter(|t| t.proposal_id == info.id)
            .map(|t| offline_view(locale, rule, t))
            .collect(),
    }
}

/// Voters per group against the accounts that could vote, as a chart.
pub fn turnout_chart(locale: &Locale, figures: &RoundFigures, eligible: [i64; 4]) -> String {
    let hidden = locale.t("results-fewer-than-3");
    let bars: Vec<Bar> = GROUPS
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let voters = figures.voters_by_group[g];
            let share = voters.map(|v| {
                if eligible[g] > 0 {
                    v as f64 / eligible[g] as f64
                } else {
                    0.0
                }
            });
            Bar {
                label: locale.t_of("group-", group.code()),
                length: share.unwrap_or(0.0),
                figure: voters.zip(share).map(|(v, s)| {
                    locale.t_with(
                        "results-turnout-figure",
                        &[
                            ("voters", &locale.number(v)),
                            ("eligible", &locale.number(eligible[g])),
                            ("share", &locale.percent(s)),
                        ],
                    )
                }),
            }
        })
        .collect();
    charts::bars(&locale.t("results-turnout-title"), &bars, &hidden)
}

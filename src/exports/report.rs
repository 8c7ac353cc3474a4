//! The printable report: one self-contained HTML page (its stylesheet inline, charts as
//! SVG, no script, no request to anything) that a browser prints or saves as PDF. Written
//! in pieces: the cover, summary and results first, then the proposals a batch at a time,
//! then the in-person contributions, the meetings and what happened next (`report_follow_up`),
//! and last the surveys (`report_surveys`).

use std::io::Write;

use askama::{Template, filters::Safe};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{Answer, Code, ProposalState};

use super::{
    report_follow_up::{
        CommitmentEntry, Commitments, InPerson, InPersonLine, MeetingEntry, Meetings,
        commitment_entry, in_person_line, meeting_entry,
    },
    report_surveys::{self, SurveyEntry, Surveys},
    sink::{Record, Sink},
    source::{Head, ProposalRecord, SurveySheet},
    tables::{self, Cell, Table},
};
use crate::{
    i18n::{Locale, escaped, isolated},
    results::{
        compute::{self, Order},
        view::{self, ProposalResultView},
    },
    timezone,
};

/// The report's stylesheet, inline so the saved file stands alone. Pages that serve the
/// report allow exactly this stylesheet by its hash.
pub const STYLE: &str = include_str!("report.css");

/// Proposals rendered per piece.
const CHUNK: usize = 100;
/// Proposals shown with their chart in each round; the rest are in the round's table.
const CHARTED: usize = 10;

pub struct SummaryLine {
    pub label: String,
    /// The count, as the report's language writes numbers.
    pub figure: String,
}

pub struct RoundSummary {
    pub title: String,
    pub state: &'static str,
    pub opens: String,
    pub closes: String,
}

pub struct ResultRow {
    pub id: i64,
    pub title: String,
    pub language: String,
    pub total: String,
    pub cross_group: String,
}

pub struct RoundReport {
    pub title: String,
    pub rule: &'static str,
    pub public: bool,
    /// "12 people voted."
    pub voters: String,
    pub turnout_chart: String,
    pub charted: Vec<ProposalResultView>,
    pub rows: Vec<ResultRow>,
}

#[derive(Template)]
#[template(path = "exports/report_start.html")]
pub struct Start<'a> {
    pub t: Locale,
    pub style: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub exported: String,
    pub pseudonymised: bool,
    pub rounds: Vec<RoundSummary>,
    pub totals: Vec<SummaryLine>,
    pub by_answer: Vec<SummaryLine>,
    pub by_group: Vec<SummaryLine>,
    pub results: Vec<RoundReport>,
}

pub struct ProposalEntry {
    pub id: i64,
    pub title: Option<String>,
    pub language: String,
    pub state: Option<String>,
    /// Theme, who wrote it or where it was collected, comments: HTML, what people wrote
    /// isolated.
    pub meta: Vec<Safe<String>>,
    pub body: String,
    pub answer: String,
    pub answered: bool,
    pub justification: Option<String>,
    pub answered_at: Option<String>,
}

#[derive(Template)]
#[template(path = "exports/report_proposals.html")]
pub struct Proposals<'a> {
    pub t: Locale,
    /// Opens the proposals' section.
    pub first: bool,
    pub proposals: &'a [ProposalEntry],
}

#[derive(Template)]
#[template(path = "exports/report_end.html")]
pub struct End {
    pub t: Locale,
    pub generated: String,
}

pub struct Report<W: Write> {
    out: W,
    locale: Locale,
    zone: Tz,
    pending: Vec<ProposalEntry>,
    proposals_started: bool,
    in_person: Vec<InPersonLine>,
    /// The table whose rows are arriving.
    table: Option<&'static str>,
    meetings: Vec<MeetingEntry>,
    commitments: Vec<CommitmentEntry>,
    /// Whether the current chapter's first piece is written.
    chapter_started: bool,
    exported_at: Option<DateTime<Utc>>,
    surveys: Vec<SurveyEntry>,
}

impl<W: Write> Report<W> {
    pub fn new(out: W, locale: Locale, zone: Tz) -> Self {
        Self {
            out,
            locale,
            zone,
            pending: Vec::new(),
            proposals_started: false,
            in_person: Vec::new(),
            table: None,
            meetings: Vec::new(),
            commitments: Vec::new(),
            chapter_started: false,
            exported_at: None,
            surveys: Vec::new(),
        }
    }

    fn flush_proposals(&mut self) -> anyhow::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let piece = Proposals {
            t: self.locale,
            first: !self.proposals_started,
            proposals: &self.pending,
        };
        self.proposals_started = true;
        piece.write_into(&mut self.out)?;
        self.pending.clear();
        Ok(())
    }

    /// Writes the meetings or commitments gathered so far; `last` closes their chapter.
    fn flush_chapter(&mut self, last: bool) -> anyhow::Result<()> {
        let first = !self.chapter_started;
        if !last && self.meetings.is_empty() && self.commitments.is_empty() {
            return Ok(());
        }
        match self.table {
            Some(name) if name == tables::MEETINGS.name => {
                Meetings {
                    t: self.locale,
                    first,
                    last,
                    meetings: &self.meetings,
                }
                .write_into(&mut self.out)?;
                self.meetings.clear();
            }
            Some(name) if name == tables::COMMITMENTS.name => {
                Commitments {
                    t: self.locale,
                    first,
                    last,
                    commitments: &self.commitments,
                }
                .write_into(&mut self.out)?;
                self.commitments.clear();
            }
            _ => return Ok(()),
        }
        self.chapter_started = !last;
        Ok(())
    }

    fn entry(&self, p: &ProposalRecord) -> ProposalEntry {
        let t = self.locale;
        let mut meta = Vec::new();
        if let Some(theme) = &p.theme {
            meta.push(isolated(theme));
        }
        match (&p.in_person, p.group) {
            (Some(meeting), group) => meta.push(
                t.t_isolated(
                    "report-recorded-at",
                    &[("place", meeting.place.as_deref().unwrap_or(""))],
                    &[(
                        "group",
                        &group
                            .map(|g| t.t_of("group-", g.code()))
                            .unwrap_or_default(),
                    )],
                ),
            ),
            (None, Some(group)) => {
                let who = p.author.as_ref().map_or_else(String::new, |a| {
                    a.name.clone().unwrap_or_else(|| a.pseudonym.clone())
                });
                let group = escaped(&t.t_of("group-", group.code()));
                meta.push(Safe(format!("{} · {}", isolated(&who).0, group.0)));
            }
            (None, None) => {}
        }
        meta.push(escaped(&t.t_count("report-comments", p.comments_count)));
        let final_answer = !matches!(p.answer, Answer::Pending | Answer::Evaluating);
        ProposalEntry {
            id: p.id,
            title: p.title.clone(),
            language: p.language.clone(),
            state: match p.state {
                ProposalState::Published => None,
                other => Some(t.t_of("proposal-state-", &sea_orm::ActiveEnum::to_value(&other))),
            },
            meta,
            body: p.body_html.clone().unwrap_or_default(),
            answer: t.t_of("answer-", p.answer.code()),
            answered: final_answer,
            justification: p.justification.clone(),
            answered_at: p
                .answered_at
                .map(|at| timezone::display(at, self.zone, self.locale)),
        }
    }
}

fn lines(t: Locale, prefix: &str, counts: &[(String, i64)]) -> Vec<SummaryLine> {
    counts
        .iter()
        .map(|(code, figure)| SummaryLine {
            label: t.t_of(prefix, code),
            figure: t.number(*figure),
        })
        .collect()
}

fn round_report(t: Locale, head: &Head, index: usize) -> Option<RoundReport> {
    let results = &head.results[index];
    let figures = results.figures.as_ref()?;
    let rule = results.round.vote_rule;
    let mut ordered = figures.proposals.clone();
    compute::sort(&mut ordered, Order::Total);
    let hidden = t.t("results-fewer-than-3");
    let charted = ordered
        .iter()
        .take(CHARTED)
        .filter_map(|f| {
            let info = head.proposals.get(&f.proposal_id)?;
            Some(view::proposal_view(&t, rule, f, info, &results.offline))
        })
        .collect();
    let rows = ordered
        .iter()
        .filter_map(|f| {
            let info = head.proposals.get(&f.proposal_id)?;
            Some(ResultRow {
                id: f.proposal_id,
                title: info.title.clone(),
                language: info.language.clone(),
                total: f.total.map_or_else(|| hidden.clone(), |n| t.number(n)),
                cross_group: f
                    .cross_group_support
                    .map_or_else(String::new, |share| t.percent(share)),
            })
        })
        .collect();
    Some(RoundReport {
        title: results.round.title.clone(),
        rule: rule.code(),
        public: results.public,
        voters: t.t_count("results-voters-total", figures.voters_total),
        turnout_chart: view::turnout_chart(&t, figures, head.eligible[index]),
        charted,
        rows,
    })
}

impl<W: Write + Send> Sink for Report<W> {
    fn head(&mut self, head: &Head) -> anyhow::Result<()> {
        let t = self.locale;
        let counts = &head.counts;
        let start = Start {
            t,
            style: STYLE,
            title: &head.consultation.title,
            summary: &head.consultation.summary,
            exported: timezone::display(head.exported_at, self.zone, t),
            pseudonymised: head.pseudonymised,
            rounds: head
                .rounds
                .iter()
                .map(|r| RoundSummary {
                    title: r.title.clone(),
                    state: r.state.code(),
                    opens: timezone::display(r.opens_at, self.zone, t),
                    closes: timezone::display(r.closes_at, self.zone, t),
                })
                .collect(),
            totals: vec![
                SummaryLine {
                    label: t.t("report-total-proposals"),
                    figure: t.number(counts.proposals),
                },
                SummaryLine {
                    label: t.t("report-total-comments"),
                    figure: t.number(counts.comments),
                },
                SummaryLine {
                    label: t.t("report-total-in-person"),
                    figure: t.number(counts.recorded_in_person),
                },
                SummaryLine {
                    label: t.t("report-total-vote-counts"),
                    figure: t.number(counts.vote_counts_in_person),
                },
                SummaryLine {
                    label: t.t("report-total-meetings"),
                    figure: t.number(counts.meetings),
                },
                SummaryLine {
                    label: t.t("report-total-commitments"),
                    figure: t.number(counts.commitments),
                },
                SummaryLine {
                    label: t.t("report-total-documents"),
                    figure: t.number(counts.documents),
                },
            ],
            by_answer: lines(t, "answer-", &counts.by_answer),
            by_group: lines(t, "group-", &counts.by_group),
            results: (0..head.results.len())
                .filter_map(|i| round_report(t, head, i))
                .collect(),
        };
        start.write_into(&mut self.out)?;
        self.exported_at = Some(head.exported_at);
        Ok(())
    }

    fn begin(&mut self, table: &'static Table) -> anyhow::Result<()> {
        self.table = Some(table.name);
        self.chapter_started = false;
        Ok(())
    }

    fn row(&mut self, _cells: &[Cell], record: Record<'_>) -> anyhow::Result<()> {
        match record {
            Record::Proposal(p) => {
                let entry = self.entry(p);
                self.pending.push(entry);
                if self.pending.len() >= CHUNK {
                    self.flush_proposals()?;
                }
            }
            Record::InPerson(meeting) => self.in_person.push(in_person_line(self.locale, meeting)),
            Record::Meeting(record) => {
                let entry = meeting_entry(self.locale, self.zone, record);
                self.meetings.push(entry);
                if self.meetings.len() >= CHUNK {
                    self.flush_chapter(false)?;
                }
            }
            Record::Commitment(record) => {
                let entry = commitment_entry(self.locale, self.zone, record);
                self.commitments.push(entry);
                if self.commitments.len() >= CHUNK {
                    self.flush_chapter(false)?;
                }
            }
            Record::Other => {}
        }
        Ok(())
    }

    fn end(&mut self) -> anyhow::Result<()> {
        self.flush_proposals()?;
        match self.table.take() {
            Some(name) if name == tables::IN_PERSON.name => {
                InPerson {
                    t: self.locale,
                    proposals_started: self.proposals_started,
                    in_person: &self.in_person,
                }
                .write_into(&mut self.out)?;
                self.in_person.clear();
            }
            table => {
                self.table = table;
                self.flush_chapter(true)?;
                self.table = None;
            }
        }
        Ok(())
    }

    fn survey(&mut self, sheet: &SurveySheet) -> anyhow::Result<()> {
        self.surveys.push(report_surveys::entry(self.locale, sheet));
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        Surveys {
            t: self.locale,
            surveys: &self.surveys,
        }
        .write_into(&mut self.out)?;
        let generated = self
            .exported_at
            .map(|at| timezone::display(at, self.zone, self.locale))
            .unwrap_or_default();
        let end = End {
            t: self.locale,
            generated,
        };
        let html = end.render()?;
        self.out.write_all(html.as_bytes())?;
        self.out.flush()?;
        Ok(())
    }
}

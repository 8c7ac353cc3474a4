//! The tables of an export and their columns: one description that the CSV files, the XLSX
//! sheets, the JSON document and its schema all follow, so the formats cannot drift apart.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

/// The version of the export format. Bumped when a column is renamed, removed or changes
/// type; adding a column or a table keeps it.
pub const VERSION: i64 = 1;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Integer,
    /// A share from 0 to 1.
    Share,
    Boolean,
    /// A calendar day (`2026-11-26`).
    Date,
    /// An instant in UTC (`2026-11-26T09:30:00Z`).
    Time,
}

pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    /// Whether a row may leave it empty (`null` in JSON).
    pub nullable: bool,
    /// Width of the XLSX column, in characters.
    pub width: f64,
    pub doc: &'static str,
}

pub struct Table {
    /// The CSV file's name without `.csv`, the sheet's name and the JSON member.
    pub name: &'static str,
    pub doc: &'static str,
    pub columns: &'static [Column],
}

/// One value of a row, in its column's kind (or empty).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Integer(i64),
    Share(f64),
    Boolean(bool),
    Date(NaiveDate),
    Time(DateTime<Utc>),
}

impl Cell {
    pub fn text(value: impl Into<String>) -> Self {
        Self::Text(value.into())
    }

    pub fn maybe_text(value: Option<impl Into<String>>) -> Self {
        value.map_or(Self::Empty, |v| Self::Text(v.into()))
    }

    pub fn maybe_integer(value: Option<impl Into<i64>>) -> Self {
        value.map_or(Self::Empty, |v| Self::Integer(v.into()))
    }

    pub fn maybe_share(value: Option<f64>) -> Self {
        value.map_or(Self::Empty, Self::Share)
    }

    pub fn maybe_date(value: Option<NaiveDate>) -> Self {
        value.map_or(Self::Empty, Self::Date)
    }

    pub fn maybe_time(value: Option<DateTime<Utc>>) -> Self {
        value.map_or(Self::Empty, Self::Time)
    }

    /// The value as CSV and JSON write dates and times.
    pub fn to_json(&self) -> Value {
        match self {
            Self::Empty => Value::Null,
            Self::Text(text) => Value::String(text.clone()),
            Self::Integer(n) => json!(n),
            Self::Share(share) => json!(round_share(*share)),
            Self::Boolean(b) => Value::Bool(*b),
            Self::Date(day) => Value::String(day.format("%Y-%m-%d").to_string()),
            Self::Time(at) => Value::String(crate::timezone::machine(*at)),
        }
    }
}

/// Shares keep four decimals: enough for a percentage with two.
pub fn round_share(share: f64) -> f64 {
    (share * 10_000.0).round() / 10_000.0
}

const fn col(
    name: &'static str,
    kind: Kind,
    nullable: bool,
    width: f64,
    doc: &'static str,
) -> Column {
    Column {
        name,
        kind,
        nullable,
        width,
        doc,
    }
}

use Kind::{Boolean, Date, Integer, Share, Text, Time};

#[rustfmt::skip]
pub const CONSULTATION: Table = Table {
    name: "consultation",
    doc: "The consultation, and how this export was made (one row).",
    columns: &[
        col("slug", Text, false, 16.0, "Its address on the site: /consultations/{slug}."),
        col("title", Text, false, 40.0, ""),
        col("summary", Text, false, 60.0, ""),
        col("status", Text, false, 12.0, "draft, published or archived."),
        col("visibility", Text, false, 12.0, "public or invite_only."),
        col("published_at", Time, true, 20.0, ""),
        col("outcomes_published_at", Time, true, 20.0, "When the outcomes became open data."),
        col("exported_at", Time, false, 20.0, ""),
        col("format_version", Integer, false, 10.0, "The version of this format."),
        col("pseudonymised", Boolean, false, 12.0, "true: authors appear as a pseudonym and a stakeholder group only."),
    ],
};

#[rustfmt::skip]
pub const ROUNDS: Table = Table {
    name: "rounds",
    doc: "The consultation's rounds, in order.",
    columns: &[
        col("round_id", Integer, false, 10.0, ""),
        col("position", Integer, false, 8.0, "1 for the first round."),
        col("title", Text, false, 30.0, ""),
        col("state", Text, false, 10.0, "upcoming, open or closed."),
        col("opens_at", Time, false, 20.0, ""),
        col("closes_at", Time, false, 20.0, ""),
        col("allows_proposals", Boolean, false, 10.0, ""),
        col("allows_comments", Boolean, false, 10.0, ""),
        col("allows_voting", Boolean, false, 10.0, ""),
        col("groups", Text, false, 30.0, "The stakeholder groups that may take part, comma-separated."),
        col("vote_rule", Text, true, 10.0, "support, approval or dots; empty without voting."),
        col("vote_limit", Integer, true, 10.0, "N supports (support) or K dots (dots)."),
    ],
};

#[rustfmt::skip]
pub const PROPOSALS: Table = Table {
    name: "proposals",
    doc: "Every proposal, with its authors and the public body's answer.",
    columns: &[
        col("proposal_id", Integer, false, 10.0, ""),
        col("round_id", Integer, true, 10.0, "The round it was submitted in."),
        col("title", Text, true, 40.0, "Empty for hidden proposals."),
        col("body", Text, true, 60.0, "Markdown; empty for hidden proposals."),
        col("theme", Text, true, 20.0, ""),
        col("language", Text, false, 8.0, "A language code such as it or ar."),
        col("state", Text, false, 10.0, "published, withdrawn, hidden or merged."),
        col("merged_into", Integer, true, 10.0, "The proposal it was merged into."),
        col("state_reason", Text, true, 30.0, "Why it was withdrawn or hidden."),
        col("author", Text, true, 14.0, "The author's pseudonym, stable within this consultation."),
        col("author_group", Text, true, 14.0, "The author's stakeholder group, or the group met in person."),
        col("author_name", Text, true, 20.0, "Only where the consultation allows naming authors."),
        col("organisation", Text, true, 24.0, "The organisation the author signed it for, from the public register."),
        col("organisation_kind", Text, true, 14.0, "public_body, third_sector or other."),
        col("coauthors", Text, false, 20.0, "Co-authors' pseudonyms, space-separated."),
        col("recorded_in_person", Boolean, false, 10.0, "Recorded by a facilitator at an in-person meeting."),
        col("comments_count", Integer, false, 10.0, "Published comments."),
        col("answer", Text, false, 14.0, "pending, evaluating, accepted, partially_accepted or rejected."),
        col("answer_justification", Text, true, 60.0, "Required for every final answer."),
        col("answered_at", Time, true, 20.0, ""),
        col("created_at", Time, false, 20.0, ""),
        col("edited_at", Time, true, 20.0, ""),
    ],
};

#[rustfmt::skip]
pub const COMMENTS: Table = Table {
    name: "comments",
    doc: "Every comment, threaded by parent_id.",
    columns: &[
        col("comment_id", Integer, false, 10.0, ""),
        col("proposal_id", Integer, false, 10.0, ""),
        col("parent_id", Integer, true, 10.0, "The comment it replies to."),
        col("depth", Integer, false, 8.0, "0 on the proposal, 1 for a reply, and so on."),
        col("author", Text, true, 14.0, "The author's pseudonym."),
        col("author_group", Text, true, 14.0, ""),
        col("author_name", Text, true, 20.0, "Only where the consultation allows naming authors."),
        col("organisation", Text, true, 24.0, "The organisation the author signed it for, from the public register."),
        col("organisation_kind", Text, true, 14.0, "public_body, third_sector or other."),
        col("stance", Text, false, 10.0, "for, against or neutral."),
        col("state", Text, false, 10.0, "published, withdrawn or hidden."),
        col("body", Text, true, 60.0, "Empty for withdrawn and hidden comments, and on hidden proposals."),
        col("hidden_reason", Text, true, 30.0, "The moderators' reason."),
        col("created_at", Time, false, 20.0, ""),
        col("edited_at", Time, true, 20.0, ""),
    ],
};

#[rustfmt::skip]
pub const ANSWERS: Table = Table {
    name: "answers",
    doc: "Every answer given to a proposal, oldest first (the last one is current).",
    columns: &[
        col("answer_id", Integer, false, 10.0, ""),
        col("proposal_id", Integer, false, 10.0, ""),
        col("answer", Text, false, 14.0, ""),
        col("justification", Text, true, 60.0, ""),
        col("answered_by", Text, true, 14.0, "The facilitator's pseudonym."),
        col("answered_at", Time, false, 20.0, ""),
    ],
};

#[rustfmt::skip]
pub const RESULTS: Table = Table {
    name: "results",
    doc: "Online votes per voting round, proposal and stakeholder group (group all: every voter). \
          Figures are empty where a group has fewer than 3 voters, or is hidden with such a group.",
    columns: &[
        col("round_id", Integer, false, 10.0, ""),
        col("vote_rule", Text, false, 10.0, ""),
        col("public", Boolean, false, 8.0, "false: a preview for the consultation's facilitators."),
        col("proposal_id", Integer, false, 10.0, ""),
        col("proposal_title", Text, false, 40.0, ""),
        col("stakeholder_group", Text, false, 14.0, "all, beneficiary, institution, third_sector or other."),
        col("voters", Integer, true, 10.0, "Accounts of the group that voted in the round."),
        col("in_favour", Integer, true, 10.0, "Supports, votes for, or dots."),
        col("against", Integer, true, 10.0, "approval only; group all only."),
        col("abstain", Integer, true, 10.0, "approval only; group all only."),
        col("share", Share, true, 10.0, "Share of the group's voters in favour (0 to 1); for group all, empty under dots."),
        col("cross_group_support", Share, true, 12.0, "The lowest share among groups of 3 voters or more; group all only."),
    ],
};

#[rustfmt::skip]
pub const IN_PERSON: Table = Table {
    name: "in_person",
    doc: "Contributions from in-person meetings: proposals recorded there, and counts of votes \
          taken there (never added to the online results).",
    columns: &[
        col("kind", Text, false, 14.0, "proposal or vote_count."),
        col("proposal_id", Integer, false, 10.0, ""),
        col("round_id", Integer, true, 10.0, "For vote counts: the voting round."),
        col("place", Text, true, 24.0, ""),
        col("held_on", Date, true, 12.0, ""),
        col("method", Text, true, 20.0, "For vote counts: how the vote was taken."),
        col("stakeholder_group", Text, true, 14.0, ""),
        col("people", Integer, true, 8.0, "For proposals: how many people took part."),
        col("in_favour", Integer, true, 10.0, ""),
        col("against", Integer, true, 10.0, ""),
        col("abstain", Integer, true, 10.0, ""),
        col("recorded_by", Text, true, 14.0, "The facilitator's pseudonym."),
    ],
};

#[rustfmt::skip]
pub const MEETINGS: Table = Table {
    name: "meetings",
    doc: "The consultation's meetings, in person and online, soonest first: places, who came by \
          stakeholder group (registered people checked in plus walk-ins) and the published minutes. \
          Never who registered, nor what they need.",
    columns: &[
        col("meeting_id", Integer, false, 10.0, ""),
        col("round_id", Integer, true, 10.0, "The round it belongs to."),
        col("title", Text, false, 30.0, ""),
        col("starts_at", Time, false, 20.0, ""),
        col("ends_at", Time, false, 20.0, ""),
        col("address", Text, true, 30.0, "Empty for a meeting only online."),
        col("online_url", Text, true, 30.0, "Empty for a meeting only in person."),
        col("languages", Text, true, 20.0, "The languages spoken, as the facilitators wrote them."),
        col("interpretation", Text, true, 20.0, "The interpretation offered."),
        col("childcare", Boolean, false, 10.0, "Childcare offered."),
        col("capacity", Integer, true, 10.0, "Places; empty for no limit."),
        col("registered", Integer, false, 10.0, "People holding a place."),
        col("waiting", Integer, false, 10.0, "People on the waiting list."),
        col("attended_beneficiary", Integer, true, 12.0, "People who came, of the group; empty until attendance is recorded."),
        col("attended_institution", Integer, true, 12.0, ""),
        col("attended_third_sector", Integer, true, 12.0, ""),
        col("attended_other", Integer, true, 12.0, ""),
        col("attended_total", Integer, true, 12.0, "Everyone who came."),
        col("cancelled_at", Time, true, 20.0, ""),
        col("cancel_reason", Text, true, 30.0, ""),
        col("minutes", Text, true, 60.0, "Markdown; empty until the minutes are published."),
        col("minutes_published_at", Time, true, 20.0, ""),
        col("proposal_ids", Text, false, 16.0, "The proposals recorded at the meeting, space-separated."),
    ],
};

#[rustfmt::skip]
pub const COMMITMENTS: Table = Table {
    name: "commitments",
    doc: "What the public body committed to do from accepted proposals, and how far it has got.",
    columns: &[
        col("commitment_id", Integer, false, 10.0, ""),
        col("title", Text, false, 40.0, ""),
        col("description", Text, false, 60.0, "Markdown."),
        col("responsible", Text, false, 24.0, "The office or body that carries it out."),
        col("status", Text, false, 12.0, "planned, in_progress, done or dropped."),
        col("dropped_reason", Text, true, 30.0, "Why it was dropped."),
        col("progress", Integer, false, 10.0, "Percent, 0 to 100."),
        col("starts_on", Date, true, 12.0, "Planned start."),
        col("ends_on", Date, true, 12.0, "Planned end."),
        col("budget_cents", Integer, true, 14.0, "In hundredths of budget_currency."),
        col("budget_currency", Text, true, 10.0, "An ISO 4217 code such as EUR."),
        col("proposal_ids", Text, false, 16.0, "The proposals it comes from, space-separated."),
        col("created_at", Time, false, 20.0, ""),
        col("updated_at", Time, false, 20.0, ""),
    ],
};

#[rustfmt::skip]
pub const COMMITMENT_UPDATES: Table = Table {
    name: "commitment_updates",
    doc: "The dated updates of every commitment, oldest first.",
    columns: &[
        col("update_id", Integer, false, 10.0, ""),
        col("commitment_id", Integer, false, 10.0, ""),
        col("body", Text, false, 60.0, "Markdown."),
        col("status", Text, true, 12.0, "The status it set, if it changed it."),
        col("dropped_reason", Text, true, 30.0, ""),
        col("progress", Integer, true, 10.0, "The progress it set, if it changed it."),
        col("posted_by", Text, true, 14.0, "The facilitator's pseudonym."),
        col("posted_at", Time, false, 20.0, ""),
    ],
};

#[rustfmt::skip]
pub const DOCUMENTS: Table = Table {
    name: "documents",
    doc: "The documents attached to the consultation, its meetings and its commitments (not removed): \
          what they are, not their content, which is downloaded from the consultation's pages.",
    columns: &[
        col("document_id", Integer, false, 10.0, "Downloaded at /documents/{document_id}/{name}."),
        col("parent_kind", Text, false, 14.0, "consultation, meeting or commitment."),
        col("parent_id", Integer, false, 10.0, "The consultation's, meeting's or commitment's id."),
        col("name", Text, false, 30.0, "The file's name."),
        col("title", Text, true, 30.0, ""),
        col("content_type", Text, false, 24.0, "As recognised from the content, such as application/pdf."),
        col("size_bytes", Integer, false, 12.0, ""),
        col("sha256", Text, false, 66.0, "The SHA-256 of the content, in hexadecimal."),
        col("created_at", Time, false, 20.0, ""),
    ],
};

/// Every table, in the order exports write them.
pub const TABLES: [&Table; 11] = [
    &CONSULTATION,
    &ROUNDS,
    &PROPOSALS,
    &COMMENTS,
    &ANSWERS,
    &RESULTS,
    &IN_PERSON,
    &MEETINGS,
    &COMMITMENTS,
    &COMMITMENT_UPDATES,
    &DOCUMENTS,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_unique_within_each_table() {
        for table in TABLES {
            let mut names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), table.columns.len(), "{}", table.name);
        }
    }

    #[test]
    fn cells_are_written_as_json_in_one_way() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let at = day.and_hms_opt(9, 30, 0).unwrap().and_utc();
        assert_eq!(Cell::Date(day).to_json(), json!("2026-11-26"));
        assert_eq!(Cell::Time(at).to_json(), json!("2026-11-26T09:30:00Z"));
        assert_eq!(Cell::Share(2.0 / 3.0).to_json(), json!(0.6667));
        assert_eq!(Cell::Empty.to_json(), Value::Null);
    }
}

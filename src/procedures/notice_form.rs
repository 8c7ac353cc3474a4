//! The notice form: every section the law asks for as its own field, the organisation kinds
//! that may apply as checkboxes, and the evaluation criteria as rows (blank rows ignored,
//! weights summing to 100). Checked into [`NoticeFields`]; kept as typed when invalid.

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use entity::{procedure, procedure_criterion};

use crate::{
    markdown, timezone,
    web::{FormErrors, TextKind, one_line},
};

const MAX_TITLE_CHARS: usize = 200;
const MAX_TEXT_CHARS: usize = 20_000;
const MAX_NOTE_CHARS: usize = 2_000;
/// How many criterion rows the form offers.
pub const CRITERION_ROWS: usize = 6;
/// The shortest time between publication and the deadline: 20 days of 24 hours.
pub const MIN_APPLICATION_DAYS: i64 = 20;
/// The organisation kinds, by their stored codes, in the form's order.
pub const KINDS: [&str; 3] = ["third_sector", "public_body", "other"];

/// The field names of each criterion row (`&'static` because errors name them).
const ROW_FIELDS: [[&str; 3]; CRITERION_ROWS] = [
    [
        "criterion-1-name",
        "criterion-1-description",
        "criterion-1-weight",
    ],
    [
        "criterion-2-name",
        "criterion-2-description",
        "criterion-2-weight",
    ],
    [
        "criterion-3-name",
        "criterion-3-description",
        "criterion-3-weight",
    ],
    [
        "criterion-4-name",
        "criterion-4-description",
        "criterion-4-weight",
    ],
    [
        "criterion-5-name",
        "criterion-5-description",
        "criterion-5-weight",
    ],
    [
        "criterion-6-name",
        "criterion-6-description",
        "criterion-6-weight",
    ],
];

/// The notice's sections that are texts, by form name, with whether the law requires them.
pub const SECTIONS: [(&str, bool); 6] = [
    ("purposes", true),
    ("economic_frame", true),
    ("duration", true),
    ("how_to_apply", true),
    ("requirements", true),
    ("supporters_note", false),
];

/// The Fluent key of a section's label (and heading).
pub fn section_label(name: &str) -> &'static str {
    match name {
        "purposes" => "field-procedure-purposes",
        "economic_frame" => "field-procedure-economic_frame",
        "duration" => "field-procedure-duration",
        "how_to_apply" => "field-procedure-how_to_apply",
        "requirements" => "field-procedure-requirements",
        "supporters_note" => "field-procedure-supporters_note",
        _ => "field-procedure-title",
    }
}

/// One criterion row as typed.
#[derive(Debug, Default, Clone)]
pub struct CriterionRow {
    pub number: usize,
    pub name: String,
    pub description: String,
    pub weight: String,
}

impl CriterionRow {
    pub fn field(&self, part: usize) -> &'static str {
        ROW_FIELDS[self.number - 1][part]
    }
}

/// The form as submitted (read from its pairs: checkboxes are present only when ticked).
#[derive(Debug, Default, Clone)]
pub struct NoticeForm {
    pub title: String,
    pub purposes: String,
    pub economic_frame: String,
    pub duration: String,
    pub how_to_apply: String,
    pub applications_close_at: String,
    pub supporters_allowed: bool,
    pub supporters_note: String,
    pub requirements: String,
    pub runs_service: bool,
    pub kinds: Vec<String>,
    pub criteria: Vec<CriterionRow>,
    /// Why a published notice changes (the errata's note).
    pub erratum_note: String,
}

fn empty_rows() -> Vec<CriterionRow> {
    (1..=CRITERION_ROWS)
        .map(|number| CriterionRow {
            number,
            ..Default::default()
        })
        .collect()
}

impl NoticeForm {
    pub fn blank() -> Self {
        Self {
            kinds: vec!["third_sector".to_owned()],
            criteria: empty_rows(),
            ..Default::default()
        }
    }

    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self {
            criteria: empty_rows(),
            ..Default::default()
        };
        for (name, value) in pairs {
            if let Some(rest) = name.strip_prefix("criterion-") {
                let mut parts = rest.splitn(2, '-');
                let number: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                if let Some(row) = form.criteria.get_mut(number.wrapping_sub(1)) {
                    match parts.next() {
                        Some("name") => row.name = value,
                        Some("description") => row.description = value,
                        Some("weight") => row.weight = value,
                        _ => {}
                    }
                }
                continue;
            }
            match name.as_str() {
                "title" => form.title = value,
                "purposes" => form.purposes = value,
                "economic_frame" => form.economic_frame = value,
                "duration" => form.duration = value,
                "how_to_apply" => form.how_to_apply = value,
                "applications_close_at" => form.applications_close_at = value,
                "supporters_allowed" => form.supporters_allowed = true,
                "supporters_note" => form.supporters_note = value,
                "requirements" => form.requirements = value,
                "runs_service" => form.runs_service = true,
                "kind" if KINDS.contains(&value.as_str()) && !form.kinds.contains(&value) => {
                    form.kinds.push(value)
                }
                "erratum_note" => form.erratum_note = value,
                _ => {}
            }
        }
        form
    }

    pub fn from_procedure(
        procedure: &procedure::Model,
        criteria: &[procedure_criterion::Model],
        zone: Tz,
    ) -> Self {
        let mut rows = empty_rows();
        for (row, criterion) in rows.iter_mut().zip(criteria) {
            row.name = criterion.name.clone();
            row.description = criterion.description.clone();
            row.weight = criterion.weight.to_string();
        }
        Self {
            title: procedure.title.clone(),
            purposes: procedure.purposes.clone(),
            economic_frame: procedure.economic_frame.clone(),
            duration: procedure.duration.clone(),
            how_to_apply: procedure.how_to_apply.clone(),
            applications_close_at: deadline_input(procedure.applications_close_at, zone),
            supporters_allowed: procedure.supporters_allowed,
            supporters_note: procedure.supporters_note.clone(),
            requirements: procedure.requirements.clone(),
            runs_service: procedure.runs_service,
            kinds: kinds_of(&procedure.admitted_kinds),
            criteria: rows,
            erratum_note: String::new(),
        }
    }

    pub fn has_kind(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k == kind)
    }

    /// A text section's value by its form name.
    pub fn section(&self, name: &str) -> &str {
        match name {
            "purposes" => &self.purposes,
            "economic_frame" => &self.economic_frame,
            "duration" => &self.duration,
            "how_to_apply" => &self.how_to_apply,
            "requirements" => &self.requirements,
            "supporters_note" => &self.supporters_note,
            _ => "",
        }
    }
}

/// The deadline as the form shows it: to the minute, or to the second when it has seconds.
pub fn deadline_input(at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    if local.format("%S").to_string() == "00" {
        timezone::input_value(at, zone)
    } else {
        local.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// The stored kinds (`third_sector,other`) as a list.
pub fn kinds_of(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A criterion, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub name: String,
    pub description: String,
    pub weight: i32,
}

/// The notice's fields, checked.
#[derive(Debug, Clone)]
pub struct NoticeFields {
    pub title: String,
    pub purposes: String,
    pub economic_frame: String,
    pub duration: String,
    pub how_to_apply: String,
    pub applications_close_at: DateTime<Utc>,
    pub supporters_allowed: bool,
    pub supporters_note: String,
    pub requirements: String,
    pub runs_service: bool,
    pub admitted_kinds: String,
    pub criteria: Vec<Criterion>,
    pub erratum_note: String,
}

/// The earliest deadline a notice published at `now` may have.
pub fn earliest_deadline(now: DateTime<Utc>) -> DateTime<Utc> {
    now + TimeDelta::days(MIN_APPLICATION_DAYS)
}

fn check_texts(form: &NoticeForm, errors: &mut FormErrors) {
    errors.refuse_control_characters("title", &form.title, TextKind::Line);
    let title = one_line(&form.title);
    if title.is_empty() {
        errors.add("title", "error-procedure-title-required");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("title", "error-title-long");
    }
    for (name, required) in SECTIONS {
        let value = form.section(name);
        errors.refuse_control_characters(name, value, TextKind::Long);
        if let Some(refusal) = markdown::refusal(value) {
            errors.add(name, refusal);
        }
        if required && value.trim().is_empty() {
            errors.add(name, "error-procedure-section-required");
        } else if value.chars().count() > MAX_TEXT_CHARS {
            errors.add(name, "error-procedure-text-long");
        }
    }
    if form.kinds.is_empty() {
        errors.add("kinds", "error-procedure-kinds-required");
    }
}

/// The criteria rows that are not blank, checked; `None` where a row has a problem.
fn check_criteria(form: &NoticeForm, errors: &mut FormErrors) -> Vec<Criterion> {
    let mut criteria = Vec::new();
    let mut rows_ok = true;
    for row in &form.criteria {
        let name = one_line(&row.name);
        let description = row.description.trim().to_owned();
        if name.is_empty() && description.is_empty() && row.weight.trim().is_empty() {
            continue;
        }
        errors.refuse_control_characters(row.field(0), &row.name, TextKind::Line);
        errors.refuse_control_characters(row.field(1), &row.description, TextKind::Long);
        if name.is_empty() {
            errors.add(row.field(0), "error-procedure-criterion-name");
            rows_ok = false;
        } else if name.chars().count() > MAX_TITLE_CHARS {
            errors.add(row.field(0), "error-title-long");
            rows_ok = false;
        }
        if description.chars().count() > MAX_NOTE_CHARS {
            errors.add(row.field(1), "error-procedure-text-long");
            rows_ok = false;
        }
        match row.weight.trim().parse::<i32>() {
            Ok(weight) if (1..=100).contains(&weight) => criteria.push(Criterion {
                name,
                description,
                weight,
            }),
            _ => {
                errors.add(row.field(2), "error-procedure-criterion-weight");
                rows_ok = false;
            }
        }
    }
    if rows_ok && criteria.is_empty() {
        errors.add("criterion-1-name", "error-procedure-criteria-required");
    } else if rows_ok && criteria.iter().map(|c| c.weight).sum::<i32>() != 100 {
        errors.add("criterion-1-weight", "error-procedure-weights-sum");
    }
    criteria
}

/// Checks the form. The 20-day rule is the publication's ([`check_publishable`]); a
/// published notice's corrections are checked by the caller against what it said.
pub fn parse(form: &NoticeForm, zone: Tz) -> Result<NoticeFields, FormErrors> {
    let mut errors = FormErrors::new();
    check_texts(form, &mut errors);
    let deadline = timezone::parse_local(&form.applications_close_at, zone);
    if deadline.is_none() {
        errors.add("applications_close_at", "error-date-invalid");
    }
    let criteria = check_criteria(form, &mut errors);
    errors.refuse_control_characters("erratum_note", &form.erratum_note, TextKind::Long);
    if form.erratum_note.chars().count() > MAX_NOTE_CHARS {
        errors.add("erratum_note", "error-procedure-text-long");
    }
    errors.into_result()?;
    let mut kinds: Vec<&str> = KINDS.iter().copied().filter(|k| form.has_kind(k)).collect();
    kinds.dedup();
    Ok(NoticeFields {
        title: one_line(&form.title),
        purposes: form.purposes.trim().to_owned(),
        economic_frame: form.economic_frame.trim().to_owned(),
        duration: form.duration.trim().to_owned(),
        how_to_apply: form.how_to_apply.trim().to_owned(),
        applications_close_at: deadline.unwrap_or_default(),
        supporters_allowed: form.supporters_allowed,
        supporters_note: form.supporters_note.trim().to_owned(),
        requirements: form.requirements.trim().to_owned(),
        runs_service: form.runs_service,
        admitted_kinds: kinds.join(","),
        criteria,
        erratum_note: form.erratum_note.trim().to_owned(),
    })
}

/// The 20-day rule: a notice published at `now` must leave at least 20 × 24 hours to apply.
pub fn check_publishable(deadline: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), FormErrors> {
    let mut errors = FormErrors::new();
    if deadline < earliest_deadline(now) {
        errors.add("applications_close_at", "error-procedure-deadline-20-days");
    }
    errors.into_result()
}

#[cfg(test)]
mod tests {
    use chrono_tz::Europe::Rome;

    use super::*;

    fn pairs(weights: &[&str]) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = [
            ("title", "Casa"),
            ("purposes", "Scopi"),
            ("economic_frame", "100.000 €"),
            ("duration", "Due anni"),
            ("how_to_apply", "Dal sito"),
            ("requirements", "Iscrizione al RUNTS"),
            ("applications_close_at", "2026-07-15T10:00:30"),
            ("kind", "third_sector"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        for (i, weight) in weights.iter().enumerate() {
            pairs.push((format!("criterion-{}-name", i + 1), format!("C{i}")));
            pairs.push((format!("criterion-{}-weight", i + 1), (*weight).to_owned()));
        }
        pairs
    }

    #[test]
    fn weights_must_sum_to_a_hundred_and_blank_rows_are_ignored() {
        let form = NoticeForm::from_pairs(pairs(&["60", "40"]));
        let fields = parse(&form, Rome).expect("valid");
        assert_eq!(fields.criteria.len(), 2);
        assert_eq!(fields.admitted_kinds, "third_sector");
        assert_eq!(
            timezone::machine(fields.applications_close_at),
            "2026-07-15T08:00:30Z"
        );
        let errors = parse(&NoticeForm::from_pairs(pairs(&["60", "30"])), Rome).unwrap_err();
        assert_eq!(
            errors.get("criterion-1-weight"),
            Some("error-procedure-weights-sum")
        );
        let errors = parse(&NoticeForm::from_pairs(pairs(&[])), Rome).unwrap_err();
        assert_eq!(
            errors.get("criterion-1-name"),
            Some("error-procedure-criteria-required")
        );
    }

    #[test]
    fn twenty_days_means_twenty_times_twenty_four_hours() {
        let now = Utc::now();
        let short = now + TimeDelta::days(20) - TimeDelta::hours(1);
        assert!(check_publishable(short, now).is_err());
        assert!(check_publishable(now + TimeDelta::days(20), now).is_ok());
    }
}

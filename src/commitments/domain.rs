//! What facilitators type about a commitment and its updates, parsed into what is saved:
//! each problem named at its field, nothing saved until every field is right.

use chrono::NaiveDate;
use entity::{Code, CommitmentStatus};
use serde::Deserialize;

use crate::{
    markdown,
    web::{FormErrors, TextKind, one_line},
};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_RESPONSIBLE_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 20_000;
pub const MAX_REASON_CHARS: usize = 5_000;
/// Every status, in the order of a commitment's life.
pub const STATUSES: [&str; 4] = ["planned", "in_progress", "done", "dropped"];

/// The commitment form as sent: every field as typed, so it can be shown again.
#[derive(Debug, Default, Clone)]
pub struct CommitmentForm {
    pub title: String,
    pub description: String,
    pub responsible: String,
    pub status: String,
    pub reason: String,
    pub progress: String,
    pub starts_on: String,
    pub ends_on: String,
    pub budget: String,
    pub currency: String,
    /// The ids of the proposals it comes from, as ticked (`proposal` fields, one each).
    pub proposals: Vec<String>,
}

impl CommitmentForm {
    /// Reads the form by hand: it has several `proposal` fields.
    pub fn read(body: &[u8]) -> Self {
        let mut form = Self::default();
        for (key, value) in form_urlencoded::parse(body) {
            let value = value.into_owned();
            match key.as_ref() {
                "title" => form.title = value,
                "description" => form.description = value,
                "responsible" => form.responsible = value,
                "status" => form.status = value,
                "reason" => form.reason = value,
                "progress" => form.progress = value,
                "starts_on" => form.starts_on = value,
                "ends_on" => form.ends_on = value,
                "budget" => form.budget = value,
                "currency" => form.currency = value,
                "proposal" => form.proposals.push(value),
                _ => {}
            }
        }
        form
    }

    /// Whether proposal `id` is ticked.
    pub fn ticks(&self, id: &i64) -> bool {
        let id = id.to_string();
        self.proposals.iter().any(|p| p.trim() == id)
    }
}

/// A budget in hundredths of a currency: exact, never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub cents: i64,
    pub currency: [u8; 3],
}

impl Budget {
    pub fn currency(&self) -> String {
        String::from_utf8_lossy(&self.currency).into_owned()
    }
}

/// Where a commitment stands: its status, the reason when dropped, and its progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub status: CommitmentStatus,
    pub reason: Option<String>,
    pub progress: i32,
}

/// A commitment ready to save.
#[derive(Debug, Clone)]
pub struct CommitmentDraft {
    pub title: String,
    pub description: String,
    pub responsible: String,
    pub standing: Standing,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub budget: Option<Budget>,
    pub proposals: Vec<i64>,
}

/// An amount as people type it: digits, at most one `.` or `,` before one or two decimals.
/// Thousands separators are refused rather than guessed (is `1.500` fifteen hundred?).
pub fn parse_cents(input: &str) -> Option<i64> {
    let input = input.trim();
    let (whole, fraction) = match input.find(['.', ',']) {
        Some(at) => (&input[..at], &input[at + 1..]),
        None => (input, ""),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 2 {
        return None;
    }
    if input.find(['.', ',']).is_some() && fraction.is_empty() {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction: i64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(fraction)
}

fn parse_day(input: &str) -> Result<Option<NaiveDate>, ()> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(input, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// A status, a reason (required to drop) and a progress, as typed. `current` fills what an
/// update leaves blank; a commitment done is 100 % done.
pub fn parse_standing(
    errors: &mut FormErrors,
    (status, reason, progress): (&str, &str, &str),
    current: Option<&Standing>,
) -> Option<Standing> {
    let problems_before = errors.iter().count();
    let status = match (status.trim(), current) {
        ("", Some(current)) => Some(current.status),
        (code, _) => CommitmentStatus::from_code(code),
    };
    if status.is_none() {
        errors.add("status", "error-commitment-status");
    }
    errors.refuse_control_characters("reason", reason, TextKind::Long);
    let reason = reason.trim();
    let dropping = status == Some(CommitmentStatus::Dropped);
    if dropping && reason.is_empty() {
        errors.add("reason", "error-commitment-reason-required");
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        errors.add("reason", "error-commitment-text-long");
    }
    let progress = match (progress.trim(), current) {
        ("", Some(current)) => Some(current.progress),
        ("", None) => Some(0),
        (typed, _) => typed.parse::<i32>().ok().filter(|p| (0..=100).contains(p)),
    };
    if progress.is_none() {
        errors.add("progress", "error-commitment-progress");
    }
    if errors.iter().count() > problems_before {
        return None;
    }
    let status = status?;
    let progress = if status == CommitmentStatus::Done {
        100
    } else {
        progress?
    };
    Some(Standing {
        status,
        reason: dropping.then(|| reason.to_owned()),
        progress,
    })
}

/// The form as a commitment, or the problems with it. `eligible` holds the ids of the
/// proposals it may come from (accepted or partly accepted, in this consultation).
pub fn parse(form: &CommitmentForm, eligible: &[i64]) -> Result<CommitmentDraft, FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("title", &form.title, TextKind::Line);
    let title = one_line(&form.title);
    if title.is_empty() {
        errors.add("title", "error-commitment-title-required");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("title", "error-commitment-title-long");
    }
    errors.refuse_control_characters("description", &form.description, TextKind::Long);
    let description = form.description.trim().to_owned();
    if description.chars().count() > MAX_TEXT_CHARS {
        errors.add("description", "error-commitment-text-long");
    }
    if let Some(problem) = markdown::refusal(&description) {
        errors.add("description", problem);
    }
    errors.refuse_control_characters("responsible", &form.responsible, TextKind::Line);
    let responsible = one_line(&form.responsible);
    if responsible.is_empty() {
        errors.add("responsible", "error-commitment-responsible-required");
    } else if responsible.chars().count() > MAX_RESPONSIBLE_CHARS {
        errors.add("responsible", "error-commitment-title-long");
    }
    let standing = parse_standing(
        &mut errors,
        (&form.status, &form.reason, &form.progress),
        None,
    );
    let starts_on = parse_day(&form.starts_on);
    if starts_on.is_err() {
        errors.add("starts_on", "error-day-invalid");
    }
    let ends_on = parse_day(&form.ends_on);
    if ends_on.is_err() {
        errors.add("ends_on", "error-day-invalid");
    }
    if let (Ok(Some(start)), Ok(Some(end))) = (starts_on, ends_on)
        && end < start
    {
        errors.add("ends_on", "error-commitment-ends-before");
    }
    let budget = parse_budget(&mut errors, &form.budget, &form.currency);
    let mut proposals = Vec::new();
    for id in &form.proposals {
        match id.trim().parse::<i64>() {
            Ok(id) if eligible.contains(&id) => {
                if !proposals.contains(&id) {
                    proposals.push(id);
                }
            }
            _ => errors.add("proposals", "error-commitment-proposal-invalid"),
        }
    }
    if proposals.is_empty() {
        errors.add("proposals", "error-commitment-proposal-required");
    }
    match (standing, starts_on, ends_on, budget, errors.is_empty()) {
        (Some(standing), Ok(starts_on), Ok(ends_on), Ok(budget), true) => Ok(CommitmentDraft {
            title,
            description,
            responsible,
            standing,
            starts_on,
            ends_on,
            budget,
            proposals,
        }),
        _ => Err(errors),
    }
}

fn parse_budget(
    errors: &mut FormErrors,
    amount: &str,
    currency: &str,
) -> Result<Option<Budget>, ()> {
    if amount.trim().is_empty() {
        return Ok(None);
    }
    let cents = parse_cents(amount);
    if cents.is_none() {
        errors.add("budget", "error-commitment-budget");
    }
    let currency = match currency.trim() {
        "" => "EUR".to_owned(),
        code => code.to_ascii_uppercase(),
    };
    let code: Option<[u8; 3]> = currency
        .as_bytes()
        .try_into()
        .ok()
        .filter(|c: &[u8; 3]| c.iter().all(u8::is_ascii_uppercase));
    if code.is_none() {
        errors.add("currency", "error-commitment-currency");
    }
    match (cents, code) {
        (Some(cents), Some(currency)) => Ok(Some(Budget { cents, currency })),
        _ => Err(()),
    }
}

/// An update as sent.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct UpdateForm {
    pub body: String,
    pub status: String,
    pub reason: String,
    pub progress: String,
}

/// An update ready to save: its text and where it leaves the commitment.
#[derive(Debug, Clone)]
pub struct UpdateDraft {
    pub body: String,
    pub standing: Standing,
}

pub fn parse_update(form: &UpdateForm, current: &Standing) -> Result<UpdateDraft, FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("body", &form.body, TextKind::Long);
    let body = form.body.trim().to_owned();
    if body.is_empty() {
        errors.add("body", "error-commitment-update-required");
    } else if body.chars().count() > MAX_TEXT_CHARS {
        errors.add("body", "error-commitment-text-long");
    }
    if let Some(problem) = markdown::refusal(&body) {
        errors.add("body", problem);
    }
    let standing = parse_standing(
        &mut errors,
        (&form.status, &form.reason, &form.progress),
        Some(current),
    );
    match (standing, errors.is_empty()) {
        (Some(standing), true) => Ok(UpdateDraft { body, standing }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_exactly_or_refused() {
        assert_eq!(parse_cents("12500"), Some(1_250_000));
        assert_eq!(parse_cents("12500,5"), Some(1_250_050));
        assert_eq!(parse_cents(" 0.07 "), Some(7));
        for bad in ["", "1.500.000", "12,345", "-3", "1e5", "abc", "3.", ".5"] {
            assert_eq!(parse_cents(bad), None, "{bad}");
        }
    }

    #[test]
    fn dropping_needs_a_reason_and_done_is_complete() {
        let mut errors = FormErrors::new();
        assert!(parse_standing(&mut errors, ("dropped", " ", "20"), None).is_none());
        assert_eq!(
            errors.get("reason"),
            Some("error-commitment-reason-required")
        );
        let mut errors = FormErrors::new();
        let done = parse_standing(&mut errors, ("done", "", "40"), None).unwrap();
        assert_eq!(done.progress, 100);
        let current = Standing {
            status: CommitmentStatus::InProgress,
            reason: None,
            progress: 30,
        };
        let kept = parse_standing(&mut errors, ("", "", ""), Some(&current)).unwrap();
        assert_eq!(kept, current);
        assert!(parse_standing(&mut errors, ("planned", "", "101"), None).is_none());
    }
}

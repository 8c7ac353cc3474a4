//! Every parser of what people type or send, given anything: a value or an error at the
//! field, never a panic. Round forms and their dates, vote choices and what is left of an
//! allowance, page numbers, comments and proposals with their Markdown limits. (Redirect
//! targets: `redirects.rs`; in-person tallies: beside their private parser.)

use axum::{extract::Query, http::Uri};
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Rome;
use entity::VoteRule;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use proptest::prelude::*;
use tavolo::{
    consultations::rounds::{self, MAX_TITLE_CHARS, RoundForm},
    discussion::comments::{self, CommentForm, MAX_COMMENT_CHARS},
    markdown::{self, MAX_NESTING, NESTING_ERROR},
    proposals::domain::{self as proposal, MAX_BODY_CHARS, ProposalForm},
    timezone,
    voting::{Allowance, Choice},
    web::{FormErrors, MAX_PAGE, PageQuery},
};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 8, 9, 0, 0).unwrap()
}

/// A date and time as a `datetime-local` input sends it, near `now`, or anything at all.
fn date_input() -> impl Strategy<Value = String> {
    prop_oneof![
        "202[5-8]-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]",
        "[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}[T ][0-9]{1,3}:[0-9]{1,3}(:[0-9]{1,3})?",
        any::<String>(),
    ]
}

/// Written as `YYYY-MM-DDTHH:MM`, every number padded.
fn is_canonical(input: &str) -> bool {
    input.len() == 16
        && input.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 => b == b':',
            _ => b.is_ascii_digit(),
        })
}

/// What a form field holds: one of the expected codes, or anything.
fn code_or_any(codes: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(codes).prop_map(str::to_owned),
        any::<String>()
    ]
}

/// Every error names a field of the form.
fn at_fields(errors: &FormErrors, fields: &[&str]) -> Result<(), TestCaseError> {
    prop_assert!(!errors.is_empty(), "an Err carries at least one error");
    for (field, _) in errors.iter() {
        prop_assert!(fields.contains(field), "an error at {field}, not a field");
    }
    Ok(())
}

fn tick(on: bool) -> Option<String> {
    on.then(|| "on".to_owned())
}

const ROUND_FIELDS: &[&str] = &[
    "title",
    "description",
    "opens_at",
    "closes_at",
    "group_beneficiary",
    "vote_rule",
    "vote_limit",
    "results_visibility",
    "confirm_past",
];

proptest! {
    /// A `datetime-local` value that reads as a time writes back as itself.
    #[test]
    fn dates_read_back_as_they_were_typed(input in date_input()) {
        if let Some(at) = timezone::parse_local(&input, Rome) {
            let trimmed = input.trim();
            if is_canonical(trimmed) {
                prop_assert_eq!(timezone::input_value(at, Rome), trimmed);
            }
        }
    }

    /// A round form gives rules that hold together, or errors at its fields.
    #[test]
    fn a_round_form_gives_rules_or_field_errors(
        title in prop_oneof!["[A-Za-z ]{1,20}", any::<String>()],
        description in any::<String>(),
        (opens_at, closes_at) in (date_input(), date_input()),
        vote_rule in code_or_any(&["support", "approval", "dots"]),
        vote_limit in prop_oneof!["-?[0-9]{0,5}", any::<String>()],
        results_visibility in code_or_any(&["live", "after_close"]),
        ticks in proptest::array::uniform8(any::<bool>()),
    ) {
        let form = RoundForm {
            title, description, opens_at, closes_at, vote_rule, vote_limit, results_visibility,
            allows_proposals: tick(ticks[0]),
            allows_comments: tick(ticks[1]),
            allows_voting: tick(ticks[2]),
            group_beneficiary: tick(ticks[3]),
            group_institution: tick(ticks[4]),
            group_third_sector: tick(ticks[5]),
            group_other: tick(ticks[6]),
            confirm_past: tick(ticks[7]),
        };
        match rounds::parse(&form, None, &[], Rome, now()) {
            Ok(rules) => {
                prop_assert!(rules.opens_at < rules.closes_at);
                prop_assert!(rules.closes_at > now());
                prop_assert!(!rules.title.is_empty());
                prop_assert!(rules.title.chars().count() <= MAX_TITLE_CHARS);
                prop_assert!(!rules.groups.is_empty());
                prop_assert!(rules.vote_limit.is_none_or(|n| (1..=1000).contains(&n)));
                if rules.vote_rule == VoteRule::Dots {
                    prop_assert!(rules.vote_limit.is_some());
                }
            }
            Err(errors) => at_fields(&errors, ROUND_FIELDS)?,
        }
    }

    /// A vote button's choice is one of its seven codes, or refused.
    #[test]
    fn a_vote_choice_is_a_known_code_or_none(code in code_or_any(&[
        "support", "for", "against", "abstain", "add_dot", "remove_dot", "withdraw",
    ])) {
        let known = ["support", "for", "against", "abstain", "add_dot", "remove_dot", "withdraw"];
        prop_assert_eq!(Choice::parse(&code).is_some(), known.contains(&code.as_str()));
    }

    /// Whatever votes are stored (dots placed, supports and opinions given), what is left of
    /// an allowance is between none and all of it.
    #[test]
    fn what_is_left_of_an_allowance_is_never_negative(
        rule in proptest::sample::select(&[VoteRule::Support, VoteRule::Approval, VoteRule::Dots][..]),
        limit in proptest::option::of(1..=1000_i32),
        values in proptest::collection::vec(0..=1000_i32, 0..50),
    ) {
        let allowance = Allowance::of(rule, limit, values);
        match allowance.left() {
            None => prop_assert!(rule == VoteRule::Approval || limit.is_none()),
            Some(left) => {
                prop_assert!((0..=i64::from(limit.unwrap_or(0))).contains(&left));
                prop_assert_eq!(allowance.can_add(), left > 0);
            }
        }
    }

    /// `?page=` holds a page from 1 to the maximum, or is refused (a 400), whatever it holds.
    #[test]
    fn a_page_number_is_in_range_or_refused(
        page in prop_oneof![
            any::<u64>().prop_map(|n| n.to_string()),
            (0..=MAX_PAGE + 1).prop_map(|n| n.to_string()),
            "-?[0-9]{1,25}",
            any::<String>(),
        ]
    ) {
        let encoded = utf8_percent_encode(&page, NON_ALPHANUMERIC);
        let uri: Uri = format!("/consultations?page={encoded}").parse().unwrap();
        match Query::<PageQuery>::try_from_uri(&uri) {
            Ok(Query(query)) => {
                prop_assert!((1..=MAX_PAGE).contains(&query.page.get()));
                prop_assert_eq!(page.parse::<u64>(), Ok(query.page.get()));
            }
            Err(_) => prop_assert!(!page.parse::<u64>().is_ok_and(|n| (1..=MAX_PAGE).contains(&n))),
        }
    }

    /// Markdown nested deeper than the limit is refused; anything else renders.
    #[test]
    fn markdown_too_deep_is_refused_and_the_rest_renders(
        prefix in proptest::collection::vec(
            proptest::sample::select(&["> ", "- ", "* ", "1. ", "  ", "_", "**", "["][..]),
            0..40,
        ),
        text in prop_oneof!["[a-z *_>\\-\\[\\]()`#\n]{0,200}", any::<String>()],
    ) {
        let markdown = format!("{}{text}", prefix.concat());
        match markdown::refusal(&markdown) {
            Some(key) => {
                prop_assert_eq!(key, NESTING_ERROR);
                prop_assert!(markdown::nesting(&markdown) > MAX_NESTING);
            }
            None => {
                prop_assert!(markdown::nesting(&markdown) <= MAX_NESTING);
                markdown::render(&markdown);
            }
        }
    }

    /// A comment gives its text and stance, or errors at its fields.
    #[test]
    fn a_comment_gives_text_and_stance_or_field_errors(
        body in prop_oneof![
            any::<String>(),
            "[a-z ]{0,20}",
            (1..3_usize).prop_map(|n| "a".repeat(MAX_COMMENT_CHARS - 1 + n)),
        ],
        stance in code_or_any(&["for", "against", "neutral"]),
    ) {
        let form = CommentForm { body, stance, parent_id: String::new(), on_behalf_of: String::new() };
        match comments::parse(&form) {
            Ok((text, _)) => {
                prop_assert!(!text.is_empty() && text.chars().count() <= MAX_COMMENT_CHARS);
                prop_assert!(markdown::refusal(&text).is_none());
            }
            Err(errors) => at_fields(&errors, &["body", "stance"])?,
        }
    }

    /// A proposal gives its text, or errors at its fields.
    #[test]
    fn a_proposal_gives_its_text_or_field_errors(
        title in prop_oneof!["[A-Za-z ]{1,20}", any::<String>()],
        body in prop_oneof![
            any::<String>(),
            "[a-z ]{0,40}",
            (1..3_usize).prop_map(|n| "a".repeat(MAX_BODY_CHARS - 1 + n)),
        ],
        theme in prop_oneof![Just(String::new()), any::<String>()],
        language in code_or_any(&["it", "en", "fr", "ar", "sq", "zh", "uk", "es"]),
    ) {
        let form = ProposalForm { title, body, theme, language, action: String::new(), on_behalf_of: String::new() };
        match proposal::parse(&form, &[]) {
            Ok(text) => {
                prop_assert!(!text.title.is_empty());
                prop_assert!(text.body.chars().count() <= MAX_BODY_CHARS);
                prop_assert!(markdown::refusal(&text.body).is_none());
                prop_assert_eq!(text.theme_id, None);
            }
            Err(errors) => at_fields(&errors, &["title", "body", "theme", "language"])?,
        }
    }
}

//! The tally form's checking: what a facilitator types, and anything else a client sends.

use proptest::prelude::*;

use super::*;

fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn a_tally_needs_place_day_method_and_some_count() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let errors = parse(&form(&[]), false, today).err().unwrap();
    assert_eq!(errors.get("place"), Some("error-place-required"));
    assert_eq!(errors.get("on"), Some("error-day-invalid"));
    assert_eq!(errors.get("method"), Some("error-tally-method-required"));
    let base = [
        ("place", "Biblioteca, Prato"),
        ("on", "2026-11-20"),
        ("method", "Show of hands"),
    ];
    let errors = parse(&form(&base), false, today).err().unwrap();
    assert_eq!(errors.get("for_beneficiary"), Some("error-tally-empty"));
    let mut fields = base.to_vec();
    fields.push(("for_institution", "-2"));
    let errors = parse(&form(&fields), false, today).err().unwrap();
    assert_eq!(
        errors.get("for_institution"),
        Some("error-tally-count-invalid")
    );
    let future = [
        ("place", "P"),
        ("on", "2026-11-27"),
        ("method", "M"),
        ("for_other", "1"),
    ];
    let errors = parse(&form(&future), false, today).err().unwrap();
    assert_eq!(errors.get("on"), Some("error-tally-day-future"));
}

#[test]
fn against_and_abstain_count_only_under_approval() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let fields = form(&[
        ("place", "Centro"),
        ("on", "2026-11-20"),
        ("method", "Ballot box"),
        ("for_beneficiary", "10"),
        ("against_beneficiary", "3"),
        ("abstain_other", "1"),
    ]);
    let support = parse(&fields, false, today).unwrap();
    assert_eq!(support.counts[0], [10, 0, 0]);
    assert_eq!(support.counts[3], [0, 0, 0]);
    let approval = parse(&fields, true, today).unwrap();
    assert_eq!(approval.counts[0], [10, 3, 0]);
    assert_eq!(approval.counts[3], [0, 0, 1]);
}

/// What a tally field holds: a count, a day, a short text, or anything.
fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?[0-9]{1,12}",
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        "[A-Za-z ]{0,12}",
        any::<String>(),
    ]
}

proptest! {
    /// Any form gives a tally whose counts are in range and not all zero, or errors at the
    /// form's fields.
    #[test]
    fn any_tally_form_gives_counts_in_range_or_field_errors(
        values in proptest::collection::hash_map(
            proptest::sample::select(
                ["place", "on", "method"]
                    .into_iter()
                    .chain(COUNT_FIELDS.into_iter().flatten())
                    .collect::<Vec<_>>(),
            )
            .prop_map(str::to_owned),
            field_value(),
            0..16,
        ),
        approval in any::<bool>(),
    ) {
        let today = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        match parse(&values, approval, today) {
            Ok(tally) => {
                prop_assert!(!tally.place.is_empty() && !tally.method.is_empty());
                prop_assert!(tally.held_on <= today);
                let counts = tally.counts.iter().flatten();
                prop_assert!(counts.clone().all(|n| (0..=MAX_COUNT).contains(n)));
                prop_assert!(counts.clone().any(|n| *n > 0));
                if !approval {
                    let only_in_favour = tally
                        .counts
                        .iter()
                        .all(|[_, against, abstain]| *against == 0 && *abstain == 0);
                    prop_assert!(only_in_favour);
                }
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for (field, _) in errors.iter() {
                    prop_assert!(
                        ["place", "on", "method"].contains(field)
                            || COUNT_FIELDS.iter().flatten().any(|f| f == field),
                        "an error at {field}"
                    );
                }
            }
        }
    }
}

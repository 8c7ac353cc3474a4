//! The survey settings form: what a facilitator submits, shown again when invalid, and
//! checked into a survey's settings.

use chrono_tz::Tz;
use entity::{Code, StakeholderGroup, SurveyResultsVisibility, round, survey};
use serde::Deserialize;

use crate::{
    i18n::Locale,
    surveys::{build::Settings, model},
    timezone,
    web::{FormErrors, TextKind, one_line},
};

const MAX_TITLE_CHARS: usize = 200;
pub const MAX_INTRO_CHARS: usize = 20_000;
pub const VISIBILITIES: [&str; 3] = ["live", "after_close", "facilitators"];

/// The settings form as submitted. Checkboxes are present only when ticked.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    pub title: String,
    pub intro: String,
    pub language: String,
    /// A round's id, or empty for the survey's own times.
    pub round: String,
    pub opens_at: String,
    pub closes_at: String,
    pub group_beneficiary: Option<String>,
    pub group_institution: Option<String>,
    pub group_third_sector: Option<String>,
    pub group_other: Option<String>,
    pub anonymous: Option<String>,
    pub results_visibility: String,
}

impl SettingsForm {
    pub fn blank(language: &str) -> Self {
        let on = Some("on".to_owned());
        Self {
            language: language.to_owned(),
            group_beneficiary: on.clone(),
            group_institution: on.clone(),
            group_third_sector: on.clone(),
            group_other: on,
            results_visibility: "live".to_owned(),
            ..Self::default()
        }
    }

    pub fn of(survey: &survey::Model, zone: Tz) -> Self {
        let groups = model::groups(survey);
        let tick = |g: StakeholderGroup| groups.contains(&g).then(|| "on".to_owned());
        Self {
            title: survey.title.clone(),
            intro: survey.intro.clone(),
            language: survey.language.clone(),
            round: survey.round_id.map(|r| r.to_string()).unwrap_or_default(),
            opens_at: survey
                .opens_at
                .map(|at| timezone::input_value(at, zone))
                .unwrap_or_default(),
            closes_at: survey
                .closes_at
                .map(|at| timezone::input_value(at, zone))
                .unwrap_or_default(),
            group_beneficiary: tick(StakeholderGroup::Beneficiary),
            group_institution: tick(StakeholderGroup::Institution),
            group_third_sector: tick(StakeholderGroup::ThirdSector),
            group_other: tick(StakeholderGroup::Other),
            anonymous: survey.anonymous.then(|| "on".to_owned()),
            results_visibility: survey.results_visibility.code().to_owned(),
        }
    }

    pub fn has_group(&self, group: &str) -> bool {
        match group {
            "beneficiary" => self.group_beneficiary.is_some(),
            "institution" => self.group_institution.is_some(),
            "third_sector" => self.group_third_sector.is_some(),
            "other" => self.group_other.is_some(),
            _ => false,
        }
    }
}

/// Checks the form; `rounds` are the consultation's, the only ones a survey may follow.
pub fn parse(
    form: &SettingsForm,
    rounds: &[round::Model],
    zone: Tz,
) -> Result<Settings, FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("title", &form.title, TextKind::Line);
    errors.refuse_control_characters("intro", &form.intro, TextKind::Long);
    let title = one_line(&form.title);
    if title.is_empty() {
        errors.add("title", "survey-console-error-title-required");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("title", "error-title-long");
    }
    if form.intro.chars().count() > MAX_INTRO_CHARS {
        errors.add("intro", "survey-console-error-intro-long");
    }
    if Locale::find(&form.language).is_none() {
        errors.add("language", "survey-console-error-language");
    }
    let round_id = match form.round.trim() {
        "" => None,
        id => match id.parse::<i64>() {
            Ok(id) if rounds.iter().any(|r| r.id == id) => Some(id),
            _ => {
                errors.add("round", "survey-console-error-round");
                None
            }
        },
    };
    let (mut opens_at, mut closes_at) = (None, None);
    if round_id.is_none() {
        opens_at = timezone::parse_local(&form.opens_at, zone);
        if opens_at.is_none() {
            errors.add("opens_at", "survey-console-error-times");
        }
        closes_at = timezone::parse_local(&form.closes_at, zone);
        if closes_at.is_none() {
            errors.add("closes_at", "survey-console-error-times");
        }
        if let (Some(opens), Some(closes)) = (opens_at, closes_at)
            && closes <= opens
        {
            errors.add("closes_at", "survey-console-error-closes-before-opens");
        }
    }
    let groups: Vec<StakeholderGroup> = StakeholderGroup::CODES
        .iter()
        .filter(|(_, code)| form.has_group(code))
        .map(|(g, _)| *g)
        .collect();
    if groups.is_empty() {
        errors.add("group_beneficiary", "survey-console-error-groups");
    }
    let results_visibility = SurveyResultsVisibility::from_code(&form.results_visibility);
    if results_visibility.is_none() {
        errors.add("results_visibility", "survey-console-error-visibility");
    }
    errors.into_result()?;
    Ok(Settings {
        title,
        intro: form.intro.trim().to_owned(),
        language: form.language.clone(),
        round_id,
        opens_at,
        closes_at,
        groups,
        anonymous: form.anonymous.is_some(),
        results_visibility: results_visibility.unwrap_or(SurveyResultsVisibility::Live),
    })
}

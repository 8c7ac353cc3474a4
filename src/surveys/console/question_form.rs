//! The question form: what a facilitator submits, shown again when invalid, and checked
//! into a question.

use entity::{Code, QuestionKind};
use serde::Deserialize;

use crate::{
    surveys::{
        build::NewQuestion,
        model::{Structure, takes_options},
    },
    web::{FormErrors, TextKind, one_line},
};

const MAX_PROMPT_CHARS: usize = 1000;
const MAX_HELP_CHARS: usize = 2000;
const MAX_LABEL_CHARS: usize = 200;

/// The question form as submitted.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub section: String,
    pub kind: String,
    pub prompt: String,
    pub help: String,
    pub required: Option<String>,
    /// One option per line.
    pub options: String,
    pub max_choices: String,
    pub min_label: String,
    pub max_label: String,
    /// `{question}:{position}`, or empty.
    pub show_if: String,
}

impl QuestionForm {
    pub fn of(structure: &Structure, id: i64) -> Option<Self> {
        let q = structure.question(id)?;
        let show_if = q
            .model
            .show_if_question
            .zip(q.model.show_if_option)
            .and_then(|(on, option)| {
                let position = structure
                    .question(on)?
                    .options
                    .iter()
                    .position(|o| o.id == option)?;
                Some(format!("{on}:{position}"))
            })
            .unwrap_or_default();
        Some(Self {
            section: q.model.section_id.to_string(),
            kind: q.kind().code().to_owned(),
            prompt: q.model.prompt.clone(),
            help: q.model.help.clone(),
            required: q.model.required.then(|| "on".to_owned()),
            options: q
                .options
                .iter()
                .map(|o| o.label.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            max_choices: q
                .model
                .max_choices
                .map(|n| n.to_string())
                .unwrap_or_default(),
            min_label: q.model.min_label.clone().unwrap_or_default(),
            max_label: q.model.max_label.clone().unwrap_or_default(),
            show_if,
        })
    }

    /// Checks the form into a question (its section as the form names it).
    pub fn parse(&self) -> Result<NewQuestion, FormErrors> {
        let mut errors = FormErrors::new();
        errors.refuse_control_characters("prompt", &self.prompt, TextKind::Long);
        errors.refuse_control_characters("help", &self.help, TextKind::Long);
        errors.refuse_control_characters("options", &self.options, TextKind::Long);
        let kind = QuestionKind::from_code(&self.kind);
        if kind.is_none() {
            errors.add("kind", "survey-console-error-kind");
        }
        let kind = kind.unwrap_or(QuestionKind::ShortText);
        if self.prompt.trim().is_empty() {
            errors.add("prompt", "survey-build-prompt-required");
        } else if self.prompt.chars().count() > MAX_PROMPT_CHARS {
            errors.add("prompt", "survey-console-error-text-long");
        }
        if self.help.chars().count() > MAX_HELP_CHARS {
            errors.add("help", "survey-console-error-text-long");
        }
        let options: Vec<String> = if takes_options(kind) {
            self.options
                .lines()
                .map(one_line)
                .filter(|o| !o.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        if options.iter().any(|o| o.chars().count() > MAX_LABEL_CHARS) {
            errors.add("options", "survey-console-error-text-long");
        }
        let max_choices = match (kind, self.max_choices.trim()) {
            (QuestionKind::MultipleChoice, raw) if !raw.is_empty() => match raw.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.add("max_choices", "survey-build-max-choices");
                    None
                }
            },
            _ => None,
        };
        let label = |raw: &str| {
            let line = one_line(raw);
            (kind == QuestionKind::Scale && !line.is_empty()).then_some(line)
        };
        let (min_label, max_label) = (label(&self.min_label), label(&self.max_label));
        if [&min_label, &max_label]
            .iter()
            .any(|l| l.as_ref().is_some_and(|l| l.chars().count() > 100))
        {
            errors.add("min_label", "survey-console-error-text-long");
        }
        let show_if = match self.show_if.split_once(':') {
            None if self.show_if.trim().is_empty() => None,
            Some((q, p)) => match (q.parse::<i64>(), p.parse::<usize>()) {
                (Ok(q), Ok(p)) => Some((q, p)),
                _ => {
                    errors.add("show_if", "survey-build-condition");
                    None
                }
            },
            None => {
                errors.add("show_if", "survey-build-condition");
                None
            }
        };
        errors.into_result()?;
        Ok(NewQuestion {
            section_id: self.section.trim().parse().unwrap_or(0),
            kind,
            prompt: self.prompt.trim().to_owned(),
            help: self.help.trim().to_owned(),
            required: self.required.is_some(),
            max_choices,
            min_label,
            max_label,
            options,
            show_if,
        })
    }
}

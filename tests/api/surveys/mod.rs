//! Surveys: built by facilitators, answered online and on paper, counted by group.
//!
//! - `core.rs`: the rules under the pages: conditions, submitting, anonymity, the counters;
//! - `builder.rs`: the console's builder, the lock after the first answer, translations;
//! - `anonymity.rs`: an anonymous survey in the exports, the API, the answers and the audit;
//! - `answering.rs`: answering online, concurrency, anonymity as every viewer sees it;
//! - `results.rs`: paper answers, the printable questionnaire, results by group;
//! - `everywhere.rs`: the API, your data, the demo; `notify.rs`: "open for you" and the
//!   reminder before it closes.

mod anonymity;
mod answering;
mod builder;
mod core;
mod everywhere;
mod notify;
mod results;

use chrono::TimeDelta;
use entity::{QuestionKind, StakeholderGroup, SurveyResultsVisibility};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use tavolo::surveys::{
    build::{self, NewQuestion, NewSurvey},
    model::Structure,
    store,
};

use crate::{
    consultations::{coordinator, create_consultation, publish},
    helpers::TestApp,
};

/// A published consultation with one open survey holding a question of every kind:
/// section 1 asks whether the registry office helped (yes / no, required); section 2 asks
/// the rest, with "what went wrong?" shown only to those who answered "no".
#[allow(dead_code)] // the page tests use every field
pub(crate) struct Fixture {
    pub chiara: reqwest::Client,
    pub slug: &'static str,
    pub consultation_id: i64,
    pub survey_id: i64,
    /// Question ids by name: `helped`, `wrong`, `services`, `satisfaction`, `visits`,
    /// `visited_on`, `district`, `story`, `priorities`.
    pub q: std::collections::BTreeMap<&'static str, i64>,
}

impl Fixture {
    pub(crate) async fn new(app: &TestApp, slug: &'static str, anonymous: bool) -> Fixture {
        let chiara = coordinator(app).await;
        create_consultation(app, &chiara, slug, slug, "public").await;
        publish(app, &chiara, slug).await;
        let consultation_id = app
            .count(&format!(
                "SELECT id FROM consultation WHERE slug = '{slug}'"
            ))
            .await;
        let now = app.state.now();
        let db = app.db();
        let survey_id = build::create_survey(
            db,
            NewSurvey {
                consultation_id,
                title: "Servizi anagrafici".to_owned(),
                intro: "Raccontaci la tua esperienza.".to_owned(),
                language: "it".to_owned(),
                round_id: None,
                opens_at: Some(now - TimeDelta::hours(1)),
                closes_at: Some(now + TimeDelta::days(7)),
                groups: vec![
                    StakeholderGroup::Beneficiary,
                    StakeholderGroup::Institution,
                    StakeholderGroup::ThirdSector,
                    StakeholderGroup::Other,
                ],
                anonymous,
                results_visibility: SurveyResultsVisibility::Live,
                created_by: None,
            },
            now,
        )
        .await
        .unwrap();
        let first = build::add_section(db, survey_id, "L'ufficio".into(), String::new())
            .await
            .unwrap();
        let second = build::add_section(db, survey_id, "Il resto".into(), String::new())
            .await
            .unwrap();
        let mut q = std::collections::BTreeMap::new();
        let questions: [(&'static str, i64, QuestionKind, &[&str], bool); 9] = [
            (
                "helped",
                first,
                QuestionKind::SingleChoice,
                &["Sì", "No"],
                true,
            ),
            ("wrong", second, QuestionKind::LongText, &[], true),
            (
                "services",
                second,
                QuestionKind::MultipleChoice,
                &["Anagrafe", "Permessi", "Scuola"],
                false,
            ),
            ("satisfaction", second, QuestionKind::Scale, &[], false),
            ("visits", second, QuestionKind::Number, &[], false),
            ("visited_on", second, QuestionKind::Date, &[], false),
            ("district", second, QuestionKind::ShortText, &[], false),
            ("story", second, QuestionKind::LongText, &[], false),
            (
                "priorities",
                second,
                QuestionKind::Ranking,
                &["Orari", "Lingue", "Attese"],
                false,
            ),
        ];
        for (name, section, kind, options, required) in questions {
            let survey = store::find(db, survey_id).await.unwrap().unwrap();
            let structure = Structure::load(db, survey).await.unwrap();
            let question = NewQuestion {
                section_id: section,
                kind,
                prompt: format!("Domanda {name}"),
                help: String::new(),
                required,
                max_choices: (kind == QuestionKind::MultipleChoice).then_some(2),
                min_label: (kind == QuestionKind::Scale).then(|| "Per niente".to_owned()),
                max_label: (kind == QuestionKind::Scale).then(|| "Moltissimo".to_owned()),
                options: options.iter().map(|o| (*o).to_owned()).collect(),
                // "What went wrong?" only after "No".
                show_if: (name == "wrong").then(|| (q["helped"], 1)),
            };
            let id = build::add_question(db, &structure, question)
                .await
                .unwrap()
                .expect("the question is valid");
            q.insert(name, id);
        }
        let structure = Structure::load(db, store::find(db, survey_id).await.unwrap().unwrap())
            .await
            .unwrap();
        build::publish(db, &structure, now).await.unwrap().unwrap();
        Fixture {
            chiara,
            slug,
            consultation_id,
            survey_id,
            q,
        }
    }

    pub(crate) async fn structure(&self, app: &TestApp) -> Structure {
        let survey = store::find(app.db(), self.survey_id)
            .await
            .unwrap()
            .unwrap();
        Structure::load(app.db(), survey).await.unwrap()
    }

    /// The id of option `label` of question `name`.
    pub(crate) async fn option(&self, app: &TestApp, name: &str, label: &str) -> i64 {
        entity::survey_option::Entity::find()
            .filter(entity::survey_option::Column::QuestionId.eq(self.q[name]))
            .filter(entity::survey_option::Column::Label.eq(label))
            .one(app.db())
            .await
            .unwrap()
            .expect("the option exists")
            .id
    }
}

//! The demo's survey, on the `demo` consultation: "Servizi anagrafici e corsi", written in
//! Italian with English and Arabic translations, open for two weeks more, with a question
//! of every kind in three sections and a condition (what went wrong is asked only of those
//! who found the registry office hard to reach). Fifteen demo voters answered online
//! (three groups past the threshold of 3); four paper questionnaires came from a table at
//! the intercultural centre. The demo's named accounts have not answered, so that they can.
//! Made once, in one transaction.

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use entity::{QuestionKind, StakeholderGroup, SurveyResultsVisibility, consultation, survey};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

use super::account;
use crate::{
    db,
    surveys::{
        answers::{Answers, Value},
        build::{self, NewQuestion, NewSurvey},
        model::Structure,
        responses::{self, Paper, Respondent},
        store, texts,
    },
};

pub const TITLE: &str = "Servizi anagrafici e corsi";

/// A question of the demo: its section, kind, prompt, options, whether it is required, and
/// its English and Arabic prompts.
struct Ask {
    section: usize,
    kind: QuestionKind,
    prompt: &'static str,
    options: &'static [&'static str],
    required: bool,
    en: &'static str,
    ar: &'static str,
}

const SECTIONS: [(&str, &str, &str); 3] = [
    (
        "L'ufficio anagrafe",
        "The registry office",
        "مكتب السجل المدني",
    ),
    ("I servizi", "The services", "الخدمات"),
    ("I corsi di lingua", "Language courses", "دورات اللغة"),
];

const ASKS: [Ask; 9] = [
    Ask {
        section: 0,
        kind: QuestionKind::SingleChoice,
        prompt: "È stato facile raggiungere l'ufficio anagrafe?",
        options: &["Sì", "No"],
        required: true,
        en: "Was the registry office easy to reach?",
        ar: "هل كان الوصول إلى مكتب السجل المدني سهلاً؟",
    },
    Ask {
        section: 0,
        kind: QuestionKind::Scale,
        prompt: "Quanto ti ha aiutato il personale?",
        options: &[],
        required: false,
        en: "How much did the staff help you?",
        ar: "إلى أي مدى ساعدك الموظفون؟",
    },
    Ask {
        section: 1,
        kind: QuestionKind::LongText,
        prompt: "Che cosa ti ha reso difficile arrivarci?",
        options: &[],
        required: true,
        en: "What made it hard to get there?",
        ar: "ما الذي صعّب عليك الوصول؟",
    },
    Ask {
        section: 1,
        kind: QuestionKind::MultipleChoice,
        prompt: "Quali servizi hai usato quest'anno?",
        options: &[
            "Anagrafe",
            "Permesso di soggiorno",
            "Iscrizione a scuola",
            "Sanità",
        ],
        required: false,
        en: "Which services did you turn to this year?",
        ar: "ما الخدمات التي استخدمتها هذا العام؟",
    },
    Ask {
        section: 1,
        kind: QuestionKind::Number,
        prompt: "Quante volte sei andato allo sportello?",
        options: &[],
        required: false,
        en: "How many times did you go to the desk?",
        ar: "كم مرة ذهبت إلى الشباك؟",
    },
    Ask {
        section: 2,
        kind: QuestionKind::Ranking,
        prompt: "Metti in ordine ciò che conta di più in un corso",
        options: &[
            "Orari serali",
            "Materiali nella mia lingua",
            "Custodia dei bambini",
        ],
        required: false,
        en: "Rank what matters most in a course",
        ar: "رتّب ما يهمك أكثر في الدورة",
    },
    Ask {
        section: 2,
        kind: QuestionKind::Date,
        prompt: "Da quando potresti iniziare un corso?",
        options: &[],
        required: false,
        en: "From when could you start a course?",
        ar: "متى يمكنك أن تبدأ دورة؟",
    },
    Ask {
        section: 2,
        kind: QuestionKind::ShortText,
        prompt: "In quale quartiere vivi?",
        options: &[],
        required: false,
        en: "Which neighbourhood do you live in?",
        ar: "في أي حي تسكن؟",
    },
    Ask {
        section: 2,
        kind: QuestionKind::LongText,
        prompt: "Vuoi aggiungere qualcosa?",
        options: &[],
        required: false,
        en: "Anything to add?",
        ar: "هل تريد إضافة شيء؟",
    },
];

/// English and Arabic labels of the options, in the order of `ASKS`' options.
const OPTIONS: [(&str, &str); 9] = [
    ("Yes", "نعم"),
    ("No", "لا"),
    ("Registry office", "السجل المدني"),
    ("Residence permit", "تصريح الإقامة"),
    ("School enrolment", "التسجيل في المدرسة"),
    ("Health care", "الرعاية الصحية"),
    ("Evening hours", "ساعات مسائية"),
    ("Materials in my language", "مواد بلغتي"),
    ("Childcare", "رعاية الأطفال"),
];

const ONLINE: [&str; 15] = [
    "voter-b1@demo.test",
    "voter-b2@demo.test",
    "voter-b3@demo.test",
    "voter-b4@demo.test",
    "voter-b5@demo.test",
    "voter-b6@demo.test",
    "voter-b7@demo.test",
    "voter-i1@demo.test",
    "voter-i2@demo.test",
    "voter-i3@demo.test",
    "voter-i4@demo.test",
    "voter-t1@demo.test",
    "voter-t2@demo.test",
    "voter-t3@demo.test",
    "voter-t4@demo.test",
];

const PAPER: [StakeholderGroup; 4] = [
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Other,
];

const NEIGHBOURHOODS: [&str; 4] = ["San Iacopo", "Chinatown", "Soccorso", "Centro"];

/// Creates the demo survey unless it exists; how many surveys were made.
pub async fn seed(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let Some(demo) = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq("demo"))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let exists = survey::Entity::find()
        .filter(survey::Column::ConsultationId.eq(demo.id))
        .one(db)
        .await?;
    if exists.is_some() {
        return Ok(0);
    }
    // Accounts are looked up before the transaction starts: it holds SQLite's write lock.
    let facilitator = account(db, "facilitator@demo.test").await?.id;
    let mut online = Vec::new();
    for email in ONLINE {
        let person = account(db, email).await?;
        online.push(Respondent {
            user_id: person.id,
            group: person.stakeholder_group,
        });
    }
    let now = now.duration_trunc(TimeDelta::hours(1)).unwrap_or(now);
    let tx = db::begin_write(db).await?;
    let structure = build_survey(&tx, demo.id, facilitator, now).await?;
    for (i, respondent) in online.into_iter().enumerate() {
        for (section, answers) in answers_of(&structure, i).into_iter().enumerate() {
            responses::save_section(&tx, &structure, respondent, section, answers, now).await?;
        }
        responses::submit(&tx, &structure, respondent, now).await?;
    }
    for (i, group) in PAPER.into_iter().enumerate() {
        let answers: Answers = answers_of(&structure, i + 20)
            .into_iter()
            .flatten()
            .collect();
        let paper = Paper {
            group,
            place: "Centro interculturale, Prato".to_owned(),
            held_on: (now - TimeDelta::days(2)).date_naive(),
            recorded_by: facilitator,
            answers,
        };
        responses::record_paper(&tx, &structure, paper, now).await?;
    }
    tx.commit().await?;
    Ok(1)
}

async fn build_survey(
    tx: &impl ConnectionTrait,
    consultation_id: i64,
    facilitator: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<Structure> {
    let new = NewSurvey {
        consultation_id,
        title: TITLE.to_owned(),
        intro: "Prima di scrivere le proposte vogliamo **ascoltare**: come sono andati i tuoi \
                contatti con l'anagrafe e quali corsi di lingua ti servono? Bastano cinque minuti."
            .to_owned(),
        language: "it".to_owned(),
        round_id: None,
        opens_at: Some(now - TimeDelta::days(3)),
        closes_at: Some(now + TimeDelta::days(14)),
        groups: super::ALL_GROUPS.to_vec(),
        anonymous: false,
        results_visibility: SurveyResultsVisibility::Live,
        created_by: Some(facilitator),
    };
    let id = build::create_survey(tx, new, now - TimeDelta::days(4)).await?;
    let mut sections = Vec::new();
    for (title, _, _) in SECTIONS {
        sections.push(build::add_section(tx, id, title.to_owned(), String::new()).await?);
    }
    let mut first_question = None;
    for ask in &ASKS {
        let structure = load(tx, id).await?;
        let question = NewQuestion {
            section_id: sections[ask.section],
            kind: ask.kind,
            prompt: ask.prompt.to_owned(),
            help: String::new(),
            required: ask.required,
            max_choices: (ask.kind == QuestionKind::MultipleChoice).then_some(3),
            min_label: (ask.kind == QuestionKind::Scale).then(|| "Per niente".to_owned()),
            max_label: (ask.kind == QuestionKind::Scale).then(|| "Moltissimo".to_owned()),
            options: ask.options.iter().map(|o| (*o).to_owned()).collect(),
            // "What made it hard?" only after "No".
            show_if: (ask.kind == QuestionKind::LongText && ask.required)
                .then(|| first_question.map(|q| (q, 1)))
                .flatten(),
        };
        let added = build::add_question(tx, &structure, question)
            .await?
            .map_err(|(field, key)| anyhow::anyhow!("demo question {field}: {key}"))?;
        first_question.get_or_insert(added);
    }
    let structure = load(tx, id).await?;
    translate(tx, &structure).await?;
    build::publish(tx, &structure, now - TimeDelta::days(3))
        .await?
        .map_err(|key| anyhow::anyhow!("demo survey: {key}"))?;
    load(tx, id).await
}

async fn load(tx: &impl ConnectionTrait, id: i64) -> anyhow::Result<Structure> {
    let survey = store::find(tx, id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo survey just made"))?;
    Ok(Structure::load(tx, survey).await?)
}

/// English and Arabic for the title, the sections, the prompts and the options.
async fn translate(tx: &impl ConnectionTrait, structure: &Structure) -> anyhow::Result<()> {
    let mut items: Vec<(String, &str, &str)> = vec![(
        texts::TITLE.to_owned(),
        "Registry services and courses",
        "خدمات السجل المدني والدورات",
    )];
    for (section, (_, en, ar)) in structure.sections.iter().zip(SECTIONS) {
        items.push((texts::section(section.model.id), en, ar));
    }
    let mut labels = OPTIONS.iter();
    for (question, ask) in structure.questions().zip(&ASKS) {
        items.push((texts::prompt(question.id()), ask.en, ask.ar));
        if question.kind() == QuestionKind::Scale {
            items.push((texts::min_label(question.id()), "Not at all", "إطلاقاً"));
            items.push((texts::max_label(question.id()), "Very much", "كثيراً جداً"));
        }
        for option in &question.options {
            if let Some((en, ar)) = labels.next() {
                items.push((texts::option(option.id), en, ar));
            }
        }
    }
    for (item, en, ar) in items {
        for (locale, text) in [("en", en), ("ar", ar)] {
            entity::survey_translation::ActiveModel {
                survey_id: Set(structure.survey.id),
                locale: Set(locale.to_owned()),
                item: Set(item.clone()),
                text: Set(text.to_owned()),
                ..Default::default()
            }
            .insert(tx)
            .await?;
        }
    }
    Ok(())
}

/// The answers of respondent `i`, section by section: varied, and the same on every start.
fn answers_of(structure: &Structure, i: usize) -> Vec<Answers> {
    let mut sections = vec![Answers::new(); structure.sections.len()];
    let reached = !i.is_multiple_of(3);
    for (question, section) in structure
        .sections
        .iter()
        .enumerate()
        .flat_map(|(s, sec)| sec.questions.iter().map(move |q| (q, s)))
    {
        let options: Vec<i64> = question.options.iter().map(|o| o.id).collect();
        let value = match question.kind() {
            QuestionKind::SingleChoice => {
                Some(Value::Options(vec![options[usize::from(!reached)]]))
            }
            QuestionKind::Scale => Some(Value::Number((1 + (i * 3) % 5) as f64)),
            QuestionKind::LongText if question.model.required => (!reached).then(|| {
                Value::Text(
                    "Gli orari dello sportello coincidono con quelli del lavoro.".to_owned(),
                )
            }),
            QuestionKind::MultipleChoice => Some(Value::Options(vec![
                options[i % options.len()],
                options[(i + 1) % options.len()],
            ])),
            QuestionKind::Number => Some(Value::Number((1 + i % 6) as f64)),
            QuestionKind::Ranking => {
                let mut order = options.clone();
                order.rotate_left(i % options.len());
                Some(Value::Ranking(order))
            }
            QuestionKind::Date => {
                chrono::NaiveDate::from_ymd_opt(2027, 1 + (i % 3) as u32, 10).map(Value::Date)
            }
            QuestionKind::ShortText => Some(Value::Text(NEIGHBOURHOODS[i % 4].to_owned())),
            QuestionKind::LongText => (i % 4 == 1).then(|| {
                Value::Text("Un corso il sabato mattina, con la custodia dei bambini.".to_owned())
            }),
        };
        if let Some(value) = value {
            sections[section].insert(question.id(), value);
        }
    }
    sections
}

//! The demo's co-design procedure, on the `demo` consultation, in its evaluation phase: the
//! notice with three criteria (40/35/25), published 40 days ago with a deadline 25 days after
//! publication; the application of the Cooperativa Aurora, admitted, with its project, and
//! that of the Associazione Ponti di Parole, excluded with its reason; as its co-design
//! session, the demo's meeting already held, whose minutes are published; a commission of two (the demo institution and Giulia
//! Bianchi) of whom one has scored. Made once, in one transaction.

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use entity::{
    ApplicationRole, ApplicationStatus, consultation, meeting, organisation, procedure,
    procedure_application, procedure_commission_member, procedure_criterion, procedure_score,
    procedure_session,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::account;
use crate::db;

const SLUG: &str = "accoglienza-diffusa";

const CRITERIA: [(&str, &str, i32); 3] = [
    (
        "Qualità del progetto",
        "Chiarezza degli obiettivi, coerenza delle attività, tempi realistici.",
        40,
    ),
    (
        "Radicamento e rete",
        "Esperienza nel territorio e rapporti con servizi e comunità.",
        35,
    ),
    (
        "Sostenibilità",
        "Uso delle risorse, cofinanziamento, continuità dopo il progetto.",
        25,
    ),
];

const PROJECT: &str = "Sportelli di orientamento in tre quartieri di Prato, aperti due \
    pomeriggi a settimana, con mediatrici di arabo, urdu e cinese.\n\nUn percorso di \
    accompagnamento ai servizi sanitari e scolastici per le famiglie arrivate da poco, \
    costruito con i medici di base e gli istituti comprensivi.\n\nUn gruppo di lavoro mensile \
    con le persone che usano gli sportelli, per correggere il servizio strada facendo.";

/// Creates the demo procedure if it is missing; returns how many were made (0 or 1).
pub async fn seed(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let exists = procedure::Entity::find()
        .filter(procedure::Column::Slug.eq(SLUG))
        .one(db)
        .await?;
    let demo = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq("demo"))
        .one(db)
        .await?;
    let organisations = organisation::Entity::find()
        .filter(
            organisation::Column::Slug
                .is_in(["cooperativa-sociale-aurora", "associazione-ponti-di-parole"]),
        )
        .all(db)
        .await?;
    let find = |slug: &str| organisations.iter().find(|o| o.slug == slug).map(|o| o.id);
    let (None, Some(demo), Some(aurora), Some(ponti)) = (
        exists,
        demo,
        find("cooperativa-sociale-aurora"),
        find("associazione-ponti-di-parole"),
    ) else {
        return Ok(0);
    };
    // Accounts are looked up before the transaction starts: it holds SQLite's write lock.
    let facilitator = account(db, "facilitator@demo.test").await?.id;
    let partner = account(db, "partner@demo.test").await?.id;
    let ponti_representative = account(db, "voter-t3@demo.test").await?.id;
    let commission = [
        account(db, "institution@demo.test").await?.id,
        account(db, "voter-i1@demo.test").await?.id,
    ];
    // The session: the demo's meeting already held, whose minutes are published (a new one
    // would change what the demo's exports count).
    let Some(session) = meeting::Entity::find()
        .filter(meeting::Column::ConsultationId.eq(demo.id))
        .filter(meeting::Column::MinutesPublishedAt.is_not_null())
        .order_by_asc(meeting::Column::Id)
        .one(db)
        .await?
        .map(|m| m.id)
    else {
        return Ok(0);
    };
    let now = now.duration_trunc(TimeDelta::hours(1)).unwrap_or(now);
    let published = now - TimeDelta::days(40);
    let tx = db::begin_write(db).await?;
    let procedure = notice(&tx, demo.id, facilitator, published).await?;
    let criteria = criteria(&tx, procedure.id).await?;
    let admitted = application(
        &tx,
        (procedure.id, aurora, 1, partner),
        published + TimeDelta::days(6),
        (ApplicationStatus::Admitted, "Requisiti verificati: ente del Terzo settore iscritto al RUNTS, esperienza documentata."),
        Some(("Sportelli di quartiere per l'accoglienza", PROJECT)),
    )
    .await?;
    application(
        &tx,
        (procedure.id, ponti, 2, ponti_representative),
        published + TimeDelta::days(11),
        (ApplicationStatus::Excluded, "Alla scadenza dell'avviso l'associazione non risultava ancora verificata nel registro degli enti: manca il requisito di partecipazione."),
        None,
    )
    .await?;
    procedure_session::ActiveModel {
        meeting_id: Set(session),
        procedure_id: Set(procedure.id),
    }
    .insert(&tx)
    .await?;
    seed_commission(&tx, procedure.id, commission, (admitted, &criteria), now).await?;
    tx.commit().await?;
    Ok(1)
}

/// The notice's criteria; their ids in order.
async fn criteria(tx: &impl ConnectionTrait, procedure_id: i64) -> anyhow::Result<Vec<i64>> {
    let mut criteria = Vec::new();
    for (position, (name, description, weight)) in CRITERIA.into_iter().enumerate() {
        let saved = procedure_criterion::ActiveModel {
            procedure_id: Set(procedure_id),
            position: Set(i32::try_from(position)? + 1),
            name: Set(name.to_owned()),
            description: Set(description.to_owned()),
            weight: Set(weight),
            ..Default::default()
        }
        .insert(tx)
        .await?;
        criteria.push(saved.id);
    }
    Ok(criteria)
}

async fn notice(
    tx: &impl ConnectionTrait,
    consultation_id: i64,
    facilitator: i64,
    published: DateTime<Utc>,
) -> anyhow::Result<procedure::Model> {
    let saved = procedure::ActiveModel {
        slug: Set(SLUG.to_owned()),
        consultation_id: Set(consultation_id),
        title: Set("Coprogettazione dei servizi di accoglienza diffusa".to_owned()),
        purposes: Set("Progettare insieme agli enti del Terzo settore sportelli di orientamento ai servizi per persone di origine straniera nei quartieri di Prato.".to_owned()),
        economic_frame: Set("Risorse pubbliche: 180.000 euro per due anni, più i beni e i locali messi a disposizione dal Comune.".to_owned()),
        duration: Set("Due anni dalla firma dell'accordo, rinnovabili una volta.".to_owned()),
        how_to_apply: Set("Domanda su Tavolo, dal rappresentante legale dell'ente, entro la scadenza indicata.".to_owned()),
        applications_close_at: Set(published + TimeDelta::days(25)),
        supporters_allowed: Set(true),
        supporters_note: Set("Altri enti possono partecipare come sostenitori o finanziatori, senza gestire il servizio.".to_owned()),
        requirements: Set("Ente del Terzo settore iscritto al RUNTS, verificato nel registro degli enti di Tavolo, con almeno due anni di esperienza nell'accoglienza.".to_owned()),
        runs_service: Set(true),
        admitted_kinds: Set("third_sector".to_owned()),
        published_at: Set(Some(published)),
        admission_published_at: Set(Some(published + TimeDelta::days(28))),
        evaluation_opened_at: Set(Some(published + TimeDelta::days(38))),
        created_by: Set(Some(facilitator)),
        created_at: Set(published - TimeDelta::days(3)),
        updated_at: Set(published + TimeDelta::days(38)),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(saved)
}

async fn application(
    tx: &impl ConnectionTrait,
    (procedure_id, organisation_id, number, by): (i64, i64, i32, i64),
    at: DateTime<Utc>,
    (status, reason): (ApplicationStatus, &str),
    project: Option<(&str, &str)>,
) -> anyhow::Result<i64> {
    let decided = at + TimeDelta::days(20);
    let saved = procedure_application::ActiveModel {
        procedure_id: Set(procedure_id),
        organisation_id: Set(organisation_id),
        number: Set(number),
        role: Set(ApplicationRole::Partner),
        statement: Set(
            "L'ente chiede di partecipare alla coprogettazione come partner.".to_owned(),
        ),
        status: Set(status),
        replaces: Set(None),
        submitted_by: Set(Some(by)),
        submitted_at: Set(at),
        withdrawn_at: Set(None),
        decision_reason: Set(Some(reason.to_owned())),
        decided_by: Set(None),
        decided_at: Set(Some(decided)),
        project_title: Set(project.map(|(title, _)| title.to_owned())),
        project_text: Set(project.map(|(_, text)| text.to_owned())),
        project_submitted_at: Set(project.map(|_| decided + TimeDelta::days(5))),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(saved.id)
}

/// The commission: the first member has scored the admitted project, the second not yet.
async fn seed_commission(
    tx: &impl ConnectionTrait,
    procedure_id: i64,
    members: [i64; 2],
    (application_id, criteria): (i64, &[i64]),
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    for user_id in members {
        procedure_commission_member::ActiveModel {
            procedure_id: Set(procedure_id),
            user_id: Set(user_id),
            created_at: Set(now - TimeDelta::days(5)),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    for (criterion_id, score) in criteria.iter().zip([8, 7, 6]) {
        procedure_score::ActiveModel {
            application_id: Set(application_id),
            criterion_id: Set(*criterion_id),
            member_id: Set(Some(members[0])),
            score: Set(score),
            created_at: Set(now - TimeDelta::hours(20)),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    Ok(())
}

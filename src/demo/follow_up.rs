//! The demo's meetings and commitments, on the `demo` consultation: a past meeting at the
//! intercultural centre with its published minutes, who came (registered people checked in
//! and walk-ins of several groups) and the proposal recorded there; an upcoming evening
//! meeting that is full, with needs and a waiting list; and two commitments from accepted
//! proposals, one in progress with two updates, one done.
//!
//! On a fresh database they are made in this order, in one transaction, so their ids are
//! stable: meeting 1 is the past one, meeting 2 the upcoming one; commitment 1 is in
//! progress, commitment 2 is done (the browser suite reads them from the API all the same).

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use entity::{
    Answer, CommitmentStatus, RegistrationStatus, StakeholderGroup, commitment,
    commitment_proposal, commitment_update, consultation, meeting, meeting_proposal,
    meeting_registration, meeting_walk_in, proposal,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::{PROPOSALS, account};
use crate::{consultations::rounds, db, markdown, web::one_line};

/// Someone registered: their account, whether they came (past meeting) or are waiting
/// (upcoming one), and the interpreter language and childcare they asked for.
struct Seat {
    email: &'static str,
    attended_or_waiting: bool,
    interpreter: &'static str,
    childcare: bool,
}

const fn seat(email: &'static str, flag: bool, interpreter: &'static str, childcare: bool) -> Seat {
    Seat {
        email,
        attended_or_waiting: flag,
        interpreter,
        childcare,
    }
}

const PAST_SEATS: [Seat; 6] = [
    seat("beneficiary@demo.test", true, "arabo", false),
    seat("voter-b1@demo.test", true, "", true),
    seat("voter-b2@demo.test", false, "", false),
    seat("voter-b3@demo.test", true, "arabo", false),
    seat("voter-t1@demo.test", true, "", false),
    seat("partner@demo.test", false, "", false),
];

/// Walk-ins of the past meeting, by group.
const WALK_INS: [(StakeholderGroup, i32); 3] = [
    (StakeholderGroup::Beneficiary, 7),
    (StakeholderGroup::ThirdSector, 2),
    (StakeholderGroup::Institution, 1),
];

/// The upcoming meeting has 6 places: the first six hold one, the last three wait.
const UPCOMING_CAPACITY: i32 = 6;
const UPCOMING_SEATS: [Seat; 9] = [
    seat("beneficiary@demo.test", false, "arabo", true),
    seat("voter-b1@demo.test", false, "", true),
    seat("voter-b2@demo.test", false, "albanese", false),
    seat("voter-b4@demo.test", false, "cinese", false),
    seat("voter-i1@demo.test", false, "", false),
    seat("voter-t2@demo.test", false, "", false),
    seat("voter-b5@demo.test", true, "ucraino", false),
    seat("voter-b6@demo.test", true, "", true),
    seat("voter-t3@demo.test", true, "", false),
];

const PAST_MINUTES: &str = "Erano presenti **14 persone**, con interpreti di arabo e urdu.\n\n\
    - Molte persone non capiscono le indicazioni del medico e saltano le visite di controllo.\n\
    - Si propone la presenza di mediatori culturali negli ambulatori (proposta registrata al tavolo).\n\
    - L'Azienda USL valuterà due ambulatori per una prova di sei mesi.\n\n\
    Prossimo passo: la risposta pubblica alla proposta entro fine mese.";

/// Creates the demo's meetings and commitments if the `demo` consultation has none.
pub async fn seed(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let Some(demo) = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq("demo"))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let already = meeting::Entity::find()
        .filter(meeting::Column::ConsultationId.eq(demo.id))
        .one(db)
        .await?;
    let proposals = proposal::Entity::find()
        .filter(proposal::Column::ConsultationId.eq(demo.id))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?;
    let find = |index: usize| proposals.iter().find(|p| p.title == PROPOSALS[index].title);
    let (Some(courses), Some(mediators)) = (find(0), find(2)) else {
        return Ok(0);
    };
    if already.is_some() {
        return Ok(0);
    }
    let collection = rounds::for_consultation(db, demo.id)
        .await?
        .first()
        .map(|r| r.id);
    let facilitator = account(db, "facilitator@demo.test").await?.id;
    let mut seats = Vec::new();
    for spec in PAST_SEATS.iter().chain(&UPCOMING_SEATS) {
        seats.push(account(db, spec.email).await?.id);
    }
    let (past_ids, upcoming_ids) = seats.split_at(PAST_SEATS.len());
    let tx = db::begin_write(db).await?;
    let past = past_meeting(&tx, &demo, collection, facilitator, now).await?;
    register(&tx, past, &PAST_SEATS, past_ids, now - TimeDelta::days(25)).await?;
    record_what_happened(&tx, past, mediators.id).await?;
    let upcoming = upcoming_meeting(&tx, &demo, facilitator, now).await?;
    register(
        &tx,
        upcoming,
        &UPCOMING_SEATS,
        upcoming_ids,
        now - TimeDelta::days(3),
    )
    .await?;
    // A demo seeded before the mediators' proposal was accepted gets only the first.
    let accepted =
        |p: &proposal::Model| matches!(p.answer, Answer::Accepted | Answer::PartiallyAccepted);
    let sources = [courses, mediators].map(|p| accepted(p).then_some(p.id));
    seed_commitments(&tx, demo.id, sources, facilitator, now).await?;
    tx.commit().await?;
    Ok(2)
}

/// The past meeting's walk-ins, and the proposal recorded there.
async fn record_what_happened(
    tx: &impl ConnectionTrait,
    meeting_id: i64,
    proposal_id: i64,
) -> anyhow::Result<()> {
    for (group, people) in WALK_INS {
        meeting_walk_in::ActiveModel {
            meeting_id: Set(meeting_id),
            stakeholder_group: Set(group),
            people: Set(people),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    meeting_proposal::ActiveModel {
        proposal_id: Set(proposal_id),
        meeting_id: Set(meeting_id),
    }
    .insert(tx)
    .await?;
    Ok(())
}

/// Meetings start on the hour.
fn on_the_hour(now: DateTime<Utc>) -> DateTime<Utc> {
    now.duration_trunc(TimeDelta::hours(1)).unwrap_or(now)
}

async fn past_meeting(
    tx: &impl ConnectionTrait,
    demo: &consultation::Model,
    round_id: Option<i64>,
    facilitator: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let starts = on_the_hour(now) - TimeDelta::days(20);
    let (description, description_html) = markdown::stored(one_line(
        "Un tavolo sulla **salute**: come orientarsi tra medico di base, ambulatori e pronto \
         soccorso, e che cosa manca per capirsi.",
    ))
    .await;
    let (minutes, minutes_html) = markdown::stored(PAST_MINUTES.to_owned()).await;
    let created = meeting::ActiveModel {
        consultation_id: Set(demo.id),
        round_id: Set(round_id),
        title: Set("Tavolo sulla salute al Centro interculturale".to_owned()),
        description,
        description_html,
        starts_at: Set(starts),
        ends_at: Set(starts + TimeDelta::hours(2)),
        address: Set("Centro interculturale, Piazza dei Macelli 4, Prato".to_owned()),
        directions: Set("Autobus 2 e 7, fermata Macelli.".to_owned()),
        venue_accessibility: Set("Piano terra, bagno accessibile.".to_owned()),
        online_url: Set(String::new()),
        languages: Set("Italiano, arabo, urdu".to_owned()),
        interpretation: Set("Interpreti di arabo e urdu".to_owned()),
        childcare: Set(true),
        capacity: Set(Some(20)),
        registration_required: Set(true),
        registration_deadline: Set(Some(starts - TimeDelta::days(1))),
        cancelled_at: Set(None),
        cancel_reason: Set(None),
        minutes,
        minutes_html,
        minutes_published_at: Set(Some(starts + TimeDelta::days(2))),
        attendance_recorded_at: Set(Some(starts + TimeDelta::hours(2))),
        created_by: Set(Some(facilitator)),
        created_at: Set(starts - TimeDelta::days(10)),
        updated_at: Set(starts + TimeDelta::days(2)),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(created.id)
}

async fn upcoming_meeting(
    tx: &impl ConnectionTrait,
    demo: &consultation::Model,
    facilitator: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let starts = on_the_hour(now) + TimeDelta::days(10);
    let (description, description_html) = markdown::stored(one_line(
        "Un incontro **la sera**, dopo il lavoro, sui corsi di italiano e sui documenti. \
         Si può partecipare anche online.",
    ))
    .await;
    let created = meeting::ActiveModel {
        consultation_id: Set(demo.id),
        round_id: Set(None),
        title: Set("Incontro serale: corsi di italiano e documenti".to_owned()),
        description,
        description_html,
        starts_at: Set(starts),
        ends_at: Set(starts + TimeDelta::hours(2)),
        address: Set("Biblioteca Lazzerini, Via Puccetti 3, Prato".to_owned()),
        directions: Set("Dalla stazione centrale, 10 minuti a piedi.".to_owned()),
        venue_accessibility: Set("Ingresso senza gradini, ascensore.".to_owned()),
        online_url: Set("https://meet.example.org/tavolo-demo".to_owned()),
        languages: Set("Italiano, albanese, cinese".to_owned()),
        interpretation: Set("Interpreti di albanese e cinese".to_owned()),
        childcare: Set(true),
        capacity: Set(Some(UPCOMING_CAPACITY)),
        registration_required: Set(true),
        registration_deadline: Set(Some(starts - TimeDelta::days(1))),
        cancelled_at: Set(None),
        cancel_reason: Set(None),
        minutes: Set(String::new()),
        minutes_html: Set(String::new()),
        minutes_published_at: Set(None),
        attendance_recorded_at: Set(None),
        created_by: Set(Some(facilitator)),
        created_at: Set(now - TimeDelta::days(4)),
        updated_at: Set(now - TimeDelta::days(4)),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(created.id)
}

/// Registers `users` for the meeting in order: the past meeting's flag says who came, the
/// upcoming one's who waits (after every place is taken).
async fn register(
    tx: &impl ConnectionTrait,
    meeting_id: i64,
    seats: &[Seat],
    users: &[i64],
    first_at: DateTime<Utc>,
) -> anyhow::Result<()> {
    let upcoming = seats.len() == UPCOMING_SEATS.len();
    for (n, (spec, user_id)) in seats.iter().zip(users).enumerate() {
        let waiting = upcoming && spec.attended_or_waiting;
        let position = i64::try_from(n).unwrap_or(0) + 1;
        meeting_registration::ActiveModel {
            meeting_id: Set(meeting_id),
            user_id: Set(*user_id),
            status: Set(if waiting {
                RegistrationStatus::Waiting
            } else {
                RegistrationStatus::Registered
            }),
            position: Set(position),
            interpreter_language: Set(spec.interpreter.to_owned()),
            childcare: Set(spec.childcare),
            accessibility_note: Set(String::new()),
            attended: Set(!upcoming && spec.attended_or_waiting),
            created_at: Set(first_at + TimeDelta::hours(position)),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    Ok(())
}

struct DemoCommitment {
    title: &'static str,
    description: &'static str,
    responsible: &'static str,
    status: CommitmentStatus,
    progress: i32,
    /// Planned start and end, in days from today.
    days: (i64, i64),
    budget_cents: i64,
    /// Updates, oldest first: the text, the status and the progress it set, hours ago.
    updates: &'static [(&'static str, Option<CommitmentStatus>, Option<i32>, i64)],
}

const COMMITMENTS: [DemoCommitment; 2] = [
    DemoCommitment {
        title: "Corsi serali di italiano in tre quartieri",
        description: "Corsi di italiano **dalle 19 alle 21**, due sere a settimana, nelle scuole di \
                      tre quartieri, con uno spazio per i bambini durante le lezioni.",
        responsible: "Comune di Prato, Ufficio Politiche per l'integrazione",
        status: CommitmentStatus::InProgress,
        progress: 40,
        days: (-10, 150),
        budget_cents: 4_800_000,
        updates: &[
            (
                "Le tre scuole hanno dato la disponibilità delle aule: si parte a **San Paolo**.",
                Some(CommitmentStatus::InProgress),
                Some(20),
                30,
            ),
            (
                "Il primo corso è iniziato con 18 iscritti; il secondo quartiere parte il mese prossimo.",
                None,
                Some(40),
                6,
            ),
        ],
    },
    DemoCommitment {
        title: "Mediatori culturali in due ambulatori",
        description: "Mediatori culturali di lingua araba e urdu due mattine a settimana negli \
                      ambulatori di via Roma e di San Giusto, per sei mesi di prova.",
        responsible: "Azienda USL Toscana Centro",
        status: CommitmentStatus::Done,
        progress: 100,
        days: (-15, -1),
        budget_cents: 1_250_000,
        updates: &[(
            "I mediatori sono presenti in entrambi gli ambulatori dal lunedì: impegno mantenuto.",
            Some(CommitmentStatus::Done),
            Some(100),
            20,
        )],
    },
];

/// The two commitments: evening courses from the proposal on courses, mediators from the
/// one recorded at the past meeting.
async fn seed_commitments(
    tx: &impl ConnectionTrait,
    consultation_id: i64,
    proposals: [Option<i64>; 2],
    facilitator: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let today = now.date_naive();
    let made = COMMITMENTS.iter().zip(proposals);
    for (spec, proposal_id) in made.filter_map(|(spec, p)| Some((spec, p?))) {
        let created_at = now - TimeDelta::hours(40);
        let (description, description_html) = markdown::stored(one_line(spec.description)).await;
        let created = commitment::ActiveModel {
            consultation_id: Set(consultation_id),
            title: Set(spec.title.to_owned()),
            description,
            description_html,
            responsible: Set(spec.responsible.to_owned()),
            status: Set(spec.status),
            dropped_reason: Set(None),
            progress: Set(spec.progress),
            starts_on: Set(Some(today + TimeDelta::days(spec.days.0))),
            ends_on: Set(Some(today + TimeDelta::days(spec.days.1))),
            budget_cents: Set(Some(spec.budget_cents)),
            budget_currency: Set(Some("EUR".to_owned())),
            created_by: Set(Some(facilitator)),
            created_at: Set(created_at),
            updated_at: Set(now - TimeDelta::hours(spec.updates.last().map_or(40, |u| u.3))),
            ..Default::default()
        }
        .insert(tx)
        .await?;
        commitment_proposal::ActiveModel {
            commitment_id: Set(created.id),
            proposal_id: Set(proposal_id),
            ..Default::default()
        }
        .insert(tx)
        .await?;
        for (text, status, progress, hours_ago) in spec.updates {
            let (body, body_html) = markdown::stored((*text).to_owned()).await;
            commitment_update::ActiveModel {
                commitment_id: Set(created.id),
                body,
                body_html,
                status: Set(*status),
                dropped_reason: Set(None),
                progress: Set(*progress),
                author_id: Set(Some(facilitator)),
                created_at: Set(now - TimeDelta::hours(*hours_ago)),
                ..Default::default()
            }
            .insert(tx)
            .await?;
        }
    }
    Ok(())
}

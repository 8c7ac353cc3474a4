//! `--demo`: content to try Tavolo with. Never for production. Running it again creates
//! only what is missing.

use chrono::{DateTime, TimeDelta, Utc};
use entity::{
    ConsultationRoleKind, ConsultationStatus, ResultsVisibility, RoundState, StakeholderGroup,
    VoteRule, consultation, consultation_role, round, user,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use crate::{
    accounts,
    consultations::{
        content::{self, Content},
        rounds::{self, RoundRules},
    },
    db,
};

const ALL_GROUPS: [StakeholderGroup; 4] = [
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Institution,
    StakeholderGroup::ThirdSector,
    StakeholderGroup::Other,
];

/// Creates whatever demo content is missing.
pub async fn seed(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<()> {
    let accounts = accounts::demo::seed_accounts(db, now).await?;
    let consultations = seed_consultations(db, now).await?;
    tracing::info!(
        new_accounts = accounts,
        new_consultations = consultations,
        "demo content is in place"
    );
    Ok(())
}

async fn account(db: &DatabaseConnection, email: &str) -> anyhow::Result<user::Model> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo account {email} is missing"))
}

struct DemoRound {
    title: &'static str,
    description: &'static str,
    opens: TimeDelta,
    closes: TimeDelta,
    state: RoundState,
    proposals: bool,
    comments: bool,
    voting: bool,
    vote_rule: VoteRule,
    vote_limit: Option<i32>,
    results: ResultsVisibility,
}

async fn add_round(
    tx: &impl sea_orm::ConnectionTrait,
    consultation: &consultation::Model,
    spec: DemoRound,
    actor: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let rules = RoundRules {
        title: spec.title.to_owned(),
        description: spec.description.to_owned(),
        opens_at: now + spec.opens,
        closes_at: now + spec.closes,
        allows_proposals: spec.proposals,
        allows_comments: spec.comments,
        allows_voting: spec.voting,
        groups: ALL_GROUPS.to_vec(),
        vote_rule: spec.vote_rule,
        vote_limit: spec.vote_limit,
        results_visibility: spec.results,
    };
    let created = rounds::create(tx, consultation, rules, actor, now).await?;
    // The demo starts in the middle of its story: set the states the dates imply.
    if spec.state != RoundState::Upcoming {
        let mut change = round::ActiveModel {
            id: Set(created.id),
            state: Set(spec.state),
            opened_at: Set(Some(now + spec.opens)),
            ..Default::default()
        };
        if spec.state == RoundState::Closed {
            change.closed_at = Set(Some(now + spec.closes));
        }
        change.update(tx).await?;
    }
    Ok(())
}

async fn grant(
    tx: &impl sea_orm::ConnectionTrait,
    consultation_id: i64,
    user_id: i64,
    role: ConsultationRoleKind,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    consultation_role::ActiveModel {
        consultation_id: Set(consultation_id),
        user_id: Set(user_id),
        role: Set(role),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(())
}

async fn seed_consultations(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let coordinator = account(db, "coordinator@demo.test").await?;
    let facilitator = account(db, "facilitator@demo.test").await?;
    let beneficiary = account(db, "beneficiary@demo.test").await?;
    let mut created = 0;

    let exists = |slug: &'static str| async move {
        consultation::Entity::find()
            .filter(consultation::Column::Slug.eq(slug))
            .one(db)
            .await
            .map(|c| c.is_some())
    };

    if !exists("demo").await? {
        let tx = db::begin_write(db).await?;
        let demo = content::create(
            &tx,
            Content {
                title: "Accoglienza e servizi: progettiamoli insieme".to_owned(),
                slug: "demo".to_owned(),
                summary: "Come rendere più semplici e giusti i servizi per i cittadini di paesi terzi in Toscana: \
                          casa, lavoro, lingua, salute, documenti."
                    .to_owned(),
                body: "## Perché questo tavolo\n\nLa Regione, i Comuni, le organizzazioni del terzo settore e le \
                       persone che usano i servizi lavorano insieme a proposte concrete.\n\n\
                       - **Raccolta**: chiunque partecipi propone; i facilitatori riportano anche quanto emerso \
                       agli incontri di persona.\n- **Discussione e voto**: si commenta e si sostengono le proposte, \
                       e si vede il sostegno di ogni gruppo.\n- **Risposte**: l'ente risponde a ogni proposta, \
                       spiegando cosa farà e perché.\n\nPer saperne di più: [Regione Toscana](https://www.regione.toscana.it)."
                    .to_owned(),
                themes: ["Casa", "Lavoro", "Lingua italiana", "Salute", "Documenti"].map(str::to_owned).to_vec(),
                visibility: entity::Visibility::Public,
            },
            coordinator.id,
            now,
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo consultation: {e}"))?;
        content::set_status(
            &tx,
            &demo,
            ConsultationStatus::Published,
            coordinator.id,
            now,
        )
        .await?;
        grant(
            &tx,
            demo.id,
            facilitator.id,
            ConsultationRoleKind::Facilitator,
            now,
        )
        .await?;
        let day = TimeDelta::days(1);
        add_round(
            &tx,
            &demo,
            DemoRound {
                title: "Raccolta delle proposte",
                description: "Proposte online e dagli incontri nei quartieri.",
                opens: -day * 30,
                closes: -day * 10,
                state: RoundState::Closed,
                proposals: true,
                comments: true,
                voting: false,
                vote_rule: VoteRule::Support,
                vote_limit: None,
                results: ResultsVisibility::AfterClose,
            },
            facilitator.id,
            now,
        )
        .await?;
        add_round(&tx, &demo, DemoRound {
            title: "Discussione e sostegno",
            description: "Commenta le proposte e sostieni fino a tre di quelle che ti convincono di più.",
            opens: -day * 9,
            closes: day * 14,
            state: RoundState::Open,
            proposals: true,
            comments: true,
            voting: true,
            vote_rule: VoteRule::Support,
            vote_limit: Some(3),
            results: ResultsVisibility::Live,
        }, facilitator.id, now)
        .await?;
        add_round(&tx, &demo, DemoRound {
            title: "Risposte dell'ente e valutazione",
            description: "La Regione risponde a ogni proposta; si esprime un ultimo parere sulle risposte.",
            opens: day * 15,
            closes: day * 45,
            state: RoundState::Upcoming,
            proposals: false,
            comments: true,
            voting: true,
            vote_rule: VoteRule::Approval,
            vote_limit: None,
            results: ResultsVisibility::AfterClose,
        }, facilitator.id, now)
        .await?;
        tx.commit().await?;
        created += 1;
    }

    if !exists("mediazione").await? {
        let tx = db::begin_write(db).await?;
        let private = content::create(
            &tx,
            Content {
                title: "Tavolo riservato: mediazione linguistica negli sportelli".to_owned(),
                slug: "mediazione".to_owned(),
                summary: "Un gruppo di lavoro su invito per migliorare la mediazione linguistica negli sportelli comunali."
                    .to_owned(),
                body: "Il gruppo è su invito: partecipano le persone che usano gli sportelli e i mediatori.".to_owned(),
                themes: vec!["Lingua italiana".to_owned(), "Documenti".to_owned()],
                visibility: entity::Visibility::InviteOnly,
            },
            coordinator.id,
            now,
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo consultation: {e}"))?;
        content::set_status(
            &tx,
            &private,
            ConsultationStatus::Published,
            coordinator.id,
            now,
        )
        .await?;
        grant(
            &tx,
            private.id,
            facilitator.id,
            ConsultationRoleKind::Facilitator,
            now,
        )
        .await?;
        grant(
            &tx,
            private.id,
            beneficiary.id,
            ConsultationRoleKind::Member,
            now,
        )
        .await?;
        let day = TimeDelta::days(1);
        add_round(
            &tx,
            &private,
            DemoRound {
                title: "Esperienze agli sportelli",
                description: "Racconta cosa funziona e cosa no quando chiedi un servizio.",
                opens: -day * 2,
                closes: day * 20,
                state: RoundState::Open,
                proposals: true,
                comments: true,
                voting: false,
                vote_rule: VoteRule::Support,
                vote_limit: None,
                results: ResultsVisibility::Live,
            },
            facilitator.id,
            now,
        )
        .await?;
        tx.commit().await?;
        created += 1;
    }
    Ok(created)
}

//! `--demo`: content to try Tavolo with. Never for production. Running it again creates
//! only what is missing.

mod follow_up;
mod organisations;
mod procedures;
mod surveys;
mod voting;

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
    db, markdown,
    web::one_line,
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
    let proposals = seed_proposals(db, now).await?;
    let voters = voting::seed_voters(db, now).await?;
    let votes = voting::seed_votes(db, now).await?;
    let closed = voting::seed_closed_consultation(db, now).await?;
    let meetings = follow_up::seed(db, now).await?;
    let organisations = organisations::seed(db, now).await?;
    let procedures = procedures::seed(db, now).await?;
    let surveys = surveys::seed(db, now).await?;
    tracing::info!(
        new_accounts = accounts + voters,
        new_consultations = consultations + closed,
        new_proposals = proposals,
        new_votes = votes,
        new_meetings = meetings,
        new_organisations = organisations,
        new_procedures = procedures,
        new_surveys = surveys,
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
                description: "Proposte online e dagli incontri nei quartieri; ognuno ha distribuito 5 punti \
                              tra le proposte che gli stavano più a cuore.",
                opens: -day * 30,
                closes: -day * 10,
                state: RoundState::Closed,
                proposals: true,
                comments: true,
                voting: true,
                vote_rule: VoteRule::Dots,
                vote_limit: Some(5),
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

struct DemoProposal {
    title: &'static str,
    body: &'static str,
    language: &'static str,
    theme: &'static str,
    /// A demo account's email, or None when recorded at an in-person table.
    author: Option<&'static str>,
    /// In the closed collection round (true) or the open one.
    early: bool,
}

const PROPOSALS: [DemoProposal; 8] = [
    DemoProposal {
        title: "Corsi di italiano la sera e nel fine settimana",
        body: "Molte persone lavorano di giorno. Servono corsi di italiano **la sera** e il sabato, \
               vicino a casa, con un servizio per i bambini.",
        language: "it",
        theme: "Lingua italiana",
        author: Some("beneficiary@demo.test"),
        early: true,
    },
    DemoProposal {
        title: "One desk for residence permits in every district",
        body: "Permit renewals take many trips. A single desk per district, with interpreters on fixed days, \
               would save time for people and for the offices.",
        language: "en",
        theme: "Documenti",
        author: Some("partner@demo.test"),
        early: true,
    },
    DemoProposal {
        title: "مرشدون صحيون يتحدثون لغات المرضى",
        body: "نقترح وجود وسطاء ثقافيين في العيادات العامة مرتين في الأسبوع، لمساعدة المرضى على فهم العلاج والمواعيد.",
        language: "ar",
        theme: "Salute",
        author: None,
        early: true,
    },
    DemoProposal {
        title: "Un registre public des logements disponibles",
        body: "Les agences refusent souvent les étrangers. La commune pourrait publier les logements sociaux \
               disponibles et accompagner les familles dans la demande.",
        language: "fr",
        theme: "Casa",
        author: Some("institution@demo.test"),
        early: true,
    },
    DemoProposal {
        title: "为小企业主提供中文的开业指导",
        body: "许多华人小企业主不了解开业手续。建议商会每月举办一次中文说明会，介绍许可证、税务和安全规定。",
        language: "zh",
        theme: "Lavoro",
        author: None,
        early: false,
    },
    DemoProposal {
        title: "Riconoscere i titoli di studio più in fretta",
        body: "Chi ha un diploma o una laurea all'estero aspetta mesi. Uno sportello regionale potrebbe \
               seguire le pratiche di riconoscimento dall'inizio alla fine.",
        language: "it",
        theme: "Lavoro",
        author: Some("partner@demo.test"),
        early: false,
    },
    DemoProposal {
        title: "Corsi di italiano per chi lavora a turni",
        body: "Orari flessibili per i corsi, anche online, per chi lavora a turni nelle fabbriche e nell'assistenza.",
        language: "it",
        theme: "Lingua italiana",
        author: Some("institution@demo.test"),
        early: false,
    },
    DemoProposal {
        title: "Informazioni sui servizi in più lingue, anche a voce",
        body: "Non tutti leggono bene: oltre ai volantini tradotti, messaggi vocali e video brevi nelle lingue più parlate.",
        language: "it",
        theme: "Documenti",
        author: Some("beneficiary@demo.test"),
        early: false,
    },
];

async fn seed_proposals(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<usize> {
    use entity::{
        Answer, AuthorRole, CommentState, ProposalState, Stance, comment, proposal,
        proposal_answer, theme,
    };

    use crate::proposals::{
        domain::ProposalText,
        store::{self, InPerson},
    };

    let Some(demo) = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq("demo"))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let already = proposal::Entity::find()
        .filter(proposal::Column::ConsultationId.eq(demo.id))
        .one(db)
        .await?;
    if already.is_some() {
        return Ok(0);
    }
    let rounds_here = rounds::for_consultation(db, demo.id).await?;
    let (collection, discussion) = (
        rounds_here.first().map(|r| r.id),
        rounds_here.get(1).map(|r| r.id),
    );
    let themes = theme::Entity::find()
        .filter(theme::Column::ConsultationId.eq(demo.id))
        .all(db)
        .await?;
    let facilitator = account(db, "facilitator@demo.test").await?;
    let tx = db::begin_write(db).await?;
    let mut ids = Vec::new();
    for (n, spec) in PROPOSALS.iter().enumerate() {
        let author = match spec.author {
            Some(email) => Some(account(db, email).await?.id),
            None => None,
        };
        let recorded = author.is_none().then(|| {
            (
                facilitator.id,
                InPerson {
                    place: if spec.language == "ar" {
                        "Centro interculturale, Prato".to_owned()
                    } else {
                        "Biblioteca Lazzerini, Prato".to_owned()
                    },
                    on: (now - TimeDelta::days(20)).date_naive(),
                    people: 12 + i32::try_from(n).unwrap_or(0),
                    group: StakeholderGroup::Beneficiary,
                },
            )
        });
        let text = ProposalText {
            title: spec.title.to_owned(),
            body: one_line(spec.body),
            theme_id: themes.iter().find(|t| t.name == spec.theme).map(|t| t.id),
            language: spec.language.to_owned(),
        };
        let when = now - TimeDelta::days(if spec.early { 25 } else { 5 })
            + TimeDelta::hours(i64::try_from(n).unwrap_or(0));
        let round = if spec.early { collection } else { discussion };
        let created = store::create(&tx, demo.id, round, text, author, recorded, when).await?;
        ids.push(created.id);
    }

    // Answers: two accepted (one of them recorded at a meeting), one rejected, one under
    // evaluation.
    for (index, answer, justification) in [
        (
            0,
            Answer::Accepted,
            Some(
                "Dal prossimo anno i corsi serali partono in tre quartieri, con un servizio per i bambini.",
            ),
        ),
        (
            3,
            Answer::Rejected,
            Some(
                "Il registro esiste già nel portale regionale; lo renderemo più facile da trovare e tradotto.",
            ),
        ),
        (1, Answer::Evaluating, None),
        (
            2,
            Answer::Accepted,
            Some("Due ambulatori avranno mediatori di lingua araba e urdu per sei mesi di prova."),
        ),
    ] {
        proposal_answer::ActiveModel {
            proposal_id: Set(ids[index]),
            answer: Set(answer),
            justification: Set(justification.map(str::to_owned)),
            answered_by: Set(Some(facilitator.id)),
            created_at: Set(now - TimeDelta::days(2)),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        proposal::ActiveModel {
            id: Set(ids[index]),
            answer: Set(answer),
            answer_justification: Set(justification.map(str::to_owned)),
            answered_at: Set(Some(now - TimeDelta::days(2))),
            ..Default::default()
        }
        .update(&tx)
        .await?;
    }

    // Proposal 6 said what proposal 0 said: merged into it.
    proposal::ActiveModel {
        id: Set(ids[6]),
        state: Set(ProposalState::Merged),
        merged_into: Set(Some(ids[0])),
        ..Default::default()
    }
    .update(&tx)
    .await?;
    let institution = account(db, "institution@demo.test").await?;
    store::add_signer(
        &tx,
        ids[0],
        institution.id,
        AuthorRole::Coauthor,
        now - TimeDelta::days(3),
    )
    .await?;

    // A discussion with every stance, and replies.
    let people = [
        account(db, "institution@demo.test").await?.id,
        account(db, "partner@demo.test").await?.id,
        account(db, "beneficiary@demo.test").await?.id,
    ];
    let thread: [(usize, Option<usize>, Stance, &str); 5] = [
        (
            0,
            None,
            Stance::For,
            "Il Comune può mettere a disposizione le scuole la sera.",
        ),
        (
            1,
            Some(0),
            Stance::Neutral,
            "Servono però insegnanti formati: chi li paga?",
        ),
        (
            2,
            Some(1),
            Stance::For,
            "Ci sono volontari certificati nelle associazioni.",
        ),
        (
            0,
            None,
            Stance::Against,
            "Il sabato molte famiglie hanno altri impegni: meglio la sera.",
        ),
        (
            1,
            Some(3),
            Stance::For,
            "D'accordo, ma online anche il sabato.",
        ),
    ];
    let mut comment_ids: Vec<i64> = Vec::new();
    for (n, (who, parent, stance, text)) in thread.into_iter().enumerate() {
        let parent_id = parent.map(|p| comment_ids[p]);
        let depth = parent.map_or(0, |p| if p == 0 || p == 3 { 1 } else { 2 });
        let at = now - TimeDelta::days(4) + TimeDelta::hours(i64::try_from(n).unwrap_or(0));
        let (body, body_html) = markdown::stored(text.to_owned()).await;
        let created = comment::ActiveModel {
            proposal_id: Set(ids[0]),
            parent_id: Set(parent_id),
            author_id: Set(Some(people[who])),
            body,
            body_html,
            stance: Set(stance),
            state: Set(CommentState::Published),
            hidden_reason: Set(None),
            depth: Set(depth),
            flags_count: Set(0),
            created_at: Set(at),
            updated_at: Set(at),
            edited_at: Set(None),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        comment_ids.push(created.id);
    }
    proposal::ActiveModel {
        id: Set(ids[0]),
        comments_count: Set(i32::try_from(comment_ids.len()).unwrap_or(0)),
        ..Default::default()
    }
    .update(&tx)
    .await?;
    tx.commit().await?;
    Ok(ids.len())
}

//! Export benchmark: a consultation of 1,000 and of 10,000 proposals (two comments each, an
//! answer for every third, a closed voting round with 2,000 voters) exported in each format
//! by the `tavolo export` binary; prints wall time, peak resident memory (from `wait4`) and
//! file size. Run with `cargo bench --bench export` (a release build); figures go to the
//! README.

use std::{
    path::Path,
    process::Command,
    time::{Duration, Instant},
};

use chrono::{TimeDelta, Utc};
use entity::{
    Answer, AuthorRole, CommentState, ConsultationStatus, PlatformRole, ProposalState,
    ResultsVisibility, RoundState, StakeholderGroup, Stance, Visibility, VoteRule, comment,
    consultation, proposal, proposal_answer, proposal_author, round, user, vote,
};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set, TransactionTrait};

const VOTERS: usize = 2_000;
const SUPPORTS_EACH: usize = 5;
const CHUNK: usize = 400;

const GROUPS: [StakeholderGroup; 4] = [
    StakeholderGroup::Beneficiary,
    StakeholderGroup::Institution,
    StakeholderGroup::ThirdSector,
    StakeholderGroup::Other,
];

async fn insert_chunks<A>(db: &DatabaseConnection, rows: Vec<A>)
where
    A: sea_orm::ActiveModelTrait + Send,
{
    let tx = db.begin().await.unwrap();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(CHUNK).collect();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(&tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

async fn seed(db: &DatabaseConnection, proposals: usize) {
    let now = Utc::now();
    let day = TimeDelta::days(1);
    insert_chunks(
        db,
        (0..VOTERS)
            .map(|n| user::ActiveModel {
                email: Set(format!("person{n}@bench.test")),
                display_name: Set(format!("Person {n}")),
                password_hash: Set("not a hash: nobody logs in".into()),
                role: Set(PlatformRole::Participant),
                stakeholder_group: Set(GROUPS[n % 4]),
                locale: Set("it".into()),
                email_verified_at: Set(Some(now)),
                privacy_accepted_at: Set(now),
                created_at: Set(now),
                updated_at: Set(now),
                email_own: Set("off".into()),
                email_others: Set("off".into()),
                ..Default::default()
            })
            .collect(),
    )
    .await;
    let first_user = user::Entity::find().one(db).await.unwrap().unwrap().id;
    let consultation = consultation::ActiveModel {
        slug: Set("bench".into()),
        title: Set("Benchmark".into()),
        summary: Set("A large consultation.".into()),
        body: Set(String::new()),
        status: Set(ConsultationStatus::Published),
        visibility: Set(Visibility::Public),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(Some(now)),
        export_names: Set(false),
        outcomes_published_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let round = round::ActiveModel {
        consultation_id: Set(consultation.id),
        position: Set(0),
        title: Set("Proposte e sostegni".into()),
        description: Set(String::new()),
        opens_at: Set(now - day * 30),
        closes_at: Set(now - day),
        state: Set(RoundState::Closed),
        allows_proposals: Set(true),
        allows_comments: Set(true),
        allows_voting: Set(true),
        groups: Set("beneficiary,institution,third_sector,other".into()),
        vote_rule: Set(VoteRule::Support),
        vote_limit: Set(Some(SUPPORTS_EACH as i32)),
        results_visibility: Set(ResultsVisibility::AfterClose),
        opened_at: Set(Some(now - day * 30)),
        closed_at: Set(Some(now - day)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let (body, body_html) = tavolo::markdown::stored(
        "Una proposta con un testo di qualche riga, come quelle vere: che cosa cambiare, \
         per chi, dove e perché. "
            .repeat(5),
    )
    .await;
    insert_chunks(
        db,
        (0..proposals)
            .map(|n| proposal::ActiveModel {
                consultation_id: Set(consultation.id),
                round_id: Set(Some(round.id)),
                title: Set(format!("Proposta numero {n}")),
                body: body.clone(),
                body_html: body_html.clone(),
                language: Set("it".into()),
                author_id: Set(Some(first_user + (n % VOTERS) as i64)),
                state: Set(ProposalState::Published),
                answer: Set(if n % 3 == 0 {
                    Answer::Accepted
                } else {
                    Answer::Pending
                }),
                answer_justification: Set(
                    (n % 3 == 0).then(|| "Accolta, con i tempi indicati.".into())
                ),
                answered_at: Set((n % 3 == 0).then_some(now)),
                comments_count: Set(2),
                flags_count: Set(0),
                created_at: Set(now - day * 20),
                updated_at: Set(now - day * 20),
                ..Default::default()
            })
            .collect(),
    )
    .await;
    let first = proposal::Entity::find().one(db).await.unwrap().unwrap().id;
    let ids: Vec<i64> = (0..proposals as i64).map(|n| first + n).collect();
    insert_chunks(
        db,
        ids.iter()
            .enumerate()
            .map(|(n, id)| proposal_author::ActiveModel {
                proposal_id: Set(*id),
                user_id: Set(first_user + (n % VOTERS) as i64),
                role: Set(AuthorRole::Author),
                created_at: Set(now),
                ..Default::default()
            })
            .collect(),
    )
    .await;
    let (comment, comment_html) =
        tavolo::markdown::stored("Sono d'accordo, ma servono più risorse.".into()).await;
    insert_chunks(
        db,
        ids.iter()
            .flat_map(|id| [*id, *id])
            .enumerate()
            .map(|(n, id)| comment::ActiveModel {
                proposal_id: Set(id),
                author_id: Set(Some(first_user + (n % VOTERS) as i64)),
                body: comment.clone(),
                body_html: comment_html.clone(),
                stance: Set(Stance::For),
                state: Set(CommentState::Published),
                depth: Set(0),
                flags_count: Set(0),
                created_at: Set(now - day * 10),
                updated_at: Set(now - day * 10),
                ..Default::default()
            })
            .collect(),
    )
    .await;
    insert_chunks(
        db,
        ids.iter()
            .step_by(3)
            .map(|id| proposal_answer::ActiveModel {
                proposal_id: Set(*id),
                answer: Set(Answer::Accepted),
                justification: Set(Some("Accolta, con i tempi indicati.".into())),
                created_at: Set(now),
                ..Default::default()
            })
            .collect(),
    )
    .await;
    insert_chunks(
        db,
        (0..VOTERS)
            .flat_map(|v| (0..SUPPORTS_EACH).map(move |s| (v, s)))
            .map(|(v, s)| vote::ActiveModel {
                round_id: Set(round.id),
                proposal_id: Set(ids[(v * 7 + s * 131) % ids.len()]),
                user_id: Set(first_user + v as i64),
                voter_group: Set(GROUPS[v % 4]),
                value: Set(1),
                created_at: Set(now - day * 5),
                updated_at: Set(now - day * 5),
                ..Default::default()
            })
            .collect(),
    )
    .await;
}

/// Runs the command and returns its wall time and peak resident set size in KiB.
#[allow(
    clippy::zombie_processes,
    reason = "the child is reaped by wait4 below"
)]
fn measure(command: &mut Command) -> (Duration, i64) {
    let started = Instant::now();
    let child = command.spawn().expect("tavolo export starts");
    let mut status = 0;
    // SAFETY: `rusage` is plain data that `wait4` fills in for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "export failed"
    );
    (elapsed, usage.ru_maxrss)
}

fn main() {
    let binary = env!("CARGO_BIN_EXE_tavolo");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    println!("| proposals | comments | format | time | peak memory | file |");
    println!("|---:|---:|---|---:|---:|---:|");
    for proposals in [1_000, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/bench.db?mode=rwc", dir.path().display());
        runtime.block_on(async {
            let db = tavolo::db::connect_url(&url).await.unwrap();
            tavolo::db::migrate(&db).await.unwrap();
            seed(&db, proposals).await;
            db.close().await.unwrap();
        });
        for format in ["csv", "json", "xlsx", "html"] {
            let out = dir.path().join(format!("bench.{format}"));
            let (elapsed, peak) = measure(
                Command::new(binary)
                    .args(["export", "bench", "--format", format, "--quiet", "--out"])
                    .arg(&out)
                    .env("DATABASE_URL", &url)
                    .env("RUST_LOG", "warn"),
            );
            println!(
                "| {proposals} | {} | {format} | {:.2} s | {:.1} MB | {:.1} MB |",
                proposals * 2,
                elapsed.as_secs_f64(),
                peak as f64 / 1024.0,
                size(&out) as f64 / 1_000_000.0,
            );
        }
    }
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

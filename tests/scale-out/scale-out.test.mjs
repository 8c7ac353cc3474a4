// Tavolo on several instances behind a load balancer, proven: three `tavolo serve` on one
// PostgreSQL database behind HAProxy (docs/deploy/), started together on an empty database.
// Through the balancer the browser suite's journeys pass, a vote storm is counted exactly, a
// round opens and closes once, an instance killed under load loses no acknowledged write and
// rejoins, a rolling restart loses nothing, and every email is sent once.
//
// Run from the repository root, after `cargo build` and `npm ci --prefix tests/browser`, on a
// machine with HAProxy, psql and a PostgreSQL server (see .ci/scale-out, which CI runs):
//
//     node --test tests/scale-out/
//
// Environment: TAVOLO_BIN (default target/debug/tavolo), TAVOLO_SCALE_OUT_POSTGRES (a
// database URL used to create and drop the suite's own database; default
// postgres://postgres@127.0.0.1:5432/postgres). Each process's log lands in
// tests/scale-out/artifacts/.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { BALANCER, Cluster, REPO_ROOT } from './cluster.mjs';
import { Load, inTurn } from './load.mjs';
import { Visitor } from './visitor.mjs';

const BIN = path.resolve(REPO_ROOT, process.env.TAVOLO_BIN ?? 'target/debug/tavolo');
const TEST_TIMEOUT_MS = 900_000;
const VOTERS = 240;
const VOTER_PASSWORD = 'scale-out-password';
const POLL_MS = 200;
const POLL_ATTEMPTS = 300;
// Comments posted at once under load: enough to keep every instance busy.
const LOAD_WORKERS = 8;

const cluster = new Cluster({
  bin: BIN,
  // Every browser and voter here comes from 127.0.0.1: far more registrations and emails
  // from one address than a site allows in an hour; and the comment load posts without
  // pause, several times an hour's allowance per account.
  extraEnv: {
    TAVOLO_REGISTRATIONS_PER_HOUR: '1000',
    TAVOLO_ACCOUNT_MAILS_PER_HOUR: '1000',
    TAVOLO_COMMENTS_PER_HOUR: '1000',
  },
});

/** Polls `read` until `done(value)` holds (at most `attempts` times); returns the last value. */
async function eventually(read, done, attempts = POLL_ATTEMPTS) {
  let value;
  for (let attempt = 0; attempt < attempts; attempt++) {
    value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return value;
}

function withoutTestContext(env) {
  const { NODE_TEST_CONTEXT: _, ...rest } = env;
  return rest;
}

/**
 * A consultation of its own with one round, due to open now and to close once every
 * instance's scheduler (each looks every 30 s) has had a turn to see it open.
 */
async function scheduleRound() {
  const [[round]] = await cluster.query(`
    WITH c AS (
      INSERT INTO consultation (slug, title, summary, body, body_html, status, visibility,
                                created_at, updated_at, published_at, export_names)
      VALUES ('scheduled', 'Scheduled', '', '', '', 'published', 'public', now(), now(), now(), false)
      RETURNING id
    )
    INSERT INTO round (consultation_id, position, title, description, opens_at, closes_at, state,
                       allows_proposals, allows_comments, allows_voting, groups, vote_rule,
                       results_visibility, created_at, updated_at)
    SELECT c.id, 1, 'Scheduled', '', now(), now() + interval '40 seconds', 'upcoming',
           true, true, true, 'beneficiary,institution,third_sector,other', 'support',
           'live', now(), now()
      FROM c
    RETURNING id`);
  return round;
}

const scale = {}; // the generated consultation: { round, proposals, voters }

describe('Tavolo on three instances behind HAProxy', { concurrency: 1 }, () => {
  before(
    async () => {
      await cluster.start();
      // Checked once the other tests are done: by then it has long closed.
      scale.scheduledRound = await scheduleRound();
    },
    { timeout: 180_000 },
  );
  after(() => cluster.stop());

  it('instances started together on an empty database prepare it once', async () => {
    const migrations = (await readdir(path.join(REPO_ROOT, 'migration', 'src'))).filter((f) => /^m\d{8}_\d{6}_.*\.rs$/.test(f));
    assert.equal(await cluster.count('SELECT count(*) FROM seaql_migrations'), migrations.length, 'each migration applied once');
    assert.equal(await cluster.count("SELECT count(*) FROM setting WHERE name = 'signing_key'"), 1, 'one signing key');
    assert.equal(await cluster.count("SELECT count(*) FROM consultation WHERE slug = 'demo'"), 1, 'the demo seeded once');
    assert.equal(await cluster.count("SELECT count(*) FROM \"user\" WHERE email = 'coordinator@demo.test'"), 1);
  });

  it('tavolo check finds every setting of an instance right', async () => {
    // What the unit runs before each start (ExecStartPre): database, migrations, the SMTP
    // server, the addresses. Warnings (plain http, demo accounts) do not fail it.
    const { stdout } = await cluster.tavolo(['check']);
    assert.match(stdout, /^ok +database: /m, stdout);
    assert.match(stdout, /^ok +mail: /m, stdout);
    assert.match(stdout, /^0 problem\(s\)|^All is well\./m, stdout);
    assert.doesNotMatch(stdout, /^PROBLEM/m, stdout);
  });

  it("the browser suite's journeys pass through the balancer", { timeout: TEST_TIMEOUT_MS }, async () => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', path.join(REPO_ROOT, 'tests', 'browser')], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      // Without NODE_TEST_CONTEXT, which would make the child report to this runner.
      env: { ...withoutTestContext(process.env), TAVOLO_URL: BALANCER, TAVOLO_DATA_DIR: cluster.dataDir },
    });
    const code = await new Promise((resolve) => child.once('close', resolve));
    assert.equal(code, 0, 'the browser suite passed against the balancer');
    const view = await cluster.balancerView();
    for (const [name, { sessions }] of Object.entries(view)) {
      assert.ok(sessions > 20, `${name} served its share of the journeys (${sessions} requests)`);
    }
  });

  it('a vote storm through the balancer is counted exactly', { timeout: TEST_TIMEOUT_MS }, async () => {
    await cluster.tavolo(['generate', '--accounts', String(VOTERS), '--proposals', '4', '--comments', '0', '--votes', '0', '--password', VOTER_PASSWORD, '--force', '--quiet']);
    [[scale.round]] = await cluster.query("SELECT r.id FROM round r JOIN consultation c ON c.id = r.consultation_id WHERE c.slug = 'scale' AND r.state = 'open'");
    scale.proposals = (await cluster.query("SELECT p.id FROM proposal p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = 'scale' AND p.state = 'published' ORDER BY p.id")).map(([id]) => id);
    assert.equal(scale.proposals.length, 4);
    const emails = Array.from({ length: VOTERS }, (_, i) => `scale-${String(i + 1).padStart(6, '0')}@example.test`);
    scale.voters = await inTurn(emails, 24, (email) => new Visitor(BALANCER).logIn(email, VOTER_PASSWORD));

    const [p1, p2, p3, p4] = scale.proposals;
    scale.votesBefore = await cluster.votesWritten();
    const vote = async (voter, proposal, choice) => {
      const response = await voter.post(`/proposals/${proposal}/vote`, { choice, round: scale.round, back: `/proposals/${proposal}` }, { accept: 'application/json' });
      assert.ok([200, 409].includes(response.status), `vote ${choice} on ${proposal}: ${response.status} ${response.text.slice(0, 200)}`);
      return response.status;
    };
    // Everyone at once: support p1; support p2 twice at the same moment (a double click);
    // support p3 and take it back; every other voter supports p4.
    await inTurn(scale.voters, 60, async (voter, index) => {
      assert.equal(await vote(voter, p1, 'support'), 200);
      await Promise.all([vote(voter, p2, 'support'), vote(voter, p2, 'support')]);
      assert.equal(await vote(voter, p3, 'support'), 200);
      assert.equal(await vote(voter, p3, 'withdraw'), 200);
      if (index % 2 === 0) assert.equal(await vote(voter, p4, 'support'), 200);
    });

    const expected = { [p1]: VOTERS, [p2]: VOTERS, [p3]: 0, [p4]: VOTERS / 2 };
    for (const [proposal, total] of Object.entries(expected)) {
      const where = `round_id = ${scale.round} AND proposal_id = ${proposal}`;
      assert.equal(await cluster.count(`SELECT count(*) FROM vote WHERE ${where}`), total, `ballots on ${proposal}`);
      assert.equal(await cluster.count(`SELECT coalesce(sum(total), 0) FROM vote_count WHERE ${where}`), total, `the counter kept for ${proposal}`);
    }
    assert.equal(
      await cluster.count(`SELECT beneficiary + institution + third_sector + other FROM round_voters WHERE round_id = ${scale.round}`),
      VOTERS,
      'voters counted once each',
    );
    // Every instance publishes the same, exact results (each may keep them 2 s).
    for (const instance of cluster.instances) {
      const results = await eventually(
        async () => {
          const response = await fetch(`http://127.0.0.1:${instance.port}/api/v1/consultations/scale/results`);
          const body = await response.json();
          const round = body.rounds.find((r) => String(r.round_id) === String(scale.round));
          return Object.fromEntries(round.proposals.map((p) => [p.proposal_id, p.total ?? 0]));
        },
        (totals) => Object.entries(expected).every(([id, total]) => totals[id] === total),
      );
      for (const [proposal, total] of Object.entries(expected)) {
        assert.equal(results[proposal], total, `${instance.name} shows ${total} votes for ${proposal}`);
      }
    }
  });

  it("Prometheus scrapes every instance's metrics, and they add up to the storm", { timeout: TEST_TIMEOUT_MS }, async () => {
    const up = await eventually(
      () => cluster.promQuery('up{job="tavolo"}'),
      (result) => result.length === cluster.instances.length && result.every((r) => r.value[1] === '1'),
    );
    assert.deepEqual(
      up.map((r) => r.metric.instance).sort(),
      cluster.instances.map((i) => `127.0.0.1:${i.metricsPort}`),
      'every instance is scraped and up',
    );
    // The storm: 840 votes cast (p1, p2, p3 and half on p4) and 240 withdrawn, across
    // instances, on top of what the journeys cast before it.
    const expected = { cast: scale.votesBefore.cast + 3.5 * VOTERS, withdrawn: scale.votesBefore.withdrawn + VOTERS };
    const votes = await eventually(
      async () => Object.fromEntries((await cluster.promQuery('sum by (change) (tavolo_votes_written_total)')).map((r) => [r.metric.change, Number(r.value[1])])),
      (v) => v.cast >= expected.cast && v.withdrawn >= expected.withdrawn,
    );
    assert.equal(votes.cast, expected.cast, 'votes cast, summed over the instances');
    assert.equal(votes.withdrawn, expected.withdrawn, 'votes withdrawn');
    const served = await cluster.promQuery('sum by (instance) (tavolo_http_requests_total{route="/proposals/{id}/vote",method="POST"})');
    assert.equal(served.length, cluster.instances.length, 'each instance took votes');
    const pending = await cluster.promQuery('tavolo_outbox_emails{state="pending"}');
    assert.equal(pending.length, cluster.instances.length, 'each instance reports the shared outbox');
  });

  it('an instance killed under load loses no acknowledged write, and rejoins', { timeout: TEST_TIMEOUT_MS }, async () => {
    const load = new Load(scale.voters, scale.proposals, 'kill').start(LOAD_WORKERS);
    await load.acknowledged(60);
    const before = (await cluster.balancerView()).tavolo2.sessions;
    await cluster.stopInstance(1, 'SIGKILL');
    const killedAt = load.sent();
    // Emails any instance was sending at that moment: the killed one's claims lapse after
    // 5 minutes, and one it had handed to the mail server may go out once more then.
    scale.claimedAtKill = (await cluster.query("SELECT id FROM outbox WHERE status = 'sending'")).map(([id]) => id);
    await cluster.awaitOutOfRotation('tavolo2');
    await load.acknowledged(load.acks() + 120);
    await cluster.startInstance(1);
    await cluster.awaitInRotation('tavolo2');
    await load.acknowledged(load.acks() + 120);
    const report = await load.stop();
    assert.ok((await cluster.balancerView()).tavolo2.sessions > before, 'the restarted instance takes requests again');
    await load.expectAllKept(cluster);
    console.log(`kill -9: ${report.acks} comments acknowledged, ${report.failures} failed (${killedAt} sent before the kill): ${report.errors.join('; ')}`);
    assert.ok(report.failures <= LOAD_WORKERS, `at most the requests in flight at the kill failed: ${report.failures}`);
  });

  it('a rolling restart, one instance at a time, loses nothing', { timeout: TEST_TIMEOUT_MS }, async () => {
    const load = new Load(scale.voters, scale.proposals, 'rolling').start(LOAD_WORKERS);
    await load.acknowledged(30);
    for (const [index, instance] of cluster.instances.entries()) {
      await cluster.stopInstance(index, 'SIGTERM');
      await cluster.startInstance(index);
      await cluster.awaitInRotation(instance.name);
      await load.acknowledged(load.acks() + 30);
    }
    const report = await load.stop();
    await load.expectAllKept(cluster);
    console.log(`rolling restart: ${report.acks} comments acknowledged, ${report.failures} failed: ${report.errors.join('; ')}`);
    assert.equal(report.failures, 0, `no request failed: ${report.errors.slice(0, 5).join('; ')}`);
  });

  it('a round opens once and closes once, though every instance runs the schedule', { timeout: TEST_TIMEOUT_MS }, async () => {
    const round = scale.scheduledRound;
    const state = await eventually(
      async () => (await cluster.query(`SELECT state FROM round WHERE id = ${round}`))[0][0],
      (s) => s === 'closed',
    );
    // Bounded by the poll above (60 s); the round is 40 s long.
    assert.equal(state, 'closed', 'the schedule closed the round');
    for (const action of ['round.opened', 'round.closed']) {
      assert.equal(
        await cluster.count(`SELECT count(*) FROM audit_log WHERE object_type = 'round' AND object_id = ${round} AND action = '${action}'`),
        1,
        `${action} once`,
      );
    }
    // Each instance also reminds non-voters once a round is about to close: once in all.
    const events = Object.fromEntries(await cluster.query(`SELECT kind, count(*) FROM event WHERE round_id = ${round} GROUP BY kind`));
    assert.deepEqual(
      events,
      { round_opened: '1', round_closing_soon: '1', round_closed: '1' },
      'one event as it opened, one as it was about to close, one as it closed',
    );
  });

  it('each email was sent once', { timeout: TEST_TIMEOUT_MS }, async () => {
    // What the killed instance had claimed waits 5 minutes for its claim to lapse: let it
    // lapse now, once nobody alive can still be sending it (claimed over 20 s ago).
    const claimed = scale.claimedAtKill ?? [];
    if (claimed.length > 0) {
      await eventually(
        () => cluster.count(`SELECT count(*) FROM outbox WHERE id IN (${claimed.join(',')}) AND status = 'sending' AND locked_until > now() + interval '4 minutes 40 seconds'`),
        (n) => n === 0,
      );
      await cluster.query(`UPDATE outbox SET locked_until = now() WHERE id IN (${claimed.join(',')}) AND status = 'sending'`);
    }
    // The comment load queued a notification email for each comment: up to three minutes.
    const unsent = await eventually(
      () => cluster.query("SELECT id, status, attempts, locked_until FROM outbox WHERE status <> 'sent'"),
      (rows) => rows.length === 0,
      3 * POLL_ATTEMPTS,
    );
    assert.deepEqual(unsent, [], 'every queued email went out');
    const sent = new Map(
      (await cluster.query("SELECT id, idempotency_key FROM outbox WHERE status = 'sent'")).map(([id, key]) => [
        createHash('sha256').update(key).digest('hex').slice(0, 32),
        id,
      ]),
    );
    assert.ok(sent.size > 20, `the journeys and comments sent mail (${sent.size})`);
    const received = new Map();
    for (const file of (await readdir(cluster.mailDir)).filter((f) => f.endsWith('.eml'))) {
      const id = (await readFile(path.join(cluster.mailDir, file), 'utf8')).match(/^Message-ID:\s*<([0-9a-f]{32})@/im)?.[1];
      assert.ok(id, `${file} has a Message-ID of Tavolo's`);
      received.set(id, (received.get(id) ?? 0) + 1);
    }
    for (const [hash, id] of sent) {
      const copies = received.get(hash) ?? 0;
      const allowed = claimed.includes(id) ? [1, 2] : [1];
      assert.ok(allowed.includes(copies), `email ${id} was received ${copies} times`);
    }
    assert.equal([...received.keys()].filter((hash) => !sent.has(hash)).length, 0, 'nothing was received that was not queued');
  });
});

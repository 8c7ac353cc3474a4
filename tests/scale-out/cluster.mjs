// The scale-out layout, started for real: a fresh PostgreSQL database, N `tavolo serve`
// instances configured from docs/deploy/tavolo.env, HAProxy from docs/deploy/haproxy.cfg in
// front of them, and an SMTP server receiving what they send.

import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { startSmtpSink } from './smtp-sink.mjs';

const run = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const ARTIFACTS = path.join(HERE, 'artifacts');
const DEPLOY = path.join(REPO_ROOT, 'docs', 'deploy');

/** The addresses docs/deploy/haproxy.cfg names. */
export const BALANCER = 'http://127.0.0.1:8180';
const STATS = 'http://127.0.0.1:8189/stats;csv';
const INSTANCE_PORTS = [8181, 8182, 8183];
/** Where each instance answers /metrics (docs/deploy/prometheus.yml names them). */
const METRICS_PORTS = [9461, 9462, 9463];
/** Where the suite's Prometheus listens. */
export const PROMETHEUS = 'http://127.0.0.1:9490';
const ADMIN_URL = process.env.TAVOLO_SCALE_OUT_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const POLL_MS = 100;
const START_ATTEMPTS = 600; // a minute, for a debug build migrating a fresh database
const BALANCER_ATTEMPTS = 300;

/** KEY=VALUE lines of an environment file (comments and blank lines skipped). */
export function readEnvFile(file) {
  const env = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const at = trimmed.indexOf('=');
    env[trimmed.slice(0, at)] = trimmed.slice(at + 1);
  }
  return env;
}

async function getText(url, timeoutMs = 2_000) {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, text: await response.text() };
}

export class Cluster {
  constructor({ bin, extraEnv = {} }) {
    this.bin = bin;
    this.extraEnv = extraEnv;
    this.instances = INSTANCE_PORTS.map((port, index) => ({
      name: `tavolo${index + 1}`,
      port,
      metricsPort: METRICS_PORTS[index],
      child: null,
    }));
  }

  /** Creates the database, then starts the mail server, every instance together and HAProxy. */
  async start({ demo = true } = {}) {
    if (!existsSync(this.bin)) throw new Error(`${this.bin} does not exist: run \`cargo build\` first`);
    await mkdir(ARTIFACTS, { recursive: true });
    this.dir = await mkdtemp(path.join(os.tmpdir(), 'tavolo-scale-out-'));
    this.dataDir = path.join(this.dir, 'data');
    this.mailDir = path.join(this.dataDir, 'mail');
    await mkdir(this.mailDir, { recursive: true });
    this.database = `tavolo_scale_out_${process.pid}_${Date.now().toString(36)}`;
    await this.psqlAdmin(`CREATE DATABASE ${this.database}`);
    this.databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${this.database}`);
    this.smtp = await startSmtpSink(this.mailDir);
    this.demo = demo;
    // All at once, as after a reboot: they race to migrate and seed one fresh database.
    await Promise.all(this.instances.map((_, index) => this.startInstance(index)));
    this.balancer = this.spawnLogged('haproxy', 'haproxy', ['-db', '-f', path.join(DEPLOY, 'haproxy.cfg')]);
    this.prometheus = this.spawnLogged('prometheus', 'prometheus', [
      `--config.file=${path.join(DEPLOY, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(this.dir, 'prometheus')}`,
      `--web.listen-address=${new URL(PROMETHEUS).host}`,
    ]);
    for (const instance of this.instances) await this.awaitInRotation(instance.name);
  }

  /** The environment of instance `index`: the shared file, then what this run changes. */
  instanceEnv(index) {
    const { port, metricsPort } = this.instances[index];
    return {
      PATH: process.env.PATH,
      ...readEnvFile(path.join(DEPLOY, 'tavolo.env')),
      DATABASE_URL: this.databaseUrl,
      TAVOLO_BASE_URL: BALANCER,
      TAVOLO_DATA_DIR: this.dataDir,
      SMTP_URL: this.smtp.url,
      TAVOLO_ADDR: `127.0.0.1:${port}`,
      TAVOLO_METRICS_ADDR: `127.0.0.1:${metricsPort}`,
      NO_COLOR: '1',
      ...this.extraEnv,
    };
  }

  spawnLogged(name, command, args, env) {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(path.join(ARTIFACTS, `${name}.log`), { flags: 'a' });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    child.exited.then(() => log.end());
    const killOnExit = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.exited.then(() => process.removeListener('exit', killOnExit));
    return child;
  }

  /** Starts instance `index` and waits until its own /healthz answers 200. */
  async startInstance(index) {
    const instance = this.instances[index];
    const args = this.demo ? ['serve', '--demo'] : ['serve'];
    instance.child = this.spawnLogged(instance.name, this.bin, args, this.instanceEnv(index));
    const url = `http://127.0.0.1:${instance.port}/healthz`;
    let last = 'no answer yet';
    for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      if (instance.child.exitCode !== null) {
        throw new Error(`${instance.name} exited at start (code ${instance.child.exitCode}): see ${ARTIFACTS}/${instance.name}.log`);
      }
      try {
        const { status, text } = await getText(url);
        if (status === 200) return;
        last = `${status} ${text.slice(0, 200)}`;
      } catch (error) {
        last = error.cause?.code ?? error.message;
      }
      await delay(POLL_MS);
    }
    throw new Error(`${instance.name} did not become healthy: ${last}`);
  }

  /** Stops instance `index`: SIGTERM (a graceful stop) or SIGKILL (a crash). */
  async stopInstance(index, signal = 'SIGTERM') {
    const { child } = this.instances[index];
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return child.exited;
  }

  /** HAProxy's view of each server of `backend tavolo`: { tavolo1: { status, sessions } }. */
  async balancerView() {
    const { text } = await getText(STATS);
    const [header, ...rows] = text.trim().split('\n');
    const columns = header.replace(/^# /, '').split(',');
    const view = {};
    for (const row of rows) {
      const cells = row.split(',');
      const field = (name) => cells[columns.indexOf(name)];
      if (field('pxname') === 'tavolo' && field('svname').startsWith('tavolo')) {
        view[field('svname')] = { status: field('status'), sessions: Number(field('stot')) };
      }
    }
    return view;
  }

  async awaitBalancer(name, wanted) {
    let seen = 'nothing';
    for (let attempt = 0; attempt < BALANCER_ATTEMPTS; attempt++) {
      try {
        const view = await this.balancerView();
        seen = view[name]?.status ?? 'absent';
        if (wanted(seen)) return;
      } catch (error) {
        seen = error.cause?.code ?? error.message;
      }
      await delay(POLL_MS);
    }
    throw new Error(`HAProxy still sees ${name} as ${seen}`);
  }

  /** Waits until HAProxy's health check has put `name` (back) in rotation. */
  awaitInRotation(name) {
    return this.awaitBalancer(name, (status) => status === 'UP');
  }

  /** Waits until HAProxy's health check has taken `name` out of rotation. */
  awaitOutOfRotation(name) {
    return this.awaitBalancer(name, (status) => status.startsWith('DOWN'));
  }

  /** The rows `sql` returns from the cluster's database, each as an array of strings. */
  async query(sql) {
    const { stdout } = await run('psql', ['-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', this.databaseUrl, '-c', sql]);
    return stdout.split('\n').filter((line) => line !== '').map((line) => line.split('\t'));
  }

  /** The single number `sql` returns. */
  async count(sql) {
    return Number((await this.query(sql))[0][0]);
  }

  async psqlAdmin(sql) {
    await run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ADMIN_URL, '-c', sql]);
  }

  /** Runs a `tavolo` command against the cluster's database (`tavolo generate …`, say). */
  async tavolo(args) {
    return run(this.bin, args, { cwd: REPO_ROOT, env: this.instanceEnv(0), maxBuffer: 16 * 1024 * 1024 });
  }

  /** `tavolo_votes_written_total` by `change`, summed over every instance's own /metrics. */
  async votesWritten() {
    const sums = { cast: 0, changed: 0, withdrawn: 0 };
    for (const { metricsPort } of this.instances) {
      const { text } = await getText(`http://127.0.0.1:${metricsPort}/metrics`);
      for (const [, change, value] of text.matchAll(/^tavolo_votes_written_total\{change="(\w+)"\} (\S+)$/gm)) {
        sums[change] += Number(value);
      }
    }
    return sums;
  }

  /** The result of a PromQL instant query to the suite's Prometheus. */
  async promQuery(query) {
    const { text } = await getText(`${PROMETHEUS}/api/v1/query?query=${encodeURIComponent(query)}`);
    return JSON.parse(text).data?.result ?? [];
  }

  async stop() {
    for (const helper of [this.balancer, this.prometheus]) {
      if (!helper) continue;
      helper.kill('SIGTERM');
      await helper.exited;
    }
    await Promise.all(this.instances.map((instance, index) => (instance.child ? this.stopInstance(index) : null)));
    await this.smtp?.close();
    if (this.database) await this.psqlAdmin(`DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

// The formal co-design procedure clicked through in a browser, from the notice to the
// agreement, without JavaScript, every page it passes checked by axe-core.
//
// The procedure lasts weeks: applications close at least 20 days after the notice. So this
// journey runs a Tavolo of its own on a SQLite file of its own, first on today's clock
// (the notice, an application), then again on the same file with `--demo-days-ahead 21`
// (admission, the commission, the project, scores, the agreement, the public record).
// It needs a server it can restart, so it is skipped against a Tavolo already running
// (TAVOLO_URL).
//
// Run from the repository root, after `cargo build`: `node --test tests/browser/`.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const ARTIFACTS = path.join(HERE, 'artifacts');
const SERVER_BIN = path.resolve(REPO_ROOT, process.env.TAVOLO_BIN ?? 'target/debug/tavolo');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const SKIP = process.env.TAVOLO_URL ? 'TAVOLO_URL: this journey restarts a Tavolo of its own' : false;
const TIMEOUT_MS = 120_000;
const DEMO_PASSWORD = 'demo-demo-demo';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const RUN_ID = Date.now().toString(36);

/** The site's time zone (Tavolo's default), in which the notice's deadline is typed. */
const ZONE = 'Europe/Rome';

/** `YYYY-MM-DDTHH:MM:SS` in the site's time zone, `days` from now (plus `hours`). */
function localDateTime(days, hours = 0) {
  const at = new Date(Date.now() + days * 86_400_000 + hours * 3_600_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

async function freePort() {
  const probe = net.createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts `tavolo serve --demo` (plus `extra` arguments) on the database in `dir`, and
 * waits until `/healthz` answers 200 (or the process dies).
 */
async function startTavolo(dir, extra, logName) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    TAVOLO_ADDR: `127.0.0.1:${port}`,
    DATABASE_URL: `sqlite://${dir}/tavolo.db?mode=rwc`,
    TAVOLO_BASE_URL: baseURL,
    TAVOLO_DATA_DIR: dir,
    NO_COLOR: '1',
  };
  delete env.SMTP_URL; // mail is written as files under `dir/mail`
  const child = spawn(SERVER_BIN, ['serve', '--demo', ...extra], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', killOnExit);
  await mkdir(ARTIFACTS, { recursive: true });
  const log = createWriteStream(path.join(ARTIFACTS, logName));
  let stderr = '';
  child.stdout.pipe(log, { end: false });
  child.stderr.on('data', (chunk) => {
    log.write(chunk);
    stderr = (stderr + chunk).slice(-32_000);
  });
  const exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
  let gone = null;
  exited.then((code) => (gone = code));
  for (let attempt = 0; attempt < 600 && gone === null; attempt++) {
    try {
      const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { child, baseURL, exited, log, killOnExit };
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  throw new Error(`tavolo did not become healthy at ${baseURL} (exit ${gone}):\n${stderr}`);
}

async function stopTavolo(server) {
  if (!server) return;
  if (server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  process.removeListener('exit', server.killOnExit);
  await new Promise((resolve) => server.log.end(resolve));
}

/** Waits for the document that answers a click on `button`, and returns its response. */
async function submitWith(page, button) {
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame() && !(r.status() >= 300 && r.status() < 400)),
    button.click(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return response;
}

function formWith(page, selector) {
  return page.locator('main form', { has: page.locator(selector) }).first();
}

async function submitForm(page, form) {
  return submitWith(page, form.locator('[type="submit"], button:not([type])').first());
}

async function errorsOn(page) {
  const summary = page.locator('[role="alert"], .error-summary');
  return (await summary.count()) > 0 ? (await summary.first().innerText()).trim() : '(no error summary)';
}

function pathname(page) {
  return new URL(page.url()).pathname;
}

async function expectAxeClean(page, what) {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (page.frames().length === 1) builder.setLegacyMode(true);
  const { violations } = await builder.analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    [],
    `${what} (${page.url()}) has no axe violations`,
  );
}

/** The text of the newest email in `dir/mail` addressed to `address`. */
async function lastMailTo(dir, address) {
  const folder = path.join(dir, 'mail');
  const files = existsSync(folder) ? (await readdir(folder)).sort() : [];
  for (const file of files.reverse()) {
    const text = await readFile(path.join(folder, file), 'utf8');
    if (text.includes(address)) return text;
  }
  return null;
}

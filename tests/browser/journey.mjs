// What the journeys that run a Tavolo of their own share (the procedure, the survey): the
// server on a SQLite file of its own, visitors without JavaScript each with a twin that
// runs axe, and the form helpers. Not a test file itself.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { AxeBuilder } from '@axe-core/playwright';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const ARTIFACTS = path.join(HERE, 'artifacts');
export const SERVER_BIN = path.resolve(REPO_ROOT, process.env.TAVOLO_BIN ?? 'target/debug/tavolo');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
export const SKIP = process.env.TAVOLO_URL ? 'TAVOLO_URL: this journey runs a Tavolo of its own' : false;
export const TIMEOUT_MS = 120_000;
export const DEMO_PASSWORD = 'demo-demo-demo';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const RUN_ID = Date.now().toString(36);

/** The site's time zone (Tavolo's default), in which the notice's deadline is typed. */
export const ZONE = 'Europe/Rome';

/** `YYYY-MM-DDTHH:MM:SS` in the site's time zone, `days` from now (plus `hours`). */
export function localDateTime(days, hours = 0) {
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

export async function freePort() {
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
export async function startTavolo(dir, extra, logName) {
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

export async function stopTavolo(server) {
  if (!server) return;
  if (server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  process.removeListener('exit', server.killOnExit);
  await new Promise((resolve) => server.log.end(resolve));
}

/** Waits for the document that answers a click on `button`, and returns its response. */
export async function submitWith(page, button) {
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame() && !(r.status() >= 300 && r.status() < 400)),
    button.click(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return response;
}

export function formWith(page, selector) {
  return page.locator('main form', { has: page.locator(selector) }).first();
}

export async function submitForm(page, form) {
  return submitWith(page, form.locator('[type="submit"], button:not([type])').first());
}

export async function errorsOn(page) {
  const summary = page.locator('[role="alert"], .error-summary');
  return (await summary.count()) > 0 ? (await summary.first().innerText()).trim() : '(no error summary)';
}

export function pathname(page) {
  return new URL(page.url()).pathname;
}

/**
 * axe runs inside the page, which a context without JavaScript does not allow: it checks
 * the same address, with the same session, in the page's twin with JavaScript on.
 */
export const twins = new WeakMap();

export async function expectAxeClean(page, what) {
  const twin = twins.get(page);
  assert.ok(twin, 'every page of the journey has its twin for axe');
  const response = await twin.goto(page.url());
  assert.equal(response.status(), 200, `${what}: the twin reads ${page.url()}`);
  const builder = new AxeBuilder({ page: twin }).withTags(AXE_TAGS);
  if (twin.frames().length === 1) builder.setLegacyMode(true);
  const { violations } = await builder.analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    [],
    `${what} (${page.url()}) has no axe violations`,
  );
}

/** The text of the newest email in `dir/mail` addressed to `address`. */
export async function lastMailTo(dir, address) {
  const folder = path.join(dir, 'mail');
  const files = existsSync(folder) ? (await readdir(folder)).sort() : [];
  for (const file of files.reverse()) {
    const text = await readFile(path.join(folder, file), 'utf8');
    if (text.includes(address)) return text;
  }
  return null;
}

/** The pages of one visitor: a context of their own, without JavaScript, logged in as `email`. */
export async function visitor(browser, baseURL, email) {
  const context = await browser.newContext({ baseURL, locale: 'it', javaScriptEnabled: false });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  if (email) {
    await page.goto('/login');
    const form = formWith(page, 'input[name="password"]');
    await form.locator('input[name="email"]').fill(email);
    await form.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await submitForm(page, form);
    assert.notEqual(pathname(page), '/login', `log-in as ${email}: ${await errorsOn(page)}`);
  }
  const twinContext = await browser.newContext({ baseURL, locale: 'it', storageState: await context.storageState() });
  twins.set(page, await twinContext.newPage());
  return { contexts: [context, twinContext], page };
}

/** Opens `path`, which must answer 200 and pass axe. */
export async function visit(page, path, what) {
  const response = await page.goto(path);
  assert.equal(response.status(), 200, `${what}: GET ${path} answers 200`);
  await expectAxeClean(page, what);
}

/** Submits the form holding `selector` on the page, expecting to land without errors. */
export async function send(page, selector, what) {
  const response = await submitForm(page, formWith(page, selector));
  assert.ok(response.status() < 400, `${what}: answered ${response.status()} on ${page.url()}: ${await errorsOn(page)}`);
  return response;
}


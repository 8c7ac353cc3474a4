// A survey clicked through in a browser, without JavaScript: a facilitator builds it in the
// console and publishes it; participants answer online, one of them in Arabic; the
// facilitator types in paper questionnaires from an in-person table; the results show by
// stakeholder group in Italian and in Arabic; the consultation's workbook, survey sheet
// included, opens in LibreOffice. Every page it passes is checked by axe-core.
//
// It runs a Tavolo of its own on a SQLite file of its own, so it is skipped against a
// Tavolo already running (TAVOLO_URL). LibreOffice (`soffice`) must be installed where
// CI=true; elsewhere the workbook step is skipped without it.
//
// Run from the repository root, after `cargo build`: `node --test tests/browser/`.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
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
const SKIP = process.env.TAVOLO_URL ? 'TAVOLO_URL: this journey runs a Tavolo of its own' : false;
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

/**
 * axe runs inside the page, which a context without JavaScript does not allow: it checks
 * the same address, with the same session, in the page's twin with JavaScript on.
 */
const twins = new WeakMap();

async function expectAxeClean(page, what) {
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

/** The pages of one visitor: a context of their own, without JavaScript, logged in as `email`. */
async function visitor(browser, baseURL, email) {
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
async function visit(page, path, what) {
  const response = await page.goto(path);
  assert.equal(response.status(), 200, `${what}: GET ${path} answers 200`);
  await expectAxeClean(page, what);
}

/** Submits the form holding `selector` on the page, expecting to land without errors. */
async function send(page, selector, what) {
  const response = await submitForm(page, formWith(page, selector));
  assert.ok(response.status() < 400, `${what}: answered ${response.status()} on ${page.url()}: ${await errorsOn(page)}`);
  return response;
}


/** Where LibreOffice is, if anywhere. */
async function soffice() {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

describe('a survey, from the builder to the results and the workbook, without JavaScript', { concurrency: 1, skip: SKIP }, () => {
  let browser;
  let dir;
  let tavolo;
  let survey;
  const title = `Questionario del browser ${RUN_ID}`;
  const contexts = [];

  async function as(email, locale = 'it') {
    const seen = await visitor(browser, tavolo.baseURL, email);
    contexts.push(...seen.contexts);
    if (locale !== 'it') {
      // The header's language switch, posted as its (folded) form would post it.
      await seen.page.goto('/');
      const token = await seen.page.locator('form[action="/language"] input[name="_csrf"]').first().getAttribute('value');
      const switched = await seen.contexts[0].request.post('/language', { form: { _csrf: token, next: '/', lang: locale } });
      assert.ok(switched.status() < 400, `switching to ${locale} answered ${switched.status()}`);
      await seen.page.goto('/');
      assert.equal(await seen.page.locator('html').getAttribute('lang'), locale, `${email} reads ${locale}`);
    }
    return seen.page;
  }

  before(async () => {
    assert.ok(existsSync(SERVER_BIN), `${SERVER_BIN} exists (run cargo build first)`);
    dir = await mkdtemp(path.join(os.tmpdir(), 'tavolo-survey-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    tavolo = await startTavolo(dir, [], 'survey.log');
  });

  after(async () => {
    while (contexts.length) await contexts.pop().close();
    await browser?.close();
    await stopTavolo(tavolo);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the facilitator builds a survey with a condition and publishes it', { timeout: TIMEOUT_MS }, async () => {
    const page = await as('facilitator@demo.test');
    await visit(page, '/manage/consultations/demo/surveys', 'the console\'s surveys');
    await visit(page, '/manage/consultations/demo/surveys/new', 'the new survey form');
    const settings = formWith(page, 'input[name="title"]');
    await settings.locator('input[name="title"]').fill(title);
    await settings.locator('textarea[name="intro"]').fill('Come raggiungi i **corsi di lingua**?');
    await settings.locator('input[name="opens_at"]').fill(localDateTime(0, -1));
    await settings.locator('input[name="closes_at"]').fill(localDateTime(7));
    await send(page, 'input[name="title"]', 'creating the survey');
    const match = pathname(page).match(/^\/manage\/surveys\/(\d+)$/);
    assert.ok(match, `creating the survey ended on ${page.url()}: ${await errorsOn(page)}`);
    survey = match[1];
    await expectAxeClean(page, 'the builder');

    await page.locator('main a[href*="/questions/new?section="]').first().click();
    await expectAxeClean(page, 'the question form');
    let question = formWith(page, 'textarea[name="prompt"]');
    await question.locator('select[name="kind"]').selectOption('single_choice');
    await question.locator('textarea[name="prompt"]').fill('Frequenti un corso di lingua?');
    await question.locator('input[name="required"]').check();
    await question.locator('textarea[name="options"]').fill('Sì\nNo');
    await send(page, 'textarea[name="prompt"]', 'adding the first question');

    const section = formWith(page, 'input[name="title"]');
    await section.locator('input[name="title"]').fill('Il corso');
    await send(page, 'input[name="title"]', 'adding a section');
    await page.locator('main a[href*="/questions/new?section="]').last().click();
    question = formWith(page, 'textarea[name="prompt"]');
    await question.locator('select[name="kind"]').selectOption('scale');
    await question.locator('textarea[name="prompt"]').fill('Quanto è comodo l\'orario?');
    await question.locator('input[name="min_label"]').fill('Per niente');
    await question.locator('input[name="max_label"]').fill('Moltissimo');
    await question.locator('select[name="show_if"]').selectOption({ index: 1 });
    await send(page, 'textarea[name="prompt"]', 'adding the conditional scale');

    await visit(page, `/manage/surveys/${survey}/publish`, 'the publication confirmation');
    await send(page, 'input[name="_csrf"]', 'publishing the survey');
    assert.ok((await page.locator('main').innerText()).includes('Sì'), 'the builder shows the condition');
  });

  async function answer(email, locale, choice, scale) {
    const page = await as(email, locale);
    await visit(page, `/surveys/${survey}`, `the survey page (${locale})`);
    await page.locator(`main a.button[href^="/surveys/${survey}/sections/"]`).first().click();
    await expectAxeClean(page, `the first section (${locale})`);
    await page.locator('main input[type="radio"]').nth(choice).check();
    await submitWith(page, page.locator('main button[name="action"][value="next"]'));
    if (scale) {
      await expectAxeClean(page, `the second section (${locale})`);
      await page.locator(`main input[type="radio"][value="${scale}"]`).check();
      await submitWith(page, page.locator('main button[name="action"][value="next"]'));
    }
    assert.equal(pathname(page), `/surveys/${survey}/review`, `${email} reaches the review: ${await errorsOn(page)}`);
    await expectAxeClean(page, `the review (${locale})`);
    await submitWith(page, page.locator(`main form[action^="/surveys/${survey}/submit"] button`));
    assert.equal(await page.locator('html').getAttribute('lang'), locale);
    return page;
  }

  it('participants answer online, one in Arabic, and the condition holds', { timeout: TIMEOUT_MS }, async () => {
    assert.ok(survey, 'an earlier step did not publish the survey');
    const arabic = await answer('beneficiary@demo.test', 'ar', 0, '4');
    assert.equal(await arabic.locator('html').getAttribute('dir'), 'rtl');
    await answer('partner@demo.test', 'it', 0, '2');
    // "No": the scale is not asked.
    await answer('institution@demo.test', 'it', 1, null);
  });

  it('the facilitator types in paper questionnaires from an in-person table', { timeout: TIMEOUT_MS }, async () => {
    assert.ok(survey, 'an earlier step did not publish the survey');
    const page = await as('facilitator@demo.test');
    await visit(page, `/manage/surveys/${survey}/print?lang=it`, 'the printable questionnaire');
    for (const scale of ['5', '3', '4']) {
      await page.goto(`/manage/surveys/${survey}/paper/new`);
      await expectAxeClean(page, 'the paper form');
      const form = formWith(page, 'input[name="place"]');
      await form.locator('input[name="place"]').fill('Centro interculturale');
      await form.locator('input[name="day"]').fill(localDateTime(0).slice(0, 10));
      await form.locator('select[name="stakeholder_group"]').selectOption('beneficiary');
      await form.locator('input[type="radio"]').first().check();
      await form.locator(`input[type="radio"][value="${scale}"]`).check();
      await send(page, 'input[name="place"]', 'typing in a paper questionnaire');
    }
    await visit(page, `/manage/surveys/${survey}/paper`, 'the paper questionnaires');
    assert.equal(await page.locator('main tbody tr').count(), 3, 'three questionnaires typed in');
  });

  it('the results show by stakeholder group, in Italian and in Arabic', { timeout: TIMEOUT_MS }, async () => {
    assert.ok(survey, 'an earlier step did not publish the survey');
    const page = await as('facilitator@demo.test');
    await visit(page, `/surveys/${survey}/results`, 'the results (Italian)');
    const results = await page.locator('main').innerText();
    assert.ok(results.includes('meno di 3'), 'small groups are suppressed');
    assert.ok(results.includes('Persona a cui i servizi sono rivolti'), results);
    await visit(page, `/surveys/${survey}/results?source=paper`, 'the results on paper');
    const arabic = await as('beneficiary@demo.test', 'ar');
    await visit(arabic, `/surveys/${survey}/results`, 'the results (Arabic)');
    assert.equal(await arabic.locator('html').getAttribute('dir'), 'rtl');
  });

  it('the consultation\'s workbook, with the survey\'s sheet, opens in LibreOffice', { timeout: TIMEOUT_MS }, async (t) => {
    assert.ok(survey, 'an earlier step did not publish the survey');
    const office = await soffice();
    if (!office) {
      assert.ok(process.env.CI !== 'true', 'CI installs LibreOffice (libreoffice-calc-nogui)');
      t.skip('LibreOffice is not installed');
      return;
    }
    const page = await as('facilitator@demo.test');
    await visit(page, '/manage/consultations/demo/outcomes', 'the outcomes page');
    const download = await page.context().request.get('/manage/consultations/demo/outcomes/download/xlsx');
    assert.equal(download.status(), 200);
    const workbook = path.join(dir, 'demo.xlsx');
    await writeFile(workbook, await download.body());
    const out = path.join(dir, 'office');
    await promisify(execFile)(office, [
      '--headless', `-env:UserInstallation=file://${dir}/office-profile`, '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir', out, workbook,
    ], { timeout: 90_000 });
    const sheet = (await readdir(out)).find((f) => f.endsWith(`survey_${survey}.csv`));
    assert.ok(sheet, `LibreOffice wrote the survey's sheet: ${(await readdir(out)).join(', ')}`);
    const lines = (await readFile(path.join(out, sheet), 'utf8')).trim().split('\n');
    assert.equal(lines.length, 7, 'a header, three answers online and three on paper');
    assert.ok(lines[0].includes('Frequenti un corso di lingua?'), lines[0]);
    assert.equal(lines.filter((l) => l.includes('Centro interculturale')).length, 3);
  });
});

// Tavolo's browser suite: every page kind, logged out and in, in every locale,
// checked by axe-core (WCAG 2.1 A/AA) in Debian's Chromium, plus the main flows
// clicked through as a person would.
//
// Run from the repository root, after `cargo build`:
//
//     npm ci --prefix tests/browser
//     node --test tests/browser/
//
// Environment: TAVOLO_BIN (default target/debug/tavolo), CHROMIUM_PATH
// (default /usr/bin/chromium). Screenshots and the server log land in
// tests/browser/artifacts/ (git-ignored) so CI can keep them.
//
// To cover a new page, add a row to PAGES; a new locale, a row to LOCALES; a
// new kind of visitor (say, a coordinator for /manage), a row to PERSONAS.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

// ---------------------------------------------------------------------------
// What is checked. Later issues extend these tables rather than the code below.
// ---------------------------------------------------------------------------

/** Locales the suite walks through; `dir` becomes `rtl` when Arabic lands. */
const LOCALES = [
  { code: 'it', dir: 'ltr' },
  { code: 'en', dir: 'ltr' },
];

const DEMO_PASSWORD = 'demo-demo-demo';

/**
 * Who visits. `null` credentials means logged out. Each persona gets its own
 * browser context per locale, so sessions and language cookies never leak.
 */
const PERSONAS = {
  anonymous: null,
  beneficiary: { email: 'beneficiary@demo.test', password: DEMO_PASSWORD },
};

/**
 * Page kinds. `as` lists the personas that visit the page; `status` is the
 * expected HTTP status (a number, or 'handled' for "anything but a 5xx" where
 * several answers are reasonable); `stays: false` allows the server to
 * redirect elsewhere.
 */
const PAGES = [
  { path: '/', as: ['anonymous', 'beneficiary'] },
  { path: '/register', as: ['anonymous'] },
  { path: '/login', as: ['anonymous'] },
  { path: '/password/forgot', as: ['anonymous'] },
  { path: '/privacy', as: ['anonymous', 'beneficiary'] },
  { path: '/account', as: ['beneficiary'] },
  { path: '/no-such-page', as: ['anonymous', 'beneficiary'], status: 404 },
  { path: '/password/reset/not-a-real-token', as: ['anonymous'], status: 410 },
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Selectors that encode the contract between templates and this suite.
const LANGUAGE_FORM = 'form[action="/language"][method="post" i]';
const LOGOUT_BUTTON = 'header form[action="/logout"] button';
const LOGIN_LINK = 'header a[href^="/login"]';
const ERROR_SUMMARY = '[role="alert"], .error-summary';
const SUBMIT = '[type="submit"], button:not([type])';
const LANG_COOKIE = 'tavolo_lang';

// ---------------------------------------------------------------------------
// Set-up knobs.
// ---------------------------------------------------------------------------

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const ARTIFACTS = path.join(HERE, 'artifacts');
const SERVER_BIN = path.resolve(REPO_ROOT, process.env.TAVOLO_BIN ?? 'target/debug/tavolo');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // the machine has no internet; don't let Chromium try
  '--disable-component-update',
  '--disable-sync',
];

const STARTUP_TIMEOUT_MS = 60_000;
const HEALTH_POLL_MS = 250;
// A debug build on a busy 2-core machine can be slow on the first request of a
// page; these bound every wait so a broken page fails in seconds, not minutes.
const ACTION_TIMEOUT_MS = 15_000;
const NAVIGATION_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 120_000;
const RUN_ID = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// ---------------------------------------------------------------------------
// Server and browser lifecycle, shared by every test in the file.
// ---------------------------------------------------------------------------

let server; // { child, baseURL, tmpDir, log, exited, killOnExit, stderr() } while running
let browser;

/** Asks the OS for a free port; the tiny race until the server binds is acceptable for a test run. */
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

async function startServer() {
  if (!existsSync(SERVER_BIN)) {
    throw new Error(`${SERVER_BIN} does not exist: run \`cargo build\` first, or set TAVOLO_BIN`);
  }
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'tavolo-browser-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  const env = {
    ...process.env,
    TAVOLO_ADDR: `127.0.0.1:${port}`,
    DATABASE_URL: `sqlite://${tmpDir}/tavolo.db?mode=rwc`,
    TAVOLO_BASE_URL: baseURL,
    TAVOLO_DATA_DIR: tmpDir,
    NO_COLOR: '1', // the log goes to a file; keep it free of terminal colour codes
  };
  // Without SMTP the server writes mail as files, so the suite never needs a mail server.
  delete env.SMTP_URL;

  // Run from the repository root so anything the server resolves relative to
  // its working directory (static files, say) is found as in `cargo run`.
  const child = spawn(SERVER_BIN, ['serve', '--demo'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A safety net for runs that die before the after-hook: never leave a server behind.
  const killOnExit = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', killOnExit);

  // Keep everything the server says: the whole of it goes to a file for CI,
  // and stderr is printed if start-up fails.
  const log = createWriteStream(path.join(ARTIFACTS, 'server.log'));
  let stderr = '';
  child.stdout.pipe(log, { end: false });
  child.stderr.on('data', (chunk) => {
    log.write(chunk);
    stderr = (stderr + chunk).slice(-64_000);
  });

  // 'close' rather than 'exit': it fires once the output pipes are drained too,
  // so nothing is written to the log after it has been closed.
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  let exitInfo = null;
  exited.then((info) => (exitInfo = info));

  server = { child, baseURL, tmpDir, log, exited, killOnExit, stderr: () => stderr };

  // Poll /healthz until it answers 200, the process dies, or time runs out.
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  const maxAttempts = Math.ceil(STARTUP_TIMEOUT_MS / HEALTH_POLL_MS);
  let lastProblem = 'no attempt made';
  for (let attempt = 1; attempt <= maxAttempts && Date.now() < deadline; attempt++) {
    if (exitInfo) {
      lastProblem = `server exited early (code ${exitInfo.code}, signal ${exitInfo.signal})`;
      break;
    }
    try {
      const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `/healthz answered ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }
    await delay(HEALTH_POLL_MS);
  }
  const message = `tavolo did not become healthy at ${baseURL}: ${lastProblem}`;
  console.error(`${message}\n--- server stderr ---\n${stderr || '(empty)'}\n--- end of server stderr ---`);
  throw new Error(message);
}

async function stopServer() {
  if (!server) return;
  const { child, exited, log, tmpDir, killOnExit } = server;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    // Give a graceful shutdown a bounded chance, then insist.
    const gone = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
    if (!gone) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  process.removeListener('exit', killOnExit);
  await new Promise((resolve) => log.end(resolve));
  await rm(tmpDir, { recursive: true, force: true });
  server = undefined;
}

/**
 * A fresh browser context for one locale. Its Accept-Language deliberately
 * names a *different* locale, so the page language can only be right if the
 * language switch (cookie or account setting) really wins over the header.
 */
async function newContext(locale, { javaScriptEnabled = true } = {}) {
  const other = LOCALES.find((l) => l.code !== locale.code) ?? locale;
  const context = await browser.newContext({
    baseURL: server.baseURL,
    locale: other.code,
    javaScriptEnabled,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return context;
}

// ---------------------------------------------------------------------------
// Helpers that wait on conditions, never on the clock.
// ---------------------------------------------------------------------------

/** Waits until `locator` is in the DOM, failing with a readable message instead of a bare timeout. */
async function expectPresent(page, locator, what) {
  try {
    await locator.first().waitFor({ state: 'attached' });
  } catch {
    assert.fail(`${what}: nothing matches ${locator} on ${page.url()}`);
  }
}

async function expectAbsent(page, locator, what) {
  try {
    await locator.first().waitFor({ state: 'detached' });
  } catch {
    assert.fail(`${what}: ${locator} is still on ${page.url()}`);
  }
}

/**
 * Makes a control clickable. Header menus (language, account) live in
 * <details> disclosures so they work without JavaScript; open the nearest one.
 */
async function reveal(locator) {
  if (await locator.isVisible()) return;
  const summary = locator.locator('xpath=ancestor::details[1]/summary');
  if ((await summary.count()) > 0) await summary.first().click();
  await locator.waitFor({ state: 'visible' });
}

/**
 * Clicks a submit control and waits for the document that answers it. Waiting
 * for the main frame to commit a navigation (rather than for a URL) also works
 * when the server re-renders the form at the same address.
 */
async function submitWith(page, button) {
  await reveal(button);
  const navigated = page.waitForEvent('framenavigated', {
    predicate: (frame) => frame === page.mainFrame(),
  });
  await button.click();
  await navigated;
  await page.waitForLoadState('load');
}

function formWith(page, fieldSelector) {
  return page.locator('form', { has: page.locator(fieldSelector) }).first();
}

async function submitForm(page, form) {
  await submitWith(page, form.locator(SUBMIT).first());
}

function pathname(page) {
  return new URL(page.url()).pathname;
}

/** The visible error text on the page, to make a failed assertion explain itself. */
async function alertText(page) {
  const alerts = page.locator(ERROR_SUMMARY);
  return (await alerts.count()) > 0 ? (await alerts.first().innerText()).trim() : '(no error summary)';
}

async function expectLocale(page, locale) {
  const html = page.locator('html');
  assert.equal(await html.getAttribute('lang'), locale.code, `<html lang> on ${page.url()}`);
  assert.equal(await html.getAttribute('dir'), locale.dir, `<html dir> on ${page.url()}`);
}

/**
 * Picks the locale with the header's language switch, as a visitor would.
 * Returns false when the switch had nothing to do (the current language's
 * button may be disabled), so callers know no cookie was set by this click.
 */
async function chooseLocale(page, locale) {
  const button = page.locator(`${LANGUAGE_FORM} button[name="lang"][value="${locale.code}"]`).first();
  await expectPresent(page, button, `language switch button for "${locale.code}"`);
  if ((await button.isDisabled()) && (await page.locator('html').getAttribute('lang')) === locale.code) {
    return false;
  }
  await submitWith(page, button);
  await expectLocale(page, locale);
  return true;
}

async function langCookie(context) {
  return (await context.cookies()).find((c) => c.name === LANG_COOKIE)?.value;
}

async function logIn(page, { email, password }) {
  await page.goto('/login');
  const form = formWith(page, 'input[name="password"]');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await submitForm(page, form);
  assert.notEqual(pathname(page), '/login', `log-in as ${email} failed: ${await alertText(page)}`);
  await expectPresent(page, page.locator(LOGOUT_BUTTON), 'after logging in, the header offers to log out');
}

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations;
}

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 200)}`)
        .join('\n');
      return `  ${v.id} [${v.impact}] ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

async function expectAxeClean(page, label) {
  const violations = await axeViolations(page);
  assert.equal(
    violations.length,
    0,
    `axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${label} (${page.url()}):\n${describeViolations(violations)}`,
  );
}

/** Keeps a picture of the page a failure happened on; the error itself is rethrown untouched. */
async function withFailureScreenshot(page, name, check) {
  try {
    await check();
  } catch (error) {
    const file = path.join(ARTIFACTS, `failure-${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    throw error;
  }
}

function statusMatches(expected, actual) {
  if (expected === 'handled') return actual < 500;
  if (typeof expected === 'number') return actual === expected;
  return actual >= 200 && actual < 300;
}

/** Everything every page kind must satisfy. */
async function checkPage(page, spec, locale, persona) {
  const response = await page.goto(spec.path);
  assert.ok(response, `no response for ${spec.path}`);
  assert.ok(
    statusMatches(spec.status, response.status()),
    `${spec.path} answered ${response.status()}, expected ${spec.status ?? '2xx'}`,
  );
  if (spec.stays !== false) {
    assert.equal(pathname(page), spec.path, `${spec.path} redirected to ${page.url()}`);
  }
  await expectLocale(page, locale);
  for (const { code } of LOCALES) {
    await expectPresent(
      page,
      page.locator(`${LANGUAGE_FORM} button[name="lang"][value="${code}"]`),
      `language switch offers "${code}"`,
    );
  }
  if (PERSONAS[persona]) {
    await expectPresent(page, page.locator(LOGOUT_BUTTON), `still logged in as ${persona}`);
  }
  await expectAxeClean(page, `${spec.path} (${locale.code}, ${persona})`);
}

// ---------------------------------------------------------------------------
// The suite.
// ---------------------------------------------------------------------------

describe('Tavolo in a browser', () => {
  before(
    async () => {
      await mkdir(ARTIFACTS, { recursive: true });
      await startServer();
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    },
    { timeout: STARTUP_TIMEOUT_MS + 30_000 },
  );

  after(async () => {
    await browser?.close();
    await stopServer();
  });

  for (const locale of LOCALES) {
    for (const [persona, credentials] of Object.entries(PERSONAS)) {
      describe(`${locale.code}, ${persona}: every page kind`, () => {
        let context;
        let page;

        before(async () => {
          context = await newContext(locale);
          page = await context.newPage();
          // Log in first: once logged in, the account's language wins over
          // the cookie, so the switch has to be used afterwards to count.
          if (credentials) await logIn(page, credentials);
          else await page.goto('/');
          const clicked = await chooseLocale(page, locale);
          if (!credentials && clicked) {
            assert.equal(await langCookie(context), locale.code, `${LANG_COOKIE} cookie after the switch`);
          }
        });

        after(async () => {
          await context?.close();
        });

        for (const spec of PAGES.filter((p) => p.as.includes(persona))) {
          it(`${spec.path} is axe-clean and in ${locale.code}`, { timeout: TEST_TIMEOUT_MS }, async () => {
            await withFailureScreenshot(page, `${locale.code}-${persona}-${spec.path}`, () =>
              checkPage(page, spec, locale, persona),
            );
          });
        }

        if (!credentials) {
          it('home page screenshot', { timeout: TEST_TIMEOUT_MS }, async () => {
            await page.goto('/');
            await expectLocale(page, locale);
            await page.screenshot({ path: path.join(ARTIFACTS, `home-${locale.code}.png`), fullPage: true });
          });
        }
      });
    }

    describe(`${locale.code}: flows`, () => {
      it('registers, lands on the account page, logs out', { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await newContext(locale);
        try {
          const page = await context.newPage();
          await page.goto('/register');
          await chooseLocale(page, locale);
          if (pathname(page) !== '/register') await page.goto('/register');

          await withFailureScreenshot(page, `${locale.code}-register`, async () => {
            const email = `register-${locale.code}-${RUN_ID}@example.test`;
            const form = formWith(page, 'input[name="display_name"]');
            await form.locator('input[name="display_name"]').fill(`Browser Test ${locale.code}`);
            await form.locator('input[name="email"]').fill(email);
            await form.locator('input[name="password"]').fill(`correct horse ${RUN_ID}`);
            await form.locator('select[name="stakeholder_group"]').selectOption('beneficiary');
            await form.locator('input[name="organisation"]').fill('');
            await form.locator('select[name="locale"]').selectOption(locale.code);
            await form.locator('input[name="privacy_consent"]').check();
            await submitForm(page, form);

            assert.equal(pathname(page), '/account', `registration ended on ${page.url()}: ${await alertText(page)}`);
            // The address may be shown as text or as the value of an edit field.
            const shown = page.getByText(email).or(page.locator(`input[value="${email}"]`));
            await expectPresent(page, shown, 'the account page shows the new email address');
            await expectLocale(page, locale);

            await submitWith(page, page.locator(LOGOUT_BUTTON).first());
            await expectPresent(page, page.locator(LOGIN_LINK), 'after logging out, the header links to /login');
            await expectAbsent(page, page.locator(LOGOUT_BUTTON), 'after logging out, no log-out button');
          });
        } finally {
          await context.close();
        }
      });

      it('logs in as the demo beneficiary', { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await newContext(locale);
        try {
          const page = await context.newPage();
          await page.goto('/login');
          await chooseLocale(page, locale);
          await withFailureScreenshot(page, `${locale.code}-login`, () => logIn(page, PERSONAS.beneficiary));
        } finally {
          await context.close();
        }
      });

      it('re-renders an empty registration with a linked error summary', { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await newContext(locale);
        try {
          const page = await context.newPage();
          await page.goto('/register');
          await chooseLocale(page, locale);
          if (pathname(page) !== '/register') await page.goto('/register');

          await withFailureScreenshot(page, `${locale.code}-register-errors`, async () => {
            const form = formWith(page, 'input[name="display_name"]');
            // `required` attributes would stop the browser from sending an empty
            // form; switch that off to see what the server says, as it must for
            // clients that skip HTML validation.
            await form.evaluate((f) => {
              f.noValidate = true;
            });
            await submitForm(page, form);

            assert.equal(pathname(page), '/register', 'an invalid registration stays on /register');
            const summary = page.locator(ERROR_SUMMARY).first();
            await summary.waitFor({ state: 'visible' });

            const hrefs = await summary.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
            assert.ok(hrefs.length > 0, `the error summary links to the fields: ${await summary.innerText()}`);

            // Each link must land on a real element; collect which fields they name.
            const linked = new Set();
            for (const href of hrefs) {
              const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
              assert.equal(await target.count(), 1, `error summary link ${href} points at exactly one element`);
              const name = await target.evaluate(
                (el) => el.getAttribute('name') ?? el.querySelector('input, select, textarea')?.getAttribute('name'),
              );
              if (name) linked.add(name);
            }
            for (const field of ['display_name', 'email', 'password', 'privacy_consent']) {
              assert.ok(linked.has(field), `error summary links to ${field} (it links to: ${[...linked].join(', ') || hrefs.join(', ')})`);
            }

            await expectLocale(page, locale);
            await expectAxeClean(page, `/register with errors (${locale.code})`);
          });
        } finally {
          await context.close();
        }
      });

      it('logs in with JavaScript disabled', { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await newContext(locale, { javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await page.goto('/login');
          await chooseLocale(page, locale);
          await withFailureScreenshot(page, `${locale.code}-login-nojs`, () => logIn(page, PERSONAS.beneficiary));
        } finally {
          await context.close();
        }
      });
    });
  }
});

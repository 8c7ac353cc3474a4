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
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

import {
  SERVER_BIN,
  CHROMIUM,
  CHROMIUM_ARGS,
  SKIP,
  TIMEOUT_MS,
  RUN_ID,
  localDateTime,
  startTavolo,
  stopTavolo,
  formWith,
  errorsOn,
  pathname,
  expectAxeClean,
  lastMailTo,
  visitor,
  visit,
  send,
} from './journey.mjs';

describe('the co-design procedure, from the notice to the agreement, without JavaScript', { concurrency: 1, skip: SKIP }, () => {
  let browser;
  let dir;
  let tavolo;
  let slug;
  const title = `Procedura del browser ${RUN_ID}`;
  const contexts = [];

  async function as(email) {
    const seen = await visitor(browser, tavolo.baseURL, email);
    contexts.push(...seen.contexts);
    return seen.page;
  }

  async function closeContexts() {
    while (contexts.length) await contexts.pop().close();
  }

  before(async () => {
    assert.ok(existsSync(SERVER_BIN), `${SERVER_BIN} exists (run cargo build first)`);
    dir = await mkdtemp(path.join(os.tmpdir(), 'tavolo-procedure-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    tavolo = await startTavolo(dir, [], 'procedure-today.log');
  });

  after(async () => {
    await closeContexts();
    await browser?.close();
    await stopTavolo(tavolo);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the facilitator drafts the notice, with its sections and weighted criteria, and publishes it', { timeout: TIMEOUT_MS }, async () => {
    const page = await as('facilitator@demo.test');
    await visit(page, '/manage/consultations/demo/procedures/new', 'the new notice form');
    const form = formWith(page, 'textarea[name="purposes"]');
    await form.locator('input[name="title"]').fill(title);
    await form.locator('textarea[name="purposes"]').fill('Co-progettare lo **sportello** per le persone appena arrivate.');
    await form.locator('textarea[name="economic_frame"]').fill('80.000 euro dal Fondo regionale.');
    await form.locator('textarea[name="duration"]').fill('Due anni.');
    await form.locator('textarea[name="how_to_apply"]').fill('Dal modulo di questa pagina.');
    // A deadline 21 days away: more than the 20 the law asks for.
    await form.locator('input[name="applications_close_at"]').fill(localDateTime(21));
    await form.locator('textarea[name="requirements"]').fill('Iscrizione al RUNTS.');
    await form.locator('input[name="kind"][value="third_sector"]').check();
    await form.locator('input[name="criterion-1-name"]').fill('Qualità del progetto');
    await form.locator('input[name="criterion-1-weight"]').fill('70');
    await form.locator('input[name="criterion-2-name"]').fill('Esperienza');
    await form.locator('input[name="criterion-2-weight"]').fill('30');
    await send(page, 'textarea[name="purposes"]', 'saving the draft notice');
    const match = pathname(page).match(/^\/manage\/procedures\/([^/]+)$/);
    assert.ok(match, `saving the notice ended on ${page.url()}: ${await errorsOn(page)}`);
    slug = decodeURIComponent(match[1]);
    await expectAxeClean(page, 'the procedure console');

    await visit(page, `/manage/procedures/${slug}/publish`, 'the publication confirmation');
    await send(page, 'input[name="_csrf"]', 'publishing the notice');
    await visit(page, `/procedures/${slug}`, 'the published notice');
    const notice = await page.locator('main').innerText();
    assert.ok(notice.includes(title) && notice.includes('Qualità del progetto'), notice);
  });

  it('the representative of a verified cooperative applies and is acknowledged with a number', { timeout: TIMEOUT_MS }, async () => {
    assert.ok(slug, 'an earlier step did not publish the notice');
    const page = await as('partner@demo.test');
    await visit(page, `/procedures/${slug}/apply`, 'the application form');
    const form = formWith(page, 'textarea[name="statement"]');
    await form.locator('input[name="role"][value="partner"]').check();
    await form.locator('textarea[name="statement"]').fill('Gestiamo da dieci anni uno sportello di orientamento.');
    await send(page, 'textarea[name="statement"]', 'sending the application');
    assert.equal(pathname(page), `/procedures/${slug}/applications`);
    await expectAxeClean(page, 'the representative\'s applications');
    const mail = await lastMailTo(dir, 'partner@demo.test');
    assert.ok(mail && mail.includes(title), 'the acknowledgement names the procedure');
    // The anonymous public page counts the application but names nobody before the deadline.
    const anonymous = await as(null);
    await visit(anonymous, `/procedures/${slug}`, 'the notice, applications open');
    assert.ok(!(await anonymous.locator('main').innerText()).includes('Aurora'), 'no names before the deadline');
  });

  it('three weeks later: admission, the commission, the project and the opening of the evaluation', { timeout: TIMEOUT_MS * 2 }, async () => {
    assert.ok(slug, 'an earlier step did not publish the notice');
    await closeContexts();
    await stopTavolo(tavolo);
    tavolo = await startTavolo(dir, ['--demo-days-ahead', '21'], 'procedure-later.log');

    const facilitator = await as('facilitator@demo.test');
    await visit(facilitator, `/manage/procedures/${slug}/admission`, 'the admission page');
    const decision = formWith(facilitator, 'input[name="decision"]');
    await decision.locator('input[name="decision"][value="admit"]').check();
    await send(facilitator, 'input[name="decision"]', 'admitting the cooperative');
    await visit(facilitator, `/manage/procedures/${slug}/admission/publish`, 'the admission confirmation');
    await send(facilitator, 'input[name="_csrf"]', 'publishing the admission');

    await visit(facilitator, `/manage/procedures/${slug}/commission`, 'the commission');
    for (const email of ['institution@demo.test', 'coordinator@demo.test']) {
      await formWith(facilitator, 'input[name="email"]').locator('input[name="email"]').fill(email);
      await send(facilitator, 'input[name="email"]', `naming ${email}`);
    }

    const partner = await as('partner@demo.test');
    await visit(partner, `/procedures/${slug}/project`, 'the project form');
    const project = formWith(partner, 'textarea[name="text"]');
    await project.locator('input[name="title"]').fill('Sportello aperto');
    await project.locator('textarea[name="text"]').fill('Uno sportello in tre lingue, aperto il sabato.');
    await send(partner, 'textarea[name="text"]', 'sending the project');

    await visit(facilitator, `/manage/procedures/${slug}/evaluation/open`, 'opening the evaluation');
    await send(facilitator, 'input[name="_csrf"]', 'opening the evaluation');
  });

  it('each member of the commission scores; the facilitator publishes the ranking and records the agreement', { timeout: TIMEOUT_MS * 2 }, async () => {
    assert.ok(slug, 'an earlier step did not publish the notice');
    for (const [email, scores] of [['institution@demo.test', ['8', '6']], ['coordinator@demo.test', ['6', '9']]]) {
      const member = await as(email);
      await visit(member, `/procedures/${slug}/evaluation`, `the evaluation, as ${email}`);
      await member.locator(`main a[href^="/procedures/${slug}/evaluation/"]`).first().click();
      await expectAxeClean(member, `the score sheet, as ${email}`);
      const sheet = formWith(member, 'input[name="score-1"]');
      await sheet.locator('input[name="score-1"]').fill(scores[0]);
      await sheet.locator('input[name="score-2"]').fill(scores[1]);
      await send(member, 'input[name="score-1"]', `scoring as ${email}`);
    }

    const facilitator = await as('facilitator@demo.test');
    await visit(facilitator, `/manage/procedures/${slug}/evaluation/publish`, 'the publication of the evaluation');
    await send(facilitator, 'input[name="_csrf"]', 'publishing the evaluation');

    await visit(facilitator, `/manage/procedures/${slug}/agreement`, 'the agreement form');
    const agreement = formWith(facilitator, 'input[name="signed_on"]');
    await agreement.locator('input[name="signed_on"]').fill(localDateTime(21).slice(0, 10));
    await agreement.locator('input[name="signatory"]').first().check();
    await agreement.locator('textarea[name="note"]').fill('Accordo biennale.');
    await send(facilitator, 'input[name="signed_on"]', 'checking the agreement');
    assert.ok((await facilitator.locator('main').innerText()).includes('Accordo biennale'), 'the confirmation shows the note');
    await send(facilitator, 'input[name="step"]', 'recording the agreement');

    // (7 × 70 + 7.5 × 30) / 10 = 71.50 out of 100.
    const anonymous = await as(null);
    await visit(anonymous, `/procedures/${slug}/record`, 'the public record');
    const record = await anonymous.locator('main').innerText();
    for (const part of ['Aurora', 'Sportello aperto', '71,50', 'Accordo biennale']) {
      assert.ok(record.includes(part), `the record shows ${part}:\n${record}`);
    }
    await visit(anonymous, `/procedures/${slug}/record/print`, 'the printable record');
    const json = await (await fetch(`${tavolo.baseURL}/procedures/${slug}/record.json`)).json();
    assert.equal(json.format, 'tavolo.procedure-record.v1');
  });
});

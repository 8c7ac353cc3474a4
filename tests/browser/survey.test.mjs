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
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

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
  submitWith,
  formWith,
  errorsOn,
  pathname,
  expectAxeClean,
  visitor,
  visit,
  send,
} from './journey.mjs';

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

import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngagement } from '../../server/engagement/workers.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { TAB_PATHS } from '../../server/teams-app.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { browserMissing, launchBrowser, RESULTS_DIR, TAB_DIR } from '../helpers/browser.js';
import { seedPair, seedProgramme } from '../helpers/engagement.js';
import { persona } from '../helpers/sandbox.js';
import { syncDirectory } from '../helpers/scheduling.js';
import { expectNoSeriousViolationsInTeams } from './teams-host/axe.js';
import { openInTeams, type HostTheme } from './teams-host/host.js';

// A pulse survey as its activity notification opens it in Teams (the deep link's subEntityId):
// looked at by axe and in screenshots at a phone's width and a desktop's, in Teams' three themes
// and both languages, then answered in the browser, once.

const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
const WIDTHS = [375, 1280];
const THEMES: { theme: HostTheme; name: string }[] = [
  { theme: 'default', name: 'light' },
  { theme: 'dark', name: 'dark' },
  { theme: 'contrast', name: 'contrast' },
];
const LANGUAGES = [
  { language: 'en', locale: 'en-GB', title: 'How is Digital skills 2027 going?' },
  { language: 'it', locale: 'it-IT', title: 'Come sta andando Competenze digitali 2027?' },
];

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('a pulse survey in Teams', { timeout: 120_000 }, () => {
  let h: TestApp & { url: string };
  let browser: Browser;
  let surveyId: string;
  const mentee = () => persona(h.t, 'junior-dev');

  beforeAll(async () => {
    const tabDir = join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'tab');
    cpSync(TAB_DIR, tabDir, { recursive: true });
    const app = await buildTestApp({ tabDir });
    h = { ...app, url: await app.app.listen({ port: 0, host: '127.0.0.1' }) };
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const tenantId = h.t.sandbox.tenantId;
    const today = new Date().toISOString().slice(0, 10);
    await syncDirectory(h.db, h.t.identity, tenantId, today);
    await seedProgramme(h.db, tenantId, { id: 'digital-2027', startsOn: today });
    await seedPair(h.db, tenantId, {
      programmeId: 'digital-2027',
      mentorId: persona(h.t, 'director-rome').id,
      menteeId: mentee().id,
      at: Date.now() - 86_400_000,
    });
    const people = createPeopleReader({ onZoneFallback: () => undefined });
    await runEngagement({ db: h.db, clock: { now: () => Date.now() }, people }, [tenantId]);
    const [row] = await h.db.query<{ id: string }>(`SELECT id FROM survey_requests WHERE person_id = $1`, [
      mentee().id,
    ]);
    surveyId = row!.id;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const open = (locale: string, theme: HostTheme, link = true) =>
    openInTeams(browser, h, {
      user: mentee(),
      tenantId: h.t.sandbox.tenantId,
      token: (id) => h.t.ssoToken(id),
      locale,
      theme,
      // Where the notification's deep link opens the tab.
      ...(link ? { subEntityId: TAB_PATHS.survey(surveyId) } : {}),
      context: { viewport: { width: WIDTHS[0]!, height: 800 } },
    });

  for (const { language, locale, title } of LANGUAGES) {
    for (const { theme, name } of THEMES) {
      it(`opens from its link and passes axe, at ${WIDTHS.join(' and ')} px in the ${name} theme, in ${language}`, async () => {
        const teams = await open(locale, theme);
        try {
          await teams.tab.getByRole('heading', { level: 1, name: title }).waitFor();
          await expect.poll(() => teams.tab.locator('.fui-Spinner').count(), { timeout: 20_000 }).toBe(0);
          await expectNoSeriousViolationsInTeams(teams.page, `survey ${name} ${language}`);
          for (const width of WIDTHS) {
            await teams.page.setViewportSize({ width, height: 800 });
            await teams.fitFrameToContent();
            const path = join(SCREENSHOTS, `survey-${width}-${name}-${language}.png`);
            await teams.page.screenshot({ path });
            expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
          }
          expect(teams.problems).toEqual([]);
        } finally {
          await teams.close();
        }
      });
    }
  }

  it('waits on Home, in a card whose link opens it', async () => {
    // Opened as the app is, not from the notification.
    const teams = await open('en-GB', 'default', false);
    try {
      const card = teams.tab.getByRole('region', { name: 'Surveys for you' });
      await card.waitFor().catch(async (e: unknown) => {
        await teams.page.screenshot({ path: join(SCREENSHOTS, 'failed-home-survey.png') });
        throw e;
      });
      await expect.poll(() => teams.tab.locator('.fui-Spinner').count(), { timeout: 20_000 }).toBe(0);
      await teams.fitFrameToContent();
      await teams.page.screenshot({ path: join(SCREENSHOTS, 'home-survey-375-light-en.png') });
      await card.getByRole('link', { name: 'Answer the survey on Digital skills 2027' }).click();
      await teams.tab.getByRole('heading', { level: 1, name: 'How is Digital skills 2027 going?' }).waitFor();
      expect(teams.problems).toEqual([]);
    } finally {
      await teams.close();
    }
  });

  it('is answered in the browser once, and then says so', async () => {
    const teams = await open('en-GB', 'default');
    try {
      const tab = teams.tab;
      await tab.getByRole('heading', { level: 1, name: 'How is Digital skills 2027 going?' }).waitFor();
      const choose = (question: RegExp, value: string) =>
        tab.getByRole('radiogroup', { name: question }).getByRole('radio', { name: value, exact: true }).check();
      await choose(/^Generative AI/, '2');
      await choose(/^Data visualisation/, '3');
      await choose(/How motivated/, '4');
      await choose(/How likely are you to recommend/, '10');
      await tab.getByRole('textbox', { name: /Anything you would like HR to know/ }).fill('Thank you!');
      await tab.getByRole('button', { name: 'Send answers' }).click();
      await tab.getByText('Thank you: your answers are in.').waitFor();
      const [answer] = await h.db.query(`SELECT motivation, recommend FROM survey_answers WHERE survey_id = $1`, [
        surveyId,
      ]);
      expect(answer).toEqual({ motivation: 4, recommend: 10 });
      // Opened again from its link: answered, with no form.
      await teams.frame().goto(teams.frame().url());
      await tab.getByText('You have answered this survey. Thank you.').waitFor();
      expect(await tab.getByRole('button', { name: 'Send answers' }).count()).toBe(0);
      expect(teams.problems).toEqual([]);
    } finally {
      await teams.close();
    }
  });
});

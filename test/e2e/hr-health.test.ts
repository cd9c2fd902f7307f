import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { browserMissing, launchBrowser, RESULTS_DIR, TAB_DIR } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { DAY, seeder } from '../hr/seed.js';
import { expectNoSeriousViolations } from './axe.js';
import { openInTeams, TAB_ORIGIN, type HostTheme, type InTeams } from './teams-host/host.js';
import { syncOrganisation } from './teams-host/people.js';

// HR's Programme health and Enrolment views in Teams, as HR sees them on a programme with pairs in
// each state: axe finds nothing serious in the light, dark and high-contrast themes, in English and
// Italian, and screenshots at a phone's width and a desktop's go to test-results/screenshots/
// (`hr-health-<width>-<theme>-<language>.png`, `hr-enrolment-...`). The question before ending a
// pair is checked too.

const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
const WIDTHS = [375, 1280];
const THEMES: { theme: HostTheme; name: string }[] = [
  { theme: 'default', name: 'light' },
  { theme: 'dark', name: 'dark' },
  { theme: 'contrast', name: 'contrast' },
];
const LANGUAGES = [
  { language: 'en', locale: 'en-GB' },
  { language: 'it', locale: 'it-IT' },
];

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('HR health and enrolment in Teams', { timeout: 180_000 }, () => {
  let h: TestApp & { url: string };
  let browser: Browser;

  beforeAll(async () => {
    // A copy of the built tab as it is now, as test/e2e/populated.ts does.
    const tabDir = join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'tab');
    cpSync(TAB_DIR, tabDir, { recursive: true });
    const app = await buildTestApp({ tabDir });
    h = { ...app, url: await app.app.listen({ port: 0, host: '127.0.0.1' }) };
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await syncOrganisation(h);
    const tenantId = h.t.sandbox.tenantId;
    const hr = persona(h.t, 'hr-admin').id;
    const people = (
      await h.db.query<{ id: string }>(`SELECT id FROM people WHERE removed_at IS NULL AND id <> $1 ORDER BY id`, [hr])
    ).map((r) => r.id);
    const s = seeder(h.db, tenantId);
    // The app runs on the system clock here: records are placed around the real now.
    const now = Date.now();
    for (let i = 0; i < 8; i++) {
      const [mentorId, menteeId] = [people[2 * i]!, people[2 * i + 1]!];
      await s.enrol(mentorId, { mentor: true, capacity: i === 0 ? 1 : 3 });
      await s.enrol(menteeId, { mentee: true });
      const pair = await s.pair({ mentorId, menteeId, createdAt: now - (i < 6 ? 60 : 10) * DAY });
      if (i === 0) await s.pair({ mentorId, menteeId: people[40]!, createdAt: now - 50 * DAY });
      if (i === 1) continue; // no session in eight weeks
      const held = await s.session(pair, { start: now - (i === 2 ? 40 : 6) * DAY });
      if (i === 3) await s.checkin(held, menteeId, { happened: true, usefulness: 1 });
      if (i === 3) await s.checkin(held, mentorId, { happened: true, usefulness: 2 });
      if (i === 4) await s.session(pair, { start: now - 13 * DAY, status: 'skipped' });
      if (i === 4) await s.session(pair, { start: now - 20 * DAY, status: 'skipped' });
    }
    await s.enrol(people[40]!, { mentee: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const open = (locale: string, theme: HostTheme) =>
    openInTeams(browser, h, {
      user: persona(h.t, 'hr-admin'),
      tenantId: h.t.sandbox.tenantId,
      token: (id) => h.t.ssoToken(id),
      locale,
      theme,
      context: { viewport: { width: WIDTHS[0]!, height: 800 } },
    });

  for (const { language, locale } of LANGUAGES) {
    for (const { theme, name: themeName } of THEMES) {
      it(`shows both views without serious axe violations, ${themeName} theme, in ${language}`, async () => {
        const teams = await open(locale, theme);
        try {
          for (const view of ['health', 'enrolment']) {
            await show(teams, `/hr/${view}/mentoring`);
            for (const width of WIDTHS) {
              await teams.page.setViewportSize({ width, height: 800 });
              await teams.fitFrameToContent();
              const path = join(SCREENSHOTS, `hr-${view}-${width}-${themeName}-${language}.png`);
              await teams.page.screenshot({ path });
              expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
            }
            await teams.page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
            await expectNoSeriousViolations(teams.page, `${view}, ${themeName}, ${language}`);
          }
          expect(teams.problems).toEqual([]);
        } finally {
          await teams.close();
        }
      });
    }
  }

  it('asks why before ending a pair, in a dialog axe finds nothing serious in', async () => {
    const teams = await open('en-GB', 'default');
    try {
      await show(teams, '/hr/health/mentoring');
      expect(await teams.tab.getByText('Needs attention', { exact: true }).first().isVisible()).toBe(true);
      await teams.tab
        .getByRole('button', { name: /^End the pairing of / })
        .first()
        .click();
      const dialog = teams.tab.getByRole('alertdialog');
      await dialog.waitFor();
      await expectNoSeriousViolations(teams.page, 'ending a pair, asked first');
      await dialog.getByRole('button', { name: 'End the pairing' }).click();
      await dialog.getByText('Say why the pairing ends.').waitFor();
      await dialog.getByRole('button', { name: 'Keep the pairing' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await teams.tab
        .getByRole('button', { name: /^Nudge / })
        .first()
        .click();
      await teams.tab.getByText(/were sent a reminder in Teams/).waitFor();
      expect(teams.problems).toEqual([]);
    } finally {
      await teams.close();
    }
  });
});

/** Opens the tab's frame at `path` and waits until the view is drawn with nothing still loading. */
async function show(teams: InTeams, path: string): Promise<void> {
  await teams.frame().goto(new URL(path, TAB_ORIGIN).href);
  await teams.tab.locator('main h1').waitFor();
  await expect.poll(() => teams.tab.locator('.fui-Spinner').count(), { timeout: 20_000 }).toBe(0);
  await teams.frame().waitForLoadState('networkidle');
}

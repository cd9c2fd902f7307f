import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../analytics/seed.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { browserMissing, launchBrowser, RESULTS_DIR, TAB_DIR } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { expectNoSeriousViolationsInTeams } from './teams-host/axe.js';
import { openInTeams, TAB_ORIGIN, type HostTheme, type InTeams } from './teams-host/host.js';
import { syncOrganisation } from './teams-host/people.js';

// The Outcomes view in real Chromium against the real app and sandbox, as `hr-admin`, over a year
// and a bit of seeded mentoring (test/analytics/seed.ts): in Teams at a phone's and a desktop's
// width, in each theme and language, checked by axe and photographed into
// test-results/screenshots/ as `hr-outcomes-<width>-<theme>-<language>.png`.

const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
const WIDTHS = [375, 1280];
const THEMES: { theme: HostTheme; name: string }[] = [
  { theme: 'default', name: 'light' },
  { theme: 'dark', name: 'dark' },
  { theme: 'contrast', name: 'contrast' },
];
const LANGUAGES = [
  { language: 'en', locale: 'en-GB', title: 'Outcomes', hidden: /Hidden: fewer than 5 people/ },
  { language: 'it', locale: 'it-IT', title: 'Risultati', hidden: /Nascosto: meno di 5 persone/ },
];

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('The Outcomes view in Chromium', { timeout: 240_000 }, () => {
  let h: TestApp & { url: string };
  let browser: Browser;

  beforeAll(async () => {
    // A copy of the built tab as it is now: a build meanwhile would replace its chunks.
    const tabDir = join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'tab');
    cpSync(TAB_DIR, tabDir, { recursive: true });
    const app = await buildTestApp({ tabDir });
    h = { ...app, url: await app.app.listen({ port: 0, host: '127.0.0.1' }) };
    browser = await launchBrowser();
    await syncOrganisation(h);
    await seedOrganisation(h.db, h.t.sandbox.tenantId, Date.now());
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  for (const { language, locale, title, hidden } of LANGUAGES) {
    for (const { theme, name: themeName } of THEMES) {
      it(`shows the figures at ${WIDTHS.join(' and ')} px in the ${themeName} theme, in ${language}, and axe finds nothing`, async () => {
        const teams = await openInTeams(browser, h, {
          user: persona(h.t, 'hr-admin'),
          tenantId: h.t.sandbox.tenantId,
          token: (id) => h.t.ssoToken(id),
          locale,
          theme,
          context: { viewport: { width: WIDTHS[0]!, height: 800 } },
        });
        try {
          await show(teams, '/hr/outcomes');
          await teams.tab.getByRole('heading', { level: 1, name: title }).waitFor();
          // The seeded organisation has a department of three: its figures say why they are hidden.
          await teams.tab.getByText(hidden).first().waitFor();
          expect(await teams.tab.locator('svg').count()).toBeGreaterThan(3);
          await expectNoSeriousViolationsInTeams(teams.page, `outcomes, ${themeName}, ${language}`);
          for (const width of WIDTHS) {
            await teams.page.setViewportSize({ width, height: 800 });
            await teams.fitFrameToContent();
            const path = join(SCREENSHOTS, `hr-outcomes-${width}-${themeName}-${language}.png`);
            await teams.page.screenshot({ path, fullPage: true });
            expect(await scrollsSideways(teams), `outcomes at ${width} px`).toBe(false);
            expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
          }
          expect(teams.problems).toEqual([]);
        } finally {
          await teams.close();
        }
      });
    }
  }
});

async function show(teams: InTeams, path: string): Promise<void> {
  await teams.frame().goto(new URL(path, TAB_ORIGIN).href);
  await teams.tab.locator('main h1').waitFor();
  await expect.poll(() => teams.tab.locator('.fui-Spinner').count(), { timeout: 30_000 }).toBe(0);
  await teams.frame().waitForLoadState('networkidle');
}

function scrollsSideways(teams: InTeams): Promise<boolean> {
  return teams.frame().evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

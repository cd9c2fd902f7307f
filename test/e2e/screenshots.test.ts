import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launchBrowser, RESULTS_DIR } from '../helpers/browser.js';
import { openInTeams, TAB_ORIGIN, type HostTheme, type InTeams } from './teams-host/host.js';
import { populated, type Populated } from './populated.js';

// Every view of the tab as people see it in Teams, at a phone's width (375 px) and a desktop's
// (1280 px), in each of Teams' themes and in both of Tandem's languages, on a tenant with a pair,
// booked sessions (one of them moved) and a request waiting: PNGs in test-results/screenshots/
// (gitignored; CI keeps them as an artifact) for a person to look at, named
// `<view>-<width>-<theme>-<language>.png`. Teams sets the theme and the language, so the tab runs
// in the Teams host page (teams-host/).

const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
const WIDTHS = [375, 1280];
const THEMES: { theme: HostTheme; name: string }[] = [
  { theme: 'default', name: 'light' },
  { theme: 'dark', name: 'dark' },
  { theme: 'contrast', name: 'contrast' },
];
const LANGUAGES = [
  { language: 'en', locale: 'en-GB', more: 'More' },
  { language: 'it', locale: 'it-IT', more: 'Altro' },
];

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('Screenshots of every view in Teams', { timeout: 120_000 }, () => {
  let h: Populated;
  let browser: Browser;

  beforeAll(async () => {
    [h, browser] = await Promise.all([populated(), launchBrowser()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  /** The mentor's views, by the name their screenshots take. */
  function views(): { name: string; path: string }[] {
    return [
      { name: 'home', path: '/' },
      { name: 'programmes-edit', path: '/programmes' },
      { name: 'requests', path: '/requests' },
      { name: 'pair', path: `/pairs/${h.pairId}` },
      { name: 'meetings', path: '/meetings' },
      { name: 'session', path: `/meetings/${h.series.id}/sessions/${h.movedSessionId}` },
    ];
  }

  for (const { language, locale, more } of LANGUAGES) {
    for (const { theme, name: themeName } of THEMES) {
      it(`shows every view at ${WIDTHS.join(' and ')} px in the ${themeName} theme, in ${language}`, async () => {
        const shot = async (teams: InTeams, view: string, width: number) => {
          const path = join(SCREENSHOTS, `${view}-${width}-${themeName}-${language}.png`);
          await teams.page.screenshot({ path });
          expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
        };
        const open = (user: Populated['mentor']) =>
          openInTeams(browser, h, {
            user,
            tenantId: h.t.sandbox.tenantId,
            token: (id) => h.t.ssoToken(id),
            locale,
            theme,
            context: { viewport: { width: WIDTHS[0]!, height: 800 } },
          });

        const mentor = await open(h.mentor);
        try {
          for (const view of views()) {
            await show(mentor, view.path);
            for (const width of WIDTHS) {
              await mentor.page.setViewportSize({ width, height: 800 });
              await mentor.fitFrameToContent();
              await shot(mentor, view.name, width);
            }
            await mentor.page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
          }
          // The navigation's "More" at a phone's width, open.
          await show(mentor, '/');
          await settle(mentor);
          await mentor.tab.getByRole('navigation').getByRole('button', { name: more }).click();
          await mentor.tab.getByRole('menu').waitFor();
          // The menu fades and slides in: the picture is of it once there.
          await mentor.frame().evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
          await settle(mentor);
          await shot(mentor, 'more-menu', WIDTHS[0]!);
          expect(mentor.problems).toEqual([]);
        } finally {
          await mentor.close();
        }

        // Someone in no programme yet: the Join view.
        const newcomer = await open(h.newcomer);
        try {
          await show(newcomer, '/programmes');
          for (const width of WIDTHS) {
            await newcomer.page.setViewportSize({ width, height: 800 });
            await newcomer.fitFrameToContent();
            await shot(newcomer, 'programmes-join', width);
          }
          expect(newcomer.problems).toEqual([]);
        } finally {
          await newcomer.close();
        }
      });
    }
  }
});

/** Opens the tab's frame at `path` and waits until the view is drawn with nothing still loading. */
async function show(teams: InTeams, path: string): Promise<void> {
  await teams.frame().goto(new URL(path, TAB_ORIGIN).href);
  await teams.tab
    .locator('main h1')
    .waitFor()
    .catch(async (error: unknown) => {
      // What was on screen instead, beside the others, for whoever reads the failure.
      await teams.page.screenshot({ path: join(SCREENSHOTS, `failed-${path.replace(/\W+/g, '-')}.png`) });
      throw error;
    });
  await expect.poll(() => teams.tab.locator('.fui-Spinner').count(), { timeout: 20_000 }).toBe(0);
  // Photos arrive after the names: a screenshot should show them, or the initials they fall back to.
  await teams.frame().waitForLoadState('networkidle');
}

async function settle(teams: InTeams): Promise<void> {
  await teams
    .frame()
    .evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

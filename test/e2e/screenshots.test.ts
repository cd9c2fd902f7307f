import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launchBrowser, RESULTS_DIR, serveTab, type TabServer } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { openInTeams, type HostTheme } from './teams-host/host.js';
import { enrol, MENTOR_OF_LEADERS, pair, syncOrganisation, WOULD_BE_LEADER } from './teams-host/people.js';

// Home as a mentor sees it in Teams, with a mentee and suggestions of more, in each of Teams'
// themes and in both of Tandem's languages: six PNGs in test-results/screenshots/ (gitignored; CI
// keeps them as an artifact) for a person to look at. Teams sets the theme and the language, so
// the tab runs in the Teams host page (teams-host/).

const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
const THEMES: { theme: HostTheme; name: string }[] = [
  { theme: 'default', name: 'light' },
  { theme: 'dark', name: 'dark' },
  { theme: 'contrast', name: 'contrast' },
];
const LANGUAGES = [
  {
    language: 'en',
    locale: 'en-GB',
    pairs: 'Your mentors and mentees',
    suggestions: 'Mentees for you in Mentoring',
    whoYouAre: 'Who you are',
  },
  {
    language: 'it',
    locale: 'it-IT',
    pairs: 'I tuoi mentor e mentee',
    suggestions: 'Mentee per te nel Mentoring',
    whoYouAre: 'Chi sei',
  },
];

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('Screenshots of Home in Teams', { timeout: 120_000 }, () => {
  let server: TabServer;
  let browser: Browser;
  let mentor: { id: string; displayName: string; userPrincipalName: string };
  let mentee: { id: string; displayName: string };

  beforeAll(async () => {
    server = await serveTab();
    browser = await launchBrowser();
    await syncOrganisation(server);
    mentor = persona(server.t, 'director-rome');
    mentee = persona(server.t, 'junior-dev');
    await enrol(server, mentor.id, 'mentoring', MENTOR_OF_LEADERS);
    for (const key of ['junior-dev', 'intern', 'london', 'bangalore'])
      await enrol(server, persona(server.t, key).id, 'mentoring', WOULD_BE_LEADER);
    await pair(server, 'mentoring', mentor.id, mentee.id);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { language, locale, ...labels } of LANGUAGES) {
    for (const { theme, name } of THEMES) {
      it(`shows Home with a pair and suggestions in the ${name} theme, in ${language}`, async () => {
        const teams = await openInTeams(browser, server, {
          user: mentor,
          tenantId: server.t.sandbox.tenantId,
          token: (id) => server.t.ssoToken(id),
          locale,
          theme,
        });
        try {
          const { tab } = teams;
          await tab
            .getByRole('region', { name: labels.pairs })
            .getByRole('heading', { name: mentee.displayName, exact: true })
            .waitFor();
          await tab.getByRole('region', { name: labels.suggestions }).getByRole('listitem').first().waitFor();
          await tab
            .getByRole('region', { name: labels.whoYouAre })
            .getByText(mentor.userPrincipalName, { exact: true })
            .waitFor();
          // Nothing still loading: a spinner in a screenshot shows nothing.
          await expect.poll(() => tab.getByRole('progressbar').count()).toBe(0);

          const path = join(SCREENSHOTS, `home-${language}-${name}.png`);
          await teams.fitFrameToContent();
          await teams.page.screenshot({ path });
          expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
          expect(teams.problems).toEqual([]);
        } finally {
          await teams.close();
        }
      });
    }
  }
});

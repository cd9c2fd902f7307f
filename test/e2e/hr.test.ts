import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { browserMissing, launchBrowser, RESULTS_DIR, TAB_DIR } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { expectNoSeriousViolationsInTeams } from './teams-host/axe.js';
import { openInTeams, TAB_ORIGIN, type HostTheme, type InTeams } from './teams-host/host.js';
import { syncOrganisation } from './teams-host/people.js';
import { signedInPages } from './tab.js';

// The HR area in real Chromium against the real app and sandbox, as the `hr-admin` persona: a
// programme created, opened and listed; title rules previewed; then every HR view in Teams at a
// phone's and a desktop's width, in each theme and language, checked by axe and photographed
// into test-results/screenshots/ as `hr-<view>-<width>-<theme>-<language>.png`.

const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
const WIDTHS = [375, 1280];
const THEMES: { theme: HostTheme; name: string }[] = [
  { theme: 'default', name: 'light' },
  { theme: 'dark', name: 'dark' },
  { theme: 'contrast', name: 'contrast' },
];
const LANGUAGES = [
  {
    language: 'en',
    locale: 'en-GB',
    titles: { programmes: 'Programmes', organisation: 'Organisation' },
    rules: { add: 'Add a rule', phrase: /Words in the job title/, level: 'Level', preview: 'If you save' },
  },
  {
    language: 'it',
    locale: 'it-IT',
    titles: { programmes: 'Programmi', organisation: 'Organizzazione' },
    rules: { add: 'Aggiungi una regola', phrase: /Parole nella qualifica/, level: 'Livello', preview: 'Se salvi' },
  },
];

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('The HR area in Chromium', { timeout: 180_000 }, () => {
  let h: TestApp & { url: string };
  let browser: Browser;
  const pages = signedInPages(
    () => browser,
    () => h.url,
  );

  beforeAll(async () => {
    // A copy of the built tab as it is now (as populated.ts does): a build meanwhile would
    // replace its chunks under open pages.
    const tabDir = join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'tab');
    cpSync(TAB_DIR, tabDir, { recursive: true });
    const app = await buildTestApp({ tabDir });
    h = { ...app, url: await app.app.listen({ port: 0, host: '127.0.0.1' }) };
    browser = await launchBrowser();
    await syncOrganisation(h);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);
  afterEach(() => pages.closeAll());
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('is absent for someone without the HR role', async () => {
    const page = await pages.signIn(persona(h.t, 'junior-dev'));
    const nav = page.getByRole('navigation', { name: 'Tandem' });
    await nav.getByRole('link', { name: 'Home', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'HR', exact: true }).count()).toBe(0);
  });

  it('lets hr-admin create a programme, open it and find it listed', async () => {
    const page = await pages.signIn(persona(h.t, 'hr-admin'));
    await page.getByRole('navigation', { name: 'Tandem' }).getByRole('link', { name: 'HR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await page.getByRole('link', { name: 'New programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();
    await page.getByRole('textbox', { name: /Name in English/ }).fill('Onboarding buddies Milano');
    await page.getByRole('textbox', { name: /Name in Italian/ }).fill('Buddy per chi arriva a Milano');
    await page.getByRole('radio', { name: /^Mentoring/ }).check();
    await page.getByLabel('Starts').fill('2027-01-11');
    await page.getByLabel('Ends').fill('2027-06-30');
    await page.getByRole('button', { name: 'Create as draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Onboarding buddies Milano' }).waitFor();

    await page.getByRole('button', { name: 'Open Onboarding buddies Milano' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open Onboarding buddies Milano?' });
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText('Onboarding buddies Milano is open.').waitFor();

    await page.getByRole('link', { name: 'All programmes' }).click();
    const card = page.getByRole('listitem', { name: 'Onboarding buddies Milano' });
    await card.getByText('Open', { exact: true }).waitFor();
    await card.getByText('11 Jan 2027 – 30 Jun 2027').waitFor();
  });

  it('previews who a title rule would move, then saves it', async () => {
    const page = await pages.signIn(persona(h.t, 'hr-admin'));
    await page.goto(new URL('/hr/organisation', h.url).href);
    await page.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor();
    await page.getByRole('region', { name: 'Directory sync' }).getByText('Up to date').waitFor();
    const rules = page.getByRole('region', { name: 'Job titles and seniority' });
    await rules.getByRole('button', { name: 'Add a rule' }).click();
    await rules.getByRole('textbox', { name: /Words in the job title/ }).fill('Developer');
    await rules.getByRole('combobox', { name: 'Level' }).selectOption('6');
    const preview = page.getByRole('region', { name: 'If you save' });
    await preview.getByText(/people? of \d+ changes? level\./).waitFor();
    await rules.getByText(/^Moves \d+ (person|people)$/).waitFor();
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText(/^Rules saved\./).waitFor();
    // Back as it was, for the views photographed next.
    await rules.getByRole('button', { name: 'Remove the rule “Developer”' }).click();
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText(/^Rules saved\./).waitFor();
  });

  for (const { language, locale, titles, rules } of LANGUAGES) {
    for (const { theme, name: themeName } of THEMES) {
      it(`shows every HR view at ${WIDTHS.join(' and ')} px in the ${themeName} theme, in ${language}, and axe finds nothing`, async () => {
        const admin = persona(h.t, 'hr-admin');
        const teams = await openInTeams(browser, h, {
          user: admin,
          tenantId: h.t.sandbox.tenantId,
          token: (id) => h.t.ssoToken(id),
          locale,
          theme,
          context: { viewport: { width: WIDTHS[0]!, height: 800 } },
        });
        try {
          const views = [
            { name: 'programmes', path: '/hr/programmes', title: titles.programmes },
            { name: 'programme-new', path: '/hr/programmes/new' },
            { name: 'programme-edit', path: '/hr/programmes/mentoring' },
            { name: 'organisation', path: '/hr/organisation', title: titles.organisation },
          ];
          const shoot = async (name: string) => {
            await expectNoSeriousViolationsInTeams(teams.page, `${name}, ${themeName}, ${language}`);
            for (const width of WIDTHS) {
              await teams.page.setViewportSize({ width, height: 800 });
              await teams.fitFrameToContent();
              expect(await scrollsSideways(teams), `${name} at ${width} px`).toBe(false);
              const path = join(SCREENSHOTS, `hr-${name}-${width}-${themeName}-${language}.png`);
              await teams.page.screenshot({ path });
              expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
            }
            await teams.page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
          };
          for (const view of views) {
            await show(teams, view.path);
            if (view.title) await teams.tab.getByRole('heading', { level: 1, name: view.title }).waitFor();
            await shoot(view.name);
          }
          // The title rules with a rule being added and the preview of whom it moves.
          await teams.tab.getByRole('button', { name: rules.add }).click();
          await teams.tab.getByRole('textbox', { name: rules.phrase }).fill('Developer');
          await teams.tab.getByRole('combobox', { name: rules.level }).selectOption('6');
          await teams.tab.getByRole('region', { name: rules.preview }).getByRole('table').waitFor();
          await shoot('title-rules-preview');
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
  await expect.poll(() => teams.tab.locator('.fui-Spinner').count(), { timeout: 20_000 }).toBe(0);
  await teams.frame().waitForLoadState('networkidle');
}

function scrollsSideways(teams: InTeams): Promise<boolean> {
  return teams.frame().evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

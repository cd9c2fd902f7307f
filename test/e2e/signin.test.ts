import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  browserMissing,
  launchBrowser,
  openPage,
  RESULTS_DIR,
  serveTab,
  type OpenPage,
  type TabServer,
} from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { expectListed, expectSignedInAs, facts, home, isFocused, personButton, pickPerson, picker } from './tab.js';
import type { PickablePeople, PickablePerson } from '../../server/sign-in-as/schemas.js';

type Person = PickablePerson;

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('Tandem in a plain browser against the sandbox tenant', { timeout: 60_000 }, () => {
  let server: TabServer;
  let browser: Browser;
  let open: OpenPage | undefined;

  beforeAll(async () => {
    server = await serveTab();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await open?.context.close();
    open = undefined;
  });

  async function visit(options: Parameters<typeof openPage>[1] = {}): Promise<OpenPage> {
    open = await openPage(browser, options);
    await open.page.goto(server.url);
    return open;
  }

  /** The server's own answer to the picker's search: the oracle for what the list must show. */
  async function people(search = '', top = 20): Promise<Person[]> {
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/sandbox/people',
      query: { search, top: String(top) },
    });
    return res.json<PickablePeople>().people;
  }

  function upnOf(person: { id: string }): string {
    return server.t.sandbox.state.directory.get(person.id)!.userPrincipalName;
  }

  /** Someone found only by searching: not on the first page, and the only match for their name. */
  async function someoneToSearchFor(): Promise<Person> {
    const firstPage = new Set((await people()).map((p) => p.id));
    for (const candidate of await people('', 100)) {
      if (firstPage.has(candidate.id)) continue;
      if ((await people(candidate.displayName)).length === 1) return candidate;
    }
    throw new Error('the sandbox organisation has no one with a unique name beyond the first page');
  }

  /** A surname that a few people share, with the list the picker shows for it. */
  async function sharedSurname(): Promise<{ term: string; hits: Person[] }> {
    for (const candidate of await people('', 100)) {
      const term = candidate.displayName.split(' ').at(-1)!;
      const hits = await people(term);
      if (hits.length >= 2 && hits.length < 20) return { term, hits };
    }
    throw new Error('no surname in the sandbox organisation is shared by 2 to 19 people');
  }

  it('lets a person pick anyone from the "Sign in as" picker, demo personas first, and shows who they are on Home', async () => {
    const { page } = await visit();
    const { heading, search, people: list } = picker(page);
    await heading.waitFor();

    const firstPage = await people();
    await expectListed(
      list,
      firstPage.map((p) => p.displayName),
    );
    // Each demo persona's row carries its key as a badge ("junior dev"); those rows come first.
    const badges = (await list.getByRole('button').allInnerTexts()).map((text) => text.split('\n')[2] ?? null);
    const personas = firstPage.filter((p) => p.persona).length;
    expect(personas).toBeGreaterThanOrEqual(10);
    expect(badges.slice(0, personas)).toEqual(firstPage.slice(0, personas).map((p) => p.persona?.replaceAll('-', ' ')));
    expect(badges.slice(personas).every((badge) => badge === null)).toBe(true);

    const someone = await someoneToSearchFor();
    await search.fill(someone.displayName);
    await expectListed(list, [someone.displayName]);
    await personButton(list, someone.displayName).click();

    await expectSignedInAs(page, someone);
    expect(await facts(home(page).whoYouAre)).toMatchObject({ 'Sign-in name': upnOf(someone) });
    await expect.poll(() => page.getByRole('banner').innerText()).toContain(`Signed in as ${someone.displayName}`);

    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-home-light.png'), fullPage: true });
  });

  it('lets a person sign in with the keyboard alone and leaves focus on the Home heading', async () => {
    const { page } = await visit();
    const { heading, search, people: list } = picker(page);
    await list.waitFor();
    const { term, hits } = await sharedSurname();

    await page.keyboard.press('Tab');
    expect(await isFocused(search)).toBe(true);
    await page.keyboard.type(term);
    await expectListed(
      list,
      hits.map((p) => p.displayName),
    );

    // The list is one tab stop; arrow keys move within it.
    await page.keyboard.press('Tab');
    expect(await isFocused(personButton(list, hits[0]!.displayName))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(personButton(list, hits[1]!.displayName))).toBe(true);
    await page.keyboard.press('Enter');

    await expectSignedInAs(page, hits[1]!);
    await expect.poll(() => isFocused(home(page).heading)).toBe(true);
    expect(await heading.count()).toBe(0);
  });

  for (const { locale, language, name, title, label } of [
    { locale: 'it-IT', language: 'it', name: 'Italian', title: 'Accedi alla sandbox', label: 'Accedi come' },
    { locale: 'en-GB', language: 'en', name: 'English', title: 'Sign in to the sandbox', label: 'Sign in as' },
  ]) {
    it(`is in ${name} when the browser's language is ${locale}`, async () => {
      const { page } = await visit({ locale });
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('searchbox', { name: label }).waitFor();
      // The tab keeps the region ("it-IT") for dates and numbers; the primary subtag is the language.
      expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${language}(-|$)`));
    });
  }

  it('goes back to the picker on "Switch person" and shows the next person signed in', async () => {
    const { page } = await visit();
    const first = persona(server.t, 'junior-dev');
    const next = persona(server.t, 'london');

    await pickPerson(page, first);
    await expectSignedInAs(page, first);

    await home(page).switchPerson.click();
    await picker(page).heading.waitFor();
    await expect.poll(() => isFocused(picker(page).heading)).toBe(true);
    expect(await home(page).switchPerson.count()).toBe(0);

    await pickPerson(page, next);
    await expectSignedInAs(page, next);
    expect(await facts(home(page).whoYouAre)).toMatchObject({ 'Sign-in name': next.userPrincipalName });
    expect(await home(page).whoYouAre.getByText(first.displayName, { exact: true }).count()).toBe(0);
  });

  it("loads and signs in under the server's security headers with no CSP violation or console error", async () => {
    open = await openPage(browser);
    const { page, problems } = open;
    const response = await page.goto(server.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");

    await pickPerson(page, persona(server.t, 'manager'));
    await expectSignedInAs(page, persona(server.t, 'manager'));
    expect(problems).toEqual([]);
  });

  it('keeps the sandbox person signed in across a reload', async () => {
    const { page } = await visit();
    const someone = persona(server.t, 'hr-admin');
    await pickPerson(page, someone);
    await expectSignedInAs(page, someone);

    const signIns: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/sandbox/signin') signIns.push(request.url());
    });
    await page.reload();

    await expectSignedInAs(page, someone);
    expect(await picker(page).heading.count()).toBe(0);
    // The token came from sessionStorage, not from signing in again.
    expect(signIns).toEqual([]);
  });
});

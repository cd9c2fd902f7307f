import type { Browser, BrowserContextOptions, FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, type OpenPage } from '../helpers/browser.js';

/** The tab as a person sees it, found by roles and accessible names only (English unless said). */

export function picker(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Sign in to the sandbox' }),
    search: page.getByRole('searchbox', { name: 'Sign in as' }),
    people: page.getByRole('list', { name: 'People' }),
  };
}

export function home(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }),
    whoYouAre: page.getByRole('region', { name: 'Who you are' }),
    switchPerson: page.getByRole('button', { name: 'Switch person' }),
  };
}

/** The person buttons of the list: each is named "<name> <details> <persona>". */
export function personButton(list: Locator, displayName: string): Locator {
  return list.getByRole('button', { name: new RegExp(`^${escape(displayName)}\\b`) });
}

/** The names in the picker's list, top to bottom. */
export async function listedNames(list: Locator): Promise<string[]> {
  const texts = await list.getByRole('button').allInnerTexts();
  return texts.map((text) => text.split('\n')[0]!.trim());
}

/** Waits until the list shows exactly these people, in this order (searches are debounced). */
export async function expectListed(list: Locator, names: string[]): Promise<void> {
  await expect.poll(() => listedNames(list), { timeout: 20_000 }).toEqual(names);
}

/** Who you are as term → definition pairs ("Sign-in name" → "marco.ricci@..."). */
export async function facts(whoYouAre: Locator): Promise<Record<string, string>> {
  const terms = await whoYouAre.getByRole('term').allInnerTexts();
  const definitions = await whoYouAre.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term, definitions[i] ?? '']));
}

/** Waits until Home shows this person's profile. */
export async function expectSignedInAs(page: Page, person: { displayName: string }): Promise<void> {
  const { heading, whoYouAre } = home(page);
  await heading.waitFor();
  await whoYouAre.getByText(person.displayName, { exact: true }).waitFor();
  await whoYouAre.getByRole('definition').first().waitFor();
}

/** Signs in with the mouse: search by full name, wait for the answer, then click the person. */
export async function pickPerson(page: Page, person: { displayName: string }): Promise<void> {
  const { search, people } = picker(page);
  await search.fill(person.displayName);
  // Until the debounced search answers, the list still shows everyone: clicking then could hit a
  // row that is about to move.
  const term = person.displayName.toLowerCase();
  await expect
    .poll(async () => (await listedNames(people)).every((name) => name.toLowerCase().includes(term)), {
      timeout: 20_000,
    })
    .toBe(true);
  await personButton(people, person.displayName).click();
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The signed-in tab's navigation (English): a link per view, the open one `aria-current="page"`.
 * At a narrow width some of them are in the "More" menu instead (`moreMenu`).
 */
export function tabs(page: Pick<Page, 'getByRole'> | FrameLocator) {
  const nav = page.getByRole('navigation', { name: 'Tandem' });
  return {
    home: nav.getByRole('link', { name: 'Home', exact: true }),
    programmes: nav.getByRole('link', { name: /^(Join|My programmes)$/ }),
    requests: nav.getByRole('link', { name: 'Requests', exact: true }),
    meetings: nav.getByRole('link', { name: 'Meetings', exact: true }),
    more: nav.getByRole('button', { name: 'More' }),
  };
}

/** Waits until the view with this h1 is on screen. */
export async function expectView(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/**
 * In the Join view (open already): joins Mentoring as a mentee who wants Leadership and to grow
 * as a leader, checks the draft made them a mentee, saves, and goes on to the suggestions.
 */
export async function joinMentoringAsMentee(view: Pick<Page, 'getByRole' | 'getByText'> | FrameLocator): Promise<void> {
  const mentoring = view.getByRole('region', { name: 'Mentoring', exact: true });
  await mentoring.getByRole('switch', { name: 'Take part in Mentoring' }).check();
  // Junior people: the draft already makes them mentees.
  expect(
    await mentoring
      .getByRole('group', { name: 'Take part as' })
      .getByRole('checkbox', { name: /^Mentee/ })
      .isChecked(),
  ).toBe(true);
  await pickFromCatalogue(view, mentoring, 'Skills you want to learn', 'Leadership');
  await pickFromCatalogue(view, mentoring, 'Your goals', 'Grow as a leader');
  await view.getByRole('button', { name: 'Save' }).click();
  await view.getByText('You take part in Mentoring as a mentee.').waitFor();
  await view.getByRole('link', { name: 'See your suggestions' }).click();
}

/**
 * In a programme's searchable skills or goals picker (a combobox named by its label): types part
 * of the option's name and picks it from the list, which opens in a layer of its own.
 */
export async function pickFromCatalogue(
  view: Pick<Page, 'getByRole'> | FrameLocator,
  programme: Locator,
  label: string,
  option: string,
): Promise<void> {
  const box = programme.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(option);
  await view.getByRole('option', { name: option, exact: true }).click();
  await box.press('Escape');
}

/**
 * Pages signed in through the sandbox picker, as a test file opens them: `signIn` opens a new
 * context at the tab and signs in; `closeAll` (after each test) checks that no page logged an
 * error, threw or broke the Content Security Policy, and closes them. The browser and the tab's
 * address are read when a page opens, since a file's beforeAll sets them.
 */
export function signedInPages(
  browser: () => Browser,
  url: () => string,
  /** Console errors a test brings about on purpose (a refusal it asks for), let through. */
  expected: readonly RegExp[] = [],
) {
  const open: OpenPage[] = [];
  return {
    async signIn(person: { displayName: string }, options: BrowserContextOptions = {}): Promise<Page> {
      const o = await openPage(browser(), options);
      open.push(o);
      await o.page.goto(url());
      await pickPerson(o.page, person);
      await expectSignedInAs(o.page, person);
      return o.page;
    },
    async closeAll(): Promise<void> {
      for (const o of open.splice(0)) {
        const problems = o.problems.filter((p) => !expected.some((e) => e.test(p)));
        expect(problems, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
        await o.context.close();
      }
    },
  };
}

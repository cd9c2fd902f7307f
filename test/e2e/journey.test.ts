import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launchBrowser, RESULTS_DIR, serveTab, type TabServer } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { expectNoSeriousViolations } from './axe.js';
import { nextStep } from './home-pages.js';
import { expectView, home, isFocused, signedInPages, tabs } from './tab.js';
import { enrol, WOULD_BE_LEADER } from './teams-host/people.js';
import type { SyncStatus } from '../../server/org/schemas.js';

// The mentoring journey in a real browser, against the real app and the sandbox tenant: a mentor
// and a mentee join, the mentee finds the mentor among their suggestions and asks, the mentor
// accepts, and both see the pair. The tests build on each other, in order, like the people do.
// axe checks every view on the way.

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('The mentoring journey in a browser', { timeout: 120_000 }, () => {
  let server: TabServer;
  let browser: Browser;
  let mentor: { id: string; displayName: string };
  let mentee: { id: string; displayName: string };

  beforeAll(async () => {
    server = await serveTab();
    browser = await launchBrowser();
    mentor = persona(server.t, 'director-rome');
    mentee = persona(server.t, 'junior-dev');
    // Matching needs everyone's place in the organisation: HR starts a directory sync first.
    await syncOrganisation(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const pages = signedInPages(
    () => browser,
    () => server.url,
  );
  const signIn = pages.signIn;
  afterEach(() => pages.closeAll());

  it('lets a mentor join Mentoring, offering the skills from their profile', async () => {
    const page = await signIn(mentor);
    await tabs(page).programmes.click();
    await expectView(page, 'Join a programme');
    await expectNoSeriousViolations(page, 'Join, nothing chosen');

    const mentoring = page.getByRole('region', { name: 'Mentoring', exact: true });
    await mentoring.getByRole('switch', { name: 'Take part in Mentoring' }).check();
    const roles = mentoring.getByRole('group', { name: 'Take part as' });
    await roles.getByRole('checkbox', { name: /^Mentee/ }).setChecked(false);
    await roles.getByRole('checkbox', { name: /^Mentor/ }).check();
    // Pre-filled from the directory profile (Leadership, Negotiation, Coaching).
    await mentoring.getByText('Leadership', { exact: true }).first().waitFor();
    await mentoring.getByRole('combobox', { name: 'Mentees at a time' }).selectOption('2');
    await expectNoSeriousViolations(page, 'Join, filled in as a mentor');
    await screenshot(page, 'e2e-join-mentor');

    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByText('You take part in Mentoring as a mentor.').waitFor();
    await expect.poll(() => tabs(page).programmes.innerText()).toContain('My programmes');
  });

  it('lets a mentee find that mentor among the suggestions, with plain reasons, and ask them', async () => {
    // Joining as a mentee through the form is the programmes view's own test (its skills picker).
    await enrol(server, mentee.id, 'mentoring', WOULD_BE_LEADER);
    const page = await signIn(mentee);
    await expectView(page, 'Welcome to Tandem');
    const card = suggestionOf(page, 'Mentors for you in Mentoring', mentor.displayName);
    await card.waitFor();
    // A plain label and human reasons, no points (issue 11).
    await card.getByText(/^(Strong|Good|Possible) match$/).waitFor();
    const why = card.getByRole('list', { name: 'Why this match' });
    await why.waitFor();
    const reasons = await why.getByRole('listitem').allInnerTexts();
    expect(reasons.some((r) => r.includes('Leadership'))).toBe(true);
    expect(reasons.join(' ')).not.toMatch(/points?|\d{4}/);
    // Home's next step points at the suggestions.
    await nextStep(page).getByText('Choose your mentor in Mentoring').waitFor();
    await expectNoSeriousViolations(page, 'Home with suggestions');
    await screenshot(page, 'e2e-home-suggestions');

    await card.getByRole('button', { name: `Send a request to ${mentor.displayName}` }).click();
    await card
      .getByRole('textbox', { name: `Message to ${mentor.displayName} (optional)` })
      .fill('Mi aiuti a crescere come leader?');
    await expectNoSeriousViolations(page, 'Home, writing a request');
    await card.getByRole('button', { name: 'Send request' }).click();
    await card.getByRole('status').getByText(`Request sent to ${mentor.displayName}.`, { exact: false }).waitFor();

    await tabs(page).requests.click();
    await expectView(page, 'Requests');
    const sent = page.getByRole('region', { name: 'Sent by you' });
    await sent.getByRole('heading', { name: mentor.displayName }).waitFor();
    await sent.getByText('Waiting for an answer').waitFor();
    await expectNoSeriousViolations(page, 'Requests, one sent');
  });

  it('lets the mentor see the request on Home, read why, and accept it', async () => {
    const page = await signIn(mentor);
    const step = nextStep(page);
    await step.getByText(`${mentee.displayName} would like you as their mentor in Mentoring`).waitFor();
    await expectNoSeriousViolations(page, 'Home, a request to answer');
    await step.getByRole('link', { name: 'Answer' }).click();
    await expectView(page, 'Requests');
    // The link names the request: the address keeps it, and the view brings it into view.
    expect(new URL(page.url()).pathname).toMatch(/^\/requests\/[0-9a-f-]{36}$/);

    const received = page.getByRole('region', { name: 'Requests to you' });
    const card = received
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: mentee.displayName }) });
    await card.getByText('Mi aiuti a crescere come leader?').waitFor();
    await card.getByText('Would like you as their mentor in Mentoring.').waitFor();
    // Why, in plain words (the requests view may show the first reasons and the rest on demand).
    await card.getByText(/^(Strong|Good|Possible) match$/).waitFor();
    await card.getByText('Leadership', { exact: false }).first().waitFor();
    await expectNoSeriousViolations(page, 'Requests, one received');
    await screenshot(page, 'e2e-requests-received');

    await card.getByRole('button', { name: `Accept the request from ${mentee.displayName}` }).click();
    await page.getByText('Accepted. You are now paired: you will find each other on Home.').waitFor();

    await tabs(page).home.click();
    const pair = pairOf(page, mentee.displayName);
    await pair.getByText('Your mentee in Mentoring').waitFor();
    await pair.getByText('Active', { exact: true }).waitFor();
    await expectNoSeriousViolations(page, 'Home with a pair');
    await screenshot(page, 'e2e-home-pair');
  });

  it('shows the pair on the mentee’s Home too', async () => {
    const page = await signIn(mentee);
    const pair = pairOf(page, mentor.displayName);
    await pair.getByText('Your mentor in Mentoring').waitFor();
    await pair.getByText('Active', { exact: true }).waitFor();
    // Paired: the next step is the pair, and no more mentors are suggested.
    await nextStep(page).getByText(`You are paired with ${mentor.displayName}`).waitFor();
    expect(await page.getByRole('region', { name: 'Mentors for you in Mentoring' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Requests', exact: true }).count()).toBe(0);
  });

  it('can be used with the keyboard alone: the navigation, then the controls of a view', async () => {
    const page = await signIn(mentee);
    // Signing in left the focus on Home's title; the navigation is just before it.
    await expect.poll(() => isFocused(home(page).heading)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(tabs(page).meetings)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(tabs(page).requests)).toBe(true);
    await page.keyboard.press('Enter');
    await expectView(page, 'Requests');
    expect(await tabs(page).requests.getAttribute('aria-current')).toBe('page');

    await tabs(page).programmes.focus();
    await page.keyboard.press('Enter');
    await expectView(page, 'My programmes');
    // Into the view: the first control is the Mentoring switch, on; Space turns it off.
    const toggle = page.getByRole('switch', { name: 'Take part in Mentoring' });
    for (let i = 0; i < 5 && !(await isFocused(toggle)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(toggle)).toBe(true);
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(false);
  });

  it('has no serious accessibility problem in the high-contrast theme', async () => {
    const page = await signIn(mentor, { forcedColors: 'active' });
    await pairOf(page, mentee.displayName).getByText('Active', { exact: true }).waitFor();
    await expectNoSeriousViolations(page, 'Home in high contrast');
    await screenshot(page, 'e2e-home-high-contrast');
    await tabs(page).programmes.click();
    await page.getByRole('switch', { name: 'Take part in Mentoring' }).waitFor();
    await expectNoSeriousViolations(page, 'My programmes in high contrast');
  });
});

/** Kept in test-results/ (gitignored; CI can keep it as an artifact) to look at what was tested. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/** A suggested person's card, in the suggestions of one programme and role. */
function suggestionOf(page: Page, list: string, name: string): Locator {
  return page
    .getByRole('region', { name: list })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** A pairing's card on Home, by the other person's name. */
function pairOf(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: 'Your mentors and mentees' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** Runs the org sync as the HR admin, through the API, and waits for it to finish. */
async function syncOrganisation(server: TabServer): Promise<void> {
  const token = await server.t.ssoToken(persona(server.t, 'hr-admin').id);
  const headers = { authorization: `Bearer ${token}` };
  const started = await server.app.inject({ method: 'POST', url: '/api/admin/org-sync', headers, payload: {} });
  expect(started.statusCode).toBe(202);
  for (let i = 0; i < 400; i++) {
    const status = (await server.app.inject({ method: 'GET', url: '/api/admin/org-sync', headers })).json<SyncStatus>();
    if (status.status === 'idle') return;
    if (status.status === 'failed') throw new Error(`org sync failed: ${status.lastError}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('org sync did not finish');
}

import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolmentBody } from '../../server/matching/schemas.js';
import type { SyncStatus } from '../../server/org/schemas.js';
import { browserMissing, launchBrowser, serveTab, type TabServer } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { expectNoSeriousViolations } from './axe.js';
import { expectView, signedInPages, tabs } from './tab.js';

// The forms in a real browser, against the real app and the sandbox tenant: the warning before
// leaving the programmes form with changes not saved, the searchable skills picker used by
// keyboard alone, a role closed with its reason, and the request message's character counter.

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('Forms in a browser', { timeout: 120_000 }, () => {
  let server: TabServer;
  let browser: Browser;
  let mentee: { id: string; displayName: string };
  let mentor: { id: string; displayName: string };

  beforeAll(async () => {
    server = await serveTab();
    browser = await launchBrowser();
    mentee = persona(server.t, 'junior-dev');
    mentor = persona(server.t, 'director-rome');
    // Roles open to a person follow their place in the organisation, read by a directory sync.
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
  afterEach(() => pages.closeAll());

  async function openJoin(page: Page) {
    await tabs(page).programmes.click();
    await expectView(page, 'Join a programme');
    const mentoring = page.getByRole('region', { name: 'Mentoring', exact: true });
    await mentoring.getByRole('switch', { name: 'Take part in Mentoring' }).check();
    return mentoring;
  }

  it('asks before leaving with changes not saved: staying keeps them, leaving discards them', async () => {
    const page = await pages.signIn(mentee);
    const mentoring = await openJoin(page);
    await mentoring.getByRole('radio', { name: 'Every week' }).check();
    await page.getByText('You have changes that are not saved.').waitFor();

    await tabs(page).home.click();

    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'Join, asked before leaving');
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectView(page, 'Join a programme');
    expect(await mentoring.getByRole('radio', { name: 'Every week' }).isChecked()).toBe(true);

    await tabs(page).home.click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await expect.poll(() => tabs(page).home.getAttribute('aria-current')).toBe('page');
    await dialog.waitFor({ state: 'hidden' });

    await tabs(page).programmes.click();
    await expectView(page, 'Join a programme');
    expect(await mentoring.getByRole('switch', { name: 'Take part in Mentoring' }).isChecked()).toBe(false);
  });

  it('asks the browser’s own question before a reload while changes are not saved, and staying keeps them', async () => {
    const page = await pages.signIn(mentee);
    const mentoring = await openJoin(page);
    await mentoring.getByRole('radio', { name: 'Every week' }).check();
    // Chromium asks only about a page the person has interacted with, as here.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );

    // Dismissed, the reload never happens: its promise only times out.
    await page.reload({ waitUntil: 'commit', timeout: 3_000 }).catch(() => {});

    expect(await asked).toBe('beforeunload');
    expect(await mentoring.getByRole('radio', { name: 'Every week' }).isChecked()).toBe(true);
  });

  it('chooses skills from the searchable picker by keyboard alone, and removes one the same way', async () => {
    const page = await pages.signIn(mentee);
    const mentoring = await openJoin(page);
    const wants = mentoring.getByRole('combobox', { name: 'Skills you want to learn' });
    await wants.focus();

    // Typing opens the list with the first match active: Enter takes it, the arrows move between them.
    await page.keyboard.type('lead');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');

    const chosen = mentoring.getByRole('listbox', { name: 'Skills you want to learn: chosen' });
    await chosen.getByRole('option', { name: /^Leadership/ }).waitFor();
    await mentoring.getByText(/1 of 20 chosen\./).waitFor();
    expect(await wants.inputValue()).toBe('');

    await page.keyboard.type('communic');
    await expect.poll(() => page.getByRole('option', { name: 'Communication', exact: true }).count()).toBe(1);
    await expectNoSeriousViolations(page, 'Join, skills picker open');
    await page.keyboard.press('Enter');
    await chosen.getByRole('option', { name: /^Communication/ }).waitFor();
    await page.keyboard.press('Escape');

    // Backspace in the empty box goes to the chosen tags; Delete removes the one in focus.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Delete');
    await expect.poll(() => chosen.getByRole('option').count()).toBe(1);
    await expectNoSeriousViolations(page, 'Join, skills chosen');
  });

  it('shows the mentor role closed to a junior person, with the reason, before they try', async () => {
    const page = await pages.signIn(mentee);
    const mentoring = await openJoin(page);

    const mentorBox = mentoring.getByRole('checkbox', { name: /^Mentor/ });
    expect(await mentorBox.isDisabled()).toBe(true);
    const description = await mentorBox.evaluate(
      (box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(description).toBe('Mentors in Mentoring are more senior than you today; mentee is open to you.');
  });

  it('scrolls nothing sideways on a 320 px phone, with skills chosen and the save bar in view', async () => {
    const page = await pages.signIn(mentee, { viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}/programmes`);
    await expectView(page, 'Join a programme');
    const mentoring = page.getByRole('region', { name: 'Mentoring', exact: true });
    await mentoring.getByRole('switch', { name: 'Take part in Mentoring' }).check();
    for (const typed of ['lead', 'public', 'negot']) {
      await mentoring.getByRole('combobox', { name: 'Skills you want to learn' }).focus();
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');

    const save = page.getByRole('button', { name: 'Save' });
    const box = await save.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('counts the request message against its limit and never cuts it', async () => {
    await enrol(server, mentor.id, { asMentor: true, asMentee: false, offers: ['leadership'] });
    await enrol(server, mentee.id, { asMentor: false, asMentee: true, wants: ['leadership'] });
    const page = await pages.signIn(mentee);
    await tabs(page).requests.click();
    await expectView(page, 'Requests');

    await page.getByRole('button', { name: `Send a request to ${mentor.displayName}` }).click();
    const message = page.getByRole('textbox', { name: `Message to ${mentor.displayName} (optional)` });
    await page.getByText('0/500', { exact: true }).waitFor();
    const long = 'Mi piacerebbe imparare da te. '.repeat(144).trim();
    await message.fill(long);

    await page.getByText('4,319/500', { exact: true }).waitFor();
    await page.getByText('The message is 3,819 characters over the limit of 500. Shorten it to send.').waitFor();
    await expectNoSeriousViolations(page, 'Requests, message too long');
    await page.getByRole('button', { name: 'Send request' }).click();
    expect(await message.inputValue()).toBe(long);

    const shorter = long.slice(0, 480);
    await message.fill(shorter);
    await page.getByText(`${[...shorter.trim()].length}/500`, { exact: true }).waitFor();
    expect(await page.getByText(/over the limit/).count()).toBe(0);
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText(`Request sent to ${mentor.displayName}.`, { exact: false }).waitFor();
  });
});

/** Joins Mentoring through the API, as the person (the form itself is tested above). */
async function enrol(server: TabServer, personId: string, body: Partial<EnrolmentBody>): Promise<void> {
  const token = await server.t.ssoToken(personId);
  const full: EnrolmentBody = {
    asMentor: false,
    asMentee: false,
    offers: [],
    wants: [],
    goals: [],
    languages: ['it-IT', 'en-GB'],
    cadence: 'biweekly',
    meetingMinutes: 45,
    capacity: 2,
    paused: false,
    ...body,
  };
  const saved = await server.app.inject({
    method: 'PUT',
    url: '/api/enrolments/mentoring',
    headers: { authorization: `Bearer ${token}` },
    payload: full,
  });
  expect(saved.statusCode, saved.body).toBe(200);
}

/** HR starts a directory sync and waits for it, so that everyone has a place in the organisation. */
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

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import type { TestApp } from '../helpers/app.js';
import { browserMissing, RESULTS_DIR } from '../helpers/browser.js';
import { calendarView, waitForQuiet } from '../helpers/scheduling.js';
import { expectNoSeriousViolations } from './axe.js';
import { startBookedPair, type BookedPair } from './booked-pair.js';
import { expectView, isFocused, signedInPages } from './tab.js';
import type { Me } from '../../server/org/schemas.js';
import type { Meetings } from '../../server/scheduling/schemas.js';

// Meetings in a real browser, against the real app with its job workers and the sandbox tenant:
// a pair becomes active, the workers book its recurring Teams meeting in both sandbox calendars,
// and both people find it on Home and in Meetings, skip a session from there (gone from both
// calendars), and check in after one. The clock is the test's, shared by the app and the sandbox,
// so that a session can be over; the tests build on each other, in order.

const missing = browserMissing();
if (missing) console.warn(missing);

const DAY = 86_400_000;

interface SeriesRow {
  id: string;
  status: string;
  organizer_id: string;
  attendee_id: string;
  join_url: string | null;
}

interface OccurrenceRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
}

describe.skipIf(missing !== null)('Meetings in a browser', { timeout: 180_000 }, () => {
  let offset = 0;
  const clock = { now: () => Date.now() + offset };
  let h: TestApp;
  let url: string;
  let jobs: Jobs;
  let browser: Browser;
  let mentor: { id: string; displayName: string };
  let mentee: { id: string; displayName: string };
  let skipped: OccurrenceRow;

  let booked: BookedPair | undefined;
  beforeAll(async () => {
    // The pair becomes active as accepting a request makes it: its booking job queued with it.
    booked = await startBookedPair(clock, { mentor: 'director-rome', mentee: 'junior-dev' });
    ({ h, url, jobs, browser, mentor, mentee } = booked);
  }, 120_000);
  afterAll(() => booked?.close());
  const pages = signedInPages(
    () => browser,
    () => url,
  );
  const signIn = pages.signIn;
  afterEach(() => pages.closeAll());

  const series = async (): Promise<SeriesRow> =>
    (await h.db.query<SeriesRow>(`SELECT id, status, organizer_id, attendee_id, join_url FROM meeting_series`))[0]!;
  const sessions = (seriesId: string) =>
    h.db.query<OccurrenceRow>(
      `SELECT id, starts_at, ends_at, status FROM meeting_occurrences WHERE series_id = $1 ORDER BY starts_at`,
      [seriesId],
    );
  const tandemEvents = async (userId: string) =>
    (await calendarView(h.t.graph, userId, clock.now(), clock.now() + 56 * DAY)).filter(
      (e) => e.subject.startsWith('Tandem') && !e.isCancelled,
    );

  it('books the recurring Teams meeting in both sandbox calendars', async () => {
    const s = await series();
    expect(s).toMatchObject({
      status: 'booked',
      organizer_id: mentor.id,
      attendee_id: mentee.id,
      join_url: expect.stringMatching(/^https:\/\//),
    });
    const planned = (await sessions(s.id))
      .filter((o) => o.status === 'scheduled' && o.starts_at.getTime() > clock.now())
      .map((o) => o.starts_at.getTime());
    expect(planned.length).toBeGreaterThan(3);
    for (const person of [mentor.id, mentee.id]) {
      expect((await tandemEvents(person)).map((e) => e.start).sort()).toEqual(
        planned.filter((t) => t < clock.now() + 56 * DAY),
      );
    }
  });

  it('shows the mentor the next meeting on Home, with the Teams link', async () => {
    const page = await signIn(mentor);
    const s = await series();
    // Home's next step, or its list of next meetings: either offers the Teams link.
    const join = page.getByRole('main').getByRole('link', { name: `Join in Teams with ${mentee.displayName}` });
    expect(await join.first().getAttribute('href')).toBe(s.join_url);
    await expectNoSeriousViolations(page, 'Home with a next meeting');

    await openMeetings(page);
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 1, name: 'Meetings' }))).toBe(true);
  });

  it('shows the mentor the meetings: who, status, cadence, the next session with its link and calendar file', async () => {
    const page = await signIn(mentor);
    await openMeetings(page);
    const s = await series();
    const pair = page.getByRole('region', { name: mentee.displayName });
    await pair.getByText('Your mentee in Mentoring').waitFor();
    await pair.getByText('Booked', { exact: true }).waitFor();
    await pair.getByText('Every week, 30 minutes').waitFor();
    const first = (await sessions(s.id)).find((o) => o.status === 'scheduled' && o.starts_at.getTime() > clock.now())!;
    const zone = await timeZoneOf(mentor.id);
    await nextBlock(pair).getByText(formatSession(first, zone)).waitFor();
    expect(
      await nextBlock(pair)
        .getByRole('link', { name: `Join in Teams with ${mentee.displayName}` })
        .getAttribute('href'),
    ).toBe(s.join_url);
    await expectNoSeriousViolations(page, 'Meetings, booked');
    await screenshot(page, 'e2e-meetings-mentor');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pair.getByRole('button', { name: `Download .ics of the next session with ${mentee.displayName}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tandem-next-session.ics');
    // Long lines of a calendar file are folded: a line break and a space.
    const ics = readFileSync((await download.path())!, 'utf8').replaceAll('\r\n ', '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`URL:${s.join_url!}`);
  });

  it('shows the mentee the same meetings on Home and in Meetings, and the goals to move', async () => {
    const page = await signIn(mentee);
    const s = await series();
    const join = page.getByRole('main').getByRole('link', { name: `Join in Teams with ${mentor.displayName}` });
    expect(await join.first().getAttribute('href')).toBe(s.join_url);

    await openMeetings(page);
    const pair = page.getByRole('region', { name: mentor.displayName });
    await pair.getByText('Your mentor in Mentoring').waitFor();
    expect(
      await nextBlock(pair)
        .getByRole('link', { name: `Join in Teams with ${mentor.displayName}` })
        .getAttribute('href'),
    ).toBe(s.join_url);

    // The mentee moves a goal with the keyboard, in steps of ten, and saves it.
    const goal = pair.getByRole('slider', { name: 'Grow as a leader' });
    await goal.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await goal.getAttribute('aria-valuetext')).toBe('20%');
    await pair.getByRole('button', { name: 'Save progress' }).click();
    await pair.getByText('Progress saved.').waitFor();
    await expectNoSeriousViolations(page, 'Meetings, the mentee’s');
  });

  it('skips one session from the Meetings view: it leaves both sandbox calendars', async () => {
    const s = await series();
    skipped = (await sessions(s.id)).filter((o) => o.status === 'scheduled' && o.starts_at.getTime() > clock.now())[1]!;
    const page = await signIn(mentee);
    await openMeetings(page);
    const zone = await timeZoneOf(mentee.id);
    const pair = page.getByRole('region', { name: mentor.displayName });
    const when = formatStart(skipped, zone);
    const skip = pair.getByRole('button', { name: `Skip the session on ${when}` });

    // With the keyboard: the dialog opens on Enter and Escape gives the focus back to Skip.
    await skip.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Skip this session?' });
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'Meetings, asking before a skip');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(skip)).toBe(true);

    await skip.click();
    await dialog.getByRole('button', { name: 'Skip session' }).click();
    await pair.getByText(`Skipping the session on ${when}. Tandem is updating both calendars.`).waitFor();
    // The buttons used are gone: the notice has the focus, so keyboard users are not lost.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Skipping the session');
    const row = pair.getByRole('listitem').filter({ hasText: formatSession(skipped, zone) });
    // The page reloads by itself a few seconds later, once the job has changed both calendars.
    await row.getByText('Skipped', { exact: true }).waitFor({ timeout: 30_000 });

    await waitForQuiet(h.db, jobs);
    for (const person of [mentor.id, mentee.id]) {
      const events = await tandemEvents(person);
      expect(events.filter((e) => e.start === skipped.starts_at.getTime())).toEqual([]);
      expect(events.length).toBeGreaterThan(2);
    }
  });

  it('shows the mentor the skipped session too', async () => {
    const page = await signIn(mentor);
    await openMeetings(page);
    const pair = page.getByRole('region', { name: mentee.displayName });
    const row = pair.getByRole('listitem').filter({ hasText: formatSession(skipped, await timeZoneOf(mentor.id)) });
    await row.getByText('Skipped', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: /^Skip the session/ }).count()).toBe(0);
  });

  it('asks each person to check in after a session, privately', async () => {
    const s = await series();
    const first = (await sessions(s.id)).find((o) => o.status === 'scheduled' && o.starts_at.getTime() > clock.now())!;
    // An hour after the session ended.
    offset += first.ends_at.getTime() + 3_600_000 - clock.now();

    const page = await signIn(mentee);
    await openMeetings(page);
    const zone = await timeZoneOf(mentee.id);
    const form = page.getByRole('form', { name: `Check-in for ${formatStart(first, zone)}` });
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form
      .getByRole('radiogroup', { name: /How useful was it\?/ })
      .getByRole('radio', { name: '4' })
      .check();
    await form
      .getByRole('radiogroup', { name: /How confident do you feel now\?/ })
      .getByRole('radio', { name: '3' })
      .check();
    await form
      .getByRole('textbox', { name: 'Private notes (optional)' })
      .fill('Parlare della delega la prossima volta');
    await expectNoSeriousViolations(page, 'Meetings, checking in');
    await screenshot(page, 'e2e-meetings-checkin');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    const pair = page.getByRole('region', { name: mentor.displayName });
    await pair.getByText('Check-in saved.').waitFor();
    await pair.getByText(/^Checked in\. It took place\. Usefulness 4 of 5\. Confidence 3 of 5\./).waitFor();

    const token = await h.t.ssoToken(mentor.id);
    const theirs = await h.app.inject({
      method: 'GET',
      url: '/api/meetings',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain('Parlare della delega');
    expect(theirs.json<Meetings>().series[0]!.past[0]).toMatchObject({ id: first.id, checkin: null });
  });

  it('has no serious accessibility problem in the high-contrast theme', async () => {
    const page = await signIn(mentor, { forcedColors: 'active' });
    await openMeetings(page);
    await page.getByRole('region', { name: mentee.displayName }).getByText('Booked', { exact: true }).waitFor();
    await expectNoSeriousViolations(page, 'Meetings in high contrast');
    await screenshot(page, 'e2e-meetings-high-contrast');
  });

  /** The person's own zone, as the tab shows times in it (GET /api/me). */
  async function timeZoneOf(userId: string): Promise<string> {
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${await h.t.ssoToken(userId)}` },
    });
    return res.json<Me>().timeZone!;
  }
});

/** Kept in test-results/ (gitignored) to look at what was tested. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

async function openMeetings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Tandem' }).getByRole('link', { name: 'Meetings', exact: true }).click();
  await expectView(page, 'Meetings');
}

/** The next-session block of a pair's meetings. */
function nextBlock(pair: Locator): Locator {
  return pair
    .locator('div')
    .filter({ has: pair.page().getByRole('heading', { level: 3, name: 'Next session', exact: true }) })
    .last();
}

/** As the tab writes a session, in English (en-GB) and the person's zone. */
function formatSession(o: OccurrenceRow, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' }).formatRange(
    o.starts_at,
    o.ends_at,
  );
}

function formatStart(o: OccurrenceRow, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(o.starts_at);
}

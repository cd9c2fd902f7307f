import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import type { Me } from '../../server/org/schemas.js';
import type { RescheduleBody } from '../../server/scheduling/schemas.js';
import type { TestApp } from '../helpers/app.js';
import { browserMissing, RESULTS_DIR } from '../helpers/browser.js';
import { calendarView, waitForQuiet } from '../helpers/scheduling.js';
import { expectNoSeriousViolations } from './axe.js';
import { startBookedPair, type BookedPair } from './booked-pair.js';
import { expectView, isFocused, signedInPages } from './tab.js';

// Moving one session to a time both people are free, in a real browser against the real app with
// its job workers and the sandbox tenant: a sales director in Rome mentors an engineer in
// Bangalore, so each free time is offered in both clocks. The move is checked where it matters,
// in both sandbox calendars; then each person sees where the session came from. The tests build on
// each other, in order.

const missing = browserMissing();
if (missing) console.warn(missing);

const DAY = 86_400_000;

interface OccurrenceRow {
  id: string;
  series_id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
}

describe.skipIf(missing !== null)('Moving a session in a browser', { timeout: 180_000 }, () => {
  const clock = { now: () => Date.now() };
  let h: TestApp;
  let url: string;
  let jobs: Jobs;
  let browser: Browser;
  let mentor: { id: string; displayName: string };
  let mentee: { id: string; displayName: string };
  let moved: { id: string; from: number; to: number };

  let booked: BookedPair | undefined;
  beforeAll(async () => {
    booked = await startBookedPair(clock, { mentor: 'director-rome', mentee: 'bangalore' });
    ({ h, url, jobs, browser, mentor, mentee } = booked);
  }, 120_000);
  afterAll(() => booked?.close());
  const pages = signedInPages(
    () => browser,
    () => url,
  );
  afterEach(() => pages.closeAll());

  const comingSessions = () =>
    h.db.query<OccurrenceRow>(
      `SELECT id, series_id, starts_at, ends_at, status FROM meeting_occurrences
       WHERE status = 'scheduled' AND starts_at > now() ORDER BY starts_at`,
    );
  const tandemStarts = async (userId: string) =>
    (await calendarView(h.t.graph, userId, clock.now(), clock.now() + 56 * DAY))
      .filter((e) => e.subject.startsWith('Tandem') && !e.isCancelled)
      .map((e) => e.start);

  it('offers free times in both people’s clocks, and moves the session picked in both calendars', async () => {
    const page = await signIn(mentor);
    await openMeetings(page);
    const pair = page.getByRole('region', { name: mentee.displayName });
    const [first] = await comingSessions();
    const mentorZone = await timeZoneOf(mentor.id);
    const menteeZone = await timeZoneOf(mentee.id);
    // Beside the session: Priya's own time, as Rome and Bangalore never read the same.
    await nextBlock(pair)
      .getByText(`${clockTime(first!, menteeZone)} for Priya`)
      .waitFor();

    await nextBlock(pair)
      .getByRole('button', { name: `Move the session on ${formatStart(first!.starts_at, mentorZone)}` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Move this session' });
    const times = dialog.getByRole('radiogroup', { name: /Free times/ });
    await times.waitFor();
    const labels = await times
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(3);
    for (const label of labels) expect(label).toMatch(/^\w{3} \d{1,2} \w{3}, \d\d:\d\d–\d\d:\d\d · .+ for Priya$/);
    await expectNoSeriousViolations(page, 'Meetings, moving a session');
    await screenshot(page, 'e2e-reschedule-choices');

    // The last time offered, to be sure it is the one picked that is taken, not the best.
    const picked = times.getByRole('radio').last();
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/reschedule')),
      (async () => {
        await picked.check();
        await dialog.getByRole('button', { name: 'Move session' }).click();
      })(),
    ]);
    const body = request.postDataJSON() as RescheduleBody;
    const to = Date.parse(body!.start!);
    moved = { id: first!.id, from: first!.starts_at.getTime(), to };
    await pair.getByText(/^Moving the session on .* Tandem is updating both calendars\.$/).waitFor();

    // The page reloads by itself once the job has moved it in both calendars.
    const movedFrom = `Moved from ${shortDay(moved.from, mentorZone)}`;
    await pair.getByText(movedFrom, { exact: true }).waitFor({ timeout: 30_000 });
    await waitForQuiet(h.db, jobs);
    const [row] = await h.db.query<OccurrenceRow>(`SELECT starts_at, status FROM meeting_occurrences WHERE id = $1`, [
      moved.id,
    ]);
    expect(row).toMatchObject({ status: 'scheduled', starts_at: new Date(to) });
    for (const person of [mentor.id, mentee.id]) {
      const starts = await tandemStarts(person);
      expect(starts).toContain(to);
      expect(starts).not.toContain(moved.from);
    }
    await screenshot(page, 'e2e-reschedule-moved');
  });

  it('shows the other person the session at its new time, where it was moved from, in their own clock', async () => {
    const page = await signIn(mentee);
    await openMeetings(page);
    const zone = await timeZoneOf(mentee.id);
    const pair = page.getByRole('region', { name: mentor.displayName });
    const row = pair.getByText(`Moved from ${shortDay(moved.from, zone)}`, { exact: true });
    await row.waitFor();
    await expectNoSeriousViolations(page, 'Meetings, a moved session');
  });

  it('opens a link to the moved session with it in view and focused', async () => {
    const page = await signIn(mentee);
    const [series] = await h.db.query<{ id: string }>(`SELECT id FROM meeting_series`);
    await page.goto(`${url}/meetings/${series!.id}/sessions/${moved.id}`);
    await expectView(page, 'Meetings');
    const zone = await timeZoneOf(mentee.id);
    const target = page
      .getByRole('region', { name: mentor.displayName })
      .locator('[tabindex="-1"]')
      .filter({ hasText: `Moved from ${shortDay(moved.from, zone)}` })
      .last();
    await expect.poll(() => isFocused(target), { timeout: 20_000 }).toBe(true);
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.height);
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

  function signIn(person: { displayName: string }): Promise<Page> {
    return pages.signIn(person);
  }
});

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

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/** As the tab names a session in a button (en-GB, the reader's zone). */
function formatStart(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(at);
}

/** "14:30–15:00": a session by another person's clock, on the same day as the reader's. */
function clockTime(o: OccurrenceRow, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).formatRange(
    o.starts_at,
    o.ends_at,
  );
}

/** "Thu 17 Dec": where a moved session was. */
function shortDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
}

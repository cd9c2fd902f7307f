import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import type { TestApp } from '../helpers/app.js';
import { browserMissing } from '../helpers/browser.js';
import { waitForQuiet } from '../helpers/scheduling.js';
import { expectNoSeriousViolations } from './axe.js';
import { startBookedPair, type BookedPair } from './booked-pair.js';
import { isFocused, signedInPages } from './tab.js';

// Pausing a pair in a real browser, against the real app with its job workers and the sandbox
// tenant: the card asks first, saying how many booked sessions it cancels and until which day;
// the pair shows "Paused until …"; and when that day comes it resumes by itself. The day comes as
// in test/matching/pause.test.ts: the app's clock (the test's, shared with the sandbox) moves past
// it, and the queued resume job is made due in the queue, whose timer is the database's.

const missing = browserMissing();
if (missing) console.warn(missing);

const DAY = 86_400_000;

describe.skipIf(missing !== null)('Pausing a pairing in a browser', { timeout: 180_000 }, () => {
  let offset = 0;
  const clock = { now: () => Date.now() + offset };
  let h: TestApp;
  let url: string;
  let jobs: Jobs;
  let browser: Browser;
  let pairId: string;
  let mentor: { id: string; displayName: string };
  let mentee: { id: string; displayName: string };
  /** The day the pause ends, as the person picked it. */
  let until: string;

  let booked: BookedPair | undefined;
  beforeAll(async () => {
    booked = await startBookedPair(clock, { mentor: 'director-rome', mentee: 'junior-dev' });
    ({ h, url, jobs, browser, mentor, mentee } = booked);
    pairId = booked.pairId;
  }, 120_000);
  afterAll(() => booked?.close());
  const pages = signedInPages(
    () => browser,
    () => url,
  );
  afterEach(() => pages.closeAll());

  const pairStatus = async () =>
    (await h.db.query<{ status: string }>(`SELECT status FROM pairs WHERE id = $1`, [pairId]))[0]!.status;
  const bookedSessions = async () =>
    (
      await h.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM meeting_occurrences o JOIN meeting_series s ON s.id = o.series_id
         WHERE s.pair_id = $1 AND s.status = 'booked' AND o.status = 'scheduled' AND o.starts_at > $2`,
        [pairId, new Date(clock.now())],
      )
    )[0]!.n;
  const liveSeries = async () =>
    (
      await h.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM meeting_series WHERE pair_id = $1 AND status IN ('booking', 'booked', 'needs_attention')`,
        [pairId],
      )
    )[0]!.n;
  const card = (page: Page) =>
    page
      .getByRole('region', { name: 'Your mentors and mentees' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: mentor.displayName }),
      });

  it('asks before ending, with its safe answer focused, and ends nothing when the pairing is kept', async () => {
    const page = await signIn(mentee);
    const end = card(page).getByRole('button', { name: `End the pairing with ${mentor.displayName}` });
    await end.click();
    const dialog = page.getByRole('alertdialog', { name: `End your pairing with ${mentor.displayName}?` });
    await dialog.getByText(/^This cancels the \d+ sessions? booked in both your calendars\.$/).waitFor();
    const keep = dialog.getByRole('button', { name: 'Keep it' });
    await expect.poll(() => isFocused(keep)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(end)).toBe(true);
    expect(await pairStatus()).toBe('active');
  });

  it('asks before pausing, with the sessions it cancels and an end date, then shows until when', async () => {
    const booked = await bookedSessions();
    expect(booked).toBeGreaterThan(0);
    const page = await signIn(mentee);
    const pause = card(page).getByRole('button', { name: `Pause the pairing with ${mentor.displayName}` });
    await pause.click();

    const dialog = page.getByRole('alertdialog', { name: `Pause your pairing with ${mentor.displayName}?` });
    await dialog.waitFor();
    await dialog
      .getByText(
        booked === 1
          ? 'This cancels the 1 session booked in both your calendars.'
          : `This cancels the ${booked} sessions booked in both your calendars.`,
      )
      .waitFor();
    const day = dialog.getByLabel(/Pause until/);
    // The first thing to answer has the focus; the tab behind stays in sight, dimmed, not hidden.
    await expect.poll(() => isFocused(day)).toBe(true);
    const backdrop = await page.evaluate(() => {
      const surface = document.querySelector('[role="alertdialog"]')!;
      const layer = surface.previousElementSibling as HTMLElement | null;
      return layer ? getComputedStyle(layer).backgroundColor : null;
    });
    expect(backdrop).toMatch(/rgba\(.*, 0?\.\d+\)/);
    await expectNoSeriousViolations(page, 'Home, asking before a pause');
    expect(await pairStatus()).toBe('active');

    const first = (await day.getAttribute('min'))!;
    until = new Date(Date.parse(`${first}T00:00:00Z`) + 2 * DAY).toISOString().slice(0, 10);
    await day.fill(until);
    await dialog.getByText(/the pairing resumes by itself and its sessions are booked again\.$/).waitFor();
    await dialog.getByRole('button', { name: 'Pause', exact: true }).click();

    await dialog.waitFor({ state: 'detached' });
    await card(page)
      .getByText(/^Paused until .+ — resumes by itself\.$/)
      .waitFor();
    const words = await card(page)
      .getByText(/^Paused until/)
      .innerText();
    expect(words).toContain(String(Number(until.slice(8, 10))));
    await card(page)
      .getByRole('button', { name: `Resume the pairing with ${mentor.displayName}` })
      .waitFor();
    expect(await pairStatus()).toBe('paused');
    await waitForQuiet(h.db, jobs);
    expect(await bookedSessions()).toBe(0);
    await expectNoSeriousViolations(page, 'Home, a paused pair');
  });

  it('resumes by itself when the day comes, and its sessions are booked again', async () => {
    const [job] = await h.db.query<{ id: string; data: { resumeAt: number; until: string } }>(
      `SELECT id, data FROM pgboss.job WHERE name = 'pairs-resume' AND data->>'pairId' = $1`,
      [pairId],
    );
    expect(job!.data.until).toBe(until);
    // The day comes: Tandem's clock passes the job's time, and the queue's timer lets it run.
    offset = job!.data.resumeAt + 60_000 - Date.now();
    await h.db.query(`UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [job!.id]);
    await expect.poll(pairStatus, { timeout: 30_000 }).toBe('active');
    // Its meetings are being booked again (scheduling's own tests follow the booking through).
    expect(await liveSeries()).toBe(1);

    const page = await signIn(mentee);
    await card(page).getByText('Active', { exact: true }).waitFor();
    expect(
      await card(page)
        .getByText(/^Paused until/)
        .count(),
    ).toBe(0);
    await card(page)
      .getByRole('button', { name: `Pause the pairing with ${mentor.displayName}` })
      .waitFor();
  });

  async function signIn(person: { displayName: string }): Promise<Page> {
    return pages.signIn(person);
  }
});

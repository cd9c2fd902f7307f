import type { Browser } from 'playwright-core';
import type { Clock } from '../../server/clock.js';
import type { Jobs } from '../../server/jobs/queue.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { launchBrowser, TAB_DIR } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { seedActivePairs, syncDirectory, testJobs, waitForQuiet } from '../helpers/scheduling.js';

/**
 * What the browser tests of meetings and pairings start from: the real app serving the built tab,
 * with its job workers, on the test's clock (shared with the sandbox tenant, so a test can move
 * time), the directory synced, and two personas in an active pair whose weekly meetings are booked
 * in both calendars, as accepting a request books them.
 */
export interface BookedPair {
  h: TestApp;
  url: string;
  jobs: Jobs;
  browser: Browser;
  mentor: { id: string; displayName: string };
  mentee: { id: string; displayName: string };
  pairId: string;
  close(): Promise<void>;
}

export async function startBookedPair(
  clock: Clock,
  people: { mentor: string; mentee: string; minutes?: 30 | 45 | 60 },
): Promise<BookedPair> {
  const h = await buildTestApp({
    tabDir: TAB_DIR,
    sandbox: { clock },
    deps: { clock, workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' } },
  });
  const url = await h.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchBrowser();
  const [mentor, mentee] = [persona(h.t, people.mentor), persona(h.t, people.mentee)];
  await syncDirectory(h.db, h.t.identity, h.t.sandbox.tenantId, new Date(clock.now()).toISOString().slice(0, 10));
  const jobs = await testJobs(h.db);
  const [pairId] = await seedActivePairs(h.db, jobs, h.t.sandbox.tenantId, [
    { mentorId: mentor.id, menteeId: mentee.id, cadence: 'weekly', minutes: people.minutes ?? 30 },
  ]);
  await waitForQuiet(h.db, jobs);
  return {
    h,
    url,
    jobs,
    browser,
    mentor,
    mentee,
    pairId: pairId!,
    close: async () => {
      await browser.close();
      await jobs.stop();
      await h.close();
    },
  };
}

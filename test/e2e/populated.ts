import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityNotification } from '../../server/sandbox/teamwork/routes.js';
import type { Meetings, Series } from '../../server/scheduling/schemas.js';
import type { MatchRequest, Pairs } from '../../server/matching/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TAB_DIR } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { as, enrol, MENTOR_OF_LEADERS, syncOrganisation, WOULD_BE_LEADER } from './teams-host/people.js';

// A tenant where every view of the tab has something to show, built through Tandem's own API as
// the people would, with the app's own job workers booking into the sandbox calendars and its
// sender delivering activity notifications: a mentor (director-rome) paired with a mentee
// (junior-dev) with a weekly series booked, one session of it moved by the mentee, and a request
// from a second mentee (intern) waiting for the mentor's answer. Faster than the demo seed.

type Person = ReturnType<typeof persona>;

export interface Populated extends TestApp {
  url: string;
  mentor: Person;
  mentee: Person;
  /** Enrolled nowhere: sees the Join view. */
  newcomer: Person;
  pairId: string;
  series: Series;
  /** The session the mentee moved; both were told with an activity notification linking to it. */
  movedSessionId: string;
  requestId: string;
}

export async function populated(): Promise<Populated> {
  // A copy of the built tab as it is now: a build started meanwhile (in another terminal) would
  // replace its chunks under pages that are still open.
  const tabDir = join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'tab');
  cpSync(TAB_DIR, tabDir, { recursive: true });
  const h = await buildTestApp({
    tabDir,
    deps: { workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' }, notifyEveryMs: 250 },
  });
  try {
    const url = await h.app.listen({ port: 0, host: '127.0.0.1' });
    await syncOrganisation(h);
    const mentor = persona(h.t, 'director-rome');
    const mentee = persona(h.t, 'junior-dev');
    const asker = persona(h.t, 'intern');
    const newcomer = persona(h.t, 'london');
    await enrol(h, mentor.id, 'mentoring', MENTOR_OF_LEADERS);
    await enrol(h, mentee.id, 'mentoring', WOULD_BE_LEADER);
    await enrol(h, asker.id, 'mentoring', WOULD_BE_LEADER);

    const asked = await as(h, mentee.id).post<MatchRequest>('/api/requests', {
      programmeId: 'mentoring',
      mentorId: mentor.id,
      menteeId: mentee.id,
      message: 'Mi aiuti a crescere come leader?',
    });
    await as(h, mentor.id).post(`/api/requests/${asked.id}/accept`);
    const pairId = (await as(h, mentor.id).get<Pairs>('/api/pairs')).pairs[0]!.id;
    let series = await until('the series is booked', async () => {
      const s = (await as(h, mentee.id).get<Meetings>('/api/meetings')).series[0];
      return s?.status === 'booked' && s.upcoming.length >= 2 ? s : null;
    });

    // The mentee moves the second session; the workers move it and tell both, linking to it.
    const moved = series.upcoming[1]!;
    await as(h, mentee.id).post(`/api/meetings/${series.id}/occurrences/${moved.id}/reschedule`, null);
    await until('both are told the session moved', async () =>
      notificationsTo(h, mentor.id).some((n) => n.topic.webUrl?.includes(moved.id)) ? true : null,
    );
    series = (await as(h, mentor.id).get<Meetings>('/api/meetings')).series[0]!;

    const waiting = await as(h, asker.id).post<MatchRequest>('/api/requests', {
      programmeId: 'mentoring',
      mentorId: mentor.id,
      menteeId: asker.id,
      message: 'Vorrei imparare a guidare un team: hai tempo per me?',
    });
    return {
      ...h,
      url,
      mentor,
      mentee,
      newcomer,
      pairId,
      series,
      movedSessionId: moved.id,
      requestId: waiting.id,
    };
  } catch (error) {
    await h.close();
    throw error;
  }
}

/** The activity notifications the sandbox's Teams received for this person, oldest first. */
export function notificationsTo(h: TestApp, personId: string): ActivityNotification[] {
  return h.t.sandbox.feed.filter((n) => n.recipientId === personId);
}

async function until<T>(what: string, check: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== null) return found;
    if (Date.now() > end) throw new Error(`waited ${timeoutMs} ms for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

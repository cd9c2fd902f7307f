import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../../server/clock.js';
import type { Db } from '../../server/db/db.js';
import { compose, composeGraph } from '../../server/compose.js';
import type { IdentityConfig } from '../../server/config.js';
import { startJobs, type Jobs } from '../../server/jobs/queue.js';
import { toIana } from '../../server/time/zones.js';
import { syncTenant } from '../../server/org/sync.js';
import { pairsReader } from '../../server/matching/store/pair-facts.js';
import { pairChanged } from '../../server/scheduling/series.js';
import { schedulingQueues, startSchedulingWorkers } from '../../server/scheduling/workers.js';
import { randomUUID } from 'node:crypto';

// Setting the stage for scheduling tests: the directory copied in by the real sync, pairs made
// active as the matching code would (with their booking job queued in the same transaction),
// and readers of what ended up in the sandbox calendars.

const quiet = { info: () => {}, warn: () => {} };

/** Copies the sandbox directory into the database with the product's own sync, run on `today` ("YYYY-MM-DD", UTC). */
export async function syncDirectory(db: Db, identity: IdentityConfig, tenantId: string, today: string): Promise<void> {
  const graph = composeGraph(identity).forTenant(tenantId);
  // A clock that starts that day at midnight UTC and runs from there.
  const offset = Date.parse(`${today}T00:00:00Z`) - Date.now();
  const clock = { now: () => Date.now() + offset };
  const readPage = (url: string, full: boolean) => graph.directory.readDeltaPage(url, full);
  const r = await syncTenant({ db, readPage, graphRequests: graph.requests, clock, log: quiet }, tenantId, {
    owner: 'test',
  });
  if (r === 'busy') throw new Error('sync busy');
}

export interface SeedPair {
  mentorId: string;
  menteeId: string;
  programmeId?: 'mentoring' | 'reverse';
  cadence?: 'weekly' | 'biweekly' | 'monthly';
  minutes?: 30 | 45 | 60;
}

/**
 * A queue handle of the test's own on the same database, as another process would have. Jobs
 * keep the expiry their queue had when they were sent: pass the one the servers will use.
 */
export const testJobs = (db: Db, expireSeconds?: number): Promise<Jobs> =>
  startJobs(db, schedulingQueues(expireSeconds), { onError: (e) => console.error('test jobs', e) });

/** Active pairs, each with its booking queued exactly as accepting a request queues it. */
export async function seedActivePairs(
  db: Db,
  jobs: Pick<Jobs, 'send'>,
  tenantId: string,
  pairs: readonly SeedPair[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const p of pairs) {
    const programmeId = p.programmeId ?? 'mentoring';
    await db.transaction(async (tx) => {
      for (const [person, mentor] of [
        [p.mentorId, true],
        [p.menteeId, false],
      ] as const) {
        await tx.query(
          `INSERT INTO enrolments (tenant_id, person_id, programme_id, as_mentor, as_mentee, goals, languages, cadence, meeting_minutes, capacity)
           VALUES ($1, $2, $3, $4, $5, $6, '{it-IT,en-GB}', $7, $8, 5)
           ON CONFLICT (tenant_id, person_id, programme_id) DO UPDATE SET as_mentor = enrolments.as_mentor OR EXCLUDED.as_mentor, as_mentee = enrolments.as_mentee OR EXCLUDED.as_mentee,
             cadence = CASE WHEN EXCLUDED.as_mentee THEN EXCLUDED.cadence ELSE enrolments.cadence END,
             meeting_minutes = CASE WHEN EXCLUDED.as_mentee THEN EXCLUDED.meeting_minutes ELSE enrolments.meeting_minutes END`,
          [
            tenantId,
            person,
            programmeId,
            mentor,
            !mentor,
            mentor ? [] : ['grow_as_leader'],
            p.cadence ?? 'biweekly',
            p.minutes ?? 45,
          ],
        );
      }
      const id = randomUUID();
      await tx.query(
        `INSERT INTO pairs (tenant_id, id, programme_id, mentor_id, mentee_id, status, source, score, reasons, mentor_confirmed, mentee_confirmed)
         VALUES ($1, $2, $3, $4, $5, 'active', 'request', 50, '[]'::jsonb, true, true)`,
        [tenantId, id, programmeId, p.mentorId, p.menteeId],
      );
      await pairChanged({ jobs, pairs: pairsReader }, tx, tenantId, { id, status: 'active' });
      ids.push(id);
    });
  }
  return ids;
}

/** Waits until no series is waiting to be booked or cancelled and no job is queued. */
export async function waitForQuiet(db: Db, jobs: Jobs, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM meeting_series WHERE status IN ('booking', 'cancelling')`,
    );
    const open = (await jobs.pending('meetings-book')) + (await jobs.pending('meetings-change'));
    if (row!.n === 0 && open === 0) return;
    if (Date.now() > until) throw new Error(`still busy after ${timeoutMs} ms: ${row!.n} series, ${open} jobs`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Runs the scheduling jobs queued so far as a worker process of its own would (the app under test
 * runs none, like a web-only instance), until none is left, then stops: what a person sees between
 * a change and its job can be looked at before this is called.
 */
export async function workUntilQuiet(db: Db, identity: IdentityConfig, clock: Clock, jobs: Jobs): Promise<void> {
  const worker = await compose({
    db,
    identity,
    clock,
    onError: (err, what) => console.error(`worker: ${what} failed`, err),
    warn: () => {},
  });
  try {
    await startSchedulingWorkers(worker, { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' });
    await waitForQuiet(db, jobs);
  } finally {
    await worker.stop();
  }
}

export interface CalendarItem {
  id: string;
  subject: string;
  start: number;
  end: number;
  showAs: string;
  type: string;
  isCancelled: boolean;
  seriesMasterId: string | null;
}

/** An event of a calendarView page, as much of it as the tests read. */
interface GraphEvent {
  id: string;
  subject?: string;
  start: { dateTime: string };
  end: { dateTime: string };
  showAs: string;
  type: string;
  isCancelled?: boolean;
  seriesMasterId?: string | null;
}

const utc = (dateTime: string): number => Date.parse(`${dateTime.slice(0, 23)}Z`);

/** A person's calendar view over [from, to), every page, times in UTC. */
export async function calendarView(graph: Client, userId: string, from: number, to: number): Promise<CalendarItem[]> {
  const out: CalendarItem[] = [];
  let url: string | undefined =
    `/users/${userId}/calendarView?startDateTime=${new Date(from).toISOString()}&endDateTime=${new Date(to).toISOString()}&$top=200`;
  while (url) {
    const page = (await graph.api(url).header('Prefer', 'outlook.timezone="UTC"').get()) as {
      value: GraphEvent[];
      '@odata.nextLink'?: string;
    };
    for (const e of page.value) {
      out.push({
        id: e.id,
        subject: e.subject ?? '',
        start: utc(e.start.dateTime),
        end: utc(e.end.dateTime),
        showAs: e.showAs,
        type: e.type,
        isCancelled: e.isCancelled === true,
        seriesMasterId: e.seriesMasterId ?? null,
      });
    }
    url = page['@odata.nextLink'];
  }
  return out;
}

export interface Hours {
  timeZone: string;
  days: number[];
  start: string;
  end: string;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A person's working hours as Outlook has them (mailboxSettings), their zone in IANA. */
export async function workingHours(graph: Client, userId: string): Promise<Hours> {
  const s = (await graph.api(`/users/${userId}/mailboxSettings`).get()) as {
    timeZone: string;
    workingHours: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: { name: string } };
  };
  return {
    timeZone: toIana(s.workingHours.timeZone.name ?? s.timeZone)!,
    days: s.workingHours.daysOfWeek.map((d) => DAYS.indexOf(d) + 1),
    start: s.workingHours.startTime.slice(0, 5),
    end: s.workingHours.endTime.slice(0, 5),
  };
}

/** Whether [start, end) lies inside one working day of `h`, read on the person's own wall clock. */
export function insideHours(h: Hours, start: number, end: number): boolean {
  const wall = (ms: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: h.timeZone,
        weekday: 'long',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(ms)
        .map((p) => [p.type, p.value]),
    );
    return {
      day: DAYS.indexOf(parts.weekday!.toLowerCase()) + 1,
      date: `${parts.year}-${parts.month}-${parts.day}`,
      time: `${parts.hour}:${parts.minute}`,
    };
  };
  const a = wall(start);
  const b = wall(end);
  return a.date === b.date && h.days.includes(a.day) && a.time >= h.start && b.time <= h.end;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

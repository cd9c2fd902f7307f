import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import type { Occurrence, Series, Slot } from '../../server/scheduling/schemas.js';
import { TEAMS_APP_ID } from '../../server/teams-app.js';
import { toIana } from '../../server/time/zones.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import {
  calendarView,
  insideHours,
  overlaps,
  seedActivePairs,
  syncDirectory,
  testJobs,
  workingHours,
  workUntilQuiet,
} from '../helpers/scheduling.js';

// The Meetings view as people use it: who the other person is and where their day is, choosing
// the time a session moves to, and nothing shown as coming once a pair stops. The app runs no job
// workers (a web-only instance); the jobs run when a test lets a worker process run them, so what
// people see in between can be looked at. The clock is the test's, shared with the sandbox tenant.

let now = Date.parse('2026-12-07T07:00:00Z');
const clock = { now: () => now };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let h: TestApp;
let jobs: Jobs;
let pairs: string[];
let people: { mentorId: string; menteeId: string }[];

const api = async (userId: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(userId)}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return {
    status: res.statusCode,
    body: res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : res.body,
    headers: res.headers,
  };
};
const seriesOf = async (userId: string, pairId: string): Promise<Series> =>
  ((await api(userId, 'GET', '/api/meetings')).body.series as Series[]).find((s) => s.pairId === pairId)!;
const sessionOf = (s: Series, id: string): Occurrence | undefined => s.upcoming.find((o) => o.id === id);
const work = () => workUntilQuiet(h.db, h.t.identity, clock, jobs);
const user = (id: string) => h.t.sandbox.state.directory.get(id)!;

beforeAll(async () => {
  h = await buildTestApp({ size: 300, sandbox: { clock }, deps: { clock } });
  await syncDirectory(h.db, h.t.identity, h.t.sandbox.tenantId, '2026-12-07');
  jobs = await testJobs(h.db);
  const everyone = h.t.sandbox.state.directory.all().filter((p) => p.accountEnabled && p.mailbox.workingHours);
  // Milano people with the lightest calendars first: they have time to move a session to.
  const milano = everyone
    .filter((p) => p.city === 'Milano' && p.mailbox.timeZone !== 'Customized Time Zone')
    .sort((a, b) => a.calendar.meetingLoad - b.calendar.meetingLoad);
  const newYork = everyone.filter((p) => p.city === 'New York');
  const customised = everyone.find((p) => p.mailbox.timeZone === 'Customized Time Zone')!;
  people = [
    { mentorId: milano[0]!.id, menteeId: newYork[0]!.id },
    { mentorId: milano[1]!.id, menteeId: milano[2]!.id },
    { mentorId: milano[3]!.id, menteeId: milano[4]!.id },
    { mentorId: milano[5]!.id, menteeId: customised.id },
  ];
  pairs = await seedActivePairs(
    h.db,
    jobs,
    h.t.sandbox.tenantId,
    people.map((p) => ({ ...p, cadence: 'weekly' as const, minutes: 30 as const })),
  );
  await work();
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

describe('who the other person is', () => {
  it('names them as people know them, with job title, office and time zone', async () => {
    const { mentorId, menteeId } = people[0]!;
    const mentor = user(mentorId);
    const mine = await seriesOf(menteeId, pairs[0]!);
    expect(mine).toMatchObject({ role: 'mentee', status: 'booked', pairStatus: 'active' });
    expect(mine.other).toEqual({
      id: mentorId,
      displayName: mentor.displayName,
      jobTitle: mentor.jobTitle,
      department: mentor.department,
      officeLocation: mentor.officeLocation,
      timeZone: toIana(mentor.mailbox.timeZone),
    });
    expect((await seriesOf(mentorId, pairs[0]!)).other.timeZone).toBe('America/New_York');
  });

  it("gives a zone customised in Outlook as an IANA zone that keeps that person's clock", async () => {
    const { other } = await seriesOf(people[3]!.mentorId, pairs[3]!);
    expect(other.timeZone).not.toBeNull();
    // Rome's rules: the named zone tells the same local time as Rome in winter and in summer.
    const local = (timeZone: string, iso: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(Date.parse(iso));
    for (const iso of ['2026-12-07T10:00:00Z', '2027-07-01T10:00:00Z'])
      expect(local(other.timeZone!, iso)).toBe(local('Europe/Rome', iso));
  });
});

describe('links into the tab', () => {
  it("opens the pair's meetings from the invitation and from the booking notification", async () => {
    const { mentorId, menteeId } = people[1]!;
    const s = await seriesOf(mentorId, pairs[1]!);
    const [row] = await h.db.query<{ event_id: string }>(`SELECT event_id FROM meeting_series WHERE id = $1`, [s.id]);
    const event = (await h.t.graph.api(`/users/${mentorId}/events/${row!.event_id}`).get()) as {
      body: { content: string };
    };
    // Graph appends the Teams join link; Tandem's own links are those into the app.
    const hrefs = [...event.body.content.matchAll(/href="([^"]+)"/g)]
      .map((m) => m[1]!.replaceAll('&amp;', '&'))
      .filter((href) => href.includes('/l/entity/'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.origin + url.pathname).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/home`);
      expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: `meetings/${s.id}` });
    }
    const notices = await h.db.query<{ subject: string | null }>(
      `SELECT subject FROM notifications WHERE person_id = ANY($1::uuid[]) AND kind = 'meetingBooked'`,
      [[mentorId, menteeId]],
    );
    expect(notices.map((n) => n.subject)).toEqual([`meetings/${s.id}`, `meetings/${s.id}`]);
  });
});

describe('moving a session to a time of their choice', () => {
  afterEach(async () => {
    await h.t.admin('/sandbox/v1/faults/scripted', { method: 'DELETE' });
  });

  /**
   * A coming session of pair 1 (from the `from`th on) that nobody has moved or skipped, with its
   * neighbours; `onPattern`: also where the series' pattern put it (not placed elsewhere when booked).
   */
  const unmoved = async (userId: string, { from = 0, onPattern = false } = {}) => {
    const s = await seriesOf(userId, pairs[1]!);
    const ids = new Set(
      (
        await h.db.query<{ id: string }>(
          `SELECT id FROM meeting_occurrences WHERE series_id = $1 AND status = 'scheduled' AND last_change IS NULL
           AND ($2 = false OR starts_at = original_start)`,
          [s.id, onPattern],
        )
      ).map((r) => r.id),
    );
    const i = s.upcoming.findIndex((o, k) => k >= from && ids.has(o.id));
    return { s, session: s.upcoming[i]!, before: s.upcoming[i - 1], after: s.upcoming[i + 1] };
  };

  it('offers two or three free times, inside both working days, before the next session, on different days', async () => {
    const { mentorId, menteeId } = people[1]!;
    const { s, session, before, after } = await unmoved(menteeId);
    const res = await api(menteeId, 'GET', `/api/meetings/${s.id}/occurrences/${session.id}/slots`);
    expect(res.status).toBe(200);
    const slots = res.body.slots as Slot[];
    expect(slots.length).toBeGreaterThanOrEqual(2);
    expect(slots.length).toBeLessThanOrEqual(3);
    expect(new Set(slots.map((x) => x.start.slice(0, 10))).size).toBeGreaterThanOrEqual(2);
    const hours = [await workingHours(h.t.graph, mentorId), await workingHours(h.t.graph, menteeId)];
    for (const slot of slots) {
      const [start, end] = [Date.parse(slot.start), Date.parse(slot.end)];
      expect(end - start).toBe(30 * 60_000);
      expect(start).toBeGreaterThanOrEqual(now + DAY);
      if (before) expect(start).toBeGreaterThan(Date.parse(before.end));
      if (after) expect(end).toBeLessThan(Date.parse(after.start));
      for (const h2 of hours) expect(insideHours(h2, start, end)).toBe(true);
      for (const person of [mentorId, menteeId]) {
        const clash = (await calendarView(h.t.graph, person, start - DAY, end + DAY)).find(
          (e) => !e.isCancelled && e.showAs !== 'free' && overlaps(e, { start, end }),
        );
        expect(clash).toBeUndefined();
      }
    }
    expect(slots.map((x) => x.start)).toEqual(slots.map((x) => x.start).sort());
  });

  it('moves the session to the time chosen, and says where it was moved from', async () => {
    const { mentorId, menteeId } = people[1]!;
    const { s, session } = await unmoved(menteeId, { onPattern: true });
    const slots = (await api(menteeId, 'GET', `/api/meetings/${s.id}/occurrences/${session.id}/slots`)).body
      .slots as Slot[];
    // Not the first one offered: the choice is the person's, not the best by Tandem's measure.
    const chosen = slots.at(-1)!;
    const res = await api(menteeId, 'POST', `/api/meetings/${s.id}/occurrences/${session.id}/reschedule`, {
      start: chosen.start,
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ id: session.id, status: 'rescheduling', movedFrom: null });
    await work();
    const after = sessionOf(await seriesOf(mentorId, pairs[1]!), session.id);
    expect(after).toMatchObject({
      start: chosen.start,
      end: chosen.end,
      status: 'scheduled',
      lastChange: 'moved',
      movedFrom: session.start,
    });
    for (const person of [mentorId, menteeId]) {
      const view = await calendarView(h.t.graph, person, Date.parse(chosen.start) - DAY, Date.parse(chosen.end) + DAY);
      expect(view.some((e) => e.subject.startsWith('Tandem') && e.start === Date.parse(chosen.start))).toBe(true);
    }
  });

  it('refuses a time that is not one a slot could have, and leaves the session as it was', async () => {
    const { menteeId } = people[1]!;
    const { s, session } = await unmoved(menteeId);
    const url = `/api/meetings/${s.id}/occurrences/${session.id}/reschedule`;
    for (const body of [
      { start: 'next Tuesday' },
      { start: '2026-12-15T09:07:00.000Z' },
      { start: '2026-12-15T10:00:00+01:00' },
      { start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T09:30:00.000Z' },
    ]) {
      const res = await api(menteeId, 'POST', url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_request' });
    }
    expect(sessionOf(await seriesOf(menteeId, pairs[1]!), session.id)).toMatchObject({ status: 'scheduled' });
  });

  it('says move_failed when the chosen time was taken before the move, and leaves the session where it was', async () => {
    const { mentorId, menteeId } = people[1]!;
    const { s, session } = await unmoved(mentorId, { from: 1 });
    const [chosen] = (await api(mentorId, 'GET', `/api/meetings/${s.id}/occurrences/${session.id}/slots`)).body
      .slots as Slot[];
    const taken = (await h.t.graph.api(`/users/${menteeId}/events`).post({
      subject: 'Customer visit',
      showAs: 'busy',
      start: { dateTime: chosen!.start.slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: chosen!.end.slice(0, 19), timeZone: 'UTC' },
    })) as { id: string };
    try {
      const res = await api(mentorId, 'POST', `/api/meetings/${s.id}/occurrences/${session.id}/reschedule`, {
        start: chosen!.start,
      });
      expect(res.status).toBe(202);
      await work();
      expect(sessionOf(await seriesOf(menteeId, pairs[1]!), session.id)).toMatchObject({
        start: session.start,
        status: 'scheduled',
        lastChange: 'move_failed',
        movedFrom: null,
      });
    } finally {
      await h.t.graph.api(`/users/${menteeId}/events/${taken.id}`).delete();
    }
  });

  it("passes Graph's throttling on as graph_throttled, with when to try again", async () => {
    const { mentorId, menteeId } = people[1]!;
    const { s, session } = await unmoved(menteeId);
    // Every retry the Graph connection makes is answered 429 too.
    for (const id of [mentorId, menteeId])
      await h.t.script({
        method: 'POST',
        path: `/users/${id}/calendar/getSchedule`,
        status: 429,
        retryAfterSeconds: 0.05,
        times: 9,
      });
    const res = await api(menteeId, 'GET', `/api/meetings/${s.id}/occurrences/${session.id}/slots`);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'graph_throttled' });
    expect(res.headers['retry-after']).toBe('1');
  });

  it('passes a Graph that keeps failing on as graph_unavailable', async () => {
    const { mentorId, menteeId } = people[1]!;
    const { s, session } = await unmoved(menteeId);
    for (const id of [mentorId, menteeId])
      await h.t.script({
        method: 'POST',
        path: `/users/${id}/calendar/getSchedule`,
        status: 503,
        retryAfterSeconds: 0,
        times: 9,
      });
    const res = await api(menteeId, 'GET', `/api/meetings/${s.id}/occurrences/${session.id}/slots`);
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject({ code: 'graph_unavailable' });
  });

  it("offers nothing of someone else's meetings, or of a session being moved", async () => {
    const { menteeId } = people[1]!;
    const { s, session } = await unmoved(menteeId);
    const stranger = people[2]!.mentorId;
    expect((await api(stranger, 'GET', `/api/meetings/${s.id}/occurrences/${session.id}/slots`)).body).toMatchObject({
      code: 'meeting_not_found',
    });
    expect((await api(menteeId, 'POST', `/api/meetings/${s.id}/occurrences/${session.id}/reschedule`)).status).toBe(
      202,
    );
    expect((await api(menteeId, 'GET', `/api/meetings/${s.id}/occurrences/${session.id}/slots`)).body).toMatchObject({
      code: 'meeting_changing',
    });
    // Without a chosen time, the best free time, as before.
    await work();
    const moved = sessionOf(await seriesOf(menteeId, pairs[1]!), session.id)!;
    expect(moved).toMatchObject({ lastChange: 'moved', movedFrom: expect.any(String) });
    expect(moved.start).not.toBe(session.start);
  });
});

describe('a pair that stops', () => {
  it('shows no coming session from the moment it is completed, and keeps its past and check-ins', async () => {
    const { mentorId, menteeId } = people[2]!;
    const before = await seriesOf(menteeId, pairs[2]!);
    const first = before.next!;
    // The first session has taken place, and the mentee checked in.
    now = Date.parse(first.end) + HOUR;
    const checkin = await api(menteeId, 'PUT', `/api/meetings/${before.id}/occurrences/${first.id}/checkin`, {
      happened: true,
      usefulness: 4,
    });
    expect(checkin.status).toBe(200);
    expect((await api(mentorId, 'POST', `/api/pairs/${pairs[2]}/complete`)).status).toBe(200);

    // The job that cancels the meetings in Outlook has not run yet.
    const stopping = await seriesOf(menteeId, pairs[2]!);
    expect(stopping).toMatchObject({
      status: 'cancelling',
      pairStatus: 'completed',
      joinUrl: null,
      next: null,
      upcoming: [],
    });
    expect(stopping.past[0]).toMatchObject({ id: first.id, checkin: { happened: true, usefulness: 4 } });
    expect((await api(menteeId, 'GET', `/api/meetings/${before.id}/next.ics`)).body).toMatchObject({
      code: 'no_upcoming_meeting',
    });
    const later = before.upcoming.at(-1)!;
    expect((await api(menteeId, 'GET', `/api/meetings/${before.id}/occurrences/${later.id}/slots`)).body).toMatchObject(
      { code: 'series_not_booked' },
    );

    await work();
    expect(await seriesOf(menteeId, pairs[2]!)).toMatchObject({
      status: 'cancelled',
      pairStatus: 'completed',
      next: null,
      upcoming: [],
      past: [{ id: first.id, checkin: { happened: true } }],
    });
  });
});

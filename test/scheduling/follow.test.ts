import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import {
  calendarView,
  insideHours,
  overlaps,
  seedActivePairs,
  syncDirectory,
  testJobs,
  waitForQuiet,
  workingHours,
} from '../helpers/scheduling.js';

// Keeping booked series healthy: what people do in Outlook (decline, cancel, move) is noticed by
// the follow job; what they do in Tandem (skip, reschedule, end the pair) reaches both calendars.
// The clock is the test's, shared by the sandbox tenant and the app, and moved by hand.

let now = Date.parse('2026-12-07T07:00:00Z');
const clock = { now: () => now };
const DAY = 86_400_000;

let h: TestApp;
let jobs: Jobs;
let pairs: string[];
let people: { mentorId: string; menteeId: string }[];

const seriesOf = async (pairId: string) =>
  h.db.query<{
    id: string;
    status: string;
    event_id: string | null;
    organizer_id: string;
    attendee_id: string;
    first_start: Date | null;
  }>(
    `SELECT id, status, event_id, organizer_id, attendee_id, first_start FROM meeting_series WHERE pair_id = $1 ORDER BY generation`,
    [pairId],
  );
const occurrencesOf = (seriesId: string) =>
  h.db.query<{
    id: string;
    original_start: Date;
    starts_at: Date;
    ends_at: Date;
    status: string;
    event_id: string | null;
  }>(
    `SELECT id, original_start, starts_at, ends_at, status, event_id FROM meeting_occurrences WHERE series_id = $1 ORDER BY starts_at`,
    [seriesId],
  );
const tandemEvents = async (userId: string) =>
  (await calendarView(h.t.graph, userId, now, now + 56 * DAY)).filter((e) => e.subject.startsWith('Tandem'));
const api = async (userId: string, method: 'GET' | 'POST', url: string) => {
  const res = await h.app.inject({ method, url, headers: { authorization: `Bearer ${await h.t.ssoToken(userId)}` } });
  return {
    status: res.statusCode,
    body: res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : res.body,
    headers: res.headers,
  };
};
const follow = async () => {
  now += 20 * 60_000;
  await h.db.transaction((tx) => jobs.send(tx, 'meetings-follow', {}));
  await waitForQuiet(h.db, jobs);
  for (let i = 0; i < 100 && (await jobs.pending('meetings-follow')) > 0; i++)
    await new Promise((r) => setTimeout(r, 100));
  await waitForQuiet(h.db, jobs);
};

beforeAll(async () => {
  h = await buildTestApp({
    size: 300,
    sandbox: { clock },
    deps: { clock, workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' } },
  });
  await syncDirectory(h.db, h.t.identity, h.t.sandbox.tenantId, '2026-12-07');
  jobs = await testJobs(h.db);
  const milano = h.t.sandbox.state.directory
    .all()
    .filter((p) => p.accountEnabled && p.city === 'Milano' && p.mailbox.workingHours);
  people = Array.from({ length: 5 }, (_, i) => ({ mentorId: milano[2 * i]!.id, menteeId: milano[2 * i + 1]!.id }));
  pairs = await seedActivePairs(
    h.db,
    jobs,
    h.t.sandbox.tenantId,
    people.map((p) => ({ ...p, cadence: 'weekly' as const, minutes: 30 as const })),
  );
  await waitForQuiet(h.db, jobs);
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

describe('following series in Outlook', () => {
  it('booked every pair', async () => {
    for (const p of pairs) expect((await seriesOf(p))[0]).toMatchObject({ status: 'booked' });
  });

  it('books a new slot when the mentee declines, and cancels the declined series', async () => {
    const [old] = await seriesOf(pairs[0]!);
    const declined = (await occurrencesOf(old!.id))
      .filter((o) => o.status === 'scheduled')
      .map((o) => ({ start: o.starts_at.getTime(), end: o.ends_at.getTime() }));
    const copy = (await tandemEvents(old!.attendee_id))[0]!;
    await h.t.graph
      .api(`/users/${old!.attendee_id}/events/${copy.seriesMasterId}/decline`)
      .post({ comment: 'Not this slot', sendResponse: true });
    await follow();
    const [first, second] = await seriesOf(pairs[0]!);
    expect(first!.status).toBe('replaced');
    expect(second!.status).toBe('booked');
    const fresh = await occurrencesOf(second!.id);
    expect(fresh.length).toBeGreaterThan(0);
    for (const o of fresh)
      expect(declined.some((d) => overlaps(d, { start: o.starts_at.getTime(), end: o.ends_at.getTime() }))).toBe(false);
    // The mentor's calendar holds only the new series from now on.
    const mine = await tandemEvents(old!.organizer_id);
    expect(mine.every((e) => e.seriesMasterId === second!.event_id)).toBe(true);
  });

  it('books again when the organizer cancels the series in Outlook', async () => {
    const [old] = await seriesOf(pairs[1]!);
    await h.t.graph.api(`/users/${old!.organizer_id}/events/${old!.event_id}/cancel`).post({ comment: 'oops' });
    await follow();
    const [first, second] = await seriesOf(pairs[1]!);
    expect(first!.status).toBe('replaced');
    expect(second!.status).toBe('booked');
    expect((await tandemEvents(old!.attendee_id)).filter((e) => !e.isCancelled).length).toBeGreaterThan(0);
  });

  it('keeps a series its people moved in Outlook, at the new time', async () => {
    const [s] = await seriesOf(pairs[2]!);
    const master = (await h.t.graph
      .api(`/users/${s!.organizer_id}/events/${s!.event_id}`)
      .header('Prefer', 'outlook.timezone="UTC"')
      .get()) as { start: { dateTime: string }; end: { dateTime: string } };
    const shift = (iso: string) => new Date(Date.parse(`${iso.slice(0, 19)}Z`) + 3_600_000).toISOString().slice(0, 19);
    await h.t.graph.api(`/users/${s!.organizer_id}/events/${s!.event_id}`).patch({
      start: { dateTime: shift(master.start.dateTime), timeZone: 'UTC' },
      end: { dateTime: shift(master.end.dateTime), timeZone: 'UTC' },
    });
    // Sessions that follow the pattern (not the ones moved one by one when booked) move with it.
    const before = (await occurrencesOf(s!.id)).filter(
      (o) =>
        o.status === 'scheduled' && o.starts_at.getTime() > now && o.starts_at.getTime() === o.original_start.getTime(),
    );
    expect(before.length).toBeGreaterThan(0);
    await follow();
    const [after] = await seriesOf(pairs[2]!);
    expect(after).toMatchObject({ id: s!.id, status: 'booked' });
    expect(after!.first_start!.getTime()).toBe(s!.first_start!.getTime() + 3_600_000);
    const moved = new Map((await occurrencesOf(s!.id)).map((o) => [o.original_start.getTime(), o]));
    for (const o of before)
      expect(moved.get(o.original_start.getTime() + 3_600_000)).toMatchObject({
        status: 'scheduled',
        starts_at: new Date(o.starts_at.getTime() + 3_600_000),
      });
  });
});

describe('changing one session from Tandem', () => {
  it('skips one session: gone from both calendars, the series goes on', async () => {
    const [s] = await seriesOf(pairs[3]!);
    const list = await api(s!.attendee_id, 'GET', '/api/meetings');
    const mine = list.body.series.find((x: { id: string }) => x.id === s!.id);
    expect(mine).toMatchObject({
      role: 'mentee',
      status: 'booked',
      joinUrl: expect.stringMatching(/^https:/),
      next: { status: 'scheduled' },
    });
    const target = mine.next;
    const res = await api(s!.attendee_id, 'POST', `/api/meetings/${s!.id}/occurrences/${target.id}/skip`);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ id: target.id, status: 'skipping' });
    // Once is enough: the same session cannot be changed twice at once.
    expect(
      (await api(s!.organizer_id, 'POST', `/api/meetings/${s!.id}/occurrences/${target.id}/skip`)).body,
    ).toMatchObject({ code: 'meeting_changing' });
    await waitForQuiet(h.db, jobs);
    expect((await occurrencesOf(s!.id)).find((o) => o.id === target.id)!.status).toBe('skipped');
    for (const person of [s!.organizer_id, s!.attendee_id]) {
      const at = (await tandemEvents(person)).filter((e) => e.start === Date.parse(target.start) && !e.isCancelled);
      expect(at).toEqual([]);
    }
    expect((await tandemEvents(s!.organizer_id)).filter((e) => !e.isCancelled).length).toBeGreaterThan(3);
  });

  it('reschedules one session to a free time inside both working days', async () => {
    const [s] = await seriesOf(pairs[3]!);
    const next = (await api(s!.organizer_id, 'GET', '/api/meetings')).body.series.find(
      (x: { id: string }) => x.id === s!.id,
    ).next;
    const res = await api(s!.organizer_id, 'POST', `/api/meetings/${s!.id}/occurrences/${next.id}/reschedule`);
    expect(res.status).toBe(202);
    await waitForQuiet(h.db, jobs);
    const moved = (await occurrencesOf(s!.id)).find((o) => o.id === next.id)!;
    expect(moved.status).toBe('scheduled');
    const listed = (await api(s!.organizer_id, 'GET', '/api/meetings')).body.series.find(
      (x: { id: string }) => x.id === s!.id,
    );
    expect([listed.next, ...listed.upcoming].find((o: { id: string }) => o.id === next.id)).toMatchObject({
      lastChange: 'moved',
    });
    expect(moved.starts_at.toISOString()).not.toBe(next.start);
    for (const person of [s!.organizer_id, s!.attendee_id]) {
      expect(
        insideHours(await workingHours(h.t.graph, person), moved.starts_at.getTime(), moved.ends_at.getTime()),
      ).toBe(true);
      const view = await calendarView(
        h.t.graph,
        person,
        moved.starts_at.getTime() - DAY,
        moved.ends_at.getTime() + DAY,
      );
      expect(
        view.some((e) => e.subject.startsWith('Tandem') && e.start === moved.starts_at.getTime() && !e.isCancelled),
      ).toBe(true);
      const clash = view.find(
        (e) =>
          !e.subject.startsWith('Tandem') &&
          !e.isCancelled &&
          e.showAs !== 'free' &&
          overlaps(e, { start: moved.starts_at.getTime(), end: moved.ends_at.getTime() }),
      );
      expect(clash).toBeUndefined();
    }
  });

  it('says so when no other time is free, and leaves the session where it was', async () => {
    const [s] = await seriesOf(pairs[3]!);
    const next = (await api(s!.organizer_id, 'GET', '/api/meetings')).body.series.find(
      (x: { id: string }) => x.id === s!.id,
    ).next;
    // Two months out of office for the mentor: nothing is free before the following session.
    const away = (await h.t.graph.api(`/users/${s!.organizer_id}/events`).post({
      subject: 'Parental leave',
      showAs: 'oof',
      start: { dateTime: new Date(now).toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(now + 60 * DAY).toISOString().slice(0, 19), timeZone: 'UTC' },
    })) as { id: string };
    try {
      expect(
        (await api(s!.attendee_id, 'POST', `/api/meetings/${s!.id}/occurrences/${next.id}/reschedule`)).status,
      ).toBe(202);
      await waitForQuiet(h.db, jobs);
      const after = (await api(s!.attendee_id, 'GET', '/api/meetings')).body.series.find(
        (x: { id: string }) => x.id === s!.id,
      );
      expect([after.next, ...after.upcoming].find((o: { id: string }) => o.id === next.id)).toMatchObject({
        status: 'scheduled',
        start: next.start,
        lastChange: 'move_failed',
      });
    } finally {
      await h.t.graph.api(`/users/${s!.organizer_id}/events/${away.id}`).delete();
    }
  });

  it('offers the next session as an .ics file to the pair only', async () => {
    const [s] = await seriesOf(pairs[3]!);
    const res = await api(s!.attendee_id, 'GET', `/api/meetings/${s!.id}/next.ics`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toMatch(/^text\/calendar/);
    expect(res.body).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*END:VEVENT/);
    const stranger = people[4]!.mentorId;
    expect((await api(stranger, 'GET', `/api/meetings/${s!.id}/next.ics`)).body).toMatchObject({
      code: 'meeting_not_found',
    });
    expect(
      (await api(stranger, 'POST', `/api/meetings/${s!.id}/occurrences/00000000-0000-4000-8000-000000000000/skip`))
        .status,
    ).toBe(404);
  });

  it('refuses bad ids with a 400 that says so', async () => {
    const res = await api(people[3]!.menteeId, 'POST', '/api/meetings/not-a-uuid/occurrences/x/skip');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_request' });
  });
});

describe('a pair that ends', () => {
  it('leaves no future meetings in either calendar', async () => {
    const p = people[4]!;
    const res = await api(p.mentorId, 'POST', `/api/pairs/${pairs[4]}/end`);
    expect(res.status).toBe(200);
    const [s] = await seriesOf(pairs[4]!);
    expect(s!.status).toBe('cancelling');
    await waitForQuiet(h.db, jobs);
    expect((await seriesOf(pairs[4]!))[0]!.status).toBe('cancelled');
    for (const person of [p.mentorId, p.menteeId]) {
      const left = (await tandemEvents(person)).filter(
        (e) => !e.isCancelled && e.start > now && (e.seriesMasterId === s!.event_id || person === p.menteeId),
      );
      expect(left.filter((e) => e.subject.includes(h.t.sandbox.state.directory.get(p.mentorId)!.displayName))).toEqual(
        [],
      );
    }
    expect(
      (await api(p.menteeId, 'GET', '/api/meetings')).body.series.find((x: { id: string }) => x.id === s!.id),
    ).toMatchObject({ status: 'cancelled', next: null, upcoming: [] });
  });
});

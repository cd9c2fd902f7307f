import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import type { Pair } from '../../server/matching/schemas.js';
import type { Series } from '../../server/scheduling/schemas.js';
import type { ErrorBody } from '../../server/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { seedActivePairs, syncDirectory, testJobs, workUntilQuiet } from '../helpers/scheduling.js';
import { persona } from '../helpers/sandbox.js';

// HR ending a pair from programme health takes the path a person's own ending takes: the pair ends
// with HR's reason, both people are told, and its booked meetings stop at once and are cancelled
// in Outlook by the same job. Two booked pairs side by side, one ended by HR and one by its mentor,
// must come out the same. The app runs no job workers; the test runs them when it wants.

const now = Date.parse('2026-12-07T07:00:00Z');
const clock = { now: () => now };
let h: TestApp;
let jobs: Jobs;
let byHr: { id: string; mentorId: string; menteeId: string };
let byMentor: { id: string; mentorId: string; menteeId: string };

const call = async <T>(userId: string, method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(userId)}` },
    ...(payload !== undefined ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as T };
};
const hr = () => persona(h.t, 'hr-admin').id;
const seriesOf = async (userId: string, pairId: string) =>
  ((await call<{ series: Series[] }>(userId, 'GET', '/api/meetings')).body.series as Series[]).find(
    (s) => s.pairId === pairId,
  )!;
const seriesRows = (pairId: string) =>
  h.db.query<{ status: string; event_id: string | null }>(
    `SELECT status, event_id FROM meeting_series WHERE pair_id = $1 ORDER BY generation`,
    [pairId],
  );

beforeAll(async () => {
  h = await buildTestApp({ size: 120, sandbox: { clock }, deps: { clock } });
  await syncDirectory(h.db, h.t.identity, h.t.sandbox.tenantId, '2026-12-07');
  jobs = await testJobs(h.db);
  const milano = h.t.sandbox.state.directory
    .all()
    .filter(
      (p) =>
        p.accountEnabled &&
        p.mailbox.workingHours &&
        p.city === 'Milano' &&
        p.mailbox.timeZone !== 'Customized Time Zone' &&
        !p.persona,
    )
    .sort((a, b) => a.calendar.meetingLoad - b.calendar.meetingLoad);
  const people = [0, 2].map((i) => ({ mentorId: milano[i]!.id, menteeId: milano[i + 1]!.id }));
  const ids = await seedActivePairs(
    h.db,
    jobs,
    h.t.sandbox.tenantId,
    people.map((p) => ({ ...p, cadence: 'weekly' as const, minutes: 30 as const })),
  );
  byHr = { id: ids[0]!, ...people[0]! };
  byMentor = { id: ids[1]!, ...people[1]! };
  await workUntilQuiet(h.db, h.t.identity, clock, jobs);
}, 180_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

describe('HR ends a pair', () => {
  it('starts booked, both pairs alike', async () => {
    expect((await seriesRows(byHr.id)).map((s) => s.status)).toEqual(['booked']);
    expect((await seriesRows(byMentor.id)).map((s) => s.status)).toEqual(['booked']);
  });

  it('ends it with the reason, stops its meetings at once and queues their cancellation, as a person ending it does', async () => {
    const ended = await call<Pair>(hr(), 'POST', `/api/admin/pairs/${byHr.id}/end`, {
      reason: 'The mentee moved to another programme',
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      id: byHr.id,
      status: 'ended',
      endedReason: 'The mentee moved to another programme',
    });
    const own = await call<Pair>(byMentor.mentorId, 'POST', `/api/pairs/${byMentor.id}/end`, {
      reason: 'ended_by_person',
    });
    expect(own.status).toBe(200);

    // What the meetings say right after, before any job ran: the same for both.
    const seen = async (p: typeof byHr) => {
      const s = await seriesOf(p.menteeId, p.id);
      return { status: s.status, pairStatus: s.pairStatus, upcoming: s.upcoming.length, joinUrl: s.joinUrl };
    };
    expect(await seen(byHr)).toEqual({ status: 'cancelling', pairStatus: 'ended', upcoming: 0, joinUrl: null });
    expect(await seen(byHr)).toEqual(await seen(byMentor));
    expect(await jobs.pending('meetings-change')).toBe(2);
  });

  it('tells both people in Teams, each about the other', async () => {
    const told = await h.db.query<{ person_id: string; subject: string }>(
      `SELECT person_id, subject FROM notifications WHERE kind = 'pairEnded' AND subject = $1 ORDER BY person_id`,
      [`pairs/${byHr.id}`],
    );
    expect(told.map((n) => n.person_id)).toEqual([byHr.mentorId, byHr.menteeId].sort());
  });

  it('has the job cancel its meetings in Outlook, as for the pair its mentor ended', async () => {
    await workUntilQuiet(h.db, h.t.identity, clock, jobs);
    for (const p of [byHr, byMentor]) {
      const [row] = await seriesRows(p.id);
      expect(row!.status).toBe('cancelled');
      const res = await h.t.graph
        .api(`/users/${p.mentorId}/events/${row!.event_id}`)
        .get()
        .then(
          (e: { isCancelled?: boolean }) => (e.isCancelled ? 'cancelled' : 'still there'),
          (err: { statusCode?: number }) => (err.statusCode === 404 ? 'gone' : `failed ${err.statusCode}`),
        );
      expect([p === byHr ? 'hr' : 'mentor', res]).toEqual([
        p === byHr ? 'hr' : 'mentor',
        expect.stringMatching(/^(cancelled|gone)$/),
      ]);
    }
  });

  it('refuses a pair that is over, one the tenant does not have, and no reason', async () => {
    const again = await call<ErrorBody>(hr(), 'POST', `/api/admin/pairs/${byHr.id}/end`, { reason: 'again' });
    expect([again.status, again.body.code]).toEqual([409, 'invalid_transition']);
    const unknown = await call<ErrorBody>(hr(), 'POST', `/api/admin/pairs/${randomUUID()}/end`, { reason: 'x' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'pair_not_found']);
    const blank = await call<ErrorBody>(hr(), 'POST', `/api/admin/pairs/${byMentor.id}/end`, { reason: '  ' });
    expect([blank.status, blank.body.code]).toEqual([400, 'invalid_request']);
  });
});

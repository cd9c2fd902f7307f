import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import type { Meetings, Series } from '../../server/scheduling/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { seedActivePairs, syncDirectory, testJobs, waitForQuiet } from '../helpers/scheduling.js';

// After a session: each person's check-in with private notes, and the pair's goal progress that
// the mentee records and the mentor reads. Time moves by the test's clock, shared with the sandbox.

let now = Date.parse('2026-12-07T07:00:00Z');
const clock = { now: () => now };

let h: TestApp;
let jobs: Jobs;
let mentorId: string;
let menteeId: string;

const api = async (userId: string, method: 'GET' | 'PUT', url: string, payload?: object) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(userId)}` },
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
};
const mine = async (userId: string): Promise<Series> =>
  ((await api(userId, 'GET', '/api/meetings')).body as Meetings).series[0]!;

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
  [mentorId, menteeId] = [milano[30]!.id, milano[31]!.id];
  await seedActivePairs(h.db, jobs, h.t.sandbox.tenantId, [{ mentorId, menteeId, cadence: 'weekly', minutes: 30 }]);
  await waitForQuiet(h.db, jobs);
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

describe('check-ins', () => {
  it('refuses a check-in before the session is over', async () => {
    const s = await mine(menteeId);
    const res = await api(menteeId, 'PUT', `/api/meetings/${s.id}/occurrences/${s.next!.id}/checkin`, {
      happened: true,
    });
    expect(res).toMatchObject({ status: 409, body: { code: 'meeting_not_over' } });
  });

  it('keeps each person’s notes to themselves', async () => {
    const s = await mine(menteeId);
    now = Date.parse(s.next!.end) + 3_600_000;
    const a = await api(menteeId, 'PUT', `/api/meetings/${s.id}/occurrences/${s.next!.id}/checkin`, {
      happened: true,
      usefulness: 5,
      confidence: 4,
      note: 'Ask about the Q3 roadmap next time',
    });
    expect(a).toMatchObject({
      status: 200,
      body: {
        occurrenceId: s.next!.id,
        happened: true,
        usefulness: 5,
        confidence: 4,
        note: 'Ask about the Q3 roadmap next time',
      },
    });
    await api(mentorId, 'PUT', `/api/meetings/${s.id}/occurrences/${s.next!.id}/checkin`, {
      happened: true,
      usefulness: 3,
      note: 'Mentor only',
    });
    const menteeView = (await mine(menteeId)).past[0];
    const mentorView = (await mine(mentorId)).past[0];
    expect(menteeView).toMatchObject({
      id: s.next!.id,
      checkin: { usefulness: 5, note: 'Ask about the Q3 roadmap next time' },
    });
    expect(mentorView).toMatchObject({ id: s.next!.id, checkin: { usefulness: 3, note: 'Mentor only' } });
    expect(JSON.stringify((await api(mentorId, 'GET', '/api/meetings')).body)).not.toContain('Q3 roadmap');
  });

  it('refuses out-of-range answers and sessions of other people', async () => {
    const s = await mine(menteeId);
    const past = s.past[0]!;
    expect(
      (
        await api(menteeId, 'PUT', `/api/meetings/${s.id}/occurrences/${past.id}/checkin`, {
          happened: true,
          usefulness: 7,
        })
      ).body,
    ).toMatchObject({ code: 'invalid_request' });
    const stranger = h.t.sandbox.state.directory.all().find((p) => p.city === 'Roma')!.id;
    expect(
      (await api(stranger, 'PUT', `/api/meetings/${s.id}/occurrences/${past.id}/checkin`, { happened: false })).body,
    ).toMatchObject({ code: 'meeting_not_found' });
  });
});

describe('goal progress', () => {
  it('is the mentee’s to record and the mentor’s to read', async () => {
    const s = await mine(menteeId);
    expect(s.goals).toEqual([
      { id: 'grow_as_leader', label: { en: 'Grow as a leader', it: 'Crescere come leader' }, progress: 0 },
    ]);
    const saved = await api(menteeId, 'PUT', `/api/meetings/${s.id}/goals`, { progress: { grow_as_leader: 40 } });
    expect(saved).toMatchObject({ status: 200, body: { goals: [{ id: 'grow_as_leader', progress: 40 }] } });
    expect((await mine(mentorId)).goals[0]!.progress).toBe(40);
    expect(
      (await api(mentorId, 'PUT', `/api/meetings/${s.id}/goals`, { progress: { grow_as_leader: 90 } })).body,
    ).toMatchObject({ code: 'mentee_only' });
    expect(
      (await api(menteeId, 'PUT', `/api/meetings/${s.id}/goals`, { progress: { time_travel: 10 } })).body,
    ).toMatchObject({ code: 'unknown_goal' });
    expect(
      (await api(menteeId, 'PUT', `/api/meetings/${s.id}/goals`, { progress: { grow_as_leader: 140 } })).status,
    ).toBe(400);
  });
});

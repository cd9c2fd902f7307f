import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as S from '../../server/matching/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// Pausing a pair until a day, through the real app with its job workers, on a clock moved by
// hand: the pause ends its meetings, and on the day it ends the pair resumes by itself and is
// booked again. The queue's own timer is the database's, so a test makes a job due by moving its
// start time, as the days passing would.

// 23:30 in Rome on Monday 2 March 2026: the next day begins in half an hour.
let now = Date.parse('2026-03-02T22:30:00Z');
const clock = { now: () => now };
let h: TestApp;
let pairId: string;

const call = async <T = Record<string, unknown>>(
  key: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` },
    ...(payload !== undefined ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as T };
};
const pause = (until: unknown, key = 'senior-exec') =>
  call<S.Pair>(key, 'POST', `/api/pairs/${pairId}/pause`, { until });
const pairNow = async () =>
  (await call<S.Pairs>('junior-dev', 'GET', '/api/pairs')).body.pairs.find((p) => p.id === pairId)!;
const resumeJobs = () =>
  h.db.query<{ id: string; state: string; data: { until: string; resumeAt: number; pairId: string }; seconds: number }>(
    `SELECT id, state, data, round(extract(epoch FROM start_after - created_on))::int AS seconds
     FROM pgboss.job WHERE name = 'pairs-resume' ORDER BY created_on`,
  );
const liveSeries = async () =>
  (
    await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM meeting_series WHERE pair_id = $1 AND status IN ('booking', 'booked', 'needs_attention')`,
      [pairId],
    )
  )[0]!.n;
/** The day has come: Tandem's clock passes the job's time (unless told otherwise), and the queue's does too. */
const dayComes = async (jobId: string, at: number | null) => {
  if (at !== null) now = at + 60_000;
  await h.db.query(`UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [jobId]);
  for (let i = 0; i < 200; i++) {
    const [job] = await h.db.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [jobId]);
    if (job?.state === 'completed') return;
    if (job?.state === 'failed') throw new Error('the resume job failed');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the resume job did not run');
};

beforeAll(async () => {
  h = await buildTestApp({
    size: 300,
    sandbox: { clock },
    deps: { clock, workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' } },
  });
  const admin = { authorization: `Bearer ${await h.t.ssoToken(persona(h.t, 'hr-admin').id)}` };
  await h.app.inject({ method: 'POST', url: '/api/admin/org-sync', headers: admin, payload: {} });
  for (let i = 0; i < 200; i++) {
    const s = (await h.app.inject({ method: 'GET', url: '/api/admin/org-sync', headers: admin })).json();
    if ((s as { status: string }).status !== 'running') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const enrolment = { offers: [], wants: [], goals: [], languages: ['it-IT'], cadence: 'biweekly', meetingMinutes: 45 };
  const mentor = await call('junior-dev', 'PUT', '/api/enrolments/reverse', {
    ...enrolment,
    asMentor: true,
    asMentee: false,
    offers: ['generative_ai'],
  });
  expect(mentor.status).toBe(200);
  expect(
    (
      await call('senior-exec', 'PUT', '/api/enrolments/reverse', {
        ...enrolment,
        asMentor: false,
        asMentee: true,
        wants: ['generative_ai'],
      })
    ).status,
  ).toBe(200);
  const request = await call<S.MatchRequest>('senior-exec', 'POST', '/api/requests', {
    programmeId: 'reverse',
    mentorId: persona(h.t, 'junior-dev').id,
    menteeId: persona(h.t, 'senior-exec').id,
  });
  const answered = await call<S.Answered>('junior-dev', 'POST', `/api/requests/${request.body.id}/accept`);
  pairId = answered.body.pair!.id;
}, 120_000);
afterAll(async () => h?.close());

describe('pausing a pair until a day', () => {
  it('refuses an end date that is today, past, more than six months ahead, or missing', async () => {
    expect((await pause('2026-03-02')).body).toMatchObject({ code: 'pause_end_not_future' });
    expect((await pause('2026-02-27')).body).toMatchObject({ code: 'pause_end_not_future' });
    expect((await pause('2026-09-02')).body).toMatchObject({
      code: 'pause_too_long',
      details: { latest: '2026-09-01' },
    });
    for (const wrong of ['2026-02-30', 'next week', undefined]) {
      const res = await pause(wrong);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_request' });
    }
    expect((await pairNow()).status).toBe('active');
    expect(await resumeJobs()).toEqual([]);
  });

  it('pauses until the day given, shows it, cancels the meetings and queues the resume for that day', async () => {
    expect(await liveSeries()).toBe(1);
    const res = await pause('2026-03-03');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'paused', pausedUntil: '2026-03-03' });
    expect(await pairNow()).toMatchObject({ status: 'paused', pausedUntil: '2026-03-03' });
    expect(await liveSeries()).toBe(0);
    // Midnight in Rome, where the person who paused works: 23:00 UTC, half an hour from now.
    const [job] = await resumeJobs();
    expect(job).toMatchObject({ state: 'created', data: { pairId, until: '2026-03-03' } });
    expect(job!.data.resumeAt).toBe(Date.parse('2026-03-02T23:00:00Z'));
    expect(job!.seconds).toBe(30 * 60);
  });

  it('resumes by itself on that day, and its meetings are booked again', async () => {
    const [job] = await resumeJobs();
    await dayComes(job!.id, job!.data.resumeAt);
    const pair = await pairNow();
    expect(pair.status).toBe('active');
    expect(pair.pausedUntil ?? null).toBeNull();
    expect(await liveSeries()).toBe(1);
  });

  it('can still be resumed by hand before then, and the job then leaves the pair alone', async () => {
    // Paused until Wednesday, resumed by hand, then paused again until Friday.
    expect((await pause('2026-03-04', 'junior-dev')).status).toBe(200);
    expect((await call<S.Pair>('junior-dev', 'POST', `/api/pairs/${pairId}/resume`, {})).body).toMatchObject({
      status: 'active',
      pausedUntil: null,
    });
    expect((await pause('2026-03-06', 'junior-dev')).status).toBe(200);
    const jobs = await resumeJobs();
    const wednesday = jobs.find((j) => j.data.until === '2026-03-04')!;
    // Wednesday comes: that pause no longer holds, so the pair stays paused until Friday.
    await dayComes(wednesday.id, wednesday.data.resumeAt);
    expect(await pairNow()).toMatchObject({ status: 'paused', pausedUntil: '2026-03-06' });
    expect(await liveSeries()).toBe(0);
    const friday = jobs.find((j) => j.data.until === '2026-03-06')!;
    await dayComes(friday.id, friday.data.resumeAt);
    expect(await pairNow()).toMatchObject({ status: 'active' });
    expect(await liveSeries()).toBe(1);
  });

  it('puts back a job the queue runs before its time', async () => {
    expect((await pause('2026-03-10')).status).toBe(200);
    const early = (await resumeJobs()).find((j) => j.data.until === '2026-03-10')!;
    await dayComes(early.id, null);
    expect(await pairNow()).toMatchObject({ status: 'paused', pausedUntil: '2026-03-10' });
    const again = (await resumeJobs()).filter((j) => j.data.until === '2026-03-10' && j.state === 'created');
    expect(again).toHaveLength(1);
    expect(again[0]!.data.resumeAt).toBe(early.data.resumeAt);
    expect(again[0]!.seconds).toBe(Math.ceil((early.data.resumeAt - now) / 1000));
  });

  it('pauses only an active pair', async () => {
    await call('junior-dev', 'POST', `/api/pairs/${pairId}/complete`, {});
    expect((await pause('2026-04-01')).body).toMatchObject({ code: 'invalid_transition' });
  });
});

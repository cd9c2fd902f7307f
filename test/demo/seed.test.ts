import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListedPair, Pairs, Requests } from '../../server/matching/schemas.js';
import type { Meetings, Series } from '../../server/scheduling/schemas.js';
import type { DemoStatus } from '../../server/sign-in-as/schemas.js';
import { persona } from '../helpers/sandbox.js';
import { calendarView } from '../helpers/scheduling.js';
import { startDemoApp, type DemoApp } from './demo-app.js';

// The demo programme `npm start` opens onto, prepared as server.ts prepares it: through Tandem's
// routes as the people would, with the real job workers booking into the sandbox calendars and
// a clock that lives six weeks through and ends at the real time. Then reset from the picker.

const DAY = 86_400_000;
let h: DemoApp;
let ready: DemoStatus;

const as = (key: string) => {
  const id = persona(h.t, key).id;
  const get = async <T>(url: string): Promise<T> => {
    const res = await h.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${await h.t.ssoToken(id)}` },
    });
    expect(res.statusCode, `${key} GET ${url}`).toBe(200);
    return res.json<T>();
  };
  return {
    id,
    pairs: async () => (await get<Pairs>('/api/pairs')).pairs,
    requests: async () => (await get<Requests>('/api/requests')).requests,
    series: async () => (await get<Meetings>('/api/meetings')).series,
    suggestions: (programmeId: string) =>
      get<{ suggestions: unknown[] }>(`/api/suggestions?programmeId=${programmeId}&as=mentee`),
  };
};

const live = (series: Series[]) => series.filter((s) => s.status === 'booked');

beforeAll(async () => {
  h = await startDemoApp();
  ready = await h.demo.start();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

describe('the demo programme', () => {
  it('is prepared in one run that ends at the real time and says what it made', () => {
    expect(ready).toMatchObject({
      state: 'done',
      done: ready.total,
      message: expect.stringMatching(/^Demo programme/),
    });
    expect(h.clock.behindMs()).toBe(0);
    expect(h.lines.filter((l) => /^\s+\[\d+\/\d+\]/.test(l)).length).toBe(ready.total);
  });

  it('has pairs at every stage', async () => {
    const seen = new Map<string, ListedPair>();
    for (const key of ['senior-exec', 'director-rome', 'manager', 'bangalore', 'hr-admin'])
      for (const p of await as(key).pairs()) seen.set(p.id, p);
    const statuses = new Set([...seen.values()].map((p) => p.status));
    expect([...statuses].sort()).toEqual(['active', 'completed', 'paused', 'proposed']);
    const all = await h.db.query<{ status: string; source: string }>('SELECT status, source FROM pairs');
    expect(new Set(all.map((p) => p.status))).toEqual(new Set(['proposed', 'active', 'paused', 'completed', 'ended']));
    expect(all.filter((p) => p.status === 'proposed').every((p) => p.source === 'round')).toBe(true);
    expect(all.filter((p) => p.status === 'active').length).toBeGreaterThanOrEqual(6);
  });

  it('books each active pair into both Outlook calendars, with sessions still to come', async () => {
    const exec = as('senior-exec');
    const [series] = live(await exec.series());
    expect(series).toMatchObject({ programmeId: 'reverse', role: 'mentee', joinUrl: expect.stringMatching(/^https:/) });
    expect(series!.next).not.toBeNull();
    const next = Date.parse(series!.next!.start);
    for (const id of [exec.id, series!.other.id]) {
      const items = await calendarView(h.t.graph, id, next - DAY, next + DAY);
      expect(
        items.some((e) => e.start === next && !e.isCancelled),
        `calendar of ${id}`,
      ).toBe(true);
    }
  });

  it('keeps weeks of past sessions with both people’s check-ins and the mentee’s progress', async () => {
    const [mentee] = live(await as('senior-exec').series());
    const [mentor] = live(await as('junior-dev').series());
    expect(mentee!.past.length).toBeGreaterThanOrEqual(4);
    expect(mentee!.past.every((o) => o.checkin?.happened === true && o.checkin.note)).toBe(true);
    expect(Date.parse(mentee!.past.at(-1)!.start)).toBeLessThan(h.clock.now() - 28 * DAY);
    expect(mentee!.goals.every((g) => g.progress > 0)).toBe(true);
    expect(mentor!.goals).toEqual(mentee!.goals);
    // The mentor has not checked in after the latest session: the tab's "after a session" state.
    expect(mentor!.past[0]!.checkin).toBeNull();
    expect(mentor!.past.slice(1).every((o) => o.checkin !== null)).toBe(true);
  });

  it('leaves a request one persona sent and another received, still pending', async () => {
    const sent = (await as('director-rome').requests()).filter((r) => r.status === 'pending');
    const received = (await as('london').requests()).filter((r) => r.status === 'pending');
    expect(sent).toHaveLength(1);
    expect(received.map((r) => r.id)).toEqual(sent.map((r) => r.id));
    expect(sent[0]).toMatchObject({ programmeId: 'reverse', requestedBy: as('director-rome').id });
    expect(Date.parse(sent[0]!.expiresAt)).toBeGreaterThan(h.clock.now() + 7 * DAY);
  });

  it('has round proposals awaiting confirmation, one already confirmed by its mentee', async () => {
    const proposed = (await as('manager').pairs()).filter((p) => p.status === 'proposed');
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatchObject({ source: 'round', menteeConfirmed: true, mentorConfirmed: false });
    const other = (await as('bangalore').pairs()).find((p) => p.status === 'proposed');
    expect(other).toMatchObject({ source: 'round' });
  });

  it('shows the paused pair with its end date and the completed one with its history', async () => {
    const paused = (await as('hr-admin').pairs()).find((p) => p.status === 'paused');
    expect(paused?.pausedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [completed] = (await as('bangalore').series()).filter((s) => s.pairStatus === 'completed');
    expect(completed).toMatchObject({ status: 'cancelled', upcoming: [] });
    expect(completed!.past.length).toBeGreaterThan(0);
    expect(completed!.goals.find((g) => g.id === 'deepen_expertise')?.progress).toBe(100);
  });

  it('shows a session moved from Tandem with where it was', async () => {
    const [series] = live(await as('new-york').series());
    expect(series!.upcoming.some((o) => o.movedFrom !== null)).toBe(true);
  });

  it('leaves the newest mentee with no mentor who fits yet', async () => {
    const intern = as('intern');
    expect(await intern.pairs()).toEqual([]);
    expect((await intern.suggestions('mentoring')).suggestions).toEqual([]);
  });

  it('is not prepared again when Tandem restarts on the same data', async () => {
    const before = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM pairs');
    h.lines.length = 0;
    await h.demo.start();
    expect(h.lines).toEqual([]);
    expect(await h.db.query('SELECT count(*)::int AS n FROM pairs')).toEqual(before);
  });
});

describe('resetting the demo from the sign-in picker', () => {
  it('answers at once, then wipes the programme and the calendars and prepares it again', async () => {
    const tandemEvents = async (key: string) =>
      (await h.t.graph
        .api(`/users/${persona(h.t, key).id}/events`)
        .top(100)
        .get()) as { value: unknown[] };
    const before = (await tandemEvents('junior-dev')).value.length;
    const oldPairs = new Set((await as('senior-exec').pairs()).map((p) => p.id));

    const res = await h.app.inject({ method: 'POST', url: '/api/sandbox/demo/reset' });
    expect(res.statusCode).toBe(202);
    expect(res.json<DemoStatus>()).toMatchObject({ state: 'running', total: ready.total + 2 });

    let status = res.json<DemoStatus>();
    for (let i = 0; i < 600 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      status = (await h.app.inject({ method: 'GET', url: '/api/sandbox/demo' })).json<DemoStatus>();
    }
    expect(status, status.message ?? '').toMatchObject({ state: 'done', done: status.total });
    const pairs = await as('senior-exec').pairs();
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.some((p) => oldPairs.has(p.id))).toBe(false);
    // One story's meetings in the calendars, not two.
    expect((await tandemEvents('junior-dev')).value.length).toBe(before);
  }, 180_000);
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthLabel, Nudged, PairHealth, ProgrammeHealth } from '../../server/hr/schemas.js';
import type { ErrorBody } from '../../server/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { syncDirectory } from '../helpers/scheduling.js';
import { persona } from '../helpers/sandbox.js';
import { DAY, seeder } from './seed.js';

// Programme health through the real app on a clock moved by hand: each live pair of a programme
// labelled from the records seeded here (sessions, check-ins, requests, the mentor's places), every
// label and reason worked out by hand; nudging both people once a day. Ending a pair is
// test/hr/end.test.ts.

let now = Date.parse('2026-12-07T12:00:00Z');
const clock = { now: () => now };
let h: TestApp;
let tenantId: string;
/** Pair ids by what the test made of them. */
const pairs: Record<string, string> = {};
let people: string[];
const SECRET_NOTE = 'private words only their author reads';

const call = async <T>(key: string, method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` },
    ...(payload !== undefined ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as T, headers: res.headers, raw: res.body };
};
const health = (query = '') =>
  call<ProgrammeHealth>('hr-admin', 'GET', `/api/admin/programmes/mentoring/health${query}`);
const all = async (): Promise<Map<string, PairHealth>> => {
  const res = await health('?limit=100');
  return new Map(res.body.pairs.map((p) => [p.id, p]));
};

beforeAll(async () => {
  h = await buildTestApp({ size: 120, sandbox: { clock }, deps: { clock } });
  tenantId = h.t.sandbox.tenantId;
  await syncDirectory(h.db, h.t.identity, tenantId, '2026-12-07');
  const staff = new Set([persona(h.t, 'hr-admin').id, persona(h.t, 'junior-dev').id]);
  people = (await h.db.query<{ id: string }>(`SELECT id FROM people WHERE removed_at IS NULL ORDER BY id`))
    .map((r) => r.id)
    .filter((id) => !staff.has(id));
  const s = seeder(h.db, tenantId);
  let next = 0;
  const two = async (capacity = 5) => {
    const [mentorId, menteeId] = [people[next++]!, people[next++]!];
    await s.enrol(mentorId, { mentor: true, capacity });
    await s.enrol(menteeId, { mentee: true });
    return { mentorId, menteeId };
  };
  const old = now - 60 * DAY;

  // Sessions a week ago: held (nobody said otherwise), on track.
  pairs.onTrack = await s.pair({ ...(await two()), createdAt: old });
  await s.session(pairs.onTrack, { start: now - 7 * DAY });
  // Made ten days ago, nothing yet: too early to say.
  pairs.young = await s.pair({ ...(await two()), createdAt: now - 10 * DAY });
  // The last session held 35 days ago.
  pairs.idle = await s.pair({ ...(await two()), createdAt: old });
  await s.session(pairs.idle, { start: now - 35 * DAY });
  // Held three days ago, but one skipped, one declined (its series booked again) and one checked in as not held.
  const missed = await two();
  pairs.missed = await s.pair({ ...missed, createdAt: old });
  await s.session(pairs.missed, {
    start: now - 24 * DAY,
    status: 'cancelled',
    seriesStatus: 'replaced',
    generation: 1,
  });
  await s
    .session(pairs.missed, { start: now - 17 * DAY, generation: 2 })
    .then((o) => s.checkin(o, missed.menteeId, { happened: false }));
  await s.session(pairs.missed, { start: now - 10 * DAY, status: 'skipped', generation: 2 });
  await s.session(pairs.missed, { start: now - 3 * DAY, generation: 2 });
  // Held, but rated 2, 2 and 3 for usefulness (2.3 on average), with a private note.
  const rated = await two();
  pairs.lowRatings = await s.pair({ ...rated, createdAt: old });
  const first = await s.session(pairs.lowRatings, { start: now - 12 * DAY });
  const second = await s.session(pairs.lowRatings, { start: now - 5 * DAY });
  await s.checkin(first, rated.menteeId, { happened: true, usefulness: 2, note: SECRET_NOTE });
  await s.checkin(first, rated.mentorId, { happened: true, usefulness: 3 });
  await s.checkin(second, rated.menteeId, { happened: true, usefulness: 2 });
  // A round's proposal the mentee has not confirmed in eight days.
  pairs.unconfirmed = await s.pair({
    ...(await two()),
    status: 'proposed',
    createdAt: now - 8 * DAY,
    mentorConfirmed: true,
    menteeConfirmed: false,
  });
  // Young, but its mentor has left someone's request unanswered for nine days.
  const asked = await two();
  pairs.mentorSilent = await s.pair({ ...asked, createdAt: now - 10 * DAY });
  const asker = people[next++]!;
  await s.enrol(asker, { mentee: true });
  await s.request({ mentorId: asked.mentorId, menteeId: asker, requestedBy: asker, createdAt: now - 9 * DAY });
  // One mentor with one place and two pairs: both need attention.
  const full = await two(1);
  const another = people[next++]!;
  await s.enrol(another, { mentee: true });
  pairs.overA = await s.pair({ ...full, createdAt: old });
  pairs.overB = await s.pair({ mentorId: full.mentorId, menteeId: another, createdAt: old });
  await s.session(pairs.overA, { start: now - 7 * DAY });
  await s.session(pairs.overB, { start: now - 7 * DAY });
  // Paused for a while: no session is due, and it is old enough: on track.
  pairs.paused = await s.pair({ ...(await two()), status: 'paused', createdAt: old });
  // Not live, or not this programme: not listed.
  pairs.completed = await s.pair({ ...(await two()), status: 'completed', createdAt: old });
  pairs.elsewhere = await s.pair({ ...(await two()), createdAt: old, programmeId: 'reverse' });
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('who may ask', () => {
  it('answers 403 admin_only to anyone without the HR role, on every HR route', async () => {
    const pair = pairs.onTrack!;
    for (const [method, url, body] of [
      ['GET', '/api/admin/programmes/mentoring/health'],
      ['POST', `/api/admin/pairs/${pair}/nudge`],
      ['POST', `/api/admin/pairs/${pair}/end`, { reason: 'not working' }],
      ['GET', '/api/admin/programmes/mentoring/enrolments'],
      ['POST', '/api/admin/programmes/mentoring/invitations', { personIds: [people[0]] }],
    ] as const) {
      const res = await call<ErrorBody>('junior-dev', method, url, body);
      expect([url, res.status, res.body.code]).toEqual([url, 403, 'admin_only']);
    }
    expect((await all()).get(pair)!.status).toBe('active');
  });

  it('answers 404 programme_not_found for a programme the tenant does not have', async () => {
    const res = await call<ErrorBody>('hr-admin', 'GET', '/api/admin/programmes/no-such-programme/health');
    expect([res.status, res.body.code]).toEqual([404, 'programme_not_found']);
  });
});

describe('labels', () => {
  it('labels every live pair of the programme from its records, and only those', async () => {
    const found = await all();
    const labels = Object.fromEntries(
      Object.entries(pairs).map(([name, id]) => [name, found.get(id)?.label ?? 'not listed']),
    );
    expect(labels).toEqual({
      onTrack: 'on_track',
      young: 'too_early',
      idle: 'needs_attention',
      missed: 'needs_attention',
      lowRatings: 'needs_attention',
      unconfirmed: 'needs_attention',
      mentorSilent: 'needs_attention',
      overA: 'needs_attention',
      overB: 'needs_attention',
      paused: 'on_track',
      completed: 'not listed',
      elsewhere: 'not listed',
    } satisfies Record<string, HealthLabel | 'not listed'>);
  });

  it('says why a pair needs attention, with the figures behind each reason', async () => {
    const found = await all();
    const reasons = (name: string) => found.get(pairs[name]!)!.reasons;
    // 35 days ago plus 45 minutes: 34 whole days since the session ended.
    expect(reasons('idle')).toEqual([{ code: 'no_recent_session', params: { days: 34 } }]);
    expect(reasons('missed')).toEqual([{ code: 'sessions_missed', params: { skipped: 1, declined: 1, notHeld: 1 } }]);
    expect(reasons('lowRatings')).toEqual([{ code: 'low_ratings', params: { average: 2.3, ratings: 3 } }]);
    expect(reasons('unconfirmed')).toEqual([{ code: 'request_unanswered', params: { person: 'mentee', days: 8 } }]);
    expect(reasons('mentorSilent')).toEqual([{ code: 'request_unanswered', params: { person: 'mentor', days: 9 } }]);
    expect(reasons('overA')).toEqual([{ code: 'mentor_over_capacity', params: { load: 2, capacity: 1 } }]);
    expect(found.get(pairs.onTrack!)!.reasons).toEqual([]);
  });

  it('names both people and says when they last met', async () => {
    const p = (await all()).get(pairs.onTrack!)!;
    const [mentor] = await h.db.query<{ display_name: string }>(`SELECT display_name FROM people WHERE id = $1`, [
      p.mentor.id,
    ]);
    expect(p.mentor.displayName).toBe(mentor!.display_name);
    expect(p.lastSessionAt).toBe(new Date(now - 7 * DAY + 45 * 60_000).toISOString());
    expect(p.nudgedAt).toBeNull();
  });

  it('never carries what people wrote in their check-ins', async () => {
    const res = await health('?limit=100');
    expect(res.raw).not.toContain(SECRET_NOTE);
  });

  it('counts every label and pages one label at a time, those needing attention oldest first', async () => {
    const first = await health('?label=needs_attention&limit=4');
    expect(first.body.counts).toEqual({ needs_attention: 7, too_early: 1, on_track: 2 });
    expect(first.body.total).toBe(7);
    const second = await health('?label=needs_attention&limit=4&offset=4');
    const ids = [...first.body.pairs, ...second.body.pairs].map((p) => p.id);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    const created = [...first.body.pairs, ...second.body.pairs].map((p) => p.createdAt);
    expect(created).toEqual([...created].sort());
    expect((await health('?label=too_early')).body.pairs.map((p) => p.id)).toEqual([pairs.young]);
    expect((await health('?offset=100')).body).toMatchObject({ total: 10, pairs: [] });
  });

  it('refuses a label it does not know', async () => {
    const res = await health('?label=fine');
    expect([res.status, res.body]).toMatchObject([400, { code: 'invalid_request' }]);
  });
});

describe('nudging both people', () => {
  it('tells both in Teams, each about the other, with a link to their pair, and shows when', async () => {
    const id = pairs.idle!;
    const res = await call<Nudged>('hr-admin', 'POST', `/api/admin/pairs/${id}/nudge`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      pairId: id,
      nudgedAt: new Date(now).toISOString(),
      nextAt: new Date(now + DAY).toISOString(),
    });
    const [pair] = await h.db.query<{ mentor_id: string; mentee_id: string }>(
      `SELECT mentor_id, mentee_id FROM pairs WHERE id = $1`,
      [id],
    );
    const told = await h.db.query<{
      person_id: string;
      params: { person: string; programme: string };
      subject: string;
    }>(`SELECT person_id, params, subject FROM notifications WHERE kind = 'pairNudged' ORDER BY person_id`);
    const names = new Map(
      (
        await h.db.query<{ id: string; display_name: string }>(
          `SELECT id, display_name FROM people WHERE id = ANY($1)`,
          [[pair!.mentor_id, pair!.mentee_id]],
        )
      ).map((r) => [r.id, r.display_name]),
    );
    expect(told).toEqual(
      [
        { person_id: pair!.mentor_id, about: pair!.mentee_id },
        { person_id: pair!.mentee_id, about: pair!.mentor_id },
      ]
        .map(({ person_id, about }) => ({
          person_id,
          params: { person: names.get(about), programme: expect.any(String) },
          subject: `pairs/${id}`,
        }))
        .sort((a, b) => a.person_id.localeCompare(b.person_id)),
    );
    expect((await all()).get(id)!.nudgedAt).toBe(new Date(now).toISOString());
  });

  it('nudges a pair once a day: again within 24 hours is 429 nudged_recently, then it may', async () => {
    const id = pairs.missed!;
    expect((await call('hr-admin', 'POST', `/api/admin/pairs/${id}/nudge`)).status).toBe(200);
    now += 23 * 3_600_000;
    const again = await call<ErrorBody>('hr-admin', 'POST', `/api/admin/pairs/${id}/nudge`);
    expect([again.status, again.body.code, again.headers['retry-after']]).toEqual([429, 'nudged_recently', '3600']);
    now += 3_600_000;
    expect((await call('hr-admin', 'POST', `/api/admin/pairs/${id}/nudge`)).status).toBe(200);
    const [row] = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'pairNudged' AND subject = $1`,
      [`pairs/${id}`],
    );
    expect(row!.n).toBe(4);
  });

  it('lets one of two nudges sent at once through', async () => {
    const id = pairs.young!;
    const both = await Promise.all(
      [1, 2].map(() => call<ErrorBody>('hr-admin', 'POST', `/api/admin/pairs/${id}/nudge`)),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 429]);
  });

  it('refuses a pair that is over, and one the tenant does not have', async () => {
    const over = await call<ErrorBody>('hr-admin', 'POST', `/api/admin/pairs/${pairs.completed}/nudge`);
    expect([over.status, over.body.code]).toEqual([409, 'invalid_transition']);
    const unknown = await call<ErrorBody>('hr-admin', 'POST', `/api/admin/pairs/${randomUUID()}/nudge`);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'pair_not_found']);
  });
});

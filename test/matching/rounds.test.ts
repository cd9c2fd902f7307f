import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as R from '../../server/matching/round-schemas.js';
import type * as S from '../../server/matching/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// HR's programme rounds through the real app, its job worker and the real database: a preview
// that runs as a job with progress, paged pairs and unmatched, locks and exclusions that change the
// next run as they should, publishing to both people, and HR-only access.

let h: TestApp;
const tokens = new Map<string, string>();
const auth = async (id: string) => {
  if (!tokens.has(id)) tokens.set(id, await h.t.ssoToken(id));
  return { authorization: `Bearer ${tokens.get(id)}` };
};
const call = async <T = Record<string, unknown>>(
  who: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) => {
  const res = await h.app.inject({
    method,
    url,
    headers: await auth(who),
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
  return { status: res.statusCode, body: res.json() as T };
};
let hr: string;
let mentors: string[];
let mentees: string[];
let levels: Map<string, number>;

const ready = async (id: string): Promise<R.Round> => {
  for (let i = 0; i < 400; i++) {
    const r = await call<R.Round>(hr, 'GET', `/api/admin/rounds/${id}`);
    expect(r.status).toBe(200);
    if (r.body.run === 'ready' || r.body.run === 'failed') return r.body;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('the round did not finish');
};
const allPairs = async (id: string): Promise<R.ProposedPair[]> => {
  const out: R.ProposedPair[] = [];
  for (let offset = 0; ; offset += 7) {
    const page = await call<R.ProposedPairs>(hr, 'GET', `/api/admin/rounds/${id}/pairs?offset=${offset}&limit=7`);
    out.push(...page.body.items);
    if (offset + 7 >= page.body.total) return out;
  }
};
const choose = (id: string, mentorId: string, menteeId: string, choice: 'lock' | 'exclude' | 'none') =>
  call<R.Round & { code?: string; details?: Record<string, unknown> }>(hr, 'PUT', `/api/admin/rounds/${id}/choices`, {
    mentorId,
    menteeId,
    choice,
  });
const rerun = async (id: string) => {
  const res = await call<R.Round>(hr, 'POST', `/api/admin/rounds/${id}/run`);
  expect(res.status).toBe(202);
  return ready(id);
};

beforeAll(async () => {
  h = await buildTestApp({ size: 300, deps: { workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' } } });
  hr = persona(h.t, 'hr-admin').id;
  await call(hr, 'POST', '/api/admin/org-sync', {});
  for (let i = 0; i < 400; i++) {
    if ((await call(hr, 'GET', '/api/admin/org-sync')).body.status !== 'running') break;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const people = await h.db.query<{ id: string; level: number }>(
    `SELECT id, level FROM people WHERE level IS NOT NULL AND removed_at IS NULL ORDER BY id`,
  );
  levels = new Map(people.map((p) => [p.id, p.level]));
  const skip = new Set([hr]);
  // Few places for many mentees, so the optimiser has choices to make and some stay unmatched.
  mentors = people
    .filter((p) => p.level >= 6 && !skip.has(p.id))
    .slice(0, 6)
    .map((p) => p.id);
  mentees = people
    .filter((p) => p.level <= 3 && !skip.has(p.id))
    .slice(0, 24)
    .map((p) => p.id);
  const enrol = (id: string, body: object) =>
    call(id, 'PUT', '/api/enrolments/mentoring', {
      asMentor: false,
      asMentee: false,
      offers: [],
      wants: [],
      goals: [],
      languages: ['en-GB'],
      cadence: 'biweekly',
      meetingMinutes: 45,
      ...body,
    });
  const skills = ['leadership', 'communication', 'negotiation', 'public_speaking', 'time_management'];
  for (const [i, id] of mentors.entries())
    expect((await enrol(id, { asMentor: true, capacity: 2, offers: skills.slice(i % 3, (i % 3) + 3) })).status).toBe(
      200,
    );
  for (const [i, id] of mentees.entries())
    expect((await enrol(id, { asMentee: true, wants: [skills[i % 5]!, skills[(i + 2) % 5]!] })).status).toBe(200);
}, 120_000);
afterAll(async () => h?.close());

describe('a round preview', () => {
  let id: string;
  let first: R.Round;

  it('runs as a job: the request answers at once and the round shows its progress until it is ready', async () => {
    const res = await call<R.Round>(hr, 'POST', '/api/admin/rounds', { programmeId: 'mentoring' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ run: 'queued', progress: { stage: 'queued', percent: 0 }, result: null });
    id = res.body.id;
    first = await ready(id);
    expect(first).toMatchObject({ run: 'ready', progress: { stage: 'done', percent: 100 }, stale: false });
  });

  it('keeps the optimal total beside greedy, and counts everyone waiting once', () => {
    const r = first.result!;
    expect(r.mentees).toBe(mentees.length);
    expect(r.mentors).toBe(mentors.length);
    expect(r.matched + r.unmatched).toBe(mentees.length);
    expect(r.matched).toBeLessThanOrEqual(2 * mentors.length);
    expect(r.total).toBeGreaterThanOrEqual(r.greedyTotal);
    expect(r.total).toBeGreaterThan(0);
  });

  it('serves the proposed pairs by page, best first, with reasons that add up to each score', async () => {
    const pairs = await allPairs(id);
    expect(pairs).toHaveLength(first.result!.matched);
    expect(new Set(pairs.map((p) => p.mentee.id)).size).toBe(pairs.length);
    const sum = pairs.reduce((s, p) => s + p.score, 0);
    expect(sum).toBeCloseTo(first.result!.total, 1);
    for (let i = 1; i < pairs.length; i++) expect(pairs[i - 1]!.score).toBeGreaterThanOrEqual(pairs[i]!.score);
    for (const p of pairs) {
      expect(p.reasons.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(p.score, 1);
      expect(levels.get(p.mentor.id)!).toBeGreaterThan(levels.get(p.mentee.id)!);
      expect(p.mentor.displayName).not.toBe('');
    }
    const load = new Map<string, number>();
    for (const p of pairs) load.set(p.mentor.id, (load.get(p.mentor.id) ?? 0) + 1);
    for (const n of load.values()) expect(n).toBeLessThanOrEqual(2);
  });

  it('finds pairs and unmatched by either name, in any case', async () => {
    const [pair] = (await call<R.ProposedPairs>(hr, 'GET', `/api/admin/rounds/${id}/pairs?limit=1`)).body.items;
    const word = pair!.mentee.displayName.split(' ')[0]!.toUpperCase();
    const found = await call<R.ProposedPairs>(
      hr,
      'GET',
      `/api/admin/rounds/${id}/pairs?search=${encodeURIComponent(word)}`,
    );
    expect(found.body.items.map((p) => p.mentee.id)).toContain(pair!.mentee.id);
    expect(found.body.total).toBeLessThan(first.result!.matched + 1);
    expect(
      (await call<R.ProposedPairs>(hr, 'GET', `/api/admin/rounds/${id}/pairs?search=%25zz_nobody`)).body.total,
    ).toBe(0);
  });

  it('says why each unmatched mentee stayed unmatched, with the rule counts summed', async () => {
    const page = await call<R.UnmatchedMentees>(hr, 'GET', `/api/admin/rounds/${id}/unmatched?limit=200`);
    expect(page.body.total).toBe(first.result!.unmatched);
    const summed: Record<string, number> = {};
    for (const u of page.body.items) {
      expect(['no_eligible_mentor', 'places_taken']).toContain(u.reason);
      for (const [rule, n] of Object.entries(u.excluded)) summed[rule] = (summed[rule] ?? 0) + n!;
    }
    expect(first.result!.unmatchedRuleCounts).toEqual(summed);
    // Every mentee is kept from some mentors (their own reporting line, or too senior for them).
    const all = Object.values(first.result!.ruleCounts).reduce((s, n) => s + n!, 0);
    expect(all).toBeGreaterThanOrEqual(Object.values(summed).reduce((s, n) => s + n, 0));
  });

  it('refuses a page past the limit and a malformed query', async () => {
    expect((await call(hr, 'GET', `/api/admin/rounds/${id}/pairs?limit=201`)).body).toMatchObject({
      code: 'invalid_request',
    });
    expect((await call(hr, 'GET', `/api/admin/rounds/${id}/unmatched?offset=-1`)).body).toMatchObject({
      code: 'invalid_request',
    });
  });

  it('lists the programme rounds, newest first', async () => {
    const list = await call<R.Rounds>(hr, 'GET', '/api/admin/rounds?programmeId=mentoring');
    expect(list.body.rounds[0]!.id).toBe(id);
    expect((await call<R.Rounds>(hr, 'GET', '/api/admin/rounds?programmeId=reverse')).body.rounds).toEqual([]);
  });
});

describe('locking and excluding pairs', () => {
  let id: string;

  beforeAll(async () => {
    id = (await call<R.Round>(hr, 'POST', '/api/admin/rounds', { programmeId: 'mentoring' })).body.id;
    await ready(id);
  });

  it('never brings an excluded pair back, and says the round must run again first', async () => {
    const before = await allPairs(id);
    const gone = before.slice(0, 3);
    for (const p of gone) expect((await choose(id, p.mentor.id, p.mentee.id, 'exclude')).status).toBe(200);
    const stale = (await call<R.Round>(hr, 'GET', `/api/admin/rounds/${id}`)).body;
    expect(stale.stale).toBe(true);
    expect(stale.choices.filter((c) => c.choice === 'exclude')).toHaveLength(3);
    expect((await call(hr, 'POST', `/api/admin/rounds/${id}/publish`)).body).toMatchObject({
      code: 'round_not_ready',
      details: { reason: 'stale' },
    });
    const again = await rerun(id);
    expect(again.stale).toBe(false);
    expect(again.result!.excludedByHr).toBe(3);
    for (let run = 0; run < 2; run++) {
      const after = await allPairs(id);
      for (const p of gone)
        expect(after.some((q) => q.mentor.id === p.mentor.id && q.mentee.id === p.mentee.id)).toBe(false);
      await rerun(id);
    }
  });

  it('always brings a locked pair back, even one the optimum would not choose', async () => {
    const proposed = await allPairs(id);
    const chosen = new Set(proposed.map((p) => `${p.mentor.id}|${p.mentee.id}`));
    // A mentee paired with someone else: lock them to another mentor the rules allow.
    let locked: { mentorId: string; menteeId: string } | undefined;
    search: for (const p of proposed.slice(3)) {
      for (const m of mentors) {
        if (chosen.has(`${m}|${p.mentee.id}`)) continue;
        const res = await choose(id, m, p.mentee.id, 'lock');
        if (res.status === 200) {
          locked = { mentorId: m, menteeId: p.mentee.id };
          break search;
        }
        expect(['lock_breaks_rule', 'lock_over_capacity']).toContain(res.body.code);
      }
    }
    expect(locked).toBeDefined();
    for (let run = 0; run < 2; run++) {
      const round = await rerun(id);
      expect(round.result!.locked).toBe(1);
      const after = await allPairs(id);
      const kept = after.find((q) => q.mentee.id === locked!.menteeId);
      expect(kept).toMatchObject({ mentor: { id: locked!.mentorId }, locked: true });
      expect(after.filter((q) => q.locked)).toHaveLength(1);
      // The lock takes one of the mentor's two places.
      expect(after.filter((q) => q.mentor.id === locked!.mentorId).length).toBeLessThanOrEqual(2);
      expect(round.result!.total).toBeGreaterThanOrEqual(round.result!.greedyTotal);
    }
    // Unlocked, the pair is the optimiser's to choose again.
    expect(
      (await choose(id, locked!.mentorId, locked!.menteeId, 'none')).body.choices.some((c) => c.choice === 'lock'),
    ).toBe(false);
  });

  it('refuses a lock that breaks a rule, that takes a place the mentor has not got, or a second lock of one mentee', async () => {
    const junior = mentees[0]!;
    const other = mentees[1]!;
    // A mentee as mentor: not taking mentees.
    expect((await choose(id, other, junior, 'lock')).body).toMatchObject({ code: 'not_a_mentor' });
    // The mentor's own reporting line or level: find a pair that breaks a rule.
    const res = await choose(id, mentors[0]!, mentors[1]!, 'lock');
    expect(res.body).toMatchObject({ code: 'not_a_mentee' });

    const allowed: string[] = [];
    const mentor = mentors.find(() => true)!;
    for (const m of mentees) {
      const r = await choose(id, mentor, m, 'lock');
      if (r.status === 200) allowed.push(m);
      else if (r.body.code === 'lock_over_capacity') {
        expect(allowed).toHaveLength(2);
        expect(r.body.details).toEqual({ free: 0 });
        break;
      } else expect(r.body).toMatchObject({ code: 'lock_breaks_rule', details: { violations: expect.any(Array) } });
    }
    expect(allowed).toHaveLength(2);
    const second = mentors.find((m) => m !== mentor)!;
    expect((await choose(id, second, allowed[0]!, 'lock')).body).toMatchObject({
      code: 'mentee_already_locked',
      details: { mentorId: mentor },
    });
    for (const m of allowed) await choose(id, mentor, m, 'none');
  });

  it('names the rules a refused lock breaks', async () => {
    // Someone at the lowest mentor's own level joins as a mentee: that mentor is not more senior.
    const mentor = mentors.reduce((a, b) => (levels.get(a)! <= levels.get(b)! ? a : b));
    const peer = [...levels].find(([p, l]) => l === levels.get(mentor) && !mentors.includes(p) && p !== hr)![0];
    const enrol = (paused: boolean) =>
      call(peer, 'PUT', '/api/enrolments/mentoring', {
        asMentor: false,
        asMentee: true,
        offers: [],
        wants: ['leadership'],
        goals: [],
        languages: ['en-GB'],
        cadence: 'biweekly',
        meetingMinutes: 45,
        paused,
      });
    expect((await enrol(false)).status).toBe(200);
    const res = await choose(id, mentor, peer, 'lock');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'lock_breaks_rule' });
    expect(res.body.details!.violations).toContain('seniority_direction');
    expect((await enrol(true)).status).toBe(200);
  });
});

describe('publishing', () => {
  it('refuses to publish or run again while the preview is queued', async () => {
    const res = await call<R.Round>(hr, 'POST', '/api/admin/rounds', { programmeId: 'mentoring' });
    expect((await call(hr, 'POST', `/api/admin/rounds/${res.body.id}/publish`)).body).toMatchObject({
      code: 'round_running',
    });
    expect((await call(hr, 'POST', `/api/admin/rounds/${res.body.id}/run`)).body).toMatchObject({
      code: 'round_running',
    });
    await ready(res.body.id);
  });

  it('proposes each pair to both people, tells both, and closes the round', async () => {
    const id = (await call<R.Round>(hr, 'POST', '/api/admin/rounds', { programmeId: 'mentoring' })).body.id;
    const round = await ready(id);
    const proposed = await allPairs(id);
    const published = await call<R.Published>(hr, 'POST', `/api/admin/rounds/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      created: round.result!.matched,
      skipped: 0,
      round: { status: 'published' },
    });
    for (const p of proposed.slice(0, 4)) {
      for (const who of [p.mentor.id, p.mentee.id]) {
        const mine = (await call<S.Pairs>(who, 'GET', '/api/pairs')).body.pairs;
        expect(mine.find((x) => x.mentorId === p.mentor.id && x.menteeId === p.mentee.id)).toMatchObject({
          status: 'proposed',
          source: 'round',
        });
      }
    }
    const told = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'matchSuggested'`,
    );
    expect(told[0]!.n).toBe(2 * proposed.length);
    expect((await call(hr, 'POST', `/api/admin/rounds/${id}/publish`)).body).toMatchObject({ code: 'round_closed' });
    expect((await choose(id, proposed[0]!.mentor.id, proposed[0]!.mentee.id, 'exclude')).body).toMatchObject({
      code: 'round_closed',
    });
    expect((await call(hr, 'POST', `/api/admin/rounds/${id}/run`)).body).toMatchObject({ code: 'round_closed' });

    // The next preview leaves out everyone now paired.
    const next = await ready(
      (await call<R.Round>(hr, 'POST', '/api/admin/rounds', { programmeId: 'mentoring' })).body.id,
    );
    expect(next.result!.mentees).toBe(mentees.length - proposed.length);
  });
});

describe('who may', () => {
  it('answers 403 admin_only to anyone but HR, on every round route', async () => {
    const someone = mentees[0]!;
    const id = '00000000-0000-4000-8000-000000000000';
    const routes: [method: 'GET' | 'POST' | 'PUT', url: string, body?: object][] = [
      ['POST', '/api/admin/rounds', { programmeId: 'mentoring' }],
      ['GET', '/api/admin/rounds?programmeId=mentoring'],
      ['GET', `/api/admin/rounds/${id}`],
      ['GET', `/api/admin/rounds/${id}/pairs`],
      ['GET', `/api/admin/rounds/${id}/unmatched`],
      ['PUT', `/api/admin/rounds/${id}/choices`, { mentorId: id, menteeId: id, choice: 'lock' }],
      ['POST', `/api/admin/rounds/${id}/run`],
      ['POST', `/api/admin/rounds/${id}/publish`],
    ];
    for (const [method, url, body] of routes) {
      const res = await call(someone, method, url, body);
      expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 403, code: 'admin_only' });
    }
    expect((await call(hr, 'GET', `/api/admin/rounds/${id}`)).body).toMatchObject({ code: 'round_not_found' });
  });
});

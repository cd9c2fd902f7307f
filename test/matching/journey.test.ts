import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendNotifications } from '../../server/notify/sender.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { composeGraph } from '../../server/compose.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';
import type * as R from '../../server/matching/round-schemas.js';
import type * as S from '../../server/matching/schemas.js';
import { LIVE_PAIR_STATUSES } from '../../server/matching/schemas.js';
import { skillsFromProfile } from '../../server/matching/skills.js';
import { tabDeepLink } from '../../server/teams-app.js';

// The matching journey through the real app, on the real database, with the organisation read
// from the sandbox tenant: joining, suggestions with reasons, requests, pairs, rounds, re-orgs.

let h: TestApp;
const tokens = new Map<string, string>();
const as = async (key: string) => {
  if (!tokens.has(key)) tokens.set(key, await h.t.ssoToken(persona(h.t, key).id));
  return { authorization: `Bearer ${tokens.get(key)}` };
};
/** Calls the API as a persona; `T` is the answer the test expects (the contract's), unchecked until asserted. */
const call = async <T = Record<string, unknown>>(
  key: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) => {
  const res = await h.app.inject({
    method,
    url,
    headers: await as(key),
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
  return { status: res.statusCode, body: res.json() as T };
};
const join = (key: string, programmeId: 'mentoring' | 'reverse', body: Record<string, unknown>) =>
  call(key, 'PUT', `/api/enrolments/${programmeId}`, {
    asMentor: false,
    asMentee: false,
    offers: [],
    wants: [],
    goals: [],
    languages: ['it-IT', 'en-GB'],
    cadence: 'biweekly',
    meetingMinutes: 45,
    ...body,
  });
const sync = async () => {
  await call('hr-admin', 'POST', '/api/admin/org-sync', {});
  for (let i = 0; i < 200; i++) {
    const s = await call('hr-admin', 'GET', '/api/admin/org-sync');
    if (s.body.status !== 'running') return s.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('sync did not finish');
};

beforeAll(async () => {
  h = await buildTestApp({ size: 300, deps: { workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' } } });
  await sync();
});
afterAll(async () => h?.close());

describe('joining a programme', () => {
  it('offers drafts pre-filled from the directory before joining', async () => {
    const res = await call<S.Enrolments>('junior-dev', 'GET', '/api/enrolments');
    expect(res.body.enrolments).toEqual([]);
    const reverse = res.body.drafts.find((d) => d.programmeId === 'reverse')!;
    expect(reverse).toMatchObject({ asMentor: true, asMentee: false, capacity: 2, cadence: 'biweekly' });
    expect(reverse.languages).toContain('it-IT');
    // Skills from the person's directory profile, where the catalogue knows them.
    const profile = h.t.sandbox.state.directory.get(persona(h.t, 'junior-dev').id)!.skills;
    expect(reverse.offers).toEqual(skillsFromProfile(profile));
  });

  it('reads free-text profile skills into catalogue ids, in English or Italian', () => {
    expect(
      skillsFromProfile(['Public Speaking', 'Generative AI', 'Parlare in pubblico', 'Underwater basket weaving']),
    ).toEqual(['public_speaking', 'generative_ai']);
  });

  it('refuses unknown skills with 400 and saves nothing', async () => {
    const res = await join('junior-dev', 'reverse', { asMentor: true, offers: ['generative_ai', 'time_travel'] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'unknown_skill', details: { ids: ['time_travel'] } });
    expect((await call('junior-dev', 'GET', '/api/enrolments')).body.enrolments).toEqual([]);
  });

  it('refuses a capacity out of range and a programmeId role the person is not eligible for', async () => {
    expect((await join('junior-dev', 'reverse', { asMentor: true, capacity: 9 })).body).toMatchObject({
      code: 'invalid_request',
    });
    const senior = await join('junior-dev', 'reverse', { asMentee: true });
    expect(senior.status).toBe(400);
    expect(senior.body).toMatchObject({ code: 'not_eligible', details: { role: 'mentee', programmeId: 'reverse' } });
  });

  it('saves a valid enrolment', async () => {
    const res = await join('junior-dev', 'reverse', {
      asMentor: true,
      offers: ['generative_ai', 'social_media', 'low_code_automation'],
      capacity: 2,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      programmeId: 'reverse',
      asMentor: true,
      offers: ['generative_ai', 'social_media', 'low_code_automation'],
    });
  });
});

describe('reverse mentoring on demand', () => {
  it('suggests the junior mentor to the senior leader, with reasons that add up to the score', async () => {
    expect(
      (
        await join('senior-exec', 'reverse', {
          asMentee: true,
          wants: ['generative_ai', 'social_media'],
          goals: ['learn_generative_ai'],
        })
      ).status,
    ).toBe(200);
    const res = await call<S.Suggestions>('senior-exec', 'GET', '/api/suggestions?programmeId=reverse');
    expect(res.status).toBe(200);
    const top = res.body.suggestions[0]!;
    expect(top.person.id).toBe(persona(h.t, 'junior-dev').id);
    const sum = top.reasons.reduce((s, r) => s + r.weight, 0);
    expect(Math.round(sum * 100)).toBe(Math.round(top.score * 100));
    expect(top.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['skills', 'goals']));
  });

  it('turns an accepted request into an active pair, and tells both people', async () => {
    const mentorId = persona(h.t, 'junior-dev').id;
    const menteeId = persona(h.t, 'senior-exec').id;
    const sent = await call<S.MatchRequest>('senior-exec', 'POST', '/api/requests', {
      programmeId: 'reverse',
      mentorId,
      menteeId,
      message: "Mi aiuti con l'IA?",
    });
    expect(sent.status).toBe(201);
    expect((await call('senior-exec', 'POST', `/api/requests/${sent.body.id}/accept`)).body).toMatchObject({
      code: 'not_yours_to_answer',
    });
    const inbox = await call<S.Requests>('junior-dev', 'GET', '/api/requests');
    expect(inbox.body.requests.map((r) => r.id)).toContain(sent.body.id);
    // Each list names the other person, so the tab needs no lookup per row.
    expect(inbox.body.requests.find((r) => r.id === sent.body.id)?.other).toMatchObject({
      id: menteeId,
      displayName: persona(h.t, 'senior-exec').displayName,
    });
    const accepted = await call<S.Answered>('junior-dev', 'POST', `/api/requests/${sent.body.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.pair).toMatchObject({ status: 'active', mentorId, menteeId, programmeId: 'reverse' });
    // Each notification opens what it is about: the request received, the pair it became.
    expect(
      await h.app.db.query(
        `SELECT kind, subject FROM notifications WHERE person_id = ANY($1::uuid[]) ORDER BY created_at`,
        [[mentorId, menteeId]],
      ),
    ).toEqual([
      { kind: 'requestReceived', subject: `requests/${sent.body.id}` },
      { kind: 'requestAccepted', subject: `pairs/${accepted.body.pair!.id}` },
    ]);

    const people = createPeopleReader({ onZoneFallback: () => undefined });
    expect((await sendNotifications({ db: h.app.db, graph: composeGraph(h.t.identity), people })).failed).toBe(0);
    const feed = async (id: string) =>
      (
        (await (await h.t.admin(`/sandbox/v1/users/${id}/activities`)).json()) as {
          value: { activityType: string; previewText: { content: string }; topic: { webUrl?: string } }[];
        }
      ).value;
    expect((await feed(mentorId)).map((n) => n.activityType)).toContain('requestReceived');
    const toMentee = (await feed(menteeId)).find((n) => n.activityType === 'requestAccepted');
    expect(toMentee?.previewText.content).toContain('Giulia Esposito');
    expect(toMentee?.topic.webUrl).toBe(tabDeepLink(`pairs/${accepted.body.pair!.id}`));
  });

  it('never lets concurrent accepts take a mentor past their capacity', async () => {
    expect(
      (await join('director-rome', 'mentoring', { asMentor: true, offers: ['communication'], capacity: 1 })).status,
    ).toBe(200);
    const mentorId = persona(h.t, 'director-rome').id;
    const mentees = ['intern', 'bangalore'];
    const ids: string[] = [];
    for (const key of mentees) {
      expect((await join(key, 'mentoring', { asMentee: true, wants: ['communication'] })).status).toBe(200);
      const req = await call<S.MatchRequest>(key, 'POST', '/api/requests', {
        programmeId: 'mentoring',
        mentorId,
        menteeId: persona(h.t, key).id,
      });
      expect(req.status).toBe(201);
      ids.push(req.body.id);
    }
    const answers = await Promise.all(ids.map((id) => call('director-rome', 'POST', `/api/requests/${id}/accept`)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.body).toMatchObject({ code: 'mentor_full' });
  });

  it('refuses a pair inside one reporting line, in suggestions and in requests', async () => {
    expect(
      (await join('manager', 'mentoring', { asMentor: true, offers: ['communication', 'leadership'] })).status,
    ).toBe(200);
    expect((await join('junior-dev', 'mentoring', { asMentee: true, wants: ['leadership'] })).status).toBe(200);
    const managerId = persona(h.t, 'manager').id;
    const suggestions = await call<S.Suggestions>('junior-dev', 'GET', '/api/suggestions?programmeId=mentoring&top=20');
    expect(suggestions.body.suggestions.map((s) => s.person.id)).not.toContain(managerId);
    const req = await call('junior-dev', 'POST', '/api/requests', {
      programmeId: 'mentoring',
      mentorId: managerId,
      menteeId: persona(h.t, 'junior-dev').id,
    });
    expect(req.status).toBe(409);
    expect(req.body).toMatchObject({
      code: 'pair_not_allowed',
      details: { violations: expect.arrayContaining(['reporting_line']) },
    });
  });

  it('lets a request expire: answering it late is a 409 request_expired', async () => {
    expect((await join('new-york', 'mentoring', { asMentor: true, offers: ['negotiation'], capacity: 2 })).status).toBe(
      200,
    );
    const req = await call<S.MatchRequest>('intern', 'POST', '/api/requests', {
      programmeId: 'mentoring',
      mentorId: persona(h.t, 'new-york').id,
      menteeId: persona(h.t, 'intern').id,
    });
    expect(req.status).toBe(201);
    // Two weeks pass: the stored deadline is what the server reads.
    await h.app.db.query(`UPDATE match_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      req.body.id,
    ]);
    const late = await call('new-york', 'POST', `/api/requests/${req.body.id}/accept`);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'request_expired' });
    // The refusal keeps the expiry it found.
    expect(
      (await h.app.db.query<{ status: string }>(`SELECT status FROM match_requests WHERE id = $1`, [req.body.id]))[0]
        ?.status,
    ).toBe('expired');
    expect(
      (await call<S.Requests>('intern', 'GET', '/api/requests')).body.requests.find((r) => r.id === req.body.id)
        ?.status,
    ).toBe('expired');
  });

  it('lets the asker withdraw a pending request, and nobody else', async () => {
    expect((await join('london', 'mentoring', { asMentor: true, offers: ['negotiation'], capacity: 2 })).status).toBe(
      200,
    );
    const req = await call<S.MatchRequest>('intern', 'POST', '/api/requests', {
      programmeId: 'mentoring',
      mentorId: persona(h.t, 'london').id,
      menteeId: persona(h.t, 'intern').id,
    });
    expect(req.status).toBe(201);
    expect((await call('london', 'POST', `/api/requests/${req.body.id}/withdraw`)).body).toMatchObject({
      code: 'not_your_request',
    });
    expect((await call('junior-dev', 'POST', `/api/requests/${req.body.id}/withdraw`)).status).toBe(404);
    expect((await call('intern', 'POST', `/api/requests/${req.body.id}/withdraw`)).body).toMatchObject({
      id: req.body.id,
      status: 'withdrawn',
    });
    expect((await call('london', 'POST', `/api/requests/${req.body.id}/accept`)).body).toMatchObject({
      code: 'request_closed',
    });
  });

  it('says where a bad field is, so a form can show it next to the field', async () => {
    const res = await join('intern', 'mentoring', { asMentee: true, languages: ['not a language!'] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'invalid_request',
      details: { issues: [{ in: 'body', path: '/languages/0', message: expect.any(String) }] },
    });
  });

  it('shows a pair only to its two people', async () => {
    const mine = await call<S.Pairs>('junior-dev', 'GET', '/api/pairs');
    expect(mine.body.pairs[0]!.other).toMatchObject({ id: expect.any(String), displayName: expect.any(String) });
    const pairId = mine.body.pairs[0]!.id;
    expect((await call('intern', 'POST', `/api/pairs/${pairId}/end`, {})).body).toMatchObject({
      code: 'pair_not_found',
    });
    expect((await call('intern', 'POST', `/api/pairs/${randomUUID()}/pause`, { until: '2099-01-01' })).status).toBe(
      404,
    );
    expect((await call('intern', 'POST', `/api/pairs/${pairId}/pause`, { until: '2099-01-01' })).body).toMatchObject({
      code: 'pair_not_found',
    });
  });
});

describe('a programme round', () => {
  it('finds the best assignment, proposes it to both people, and activates pairs both confirm', async () => {
    for (const key of ['director-rome', 'new-york'])
      expect(
        (
          await join(key, 'mentoring', {
            asMentor: true,
            offers: ['leadership', 'communication', 'negotiation'],
            capacity: 2,
          })
        ).status,
      ).toBe(200);
    const preview = await call<R.Round>('hr-admin', 'POST', '/api/admin/rounds', { programmeId: 'mentoring' });
    expect(preview.status).toBe(202);
    let round = preview.body;
    for (let i = 0; i < 400 && round.run !== 'ready' && round.run !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      round = (await call<R.Round>('hr-admin', 'GET', `/api/admin/rounds/${round.id}`)).body;
    }
    expect(round.run).toBe('ready');
    expect(round.result!.total).toBeGreaterThanOrEqual(round.result!.greedyTotal);
    const listed = (await call<R.ProposedPairs>('hr-admin', 'GET', `/api/admin/rounds/${round.id}/pairs?limit=200`))
      .body;
    const result = { pairs: listed.items.map((p) => ({ mentorId: p.mentor.id, menteeId: p.mentee.id })) };
    expect(result.pairs.length).toBeGreaterThan(0);
    const unmatched = (await call<R.UnmatchedMentees>('hr-admin', 'GET', `/api/admin/rounds/${round.id}/unmatched`))
      .body;
    for (const u of unmatched.items) expect(['no_eligible_mentor', 'places_taken']).toContain(u.reason);
    expect((await call('junior-dev', 'POST', '/api/admin/rounds', { programmeId: 'mentoring' })).status).toBe(403);

    // Every proposed pair keeps the hard rules: direction of seniority and no reporting line.
    const levels = new Map(
      (await h.app.db.query<{ id: string; level: number }>('SELECT id, level FROM people')).map((r) => [r.id, r.level]),
    );
    const chain = (id: string): string[] => {
      const out: string[] = [];
      for (let m = h.t.sandbox.state.directory.get(id)?.managerId; m; m = h.t.sandbox.state.directory.get(m)?.managerId)
        out.push(m);
      return out;
    };
    for (const p of result.pairs) {
      expect(levels.get(p.mentorId)!).toBeGreaterThanOrEqual(levels.get(p.menteeId)! + 1);
      expect(chain(p.menteeId)).not.toContain(p.mentorId);
      expect(chain(p.mentorId)).not.toContain(p.menteeId);
    }

    const published = await call('hr-admin', 'POST', `/api/admin/rounds/${round.id}/publish`);
    expect(published.body).toMatchObject({ created: result.pairs.length, skipped: 0, round: { status: 'published' } });
    expect((await call('hr-admin', 'POST', `/api/admin/rounds/${round.id}/publish`)).body).toMatchObject({
      code: 'round_closed',
    });
    const told = await h.app.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'matchSuggested'`,
    );
    expect(told[0]!.n).toBe(2 * result.pairs.length);
    // Both people's notifications open the pair proposed to them (a mentor may have two).
    const proposed = await h.app.db.query<{
      person_id: string;
      mentor_id: string;
      mentee_id: string;
      round_id: string;
    }>(
      `SELECT n.person_id, p.mentor_id, p.mentee_id, p.round_id FROM notifications n
       LEFT JOIN pairs p ON p.tenant_id = n.tenant_id AND n.subject = 'pairs/' || p.id
       WHERE n.kind = 'matchSuggested'`,
    );
    expect(proposed).toHaveLength(2 * result.pairs.length);
    for (const n of proposed) {
      expect(n.round_id).toBe(round.id);
      expect([n.mentor_id, n.mentee_id]).toContain(n.person_id);
    }

    const first = result.pairs[0]!;
    const keyOf = (id: string) =>
      ['director-rome', 'new-york', 'london', 'manager', 'intern', 'bangalore', 'junior-dev'].find(
        (k) => persona(h.t, k).id === id,
      )!;
    const pair = (await call<S.Pairs>(keyOf(first.menteeId), 'GET', '/api/pairs')).body.pairs.find(
      (p) => p.mentorId === first.mentorId && p.programmeId === 'mentoring',
    )!;
    expect(pair.status).toBe('proposed');
    expect((await call(keyOf(first.menteeId), 'POST', `/api/pairs/${pair.id}/confirm`, {})).body.status).toBe(
      'proposed',
    );
    expect((await call(keyOf(first.mentorId), 'POST', `/api/pairs/${pair.id}/confirm`, {})).body.status).toBe('active');
  });
});

describe('when the organisation changes', () => {
  it("ends a pair whose mentor moves into the mentee's reporting line, and tells both", async () => {
    const mentor = persona(h.t, 'junior-dev');
    const mentee = persona(h.t, 'senior-exec');
    // A re-org: the senior executive now reports to the junior developer's line.
    await h.t.admin(`/sandbox/v1/users/${mentee.id}`, { method: 'PATCH', body: { managerId: mentor.id } });
    await sync();
    const pairs = (await call<S.Pairs>('junior-dev', 'GET', '/api/pairs')).body.pairs;
    const pair = pairs.find((p) => p.menteeId === mentee.id && p.programmeId === 'reverse')!;
    expect(pair).toMatchObject({ status: 'ended', endedReason: 'reporting_line' });
    const owed = await h.app.db.query<{ person_id: string; subject: string }>(
      `SELECT person_id, subject FROM notifications WHERE kind = 'pairEnded'`,
    );
    expect(owed.filter((n) => n.subject === `pairs/${pair.id}`).map((n) => n.person_id)).toEqual(
      expect.arrayContaining([mentor.id, mentee.id]),
    );
  });

  it('ends the pairs of someone who left', async () => {
    const mentor = persona(h.t, 'director-rome');
    const live = (
      await h.app.db.query<{ id: string }>(`SELECT id FROM pairs WHERE mentor_id = $1 AND status = ANY($2::text[])`, [
        mentor.id,
        LIVE_PAIR_STATUSES,
      ])
    ).map((r) => r.id);
    expect(live.length).toBeGreaterThan(0);
    // Their direct reports move first: the sandbox, like Entra, will not delete a manager of people.
    for (const r of h.t.sandbox.state.directory.directReports(mentor.id)) {
      await h.t.admin(`/sandbox/v1/users/${r.id}`, {
        method: 'PATCH',
        body: { managerId: persona(h.t, 'senior-exec').id },
      });
    }
    expect((await h.t.admin(`/sandbox/v1/users/${mentor.id}/leave`, { method: 'POST', body: {} })).status).toBe(204);
    await sync();
    const after = await h.app.db.query<{ status: string; ended_reason: string }>(
      `SELECT status, ended_reason FROM pairs WHERE id = ANY($1::uuid[])`,
      [live],
    );
    expect(after.every((p) => p.status === 'ended' && p.ended_reason === 'person_left')).toBe(true);
  });
});

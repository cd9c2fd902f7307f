import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRoutes } from '../../server/app.js';
import { ERRORS, type ErrorCode } from '../../server/errors.js';
import type { Answered, MatchRequest } from '../../server/matching/schemas.js';
import type { ErrorBody } from '../../server/schemas.js';
import { composeTestServices, type TestServices } from '../helpers/app.js';
import { createFakeServer, ids, type FakeServer } from './fakeServer';
import { requestsOnly } from './fakeRounds';
import { createContract, recordRoutes, type Exchange } from './serverContract';
import type { DemoRunner } from '../../server/demo/runner.js';
import { demoRoutes } from '../../server/sign-in-as/reset.js';

// The tab's tests run against test/tab/fakeServer.ts. These tests hold the fake to the server's
// contract: its routes are the server's (method, URL, access, request schemas), and every answer it
// gives, successes and refusals alike, fits the response schema the real app registers for that
// route and status. The routes are recorded while server/app.ts's registerRoutes runs over the
// real services, so a change to the server's contract shows here as soon as the fake lags behind.

let services: TestServices;
const refuse = (): never => {
  throw new Error('The contract test records routes only.');
};
const notCalled: DemoRunner = { status: refuse, start: refuse, reset: refuse, settled: refuse };
let contract: ReturnType<typeof createContract>;

beforeAll(async () => {
  services = await composeTestServices({ size: 20 });
  const routes = await recordRoutes(async (app) => {
    await registerRoutes(app, services.services, {
      config: { version: 'test' },
      sandboxOrigin: services.t.sandbox.origin,
    });
    // server.ts adds the demo's routes beside the app's with the sandbox; only their schemas are
    // read here, so the runner behind them is never called.
    await app.register(demoRoutes, { demo: notCalled });
  });
  contract = createContract(routes);
});

afterAll(async () => {
  await services?.close();
});

const DAY = 86_400_000;
const nobody = '99999999-0000-4000-8000-000000000000';

/** Asks fakes and checks each answer against the contract, remembering the statuses each route gave. */
function asking() {
  const problems: string[] = [];
  const statuses = new Map<string, Set<number>>();

  function ask(fake: FakeServer) {
    return async (
      method: string,
      path: string,
      { token, body }: { token?: string; body?: unknown },
      expected: number | ErrorCode,
    ): Promise<unknown> => {
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fake.fetch(path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
      const call = fake.calls.at(-1)!;
      const answer: unknown = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
      const exchange: Exchange = {
        method,
        path: call.path,
        search: call.search,
        body: call.body,
        status: res.status,
        answer,
      };
      problems.push(...contract.check(exchange));
      const route = contract.routeOf(method, call.path)?.route;
      if (route) {
        const key = `${route.method} ${route.url}`;
        statuses.set(key, (statuses.get(key) ?? new Set()).add(res.status));
      }
      // Soft: a scenario that goes astray still reports every answer that breaks the contract.
      if (typeof expected === 'number') expect.soft(res.status, `${method} ${path}`).toBe(expected);
      else
        expect
          .soft([res.status, (answer as ErrorBody).code], `${method} ${path}`)
          .toEqual([ERRORS[expected].status, expected]);
      return answer;
    };
  }

  /** The fake's routes that never answered with success. */
  const neverSucceeded = (fake: FakeServer) =>
    fake.routes
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => ![...(statuses.get(key) ?? [])].some((s) => s < 300));

  return { ask, problems, neverSucceeded };
}

describe('the fake server', () => {
  it('has only routes the server has, each with the server’s access and request schemas', () => {
    const differences = createFakeServer().routes.flatMap((fake) => {
      const server = contract.routes.find((r) => r.method === fake.method && r.url === fake.url);
      if (!server) return [`${fake.method} ${fake.url}: the server has no such route`];
      const found: string[] = [];
      if (server.public !== fake.public)
        found.push(`${fake.method} ${fake.url}: public is ${server.public} on the server`);
      for (const part of ['params', 'querystring', 'body'] as const) {
        if (server[part] !== fake.schema[part])
          found.push(`${fake.method} ${fake.url}: not the server's ${part} schema`);
      }
      return found;
    });
    expect(differences).toEqual([]);
  });

  it('answers each of its routes as the server would: every success and refusal fits the schemas', async () => {
    const fake = createFakeServer();
    const { ask: asker, problems, neverSucceeded } = asking();
    const ask = asker(fake);
    const [giulia, luca, marco, chiara] = [ids.giulia, ids.luca, ids.marco, ids.chiara].map((id) =>
      fake.issueToken(id),
    );

    // Before anyone signs in.
    await ask('GET', '/api/config', {}, 200);
    await ask('GET', '/api/sandbox/people', {}, 200);
    await ask('GET', '/api/sandbox/people?search=marco&top=5', {}, 200);
    await ask('GET', '/api/sandbox/people?top=0', {}, 'invalid_request');
    await ask('POST', '/api/sandbox/signin', { body: { userId: ids.giulia } }, 200);
    await ask('POST', '/api/sandbox/signin', { body: { userId: 'nobody' } }, 'person_not_found');
    await ask('POST', '/api/sandbox/signin', { body: {} }, 'invalid_request');
    await ask('GET', '/api/sandbox/demo', {}, 200);
    await ask('POST', '/api/sandbox/demo/reset', {}, 202);
    await ask('GET', '/api/sandbox/demo', {}, 200);
    await ask('GET', '/api/sandbox/demo', {}, 200);

    // Who you are, and the people of your organisation.
    await ask('GET', '/api/me', {}, 'missing_token');
    await ask('GET', '/api/me', { token: 'not-a-token' }, 'invalid_token');
    await ask('GET', '/api/me', { token: giulia }, 200);
    await ask('GET', '/api/me', { token: chiara }, 200);
    fake.state.levels[ids.marco] = null;
    await ask('GET', '/api/me', { token: marco }, 200);
    await ask('GET', `/api/people/${ids.luca}`, { token: giulia }, 200);
    await ask('GET', `/api/people/${nobody}`, { token: giulia }, 'person_not_found');
    await ask('GET', '/api/people/luca', { token: giulia }, 'invalid_request');
    await ask('GET', '/api/people?search=luca&top=5', { token: giulia }, 200);
    await ask('GET', '/api/people?top=0', { token: giulia }, 'invalid_request');
    await ask('GET', `/api/people/${ids.luca}/photo`, { token: giulia }, 200);
    await ask('GET', `/api/people/${ids.giulia}/photo`, { token: giulia }, 'photo_not_found');
    await ask('GET', `/api/people/${nobody}/photo`, { token: giulia }, 'person_not_found');
    await ask('GET', '/api/people/luca/photo', { token: giulia }, 'invalid_request');

    // Joining a programme.
    const joining = {
      asMentor: false,
      asMentee: true,
      offers: [],
      wants: ['leadership'],
      goals: ['grow_as_leader'],
      languages: ['it-IT'],
      cadence: 'weekly',
      meetingMinutes: 45,
    };
    const mentoring = {
      ...joining,
      asMentor: true,
      asMentee: false,
      offers: ['leadership'],
      wants: [],
      goals: [],
      capacity: 1,
    };
    await ask('GET', '/api/catalogue', { token: giulia }, 200);
    await ask('GET', '/api/programmes', { token: giulia }, 200);
    await ask('GET', '/api/enrolments', { token: giulia }, 200);
    await ask('PUT', '/api/enrolments/mentoring', { token: giulia, body: joining }, 200);
    await ask('PUT', '/api/enrolments/mentoring', { token: luca, body: mentoring }, 200);
    await ask(
      'PUT',
      '/api/enrolments/mentoring',
      { token: giulia, body: { ...joining, languages: [] } },
      'invalid_request',
    );
    await ask('PUT', '/api/enrolments/Coaching!', { token: giulia, body: joining }, 'invalid_request');
    await ask('PUT', '/api/enrolments/coaching', { token: giulia, body: joining }, 'programme_not_found');
    await ask('PUT', '/api/enrolments/mentoring', { token: giulia, body: { ...joining, asMentee: false } }, 'no_role');
    await ask(
      'PUT',
      '/api/enrolments/mentoring',
      { token: giulia, body: { ...joining, wants: ['juggling'] } },
      'unknown_skill',
    );
    await ask(
      'PUT',
      '/api/enrolments/mentoring',
      { token: giulia, body: { ...joining, goals: ['retire_early'] } },
      'unknown_goal',
    );
    await ask('PUT', '/api/enrolments/reverse', { token: giulia, body: joining }, 'not_eligible');
    await ask('PUT', '/api/enrolments/mentoring', { token: marco, body: joining }, 'not_placed_yet');
    fake.state.levels[ids.marco] = 1;
    await ask('PUT', '/api/enrolments/mentoring', { token: marco, body: { ...joining, goals: [] } }, 200);
    await ask('GET', '/api/enrolments', { token: giulia }, 200);
    // The roles open to each: Giulia may not mentor, Chiara may not be a mentee; unplaced, neither.
    await ask('GET', '/api/enrolments', { token: chiara }, 200);
    fake.state.levels[ids.marco] = null;
    await ask('GET', '/api/enrolments', { token: marco }, 200);
    fake.state.levels[ids.marco] = 1;

    // Inviting a colleague to mentor (Luca mentors in Mentoring already; Marco is too junior to).
    const invite = (personId: string) => ({ token: giulia, body: { personId, programmeId: 'mentoring' } });
    await ask('POST', '/api/invitations', invite(ids.chiara), 201);
    await ask('POST', '/api/invitations', invite(ids.chiara), 'already_invited');
    await ask('POST', '/api/invitations', invite(ids.luca), 'already_mentoring');
    await ask('POST', '/api/invitations', invite(ids.marco), 'invitee_not_eligible');
    await ask('POST', '/api/invitations', invite(ids.giulia), 'cannot_invite_yourself');
    await ask('POST', '/api/invitations', invite(nobody), 'person_not_found');
    await ask('POST', '/api/invitations', invite('luca'), 'invalid_request');

    // Suggestions.
    await ask('GET', '/api/suggestions?programmeId=mentoring', { token: giulia }, 200);
    await ask('GET', '/api/suggestions?programmeId=mentoring&as=mentor&top=3', { token: luca }, 200);
    await ask('GET', '/api/suggestions?programmeId=reverse', { token: giulia }, 'not_enrolled');
    await ask('GET', '/api/suggestions', { token: giulia }, 'invalid_request');

    // Requests: sending, answering, withdrawing, and each refusal.
    const asked = { programmeId: 'mentoring', mentorId: ids.luca, menteeId: ids.giulia };
    const fromMarco = { ...asked, menteeId: ids.marco };
    const request = (await ask(
      'POST',
      '/api/requests',
      { token: giulia, body: { ...asked, message: 'Ciao!' } },
      201,
    )) as MatchRequest;
    await ask('POST', '/api/requests', { token: giulia, body: asked }, 'request_exists');
    await ask('POST', '/api/requests', { token: chiara, body: asked }, 'not_your_request');
    await ask('POST', '/api/requests', { token: giulia, body: { ...asked, mentorId: ids.marco } }, 'not_a_mentor');
    await ask('POST', '/api/requests', { token: luca, body: { ...asked, menteeId: ids.chiara } }, 'not_a_mentee');
    await ask('POST', '/api/requests', { token: giulia, body: { ...asked, mentorId: 'luca' } }, 'invalid_request');
    await ask('GET', '/api/requests', { token: luca }, 200);
    await ask('POST', `/api/requests/${request.id}/withdraw`, { token: luca }, 'not_your_request');
    await ask('POST', `/api/requests/${request.id}/accept`, { token: giulia }, 'not_yours_to_answer');
    await ask('POST', `/api/requests/${nobody}/accept`, { token: luca }, 'request_not_found');
    const answered = (await ask('POST', `/api/requests/${request.id}/accept`, { token: luca }, 200)) as Answered;
    await ask('POST', `/api/requests/${request.id}/decline`, { token: luca }, 'request_closed');
    const second = (await ask('POST', '/api/requests', { token: marco, body: fromMarco }, 201)) as MatchRequest;
    await ask('POST', `/api/requests/${second.id}/accept`, { token: luca }, 'mentor_full');
    await ask('POST', `/api/requests/${second.id}/decline`, { token: luca }, 200);
    const third = (await ask('POST', '/api/requests', { token: marco, body: fromMarco }, 201)) as MatchRequest;
    await ask('POST', `/api/requests/${third.id}/withdraw`, { token: marco }, 200);
    const late = (await ask('POST', '/api/requests', { token: marco, body: fromMarco }, 201)) as MatchRequest;
    fake.state.now += 15 * DAY;
    await ask('POST', `/api/requests/${late.id}/accept`, { token: luca }, 'request_expired');
    fake.state.now -= 15 * DAY;
    await ask('GET', '/api/requests', { token: marco }, 200);

    // Pairs.
    const pair = answered.pair!;
    await ask('GET', '/api/pairs', { token: giulia }, 200);
    const until = { until: '2026-12-04' };
    await ask('POST', `/api/pairs/${pair.id}/pause`, { token: giulia, body: until }, 200);
    await ask('GET', '/api/pairs', { token: giulia }, 200);
    await ask('POST', `/api/pairs/${pair.id}/pause`, { token: giulia, body: until }, 'invalid_transition');
    await ask('POST', `/api/pairs/${pair.id}/resume`, { token: luca, body: {} }, 200);
    await ask('POST', `/api/pairs/${pair.id}/pause`, { token: giulia, body: {} }, 'invalid_request');
    await ask(
      'POST',
      `/api/pairs/${pair.id}/pause`,
      { token: giulia, body: { until: '2026-11-27' } },
      'pause_end_not_future',
    );
    await ask(
      'POST',
      `/api/pairs/${pair.id}/pause`,
      { token: giulia, body: { until: '2027-12-01' } },
      'pause_too_long',
    );
    await ask('POST', `/api/pairs/${pair.id}/pause`, { token: giulia, body: null }, 'invalid_request');
    await ask('POST', `/api/pairs/${pair.id}/dance`, { token: luca, body: {} }, 'invalid_request');
    await ask('POST', `/api/pairs/${nobody}/pause`, { token: luca, body: until }, 'pair_not_found');
    const proposed = fake.pair({
      programmeId: 'mentoring',
      mentorId: ids.luca,
      menteeId: ids.marco,
      status: 'proposed',
      source: 'round',
      mentorConfirmed: false,
      menteeConfirmed: false,
    });
    await ask('POST', `/api/pairs/${proposed.id}/confirm`, { token: marco, body: {} }, 200);
    await ask('POST', `/api/pairs/${proposed.id}/end`, { token: luca, body: { reason: 'Too busy this year.' } }, 200);
    await ask('GET', '/api/pairs', { token: luca }, 200);

    // Meetings: the list, changing a session, checking in, progress on goals, the calendar file.
    const series = fake.series({
      mentorId: ids.luca,
      menteeId: ids.giulia,
      sessions: ['2026-11-20T09:00:00.000Z', '2026-12-04T09:00:00.000Z', '2026-12-11T09:00:00.000Z'],
    });
    const unbooked = fake.series({
      mentorId: ids.luca,
      menteeId: ids.marco,
      status: 'needs_attention',
      problem: 'no_shared_hours',
      joinUrl: null,
    });
    const [past, soon, later] = series.occurrences.map((o) => `/api/meetings/${series.id}/occurrences/${o.id}`);
    await ask('GET', '/api/meetings', { token: giulia }, 200);
    await ask('GET', '/api/meetings', { token: luca }, 200);
    await ask('GET', `${soon}/slots`, { token: giulia }, 200);
    await ask('POST', `${soon}/skip`, { token: giulia }, 202);
    await ask('GET', `${soon}/slots`, { token: giulia }, 'meeting_changing');
    await ask('POST', `${soon}/reschedule`, { token: luca }, 'meeting_changing');
    const offTheQuarter = { start: '2026-12-12T09:07:00.000Z' };
    await ask('POST', `${later}/reschedule`, { token: luca, body: offTheQuarter }, 'invalid_request');
    await ask('POST', `${later}/reschedule`, { token: luca, body: { start: '2026-12-12T09:00:00.000Z' } }, 202);
    await ask('POST', `${past}/skip`, { token: giulia }, 'meeting_started');
    await ask('GET', `${past}/slots`, { token: giulia }, 'meeting_started');
    await ask('GET', `/api/meetings/${unbooked.id}/occurrences/${nobody}/slots`, { token: luca }, 'series_not_booked');
    const other = fake.series({ mentorId: ids.chiara, menteeId: ids.marco, sessions: ['2026-12-10T09:00:00.000Z'] });
    const [alone] = other.occurrences.map((o) => `/api/meetings/${other.id}/occurrences/${o.id}`);
    // Null: Tandem picks the time.
    await ask('POST', `${alone}/reschedule`, { token: marco, body: null }, 202);
    await ask('POST', `/api/meetings/${unbooked.id}/occurrences/${nobody}/skip`, { token: luca }, 'series_not_booked');
    await ask('POST', `/api/meetings/${nobody}/occurrences/${nobody}/skip`, { token: giulia }, 'meeting_not_found');
    await ask(
      'POST',
      `/api/meetings/${series.id}/occurrences/${nobody}/reschedule`,
      { token: giulia },
      'meeting_not_found',
    );
    await ask('POST', `/api/meetings/${series.id}/occurrences/soon/skip`, { token: giulia }, 'invalid_request');
    fake.settleMeetings();
    // A session moved from Tandem says where it was (movedFrom).
    await ask('GET', '/api/meetings', { token: giulia }, 200);
    await ask('GET', '/api/meetings', { token: marco }, 200);
    await ask(
      'PUT',
      `${past}/checkin`,
      { token: giulia, body: { happened: true, usefulness: 4, confidence: 3, note: 'Delega.' } },
      200,
    );
    await ask('PUT', `${past}/checkin`, { token: luca, body: { happened: false } }, 200);
    await ask('PUT', `${later}/checkin`, { token: giulia, body: { happened: true } }, 'meeting_not_over');
    await ask('PUT', `${past}/checkin`, { token: giulia, body: { happened: true, usefulness: 6 } }, 'invalid_request');
    await ask('PUT', `${past}/checkin`, { token: chiara, body: { happened: true } }, 'meeting_not_found');
    await ask('GET', '/api/meetings', { token: giulia }, 200);
    const goals = `/api/meetings/${series.id}/goals`;
    await ask('PUT', goals, { token: giulia, body: { progress: { grow_as_leader: 60 } } }, 200);
    await ask('PUT', goals, { token: luca, body: { progress: { grow_as_leader: 60 } } }, 'mentee_only');
    await ask('PUT', goals, { token: giulia, body: { progress: { retire_early: 10 } } }, 'unknown_goal');
    await ask('PUT', goals, { token: giulia, body: { progress: { grow_as_leader: 110 } } }, 'invalid_request');
    await ask('PUT', `/api/meetings/${nobody}/goals`, { token: giulia, body: { progress: {} } }, 'meeting_not_found');
    await ask('GET', `/api/meetings/${series.id}/next.ics`, { token: giulia }, 200);
    await ask('GET', `/api/meetings/${unbooked.id}/next.ics`, { token: marco }, 'no_upcoming_meeting');
    await ask('GET', `/api/meetings/${nobody}/next.ics`, { token: giulia }, 'meeting_not_found');

    // A pair that ends: its series is cancelled, with no next session and no join link.
    await ask('POST', `/api/pairs/${pair.id}/end`, { token: giulia, body: null }, 200);
    await ask('GET', '/api/meetings', { token: giulia }, 200);
    await ask('GET', `/api/meetings/${series.id}/next.ics`, { token: giulia }, 'no_upcoming_meeting');

    // HR's matching rounds (fakeRounds.ts): a preview that runs, is refined, run again and published.
    {
      fake.hrProgrammes.programmes.push(requestsOnly('buddies', new Date(fake.state.now).toISOString()));
      const round = (await ask(
        'POST',
        '/api/admin/rounds',
        { token: chiara, body: { programmeId: 'mentoring' } },
        202,
      )) as {
        id: string;
      };
      await ask('POST', '/api/admin/rounds', { token: chiara, body: { programmeId: 'buddies' } }, 'programme_matching');
      await ask('POST', '/api/admin/rounds', { token: chiara, body: { programmeId: 'nope' } }, 'programme_not_found');
      await ask('POST', '/api/admin/rounds', { token: giulia, body: { programmeId: 'mentoring' } }, 'admin_only');
      await ask('POST', `/api/admin/rounds/${round.id}/publish`, { token: chiara }, 'round_running');
      for (let i = 0; i < 3; i++) await ask('GET', `/api/admin/rounds/${round.id}`, { token: chiara }, 200);
      await ask('GET', `/api/admin/rounds/${nobody}`, { token: chiara }, 'round_not_found');
      await ask('GET', '/api/admin/rounds?programmeId=mentoring', { token: chiara }, 200);
      const roundPage = (await ask('GET', `/api/admin/rounds/${round.id}/pairs?limit=5`, { token: chiara }, 200)) as {
        items: { mentor: { id: string }; mentee: { id: string } }[];
      };
      await ask('GET', `/api/admin/rounds/${round.id}/pairs?limit=500`, { token: chiara }, 'invalid_request');
      await ask('GET', `/api/admin/rounds/${round.id}/unmatched?search=rossi`, { token: chiara }, 200);
      const [first, , other] = roundPage.items;
      const choice = (c: object) => ({
        token: chiara,
        body: { mentorId: first!.mentor.id, menteeId: first!.mentee.id, ...c },
      });
      await ask('PUT', `/api/admin/rounds/${round.id}/choices`, choice({ choice: 'exclude' }), 200);
      await ask('PUT', `/api/admin/rounds/${round.id}/choices`, choice({ choice: 'maybe' }), 'invalid_request');
      await ask('POST', `/api/admin/rounds/${round.id}/publish`, { token: chiara }, 'round_not_ready');
      await ask('PUT', `/api/admin/rounds/${round.id}/choices`, choice({ choice: 'lock' }), 200);
      await ask(
        'PUT',
        `/api/admin/rounds/${round.id}/choices`,
        choice({ mentorId: other!.mentor.id, choice: 'lock' }),
        'mentee_already_locked',
      );
      await ask('POST', `/api/admin/rounds/${round.id}/run`, { token: chiara }, 202);
      await ask('POST', `/api/admin/rounds/${round.id}/run`, { token: chiara }, 'round_running');
      for (let i = 0; i < 3; i++) await ask('GET', `/api/admin/rounds/${round.id}`, { token: chiara }, 200);
      await ask('POST', `/api/admin/rounds/${round.id}/publish`, { token: chiara }, 200);
      await ask('POST', `/api/admin/rounds/${round.id}/publish`, { token: chiara }, 'round_closed');
    }

    // HR's org routes (fakeOrg.ts): sync, title rules and their preview; refused to others.
    await ask('GET', '/api/admin/org-sync', { token: giulia }, 'admin_only');
    await ask('GET', '/api/admin/org-sync', { token: chiara }, 200);
    await ask('POST', '/api/admin/org-sync', { token: chiara, body: { full: true } }, 202);
    await ask('POST', '/api/admin/org-sync', { token: chiara, body: { everything: true } }, 'invalid_request');
    for (let i = 0; i < 3; i++) await ask('GET', '/api/admin/org-sync', { token: chiara }, 200);
    fake.org.syncFails = 'Graph did not answer.';
    await ask('POST', '/api/admin/org-sync', { token: chiara, body: null }, 202);
    for (let i = 0; i < 3; i++) await ask('GET', '/api/admin/org-sync', { token: chiara }, 200);
    const partner = { rules: [{ phrase: 'Partner', level: 8 }] };
    await ask('POST', '/api/admin/title-rules/preview', { token: chiara, body: partner }, 200);
    await ask('POST', '/api/admin/title-rules/preview', { token: luca, body: partner }, 'admin_only');
    const twice = {
      rules: [
        { phrase: 'Capo', level: 5 },
        { phrase: 'capo ', level: 6 },
      ],
    };
    await ask('POST', '/api/admin/title-rules/preview', { token: chiara, body: twice }, 'duplicate_phrase');
    await ask('PUT', '/api/admin/title-rules', { token: chiara, body: partner }, 200);
    await ask(
      'PUT',
      '/api/admin/title-rules',
      { token: chiara, body: { rules: [{ phrase: 'Capo', level: 11 }] } },
      'invalid_request',
    );
    await ask('GET', '/api/admin/title-rules', { token: chiara }, 200);
    await ask('GET', '/api/admin/title-rules', { token: marco }, 'admin_only');
    await ask('POST', '/api/admin/title-rules/preview', { token: chiara, body: { rules: [] } }, 200);

    // HR's programme health and enrolment (fakeHr.ts): refused to others.
    const someone = { id: ids.luca, displayName: 'Luca Neri', jobTitle: null, department: null, officeLocation: null };
    fake.hr.health = [
      {
        programmeId: 'mentoring',
        id: pair.id,
        status: 'active',
        createdAt: new Date(fake.state.now - 40 * DAY).toISOString(),
        pausedUntil: null,
        mentor: someone,
        mentee: { ...someone, id: ids.giulia, displayName: 'Giulia Bianchi' },
        label: 'needs_attention',
        reasons: [{ code: 'no_recent_session', params: { days: 30 } }],
        lastSessionAt: null,
        nudgedAt: null,
      },
    ];
    const health = '/api/admin/programmes/mentoring/health';
    await ask('GET', health, { token: giulia }, 'admin_only');
    await ask('GET', `${health}?label=needs_attention&limit=10`, { token: chiara }, 200);
    await ask('GET', `${health}?label=fine`, { token: chiara }, 'invalid_request');
    await ask('GET', '/api/admin/programmes/nowhere/health', { token: chiara }, 'programme_not_found');
    await ask('POST', `/api/admin/pairs/${pair.id}/nudge`, { token: chiara }, 200);
    await ask('POST', `/api/admin/pairs/${pair.id}/nudge`, { token: chiara }, 'nudged_recently');
    await ask('POST', `/api/admin/pairs/${nobody}/nudge`, { token: chiara }, 'pair_not_found');
    await ask('POST', `/api/admin/pairs/${pair.id}/end`, { token: chiara, body: { reason: '' } }, 'invalid_request');
    await ask('POST', `/api/admin/pairs/${pair.id}/end`, { token: chiara, body: { reason: 'Asked to' } }, 200);
    await ask('GET', '/api/admin/programmes/mentoring/enrolments?role=mentee&search=gi', { token: chiara }, 200);
    await ask('GET', '/api/admin/programmes/mentoring/enrolments', { token: luca }, 'admin_only');
    const outsider = [ids.marco, ids.giulia, ids.luca].find(
      (id) => !fake.state.enrolments.some((e) => e.personId === id && e.programmeId === 'reverse'),
    )!;
    const invitations = '/api/admin/programmes/reverse/invitations';
    await ask('POST', invitations, { token: chiara, body: { personIds: [outsider] } }, 201);
    await ask('POST', invitations, { token: chiara, body: { personIds: [outsider] } }, 'invitees_refused');
    await ask('POST', invitations, { token: chiara, body: { personIds: [] } }, 'invalid_request');

    // HR's programmes (fakeProgrammes.ts): list, create, read, change, open/close/archive.
    await ask('GET', '/api/admin/programmes', { token: chiara }, 200);
    await ask('GET', '/api/admin/programmes', { token: giulia }, 'admin_only');
    const base = (await ask('GET', '/api/admin/programmes/mentoring', { token: chiara }, 200)) as Record<
      string,
      unknown
    >;
    const { id: _id, status: _status, counts: _counts, createdAt: _c, updatedAt: _u, ...body } = base;
    const buddies = { ...body, names: { en: 'Buddies', it: 'Buddy' } };
    const made = (await ask('POST', '/api/admin/programmes', { token: chiara, body: buddies }, 201)) as { id: string };
    await ask(
      'POST',
      '/api/admin/programmes',
      { token: chiara, body: { ...buddies, names: { en: '', it: '' } } },
      'invalid_request',
    );
    await ask(
      'POST',
      '/api/admin/programmes',
      { token: chiara, body: { ...buddies, startsOn: '2027-03-01', endsOn: '2027-02-01' } },
      'programme_dates',
    );
    await ask('PUT', `/api/admin/programmes/${made.id}`, { token: chiara, body: { ...buddies, kind: 'reverse' } }, 200);
    await ask('GET', '/api/admin/programmes/no-such-one', { token: chiara }, 'programme_not_found');
    await ask('POST', `/api/admin/programmes/${made.id}/close`, { token: chiara }, 'programme_status');
    await ask('POST', `/api/admin/programmes/${made.id}/open`, { token: chiara }, 200);
    await ask('POST', `/api/admin/programmes/${made.id}/close`, { token: chiara }, 200);
    await ask('POST', `/api/admin/programmes/${made.id}/archive`, { token: chiara }, 200);
    await ask('PUT', `/api/admin/programmes/${made.id}`, { token: chiara, body: buddies }, 'programme_archived');

    // Pulse surveys: answered once, by the person asked, rating exactly the skills asked.
    const survey = fake.survey(ids.giulia);
    const answers = { confidence: { leadership: 4, public_speaking: 2 }, motivation: 4, recommend: 9 };
    await ask('GET', '/api/surveys', { token: giulia }, 200);
    await ask('GET', `/api/surveys/${survey.id}`, { token: giulia }, 200);
    await ask('GET', `/api/surveys/${survey.id}`, { token: marco }, 'not_your_survey');
    await ask('GET', `/api/surveys/${nobody}`, { token: giulia }, 'survey_not_found');
    await ask(
      'POST',
      `/api/surveys/${survey.id}/answers`,
      { token: giulia, body: { ...answers, motivation: 6 } },
      'invalid_request',
    );
    await ask(
      'POST',
      `/api/surveys/${survey.id}/answers`,
      { token: giulia, body: { ...answers, confidence: { leadership: 4 } } },
      'survey_skills_mismatch',
    );
    await ask('POST', `/api/surveys/${survey.id}/answers`, { token: giulia, body: answers }, 201);
    await ask('POST', `/api/surveys/${survey.id}/answers`, { token: giulia, body: answers }, 'survey_answered');
    const closed = fake.survey(ids.giulia, { closesAt: new Date(fake.state.now - DAY).toISOString() });
    await ask('POST', `/api/surveys/${closed.id}/answers`, { token: giulia, body: answers }, 'survey_closed');

    // HR's outcomes, for HR programme owners only.
    await ask('GET', '/api/admin/outcomes', { token: chiara }, 200);
    await ask('GET', '/api/admin/outcomes?programmeId=mentoring&from=2026-01-01&level=3', { token: chiara }, 200);
    await ask('GET', '/api/admin/outcomes?level=11', { token: chiara }, 'invalid_request');
    await ask('GET', '/api/admin/outcomes', { token: giulia }, 'admin_only');
    await ask('GET', '/api/admin/outcomes.csv?department=Legal', { token: chiara }, 200);
    await ask('GET', '/api/admin/outcomes.csv', { token: giulia }, 'admin_only');

    // Failures a test asks for, and routes the server does not have.
    fake.state.failures['GET /api/pairs'] = { code: 'graph_throttled' };
    await ask('GET', '/api/pairs', { token: giulia }, 'graph_throttled');
    fake.state.failures['POST /api/requests'] = {
      code: 'pair_not_allowed',
      details: { violations: ['reporting_line'] },
    };
    await ask('POST', '/api/requests', { token: marco, body: fromMarco }, 'pair_not_allowed');
    await ask('GET', '/api/nothing-here', { token: giulia }, 'not_found');
    await ask('DELETE', `/api/pairs/${pair.id}/end`, { token: giulia }, 'not_found');
    const withoutSandbox = asker(createFakeServer({ sandbox: false }));
    await withoutSandbox('GET', '/api/config', {}, 200);
    await withoutSandbox('GET', '/api/sandbox/people', {}, 'not_found');
    await withoutSandbox('POST', '/api/sandbox/signin', { body: { userId: ids.giulia } }, 'not_found');
    await withoutSandbox('POST', '/api/sandbox/demo/reset', {}, 'not_found');

    expect(problems).toEqual([]);
    expect(neverSucceeded(fake)).toEqual([]);
  });
});

describe('the contract check', () => {
  const exchange = (x: Pick<Exchange, 'method' | 'path' | 'status' | 'answer'> & Partial<Exchange>): Exchange => ({
    search: new URLSearchParams(),
    body: null,
    ...x,
  });
  const config = { sandbox: true, tenantId: null, clientId: 'client-id', appIdUri: 'api://localhost/client-id' };
  const luca = { id: ids.luca, displayName: 'Luca Neri', jobTitle: null, department: null, officeLocation: null };

  it('answers HR’s outcomes routes as the server would', async () => {
    const fake = createFakeServer();
    const { ask: asker, problems } = asking();
    const ask = asker(fake);
    const [chiara, giulia] = [ids.chiara, ids.giulia].map((id) => fake.issueToken(id));
    await ask('GET', '/api/admin/outcomes', { token: chiara }, 200);
    await ask('GET', '/api/admin/outcomes?office=Milano&to=2026-11-30', { token: chiara }, 200);
    fake.outcomes.counts.limit = 40;
    await ask('GET', '/api/admin/outcomes', { token: chiara }, 200);
    await ask('GET', '/api/admin/outcomes?from=yesterday', { token: chiara }, 'invalid_request');
    await ask('GET', '/api/admin/outcomes', { token: giulia }, 'admin_only');
    await ask('GET', '/api/admin/outcomes.csv', { token: chiara }, 200);
    await ask('GET', '/api/admin/outcomes.csv', {}, 'missing_token');
    expect(problems).toEqual([]);
  });

  it('passes an answer the server could give', () => {
    expect(contract.check(exchange({ method: 'GET', path: '/api/config', status: 200, answer: config }))).toEqual([]);
  });

  it('refuses an answer on a route the server does not have', () => {
    const problems = contract.check(exchange({ method: 'GET', path: '/api/teams', status: 200, answer: {} }));
    expect(problems).toEqual([expect.stringContaining('the server has no route GET /api/teams')]);
  });

  it('refuses a status the route does not declare', () => {
    const problems = contract.check(exchange({ method: 'GET', path: '/api/config', status: 201, answer: config }));
    expect(problems).toEqual([expect.stringContaining('declares no answer 201')]);
  });

  it('refuses a field the response schema does not list, and a field it requires missing', () => {
    expect(
      contract.check(exchange({ method: 'GET', path: '/api/config', status: 200, answer: { ...config, secret: 'x' } })),
    ).toEqual([expect.stringContaining('must NOT have additional properties')]);
    const { sandbox: _, ...withoutSandbox } = config;
    expect(
      contract.check(exchange({ method: 'GET', path: '/api/config', status: 200, answer: withoutSandbox })),
    ).toEqual([expect.stringContaining("must have required property 'sandbox'")]);
  });

  it('refuses an error code outside the catalogue, or with another status than the catalogue’s', () => {
    const unauthorized = { statusCode: 401, code: 'unauthorized', error: 'Unauthorized', message: 'No.' };
    expect(contract.check(exchange({ method: 'GET', path: '/api/me', status: 401, answer: unauthorized }))).toEqual([
      expect.stringContaining('unauthorized is not in the error catalogue'),
    ]);
    const unknownUser = { statusCode: 400, code: 'person_not_found', error: 'Bad Request', message: 'No.' };
    expect(
      contract.check(exchange({ method: 'POST', path: '/api/sandbox/signin', status: 400, answer: unknownUser })),
    ).toEqual([expect.stringContaining('the catalogue answers person_not_found with 404')]);
  });

  it('refuses a success for a request the server would have refused', () => {
    expect(
      contract.check(exchange({ method: 'GET', path: `/api/people/${ids.luca}`, status: 200, answer: luca })),
    ).toEqual([]);
    expect(contract.check(exchange({ method: 'GET', path: '/api/people/u-luca', status: 200, answer: luca }))).toEqual([
      expect.stringContaining("the request's params"),
    ]);
  });
});

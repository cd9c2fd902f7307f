import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as M from '../../server/matching/schemas.js';
import type * as P from '../../server/programmes/schemas.js';
import { STANDARD } from '../../server/programmes/standard.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// Programmes as HR runs them, through the real app on the real database with the organisation
// synced from the sandbox tenant: what may be saved, how status moves, who sees and joins what.

let h: TestApp;
const tokens = new Map<string, string>();
const call = async <T = Record<string, unknown>>(
  key: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
) => {
  if (!tokens.has(key)) tokens.set(key, await h.t.ssoToken(persona(h.t, key).id));
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${tokens.get(key)}` },
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  return { status: res.statusCode, body: res.json() as T };
};
const joinAsMentee = (key: string, programmeId: string) =>
  call<M.Enrolment & { code?: string }>(key, 'PUT', `/api/enrolments/${programmeId}`, {
    asMentor: false,
    asMentee: true,
    offers: [],
    wants: [],
    goals: [],
    languages: ['it-IT', 'en-GB'],
    cadence: 'biweekly',
    meetingMinutes: 45,
  });
const departmentOf = async (key: string) =>
  (await h.db.query<{ department: string }>(`SELECT department FROM people WHERE id = $1`, [persona(h.t, key).id]))[0]!
    .department;

/** A programme for the junior developer's department only. */
const draft = async (): Promise<P.ProgrammeBody> => ({
  ...STANDARD.mentoring,
  names: { en: 'Onboarding buddies Milano', it: 'Buddy per i nuovi arrivati, Milano' },
  descriptions: { en: 'A colleague for your first months.', it: 'Un collega per i primi mesi.' },
  eligibility: {
    levels: [],
    departments: [await departmentOf('junior-dev')],
    offices: [],
    countries: [],
    inviteOnly: false,
  },
});

beforeAll(async () => {
  h = await buildTestApp({ size: 200 });
  await call('hr-admin', 'POST', '/api/admin/org-sync', {});
  for (let i = 0; i < 200 && (await call('hr-admin', 'GET', '/api/admin/org-sync')).body.status === 'running'; i++)
    await new Promise((r) => setTimeout(r, 50));
});
afterAll(async () => h?.close());

describe('programme routes', () => {
  it('answer 403 to anyone without the admin role, and change nothing', async () => {
    const body = await draft();
    for (const [method, url, payload] of [
      ['GET', '/api/admin/programmes'],
      ['POST', '/api/admin/programmes', body],
      ['GET', '/api/admin/programmes/mentoring'],
      ['PUT', '/api/admin/programmes/mentoring', { ...STANDARD.mentoring, names: { en: 'Mine', it: 'Mio' } }],
      ['POST', '/api/admin/programmes/mentoring/close'],
    ] as const) {
      const res = await call('junior-dev', method, url, payload);
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(res.body).toMatchObject({ code: 'admin_only' });
    }
    const list = await call<P.Programmes>('hr-admin', 'GET', '/api/admin/programmes');
    expect(list.body.programmes.map((p) => [p.id, p.status, p.names.en])).toEqual([
      ['mentoring', 'running', 'Mentoring'],
      ['reverse', 'running', 'Reverse mentoring'],
    ]);
  });
});

describe('a new programme', () => {
  it('refuses what cannot work, naming the field, and saves nothing', async () => {
    const body = await draft();
    const refused = async (payload: unknown) =>
      (await call<{ code: string; details?: { field?: string } }>('hr-admin', 'POST', '/api/admin/programmes', payload))
        .body;
    expect(await refused({ ...body, startsOn: '2027-03-01', endsOn: '2027-02-01' })).toMatchObject({
      code: 'programme_dates',
      details: { field: 'endsOn' },
    });
    expect(await refused({ ...body, enrolFrom: '2027-03-01', enrolUntil: '2027-01-01' })).toMatchObject({
      code: 'programme_dates',
      details: { field: 'enrolUntil' },
    });
    expect(
      await refused({ ...body, eligibility: { ...body.eligibility, departments: ['A department nobody works in'] } }),
    ).toMatchObject({ code: 'nobody_eligible', details: { field: 'eligibility' } });
    expect(
      await refused({ ...body, rules: { ...body.rules, weights: { ...body.rules.weights, skills: 101 } } }),
    ).toMatchObject({ code: 'invalid_request' });
    const zero = { skills: 0, goals: 0, diversity: 0, seniorityGap: 0, overlap: 0, load: 0 };
    expect(await refused({ ...body, rules: { ...body.rules, weights: zero } })).toMatchObject({
      code: 'no_weights',
      details: { field: 'rules.weights' },
    });
    expect(await refused({ ...body, catalogue: { skills: ['underwater_basket_weaving'], goals: [] } })).toMatchObject({
      code: 'unknown_skill',
    });
    expect((await call<P.Programmes>('hr-admin', 'GET', '/api/admin/programmes')).body.programmes).toHaveLength(2);
  });

  it('is a draft nobody sees until HR opens it; then those it admits join, and only they', async () => {
    const created = await call<P.Programme>('hr-admin', 'POST', '/api/admin/programmes', await draft());
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ status: 'draft', counts: { mentors: 0, mentees: 0, livePairs: 0 } });

    const seen = async (key: string) =>
      (await call<P.OpenProgrammes>(key, 'GET', '/api/programmes')).body.programmes.map((p) => p.id);
    expect(await seen('junior-dev')).not.toContain(id);
    expect((await joinAsMentee('junior-dev', id)).body).toMatchObject({ code: 'programme_closed' });

    expect((await call<P.Programme>('hr-admin', 'POST', `/api/admin/programmes/${id}/open`)).body.status).toBe(
      'running',
    );
    expect(await seen('junior-dev')).toContain(id);
    const enrolments = (await call<M.Enrolments>('junior-dev', 'GET', '/api/enrolments')).body;
    expect(enrolments.drafts.map((d) => d.programmeId)).toContain(id);

    // Someone from another department neither sees it nor may join.
    let other = '';
    for (const key of ['intern', 'london', 'new-york', 'bangalore', 'manager'])
      if (!other && (await departmentOf(key)) !== (await departmentOf('junior-dev'))) other = key;
    expect(other).not.toBe('');
    expect(await seen(other)).not.toContain(id);
    const outsider = await joinAsMentee(other, id);
    expect(outsider.status).toBe(403);
    expect(outsider.body).toMatchObject({ code: 'programme_not_eligible' });

    const joined = await joinAsMentee('junior-dev', id);
    expect(joined.status).toBe(200);
    expect(joined.body.programmeId).toBe(id);
    expect((await call<P.Programme>('hr-admin', 'GET', `/api/admin/programmes/${id}`)).body.counts.mentees).toBe(1);

    // People have joined: the kind is what their pairs are formed under.
    const changed = await call('hr-admin', 'PUT', `/api/admin/programmes/${id}`, {
      ...(await draft()),
      kind: 'reverse',
    });
    expect(changed.body).toMatchObject({ code: 'programme_kind_fixed', details: { field: 'kind' } });
  });

  it('moves draft → open → closed → archived, refusing other moves, and closed takes nobody new', async () => {
    const { id } = (await call<P.Programme>('hr-admin', 'POST', '/api/admin/programmes', await draft())).body;
    const move = (to: string) =>
      call<P.Programme & { code?: string }>('hr-admin', 'POST', `/api/admin/programmes/${id}/${to}`);
    expect((await move('close')).body).toMatchObject({ code: 'programme_status', details: { status: 'draft' } });
    expect((await move('open')).status).toBe(200);
    expect((await move('close')).body.status).toBe('closed');
    expect((await joinAsMentee('junior-dev', id)).body).toMatchObject({ code: 'programme_closed' });
    expect((await move('archive')).body.status).toBe('archived');
    expect((await call('hr-admin', 'PUT', `/api/admin/programmes/${id}`, await draft())).body).toMatchObject({
      code: 'programme_archived',
    });
    expect((await move('open')).body).toMatchObject({ code: 'programme_status' });
  });

  it('opens only on its start date: "open" before, "running" from then', async () => {
    const body = { ...(await draft()), startsOn: '2099-01-01', endsOn: '2099-12-31' };
    const { id } = (await call<P.Programme>('hr-admin', 'POST', '/api/admin/programmes', body)).body;
    expect((await call<P.Programme>('hr-admin', 'POST', `/api/admin/programmes/${id}/open`)).body.status).toBe('open');
    const listed = (await call<P.OpenProgrammes>('junior-dev', 'GET', '/api/programmes')).body.programmes;
    expect(listed.find((p) => p.id === id)).toMatchObject({ status: 'open', joinable: true, startsOn: '2099-01-01' });
  });

  it('answers 404 for a programme that does not exist', async () => {
    expect((await call('hr-admin', 'GET', '/api/admin/programmes/no-such-programme')).body).toMatchObject({
      code: 'programme_not_found',
    });
    expect((await joinAsMentee('junior-dev', 'no-such-programme')).status).toBe(404);
  });
});

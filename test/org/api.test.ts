import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';
import type { Me, People, SyncStatus, TitleRulesSaved } from '../../server/org/schemas.js';

let h: TestApp;
beforeAll(async () => {
  h = await buildTestApp({ size: 150 });
});
afterAll(async () => h?.close());

const as = async (key: string) => ({ authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` });
const waitForSync = async (headers: Record<string, string>) => {
  for (let i = 0; i < 100; i++) {
    const status = (await h.app.inject({ method: 'GET', url: '/api/admin/org-sync', headers })).json<SyncStatus>();
    if (status.status !== 'running') return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sync did not finish');
};

describe('before the first sync', () => {
  it('answers /api/me for a person from their own directory entry, read on their behalf', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('new-york') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      displayName: 'James Miller',
      synced: false,
      level: null,
      timeZone: 'America/New_York',
    });
    expect(res.json<Me>().jobTitle).not.toBeNull();
  });

  it('asks for consent when the person has not consented and is not yet known', async () => {
    const bangalore = persona(h.t, 'bangalore');
    await h.t.admin(`/sandbox/v1/users/${bangalore.id}/consent`, { method: 'PUT', body: { consented: false } });
    const res = await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('bangalore') });
    await h.t.admin(`/sandbox/v1/users/${bangalore.id}/consent`, { method: 'PUT', body: { consented: true } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'consent_required',
      details: { scopes: ['https://graph.microsoft.com/User.Read'] },
    });
  });
});

describe('org sync for HR programme owners', () => {
  it('is refused to people without the Tandem.Admin role', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/admin/org-sync', headers: await as('junior-dev') });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'admin_only' });
    const post = await h.app.inject({
      method: 'POST',
      url: '/api/admin/org-sync',
      headers: await as('manager'),
      payload: {},
    });
    expect(post.statusCode).toBe(403);
  });

  it('runs on request, shows progress and ends with its result', async () => {
    const headers = await as('hr-admin');
    expect((await h.app.inject({ method: 'GET', url: '/api/admin/org-sync', headers })).json()).toMatchObject({
      status: 'never',
    });
    const started = await h.app.inject({ method: 'POST', url: '/api/admin/org-sync', headers, payload: {} });
    expect(started.statusCode).toBe(202);
    // The answer comes once the run holds the tenant, so it never shows the state from before.
    expect(started.json<SyncStatus>().status).not.toBe('never');
    const done = await waitForSync(headers);
    expect(done).toMatchObject({ status: 'idle', lastResult: { mode: 'full', people: 150 }, progress: { pages: 1 } });
  });

  it('refuses an unknown option with 400 and a readable message', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/admin/org-sync',
      headers: await as('hr-admin'),
      payload: { everything: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_request' });
  });
});

describe('after a sync', () => {
  it('answers /api/me with the manager, the seniority level and the reasons for it', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('junior-dev') });
    const me = res.json<Me>();
    expect(me.synced).toBe(true);
    expect(me.manager!.displayName).toBe('Marco Ricci');
    expect(me.level!.value).toBeGreaterThanOrEqual(1);
    expect(me.level!.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(me.level!.value);
    expect(me.isManager).toBe(false);
    expect(me.timeZone).toBe('Europe/Berlin');
  });

  it("gives the IANA zone of the working hours' rule to someone whose mailbox names Outlook's customised zone", async () => {
    const custom = h.t.sandbox.state.directory.all().find((u) => 'bias' in u.mailbox.workingHours.timeZone)!;
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${await h.t.ssoToken(custom.id)}` },
    });
    const { timeZone } = res.json<Me>();
    // Rome's rules: the same wall clock as Europe/Rome in winter, in summer and on the change days.
    for (const at of ['2026-01-15T12:00:00Z', '2026-03-29T01:30:00Z', '2026-07-15T12:00:00Z', '2026-10-25T00:30:00Z']) {
      const wall = (zone: string) => new Date(at).toLocaleString('en-GB', { timeZone: zone });
      expect(wall(timeZone!)).toBe(wall('Europe/Rome'));
    }
  });

  it('answers without a zone when the mailbox settings cannot be read, rather than failing', async () => {
    const intern = persona(h.t, 'intern');
    await h.t.script({ method: 'GET', path: `/users/${intern.id}/mailboxSettings`, status: 404 });
    const res = await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('intern') });
    expect(res.statusCode).toBe(200);
    expect(h.t.sandbox.state.faults.scripted.pending()).toEqual([]);
    expect(res.json()).toMatchObject({ displayName: intern.displayName, synced: true, timeZone: null });
  });

  it('says a manager is one', async () => {
    const me = (await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('manager') })).json<Me>();
    expect(me.isManager).toBe(true);
  });

  it('searches people of the tenant with limited fields', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/people?search=giulia', headers: await as('manager') });
    const people = res.json<People>().people;
    expect(people.map((p) => p.displayName)).toContain('Giulia Esposito');
    expect(Object.keys(people[0]!).sort()).toEqual(['department', 'displayName', 'id', 'jobTitle', 'officeLocation']);
  });

  it('never shows one tenant the people of another, whatever is searched', async () => {
    const other = randomUUID();
    const intruder = randomUUID();
    await h.app.db.query(
      `INSERT INTO people (tenant_id, id, display_name, job_title) VALUES ($1, $2, 'Giulia Altrove', 'CEO')`,
      [other, intruder],
    );
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/people?search=giulia&top=50',
      headers: await as('manager'),
    });
    expect(res.json<People>().people.map((p) => p.id)).not.toContain(intruder);
  });

  it('refuses a page size beyond 50 with 400 invalid_request', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/people?top=500', headers: await as('manager') });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_request' });
  });

  it('shows a colleague by id, and nobody of another tenant, whatever id is sent', async () => {
    const headers = await as('manager');
    const colleague = persona(h.t, 'junior-dev');
    const res = await h.app.inject({ method: 'GET', url: `/api/people/${colleague.id}`, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: colleague.id,
      displayName: colleague.displayName,
      jobTitle: expect.any(String),
      department: 'Engineering',
      officeLocation: expect.any(String),
    });

    const other = randomUUID();
    const stranger = randomUUID();
    await h.app.db.query(`INSERT INTO people (tenant_id, id, display_name) VALUES ($1, $2, 'Someone Else')`, [
      other,
      stranger,
    ]);
    const refused = await h.app.inject({ method: 'GET', url: `/api/people/${stranger}`, headers });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toEqual({
      statusCode: 404,
      code: 'person_not_found',
      error: 'Not Found',
      message: 'No such person in your organisation.',
    });
    expect((await h.app.inject({ method: 'GET', url: '/api/people/not-a-guid', headers })).statusCode).toBe(400);
  });
});

describe("a tenant's own title vocabulary", () => {
  it('is only for HR programme owners', async () => {
    const res = await h.app.inject({
      method: 'PUT',
      url: '/api/admin/title-rules',
      headers: await as('manager'),
      payload: { rules: [] },
    });
    expect(res.statusCode).toBe(403);
  });

  it('overrides the built-in mapping and moves levels at once', async () => {
    const admin = await as('hr-admin');
    const before = (await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('junior-dev') })).json<Me>();
    const word = before.jobTitle!.split(' ')[0]!;
    const put = await h.app.inject({
      method: 'PUT',
      url: '/api/admin/title-rules',
      headers: admin,
      payload: { rules: [{ phrase: word, level: 8 }] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json<TitleRulesSaved>().levelsChanged).toBeGreaterThan(0);
    const after = (await h.app.inject({ method: 'GET', url: '/api/me', headers: await as('junior-dev') })).json<Me>();
    expect(after.level!.value).toBeGreaterThan(before.level!.value);
    expect(after.level!.reasons.map((r) => r.code)).toContain('title_override');
    expect((await h.app.inject({ method: 'GET', url: '/api/admin/title-rules', headers: admin })).json()).toEqual({
      rules: [{ phrase: word, level: 8 }],
    });
    await h.app.inject({ method: 'PUT', url: '/api/admin/title-rules', headers: admin, payload: { rules: [] } });
  });

  it('refuses duplicates and levels outside 1 to 10 with a 400 and keeps the rules it had', async () => {
    const admin = await as('hr-admin');
    await h.app.inject({
      method: 'PUT',
      url: '/api/admin/title-rules',
      headers: admin,
      payload: { rules: [{ phrase: 'Quadro', level: 6 }] },
    });
    const dup = await h.app.inject({
      method: 'PUT',
      url: '/api/admin/title-rules',
      headers: admin,
      payload: {
        rules: [
          { phrase: 'Capo', level: 5 },
          { phrase: 'capo', level: 6 },
        ],
      },
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json()).toMatchObject({ code: 'duplicate_phrase' });
    const high = await h.app.inject({
      method: 'PUT',
      url: '/api/admin/title-rules',
      headers: admin,
      payload: { rules: [{ phrase: 'Capo', level: 11 }] },
    });
    expect(high.statusCode).toBe(400);
    expect(high.json()).toMatchObject({ code: 'invalid_request' });
    expect((await h.app.inject({ method: 'GET', url: '/api/admin/title-rules', headers: admin })).json()).toEqual({
      rules: [{ phrase: 'Quadro', level: 6 }],
    });
  });
});

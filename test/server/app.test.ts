import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';
import type { ErrorBody } from '../../server/schemas.js';
import type { PickablePeople, SignInAnswer } from '../../server/sign-in-as/schemas.js';

let h: TestApp;
beforeAll(async () => {
  h = await buildTestApp();
});
afterAll(async () => h?.close());

describe('GET /healthz', () => {
  it('reports the version and that the database and Graph answer', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      version: 'test',
      database: { status: 'ok' },
      graph: { status: 'ok' },
    });
  });
});

describe('the API', () => {
  it('refuses a request without a bearer token with 401 missing_token', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ statusCode: 401, code: 'missing_token' });
  });

  it('tells the tab it runs against the sandbox tenant', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/config' });
    expect(res.json()).toEqual({
      sandbox: true,
      tenantId: h.t.sandbox.tenantId,
      clientId: h.t.identity.clientId,
      appIdUri: h.t.identity.appIdUri,
    });
  });

  it('signs in as a sandbox persona and answers /api/me with that person', async () => {
    const people = (await h.app.inject({ method: 'GET', url: '/api/sandbox/people' })).json<PickablePeople>();
    expect(people.people[0]?.persona).not.toBeNull();
    const junior = persona(h.t, 'junior-dev');
    const signin = await h.app.inject({ method: 'POST', url: '/api/sandbox/signin', payload: { userId: junior.id } });
    expect(signin.statusCode).toBe(200);
    const { accessToken } = signin.json<SignInAnswer>();
    const me = await h.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: junior.id,
      tenantId: h.t.sandbox.tenantId,
      displayName: junior.displayName,
      userPrincipalName: junior.userPrincipalName,
      roles: [],
    });
  });

  it('answers bad input with 400 invalid_request and a readable message', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/sandbox/signin', payload: { user: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_request' });
    expect(res.json<ErrorBody>().message).toContain('userId');
  });

  it('answers an unknown sandbox person with 404 person_not_found', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/sandbox/signin', payload: { userId: 'nobody' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'person_not_found' });
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });

  it('lets Teams, Outlook and Microsoft 365 frame the tab and nobody else', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain('https://teams.microsoft.com');
    expect(csp).toContain('https://outlook.office.com');
    expect(res.headers['x-frame-options']).toBeUndefined();
  });
});

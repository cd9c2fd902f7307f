import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { documentedError } from '../../server/sandbox/errors.js';
import type { ScriptableStatus } from '../../server/sandbox/limits/scripted.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// A Graph failure on a request path reaches the tab as Tandem's own answer, never as Graph's.
// GET /api/me for someone the org copy does not know yet reads their own entry (/me) on their
// behalf; the sandbox tenant answers that read with each failure, over HTTPS, through the whole app.

let h: TestApp;
beforeAll(async () => {
  h = await buildTestApp({ size: 40 });
});
afterAll(async () => h?.close());
afterEach(async () => {
  await h.t.admin('/sandbox/v1/faults/scripted', { method: 'DELETE' });
});

/** A code Graph never sends, so that finding it in an answer can only mean Graph's body leaked. */
const GRAPH_CODE = 'graphOwnCodeForThisTest';
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** GET /api/me as London's persona, whom no sync has copied yet. */
const me = async () =>
  h.app.inject({
    method: 'GET',
    url: '/api/me',
    headers: { authorization: `Bearer ${await h.t.ssoToken(persona(h.t, 'london').id)}` },
  });

/** The answer is Tandem's error body alone: nothing of Graph's code, message or request-id. */
function expectNothingOfGraph(body: Record<string, unknown>, status?: ScriptableStatus): void {
  // Every scripted answer was given: the failure is Graph's, after the client's retries.
  expect(h.t.sandbox.state.faults.scripted.pending()).toEqual([]);
  expect(Object.keys(body).sort()).toEqual(
    body.details === undefined
      ? ['code', 'error', 'message', 'statusCode']
      : ['code', 'details', 'error', 'message', 'statusCode'],
  );
  const text = JSON.stringify(body);
  expect(text).not.toContain(GRAPH_CODE);
  expect(text).not.toMatch(GUID);
  if (status !== undefined) expect(text).not.toContain(documentedError(status, { retryAfterSeconds: 0 }).message);
}

describe("a Graph failure reading a person's own entry on their behalf", () => {
  it('is 403 consent_required with the scopes to ask for when Graph answers 403', async () => {
    await h.t.script({ method: 'GET', path: '/me', status: 403, code: GRAPH_CODE });
    const res = await me();
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'consent_required',
      details: { scopes: ['https://graph.microsoft.com/User.Read'] },
    });
    expectNothingOfGraph(res.json(), 403);
  });

  it('is 502 graph_unavailable when Graph answers 404', async () => {
    await h.t.script({ method: 'GET', path: '/me', status: 404, code: GRAPH_CODE });
    const res = await me();
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ code: 'graph_unavailable' });
    expectNothingOfGraph(res.json(), 404);
  });

  it('is 503 graph_throttled with a Retry-After header when Graph keeps answering 429', async () => {
    // The first answer and the Graph client's 8 retries, each after a Retry-After of 0.
    await h.t.script({ method: 'GET', path: '/me', status: 429, code: GRAPH_CODE, retryAfterSeconds: 0, times: 9 });
    const res = await me();
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'graph_throttled' });
    expect(res.headers['retry-after']).toBe('1');
    expectNothingOfGraph(res.json(), 429);
  });

  it('is 502 graph_unavailable when Graph keeps answering 503', async () => {
    await h.t.script({ method: 'GET', path: '/me', status: 503, code: GRAPH_CODE, retryAfterSeconds: 0, times: 9 });
    const res = await me();
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ code: 'graph_unavailable' });
    expect(res.headers['retry-after']).toBeUndefined();
    expectNothingOfGraph(res.json(), 503);
  });

  it('is 502 graph_unavailable when the connection keeps dropping', async () => {
    // The first attempt and the three more a dropped read gets.
    await h.t.script({ method: 'GET', path: '/me', drop: true, times: 4 });
    const res = await me();
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ code: 'graph_unavailable' });
    expectNothingOfGraph(res.json());
  });

  it('answers once Graph does: none of the failures left anything behind', async () => {
    const res = await me();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Emily Clarke', synced: false, timeZone: 'Europe/London' });
  });
});

import { GraphError } from '@microsoft/microsoft-graph-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../server/auth/verify.js';
import { AppError } from '../../server/errors.js';
import { DEFAULT_RETRY_AFTER_SECONDS, graphFailure, toTandemError } from '../../server/graph/errors.js';
import { persona, sandboxGraph, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Each Graph failure a request path can meet, made by the sandbox tenant over HTTPS and read
// through Tandem's Graph facade: what comes out is Tandem's error, with nothing of Graph's body.

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 40 });
});
afterAll(async () => t?.close());
afterEach(async () => {
  await t.admin('/sandbox/v1/faults/scripted', { method: 'DELETE' });
});

const failure = (promise: Promise<unknown>): Promise<AppError> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => {
      expect(err).toBeInstanceOf(AppError);
      return err as AppError;
    },
  );

/** What the tab would see of the error: its code, message and details. */
const seen = (err: AppError): string =>
  JSON.stringify({ code: err.code, message: err.message, details: err.details ?? null });

/** Graph's own words for an answer it gave: its code, message and request id (from the SDK error kept as cause). */
const graphWords = (err: AppError): string[] => {
  const cause = err.cause as GraphError;
  const body = JSON.parse(cause.body as string) as { code: string; message: string };
  return [body.code, body.message, cause.requestId!].filter(Boolean);
};

const personOf = (user: { id: string; displayName: string; userPrincipalName: string }): Person => ({
  tenantId: t.sandbox.tenantId,
  userId: user.id,
  name: user.displayName,
  username: user.userPrincipalName,
  roles: [],
});

describe("a Graph failure on a person's behalf", () => {
  it("is consent_required with the scopes to ask for when Graph answers 403, without Graph's body", async () => {
    const junior = persona(t, 'junior-dev');
    await t.script({ method: 'GET', path: '/me', status: 403, code: 'Authorization_RequestDenied' });
    const err = await failure(
      sandboxGraph(t)
        .asPerson(personOf(junior), await t.ssoToken(junior.id))
        .me(),
    );
    expect(err.code).toBe('consent_required');
    expect(err.statusCode).toBe(403);
    expect(err.details).toEqual({ scopes: ['https://graph.microsoft.com/User.Read'] });
    const words = graphWords(err);
    expect(words).toContain('Authorization_RequestDenied');
    for (const w of words) expect(seen(err)).not.toContain(w);
  });

  it('is consent_required when Graph answers 401 to the delegated token', async () => {
    const junior = persona(t, 'junior-dev');
    await t.script({ method: 'GET', path: '/me', status: 401 });
    const err = await failure(
      sandboxGraph(t)
        .asPerson(personOf(junior), await t.ssoToken(junior.id))
        .me(),
    );
    expect(err.code).toBe('consent_required');
  });

  it("is graph_unavailable when Graph answers 404, and Graph's body is nowhere in it", async () => {
    const junior = persona(t, 'junior-dev');
    await t.script({ method: 'GET', path: '/me', status: 404 });
    const err = await failure(
      sandboxGraph(t)
        .asPerson(personOf(junior), await t.ssoToken(junior.id))
        .me(),
    );
    expect(err.code).toBe('graph_unavailable');
    expect(err.statusCode).toBe(502);
    for (const w of graphWords(err)) expect(seen(err)).not.toContain(w);
  });

  it("is the on-behalf-of exchange's consent_required when the person never consented, before Graph", async () => {
    const intern = persona(t, 'intern');
    await t.admin(`/sandbox/v1/users/${intern.id}/consent`, { method: 'PUT', body: { consented: false } });
    try {
      const before = t.sandbox.state.stats.http;
      const err = await failure(
        sandboxGraph(t)
          .asPerson(personOf(intern), await t.ssoToken(intern.id))
          .me(),
      );
      expect(err.code).toBe('consent_required');
      expect(t.sandbox.state.stats.http).toBe(before);
    } finally {
      await t.admin(`/sandbox/v1/users/${intern.id}/consent`, { method: 'PUT', body: { consented: true } });
    }
  });
});

describe("a Graph failure of the app's own call", () => {
  it("is graph_throttled with Graph's Retry-After once the retries are spent", async () => {
    const ceo = persona(t, 'ceo');
    await t.script({ method: 'GET', path: `/users/${ceo.id}/mailboxSettings`, status: 429, retryAfterSeconds: 7 });
    const err = await failure(
      sandboxGraph(t, { maxRetries: 0 }).forTenant(t.sandbox.tenantId).mailboxes.readOne(ceo.id),
    );
    expect(err.code).toBe('graph_throttled');
    expect(err.statusCode).toBe(503);
    expect(err.retryAfterSeconds).toBe(7);
    for (const w of graphWords(err)) expect(seen(err)).not.toContain(w);
  });

  it('rounds a fractional Retry-After up to whole seconds', async () => {
    const ceo = persona(t, 'ceo');
    await t.script({ method: 'GET', path: `/users/${ceo.id}/mailboxSettings`, status: 429, retryAfterSeconds: 2.128 });
    const err = await failure(
      sandboxGraph(t, { maxRetries: 0 }).forTenant(t.sandbox.tenantId).mailboxes.readOne(ceo.id),
    );
    expect(err.retryAfterSeconds).toBe(3);
  });

  it('waits out a 429 and answers when Graph does, as before', async () => {
    const ceo = persona(t, 'ceo');
    await t.script({
      method: 'GET',
      path: `/users/${ceo.id}/mailboxSettings`,
      status: 429,
      retryAfterSeconds: 0.05,
      times: 2,
    });
    const graph = sandboxGraph(t).forTenant(t.sandbox.tenantId);
    const facts = await graph.mailboxes.readOne(ceo.id);
    expect(facts.timeZone).toBeTruthy();
    expect(graph.requests()).toBe(3);
  });

  it('is graph_unavailable when Graph keeps answering 503 through every retry', async () => {
    const ceo = persona(t, 'ceo');
    await t.script({
      method: 'GET',
      path: `/users/${ceo.id}/mailboxSettings`,
      status: 503,
      retryAfterSeconds: 0,
      times: 3,
    });
    const graph = sandboxGraph(t, { maxRetries: 2 }).forTenant(t.sandbox.tenantId);
    const err = await failure(graph.mailboxes.readOne(ceo.id));
    expect(err.code).toBe('graph_unavailable');
    expect(err.statusCode).toBe(502);
    expect(graph.requests()).toBe(3);
    for (const w of graphWords(err)) expect(seen(err)).not.toContain(w);
  });

  it('is graph_unavailable when the connection keeps breaking before Graph answers', async () => {
    const ceo = persona(t, 'ceo');
    await t.script({ method: 'GET', path: `/users/${ceo.id}/mailboxSettings`, drop: true, times: 4 });
    const err = await failure(sandboxGraph(t).forTenant(t.sandbox.tenantId).mailboxes.readOne(ceo.id));
    expect(err.code).toBe('graph_unavailable');
    expect(graphFailure(err)?.reason).toBe('dropped');
    expect(seen(err)).not.toMatch(/fetch failed|socket/i);
  });

  it('reads again when a connection breaks once, as before', async () => {
    const ceo = persona(t, 'ceo');
    await t.script({ method: 'GET', path: `/users/${ceo.id}/mailboxSettings`, drop: true });
    const facts = await sandboxGraph(t).forTenant(t.sandbox.tenantId).mailboxes.readOne(ceo.id);
    expect(facts.timeZone).toBeTruthy();
  });

  it('is graph_unavailable when Graph does not answer in time', async () => {
    const ceo = persona(t, 'ceo');
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rateSlow: 1, slowMs: 1500 } });
    try {
      const err = await failure(
        sandboxGraph(t, { timeoutMs: 200 }).forTenant(t.sandbox.tenantId).mailboxes.readOne(ceo.id),
      );
      expect(err.code).toBe('graph_unavailable');
      expect(graphFailure(err)?.reason).toBe('timeout');
    } finally {
      await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rateSlow: 0 } });
    }
  });

  it("is graph_unavailable, an administrator's problem, when Graph refuses the app itself with 403", async () => {
    const ceo = persona(t, 'ceo');
    await t.script({ method: 'GET', path: `/users/${ceo.id}`, status: 403 });
    const err = await failure(sandboxGraph(t).forTenant(t.sandbox.tenantId).mailboxes.readSkills(ceo.id));
    expect(err.code).toBe('graph_unavailable');
    expect(err.message).toMatch(/administrator/);
  });

  it('is graph_unavailable when a request inside a $batch fails', async () => {
    const ceo = persona(t, 'ceo');
    await t.script({ method: 'GET', path: `/users/${ceo.id}/events/no-such-event`, status: 500 });
    const now = Date.now();
    const err = await failure(
      sandboxGraph(t)
        .forTenant(t.sandbox.tenantId)
        .calendar.readSeriesStates(
          [{ organizerId: ceo.id, eventId: 'no-such-event', attendeeAddress: 'someone@example.com' }],
          { start: now, end: now + 86_400_000 },
        ),
    );
    expect(err.code).toBe('graph_unavailable');
    expect(graphFailure(err)).toMatchObject({ reason: 'answer', status: 500, code: 'generalException' });
    expect(seen(err)).not.toContain('generalException');
  });

  it('is graph_unavailable when no token for Graph can be had', async () => {
    const graph = sandboxGraph(t, {
      appToken: () => Promise.reject(new Error('AADSTS7000215: Invalid client secret provided.')),
    });
    const err = await failure(graph.forTenant(t.sandbox.tenantId).reachable());
    expect(err.code).toBe('graph_unavailable');
    expect(graphFailure(err)?.reason).toBe('token');
    expect(seen(err)).not.toContain('AADSTS');
  });
});

describe('toTandemError', () => {
  it('gives a throttled answer without Retry-After the default wait', () => {
    const err = toTandemError(
      Object.assign(new GraphError(429, 'Please retry again later.'), { code: 'TooManyRequests' }),
    ) as AppError;
    expect(err.code).toBe('graph_throttled');
    expect(err.retryAfterSeconds).toBe(DEFAULT_RETRY_AFTER_SECONDS);
  });

  it("leaves an error that is not Graph's as it is, for the 500 handler", () => {
    const bug = new RangeError('a bug of ours');
    expect(toTandemError(bug)).toBe(bug);
  });

  it("leaves Tandem's own errors as they are", () => {
    const own = new AppError('obo_failed', 'Sign in again.');
    expect(toTandemError(own, { delegatedScopes: ['x'] })).toBe(own);
  });
});

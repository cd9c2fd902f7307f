import { Client, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

interface BatchResponse {
  responses: { id: string; status: number; headers: Record<string, string>; body?: { error?: { code: string } } }[];
}

let t: TestSandbox;
beforeAll(async () => {
  // A directory budget small enough to reach in a test: 12 resource units per 10 s.
  t = await startTestSandbox({ size: 40, limits: { directoryRu: { small: 12, medium: 12, large: 12 } } });
});
afterAll(async () => t?.close());

describe('$batch', () => {
  it('answers each request on its own, with 424 for dependants of a failure', async () => {
    const ceo = persona(t, 'ceo');
    const res = (await t.graph.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: `/users/${ceo.id}?$select=id,displayName` },
        { id: '2', method: 'GET', url: '/users/00000000-0000-4000-8000-000000000000' },
        { id: '3', method: 'GET', url: `/users/${ceo.id}/directReports`, dependsOn: ['2'] },
        { id: '4', method: 'GET', url: 'users?$top=1' },
      ],
    })) as BatchResponse;
    const byId = new Map(res.responses.map((r) => [r.id, r]));
    expect(byId.get('1')?.status).toBe(200);
    expect(byId.get('2')?.status).toBe(404);
    expect(byId.get('2')?.body?.error?.code).toBe('Request_ResourceNotFound');
    expect(byId.get('3')?.status).toBe(424);
    expect(byId.get('4')?.status).toBe(200);
  });

  it('refuses more than 20 requests and duplicate ids with a 400 for the whole batch', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users?$top=1' }));
    const tooMany = (await t.graph.api('/$batch').post({ requests: many }).catch((e: unknown) => e)) as { statusCode: number };
    expect(tooMany.statusCode).toBe(400);
    const dup = (await t.graph.api('/$batch').post({ requests: [{ id: 'a', method: 'GET', url: '/users' }, { id: 'A', method: 'GET', url: '/users' }] }).catch((e: unknown) => e)) as { statusCode: number };
    expect(dup.statusCode).toBe(400);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After once the directory budget is spent, and the SDK retries after it', async () => {
    // Spend the budget: a GET /users costs 2 units.
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => t.graph.api('/users').middlewareOptions([new RetryHandlerOptions(0, 0)]).get()));
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { statusCode: number; headers?: Headers });
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.statusCode === 429)).toBe(true);
    const retryAfter = Number(refused[0]!.headers?.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);

    // With its retry handler on, the SDK waits Retry-After and then succeeds.
    const started = Date.now();
    const page = (await t.graph.api('/users').middlewareOptions([new RetryHandlerOptions(1, 5)]).get()) as { value: unknown[] };
    expect(page.value.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  it('answers inner 429s inside a batch while the batch itself succeeds', async () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/users?$top=50' }));
    const res = (await t.graph.api('/$batch').middlewareOptions([new RetryHandlerOptions(0, 0)]).post({ requests })) as BatchResponse;
    const throttled = res.responses.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled[0]!.headers['Retry-After']).toMatch(/^\d+$/);
  });
});

describe('injected faults', () => {
  let f: TestSandbox;
  beforeAll(async () => {
    f = await startTestSandbox({ size: 40 });
  });
  afterAll(async () => f?.close());

  it('are drawn from a seed: the same settings fail the same requests', async () => {
    const t = f;
    const outcomes = async (): Promise<number[]> => {
      expect((await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate503: 0.5, seed: 99, retryAfterSeconds: 0 } })).status).toBe(200);
      const codes: number[] = [];
      const client = Client.initWithMiddleware({
        baseUrl: `${t.sandbox.origin}/`,
        customHosts: new Set(['localhost']),
        authProvider: { getAccessToken: async () => (await t.msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }))!.accessToken },
      });
      for (let i = 0; i < 10; i++) {
        const ceo = persona(t, 'ceo');
        codes.push(await client.api(`/users/${ceo.id}`).middlewareOptions([new RetryHandlerOptions(0, 0)]).get().then(() => 200, (e: { statusCode: number }) => e.statusCode));
      }
      return codes;
    };
    const first = await outcomes();
    const second = await outcomes();
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate503: 0 } });
    expect(first).toEqual(second);
    expect(first).toContain(503);
    expect(first).toContain(200);
  });
});

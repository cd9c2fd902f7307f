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
    const tooMany = (await t.graph
      .api('/$batch')
      .post({ requests: many })
      .catch((e: unknown) => e)) as { statusCode: number };
    expect(tooMany.statusCode).toBe(400);
    const dup = (await t.graph
      .api('/$batch')
      .post({
        requests: [
          { id: 'a', method: 'GET', url: '/users' },
          { id: 'A', method: 'GET', url: '/users' },
        ],
      })
      .catch((e: unknown) => e)) as { statusCode: number };
    expect(dup.statusCode).toBe(400);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After once the directory budget is spent, and the SDK retries after it', async () => {
    // Spend the budget: a GET /users costs 2 units.
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        t.graph
          .api('/users')
          .middlewareOptions([new RetryHandlerOptions(0, 0)])
          .get(),
      ),
    );
    const refused = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason as { statusCode: number; headers?: Headers });
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.statusCode === 429)).toBe(true);
    const retryAfter = Number(refused[0]!.headers?.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);

    // With its retry handler on, the SDK waits Retry-After and then succeeds.
    const started = Date.now();
    const page = (await t.graph
      .api('/users')
      .middlewareOptions([new RetryHandlerOptions(1, 5)])
      .get()) as { value: unknown[] };
    expect(page.value.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  it('answers inner 429s inside a batch while the batch itself succeeds', async () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: '/users?$top=50',
    }));
    const res = (await t.graph
      .api('/$batch')
      .middlewareOptions([new RetryHandlerOptions(0, 0)])
      .post({ requests })) as BatchResponse;
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
      expect(
        (await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate503: 0.5, seed: 99, retryAfterSeconds: 0 } }))
          .status,
      ).toBe(200);
      const codes: number[] = [];
      const client = Client.initWithMiddleware({
        baseUrl: `${t.sandbox.origin}/`,
        customHosts: new Set(['localhost']),
        authProvider: {
          getAccessToken: async () =>
            (await t.msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }))!
              .accessToken,
        },
      });
      for (let i = 0; i < 10; i++) {
        const ceo = persona(t, 'ceo');
        codes.push(
          await client
            .api(`/users/${ceo.id}`)
            .middlewareOptions([new RetryHandlerOptions(0, 0)])
            .get()
            .then(
              () => 200,
              (e: { statusCode: number }) => e.statusCode,
            ),
        );
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

describe('scripted answers', () => {
  let f: TestSandbox;
  beforeAll(async () => {
    f = await startTestSandbox({ size: 40 });
  });
  afterAll(async () => f?.close());

  const once = (e: unknown) => e as { statusCode: number; code: string; body: string; headers?: Headers };
  const noRetry = [new RetryHandlerOptions(0, 0)];

  it("answer the next matching requests with the status and Graph's documented body, then as usual", async () => {
    const ceo = persona(f, 'ceo');
    const script = { method: 'GET', path: `/v1.0/users/${ceo.id.toUpperCase()}`, status: 404, times: 2 };
    expect((await f.admin('/sandbox/v1/faults/scripted', { method: 'POST', body: script })).status).toBe(201);
    const read = () =>
      f.graph
        .api(`/users/${ceo.id}`)
        .select('id')
        .middlewareOptions(noRetry)
        .get()
        .then(
          () => 200,
          (e: unknown) => once(e),
        );
    const [first, second, third] = [await read(), await read(), await read()];
    expect(once(first).statusCode).toBe(404);
    expect(once(first).code).toBe('itemNotFound');
    const body = JSON.parse(once(first).body) as { code: string; message: string; innerError: Record<string, string> };
    expect(body.message).toBe("The requested resource doesn't exist.");
    expect(Object.keys(body.innerError).sort()).toEqual(['client-request-id', 'date', 'request-id']);
    expect(once(second).statusCode).toBe(404);
    expect(third).toBe(200);
  });

  it('leave other methods and paths alone', async () => {
    const ceo = persona(f, 'ceo');
    await f.script({ method: 'PATCH', path: `/users/${ceo.id}`, status: 500 });
    await f.script({ method: 'GET', path: `/users/${ceo.id}/manager`, status: 500 });
    expect(((await f.graph.api(`/users/${ceo.id}`).select('id').get()) as { id: string }).id).toBe(ceo.id);
    await f.admin('/sandbox/v1/faults/scripted', { method: 'DELETE' });
    const reports = (await f.graph.api(`/users/${ceo.id}/directReports`).get()) as { value: unknown[] };
    expect(reports.value.length).toBeGreaterThan(0);
  });

  it('answer 429 and 503 with Retry-After and their documented codes', async () => {
    const ceo = persona(f, 'ceo');
    await f.script({ method: 'GET', path: `/users/${ceo.id}/mailboxSettings`, status: 429, retryAfterSeconds: 7 });
    await f.script({ method: 'GET', path: `/users/${ceo.id}/mailboxSettings`, status: 503, retryAfterSeconds: 2 });
    const read = async () => {
      const request = f.graph.api(`/users/${ceo.id}/mailboxSettings`).middlewareOptions(noRetry).get();
      const e = once(await request.catch((x: unknown) => x));
      return [e.statusCode, e.code, e.headers?.get('Retry-After')];
    };
    expect(await read()).toEqual([429, 'TooManyRequests', '7']);
    expect(await read()).toEqual([503, 'serviceNotAvailable', '2']);
  });

  it('answer a request inside a $batch within the batch', async () => {
    const ceo = persona(f, 'ceo');
    await f.script({ method: 'GET', path: `/users/${ceo.id}`, status: 403, code: 'Authorization_RequestDenied' });
    const requests = ['1', '2'].map((id) => ({ id, method: 'GET', url: `/users/${ceo.id}?$select=id` }));
    const res = (await f.graph.api('/$batch').post({ requests })) as BatchResponse;
    const byId = res.responses.sort((a, b) => a.id.localeCompare(b.id));
    const statuses = byId.map((r) => [r.status, r.body?.error?.code ?? null]);
    expect(statuses).toEqual([
      [403, 'Authorization_RequestDenied'],
      [200, null],
    ]);
  });

  it('cut the connection of a dropped request after it took effect', async () => {
    const ceo = persona(f, 'ceo');
    await f.script({ method: 'POST', path: `/users/${ceo.id}/events`, drop: true });
    const event = {
      subject: 'Tandem: dropped but booked',
      start: { dateTime: '2027-02-01T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2027-02-01T10:30:00', timeZone: 'UTC' },
      transactionId: 'dropped-1',
    };
    const err = (await f.graph
      .api(`/users/${ceo.id}/events`)
      .post(event)
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/fetch failed|terminated|socket/i);
    const events = (await f.graph.api(`/users/${ceo.id}/events`).top(1000).get()) as { value: { subject: string }[] };
    expect(events.value.filter((e) => e.subject === event.subject).length).toBe(1);
  });

  it('refuse a script that names both a status and a drop, or neither, or an undocumented status', async () => {
    const wrong = [
      { method: 'GET', path: '/me', status: 404, drop: true },
      { method: 'GET', path: '/me' },
      { method: 'GET', path: '/me', status: 418 },
    ];
    for (const body of wrong) {
      expect((await f.admin('/sandbox/v1/faults/scripted', { method: 'POST', body })).status).toBe(400);
    }
  });

  it('do not change what the seeded rates fail', async () => {
    const ceo = persona(f, 'ceo');
    const outcomes = async (): Promise<number[]> => {
      await f.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate503: 0.5, seed: 99, retryAfterSeconds: 0 } });
      const codes: number[] = [];
      for (let i = 0; i < 10; i++) {
        const read = f.graph.api(`/users/${ceo.id}`).middlewareOptions(noRetry).get();
        codes.push(
          await read.then(
            () => 200,
            (e: { statusCode: number }) => e.statusCode,
          ),
        );
      }
      return codes;
    };
    const plain = await outcomes();
    await f.script({ method: 'GET', path: '/users/someone-else', status: 404 });
    const scripted = await outcomes();
    await f.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate503: 0 } });
    await f.admin('/sandbox/v1/faults/scripted', { method: 'DELETE' });
    expect(scripted).toEqual(plain);
  });
});

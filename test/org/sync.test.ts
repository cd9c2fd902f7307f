import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { createGraph } from '../../server/graph/facade.js';
import { syncTenant, type SyncDeps } from '../../server/org/sync.js';
import type { SyncResult } from '../../server/org/schemas.js';
import { createTestDb } from '../helpers/db.js';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Org sync against the sandbox tenant over HTTPS, on the real database: full and incremental
// rounds, hires, leavers and re-orgs made with the sandbox's change endpoints, expired tokens,
// injected faults, and two runners at once.

let now = Date.parse('2026-11-02T08:00:00Z');
let t: TestSandbox;
let db: Db;
let deps: SyncDeps;
const quiet = { info: () => undefined, warn: () => undefined };

beforeAll(async () => {
  [t, db] = await Promise.all([startTestSandbox({ size: 450, clock: { now: () => now } }), createTestDb()]);
  // Tokens follow the sandbox's clock, which this file moves: never reuse one from msal's cache.
  const graph = createGraph({
    endpoint: t.identity.graphEndpoint,
    appToken: async () =>
      (await t.msal.acquireTokenByClientCredential({
        scopes: ['https://graph.microsoft.com/.default'],
        skipCache: true,
      }))!.accessToken,
  }).forTenant(t.sandbox.tenantId);
  deps = {
    db,
    readPage: (url, full) => graph.directory.readDeltaPage(url, full),
    graphRequests: graph.requests,
    clock: { now: () => now },
    log: quiet,
  };
});
afterAll(async () => {
  await db?.close();
  await t?.close();
});

const tenant = () => t.sandbox.tenantId;
const sync = async (owner = 'test', full = false): Promise<SyncResult> => {
  const result = await syncTenant(deps, tenant(), { owner, full });
  if (result === 'busy') throw new Error('unexpectedly busy');
  return result;
};
const person = async (id: string) =>
  (
    await db.query<{
      id: string;
      manager_id: string | null;
      job_title: string | null;
      removed_at: Date | null;
      level: number | null;
      level_reasons: unknown[] | null;
    }>(
      'SELECT id, manager_id, job_title, removed_at, level, level_reasons FROM people WHERE tenant_id = $1 AND id = $2',
      [tenant(), id],
    )
  )[0];
const current = async () =>
  (
    await db.query<{ n: number }>('SELECT count(*)::int AS n FROM people WHERE tenant_id = $1 AND removed_at IS NULL', [
      tenant(),
    ])
  )[0]!.n;

describe('org sync', () => {
  it('copies the whole directory in a first, full round, with managers and seniority', async () => {
    const result = await sync();
    expect(result).toMatchObject({ mode: 'full', reason: 'first', people: 450, upserts: 450, removed: 0 });
    expect(result.pages).toBe(3);
    expect(await current()).toBe(450);
    const junior = persona(t, 'junior-dev');
    const row = await person(junior.id);
    expect(row?.manager_id).toBe(t.sandbox.state.directory.get(junior.id)!.managerId);
    expect(row?.level).toBeGreaterThanOrEqual(1);
    expect((await person(persona(t, 'ceo').id))?.level).toBe(10);
  });

  it('follows a hire, a leaver and a manager change in an incremental round', async () => {
    const manager = persona(t, 'manager');
    const res = await t.admin('/sandbox/v1/users', {
      method: 'POST',
      body: { givenName: 'Nuovo', surname: 'Assunto', managerId: manager.id, jobTitle: 'Analista' },
    });
    const hired = (await res.json()) as { id: string };
    const leaver = t.sandbox.state.directory
      .directReports(manager.id)
      .find((u) => u.persona === null && u.id !== hired.id)!;
    await t.admin(`/sandbox/v1/users/${leaver.id}/leave`, { method: 'POST', body: {} });
    const mover = persona(t, 'london');
    await t.admin(`/sandbox/v1/users/${mover.id}`, { method: 'PATCH', body: { managerId: manager.id } });

    const result = await sync();
    expect(result).toMatchObject({ mode: 'incremental', upserts: 2, removed: 1, people: 450 });
    expect((await person(hired.id))?.job_title).toBe('Analista');
    expect((await person(leaver.id))?.removed_at).not.toBeNull();
    expect((await person(mover.id))?.manager_id).toBe(manager.id);
  });

  it('reads the directory again in full when the delta token has expired, sweeping who left meanwhile', async () => {
    const gone = t.sandbox.state.directory.all().at(-1)!;
    now += 8 * 24 * 3600_000;
    await t.admin(`/sandbox/v1/users/${gone.id}/leave`, { method: 'POST', body: { permanent: true } });
    const result = await sync();
    expect(result).toMatchObject({ mode: 'full', reason: 'token_expired', people: 449 });
    expect((await person(gone.id))?.removed_at).not.toBeNull();
    expect(await current()).toBe(449);
  });

  it('is delayed by throttling, 503s and dropped connections but loses nothing', async () => {
    const clean = await sync('clean', true);
    await t.admin('/sandbox/v1/faults', {
      method: 'PUT',
      body: { rate429: 0.3, rate503: 0.2, rateDrop: 0.2, retryAfterSeconds: 0.01, seed: 3 },
    });
    try {
      const faulty = await sync('faulty', true);
      expect(faulty.people).toBe(clean.people);
      expect(faulty.upserts).toBe(clean.upserts);
      expect(faulty.graphRequests).toBeGreaterThan(clean.graphRequests);
    } finally {
      await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate429: 0, rate503: 0, rateDrop: 0 } });
    }
    expect(await current()).toBe(449);
  });

  it('runs once when two runners start together', async () => {
    // Service time, so that the first run still holds the tenant when the second asks.
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { latencyMs: 200 } });
    const [a, b] = await Promise.all([
      syncTenant(deps, tenant(), { owner: 'a' }),
      syncTenant(deps, tenant(), { owner: 'b' }),
    ]).finally(() => t.admin('/sandbox/v1/faults', { method: 'PUT', body: { latencyMs: 0 } }));
    expect([a, b].filter((r) => r === 'busy').length).toBe(1);
    expect([a, b].filter((r) => r !== 'busy').length).toBe(1);
  });
});

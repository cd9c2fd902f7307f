import { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

interface DeltaItem {
  id: string;
  jobTitle?: string;
  '@removed'?: { reason: string };
  'manager@delta'?: { id: string }[];
}
interface DeltaPage {
  value: DeltaItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

let now = Date.parse('2026-11-02T09:00:00Z');
let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 450, clock: { now: () => now } });
});
afterAll(async () => t?.close());

/** Follows nextLinks to the end of a round; returns its items, pages and the deltaLink. */
async function round(client: Client, start: string): Promise<{ items: DeltaItem[]; pages: number; deltaLink: string }> {
  const items: DeltaItem[] = [];
  let link: string | undefined = start;
  let pages = 0;
  for (;;) {
    const page = (await client.api(link).get()) as DeltaPage;
    pages += 1;
    items.push(...page.value);
    if (page['@odata.deltaLink']) return { items, pages, deltaLink: page['@odata.deltaLink'] };
    link = page['@odata.nextLink'];
    if (!link) throw new Error('a delta page had neither nextLink nor deltaLink');
  }
}

describe('users delta rounds', () => {
  it('return everyone in the initial round and then only hires, leavers and re-orgs', async () => {
    const initial = await round(t.graph, '/users/delta?$select=displayName,jobTitle,department,manager');
    expect(new Set(initial.items.map((i) => i.id)).size).toBe(450);
    expect(initial.pages).toBe(3);
    const junior = persona(t, 'junior-dev');
    expect(initial.items.find((i) => i.id === junior.id)?.['manager@delta']?.[0]?.id).toBe(
      t.sandbox.state.directory.get(junior.id)!.managerId,
    );

    const manager = persona(t, 'manager');
    const hired = (await (
      await t.admin('/sandbox/v1/users', {
        method: 'POST',
        body: { givenName: 'Chiara', surname: 'Galli', managerId: manager.id, jobTitle: 'Sviluppatrice' },
      })
    ).json()) as { id: string };
    const leaver = t.sandbox.state.directory
      .directReports(manager.id)
      .find((u) => u.id !== junior.id && u.id !== hired.id)!;
    expect((await t.admin(`/sandbox/v1/users/${leaver.id}/leave`, { method: 'POST', body: {} })).status).toBe(204);
    const newBoss = persona(t, 'director-rome');
    expect(
      (await t.admin(`/sandbox/v1/users/${junior.id}`, { method: 'PATCH', body: { managerId: newBoss.id } })).status,
    ).toBe(200);

    const next = await round(t.graph, initial.deltaLink);
    const byId = new Map(next.items.map((i) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual([hired.id, leaver.id, junior.id].sort());
    expect(byId.get(leaver.id)?.['@removed']).toEqual({ reason: 'changed' });
    expect(byId.get(junior.id)?.['manager@delta']).toEqual([
      { '@odata.type': '#microsoft.graph.user', id: newBoss.id },
    ]);
    expect(byId.get(hired.id)?.jobTitle).toBe('Sviluppatrice');

    const quiet = await round(t.graph, next.deltaLink);
    expect(quiet.items).toEqual([]);
  });

  it('does not surface a change to a property the round does not programmeId', async () => {
    const start = await round(t.graph, '/users/delta?$select=department');
    const someone = persona(t, 'london');
    await t.admin(`/sandbox/v1/users/${someone.id}`, { method: 'PATCH', body: { jobTitle: 'Principal Analyst' } });
    expect((await round(t.graph, start.deltaLink)).items).toEqual([]);
  });

  it('answers an expired delta token with 410 syncStateNotFound, so the client resyncs', async () => {
    const start = await round(t.graph, '/users/delta?$select=displayName');
    now += 8 * 24 * 3600_000;
    // A client whose tokens follow the sandbox's clock: msal's cache would hand back a token the
    // sandbox now considers expired.
    const fresh = Client.initWithMiddleware({
      baseUrl: `${t.sandbox.origin}/`,
      customHosts: new Set(['localhost']),
      authProvider: {
        getAccessToken: async () =>
          (await t.msal.acquireTokenByClientCredential({
            scopes: ['https://graph.microsoft.com/.default'],
            skipCache: true,
          }))!.accessToken,
      },
    });
    const err = (await fresh
      .api(start.deltaLink)
      .get()
      .catch((e: unknown) => e)) as { statusCode: number; code: string; headers?: Headers };
    expect(err.statusCode).toBe(410);
    expect(err.code).toBe('syncStateNotFound');
  });
});

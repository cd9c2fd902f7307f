import { PageIterator } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// The sandbox's directory, driven as Tandem drives Microsoft 365: msal-node for tokens, the Graph
// SDK for requests, over HTTPS.

interface GraphUser {
  id: string;
  displayName?: string;
  department?: string;
  manager?: { id: string };
}
interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 300 });
});
afterAll(async () => t?.close());

const graphError = async (p: Promise<unknown>) => {
  const err = (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as { statusCode?: number; code?: string; message?: string } | undefined;
  if (!err) throw new Error('expected the request to fail');
  return err;
};

describe('the sandbox directory', () => {
  it('issues app-only Graph tokens through msal-node carrying the granted application permissions', async () => {
    const result = await t.msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const claims = JSON.parse(Buffer.from(result!.accessToken.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims.aud).toBe('https://graph.microsoft.com');
    expect(claims.ver).toBe('1.0');
    expect(claims.roles).toEqual(expect.arrayContaining(['User.Read.All', 'Calendars.ReadWrite']));
    expect(claims.tid).toBe(t.sandbox.tenantId);
  });

  it('pages through every user with @odata.nextLink', async () => {
    const first = (await t.graph.api('/users').top(50).select('id,displayName').get()) as Page<GraphUser>;
    const ids: string[] = [];
    let pages = 0;
    const iterator = new PageIterator(t.graph, first, (u: GraphUser) => {
      ids.push(u.id);
      return true;
    });
    await iterator.iterate();
    pages = Math.ceil(ids.length / 50);
    expect(new Set(ids).size).toBe(300);
    expect(pages).toBe(6);
  });

  it('refuses a page size of 1000 with the real 400', async () => {
    const err = await graphError(t.graph.api('/users').top(1000).get());
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('Request_UnsupportedQuery');
    expect(err.message).toContain("Invalid page size specified: '1000'");
  });

  it('answers 501 when a collection selects a single-user property such as skills', async () => {
    const err = await graphError(t.graph.api('/users').select('skills').get());
    expect(err.statusCode).toBe(501);
    expect(err.code).toBe('NotImplemented');
  });

  it('filters users on department and caps pages at 100 when the manager is expanded', async () => {
    const all = t.sandbox.state.directory.all();
    const dept = all[5]!.department!;
    const filtered = (await t.graph
      .api('/users')
      .filter(`department eq '${dept}'`)
      .select('id,department')
      .top(999)
      .get()) as Page<GraphUser>;
    expect(filtered.value.length).toBe(all.filter((u) => u.department === dept).length);
    expect(filtered.value.every((u) => u.department === dept)).toBe(true);

    const expanded = (await t.graph.api('/users').expand('manager').top(999).get()) as Page<GraphUser>;
    expect(expanded.value.length).toBe(100);
    expect(expanded['@odata.nextLink']).toBeDefined();
    const withManager = expanded.value.find((u) => u.manager);
    expect(withManager?.manager?.id).toBe(all.find((u) => u.id === withManager!.id)!.managerId);
  });

  it('finds a user by UPN and answers their manager and direct reports consistently', async () => {
    const manager = persona(t, 'manager');
    const byUpn = (await t.graph.api(`/users/${manager.userPrincipalName}`).get()) as GraphUser;
    expect(byUpn.id).toBe(manager.id);
    const reports = (await t.graph.api(`/users/${manager.id}/directReports`).get()) as Page<GraphUser>;
    expect(reports.value.length).toBeGreaterThan(0);
    for (const r of reports.value.slice(0, 3)) {
      const boss = (await t.graph.api(`/users/${r.id}/manager`).get()) as GraphUser;
      expect(boss.id).toBe(manager.id);
    }
  });

  it('answers 404 Request_ResourceNotFound for the manager of the person at the top', async () => {
    const ceo = persona(t, 'ceo');
    const err = await graphError(t.graph.api(`/users/${ceo.id}/manager`).get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
  });
});

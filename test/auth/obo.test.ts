import type { ConfidentialClientApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMsalClients } from '../../server/auth/msal.js';
import { createOboTokens } from '../../server/auth/obo.js';
import type { Person } from '../../server/auth/verify.js';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 60 });
});
afterAll(async () => t?.close());

const USER_READ = ['https://graph.microsoft.com/User.Read'];
const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

function personOf(key: string): Person {
  const p = persona(t, key);
  return { tenantId: t.sandbox.tenantId, userId: p.id, name: p.displayName, username: p.userPrincipalName, roles: [] };
}

/** The msal clients Tandem makes, with a record of every client handed out. */
function recordedClients(identity = t.identity) {
  const clients = createMsalClients(identity);
  const handedOut: ConfidentialClientApplication[] = [];
  const recorded = (tenantId: string) => {
    const client = clients(tenantId);
    handedOut.push(client);
    return client;
  };
  return { clients: recorded, handedOut };
}

const consent = (userId: string, consented: boolean) =>
  t.admin(`/sandbox/v1/users/${userId}/consent`, { method: 'PUT', body: { consented } });

describe('on-behalf-of tokens', () => {
  it('gives a consented person a delegated Graph token for them with the scope asked for', async () => {
    const person = personOf('junior-dev');
    const obo = createOboTokens(createMsalClients(t.identity));
    const token = await obo(person, await t.ssoToken(person.userId), USER_READ);
    const c = claims(token);
    expect(c).toMatchObject({
      aud: 'https://graph.microsoft.com',
      oid: person.userId,
      tid: person.tenantId,
      appid: t.identity.clientId,
    });
    expect(String(c.scp).split(' ')).toContain('User.Read');
  });

  it('reuses the msal client of a tenant: one per tenant authority, never one per request', async () => {
    const { clients, handedOut } = recordedClients();
    const obo = createOboTokens(clients);
    const a = personOf('junior-dev');
    const b = personOf('ceo');
    await obo(a, await t.ssoToken(a.userId), USER_READ);
    await obo(b, await t.ssoToken(b.userId), USER_READ);
    expect(handedOut).toHaveLength(2);
    expect(handedOut[0]).toBe(handedOut[1]);
  });

  it('answers 403 consent_required with the scopes to ask for, after retrying for consent that may be on its way', async () => {
    const person = personOf('intern');
    expect((await consent(person.userId, false)).status).toBe(204);
    const waits: number[] = [];
    const { clients } = recordedClients();
    const client = clients(person.tenantId);
    const exchange = vi.spyOn(client, 'acquireTokenOnBehalfOf');
    const obo = createOboTokens(clients, { wait: async (ms) => waits.push(ms) });
    const err = await obo(person, await t.ssoToken(person.userId), USER_READ).catch((e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 403, code: 'consent_required', details: { scopes: USER_READ } });
    expect(waits).toEqual([1000, 2000]);
    expect(exchange).toHaveBeenCalledTimes(3);
  });

  it('succeeds when consent arrives while it waits (consent propagation)', async () => {
    const person = personOf('intern');
    expect((await consent(person.userId, false)).status).toBe(204);
    const obo = createOboTokens(createMsalClients(t.identity), {
      wait: async () => {
        expect((await consent(person.userId, true)).status).toBe(204);
      },
    });
    const token = await obo(person, await t.ssoToken(person.userId), USER_READ);
    expect(claims(token)).toMatchObject({ oid: person.userId });
  });

  it("answers 401 obo_failed when Entra refuses the person's token (here: a Graph token, not one for Tandem)", async () => {
    const person = personOf('ceo');
    const obo = createOboTokens(createMsalClients(t.identity), { consentRetryDelaysMs: [] });
    const graphToken = await obo(person, await t.ssoToken(person.userId), USER_READ);
    await expect(obo(person, graphToken, USER_READ)).rejects.toMatchObject({ statusCode: 401, code: 'obo_failed' });
  });

  it('answers 503 identity_unavailable when the authority cannot be reached', async () => {
    const person = personOf('ceo');
    const obo = createOboTokens(createMsalClients({ ...t.identity, authorityHost: 'https://localhost:1' }));
    await expect(obo(person, await t.ssoToken(person.userId), USER_READ)).rejects.toMatchObject({
      statusCode: 503,
      code: 'identity_unavailable',
    });
  });
});

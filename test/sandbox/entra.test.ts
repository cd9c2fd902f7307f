import { ConfidentialClientApplication, InteractionRequiredAuthError } from '@azure/msal-node';
import { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 60 });
});
afterAll(async () => t?.close());

const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('the sandbox Entra ID', () => {
  it('signs in a person with a v2 token for our API shaped like the Teams SSO token', async () => {
    const junior = persona(t, 'junior-dev');
    const c = claims(await t.ssoToken(junior.id));
    expect(c).toMatchObject({
      aud: t.identity.clientId,
      scp: 'access_as_user',
      ver: '2.0',
      oid: junior.id,
      tid: t.sandbox.tenantId,
      iss: `${t.sandbox.origin}/${t.sandbox.tenantId}/v2.0`,
    });
    expect(c.preferred_username).toBe(junior.userPrincipalName);
  });

  it('gives the HR persona the Tandem.Admin app role in roles', async () => {
    expect(claims(await t.ssoToken(persona(t, 'hr-admin').id)).roles).toEqual(['Tandem.Admin']);
  });

  it('exchanges an SSO token on behalf of the person for a delegated Graph token that reads /me', async () => {
    const junior = persona(t, 'junior-dev');
    const result = await t.msal.acquireTokenOnBehalfOf({
      oboAssertion: await t.ssoToken(junior.id),
      scopes: ['https://graph.microsoft.com/User.Read'],
    });
    expect(claims(result!.accessToken)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      scp: 'User.Read',
      oid: junior.id,
      ver: '1.0',
    });
    const client = Client.initWithMiddleware({
      baseUrl: `${t.sandbox.origin}/`,
      customHosts: new Set(['localhost']),
      authProvider: { getAccessToken: async () => result!.accessToken },
    });
    const me = (await client.api('/me').get()) as { id: string };
    expect(me.id).toBe(junior.id);
  });

  it('answers the real consent error when the person has not consented, which msal-node classifies as interaction required', async () => {
    const intern = persona(t, 'intern');
    expect(
      (await t.admin(`/sandbox/v1/users/${intern.id}/consent`, { method: 'PUT', body: { consented: false } })).status,
    ).toBe(204);
    const err = await t.msal
      .acquireTokenOnBehalfOf({
        oboAssertion: await t.ssoToken(intern.id),
        scopes: ['https://graph.microsoft.com/User.Read'],
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InteractionRequiredAuthError);
    expect((err as InteractionRequiredAuthError).errorCode).toBe('invalid_grant');
    expect((err as InteractionRequiredAuthError).subError).toBe('consent_required');
    expect((err as InteractionRequiredAuthError).errorMessage).toContain('AADSTS65001');
  });

  it('refuses a wrong client secret with invalid_client', async () => {
    const wrong = new ConfidentialClientApplication({
      auth: {
        clientId: t.identity.clientId,
        clientSecret: 'not-the-secret',
        authority: `${t.sandbox.origin}/${t.sandbox.tenantId}`,
        knownAuthorities: [new URL(t.sandbox.origin).host],
      },
    });
    const err = (await wrong
      .acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })
      .catch((e: unknown) => e)) as { errorCode: string; errorMessage: string };
    expect(err.errorCode).toBe('invalid_client');
    expect(err.errorMessage).toContain('AADSTS7000215');
  });

  it('keeps tokens signed before a key rotation valid and signs new ones with the new key', async () => {
    const ceo = persona(t, 'ceo');
    const before = await t.ssoToken(ceo.id);
    const rotated = (await (await t.admin('/sandbox/v1/keys/rotate', { method: 'POST' })).json()) as { kid: string };
    const after = await t.ssoToken(ceo.id);
    const kid = (jwt: string) =>
      (JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;
    expect(kid(after)).toBe(rotated.kid);
    expect(kid(before)).not.toBe(rotated.kid);
    const keys = (await (await fetch(`${t.sandbox.origin}/${t.sandbox.tenantId}/discovery/v2.0/keys`)).json()) as {
      keys: { kid: string }[];
    };
    expect(keys.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([kid(before), kid(after)]));
  });
});

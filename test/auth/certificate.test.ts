import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appGraphToken, createMsalClients } from '../../server/auth/msal.js';
import { createOboTokens } from '../../server/auth/obo.js';
import { makeCertificateCredential, persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// msal-node signs certificate assertions PS256 (RSA-PSS) when given a SHA-256 thumbprint, as
// Entra accepts; the sandbox checks them the same way.
let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 60, credential: 'certificate' });
});
afterAll(async () => t?.close());

const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('a certificate credential', () => {
  it('is what Tandem is configured with: no client secret', () => {
    expect(t.identity.certificate?.thumbprintSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(t.identity.clientSecret).toBeUndefined();
  });

  it('gets an app-only Graph token through msal-node', async () => {
    const token = await appGraphToken(createMsalClients(t.identity), t.sandbox.tenantId);
    const c = claims(token);
    expect(c).toMatchObject({ aud: 'https://graph.microsoft.com', appid: t.identity.clientId, idtyp: 'app' });
    expect(c.roles).toEqual(expect.arrayContaining(['User.Read.All']));
  });

  it('gets a delegated token on behalf of a person', async () => {
    const p = persona(t, 'junior-dev');
    const obo = createOboTokens(createMsalClients(t.identity));
    const token = await obo(
      { tenantId: t.sandbox.tenantId, userId: p.id, name: p.displayName, username: p.userPrincipalName, roles: [] },
      await t.ssoToken(p.id),
      ['https://graph.microsoft.com/User.Read'],
    );
    expect(claims(token)).toMatchObject({ oid: p.id, scp: 'User.Read' });
  });

  it('is preferred when a client secret is configured too (msal-node refuses two credentials)', async () => {
    const token = await appGraphToken(
      createMsalClients({ ...t.identity, clientSecret: 'a-stale-secret' }),
      t.sandbox.tenantId,
    );
    expect(claims(token)).toMatchObject({ appid: t.identity.clientId });
  });

  it('is refused with invalid_client when it is not the certificate registered on the app', async () => {
    const { certPem: _, ...wrong } = await makeCertificateCredential('intruder.test');
    const err = (await appGraphToken(
      createMsalClients({ ...t.identity, certificate: wrong }),
      t.sandbox.tenantId,
    ).catch((e: unknown) => e)) as { errorCode: string; errorMessage: string };
    expect(err.errorCode).toBe('invalid_client');
    expect(err.errorMessage).toContain('AADSTS700027');
  });
});

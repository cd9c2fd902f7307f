import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTokenVerifier, SKEW_SECONDS } from '../../server/auth/verify.js';
import { systemClock } from '../../server/clock.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Forged and misused tokens sent to the real app. Every refusal is a 401 with a stable code and
// nothing else: no person, no claim, no hint beyond the code.

let h: TestApp;
let elsewhere: TestSandbox;
beforeAll(async () => {
  [h, elsewhere] = await Promise.all([buildTestApp(), startTestSandbox({ size: 60 })]);
});
afterAll(async () => Promise.all([h?.close(), elsewhere?.close()]));
afterEach(() => {
  vi.useRealTimers();
});

const b64 = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);
const otherTenant = randomUUID();

function signed(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject): string {
  const input = `${b64({ typ: 'JWT', alg: 'RS256', ...header })}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** A token signed with the sandbox tenant's real key; right in every claim unless told otherwise. */
function forge(overrides: Record<string, unknown> = {}, header: Record<string, unknown> = {}): string {
  const key = h.t.sandbox.state.keys.signing;
  const { origin, tenantId } = h.t.sandbox;
  const junior = persona(h.t, 'junior-dev');
  const claims: Record<string, unknown> = {
    aud: h.t.identity.clientId,
    iss: `${origin}/${tenantId}/v2.0`,
    iat: now(),
    nbf: now(),
    exp: now() + 3600,
    name: junior.displayName,
    oid: junior.id,
    preferred_username: junior.userPrincipalName,
    scp: 'access_as_user',
    tid: tenantId,
    ver: '2.0',
    ...overrides,
  };
  // A claim set to undefined is left out of the token.
  const present = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
  return signed({ kid: key.kid, ...header }, present, key.privateKey);
}

const me = (authorization?: string) =>
  h.app.inject({ method: 'GET', url: '/api/me', headers: authorization === undefined ? {} : { authorization } });

async function expectRefused(authorization: string | undefined, code: string): Promise<void> {
  const res = await me(authorization);
  expect(res.statusCode).toBe(401);
  const body = res.json() as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['code', 'error', 'message', 'statusCode']);
  expect(body).toMatchObject({ statusCode: 401, code, error: 'Unauthorized' });
  expect(res.body).not.toContain(persona(h.t, 'junior-dev').id);
}

const bearer = (token: string): string => `Bearer ${token}`;

describe('tokens the API accepts', () => {
  it('accepts a genuine sandbox SSO token and answers with its person', async () => {
    const junior = persona(h.t, 'junior-dev');
    const res = await me(bearer(await h.t.ssoToken(junior.id)));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: junior.id, tenantId: h.t.sandbox.tenantId });
  });

  it("accepts a token made by this suite's forge with no claim wrong, so each refusal below is for its one flaw", async () => {
    expect((await me(bearer(forge()))).statusCode).toBe(200);
  });

  it('accepts a v1 token: the sts issuer of the tenant and the App ID URI as audience', async () => {
    const token = forge({
      iss: `${h.t.sandbox.origin}/sts/${h.t.sandbox.tenantId}/`,
      aud: h.t.identity.appIdUri,
      ver: '1.0',
    });
    expect((await me(bearer(token))).statusCode).toBe(200);
  });

  it('accepts the bearer scheme in any letter case', async () => {
    expect((await me(`bearer ${forge()}`)).statusCode).toBe(200);
  });
});

describe('forged signatures', () => {
  it('refuses an unsigned token (alg none) with invalid_token', async () => {
    const payload = forge().split('.')[1];
    await expectRefused(bearer(`${b64({ typ: 'JWT', alg: 'none' })}.${payload}.`), 'invalid_token');
  });

  it("refuses HS256 keyed with the tenant's public key (key confusion) with invalid_token", async () => {
    const key = h.t.sandbox.state.keys.signing;
    const input = `${b64({ typ: 'JWT', alg: 'HS256', kid: key.kid })}.${forge().split('.')[1]}`;
    for (const secret of [
      key.publicKey.export({ type: 'spki', format: 'pem' }),
      key.publicKey.export({ type: 'spki', format: 'der' }),
    ]) {
      await expectRefused(
        bearer(`${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`),
        'invalid_token',
      );
    }
  });

  it('refuses a token signed with an unknown key under an unknown kid with invalid_token', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const claims = JSON.parse(Buffer.from(forge().split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    await expectRefused(bearer(signed({ kid: 'attacker-key-1' }, claims, privateKey)), 'invalid_token');
  });

  it("refuses a token signed with an unknown key under the tenant's real kid with invalid_token", async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const claims = JSON.parse(Buffer.from(forge().split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    await expectRefused(
      bearer(signed({ kid: h.t.sandbox.state.keys.signing.kid }, claims, privateKey)),
      'invalid_token',
    );
  });

  it('refuses a genuine token whose payload was changed after signing (another oid) with invalid_token', async () => {
    const [header, payload, signature] = (await h.t.ssoToken(persona(h.t, 'junior-dev').id)).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${header}.${b64({ ...claims, oid: persona(h.t, 'ceo').id })}.${signature}`;
    await expectRefused(bearer(tampered), 'invalid_token');
  });
});

describe('lifetime', () => {
  it('refuses a token that expired longer ago than the allowed skew with token_expired', async () => {
    const exp = now() - SKEW_SECONDS - 60;
    await expectRefused(bearer(forge({ iat: exp - 3600, nbf: exp - 3600, exp })), 'token_expired');
  });

  it('refuses a token not valid until later than the allowed skew with invalid_token', async () => {
    await expectRefused(bearer(forge({ nbf: now() + SKEW_SECONDS + 60, exp: now() + 7200 })), 'invalid_token');
  });

  it('refuses a token without an expiry with invalid_token', async () => {
    await expectRefused(bearer(forge({ exp: undefined })), 'invalid_token');
  });
});

describe('audience, issuer and tenant', () => {
  it('refuses a token for another audience (Graph, another app) with invalid_token', async () => {
    await expectRefused(bearer(forge({ aud: 'https://graph.microsoft.com' })), 'invalid_token');
    await expectRefused(bearer(forge({ aud: randomUUID() })), 'invalid_token');
  });

  it('refuses a genuine Graph token obtained on behalf of the person with invalid_token', async () => {
    const result = await h.t.msal.acquireTokenOnBehalfOf({
      oboAssertion: await h.t.ssoToken(persona(h.t, 'junior-dev').id),
      scopes: ['https://graph.microsoft.com/User.Read'],
    });
    await expectRefused(bearer(result!.accessToken), 'invalid_token');
  });

  it('refuses an issuer on another host with invalid_token', async () => {
    await expectRefused(
      bearer(forge({ iss: `https://login.attacker.example/${h.t.sandbox.tenantId}/v2.0` })),
      'invalid_token',
    );
  });

  it('refuses the v2 issuer of another tenant on a token of this tenant with invalid_token', async () => {
    await expectRefused(bearer(forge({ iss: `${h.t.sandbox.origin}/${otherTenant}/v2.0` })), 'invalid_token');
  });

  it("refuses a tid that is not the issuer's tenant with invalid_token", async () => {
    await expectRefused(bearer(forge({ tid: otherTenant })), 'invalid_token');
    await expectRefused(bearer(forge({ tid: undefined })), 'invalid_token');
    await expectRefused(bearer(forge({ tid: 'common', iss: `${h.t.sandbox.origin}/common/v2.0` })), 'invalid_token');
  });

  it('refuses a well-signed, consistent token of a tenant not allowed with tenant_not_allowed', async () => {
    // The honest attack: Entra signs every tenant's tokens with one shared key set, so a person
    // of any tenant can hold a genuine token for a multi-tenant app. Only the allow-list stops it.
    await expectRefused(
      bearer(forge({ tid: otherTenant, iss: `${h.t.sandbox.origin}/${otherTenant}/v2.0` })),
      'tenant_not_allowed',
    );
  });

  it('refuses a genuine token of another authority (a second sandbox tenant) with invalid_token', async () => {
    // Its keys and issuer host are not our authority's: the signature fails before the tenant is read.
    const token = await elsewhere.ssoToken(persona(elsewhere, 'junior-dev').id);
    await expectRefused(bearer(token), 'invalid_token');
  });

  it("accepts another tenant's consistent token when the app is multi-tenant, and still binds tid to the issuer", async () => {
    const verify = createTokenVerifier({ ...h.t.identity, tenants: 'any' }, systemClock);
    await expect(
      verify(forge({ tid: otherTenant, iss: `${h.t.sandbox.origin}/${otherTenant}/v2.0` })),
    ).resolves.toMatchObject({ tenantId: otherTenant });
    await expect(verify(forge({ tid: otherTenant }))).rejects.toMatchObject({ statusCode: 401, code: 'invalid_token' });
  });

  it('refuses a forged token naming a tenant nobody knows, when multi-tenant, with invalid_token (no fetch of that tenant)', async () => {
    const verify = createTokenVerifier({ ...h.t.identity, tenants: 'any' }, systemClock);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const tid = randomUUID();
    const claims = JSON.parse(
      Buffer.from(forge({ tid, iss: `${h.t.sandbox.origin}/${tid}/v2.0` }).split('.')[1]!, 'base64url').toString(),
    ) as Record<string, unknown>;
    await expect(verify(signed({ kid: 'attacker-key-2' }, claims, privateKey))).rejects.toMatchObject({
      statusCode: 401,
      code: 'invalid_token',
    });
  });
});

describe('when Microsoft Entra ID cannot be reached', () => {
  it('answers 503 identity_unavailable, not a 401 that would send the person round a sign-in loop', async () => {
    const verify = createTokenVerifier({ ...h.t.identity, authorityHost: 'https://localhost:1' }, systemClock);
    await expect(verify(forge())).rejects.toMatchObject({ statusCode: 503, code: 'identity_unavailable' });
  });
});

describe('scope', () => {
  it('refuses a token for Tandem with another delegated scope (User.Read) with insufficient_scope', async () => {
    await expectRefused(bearer(forge({ scp: 'User.Read' })), 'insufficient_scope');
  });

  it('refuses an app-only token for Tandem (roles, no scp) with insufficient_scope', async () => {
    await expectRefused(bearer(forge({ scp: undefined, roles: ['Tandem.Admin'], idtyp: 'app' })), 'insufficient_scope');
  });
});

describe('malformed and missing tokens', () => {
  it('refuses what is not a JWT with invalid_token', async () => {
    const [header, payload] = forge().split('.');
    for (const token of [
      'not-a-jwt',
      `${header}.${payload}`,
      '%%%.***.!!!',
      'aGVsbG8.d29ybGQ.c2ln',
      `${header}.${payload}.sig.extra`,
    ]) {
      await expectRefused(bearer(token), 'invalid_token');
    }
  });

  it('refuses a request without a bearer token with missing_token', async () => {
    for (const authorization of [undefined, '', 'Bearer', 'Bearer ', `Basic ${b64('user:pass')}`, forge()]) {
      await expectRefused(authorization, 'missing_token');
    }
  });
});

describe('key rotation', () => {
  it('accepts tokens signed with the new key after a rotation, and those signed with the old one', async () => {
    const ceo = persona(h.t, 'ceo');
    const before = await h.t.ssoToken(ceo.id);
    expect((await me(bearer(before))).statusCode).toBe(200);
    const rotated = (await (await h.t.admin('/sandbox/v1/keys/rotate', { method: 'POST' })).json()) as { kid: string };
    // jose refetches the key set on an unknown kid at most every 30 s (a forged kid must not make
    // us hammer Entra, which publishes new keys long before signing with them); step past that.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31_000);
    const after = await h.t.ssoToken(ceo.id);
    expect(JSON.parse(Buffer.from(after.split('.')[0]!, 'base64url').toString())).toMatchObject({ kid: rotated.kid });
    expect((await me(bearer(after))).statusCode).toBe(200);
    expect((await me(bearer(before))).statusCode).toBe(200);
  });
});

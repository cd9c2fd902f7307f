import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { IdentityConfig } from '../config.js';
import { Unauthorized } from '../errors.js';

/** The person behind a request: (tenant, object id) plus what the token says about them. */
export interface Person {
  tenantId: string;
  userId: string;
  name: string;
  username: string;
  roles: string[];
}

export const ADMIN_ROLE = 'Tandem.Admin';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SKEW_SECONDS = 120;

interface TenantMetadata {
  v2Issuer: string;
  v1Issuer: string;
  jwks: ReturnType<typeof createRemoteJWKSet>;
}

/**
 * Validates the Teams SSO access token as Microsoft documents (FACTS 3.3): RS256 signature by a
 * `kid` of the tenant's published keys (jose caches the set and refetches on an unknown kid),
 * audience = our client id or App ID URI, the v1 or v2 issuer of the token's own tenant, an
 * allowed tenant, lifetime with a small skew, and the `access_as_user` scope.
 */
export function createTokenVerifier(identity: IdentityConfig): (token: string) => Promise<Person> {
  const metadata = new Map<string, Promise<TenantMetadata>>();

  const tenantMetadata = (tid: string): Promise<TenantMetadata> => {
    let entry = metadata.get(tid);
    if (!entry) {
      entry = loadMetadata(identity.authorityHost, tid);
      // A failed fetch must not poison the cache: the next request tries again.
      entry.catch(() => metadata.delete(tid));
      metadata.set(tid, entry);
    }
    return entry;
  };

  return async (token) => {
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token);
    } catch {
      throw new Unauthorized('invalid_token', 'The access token is not a well-formed JWT.');
    }
    const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
    if (!GUID.test(tid)) throw new Unauthorized('invalid_token', 'The access token has no valid tenant id.');
    if (identity.tenants !== 'any' && !identity.tenants.includes(tid)) {
      throw new Unauthorized('tenant_not_allowed', 'Your organisation is not set up to use Tandem.');
    }
    const meta = await tenantMetadata(tid);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, meta.jwks, {
        algorithms: ['RS256'],
        audience: [identity.clientId, identity.appIdUri],
        issuer: [meta.v2Issuer, meta.v1Issuer],
        clockTolerance: SKEW_SECONDS,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
      }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new Unauthorized('token_expired', 'The access token has expired; get a new one.');
      throw new Unauthorized('invalid_token', 'The access token could not be validated.');
    }
    if (payload.tid !== tid) throw new Unauthorized('invalid_token', 'The access token could not be validated.');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes('access_as_user')) throw new Unauthorized('insufficient_scope', 'The access token was not issued for Tandem (scope access_as_user).');
    return {
      tenantId: tid,
      userId: String(payload.oid).toLowerCase(),
      name: typeof payload.name === 'string' ? payload.name : '',
      username: typeof payload.preferred_username === 'string' ? payload.preferred_username : typeof payload.upn === 'string' ? payload.upn : '',
      roles: Array.isArray(payload.roles) ? payload.roles.map(String) : [],
    };
  };
}

async function loadMetadata(authorityHost: string, tid: string): Promise<TenantMetadata> {
  const [v2, v1] = await Promise.all([
    fetchJson(`${authorityHost}/${tid}/v2.0/.well-known/openid-configuration`),
    fetchJson(`${authorityHost}/${tid}/.well-known/openid-configuration`),
  ]);
  const jwksUri = String(v2.jwks_uri);
  // The common endpoint's issuer is a template; a tenant's own names the tenant (FACTS 3.3).
  const fill = (issuer: unknown): string => String(issuer).replace('{tenantid}', tid);
  return { v2Issuer: fill(v2.issuer), v1Issuer: fill(v1.issuer), jwks: createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: 30_000, cacheMaxAge: 24 * 3600_000 }) };
}

async function fetchJson(url: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Clock } from '../clock.js';
import type { IdentityConfig } from '../config.js';
import { AppError } from '../errors.js';

/** The person behind a request: (tenant, object id) plus what the token says about them. */
export interface Person {
  tenantId: string;
  userId: string;
  name: string;
  username: string;
  roles: string[];
}

export const ADMIN_ROLE = 'Tandem.Admin';
/** How far exp and nbf may be off, for clocks that drift between Entra and us. */
export const SKEW_SECONDS = 120;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface AuthorityMetadata {
  /** The v2 and v1 issuers a token of this tenant may carry (FACTS 3.1, 3.3). */
  issuers(tid: string): string[];
  jwks: ReturnType<typeof createRemoteJWKSet>;
}

/**
 * Validates the Teams SSO access token as Microsoft documents it for multi-tenant APIs (FACTS 3.3):
 * an RS256 signature by a key of the authority's published set, audience = our client id or App
 * ID URI, lifetime within a small skew, then the issuer rebuilt from the token's own `tid` (so a
 * token cannot name one tenant in `iss` and another in `tid`), an allowed tenant, and the
 * `access_as_user` scope.
 *
 * Stable codes (401): missing_token (plugin.ts), invalid_token, token_expired, tenant_not_allowed,
 * insufficient_scope; 503 identity_unavailable when the authority's metadata or keys cannot be read.
 * tenant_not_allowed is only said to holders of a genuinely signed token: forged ones learn nothing.
 */
export function createTokenVerifier(identity: IdentityConfig, clock: Clock): (token: string) => Promise<Person> {
  let metadata: Promise<AuthorityMetadata> | undefined;
  const authority = (): Promise<AuthorityMetadata> => {
    if (!metadata) {
      metadata = loadMetadata(identity.authorityHost);
      // A failed fetch must not poison the cache: the next request tries again.
      metadata.catch(() => (metadata = undefined));
    }
    return metadata;
  };

  return async (token) => {
    const meta = await authority().catch((err: unknown) => {
      throw unavailable(err);
    });
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, meta.jwks, {
        // Pinned: never `none`, and never an HMAC "signed" with the public key (key confusion).
        algorithms: ['RS256'],
        audience: [identity.clientId, identity.appIdUri],
        clockTolerance: SKEW_SECONDS,
        currentDate: new Date(clock.now()),
        requiredClaims: ['exp', 'iat', 'iss', 'tid', 'oid'],
      }));
    } catch (err) {
      throw verificationError(err);
    }
    const { tid, oid, iss } = payload;
    if (
      typeof tid !== 'string' ||
      !GUID.test(tid) ||
      typeof oid !== 'string' ||
      !GUID.test(oid) ||
      !meta.issuers(tid).includes(iss!)
    ) {
      throw invalidToken();
    }
    if (identity.tenants !== 'any' && !identity.tenants.includes(tid)) {
      throw new AppError('tenant_not_allowed', 'Your organisation is not set up to use Tandem.');
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes('access_as_user'))
      throw new AppError('insufficient_scope', 'The access token was not issued for Tandem (scope access_as_user).');
    return {
      tenantId: tid,
      userId: oid,
      name: typeof payload.name === 'string' ? payload.name : '',
      username:
        typeof payload.preferred_username === 'string'
          ? payload.preferred_username
          : typeof payload.upn === 'string'
            ? payload.upn
            : '',
      roles: Array.isArray(payload.roles) ? payload.roles.map(String) : [],
    };
  };
}

const invalidToken = (): AppError => new AppError('invalid_token', 'The access token could not be validated.');

function verificationError(err: unknown): AppError {
  if (err instanceof errors.JWTExpired)
    return new AppError('token_expired', 'The access token has expired; get a new one.');
  // The key set could not be fetched: our outage, not the person's token (a 401 would loop sign-ins).
  if (
    !(err instanceof errors.JOSEError) ||
    err instanceof errors.JWKSTimeout ||
    err instanceof errors.JWKSInvalid ||
    err.code === 'ERR_JOSE_GENERIC'
  ) {
    return unavailable(err);
  }
  return invalidToken();
}

function unavailable(cause: unknown): AppError {
  const err = new AppError(
    'identity_unavailable',
    'Tandem cannot reach Microsoft Entra ID to check your sign-in. Try again in a minute.',
  );
  err.cause = cause;
  return err;
}

/**
 * The `common` metadata, whose issuers are templates with `{tenantid}`, and its key set, which
 * Entra shares across tenants: one fetch serves every tenant, and no token can make us fetch
 * a URL of its choosing (a per-`tid` metadata fetch would).
 */
async function loadMetadata(authorityHost: string): Promise<AuthorityMetadata> {
  const [v2, v1] = await Promise.all([
    fetchJson(`${authorityHost}/common/v2.0/.well-known/openid-configuration`),
    fetchJson(`${authorityHost}/common/.well-known/openid-configuration`),
  ]);
  const templates = [String(v2.issuer), String(v1.issuer)];
  if (!templates.every((t) => t.includes('{tenantid}')))
    throw new Error('The common metadata issuers are not {tenantid} templates.');
  return {
    issuers: (tid) => templates.map((t) => t.replace('{tenantid}', tid)),
    // Refresh about daily (FACTS 3.3); an unknown kid refetches at most every 30 s.
    jwks: createRemoteJWKSet(new URL(String(v2.jwks_uri)), { cooldownDuration: 30_000, cacheMaxAge: 24 * 3600_000 }),
  };
}

async function fetchJson(url: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

import type { Caller } from '../context.js';
import { GRAPH_RESOURCE } from '../entra/apps.js';
import { decodeJwt, verifyRs256 } from '../entra/jwt.js';
import { issuers } from '../entra/tokens.js';
import { GraphError } from '../errors.js';
import type { SandboxState } from '../state.js';

const invalid = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
  });

/** Graph's own check of the bearer token: signed by the tenant, for Graph, in date. */
export function graphCaller(s: SandboxState, authorization: string | undefined): Caller {
  if (!authorization?.startsWith('Bearer ')) throw invalid('Access token is empty.');
  const jwt = decodeJwt(authorization.slice(7));
  if (!jwt) throw invalid('IDX14100: JWT is not well formed, there are no dots (.).');
  const key = s.keys.find(jwt.header.kid);
  if (!key || !verifyRs256(jwt, key.publicKey)) throw invalid('Access token validation failure. Invalid signature.');
  const c = jwt.claims;
  const tid = s.directory.tenantId;
  if (c.aud !== GRAPH_RESOURCE) throw invalid('Access token validation failure. Invalid audience.');
  if (c.iss !== issuers(s.origin()).v1(tid) || c.tid !== tid)
    throw invalid('Access token validation failure. Invalid issuer.');
  const now = Math.floor(s.clock.now() / 1000);
  if (typeof c.exp !== 'number' || c.exp < now) throw invalid('Lifetime validation failed, the token is expired.');
  if (typeof c.nbf === 'number' && c.nbf > now + 300)
    throw invalid('Lifetime validation failed, the token is not yet valid.');
  const appId = String(c.appid ?? '');
  if (c.idtyp === 'user') {
    const userId = String(c.oid ?? '');
    if (!s.directory.get(userId)) throw invalid('The user of this token no longer exists.');
    return {
      appId,
      tenantId: tid,
      kind: 'delegated',
      userId,
      roles: [],
      scopes: String(c.scp ?? '')
        .split(' ')
        .filter(Boolean),
    };
  }
  return { appId, tenantId: tid, kind: 'app', roles: Array.isArray(c.roles) ? c.roles.map(String) : [], scopes: [] };
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SandboxUser } from '../org/model.js';
import { GRAPH_RESOURCE, TEAMS_WEB_CLIENT_ID, type AppRegistration } from './apps.js';
import { signJwt, type Claims } from './jwt.js';
import type { KeySet } from './keys.js';

/** Issuer URLs of the sandbox, standing in for login.microsoftonline.com and sts.windows.net. */
export function issuers(origin: string): { v2: (tid: string) => string; v1: (tid: string) => string } {
  return { v2: (tid) => `${origin}/${tid}/v2.0`, v1: (tid) => `${origin}/sts/${tid}/` };
}

export interface TokenTimes {
  nowMs: number;
  lifetimeSeconds: number;
}

const seconds = (ms: number): number => Math.floor(ms / 1000);
const uti = (): string => randomBytes(16).toString('base64url').slice(0, 22);

/** The v2 access token for Tandem's own API, as authentication.getAuthToken() returns it in Teams. */
export function mintSsoToken(
  keys: KeySet,
  origin: string,
  tid: string,
  app: AppRegistration,
  user: SandboxUser,
  t: TokenTimes,
): string {
  const iat = seconds(t.nowMs);
  const claims: Claims = {
    aud: app.clientId,
    iss: issuers(origin).v2(tid),
    iat,
    nbf: iat,
    exp: iat + t.lifetimeSeconds,
    aio: randomBytes(24).toString('base64'),
    azp: TEAMS_WEB_CLIENT_ID,
    azpacr: '0',
    name: user.displayName,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    rh: '0.sandbox.',
    ...(user.appRoles.length > 0 ? { roles: [...user.appRoles] } : {}),
    scp: 'access_as_user',
    sub: pairwiseSub(user.id, app.clientId),
    tid,
    uti: uti(),
    ver: '2.0',
  };
  return signJwt({ kid: keys.signing.kid }, claims, keys.signing.privateKey);
}

interface GraphTokenSubject {
  app: AppRegistration;
  tid: string;
  /** Present for delegated (on-behalf-of) tokens. */
  user?: SandboxUser;
  scopes?: string[];
  roles?: string[];
}

/** A v1-format Graph access token (aud https://graph.microsoft.com), as Entra issues for Graph. */
export function mintGraphToken(keys: KeySet, origin: string, s: GraphTokenSubject, t: TokenTimes): string {
  const iat = seconds(t.nowMs);
  const common: Claims = {
    aud: GRAPH_RESOURCE,
    iss: issuers(origin).v1(s.tid),
    iat,
    nbf: iat,
    exp: iat + t.lifetimeSeconds,
    app_displayname: s.app.displayName,
    appid: s.app.clientId,
    appidacr: '1',
    tid: s.tid,
    uti: uti(),
    ver: '1.0',
  };
  const claims: Claims = s.user
    ? {
        ...common,
        idtyp: 'user',
        name: s.user.displayName,
        oid: s.user.id,
        scp: (s.scopes ?? []).join(' '),
        sub: pairwiseSub(s.user.id, GRAPH_RESOURCE),
        unique_name: s.user.userPrincipalName,
        upn: s.user.userPrincipalName,
      }
    : { ...common, idtyp: 'app', oid: servicePrincipalId(s.app), roles: s.roles ?? [], sub: servicePrincipalId(s.app) };
  return signJwt({ kid: keys.signing.kid, x5t: keys.signing.x5t }, claims, keys.signing.privateKey);
}

function pairwiseSub(oid: string, audience: string): string {
  return createHash('sha256').update(`${oid}|${audience}`).digest('base64url').slice(0, 43);
}

function servicePrincipalId(app: AppRegistration): string {
  const h = createHash('sha256').update(`sp|${app.clientId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const traceIds = (): { trace_id: string; correlation_id: string } => ({
  trace_id: randomUUID(),
  correlation_id: randomUUID(),
});

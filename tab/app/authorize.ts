// Asking a person for consent inside Teams or Outlook, the documented way: the tab asks the host
// to open a window on its own origin (authentication.authenticate), that window sends the person
// to Entra ID's authorize endpoint with prompt=consent, and Entra ID sends them back to a second
// page, which reports to the tab. Pure: URLs in, URLs and outcomes out.
// https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-graph-api#consent-dialog-for-getting-access-token

/** Entra ID's public cloud; a Teams tab is only ever signed in there. */
export const ENTRA_AUTHORITY = 'https://login.microsoftonline.com';

/** The window's first page, and where Entra ID sends the person back (a redirect URI of the app registration). */
export const CONSENT_START_PATH = '/consent';
export const CONSENT_END_PATH = '/consent/end';

/** The server names Graph permissions ("https://graph.microsoft.com/User.Read"); only those are asked for. */
const GRAPH = 'https://graph.microsoft.com/';
const DEFAULT_SCOPES = [`${GRAPH}User.Read`];

export type ConsentStep = 'start' | 'end';

/** Which page of the consent window this is, or null for the tab itself. */
export function consentStep(pathname: string): ConsentStep | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === CONSENT_START_PATH) return 'start';
  if (path === CONSENT_END_PATH) return 'end';
  return null;
}

/** The window the tab asks the host to open, carrying the permissions the server said it lacks. */
export function consentWindowUrl(origin: string, scopes: readonly string[]): string {
  const url = new URL(CONSENT_START_PATH, origin);
  url.searchParams.set('scope', graphScopes(scopes).join(' '));
  return url.href;
}

/** The permissions to ask for: Graph's only, whatever else the query holds. */
export function scopesFrom(search: string): string[] {
  return graphScopes((new URLSearchParams(search).get('scope') ?? '').split(' '));
}

function graphScopes(scopes: readonly string[]): string[] {
  const graph = scopes.filter((scope) => scope.startsWith(GRAPH) && /^[\w.]+$/.test(scope.slice(GRAPH.length)));
  return graph.length > 0 ? [...new Set(graph)] : DEFAULT_SCOPES;
}

export interface AuthorizeRequest {
  tenantId: string;
  clientId: string;
  origin: string;
  scopes: readonly string[];
  /** Echoed back by Entra ID; the second page checks it, so it only accepts answers to this window's request. */
  state: string;
  /** The account the host is signed in with, so Entra ID does not ask which one. */
  loginHint: string | null;
  /** S256 of the PKCE verifier: required by Entra ID for single-page-app redirect URIs. */
  codeChallenge: string;
  authority?: string;
}

/**
 * Entra ID's authorize URL that shows the consent prompt. The code it returns is never redeemed:
 * consent is recorded when the person accepts, which is all the server's on-behalf-of exchange
 * needs. It comes back in the fragment so it never reaches a server or a log.
 */
export function authorizeUrl({
  tenantId,
  clientId,
  origin,
  scopes,
  state,
  loginHint,
  codeChallenge,
  authority = ENTRA_AUTHORITY,
}: AuthorizeRequest): string {
  const url = new URL(`/${encodeURIComponent(tenantId)}/oauth2/v2.0/authorize`, authority);
  const params: Record<string, string> = {
    client_id: clientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: new URL(CONSENT_END_PATH, origin).href,
    scope: [...graphScopes(scopes), 'openid', 'profile'].join(' '),
    prompt: 'consent',
    state,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  };
  if (loginHint) params.login_hint = loginHint;
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

export type AuthorizeOutcome = { ok: true } | { ok: false; reason: string };

/** Reads Entra ID's answer from the second page's fragment (`#code=...&state=...` or `#error=...`). */
export function authorizeOutcome(hash: string, expectedState: string | null): AuthorizeOutcome {
  const answer = new URLSearchParams(hash.replace(/^#/, ''));
  if (!expectedState || answer.get('state') !== expectedState) return { ok: false, reason: 'state_mismatch' };
  const error = answer.get('error');
  if (error) return { ok: false, reason: error };
  return answer.get('code') ? { ok: true } : { ok: false, reason: 'no_answer' };
}

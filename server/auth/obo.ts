import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../errors.js';
import type { createMsalClients } from './msal.js';
import type { Person } from './verify.js';

export interface OboOptions {
  /**
   * Waits before each retry of a consent error: consent given a moment ago may not have reached
   * the token service yet (FACTS 3.4: up to 3 tries, 1 s doubling). Tests inject `wait`.
   */
  consentRetryDelaysMs?: readonly number[];
  wait?: (ms: number) => Promise<unknown>;
}

/** Errors msal reports when the authority cannot be reached or answers something unreadable. */
const UNREACHABLE = new Set([
  'network_error',
  'endpoints_resolution_error',
  'openid_config_error',
  'token_parsing_error',
]);

/**
 * Exchanges the person's SSO token for a delegated token of another API (Graph) on their behalf,
 * on the msal client of their own tenant, from msal's cache while it is valid.
 *
 * Stable codes: 403 consent_required (details.scopes: what to ask consent for),
 * 401 interaction_required (details.claims: a Conditional Access challenge, when Entra sent one),
 * 401 obo_failed (Entra refused the person's token: expired, revoked; the tab gets a new one),
 * 503 identity_unavailable (Entra unreachable or failing). Tandem's own credentials being refused
 * (invalid_client) is left a 500: an administrator's problem, logged, that no person can fix.
 */
export function createOboTokens(
  clients: ReturnType<typeof createMsalClients>,
  { consentRetryDelaysMs = [1000, 2000], wait = sleep }: OboOptions = {},
): (person: Person, assertion: string, scopes: string[]) => Promise<string> {
  return async function oboToken(person, assertion, scopes) {
    const client = clients(person.tenantId);
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await client.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes });
        if (!result?.accessToken) throw new AppError('obo_failed', 'Microsoft Entra ID returned no token for Tandem.');
        return result.accessToken;
      } catch (err) {
        if (!isConsentRequired(err)) throw translate(err);
        const delay = consentRetryDelaysMs[attempt];
        if (delay === undefined) {
          throw new AppError('consent_required', 'Tandem needs your consent to use Microsoft 365 on your behalf.', {
            scopes,
          });
        }
        await wait(delay);
      }
    }
  };
}

/** Entra's "not consented" (AADSTS65001), which msal classifies as interaction required (FACTS 3.4). */
function isConsentRequired(err: unknown): boolean {
  return (
    err instanceof InteractionRequiredAuthError &&
    (err.subError === 'consent_required' ||
      err.errorCode === 'consent_required' ||
      err.errorMessage.includes('AADSTS65001'))
  );
}

function translate(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof InteractionRequiredAuthError) {
    return withCause(
      new AppError(
        'interaction_required',
        'Sign in to Microsoft again to continue.',
        err.claims ? { claims: err.claims } : undefined,
      ),
      err,
    );
  }
  if (
    (err instanceof ServerError && (err.status ?? 0) >= 500) ||
    (err instanceof AuthError && UNREACHABLE.has(err.errorCode))
  ) {
    return withCause(
      new AppError('identity_unavailable', 'Tandem cannot reach Microsoft Entra ID right now. Try again in a minute.'),
      err,
    );
  }
  if (err instanceof ServerError && err.errorCode !== 'invalid_client' && err.errorCode !== 'unauthorized_client') {
    return withCause(
      new AppError('obo_failed', 'Microsoft Entra ID did not accept your sign-in for this request. Sign in again.'),
      err,
    );
  }
  return err;
}

function withCause<E extends Error>(err: E, cause: unknown): E {
  err.cause = cause;
  return err;
}

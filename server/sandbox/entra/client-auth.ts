import { timingSafeEqual } from 'node:crypto';
import type { AppRegistration } from './apps.js';
import { decodeJwt, verifyAssertion } from './jwt.js';
import { OAuthError } from './oauth-error.js';

export interface TokenForm {
  [key: string]: string | undefined;
}

/**
 * Identifies the calling app from client_secret_post, client_secret_basic or private_key_jwt,
 * the three methods the tenant metadata advertises.
 */
export function authenticateClient(
  form: TokenForm,
  authorization: string | undefined,
  apps: readonly AppRegistration[],
  tenantId: string,
  tokenEndpoint: string,
  nowMs: number,
): AppRegistration {
  let clientId = form.client_id;
  let secret = form.client_secret;
  if (authorization?.startsWith('Basic ')) {
    const [id, pass] = Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':');
    clientId = decodeURIComponent(id ?? '');
    secret = decodeURIComponent(pass ?? '');
  }
  if (!clientId)
    throw new OAuthError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    );
  const app = apps.find((a) => a.clientId === clientId);
  if (!app) {
    throw new OAuthError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenantId}'.`,
    );
  }
  if (form.client_assertion) {
    checkAssertion(form, app, tokenEndpoint, nowMs);
    return app;
  }
  if (!secret) {
    throw new OAuthError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  if (!sameString(secret, app.clientSecret)) {
    throw new OAuthError(
      401,
      'invalid_client',
      7000215,
      "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '" +
        app.clientId +
        "'.",
    );
  }
  return app;
}

function checkAssertion(form: TokenForm, app: AppRegistration, tokenEndpoint: string, nowMs: number): void {
  if (form.client_assertion_type !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
    throw new OAuthError(400, 'invalid_request', 50012, 'Invalid client_assertion_type.');
  }
  const jwt = decodeJwt(form.client_assertion ?? '');
  const cert = jwt && app.certificates.find((c) => c.x5t === jwt.header.x5t || c.x5tS256 === jwt.header['x5t#S256']);
  if (!jwt || !cert || !verifyAssertion(jwt, cert.publicKeyPem)) {
    throw new OAuthError(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
  }
  const { aud, iss, sub, exp } = jwt.claims;
  if (iss !== app.clientId || sub !== app.clientId) {
    throw new OAuthError(401, 'invalid_client', 700023, 'Client assertion issuer and subject must be the client id.');
  }
  if (aud !== tokenEndpoint) {
    throw new OAuthError(
      401,
      'invalid_client',
      700212,
      `No matching federated identity record found for presented assertion audience '${String(aud)}'.`,
    );
  }
  if (typeof exp !== 'number' || exp * 1000 < nowMs) {
    throw new OAuthError(401, 'invalid_client', 700024, 'Client assertion is not within its valid time range.');
  }
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
